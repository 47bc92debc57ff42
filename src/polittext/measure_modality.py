"""The modality of a policy measure: its status as the sentence reports it.

Status cues come from ``data/measures/modality.tsv`` (verbs, nouns, modal
verbs, attributive participles and status adverbs; separable verbs also in
their joined verb-final forms, ``ablehnt``, ``abzulehnen``).

The measure's clause is the punctuation clause that holds it, narrowed to
its conjunct when ``und``/``oder``/``aber`` is followed by a new finite verb
(``hat … eingeführt und will nun …``: two main clauses), and continued over
an inserted relative clause. Cues of another conjunct, and cues across the
boundary of an adverbial clause (``während``, ``weil``, ``nachdem`` …), do
not reach the measure. ``, die ADJ Noun`` opens a relative clause only if
that clause is verb-final; ``, das X aufzuheben`` is an infinitive clause.
The rules, in order (the fifth round of issue #5 added those marked *):

0. * a question ``Wo bleibt …?`` demands the measure; the content of a draft
   (``den Entwurf des Haushalts beschlossen``) stays ``proposed`` unless the
   draft is refused; a report that is rejected (``weist Berichte zurück,
   wonach …``) negates the measure of its content clause;
1. an attributive status word right before the measure or before
   ``Maßnahme(n)`` (``die beschlossenen Sanktionen``, ``geplante
   Maßnahmen``), unless a verb of its clause changes, ends or negates that
   status (``die seit 2014 geltenden Sanktionen wurden verschärft``, ``die
   angekündigte Steuer ist vom Tisch``) or, for an attribute of an earlier
   stage, decides it (``hat die geplante Steuer beschlossen``);
2. a negation right before the measure (``keine Sanktionen``, ``nie eine
   Garantie``) or before the noun whose ``bei`` attribute it is (``keine
   Kürzungen bei der Rente``) is ``negated``; with a volitional modal
   (``Wir werden keine Aufrüstung zulassen``) or ``mit uns`` a refusal,
   ``rejected``; a measure in a conditional phrase (``im Fall eines
   Waffenstillstands``) is ``hypothetical``; one named by the event noun of
   a temporal phrase (``Nach dem Inkrafttreten der Waffenruhe``, ``mit dem
   Scheitern des Abkommens``) is ``in_force`` or ``lifted_or_ended``; one
   governed by a causal or concessive preposition (``wegen der Zölle``,
   ``trotz der Sanktionen``) is presupposed to exist, ``in_force``; ``weder X
   noch Y`` negates both;
3. a sentence that opens with a condition (``Falls``, ``Sollte``, ``Käme``,
   ``Würde``, * ``Wenn``) or a counterfactual (``Ohne X hätte …``) is
   ``hypothetical``, checked before negation (* the condition scopes over
   it); * so is a measure in a generic ``Wer …`` clause; * a lifting inside
   any ``falls``/``wenn`` clause leaves the measure ``in_force``;
   a measure that a condition is set for (``Bedingung für eine Waffenruhe``)
   is ``under_discussion``;
4. a trigger that is itself a status verb (``verlangt Zugeständnisse``)
   gives its own status, or that of the verb governing its zu-infinitive
   (``prüft, … zu kürzen``); * an appeal named by its own verb (``Wir
   appellieren …``, ``ruft … auf``) is made, ``decided``;
5. the nearest status cue of the measure's clause, then of the sentence
   (cues inside relative clauses, comparisons like ``als geplant`` and
   speech-act participles before another noun do not count; nouns count
   after verbs, adverbs like ``weiterhin`` last). A modal verb scopes over
   an outcome verb of its clause (``will … abschaffen`` is planned, ``müsse
   … verlängert werden`` demanded, ``würde … einführen`` hypothetical), a
   speech-act verb beats a modal (``will gegen … stimmen`` is rejected), the
   verb that governs a zu-infinitive gives its status (``erwägt, … zu
   verhängen``), so does the predicate governing an indirect question
   (``Wie hoch … soll, ist umstritten``; ``Ob …, ist offen``), and in
   indirect speech ``hätte``/``wäre`` report, they set no condition. Tense:
   a Futur I of an outcome verb (``wird … ausweiten``) is ``planned``, the
   present of ``in Kraft treten`` ``decided``, a present act with ``im
   kommenden Jahr`` ``planned``; ``müsste`` under a condition is
   ``hypothetical``, a question with ``endlich`` ``demanded``. A Futur I
   announces any act on the measure except verbs that only meet an existing one
   (``umgehen``, ``einhalten``), and negated (``wird … nicht senken``) it is
   ``negated``; ``soll … verhängt haben`` reports a done act (hearsay); an
   indicative ``müssen`` with ``seit`` is a rule ``in_force``, with ``ab``/
   ``künftig`` ``decided``; ``muss noch … zustimmen`` awaits approval
   (``proposed``); a measure that opens the clause as the subject of a
   transitive status verb acts (``Die Schuldenbremse verhindert …``:
   ``in_force``); a ``dass`` clause after ``bestätigte`` keeps its own status;
   ``drohen`` without ``mit`` after a generic ``bei`` is a rule ``in_force``;
   a yes/no question opening with ``wird``/``kommt`` is ``under_discussion``;
   keeping a measure (``will an X festhalten``, ``wird X beibehalten``) leaves
   it ``in_force``;
   a relative
   clause on a bill or plan (``einen Gesetzentwurf, mit dem wir …``) has its
   status; a change noun heading the measure is governed by the next cue
   (``Streit über eine Aussetzung der Schuldenbremse``);
6. negation of the chosen cue: ``nicht geplant``, ``soll nicht … werden``
   are ``negated``, ``will … nicht`` and ``mit uns nicht`` ``rejected``,
   ``gilt nicht mehr`` ``lifted_or_ended``, ``schließt nicht aus``
   ``considered``; ``niemand`` negates a plan or act, a negated extension is
   ``negated``, ``nicht nur`` negates nothing;
7. a change named with the measure: a lifting that is only demanded,
   proposed, weighed, debated, refused, imagined or asked about (``fordert
   die Aufhebung der Sanktionen``, ``Ob die Sperre aufgehoben wird, …``)
   leaves the measure ``in_force``, as does a loosening not yet done
   (``lockern``, ``aufweichen``, ``abschwächen``); a decided change
   (``beschloss die Verlängerung``) gives the change; suspending a
   restriction lifts it, suspending a right (``Familiennachzug``) is the
   measure;
8. a plan or decision in a sentence with a ``falls``/``sofern`` condition is
   ``hypothetical``; a decision or suspension ``seit`` a date or that
   ``bleibt`` is ``in_force``; a rule that applies ``ab`` a date has been
   ``decided``; a state in the preterite with ``bis`` (``galten bis 2023``)
   has ended;
9. with no cue: ``mit uns … nicht`` is ``rejected``, a question ``Kommt …?``
   ``under_discussion``; a headline (no final punctuation) or a clause
   reporting a past act is ``decided`` (not when the measure is the subject of
   the preterite: ``Die Sanktionen zeigten Wirkung``), * a present passive
   closing a verb-final clause (``dass … geliefert werden``) ``planned``, * a
   definite act noun opening a judged clause (``Die Kürzung der … ist ein
   Armutszeugnis``) ``decided``, anything else ``in_force``.

Also added in the fifth round (*): a modal of necessity over weighing or
debate (``sollte … nachdenken``) demands; a fronted zu-infinitive clause is
governed by the main clause after it, past a ``wie es X fordert`` aside;
withheld consent (``nicht zugestimmt``) refuses; a negated status noun
(``keine Vorbedingung``) negates; a negated ``dürfen``/``brauchen`` (``darf es
nicht geben``) refuses instead of negating; ``Mit uns,`` at the head of the
sentence scopes over all of it; an indirect question whose decision is still
to come (``Ob …, soll … entschieden werden``) is ``under_discussion``; an
extension with a later start in the present is ``planned``; a further term
(``gelten ein weiteres Jahr``) is ``extended``; a suspension verb lifts a
restriction as the noun does, and a right in the state of being suspended
(``der Familiennachzug ist ausgesetzt``) is ``in_force``; an entry into force
in the present beats an attribute of an earlier stage; ``gilt als`` judges.

The seventh round added: a measure inside a relative clause takes the stance that
clause states (``Die Partei, die eine Vermögensteuer fordert``); an imagined or
conditioned lifting is ``hypothetical`` unless the measure's staying is the condition; a
plan or negotiation that failed is ``negated``; frozen assets (``eingefrorenen``) stay
``in_force``; public advice by its own verb is ``decided``; an abolished subsidy
(``gestrichen``) has ended; ``künftig gilt`` is ``decided``; an ``ob`` clause without
cue is ``under_discussion``; a comma-joined main clause lends no cue to the clause
before it (docs/labelling.rst, "Decisions of session 7").

>>> from polittext.frames import SentenceFrame
>>> from polittext.measures import find_candidates
>>> from polittext.measure_cues import status_cues
>>> def modality(text):
...     frame = SentenceFrame.build(text, 0, len(text))
...     [candidate] = find_candidates(frame)
...     found = status_cues(frame)
...     return modality_of(frame, found, set(), candidate, (candidate.first, candidate.last)).value
>>> modality("Die Kommission will die Strafzölle abschaffen.")
'in_force'
>>> modality("Die Maskenpflicht gilt seit Mittwoch nicht mehr.")
'lifted_or_ended'
"""

from __future__ import annotations

import copy
import itertools

from polittext.cues import cue_forms, konjunktiv_forms
from polittext.frames import SentenceFrame
from polittext.lexicon import word_class
from polittext.measure_cues import (
    _CHANGES,
    _CONDITION_NOUNS,
    _CONDITIONAL_OPENERS,
    _CONDITIONS,
    _DATE_WORDS,
    _DETERMINERS,
    _ENDING_MEASURES,
    _MEASURE_NOUNS,
    _NEGATIONS,
    _NOT_DONE,
    _OUTCOMES,
    _PARTICLES,
    _PAST_AUXILIARIES,
    _REMAIN,
    _REPORTED_SUBJUNCTIVES,
    _SPEECH_ACTS,
    _SUBJUNCTIVE_MODALS,
    _SUSPENSIONS,
    _VOLITIONAL,
    Cue,
    verb_words,
)
from polittext.measures import Candidate
from polittext.types import Modality

__all__ = ["modality_of"]


def modality_of(
    frame: SentenceFrame,
    cues: list[Cue],
    relative: set[int],
    candidate: Candidate,
    evidence: tuple[int, int],
) -> Modality:
    """The modality of one candidate measure (see the module docstring).

    ``cues`` are the sentence's :func:`status_cues`, ``relative`` the indexes
    of tokens inside relative clauses, ``evidence`` the measure's token range.
    """
    brackets = [b for b in frame.bracketed() if not b[0] <= candidate.first <= b[1]]
    if brackets:
        # "Die Regierung (seit 2024 im Amt) hat Sanktionen beschlossen": the words
        # and cues inside parentheses speak of the parenthesis, not of a measure
        # outside it; the rules below read a copy of the frame without them.
        frame = copy.copy(frame)
        frame.marks = {}
        lowered = frame.lowered = list(frame.lowered)
        for first, last in brackets:
            lowered[first : last + 1] = [""] * (last + 1 - first)
        cues = [c for c in cues if not any(b[0] <= c.first <= b[1] for b in brackets)]
    container = _container(frame, candidate, relative)
    if container is not None:
        # "hat den Haushaltsentwurf beschlossen, der Einsparungen enthält", "ein
        # Sanktionspaket beschlossen, das ein Importverbot vorsieht": the content of a
        # draft is proposed, the content of a package or law has the package's status.
        index, draft = container
        outer = modality_of(
            frame, cues, relative, Candidate(candidate.type, index, index, 0), (index, index)
        )
        if draft and outer in (Modality.DECIDED, Modality.IN_FORCE, Modality.PROPOSED):
            return Modality.PROPOSED
        return outer
    if _denied_report(frame, cues, candidate) or _left_undone(frame, candidate):
        return Modality.NEGATED  # "weist Berichte zurück, wonach … geplant sei"
    # "darüber wird nicht verhandelt": a debate said not to take place opens nothing;
    # "hat 1.800 Personen zurückgewiesen": a verb trigger that also reads as a
    # refusal names the measure, it refuses nothing.
    verb_trigger = candidate.first == candidate.last and frame.words[candidate.first].islower()
    cues = [
        c
        for c in cues
        if (
            c.modality is not Modality.UNDER_DISCUSSION
            or "nicht" not in frame.lowered[max(0, c.first - 2) : c.first]
        )
        and not (
            verb_trigger
            and c.modality is Modality.REJECTED
            and c.first == c.last == candidate.first
        )
    ]
    if _stopped_activity(frame, candidate):
        # "hat die Ausfuhr von Rüstungsgütern gestoppt", "fordern, die Ausfuhr … zu
        # stoppen": stopping the trade the trigger names imposes the restriction.
        cues = [
            Cue(c.first, c.last, Modality.DECIDED, c.use)
            if c.modality is Modality.LIFTED_OR_ENDED and frame.lower(c.first).startswith(_STOPPING)
            else c
            for c in cues
        ]
    modality = _modality(frame, cues, relative, candidate, evidence)
    if modality is Modality.HYPOTHETICAL and _violated(frame, candidate):
        return Modality.IN_FORCE  # "Firmen, die das Embargo unterlaufen, drohen Strafen"
    if modality in _EXPECTED_STAGES and _to_be_expected(frame, candidate):
        return Modality.HYPOTHETICAL  # "Wer …, muss mit harten Sanktionen rechnen"
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
    if modality in _WARNED_STAGES and _warned_against(frame, candidate):
        return Modality.REJECTED  # "Der Verband warnte vor neuen Zöllen auf Autos"
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
    if modality in _CONDITIONABLE and _condition_around(frame, candidate):
        # "Die EU verhängt Strafzölle, falls Washington …", "…, falls Brüssel keine
        # Zugeständnisse macht": a measure under a condition, or named in it, is imagined.
        return Modality.HYPOTHETICAL
    if modality is Modality.IN_FORCE and _programme_act(frame, cues, candidate):
        return Modality.PLANNED  # "Wir erhöhen die Besoldung", "Wir schaffen 5000 Stellen"
    if modality is Modality.PLANNED:
        done = _reported_past(frame, cues, candidate)
        if done is not None:
            return done  # "Nordkorea soll Russland Granaten geliefert haben": hearsay of an act
    if modality is Modality.PLANNED and _demanded_by_speaker(frame, cues, candidate):
        return Modality.DEMANDED  # "Die Regierung solle endlich …, forderte der Verband"
    if modality is Modality.DECIDED and _decided_and_running(frame, cues, candidate):
        return Modality.IN_FORCE  # "Die verabschiedete Grundrente wird seit Januar ausgezahlt"
    if modality in (Modality.PLANNED, Modality.EXTENDED) and _talked_about(frame, candidate):
        return Modality.UNDER_DISCUSSION  # "Die Verhandlungen über ein Abkommen sollen …"
    if modality is Modality.DECIDED and _promised_act(frame, candidate):
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
        and candidate.type == "SUBSIDY_FINANCIAL_AID"
        and _struck(frame, candidate)
    ):
        return Modality.LIFTED_OR_ENDED  # "hat die Förderung für Lastenräder gestrichen"
    if modality is Modality.LIFTED_OR_ENDED and _failed_before_start(frame, cues, candidate):
        return Modality.NEGATED  # "Die Kindergrundsicherung, die … geplant war, ist gescheitert"
    if modality is Modality.LIFTED_OR_ENDED and _preventable_expiry(frame, candidate):
        return Modality.IN_FORCE  # "läuft 2029 aus, wenn der Bundestag sie nicht verlängert"
    if modality in _KEEPING_STAGES and _to_remain(frame, cues, candidate):
        return Modality.IN_FORCE  # "Die Sanktionen müssen bestehen bleiben"
    if modality is Modality.NEGATED and _prohibited(frame, candidate):
        return Modality.REJECTED  # "X darf es nicht geben", "brauchen keine neuen Auflagen"
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


# Predicative nouns that say a measure is settled: "ist beschlossene Sache".
_SETTLED = frozenset({("beschlossene", "sache"), ("ausgemachte", "sache")})


def _settled(frame: SentenceFrame, candidate: Candidate) -> Modality | None:
    """``Die geplante Einführung einer Zuckersteuer ist beschlossene Sache``: a predicate
    noun of the measure's clause says it is decided, whatever stage its attribute names;
    negated (``ist noch lange keine beschlossene Sache``) it says the matter is open."""
    start = frame.clause_start(candidate.first)
    end = frame.clause_end(candidate.last)
    for i in range(max(start, candidate.last + 1), min(end, candidate.last + _REACH)):
        if (frame.lower(i), frame.lower(i + 1)) in _SETTLED:
            negated = any(
                frame.lower(j) in _NEGATIONS or frame.lower(j) in {"keine", "nicht"}
                for j in range(candidate.last + 1, i)
            )
            return Modality.UNDER_DISCUSSION if negated else Modality.DECIDED
    # Fronted: "Noch keine beschlossene Sache ist die Erhöhung der Tabaksteuer".
    for i in range(max(start, candidate.first - _REACH), candidate.first - 1):
        if (frame.lower(i), frame.lower(i + 1)) in _SETTLED:
            negated = any(
                frame.lower(j) in _NEGATIONS or frame.lower(j) in {"keine", "nicht"}
                for j in range(max(start, i - 3), i)
            )
            return Modality.UNDER_DISCUSSION if negated else Modality.DECIDED
    return None


def _debate_ahead(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Über neue Strafzölle soll im Oktober abgestimmt werden``, ``Der Ausschuss will
    morgen über das Verbot beraten``: a modal of plan whose verb is a debate or a vote
    plans the debate; the measure itself is under discussion."""
    start = frame.clause_start(candidate.first)
    end = frame.clause_end(candidate.last)
    modals = [
        c
        for c in cues
        if start <= c.first <= end and c.use == "modal" and c.modality is Modality.PLANNED
    ]
    return (
        bool(modals)
        and any(
            start <= c.first <= end
            and c.use == "verb"
            and c.modality is Modality.UNDER_DISCUSSION
            and frame.words[c.last].islower()
            and c.last > modals[0].first
            and not candidate.first <= c.last <= candidate.last
            for c in cues
        )
        and not any(
            start <= c.first <= end and c.use == "verb" and c.modality in _OUTCOMES for c in cues
        )
    )


# Verbs of postponing, and nouns of a decision that can be postponed instead of the measure.
_POSTPONED = frozenset({"verschoben", "verschiebt", "verschob", "vertagt", "vertagte"})
_DECISION_NOUNS = ("entscheidung", "abstimmung", "beschluss", "votum", "beratung")


def _postponed_decision(frame: SentenceFrame, cue: Cue) -> bool:
    """``hat die Entscheidung über neue Sanktionen verschoben``: what is put off is the
    decision, and the measure stays under discussion; only a postponed start (``hat die
    Einführung … verschoben``) keeps it planned."""
    if frame.lower(cue.first) not in _POSTPONED:
        return False
    start, end = frame.clause_start(cue.first), frame.clause_end(cue.last)
    return any(frame.lower(i).startswith(_DECISION_NOUNS) for i in range(start, end + 1))


# Reflexive pronouns: "sich für X aussprechen" is a demand, "X aussprechen" an act.
_REFLEXIVES = frozenset({"sich", "uns", "mich", "euch", "dich"})


def _pronounced(frame: SentenceFrame, cue: Cue) -> bool:
    """``hat eine Reisewarnung für den Libanon ausgesprochen``: without a reflexive
    pronoun ``für … ausgesprochen`` issues the measure, it does not call for it."""
    return (
        frame.lower(cue.first) == "für"
        and frame.lower(cue.last).startswith(("ausgesproch", "aussprech", "auszusprech"))
        and not any(
            w in _REFLEXIVES
            for w in frame.lowered[frame.clause_start(cue.first) : frame.clause_end(cue.last) + 1]
        )
    )


def _against_will(frame: SentenceFrame, cue: Cue) -> bool:
    """``Gegen den Willen der Länder hat der Bund … gekürzt``: the noun ``Willen`` (read as
    ``will``) after ``gegen`` names an opposed will, not a plan of the clause."""
    return (
        not frame.words[cue.first].islower()
        and frame.lower(cue.first).startswith("wille")
        and "gegen" in (frame.lower(cue.first - 1), frame.lower(cue.first - 2))
    )


# Causative verbs: "hat die Preise steigen lassen" says what the measure did to prices.
_CAUSATIVES = frozenset({"lassen", "lässt", "ließ", "ließen", "gelassen"})


def _caused(frame: SentenceFrame, cue: Cue) -> bool:
    """``Das Einfuhrverbot hat die Preise steigen lassen``: a rate verb under a causative
    ``lassen`` is an effect of the measure on something else, not a change of it (but
    ``hat die Verordnung auslaufen lassen`` ends the measure)."""
    return (
        cue.modality is Modality.DECIDED  # "auslaufen lassen" ends the measure itself
        and frame.lower(cue.last + 1) in _CAUSATIVES
        and frame.words[cue.last].islower()
    )


def _demanded_by_speaker(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die Regierung solle endlich ein Tempolimit einführen, forderte der ADAC``: the
    reported ``solle`` of a clause whose inverted verb of saying is a demand states that
    demand, not a plan."""
    end = frame.clause_end(candidate.last)
    if end + 1 >= len(frame.words) or not frame.breaks[end]:
        return False
    if not any(
        c.use == "modal"
        and c.modality is Modality.PLANNED
        and frame.lower(c.first) in {"solle", "sollen", "soll"}
        and frame.clause_start(candidate.first) <= c.first <= end
        for c in cues
    ):
        return False
    return any(
        c.first == end + 1 and c.modality is Modality.DEMANDED and frame.words[c.first].islower()
        for c in cues
    )


def _decided_and_running(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die vom Bundestag verabschiedete Grundrente wird seit Januar ausgezahlt``: an
    attribute says the measure was adopted, ``seit`` in its clause that it runs now."""
    start = frame.clause_start(candidate.first)
    end = frame.clause_end(candidate.last)
    attribute = any(
        c.use == "attribute"
        and c.modality is Modality.DECIDED
        and start <= c.first < candidate.first
        and candidate.first - c.last <= 2
        for c in cues
    )
    words = frame.lowered[candidate.last + 1 : end + 1]
    return (
        attribute
        and ("seit" in words or "seither" in words)
        and not any(w in _NEGATIONS or w == "nicht" for w in words)
    )


def _talked_about(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Verhandlungen über ein Freihandelsabkommen sollen bis Jahresende abgeschlossen
    werden``: what talks are about is under discussion while the talks are only planned
    to end."""
    return frame.lower(candidate.first - 1) in _DETERMINERS | {"über"} and any(
        frame.lower(i) in _TALKS and frame.lower(i + 1) == "über"
        for i in range(max(0, candidate.first - 4), candidate.first)
    )


# Verbs of promising: with a zu-infinitive they announce an act to come.
_PROMISES = frozenset({"zugesagt", "zugesichert", "sagte", "sagten", "sagt", "sicherte"})


def _promised_act(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Landesregierung hat zugesagt, das Pflegegeld ab August zu erhöhen``: a promise
    whose zu-infinitive names the act is a plan of the side that would act (a pledge of
    money itself, ``sagte 50 Millionen Euro zu``, stays decided)."""
    start = frame.clause_start(candidate.first)
    if start < 2 or not _has_zu_infinitive(frame, (start, frame.clause_end(candidate.last))):
        return False
    previous = frame.clause_start(start - 1)
    words = frame.lowered[previous:start]
    return (
        "zugesagt" in words
        or "zugesichert" in words
        or (
            bool(words)
            and words[-1] in {"zu", "an"}
            and any(w in _PROMISES for w in words)
            and any(w.startswith(("sagt", "sicher")) for w in words)
        )
    )


def _announced_after(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Das Waffenrecht wird verschärft, kündigte die Innenministerin an``: an act that
    opens the sentence, followed by an inverted ``kündigte … an`` as its verb of saying,
    is the content of the announcement: planned (``teilt … mit`` reports it as done)."""
    if frame.clause_start(candidate.first) != 0:
        return False
    after = frame.clause_end(candidate.last) + 1
    return any(
        c.first == after
        and c.modality is Modality.PLANNED
        and frame.lower(c.first).startswith("kündig")
        for c in cues
    )


def _described_before_subjunctive(
    frame: SentenceFrame, cues: list[Cue], candidate: Candidate
) -> Modality | None:
    """``Eine Vermögensteuer, die die Linke fordert, würde Milliarden bringen``: a relative
    clause right after the measure gives its status; the ``würde`` of the main clause that
    follows it only judges the effect of that measure (docs/labelling.rst)."""
    start = frame.clause_end(candidate.last) + 1
    if frame.lower(start) not in {"die", "der", "das"} or any(
        w in _CONDITIONS for w in frame.lowered
    ):
        return None
    if frame.lower(frame.clause_end(start) + 1) not in _SUBJUNCTIVE_MODALS:
        return None
    described = _relative_status(frame, cues, candidate)
    return None if described is Modality.HYPOTHETICAL else described


def _lifted_by_relative(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Wir wollen ein Handelsabkommen, das Zölle auf Industriegüter abschafft``: the
    measure (inside a relative clause) is the object of the clause's verb that lifts it, under a plan or demand
    for the antecedent; the lifting has not happened, so the measure is still in force."""
    end = frame.clause_end(candidate.last)
    return any(
        c.modality is Modality.LIFTED_OR_ENDED
        and candidate.last < c.first <= end
        and frame.words[c.first].islower()
        and _plain_lifting(frame, candidate, c)
        for c in cues
    )


# Types whose measure is an amount of money or aid: more of it extends the measure; a
# raised rate of a tax, tariff, wage or benefit is a new rate, decided (docs/labelling.rst).
_MONEY_TYPES = frozenset(
    {"MILITARY_AID", "SUBSIDY_FINANCIAL_AID", "FINANCIAL_GUARANTEE", "DEFENCE_SPENDING"}
    | {"BUDGET_ALLOCATION", "PUBLIC_INVESTMENT_PROVISION"}
)
_INCREASES = ("verdoppel", "verdreifach", "erhöht", "erhöhte", "aufgestockt", "stockt")
_INCREASES_MORE = (
    "stockte",
    "steigert",
    "gesteigert",
    "angehoben",
    "hebt",
    "hob",
    "steigt",
    "stieg",
)


def _increased(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A finite verb or participle of increase in the measure's clause (``hat … verdoppelt``,
    ``wurde … aufgestockt``, ``steigert``); a zu-infinitive (``beschlossen, … zu
    steigern``) names an increase still to come."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    for index in range(start, end + 1):
        word = frame.lowered[index]
        if not frame.words[index].islower() or frame.lower(index - 1) == "zu":
            continue
        if word.startswith(_INCREASES + _INCREASES_MORE) and not word.endswith("n"):
            return True
    return False


_EXPIRY_VERBS = frozenset({"läuft", "laufen", "lief", "liefen", "auslaufen", "ausläuft"})
_IF = frozenset({"wenn", "falls", "sofern", "soweit"})


def _frozen_state(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``die eingefrorenen russischen Gelder``: an attributive participle trigger of a freeze
    names assets in the state of being frozen; what the clause plans or debates is another
    act on them (using, seizing), so the freeze itself is in force (docs/labelling.rst)."""
    word = frame.words[candidate.first]
    return (
        candidate.type == "ASSET_FREEZE"
        and word.islower()
        and word.startswith("eingefroren")
        and word != "eingefroren"
    )


# Adverbs of a state that goes on: "rät weiterhin ab", "warnt seit Jahren".
_ONGOING = frozenset({"weiterhin", "seit", "seither", "bislang", "bisher", "unverändert"})
_STRUCK = frozenset({"gestrichen", "streicht", "strich", "strichen"})


def _struck(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Abwrackprämie wurde gestrichen``: a subsidy struck as a whole is ended (and the
    cut decided); a cut by an amount (``um 30 Prozent gestrichen``) or a part of it
    (``zusammengestrichen``) is not (docs/labelling.rst)."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    words = frame.lowered[start : end + 1]
    return any(w in _STRUCK for w in words) and "um" not in words


_TALKS = frozenset({"gespräche", "gesprächen", "verhandlungen"})
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
    described = _relative_status(frame, cues, candidate)
    attribute = any(
        c.use == "attribute" and c.modality in _NOT_STARTED and c.last == candidate.first - 1
        for c in cues
    )
    return described in _NOT_STARTED or attribute


# Breaking a measure: "umgeht die Sanktionen", "Verstoß gegen das Embargo".
_VIOLATIONS = frozenset(
    {
        "umgeht", "umgehen", "umging", "umgingen", "umgangen", "umgehung",
        "verstößt", "verstoßen", "verstieß", "verstießen", "verstoß", "verstöße", "verstößen",
        "missachtet", "missachten", "missachtete", "missachteten", "missachtung",
        "unterläuft", "unterlaufen", "unterlief", "unterliefen",
    }
)  # fmt: skip
# Present-tense verbs by which an existing measure applies when a case arises.
_APPLIES = frozenset({"greift", "greifen", "haftet", "haften", "springt", "springen"})


_FUTURE_STAGES = frozenset(
    {
        Modality.UNDER_DISCUSSION,
        Modality.PROPOSED,
        Modality.PLANNED,
        Modality.DEMANDED,
        Modality.CONSIDERED,
    }
)
# Nouns of a change to a measure: stopping one stops the change, not the measure.
_CHANGE_NOUNS = frozenset(
    {"senkung", "erhöhung", "anhebung", "einführung", "ausweitung", "verlängerung"}
    | {"verschärfung", "lockerung", "kürzung", "absenkung"}
)


def _after_a_future_event(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``nach einem Waffenstillstand``: a measure named as the time after which
    something is to happen has not happened yet."""
    index = candidate.first - 1
    while index > 0 and frame.words[index].islower() and frame.words[index].endswith(("e", "en")):
        index -= 1
    return (
        frame.lower(index) in {"einem", "einer"}
        and frame.lower(index - 1) == "nach"
        # "die Forderung nach einem Tempolimit": the object of a demand noun.
        and not frame.lower(index - 2).startswith(_ASKING_NOUNS)
    )


_ASKING_NOUNS = ("forderung", "ruf", "rufe", "wunsch", "verlangen", "suche", "frage", "sehnsucht")


def _stopped_change(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``stoppte die Senkung der Stromsteuer``: the change named before the measure
    is what the ending verb stops; the change is rejected (the tax stays)."""
    change = candidate.first - 2
    if not (frame.lower(change + 1) in {"der", "des"} and frame.lower(change) in _CHANGE_NOUNS):
        return False
    # Active, with the ending verb before the change ("Der Bundesrat stoppte die
    # Senkung"): an actor refuses it. "Die Kürzung scheiterte" and "wurde gestoppt"
    # say it did not happen (negated, decided elsewhere).
    start = frame.clause_start(change)
    return any(
        c.modality is Modality.LIFTED_OR_ENDED and start <= c.first and c.last < change
        for c in cues
    )


_EXPECTED_STAGES = frozenset({Modality.DEMANDED, Modality.PLANNED, Modality.IN_FORCE})


def _to_be_expected(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``muss mit harten Sanktionen rechnen``: a measure that someone has to expect
    is a threatened consequence, not a demand."""
    start = frame.clause_start(candidate.first)
    end = frame.clause_end(candidate.last)
    before = frame.lowered[max(start, candidate.first - 3) : candidate.first]
    after = frame.lowered[candidate.last + 1 : end + 1]
    return "mit" in before and any(w in {"rechnen", "rechnet", "rechnete"} for w in after[:6])


_CONDITIONED_STAGES = frozenset(
    {Modality.DECIDED, Modality.PLANNED, Modality.EXTENDED, Modality.PROPOSED}
)
_ONLY_IF = frozenset({"wenn", "falls", "sofern"})


def _only_if(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A plan or decision bound to a condition: ``nur``/``erst`` in the measure's
    clause and a ``wenn``/``falls`` clause right after it (``Die Truppe wird nur
    entsandt, wenn …``), or the measure inside that trailing condition (``…, wenn
    ein Waffenstillstand hält``). ``wenn auch`` concedes; it sets no condition."""
    clause = frame.clause_start(candidate.first)
    if clause > 0 and frame.lower(clause) in _ONLY_IF and frame.lower(clause + 1) != "auch":
        opener = frame.clause_start(clause - 1)
        return any(frame.lower(i) in {"nur", "erst"} for i in range(opener, clause))
    end = frame.clause_end(candidate.last)
    return (
        frame.lower(end + 1) in _ONLY_IF
        and frame.lower(end + 2) != "auch"
        and any(frame.lower(i) in {"nur", "erst"} for i in range(clause, end + 1))
    )


def _violated(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether a word of breaking a rule governs the measure in its clause
    (``Wer die Sanktionen umgeht``, ``gegen das Verbot verstößt``)."""
    start = max(frame.clause_start(candidate.first), candidate.first - 4)
    end = min(frame.clause_end(candidate.last), candidate.last + 4)
    return any(
        frame.lowered[i] in _VIOLATIONS
        for i in itertools.chain(range(start, candidate.first), range(candidate.last + 1, end + 1))
    )


def _applies_in_main_clause(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Sollte …, greift die Landesbürgschaft``: after the condition, the main clause
    opens with a present-tense verb of applying, and the measure stands in it with
    an article or possessive (an existing one), not after a modal or ``würde``."""
    clause = frame.clause_start(candidate.first)
    if clause == 0 or frame.lower(clause) not in _APPLIES or candidate.first < clause:
        return False
    article = frame.lower(candidate.first - 1)
    trigger_is_verb = candidate.first == clause
    return trigger_is_verb or (
        article in {"die", "das", "der", "den", "seiner", "ihrer", "seine", "ihre", "unsere"}
        or frame.lower(candidate.first) in {"die", "das", "der"}
    )


def _window(frame: SentenceFrame, candidate: Candidate) -> tuple[int, int]:
    """The measure's clause, cut to ``_REACH`` words on either side of the trigger: the
    rules that look for a word in it stay linear in the length of an endless clause."""
    return (
        max(frame.clause_start(candidate.first), candidate.first - _REACH),
        min(frame.clause_end(candidate.last), candidate.last + _REACH),
    )


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


# Present-tense verbs of an effect on someone ("trifft", "belastet").
_EFFECTS = frozenset(
    {"trifft", "treffen", "belastet", "belasten", "entlastet", "entlasten", "kostet"}
    | {"kosten", "schadet", "schaden", "hilft", "helfen", "wirkt", "wirken", "bremst"}
)


def _change_with_effect(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """A change noun that opens the sentence (``Die Kürzung der Hilfe``, ``Die Erhöhung
    der Grundsteuer``) as the subject of a present verb of effect, with no status word in
    the clause: the change applies and has effects."""
    start, end = _window(frame, candidate)
    head = 1 if frame.lower(0) in _DETERMINERS else 0
    if frame.clause_start(candidate.first) != 0 or frame.lower(head) not in _CHANGE_NOUNS:
        return False
    if candidate.first > head + 4 or any(start <= c.first <= end for c in cues):
        return False
    return any(frame.lower(i) in _EFFECTS for i in range(candidate.last + 1, end + 1))


def _lifting_denied(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Keine Lockerung der Sanktionen``: a negated lifting noun that governs the
    measure (in the genitive) denies its end, not the measure."""
    index = candidate.first - 1
    while index > 0 and frame.lower(index) in _DETERMINERS and candidate.first - index <= 2:
        index -= 1
    noun = frame.lower(index)
    if noun not in _LIFTINGS | {"ende", "aus"} or frame.breaks[index]:
        return False
    return frame.lower(index - 1) in _NEGATIONS or frame.lower(index - 2) in _NEGATIONS


# Verbs of touching a measure: not touching it keeps it ("nicht antasten", "nicht rütteln").
_TOUCHING = frozenset({"antasten", "angetastet", "antastet", "rütteln", "gerüttelt", "rüttelt"})


def _left_untouched(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Wir werden die Rente mit 63 nicht antasten``, ``An der Schuldenbremse wird
    nicht gerüttelt``: a negated verb of touching keeps the measure."""
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    return "nicht" in words and any(w in _TOUCHING for w in words)


_PREDICTIONS = frozenset({"dürfte", "dürften"})
_VOTES = ("zustimm", "billig", "verabschied", "absegn", "beschließ")


def _vote_expected(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Der Bundesrat dürfte dem Rentenpaket am Freitag zustimmen``: a vote predicted
    with ``dürfte`` is still ahead (docs/labelling.rst: a vote ahead is under
    discussion)."""
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    return any(w in _PREDICTIONS for w in words) and any(w.startswith(_VOTES) for w in words)


_CONDITIONABLE = frozenset(
    {Modality.DECIDED, Modality.PLANNED, Modality.EXTENDED, Modality.NEGATED}
)


def _condition_around(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the measure's clause is a ``falls``/``sofern``/``wenn`` clause inside the
    sentence (``…, falls Brüssel keine Zugeständnisse macht``), or a present-tense main
    clause that a ``falls``/``sofern`` clause follows (``Die EU verhängt Strafzölle,
    falls …``). Not ``wenn auch`` (a concession) or ``wenn nötig``, and not a past act."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    opener = frame.lower(start)
    if start > 0 and opener in _IF:
        # "wenn die Ladung über dem Preisdeckel verkauft wurde": a measure referred to
        # in a prepositional phrase of the condition exists.
        before = frame.lower(candidate.first - 1)
        if before in _PREPOSITIONS or (
            before in _DETERMINERS and frame.lower(candidate.first - 2) in _PREPOSITIONS
        ):
            return False
        inside = (start, end)
    elif end + 1 < len(frame.words) and frame.lower(end + 1) in {"falls", "sofern"}:
        # A trailing "wenn" clause often limits where a rule applies ("verbietet
        # Kurzstreckenflüge, wenn eine Bahnverbindung besteht"): only "falls" and
        # "sofern" (and "nur/erst wenn", see _only_if) make a condition of it.
        text = frame.text[frame.start : frame.end].rstrip()
        window = frame.lowered[max(start, candidate.first - _REACH) : end + 1]
        if text.endswith("?") or any(_past_word(w) for w in window):
            return False  # "Wie wollen Sie … finanzieren, wenn …?" asks about a plan
        inside = (end + 1, frame.clause_end(end + 1))
    else:
        return False
    if frame.lower(inside[0] + 1) in {"auch", "nötig", "möglich", "notwendig", "überhaupt"}:
        return False
    # "wenn Sie gleichzeitig die Steuern senken wollen": a contrast, not a condition.
    words = frame.lowered[inside[0] : min(inside[1], inside[0] + _REACH) + 1]
    return inside[1] - inside[0] >= 3 and not any(w in {"gleichzeitig", "zugleich"} for w in words)


def _past_word(word: str) -> bool:
    return word in _PAST_AUXILIARIES or word in {"war", "waren", "wurde", "wurden"}


def _conditioned_elsewhere(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``Die EU will die Zölle aussetzen, wenn Washington die Stahlzölle aufhebt``: a
    ``wenn``/``falls``/``sofern`` clause after the measure's clause sets a condition
    for it."""
    return frame.lower(clause[1] + 1) in _IF and clause[1] + 1 < len(frame.words)


def _preventable_expiry(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Mietpreisbremse läuft 2029 aus, wenn der Bundestag sie nicht verlängert``: an
    expiry that a negated condition could still prevent has not happened; the measure is
    in force (docs/labelling.rst). A fixed expiry without a condition is ended."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    if not any(frame.lowered[i] in _EXPIRY_VERBS for i in range(start, end + 1)):
        return False
    for index in range(len(frame.tokens)):
        if frame.lowered[index] in _IF and not start <= index <= end:
            words = frame.lowered[index : frame.clause_end(index) + 1]
            if any(w in {"nicht", "kein", "keine", "keinen"} for w in words):
                return True
    return False


# Zu-infinitives of keeping a measure as it is (a planned or demanded keeping).
_KEEPING_INFINITIVES = ("beizubeh", "festzuh", "aufrechtzuerh", "weiterzuführ", "beibeh")


def _to_remain(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die Sanktionen müssen bestehen bleiben``, ``sollen … gesperrt bleiben``, ``fordert,
    die Kontrollen beizubehalten``: a modal with a clause-final ``bleiben``, or a
    clause-final verb of keeping, keeps the measure of the clause as it is, so it stays
    in force whether the keeping is planned or demanded."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    if end > candidate.last and frame.lower(end).startswith(_KEEPING_INFINITIVES):
        return True  # "fordert, die Grenzkontrollen dauerhaft beizubehalten": kept
    if frame.lower(end) != "bleiben" or end <= candidate.last:
        return False
    return any(c.use == "modal" and start <= c.first < end for c in cues)


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


def _reported_past(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> Modality | None:
    """``soll … geliefert haben``, ``sollen … eingefroren worden sein``: ``sollen``
    with a perfect infinitive closing the clause reports an act said to be done, not
    a plan. The status is the participle's (an ending for ``aufgehoben``), else
    decided."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    if end - candidate.last > _REACH or not any(
        frame.lower(i) in {"soll", "sollen"}
        for i in range(max(start, candidate.first - _REACH), candidate.first + 1)
    ):
        return None
    participle = end - 1
    if frame.lower(end) not in {"haben", "sein"} or participle <= start:
        return None
    if frame.lower(participle) == "worden":
        participle -= 1
    if not frame.words[participle].islower() or not frame.lower(participle).endswith(("t", "en")):
        return None
    own = next((c for c in cues if c.first <= participle <= c.last), None)
    if own is not None and own.modality in _OUTCOMES - {Modality.IN_FORCE}:
        return own.modality
    return Modality.DECIDED


# Acts in the plural present that a programme with "wir" announces (creating, raising,
# lowering, cutting, banning): present forms that the cue lexicon does not list, since
# they are also infinitives.
_PROGRAMME_ACTS = frozenset(
    {"erhöhen", "senken", "kürzen", "streichen", "halbieren", "verdoppeln", "steigern"}
    | {"schaffen", "verbieten", "verdreifachen", "verlängern", "ausweiten"}
)


def _programme_act(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Wir erhöhen die Besoldung``, ``Deshalb senken wir die Stromsteuer``: ``wir``
    next to a plural present act verb, in a clause with no status cue and no past,
    states a programme (docs/labelling.rst: a present tense in a programme is planned)."""
    start, end = _window(frame, candidate)
    if any(start <= c.first <= end and c.use != "attribute" for c in cues):
        return False
    words = frame.lowered[start : end + 1]
    if any(
        w in _PAST_AUXILIARIES or w in _HAVE_SUBJUNCTIVES or w in _NEGATIONS or w == "nicht"
        for w in words
    ):
        return False
    return any(
        word in _PROGRAMME_ACTS
        and frame.words[start + i].islower()
        and "wir" in words[max(0, i - 1) : i + 2]
        for i, word in enumerate(words)
    )


# Restrictions of trade, and the trade nouns that can name them when stopped.
_TRADE_RESTRICTIONS = frozenset({"ARMS_EMBARGO", "EXPORT_BAN", "IMPORT_EMBARGO"})
_TRADE_NOUNS = ("ausfuhr", "export", "einfuhr", "import", "handel")
_STOPPING = ("stopp", "gestoppt", "einstell", "eingestellt", "unterbind", "unterbunden")


def _stopped_activity(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the trigger names the trade itself (``Ausfuhr von Rüstungsgütern``,
    ``Importe``), not its ban (``Exportverbot``, ``Importstopp``): stopping that
    trade is the restriction, so a stopping verb imposes it rather than ending it."""
    if candidate.type not in _TRADE_RESTRICTIONS:
        return False
    first = frame.lower(candidate.first)
    return first.startswith(_TRADE_NOUNS) and not any(
        part in first for part in ("verbot", "stopp", "sperre", "kontroll", "beschränk")
    )


def _names_itself(cues: list[Cue], candidate: Candidate) -> bool:
    """Whether every ending cue of the sentence is a word of the trigger itself:
    the trigger names the act (``stoppt … Exporte``, ``gab … Euro frei``), which
    imposes the measure rather than ending one."""
    ending = [c for c in cues if c.modality is Modality.LIFTED_OR_ENDED]
    return bool(ending) and all(
        candidate.first <= c.first and c.last <= candidate.last for c in ending
    )


def _suspended_right(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Der Familiennachzug ist ausgesetzt``: a right in the state of being suspended
    (``sein`` with the participle) is the restriction that applies, in force; so is a
    suspended cooperation (``Die Zusammenarbeit ist seit März ausgesetzt``)."""
    if candidate.type not in _RIGHT_TYPES | _ENDING_MEASURES:
        return False
    clause = (frame.clause_start(candidate.first), frame.clause_end(candidate.last))
    words = frame.lowered[clause[0] : clause[1] + 1]
    return "ausgesetzt" in words and any(
        w in {"ist", "sind", "bleibt", "bleiben", "seit"} for w in words
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


# Attributes of a stage that a debate of the clause supersedes ("geplante", "geforderte").
_DEBATABLE = frozenset({Modality.PLANNED, Modality.PROPOSED, Modality.DEMANDED})


def _modality(
    frame: SentenceFrame,
    cues: list[Cue],
    relative: set[int],
    candidate: Candidate,
    evidence: tuple[int, int],
) -> Modality:
    first, last = evidence
    segment = (frame.clause_start(candidate.first), frame.clause_end(candidate.last))
    # After an inserted relative clause the clause before it goes on ("Künftig sollen
    # Banken, die …, stärker sanktioniert werden": "sollen" governs the measure).
    clause = _conjunct(frame, (_resumed_start(frame, segment, relative), segment[1]), candidate)
    # Reported speech: the clause follows a verb of saying ("sagte, die Sanktionen hätten
    # …") or one follows it, inverted ("Die Sanktionen hätten …, sagte der Ökonom").
    # Inverted, only a perfect ("hätten … geschwächt"): "wäre ein fatales Signal" judges.
    reported = frame.lower(clause[0] - 1) in cue_forms() or (
        clause[1] + 1 < len(frame.words)
        and frame.breaks[clause[1]]
        and frame.lower(clause[1] + 1) in cue_forms()
        and frame.words[clause[1]].islower()
        and frame.lower(clause[1]).startswith("ge")
    )
    # "Die Partei, die eine Vermögensteuer fordert, …": a measure inside a relative clause
    # takes the stance that clause states (demanded, proposed, planned, weighed, debated,
    # refused); an outcome verb there keeps the status of the clause it describes.
    own_clause = segment if candidate.first in relative else (-1, -1)
    verbs = [
        c
        for c in cues
        if c.use != "attribute"
        and (
            c.first not in relative
            or (
                own_clause[0] <= c.first <= own_clause[1]
                and c.use == "verb"
                and (
                    (
                        c.modality in _STANCES
                        and frame.words[c.first].islower()
                        and c.last >= own_clause[1] - 2  # verb-final: the relative clause's verb
                    )
                    # "der die Aufhebung der Sanktionen fordert": the change it asks for
                    or (c.modality in _CHANGES and not frame.words[c.first].islower())
                )
            )
        )
        and not _attributive(frame, c)
        and not _comparison(frame, c)
        and not _against_will(frame, c)
        and not _pronounced(frame, c)
        and not _postponed_decision(frame, c)
        and not _caused(frame, c)
        and not (reported and frame.lower(c.first) in _REPORTED_KII)
        and not _other_adverbial(frame, c, clause)
        and not _aside(frame, c, clause, cues)
        and not _own_advice(frame, c, candidate)
        and not _examined_content(frame, c, candidate)
        and not (frame.lower(c.first).startswith("beantrag") and _applied_for(frame, candidate))
        and not _in_question(frame, c)
    ]
    verbs = _own_cues(frame, verbs)
    in_clause = [c for c in verbs if clause[0] <= c.first <= clause[1]]
    governing = _governing(frame, verbs, clause) or _fronted_governor(
        frame, verbs, clause, relative
    )
    if _overdue_question(frame, frame.clause_start(candidate.first)):
        return Modality.DEMANDED  # "Wo bleibt das versprochene Investitionsprogramm?"
    # 0. The content of a draft stays proposed whoever adopts the draft ("Das Kabinett
    # hat den Entwurf des Haushalts beschlossen"), unless the draft is refused.
    if _draft_head(frame, candidate) and not any(
        c.modality is Modality.REJECTED or frame.lower(c.first) in _NEGATIONS for c in in_clause
    ):
        # "Der Gesetzentwurf zur Kindergrundsicherung wird im Ausschuss beraten": a
        # tabled draft that the clause says is being debated is under discussion.
        if any(
            c.modality is Modality.UNDER_DISCUSSION
            and frame.words[c.first].islower()
            and not first <= c.first <= last
            for c in in_clause
        ):
            return Modality.UNDER_DISCUSSION
        return Modality.PROPOSED
    # 1. Attributive status words right before the measure noun or before "Maßnahme(n)".
    anchors = {candidate.first} | {
        i
        for i in range(max(0, candidate.first - 12), candidate.last + 12)
        if frame.lower(i) in _MEASURE_NOUNS
    }
    for cue in cues:
        if cue.use == "attribute" and any(
            a - 2 <= cue.first and cue.last < a and not any(frame.breaks[cue.last : a])
            for a in anchors
        ):
            change = next(
                (
                    c
                    for c in in_clause
                    if c.modality in _CHANGES | {Modality.NEGATED}
                    and frame.words[c.first].islower()
                    and not first <= c.first <= last
                    and c.first != cue.first
                ),
                None,
            )
            if (
                change is not None
                and change.modality is Modality.LIFTED_OR_ENDED
                and any(
                    c.use == "modal"
                    and c.modality in (Modality.PLANNED, Modality.DEMANDED)
                    and c.first < change.first
                    for c in in_clause
                )
            ):
                # "Das beschlossene Heizungsgesetz soll rückgängig gemacht werden": a
                # lifting that is only planned or demanded leaves the measure in force.
                return Modality.IN_FORCE
            if change is not None:
                return _negated(frame, change.first, change.last, change.modality)
            # "lehnt den geplanten Ausbau ab": a refusal of the clause beats the attribute.
            refusal = next(
                (
                    c
                    for c in in_clause + ([governing] if governing is not None else [])
                    if c.modality is Modality.REJECTED
                    and frame.words[c.first].islower()
                    and not first <= c.first <= last
                ),
                None,
            )
            # "im geplanten Abkommen": a prepositional phrase is not what is refused.
            inside_phrase = frame.lower(cue.first - 1) in _PREPOSITIONS or (
                frame.lower(cue.first - 1) in _DETERMINERS
                and frame.lower(cue.first - 2) in _PREPOSITIONS
            )
            if refusal is not None and not inside_phrase:
                return _negated(frame, refusal.first, refusal.last, Modality.REJECTED)
            # A weak or content attribute gives way to an act of the clause: "über mögliche
            # Sanktionen wird debattiert" (under discussion), "ordnete verschärfte
            # Grenzkontrollen an" (decided).
            act = next(
                (
                    c
                    for c in in_clause
                    if (
                        frame.words[c.first].islower()
                        # "Umstritten ist …": a predicate fronted at the sentence's start
                        or (c.first == 0 and c.modality is Modality.UNDER_DISCUSSION)
                    )
                    and not first <= c.first <= last
                    and (
                        (cue.modality is Modality.CONSIDERED and c.modality in _SPEECH_ACTS)
                        or (cue.modality is Modality.EXTENDED and c.modality is Modality.DECIDED)
                        # "Über die geplante Kürzung wird beraten", "Umstritten ist die
                        # geplante Abgabe": the debate is where the plan stands now.
                        or (
                            cue.modality in _DEBATABLE
                            and c.modality is Modality.UNDER_DISCUSSION
                            and c.use == "verb"
                        )
                        # "hat die geplante Steuer beschlossen": the attribute names an
                        # earlier stage, the finite act of the clause the present one.
                        or (
                            cue.modality in _EARLY_STAGES
                            and c.modality is Modality.DECIDED
                            and c.use == "verb"
                            and not any(d.use == "modal" for d in in_clause)
                        )
                        # "Die angekündigten Zölle treten am Montag in Kraft": the
                        # entry into force is fixed, so decided.
                        or (
                            cue.modality in _EARLY_STAGES
                            and not any(d.use == "modal" for d in in_clause)
                            and _enters_into_force(frame, clause, c)
                        )
                    )
                ),
                None,
            )
            if act is not None:
                if _enters_into_force(frame, clause, act):
                    return Modality.DECIDED
                return _negated(frame, act.first, act.last, act.modality)
            return cue.modality
    # 3. A conditional opening (``Falls``, ``Sollte``, ``Wenn``); "Ohne X hätte …" is a
    # counterfactual. The condition scopes over a negation too: "Wenn wir die
    # Schuldenbremse nicht reformieren, werden wir … nicht sanieren können".
    conditional = frame.lower(0) == "wer" or frame.lower(
        1 if frame.lower(0) in {"erst", "nur"} else 0
    ) in _CONDITIONAL_OPENERS | {"wenn"}
    if conditional and _violated(frame, candidate):
        # "Wer die Finanzsanktionen umgeht, muss …", "Wenn Firmen gegen das Verbot
        # verstoßen, …": breaking a measure presupposes that it applies.
        return Modality.IN_FORCE
    if conditional and _applies_in_main_clause(frame, candidate):
        # "Sollte die Bank ausfallen, haftet das Land mit seiner Bürgschaft", "…, greift
        # die Landesbürgschaft": an existing measure called under a condition.
        return Modality.IN_FORCE
    if frame.lower(0) == "wer" and frame.clause_start(candidate.first) == 0:
        # "Wer jetzt eine Obergrenze verlangt, der muss …": a generic free relative
        # clause is a condition (whoever does it); its measure is only supposed.
        return Modality.HYPOTHETICAL
    if frame.lower(clause[0]) in {"falls", "sofern", "wenn"}:
        change = _change(frame, verbs, candidate, clause)
        if change is not None and change.modality is Modality.LIFTED_OR_ENDED:
            return Modality.IN_FORCE  # "…, falls die EU ihre Digitalsteuer nicht zurücknimmt"
    opener = 1 if frame.lower(0) in {"erst", "nur"} and frame.lower(1) == "wenn" else 0
    if frame.lower(opener) in _CONDITIONAL_OPENERS | {"wenn"} or (
        frame.lower(0) == "ohne" and any(word in _SUBJUNCTIVE_MODALS for word in frame.lowered)
    ):
        if frame.lower(0) == "ohne":
            # "Ohne ein Sondervermögen wäre die Zeitenwende gescheitert": a counterfactual;
            # an ending verb there tells what would have happened, not to the measure.
            return Modality.HYPOTHETICAL
        change = _change(frame, verbs, candidate, clause)
        if (
            change is not None
            and change.modality is Modality.LIFTED_OR_ENDED
            and (
                opener == 1  # "Erst wenn Russland abzieht, können die Sanktionen …"
                or any(
                    frame.lower(i) in {"nicht", "kein", "keine"}
                    for i in range(clause[0], clause[1] + 1)
                )
            )
        ):
            # "Sollte Tiflis das Gesetz nicht zurücknehmen, …": the measure's staying is
            # the condition, and "Erst wenn …" names what the lifting waits for; a lifting
            # that is itself imagined is hypothetical (step 1 of docs/labelling.rst).
            return Modality.IN_FORCE
        return Modality.HYPOTHETICAL
    # 2. Negation right before the measure, or right before the verb that names it
    # ("werden weiterhin nicht mobilisiert", "werde Deutschland nicht liefern").
    verb_at = next(
        (i for i in range(candidate.last, candidate.first - 1, -1) if frame.words[i].islower()),
        None,
    )
    if verb_at is not None and frame.lower(verb_at - 1) == "nicht":
        if _first_person_or_will(frame, clause[0], verb_at) and any(
            frame.lower(i) in _VOLITIONAL for i in range(clause[0], verb_at)
        ):
            return Modality.REJECTED  # "Wir werden die Bundeswehr nicht kaputtsparen"
        return Modality.NEGATED
    if _speaker_refuses(frame, clause, candidate):
        return Modality.REJECTED  # "Taurus liefern wir nicht", "Wir erhöhen keine Steuern"
    if (
        any(
            frame.lower(i) in _NEGATIONS or frame.lower(i) in {"nie", "niemals", "weder"}
            for i in range(max(0, min(first, candidate.first) - 3), candidate.first)
        )
        or _neither_nor(frame, clause, candidate)
        or _negated_head(frame, candidate)
        or _negated_verb_trigger(frame, candidate)
    ):
        volitional = any(frame.lower(i) in _VOLITIONAL for i in range(clause[0], candidate.first))
        ending = "mehr" in frame.lowered[candidate.last + 1 : clause[1] + 1]
        if volitional and not ending and _first_person_or_will(frame, clause[0], candidate.first):
            return Modality.REJECTED  # "Wir werden keine Aufrüstung zulassen"
        if _with_us(frame, clause):
            return Modality.REJECTED  # "Mit uns wird es keine Kürzungen geben"
        if _no_more(frame, clause, candidate) and not any(
            c.use == "modal" or c.modality is Modality.HYPOTHETICAL for c in in_clause
        ):
            return Modality.LIFTED_OR_ENDED  # "zahlt der Bund keine Zuschüsse mehr"
        return Modality.NEGATED
    if _after_act(frame, cues, candidate):
        return Modality.DECIDED
    if _condition_phrase(frame, candidate):
        return Modality.HYPOTHETICAL  # "im Fall eines Waffenstillstands"
    event = _temporal_event(frame, cues, candidate)
    if event is not None:
        return event
    if any(
        frame.lower(i) in {"reaktion", "antwort"} and frame.lower(i + 1) == "auf"
        for i in range(max(0, candidate.first - 5), candidate.first)
    ):
        return Modality.IN_FORCE  # "Als Reaktion auf die amerikanischen Zölle …"
    if _presupposed(frame, candidate):
        return Modality.IN_FORCE  # "Wegen der Zölle steigen die Preise"
    # A measure that something is a condition for is being negotiated: "als Bedingung
    # für eine Waffenruhe", "Voraussetzung für einen Friedensvertrag".
    if any(
        frame.lower(i) == "für"
        and frame.lower(i - 1) in _CONDITION_NOUNS
        and all(frame.words[j].islower() for j in range(i + 1, candidate.first))
        for i in range(max(1, candidate.first - 4), candidate.first)
    ):
        return Modality.UNDER_DISCUSSION
    # 4. A trigger that is itself a status verb: "Washington verlangt Zugeständnisse".
    # An appeal named by its own verb ("Wir appellieren an alle Bürger", "ruft die
    # Bürger auf") is made by saying it: the measure is done, not demanded.
    own = next(
        (
            c
            for c in verbs
            if candidate.type in _SPOKEN_MEASURES
            and c.modality is Modality.DEMANDED
            and candidate.first <= c.first <= candidate.last
            and frame.words[c.first].islower()
        ),
        None,
    )
    if own is not None:
        act = Cue(own.first, own.last, Modality.DECIDED, "verb")
        return _negated(frame, own.first, own.last, _scope(frame, in_clause, act, (first, last)))
    for cue in verbs:
        if (
            candidate.first <= cue.first
            and cue.last <= candidate.last
            and frame.words[cue.first].islower()
        ):
            if cue.modality is Modality.LIFTED_OR_ENDED and candidate.type in _ENDING_MEASURES:
                continue  # "aussetzen" names the measure; its status comes from elsewhere
            # A modal of the clause scopes over it too: "will bei der Förderung kürzen";
            # the verb that governs its zu-infinitive decides: "prüft, … zu kürzen".
            if governing is not None and not (
                governing.modality is Modality.DECIDED and cue.modality in _CHANGES
            ):
                if _negated_infinitive(frame, clause, candidate, governing.modality):
                    return Modality.NEGATED
                return _negated(frame, governing.first, governing.last, governing.modality)
            modality = _scope(frame, in_clause, cue, (first, last))
            return _negated(frame, cue.first, cue.last, modality)
    # 5. The nearest cue, in the measure's clause first. In a clause "ob …" the
    # governing verb gives the status: "prüft, ob … verhängt werden".
    embedded = frame.lower(_resumed_start(frame, clause, relative)) in _EMBEDDED_QUESTIONS
    best: tuple[tuple[int, int, int, int, int], Cue] | None = None
    for cue in verbs:
        inside = 1 if first <= cue.first <= last else 0
        outside = 0 if clause[0] <= cue.first <= clause[1] else 1
        if embedded:
            outside = 1 - outside
        noun = 2 if cue.use == "adverb" else 0 if frame.words[cue.first].islower() else 1
        distance = min(abs(cue.first - first), abs(cue.first - last))
        key = (inside, outside, noun, distance, cue.first - cue.last)  # longest on ties
        if best is None or key < best[0]:
            best = (key, cue)
    if best is not None:
        chosen = best[1]
        announced_lifting = False
        reported_act = _hearsay(frame, in_clause, clause, (first, last))
        if best[0][:2] == (0, 0) and reported_act is not None:
            # "Die Türkei soll Zölle verhängt haben": reportedly done, not planned.
            modality = _negated(frame, reported_act.first, reported_act.last, reported_act.modality)
            return _condition_and_time(frame, clause, modality)
        if best[0][:2] == (0, 0) and _acting_subject(frame, chosen, candidate, clause):
            return Modality.IN_FORCE  # "Die Schuldenbremse verhindert höhere Investitionen"
        # "am Streit über eine Aussetzung der Schuldenbremse": a change noun that heads the
        # measure is governed in turn; the next cue of the clause gives the status of the
        # change ("Streit über": debated, so the brake stays in force).
        head = _change(frame, verbs, candidate, clause)
        if head is chosen and frame.words[chosen.first][:1].isupper():
            governor = min(
                (
                    (abs(c.first - chosen.first), c)
                    for c in in_clause
                    if c is not chosen
                    and not first <= c.first <= last
                    and not (c.first <= chosen.first <= c.last)
                ),
                key=lambda pair: pair[0],
                default=None,
            )
            if governor is not None:
                chosen = governor[1]
        modality = chosen.modality
        if best[0][:2] == (0, 0):
            modality = _scope(frame, in_clause, chosen, (first, last))
            if (
                modality is chosen.modality
                and not _continuation(frame, chosen)
                # "wird Ende Juni auslaufen": a scheduled expiry is an end, not a plan
                and frame.lower(chosen.first) not in _EXPIRY_VERBS
                and _future_tense(frame, clause, in_clause, chosen)
            ):
                modality = Modality.PLANNED  # "wird seine Reisewarnung … ausweiten"
                if (
                    chosen.modality is Modality.LIFTED_OR_ENDED
                    and candidate.type not in _ENDING_MEASURES
                    and _plain_lifting(frame, candidate, chosen)
                ):
                    # "wird das Lieferkettengesetz aussetzen": a lifting that is only
                    # announced leaves the measure in force (docs/labelling.rst), and so
                    # does one announced not to happen ("werde … nicht abschaffen").
                    modality = Modality.IN_FORCE
                    announced_lifting = True
            elif modality is Modality.IN_FORCE and _enters_into_force(frame, clause, chosen):
                modality = Modality.DECIDED  # "Am 1. Januar tritt das Gesetz in Kraft"
            elif modality is Modality.DECIDED and _announced_for_later(frame, clause, chosen):
                modality = Modality.PLANNED  # "Polen erhöht seinen Etat im kommenden Jahr"
            elif modality in _CHANGES | {Modality.DECIDED} and _programme_present(
                frame, clause, chosen
            ):
                # "Wir führen ein Tempolimit ein": a programme statement announces the
                # act; a lifting so announced leaves the measure in force.
                lifting = modality is Modality.LIFTED_OR_ENDED
                modality = (
                    Modality.IN_FORCE
                    if lifting
                    and candidate.type not in _ENDING_MEASURES
                    and _plain_lifting(frame, candidate, chosen)
                    else Modality.PLANNED
                )
            antecedent = _status_antecedent(frame, verbs, clause)
            if (
                antecedent is not None
                and modality in _OUTCOMES | _CHANGES
                and not any(c.use == "modal" for c in in_clause)
            ):
                # "legt einen Gesetzentwurf vor, mit dem wir die Mietpreisbremse verschärfen"
                modality = antecedent.modality
        # "verlangt, die Sanktionen zu verschärfen": the verb that governs the
        # zu-infinitive gives the status; a decided change stays a change.
        # In a dass clause the governing verb beats a modal too ("entschied, dass … müssen"),
        # but not a condition ("würde").
        content = _content_clause(frame, clause) and modality is not Modality.HYPOTHETICAL
        if (
            governing is not None
            and (chosen.use != "modal" or content)
            and not (governing.modality is Modality.DECIDED and modality in _CHANGES)
            # "bestätigte, dass die Sanktionen verlängert wurden": confirming states a
            # fact; the act of the dass clause gives the status.
            and not (governing.modality is Modality.IN_FORCE and _content_clause(frame, clause))
            # "kündigte an, das Sanktionspaket zu blockieren": an announced refusal is
            # the actor's refusal, not a plan for the measure.
            and not (
                modality is Modality.REJECTED
                and chosen.use == "verb"
                and governing.modality is Modality.PLANNED
            )
        ):
            chosen, modality = governing, governing.modality
            if _negated_infinitive(frame, clause, candidate, modality):
                return Modality.NEGATED  # "hat beschlossen, die Zölle nicht zu erhöhen"
        elif (
            chosen == governing
            and best[0][1] == 1
            and _negated_infinitive(frame, clause, candidate, modality)
        ):
            return Modality.NEGATED  # "plant, die Grunderwerbsteuer nicht zu erhöhen"
        negatable = chosen
        if modality is Modality.REJECTED and chosen.modality is not Modality.REJECTED:
            # "werden wir nicht hinnehmen": the refusal that beat the modal is negated
            # by its own "nicht", if by any.
            negatable = next((c for c in in_clause if c.modality is modality), chosen)
        modality = _negated(frame, negatable.first, negatable.last, modality)
        if announced_lifting:
            return Modality.IN_FORCE
        if modality is Modality.PLANNED and best[0][:2] == (0, 0):
            modality = _negated_plan(frame, in_clause, clause)
            source = _source_noun(frame, verbs, clause)
            if modality is Modality.PLANNED and source is not None:
                modality = source.modality  # "Nach dem Vorschlag der Kommission sollen …"
        if (
            candidate.type in _ENDING_MEASURES
            and modality is Modality.LIFTED_OR_ENDED
            and frame.lower(chosen.first).startswith(_ENDING_VERBS)
        ):
            # "beendete die militärische Zusammenarbeit": ending the cooperation is the
            # suspension, imposed; resuming it ("wiederhergestellt") ends the suspension.
            modality = Modality.DECIDED
        if modality is Modality.REJECTED and _standard(frame, chosen, candidate):
            return Modality.IN_FORCE  # "ist mit dem Klimaschutzgesetz nicht vereinbar"
        if _loosening(frame, candidate, clause) and (
            modality in _NOT_DONE | {Modality.PLANNED}
            or frame.lower(clause[0]) in {"wenn", "falls", "ob", "sofern"}
        ):
            return Modality.IN_FORCE  # "sollen gelockert werden": still in force
        change = _change(frame, verbs, candidate, clause)
        # The change itself may be the nearest cue, with a modal scoping over it ("Laut
        # einem Bericht will die Regierung das Gesetz abschaffen"): the same planned lifting.
        if change is not None and (change is not chosen or modality is not chosen.modality):
            if change.modality is Modality.LIFTED_OR_ENDED and (
                modality in _NOT_DONE
                or (embedded and clause[0] <= change.first <= clause[1])
                or (
                    modality in (Modality.PLANNED, Modality.NEGATED)
                    and _plain_lifting(frame, candidate, change)
                )
            ):
                # "fordert die Aufhebung der Sanktionen"; "Ob die Sperre aufgehoben wird, …":
                # a lifting that is only asked about has not happened. A planned lifting
                # with a condition is a plan with a condition (docs/labelling.rst, step 1).
                if modality is Modality.PLANNED and _conditioned_elsewhere(frame, clause):
                    return Modality.HYPOTHETICAL
                if modality in _SPEECH_ACTS and _exemption(frame, candidate):
                    # "fordert die Abschaffung der Zollfreigrenze": ending an exemption
                    # widens the measure, which takes the stage of the demand.
                    return modality
                if modality is Modality.HYPOTHETICAL and not frame.lower(chosen.first).startswith(
                    "könn"
                ):
                    # "würde … das Bürgergeld abschaffen": imagined; "könnte … ausgesetzt
                    # werden" only weighs a possibility, the measure stays in force.
                    return modality
                return Modality.IN_FORCE
            if modality is Modality.DECIDED:
                return change.modality  # "beschloss die Verlängerung der Sanktionen"
        if embedded and _decision_to_come(frame, modality):
            # "Ob die Bürgschaft verlängert wird, soll im Ausschuss entschieden werden":
            # the decision on the question is still to come, so the question is open.
            return Modality.UNDER_DISCUSSION
        if modality is Modality.NEGATED and _with_us(frame, clause):
            return Modality.REJECTED  # "wird es mit uns nicht geben"
        if (
            _yes_no_question(frame, verbs) and modality in (Modality.DEMANDED, Modality.PLANNED)
        ) or (_coming_question(frame) and modality in _OUTCOMES | _CHANGES):
            return Modality.UNDER_DISCUSSION  # "Braucht Berlin eine Waffenverbotszone?"
        if modality is Modality.DEMANDED and _conditioned_subjunctive(frame, chosen, verbs):
            return Modality.HYPOTHETICAL  # "Im Fall einer Blockade müsste Europa … reagieren"
        if _urging_question(frame, clause):
            return Modality.DEMANDED  # "Wann legen Sie endlich … vor?"
        if modality is Modality.HYPOTHETICAL and _standing_penalty(frame, chosen):
            return Modality.IN_FORCE  # "Bei Verstößen drohen Bußgelder"
        if modality is Modality.DEMANDED and _awaits_approval(frame, clause):
            return Modality.PROPOSED  # "Der Bundesrat muss dem Gesetz noch zustimmen"
        if modality is Modality.DEMANDED and chosen.use == "modal":
            obligation = _rule_obligation(frame, clause, chosen)
            if obligation is not None:
                return obligation  # "Seit Januar müssen Arbeitgeber … zahlen"
        return _condition_and_time(frame, clause, modality)
    if candidate.type in _ENDING_MEASURES and any(
        c.modality is Modality.LIFTED_OR_ENDED and candidate.first <= c.first <= candidate.last
        for c in cues
    ):
        return Modality.DECIDED  # "Frankreich beendete die militärische Zusammenarbeit"
    # 8. No cue at all. A relative clause right after the measure may give its status:
    # "Die Aufrüstung, die Sie hier beschließen wollen, …" (planned).
    if _coming_question(frame):
        return Modality.UNDER_DISCUSSION  # "Kommt die Vermögensteuer?"
    if _with_us(frame, clause) and any(
        w in {"nicht", "nie", "niemals"} for w in frame.lowered[clause[0] : clause[1] + 1]
    ):
        return Modality.REJECTED  # "Die Vermögensteuer ist mit uns nicht zu machen"
    described = _relative_status(frame, cues, candidate)
    if described is not None:
        return described
    if _urging_question(frame, clause):
        return Modality.DEMANDED
    if frame.lower(clause[0]) == "ob" and clause[0] < candidate.first:
        # "Ob die Schuldenbremse reformiert wird, entscheidet sich im Herbst": an indirect
        # question about the measure leaves it open (docs/labelling.rst).
        return Modality.UNDER_DISCUSSION
    if (
        _headline(frame)
        or _past_event(frame, clause, candidate)
        or _separable_act(frame, candidate)
    ):
        if (
            candidate.last < clause[1]
            and frame.words[clause[1]].islower()
            and frame.lower(clause[1] - 1) in {"nicht", "nie", "niemals"}
        ):
            return Modality.NEGATED  # "hat sich den Sanktionen nie angeschlossen"
        return _condition_and_time(frame, clause, Modality.DECIDED)
    if _future(frame, clause, candidate) or _present_passive(frame, clause, candidate):
        if _loosening(frame, candidate, clause):
            # "wird das Rauchverbot lockern": not yet loosened; "wird die Sanktionen nicht
            # lockern": kept, in force either way.
            return Modality.IN_FORCE
        if _negated_future(frame, clause, candidate):
            return Modality.NEGATED  # "Die Koalition wird die Steuer nicht senken"
        return _condition_and_time(frame, clause, Modality.PLANNED)
    if _act_noun_subject(frame, clause, candidate):
        return Modality.DECIDED  # "Die Kürzung der humanitären Hilfe ist ein Armutszeugnis"
    if _no_longer(frame, clause, candidate):
        return Modality.LIFTED_OR_ENDED  # "Die Vermögensteuer wird nicht mehr erhoben"
    if _level_changed(frame, clause, candidate):
        return _condition_and_time(frame, clause, Modality.DECIDED)  # "ist … gestiegen"
    if _present_for_later(frame, clause):
        return Modality.PLANNED  # "Das Land baut im kommenden Jahr drei neue Schulen"
    if (
        candidate.type in _SPOKEN_MEASURES
        and frame.words[candidate.first].islower()
        and not any(w in _ONGOING for w in frame.lowered[clause[0] : clause[1] + 1])
    ):
        # "Das Auswärtige Amt warnt vor Reisen nach Mali": public advice given by its own
        # verb is made by saying it, decided (docs/labelling.rst); "seit" keeps it in force.
        return _condition_and_time(frame, clause, Modality.DECIDED)
    return _condition_and_time(frame, clause, Modality.IN_FORCE)


_ADVICE = (
    "warn",
    "gewarnt",
    "rät",
    "riet",
    "rat",
    "rieten",
    "geraten",
    "empfiehl",
    "empfohl",
    "empfahl",
)


# Konjunktiv II forms that only report in indirect speech ("sagte, die Steuer käme …").
_REPORTED_KII = _REPORTED_SUBJUNCTIVES | {"käme", "kämen"}
_ASKED_ACTS = frozenset({Modality.DECIDED, Modality.EXTENDED, Modality.LIFTED_OR_ENDED})


def _verb_question(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """A yes/no question that opens with a finite verb in the present (``Steigt der
    Mindestlohn im Januar?``, ``Verlängert die EU die Sanktionen?``): whether the act comes
    is asked, so it is open. Not a question about the past (``Hat …``, ``Wurde …``), nor
    one that opens with the measure (``Sanktionen gegen Iran?``)."""
    text = frame.text[frame.start : frame.end].rstrip()
    if not text.endswith("?") or candidate.first == 0 or len(frame.words) < 3:
        return False
    first = frame.lower(0)
    if first in _PAST_FORMS or first in _COPULAS:
        # "Hat die Regierung die Verlängerung schon beschlossen?": whether it is done yet
        # is asked, so it is open; a plain question about the past is none.
        return bool({"schon", "bereits"} & set(frame.lowered))
    if frame.breaks[0]:
        return False
    if any(c.first == 0 and c.use == "verb" and c.modality in _ASKED_ACTS for c in cues):
        return True
    # A present-tense verb not in the cue list ("Steigt", "Sinkt"): a capitalised word
    # ending in -t that is followed by an article or a name, the subject.
    return (
        first.endswith("t")
        and first not in _QUESTION_OPENERS
        and (frame.lower(1) in _DETERMINERS or frame.words[1][:1].isupper())
    )


_QUESTION_OPENERS = frozenset({"jetzt", "nicht", "seit", "erst", "nur", "geht", "gibt", "gilt"})
_WARNED_STAGES = frozenset(
    {Modality.DECIDED, Modality.IN_FORCE, Modality.PLANNED, Modality.EXTENDED}
)
# Nouns of bringing a measure in ("vor einer Rückkehr zur Vermögensteuer"): the warning
# is still against the measure (a lifting noun is not among them).
_INTRODUCTIONS = frozenset(
    {"einführung", "wiedereinführung", "rückkehr", "erhöhung", "ausweitung", "verschärfung"}
)
_LIFTINGS = frozenset(
    {"aufhebung", "abschaffung", "lockerung", "aussetzung", "rücknahme", "streichung"}
)
_WARNINGS = frozenset({"warnt", "warnte", "warnen", "warnten", "gewarnt", "warne"})


def _warned_against(
    frame: SentenceFrame, candidate: Candidate, heads: frozenset[str] | None = None
) -> bool:
    """``Der Verband warnte vor neuen Zöllen``, ``hat vor einer Zuckersteuer gewarnt``: a
    warning against a measure opposes it, a refusal. Only when ``vor`` and nothing but
    articles and adjectives precede the measure noun (``vor den Folgen der Zölle`` warns
    of effects of an existing measure), and never for the public advice itself."""
    if candidate.type in _SPOKEN_MEASURES:
        return False
    at = _preposition_before(frame, candidate, "vor")
    if at is None:
        return False
    if not all(
        frame.words[i].islower() or frame.lower(i) in (_INTRODUCTIONS if heads is None else heads)
        for i in range(at + 1, candidate.first)
    ):
        return False
    start, end = frame.clause_start(at), frame.clause_end(candidate.last)
    return any(frame.lower(i) in _WARNINGS for i in range(max(start, at - 5), at)) or (
        frame.lower(end) in _WARNINGS
    )


def _preposition_before(frame: SentenceFrame, candidate: Candidate, preposition: str) -> int | None:
    """The index of ``preposition`` among the four words before the measure noun, in
    its clause (``vor neuen Zöllen``, ``gegen das neue Gesetz``); ``None`` otherwise."""
    at = next(
        (
            i
            for i in range(candidate.first - 1, max(-1, candidate.first - 5), -1)
            if frame.lower(i) == preposition
        ),
        None,
    )
    if at is None or any(frame.breaks[at : candidate.first]):
        return None
    return at


def _governed_by(frame: SentenceFrame, candidate: Candidate, preposition: str) -> int | None:
    """The index of ``preposition`` when only articles and adjectives (lower-case words)
    stand between it and the measure noun: ``gegen ein Verbot``, ``auf die
    Exportkontrollen``; ``None`` otherwise. A status attribute (``gegen das geplante
    Gesetz``) keeps its own reading: ``None`` too."""
    at = _preposition_before(frame, candidate, preposition)
    if at is None:
        return None
    between = range(at + 1, candidate.first)
    if not all(frame.words[i].islower() for i in between):
        return None
    if any(frame.lower(i).startswith(_STATUS_ATTRIBUTES) for i in between):
        return None
    return at


_STATUS_ATTRIBUTES = ("geplant", "vorgeschlagen", "angekündigt", "beabsichtigt", "vorgesehen")
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


def _reacted_to(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``reagiert auf die Exportkontrollen mit Beschränkungen``: the measure reacted to
    is in force; the response (after ``mit``) is the act."""
    at = _governed_by(frame, candidate, "auf")
    return at is not None and any(
        frame.lower(i).startswith(("reagier", "antwort")) for i in range(max(0, at - 3), at)
    )


# Liftings as zu-infinitives ("auszusetzen"), and those written "zu kippen".
_ZU_LIFTINGS = frozenset(
    {"auszusetzen", "abzuschaffen", "aufzuheben", "zurückzunehmen", "einzustellen"}
)
_LIFTINGS_AFTER_ZU = frozenset({"kippen", "stoppen", "beenden", "lockern"})
_JUDGING = frozenset({"wäre", "wären", "würde", "würden"})


def _judged_lifting(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Schuldenbremse auszusetzen, wie es die Opposition verlangt, wäre
    verfassungswidrig``: a lifting named as a zu-infinitive that opens the sentence and
    is judged by a later ``wäre``/``würde`` is not done; the measure stays in force."""
    if frame.clause_start(candidate.first) != 0:
        return False
    end = min(frame.clause_end(candidate.last), candidate.last + 8)
    for index in range(candidate.last + 1, end + 1):
        word = frame.lower(index)
        if word in _ZU_LIFTINGS or (word in _LIFTINGS_AFTER_ZU and frame.lower(index - 1) == "zu"):
            return not _JUDGING.isdisjoint(frame.lowered[index + 1 : index + 1 + 2 * _REACH])
    return False


def _restored_relations(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``haben ihre diplomatischen Beziehungen wiederhergestellt``, ``die Wiederaufnahme
    ihrer diplomatischen Beziehungen vereinbart``: restoring relations ends the
    diplomatic measure (the break) that was in force. Normalising them (``Israel und
    Bahrain haben ihre Beziehungen normalisiert``) opens relations never held: decided."""
    if candidate.type != "DIPLOMATIC_MEASURE":
        return False
    words = frame.lowered[candidate.first : candidate.last + 1]
    return any(w.startswith(_RESTORING) for w in words) or (
        "wieder" in words and any(w.startswith(("aufgenommen", "aufnehm")) for w in words)
    )


_RESTORING = ("wiederherstell", "wiederhergestellt", "wiederaufnahme")


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


_EXAMINED = frozenset({"geprüft", "prüfen", "prüft", "prüfte", "bearbeitet", "entschieden"})
_PROCEDURES = ("verfahren", "anträge", "anträgen", "antrag", "gesuche", "fälle")


def _own_verb(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> Modality | None:
    """A trigger that is a whole verb phrase (``setzte … die Zusammenarbeit … aus``)
    holds its own status verb, which the other rules skip as part of the measure: a
    done act is decided (ending a cooperation imposes its suspension)."""
    if candidate.first == candidate.last or not frame.words[candidate.first].islower():
        return None
    own = next(
        (
            c
            for c in cues
            if c.use == "verb" and c.first == candidate.first and c.last == candidate.last
        ),
        None,
    )
    if own is None or own.modality not in (Modality.DECIDED, Modality.LIFTED_OR_ENDED):
        return None
    if own.modality is Modality.LIFTED_OR_ENDED and candidate.type not in _ENDING_MEASURES:
        return None
    return Modality.DECIDED


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


# How far the checks of a measure's surroundings look (a bound for long sentences).
_REACH = 16


def _ahead(frame: SentenceFrame, start: int) -> range:
    """The indexes of at most :data:`_REACH` tokens from ``start`` on."""
    return range(start, min(len(frame.tokens), start + _REACH))


def _applied_for(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Firma hat Kurzarbeitergeld beantragt``: money or a benefit applied for is
    paid under a scheme in force; only a motion for a rule or a ban (``beantragt ein
    Verbot der Partei``) proposes the measure."""
    if candidate.type not in _MONEY_TYPES and candidate.type != "PAY_BENEFIT_CHANGE":
        return False
    start = max(frame.clause_start(candidate.first), candidate.first - _REACH)
    end = min(frame.clause_end(candidate.last), candidate.last + _REACH)
    return any(frame.lower(i).startswith("beantrag") for i in range(start, end + 1))


def _examined_content(frame: SentenceFrame, cue: Cue, candidate: Candidate) -> bool:
    """``Asylverfahren sollen in Drittstaaten geprüft werden``: when the measure is a
    procedure or its applications, examining them is the measure's content, not a
    weighing of the measure (``Die Einführung einer Steuer soll geprüft werden`` is)."""
    return frame.lower(cue.first) in _EXAMINED and frame.lower(candidate.last).endswith(_PROCEDURES)


_AGREEMENTS = frozenset({"einigung", "kompromiss", "verständigung", "durchbruch"})
_ON = frozenset({"bei", "beim", "über", "zum", "zur", "im", "in"})


def _agreement_sought(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Union hofft auf eine Einigung beim Rentenpaket``, ``drängt auf einen Kompromiss
    in der Rentenfrage``: an agreement on the measure that is asked for or planned has not
    been reached, so the measure is still negotiated (session 8: no agreement yet)."""
    for i in range(max(0, candidate.first - 5), candidate.first - 1):
        if frame.lower(i) in _AGREEMENTS and frame.lower(i + 1) in _ON:
            return not any(frame.breaks[i : candidate.first])
    return False


def _warned_effect(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Der Minister warnte vor einem Handelskrieg durch neue Zölle``: a measure named as
    the cause (``durch``, ``infolge``) of a feared effect is only imagined, as an effect
    prediction with ``würde`` is. Only for a new measure (an indefinite or ``neue``), so
    ``vor Engpässen durch die Sanktionen`` keeps the sanctions in force."""
    start = frame.clause_start(candidate.first)
    at = next(
        (
            i
            for i in range(candidate.first - 1, max(start - 1, candidate.first - 4), -1)
            if frame.lower(i) in {"durch", "infolge"}
        ),
        None,
    )
    if at is None or not all(frame.words[i].islower() for i in range(at + 1, candidate.first)):
        return False
    between = frame.lowered[at + 1 : candidate.first]
    new = not between or between[0] in {"ein", "eine", "einen", "neue", "neuen", "höhere"}
    warned = (
        any(frame.lower(i) in _WARNINGS for i in range(start, at))
        and "vor" in (frame.lowered[start:at])
    )
    return new and warned


def _in_question(frame: SentenceFrame, cue: Cue) -> bool:
    """``käme für uns nicht infrage``: the Konjunktiv II of the idiom ``in Frage kommen``
    imagines nothing; its own cue (``nicht infrage``) gives the status."""
    if frame.lower(cue.first) not in {"käme", "kämen"}:
        return False
    end = frame.clause_end(cue.first)
    return any(w in {"infrage", "frage"} for w in frame.lowered[cue.first + 1 : end + 1])


def _own_advice(frame: SentenceFrame, cue: Cue, candidate: Candidate) -> bool:
    """``Das Auswärtige Amt warnt vor Reisen nach Mali``, ``rät von Reisen ab``: public
    advice named by its own verb is the measure, so the verb gives no stance on it (a
    warning against another measure, ``warnte vor neuen Zöllen``, refuses that one)."""
    return candidate.type in _SPOKEN_MEASURES and frame.lower(cue.first).startswith(_ADVICE)


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


def _level_changed(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``Das Wohngeld ist zum 1. Januar um 15 Prozent gestiegen``: a measure that opens
    its clause as the subject of a perfect ``gestiegen``/``gesunken`` has a new rate or
    level, which is decided (docs/labelling.rst). The number of something concerning a
    measure (``Die Zahl der Bewerbungen für den Wehrdienst ist gestiegen``) is not it."""
    if candidate.first - clause[0] > 1:
        return False
    if candidate.first > clause[0] and frame.lower(clause[0]) not in _DETERMINERS:
        return False
    words = frame.lowered[candidate.last + 1 : clause[1] + 1]
    return bool(words) and words[0] in {"ist", "sind"} and words[-1] in {"gestiegen", "gesunken"}


def _present_for_later(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``Das Land baut im kommenden Jahr drei neue Schulen``: with no status cue, a
    present-tense clause with a future time phrase announces the act (``in den
    kommenden drei Jahren`` is a span that may have begun, so it does not count)."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    if any(w in _FINITE_AUXILIARIES or w in _PAST_AUXILIARIES for w in words):
        return False
    return any(pair in _LATER for pair in itertools.pairwise(words))


def _no_longer(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``Die Vermögensteuer wird seit 1997 nicht mehr erhoben``, ``Die Wehrpflicht
    existiert nicht mehr``: ``nicht mehr`` after the measure that opens the clause as
    its subject says that it has ended."""
    if candidate.first - clause[0] > 2 or frame.lower(clause[0]) in _PREPOSITIONS:
        return False
    pairs = itertools.pairwise(frame.lowered[candidate.last + 1 : clause[1] + 1])
    return ("nicht", "mehr") in pairs


def _act_noun_subject(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``Die Kürzung der humanitären Hilfe ist ein Armutszeugnis``: a definite act noun
    (``-ung``) that opens the clause and is judged with no status cue presupposes the act:
    it was done."""
    head = clause[0] + 1
    if frame.lower(clause[0]) not in {"die", "der"} or not candidate.first <= head + 2:
        return False
    if frame.lower(head).endswith("ung") and frame.lower(head + 1) in {"der", "des"}:
        return True
    # "Die Kürzungen beim Elterngeld seien ungerecht": plural, or a "bei" phrase, judged
    # by a copula; with another verb the cuts act ("treffen vor allem …"): in force.
    return (
        frame.lower(head).endswith(("ung", "ungen"))
        and frame.lower(head + 1) in {"der", "des", "beim", "bei"}
        and any(w in _COPULAS for w in frame.lowered[head : clause[1] + 1])
    )


_COPULAS = frozenset({"ist", "sind", "sei", "seien", "war", "waren"})


def _present_passive(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``…, dass weitere Patriot-Systeme an die Ukraine geliefert werden``: a present
    passive of an act (participle and ``werden`` closing a verb-final clause) names a
    process that is to come, not a standing rule; without a cue of its own it is planned."""
    end = clause[1]
    if end <= candidate.last or frame.lower(end) not in {"werden", "wird"}:
        return False
    end -= 1
    participle = frame.lower(end)
    if not frame.words[end].islower() or not participle.endswith(("t", "en")):
        return False
    # "reformiert", "finanziert": verbs in -ieren form their participle without "ge"
    return (
        participle.startswith("ge")
        or participle.endswith("iert")
        or any(participle.startswith(p + "ge") for p in _PARTICLES)
    )


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
_CONTENT_VERBS = frozenset(
    {"vorsieht", "vorsehen", "vorsah", "vorsahen", "enthält", "enthalten", "enthielt"}
    | {"umfasst", "umfassen", "umfasste", "beinhaltet", "beinhalten", "regelt", "regeln"}
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
# Verbs of consent: withholding it ("nicht zustimmen", "nicht billigen") refuses the measure.
_CONSENTS = ("zustimm", "zugestimmt", "billig", "gebilligt", "abgesegnet", "absegn", "genehmig")
# Measures that a speech act performs: their demand verb is the measure being made.
_SPOKEN_MEASURES = frozenset({"INFORMATION_APPEAL"})
# Subordinators of adverbial clauses (time, cause, concession): such a clause is a
# separate proposition, so the verbs of the main clause do not scope into it, nor its
# verbs out of it ("Während die Waffenruhe hält, fordern …": the truce is not demanded).
# Conditions (wenn, falls, sofern) are handled as conditions, content clauses (dass, ob)
# and purpose clauses (damit) take the status of their governing verb.
_ADVERBIAL_SUBORDINATORS = frozenset(
    {"während", "weil", "obwohl", "obgleich", "nachdem", "seit", "seitdem", "bevor", "ehe"}
    | {"solange", "sobald", "da"}
)
_COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "doch"})
_FINITE_AUXILIARIES = word_class("auxiliary")
_NO_VERBS = frozenset(
    {"wir", "sich", "kurz", "wie", "im", "ins", "vom", "zum", "zur", "nicht", "noch", "uns"}
    | {"dafür", "dagegen", "keine", "mehrheit"}
)
# Adverbs that may stand between a coordinator and the finite verb of a new main clause
# ("und will nun auch …", "und prüft zugleich …").
_LINK_ADVERBS = frozenset({"nun", "auch", "zugleich", "gleichzeitig", "außerdem", "dann"})


def _finite(frame: SentenceFrame, index: int) -> bool:
    """A finite verb: an auxiliary or modal, or a status verb that is no participle."""
    word = frame.lower(index)
    if not frame.words[index].islower():
        return False
    if (
        word in _PARTICLES
        or word in _DETERMINERS
        or word in _PREPOSITIONS
        or word in _NEGATIONS
        or word in _NO_VERBS
    ):
        return False  # "ein", "an", "kein", "wir" are parts of cue patterns, no verbs
    return word in _FINITE_AUXILIARIES or (word in verb_words() and not word.startswith("ge"))


def _conjunct(
    frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate
) -> tuple[int, int]:
    """Narrow a clause to the conjunct that holds the measure: ``und``/``oder``/``aber``
    followed by a new finite verb opens a main clause of its own (``hat die Wehrpflicht
    wieder eingeführt und will nun … anheben``: the modal of the second conjunct does not
    scope over the first). Coordinated infinitives or participles at the clause end
    (``entfristen und verschärfen``) are one verb complex, not two clauses, and a measure
    before the first verb is the subject of both conjuncts."""
    start, end = clause
    if not any(_finite(frame, i) for i in range(start, candidate.first)):
        # The measure stands before the first verb: it is the shared subject of both
        # conjuncts ("X steht nicht im Vertrag und ist auch nicht vorgesehen").
        return clause
    for index in range(start + 1, end):
        if frame.lower(index) not in _COORDINATORS or frame.breaks[index - 1]:
            continue
        verb = index + 1
        while verb < end and frame.lower(verb) in _LINK_ADVERBS:
            verb += 1
        if verb >= end or not _finite(frame, verb) or _finite(frame, verb + 1):
            continue
        if frame.words[verb + 1][:1].islower() and verb + 1 == end:
            continue
        if index < candidate.first:
            start = index
        elif index > candidate.last:
            end = index - 1
            break
    return start, end


def _other_adverbial(frame: SentenceFrame, cue: Cue, clause: tuple[int, int]) -> bool:
    """Whether a cue and the measure's clause lie in different conjuncts of one clause
    (see :func:`_conjunct`) or on different sides of an adverbial clause boundary (see
    :data:`_ADVERBIAL_SUBORDINATORS`)."""
    if clause[0] <= cue.first <= clause[1]:
        return False
    if frame.clause_start(cue.first) == frame.clause_start(clause[0]):
        return True  # another conjunct of the same clause: a main clause of its own
    if frame.lower(clause[0]) in _ADVERBIAL_SUBORDINATORS:
        return True
    cue_clause = frame.clause_start(cue.first)
    return frame.lower(cue_clause) in _ADVERBIAL_SUBORDINATORS or _asyndetic(
        frame, cue, cue_clause, clause
    )


def _asyndetic(frame: SentenceFrame, cue: Cue, cue_clause: int, clause: tuple[int, int]) -> bool:
    """``Die Niederlande haben die Ausfuhr … beschränkt, die USA prüfen ähnliche
    Schritte``: a main clause after a comma that opens with its own subject (a name or
    an article and a noun) and the cue as its finite verb in second place is a sentence
    of its own; its cue does not reach a measure of the complete main clause before it."""
    if clause[0] != 0 or cue_clause <= clause[1] or not frame.words[cue.first].islower():
        return False
    if "," not in frame.gap(cue_clause - 1):
        return False
    subject = cue_clause + (1 if frame.lower(cue_clause) in _DETERMINERS else 0)
    if subject + 1 != cue.first or not frame.words[subject][:1].isupper():
        return False
    if _finite(frame, frame.clause_end(cue.first)):
        return False  # verb-final: a relative clause ("die Trump angekündigt hat")
    return any(_finite(frame, i) for i in range(clause[0], clause[1] + 1))


# Finite forms of "werden" that make a Futur I with an infinitive (``wird … ausweiten``).
_WERDEN = frozenset({"wird", "werden", "werde", "wirst", "werdet"})
# Strong participles of inseparable verbs end in -en like infinitives (``wird … beschlossen``
# is a passive, not a Futur I).
_STRONG_PARTICIPLES = frozenset(
    {"beschlossen", "verboten", "entschieden", "verworfen", "verschoben", "vergeben"}
    | {"unterschrieben", "beschrieben", "erlassen", "erhoben", "entzogen", "verliehen"}
)
# Time phrases that put a present-tense act in the future (``im kommenden Jahr``).
_LATER = (
    ("im", "kommenden"),
    ("im", "nächsten"),
    ("nächstes", "jahr"),
    ("kommendes", "jahr"),
    ("in", "zukunft"),
)
# Konjunktiv II of the modals of necessity: a demand, or a consequence under a condition.
_NECESSITY_SUBJUNCTIVES = frozenset({"müsste", "müssten", "bräuchte", "bräuchten"})


def _infinitive(word: str) -> bool:
    """A form that can be an infinitive (``ausweiten``, ``gelten``), not a participle."""
    if not word.endswith(("en", "ern", "eln")) or word in _STRONG_PARTICIPLES:
        return False
    return not any(word.startswith(p + "ge") for p in ("", *_PARTICLES))


def _future_tense(
    frame: SentenceFrame, clause: tuple[int, int], in_clause: list[Cue], chosen: Cue
) -> bool:
    """A Futur I: a finite ``wird``/``werden`` with the status verb as its infinitive at the
    clause end (``wird … ausweiten``) or a passive infinitive (``wird verlängert werden``).
    It announces the act: planned. Modals of the clause decide instead (``wir werden`` is a
    cue of its own), and so does a present passive (``wird … verlängert``)."""
    if chosen.modality not in _OUTCOMES or any(c.use == "modal" for c in in_clause):
        return False
    if not frame.words[chosen.last].islower():
        return False
    end = clause[1]
    final = frame.lower(end)
    auxiliary = next((i for i in range(clause[0], chosen.first) if frame.lower(i) in _WERDEN), None)
    if auxiliary is None or frame.lower(auxiliary - 1) == "wir":
        return False
    verb = frame.lower(chosen.last)
    if chosen.last == end:
        return _infinitive(verb)
    if frame.lower(chosen.last + 1) == "und" and _infinitive(final) and _infinitive(verb):
        return True  # "wird … abschaffen und durch … ersetzen": coordinated infinitives
    return final == "werden" and chosen.last == end - 1 and auxiliary < chosen.first


def _enters_into_force(frame: SentenceFrame, clause: tuple[int, int], chosen: Cue) -> bool:
    """``tritt … in Kraft``, ``treten im Januar in Kraft``: the present of "in Kraft treten"
    names a coming event that has been fixed (decided); ``ist in Kraft getreten`` is a state."""
    if frame.lower(chosen.last) != "kraft" or frame.lower(chosen.first) != "in":
        return False
    words = frame.lowered[clause[0] : clause[1] + 1]
    return any(w in {"tritt", "treten"} for w in words) and not any(
        w in _FINITE_AUXILIARIES for w in words
    )


def _announced_for_later(frame: SentenceFrame, clause: tuple[int, int], chosen: Cue) -> bool:
    """A present-tense act with a future time phrase (``erhöht … im kommenden Jahr``)
    announces it. A start date with ``ab`` instead states when an adopted rule applies,
    and a level that rises or falls by itself (``Der CO2-Preis steigt im kommenden Jahr
    auf 65 Euro``) follows a schedule already adopted: no actor announces it."""
    verb = frame.lower(chosen.first)
    if not frame.words[chosen.first].islower() or not verb.endswith("t") or "ge" in verb[:4]:
        return False
    if verb in {"steigt", "sinkt"}:
        return False
    words = frame.lowered[clause[0] : clause[1] + 1]
    if any(w in _FINITE_AUXILIARIES or w in _PAST_AUXILIARIES for w in words):
        return False
    return any(pair in _LATER for pair in itertools.pairwise(words))


def _programme_present(frame: SentenceFrame, clause: tuple[int, int], chosen: Cue) -> bool:
    """``Wir führen eine Kindergrundsicherung ein``, ``Deshalb senken wir die
    Stromsteuer``: a present tense with ``wir`` as the subject right next to the finite
    act verb states a programme (docs/labelling.rst: planned). A perfect (``Wir haben …
    eingeführt``) reports a past act, and the participle is no finite verb."""
    verb = frame.lower(chosen.first)
    if (
        not frame.words[chosen.first].islower()
        or not verb.endswith(("en", "ern", "eln"))
        or verb.startswith("ge")
        or not (frame.lower(chosen.first - 1) == "wir" or frame.lower(chosen.first + 1) == "wir")
    ):
        return False
    words = frame.lowered[clause[0] : clause[1] + 1]
    return not any(w in _PAST_AUXILIARIES or w in _HAVE_SUBJUNCTIVES for w in words)


def _conditioned_subjunctive(frame: SentenceFrame, chosen: Cue, verbs: list[Cue]) -> bool:
    """``Im Fall einer Blockade müsste Europa … reagieren``: a Konjunktiv II of necessity
    under a condition is the consequence of that condition, not a demand."""
    if frame.lower(chosen.first) not in _NECESSITY_SUBJUNCTIVES:
        return False
    return any(c.modality is Modality.HYPOTHETICAL and c.use != "modal" for c in verbs) or any(
        frame.lower(frame.clause_start(i)) == "wenn" for i in range(len(frame.words))
    )


def _decision_to_come(frame: SentenceFrame, modality: Modality) -> bool:
    """A decision on an indirect question that has not been taken yet (``soll …
    entschieden werden``, ``wird im Herbst entschieden``, not ``wurde entschieden``)."""
    if modality not in (Modality.PLANNED, Modality.DECIDED):
        return False
    if any(w in _PAST_AUXILIARIES or w in {"war", "waren"} for w in frame.lowered):
        return False
    return any(w.startswith(("entschied", "entscheid")) for w in frame.lowered)


def _overdue_question(frame: SentenceFrame, start: int) -> bool:
    """``Wo bleibt das versprochene Investitionsprogramm?``: asking where a measure stays
    presupposes that it is overdue; the question (from ``start``) demands it."""
    text = frame.text[frame.start : frame.end].rstrip()
    return (
        text.endswith("?")
        and frame.lower(start) == "wo"
        and frame.lower(start + 1) in {"bleibt", "bleiben", "blieb", "blieben"}
    )


# Verbs of delaying an act: "Wie lange wollen Sie … noch hinauszögern?" urges it.
_DELAYS = ("hinauszöger", "verzöger", "zöger", "verschlepp", "aufschieb", "blockier", "warten")


def _urging_question(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """A question with ``endlich`` (``Wann legen Sie endlich … vor?``) urges the act: the
    particle presupposes that it is overdue, so the question demands it; so does ``Wie
    lange … noch`` (``Wie lange wollen Sie die Entlastung noch hinauszögern?``)."""
    text = frame.text[frame.start : frame.end].rstrip()
    if not text.endswith("?"):
        return False
    words = frame.lowered[clause[0] : clause[1] + 1]
    how_long = (
        frame.lower(0) == "wie"
        and frame.lower(1) == "lange"
        and any(w.startswith(_DELAYS) for w in words)
    )
    # "Warum haben Sie die Sanktionen nicht längst verschärft?": a reproach for an act
    # not yet done demands it.
    overdue = any(w == "nicht" and "längst" in words[i + 1 : i + 3] for i, w in enumerate(words))
    return "endlich" in words or how_long or overdue


# Indirect questions: the verb that governs them gives the status (``prüft, ob …``; ``Wie
# hoch die Obergrenze ausfallen soll, ist umstritten``).
_EMBEDDED_QUESTIONS = frozenset(
    {"ob", "inwiefern", "inwieweit", "wann", "welche", "welcher", "welches", "welchen"}
    | {"wieviel", "wie"}
)
# Verbs and nouns of loosening an existing measure without ending it (lockern, aufweichen,
# abschwächen, entschärfen, abmildern), with their zu-infinitives and participles.
_LOOSENING_VERBS = (
    *(
        prefix + stem
        for stem in (
            "locker",
            "aufweich",
            "abschwäch",
            "entschärf",
            "abmilder",
            "abmildr",
            "verwässer",
        )
        for prefix in ("", "ge", "zu")
    ),
    *("aufzuweich", "aufgeweicht", "abzuschwäch", "abgeschwächt", "abzumilder", "abgemildert"),
)
# Types whose trigger may name a right (Familiennachzug, Visafreiheit): suspending it is the
# restrictive measure itself, not the end of one ("die Aussetzung des Familiennachzugs").
# Suspending a restriction (Schuldenbremse, Sanktionen) lifts it.
# First parts of separable verbs that are no prepositions (teilnehmen, stattfinden,
# bereitstellen): their zu-infinitive has "zu" inside too ("teilzunehmen").
_NOUN_PARTICLES = ("teil", "statt", "bereit", "hoch", "weiter")
_RIGHT_TYPES = frozenset({"MIGRATION_BORDER", "TRAVEL_BAN"})
_LOOSENING_NOUNS = ("lockerung", "aufweichung", "abschwächung", "entschärfung", "abmilderung")


_PREPOSITIONS = word_class("preposition")


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
_PAST_FORMS = frozenset({"hat", "haben", "hatte", "hatten", "habe", "wurde", "wurden", "war"})


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


def _resumed_start(frame: SentenceFrame, clause: tuple[int, int], relative: set[int]) -> int:
    """The start of the clause that a segment continues after an inserted relative clause
    (``ob Versicherer, die Tanker absichern, selbst … belegt werden sollen``: the last
    segment is still the ``ob`` clause)."""
    start = clause[0]
    while start > 0 and start - 1 in relative:
        inserted = frame.clause_start(start - 1)
        if inserted == 0:
            break
        start = frame.clause_start(inserted - 1)
    return start


# Stages before a decision: an attribute of one gives way to a decision of the clause.
_EARLY_STAGES = frozenset(
    {Modality.DEMANDED, Modality.PROPOSED, Modality.PLANNED, Modality.CONSIDERED}
    | {Modality.UNDER_DISCUSSION, Modality.HYPOTHETICAL}
)
# Verbs of ending (not of resuming): with a measure that is itself an ending (suspended
# cooperation) they impose it.
_ENDING_VERBS = (
    "beend",
    "stopp",
    "gestoppt",
    "aussetz",
    "ausgesetzt",
    "eingestellt",
    "abgebrochen",
    "abbrech",
    "kündig",
    "gekündigt",
    "aufgekündigt",
)
# Nouns that open a conditional phrase: "im Fall eines Angriffs", "für den Fall einer …".
_CONDITION_HEADS = frozenset({"fall", "falle"})


def _condition_phrase(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A measure inside a conditional phrase (``im Fall eines Waffenstillstands``) is only
    supposed, so it is hypothetical."""
    for index in range(max(0, candidate.first - 4), candidate.first):
        if frame.lower(index) in _CONDITION_HEADS and frame.words[index][:1].isupper():
            between = range(index + 1, candidate.first)
            return all(
                frame.lower(i) in _DETERMINERS or frame.words[i].islower() for i in between
            ) and not any(frame.breaks[index : candidate.first])
    return False


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


_RELATIVE_PRONOUNS = word_class("relative")
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


# Infinitives that impose, change or end a measure in a Futur I ("wird … einführen"), and
# those that say a measure as subject will arrive ("werde kommen").
_FUTURE_ACTS = frozenset(
    {"einführen", "erheben", "verhängen", "erhöhen", "senken", "anheben", "kürzen"}
    | {"streichen", "abschaffen", "verlängern", "verschärfen", "ausweiten", "beschließen"}
    | {"bauen", "errichten", "schaffen", "einrichten", "liefern", "bereitstellen", "zahlen"}
    | {"investieren", "aufheben", "lockern", "umsetzen", "regeln", "verbieten", "begrenzen"}
    | {"stoppen", "aussetzen", "beenden", "sanieren", "ausbauen", "modernisieren", "gründen"}
    | {"reformieren", "vorlegen", "erlassen", "finanzieren", "aufstocken", "verdoppeln"}
    | {"geben"}  # "Es wird eine Pkw-Maut geben"
)
# Verbs whose object is a measure that exists and is only met, used or judged: a
# Futur I with them announces nothing about the measure ("werde die Sanktionen umgehen").
_FUTURE_NON_ACTS = frozenset(
    {"umgehen", "unterlaufen", "kritisieren", "begrüßen", "spüren", "treffen", "befolgen"}
    | {"einhalten", "beachten", "respektieren", "akzeptieren", "anerkennen", "tragen"}
    | {"überstehen", "bekämpfen", "ertragen", "nutzen", "beobachten", "bewerten"}
    | {"anfechten", "verklagen", "überprüfen", "diskutieren", "beraten", "verhandeln"}
    | {"unterstützen", "verteidigen", "ablehnen", "fordern", "verlangen", "prüfen"}
    | {"mittragen"}
)
_FUTURE_ARRIVALS = frozenset({"kommen", "gelten", "greifen", "starten", "folgen"})
# Finite forms of "werden" that make a Futur I with an infinitive at the clause end.
_FUTURE_AUXILIARIES = frozenset({"wird", "werden", "werde", "wirst"})
# Source phrases whose status noun scopes over "soll": "Nach dem Vorschlag der Kommission
# sollen …", "laut den Plänen des Ministeriums soll …".
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut", "gemäß", "auf"})
# Types named by a rule or text: "nach dem Gesetz/Abkommen" means "according to".
_RULE_TYPES = frozenset({"REGULATION_LAW", "AGREEMENT_TREATY"})
_HAVE_SUBJUNCTIVES = frozenset({"habe", "haben", "hätten", "hätte"})


def _future(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """A Futur I that announces the measure: ``wird … einführen``, reported ``ein
    Waffenverbot werde kommen``. A measure that is the subject of another verb (``Die
    Sanktionen werden die Wirtschaft treffen``) is no announcement."""
    last = frame.clause_end(candidate.last)
    verb = frame.words[last] if 0 <= last < len(frame.words) else ""
    # A trigger that ends in its verb ("werden … Kampfjets liefern") is its own infinitive.
    own_verb = last == candidate.last and verb.islower()
    if (
        (last <= candidate.last and not own_verb)
        or not verb.islower()
        or not verb.endswith(("en", "ern", "eln"))
        or (verb.startswith("ge") and verb not in _FUTURE_ACTS)
    ):
        return False
    for index in range(clause[0], last):
        if frame.lower(index) in _FUTURE_AUXILIARIES:
            if index < candidate.first:
                # "wird … einführen", "wird … anpassen"; not "werde … umgehen"
                return verb in _FUTURE_ACTS or (
                    _infinitive(verb) and verb not in _FUTURE_NON_ACTS and len(verb) > 5
                )
            return verb in _FUTURE_ARRIVALS  # "ein Waffenverbot werde kommen"
    return False


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


def _neither_nor(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """``weder Zölle noch Sanktionen``: ``noch`` after ``weder`` negates the second
    member as ``weder`` negates the first."""
    before = candidate.first - 1
    while before > clause[0] and frame.lower(before) in _DETERMINERS | {"neue", "neuen"}:
        before -= 1
    return frame.lower(before) == "noch" and "weder" in frame.lowered[clause[0] : before]


# Verbs of formal approval: the step that turns a proposal into a decision.
_APPROVALS = frozenset(
    {"zustimmen", "zugestimmt", "bestätigen", "bestätigt", "ratifizieren", "ratifiziert"}
    | {"billigen", "gebilligt", "absegnen", "abgesegnet", "verabschieden", "verabschiedet"}
    | {"genehmigen", "genehmigt", "unterzeichnen", "unterzeichnet", "passieren"}
)
_NECESSITY = frozenset({"muss", "müssen", "müsse", "musste", "mussten"})


def _awaits_approval(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``muss noch … zustimmen``, ``müssen noch … ratifiziert werden``: a necessity with
    ``noch`` and a verb of approval names a step still to come; the measure has been put
    forward and awaits it (proposed), nobody is demanding it."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    return (
        any(w in _NECESSITY for w in words)
        and "noch" in words
        and any(w in _APPROVALS for w in words)
    )


# Modals that with a perfect infinitive report a claim (``soll … verhängt haben``: it is
# said to have done it; ``will … gewarnt haben``: it claims to have done it).
_HEARSAY_MODALS = frozenset({"soll", "sollen", "solle", "will", "wollen", "wolle"})


def _hearsay(
    frame: SentenceFrame, in_clause: list[Cue], clause: tuple[int, int], evidence: tuple[int, int]
) -> Cue | None:
    """``Peking soll die Exportkontrollen verschärft haben``, ``… eingeführt worden
    sein``: ``sollen``/``wollen`` with a perfect infinitive at the clause end reports an
    act as done; the status is that of the participle, not a plan. Returns the cue of
    that participle."""
    if not any(c.use == "modal" and frame.lower(c.first) in _HEARSAY_MODALS for c in in_clause):
        return None
    end = clause[1]
    tail = frame.lowered[max(clause[0], end - 2) : end + 1]
    if not tail or tail[-1] not in {"haben", "sein"}:
        return None
    first, last = evidence
    acts = [
        c
        for c in in_clause
        if c.use != "modal"
        and c.modality in _OUTCOMES | _CHANGES
        and frame.words[c.last].islower()
        and c.last in (end - 1, end - 2)
        and not first <= c.first <= last
    ]
    return acts[-1] if acts else None


def _rule_obligation(frame: SentenceFrame, clause: tuple[int, int], modal: Cue) -> Modality | None:
    """An indicative ``muss``/``müssen`` with a start in time states what a rule
    obliges, not a demand: ``Seit Januar müssen Arbeitgeber … zahlen`` applies (in
    force), ``Ab 2026 müssen alle Neubauten …`` and ``künftig müssen`` have been decided.
    The subjunctive ``müsse``/``müsste`` reports or demands."""
    if frame.lower(modal.first) not in {"muss", "müssen"}:
        return None
    words = frame.lowered[clause[0] : clause[1] + 1]
    if "seit" in words:
        return Modality.IN_FORCE
    if "künftig" in words or _starts_later(frame, clause):
        return Modality.DECIDED
    return None


def _standing_penalty(frame: SentenceFrame, chosen: Cue) -> bool:
    """``Bei Verstößen drohen Bußgelder``: ``drohen`` without ``mit`` after a generic
    condition (``bei`` and a noun without article: any case of a kind) states what a
    rule in force provides, not a threat. ``droht … mit`` and ``Bei einem Scheitern``
    (one event) stay hypothetical."""
    if not frame.lower(chosen.first).startswith("droh") or "mit" in frame.lowered[chosen.last :]:
        return False
    if frame.lower(0) != "bei" or frame.lower(1) in _DETERMINERS:
        return False
    return chosen.first <= 8 and not any(
        frame.lower(i) in _SUBJUNCTIVE_MODALS for i in range(len(frame.words))
    )


# The stages of a plan or demand to keep a measure, which leave it in force.
_KEEPING_STAGES = frozenset({Modality.PLANNED, Modality.DEMANDED})
# Verbs of keeping a measure as it is (festhalten an, beibehalten, aufrechterhalten), and
# the finite forms whose particle follows later (hält … fest, behält … bei).
_KEEPING = ("festh", "beibeh", "aufrechterh", "weiterführ")
_KEEPING_SPLIT = ("hält", "halt", "hielt", "behält", "behalt", "behielt")


def _continuation(frame: SentenceFrame, cue: Cue) -> bool:
    """A cue of keeping an existing measure: ``festhalten``, ``hält … fest``,
    ``beibehalten``, ``behält … bei``, ``aufrechterhalten``, ``weiterführen``."""
    if cue.modality is not Modality.IN_FORCE or not frame.words[cue.first].islower():
        return False
    first, last = frame.lower(cue.first), frame.lower(cue.last)
    if first.startswith(_KEEPING):
        return True
    return (
        cue.last > cue.first
        and last in {"fest", "bei", "aufrecht"}
        and first.startswith(_KEEPING_SPLIT)
    )


def _negated_future(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """A Futur I negated by ``nicht``/``nie`` after the measure and before its infinitive
    (``wird die Steuer nicht senken``, ``nicht mehr erhöhen``): the act is announced not
    to happen. ``nicht nur`` negates no act."""
    end = frame.clause_end(candidate.last)
    return any(
        frame.lower(index) in {"nicht", "nie", "niemals"} and frame.lower(index + 1) != "nur"
        for index in range(candidate.last + 1, end)
    )


def _loosening(frame: SentenceFrame, candidate: Candidate, clause: tuple[int, int]) -> bool:
    """``die Sanktionen … zu lockern``, ``eine Lockerung der Sanktionen``: the measure
    is loosened, which leaves it in force until it is done."""
    before = frame.lowered[max(clause[0], candidate.first - 3) : candidate.first]
    if any(w.startswith(_LOOSENING_NOUNS) for w in before):
        return True
    for index in range(candidate.last + 1, min(clause[1], candidate.last + 5) + 1):
        word = frame.lower(index)
        if word.startswith(_LOOSENING_VERBS):
            return True
        if word in _DETERMINERS and frame.lower(index - 1) not in _PREPOSITIONS:
            return False  # another noun phrase is the object: "im Gegenzug die Sanktionen"
    # "…, das Verbot … auf europäischer Ebene aufzuweichen": the verb at the end of an
    # infinitive clause whose first phrase is the measure governs it as its object.
    opening = candidate.first == clause[0] + 1 and frame.lower(clause[0]) in _DETERMINERS
    return opening and frame.lower(clause[1]).startswith(_LOOSENING_VERBS)


def _presented(frame: SentenceFrame) -> bool:
    """``Mit diesem Gesetz führen wir … ein``, ``Mit dem Nachtragshaushalt sichern wir …``:
    a speaker presents a bill in the present tense; its measures are planned."""
    if frame.lower(0) != "mit" or frame.lower(1) not in {"diesem", "dieser", "dem", "der"}:
        return False
    for index in range(3, min(len(frame.words), 8)):
        if frame.breaks[index - 1]:
            return False
        if frame.lower(index) == "wir":
            verb = frame.lower(index - 1)
            return frame.words[index - 1].islower() and verb not in _PAST_AUXILIARIES | {
                "haben",
                "hatten",
            }
    return False


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


def _relative_status(
    frame: SentenceFrame, cues: list[Cue], candidate: Candidate
) -> Modality | None:
    """The status given by a relative clause right after the measure (``X, die Sie
    beschließen wollen``: planned; ``X, der ab 2026 … verteuert``: decided), also after
    a short phrase that belongs to the measure (``Die Zurückweisungen an den Grenzen,
    die der Innenminister angeordnet hat, …``: decided)."""
    end = frame.clause_end(candidate.last)
    if end - candidate.last > 4 or not frame.breaks[end]:
        return None
    start = end + 1
    if frame.lower(start) not in {"die", "der", "das"}:
        return None
    clause = (start, frame.clause_end(start))
    if (
        start + 2 < clause[1]
        and frame.words[start + 1][:1].isupper()
        and _finite(frame, start + 2)
        and not _finite(frame, clause[1])
    ):
        return None  # ", die USA prüfen ähnliche Schritte": a main clause, verb second
    inner = [
        c for c in cues if clause[0] <= c.first <= clause[1] and frame.words[c.first].islower()
    ]
    if not inner:
        modality = _condition_and_time(frame, clause, Modality.IN_FORCE)
        return modality if modality is not Modality.IN_FORCE else None
    chosen = next((c for c in inner if c.use != "modal"), inner[0])
    return _scope(frame, inner, chosen, (candidate.first, candidate.last))


# Units of a term: "ein weiteres Jahr", "weitere sechs Monate".
_TERMS = ("jahr", "monat", "woche", "halbjahr", "quartal")


def _widened(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """A measure that applies to more than before: ``gilt ab Januar in 57 statt bisher
    18 Städten``, ``gilt seit Juli auch an Stränden``, ``kann ab sofort auch von
    Betrieben … beantragt werden``, or for a further term (``gelten ein weiteres Jahr``)."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    pairs = list(itertools.pairwise(words))
    if ("statt", "bisher") in pairs or ("als", "bisher") in pairs:
        return True
    # "gelten … ein weiteres Jahr", "für weitere sechs Monate": a further term.
    for index, word in enumerate(words):
        if word in {"weiteres", "weitere", "weiteren"} and any(
            w.startswith(_TERMS) for w in words[index + 1 : index + 3]
        ):
            return True
    dated = "seit" in words or _starts_later(frame, clause)
    return dated and any(first == "auch" and second in _PREPOSITIONS for first, second in pairs)


def _yes_no_question(frame: SentenceFrame, verbs: list[Cue]) -> bool:
    """A question that opens with its verb (``Braucht Berlin …?``, ``Soll die Steuer
    steigen?``) asks whether the measure should come: it is debated."""
    text = frame.text[frame.start : frame.end].rstrip()
    return text.endswith("?") and any(c.first == 0 for c in verbs)


def _coming_question(frame: SentenceFrame) -> bool:
    """A yes/no question in the present or future that opens with ``wird``, ``kommt`` or
    ``gibt es`` (``Wird die Mietpreisbremse verlängert?``, ``Kommt die Vermögensteuer?``)
    asks whether an act will happen: it is open. A question about the past (``Hat die
    Regierung …?``) or about effects (``Wirken die Sanktionen?``) is none."""
    text = frame.text[frame.start : frame.end].rstrip()
    if not text.endswith("?"):
        return False
    opening = 0
    if frame.words[0] in {"Herr", "Frau"}:
        # "Herr Minister, werden Sie …?": the question opens after the address.
        opening = next((i + 1 for i in range(min(4, len(frame.words))) if frame.breaks[i]), 0)
    first = frame.lower(opening)
    return first in {"wird", "werden", "kommt", "kommen"} or (
        first in {"gibt", "geben"} and frame.lower(opening + 1) == "es"
    )


def _source_noun(frame: SentenceFrame, verbs: list[Cue], clause: tuple[int, int]) -> Cue | None:
    """A status noun in a source phrase of the clause (``nach dem Vorschlag``), or of a
    ``wie`` clause that opens the sentence (``Wie aus dem Entwurf hervorgeht, soll …``)."""
    for cue in verbs:
        if frame.lower(cue.first - 2) == "nach" and _event_noun(frame, cue):
            continue  # "Nach dem Inkrafttreten der Waffenruhe will …": a time, no source
        if (
            frame.lower(0) == "wie"
            and cue.first < clause[0]
            and frame.clause_start(cue.first) == 0
            and frame.words[cue.first][:1].isupper()
            and frame.lower(cue.first - 2) == "aus"
            and frame.lower(cue.first - 1) in _DETERMINERS
        ):
            return cue
        if (
            clause[0] <= cue.first <= clause[1]
            and frame.words[cue.first][:1].isupper()
            and (
                (
                    frame.lower(cue.first - 2) in _SOURCE_PREPOSITIONS
                    and frame.lower(cue.first - 1) in _DETERMINERS
                )
                or frame.lower(cue.first - 1) in {"im", "laut", "gemäß"}
            )
        ):
            return cue
    return None


def _event_noun(frame: SentenceFrame, cue: Cue) -> bool:
    """A noun that names an event of implementing or ending, not a text: a nominalised
    infinitive (``Inkrafttreten``, ``Scheitern``) or an ``-ung`` noun of an outcome
    (``Verabschiedung``, ``Aufhebung``)."""
    word = frame.words[cue.first]
    if not word[:1].isupper():
        return False
    return word.endswith(("en", "ern")) or (
        word.endswith("ung") and cue.modality in _OUTCOMES | _CHANGES
    )


def _temporal_event(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> Modality | None:
    """``Nach dem Inkrafttreten der Waffenruhe``, ``Mit dem Scheitern des Abkommens``: a
    temporal phrase whose event noun governs the measure as its genitive states what
    has become of the measure: implemented (in force) or ended."""
    if frame.lower(candidate.first - 1) not in {"der", "des"}:
        return None
    noun = candidate.first - 2
    # "Nach Inkrafttreten des Embargos": the article of the event noun may be left out.
    start = noun - 1 if frame.lower(noun - 1) in {"nach", "mit", "seit"} else noun - 2
    if frame.lower(start) not in {"nach", "mit", "seit"}:
        return None
    if (start == noun - 2 and frame.lower(noun - 1) not in {"dem", "der"}) or any(
        frame.breaks[start : candidate.first]
    ):
        return None
    cue = next((c for c in cues if c.first == noun == c.last), None)
    if cue is None or not _event_noun(frame, cue):
        return None
    if cue.modality is Modality.LIFTED_OR_ENDED:
        return Modality.LIFTED_OR_ENDED
    if cue.modality in (Modality.DECIDED, Modality.IN_FORCE):
        return Modality.IN_FORCE
    return None


def _standard(frame: SentenceFrame, chosen: Cue, candidate: Candidate) -> bool:
    """``X ist mit dem Gesetz nicht vereinbar``: the measure after ``mit`` is the
    standard that something else is measured against, not what is refused."""
    return (
        frame.lower(chosen.last) == "vereinbar"
        and candidate.last < chosen.first
        and "mit" in frame.lowered[max(0, candidate.first - 3) : candidate.first]
    )


def _after_act(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Nach der Ausweisung zweier Diplomaten bestellte Moskau …``: the measure that
    opens the sentence in a temporal ``nach`` phrase has happened. A status noun
    (``Nach dem Gesetzentwurf``, ``Nach dem Vorschlag``) is no act."""
    if frame.lower(0) != "nach" or frame.lower(1) not in _DETERMINERS:
        return False
    if candidate.type in _RULE_TYPES:
        return False  # "Nach dem neuen Gesetz müssen …": according to the law
    if candidate.first not in (2, 3) or any(frame.breaks[0 : candidate.first]):
        return False
    return not any(c.first <= candidate.last and candidate.first <= c.last for c in cues)


def _negated_plan(frame: SentenceFrame, in_clause: list[Cue], clause: tuple[int, int]) -> Modality:
    """``soll nicht erhöht werden`` is no plan (negated); ``will … nicht einführen``
    and ``wir werden … nicht`` refuse it (rejected)."""
    modal = next((c for c in in_clause if c.use == "modal"), None)
    if modal is None or modal.modality is not Modality.PLANNED:
        return Modality.PLANNED
    rest = frame.lowered[modal.last + 1 : clause[1] + 1]
    for index, word in enumerate(rest):
        if word in {"nicht", "nie", "niemals"} and (rest[index + 1 : index + 2] != ["mehr"]):
            if (
                frame.lower(modal.first) in _VOLITIONAL - {"werden"}
                or frame.lower(modal.first) == "wir"
            ):
                return Modality.REJECTED
            return Modality.NEGATED
    return Modality.PLANNED


def _comparison(frame: SentenceFrame, cue: Cue) -> bool:
    """``schneller als geplant``, ``wie angekündigt``: a comparison, no status; ``im
    laufenden Jahr``: a time, no measure that runs."""
    if frame.lower(cue.first) in {"laufende", "laufenden"}:
        return frame.lower(cue.first + 1).endswith(_PERIODS)
    return frame.lower(cue.first - 1) in {"als", "wie"} and frame.words[cue.first].islower()


_PERIODS = (
    "jahr",
    "jahres",
    "monat",
    "monats",
    "woche",
    "quartal",
    "quartals",
    "periode",
    "saison",
)


def _governing(frame: SentenceFrame, verbs: list[Cue], clause: tuple[int, int]) -> Cue | None:
    """The cue that governs a zu-infinitive clause: the last cue of the clause before it
    (``erwägt, … anzuheben``, ``Es besteht die Möglichkeit, … zu verknüpfen``)."""
    if clause[0] == 0 or not (_has_zu_infinitive(frame, clause) or _content_clause(frame, clause)):
        return None
    previous = frame.clause_start(clause[0] - 1)
    before = [c for c in verbs if previous <= c.first < clause[0]]
    # The finite verb governs ("prüft den Vorschlag, … einzufrieren"), unless it only
    # states that something exists ("Es besteht die Möglichkeit, …").
    acts = [
        c for c in before if frame.words[c.first].islower() and c.modality is not Modality.IN_FORCE
    ]
    if acts:
        return acts[-1]
    return before[-1] if before else None


def _aside(frame: SentenceFrame, cue: Cue, clause: tuple[int, int], cues: list[Cue]) -> bool:
    """A cue in an inserted comparison clause (``…, wie es die Opposition fordert, …``)
    after a fronted zu-infinitive clause or noun phrase that holds the measure: an aside
    on who else wants it; the main clause after it gives the status (see
    :func:`_fronted_governor`). After a noun phrase only when the main clause has a
    status verb of its own (``Ein Importverbot, wie es Polen fordert, lehnt Ungarn
    ab``): a judgement there (``…, würde Milliarden bringen``) leaves the aside's."""
    start = frame.clause_start(cue.first)
    if not (
        clause[0] == 0
        and start > clause[1]
        and frame.lower(start) == "wie"
        and frame.lower(start + 1) in _ASIDE_PRONOUNS
        and frame.clause_end(cue.first) + 1 < len(frame.words)
    ):
        return False
    return _has_zu_infinitive(frame, clause) or (
        start == clause[1] + 1 and _main_act(frame, cues, frame.clause_end(start) + 1) is not None
    )


_ASIDE_PRONOUNS = frozenset({"es", "sie", "er", "ihn"})


def _main_act(frame: SentenceFrame, cues: list[Cue], start: int) -> Cue | None:
    """The first status verb (not a judgement with ``würde``) of the clause at ``start``."""
    if start >= len(frame.words):
        return None
    end = frame.clause_end(start)
    return next(
        (
            c
            for c in cues
            if start <= c.first <= end
            and c.use in ("verb", "modal")
            and frame.words[c.first].islower()
            and c.modality is not Modality.HYPOTHETICAL
        ),
        None,
    )


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


def _fronted_governor(
    frame: SentenceFrame, verbs: list[Cue], clause: tuple[int, int], relative: set[int]
) -> Cue | None:
    """``Die Sanktionen zu verschärfen, wie es die Opposition fordert, lehnen wir ab``: a
    zu-infinitive clause that opens the sentence is the object of the main clause after
    it; its verb governs (a comparison clause with ``wie`` in between does not)."""
    # "Dass die Entlastung dauerhaft gilt, hat der Bundestag beschlossen": a fronted dass
    # clause is the object of the main clause after it, too.
    if (
        clause[0] == 0
        and clause[1] + 1 < len(frame.words)
        and (
            (frame.lower(clause[1] + 1) == "wie" and frame.lower(clause[1] + 2) in _ASIDE_PRONOUNS)
            or clause[1] + 1 in relative
        )
        and not _has_zu_infinitive(frame, clause)
        and frame.lower(0) != "dass"
        and not any(frame.words[i].islower() and _finite(frame, i) for i in range(*clause))
    ):
        # "Ein Importverbot, wie es Polen fordert, lehnt Ungarn ab", "Ein Gesetz, das
        # Betriebe überfordert, wollen wir nicht": a fronted noun phrase is the object
        # of the main clause after the aside or the relative clause.
        main = frame.clause_end(clause[1] + 1) + 1
        act = _main_act(frame, verbs, main)
        if act is None:
            return None
        end = frame.clause_end(main)
        negation = "nicht" in frame.lowered[act.first : end + 1]
        if act.modality is Modality.NEGATED and _with_us(frame, (main, end)):
            # "…, wird es mit meiner Fraktion nicht geben": the speaker's side refuses.
            return Cue(act.first, act.last, Modality.REJECTED, act.use)
        if act.use == "modal" and frame.lower(act.first) in _WANTS and negation:
            return Cue(act.first, act.last, Modality.REJECTED, act.use)  # "wollen wir nicht"
        return act
    if clause[0] != 0 or not (_has_zu_infinitive(frame, clause) or frame.lower(0) == "dass"):
        return None
    start = clause[1] + 1
    while start < len(frame.words):
        end = frame.clause_end(start)
        if frame.lower(start) != "wie":
            acts = [c for c in verbs if start <= c.first <= end and frame.words[c.first].islower()]
            return acts[0] if acts else None
        start = end + 1
    return None


def _content_clause(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """A ``dass`` clause right after a status verb: ``verlangt, dass die Regierung … zurücknimmt``,
    ``entschied, dass … eingezogen werden müssen``."""
    return frame.lower(clause[0]) == "dass"


def _has_zu_infinitive(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    for index in range(clause[0], clause[1] + 1):
        word = frame.lower(index)
        if word == "zu" and index < clause[1] and frame.words[index + 1].islower():
            return True
        if word.endswith(("en", "ern", "eln")) and any(
            word.startswith(particle + "zu") and len(word) > len(particle) + 4
            for particle in _PARTICLES + _NOUN_PARTICLES
        ):
            return True
    return False


def _attributive(frame: SentenceFrame, cue: Cue) -> bool:
    """An inflected speech-act participle before a noun (``abgelehnter Asylbewerber``,
    ``die verlangten Beschränkungen``) describes that noun; it is no verb of the clause.
    Forms listed as cues themselves (``verhängten``) stay verbs, and so do outcome
    participles, whose status passes to what the noun contains (``Das beschlossene
    Paket umfasst …``)."""
    if (
        cue.modality not in _SPEECH_ACTS
        or cue.first != cue.last
        or cue.first + 1 >= len(frame.words)
        or frame.breaks[cue.first]
    ):
        return False
    word = frame.words[cue.first]
    if not word.islower() or not frame.words[cue.first + 1][:1].isupper() or word in verb_words():
        return False
    return any(
        word.endswith(ending) and word[: -len(ending)] in verb_words()
        for ending in ("e", "en", "er", "es", "em")
    )


def _change(
    frame: SentenceFrame, verbs: list[Cue], candidate: Candidate, clause: tuple[int, int]
) -> Cue | None:
    """A change of the measure: a noun right before it (``die Aufhebung der Sanktionen``,
    ``Verlängerung des``) or a verb after it in its clause (``das Embargo aufzuheben``)."""
    for cue in verbs:
        noun = frame.words[cue.first][:1].isupper()
        if cue.modality not in _CHANGES or (
            frame.lower(cue.first).startswith(_SUSPENSIONS)
            and (
                candidate.type in _RIGHT_TYPES or (not noun and candidate.type in _ENDING_MEASURES)
            )
        ):
            continue
        before = cue.last < candidate.first <= cue.last + 3 and not any(
            frame.breaks[i] for i in range(cue.last, candidate.first)
        )
        after = candidate.last < cue.first <= clause[1]
        if (noun and before) or (not noun and after):
            return cue
    return None


# Verbs of a cut to a programme (its modality is the cut's) and of replacing a measure
# (abolished and replaced, it changes: the change's modality).
_CUT_VERBS = ("streich", "gestrichen", "zusammenstreich", "kürz", "gekürzt")
_REPLACING = ("ersetz", "ersetzt", "abgelöst", "ablös")
# Parts of a trigger that name an exemption from a measure: abolishing it widens the measure.
_EXEMPTIONS = ("freigrenze", "freibetrag", "ausnahme", "befreiung")


def _exemption(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the trigger names an exemption from a measure (``Zollfreigrenze``,
    ``Steuerbefreiung``)."""
    trigger = " ".join(frame.lowered[candidate.first : candidate.last + 1])
    return any(part in trigger for part in _EXEMPTIONS)


def _plain_lifting(frame: SentenceFrame, candidate: Candidate, change: Cue) -> bool:
    """A planned lifting of the measure itself (``will das Heizungsgesetz abschaffen``),
    which leaves it in force until done: not a cut to a programme (``die Subventionen
    streichen``), not an abolition with a replacement (``abschaffen und durch … ersetzen``)
    and not the end of an exemption (``die Zollfreigrenze abschaffen``)."""
    if frame.lower(change.first).startswith(_CUT_VERBS):
        return False
    if _exemption(frame, candidate):
        return False
    return not any(word.startswith(_REPLACING) for word in frame.lowered)


def _with_us(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``mit uns``/``mit mir``: the speaker refuses (``mit uns nicht zu machen``). Set off
    at the head of the sentence (``Mit uns, meine Damen und Herren, kommt keine …``) it
    scopes over the whole sentence."""
    opening = frame.lower(0) == "mit" and frame.lower(1) in _US
    return opening or any(
        frame.lower(i) == "mit" and frame.lower(i + 1) in _US
        for i in range(clause[0], clause[1] + 1)
    )


# "mit uns", "mit mir", and the speaker's own side: "mit meiner Fraktion", "mit unserer Partei".
_US = frozenset({"uns", "mir", "meiner", "unserer", "meinem", "unserem"})


def _first_person_or_will(frame: SentenceFrame, start: int, end: int) -> bool:
    """``werden`` refuses only with ``wir`` (``Wir werden keine … zulassen``); ``will``
    and ``wollen`` always do."""
    words = frame.lowered[start:end]
    if any(w in {"will", "wollen", "wolle", "wollte", "wollten"} for w in words):
        return True
    return "wir" in words


def _scope(
    frame: SentenceFrame, in_clause: list[Cue], chosen: Cue, evidence: tuple[int, int]
) -> Modality:
    """A modal verb scopes over an outcome verb of its clause; a speech act beats a modal."""
    first, last = evidence
    others = [c for c in in_clause if c is not chosen and not first <= c.first <= last]
    # "will an der Schuldenbremse festhalten", "werden die Kontrollen beibehalten", "müssen
    # beibehalten werden": keeping a measure presupposes it; a plan or a demand to keep it
    # leaves it in force (docs/labelling.rst).
    modals = [c for c in [chosen, *others] if c.use == "modal"]
    if all(m.modality in _KEEPING_STAGES for m in modals) and any(
        _continuation(frame, c) for c in [chosen, *others]
    ):
        return Modality.IN_FORCE
    if chosen.modality in _OUTCOMES:
        modal = next((c for c in others if c.use == "modal"), None)
        if modal is not None:
            return modal.modality
    # "Die EU sollte endlich über Sicherheitsgarantien nachdenken", "muss darüber beraten":
    # a modal of necessity asks for the weighing or debate; that is a demand.
    weighing = (Modality.CONSIDERED, Modality.UNDER_DISCUSSION)
    if any(m.modality is Modality.DEMANDED for m in modals) and any(
        c.modality in weighing and frame.words[c.first].islower() for c in [chosen, *others]
    ):
        return Modality.DEMANDED
    if chosen.use == "modal":
        # "will gegen … stimmen"; a refusal noun with a light verb counts too: "will sein
        # Veto gegen das Abkommen einlegen".
        act = next(
            (
                c
                for c in others
                if c.modality in _SPEECH_ACTS
                and (frame.words[c.first].islower() or c.modality is Modality.REJECTED)
            ),
            None,
        )
        if act is not None:
            return act.modality
    return chosen.modality


def _condition_and_time(
    frame: SentenceFrame, clause: tuple[int, int], modality: Modality
) -> Modality:
    """``kündigte … an, falls …`` is hypothetical; ``ist seit Juli ausgesetzt`` in force;
    ``galt bis 2023`` ended."""
    if modality is Modality.IN_FORCE and _ended_state(frame, clause):
        return Modality.LIFTED_OR_ENDED
    if modality in _OUTCOMES - {Modality.IN_FORCE} and _forecast(frame, clause):
        return Modality.PLANNED  # "Die Sanktionen werden voraussichtlich verlängert"
    if modality in (Modality.DECIDED, Modality.IN_FORCE) and _presented(frame):
        return Modality.PLANNED
    if modality in (Modality.DECIDED, Modality.IN_FORCE) and _widened(frame, clause):
        return Modality.EXTENDED
    if modality in (Modality.PLANNED, Modality.DECIDED, Modality.IN_FORCE) and any(
        word in _CONDITIONS for word in frame.lowered
    ):
        return Modality.HYPOTHETICAL
    if modality is Modality.PLANNED and _conditional_event(frame, clause):
        return Modality.HYPOTHETICAL  # "Bei einem Wahlsieg will die Partei … einführen"
    words = frame.lowered[clause[0] : clause[1] + 1]
    # "seit" with a suspended measure ("Die Wehrpflicht ist seit 2011 ausgesetzt") keeps it
    # ended; a suspension that is the measure itself is found by _suspended_right.
    since = "seit" in words and modality is Modality.DECIDED
    # "bleibt ausgesetzt", "bleiben eingefroren": a state that goes on.
    # A lifted measure that stays lifted ("Die Visumpflicht bleibt ausgesetzt") stays
    # ended; a suspended right is found by _suspended_right.
    remains = modality is Modality.DECIDED and any(w in _REMAIN for w in words)
    if since or remains:
        return Modality.IN_FORCE
    # "Ab dem 1. Juli gelten neue Zölle": a rule with a start date has been decided.
    if modality is Modality.IN_FORCE and _starts_later(frame, clause):
        return Modality.DECIDED
    return modality


# Adverbs that forecast an act: "werden voraussichtlich verlängert".
_FORECASTS = frozenset({"voraussichtlich", "vermutlich", "wahrscheinlich", "absehbar"})
# Judgements after "gilt als" that forecast the act of a dass clause ("gilt als sicher").
_FORECAST_JUDGEMENTS = frozenset({"sicher", "ausgemacht", "unstrittig"})


def _forecast(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``Die Sanktionen werden voraussichtlich verlängert``: an act in the present with
    an adverb of forecast is expected, not done (planned); a perfect or preterite
    reports it as done."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    if any(w in _PAST_FORMS or w in {"wurden", "worden"} for w in words):
        return False
    if frame.lower(clause[0]) == "dass":
        # "Dass die Sanktionen verlängert werden, gilt als sicher": the clause that the
        # dass clause is the subject of forecasts it.
        rest = frame.lowered[: clause[0]] + frame.lowered[clause[1] + 1 :]
        if any(
            a == "als" and (b in _FORECASTS or b in _FORECAST_JUDGEMENTS)
            for a, b in itertools.pairwise(rest)
        ):
            return True
    return any(w in _FORECASTS for w in words)


# Preterites of the verbs that state that a measure applies.
_PAST_STATES = frozenset({"galt", "galten", "war", "waren", "bestand", "bestanden"})


def _ended_state(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """A state in the preterite with an end point (``Die Zölle galten bis Ende 2023``,
    ``Das Gesetz war bis 2020 in Kraft``): the measure applied until then, so it ended.
    Without ``bis`` a preterite only narrates (``Damals galt ein Tempolimit``), and
    ``bis`` with the present (``gilt bis 2026``) sets a term that is still running."""
    words = frame.lowered[clause[0] : clause[1] + 1]
    return any(w in _PAST_STATES for w in words) and "bis" in words


# Events that make a plan conditional when named with an indefinite article: "bei einem
# Wahlsieg", "im Fall einer Regierungsbeteiligung".
_CONDITIONAL_EVENTS = ("wahlsieg", "regierungsbeteiligung", "regierungsübernahme", "machtwechsel")


def _conditional_event(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``Bei einem Wahlsieg will die Partei eine Vermögensteuer einführen``: a plan tied to
    an event that may not come (an election won, a share in government) is a plan with a
    condition, hypothetical (docs/labelling.rst)."""
    for index in range(clause[0] + 1, clause[1] + 1):
        if frame.lower(index).startswith(_CONDITIONAL_EVENTS) and frame.lower(index - 1) in {
            "einem",
            "einer",
            "eines",
        }:
            return True
    return False


def _starts_later(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``ab dem 1. Juli``, ``ab 2026``, ``ab sofort``: the measure starts at a date;
    ``künftig``/``fortan`` with a present state (``Künftig gilt … ein Fahrverbot``)
    reports a rule that has been adopted for the time to come."""
    for index in range(clause[0], clause[1]):
        if frame.lower(index) in {"künftig", "fortan"}:
            return True
        if frame.lower(index) not in {"ab", "zum"}:
            continue
        following = frame.lowered[index + 1 : index + 4]
        # "ab 2026", "ab dem 1. Juli", "ab sofort"; not "ab 3,5 Tonnen"
        if any(
            w in _DATE_WORDS
            or (w.isdigit() and len(w) == 4)
            or (w.rstrip(".").isdigit() and w.endswith("."))
            for w in following
        ):
            return True
    return False


def _headline(frame: SentenceFrame) -> bool:
    """A segment without final punctuation: a headline reports a new act."""
    text = frame.text[frame.start : frame.end].rstrip()
    return bool(text) and text[-1] not in ".!?…:;\"'“”«»)" and len(frame.tokens) <= 14


def _past_event(frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate) -> bool:
    """Whether the clause reports an act in the past: a perfect or passive
    auxiliary (``hat … gesetzt``, ``wurde … gestoppt``) or a preterite right
    after the subject (``Die Schweiz übernahm``). A measure that is itself the
    subject of an active verb (``Die Strompreisbremse hat Millionen Haushalte
    entlastet``) acted, so it exists: no new act."""
    first, last = clause
    broken = False  # whether a break lies between the clause start and the word
    for index in range(first, last + 1):
        word = frame.lower(index)
        if index > first and frame.breaks[index - 1]:
            broken = True
        if (
            first <= candidate.first
            and candidate.last < index
            and word not in {"wurde", "wurden"}
            and not broken
            and (word in _PAST_AUXILIARIES or word in _HAVE_SUBJUNCTIVES)
        ):
            return False
        if word in _PAST_AUXILIARIES:
            return True
        if (
            index - first <= 4
            and word.endswith(("te", "ten"))
            and frame.words[index].islower()
            and not _adjective_context(frame, index)
        ):
            # "Die Sanktionen zeigten Wirkung": the measure is the subject of the
            # preterite (it opens the clause), so it acted; no act was done to it.
            return not (candidate.first - first <= 2 and candidate.last < index)
    return False


def _adjective_context(frame: SentenceFrame, index: int) -> bool:
    """``die geplante Steuer``: a word in -te before a noun is an adjective, unless a
    noun (the subject) stands right before it (``Die Regierung deckelte Mieten``)."""
    after = frame.words[index + 1] if index + 1 < len(frame.words) else ""
    before = frame.lower(index - 1)
    if index > 0 and frame.words[index - 1][:1].isupper() and before not in _DETERMINERS:
        return False
    return (after[:1].isupper() and not frame.breaks[index]) or before in _DETERMINERS


# Pronouns that negate the clause as its subject ("Niemand will …", "Keiner plant …").
_NEGATIVE_PRONOUNS = frozenset({"niemand", "keiner", "keine", "kein"})
_WANTS = frozenset({"will", "wollen", "wolle", "wollte", "wollten"})


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
    if modality is Modality.DECIDED and (
        any(frame.lower(i).startswith(_CONSENTS) for i in range(first, last + 1))
        or (frame.lower(first).startswith("stimm") and frame.lower(last) == "zu")
    ):
        return Modality.REJECTED  # "hat der Absenkung nicht zugestimmt": consent refused
    if modality in (Modality.PLANNED, Modality.DECIDED, Modality.IN_FORCE, Modality.EXTENDED):
        return Modality.NEGATED  # "wird nicht verlängert": no extension happens
    if frame.words[first][:1].isupper() and frame.lower(first - 1) in _NEGATIONS:
        return Modality.NEGATED  # "sei keine Vorbedingung", "kein Vorschlag": no such status
    if modality is Modality.LIFTED_OR_ENDED and not any(
        frame.lower(i) == "mehr" for i in range(max(0, first - 2), last + 3)
    ):
        return Modality.IN_FORCE  # "hebt die Sanktionen nicht auf": they stay
    return modality
