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

Session 16 added: ``auf keinen/jeden Fall`` is no condition and ``auf keinen Fall``
negates; a reported ``würde`` with a verb of saying and no condition announces; a planned
lifting after ``bei einem Wahlsieg`` is imagined; the verb of an opening ``Wer …`` clause
gives the main clause's measure no status; a Futur I of a verb trigger and tabling under a
modal of intent are planned; a withdrawn draft negates its content; a verb-final modal of a
relative clause gives its measure's status (see docs/measures.rst).

This module holds the entry point and the clause decision (``_modality``); the rules
they call live in private modules, each importing only those listed before it:
``_modality_clauses`` (clause, window and word-form helpers, the fronted phrase),
``_modality_time`` (tense, dates, the scope of a relative clause),
``_modality_changes`` (changes named with the measure), ``_modality_conditions``
(conditions and hypotheticals), ``_modality_phrases`` (the phrase that holds the
measure), ``_modality_reported`` (hearsay, debate, questions, warnings),
``_modality_negation`` (negation and refusal) and ``_modality_revisions`` (the
sentence-level rules that revise the clause decision).

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

from polittext._modality_amounts import _kept_without, _talks_topic
from polittext._modality_changes import (
    _STOPPING,
    _applied_for,
    _change,
    _examined_content,
    _exemption,
    _loosening,
    _plain_lifting,
    _stopped_activity,
)
from polittext._modality_clauses import (
    _EARLY_STAGES,
    _EMBEDDED_QUESTIONS,
    _PREPOSITIONS,
    _SPOKEN_MEASURES,
    _aside,
    _attributive,
    _comparison,
    _conjunct,
    _content_clause,
    _first_person_or_will,
    _fronted_governor,
    _governing,
    _has_zu_infinitive,
    _headline,
    _in_question,
    _other_adverbial,
    _resumed_start,
    _with_us,
)
from polittext._modality_conditions import (
    _EXPIRY_VERBS,
    _applies_in_main_clause,
    _condition_phrase,
    _conditioned_elsewhere,
    _conditioned_subjunctive,
    _verb_first_condition,
    _violated,
)
from polittext._modality_negation import (
    _denied_report,
    _left_undone,
    _negated,
    _negated_future,
    _negated_head,
    _negated_infinitive,
    _negated_plan,
    _negated_verb_trigger,
    _neither_nor,
    _no_longer,
    _no_more,
    _own_act_not_to_come,
    _refusing_end,
    _speaker_refuses,
)
from polittext._modality_phrases import (
    _STANCES,
    _acting_subject,
    _container,
    _draft_head,
    _own_cues,
    _presupposed,
    _separable_act,
    _status_antecedent,
)
from polittext._modality_reported import (
    _REPORTED_KII,
    _against_will,
    _awaits_approval,
    _caused,
    _coming_question,
    _hearsay,
    _overdue_question,
    _own_advice,
    _postponed_decision,
    _pronounced,
    _urging_question,
    _yes_no_question,
)
from polittext._modality_revisions import _revised
from polittext._modality_time import (
    _ONGOING,
    _TABLING,
    _act_noun_subject,
    _after_act,
    _announced_for_later,
    _condition_and_time,
    _conditional_event,
    _continuation,
    _decision_to_come,
    _enters_into_force,
    _future,
    _future_tense,
    _level_changed,
    _past_event,
    _present_for_later,
    _present_passive,
    _programme_present,
    _relative_status,
    _rule_obligation,
    _scope,
    _source_noun,
    _standard,
    _standing_penalty,
    _temporal_event,
)
from polittext.cues import cue_forms
from polittext.frames import SUBORDINATORS, SentenceFrame
from polittext.measure_cues import (
    _CHANGES,
    _CONDITION_NOUNS,
    _CONDITIONAL_OPENERS,
    _DETERMINERS,
    _ENDING_MEASURES,
    _MEASURE_NOUNS,
    _NEGATIONS,
    _NOT_DONE,
    _OUTCOMES,
    _SPEECH_ACTS,
    _SUBJUNCTIVE_MODALS,
    _VOLITIONAL,
    Cue,
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
    if _left_undone(frame, candidate) and _kept_without(frame, candidate):
        return Modality.IN_FORCE  # "…, ohne dafür die Schuldenbremse zu lockern": kept
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
    return _revised(frame, cues, relative, candidate, modality)


# Attributes of a stage that a debate of the clause supersedes ("geplante", "geforderte").
_DEBATABLE = frozenset({Modality.PLANNED, Modality.PROPOSED, Modality.DEMANDED})


# Openers of a clause that depends on the one before it: its cues do not reach back.
_DEPENDENT_OPENERS = frozenset({"dass", "weil", "damit", "obwohl", "da", "sodass"})
# Auxiliaries that end a relative clause reporting an act as done ("…, die den
# Solidaritätszuschlag abgeschafft hat").
_DONE_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten", "wurde", "wurden", "worden"})


# Verb-final modals of a relative clause that give its measure a status of its own.
_RELATIVE_MODALS = frozenset({"soll", "sollen", "würde", "würden", "will", "wollen"})
# Finite forms of "ziehen" that with a closing "zurück" withdraw a draft ("zog … zurück").
_WITHDRAWING = frozenset({"zieht", "ziehen", "zog", "zogen"})


def _generic_condition_cue(frame: SentenceFrame, cue: Cue, candidate: Candidate) -> bool:
    """``Wer Integrationskurse verweigert, dem sollen die Leistungen gekürzt werden``: the
    verb of an opening generic ``Wer …`` clause says what whoever is meant does; it gives
    no status to a measure of the main clause, which is a rule for them (docs/labelling.rst,
    session 7)."""
    return (
        frame.lower(0) == "wer"
        and frame.clause_start(cue.first) == 0
        and frame.clause_start(candidate.first) != 0
    )


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
    clause = _conjunct(
        frame, (_resumed_start(frame, segment, relative), segment[1]), candidate, cues
    )
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
            # "ein Abkommen, das die Zölle auf null senken soll": the relative clause's
            # own modal, verb-final, gives its measure's status.
            or (
                own_clause[0] <= c.first <= own_clause[1]
                and c.use == "modal"
                and frame.lower(c.first) in _RELATIVE_MODALS
                and c.last == own_clause[1]
            )
            or (
                own_clause[0] <= c.first <= own_clause[1]
                and c.use == "verb"
                and (
                    (
                        (
                            c.modality in _STANCES
                            # "die den Soli abgeschafft hat": an ending reported as done
                            or (
                                c.modality is Modality.LIFTED_OR_ENDED
                                and frame.lower(own_clause[1]) in _DONE_AUXILIARIES
                            )
                        )
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
        and not _generic_condition_cue(frame, c, candidate)
    ]
    verbs = _own_cues(frame, verbs)
    in_clause = [c for c in verbs if clause[0] <= c.first <= clause[1]]
    governing = _governing(frame, verbs, clause) or _fronted_governor(
        frame, verbs, clause, relative
    )
    if (
        governing is not None
        and governing.use == "modal"
        and governing.modality in (Modality.DEMANDED, Modality.PLANNED)
        and governing.first > clause[1]
        and any(
            c.modality is Modality.LIFTED_OR_ENDED
            and frame.words[c.first].islower()
            and frame.clause_start(c.first) == frame.clause_start(governing.first)
            and c.first > governing.first
            for c in verbs
        )
    ):
        # "Die Grenzkontrollen, die … angeordnet hat, müssen sofort beendet werden": an
        # end that is only demanded or planned leaves the measure in force.
        return Modality.IN_FORCE
    if _overdue_question(frame, frame.clause_start(candidate.first)):
        return Modality.DEMANDED  # "Wo bleibt das versprochene Investitionsprogramm?"
    # 0. The content of a draft stays proposed whoever adopts the draft ("Das Kabinett
    # hat den Entwurf des Haushalts beschlossen"), unless the draft is refused.
    if (
        _draft_head(frame, candidate)
        and not any(c.use == "modal" for c in in_clause)
        and (
            "zurückgezogen" in frame.lowered[clause[0] : clause[1] + 1]
            or (
                frame.lower(clause[1]) == "zurück"
                and any(frame.lower(i) in _WITHDRAWING for i in range(clause[0], clause[1]))
            )
        )
    ):
        # "hat seinen Entwurf für ein Verbot … zurückgezogen": a tabled measure withdrawn
        # before it was adopted will not come (docs/labelling.rst, session 8: stopped).
        return Modality.NEGATED
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
        if any(c.use == "modal" and c.modality is Modality.PLANNED for c in in_clause) and any(
            frame.lower(i) in _TABLING for i in range(clause[0], clause[1] + 1)
        ):
            return Modality.PLANNED  # "will im Herbst einen Entwurf für … vorlegen"
        return Modality.PROPOSED
    # 1. Attributive status words right before the measure noun or before "Maßnahme(n)".
    lowered = frame.lowered
    anchors = {candidate.first} | {
        i
        for i in range(max(0, candidate.first - 12), min(candidate.last + 12, len(lowered)))
        if lowered[i] in _MEASURE_NOUNS
    }
    if (
        frame.lower(candidate.first - 1) in {"des", "der"}
        and frame.lower(candidate.first - 2).endswith("ung")
        and frame.words[candidate.first - 2][:1].isupper()
        and not any(c.first == candidate.first - 2 for c in cues)  # "Aufhebung": a change
        and any(
            c.use == "attribute"
            and c.modality is Modality.DECIDED
            and c.last == candidate.first - 3
            for c in cues
        )
    ):
        # "die beschlossene Erhöhung des Mindestlohns": the adoption that an attribute
        # states of the act noun governing the measure in the genitive.
        anchors.add(candidate.first - 2)
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
            preposition = cue.first - (2 if frame.lower(cue.first - 1) in _DETERMINERS else 1)
            inside_phrase = (
                frame.lower(preposition) in _PREPOSITIONS
                # "stimmen gegen das geplante Verbot": the refusal's own preposition
                and not (
                    refusal is not None
                    and frame.lower(preposition) == "gegen"
                    and refusal.first <= preposition <= refusal.last + 1
                )
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
    verb_first = _verb_first_condition(frame)
    conditional = (
        frame.lower(0) == "wer"
        or frame.lower(1 if frame.lower(0) in {"erst", "nur"} else 0)
        in _CONDITIONAL_OPENERS | {"wenn"}
        or verb_first
    )
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
    if (
        frame.lower(opener) in _CONDITIONAL_OPENERS | {"wenn"}
        or verb_first
        or (
            frame.lower(0) == "ohne"
            and any(word in _SUBJUNCTIVE_MODALS | {"gäbe", "gäben"} for word in frame.lowered)
        )
    ):
        if frame.lower(0) == "ohne":
            # "Ohne ein Sondervermögen wäre die Zeitenwende gescheitert": a counterfactual;
            # an ending verb there tells what would have happened, not to the measure.
            return Modality.HYPOTHETICAL
        change = _change(frame, verbs, candidate, clause)
        if (
            (change is not None and change.modality is Modality.LIFTED_OR_ENDED)
            or _loosening(frame, candidate, clause)
        ) and (
            opener == 1  # "Erst wenn Russland abzieht, können die Sanktionen …"
            or any(
                frame.lower(i) in {"nicht", "kein", "keine"}
                for i in range(clause[0], clause[1] + 1)
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
    if _speaker_refuses(frame, clause, candidate) and not _own_act_not_to_come(frame, clause):
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
        # "Wir werden keine Aufrüstung zulassen" refuses; "Wir werden kein Gesetz
        # beschließen" says that the speaker's own act will not come (docs/labelling.rst:
        # a Futur I with "kein" is negated).
        volitional = any(
            frame.lower(i) in _VOLITIONAL
            and (frame.lower(i) != "werden" or _refusing_end(frame, clause))
            for i in range(clause[0], candidate.first)
        )
        ending = "mehr" in frame.lowered[candidate.last + 1 : clause[1] + 1]
        if volitional and not ending and _first_person_or_will(frame, clause[0], candidate.first):
            return Modality.REJECTED  # "Wir werden keine Aufrüstung zulassen"
        if _with_us(frame, clause):
            return Modality.REJECTED  # "Mit uns wird es keine Kürzungen geben"
        if _no_more(frame, clause, candidate) and not any(
            c.use == "modal" or c.modality is Modality.HYPOTHETICAL for c in in_clause
        ):
            return Modality.LIFTED_OR_ENDED  # "zahlt der Bund keine Zuschüsse mehr"
        if (
            governing is not None
            and governing.modality in _EARLY_STAGES
            and "mehr" in frame.lowered[candidate.first : clause[1] + 1]
            and _has_zu_infinitive(frame, clause)
        ):
            # "appelliert an die Regierung, keine neuen Bürgschaften mehr zu vergeben":
            # an end that is only asked for leaves the measure in force.
            return Modality.IN_FORCE
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
    if _talks_topic(frame, candidate):
        # "Als Vorbedingung für Verhandlungen über einen Waffenstillstand fordert …": the
        # measure is what talks (named in an adverbial) are about; the verb has another object.
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
            and (
                frame.words[c.first].islower()
                # "Die Behörde richtet einen Appell an die Bürger": the appeal named by
                # its noun is made when no other word of the clause gives a status.
                or all(candidate.first <= d.first <= candidate.last for d in verbs)
            )
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
            if frame.lower(_resumed_start(frame, clause, relative)) in _EMBEDDED_QUESTIONS:
                # "Ob die Zuschüsse gekürzt werden, ist noch offen": the verb that names the
                # measure is asked about; the clause it is embedded in is open or weighs it.
                outer = next(
                    (
                        c
                        for c in verbs
                        if c.first > clause[1]
                        and c.modality in (Modality.UNDER_DISCUSSION, Modality.CONSIDERED)
                    ),
                    None,
                )
                if outer is not None:
                    return outer.modality
            # A modal of the clause scopes over it too: "will bei der Förderung kürzen";
            # the verb that governs its zu-infinitive decides: "prüft, … zu kürzen".
            if governing is not None and not (
                governing.modality is Modality.DECIDED and cue.modality in _CHANGES
            ):
                if _negated_infinitive(frame, clause, candidate, governing.modality):
                    return Modality.NEGATED
                return _negated(frame, governing.first, governing.last, governing.modality)
            modality = _scope(frame, in_clause, cue, (first, last))
            if modality is cue.modality and _future_tense(frame, clause, in_clause, cue):
                # "Die Regierung wird die Entwicklungshilfe kürzen": a Futur I of the verb
                # that names the measure announces it, as for any other outcome verb.
                modality = Modality.PLANNED
            return _negated(frame, cue.first, cue.last, modality)
    # 5. The nearest cue, in the measure's clause first. In a clause "ob …" the
    # governing verb gives the status: "prüft, ob … verhängt werden".
    embedded = frame.lower(_resumed_start(frame, clause, relative)) in _EMBEDDED_QUESTIONS
    best: tuple[tuple[int, int, int, int, int], Cue] | None = None
    for cue in verbs:
        if (
            not embedded
            and cue.first > clause[1]
            and frame.clause_start(cue.first) == clause[1] + 1
            and frame.lower(clause[1] + 1) in _DEPENDENT_OPENERS
            and frame.lower(clause[0]) not in SUBORDINATORS
            and "," in frame.gap(clause[1])
        ):
            # "Die Mobilisierung … zeigt, dass Putin keinen Frieden will": the modal of a
            # clause that depends on the measure's clause is about something else.
            continue
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
            # "Ob ein Verbot sinnvoll ist, wollen wir prüfen": in an embedded question the
            # governing clause's own cues scope over its modal.
            scope = in_clause
            if embedded and not clause[0] <= chosen.first <= clause[1]:
                home = frame.clause_start(chosen.first)
                scope = [c for c in verbs if frame.clause_start(c.first) == home]
            modality = _scope(frame, scope, chosen, (first, last))
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
            and (
                chosen.use != "modal"
                or content
                # "…, wollen wir prüfen lassen": a planned weighing is a weighing
                or (
                    chosen.modality is Modality.PLANNED
                    and governing.modality is Modality.CONSIDERED
                    and governing.first > chosen.first
                )
            )
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
            modality in _NOT_DONE | {Modality.PLANNED, Modality.NEGATED}
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
                if modality is Modality.PLANNED and (
                    _conditioned_elsewhere(frame, clause) or _conditional_event(frame, clause)
                ):
                    # "Bei einem Wahlsieg will die Union das Gesetz abschaffen": a planned
                    # lifting tied to an event that may not come is a plan with a condition.
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
