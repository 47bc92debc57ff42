"""Rules of session 15 on amounts, keeping and asking.

Private to :mod:`polittext.measure_modality` (called from
:mod:`polittext._modality_revisions`): an act done with no money at all (``keinen
einzigen Euro gekürzt``) did not happen; a measure kept while something else is done
(``ohne dafür die Schuldenbremse zu schleifen``) or kept as the condition
(``falls Brüssel an seiner Digitalabgabe festhält``) is in force; a measure that
``darf es nicht geben`` is refused; ``Ist eine Verlängerung geplant?`` asks about it;
a measure named by its own past participle (``die eingefrorenen Gelder``) exists.
"""

from __future__ import annotations

from polittext._modality_clauses import _after_colon, _question, _window
from polittext.frames import SentenceFrame
from polittext.measure_cues import Cue
from polittext.measures import Candidate
from polittext.types import Modality

# Nouns of money that a negation before them makes nothing ("keinen einzigen Euro").
_MONEY = frozenset({"euro", "cent", "pfennig", "geld", "franken", "dollar"})
_NONE = frozenset({"kein", "keine", "keinen", "keinem"})


def _no_money(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wir haben keinen einzigen Euro bei der Jugendarbeit gekürzt``, ``hat der Bund
    keinen Cent für den Ausbau bereitgestellt``: an act done with no money at all is
    said not to have happened.

    >>> from polittext.measures import Candidate
    >>> text = "Wir haben keinen einzigen Euro bei der Jugendarbeit gekürzt."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _no_money(frame, Candidate("SPENDING_CUT_LIMIT", 8, 8, 0))
    True
    """
    start, end = _window(frame, candidate)
    contained = "in" in frame.lowered[max(start, candidate.first - 2) : candidate.first]
    return any(
        frame.lower(i) in _NONE
        and any(w in _MONEY for w in frame.lowered[i + 1 : min(end, i + 3) + 1])
        # "in diesem Haushalt keinen Euro für …": the budget holds no money, it exists
        and not (contained and i > candidate.last)
        for i in range(start, end + 1)
    )


# Zu-infinitives that weaken or end a measure ("ohne die Schuldenbremse zu schleifen").
_WEAKENING = frozenset(
    {"schleifen", "lockern", "aufweichen", "kippen", "antasten", "beenden", "opfern"}
    | {"auszusetzen", "abzuschaffen", "aufzuheben", "aufzuweichen", "anzutasten"}
)


def _kept_without(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``…, ohne dafür die Schuldenbremse zu schleifen``: the measure named in an
    ``ohne … zu`` clause whose act would weaken it is kept, so it stays in force.

    >>> from polittext.measures import Candidate
    >>> text = "Wir investieren, ohne dafür die Schuldenbremse zu schleifen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _kept_without(frame, Candidate("SPENDING_CUT_LIMIT", 5, 5, 0))
    True
    """
    start, end = _window(frame, candidate)
    if frame.lower(start) != "ohne":
        return False
    last = frame.lower(end)
    return last in _WEAKENING and (frame.lower(end - 1) == "zu" or "zu" in last[2:-2])


_MAY = frozenset({"darf", "dürfe", "dürfen", "durfte"})


def _must_not_exist(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Einen solchen Waffenstillstand darf es nicht geben``: what must not exist is
    refused, not only said not to exist.

    >>> from polittext.measures import Candidate
    >>> text = "Einen Waffenstillstand darf es nicht geben."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _must_not_exist(frame, Candidate("AGREEMENT_TREATY", 1, 1, 0))
    True
    """
    words = frame.lowered
    end = min(len(words) - 1, candidate.last + 24)  # "…, der Russland Zeit verschafft, darf"
    for index in range(candidate.last + 1, end):
        if words[index] in _MAY and words[index + 1] == "es":
            tail = words[index + 2 : index + 6]
            return "geben" in tail and any(w in {"nicht", "kein", "keine"} for w in tail)
    return False


# Verbs of keeping a measure in a condition ("falls Brüssel an seiner Digitalabgabe
# festhält"): the condition presupposes that the measure exists.
_KEEPING = frozenset({"festhält", "festhalten", "festhielte", "beibehält", "beibehalten"})
_KEEPING |= frozenset({"aufrechterhält", "aufrechterhalten"})
_IF_CLAUSE = frozenset({"falls", "wenn", "sofern", "sollte", "sollten"})


def _kept_in_condition(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``…, falls Brüssel an seiner Digitalabgabe festhält``: keeping a measure is the
    condition, so the measure is in force now.

    >>> from polittext.measures import Candidate
    >>> text = "Washington droht mit Zöllen, falls Brüssel an seiner Digitalabgabe festhält."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _kept_in_condition(frame, Candidate("TAX_LEVY", 8, 8, 0))
    True
    """
    start, end = _window(frame, candidate)
    return frame.lower(start) in _IF_CLAUSE and any(
        w in _KEEPING for w in frame.lowered[candidate.last + 1 : end + 1]
    )


_PRESENT_COPULAS = frozenset({"ist", "sind"})
_ASKED_STAGES = frozenset({Modality.PLANNED, Modality.DECIDED})


def _status_question(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Ist eine Verlängerung der Mission geplant?``, ``Ich frage Sie: Ist die Reform
    beschlossen?``: a yes/no question about the status asks whether the measure comes.

    >>> from polittext.measure_cues import status_cues
    >>> from polittext.measures import Candidate
    >>> text = "Ist eine Verlängerung der Mission geplant?"
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _status_question(frame, status_cues(frame), Candidate("MILITARY_AID", 4, 4, 0))
    True
    """
    if not _question(frame):
        return False
    start = _after_colon(frame, candidate)
    if start >= candidate.first or frame.lower(start) not in _PRESENT_COPULAS:
        return False
    return any(
        c.first > candidate.last and c.use == "verb" and c.modality in _ASKED_STAGES for c in cues
    )


def _existing_participle(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``die eingefrorenen russischen Zentralbankgelder``: a measure named by its own
    past participle before a noun exists, whatever the sentence imagines doing with it.

    >>> from polittext.measures import Candidate
    >>> text = "Dann muss sie die eingefrorenen russischen Gelder nutzen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _existing_participle(frame, Candidate("ASSET_FREEZE", 4, 4, 0))
    True
    """
    if candidate.first != candidate.last:
        return False
    word = frame.lower(candidate.first)
    following = candidate.first + 1
    return (
        frame.words[candidate.first].islower()
        and "ge" in word[:6]
        and word.endswith(("ene", "enen", "ener", "enem", "ten", "te", "tes", "ter", "tem"))
        and following < len(frame.words)
        and not frame.breaks[candidate.first]
        and (frame.words[following][:1].isupper() or frame.words[following].islower())
        and frame.lower(candidate.first - 1) in {"die", "der", "den", "dem", "des", "das"}
    )


# Nouns of a cut to a programme and of taking a cut back ("die Rücknahme der Kürzungen
# beim Agrardiesel").
_CUT_NOUNS = ("kürzung", "streichung", "einschnitt", "einsparung")
_REVERSALS = frozenset({"rücknahme", "zurücknahme", "aufhebung", "rückgängigmachung"})


def _cut_reversed(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``fordert die Rücknahme der Kürzungen beim Agrardiesel``: the programme whose cut
    is to be taken back is in force (the cut is in force too, its lifting is asked).

    >>> from polittext.measures import Candidate
    >>> text = "Der Verband fordert die Rücknahme der Kürzungen beim Agrardiesel."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _cut_reversed(frame, Candidate("SUBSIDY_FINANCIAL_AID", 8, 8, 0))
    True
    """
    for cut in range(candidate.first - 1, max(-1, candidate.first - 4), -1):
        if frame.breaks[cut]:
            return False
        if frame.lower(cut).startswith(_CUT_NOUNS):
            return any(
                frame.lower(i) in _REVERSALS and not frame.breaks[i]
                for i in range(max(0, cut - 3), cut)
            )
    return False


# Zu-infinitives whose negation keeps a measure ("die Steuer nicht abzuschaffen").
_ENDING_INFINITIVES = _WEAKENING | frozenset(
    {"abschaffen", "aufheben", "aussetzen", "streichen", "beenden", "zurücknehmen"}
    | {"zurückzunehmen", "einzustellen", "auslaufen"}
)


def _negated_complement(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``begrüßt die Entscheidung des Stadtrats, die Gewerbesteuer nicht zu erhöhen``: a
    zu-infinitive after a comma whose ``nicht`` follows the measure says that the act
    does not happen (not an ending, which would keep the measure).

    >>> from polittext.measures import Candidate
    >>> text = "Wir begrüßen die Entscheidung, die Gewerbesteuer nicht zu erhöhen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _negated_complement(frame, Candidate("TAX_LEVY", 5, 5, 0))
    True
    """
    start, end = _window(frame, candidate)
    if start == 0 or not frame.breaks[start - 1] or end >= len(frame.words):
        return False
    last = frame.lower(end)
    if last in _ENDING_INFINITIVES or not (frame.lower(end - 1) == "zu" or "zu" in last[2:-2]):
        return False
    return "nicht" in frame.lowered[candidate.last + 1 : end]
