"""Negation and refusal rules of the modality.

Private to :mod:`polittext.measure_modality`: the negation of the chosen cue
(``_negated``: ``nicht geplant``, ``will … nicht``, ``gilt nicht mehr``), negated
heads, plans, futures and infinitives, ``weder … noch``, ``nicht mehr``, the
speaker's own refusal, denied reports, prohibitions (``darf es nicht geben``), not
allowing, opposing and suing, demands and plans that failed, and the contrast
``nicht X, sondern Y`` (``_contrast_modal``, ``_instead``).
"""

from __future__ import annotations

import itertools

from polittext._modality_clauses import (
    _CONSENTS,
    _FINITE_AUXILIARIES,
    _PAST_FORMS,
    _PREPOSITIONS,
    _REACH,
    _TALKS,
    _WANTS,
    _WERDEN,
    _ahead,
    _finite,
    _governed_by,
    _has_zu_infinitive,
)
from polittext._modality_time import _relative_status
from polittext.frames import SentenceFrame
from polittext.measure_cues import _CHANGES, _DETERMINERS, _NEGATIONS, _OUTCOMES, _VOLITIONAL, Cue
from polittext.measures import Candidate
from polittext.types import Modality

# Verbs of failing or being stopped: a plan that failed or was stopped never came about.
_FAILURES = ("scheiter", "gescheitert", "gestoppt", "gekippt")
# Nouns of a change to be made: if it failed, it was never made.
_FAILED_CHANGES = (
    "antrag",
    "vorschlag",
    "initiative",
    "kürzung",
    "erhöhung",
    "senkung",
    "anhebung",
    "einführung",
    "reform",
    "verschärfung",
    "ausweitung",
    "forderung",
    "vorhaben",
    "vorstoß",
)
_NOT_STARTED = frozenset(
    {Modality.DEMANDED, Modality.PROPOSED, Modality.PLANNED, Modality.UNDER_DISCUSSION}
)


def _failed_before_start(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die Kindergrundsicherung, die die Ampel geplant hatte, ist gescheitert``, ``Die
    Gespräche über ein Freihandelsabkommen sind gescheitert``: a measure that was only
    planned, demanded or negotiated and then failed never came about: negated (a failed
    ceasefire that held for a time has ended)."""
    if not any(w.startswith(_FAILURES) for w in frame.lowered):
        return False
    if frame.lower(candidate.first - 1) in _DETERMINERS | {"über"} and any(
        frame.lower(i) in _TALKS for i in range(max(0, candidate.first - 4), candidate.first)
    ):
        return True
    # "Die Kürzung des Elterngeldes scheiterte", "die Einführung einer Maut ist
    # gescheitert": a change that failed never came about.
    if any(
        frame.lower(i).startswith(_FAILED_CHANGES)
        for i in (candidate.first, candidate.first - 2, candidate.first - 3)
        if 0 <= i < len(frame.words) and not any(frame.breaks[i : candidate.first])
    ):
        return True
    # "Der Antrag der Grünen auf ein Verbot von …": a motion for the measure a few words
    # before it, joined by "auf"/"für"/"zur".
    if any(
        frame.lower(i).startswith(("antrag", "vorschlag", "initiative", "vorstoß"))
        and any(
            frame.lower(j) in {"auf", "für", "zur", "zum"} for j in range(i + 1, candidate.first)
        )
        for i in range(max(0, candidate.first - 6), candidate.first - 1)
        if not any(frame.breaks[i : candidate.first])
    ):
        return True
    described = _relative_status(frame, cues, candidate)
    attribute = any(
        c.use == "attribute" and c.modality in _NOT_STARTED and c.last == candidate.first - 1
        for c in cues
    )
    return described in _NOT_STARTED or attribute


def _demand_failed(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``konnten sich (damit) nicht durchsetzen``: the sentence says that a demand or a
    proposal failed (looked for within ``2 * _REACH`` words of the measure)."""
    words = frame.lowered[max(0, candidate.first - 2 * _REACH) : candidate.last + 2 * _REACH + 1]
    return (
        any(w.startswith("durchsetz") or w == "durchgesetzt" for w in words)
        and "sich" in words
        and "nicht" in words
    )


_ALLOWING = ("zulass", "zulässt", "zugelassen", "duld", "hinnehm", "hingenommen")
_PREVENTING = ("verhinder",)


def _not_allowed(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wir werden nicht zulassen, dass die Landesregierung die Zuschüsse kürzt``,
    ``Wir werden verhindern, dass …``: refusing to allow an act, or preventing it,
    refuses the measure in the dass clause."""
    start = frame.clause_start(candidate.first)
    if start == 0 or frame.lower(start) != "dass":
        return False
    governing = frame.lowered[max(frame.clause_start(start - 1), start - _REACH) : start]
    if any(w.startswith(_PREVENTING) for w in governing):
        return "nicht" not in governing
    return any(w.startswith(_ALLOWING) for w in governing) and any(
        w == "nicht" or w in _NEGATIONS for w in governing
    )


def _contrast_modal(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> Cue | None:
    """``Die Koalition will nicht die Steuern erhöhen, sondern die Ausgaben kürzen``: a
    ``sondern`` clause without a finite verb of its own shares the verb complex of the
    clause before it, so that clause's modal scopes over it too."""
    start = frame.clause_start(candidate.first)
    if start == 0 or frame.lower(start) != "sondern":
        return None
    end = frame.clause_end(candidate.first)
    if any(frame.lower(i) in _FINITE_AUXILIARIES for i in range(start, end + 1)):
        return None
    previous = frame.clause_start(start - 1)
    return next(
        (c for c in cues if c.use == "modal" and previous <= c.first < start),
        None,
    )


# Nouns of a report or rumour: rejecting one denies its content.
_REPORT_NOUNS = frozenset(
    {"bericht", "berichte", "meldung", "meldungen", "spekulation", "spekulationen"}
    | {"gerücht", "gerüchte", "darstellung", "darstellungen", "behauptung", "behauptungen"}
)


def _denied_report(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Das Ministerium weist Berichte zurück, wonach eine Kürzung geplant sei``: a
    report whose content clause (``wonach``, ``dass``) holds the measure is rejected,
    so the measure is denied: negated."""
    start = frame.clause_start(candidate.first)
    about = next(
        (
            i
            for i in range(candidate.first - 1, max(start, candidate.first - 5) - 1, -1)
            if frame.lower(i) in {"über", "von"} and frame.lower(i - 1) in _REPORT_NOUNS
        ),
        None,
    )
    if about is not None:
        # "dementiert Berichte über einen Nachtragshaushalt": the reported measure is denied.
        return any(
            c.modality in (Modality.REJECTED, Modality.NEGATED) and start <= c.first < about - 1
            for c in cues
        )
    if start == 0 or frame.lower(start) not in {"wonach", "dass"}:
        return False
    previous = frame.clause_start(start - 1)
    if not any(frame.lower(i) in _REPORT_NOUNS for i in range(previous, start)):
        return False
    return any(
        c.modality in (Modality.REJECTED, Modality.NEGATED) and previous <= c.first < start
        for c in cues
    )


# "darf nicht", "brauchen kein": a negated permission or need rules the measure out.
_PERMISSION_OR_NEED = frozenset({"darf", "dürfen", "dürfe", "brauchen", "braucht", "brauche"})


def _left_undone(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``…, ohne die Renten anzupassen``, ``Statt die Steuern zu senken, …``: a
    zu-infinitive clause with ``ohne`` or ``statt`` names an act that is not done."""
    start = frame.clause_start(candidate.first)
    clause = (start, frame.clause_end(candidate.last))
    return frame.lower(start) in {"ohne", "statt", "anstatt"} and _has_zu_infinitive(frame, clause)


def _prohibited(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Eine Abschiebung … darf es nicht geben``, ``Die Landwirte brauchen keine neuen
    Auflagen``: a negated ``dürfen`` or ``brauchen`` in the measure's clause refuses the
    measure; it does not report that it is absent."""
    clause = (frame.clause_start(candidate.first), frame.clause_end(candidate.last))
    words = frame.lowered[clause[0] : clause[1] + 1]
    return any(w in _PERMISSION_OR_NEED for w in words) and any(
        w in _NEGATIONS or w in {"nicht", "nie", "niemals"} for w in words
    )


_BE = frozenset({"bin", "bist", "ist", "sind", "seid", "sei", "seien", "war", "waren", "wäre"})
_FIRMLY = frozenset(
    {"strikt", "klar", "entschieden", "ausdrücklich", "grundsätzlich", "ganz", "weiter"}
    | {"weiterhin", "deshalb", "daher", "auch", "eindeutig", "entschieden", "vehement"}
)
_LAWSUIT_NOUNS = frozenset(
    {"klage", "klagen", "verfassungsbeschwerde", "verfassungsklage", "normenkontrollklage"}
)
_LAWSUIT_VERBS = frozenset({"klagen", "klagt", "klagte", "klagten", "geklagt", "klage"})


def _opposed(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Ich bin gegen ein Verbot der AfD``, ``Die SPD ist strikt gegen eine
    Vermögensteuer``: being against a measure refuses it. Not when negated (``ist
    nicht gegen``) and not for a measure aimed at someone (``Die Sanktionen sind gegen
    Oligarchen gerichtet``: there the measure stands before ``gegen``)."""
    at = _governed_by(frame, candidate, "gegen")
    if at is None:
        return False
    before = at - 1
    while before >= max(0, at - 4) and frame.lower(before) in _FIRMLY:
        before -= 1
    if before < 0 or frame.lower(before) not in _BE or frame.breaks[before]:
        return False
    end = min(frame.clause_end(candidate.last), candidate.last + _REACH)
    return "nicht" not in frame.lowered[before:at] and not any(
        frame.lower(i).startswith("gerichtet") for i in range(candidate.last + 1, end + 1)
    )


def _challenged(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Bayern will gegen das Cannabisgesetz klagen``, ``die Klage gegen das
    Heizungsgesetz``: a measure challenged in court exists; the suit is no status of
    the measure."""
    at = _governed_by(frame, candidate, "gegen")
    if at is None:
        return False
    if at > 0 and frame.lower(at - 1) in _LAWSUIT_NOUNS | _LAWSUIT_VERBS:
        return True
    end = min(frame.clause_end(candidate.last), candidate.last + _REACH)
    return any(frame.lower(i) in _LAWSUIT_VERBS for i in range(candidate.last + 1, end + 1))


def _instead(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> Modality | None:
    """``Wir haben die Hilfen nicht gekürzt, sondern verlängert``: the act after
    ``sondern`` is what was done to the measure, the negated one was not; the status
    of the first verb cue after ``sondern`` (none when the measure is the negated verb
    itself, or when that cue is negated too)."""
    # Within a few words each: a long sentence is not walked once per measure.
    negation = next(
        (i for i in _ahead(frame, candidate.last + 1) if frame.lower(i) == "nicht"), None
    )
    if negation is None or any(frame.breaks[candidate.last : negation]):
        return None
    contrast = next((i for i in _ahead(frame, negation + 1) if frame.lower(i) == "sondern"), None)
    if (
        contrast is None
        or frame.lower(negation + 1) == "nur"  # "nicht nur …, sondern auch": both
        or frame.lower(contrast + 1) in _DETERMINERS | {"auch"}  # "sondern die Gespräche"
    ):
        return None
    end = min(frame.clause_end(contrast + 1), contrast + _REACH)
    after = next((c for c in cues if contrast < c.first <= end and c.use == "verb"), None)
    if after is None or "nicht" in frame.lowered[contrast : end + 1]:
        return None
    return after.modality


def _negated_verb_trigger(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``liefert keine Marschflugkörper``: a trigger that opens with its verb and goes on
    with a negating determiner names an act that is not done."""
    return (
        candidate.last > candidate.first
        and frame.words[candidate.first].islower()
        and frame.lower(candidate.first + 1) in _NEGATIONS
    )


def _no_more(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``Seit März zahlt der Bund keine Zuschüsse mehr``, ``Es gibt keine Prämie mehr``: a
    negating determiner before the measure with ``mehr`` after it in the present or past
    says that the measure has ended. A Futur (``wird keine … mehr zahlen``) announces the
    end, and ``mehr als`` compares."""
    if frame.lower(candidate.first - 1) not in _NEGATIONS and not _negated_verb_trigger(
        frame, candidate
    ):
        return False
    words = frame.lowered[candidate.last + 1 : clause[1] + 1]
    if any(w in _WERDEN for w in frame.lowered[clause[0] : clause[1] + 1]):
        return False
    return any(w == "mehr" and words[i + 1 : i + 2] != ["als"] for i, w in enumerate(words))


def _no_longer(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``Die Vermögensteuer wird seit 1997 nicht mehr erhoben``, ``Die Wehrpflicht
    existiert nicht mehr``: ``nicht mehr`` after the measure that opens the clause as
    its subject says that it has ended."""
    if candidate.first - clause[0] > 2 or frame.lower(clause[0]) in _PREPOSITIONS:
        return False
    pairs = itertools.pairwise(frame.lowered[candidate.last + 1 : clause[1] + 1])
    return ("nicht", "mehr") in pairs


def _clause_negation(frame: SentenceFrame, first: int) -> bool:
    """``Die Regierung erhöht die Steuern nicht``: ``nicht`` at the end of a verb-second
    clause (or before its last verb part) negates the finite verb."""
    if not frame.words[first].islower():
        return False
    end = frame.clause_end(first)
    if end <= first + 1:
        return False
    if frame.lower(end) == "nicht":
        return True
    return frame.lower(end - 1) == "nicht" and frame.words[end].islower() and end - 1 > first


_FIRST_PERSON = frozenset({"wir", "ich"})


def _speaker_refuses(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """A speaker who negates an act of their own in the present (``Taurus liefern wir
    nicht``, ``Wir erhöhen keine Steuern``) refuses it; a negated report (``Wir haben
    keine … beschlossen``) or a third person only negates it."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    if not any(w in _FIRST_PERSON for w in words) or any(w in _PAST_FORMS for w in words):
        return False
    if frame.lower(candidate.first - 1) in {"kein", "keine", "keinen", "keiner", "keinem"}:
        verb = next((i for i in range(clause[0], candidate.first) if _finite(frame, i)), None)
        if verb is None:
            verb = next(
                (i for i in range(clause[0], candidate.first) if frame.words[i].islower()), None
            )
        return verb is not None and frame.lower(verb) not in {"gibt", "geben", "gebe"}
    after = frame.lowered[candidate.last + 1 : clause[1] + 1]
    return after[-1:] == ["nicht"] and any(w in _FIRST_PERSON for w in after)


def _negated_head(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``keine Kürzungen bei der Rente``: a negation scopes over the whole noun phrase,
    with the prepositional attribute that names the programme."""
    index = candidate.first - 1
    while index >= 0 and frame.lower(index) in _DETERMINERS:
        index -= 1
    if frame.lower(index) not in {"bei", "beim"}:
        return False
    head = index - 1
    if head < 1 or not frame.words[head][:1].isupper() or any(frame.breaks[head : candidate.first]):
        return False
    return frame.lower(head - 1) in _NEGATIONS


def _neither_nor(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``weder Zölle noch Sanktionen``: ``noch`` after ``weder`` negates the second
    member as ``weder`` negates the first."""
    before = candidate.first - 1
    while before > clause[0] and frame.lower(before) in _DETERMINERS | {"neue", "neuen"}:
        before -= 1
    return frame.lower(before) == "noch" and "weder" in frame.lowered[clause[0] : before]


def _negated_future(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """A Futur I negated by ``nicht``/``nie`` after the measure and before its infinitive
    (``wird die Steuer nicht senken``, ``nicht mehr erhöhen``): the act is announced not
    to happen. ``nicht nur`` negates no act."""
    end = frame.clause_end(candidate.last)
    return any(
        (frame.lower(index) in {"nicht", "nie", "niemals"} and frame.lower(index + 1) != "nur")
        or _no_case(frame.lowered, index)
        for index in range(candidate.last + 1, end)
    )


def _no_case(words: list[str], index: int) -> bool:
    """``keinesfalls``, ``auf keinen Fall``: an emphatic ``nicht`` (``will … auf keinen
    Fall zustimmen``, ``wird … keinesfalls erhöhen``)."""
    word = words[index]
    return word == "keinesfalls" or (
        word in {"keinen", "keinem"} and words[index + 1 : index + 2] == ["fall"]
    )


# Verbs with which a speaker refuses what others would do ("werden wir nicht zulassen",
# "nicht mittragen", "nicht zustimmen"); other verbs of a negated Futur I name the
# speaker's own act, which will not come: negated (docs/labelling.rst).
_REFUSING = (
    *("zulass", "zuzulass", "mittrag", "mitzutrag", "zustimm", "hinnehm", "duld"),
    *("akzeptier", "mitmach", "unterstütz", "kaputtspar"),
)


def _refusing_end(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """Whether the clause ends in a verb of refusing (``… nicht zulassen``)."""
    last = next((i for i in range(clause[1], clause[0] - 1, -1) if frame.words[i].isalpha()), None)
    return last is not None and frame.lower(last).startswith(_REFUSING)


def _own_act_not_to_come(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``Wir werden kein Gesetz beschließen``: a Futur I of the speaker's own act with
    ``kein`` says that the act will not come (negated), unlike a present-tense refusal
    (``Wir erhöhen keine Steuern``) or a verb of refusing (``werden … nicht zulassen``)."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    return any(w in {"werden", "werde"} for w in words) and not _refusing_end(frame, clause)


def _negated_plan(frame: SentenceFrame, in_clause: list[Cue], clause: tuple[int, int]) -> Modality:
    """``soll nicht erhöht werden`` is no plan (negated); ``will … nicht einführen``
    and ``wir werden … nicht`` refuse it (rejected)."""
    modal = next((c for c in in_clause if c.use == "modal"), None)
    if modal is None or modal.modality is not Modality.PLANNED:
        return Modality.PLANNED
    rest = frame.lowered[modal.last + 1 : clause[1] + 1]
    for index, word in enumerate(rest):
        if (word in {"nicht", "nie", "niemals"} or _no_case(rest, index)) and (
            rest[index + 1 : index + 2] != ["mehr"]
        ):
            if frame.lower(modal.first) in _VOLITIONAL - {"werden"} or (
                # "wir werden … nicht zustimmen", "werden wir … nicht zustimmen"
                "wir" in frame.lowered[modal.first : modal.last + 1]
                and _refusing_end(frame, clause)
            ):
                return Modality.REJECTED
            return Modality.NEGATED
    return Modality.PLANNED


def _negated_infinitive(
    frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate, modality: Modality
) -> bool:
    """``hat beschlossen, die Zölle nicht zu erhöhen``, ``plant, die Wehrpflicht nicht
    wieder einzuführen``: a decision or plan whose zu-infinitive is negated after the
    measure decides or plans that the act does not happen: negated."""
    if modality not in (Modality.DECIDED, Modality.PLANNED) or frame.lower(clause[0]) == "dass":
        return False
    after = list(
        itertools.takewhile(
            lambda w: w not in {"wie", "als"},  # "so stark wie seit Jahren nicht mehr"
            frame.lowered[candidate.last + 1 : clause[1] + 1],
        )
    )
    return any(
        w in {"nicht", "nie", "niemals"} and after[i + 1 : i + 2] != ["nur"]
        for i, w in enumerate(after)
    )


# Pronouns that negate the clause as its subject ("Niemand will …", "Keiner plant …").
_NEGATIVE_PRONOUNS = frozenset({"niemand", "keiner", "keine", "kein"})


def _negative_subject(frame: SentenceFrame, first: int) -> bool:
    """``Kein Land hat Sanktionen verhängt``, ``Niemand in der Koalition will …``: a
    negative subject that opens the clause of the status word, before it, negates the
    clause's act as a whole, however far it stands from the verb."""
    start = frame.clause_start(first)
    if frame.lower(start) in {"und", "aber", "doch"}:
        start += 1
    if start >= first or frame.lower(start) not in _NEGATIVE_PRONOUNS:
        return False
    # "keine Sanktionen wurden verhängt" negates its own noun; "niemand"/"keiner" stand
    # alone; "kein Land" needs its noun before the status word.
    return frame.lower(start) in {"niemand", "keiner"} or frame.words[start + 1][:1].isupper()


# Verbs of reaching agreement: not reaching it leaves the measure under discussion.
_AGREEING = ("einig", "geeinigt", "verständig")


def _constituent_negation(frame: SentenceFrame, index: int) -> bool:
    """``gelten nicht für Banken, sondern für Firmen``: ``nicht`` before a prepositional
    phrase that ``sondern`` replaces negates the phrase, not the act. So does ``nicht``
    between ``gilt`` and the phrase of its scope (``Die Sanktionen gelten nicht für
    Banken``): the measure applies, only not there."""
    if frame.lower(index + 1) not in _CONTRAST_PREPOSITIONS:
        return False
    if frame.lower(index - 1) in _APPLYING and frame.lower(index + 1) in _SCOPES:
        return True
    return "sondern" in frame.lowered[index + 2 : index + 2 + _REACH]


# "gilt nicht für …": a verb of applying and the prepositions of its scope.
_APPLYING = frozenset({"gilt", "gelten", "galt", "galten", "greift", "greifen"})
_SCOPES = frozenset({"für", "in", "im", "bei", "beim", "gegenüber"})


_CONTRAST_PREPOSITIONS = frozenset(
    {"für", "gegen", "auf", "an", "in", "im", "bei", "beim", "mit", "von", "vom", "aus", "über"}
    | {"zum", "zur", "nach", "wegen", "um"}
)


# Predicates of need: negated, they state that the measure will not be needed.
_NEEDED = frozenset({"nötig", "notwendig", "erforderlich"})


def _negated(frame: SentenceFrame, first: int, last: int, modality: Modality) -> Modality:
    """``nicht vorgesehen``: a negated plan is a negated measure; ``gilt nicht mehr``
    ended it; ``schließt nicht aus``, ``lehnt nicht mehr ab`` consider it."""
    window = range(max(0, first - 2), last + 2)
    if frame.lower(last).startswith(_AGREEING):
        window = range(frame.clause_start(first), last + 2)  # "nicht auf … einigen"
    negation = (
        any(
            frame.lower(i) in {"nicht", "nie", "niemals"}
            # "nicht nur verlängert, sondern …", "nicht zuletzt": no negation of the act
            and frame.lower(i + 1) not in {"nur", "zuletzt"}
            and not _constituent_negation(frame, i)
            for i in window
        )
        # "will … auf keinen Fall zustimmen", "keinesfalls": an emphatic "nicht"
        or any(_no_case(frame.lowered, i) for i in window if 0 <= i < len(frame.words))
        # "Niemand plant eine Wehrpflicht"; "niemand lehnt … ab" is no consideration
        or (modality is not Modality.REJECTED and any(frame.lower(i) == "niemand" for i in window))
        or (
            # "keine Pläne", "kein Beschluss": a negated status noun
            frame.words[first][:1].isupper() and frame.lower(first - 1) in _NEGATIONS
        )
        or (modality in _OUTCOMES | _CHANGES and _clause_negation(frame, first))
        or (modality is not Modality.REJECTED and _negative_subject(frame, first))
    )
    if (
        negation
        and modality is Modality.PLANNED
        and frame.lower(first) in _WANTS
        and _negative_subject(frame, first)
    ):
        return Modality.REJECTED  # "Niemand in der Koalition will eine Vermögensabgabe"
    if (
        negation
        and modality not in (Modality.REJECTED, Modality.LIFTED_OR_ENDED)
        and _negative_subject(frame, first)
    ):
        return Modality.NEGATED  # "Keine Fraktion hat einen Antrag … gestellt"
    if modality is Modality.IN_FORCE and any(
        frame.lower(i) == "nicht" and frame.lower(i + 1) == "mehr"
        # "gilt die Maskenpflicht in Bussen nicht mehr": to the end of the clause
        for i in range(max(0, first - 2), max(last + 5, frame.clause_end(last) + 1))
    ):
        return Modality.LIFTED_OR_ENDED
    if (
        modality is Modality.NEGATED
        and frame.lower(last) == "nicht"
        and frame.lower(last + 1) == "mehr"
        and not any(frame.lower(i) in _WERDEN for i in range(first, last))
    ):
        return Modality.LIFTED_OR_ENDED  # "Eine Wehrpflicht gibt es seit 2011 nicht mehr"
    if not negation:
        return modality
    if modality is Modality.REJECTED:
        # A cue that is itself negative ("nicht infrage", "kein Thema") stays a rejection.
        if frame.lower(first) in {"nicht", "kein", "keine"}:
            return modality
        return Modality.CONSIDERED
    if modality is Modality.DECIDED and frame.lower(last).startswith(_AGREEING):
        return Modality.UNDER_DISCUSSION  # "konnten sich nicht auf … einigen"
    if modality in (Modality.DECIDED, Modality.PLANNED) and (
        any(frame.lower(i).startswith(_CONSENTS) for i in range(first, last + 1))
        or (frame.lower(first).startswith("stimm") and frame.lower(last) == "zu")
        # "Einer Kürzung werden wir nicht zustimmen": the consent verb closes the clause
        or (
            modality is Modality.PLANNED
            and frame.lower(frame.clause_end(last)).startswith(("zustimmen", "zuzustimmen"))
        )
    ):
        return Modality.REJECTED  # "hat der Absenkung nicht zugestimmt": consent refused
    if modality in (Modality.PLANNED, Modality.DECIDED, Modality.IN_FORCE, Modality.EXTENDED):
        return Modality.NEGATED  # "wird nicht verlängert": no extension happens
    if (
        modality is Modality.CONSIDERED
        and frame.words[first].islower()
        and "nicht" not in frame.lowered[first : last + 1]  # "nicht ausgeschlossen"
    ):
        return Modality.NEGATED  # "prüft ein Tariftreuegesetz nicht einmal": not weighed
    if frame.words[first][:1].isupper() and frame.lower(first - 1) in _NEGATIONS:
        return Modality.NEGATED  # "sei keine Vorbedingung", "kein Vorschlag": no such status
    if modality is Modality.DEMANDED and frame.lower(first) in _NEEDED:
        return Modality.NEGATED  # "Ein Nachtragshaushalt ist nicht erforderlich": not to come
    if modality is Modality.LIFTED_OR_ENDED and not any(
        frame.lower(i) == "mehr" for i in range(max(0, first - 2), last + 3)
    ):
        return Modality.IN_FORCE  # "hebt die Sanktionen nicht auf": they stay
    return modality
