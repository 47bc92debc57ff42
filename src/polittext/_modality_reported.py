"""Reported speech, debate and questions in the modality rules.

Private to :mod:`polittext.measure_modality`: hearsay (``soll … geliefert haben``)
and reported past acts, debates, votes and agreements still ahead, postponed
decisions, settled matters (``beschlossene Sache``), yes/no and urging questions,
approval still awaited, warnings (``warnt vor …``), public advice, promises and
announcements, demands that the speaker of the sentence makes, a measure reacted to
(``reagiert auf …``), and cues that state no stance on the measure (``für …
ausgesprochen``, ``gegen den Willen``, a causative ``lassen``).
"""

from __future__ import annotations

from polittext._modality_clauses import (
    _COPULAS,
    _PAST_FORMS,
    _REACH,
    _SPOKEN_MEASURES,
    _TALKS,
    _WERDEN,
    _after_colon,
    _governed_by,
    _has_zu_infinitive,
    _preposition_before,
    _question,
    _window,
)
from polittext._modality_time import _relative_status
from polittext.frames import SentenceFrame
from polittext.measure_cues import (
    _CHANGES,
    _CONDITIONS,
    _DETERMINERS,
    _NEGATIONS,
    _OUTCOMES,
    _REPORTED_SUBJUNCTIVES,
    _SUBJUNCTIVE_MODALS,
    Cue,
)
from polittext.measures import Candidate
from polittext.types import Modality

# Predicative nouns that say a measure is settled: "ist beschlossene Sache".
_SETTLED = frozenset({("beschlossene", "sache"), ("ausgemachte", "sache")})


def _settled(frame: SentenceFrame, candidate: Candidate) -> Modality | None:
    """``Die geplante Einführung einer Zuckersteuer ist beschlossene Sache``: a predicate
    noun of the measure's clause says it is decided, whatever stage its attribute names;
    negated (``ist noch lange keine beschlossene Sache``) it says the matter is open."""
    if "sache" not in frame.lowered:
        return None  # most sentences
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


def _demanded_by_speaker(
    frame: SentenceFrame, cues: list[Cue], candidate: Candidate
) -> Modality | None:
    """``Die Regierung solle endlich ein Tempolimit einführen, forderte der ADAC``: the
    reported ``solle`` (or ``sollte``, ``müsse``) of a clause whose inverted verb of saying
    is a demand states that demand, not a plan; with a verb of recommending (``…,
    empfiehlt der Sachverständigenrat``) it is a recommendation, proposed. Returns that
    stance, or None."""
    end = frame.clause_end(candidate.last)
    if end + 1 >= len(frame.words) or not frame.breaks[end]:
        return None
    if not any(
        c.use == "modal"
        and c.modality in (Modality.PLANNED, Modality.DEMANDED)
        and frame.lower(c.first) in _REPORTED_OUGHT
        and frame.clause_start(candidate.first) <= c.first <= end
        for c in cues
    ):
        return None
    return next(
        (
            c.modality
            for c in cues
            if c.first == end + 1
            and c.modality in (Modality.DEMANDED, Modality.PROPOSED)
            and frame.words[c.first].islower()
        ),
        None,
    )


# Modals of a reported demand or recommendation: "solle", "sollte", "müsse".
_REPORTED_OUGHT = frozenset(
    {"solle", "sollen", "soll", "sollte", "sollten", "müsse", "müssen", "müsste", "müssten"}
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


_PREDICTIONS = frozenset({"dürfte", "dürften"})
_VOTES = ("zustimm", "billig", "verabschied", "absegn", "beschließ")


def _vote_expected(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Der Bundesrat dürfte dem Rentenpaket am Freitag zustimmen``: a vote predicted
    with ``dürfte`` is still ahead (docs/labelling.rst: a vote ahead is under
    discussion)."""
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    return any(w in _PREDICTIONS for w in words) and any(w.startswith(_VOTES) for w in words)


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
    if not _question(frame) or candidate.first == 0 or len(frame.words) < 3:
        return False
    # "Ich frage die Bundesregierung: Wird es …?": the question after a colon
    start = _after_colon(frame, candidate)
    if start >= candidate.first:
        return False
    if frame.lower(start) in _WERDEN and frame.lower(start + 1) == "es":
        return True  # "Wird es eine Verlängerung geben?": whether it comes is asked
    if start > 0:
        return any(c.first == start and c.use == "verb" and c.modality in _ASKED_ACTS for c in cues)
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


def _reacted_to(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``reagiert auf die Exportkontrollen mit Beschränkungen``: the measure reacted to
    is in force; the response (after ``mit``) is the act."""
    at = _governed_by(frame, candidate, "auf")
    return at is not None and any(
        frame.lower(i).startswith(("reagier", "antwort")) for i in range(max(0, at - 3), at)
    )


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


def _own_advice(frame: SentenceFrame, cue: Cue, candidate: Candidate) -> bool:
    """``Das Auswärtige Amt warnt vor Reisen nach Mali``, ``rät von Reisen ab``: public
    advice named by its own verb is the measure, so the verb gives no stance on it (a
    warning against another measure, ``warnte vor neuen Zöllen``, refuses that one)."""
    return candidate.type in _SPOKEN_MEASURES and frame.lower(cue.first).startswith(_ADVICE)


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
