"""Evidence, modality, actor, target and object of a policy measure.

* **evidence**: the minimal phrase that states the measure: the trigger's noun
  phrase with its determiner (unless the noun phrase is the complement of a
  preposition), a governing noun (``eine neue Welle der Mobilisierung``,
  ``Ausweitung von Sanktionen``), attached prepositional phrases (``für seine
  Soldaten``, ``gegen russische Ölexporte``), a relative clause that restricts
  such a phrase (``für Frachter, die russisches Rohöl transportieren``) and a
  ``zu``-infinitive (``Zugeständnisse einzufordern``);
* **modality**: see :mod:`polittext.measure_modality`;
* **actor**: the speaker when the measure is inside a quote, else the entity
  that is the sentence's subject;
* **target**: the noun phrase of ``gegen``/``für``/``an``/``gegenüber`` in the
  evidence; else the phrase attached to the trigger noun (``Zölle auf Stahl``,
  ``Abschiebung von Asylsuchenden``, ``Kürzungen beim Bürgergeld``, ``die
  Mobilmachung in Serbien``, after an amount or the actor's genitive), or the
  genitive of an action noun (``die Suspendierung Malis``); else a country entity
  in such a phrase in the sentence. Never an amount, level or time (``auf sieben
  Prozent``), nor a leading article. Its normalised name comes from a country or
  demonym (``russische`` -> ``Russland``).
"""

from __future__ import annotations

import bisect

import attrs

from polittext._modality_clauses import _REACH, _finite, _infinitive, _main_act, _main_after_front
from polittext.attribution import media_word
from polittext.cues import cue_forms, konjunktiv_forms
from polittext.entities import EntityTable
from polittext.frames import CONDITIONAL_OPENERS, RELATIVE, SUBORDINATORS, SentenceFrame
from polittext.gazetteer import gazetteer
from polittext.lexicon import word_class
from polittext.measure_cues import Cue, status_cues, verb_words
from polittext.measure_modality import modality_of
from polittext.measures import Candidate
from polittext.quote_base import PASSIVE_AUXILIARIES
from polittext.types import Modality, SpeakerKind

__all__ = ["MeasureContext", "describe"]

_DETERMINERS = word_class("determiner")
_PREPOSITIONS = word_class("preposition")
_ATTACHING = frozenset({"für", "gegen", "an", "von", "vom", "mit", "zur", "zum", "aus", "über"})
_TARGET_PREPOSITIONS = frozenset({"gegen", "für", "an", "von", "gegenüber", "nach"})
# These name a target only when their phrase is a state ("Reisen nach Mali").
_STATE_PREPOSITIONS = frozenset({"von", "nach"})
_FRAME_NOUNS = word_class("frame_noun")
# Lower-case words before a noun that mark it as no verb object.
_NOT_VERBS = _DETERMINERS | _PREPOSITIONS | {"und", "oder", "sowie", "wie", "als", "dass", "ob"}
_PARTICLES = tuple(sorted(word_class("verb_particle")))


def _adjective(word: str) -> bool:
    """A lower-case word with an adjective ending that is no known verb form
    (``forderte`` ends like an adjective but is a cue: "forderte neue Sanktionen")."""
    return (
        word.islower()
        and word.endswith(("e", "en", "er", "es", "em"))
        and word not in _DETERMINERS
        and word not in cue_forms()
        and word not in verb_words()
    )


def _zu_infinitive(word: str) -> bool:
    return (
        word.islower()
        and word.endswith(("en", "ern", "eln"))
        and any(word.startswith(p + "zu") and len(word) > len(p) + 4 for p in _PARTICLES)
    )


@attrs.define(slots=True)
class MeasureContext:
    """What the measure stage knows of a sentence beyond its tokens."""

    frame: SentenceFrame
    table: EntityTable
    quotes: list[tuple[int, int, int | None, tuple[int, int] | None]]
    _cues: list[Cue] | None = None
    _relative: set[int] | None = None

    @property
    def cues(self) -> list[Cue]:
        """Status cues of the sentence (:func:`~polittext.measure_modality.status_cues`)."""
        if self._cues is None:
            self._cues = status_cues(self.frame)
        return self._cues

    @property
    def relative(self) -> set[int]:
        """Indexes of the tokens inside relative clauses."""
        if self._relative is None:
            self._relative = _relative_clauses(self.frame)
        return self._relative


def _evidence(frame: SentenceFrame, candidate: Candidate) -> tuple[int, int, bool]:
    """Token range of the evidence and whether it ends in an attached phrase."""
    words = [t[2] for t in frame.tokens]
    count = len(words)
    left, right = candidate.first, candidate.last
    # Complete a noun phrase the trigger ended inside ("… militärischen Fähigkeiten").
    while right + 1 < count and not frame.breaks[right] and _adjective(words[right]):
        right += 1
        if words[right][:1].isupper():
            break
    while left > 0 and not frame.breaks[left - 1]:
        word = words[left - 1].lower()
        if (
            word in {"der", "des", "von", "vom"}
            and left > 1
            and not frame.breaks[left - 2]
            and words[left - 2].lower() in _FRAME_NOUNS
        ):
            left -= 2
            continue
        if _adjective(words[left - 1]) or (
            word == "und" and left > 1 and _adjective(words[left - 2])
        ):
            left -= 1
            continue
        if word in _DETERMINERS:
            governed = (
                left > 1 and not frame.breaks[left - 2] and words[left - 2].lower() in _PREPOSITIONS
            )
            if not governed:
                left -= 1
        break
    attached = False
    while right + 1 < count and not frame.breaks[right]:
        nxt = words[right + 1].lower()
        if nxt in _ATTACHING or (nxt in {"der", "des"} and words[right][:1].isupper()):
            end = _noun_phrase_end(frame, right + 2 if nxt in _ATTACHING else right + 1)
            if end is None:
                break
            right, attached = end, nxt in _ATTACHING
            continue
        if (
            nxt == "zu"
            and right + 2 < count
            and words[right + 2].islower()
            and not frame.breaks[right + 1]
        ):
            right, attached = right + 2, False
        elif _zu_infinitive(words[right + 1]):
            right, attached = right + 1, False
        break
    if (
        attached
        and right + 1 < count
        and "," in frame.gap(right)
        and words[right + 1].lower() in RELATIVE
    ):
        right = frame.clause_end(right + 1)
    return left, right, attached


def _noun_phrase_end(frame: SentenceFrame, index: int) -> int | None:
    """Last token of a noun phrase starting at ``index`` (determiner, adjectives, noun)."""
    words = frame.tokens
    count = len(words)
    if index < count and words[index][2].lower() in _DETERMINERS:
        index += 1
    while index < count and _adjective(words[index][2]) and not frame.breaks[index - 1]:
        index += 1
    if index < count and words[index][2][:1].isupper() and not frame.breaks[index - 1]:
        return index
    return None


def _relative_clauses(frame: SentenceFrame) -> set[int]:
    inside: set[int] = set()
    commas = frame.commas
    for index in range(1, len(frame.tokens)):
        if not commas[index - 1]:
            continue  # every relative clause here follows a comma
        # "meint, die Schuldenbremse müsse …": after a cue verb the article opens a message,
        # unless the clause is verb-final in the indicative, as a relative clause is ("hat
        # einen Vertrag geschlossen, der gemeinsame Patrouillen vorsieht").
        if frame.lower(index - 1) in cue_forms() and not _verb_final_after_cue(frame, index):
            continue
        if (
            frame.lower(index) in RELATIVE
            and not _article_clause(frame, index)
            and not _reported_message(frame, index)
        ) or (
            # "Abschiebungen in Länder, in denen Folter droht": a preposition before a
            # relative pronoun that is no article (denen, deren, dessen, welch…).
            frame.lower(index) in _PREPOSITIONS
            and frame.lower(index + 1) in _PRONOUN_ONLY
            and not frame.breaks[index]
        ):
            inside.update(range(index, frame.clause_end(index) + 1))
    return inside


def _verb_final_after_cue(frame: SentenceFrame, index: int) -> bool:
    """Whether ``der``/``die``/``das`` after a verb that may introduce speech opens a
    verb-final clause in the indicative of at least four words: a relative clause (``hat
    ein Abkommen geschlossen, das Rückführungen vorsieht``), not a message, whose finite
    verb stands second (``sagte, die Lage ist ernst``) or in Konjunktiv I (``sagte, die
    Preise seien gestiegen``)."""
    end = frame.clause_end(index)
    if end - index > _LONGEST_RELATIVE:
        return False  # read no further than a relative clause runs (linear time)
    if end - index >= 2 and frame.lower(end) in _CONTENT_VERBS:
        return True  # "…, das Rückführungen vorsieht": a verb of content ends no message
    if end - index < 3 or not frame.words[end].islower():
        return False
    if frame.lower(index + 2) in _FINITE_AUXILIARIES or frame.lower(index + 1) in (
        _FINITE_AUXILIARIES
    ):
        return False
    forms = konjunktiv_forms()
    return not any(frame.lower(i) in forms for i in range(index, end + 1))


# The most words read for the verb-final test of a clause after a cue verb.
_LONGEST_RELATIVE = 30
# Verbs that name what a rule or treaty holds: verb-final, they end a relative clause.
_CONTENT_VERBS = frozenset({"vorsieht", "vorsehen", "vorsah", "vorsahen", "enthält", "umfasst"})
# Relative pronouns that are never articles.
_PRONOUN_ONLY = frozenset({"denen", "deren", "dessen", "welche", "welchem", "welchen", "welcher"})


def _reported_message(frame: SentenceFrame, index: int) -> bool:
    """``teilte mit, die Hilfen seien ausgezahlt worden``: after the particle of a
    separable verb of saying, an article opens a message in Konjunktiv I, not a relative
    clause (an extraposed relative clause, ``legte Sanktionen vor, die Banken treffen``,
    is in the indicative)."""
    if frame.lower(index - 1) not in _VERB_PARTICLES or not frame.words[index - 1].islower():
        return False
    forms = konjunktiv_forms()
    return any(frame.lower(i) in forms for i in range(index + 1, frame.clause_end(index) + 1))


_VERB_PARTICLES = word_class("verb_particle")
_FINITE_AUXILIARIES = word_class("auxiliary")
# Finite verbs that stand before the infinitive or participle of a main clause's end.
_FINITE_BEFORE_LAST = frozenset({"bleibt", "bleiben", "blieb", "blieben"}) | (
    _FINITE_AUXILIARIES - {"lässt", "ließ"}
)
# Separable first parts that take "zu" inside a zu-infinitive (aufzuheben, teilzunehmen).
_ZU_PARTICLES = tuple(word_class("verb_particle") | {"teil", "statt", "bereit", "hoch", "weiter"})


def _article_clause(frame: SentenceFrame, index: int) -> bool:
    """Whether ``der``/``die``/``das`` after a comma opens no relative clause.

    ``…, das Embargo aufzuheben`` ends in a zu-infinitive: an infinitive clause.
    ``…, die angekündigte Solarpflicht ist dagegen vom Tisch``: ``die`` before an
    adjective and a noun opens a main clause when that clause is not verb-final, as every
    relative clause is: its auxiliary stands second (``ist dagegen vom Tisch``), or it has
    no finite verb at all (``die Forderung … aber zurückgewiesen``: the auxiliary of the
    first conjunct is left out)."""
    count = len(frame.words)
    end = frame.clause_end(index)
    last = frame.lower(end)
    if frame.lower(end - 1) == "zu" or any(
        last.startswith(particle + "zu") and len(last) > len(particle) + 4
        for particle in _ZU_PARTICLES
    ):
        return True  # ", das Embargo aufzuheben": an infinitive clause, not a relative one
    if index + 2 < end and frame.words[index + 1][:1].isupper():
        # ", die Mietpreisbremse soll dagegen auslaufen": article, noun and a finite verb
        # in second place, or a clause that does not end in a verb, is a main clause.
        if frame.lower(index + 2) in _FINITE_AUXILIARIES:
            return True
        if frame.words[index + 2].islower() and not frame.words[end].islower():
            return True
        # ", die Einreiseverbote … bleiben bestehen", "…, die Zölle werden verdoppelt": a
        # finite verb before the infinitive or participle that ends the clause; a
        # relative clause puts it last ("bestehen bleiben", "verdoppelt werden").
        if (
            end - 1 > index + 1
            and frame.lower(index - 1) not in _VERB_PARTICLES  # "kündigte an, …": a message
            and frame.lower(end - 1) in _FINITE_BEFORE_LAST
            and frame.words[end].islower()
            and frame.lower(end) not in _FINITE_AUXILIARIES
        ):
            return True
    if not (
        index + 2 < count
        and _adjective(frame.words[index + 1])
        and frame.words[index + 2][:1].isupper()
    ):
        return False
    auxiliaries = [i for i in range(index + 3, end + 1) if frame.lower(i) in _FINITE_AUXILIARIES]
    if auxiliaries:
        return auxiliaries[0] < end
    return frame.words[end].islower() and "ge" in last[:-3]


# First-person subject pronouns, and the verbs with which they speak for everyone
# ("wir brauchen", "wir müssen"): impersonal, no actor (docs/labelling.rst).
_FIRST_PERSON = frozenset({"wir", "ich"})
_IMPERSONAL = frozenset(
    {"brauchen", "brauche", "bräuchten", "bräuchte", "müssen", "muss", "müssten", "müsste"}
)
_LEADING_COORDINATORS = frozenset({"und", "aber", "doch", "sondern", "oder", "denn"})


def _first_person(
    frame: SentenceFrame, candidate_first: int, relative: set[int]
) -> tuple[int, int] | None:
    """The explicit ``wir`` or ``ich`` that is the subject of the measure's own clause
    (``Wir werden die Stromsteuer senken``, ``Die Maut lehnen wir ab``, ``aber wir werden
    den Sold anheben``), as a character span. ``wir`` is nominative, so in the clause of
    the measure it is the subject of the verb that gives the status. Not: ``als wir``,
    ``wie wir`` (a comparison), an impersonal ``wir brauchen``/``wir müssen``, or a ``wir``
    in a relative clause, whose antecedent gives the status (``legt einen Gesetzentwurf
    vor, mit dem wir die Mietpreisbremse verschärfen``)."""
    start, end = frame.clause_start(candidate_first), frame.clause_end(candidate_first)
    if start > 0 and frame.lower(start) in _PREPOSITIONS and frame.lower(start + 1) in RELATIVE:
        return None  # "…, mit dem wir …": a relative clause after a preposition
    if (
        start > 0
        and frame.lower(start) == "dass"
        and not any(frame.lowered[i] in _FIRST_PERSON for i in range(start, end + 1))
    ):
        # "Wir fordern, dass die Regierung Zölle erhebt": the one who demands the
        # content of the dass clause (docs/labelling.rst: the actor of a demand).
        start, end = frame.clause_start(start - 1), start - 1
    for index in range(start, end + 1):
        if frame.lowered[index] not in _FIRST_PERSON:
            continue
        if index in relative:
            return None
        if frame.lower(index - 1) in {"als", "wie"} and index > start:
            return None
        if frame.lower(index - 1) in _IMPERSONAL or frame.lower(index + 1) in _IMPERSONAL:
            return None
        return frame.tokens[index][0], frame.tokens[index][1]
    return None


def _actor(
    context: MeasureContext,
    quoted: tuple[int, int, int | None, tuple[int, int] | None] | None,
    candidate_first: int,
) -> tuple[tuple[int, int] | None, str | None, int | None]:
    frame = context.frame
    aside = _wie_aside(frame, candidate_first)
    if aside is not None and _main_act(frame, context.cues, frame.clause_end(aside) + 1):
        # "Die Sanktionen zu verschärfen, wie es die Opposition fordert, lehnen wir ab":
        # the aside's speaker wants the measure; the main clause's subject acts on it.
        quoted = None
    speaker = None if quoted is None or quoted[2] is None else context.table.entities[quoted[2]]
    if quoted is None or (speaker is not None and speaker.name.lower() in _FIRST_PERSON):
        # An explicit first-person subject of the measure's clause acts (docs/labelling.rst);
        # a quoted speaker other than the first person stands behind the measure instead.
        own = _first_person(frame, candidate_first, context.relative)
        if own is not None:
            return own, frame.text[own[0] : own[1]], None
    if quoted is not None and quoted[3] is not None and quoted[2] is not None:
        # The message's own subject acts ("Wie die Zeitung berichtet, plant die Regierung
        # …"); without one, the speaker stands behind the measure ("sagte, die Steuer
        # müsse steigen").
        start = frame.tokens[candidate_first][0]
        for m_start, m_end, index in context.table.within(quoted[0], start):
            entity = context.table.entities[index]
            # "um die ukrainische Armee": the preposition governs the whole phrase.
            before = frame.lower(
                _phrase_start(frame, bisect.bisect_left(frame.starts, m_start)) - 1
            )
            if (
                entity.index != quoted[2]
                and before not in _PREPOSITIONS
                and not entity.key.startswith("np:")
            ):
                return (m_start, m_end), entity.name, None
        entity = context.table.entities[quoted[2]]
        return quoted[3], entity.name, entity.index
    first = 0
    if candidate_first > frame.clause_end(0) and (
        frame.lower(0) in SUBORDINATORS
        or (frame.lower(0) in CONDITIONAL_OPENERS and frame.commas[frame.clause_end(0)])
    ):
        # "Falls Russland angreift, drohen …", "Sollte Russland angreifen, könnten …":
        # skip the fronted conditional or subordinate clause.
        first = frame.clause_end(0) + 1
        if first >= len(frame.tokens):
            return None, None, None
    if aside is not None:
        # "Ein Importverbot, wie es Polen fordert, lehnt Ungarn ab": the main clause's
        # subject acts; after a judgement ("…, wie sie die Linke fordert, würde …")
        # the aside names who wants the measure.
        main = frame.clause_end(aside) + 1
        if _main_act(frame, context.cues, main) is not None:
            first = main
        elif any(aside <= c.first < main and c.modality in _ASIDE_STANCES for c in context.cues):
            first = aside + 2
        # "Ein Exportstopp, wie ihn Russland 2010 verhängte, würde …": who imposed
        # another such measure does not impose this one.
        else:
            return None, None, None
    elif _relative_after_front(context, candidate_first):
        # "Abschiebungen in Länder, in denen Folter droht, wird es mit uns nicht geben":
        # the subject of the relative clause does not act on the fronted measure.
        first = frame.clause_end(frame.clause_end(0) + 1) + 1
    limit = frame.tokens[min(len(frame.tokens) - 1, first + 5)][1]
    # A mention that starts in the first words may run on ("die Regierung in Caracas").
    wide = frame.tokens[min(len(frame.tokens) - 1, first + 8)][1]
    for start, end, index in context.table.within(frame.tokens[first][0], wide):
        if start >= limit:
            break
        position = next(i for i, t in enumerate(frame.tokens) if t[0] >= start)
        before = frame.lower(position - 1)
        opener = _phrase_start(frame, position)  # "Für die Rentner gibt es …"
        governor = frame.lower(opener - 1)
        if (
            opener < position
            and governor in _PREPOSITIONS
            and governor not in SUBORDINATORS  # "Während die Abgeordneten stritten"
            and governor != "in"  # "Strittig ist in der Nato": the body that deliberates
        ):
            continue
        genitive = (
            before in {"der", "des"} and position > 1 and frame.words[position - 2][:1].isupper()
        )
        if (
            before in _PREPOSITIONS
            or genitive
            or (
                frame.tokens[position][2].endswith("s")
                and position > 0
                and frame.tokens[position - 1][2][:1].isupper()
            )
        ):
            continue
        entity = context.table.entities[index]
        if entity.kind is SpeakerKind.ANONYMOUS_SOURCE or entity.key.startswith("np:"):
            continue  # anonymous sources and guessed noun phrases impose no measures
        if _passive_subject(frame, position, candidate_first):
            continue  # "Russland wird mit Sanktionen belegt": affected, not acting
        return (start, end), entity.name, None
    subject = _subject_phrase(context, first, candidate_first)
    if subject is not None:
        return subject, frame.text[subject[0] : subject[1]], None
    return None, None, None


_ASIDE_STANCES = frozenset(
    {Modality.DEMANDED, Modality.PROPOSED, Modality.PLANNED, Modality.CONSIDERED}
    | {Modality.HYPOTHETICAL}
)


def _relative_after_front(context: MeasureContext, candidate_first: int) -> bool:
    """Whether the measure is in a first clause with no verb that a relative clause and
    then the main clause follow (``Ein Gesetz, das Betriebe überfordert, wollen wir
    nicht``)."""
    frame = context.frame
    end = frame.clause_end(0)
    if candidate_first > end or end + 1 not in context.relative:
        return False
    relative_end = frame.clause_end(end + 1)
    # "Die Aufrüstung, die Sie beschließen wollen, …": a relative clause on the measure
    # that states a stance names its actor.
    stance = any(end < c.first <= relative_end for c in context.cues)
    return (
        candidate_first <= end
        and not (
            stance
            and not any(frame.words[i][:1].isupper() for i in range(candidate_first + 1, end + 1))
        )
        and _main_after_front(frame, end, context.relative) is not None
        and not any(frame.words[i].islower() and _finite(frame, i) for i in range(end + 1))
    )


def _wie_aside(frame: SentenceFrame, candidate_first: int) -> int | None:
    """The first token of a comparison clause (``wie es/sie … fordert``) right after the
    first clause, which holds the measure and has a main clause after the aside."""
    end = frame.clause_end(0)
    aside = end + 1
    if (
        candidate_first > end
        or aside + 2 >= len(frame.words)
        or _main_after_front(frame, end) is None  # no relative: only a "wie" aside counts
    ):
        return None
    return aside


def _phrase_start(frame: SentenceFrame, position: int) -> int:
    """The first token of the noun phrase whose noun is token ``position``: the
    determiners and adjectives before it are part of it, so that the word before
    the returned index is the phrase's governor (``um die ukrainische Armee``)."""
    while position > 1 and (
        frame.lower(position - 1) in _DETERMINERS or _adjective(frame.lower(position - 1))
    ):
        position -= 1
    return position


_ACTING_HEADS = tuple(sorted(word_class("acting_head")))


def _acting_head(word: str) -> bool:
    """A noun that names a body or a person who can act: a role (``Finanzminister``)
    or the head of an institution, a state or a group (``Haushaltsausschuss``,
    ``Landesregierung``, ``Arbeitgeberverbände``, ``Stadt``)."""
    return gazetteer().role(word) is not None or word.lower().endswith(_ACTING_HEADS)


def _passive_clause(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` form a passive clause: a form of ``werden``
    and a participle closing the clause (``wird … ausgestattet``, ``wurde … belegt``,
    ``werden … verboten``), not a Futur I with an infinitive (``wird … senken``)."""
    auxiliary = next((i for i in range(first, last + 1) if frame.lower(i) in _PASSIVE), None)
    if auxiliary is None or frame.lower(auxiliary - 1) in _FIRST_PERSON:
        return False
    final = frame.lower(last)
    if final in {"werden", "worden"} and last - 1 > auxiliary:
        final = frame.lower(last - 1)  # "soll … verhängt werden"
    return (
        last > auxiliary
        and frame.words[last].islower()
        and not _infinitive(final)
        and final.endswith(("t", "en", "ert", "elt"))
    )


def _passive_subject(frame: SentenceFrame, position: int, candidate: int) -> bool:
    """Whether the name at token ``position`` is the subject of the passive clause that
    holds the measure (before its ``werden``)."""
    first, last = frame.clause_start(candidate), frame.clause_end(candidate)
    if not first <= position <= last or not _passive_clause(frame, first, last):
        return False
    auxiliary = next(i for i in range(first, last + 1) if frame.lower(i) in _PASSIVE)
    return position < auxiliary or position == auxiliary + 1


def _subject_phrase(context: MeasureContext, first: int, candidate: int) -> tuple[int, int] | None:
    """The subject as a noun phrase that no list knew, as a character span: before
    the finite verb (``Der Haushaltsausschuss billigte …``, ``Die Stadt Leipzig
    fördert …``), or right after it when the measure fills the prefield (``Eine
    Erhöhung des Mindestlohns lehnen die Arbeitgeberverbände ab``). Its head must
    name someone who acts, never the measure itself."""
    frame = context.frame
    count = len(frame.tokens)
    if (
        first >= count
        or frame.clause_start(candidate) != frame.clause_start(first)
        or frame.lower(first) in _PREPOSITIONS
        or frame.lower(first) in SUBORDINATORS
    ):
        return None  # the measure in another clause, or a prepositional prefield
    verb = first
    while (
        verb < count
        and (verb == first or not frame.breaks[verb - 1])
        and (
            frame.words[verb][:1].isupper()
            or frame.words[verb][:1].isdigit()
            or frame.lower(verb) in _DETERMINERS
            or frame.lower(verb) in _PREPOSITIONS
            or frame.lower(verb) in {"und", "oder", "sowie"}
            or _adjective(frame.words[verb])
        )
    ):
        verb += 1
    if verb >= count or verb == first or frame.breaks[verb - 1] or not frame.words[verb].islower():
        return None
    if candidate < verb:
        # The measure stands before the verb: the subject follows it.
        start = verb + 1
        while start < count and frame.lower(start) in {"sich", "nun", "jetzt", "auch"}:
            start += 1
        named = (
            context.table.covering(frame.tokens[start][0], frame.tokens[start][1])
            if start < count
            else None
        )
        if named is None and start + 1 < count and frame.lower(start) in _DETERMINERS:
            named = context.table.covering(frame.tokens[start + 1][0], frame.tokens[start + 1][1])
        if named is not None:
            entity = context.table.entities[named[2]]
            if entity.kind is not SpeakerKind.ANONYMOUS_SOURCE:
                return named[0], named[1]
    else:
        start = first
    if start >= count or frame.lower(start) not in {"der", "die", "das"}:
        return None
    head = start + 1
    while head < count and _adjective(frame.words[head]) and not frame.breaks[head - 1]:
        head += 1
    if head >= count or frame.breaks[head - 1] or not frame.words[head][:1].isupper():
        return None
    if head >= candidate and start <= candidate and candidate <= head:
        return None  # the measure itself ("Die Strompreisbremse hat …")
    if not _acting_head(frame.words[head]):
        return None
    end = head
    while end + 1 < count and frame.words[end + 1][:1].isupper() and not frame.breaks[end]:
        end += 1  # "Die Stadt Leipzig", "Das Land Schleswig-Holstein"
    if start <= candidate <= end:
        return None
    return frame.tokens[start + 1][0], frame.tokens[end][1]


# Kinds of entity that impose measures: a government, an institution, an organisation.
_ACTING_KINDS = (SpeakerKind.GOVERNMENT, SpeakerKind.INSTITUTION, SpeakerKind.ORGANISATION)
# The passive auxiliaries of the quote stage, and their Konjunktiv II ("würde … verhängt").
_PASSIVE = PASSIVE_AUXILIARIES | frozenset({"würde", "würden"})


def _acting(context: MeasureContext, first: int, last: int) -> tuple[tuple[int, int], str] | None:
    """The first known government, institution or organisation named in tokens
    ``first`` to ``last`` (as a character span and its name)."""
    frame = context.frame
    if first > last or last >= len(frame.tokens):
        return None
    named = context.table.within(frame.tokens[first][0], frame.tokens[last][1])
    if not named:
        return None
    start, end, index = named[0]  # the first named decides: someone else acts otherwise
    entity = context.table.entities[index]
    if entity.kind not in _ACTING_KINDS or entity.key.startswith("np:"):
        return None
    return (start, end), entity.name


def _genitive_holder(context: MeasureContext, last: int) -> tuple[tuple[int, int], str] | None:
    """A government, institution or organisation in the genitive right after the
    measure noun (``Bürgschaft des Bundes``, ``Sanktionen der EU``)."""
    frame = context.frame
    after = last + 1
    if frame.lower(after) not in {"des", "der"} or frame.breaks[last]:
        return None
    if not frame.words[last][:1].isupper():
        return None  # a verb ("verhängte der Rat"): the subject, found otherwise
    if frame.lowered[last].endswith("ung"):
        return None  # an action on the genitive: "Entwaffnung der Hamas"
    end = after + 1
    while end < len(frame.tokens) - 1 and frame.words[end].islower() and not frame.breaks[end]:
        end += 1  # adjectives: "des Auswärtigen Amtes" is capitalised, "der europäischen"
    found = _acting(context, after + 1, min(end, len(frame.tokens) - 1))
    if found is not None and frame.lowered[last] in {"verbot", "verbots"}:
        # "ein Verbot der AfD" bans the party; a government's or an institution's
        # "Verbot" is its own (a compound names its object: "das Exportverbot der EU").
        named = context.table.within(*found[0])
        if named and context.table.entities[named[0][2]].kind is SpeakerKind.ORGANISATION:
            return None
    return found


# Stems of verbs by which a subject judges or recalls another's measure
# ("kritisierte die Sanktionen der EU", "bekräftigte die Beistandszusage der NATO").
_JUDGING_STEMS = (
    "kritisier",
    "begrüß",
    "lobt",
    "lobte",
    "bekräftig",
    "verurteil",
    "beklagt",
    "bemängel",
    "würdigt",
    "verteidig",
    "erinnert",
    "verwies",
    "verweist",
)

# Stems of verbs by which a subject lets another body's measure happen ("Würde Iran
# die Inspektionen der IAEA wieder zulassen").
_ALLOWING_STEMS = ("zulass", "zuzulass", "zugelass", "lässt", "ließ", "erlaub", "duldet")


def _acts_on(
    frame: SentenceFrame, actor: tuple[int, int], candidate: Candidate, modality: Modality
) -> bool:
    """Whether the subject at character span ``actor`` acts on a measure that another
    body holds (``Spanien lehnt das Fünf-Prozent-Ziel der NATO ab``, ``Die Schweiz
    übernimmt das Sanktionspaket der EU``, ``Wir werden die Bürgschaften des Bundes
    ausweiten``). It does not when the measure is in force as that body's
    (``Das Verbrenner-Verbot der EU wollen wir rückgängig machen``), when the verb
    only judges or recalls it (``Der Kanzler bekräftigte die Beistandszusage der
    NATO``) or lets it happen (``Würde Iran die Inspektionen der IAEA zulassen``)."""
    if modality is Modality.IN_FORCE:
        return False
    first = bisect.bisect_left(frame.starts, actor[1])
    if first >= candidate.first or frame.clause_start(first) != frame.clause_start(candidate.first):
        return False  # the subject of another clause, or after the measure
    last = min(frame.clause_end(candidate.first), candidate.last + _REACH)
    return not any(
        frame.lower(i).startswith(_JUDGING_STEMS) for i in range(first, candidate.first)
    ) and not any(frame.lower(i).startswith(_ALLOWING_STEMS) for i in range(first, last + 1))


def _genitive_body(context: MeasureContext, last: int) -> tuple[tuple[int, int], str] | None:
    """A body named by its head noun in the genitive right after the measure noun
    (``ein Zuschuss des Bundes``, ``die Bürgschaften des Landes``)."""
    frame = context.frame
    head = last + 2
    if (
        head >= len(frame.tokens)
        or frame.lower(last + 1) != "des"
        or frame.breaks[last]
        or frame.breaks[last + 1]
        or not frame.words[last][:1].isupper()
        or frame.lowered[last].endswith("ung")
        or not frame.words[head][:1].isupper()
    ):
        return None
    if not _acting_head(frame.words[head].removesuffix("s").removesuffix("e")):
        return None
    return (frame.tokens[head][0], frame.tokens[head][1]), frame.words[head]


def _passive_agent(context: MeasureContext, trigger: int) -> tuple[tuple[int, int], str] | None:
    """The agent of a passive clause (``wurde vom Kabinett beschlossen``,
    ``durch London ausgesetzt``): ``von``/``vom``/``durch`` and a known actor."""
    frame = context.frame
    first = max(frame.clause_start(trigger), trigger - 25)
    last = min(frame.clause_end(trigger), trigger + 25)
    if not any(frame.lowered[i] in _PASSIVE for i in range(first, last + 1)):
        return None
    for index in range(first, last):
        if frame.lowered[index] in {"von", "vom", "durch"}:
            found = _acting(context, index + 1, min(index + 3, last))
            if found is not None:
                return found
    return None


# Endings of an attributive participle (``beschlossene``, ``verhängten``, ``geforderte``).
_PARTICIPLE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "ener", "enes", "enem")


def _attributive_agent(
    context: MeasureContext, trigger: int, modality: Modality, alone: bool
) -> tuple[tuple[int, int], str] | None:
    """The agent of a participle before the measure noun: ``die von der Koalition
    beschlossene Kürzung``, ``die vom Kabinett geplante neue Steuer``, ``die von den
    USA verhängten Zölle``. The participle's agent imposes, plans or demands the
    measure whoever is the subject of the sentence, when the participle gives the
    measure its ``modality`` (``Brasilien kritisierte die von Washington angedrohten
    Sanktionen``); another status verb has its own subject (``Tokio lehnt es ab, die
    von Washington verlangten Beschränkungen zu übernehmen``) unless no actor was
    found (``alone``)."""
    frame = context.frame
    if (
        trigger >= 2
        and frame.lower(trigger - 1) in {"der", "des"}
        and frame.words[trigger - 2][:1].isupper()
        and not frame.breaks[trigger - 2]
    ):
        trigger -= 2  # "die geplante Erhöhung der Tabaksteuer": the phrase's head noun
    attribute = trigger - 1
    while (
        attribute >= max(0, trigger - 2)
        and frame.words[attribute].islower()
        and frame.lower(attribute).endswith(_PARTICIPLE_ENDINGS)
        and not frame.breaks[attribute]
    ):
        attribute -= 1
    if attribute == trigger - 1:
        return None  # no participle before the noun
    if not alone and not any(
        attribute < c.first < trigger and c.modality is modality for c in context.cues
    ):
        return None
    for index in range(attribute, max(-1, attribute - 5), -1):
        if frame.breaks[index]:
            return None
        if frame.lower(index) in {"von", "vom", "durch"}:
            found = _acting(context, index + 1, attribute)
            if found is None:
                # "von der Koalition", "vom Kabinett": a body named by its head noun.
                head = next(
                    (i for i in range(index + 1, attribute + 1) if _acting_head(frame.words[i])),
                    None,
                )
                if head is not None and frame.words[head][:1].isupper():
                    found = (frame.tokens[head][0], frame.tokens[head][1]), frame.words[head]
            return found
    return None


def _country_name(frame: SentenceFrame, first: int, last: int, table: EntityTable) -> str | None:
    g = gazetteer()
    start, end = frame.tokens[first][0], frame.tokens[last][1]
    for _s, _e, index in table.within(start, end):
        entity = table.entities[index]
        if entity.kind is SpeakerKind.GOVERNMENT:
            return entity.name
    for index in range(first, last + 1):
        word = frame.tokens[index][2].lower()
        for ending in ("en", "em", "er", "es", "e", ""):
            stem = word[: len(word) - len(ending)] if ending and word.endswith(ending) else word
            if stem in g.adjectives:
                return g.adjectives[stem]
    return None


_REPORT_VERBS = frozenset(
    {"berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "meldeten"}
    | {"schreibt", "schrieb", "zitiert", "zitierte"}
)


def _reporting_medium(frame: SentenceFrame, actor_text: str) -> bool:
    """Whether the actor is a newspaper, agency or broadcaster and the sentence
    has a reporting verb: it reports the measure, it does not impose it."""
    words = actor_text.split()
    if not words:
        return False
    # An online portal reports too ("das Nachrichtenportal berichtet").
    if not media_word(words[-1]) and not words[-1].lower().endswith("portal"):
        return False
    return any(word in _REPORT_VERBS for word in frame.lowered)


_OWNED_ASSETS = ("vermögen", "guthaben", "konten", "konto", "gelder", "reserven", "einlagen")


def _demonym_attribute(
    context: MeasureContext, candidate: Candidate
) -> tuple[tuple[int, int], str] | None:
    """A demonym adjective right before the trigger noun, perhaps after another
    adjective (``die neuen amerikanischen Zölle``): its character span and state."""
    frame = context.frame
    head = frame.lower(candidate.first)
    if not frame.words[candidate.first][:1].isupper() or head.endswith(_OWNED_ASSETS):
        return None  # "russischem Zentralbankvermögen": the owner of the assets, a target
    for index in (candidate.first - 1, candidate.first - 2):
        if index < 0 or not frame.words[index].islower() or frame.breaks[index]:
            return None
        if index == candidate.first - 2 and not _adjective(frame.words[index + 1]):
            return None
        name = _country_name(frame, index, index, context.table)
        if name is not None:
            start, end, _word = frame.tokens[index]
            return (start, end), name
    return None


def _target(
    context: MeasureContext,
    candidate: Candidate,
    evidence: tuple[int, int],
    actor_name: str | None = None,
    actor: tuple[int, int] | None = None,
) -> tuple[tuple[int, int] | None, str | None, tuple[int, int] | None]:
    """Target token range, its normalised name, and the object token range.

    A ``gegen``/``für``/``an``/``gegenüber`` phrase after the trigger names the
    target (``von`` only when it names a state: ``Zugeständnisse von Russland``);
    against goods (``gegen russische Ölexporte``) the phrase is the object too.
    """
    frame = context.frame
    first, last = evidence
    for index in range(candidate.last + 1, last + 1):
        preposition = frame.lower(index)
        if preposition not in _TARGET_PREPOSITIONS:
            continue
        phrase = _target_phrase(frame, index + 1)
        if phrase is None:
            continue
        start, end = phrase
        name = _country_name(frame, start, end, context.table)
        if preposition in _STATE_PREPOSITIONS and name is None:
            continue
        if (
            end < last
            and "," in frame.gap(end)
            and frame.lower(end + 1) in RELATIVE
            and not _article_clause(frame, end + 1)
            and not _verb_second(frame, end + 1)
        ):
            # A restricting relative clause belongs to the target; a new clause
            # after the comma ("…, die Linke verlangt eine …") does not.
            end = min(last, frame.clause_end(end + 1))
        goods = (
            name is not None
            and preposition == "gegen"
            and not _is_country(frame, start, end, context.table)
        )
        return (start, end), name, (start, end) if goods else None
    attached = _in_trigger(frame, candidate, {"für", "gegen", "auf"}) or _attached_target(
        context, candidate, actor
    )
    if attached is not None:
        return attached, _country_name(frame, *attached, context.table), None
    name = _country_name(frame, first, last, context.table)
    if name is not None:
        for index in range(first, last + 1):
            if _country_name(frame, index, index, context.table) == name:
                phrase = _target_phrase(frame, index) if frame.words[index].islower() else None
                if (
                    phrase is not None
                    and phrase[0] == index
                    and phrase[1] > index
                    and (
                        not candidate.first <= phrase[1] <= candidate.last
                        or candidate.last - candidate.first >= 2
                        # "russischem Zentralbankvermögen": the assets are the target
                        or frame.lower(phrase[1]).endswith(_OWNED_ASSETS)
                    )
                ):
                    # "das Vermögen russischer Oligarchen": the demonym's noun phrase
                    return phrase, name, None
                return (index, index), name, None
    lowered = frame.lowered
    for index in range(len(frame.tokens) - 1):
        if lowered[index] in _TARGET_PREPOSITIONS:
            token = frame.tokens[index + 1]
            for _s, _e, entity_index in context.table.within(token[0], token[1]):
                entity = context.table.entities[entity_index]
                if entity.kind is SpeakerKind.GOVERNMENT:
                    return (index + 1, index + 1), entity.name, None
    # A state as the object of the verb: "Brüssel droht Ungarn mit …".
    for index in range(1, len(frame.tokens)):
        verb = index - 1
        if lowered[verb] in {"die", "den", "der"} and verb > 0:
            verb -= 1  # "unterstützt die Ukraine mit …"
        before = frame.words[verb]
        if not before.islower() or before in _NOT_VERBS or frame.breaks[verb]:
            continue
        token = frame.tokens[index]
        for _s, _e, entity_index in context.table.within(token[0], token[1]):
            entity = context.table.entities[entity_index]
            if entity.kind is SpeakerKind.GOVERNMENT and entity.name != actor_name:
                return (index, index), entity.name, None
    inner = _in_trigger(frame, candidate, {"der", "des"})
    if inner is not None:
        return inner, _country_name(frame, *inner, context.table), None
    return None, None, None


# Prepositions whose phrase, right after the trigger noun, names what the measure
# falls on ("Zölle auf Stahl", "Abschiebung von Asylsuchenden", "Rüstungsexporte in
# die Türkei", "Beziehungen zu Teheran", "Kürzungen in allen Ressorts", "die
# Mobilmachung in Serbien": the place where it applies, as docs/labelling.rst counts it).
_ATTACHED_TARGET = frozenset({"auf", "von", "vom", "in", "ins", "zu", "bei", "beim"})
# Heads of phrases after those prepositions that name an amount, a level, a time
# or a manner, not someone affected ("auf sieben Prozent", "auf EU-Ebene", "in Kraft").
_NOT_TARGETS = word_class("not_target") | word_class("time_word")
_QUANTIFIERS = word_class("quantifier")
_ACTION_ENDINGS = (
    "ung",
    "ion",
    "bau",
    "stopp",
    "verbot",
    "boykott",
    "abbruch",
    "entzug",
    "schluss",
    "frieren",
)


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem"})
_ARTICLES |= frozenset({"einer", "eines"})


def _target_phrase(frame: SentenceFrame, first: int) -> tuple[int, int] | None:
    """First and last token of the noun phrase that starts at ``first`` as a target,
    without a leading article: quantities and numbers, adjectives (also coordinated:
    ``russischen und belarussischen``), the noun (a name of several words: ``des
    Auswärtigen Amts``), a coordinated noun (``Georgiens und Moldaus``, ``Kriegs- und
    Krisengebiete``) and one attribute (``aus Mexiko und Kanada``, ``des Landes``,
    ``in Dresden``, ``von Radwegen``); ``None`` for an amount, level, time or manner."""
    count = len(frame.tokens)
    index = first
    if index < count and frame.lower(index) in _DETERMINERS:
        index += 1
    start = index if frame.lower(first) in _ARTICLES else first
    while (
        index < count
        and not frame.breaks[index - 1]
        and (
            frame.lower(index) in _QUANTIFIERS
            or frame.words[index][:1].isdigit()
            or _adjective(frame.words[index])
            or (frame.lower(index) in {"und", "oder"} and _adjective(frame.words[index - 1]))
        )
    ):
        index += 1
    if index >= count or index > first + 6 or frame.breaks[index - 1]:
        return None
    if not frame.words[index][:1].isupper() or frame.lower(index) in _NOT_TARGETS:
        return None
    if any(frame.words[i][:1].isdigit() for i in range(first, index)) and (
        index + 1 < count and frame.lower(index + 1) in _NOT_TARGETS
    ):
        return None
    end = index
    while (
        end + 1 < count
        and not frame.breaks[end]
        and frame.lower(end).endswith(("en", "er", "es", "em"))
        and frame.words[end + 1][:1].isupper()
        and frame.lower(end + 1) not in _NOT_TARGETS
    ):
        end += 1  # "Auswärtigen Amts", "Vereinigten Staaten"
    end = _coordinated(frame, end)
    if (
        end + 2 < count
        and not frame.breaks[end]
        and frame.lower(end + 1) in {"aus", "des", "der", "in", "von"}
    ):
        attribute = _noun_phrase_end(frame, end + 2)
        if attribute is not None and frame.lower(attribute) not in _NOT_TARGETS:
            end = _coordinated(frame, attribute)  # "Elektroautos aus China", "des Landes"
    return start, end


def _coordinated(frame: SentenceFrame, end: int) -> int:
    """The last token of a noun coordinated with the one at ``end`` (``Georgiens und
    Moldaus``, ``Kriegs- und Krisengebiete``), else ``end``."""
    count = len(frame.tokens)
    if (
        end + 2 >= count
        or frame.breaks[end]
        or frame.lower(end + 1) not in {"und", "oder", "sowie"}
    ):
        return end
    other = _noun_phrase_end(frame, end + 2)
    if other is None or frame.breaks[end + 1]:
        return end
    truncated = frame.text[frame.tokens[end][1] : frame.tokens[end][1] + 1] == "-"
    return other if truncated or other <= end + 4 else end


def _amount_end(frame: SentenceFrame, first: int) -> int | None:
    """Last token of an amount that starts at ``first`` (``zwei Prozent``, ``100
    Prozent``, ``zwölf Milliarden Euro``, ``Höhe von zehn Milliarden Euro``)."""
    index = first
    count = len(frame.tokens)
    if frame.lower(index) == "höhe" and frame.lower(index + 1) == "von":
        index += 2
    numbers = 0
    while index < count and (
        frame.words[index][:1].isdigit() or frame.lower(index) in _QUANTIFIERS
    ):
        index += 1
        numbers += 1
    if not numbers and index == first:
        return None
    last = None
    while index < count and frame.lower(index) in _NOT_TARGETS and not frame.breaks[index - 1]:
        last = index
        index += 1
    return last


def _attached_target(
    context: MeasureContext, candidate: Candidate, actor: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The target attached to a trigger noun: the phrase of a preposition right after
    it (``Zölle auf Elektroautos``, ``Abschiebung von Asylsuchenden``, ``Einreiseverbote
    gegen zwölf Funktionäre``), also after an amount (``Kürzungen von zwei Prozent in
    allen Ressorts``) or the actor's genitive (``Die Zölle der USA auf Autos``), or
    the genitive of an action noun (``Ausweisung des Diplomaten``, ``Suspendierung
    Gabuns``, ``Boykott israelischer Waren``), never the actor or an institution
    issuing it (``eine Reisewarnung des Auswärtigen Amts``)."""
    frame = context.frame
    count = len(frame.tokens)
    last = candidate.last
    after = last + 1
    if after >= count or frame.breaks[last] or not frame.words[last][:1].isupper():
        return None

    def overlaps_actor(first: int, end: int) -> bool:
        return (
            actor is not None
            and frame.tokens[first][0] < actor[1]
            and actor[0] < frame.tokens[end][1]
        )

    word = frame.lower(after)
    if word in {"der", "des"} and after + 1 < count and overlaps_actor(after + 1, after + 1):
        # "Die Zölle der USA auf Autos": the actor's genitive, then the target.
        holder = _target_phrase(frame, after)
        if holder is None or holder[1] + 1 >= count or frame.breaks[holder[1]]:
            return None
        after = holder[1] + 1
        word = frame.lower(after)
    amount = _amount_end(frame, after + 1) if word in {"von", "in"} else None
    if amount is not None:
        # "Kürzungen von zwei Prozent in allen Ressorts", "ein Zoll von 100 Prozent auf
        # Filme": the amount is no target; the phrase after it may be.
        after = amount + 1
        if after >= count or frame.breaks[after - 1]:
            return None
        word = frame.lower(after)
    if word in _ATTACHED_TARGET or word in _TARGET_PREPOSITIONS - _STATE_PREPOSITIONS:
        phrase = _target_phrase(frame, after + 1)
        if phrase is None or (
            word == "zu" and _country_name(frame, *phrase, context.table) is None
        ):
            return None  # "zu" names a state ("Beziehungen zu Teheran"), else a purpose
        return None if overlaps_actor(*phrase) else phrase
    if not frame.lowered[last].endswith(_ACTION_ENDINGS):
        return None
    first = after + 1 if word in {"der", "des"} else after
    if first == after and not (
        word in _QUANTIFIERS
        or _adjective(frame.words[after])
        or (frame.words[after][:1].isupper() and frame.words[after].endswith("s"))
    ):
        return None  # a genitive needs an article, an adjective or a name in -s
    phrase = _target_phrase(frame, first)
    if phrase is None or overlaps_actor(*phrase):
        return None
    end = phrase[1]
    named = context.table.within(frame.tokens[phrase[0]][0], frame.tokens[end][1])
    if any(context.table.entities[i].kind is SpeakerKind.INSTITUTION for _s, _e, i in named):
        return None  # "eine Reisewarnung des Auswärtigen Amts": the issuer
    if end + 2 < count and frame.lower(end + 1) in {"für", "gegen"} and not frame.breaks[end]:
        affected = _target_phrase(frame, end + 2)
        if affected is not None:
            return affected  # "ein Verbot sozialer Netzwerke für Kinder"
    return phrase


def _verb_second(frame: SentenceFrame, index: int) -> bool:
    """``…, die Opposition fordert mehr``: an article, a noun and a known verb form
    after it open a main clause (a relative clause ends in its verb)."""
    verb = index + 2
    return (
        verb < frame.clause_end(index)
        and frame.words[index + 1][:1].isupper()
        and frame.lower(verb) not in _PREPOSITIONS
        and (frame.lower(verb) in cue_forms() or frame.lower(verb) in verb_words())
    )


def _in_trigger(
    frame: SentenceFrame, candidate: Candidate, links: set[str]
) -> tuple[int, int] | None:
    """A target inside a trigger of several words: ``das Importverbot für russisches
    Flüssiggas`` (``für``, ``gegen``, ``auf``), or the genitive after its action noun
    (``die Ausweisung der Diplomaten``; ``der``, ``des``)."""
    genitive = "der" in links
    for index in range(candidate.first, candidate.last - 1):
        if frame.lower(index + 1) not in links:
            continue
        if genitive and not frame.lowered[index].endswith(_ACTION_ENDINGS):
            continue
        phrase = _target_phrase(frame, index + 1 if genitive else index + 2)
        if phrase is not None and phrase[0] <= candidate.last:
            return phrase[0], min(phrase[1], candidate.last)
    return None


def _is_country(frame: SentenceFrame, first: int, last: int, table: EntityTable) -> bool:
    start, end = frame.tokens[first][0], frame.tokens[last][1]
    return any(
        table.entities[index].kind is SpeakerKind.GOVERNMENT
        for _s, _e, index in table.within(start, end)
    )


def _passive_target(context: MeasureContext, candidate: Candidate) -> tuple[int, int] | None:
    """The named subject of a passive clause that holds the measure: the one it falls
    on (``Russland wird mit neuen Sanktionen belegt``, ``Die Ukraine wird mit Waffen
    unterstützt``)."""
    frame = context.frame
    first = frame.clause_start(candidate.first)
    for start, _end, index in context.table.within(
        frame.tokens[first][0], frame.tokens[candidate.first][0]
    ):
        position = bisect.bisect_left(frame.starts, start)
        if frame.lower(position - 1) in _PREPOSITIONS or position > first + 3:
            continue
        if context.table.entities[index].kind is SpeakerKind.ANONYMOUS_SOURCE:
            continue
        if _passive_subject(frame, position, candidate.first):
            end = bisect.bisect_left(frame.starts, _end) - 1
            return position, max(position, end)
    return None


def _names_actor(text: str) -> bool:
    """Whether the last word of ``text`` names a group or a role (``Mindestlohnkommission``)."""
    words = text.split()
    if not words:
        return False
    g = gazetteer()
    return g.group(words[-1]) is not None or g.role(words[-1]) is not None


# Finite verbs of receiving in second position (``Die Ukraine erhält …``); the
# infinitive ``erhalten`` also means keeping, and only its plural present counts.
_RECEIVING = frozenset(
    {"erhält", "erhielt", "erhielten", "erhalten", "bekommt", "bekam", "bekamen", "bekommen"}
    | {"empfängt", "empfing", "empfingen"}
)


def _receives(frame: SentenceFrame, actor: tuple[int, int], candidate: int) -> bool:
    """Whether the mention at character span ``actor`` is the subject of a finite verb
    of receiving right after it, in the measure's clause and before the measure."""
    verb = bisect.bisect_left(frame.starts, actor[1])
    first = bisect.bisect_left(frame.starts, actor[0])
    if not 0 < verb < candidate or frame.lower(verb) not in _RECEIVING:
        return False  # also a speaker named outside the sentence
    if first > 0 and frame.lower(first - 1) in _DETERMINERS:
        first -= 1
    return (
        first == frame.clause_start(verb)  # the subject opens the clause
        and not frame.breaks[verb - 1]
        and frame.clause_start(verb) == frame.clause_start(candidate)
    )


def describe(context: MeasureContext, candidate: Candidate) -> dict[str, object]:
    """All attributes of one candidate measure, as token ranges and names."""
    frame = context.frame
    left, right, _attached = _evidence(frame, candidate)
    start = frame.tokens[candidate.first][0]
    quoted = next((q for q in context.quotes if q[0] <= start < q[1]), None)
    modality = modality_of(frame, context.cues, context.relative, candidate, (left, right))
    actor, actor_name, speaker = _actor(context, quoted, candidate.first)
    trigger_start, trigger_end = start, frame.tokens[candidate.last][1]
    # "setzte Frankreich die Zusammenarbeit mit Niger aus": a trigger that opens with
    # its verb holds the subject right after it.
    inverted = (
        actor is not None
        and candidate.last > candidate.first + 1
        and frame.words[candidate.first].islower()
        and actor[0] == frame.tokens[candidate.first + 1][0]
    )
    if (
        actor is not None
        and actor[0] < trigger_end
        and trigger_start < actor[1]
        and not _names_actor(frame.text[actor[0] : actor[1]])
        and not inverted
    ):
        # "Falls Belgrad nicht abzieht, drohen Einreiseverbote": the subject of the
        # verb is the measure itself, not who imposes it.
        actor, actor_name, speaker = None, None, None
    if actor is not None and _reporting_medium(frame, frame.text[actor[0] : actor[1]]):
        # "Die Zeitung berichtet über neue Sanktionen": the medium reports the measure.
        actor, actor_name, speaker = None, None, None
    demonym = _demonym_attribute(context, candidate)
    if demonym is not None and (actor is None or actor[0] > start):
        # "Die chinesischen Exportkontrollen belasten die Industrie": the attribute
        # names the side that imposes them (docs/labelling.rst: attributes name the
        # actor as written), not the object after the verb.
        actor, actor_name, speaker = demonym[0], demonym[1], None
    recipient = None
    if actor is not None and _receives(frame, actor, candidate.first):
        # "Die Ukraine erhält weitere Militärhilfe": the subject of a verb of
        # receiving is who the measure is for, not who grants it.
        recipient = (
            bisect.bisect_left(frame.starts, actor[0]),
            bisect.bisect_left(frame.starts, actor[1]) - 1,
        )
        actor, actor_name, speaker = None, None, None
    holder = _genitive_holder(context, candidate.last)
    if (
        holder is not None
        and actor is not None
        and speaker is None
        and _acts_on(frame, actor, candidate, modality)
    ):
        holder = None
    if holder is None and (actor is None or speaker is not None):
        # The subject acts on another body's measure ("Wir werden die Bürgschaften
        # des Bundes ausweiten"); without one, the body in the genitive acts.
        holder = _genitive_body(context, candidate.last)
    if holder is None:
        holder = _attributive_agent(context, candidate.first, modality, actor is None)
    if holder is not None:
        # "ein Zuschuss des Bundes", "die Sanktionen der EU": the holder acts.
        actor, actor_name, speaker = holder[0], holder[1], None
    elif actor is None:
        agent = _passive_agent(context, candidate.first)
        if agent is not None:
            actor, actor_name = agent
    target, target_name, obj = _target(context, candidate, (left, right), actor_name, actor)
    if recipient is not None and (
        target is None
        or not any(
            frame.lower(i) in _PREPOSITIONS for i in range(recipient[1] + 1, candidate.first)
        )
    ):
        # "Die Kommunen erhalten einen Zuschuss … für den Ausbau": the recipient of
        # the measure that the verb governs is its target.
        target = recipient
        target_name = _country_name(frame, *target, context.table)
    if target is None:
        target = _passive_target(context, candidate)
        if target is not None:
            target_name = _country_name(frame, *target, context.table)
    if (
        target is not None
        and actor is not None
        and frame.tokens[target[0]][0] < actor[1]
        and actor[0] < frame.tokens[target[1]][1]
    ):
        target, target_name = None, None  # "eine Bürgschaft der Bundesregierung": no target
    if obj is None:
        for index in range(candidate.first, right):
            if frame.lower(index) in {"von", "vom"}:
                end = _noun_phrase_end(frame, index + 1)
                if end is not None and (target is None or end < target[0]):
                    obj = (index + 1, end)
                    break
    return {
        "evidence": (left, right),
        "modality": modality,
        "actor": actor,
        "actor_name": actor_name,
        "speaker": speaker,
        "target": target,
        "target_name": target_name,
        "object": obj,
    }
