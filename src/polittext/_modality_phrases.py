"""The phrase that holds the measure, for the modality rules.

Private to :mod:`polittext.measure_modality`: the draft, package or law whose content
the measure is (``_container``, ``_draft_head``), a measure that acts as the subject
of its clause (``_acting_subject``), the antecedent of a relative clause that states
a stance (``_status_antecedent``), a measure presupposed by a causal preposition
(``wegen der Zölle``), separable acts, and the cues a verb trigger brings itself
(``_own_cues``).
"""

from __future__ import annotations

from polittext._modality_clauses import (
    _ADVERBIAL_SUBORDINATORS,
    _CONSENTS,
    _CONTENT_VERBS,
    _EMBEDDED_QUESTIONS,
    _FINITE_AUXILIARIES,
    _PREPOSITIONS,
    _RELATIVE_PRONOUNS,
    _finite,
    _has_zu_infinitive,
)
from polittext.cues import konjunktiv_forms
from polittext.frames import SentenceFrame
from polittext.measure_cues import _DETERMINERS, _NEGATIONS, _PARTICLES, Cue
from polittext.measures import Candidate
from polittext.types import Modality


def _own_cues(frame: SentenceFrame, verbs: list[Cue]) -> list[Cue]:
    """``verbs`` without the cues that are part of another or no status: a cue inside a
    longer one at the same word is part of it (``kündigte … an``), and so is the last
    word of a longer one that gives it another sense (``gegen … entschieden``); ``gilt
    als Erfolg`` judges; ``entschieden`` next to a cue is the adverb (``lehnen wir
    entschieden ab``). Each cue is checked against tables of the others (linear time,
    also for a sentence with thousands of cues)."""
    longest: dict[int, int] = {}  # the last token of the longest cue at each first token
    ending: dict[int, set[Modality]] = {}  # modalities of cues of several words, by last token
    for d in verbs:
        if d.last > longest.get(d.first, -1):
            longest[d.first] = d.last
        if d.first < d.last:
            ending.setdefault(d.last, set()).add(d.modality)
    kept = []
    for c in verbs:
        if longest[c.first] > c.last:
            continue
        if c.first == c.last and ending.get(c.first, set()) - {c.modality}:
            continue
        word = frame.lower(c.first)
        if word in _STATE_VERBS and (
            frame.lower(c.first + 1) == "als"
            # "gilt inzwischen als ausgemacht"
            or (frame.lower(c.first + 2) == "als" and frame.words[c.first + 1].islower())
        ):
            continue  # "gilt als Erfolg": a judgement, not a rule that applies
        if word == "entschieden" and (c.first + 1 in longest or c.first - 1 in longest):
            continue  # "entschieden abgelehnt", "lehnen wir entschieden ab": the adverb
        kept.append(c)
    return kept


# Words between a draft noun and its content: "den Entwurf für ein neues Gesetz".
_DRAFT_LINKS = _DETERMINERS | {"für", "zum", "zur", "neues", "neuen", "neue"}


def _draft_head(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``den Entwurf des Bundeshaushalts``, ``der Entwurf für ein neues Wehrdienstgesetz``,
    ``eine Initiative für …``: the measure is the content of a draft noun that governs it; or the trigger is itself a
    draft (``Haushaltsentwurf``) that its clause says is adopted (``billigt``,
    ``beschlossen``): adopting a draft tables it."""
    if frame.lower(candidate.last).endswith(("entwurf", "entwurfs")) and any(
        frame.lower(i).startswith((*_CONSENTS, "beschl", "verabschied"))
        for i in range(frame.clause_start(candidate.first), frame.clause_end(candidate.last) + 1)
    ):
        return True  # "Das Kabinett billigt den Haushaltsentwurf": the draft is adopted
    index = candidate.first - 1
    while index > 0 and candidate.first - index <= 6 and not frame.breaks[index]:
        word = frame.lower(index)
        # "eine Bundesratsinitiative für eine Mietpreisbremse": a legislative initiative
        # tables its content as a draft does.
        if frame.words[index][:1].isupper() and word.endswith(
            ("entwurf", "entwurfs", "initiative")
        ):
            return index < candidate.first - 1
        # "den Gesetzentwurf zur Beschleunigung der Asylverfahren": articles,
        # prepositions and the nouns of the phrase lie between.
        if word not in _DRAFT_LINKS and not (
            frame.words[index][:1].isupper() and candidate.first - index <= 4
        ):
            return False
        index -= 1
    return False


# Nouns of a draft, whose content is proposed, and of a package or law, whose content
# (what a relative clause says it "vorsieht", "enthält") has the package's status.
_DRAFT_NOUNS = ("entwurf", "entwurfs", "vorschlag", "vorschlags", "antrag", "antrags")
_CONTAINER_NOUNS = (
    *("paket", "pakets", "gesetz", "gesetzes", "abkommen", "abkommens", "vertrag", "vertrags"),
    *("verordnung", "programm", "programms", "beschluss", "beschlusses", "richtlinie"),
)


def _container(
    frame: SentenceFrame, candidate: Candidate, relative: set[int]
) -> tuple[int, bool] | None:
    """The noun whose relative clause holds the measure, when it is a draft (``ein
    Gesetzentwurf, der die Abschiebehaft verlängert``) or a package or law whose
    content the clause names (``ein Sanktionspaket, das ein Importverbot vorsieht``),
    also extraposed (``hat den Haushaltsentwurf beschlossen, der …``); and whether it is
    a draft."""
    start = frame.clause_start(candidate.first)
    end = frame.clause_end(start)
    if (
        start > 0
        and frame.lower(start) not in _RELATIVE_PRONOUNS
        and frame.words[end].islower()
        and frame.lower(frame.clause_start(start - 1)) in _RELATIVE_PRONOUNS
        and frame.clause_start(start - 1) > 0
    ):
        # "…, der eine Neuverschuldung vorsieht, Einsparungen beim Elterngeld enthält …":
        # a part of the relative clause after a comma.
        start = frame.clause_start(start - 1)
    if start == 0 or frame.lower(start) not in _RELATIVE_PRONOUNS or not frame.commas[start - 1]:
        return None
    if _has_zu_infinitive(frame, (start, end)):
        return None  # "gegen einen Antrag, die Schuldenbremse zu lockern": an infinitive
    if candidate.first not in relative and (
        # After a verb of saying the article may open a message ("meint, die Steuer
        # müsse steigen"); a relative clause has its finite verb last, in the indicative.
        not frame.words[end].islower()
        or any(frame.lower(i) in konjunktiv_forms() for i in range(start, end + 1))
    ):
        return None
    content = any(frame.lower(i) in _CONTENT_VERBS for i in range(start, end + 1))
    for index in range(start - 1, max(frame.clause_start(start - 1), start - 12) - 1, -1):
        if not frame.words[index][:1].isupper():
            continue
        word = frame.lower(index)
        if word.endswith(_DRAFT_NOUNS):
            return index, True
        if content and word.endswith(_CONTAINER_NOUNS):
            return index, False
    return None


# Verbs that state that a rule applies; with "als" they judge ("gilt als Erfolg").
_STATE_VERBS = frozenset({"gilt", "gelten", "galt", "galten"})


# Stances a relative clause can state about the measure inside it ("die eine
# Vermögensteuer fordert"). Proposals are left out: the held-out dev6 aggregate fell with
# them (revenue "eingebracht", advice "empfehlen" read as tabling).
_STANCES = frozenset(
    {Modality.DEMANDED, Modality.PLANNED, Modality.CONSIDERED}
    | {Modality.UNDER_DISCUSSION, Modality.REJECTED}
)


def _status_antecedent(
    frame: SentenceFrame, verbs: list[Cue], clause: tuple[int, int]
) -> Cue | None:
    """The status noun that a relative clause describes (``einen Gesetzentwurf, mit dem
    wir … verschärfen``, ``der Plan, der … vorsieht``): the clause states the content of a
    bill, plan or demand, so its present-tense act has the noun's status."""
    start = clause[0]
    if start == 0 or not frame.commas[start - 1]:
        return None
    pronoun = start + 1 if frame.lower(start) in _PREPOSITIONS else start
    if frame.lower(pronoun) not in _RELATIVE_PRONOUNS:
        return None
    head = start - 1
    if frame.lower(head) in _PARTICLES:
        head -= 1  # "legt einen Gesetzentwurf vor, mit dem …"
    cue = next((c for c in verbs if c.first <= head <= c.last and c.first == c.last), None)
    if cue is None or not frame.words[head][:1].isupper():
        return None
    if cue.modality not in (Modality.PROPOSED, Modality.PLANNED, Modality.DEMANDED):
        return None
    return cue


# Prepositions of cause and concession: their noun phrase names an existing state
# ("wegen der Zölle", "trotz der Sanktionen", "dank der Mietpreisbremse").
_CAUSAL_PREPOSITIONS = frozenset({"wegen", "aufgrund", "infolge", "trotz", "dank", "angesichts"})


def _presupposed(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A measure governed by a causal or concessive preposition (``Wegen der Zölle …``,
    ``trotz der Sanktionen``) is presupposed to exist: the clause says what follows from
    it, not that it is made. Only determiners and adjectives may stand between."""
    index = candidate.first - 1
    while index >= 0 and candidate.first - index <= 4 and not frame.breaks[index]:
        word = frame.lower(index)
        if word in _CAUSAL_PREPOSITIONS:
            return True
        if not frame.words[index].islower() or word in _PREPOSITIONS or word in _NEGATIONS:
            return False
        index -= 1
    return False


# Status verbs that also take an accusative object with the measure as their subject
# (``Die Schuldenbremse verhindert Investitionen``, ``Die Zölle erhöhen die Preise``).
_ACTS_ON_OBJECTS = frozenset(
    {Modality.REJECTED, Modality.DECIDED, Modality.EXTENDED, Modality.LIFTED_OR_ENDED}
)


def _acting_subject(
    frame: SentenceFrame, chosen: Cue, candidate: Candidate, clause: tuple[int, int]
) -> bool:
    """The measure opens a verb-second clause as its subject and the status verb right
    after it has an object of its own (``Die Schuldenbremse verhindert höhere
    Investitionen``, ``Die Zölle erhöhten die Preise``): the measure acts, so it exists;
    the verb says nothing about its status. A verb with a prepositional phrase only
    (``Die Zölle steigen auf 25 Prozent``) or ``sich`` states what becomes of the measure."""
    verb = chosen.first
    if (
        chosen.modality not in _ACTS_ON_OBJECTS
        or chosen.first != chosen.last
        or not frame.words[verb].islower()
        or frame.lower(clause[0]) in _EMBEDDED_QUESTIONS | _ADVERBIAL_SUBORDINATORS
        or frame.lower(clause[0]) in {"dass", "wenn", "falls", "sofern", "ob"}
        or candidate.first - clause[0] > 2
        or not candidate.last < verb <= candidate.last + 5
    ):
        return False
    # The subject phrase: the measure and its attributes, no other verb before the cue,
    # and no preposition before the measure ("Mit der Anerkennung kündigten …").
    if any(_finite(frame, i) for i in range(candidate.last + 1, verb)):
        return False
    if any(
        frame.lower(i) in _PREPOSITIONS
        or not (frame.words[i].islower() or frame.lower(i) in _DETERMINERS)
        for i in range(clause[0], candidate.first)
    ):
        return False
    if any(frame.breaks[clause[0] : verb]):
        return False
    following = frame.lower(verb + 1)
    after = frame.words[verb + 2] if verb + 2 < len(frame.words) else ""
    if frame.breaks[verb] or following in _PREPOSITIONS or following in {"sich", "der"}:
        return False
    if _actor_follows(frame, verb):
        return False  # "Neue Zölle verhängte die Regierung": the measure is the object
    if following in _DETERMINERS - _NEGATIONS:
        return True
    # An adjective and its noun: "verhindert höhere Investitionen".
    return (
        frame.words[verb + 1].islower()
        and following.endswith(("e", "en", "er", "es", "em"))
        and following not in _FINITE_AUXILIARIES
        and following not in _NEGATIONS
        and after[:1].isupper()
        and not frame.breaks[verb + 1]
    )


def _actor_follows(frame: SentenceFrame, verb: int) -> bool:
    """Whether a named actor (an institution, state, party or person) stands in the
    three words after ``verb``: then it is the subject, and the clause-initial measure
    its fronted object (``Die Zölle erhöhte die Regierung``)."""
    from polittext.entities import find_entities

    end = min(verb + 4, len(frame.tokens))
    start, stop = frame.tokens[verb + 1][0], frame.tokens[end - 1][1]
    table = find_entities(frame.text, [(frame.start, frame.end)])
    return bool(table.within(start, stop))


def _separable_act(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A trigger that is a separable verb with its particle (``richtet … eine Behörde ein``,
    ``rief seinen Botschafter zurück``) names a single act, not a state."""
    verb, particle = frame.words[candidate.first], frame.lower(candidate.last)
    return (
        candidate.last > candidate.first
        and verb.islower()
        and not verb.startswith("bau")  # "baut … aus": building goes on
        and particle in _PARTICLES
        and not frame.breaks[candidate.last - 1]
    )
