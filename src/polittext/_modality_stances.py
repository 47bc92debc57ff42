"""Rules of session 14 on how a sentence stands to a measure as a whole.

Private to :mod:`polittext.measure_modality` (called from
:mod:`polittext._modality_revisions`): an alternative question (``… oder nicht?``)
asks whether a measure comes; ``wird es nie wieder geben`` denies that it will
exist; ``das ist unsere Linie`` after a negated measure makes the negation the
speaker's refusal.
"""

from __future__ import annotations

import bisect

from polittext._modality_clauses import _REACH, _after_colon, _question, _window, _with_us
from polittext.frames import SentenceFrame
from polittext.measure_cues import Cue
from polittext.measures import Candidate
from polittext.types import Modality

# Forms of "es gibt" (there is): with a negation the measure is said not to exist.
_GIVE = frozenset({"geben", "gibt", "gab", "gäbe", "gegeben"})
_NEVER = frozenset({"nie", "niemals", "nicht", "nimmer"})
# Nouns with which a speaker names a negation as their own line ("Keine Waffen in
# Kriegsgebiete – das ist unsere Linie").
_LINES = frozenset({"linie", "position", "haltung", "überzeugung", "grundsatz", "prinzip"})
_OWN = frozenset({"unsere", "meine", "unser", "mein"})


def _cues_between(cues: list[Cue], first: int, last: int) -> list[Cue]:
    """The cues (in text order) that start from token ``first`` to ``last``: a bisection,
    so that a rule asked for every measure of an endless sentence stays linear."""
    low = bisect.bisect_left(cues, first, key=lambda c: c.first)
    high = bisect.bisect_right(cues, last, key=lambda c: c.first)
    return cues[low:high]


def _alternative_question(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wird die Wehrpflicht nun wieder eingeführt oder nicht, Herr Minister?``: a
    question that offers both answers asks whether the measure comes; its ``nicht``
    negates nothing.

    >>> from polittext.measures import Candidate
    >>> text = "Kommt die Wehrpflicht zurück oder nicht?"
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _alternative_question(frame, Candidate("CONSCRIPTION_MOBILISATION", 1, 1, 0))
    True
    """
    if not _question(frame):
        return False
    _start, end = _window(frame, candidate)
    return any(
        frame.lower(i) == "oder" and frame.lower(i + 1) == "nicht" and frame.breaks[i + 1]
        for i in range(candidate.last + 1, end + 1)
    )


def _existence_question(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wird es eine Erhöhung des Pflegegeldes geben?`` (also after ``Ich frage Sie:``):
    whether the measure will come is asked, so it is open.

    >>> from polittext.measures import Candidate
    >>> text = "Wird es eine Vermögensteuer geben?"
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _existence_question(frame, Candidate("TAX_LEVY", 3, 3, 0))
    True
    """
    if not _question(frame):
        return False
    start = _after_colon(frame, candidate)
    end = frame.clause_end(candidate.last)
    return (
        frame.lower(start) in {"wird", "werden"}
        and frame.lower(start + 1) == "es"
        and frame.lower(end) in _GIVE
    )


def _never_to_exist(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Eine Pkw-Maut nur für Ausländer wird es nie wieder geben``: the measure, put
    first, is said not to come (``es`` … negation … ``geben``).

    >>> from polittext.measures import Candidate
    >>> text = "Eine Pkw-Maut wird es nie wieder geben."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _never_to_exist(frame, Candidate("TAX_LEVY", 1, 1, 0))
    True
    """
    _start, end = _window(frame, candidate)
    words = frame.lowered[candidate.last + 1 : end + 1]
    if "es" not in words:
        return False
    after = words[words.index("es") :]
    give = next((i for i, w in enumerate(after) if w in _GIVE), None)
    return give is not None and any(w in _NEVER for w in after[:give])


_CONDITION_OPENERS = frozenset({"wenn", "falls", "sofern"})
_VERB_FIRST_CONDITIONS = frozenset({"sollte", "sollten"})
_COORDINATORS = frozenset({"und", "aber", "oder"})


def _condition_before(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether a condition inside the sentence stands right before the measure's clause:
    ``…, und wenn die Netzentgelte steigen, werden wir eine Preisbremse prüfen`` (a
    ``wenn`` clause and a main clause that opens with its finite verb), or an inserted
    ``sollte`` clause (``… und werden, sollte der Haushalt es zulassen, ein Programm
    auflegen``). A condition at the head of the sentence is read elsewhere.

    >>> from polittext.measures import Candidate
    >>> text = "Wir senken die Steuern, und wenn es nötig wird, werden wir eine Preisbremse prüfen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _condition_before(frame, Candidate("PRICE_CAP", 12, 12, 0))
    True
    """
    start = frame.clause_start(candidate.first)
    if start < 2:
        return False
    before = frame.clause_start(start - 1)
    if before == 0:
        return False
    opener = before + 1 if frame.lower(before) in _COORDINATORS else before
    if frame.lower(opener) in _VERB_FIRST_CONDITIONS:
        return True
    if frame.lower(opener) not in _CONDITION_OPENERS or opener == 0:
        return False
    # the main clause after a fronted condition opens with its finite verb
    return frame.words[start].islower() and frame.lower(start) not in _COORDINATORS


def _inside_sollte_condition(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the measure stands in a condition that opens with ``sollte`` after a comma
    (``Peking droht mit Gegenzöllen, sollte Brüssel die Exportkontrollen verschärfen``):
    verb-first inside a sentence, ``sollte`` sets a condition, it demands nothing.

    >>> from polittext.measures import Candidate
    >>> text = "Peking droht mit Gegenzöllen, sollte Brüssel die Exportkontrollen verschärfen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _inside_sollte_condition(frame, Candidate("EXPORT_BAN", 7, 7, 0))
    True
    """
    start = frame.clause_start(candidate.first)
    return (
        start > 0
        and "," in frame.gap(start - 1)
        and frame.lower(start) in _VERB_FIRST_CONDITIONS
        and frame.words[frame.clause_end(candidate.last)].islower()
    )


def _lifting_waits(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """Whether the measure's own clause lifts it ``erst`` (only) under the condition that
    follows (``Wir werden die Sanktionen erst aufheben, wenn Russland abzieht``): the
    lifting waits, so the measure stays in force (docs/labelling.rst)."""
    start, end = _window(frame, candidate)
    return "erst" in frame.lowered[start : end + 1] and any(
        c.modality is Modality.LIFTED_OR_ENDED
        and frame.words[c.first].islower()
        and candidate.last < c.first <= end
        for c in _cues_between(cues, candidate.last + 1, end)
    )


_FAILING = ("scheiter", "gescheitert")


def _failed_with_plan(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die Ampel ist mit ihrem Vorhaben, eine Übergewinnsteuer einzuführen,
    gescheitert``: someone who failed *with* a plan, a motion or a demand for the measure
    did not get it (negated, docs/labelling.rst, session 8).

    >>> from polittext.measures import Candidate
    >>> from polittext.measure_cues import status_cues
    >>> text = "Die Ampel ist mit ihrem Vorhaben, eine Übergewinnsteuer einzuführen, gescheitert."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _failed_with_plan(frame, status_cues(frame), Candidate("TAX_LEVY", 7, 7, 0))
    True
    """
    start, end = _window(frame, candidate)
    if not any(w.startswith(_FAILING) for w in frame.lowered[start : end + 1 + _REACH]):
        return False
    return any(
        c.modality in _ASKED_FOR
        and frame.words[c.first][:1].isupper()
        and 0 < candidate.first - c.last <= 8
        and "mit" in frame.lowered[max(0, c.first - 3) : c.first]
        for c in _cues_between(cues, candidate.first - 9, candidate.first)
    )


_ASKED_FOR = frozenset({Modality.PLANNED, Modality.PROPOSED, Modality.DEMANDED})


# Present-tense verbs of a one-off act: in a news report the act is done (decided), unlike an
# ongoing activity ("liefert", "zahlt"), which is in force (docs/labelling.rst, decided).
_ONE_OFF_PRESENT = frozenset(
    {"schließt", "schließen", "verbietet", "verbieten", "untersagt", "untersagen"}
)
_ONGOING = frozenset({"seit", "weiterhin", "weiter", "bereits", "schon", "noch", "nach", "immer"})
_RULE_SUBJECTS = ("gesetz", "verordnung", "richtlinie", "regel", "vertrag", "satzung", "recht")


def _one_off_present_act(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Polen schließt seine Grenze zu Belarus``, ``Die Stadt verbietet Feuerwerk in der
    Innenstadt``: a one-off act in the present tense of a news report is done, not an
    ongoing state. Not with a word of duration (``seit``, ``weiterhin``), and not when a
    rule is the subject (``Das Gesetz verbietet …`` states what applies).

    >>> from polittext.measures import Candidate
    >>> text = "Polen schließt seine Grenze zu Belarus."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _one_off_present_act(frame, Candidate("MIGRATION_BORDER", 1, 3, 0))
    True
    """
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    if any(w in _ONGOING for w in words) or _question(frame):
        return False
    verb = next((i for i in range(start, end + 1) if frame.lowered[i] in _ONE_OFF_PRESENT), None)
    if verb is None or verb == start or not frame.words[verb].islower():
        return False
    if frame.lower(verb - 1) == "zu":
        return False  # "…, bestehende Subventionen zu streichen": an infinitive, no act
    subject = frame.lowered[start:verb]
    return not any(w.endswith(_RULE_SUBJECTS) for w in subject)


def _refused_by_speaker(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the speaker claims a negation as their own line (``Keine
    Waffenlieferungen in Kriegsgebiete – das ist und bleibt unsere Linie``, ``unsere
    klare Haltung``) or says it
    happens only over them (``mit uns``): then the negated measure is rejected.

    >>> text = "Keine Steuererhöhungen – das ist unsere Position."
    >>> from polittext.measures import Candidate
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _refused_by_speaker(frame, Candidate("TAX_LEVY", 1, 1, 0))
    True
    """
    words = frame.lowered
    start, end = _window(frame, candidate)
    end = min(len(words) - 1, end + _REACH)  # "– das ist und bleibt unsere Linie" follows
    return any(
        words[i] in _LINES and any(w in _OWN for w in words[max(0, i - 3) : i])
        for i in range(max(1, start), end + 1)
    ) or _with_us(frame, (start, end))
