"""Status cues of policy measures: the words of ``data/measures/modality.tsv`` in a sentence.

Each cue says which modality a word or phrase signals (``fordert``:
demanded, ``beschlossen``: decided) and how it is used: as a verb or noun of
the clause, as a modal verb that scopes over the other verbs of its clause,
as an attributive participle before the measure noun, or as a status adverb.
:mod:`polittext.measure_modality` turns them into a measure's modality.

>>> from polittext.frames import SentenceFrame
>>> frame = SentenceFrame.build("Die EU will Zölle erheben.", 0, 26)
>>> [(c.first, c.modality.value, c.use) for c in status_cues(frame)]
[(2, 'planned', 'modal')]
"""

from __future__ import annotations

import functools

import attrs

from polittext.frames import CONDITIONAL_OPENERS, SUBORDINATORS, SentenceFrame
from polittext.lexicon import read_table, word_class
from polittext.patterns import Pattern, PatternIndex
from polittext.types import Modality

__all__ = ["Cue", "status_cues", "verb_words"]

_USES = frozenset({"verb", "attribute", "modal", "adverb"})

# Word sets of German grammar that the modality rules of
# :mod:`polittext.measure_modality` use.
_DETERMINERS = word_class("determiner")
_NEGATIONS = word_class("negation")
_MEASURE_NOUNS = word_class("measure_noun")
# Measures that are themselves an ending: their "ending" verb decides them.
_ENDING_MEASURES = frozenset({"MILITARY_COOPERATION_SUSPENSION"})
_PAST_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "wurde", "wurden"})
# A finite verb or conditional conjunction that opens a sentence makes it a condition:
# "Sollte Tiflis …, drohen …", "Käme eine Kerosinsteuer, müssten …".
_CONDITIONAL_OPENERS = CONDITIONAL_OPENERS
# Conjunctions and adverbs of condition: "falls …", "notfalls", "gegebenenfalls".
_CONDITIONS = frozenset({"falls", "sofern", "notfalls", "gegebenenfalls", "andernfalls"})
_SUBJUNCTIVE_MODALS = frozenset(
    {"hätte", "hätten", "wäre", "wären", "würde", "würden", "könnte", "könnten", "könne"}
    | {"müsste", "müssten"}
)
# Outcomes: statuses that a modal verb of the same clause turns into a plan, demand or
# hypothesis ("will … abschaffen", "müsse … verlängert werden").
_OUTCOMES = frozenset(
    {Modality.DECIDED, Modality.EXTENDED, Modality.LIFTED_OR_ENDED, Modality.IN_FORCE}
)
# Speech acts: a modal verb does not change them ("will gegen … stimmen" is a rejection).
_SPEECH_ACTS = frozenset(
    {
        Modality.REJECTED,
        Modality.DEMANDED,
        Modality.PROPOSED,
        Modality.CONSIDERED,
        Modality.UNDER_DISCUSSION,
    }
)
# Acts that leave an existing measure as it is: demanding, proposing, weighing, debating,
# refusing or imagining its lifting ("fordert die Aufhebung der Sanktionen") keeps it in force.
_NOT_DONE = _SPEECH_ACTS | {Modality.HYPOTHETICAL}
# A suspension is often the measure itself ("die Aussetzung des Familiennachzugs").
_SUSPENSIONS = ("aussetz", "ausgesetzt", "auszusetz")
# Changes of an existing measure beat the attributive status of its noun phrase.
_CHANGES = frozenset({Modality.EXTENDED, Modality.LIFTED_OR_ENDED})
_CONDITION_NOUNS = frozenset(
    {"bedingung", "bedingungen", "vorbedingung", "vorbedingungen", "voraussetzung"}
    | {"voraussetzungen"}
)
_PARTICLE_WORDS = word_class("verb_particle")
# First parts of separable verbs: the particles, and adjectives and nouns written with the
# verb when it is joined (bereitstellen, teilnehmen, stattfinden, starkmachen).
_FIRST_PARTS = _PARTICLE_WORDS | {"bereit", "teil", "statt", "hoch", "weiter", "stark"}
_PARTICLES = tuple(sorted(_PARTICLE_WORDS))
# In indirect speech Konjunktiv II stands in for Konjunktiv I ("sagte, die Sanktionen
# hätten … geschadet"): it reports, it does not make a condition.
_REPORTED_SUBJUNCTIVES = frozenset({"hätte", "hätten", "wäre", "wären"})
_REMAIN = frozenset({"bleibt", "bleiben", "blieb", "blieben"})
_DATE_WORDS = frozenset(
    {"sofort", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august"}
    | {"september", "oktober", "november", "dezember", "frühjahr", "sommer", "herbst"}
    | {"winter", "jahresbeginn", "jahresanfang", "montag", "dienstag", "mittwoch"}
    | {"donnerstag", "freitag", "samstag", "sonntag", "mitte", "ende", "anfang"}
    | {"jahreswechsel", "jahresmitte", "kommenden", "kommendem", "nächsten", "nächstem"}
)
# Modals of will: "will keine …", "werden keine … zulassen" refuse the measure.
_VOLITIONAL = frozenset({"will", "wollen", "wolle", "wollte", "wollten", "werden"})


@attrs.frozen(slots=True)
class Cue:
    """One status cue found in a sentence: its tokens, modality and use.

    ``use`` is ``verb``, ``attribute`` (an adjective before the measure noun),
    ``modal`` (a modal verb that scopes over the other verbs of its clause) or
    ``adverb`` (``weiterhin``: counts after the verbs and nouns of its clause).

    >>> Cue(2, 2, Modality.PLANNED, "modal").modality.value
    'planned'
    """

    first: int
    last: int
    modality: Modality
    use: str


@functools.lru_cache(maxsize=1)
def _modality_index() -> PatternIndex[tuple[Modality, str]]:
    rows = read_table("measures/modality.tsv", 3)
    for _modality, pattern, use in rows:
        if use not in _USES:
            raise ValueError(f"modality.tsv: unknown use {use!r} for {pattern!r}")
    joined = [(m, j, use) for m, p, use in rows for j in _joined_forms(p)]
    subjunctive = [
        (m, k, use) for m, p, use in rows if use != "attribute" for k in _konjunktiv_i(p)
    ]
    return PatternIndex(
        (Pattern.parse(p), (Modality(m), use)) for m, p, use in [*rows, *joined, *subjunctive]
    )


def _konjunktiv_i(pattern: str) -> list[str]:
    """The Konjunktiv I forms of the verbs of a pattern, the mood of reported speech
    (``man prüfe``, ``die EU lehne … ab``): the stem of a regular verb listed with its
    third person and its infinitive (``prüft``/``prüfen``) plus ``-e``.

    >>> _konjunktiv_i("lehnt/lehnte/lehnen ~~~ ab")
    ['lehne ~~~ ab']
    >>> _konjunktiv_i("schlägt/schlagen ~~~ vor")
    ['schlage ~~~ vor']
    >>> _konjunktiv_i("beendet/beenden")
    ['beende']
    >>> _konjunktiv_i("gilt/gelten")
    []
    """
    parts = pattern.split()
    verbs = parts[0].split("/")
    forms: list[str] = []
    for verb in verbs:
        if not (verb.isalpha() and verb.islower() and verb.endswith("t")) or verb.startswith("ge"):
            continue
        stem = verb[:-1]
        plain = stem.replace("ä", "a").replace("ö", "o").replace("ü", "u")
        if verb.endswith("et") and verb[:-2] + "en" in verbs:
            stem = verb[:-2]  # "beendet"/"beenden": "beende"
        elif plain != stem and plain + "en" in verbs:
            stem = plain  # "schlägt"/"schlagen": "schlage"
        elif stem + "en" not in verbs and stem + "n" not in verbs:
            continue
        form = stem + "e"
        if form not in verbs and form not in forms:
            forms.append(form)
    if not forms:
        return []
    return [" ".join(["/".join(forms), *parts[1:]])]


def _joined_forms(pattern: str) -> list[str]:
    """The verb-final forms of a separable verb pattern: in a subordinate clause the
    particle is written with the verb (``lehnt … ab`` → ``ablehnt``, ``ablehnte``), and
    the zu-infinitive takes ``zu`` between them (``abzulehnen``).

    >>> _joined_forms("lehnt/lehnen ~~~ ab")
    ['ablehnt/ablehnen/abzulehnen']
    >>> _joined_forms("gibt/gab ~~~ nicht")
    []
    """
    parts = pattern.split()
    if len(parts) != 3 or parts[1] != "~~~":
        return []
    verbs, particles = parts[0].split("/"), parts[2].split("/")
    if not all(p in _FIRST_PARTS for p in particles):
        return []
    if not all(v.isalpha() and v.islower() for v in verbs):
        return []
    forms: list[str] = []
    for particle in particles:
        joined = [particle + v for v in verbs]
        joined += [particle + "zu" + v for v in verbs if v.endswith(("en", "ern", "eln"))]
        forms.append("/".join(joined))
    return forms


@functools.lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Exact lower-case verb forms of the status cues (``plante``, ``beschlossen``).

    >>> "beschlossen" in verb_words()
    True
    """
    words: set[str] = set()
    for _modality, pattern, _use in read_table("measures/modality.tsv", 3):
        for part in pattern.split():
            for alternative in part.split("/"):
                if alternative.isalpha() and alternative.islower():
                    words.add(alternative)
    return frozenset(words) | word_class("auxiliary")


def status_cues(frame: SentenceFrame) -> list[Cue]:
    """All status cues of a sentence, in text order.

    >>> frame = SentenceFrame.build("Die EU will Zölle erheben.", 0, 26)
    >>> [(c.first, c.modality.value, c.use) for c in status_cues(frame)]
    [(2, 'planned', 'modal')]
    """
    found = _modality_index().find(frame.words, frame.breaks)
    cues = [
        Cue(first, last, modality, use)
        for first, last, (modality, use) in found
        if not _preposition_not_particle(frame, first, last)
        # "sind … bereits verboten": the adverb "bereits" (already) is no form of "bereit"
        and frame.lowered[last] != "bereits"
        and not _yields_money(frame, first, last)
        and not _excluded_from(frame, last, modality)
        and not _not_insisting(frame, first, last)
        and not _any_case(frame, first)
        and not _end_of_time(frame, first)
        and not (frame.lowered[first] in _AGREEING_FORMS and not frame.commas[last])
    ]
    cues = [_imposed(frame, c) for c in cues]
    if any(frame.lowered[c.first] in _WOULD for c in cues):
        # once per sentence: whether it sets a condition or asks, and its first verb of
        # saying (rules stay linear in the length of the sentence)
        open_ = (
            not _IF_WORDS.isdisjoint(frame.lowered) or "?" in frame.text[frame.start : frame.end]
        )
        saying = next((i for i, w in enumerate(frame.lowered) if w in _SAYING), None)
        # "…, bis Russland abzieht, erklärte der Rat": a verb of saying that opens the
        # sentence's last clause reports all before it
        last = frame.clause_start(len(frame.words) - 1)
        closing = last if last > 0 and frame.lower(last) in _SAYING else None
        cues = [_reported_announcement(frame, c, open_, saying, closing) for c in cues]
    known = {(c.first, c.last) for c in cues}
    extra = [
        c
        for c in _bracket_cues(frame)
        if (c.first, c.last) not in known and not _yields_money(frame, c.first, c.last)
    ]
    if not extra:
        return cues
    return sorted(cues + extra, key=lambda c: (c.first, c.last))


# "vereinbaren, … zu erhöhen": agreeing to do it plans it; only before the comma of the
# zu-infinitive is it that cue ("vereinbarten ein Abkommen" concludes one).
_AGREEING_FORMS = frozenset({"vereinbaren", "vereinbart", "vereinbarte", "vereinbarten"})


# "auf keinen Fall", "auf jeden Fall", "in jedem Fall": an emphasis, not a condition.
_ANY_CASE = frozenset({"keinen", "jeden", "jedem", "keinem", "allen"})


# Words around "Ende" that make it a point in time ("bis Ende des Jahres", "Ende Juni").
_TIME_PREPOSITIONS = frozenset({"bis", "zum", "gegen", "ab", "seit", "vor", "am", "zu"})
_TIME_NOUNS = frozenset(
    {"jahres", "monats", "woche", "quartals", "sommers", "winters", "jahrzehnts"}
    | {"legislaturperiode", "wahlperiode", "haushaltsjahres", "schuljahres", "sitzungswoche"}
)
_MONTHS = frozenset(
    {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september"}
    | {"oktober", "november", "dezember"}
)


def _end_of_time(frame: SentenceFrame, first: int) -> bool:
    """``bis Ende des Jahres``, ``Ende Juni``, ``Ende 2027``: ``Ende`` names a point in
    time there, not the end of a measure (``das Ende der Sanktionen``)."""
    if frame.lowered[first] != "ende":
        return False
    following = frame.lower(first + 1)
    return (
        frame.lower(first - 1) in _TIME_PREPOSITIONS
        or following in _MONTHS
        or following[:1].isdigit()
        or (
            following in {"des", "der", "dieses", "diesen"}
            and frame.lower(first + 2) in _TIME_NOUNS
        )
    )


def _any_case(frame: SentenceFrame, first: int) -> bool:
    """``will … auf keinen Fall zustimmen``, ``auf jeden Fall``: ``Fall`` after a word of
    any or none stresses the statement; it sets no condition (``im Fall eines Angriffs``)."""
    return frame.lowered[first] in {"fall", "falle"} and frame.lower(first - 1) in _ANY_CASE


def _not_insisting(frame: SentenceFrame, first: int, last: int) -> bool:
    """``besteht … auf`` insists on something only with a determiner after ``auf`` (``die
    Europäer bestehen auf einer Begrenzung``); ``Das Embargo besteht seit 1990 auf Druck
    der USA`` states that the measure exists."""
    return (
        frame.lowered[last] == "auf"
        and frame.lowered[first].startswith(("besteh", "bestand", "beharr"))
        and frame.lower(last + 1) not in _DETERMINERS | _POSSESSIVES
    )


_POSSESSIVES = frozenset({"ihrer", "ihrem", "ihren", "seiner", "seinem", "seinen", "unserer"})


# Verbs of saying that report an announcement or statement (not a judgement such as
# "schätzte", "warnte"), and words that make a sentence conditional.
_SAYING = frozenset(
    {"sagte", "sagten", "sagt", "teilte", "teilten", "teilt", "erklärte", "erklärten"}
    | {"erklärt", "kündigte", "kündigten", "kündigt", "versicherte", "versicherten"}
    | {"bestätigte", "bestätigten", "sicherte", "sicherten", "verkündete", "hieß"}
)
_IF_WORDS = frozenset(
    {"wenn", "falls", "sofern", "ohne", "fall", "falle", "sonst", "andernfalls", "notfalls"}
)


def _reported_announcement(
    frame: SentenceFrame, cue: Cue, open_: bool, saying: int | None, closing: int | None
) -> Cue:
    """``Die Länder würden eine Steuer einführen, sagten die Minister zu``, ``X teilte
    mit, man würde … verlängern``: in reported speech ``würde(n)`` stands in for the
    Konjunktiv I of ``werden``; with no condition (and no question) in the sentence
    (``open_``) it reports an announcement (planned), not an imagined act
    (docs/labelling.rst, "Reported würde"). ``saying`` is the index of the sentence's
    first verb of saying, ``closing`` that of one opening its last clause. A clause opened by an indefinite noun phrase (``Eine
    Zuckersteuer würde … einbringen``) predicts an effect and stays hypothetical."""
    if frame.lowered[cue.first] not in _WOULD or cue.use != "modal" or open_:
        return cue
    start, end = frame.clause_start(cue.first), frame.clause_end(cue.first)
    if frame.lower(start) in _INDEFINITES:
        return cue
    after = (frame.lower(end + 1) in _SAYING and frame.commas[end]) or (
        closing is not None and closing > end and start == 0
    )
    before = (
        start > 0
        and frame.commas[start - 1]
        and frame.clause_start(start - 1) == 0
        and saying is not None
        and saying < start
    )
    if not (after or before):
        return cue
    return Cue(cue.first, cue.last, Modality.PLANNED, cue.use)


_WOULD = frozenset({"würde", "würden"})
_INDEFINITES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "neue", "höhere"})


def _imposed(frame: SentenceFrame, cue: Cue) -> Cue:
    """``hat gegen vier Richter Visasperren ausgesprochen``: without ``sich``,
    ``aussprechen`` imposes (a ban, a warning); only ``sich gegen … aussprechen``
    rejects or ``sich für … aussprechen`` demands."""
    if cue.modality not in (Modality.REJECTED, Modality.DEMANDED) or not frame.lowered[
        cue.last
    ].startswith(("ausgesprochen", "aussprechen", "auszusprechen")):
        return cue
    start, end = frame.clause_start(cue.first), frame.clause_end(cue.last)
    if frame.lowered[cue.first] not in {"gegen", "für"}:
        return cue
    if "sich" in frame.lowered[start : end + 1] or "uns" in frame.lowered[start : end + 1]:
        return cue
    return Cue(cue.first, cue.last, Modality.DECIDED, cue.use)


def _excluded_from(frame: SentenceFrame, last: int, modality: Modality) -> bool:
    """Whether a cue ending in ``ausgeschlossen`` excludes someone from something
    (``vom Zahlungssystem SWIFT ausgeschlossen``, ``aus der Partei ausgeschlossen``):
    the exclusion is a measure, not a measure ruled out."""
    if modality is not Modality.REJECTED or frame.lowered[last] != "ausgeschlossen":
        return False
    return any(frame.lowered[i] in _EXCLUDED_FROM for i in range(max(0, last - 5), last))


_EXCLUDED_FROM = frozenset({"aus", "vom", "von"})
# Words of an amount of money: "einbringen" with one of them yields revenue.
_MONEY_WORDS = frozenset(
    {"euro", "milliarden", "millionen", "mrd.", "mio.", "geld", "einnahmen", "dollar"}
)


def _yields_money(frame: SentenceFrame, first: int, last: int) -> bool:
    """``würde Milliarden einbringen``, ``bringt dem Staat 3 Milliarden Euro ein``:
    ``einbringen`` with an amount of money yields revenue; it tables no bill."""
    words = frame.lowered[first : last + 1]
    if not (words[0].startswith(("einbr", "einzubr")) or (words[-1] == "ein" and "br" in words[0])):
        return False
    start, end = frame.clause_start(first), frame.clause_end(last)
    return any(w in _MONEY_WORDS for w in frame.lowered[start : end + 1])


def _preposition_not_particle(frame: SentenceFrame, first: int, last: int) -> bool:
    """A separable cue whose particle ``aus`` or ``ein`` does not close its clause: ``aus``
    is a preposition there (``läuft aus dem Ruder``, not ``läuft Ende Juni aus``), ``ein``
    an article (``bringt ein Plus``, not ``brachte den Haushalt ein``), ``um`` a
    preposition of amount (``setzt sich für eine Erhöhung um 20 Euro ein``, not ``setzt
    die Reform um``)."""
    if frame.lowered[last] == "um" and (
        not frame.lowered[first].startswith("setz")  # "bittet um Munition": a preposition
        or frame.lower(last + 1) in {"und", "oder", "sowie"}  # "setzt die Reform um und …"
    ):
        return False
    if last > first and frame.lowered[last] in _ARTICLE_FORMS:
        return True  # "stellte eine Erhöhung in Aussicht": an article, never the particle
    return (
        last > first
        and frame.lowered[last] in {"aus", "ein", "vor", "um"}
        and not frame.breaks[last]
        and frame.lower(last + 1) not in SUBORDINATORS
    )


_ARTICLE_FORMS = frozenset({"eine", "einen", "einem", "einer", "eines"})


@functools.lru_cache(maxsize=1)
def _separable_rows() -> tuple[tuple[frozenset[str], frozenset[str], Modality, str], ...]:
    """The separable verb patterns (``lehnt/lehnte ~~~ ab``) as verb and particle sets."""
    rows = []
    for modality, pattern, use in read_table("measures/modality.tsv", 3):
        parts = pattern.split()
        if len(parts) != 3 or parts[1] != "~~~":
            continue
        particles = frozenset(parts[2].split("/"))
        if not particles <= _FIRST_PARTS:
            continue
        rows.append((frozenset(parts[0].split("/")), particles, Modality(modality), use))
    return tuple(rows)


def _bracket_cues(frame: SentenceFrame) -> list[Cue]:
    """Separable verbs whose particle closes the clause, however long the middle field
    (``stellt Indien einen Kredit für den Bau … bereit``): the verb and its particle
    bracket the clause, so the distance between them is not limited."""
    found: list[Cue] = []
    for end in range(1, len(frame.words)):
        if not frame.breaks[end] or not frame.words[end].islower():
            continue
        particle = frame.lower(end)
        if particle not in _FIRST_PARTS:
            continue
        start = frame.clause_start(end)
        for verbs, particles, modality, use in _separable_rows():
            if particle not in particles:
                continue
            verb = next(
                (
                    i
                    for i in range(start, end)
                    if frame.words[i].islower() and frame.lower(i) in verbs
                ),
                None,
            )
            if verb is not None:
                found.append(Cue(verb, end, modality, use))
    return found
