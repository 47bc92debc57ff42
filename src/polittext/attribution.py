"""Who is the source of a speech cue: subject finding and pronoun resolution.

>>> from polittext.entities import find_entities
>>> text = "Die Ministerin Anna Berg kam. Sie betonte, dass es gut sei."
>>> table = find_entities(text)
>>> frame = SentenceFrame.build(text, 30, len(text))
>>> entity, span = source_of(frame, frame.cues[0], table)
>>> entity.name, text[span[0]:span[1]]
('Anna Berg', 'Sie')
"""

from __future__ import annotations

import bisect
import functools
import re

from polittext.cues import konjunktiv_forms
from polittext.entities import NAME_REACH, Entity, EntityTable, could_be_surname, surname_key
from polittext.frames import _ADVERBS, _PREPOSITIONS, RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.gazetteer import gazetteer
from polittext.lexicon import word_class
from polittext.quotemarks import QUOTE_MARKS
from polittext.types import MentionKind, SpeakerKind

__all__ = ["noun_phrase_source", "resolve_pronoun", "source_of"]

Subjects = dict[tuple[int, int], tuple[int, int]]
"""Subjects from a dependency parse: a verb's character span -> its subject's span."""

_PRONOUNS = frozenset({"er", "sie", "dieser", "diese", "ich", "wir", "man"})
# Indefinite pronouns as subjects ("Keiner hat behauptet", "weil jeder weiß"): a
# speaker of their own each time, like "man".
_INDEFINITE_PRONOUNS = {
    "jeder": SpeakerKind.ANONYMOUS_SOURCE,
    "jede": SpeakerKind.ANONYMOUS_SOURCE,
    "jemand": SpeakerKind.ANONYMOUS_SOURCE,
    "keiner": SpeakerKind.ANONYMOUS_SOURCE,
    "niemand": SpeakerKind.ANONYMOUS_SOURCE,
    "alle": SpeakerKind.GROUP,
    "wer": SpeakerKind.ANONYMOUS_SOURCE,  # "Wer meint, dass …, irrt"
}
# First person outside quotation marks is the text's own speaker: the speaker of a
# speech, the author of a press release. The text does not say who that is.
_FIRST_PERSON = {"ich": ("ich", SpeakerKind.PERSON), "wir": ("wir", SpeakerKind.GROUP)}
_PRONOUN_GENDER = {"er": "er", "sie": "sie", "dieser": "er", "diese": "sie"}
_NOT_NOUNS = (
    word_class("preposition")
    | word_class("adverb")
    | word_class("determiner")
    | word_class("subordinator")
    | word_class("not_subject")
    | frozenset(w.lower() for w in word_class("capitalised_word"))
)
_OPENING_QUOTES = '„“"»«‚›'
_OPENING_QUOTE_SET = frozenset(_OPENING_QUOTES)
_INSTITUTION_HEADS = (
    "amt",
    "ministerium",
    "gericht",
    "gerichtshof",
    "universität",
    "polizei",
    "behörde",
    "verband",
    "institut",
    "agentur",
    "kommission",
    "regierung",
    "rat",
    "parlament",
    "staatsanwaltschaft",
    "bank",
    "verwaltung",
    "direktion",
    "senat",
    "zentrale",
)
# A subject is looked for in at most this many words of a prefield.
_MAX_PREFIELD = 25
_SOURCE_CARRIERS = word_class("source_carrier")
_SOURCE_LINKS = frozenset({"aus", "von", "vom", "des", "der", "laut"})
_AUXILIARIES = word_class("auxiliary")
_FINITE_HELPERS = _AUXILIARIES | word_class("finite_helper")
_TIME_WORDS = word_class("time_word")
_COORDINATORS = frozenset({"und", "sowie", "aber", "doch", "oder"})
_INDEFINITE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den"})
_NON_SUBJECT = word_class("not_subject")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_DASHES = ("-", "–", "—")
# Words that open no noun phrase naming a source ("nicht die erste …", "gerade dieser Tage").
_NOT_OPENERS = frozenset({"nicht", "gerade", "etwa", "kein", "keine"})
_PERSON_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ANONYMOUS_SOURCE})
_ATTRIBUTE_LINKS = frozenset({"des", "der", "von", "vom"})
_MEDIA_HEADS = word_class("media_head")
_MEDIA_ROLES = tuple(sorted(word_class("media_role")))
_MEDIA_ENDINGS = ("zeitung", "agentur", "magazin", "sender", "rundschau", "presse")
_ADVERB_ENDINGS = ("weise", "lich", "isch", "bar", "los", "mäßig", "hängig")
_NOMINATIVE_PRONOUNS = frozenset({"ich", "wir", "er", "man"})
# Pronouns that are the subject when they follow a finite verb ("lobte er", "trat sie zurück").
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "ich", "wir"})
_SENTENCE_ENDS = frozenset('.!?:„“"»«')
# Articles that are never nominative: a prefield opening with one is an object
# ("Den Bauern sicherte der Minister zu"), so the subject follows the verb.
_OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einem", "einen", "eines"})
# Articles that open a nominative noun phrase more often than not.
_NOMINATIVE_ARTICLES = frozenset({"ein", "eine", "der"})
# Object pronouns between the verb and its subject: "sah es das Gericht als erwiesen an".
_OBJECT_PRONOUNS = frozenset(
    {"es", "ihn", "ihm", "ihnen", "uns", "mir", "mich", "dir", "dich", "euch", "sich"}
)


def resolve_pronoun(table: EntityTable, word: str, position: int, number: str) -> Entity | None:
    """The entity a third-person ``er``/``sie`` at ``position`` refers to.

    First-person ``ich``/``wir`` (outside quotation marks, where this is called)
    is the text's own speaker: one entity named ``ich`` (a person) or ``wir``
    (a group), added to ``table`` at its first use.

    ``number`` is the verb's number (``sg``, ``pl`` or ``""``): plural ``sie``
    refers to groups, organisations, institutions or governments, singular
    ``sie``/``er`` to the most recent person of that gender (or of unknown
    gender when none fits).
    """
    first_person = _FIRST_PERSON.get(word.lower())
    if first_person is not None:
        name, kind = first_person
        return table.add(
            f"self:{name}", name, kind, position, position + len(word), MentionKind.PRONOUN
        )
    lowered = _PRONOUN_GENDER.get(word.lower(), "")
    if not lowered:
        return None
    if lowered == "sie" and number == "pl":
        return table.latest_before(position, lambda e: e.kind is not SpeakerKind.PERSON)
    gender = "m" if lowered == "er" else "f"
    # A person, or an unnamed role holder of that gender ("Ein Sprecher … Er sagte").
    found = table.latest_before(position, lambda e: e.kind in _PERSON_KINDS and e.gender == gender)
    if found is None:
        found = table.latest_before(
            position, lambda e: e.kind is SpeakerKind.PERSON and e.gender is None
        )
    return found


def _char_before(text: str, position: int) -> str:
    """The last character before ``position`` that is no space (``""`` if none
    within 50 characters): a look back that does not copy the text before."""
    index = position
    while index > max(0, position - 50) and text[index - 1].isspace():
        index -= 1
    return text[index - 1] if index > 0 and not text[index - 1].isspace() else ""


def _pronoun_source(
    table: EntityTable, word: str, start: int, end: int, number: str
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The speaker a subject pronoun refers to; when no earlier speaker fits
    (``Ein Vertrauter weigerte sich. Er meinte, …``), a speaker of its own named
    by the pronoun, so that the quote keeps its speaker mention."""
    if word.lower() == "man":
        # The indefinite "man" ("muss man sagen"): a speaker of its own each time.
        man = table.add(
            f"man:{start}", word, SpeakerKind.ANONYMOUS_SOURCE, start, end, MentionKind.PRONOUN
        )
        return man, (start, end)
    if word == "Sie" and start > 0 and _char_before(table.text, start) not in _SENTENCE_ENDS:
        # Capitalised inside a sentence: the polite "you", the speaker's addressee
        # (one speaker for each use: the address changes from sentence to sentence),
        # unless the sentence names the addressee ("Frau Weidel, Sie haben gesagt").
        addressee = _addressee(table, start)
        if addressee is not None:
            table.add_to(addressee, start, end, MentionKind.PRONOUN)
            return addressee, (start, end)
        you = table.add(f"you:{start}", word, SpeakerKind.PERSON, start, end, MentionKind.PRONOUN)
        return you, (start, end)
    entity = resolve_pronoun(table, word, start, number)
    if entity is not None:
        table.add_to(entity, start, end, MentionKind.PRONOUN)
        return entity, (start, end)
    lowered = word.lower()
    if lowered in ("sie", "diese") and number == "pl":
        # Plural "sie"/"diese" with no group before it ("Diese baten ihn um Geld"),
        # or the polite "Sie" opening a sentence: a speaker of its own.
        group = table.add(
            f"pronoun:{start}", word, SpeakerKind.GROUP, start, end, MentionKind.PRONOUN
        )
        return group, (start, end)
    if lowered not in _PRONOUN_GENDER:
        return None, (start, end)
    # "Er"/"Sie", or the demonstrative "Dieser"/"Diese" ("Diese besagt, dass …"),
    # with no earlier speaker that fits: a speaker of its own.
    entity = table.add(
        f"pronoun:{start}", word, SpeakerKind.PERSON, start, end, MentionKind.PRONOUN
    )
    entity.gender = "m" if _PRONOUN_GENDER[lowered] == "er" else "f"
    return entity, (start, end)


def _addressee(table: EntityTable, start: int) -> Entity | None:
    """The person addressed by name earlier in the sentence of the ``Sie`` at
    ``start``: ``Frau Weidel, Sie …``, ``Herr Kollege Merz, Sie …``."""
    text = table.text
    found = None
    for match in _VOCATIVE.finditer(text, max(0, start - 150), start):
        found = match
    if found is None or any(mark in text[found.end() : start] for mark in ".!?"):
        return None  # none, or in a sentence before
    mentions = table.within(found.start(1), found.end(1))
    people = [m for m in mentions if table.entities[m[2]].kind is SpeakerKind.PERSON]
    return table.entities[people[-1][2]] if people else None


# "Frau Weidel,", "Herr Dr. Schäuble,", "Frau Kollegin Göring-Eckardt,": a vocative.
_VOCATIVE = re.compile(
    r"\b(?:Frau|Herr)\s+(?:(?:Dr\.|Prof\.|Kollegin|Kollege|Ministerin|Minister)\s+)*"
    r"((?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+)\s*,"
)


def _next_to_verb(frame: SentenceFrame, cue: Cue, index: int) -> bool:
    """Whether a first-person pronoun is the cue's own subject: right after the
    verb ("sage ich") or before it in the same clause, with no quotation mark
    between ("Ich will Ihnen deutlich sagen", not "„Ich …“ sagte Merz")."""
    if index in (cue.first_token + 1, cue.last_token + 1):
        return True
    if index > cue.last_token and all(
        frame.lower(i) in _ADVERBS and not frame.breaks[i - 1]
        for i in range(cue.last_token + 1, index)
    ):
        return not frame.breaks[index - 1]  # "wissen auch wir", "sage ich"
    before = cue.first_token - index
    if before <= 0 or frame.mark_in_gaps(index, cue.first_token):
        return False
    if before <= 6 and not any(frame.breaks[i] for i in range(index, cue.first_token)):
        return True
    # Next to the finite auxiliary or modal of the cue's verb, the pronoun is its
    # subject however long the middle field, with insertions ("ich will hier noch
    # einmal daran erinnern", "möchte ich - drittens - auf das Problem eingehen",
    # "ich möchte einige Worte zu den Zentren, die geplant sind, sagen").
    return before <= _MAX_PREFIELD and any(
        frame.lower(helper) in _FINITE_HELPERS
        for helper in (index - 1, index + 1)
        if 0 <= helper < cue.first_token
    )


def _prefield(frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
    """Token range of the prefield before the cue, skipping a relative clause."""
    clause = frame.clause_start(cue.first_token)
    if clause < cue.first_token:
        return clause, cue.first_token
    gap = frame.gap(clause - 1) if clause > 0 else ""
    if "," not in gap or any(mark in gap for mark in QUOTE_MARKS):
        return None  # "„… die wir wollen“, sagte Merz": the quote is no prefield
    previous = frame.clause_start(clause - 1)
    first, second = frame.lower(previous), frame.lower(previous + 1)
    relative = first in RELATIVE or (first in _PREPOSITIONS and second in RELATIVE)
    if previous > 0 and relative and "," in frame.gap(previous - 1):
        start = frame.clause_start(previous - 1)
        if (
            0 < start <= 5
            and previous - start <= 12
            and "," in frame.gap(start - 1)
            and frame.clause_start(start - 1) == 0
        ):
            # "Sadiq Khan, eines der Mitglieder, die den Brief unterschrieben,
            # verurteilte …": the relative clause hangs on an apposition; the
            # subject is the name that opens the sentence (a short noun phrase).
            opener = frame.words[:start]
            middle = frame.lowered[start:previous]
            if (
                (frame.words[start][:1].isupper() or middle[0] in _DEFINITE | _INDEFINITE)
                and not any(w in _FINITE_HELPERS or w in _NOMINATIVE_PRONOUNS for w in middle)
                and len(opener) <= 5
                and opener[-1][:1].isupper()
                and frame.lower(0) not in SUBORDINATORS
                and not frame.mark_in_gaps(0, start)
            ):
                start = 0
        return start, previous
    return None


def _apposition_prefield(frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
    """The sentence-initial noun phrase when appositions stand before the verb.

    ``Hans-Jürgen Papier, Präsident des Bundesverfassungsgerichtes, sagte, …``:
    the verb follows a comma, but the chunks before it are no clause of their
    own (no Konjunktiv I, no quotation marks), so the first chunk is the subject.
    """
    clause = frame.clause_start(cue.first_token)
    if clause == 0 or (
        clause != cue.first_token
        and frame.lower(clause) not in _AUXILIARIES
        # "wie X, Sprecher von Y, heute mitteilte", "…, in Brüssel mitteilte":
        # adverbials alone before the verb
        and not _adverbial_chunk(frame, clause, cue.first_token)
    ):
        return None  # "…, hatte bereits angekündigt": the auxiliary is the verb
    forms = konjunktiv_forms()
    steps = 0
    relative = cue.first_token
    while clause > 0 and steps < 4:
        gap = frame.gap(clause - 1)
        if "," not in gap or any(mark in gap for mark in '„“”"»«:;'):
            return None
        previous = frame.clause_start(clause - 1)
        if any(frame.words[i] in forms for i in range(previous, clause)):
            return None
        if _relative_chunk(frame, previous):
            relative = previous  # "Die IG, die von der Industrie gegründet wurde, hat …"
        if steps and _has_verb(frame, previous, clause) and _noun_phrase_start(frame, clause):
            # "Die Ministerin wies das zurück, die Sprecherin der Fraktion, Anna
            # Berg, erklärte: …": a clause with its own verb ends the appositions.
            return clause, min(cue.first_token, clause + _MAX_PREFIELD)
        if frame.lower(previous) in SUBORDINATORS and cue.first_token - previous <= _MAX_PREFIELD:
            # "Wie die Chefin des Amtes, Anna Berg, mitteilte": a verb-final clause
            # whose chunks are noun phrases (each ends with a noun or a bracket, not
            # with a verb as in "Als er ankam, sagte …").
            if all(
                frame.words[end - 1][:1].isupper() or ")" in frame.gap(end - 1)
                for end in _chunk_ends(frame, previous, cue.first_token)
            ):
                return previous + 1, min(cue.first_token, previous + 1 + _MAX_PREFIELD)
            return None
        clause, steps = previous, steps + 1
    if clause != 0 or frame.lower(0) in SUBORDINATORS:
        return None
    # The whole stretch up to the verb: the name may be in the apposition
    # ("Die Vorsitzende des Ausschusses, Renate Künast (Grüne), fragte"), but not in
    # a relative clause, whose names are no subject of the cue ("Die Initiative, die
    # von der Industrie gegründet wurde, hat bekannt gegeben").
    return 0, min(relative, _MAX_PREFIELD)


def _relative_chunk(frame: SentenceFrame, first: int) -> bool:
    """Whether the comma-separated chunk at token ``first`` is a relative clause:
    a relative pronoun before a lower-case word (``die von der Industrie …``,
    ``der seit Jahren …``) or after a preposition (``in der …``), not an article
    before its noun (``der Präsident des Verbands``)."""
    if first + 1 >= len(frame.tokens) or frame.breaks[first]:
        return False
    word = frame.lower(first)
    if word in _PREPOSITIONS:
        return frame.lower(first + 1) in RELATIVE and frame.words[first + 1].islower()
    return (
        word in RELATIVE
        and frame.words[first].islower()
        and frame.words[first + 1][:1].islower()
        and not _lower_adjective_before_noun(frame, first + 1)
    )


def _lower_adjective_before_noun(frame: SentenceFrame, index: int) -> bool:
    """Whether the lower-case word at ``index`` is an inflected adjective before a
    noun (``der frühere Präsident``): an article, not a relative pronoun, stands
    before it."""
    return (
        index + 1 < len(frame.tokens)
        and frame.words[index].endswith(_ADJECTIVE_ENDINGS)
        and frame.lower(index) not in _NOT_NOUNS
        and not frame.breaks[index]
        and frame.words[index + 1][:1].isupper()
    )


def _adverbial_chunk(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` are adverbs and time words only (``heute``),
    or one short prepositional phrase with no verb (``in Brüssel``, ``am Montag in
    Berlin``); not one whose preposition may carry a source (``von``, ``laut``)."""
    if first >= last:
        return False
    if all(frame.lower(i) in _ADVERBS or frame.lower(i) in _TIME_WORDS for i in range(first, last)):
        return True
    opener = frame.lower(first)
    return (
        opener in _PREPOSITIONS
        and opener not in _SOURCE_PREPOSITIONS
        and last - first <= 6
        and not any(
            frame.lower(i) in _FINITE_HELPERS or frame.lower(i) in RELATIVE - _DEFINITE
            for i in range(first, last)
        )
    )


def _has_verb(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` hold a cue verb or a finite auxiliary or modal."""
    position = bisect.bisect_left(frame.cue_starts, frame.tokens[first][0])
    if position < len(frame.cue_starts) and frame.cue_starts[position] < frame.tokens[last - 1][1]:
        return True
    return any(frame.lowered[i] in _FINITE_HELPERS for i in range(first, last))


def _noun_phrase_start(frame: SentenceFrame, index: int) -> bool:
    """Whether token ``index`` may open a noun phrase (an article or a capital)."""
    word = frame.lower(index)
    return word in _DEFINITE or word in _INDEFINITE or frame.words[index][:1].isupper()


def _relative_clause(frame: SentenceFrame, cue: Cue, first: int) -> bool:
    """Whether the clause from ``first`` (a relative-pronoun form after a comma) is a
    relative clause: its verb stands last (``…, die Merz kritisiert hatte``), or
    no noun follows the pronoun; ``…, die Organisation bezweifelt aber, dass``
    is a main clause with an article."""
    if frame.lower(cue.first_token - 1) == "zu":
        return False  # "plant Merz, die Länder zu überzeugen": a zu-infinitive
    if _demonstrative_das(frame, cue, cue.first_token - 1):
        # "…, das teilte das Institut mit", "…, die es gibt - das beschreiben
        # Forscher": the clause of the cue is a main clause.
        return False
    if _article_of_noun(frame, first, cue.first_token) and any(
        frame.lower(i) in _FINITE_HELPERS for i in range(first + 2, cue.first_token)
    ):
        # "Ich glaube, der Minister hat gesagt, …": the finite auxiliary in second
        # place makes a main clause; a relative clause puts it last ("der … gesagt hat").
        return False
    # Verb-final: the cue closes its clause, and not as a particle split off the
    # finite verb ("Als Begründung gab die Ministerin an" is a main clause).
    verb_final = (
        cue.last_token == frame.clause_end(cue.last_token) and cue.last_token - cue.first_token <= 1
    )
    return verb_final or not _article_of_noun(frame, first, cue.first_token)


def _demonstrative_das(frame: SentenceFrame, cue: Cue, first: int) -> bool:
    """Whether ``das``/``dies`` after a comma, right before the finite cue verb, is
    a demonstrative standing for the clause before it, with the subject after the
    verb (``Die Kamera fiel aus, das teilte die NASA mit``), not a relative
    pronoun: a relative clause puts its verb last (``…, das mitteilte``), and
    here an article or a name follows the verb."""
    follower = cue.first_token + 1
    return (
        cue.finite
        and 0 < first == cue.first_token - 1
        and frame.lower(first) in ("das", "dies")
        and ("," in frame.gap(first - 1) or any(f" {d} " in frame.gap(first - 1) for d in _DASHES))
        and follower <= frame.clause_end(cue.first_token)
        and not frame.breaks[cue.first_token]
        and (frame.lower(follower) in _DEFINITE or frame.words[follower][:1].isupper())
    )


def _antecedent_start(frame: SentenceFrame, relative: int) -> int:
    """First token of the noun phrase right before the comma of a relative clause
    (``die Aussage [eines Jungen], der …``, ``sagte [Jan Arndt], der …``)."""
    first = relative - 1
    lowest = max(frame.clause_start(relative - 1), relative - 6)
    while first > lowest and not frame.breaks[first - 1]:
        word, lowered = frame.words[first], frame.lower(first)
        if lowered in _DEFINITE or lowered in _INDEFINITE or lowered in _DETERMINER_WORDS:
            break  # the article opens the phrase
        previous = frame.words[first - 1]
        if (
            not (
                previous[:1].isupper()
                or frame.lower(first - 1) in _DEFINITE
                or frame.lower(first - 1) in _INDEFINITE
                or frame.lower(first - 1) in _DETERMINER_WORDS
                or (
                    previous.islower()
                    and previous.endswith(_ADJECTIVE_ENDINGS)
                    and word[:1].isupper()
                )
            )
            or frame.lower(first - 1) in _NOT_NOUNS - _DETERMINER_WORDS - _DEFINITE
        ):
            break
        first -= 1
    return first


def _person_appositions(frame: SentenceFrame, first: int, verb: int) -> bool:
    """Whether the comma-separated chunks before ``verb`` are noun phrases (each
    ends with a noun, a name or a bracket) and the first one names a person by
    first name, title or role (``Der frühere Bürgermeister, Jan Kurz (SPD),``), so
    that they are the prefield, not a message (``Die Lage ist ernst, sagte …``)."""
    if verb - first > _MAX_PREFIELD or not all(
        frame.words[end - 1][:1].isupper() or ")" in frame.gap(end - 1)
        for end in _chunk_ends(frame, first, verb)
    ):
        return False
    g = gazetteer()
    # The head of each chunk: "Bazoum Mohammed, Sprecher der Gruppierung CFDR, …"
    # names its person by the role of the second chunk.
    for chunk in [first, *_chunk_ends(frame, first, verb)]:
        index = chunk
        while index < verb - 1 and (
            frame.lower(index) in _DEFINITE
            or frame.lower(index) in _INDEFINITE
            or (frame.words[index].islower() and frame.words[index].endswith(_ADJECTIVE_ENDINGS))
        ):
            index += 1
        if index >= verb:
            break
        word = frame.words[index]
        if (
            g.role(word) is not None
            or g.first_name_gender(word) is not None
            or word in g.titles
            or word + "." in g.titles
        ):
            return True
    return False


def _role_subject(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether ``[first, last)`` is a nominative noun phrase headed by a role noun
    (``Der Ministerpräsident``, ``Die neue Sprecherin des Verbands``)."""
    if frame.lower(first) not in {"der", "die", "ein", "eine"}:
        return False
    head = first + 1
    while head < last - 1 and _lower_adjective(frame.words[head]):
        head += 1
    if head >= last or gazetteer().role(frame.words[head]) is None:
        return False
    return head == last - 1 or frame.lower(head + 1) in {"des", "der"}


def _bare_name(frame: SentenceFrame, first: int, last: int, cue: Cue) -> bool:
    """Whether ``[first, last)``, right before the finite cue, is a name of one to
    three words that no list knew, with no article (``Wiedeking``, ``Jaap Meijer``),
    opening the sentence: a name in the prefield is the subject."""
    if first != 0 or last != cue.first_token or not 1 <= last - first <= 3:
        return False
    words = frame.words[first:last]
    if any(frame.breaks[i] for i in range(first, last - 1)) or frame.mark_in_gaps(first, last):
        return False
    if frame.lower(first) in _NOT_NOUNS or frame.lower(first) in _ADVERBS:
        return False
    if words[0].lower().endswith(_ADVERB_ENDINGS):
        return False  # "Natürlich sagte …": capitalised only as the first word
    if not (all(word[:1].isupper() for word in words) and could_be_surname(words[-1])):
        return False
    # One word opening the sentence may be capitalised only there ("Besorgt äußerte
    # sich …", "Gegenwärtig wirft …"): a name is capitalised inside sentences too.
    return len(words) > 1 or _capitalised_inside(frame.text, words[0], frame.tokens[first][0])


def _name_before_apposition(frame: SentenceFrame, first: int, last: int) -> int | None:
    """The end of a name of one to three capitalised words opening the sentence,
    followed by a comma and an apposition that opens with a role (``Yukiya Amano,
    Chef der Atomenergiebehörde, …``, ``Okonjo-Iweala, die Präsidentin der WTO,
    …``), if ``[first, last)`` starts so."""
    if first != 0:
        return None
    end = next((i + 1 for i in range(first, min(last - 1, first + 3)) if frame.breaks[i]), None)
    if end is None or "," not in frame.gap(end - 1) or frame.mark_in_gaps(first, end):
        return None
    words = frame.words[first:end]
    if not all(word[:1].isupper() for word in words) or not could_be_surname(words[-1]):
        return None
    if frame.lower(first) in _NOT_NOUNS or frame.lower(first) in _ADVERBS:
        return None
    head = end
    while head < last and (
        frame.lower(head) in _DEFINITE
        or frame.lower(head) in _INDEFINITE
        or _lower_adjective(frame.words[head])
    ):
        head += 1
    if head >= last or gazetteer().role(frame.words[head]) is None:
        return None
    return end


def _name_before_party(frame: SentenceFrame, first: int, last: int) -> int | None:
    """The end of a name of one to three capitalised words opening the sentence
    right before a party in brackets (``Brunnhuber (CSU) sagte``, ``Tadesse Oyelaran
    (SPD) kritisierte``): the bracket marks the words before it as a politician's
    name, also when no list knows them."""
    if first != 0:
        return None
    for end in range(first + 1, min(last, first + 4)):
        if "(" in frame.gap(end - 1):
            break
        if frame.breaks[end - 1]:
            return None
    else:
        return None
    if end >= last or ")" not in frame.gap(end) or frame.words[end] not in gazetteer().parties:
        return None
    words = frame.words[first:end]
    if not all(word[:1].isupper() for word in words) or not could_be_surname(words[-1]):
        return None
    if frame.lower(first) in _NOT_NOUNS or frame.lower(first) in _ADVERBS:
        return None
    return end


def _capitalised_inside(text: str, word: str, position: int) -> bool:
    """Whether ``word`` stands elsewhere in ``text`` inside a sentence (not after a
    sentence end, a colon or an opening quotation mark), as only a name or a noun
    does.

    After the first few words of a text, the places of a capitalised word are read
    from an index of the text built once (:func:`_capitalised_places`), so that a
    long document's many checks stay linear in its length.

    >>> _capitalised_inside("Klar ist: Klar sagte es. Dann kam Klar.", "Klar", 0)
    True
    >>> _capitalised_inside("Klar ist das. Klar sagte es.", "Klar", 0)
    False
    """
    asked = _asked(text)
    asked[0] += 1
    # Within NAME_REACH characters of ``position`` (a long text joins many documents).
    low, high = max(0, position - NAME_REACH), position + NAME_REACH
    head = _WORD.match(word)
    if asked[0] > _SCANS and head is not None and word[:1].isupper() and word[-1:].isalnum():
        places = _capitalised_places(text).get(head.group(), [])
        first = bisect.bisect_left(places, low)
        if head.end() == len(word):
            # the first two places inside a sentence near it: one is not ``position``
            return any(start != position for start in places[first : first + 2] if start < high)
        # "Müller-Lüdenscheid": the places of its first part where all of it stands
        for index in range(first, len(places)):
            start = places[index]
            if start >= high:
                break
            after = start + len(word)
            if (
                start != position
                and text.startswith(word, start)
                and not (after < len(text) and _WORD.match(text, after))
            ):
                return True
        return False
    # the first few words of a text: look for it
    for match in re.compile(rf"\b{re.escape(word)}\b").finditer(text, low, high):
        start = match.start()
        if start == position or start == 0:
            continue
        if _char_before(text, start) not in _SENTENCE_ENDS:
            return True
    return False


_WORD = re.compile(r"\w+")
# Words looked for in a text by a scan of their own before its index is built: a short
# text asks about a few words, for which the scans cost less than the index.
_SCANS = 8


@functools.lru_cache(maxsize=4)
def _asked(text: str) -> list[int]:
    """A counter of the words looked for in ``text`` (for the few texts analysed last)."""
    return [0]


@functools.lru_cache(maxsize=4)
def _capitalised_places(text: str) -> dict[str, list[int]]:
    """Every capitalised word of ``text`` with the offsets where it starts inside a
    sentence (not at the start of the text or after a sentence end, a colon or an
    opening quotation mark); one pass over the text, remembered for the few texts
    analysed last."""
    places: dict[str, list[int]] = {}
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if word[:1].isupper() and start and _char_before(text, start) not in _SENTENCE_ENDS:
            places.setdefault(word, []).append(start)
    return places


def _chunk_ends(frame: SentenceFrame, first: int, last: int) -> list[int]:
    """Token indices after each comma-separated chunk of ``[first, last)``."""
    gaps = frame.gaps
    return [i + 1 for i in range(first, last) if "," in gaps[i]]


def _regions(frame: SentenceFrame, cue: Cue) -> tuple[list[tuple[int, int, bool]], bool]:
    """Token ranges ``[first, last)`` where the subject may be, best first.

    The flag says whether the range is a prefield (subject before the verb).
    The boolean returned with them says whether the first range decides on its
    own, with a noun phrase no list knew, before a name in the later ones: after
    an adverbial prefield (``In einem Interview mit der Zeitung X erklärte der
    Direktor``) the subject follows the verb.
    """
    after = (
        cue.first_token + 1,
        min(frame.clause_end(cue.last_token) + 1, cue.last_token + 6),
        False,
    )
    clause = frame.clause_start(cue.first_token)
    if 0 < clause < cue.first_token and frame.lower(clause) in _AUXILIARIES:
        # "X, zuständig für …, hatte bereits angekündigt": the auxiliary is the
        # verb; the subject follows it ("…, hatte Merz gesagt") or stands before
        # the appositions.
        apposition = _apposition_prefield(frame, cue)
        if apposition is not None:
            if _person_appositions(frame, apposition[0], clause):
                # "Der Vorsitzende, Wolfgang Jüttner, hatte Lenz aufgefordert": the
                # appositions name the subject; after the auxiliary comes the object.
                return [(*apposition, True), (clause, cue.first_token, False)], False
            return [(clause, cue.first_token, False), (*apposition, True)], False
    prefield = _prefield(frame, cue)
    if prefield is not None and cue.finite and _adverbial_chunk(frame, *prefield):
        # "Wie ein Vertreter von Airbus, EADS, heute mitteilte", "Wie der Sprecher,
        # Eric Mamer, in Brüssel mitteilte": only adverbials stand between the last
        # comma and the verb of a wie clause with an apposition.
        apposition = _apposition_prefield(frame, cue)
        if apposition is not None and frame.lower(apposition[0] - 1) in SUBORDINATORS:
            return [(*apposition, True)], False
    if prefield is None:
        apposition = _apposition_prefield(frame, cue) if cue.finite else None
        if apposition is not None:
            if frame.lower(apposition[0] - 1) in SUBORDINATORS:
                return [(*apposition, True)], False  # "wie die Chefin, Anna Berg, sagte"
            if _person_appositions(frame, apposition[0], cue.first_token):
                # "Der Bürgermeister, Jan Kurz (SPD), warnte die Partei": the
                # subject before the verb, an object after it.
                return [(*apposition, True), after], False
            return [after, (*apposition, True)], False
        return ([after] if cue.finite else []), False
    start, end = prefield
    end = min(end, start + _MAX_PREFIELD)
    start = _after_quotation(frame, start, end)
    if start >= end:
        # "„Merz hat recht“ sagte die Kanzlerin": only the quotation (no comma after
        # it) stands before the verb; the subject follows the verb.
        return ([after] if cue.finite else []), False
    stretch = frame.text[frame.tokens[start][0] : frame.tokens[end - 1][1]]
    # A dash between words, not a hyphen, nor the hyphen of a shortened compound
    # ("der Fraktions- und Parteivorsitzenden"), which has no space before it.
    if any(" " + dash + " " in stretch for dash in _DASHES):
        dash_before_verb = any(" " + dash in frame.gap(end - 1) for dash in _DASHES)
        for i in range(end - 2, start - 1, -1):
            if any(" " + dash in frame.gap(i) for dash in _DASHES):
                if dash_before_verb:
                    # "Sie haben auch - deswegen erledigt sich der Antrag - gefordert":
                    # the insertion ends right before the verb; the prefield is before it.
                    end = i + 1
                else:
                    start = i + 1  # "Die Partei redet - ich zitiere -": the inserted clause
                break
    first = frame.lower(start)
    if (
        first in _LEADING_CONJUNCTIONS
        and start + 2 < end
        and (
            frame.lower(start + 1) in SUBORDINATORS
            or frame.lower(start + 1) in _PREPOSITIONS
            or frame.lower(start + 1) in _ADVERBS
        )
    ):
        # "Doch während Sie meinen", "Aber bei aller Kritik sage ich": the
        # conjunction links the clause; what follows it decides.
        start += 1
        first = frame.lower(start)
    if (
        first in _FOCUS_PARTICLES | {"auch"}
        and start + 2 < end
        and frame.lower(start + 1) in SUBORDINATORS
    ):
        start += 1  # "auch wenn wir wissen", "nur weil er sagt": the subordinate clause
        first = frame.lower(start)
    # Verb-final: the cue closes its clause, and not as a particle split off the
    # finite verb ("Als Begründung gab die Ministerin an" is a main clause); a
    # finite auxiliary may follow it ("als er gesagt hat", "wie sie betont habe").
    closing = cue.last_token
    if (
        closing + 1 < len(frame.tokens)
        and frame.lower(closing + 1) in _FINITE_HELPERS
        and not frame.breaks[closing]
    ):
        closing += 1
    verb_final = (
        closing == frame.clause_end(cue.last_token) and cue.last_token - cue.first_token <= 1
    )
    if (
        first in _PREPOSITIONS
        and frame.lower(start + 1) in RELATIVE
        and start + 2 < end
        and verb_final
        and start > 0
        and "," in frame.gap(start - 1)
    ):
        # "eine Studie, in der sie sagt, …": the subject follows the relative pronoun.
        return [(start + 2, end, True)], False
    if frame.lower(cue.first_token - 1) == "zu" and start > 0 and "," in frame.gap(start - 1):
        # "plant Kallas, die Staaten zu überzeugen": a zu-infinitive has the
        # subject of the clause it depends on.
        return [(frame.clause_start(start - 1), start, True)], False
    if (
        first in RELATIVE
        and start > 0
        and "," in frame.gap(start - 1)
        and _relative_clause(frame, cue, start)
    ):
        # "Scholz, der sagte, …": the relative pronoun stands for the noun before it.
        return [(_antecedent_start(frame, start), start, True)], False
    if (start == 0 and end - start == 1 and first in {"das", "dies"} and cue.finite) or (
        _demonstrative_das(frame, cue, start)
    ):
        # "Das berichten arabische Medien", "…, das teilte die NASA mit": the
        # subject follows the verb.
        return [after], False
    # "Auch die Ministerin Anna Berg äußerte Zweifel": a focus particle before a
    # noun phrase belongs to the subject; it makes no adverbial prefield.
    opener = start
    while (
        opener + 2 < end
        and frame.lower(opener) in _FOCUS_PARTICLES
        and (frame.lower(opener + 1) in _DEFINITE or frame.lower(opener + 1) in _INDEFINITE)
        and frame.lower(opener + 1) not in _OBLIQUE_ARTICLES
    ):
        opener += 1
    first = frame.lower(opener)
    if (
        (opener == start == 0 or opener > start)
        and first in _DEFINITE
        and first not in _OBLIQUE_ARTICLES
        and _article_of_noun(frame, opener, end)
    ):
        # "Der Kanzler sagte": an article, kept with its noun (a definite
        # description may refer back to a named person). With a finite auxiliary
        # after the noun phrase ("Der Präsident hat den Abgeordneten mitgeteilt")
        # the prefield ends before it: the middle field holds objects.
        helper = next(
            (i for i in range(opener + 2, end) if frame.lower(i) in _FINITE_HELPERS), None
        )
        if helper is not None and not frame.mark_in_gaps(start, end):
            tail = [after] if cue.finite else []
            return [(start, helper, True), (helper + 1, end, False), *tail], first == "der"
        return ([(start, end, True), after] if cue.finite else [(start, end, True)]), False
    first = frame.lower(start)
    relative = first in RELATIVE and not (
        start == 0
        and (
            _article_of_noun(frame, start, end)
            or _demonstrative(frame, start, cue)
            or _article_before_adverb(frame, start, end)
        )
    )
    if (first in SUBORDINATORS and verb_final) or relative:
        return [(start + 1, end, True)], False
    # "Dazu kann ich nur sagen", "Am Tag zuvor hatte er gesagt": with a finite
    # auxiliary or modal before it, the cue is no finite verb (whatever its form),
    # and the subject stands before the auxiliary or right after it.
    aux = (
        None
        if _FINITE_HELPERS.isdisjoint(frame.lowered[max(start + 1, 0) : max(end, 0)])
        else next((i for i in range(start + 1, end) if frame.lower(i) in _FINITE_HELPERS), None)
    )
    if aux is not None and frame.mark_in_gaps(start, end) and _inside_quotation(frame, aux):
        aux = None  # "„Ich bin bereit“ sagte Merz": the auxiliary is the quote's
    before_verb = aux if aux is not None else end
    adverbial = first not in _FIRST_PERSON and (
        first in _PREPOSITIONS
        or first in _ADVERBS
        or first in _NON_SUBJECT
        or first in SUBORDINATORS  # "Als Antwort auf den Brief sagte ein Sprecher"
        or first in _OBLIQUE_ARTICLES
        or _adverb_like_opener(frame, start, before_verb)
        or any(
            frame.lower(i) in _TIME_WORDS or frame.words[i].isdigit()
            for i in range(start, before_verb)
        )
    )
    # "Ein Bezirksgericht in Virginia hat das Netzwerk Twitter aufgefordert": a
    # prefield opened by a nominative article and its noun is the subject, even
    # when only a name after the verb is known to the lists.
    nominative = first in _NOMINATIVE_ARTICLES and _article_of_noun(frame, start, before_verb)
    if aux is not None and aux + 1 < end:
        middle = (aux + 1, end, False)
        tail = [after] if cue.finite else []
        if adverbial:
            return [middle, (start, aux, True), *tail], True
        return [(start, aux, True), middle, *tail], nominative
    if cue.finite and adverbial:
        return [after, (start, end, True)], True
    regions = [(start, end, True), after] if cue.finite else [(start, end, True)]
    return regions, nominative


_CLOSING_MARKS = '“”"«»‹‘'
_OPENING_MARKS = '„"»«‚›“'


def _after_quotation(frame: SentenceFrame, start: int, end: int) -> int:
    """The first token of a prefield ``[start, end)`` after a quotation that it
    begins with, when no comma follows that (``„Die Schuld liegt bei uns“ wird der
    Trainer zitiert``): the quoted words are the message, not the subject. A
    quotation counts when the verb or a finite auxiliary follows it and it has at
    least three words, one of them lower-case (not a title such as ``„Die Zeit“
    berichtet``); it may have opened in the sentence before (``„Wir schaffen das.
    Die Schuld …“``). ``start`` if there is none."""
    found = start
    for index in range(start, end):
        gap = frame.gap(index)
        if not gap or gap[0] not in _CLOSING_MARKS:
            continue  # a closing mark stands right after its last word
        # The opening mark: before a word of the prefield, or before the sentence.
        opening = 0
        for first in range(index, start - 1, -1):
            before = (
                frame.gap(first - 1) if first > 0 else frame.text[frame.start : frame.tokens[0][0]]
            )
            last = before.rstrip()[-1:]
            if (
                last
                and last in _OPENING_MARKS
                and not (before[:1] and before[:1] in _CLOSING_MARKS)
            ):
                opening = first
                break
        if opening != found or not (index + 1 == end or frame.lower(index + 1) in _FINITE_HELPERS):
            continue  # "Die Organisation „Reporter ohne Grenzen“ weist …", "„X“ sowie Y"
        words = frame.words[opening : index + 1]
        if len(words) >= 3 and any(word.islower() for word in words):
            found = index + 1
    return found


def _inside_quotation(frame: SentenceFrame, index: int) -> bool:
    """Whether token ``index`` stands inside quotation marks opened in its sentence
    (an odd number of marks before it): ``„Ich bin bereit“ sagte Merz``, not ``hatte
    er laut „tagesschau.de“ kritisiert``."""
    before = frame.text[frame.start : frame.tokens[index][0]]
    return sum(before.count(mark) for mark in '„“”"»«') % 2 == 1


def _demonstrative(frame: SentenceFrame, index: int, cue: Cue) -> bool:
    """Whether ``der``/``die`` opening the sentence stands alone before the cue's
    finite verb or auxiliary: a demonstrative pronoun (``Die sagen …``, ``Der hat
    gesagt``), not an article."""
    follower = index + 1
    return (
        index == 0  # after a comma it is a relative pronoun ("Merz, der sagte")
        and frame.lower(index) in ("der", "die")
        and not frame.breaks[index]
        and (
            (follower == cue.first_token and cue.finite)
            or (follower < cue.first_token and frame.lower(follower) in _FINITE_HELPERS)
        )
    )


def _article_before_adverb(frame: SentenceFrame, start: int, end: int) -> bool:
    """Whether the d-word opening the sentence is followed by a lower-case word or
    a number (``Den noch 16.000 verbliebenen Flüchtlingen sicherte …``): an article
    of a noun phrase, not a relative pronoun (no relative clause opens a sentence;
    a demonstrative before the verb is told apart by ``_demonstrative``)."""
    follower = start + 1
    return (
        follower < end - 1
        and not frame.breaks[start]
        and (frame.words[follower].islower() or frame.words[follower][:1].isdigit())
    )


def _adverb_like_opener(frame: SentenceFrame, start: int, end: int) -> bool:
    """A capitalised adverb or adjective of manner opening a longer prefield
    (``Stellvertretend für die Kommission empfahl …``, ``Ursprünglich hatte …``,
    ``Bedauerlicherweise sagte …``): an adverbial, not a name."""
    return (
        start == 0
        and end - start >= 2
        and frame.words[start][:1].isupper()
        and frame.lower(start).endswith(("end", "weise", "lich"))
        and frame.words[start + 1].islower()
    )


def source_of(
    frame: SentenceFrame,
    cue: Cue,
    table: EntityTable,
    subjects: Subjects | None = None,
    inverted: bool = False,
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The entity that is the source of ``cue`` and the mention that names it.

    New entities are added to ``table`` for subjects that no gazetteer knew
    (``Experten``, ``ein Sprecher des Ministeriums``); pronouns and definite
    descriptions are resolved to earlier entities. ``inverted``: the message
    stands before the cue (``…, teilte das Unternehmen mit``), so the subject
    follows the verb.

    ``subjects`` (from a dependency parse, when there is one) maps a verb's
    character span to its subject's: when it has the cue's verb and the
    subject names a source, that decides; otherwise the word-order rules do.
    """
    if subjects:
        found = _parsed_source(frame, cue, table, subjects)
        if found[1] is not None:
            return found
    if frame.lower(cue.first_token - 1) in _COORDINATORS and cue.finite:
        # "dankte den Menschen und ergänzte, …": the subject of the first verb.
        earlier = [c for c in frame.cues if c.last_token < cue.first_token and c.finite]
        if earlier:
            return source_of(frame, earlier[-1], table, subjects)
        if cue.first_token > 1 and not frame.commas[cue.first_token - 2]:
            # "X hat sich gegen die Reform ausgesprochen und behauptet, …": the
            # second verb of one main clause shares its subject with the first.
            from polittext.sentence_subject import sentence_subject

            shared_subject = sentence_subject(frame, table)
            if shared_subject[1] is not None and _one_clause_subject(frame, cue, shared_subject[1]):
                return shared_subject
    shared = _shared_subject(frame, cue, table)
    if shared[1] is not None:
        return shared
    # Frames that name the source outside the prefield, in this order.
    for rule in (
        _passive_agent,
        _comparison_object,
        _document_prefield,
        _emerging_from,
        _hortative_speaker,
        _experiencer,
        _quoted_object,
    ):
        found = rule(frame, cue, table)
        if found[1] is not None:
            return found
    clause = frame.clause_start(cue.first_token)
    if (
        0 < clause < cue.first_token
        and frame.lower(clause) in RELATIVE
        and "," in frame.gap(clause - 1)
        and _relative_clause(frame, cue, clause)
    ):
        # "Arne Holm, der angab, …": the relative pronoun is the subject; it
        # names the speaker of the noun phrase before it.
        entity, _mention = _source_by_regions(frame, cue, table, inverted)
        start, end, _word = frame.tokens[clause]
        if entity is not None:
            table.add_to(entity, start, end, MentionKind.PRONOUN)
            return entity, (start, end)
        return None, None
    found = _source_by_regions(frame, cue, table, inverted)
    if found[1] is not None and _agentless_passive(frame, cue):
        # "Die Innenstadt wurde zur Fußgängerzone erklärt", "Im Herbst wird eine
        # Erhöhung erwartet": the subject of a passive is what was said or done,
        # not who said it, and no agent was found above; only a document holds the
        # words ("In einer Erklärung, die … erschien, wurde verkündet, …").
        from polittext.sources import _reporting_noun

        start, end = found[1]
        if not any(_reporting_noun(word) for word in frame.text[start:end].split()):
            return None, None
    return found


_PERSONAL_SUBJECTS = frozenset({"ich", "wir", "du", "ihr", "er", "sie"})


def _one_clause_subject(frame: SentenceFrame, cue: Cue, mention: tuple[int, int]) -> bool:
    """Whether the subject ``mention`` found for the whole sentence is the subject of
    the verb before ``und`` + ``cue``: it stands before the cue, no personal pronoun
    (a subject the word-order rules find: "Wir sollten Anreize schaffen und
    zeigen") and no clause coordinated after a comma (", und viele Menschen …")
    come between."""
    first = next((i for i, t in enumerate(frame.tokens) if t[0] >= mention[1]), None)
    if first is None or frame.tokens[first][0] >= cue.start:
        return False
    if not _PERSONAL_SUBJECTS.isdisjoint(frame.lowered[: cue.first_token]):
        return False
    return not any(
        frame.commas[i] and frame.lower(i + 1) in _COORDINATORS
        for i in range(first - 1, cue.first_token - 1)
    )


def _comparison_object(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``wie es die Linke fordert``, ``wie sie der Kanzler ankündigte``: in a comparison
    clause the pronoun right after ``wie`` is the object that takes up the message, and
    the noun phrase after it is the subject, the source."""
    clause = frame.clause_start(cue.first_token)
    if (
        frame.lower(clause) != "wie"
        or frame.lower(clause + 1) not in {"es", "sie", "ihn"}
        or clause + 2 >= cue.first_token
    ):
        return None, None
    follower = clause + 2
    if frame.lower(follower) not in _ARTICLES and not frame.words[follower][:1].isupper():
        return None, None  # "wie sie gestern sagte": the pronoun is the subject
    return _source_in(frame, cue, table, follower, cue.first_token, True, True)


_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen"}
)
_LASSEN = frozenset({"lassen", "lasst", "lass", "laß", "laßt"})
_HORTATIVE_OBJECTS = {"mich": "ich", "uns": "wir"}


def _hortative_speaker(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``Lassen Sie mich eines sagen``, ``Lasst uns das gemeinsam denken``: the
    speaker is the first person named by the object of ``lassen``."""
    clause = max(frame.clause_start(cue.first_token), cue.first_token - _MAX_PREFIELD)
    if _LASSEN.isdisjoint(frame.lowered[clause : cue.first_token - 1]):
        return None, None  # most clauses (tested in C)
    for index in range(clause, cue.first_token - 1):
        if frame.lower(index) not in _LASSEN:
            continue
        for follower in (index + 1, index + 2):
            person = _HORTATIVE_OBJECTS.get(frame.lower(follower))
            if person is None or follower >= cue.first_token:
                continue
            if follower == index + 2 and frame.words[index + 1] != "Sie":
                continue  # "Lassen Sie mich", not "lassen die Kollegen mich"
            if frame.mark_in_gaps(index, cue.first_token):
                return None, None
            start, end, _word = frame.tokens[follower]
            name, kind = _FIRST_PERSON[person]
            entity = table.add(f"self:{name}", name, kind, start, end, MentionKind.PRONOUN)
            return entity, (start, end)
    return None, None


_EXPERIENCERS = {"mich": "ich", "mir": "ich", "uns": "wir"}


def _experiencer(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``Mich wundert, dass …``, ``Uns ist klar, dass …``: a first-person object
    alone before the verb, whose subject is the clause that follows, is the one
    who holds the thought."""
    clause = frame.clause_start(cue.first_token)
    person = _EXPERIENCERS.get(frame.lower(clause))
    if (
        person is None
        or clause != 0
        or not cue.finite
        or cue.first_token != clause + 1
        or "," not in frame.gap(cue.last_token)
    ):
        return None, None
    start, end, _word = frame.tokens[clause]
    name, kind = _FIRST_PERSON[person]
    entity = table.add(f"self:{name}", name, kind, start, end, MentionKind.PRONOUN)
    return entity, (start, end)


def _quoted_object(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``Der Spiegel zitiert den Prediger mit den Worten „…“``: the words are those
    of the accusative object of an active ``zitieren``, not of its subject."""
    if cue.verb.lemma != "zitieren" or not cue.finite or cue.last_token != cue.first_token:
        return None, None
    first = cue.first_token + 1
    while first < len(frame.tokens) and frame.lower(first) in _ADVERBS:
        first += 1
    if (
        first + 1 >= len(frame.tokens)
        or frame.lower(first) not in ("den", "einen")
        or frame.breaks[first - 1]
    ):
        return None, None
    noun = first + 1
    while noun < len(frame.tokens) and _lower_adjective(frame.words[noun]):
        noun += 1
    if noun >= len(frame.tokens) or not frame.words[noun][:1].isupper():
        return None, None
    last = noun + 1
    while (
        last < len(frame.tokens)
        and frame.words[last][:1].isupper()
        and not frame.breaks[last - 1]
        and frame.lower(last) not in _NOT_NOUNS
    ):
        last += 1  # "den Minister Hans Berg"
    mentions = table.within(frame.tokens[first][0], frame.tokens[last - 1][1])
    if mentions:
        start, end, index = _best_mention(table, mentions, False)
        return table.entities[index], (start, end)
    return noun_phrase_source(frame, first, last, table)


def _source_by_regions(
    frame: SentenceFrame, cue: Cue, table: EntityTable, inverted: bool
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The source from the word order of the cue's clause."""
    if cue.verb.lemma == "zitieren" and cue.finite:
        quoted = _quoted_person(frame, cue, table)
        if quoted[1] is not None:
            return quoted
    after = cue.last_token + 1 if cue.last_token == cue.first_token else cue.first_token + 1
    clause = frame.clause_start(cue.first_token)
    if (
        clause < cue.first_token <= clause + _MAX_PREFIELD
        and frame.lower(clause) in _NOMINATIVE_PRONOUNS
        and not frame.mark_in_gaps(clause, cue.first_token)
    ):
        # "Wir fordern Sie auf", "Wir von der Partei fordern Sie auf": a prefield
        # opened by a nominative pronoun has it as the subject.
        start, end, word = frame.tokens[clause]
        return _pronoun_source(table, word, start, end, cue.number)
    if (
        cue.finite
        and frame.lower(after) in _SUBJECT_PRONOUNS
        and not frame.breaks[after - 1]
        and not (frame.lower(after) == "sie" and _masculine_prefield(frame, cue))
    ):
        # "Die Bürger forderte er auf", "lobte er mit den Worten": a pronoun right
        # after the finite verb is its subject, whatever stands before (but
        # "Der Chef nannte sie „fahrlässig“": "sie" is the object there).
        start, end, word = frame.tokens[after]
        return _pronoun_source(table, word, start, end, cue.number)
    ranges, after_decides = _regions(frame, cue)
    regions = [(first, min(last, len(frame.tokens)), prefield) for first, last, prefield in ranges]
    regions = [region for region in regions if region[0] < region[1]]
    if inverted:
        # The message stands before the cue: the subject follows the verb, or
        # stands in the verb-final clause of the cue ("…, wie die Polizei mitteilte").
        regions = [
            region
            for region in regions
            if not region[2] or frame.lower(region[0] - 1) in SUBORDINATORS
        ]
    if regions and regions[0][2] and cue.finite and not inverted:
        # "Eine Verschiebung bezeichnete Conze als fatal", "Die Äußerungen Hassemers
        # bezeichnete Wiefelspütz als …": a prefield that may be an accusative (eine,
        # die, das) gives way to a person named right after the verb, unless its
        # head noun names a speaker ("Die Ministerin sagte Merz, …").
        opener = frame.lower(regions[0][0])
        g = gazetteer()
        head = regions[0][0] + 1
        while head < regions[0][1] - 1 and _lower_adjective(frame.words[head]):
            head += 1
        speaking = bool(
            table.within(frame.tokens[head][0], frame.tokens[head][1])
            or g.role(frame.words[head])
            or g.group(frame.words[head])
        )
        if opener in {"eine", "die", "das"} and cue.last_token == cue.first_token and not speaking:
            follower = cue.first_token + 1
            if follower < len(frame.tokens) and not frame.breaks[cue.first_token]:
                named = table.covering(frame.tokens[follower][0], frame.tokens[follower][1])
                if (
                    named is not None
                    and named[0] == frame.tokens[follower][0]
                    and table.entities[named[2]].kind is SpeakerKind.PERSON
                ):
                    return table.entities[named[2]], (named[0], named[1])
                if _masculine_role_after(frame, follower):
                    # "Die Vorwürfe bezeichnete der Anwalt als haltlos": "der" before a
                    # masculine role is nominative, the subject; the prefield the object.
                    last = min(frame.clause_end(follower) + 1, follower + 6)
                    return noun_phrase_source(frame, follower, last, table)
    if after_decides and regions:
        first, last, prefield = regions[0]
        found = _source_in(frame, cue, table, first, last, prefield, guess=True)
        if found[1] is not None:
            return found
    # Named subjects first (mentions, pronouns); a noun phrase that no list knew
    # only when no region names anyone.
    for first, last, prefield in regions:
        found = _source_in(frame, cue, table, first, last, prefield, guess=False)
        named_end = (
            _name_before_apposition(frame, first, last) or _name_before_party(frame, first, last)
            if prefield
            else None
        )
        if named_end is not None and (found[0] is None or found[0].kind is not SpeakerKind.PERSON):
            # "Yukiya Amano, Chef der Atomenergiebehörde, sagte": the name no list
            # knew that the role apposition describes, not the organisation.
            found = _source_in(frame, cue, table, first, named_end, prefield, guess=True)
        if (
            found[1] is None
            and prefield
            and cue.finite
            and (_role_subject(frame, first, last) or _bare_name(frame, first, last, cue))
        ):
            # "Der Ministerpräsident kritisierte die Behörden", "Wiedeking kritisierte
            # die Regierung": a role or a name before the verb is the subject, before
            # a group named after it.
            found = _source_in(frame, cue, table, first, last, prefield, guess=True)
        if found[1] is not None:
            return found
    for first, last, prefield in regions:
        found = _source_in(frame, cue, table, first, last, prefield, guess=True)
        if found[1] is not None:
            return found
    return _first_conjunct_subject(frame, cue, table)


def _quoted_person(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``zitierte man Yolanda Alvarez``: with the impersonal ``man`` as subject,
    the person quoted is the source. A named subject that quotes (``Ein
    Fernsehsender zitierte Papandreou mit den Worten``) stays the source, as the
    SpkAtt annotation of the news data has it."""
    first = cue.last_token + 1
    last = frame.clause_end(cue.last_token)
    if first > last or frame.lower(first) != "man":
        return None, None
    start = first + 1
    if start > last:
        return None, None
    for m_start, m_end, index in table.within(frame.tokens[start][0], frame.tokens[last][1]):
        return table.entities[index], (m_start, m_end)
    return noun_phrase_source(frame, start, min(last + 1, start + 4), table)


def _first_conjunct_subject(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``Im Januar legte er sein Amt nieder und verkündete, …``: a cue verb after
    ``und`` with no subject of its own shares the subject of the first verb (a
    pronoun right after that verb, or a name in its clause)."""
    conjunction = cue.first_token - 1
    if not cue.finite or frame.lower(conjunction) != "und":
        return None, None
    start = frame.clause_start(conjunction)
    for index in range(start + 1, conjunction):
        if frame.lower(index) in _SUBJECT_PRONOUNS and frame.words[index - 1].islower():
            begin, end, word = frame.tokens[index]
            return _pronoun_source(table, word, begin, end, cue.number)
    if conjunction - start > 1:
        return _source_in(frame, cue, table, start, conjunction, True, guess=False)
    return None, None


def _shared_subject(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The subject of the main clause before ``und``/``sowie``/``oder`` right before
    a finite cue verb: ``Die Demonstranten zogen durch die Stadt und skandierten
    Parolen``, ``Am Abend lenkte er das Boot in den Hafen und meldete sich mit den
    Worten``. With nothing before the verb the two verbs share their subject (a
    subject after the verb would need a word before it), so the noun after the verb
    is an object. Only when that main clause opens the sentence and names its
    subject (a phrase that can speak, or a pronoun right after its verb)."""
    conjunction = cue.first_token - 1
    if (
        not cue.finite
        or conjunction < 2
        or frame.lower(conjunction) not in ("und", "sowie", "oder")
        or frame.breaks[conjunction - 1]
    ):
        return None, None
    clause = frame.clause_start(conjunction)
    if 0 < clause < conjunction - 1:
        gap = frame.gap(clause - 1)
        if (
            "," in gap
            and any(mark in gap for mark in QUOTE_MARKS)
            and frame.words[clause].islower()
            and frame.lower(clause) not in _NOT_NOUNS
        ):
            # "„…“, räumte der Minister ein und kündigte Konsequenzen an": after the
            # quotation the first verb leads, and its subject follows it.
            found = _source_in(frame, cue, table, clause + 1, conjunction, False, guess=False)
            if found[1] is None:
                found = _source_in(frame, cue, table, clause + 1, conjunction, False, guess=True)
            return found
        return None, None
    if clause != 0 or frame.lower(0) in SUBORDINATORS:
        return None, None
    if frame.lower(0) in _SUBJECT_PRONOUNS:
        # "Wir sollten Anreize schaffen und zeigen, dass …": the pronoun opening the clause.
        start, end, word = frame.tokens[0]
        return _pronoun_source(table, word, start, end, cue.number)
    from polittext.sentence_subject import sentence_subject

    entity, mention = sentence_subject(frame, table)
    if entity is not None and mention is not None and mention[1] <= frame.tokens[conjunction][0]:
        return entity, mention
    for index in range(1, conjunction):
        # "lenkte er …": a subject pronoun right after the first finite verb.
        if (
            frame.lower(index) in ("er", "sie", "wir", "ich")
            and frame.words[index - 1].islower()
            and frame.lower(index - 1) not in _PREPOSITIONS
            and not frame.breaks[index - 1]
        ):
            start, end, word = frame.tokens[index]
            return _pronoun_source(table, word, start, end, cue.number)
    return None, None


_PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "wurden", "werden", "worden", "würde"})
_AGENT_MARKERS = frozenset({"von", "vom", "seitens"})


def _agentless_passive(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether ``cue`` is the participle of a werden-passive (``wurde … erklärt``,
    ``erwartet wird``, ``ist … angekündigt worden``), not a future or subjunctive
    infinitive (``wird … erklären``) nor ``zitiert`` (whose subject is the one
    quoted). A form like ``erklärt`` is also a finite verb; after the auxiliary
    it is the participle."""
    if cue.verb.lemma == "zitieren":
        return False
    word = frame.lower(cue.last_token)
    if (
        word in _PASSIVE_AUXILIARIES
        or cue.verb.lemma.endswith(word)  # "wird … mitteilen", "wird bekannt geben"
        or word.startswith("zu")
        or word.endswith(("te", "ten"))  # a past form: another clause's verb
    ):
        return False
    clause = max(frame.clause_start(cue.first_token), cue.first_token - _MAX_PREFIELD)
    return not _PASSIVE_AUXILIARIES.isdisjoint(frame.lowered[clause : cue.first_token]) or (
        # "…, dass erklärt wurde", but not "Wie X bekannt gab, wird …"
        frame.lower(cue.last_token + 1) in _PASSIVE_AUXILIARIES and not frame.commas[cue.last_token]
    )


def _passive_agent(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The agent of a passive cue: ``wurde von der Polizei bestätigt``,
    ``Von Seiten der Regierung wurde gefordert``, ``vom Verband aufgefordert wurde``."""
    if cue.verb.lemma == "zitieren":
        # "X wird von Reuters mit den Worten zitiert": the one quoted is the
        # subject, the speaker; the agent only reports the words.
        return None, None
    clause = max(frame.clause_start(cue.first_token), cue.first_token - _MAX_PREFIELD)
    before = range(clause, cue.first_token)
    if (
        not (
            not _PASSIVE_AUXILIARIES.isdisjoint(frame.lowered[clause : cue.first_token])
            or frame.lower(cue.last_token + 1) in _PASSIVE_AUXILIARIES
        )
        or frame.lower(cue.first_token) in _PASSIVE_AUXILIARIES
    ):
        return None, None
    marker = next((i for i in before if frame.lower(i) in _AGENT_MARKERS), None)
    if marker is None or marker + 1 >= cue.first_token:
        return None, None
    first = marker + 1
    if frame.lower(first) == "seiten" and frame.lower(first + 1) in {"der", "des"}:
        first += 2  # "von Seiten der Regierung"
    from polittext.sources import noun_phrase_end

    last = min(noun_phrase_end(frame, first), cue.first_token - 1)
    if last < first or not any(frame.words[i][:1].isupper() for i in range(first, last + 1)):
        return None, None
    return _phrase_entity(frame, first, last, table)


def _phrase_entity(
    frame: SentenceFrame, first: int, last: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The first entity mention within tokens ``first``…``last``, else the phrase itself
    as a source (:func:`noun_phrase_source`)."""
    mentions = table.within(frame.tokens[first][0], frame.tokens[last][1])
    if mentions:
        start, end, index = mentions[0]
        return table.entities[index], (start, end)
    return noun_phrase_source(frame, first, last + 1, table)


_DOCUMENT_PREPOSITIONS = frozenset({"in", "im", "auf"})


def _document_prefield(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The document that a passive cue without agent reads from: ``In dem Bericht
    wird gefordert, …``, ``In einem Bericht der Zeitung X wurde vermutet, …``.

    Only a prepositional phrase with ``in``/``auf`` opening the clause, whose noun
    names a report or statement (``Bericht``, ``Erklärung``, ``Pressemitteilung``),
    counts; ``In Berlin wurde gefordert`` names a place, not a source.
    """
    if cue.verb.lemma == "zitieren":
        return None, None
    clause = frame.clause_start(cue.first_token)
    if cue.first_token - clause > _MAX_PREFIELD:
        return None, None
    if frame.lower(clause) in _DOCUMENT_PREPOSITIONS:
        aux = next(
            (
                i
                for i in range(clause + 1, cue.first_token)
                if frame.lower(i) in _PASSIVE_AUXILIARIES
            ),
            None,
        )
        if aux is None:
            return None, None
        first, end = clause + 1, aux
    elif (
        frame.lower(clause + 1) in _PASSIVE_AUXILIARIES
        and frame.lower(clause + 2) in _DOCUMENT_PREPOSITIONS
        and frame.words[clause].istitle()
    ):
        # "So wird in einer Pressemitteilung der Organisation gefordert, …": an adverb
        # in the prefield, the document after the auxiliary; it ends before the cue.
        first, end = clause + 3, cue.first_token
    else:
        return None, None
    from polittext.sources import _reporting_noun, noun_phrase_end

    noun = first
    while noun < end and (
        frame.lower(noun) in _DEFINITE
        or frame.lower(noun) in _INDEFINITE
        or frame.lower(noun) in _DETERMINER_WORDS
        or _lower_adjective(frame.words[noun])
    ):
        noun += 1
    if noun >= end or not _reporting_noun(frame.words[noun]):
        return None, None
    last = min(noun_phrase_end(frame, first), end - 1)
    if last < noun:
        return None, None
    return _phrase_entity(frame, first, last, table)


def _emerging_from(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``Dies geht aus einer Pressemitteilung des Konzerns hervor``, ``Aus dem
    Bericht geht hervor, dass …``: the source is the phrase after ``aus``."""
    if cue.verb.lemma != "hervorgehen":
        return None, None
    clause = max(frame.clause_start(cue.first_token), cue.first_token - _MAX_PREFIELD)
    limit = min(cue.last_token, frame.clause_end(cue.first_token))
    marker = next(
        (i for i in range(clause, limit) if frame.lower(i) == "aus" and i != cue.first_token),
        None,
    )
    if marker is None:
        return None, None
    from polittext.sources import noun_phrase_end

    first = marker + 1
    stop = cue.first_token if marker < cue.first_token else cue.last_token
    last = min(noun_phrase_end(frame, first), stop - 1)
    if last < first:
        return None, None
    return _phrase_entity(frame, first, last, table)


def _masculine_role_after(frame: SentenceFrame, index: int) -> bool:
    """Whether ``der``/``ein`` at ``index`` opens a masculine role noun (``der
    Anwalt``, ``ein Sprecher``, ``der frühere Minister``): a nominative, unlike
    ``der Ministerin`` (a dative) or ``der Zeitung``."""
    if frame.lower(index) not in ("der", "ein"):
        return False
    noun = index + 1
    while noun < len(frame.tokens) and _lower_adjective(frame.words[noun]):
        if frame.breaks[noun - 1] or noun - index > 3:
            return False
        noun += 1
    if noun >= len(frame.tokens) or frame.breaks[noun - 1]:
        return False
    head = frame.words[noun]
    role = gazetteer().role(head)
    return (
        role is not None
        and not head.endswith("en")  # "der Abgeordneten": a genitive or dative
        and description_gender(frame.lower(index), head, role[1]) == "m"
    )


def _masculine_prefield(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether the cue's prefield opens with a masculine singular noun phrase
    (``Der Geschäftsführer``, ``Ein Sprecher``), a nominative subject."""
    start = frame.clause_start(cue.first_token)
    return (
        cue.number != "pl"
        and start + 1 < cue.first_token
        and frame.lower(start) in {"der", "ein"}
        and _article_of_noun(frame, start, cue.first_token)
    )


def _parsed_source(
    frame: SentenceFrame, cue: Cue, table: EntityTable, subjects: Subjects
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The source named by the parser's subject of the cue's verb, if any.

    The subject's words are read as a prefield by the same rules as
    :func:`source_of` (pronouns resolved, the best mention, else a noun phrase).
    """
    subject = next((subjects[part] for part in cue.parts if part in subjects), None)
    if subject is None or not frame.start <= subject[0] < subject[1] <= frame.end:
        return None, None
    inside = [
        i
        for i, (start, end, _) in enumerate(frame.tokens)
        if subject[0] <= start and end <= subject[1]
    ]
    if not inside or any(subject[0] <= start < subject[1] for start, _ in cue.parts):
        return None, None
    first, last = inside[0], inside[-1] + 1
    found = _source_in(frame, cue, table, first, last, True, guess=False)
    if found[1] is None:
        found = _source_in(frame, cue, table, first, last, True, guess=True)
    return found


_DETERMINER_WORDS = word_class("determiner")
# Possessive determiners before a role noun: "sein Sprecher", "ihre Anwältin".
_POSSESSIVES = frozenset(
    f"{stem}{ending}"
    for stem in ("sein", "ihr", "unser")
    for ending in ("", "e", "er", "em", "en", "es")
)
_FOCUS_PARTICLES = word_class("focus_particle")
_LEADING_CONJUNCTIONS = frozenset({"aber", "und", "doch", "denn", "oder", "sondern", "jedoch"})


def _source_in(
    frame: SentenceFrame,
    cue: Cue,
    table: EntityTable,
    first: int,
    last: int,
    prefield: bool,
    guess: bool,
) -> tuple[Entity | None, tuple[int, int] | None]:
    tokens = frame.tokens
    while first < last and frame.lower(first) in _FINITE_HELPERS:
        first += 1  # "wird Panetta zitiert", "hatte Merz gesagt"
    while not prefield and first + 1 < last and frame.lower(first) in _OBJECT_PRONOUNS:
        first += 1  # "sah es das Gericht als erwiesen an"
    if prefield and first + 1 < last and frame.lower(first) in _LEADING_CONJUNCTIONS:
        first += 1  # "Aber Zeitungen berichteten"
    while (
        prefield
        and first + 1 < last
        and frame.lower(first) in _FOCUS_PARTICLES
        and (
            frame.words[first + 1][:1].isupper()
            or frame.lower(first + 1) in _DEFINITE
            or frame.lower(first + 1) in _INDEFINITE
        )
    ):
        first += 1  # "Auch Feinstein argumentierte", "Selbst die Regierung räumte ein"
    if first >= last:
        return None, None
    if prefield and _demonstrative(frame, first, cue):
        # "Die sagen sich zu Recht: …", "Der hat gesagt, …": an article alone
        # before the verb is a demonstrative pronoun.
        start, end, _word = tokens[first]
        pronoun = "er" if frame.lower(first) == "der" else "sie"
        return _pronoun_source(table, pronoun, start, end, cue.number)
    # A pronoun subject: first word of the prefield, or right after the verb.
    for index in (first,) if prefield else (first, first + 1):
        indefinite = _INDEFINITE_PRONOUNS.get(frame.lower(index)) if index < last else None
        if (
            indefinite is not None
            and (prefield or index == first)
            and not any(w[:1].isupper() for w in frame.words[index + 1 : index + 2])
            and frame.lower(index + 1) not in _DEFINITE | _INDEFINITE
        ):
            # "Keiner hat behauptet", not "Jeder Abgeordnete weiß" (a determiner).
            start, end, word = tokens[index]
            someone = table.add(
                f"indefinite:{start}", word, indefinite, start, end, MentionKind.PRONOUN
            )
            return someone, (start, end)
        if index < last and tokens[index][2].lower() in _PRONOUNS:
            if (
                frame.lower(index) in {"dieser", "diese"}
                and frame.words[index + 1 : index + 2]
                and (frame.words[index + 1][:1].isupper())
            ):
                break  # "Diese Vorschläge": a determiner, not a pronoun
            if not prefield and index == first + 1 and frame.lower(first) not in _ADVERBS:
                break
            if frame.lower(index) in _FIRST_PERSON and not _next_to_verb(frame, cue, index):
                break  # "„Ich sage …“, erklärte Merz": the "Ich" is the quote's
            if not prefield and frame.lower(index) == "sie" and _masculine_prefield(frame, cue):
                break  # "Der Chef nannte sie …": the object
            start, end, word = tokens[index]
            return _pronoun_source(table, word, start, end, cue.number)
    if cue.verb.lemma == "heißen" or (
        # "In einem Jahresbericht des Ministeriums steht, dass …": the text is the source.
        cue.verb.lemma == "stehen"
        and frame.lower(frame.clause_start(cue.first_token)) in {"in", "im"}
    ):
        return _heisst_es_source(frame, cue, table)
    if frame.lower(first) in _NON_SUBJECT and not _article_of_noun(frame, first, last):
        return None, None
    if not prefield:
        # After the verb the subject comes first ("sagte Kallas am Montag in Brüssel"),
        # after adverbs ("sagte auch Kallas"), never inside a prepositional phrase.
        while first < last and (frame.lower(first) in _ADVERBS or frame.lower(first) == "sich"):
            first += 1
        first = _skip_oblique(frame, first, last)
        if (
            first >= last
            or frame.lower(first) in _PREPOSITIONS
            or (frame.lower(first) in _NON_SUBJECT and not _article_of_noun(frame, first, last))
        ):
            return None, None
        article = 1 if frame.lower(first) in _DEFINITE or frame.lower(first) in _INDEFINITE else 0
        head_index = min(first + article, last - 1)
        head = tokens[head_index]
        g = gazetteer()
        # A genitive in -s right before a role noun ("Frankreichs Präsident"): the
        # country is not the subject.
        genitive_role = (
            not article
            and head_index + 1 < last
            and head[2][:1].isupper()
            and head[2].endswith("s")
            and frame.gap(head_index) == " "
            and g.role(tokens[head_index + 1][2]) is not None
        )
        if genitive_role and head_index + 2 < last:
            # "sagte Frankreichs Präsident Emmanuel Macron": the name after the role
            # is the subject.
            named = table.covering(tokens[head_index + 2][0], tokens[head_index + 2][1])
            if named is not None and table.entities[named[2]].kind is SpeakerKind.PERSON:
                return table.entities[named[2]], (named[0], named[1])
        if genitive_role and (
            head_index + 2 >= last or not frame.words[head_index + 2][:1].isupper()
        ):
            # "sagte Russlands Außenminister": the role holder speaks.
            role_holder = noun_phrase_source(frame, head_index + 1, head_index + 2, table)
            if role_holder[1] is not None:
                return role_holder
        if head_index + 1 < last and (
            g.role(head[2]) is not None
            or head[2] in g.titles
            or head[2] + "." in g.titles
            or _person_follows(frame, table, head_index)
        ):
            # "kündigte Finanzminister Lars Klingbeil an", "erklärte die Astronomin
            # Jane Greaves": the name after the noun is the subject.
            head = tokens[head_index + 1]
        for start, end, index in table.within(tokens[first][0], tokens[last - 1][1]):
            if start <= head[0]:
                return table.entities[index], (start, end)
        return noun_phrase_source(frame, first, last, table) if guess else (None, None)
    region_start, region_end = tokens[first][0], tokens[last - 1][1]
    mentions = table.within(region_start, region_end)
    # "Informationen aus Geheimdienstkreisen": the carrier noun names its source.
    carrier = (
        None  # most regions (tested in C)
        if _SOURCE_CARRIERS.isdisjoint(frame.lowered[max(first, 0) : max(last, 0)][:3])
        else next(
            (i for i in range(first, min(last, first + 3)) if frame.lower(i) in _SOURCE_CARRIERS),
            None,
        )
    )
    if carrier is not None and frame.lower(carrier + 1) in _SOURCE_LINKS:
        for start, end, index in mentions:
            if start > tokens[carrier][0]:
                return table.entities[index], (start, end)
    if mentions and not any(table.entities[m[2]].kind is SpeakerKind.PERSON for m in mentions):
        noun = first
        while noun + 1 < last and (
            frame.lower(noun) in _DEFINITE
            or frame.lower(noun) in _INDEFINITE
            or (frame.words[noun].islower() and frame.words[noun].endswith(_ADJECTIVE_ENDINGS))
        ):
            noun += 1
        if gazetteer().role(frame.words[noun]) and (
            _attribute_end(frame, noun, last) is not None or "(" in frame.gap(noun)
        ):
            # "Eine Sprecherin der Bahn sagte", "Der Minister (SPD) sagte": the role
            # holder, not the organisation.
            return noun_phrase_source(frame, first, last, table)
    if mentions:
        # "dass der Innenminister gegenüber Medien versichere": a name in a
        # prepositional phrase is no subject when the region holds more.
        outside = [m for m in mentions if not _after_preposition(frame, m[0], first)]
        opener = frame.lower(first)
        if not outside and (opener not in _PREPOSITIONS or opener in _SOURCE_PREPOSITIONS):
            entity, mention = noun_phrase_source(frame, first, last, table)
            if entity is not None:
                return entity, mention
        # Appositions name the person: at the sentence start, or in a verb-final
        # clause ("Wie der Bevollmächtigte der Kommission, Gerald Braun, mitteilte").
        apposition = prefield and (
            first == 0
            or (frame.lower(first - 1) in SUBORDINATORS and any(frame.commas[first : last - 1]))
        )
        start, end, index = _best_mention(table, outside or mentions, apposition)
        return table.entities[index], (start, end)
    return noun_phrase_source(frame, first, last, table) if guess else (None, None)


def _person_follows(frame: SentenceFrame, table: EntityTable, index: int) -> bool:
    """Whether a known person's name starts right after the noun at ``index``
    (``die Astronomin Jane Greaves``): a profession no list knows in apposition."""
    if not frame.words[index][:1].isupper() or frame.gap(index) != " ":
        return False
    following = frame.tokens[index + 1]
    named = table.covering(following[0], following[1])
    # The whole word: not a genitive ("die Absage Hartmanns"), which the mention
    # of the name leaves out.
    return (
        named is not None
        and named[0] == following[0]
        and named[1] >= following[1]
        and table.entities[named[2]].kind is SpeakerKind.PERSON
    )


def _skip_oblique(frame: SentenceFrame, first: int, last: int) -> int:
    """The first token after the noun phrases opened by a non-nominative article
    (``den``, ``dem``, ``einem`` …) at ``first``, and the adverbs after them:
    ``teilte dem Sender der Minister mit``, ``hat den Abgeordneten mitgeteilt``.
    Such a phrase is an object, never the subject. So is ``der`` before an
    adjective in ``-en`` (``sagte der Süddeutschen Zeitung``, ``der britischen
    Regierung``): a nominative ``der`` takes ``-e`` (``der britische Premier``)."""
    while first < last and (
        frame.lower(first) in _OBLIQUE_ARTICLES - {"des", "eines"}
        or (
            frame.lower(first) == "der"
            and first + 2 < last
            and frame.lower(first + 1).endswith("en")
            and frame.words[first + 2][:1].isupper()
            and not frame.breaks[first]
            and not frame.breaks[first + 1]
        )
    ):
        noun = first + 1
        while noun < last and _lower_adjective(frame.words[noun]) and not frame.breaks[noun - 1]:
            noun += 1
        if noun >= last or not frame.words[noun][:1].isupper() or frame.breaks[noun - 1]:
            break
        first = noun + 1
        while (
            first < last
            and frame.words[first][:1].isupper()
            and not frame.breaks[first - 1]
            and frame.lower(first) not in _DEFINITE | _INDEFINITE
        ):
            first += 1  # "dem Sender CNN"
        while first < last and frame.lower(first) in _ADVERBS:
            first += 1
    return first


# Prepositions that may carry the source itself (a passive agent, "aus Kreisen"),
# unlike "gegenüber", "vor", "mit", "in" …
_SOURCE_PREPOSITIONS = frozenset({"von", "vom", "seitens", "durch", "aus", "laut", "nach"})


def _after_preposition(frame: SentenceFrame, start: int, first: int) -> bool:
    """Whether the mention at character ``start`` is the noun of a prepositional
    phrase (``gegenüber Medien``, ``vor den Journalisten``) that opens after
    token ``first``, other than one of :data:`_SOURCE_PREPOSITIONS`."""
    index = bisect.bisect_left(frame.starts, start) - 1
    while (
        index > first
        and (
            frame.lower(index) in _DEFINITE
            or frame.lower(index) in _INDEFINITE
            or frame.lower(index) in _DETERMINER_WORDS  # "auf sein Umfeld"
            or (frame.words[index].islower() and frame.words[index].endswith(_ADJECTIVE_ENDINGS))
            # the noun a genitive hangs on: "auf Kreise der Regierung"
            or (
                frame.words[index][:1].isupper()
                and frame.lower(index + 1) in ("der", "des")
                and not frame.breaks[index]
            )
        )
        and frame.lower(index) not in _PREPOSITIONS
    ):
        index -= 1
    word = frame.lower(index)
    if word == "nach" and index >= first and frame.starts[index + 1] == start:
        return True  # "reiste nach Paris": a direction ("nach Angaben von X" has a noun between)
    return index >= first and word in _PREPOSITIONS and word not in _SOURCE_PREPOSITIONS


def _article_of_noun(frame: SentenceFrame, index: int, last: int) -> bool:
    """``das Unternehmen``, ``das russische Ministerium``: an article (not the
    pronoun ``das``) before a noun, perhaps with inflected adjectives between."""
    if not (frame.lower(index) in _DEFINITE or frame.lower(index) in _DETERMINER_WORDS):
        return False
    noun = index + 1
    while (
        noun < min(last, index + 4)
        and _lower_adjective(frame.words[noun])
        and frame.words[noun].endswith(_ADJECTIVE_ENDINGS)
        and frame.lower(noun) not in _NOT_NOUNS
        and not frame.breaks[noun - 1]
    ):
        noun += 1  # "das arabische Nachrichtenportal"
    return noun < last and _noun_word(frame.words[noun]) and not frame.breaks[noun - 1]


# A nominalised age, a noun that opens with a number: "der 45-Jährige", "die 33-Jährigen".
_AGE_NOUN = re.compile(r"\d+-J[äa]hrige[nr]?")


def _noun_word(word: str) -> bool:
    """Whether ``word`` may be a noun: capitalised, or a number joined to a
    capitalised noun (``45-Jährige``).

    >>> _noun_word("Minister"), _noun_word("45-Jährige"), _noun_word("45-jährige")
    (True, True, False)
    """
    return word[:1].isupper() or _AGE_NOUN.fullmatch(word) is not None


def _camel_case(word: str) -> bool:
    """A brand name written with a lower-case first letter (``eBay``, ``iRobot``),
    or a compound of one (``dpa-Meldung``, ``ai-Bericht``): lower case, then a
    capital inside the word."""
    return (
        len(word) > 2
        and word.replace("-", "").isalpha()
        and word[0].islower()
        and any(letter.isupper() for letter in word[1:])
    )


def _lower_adjective(word: str) -> bool:
    """A word that may be an inflected adjective: lower case, or a number joined
    to one (``23-jährige``, ``3,5-prozentige``)."""
    if word[:1].islower():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head[:1].isdigit() and rest[:1].islower()


def _best_mention(
    table: EntityTable, mentions: list[tuple[int, int, int]], apposition: bool
) -> tuple[int, int, int]:
    """The first named mention (``Die Gewerkschaft Verdi`` -> Verdi), and in a
    prefield with appositions the first person (``Der Präsident des
    Ifo-Instituts, Clemens Fuest, sagte`` -> Fuest)."""
    if apposition:
        for mention in mentions:
            if table.entities[mention[2]].kind is SpeakerKind.PERSON:
                return mention
    for mention in mentions:
        if table.kinds.get(mention[0]) is MentionKind.NAME:
            return mention
    return mentions[0]


# "hieß es aus Regierungskreisen", "heißt es in dem Bericht", "hieß es bei der Zeitung".
_HEISST_ES_LINKS = frozenset(
    {"aus", "von", "vom", "seitens", "in", "im", "auf", "bei", "beim", "laut"}
)


def _heisst_es_source(
    frame: SentenceFrame, cue: Cue, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """``hieß es aus Regierungskreisen`` / ``In der Erklärung heißt es``."""
    tokens = frame.tokens
    stop = min(len(tokens), frame.clause_end(cue.last_token) + 1, cue.last_token + 8)
    for index in range(cue.last_token + 1, stop - 1):
        if frame.breaks[index - 1]:
            break  # "heißt es, dass nach …": the message's words, not a source
        if frame.lower(index) in _HEISST_ES_LINKS:
            mentions = table.within(tokens[index + 1][0], tokens[stop - 1][1])
            if mentions:
                start, end, entity_index = mentions[0]
                return table.entities[entity_index], (start, end)
            return noun_phrase_source(frame, index + 1, stop, table)
    clause = frame.clause_start(cue.first_token)
    if (
        0 < clause < cue.first_token
        and frame.lower(clause) in _PREPOSITIONS
        and frame.lower(clause + 1) in RELATIVE
        and "," in frame.gap(clause - 1)
    ):
        # "eine Erklärung der Behörde, in der es heißt, …": the noun phrase the
        # relative clause hangs on is the source (its holder when it names one).
        first = _antecedent_start(frame, clause)
        mentions = table.within(tokens[first][0], tokens[clause - 1][1])
        if mentions:
            start, end, index = mentions[0]
            return table.entities[index], (start, end)
        return noun_phrase_source(frame, first, clause, table)
    if clause < cue.first_token and frame.lower(clause) in _PREPOSITIONS:
        return noun_phrase_source(frame, clause + 1, cue.first_token, table)
    if clause < cue.first_token and frame.lower(clause) in SUBORDINATORS:
        # "Wie es aus Parteikreisen hieß", "wie es in dem Bericht heißt": the source
        # phrase stands before the verb of the verb-final clause.
        link = next(
            (
                i
                for i in range(clause + 1, cue.first_token - 1)
                if frame.lower(i) in _HEISST_ES_LINKS
            ),
            None,
        )
        if link is not None:
            mentions = table.within(tokens[link + 1][0], tokens[cue.first_token - 1][1])
            if mentions:
                start, end, index = mentions[0]
                return table.entities[index], (start, end)
            return noun_phrase_source(frame, link + 1, cue.first_token, table)
    if clause == cue.first_token and clause > 2 and frame.lower(0) in _DOCUMENT_PREPOSITIONS:
        # "In dieser Resolution, die der Rat annahm, heißt es, …": a relative clause
        # between the document and the verb.
        from polittext.sources import noun_phrase_end

        last = min(noun_phrase_end(frame, 1), frame.clause_end(1))
        if 1 <= last < clause:
            mentions = table.within(tokens[1][0], tokens[last][1])
            if mentions:
                start, end, index = mentions[0]
                return table.entities[index], (start, end)
            return noun_phrase_source(frame, 1, last + 1, table)
    return None, None


def _attribute_end(frame: SentenceFrame, index: int, last: int) -> int | None:
    """Last token of a genitive or ``von`` attribute after the noun at ``index``
    (``Sprecher [des baden-württembergischen Ministeriums]``), if there is one."""
    if not (index + 2 < last and frame.lower(index + 1) in _ATTRIBUTE_LINKS):
        return None
    if frame.breaks[index]:
        return None
    follower = index + 2
    while (
        follower < min(last, index + 6)
        and frame.words[follower].islower()
        and frame.words[follower].endswith(_ADJECTIVE_ENDINGS)
        and not frame.breaks[follower - 1]
    ):
        follower += 1  # "des britischen Umweltministeriums"
    if follower >= last or not frame.words[follower][:1].isupper() or frame.breaks[follower - 1]:
        return None
    while (
        follower + 1 < min(last, index + 8)
        and frame.words[follower + 1][:1].isupper()
        and not frame.breaks[follower]
    ):
        follower += 1  # "der Deutschen Bahn", "des Weißen Hauses"
    if frame.lower(index + 1) == "der" and _addressed_medium(frame, index, follower):
        return None  # "sagte die Grünen-Politikerin der „Süddeutschen Zeitung“": a dative
    return follower


def _addressed_medium(frame: SentenceFrame, index: int, last: int) -> bool:
    """Whether the words after the role noun at ``index`` up to ``last`` name a
    newspaper, agency or broadcaster (:data:`_MEDIA_HEADS`) that the role holder
    spoke to, rather than the role's organisation (``ein Redakteur der Zeitung``)."""
    if gazetteer().role(frame.words[index]) is None:
        return False  # "in einem Bericht der Salzburger Nachrichten": a document, not a speaker
    if frame.lower(index).rsplit("-", 1)[-1].endswith(_MEDIA_ROLES):
        return False
    return any(media_word(frame.lower(i)) for i in range(index + 2, last + 1))


def media_word(word: str) -> bool:
    """Whether ``word`` names a newspaper, agency or broadcaster: a head of the word
    class ``media_head`` or a compound ending in one of :data:`_MEDIA_ENDINGS`
    (the part after the last hyphen counts).

    >>> media_word("Süddeutschen"), media_word("Nachrichtenagentur"), media_word("Polizei")
    (False, True, False)
    """
    head = word.lower().rsplit("-", 1)[-1]
    return head in _MEDIA_HEADS or head.endswith(_MEDIA_ENDINGS)


def _role_holder(
    frame: SentenceFrame, table: EntityTable, first: int, head: int, attribute: int, gender: str
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The holder of a role with an attribute naming its organisation."""
    tokens = frame.tokens
    start, end = tokens[first][0], tokens[head][1]
    attribute_start, attribute_end = tokens[head + 2][0], tokens[attribute][1]
    organisation = table.within(attribute_start, attribute_end)
    affiliation = (
        table.entities[organisation[0][2]].name
        if organisation
        else frame.text[attribute_start:attribute_end]
    )
    noun = tokens[head][2]
    article = frame.lower(first)
    if article in _DEFINITE:
        # "der Sprecher des Ministeriums": the one named before with that role there.
        known = table.latest_before(
            start,
            lambda e: e.affiliation == affiliation and noun in e.roles,
        )
        if known is not None:
            table.add_to(known, start, end, MentionKind.DESCRIPTION)
            return known, (start, end)
    name = f"{noun} {frame.text[tokens[head + 1][0] : attribute_end]}"
    kind = SpeakerKind.ANONYMOUS_SOURCE if article not in _DEFINITE else SpeakerKind.PERSON
    entity = table.add(f"role:{name}:{start}", name, kind, start, end, MentionKind.DESCRIPTION)
    if entity.key == f"role:{name}:{start}":
        entity.affiliation = affiliation
        entity.gender = gender if gender in ("f", "m") else None
        if noun not in entity.roles:
            entity.roles.append(noun)
    return entity, (start, end)


# Articles that make a role noun masculine (or neuter) singular: "der CDU-Vorsitzende",
# "dem Abgeordneten", "ein Politiker" (the feminine form in -in stays feminine).
_MASCULINE_ARTICLES = frozenset({"der", "des", "dem", "den", "ein", "eines", "einem", "einen"})


def description_gender(article: str, head: str, role_gender: str) -> str:
    """Gender of a role noun after ``article``: the feminine form in ``-in``/``-innen``
    is feminine; otherwise a masculine article decides for nouns such as
    ``Vorsitzende`` or ``Abgeordnete`` that the role list files under their feminine
    form; else the role list's gender.

    >>> description_gender("der", "CDU-Vorsitzende", "f"), description_gender("die", "Vorsitzende", "f")
    ('m', 'f')
    >>> description_gender("der", "Ministerin", "f")  # dative: "sagte der Ministerin"
    'f'
    """
    if role_gender == "f" and head.endswith(("in", "innen")):
        return "f"
    if article in _MASCULINE_ARTICLES:
        return "m"
    return role_gender


def noun_phrase_source(
    frame: SentenceFrame, first: int, last: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """Make or find the entity for a subject no gazetteer knew."""
    tokens = frame.tokens
    g = gazetteer()
    index = first
    article = frame.lower(index)
    if article in _INDEFINITE or article in _DEFINITE or article in _POSSESSIVES:
        index += 1
    adjectives = 0
    while (
        index < last
        and (tokens[index][2][:1].islower() or tokens[index][2][:1].isdigit())
        and not _camel_case(tokens[index][2])
        and not _AGE_NOUN.fullmatch(tokens[index][2])
        and not frame.breaks[index]
    ):
        index += 1  # adjectives: "der grüne Staatssekretär"
        adjectives += 1
        if adjectives > 4:
            return None, None
    if index >= last or not (_noun_word(tokens[index][2]) or _camel_case(tokens[index][2])):
        return None, None
    if frame.lower(index) in _TIME_WORDS or (first < index and frame.lower(first) in _NOT_OPENERS):
        # "seit etwa fünf Jahren", "gerade dieser Tage", "nicht die erste
        # Auseinandersetzung": a time or a negated predicate, no source.
        return None, None
    head_start, head_end, head = tokens[index]
    if index == first and head.endswith(("en", "e")):
        # A bare plural of a report noun: "Informationen aus dem Ministerium"
        # (not a document: "einer Pressemitteilung des Vereins", "Laut Verfassung …").
        holder = _report_holder(frame, index, last, table)
        if holder[1] is not None:
            return holder
    end = head_end
    attribute = _attribute_end(frame, index, last)
    if attribute is not None:
        end = tokens[attribute][1]  # "ein Sprecher des Ministeriums"
    start = tokens[first][0]
    role = g.role(head)
    if role is not None and attribute is not None:
        # "ein Sprecher des Innenministeriums": the role holder speaks, with the
        # organisation of the attribute as affiliation; the role noun is the mention.
        return _role_holder(frame, table, first, index, attribute, role[1])
    if role is not None and index + 1 < len(tokens) and frame.gap(index) == " ":
        # "der grüne Abgeordnete Werner Schulz": the name after the role is the person.
        named = table.covering(tokens[index + 1][0], tokens[index + 1][1])
        if named is not None and table.entities[named[2]].kind is SpeakerKind.PERSON:
            return table.entities[named[2]], (named[0], named[1])
    if role is not None and article in _DEFINITE:
        gender = description_gender(article, head, role[1])
        # "der SPD-Politiker": a party prefix rules out a person of another party.
        party = g.parties.get(head.rsplit("-", 1)[0]) if "-" in head else None
        # The last person who holds that role ("Umweltministerin Lemke … Fraktionschefin
        # Dröge … Die Ministerin"), else the last one of the description's gender.
        entity = table.latest_before(
            start,
            lambda e: (
                e.kind is SpeakerKind.PERSON
                and (party is None or e.affiliation in (None, party))
                and any(_role_head(r) == role[0] for r in e.roles)
            ),
        ) or table.latest_before(
            start,
            lambda e: (
                e.kind is SpeakerKind.PERSON
                and (party is None or e.affiliation in (None, party))
                and gender in ("f", "m")
                and e.gender == gender
                and not _other_office(e, head)
            ),
        )
        if entity is not None:
            table.add_to(entity, start, end, MentionKind.DESCRIPTION)
            if (
                entity.key.startswith("pronoun:")
                and entity.name == frame.text[entity.mentions[0][0] : entity.mentions[0][1]]
            ):
                # "Er werde kommen, sagte der Minister": a speaker known so far only
                # as a pronoun takes the description's role as its name.
                entity.name = head
                if head not in entity.roles:
                    entity.roles.append(head)
            return entity, (start, end)
    text = frame.text
    name = text[start:end]
    if article in _DEFINITE or article in _INDEFINITE:
        # The name without its article: "ein Regierungssprecher" -> "Regierungssprecher".
        name = text[tokens[first + 1][0] : end]
    if _AGE_NOUN.fullmatch(head):
        return _age_source(table, article, head, name, start, end)
    if role is not None and article in _POSSESSIVES:
        # "Sein Sprecher teilte mit", "Ihr Anwalt sagte": someone of the person the
        # possessive refers to, not that person; one speaker for each wording.
        name = name[:1].lower() + name[1:]
        entity = table.add(
            f"desc:{name}", name, SpeakerKind.PERSON, start, end, MentionKind.DESCRIPTION
        )
        if entity.key == f"desc:{name}":
            entity.gender = role[1] if role[1] in ("f", "m") else None
            if head not in entity.roles:
                entity.roles.append(head)
        return entity, (start, end)
    if role is not None and article in _INDEFINITE:
        entity = table.add(
            f"anon:{name}", name, SpeakerKind.ANONYMOUS_SOURCE, start, end, MentionKind.DESCRIPTION
        )
        if entity.key == f"anon:{name}" and entity.gender is None and role[1] in ("f", "m"):
            entity.gender = role[1]  # "Eine Sprecherin …  Sie sagte": a pronoun may refer back
        return entity, (start, end)
    group = g.group(head)
    if group is not None:
        entity = table.add(f"group:{name}", name, group[0], start, end, MentionKind.DESCRIPTION)
        return entity, (start, end)
    sentence_initial_adverb = head_start == frame.start and head.lower().endswith(
        _ADVERB_ENDINGS
    )  # "Natürlich haben …", "Zufälligerweise hat …": capitalised only as the first word
    # A name in quotation marks is a title: a newspaper or programme ("nach
    # Informationen des „Spiegel“"), not a person.
    titled = index > 0 and not _OPENING_QUOTE_SET.isdisjoint(frame.gaps[index - 1])
    if index == first and could_be_surname(head) and not sentence_initial_adverb and not titled:
        # "Jaap Meijer erklärte": a run of up to three name-like words, the last
        # one the surname (given names no list knows).
        last_name = index
        while (
            last_name + 1 < min(last, index + 3)
            and frame.gap(last_name) == " "
            and could_be_surname(tokens[last_name + 1][2])
        ):
            last_name += 1
        surname, name_end = tokens[last_name][2], tokens[last_name][1]
        entity = table.add(
            surname_key(surname),
            text[head_start:name_end],
            SpeakerKind.PERSON,
            head_start,
            name_end,
        )
        return entity, (head_start, name_end)
    if role is not None:
        entity = table.add(
            f"desc:{name}", name, SpeakerKind.PERSON, start, end, MentionKind.DESCRIPTION
        )
        entity.gender = role[1] if role[1] in ("f", "m") else None
        entity.roles.append(head)
        return entity, (start, end)
    if head.lower() in _NOT_NOUNS:
        return None, None
    if article in _DEFINITE and index == first + 1 and attribute is None:
        # "laut Süddeutscher Zeitung …, wie die Zeitung schreibt", "Die Universität
        # Bayreuth … Die Universität erklärte": a bare definite noun refers back to
        # the organisation named before whose name has it as its head.
        known = _named_antecedent(table, head, start)
        if known is not None:
            table.add_to(known, start, end, MentionKind.DESCRIPTION)
            return known, (start, end)
    # Any other noun phrase: an organisation or institution no list knew ("Die IADB"),
    # also in the genitive ("nach Angaben des Ministeriums").
    lowered = head.lower()
    institution = lowered.endswith(_INSTITUTION_HEADS) or (
        lowered.endswith("s") and lowered[:-1].endswith(_INSTITUTION_HEADS)
    )
    kind = SpeakerKind.INSTITUTION if institution else SpeakerKind.ORGANISATION
    entity = table.add(f"np:{name}", name, kind, start, end, MentionKind.DESCRIPTION)
    return entity, (start, end)


_HOLDER_PREPOSITIONS = frozenset({"aus", "von", "vom"})


def _report_holder(
    frame: SentenceFrame, head: int, last: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The holder of a report noun at token ``head`` (``Informationen aus dem
    Ministerium bestätigen``, ``Berichte des Senders``): the speaker is whoever the
    phrase after it names, not the information; none if no phrase follows.
    ``last`` is the end (exclusive) of the phrase."""
    from polittext.sources import _reporting_noun, noun_phrase_end

    following = head + 1
    if following >= last or frame.breaks[head] or not _reporting_noun(frame.words[head]):
        return None, None
    word = frame.lower(following)
    if word in _HOLDER_PREPOSITIONS:
        first = following + 1
    elif word in {"des", "der"}:
        first = following  # the genitive: "Angaben der Polizei"
    else:
        return None, None
    if first >= last:
        return None, None
    end = min(noun_phrase_end(frame, first), last - 1)
    if end < first:
        return None, None
    tokens = frame.tokens
    known = table.within(tokens[first][0], tokens[end][1])
    if known:
        start, stop, index = known[0]
        return table.entities[index], (start, stop)
    return noun_phrase_source(frame, first, end + 1, table)


# Words for the head of a government, one office under several names.
_HEAD_OF_GOVERNMENT = frozenset(
    {
        "premier",
        "premierminister",
        "ministerpräsident",
        "regierungschef",
        "kanzler",
        "bundeskanzler",
        "regierungschefin",
        "premierin",
        "premierministerin",
        "ministerpräsidentin",
        "kanzlerin",
        "bundeskanzlerin",
    }
)


def _other_office(entity: Entity, word: str) -> bool:
    """Whether ``entity`` holds only offices other than the role noun ``word``
    names (``Staatspräsident Macron`` for ``der Premierminister``): a description of
    one state office does not refer back to the holder of another. Professions,
    party offices and relational nouns (``Politikerin``, ``SPD-Vorsitzende``,
    ``Sprecher``) say nothing against it."""
    offices = _office_heads()
    office = offices.get(_role_head(word))
    if office is None or not entity.roles:
        return False
    if word.lower() in _HEAD_OF_GOVERNMENT and any(
        r.lower().rstrip("n") in _HEAD_OF_GOVERNMENT or r.lower() in _HEAD_OF_GOVERNMENT
        for r in entity.roles
    ):
        return False  # "Premierminister X … der Ministerpräsident"
    held = [offices.get(_role_head(r)) for r in entity.roles]
    return all(h is not None and h != office for h in held)


@functools.lru_cache(maxsize=1)
def _office_heads() -> dict[str, str]:
    """Heads of state offices that one person does not hold at once (a minister is
    no president, a mayor no minister), both forms, to the masculine one
    (``Ministerin`` -> ``Minister``). Party and group offices (``Vorsitzender``,
    ``Chef``, ``Sprecher``) go with any of them."""
    heads: dict[str, str] = {}
    for masculine, feminine in _EXCLUSIVE_OFFICES:
        heads[masculine] = heads[feminine] = masculine
    return heads


_EXCLUSIVE_OFFICES = (
    ("Präsident", "Präsidentin"),
    ("Minister", "Ministerin"),
    ("Kanzler", "Kanzlerin"),
    ("Premier", "Premierin"),
    ("Bürgermeister", "Bürgermeisterin"),
    ("Landrat", "Landrätin"),
    ("Gouverneur", "Gouverneurin"),
    ("Botschafter", "Botschafterin"),
    ("König", "Königin"),
)


def _role_head(word: str) -> str:
    """The role a role noun names, in the role list's masculine form
    (``Umweltministerin`` -> ``Minister``), or ``""``."""
    role = gazetteer().role(word)
    return role[0] if role is not None else ""


_NAMED_KINDS = frozenset(
    {
        SpeakerKind.ORGANISATION,
        SpeakerKind.INSTITUTION,
        SpeakerKind.GOVERNMENT,
    }
)


def _named_antecedent(table: EntityTable, head: str, position: int) -> Entity | None:
    """The last organisation, institution or government before
    ``position`` with a mention whose head is the noun ``head`` (``Zeitung``:
    ``Süddeutsche Zeitung``; ``Ministerium``: ``Innenministerium``; ``Universität``:
    ``Universität Bayreuth``), in the usual look-back."""
    noun = head.lower()
    if noun.endswith("s") and len(noun) > 6:
        noun = noun[:-2] if noun.endswith("es") else noun[:-1]  # "des Ministeriums"
    if len(noun) < 4:
        return None

    def named(entity: Entity) -> bool:
        if entity.kind not in _NAMED_KINDS:
            return False
        for words in table.named_words(entity.index):
            if len(words) < 1 or (len(words) == 1 and words[0] == noun):
                continue  # the bare noun itself names nothing
            last = words[-1]
            if (
                last.endswith(noun)
                or (last.endswith("s") and last[:-1].endswith(noun))
                or (len(words) > 1 and words[0] == noun)
            ):
                return True
        return False

    return table.latest_before(position, named)


def _age_source(
    table: EntityTable, article: str, head: str, name: str, start: int, end: int
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The speaker named by a nominalised age (``Der 45-Jährige sagte``): a man
    after ``der``/``ein``, a woman after ``die``/``eine``, a group in the plural
    (``Die 33-Jährigen``). With the definite article it refers back to the last
    person of that gender, as a role noun does (``Anna Berg … Die 33-Jährige``)."""
    if article in ("die", "den") and head.endswith("n"):
        entity = table.add(
            f"group:{name}", name, SpeakerKind.GROUP, start, end, MentionKind.DESCRIPTION
        )
        return entity, (start, end)
    gender = (
        "m"
        if article in ("der", "ein") or head.endswith("r")
        else "f"
        if article in ("die", "eine")
        else None
    )
    if article in _DEFINITE and gender is not None:
        known = table.latest_before(
            start, lambda e: e.kind is SpeakerKind.PERSON and e.gender == gender
        )
        if known is not None:
            table.add_to(known, start, end, MentionKind.DESCRIPTION)
            return known, (start, end)
    entity = table.add(
        f"desc:{name}", name, SpeakerKind.PERSON, start, end, MentionKind.DESCRIPTION
    )
    if entity.gender is None:
        entity.gender = gender
    return entity, (start, end)
