"""The sentence-level revisions of a measure's modality.

Private to :mod:`polittext.measure_modality`: ``modality_of`` decides the
modality from the measure's clause (``_modality``), then ``_revised`` checks it
against the rest of the sentence, in order: a violated rule is in force, a measure
one must reckon with or one only under a condition is hypothetical, a yes/no
question or a vote ahead is under discussion, a warning or opposition rejects, a
trigger's own verb or ``nicht X, sondern Y`` gives its status, hearsay of an act,
increases, frozen assets, struck subsidies and failed plans, and a contrasting
modal (``will nicht …, sondern …``).
"""

from __future__ import annotations

from polittext._modality_amounts import (
    _cut_reversed,
    _doubted_effect,
    _effects_of_existing,
    _existing_participle,
    _kept_in_condition,
    _must_not_exist,
    _negated_complement,
    _no_money,
    _status_question,
    _vetoed,
)
from polittext._modality_changes import (
    _LIFTINGS,
    _MONEY_TYPES,
    _applied_for,
    _change_with_effect,
    _frozen_state,
    _increased,
    _left_untouched,
    _lifted_by_relative,
    _lifting_denied,
    _names_itself,
    _own_verb,
    _restored_relations,
    _right_suspended,
    _right_suspended_in_programme,
    _stopped_change,
    _struck,
    _suspended_right,
)
from polittext._modality_clauses import _EARLY_STAGES
from polittext._modality_conditions import (
    _CONDITIONABLE,
    _CONDITIONED_STAGES,
    _EXPECTED_STAGES,
    _FUTURE_STAGES,
    _after_a_future_event,
    _condition_around,
    _judged_lifting,
    _only_if,
    _preventable_expiry,
    _to_be_expected,
    _violated,
)
from polittext._modality_negation import (
    _challenged,
    _contrast_modal,
    _demand_failed,
    _failed_before_start,
    _instead,
    _not_allowed,
    _opposed,
    _prohibited,
)
from polittext._modality_reported import (
    _ASKED_ACTS,
    _WARNED_STAGES,
    _agreement_sought,
    _announced_after,
    _debate_ahead,
    _demanded_by_speaker,
    _described_before_subjunctive,
    _promised_act,
    _reacted_to,
    _reported_past,
    _settled,
    _talked_about,
    _verb_question,
    _vote_expected,
    _warned_against,
    _warned_effect,
)
from polittext._modality_stances import (
    _alternative_question,
    _condition_before,
    _existence_question,
    _failed_with_plan,
    _inside_sollte_condition,
    _lifting_waits,
    _never_to_exist,
    _one_off_present_act,
    _refused_by_speaker,
)
from polittext._modality_time import (
    _KEEPING_STAGES,
    _decided_and_running,
    _programme_act,
    _relative_status,
    _to_remain,
)
from polittext.frames import SentenceFrame
from polittext.measure_cues import _OUTCOMES, _REMAIN, Cue
from polittext.measures import Candidate
from polittext.types import Modality

# Measures that end when struck as a whole; a benefit struck for a group changes its rate
# (decided), and a cancelled manoeuvre is a suspension, the measure itself.
_STRUCK_TYPES = frozenset({"SUBSIDY_FINANCIAL_AID", "REGULATION_LAW", "TAX_LEVY"})
# Stages that a condition before the measure's clause turns into a supposition.
_CONDITIONED_ACTS = frozenset({Modality.DEMANDED, Modality.CONSIDERED})


# Statuses of an act that a negated amount of money undoes ("keinen Euro gekürzt").
_MONEY_ACTS = frozenset({Modality.DECIDED, Modality.IN_FORCE, Modality.PLANNED, Modality.EXTENDED})


# Auxiliaries of a past act: with them a clause after "Wer …" reports what was done.
_PAST_AUXILIARIES = frozenset({"wurde", "wurden", "worden", "hat", "haben", "hatte", "hatten"})


# Participles of ending a measure, and the forms of "dürfen".
_ENDED = frozenset(
    {"abgeschafft", "gestrichen", "eingestellt", "aufgehoben", "gekippt", "beendet"}
    | {"gestoppt", "zurückgenommen", "ausgesetzt", "aufgegeben"}
)
_MAY = frozenset({"darf", "dürfen", "dürfe", "dürften", "dürfte"})


def _ending_forbidden(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Pendlerpauschale darf nicht gestrichen werden``: an end of the measure that
    must not happen is a lifting refused, which leaves the measure in force
    (docs/labelling.rst: a lifting not done). The measure opens its clause as the
    subject of the passive."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    if candidate.first - start > 2:
        return False
    words = frame.lowered[start : end + 1]
    if not any(w in _MAY for w in words) or "nicht" not in words:
        return False
    return any(
        frame.lower(i) in _ENDED and frame.lower(i + 1) == "werden" for i in range(start, end)
    )


def _rule_for_whoever(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wer zumutbare Arbeit ablehnt, dem wird der Regelsatz gekürzt``: a present main
    clause after a generic ``Wer …`` clause states a standing rule for whoever does it,
    ``in_force`` (docs/labelling.rst, session 7), not a one-off act."""
    if frame.lower(0) != "wer" or frame.clause_start(candidate.first) == 0:
        return False
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    if frame.clause_start(start - 1) != 0:
        return False  # the measure's clause must be the main clause right after "Wer …"
    words = frame.lowered[start : end + 1]
    # "dem wird künftig … gekürzt", "ab Januar": a new rule with a start, decided
    return _PAST_AUXILIARIES.isdisjoint(words) and {"künftig", "fortan", "ab"}.isdisjoint(words)


def _revised(
    frame: SentenceFrame,
    cues: list[Cue],
    relative: set[int],
    candidate: Candidate,
    modality: Modality,
) -> Modality:
    """The modality that :func:`~polittext.measure_modality._modality` gave the
    candidate, revised by the rules that read the whole sentence (in order; the
    first that applies wins)."""
    if modality is Modality.HYPOTHETICAL and _violated(frame, candidate):
        return Modality.IN_FORCE  # "Firmen, die das Embargo unterlaufen, drohen Strafen"
    if modality is not Modality.IN_FORCE and _ending_forbidden(frame, candidate):
        return Modality.IN_FORCE  # "Die Pendlerpauschale darf nicht gestrichen werden"
    if modality is Modality.DECIDED and _rule_for_whoever(frame, candidate):
        return Modality.IN_FORCE  # "Wer Arbeit ablehnt, dem wird der Regelsatz gekürzt"
    if modality in _MONEY_ACTS and _no_money(frame, candidate):
        return Modality.NEGATED  # "Wir haben keinen einzigen Euro bei der Jugend gekürzt"
    if modality is Modality.NEGATED and _must_not_exist(frame, candidate):
        return Modality.REJECTED  # "Einen solchen Waffenstillstand darf es nicht geben"
    if modality is Modality.HYPOTHETICAL and (
        _kept_in_condition(frame, candidate) or _existing_participle(frame, candidate)
    ):
        # "…, falls Brüssel an seiner Digitalabgabe festhält"; "Wenn …, muss sie die
        # eingefrorenen Gelder nutzen": the measure exists now.
        return Modality.IN_FORCE
    if modality in (Modality.PLANNED, Modality.DECIDED) and _status_question(
        frame, cues, candidate
    ):
        return Modality.UNDER_DISCUSSION  # "Ist eine Verlängerung der Mission geplant?"
    if modality in _EARLY_STAGES - {Modality.HYPOTHETICAL} and _effects_of_existing(
        frame, candidate
    ):
        return Modality.IN_FORCE  # "prüft Optionen, um die Auswirkungen der US-Zölle abzufedern"
    if modality is Modality.HYPOTHETICAL and _vetoed(frame, candidate):
        return Modality.REJECTED  # "Ungarn droht mit Veto gegen Verlängerung der Sanktionen"
    if modality in _OUTCOMES and _doubted_effect(frame, candidate):
        return Modality.HYPOTHETICAL  # "Glauben Sie wirklich, dass ein Tempolimit … löst?"
    if modality in _EARLY_STAGES - {Modality.HYPOTHETICAL} and _cut_reversed(frame, candidate):
        return Modality.IN_FORCE  # "fordert die Rücknahme der Kürzungen beim Agrardiesel"
    if modality is Modality.IN_FORCE and _negated_complement(frame, candidate):
        return Modality.NEGATED  # "die Entscheidung, die Gewerbesteuer nicht zu erhöhen"
    if (
        candidate.first in relative
        and modality not in (Modality.NEGATED, Modality.LIFTED_OR_ENDED)
        and _violated(frame, candidate)
    ):
        return Modality.IN_FORCE  # "prüft Strafen für Firmen, die die Sanktionen umgehen"
    if modality in (
        Modality.PLANNED,
        Modality.PROPOSED,
        Modality.DEMANDED,
    ) and _failed_with_plan(frame, cues, candidate):
        return Modality.NEGATED  # "ist mit ihrem Vorhaben, … einzuführen, gescheitert"
    if modality is Modality.IN_FORCE and _one_off_present_act(frame, candidate):
        return Modality.DECIDED  # "Polen schließt seine Grenze zu Belarus"
    if modality is Modality.PLANNED and _existence_question(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "Wird es eine Erhöhung des Pflegegeldes geben?"
    if modality is Modality.NEGATED and _alternative_question(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "Wird die Wehrpflicht eingeführt oder nicht?"
    if modality is Modality.IN_FORCE and _never_to_exist(frame, candidate):
        modality = Modality.NEGATED  # "Eine Pkw-Maut wird es nie wieder geben"
    if modality is Modality.NEGATED and _refused_by_speaker(frame, candidate):
        return Modality.REJECTED  # "Keine Waffenlieferungen – das ist unsere Linie"
    if modality in _EXPECTED_STAGES and _to_be_expected(frame, candidate):
        return Modality.HYPOTHETICAL  # "Wer …, muss mit harten Sanktionen rechnen"
    if _only_if(frame, candidate) and _lifting_waits(frame, cues, candidate):
        return Modality.IN_FORCE  # "Wir werden die Sanktionen erst aufheben, wenn …"
    if modality in _CONDITIONED_STAGES and _only_if(frame, candidate):
        return Modality.HYPOTHETICAL  # "Die Truppe wird nur entsandt, wenn Moskau zustimmt"
    if modality in _FUTURE_STAGES and _after_a_future_event(frame, candidate):
        return Modality.HYPOTHETICAL  # "Sicherheitsgarantien nach einem Waffenstillstand"
    if modality is Modality.LIFTED_OR_ENDED and _stopped_change(frame, cues, candidate):
        return Modality.REJECTED  # "Der Bundesrat stoppte die Senkung der Stromsteuer"
    settled = _settled(frame, candidate)
    if settled is Modality.UNDER_DISCUSSION and modality is not Modality.HYPOTHETICAL:
        return settled  # "Die Zuckersteuer ist noch keine beschlossene Sache": still open
    if modality in _EARLY_STAGES - {Modality.HYPOTHETICAL} and settled is Modality.DECIDED:
        return Modality.DECIDED  # "Die geplante Zuckersteuer ist beschlossene Sache"
    if modality in _ASKED_ACTS and _verb_question(frame, cues, candidate):
        # "Steigt der Rundfunkbeitrag?", "Verlängert die EU die Sanktionen?": a yes/no
        # question asks whether the act comes; a lifting asked about has not happened.
        if modality is Modality.LIFTED_OR_ENDED:
            return Modality.IN_FORCE
        return Modality.UNDER_DISCUSSION
    if modality in (Modality.DEMANDED, Modality.PLANNED) and _agreement_sought(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "hofft auf eine Einigung beim Rentenpaket"
    if modality in _WARNED_STAGES and _warned_effect(frame, candidate):
        return Modality.HYPOTHETICAL  # "warnte vor einem Handelskrieg durch neue Zölle"
    if modality is Modality.LIFTED_OR_ENDED and _warned_against(frame, candidate, _LIFTINGS):
        return Modality.IN_FORCE  # "warnt vor einer Aufhebung der Schuldenbremse": refused
    if (
        modality in _WARNED_STAGES
        or (modality is Modality.HYPOTHETICAL and _relative_status(frame, cues, candidate))
    ) and _warned_against(frame, candidate):
        # "Der Verband warnte vor neuen Zöllen auf Autos"; "…, die einen Handelskrieg
        # auslösen könnten": the effects the relative clause imagines are the warning's.
        return Modality.REJECTED
    if modality is Modality.IN_FORCE:
        own = _own_verb(frame, cues, candidate)
        if own is not None:
            return own  # "setzte Frankreich die militärische Zusammenarbeit mit Niger aus"
    if modality in (Modality.NEGATED, Modality.IN_FORCE):
        instead = _instead(frame, cues, candidate)
        if instead is not None:
            return instead  # "nicht gekürzt, sondern um zwei Jahre verlängert"
    if modality is Modality.DECIDED and _applied_for(frame, candidate):
        return Modality.IN_FORCE  # "Die Stadt hat Fördermittel des Bundes beantragt"
    if modality is Modality.DECIDED and _reacted_to(frame, candidate):
        return Modality.IN_FORCE  # "Peking reagiert auf die Exportkontrollen mit …"
    if modality in (Modality.DECIDED, Modality.LIFTED_OR_ENDED) and _restored_relations(
        frame, candidate
    ):
        return Modality.LIFTED_OR_ENDED  # "haben ihre diplomatischen Beziehungen wiederhergestellt"
    if modality is Modality.HYPOTHETICAL and _judged_lifting(frame, candidate):
        return Modality.IN_FORCE  # "Die Schuldenbremse auszusetzen, wäre verfassungswidrig"
    if modality is not Modality.NEGATED and _opposed(frame, candidate):
        return Modality.REJECTED  # "Ich bin gegen ein Verbot der AfD"
    if modality not in (Modality.NEGATED, Modality.REJECTED) and _challenged(frame, candidate):
        return Modality.IN_FORCE  # "Bayern hat angekündigt, gegen das Cannabisgesetz zu klagen"
    if modality is Modality.PLANNED and _debate_ahead(frame, cues, candidate):
        return Modality.UNDER_DISCUSSION  # "Über neue Strafzölle soll im Mai abgestimmt werden"
    if modality in (Modality.DEMANDED, Modality.PROPOSED) and _demand_failed(frame, candidate):
        # "Die Grünen hatten eine Übergewinnsteuer gefordert, konnten sich aber nicht
        # durchsetzen": the demand failed, the measure does not come.
        return Modality.NEGATED
    if _not_allowed(frame, candidate):
        return Modality.REJECTED  # "Wir werden nicht zulassen, dass … die Zuschüsse kürzt"
    if modality is Modality.DECIDED and _change_with_effect(frame, cues, candidate):
        # "Die Kürzung der humanitären Hilfe trifft vor allem Projekte in Syrien": a
        # change that has effects now is in force (docs/labelling.rst).
        return Modality.IN_FORCE
    if modality is Modality.NEGATED and _lifting_denied(frame, candidate):
        # "Keine Lockerung der Sanktionen", "keine Aufhebung des Embargos": no end comes.
        return Modality.IN_FORCE
    if modality in (Modality.REJECTED, Modality.NEGATED) and _left_untouched(frame, candidate):
        return Modality.IN_FORCE  # "Wir werden die Rente mit 63 nicht antasten": kept
    if modality in (Modality.PLANNED, Modality.DECIDED) and _vote_expected(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "Der Bundesrat dürfte dem Rentenpaket zustimmen"
    if modality in _CONDITIONABLE | _CONDITIONED_ACTS and _inside_sollte_condition(
        frame, candidate
    ):
        return Modality.HYPOTHETICAL  # "…, sollte Brüssel die Exportkontrollen verschärfen"
    if modality in _CONDITIONABLE | _CONDITIONED_ACTS and _condition_before(frame, candidate):
        return Modality.HYPOTHETICAL  # "…, und wenn die Preise steigen, werden wir … prüfen"
    if modality in _CONDITIONABLE | {Modality.CONSIDERED} and _condition_around(frame, candidate):
        # "Die EU verhängt Strafzölle, falls Washington …", "…, falls Brüssel keine
        # Zugeständnisse macht": a measure under a condition, or named in it, is imagined.
        return Modality.HYPOTHETICAL
    if modality is Modality.IN_FORCE and _programme_act(frame, cues, candidate):
        return Modality.PLANNED  # "Wir erhöhen die Besoldung", "Wir schaffen 5000 Stellen"
    if modality is Modality.PLANNED:
        done = _reported_past(frame, cues, candidate)
        if done is not None:
            return done  # "Nordkorea soll Russland Granaten geliefert haben": hearsay of an act
    if modality in (Modality.PLANNED, Modality.DEMANDED):
        stance = _demanded_by_speaker(frame, cues, candidate)
        if stance is not None:
            return stance  # "Die Regierung solle …, forderte der Verband"; "…, empfiehlt"
    if modality is Modality.DECIDED and _decided_and_running(frame, cues, candidate):
        return Modality.IN_FORCE  # "Die verabschiedete Grundrente wird seit Januar ausgezahlt"
    if modality in (Modality.PLANNED, Modality.EXTENDED) and _talked_about(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "Die Verhandlungen über ein Abkommen sollen …"
    if modality in (Modality.DECIDED, Modality.EXTENDED) and _promised_act(frame, candidate):
        return Modality.PLANNED  # "hat zugesagt, das Pflegegeld ab August zu erhöhen"
    if modality in _OUTCOMES - {Modality.IN_FORCE} and _announced_after(frame, cues, candidate):
        return Modality.PLANNED  # "Das Waffenrecht wird verschärft, kündigte die Ministerin an"
    if modality is Modality.HYPOTHETICAL:
        described = _described_before_subjunctive(frame, cues, candidate)
        if described is not None:
            return described  # "Die Gegenzölle, die Brüssel vorbereitet, würden … treffen"
    if (
        modality in _EARLY_STAGES - {Modality.HYPOTHETICAL}
        and candidate.first in relative
        and _lifted_by_relative(frame, cues, candidate)
    ):
        return Modality.IN_FORCE  # "will ein Abkommen, das Zölle abschafft": still in force
    if (
        modality is Modality.DECIDED
        and candidate.type in _MONEY_TYPES
        and _increased(frame, candidate)
    ):
        return Modality.EXTENDED  # "hat seine Militärhilfe verdoppelt": more money
    if _frozen_state(frame, candidate) and modality not in (
        Modality.LIFTED_OR_ENDED,
        Modality.NEGATED,
        Modality.HYPOTHETICAL,
    ):
        return Modality.IN_FORCE  # "will die eingefrorenen Vermögen … nutzen": still frozen
    if (
        modality is Modality.DECIDED
        and candidate.type in _STRUCK_TYPES
        and _struck(frame, candidate)
    ):
        # "hat die Förderung für Lastenräder gestrichen", "die Meldepflicht ersatzlos
        # gestrichen": struck as a whole, the measure has ended (the cut is decided).
        return Modality.LIFTED_OR_ENDED
    if modality is Modality.LIFTED_OR_ENDED and _failed_before_start(frame, cues, candidate):
        return Modality.NEGATED  # "Die Kindergrundsicherung, die … geplant war, ist gescheitert"
    if modality is Modality.LIFTED_OR_ENDED and _preventable_expiry(frame, candidate):
        return Modality.IN_FORCE  # "läuft 2029 aus, wenn der Bundestag sie nicht verlängert"
    if modality in _KEEPING_STAGES and _to_remain(frame, cues, candidate):
        return Modality.IN_FORCE  # "Die Sanktionen müssen bestehen bleiben"
    if modality is Modality.NEGATED and _prohibited(frame, candidate):
        return Modality.REJECTED  # "X darf es nicht geben", "brauchen keine neuen Auflagen"
    if modality in (
        Modality.IN_FORCE,
        Modality.EXTENDED,
        Modality.LIFTED_OR_ENDED,
        Modality.DECIDED,
    ) and _right_suspended_in_programme(frame, candidate):
        return Modality.PLANNED  # "Den Familiennachzug setzen wir für zwei Jahre aus"
    if modality is Modality.LIFTED_OR_ENDED and _right_suspended(frame, candidate):
        return Modality.DECIDED  # "hat den Familiennachzug ausgesetzt": the restriction
    if modality is Modality.LIFTED_OR_ENDED and _suspended_right(frame, candidate):
        return Modality.IN_FORCE  # "dass der Familiennachzug ausgesetzt ist"
    if modality in (Modality.LIFTED_OR_ENDED, Modality.DECIDED) and _names_itself(cues, candidate):
        clause = frame.lowered[
            frame.clause_start(candidate.first) : frame.clause_end(candidate.last) + 1
        ]
        if any(w in _REMAIN for w in clause):
            return Modality.IN_FORCE  # "Die Rüstungsexporte bleiben gestoppt": the stop goes on
        if modality is Modality.LIFTED_OR_ENDED:
            return Modality.DECIDED  # "stoppt alle Rüstungsexporte", "gab 500 Millionen Euro frei"
    if modality in _OUTCOMES:
        modal = _contrast_modal(frame, cues, candidate)
        if modal is not None:
            return modal.modality  # "will nicht die Steuern erhöhen, sondern … kürzen"
    return modality
