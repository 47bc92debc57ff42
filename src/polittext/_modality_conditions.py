"""Conditions and hypotheticals of the modality.

Private to :mod:`polittext.measure_modality`: a measure under or inside a
``falls``/``wenn`` clause, ``nur, wenn``, a measure one must reckon with, one after a
future event (``nach einem Waffenstillstand``), violations of a rule in force,
conditional phrases (``im Fall eines …``), ``müsste`` under a condition, an expiry
that a condition can prevent, and a lifting judged in the subjunctive
(``… auszusetzen, wäre verfassungswidrig``).
"""

from __future__ import annotations

import itertools

from polittext._modality_clauses import _IF, _PREPOSITIONS, _REACH, _past_word, _question
from polittext.frames import RELATIVE, SUBORDINATORS, SentenceFrame
from polittext.measure_cues import _DETERMINERS, Cue
from polittext.measures import Candidate
from polittext.types import Modality

_EXPIRY_VERBS = frozenset({"läuft", "laufen", "lief", "liefen", "auslaufen", "ausläuft"})


# Breaking a measure: "umgeht die Sanktionen", "Verstoß gegen das Embargo".
_VIOLATIONS = frozenset(
    {
        "umgeht", "umgehen", "umging", "umgingen", "umgangen", "umgehung",
        "verstößt", "verstoßen", "verstieß", "verstießen", "verstoß", "verstöße", "verstößen",
        "missachtet", "missachten", "missachtete", "missachteten", "missachtung",
        "unterläuft", "unterlaufen", "unterlief", "unterliefen",
        "bricht", "brechen", "brach", "brachen", "gebrochen", "bruch",
    }
)  # fmt: skip
# Present-tense verbs by which an existing measure applies when a case arises.
_APPLIES = frozenset({"greift", "greifen", "haftet", "haften", "springt", "springen"})
# Standing by an obligation of one's own ("stehen wir zu unserer Beistandspflicht").
_STANDING_BY = frozenset({"stehen", "steht", "stehe"})
_OWN_OBLIGATIONS = frozenset(
    {"unserer", "unseren", "seiner", "ihrer", "meiner", "der", "den", "dem", "ihren", "seinen"}
)


_FUTURE_STAGES = frozenset(
    {
        Modality.UNDER_DISCUSSION,
        Modality.PROPOSED,
        Modality.PLANNED,
        Modality.DEMANDED,
        Modality.CONSIDERED,
    }
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
    if clause == 0 or candidate.first < clause:
        return False
    if (
        frame.lower(clause) in _STANDING_BY
        and frame.lower(candidate.first - 1) in _OWN_OBLIGATIONS
        and "zu" in frame.lowered[clause : candidate.first]
    ):
        return True  # "Sollte Russland angreifen, stehen wir zu unserer Beistandspflicht"
    if frame.lower(clause) not in _APPLIES:
        return False
    article = frame.lower(candidate.first - 1)
    trigger_is_verb = candidate.first == clause
    return trigger_is_verb or (
        article in {"die", "das", "der", "den", "seiner", "ihrer", "seine", "ihre", "unsere"}
        or frame.lower(candidate.first) in {"die", "das", "der"}
    )


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


# Konjunktiv II of the modals of necessity: a demand, or a consequence under a condition.
_NECESSITY_SUBJUNCTIVES = frozenset({"müsste", "müssten", "bräuchte", "bräuchten"})


def _conditioned_subjunctive(frame: SentenceFrame, chosen: Cue, verbs: list[Cue]) -> bool:
    """``Im Fall einer Blockade müsste Europa … reagieren``: a Konjunktiv II of necessity
    under a condition is the consequence of that condition, not a demand."""
    if frame.lower(chosen.first) not in _NECESSITY_SUBJUNCTIVES:
        return False
    return any(c.modality is Modality.HYPOTHETICAL and c.use != "modal" for c in verbs) or any(
        frame.lower(frame.clause_start(i)) == "wenn" for i in range(len(frame.words))
    )


# Nouns that open a conditional phrase: "im Fall eines Angriffs", "für den Fall einer …".
_CONDITION_HEADS = frozenset({"fall", "falle"})


def _condition_phrase(frame: SentenceFrame, candidate: Candidate) -> bool:
    """A measure inside a conditional phrase (``im Fall eines Waffenstillstands``) is only
    supposed, so it is hypothetical."""
    for index in range(max(0, candidate.first - 4), candidate.first):
        if (
            frame.lower(index) in _CONDITION_HEADS
            and frame.words[index][:1].isupper()
            # "in jedem Fall ein Verbot", "auf keinen Fall eine Steuer": emphasis
            and frame.lower(index - 1) not in {"jedem", "jeden", "keinen", "keinem", "allen"}
        ):
            between = range(index + 1, candidate.first)
            return all(
                frame.lower(i) in _DETERMINERS or frame.words[i].islower() for i in between
            ) and not any(frame.breaks[index : candidate.first])
    return False


# Verbs that open a conditional clause in first position without "wenn" ("Kommt die
# Maut, steigen die Preise"; "Scheitert die Reform, …"): verbs of coming about,
# changing, applying and failing.
_VERB_FIRST_CONDITIONS = frozenset(
    {"kommt", "kommen", "gibt", "steigt", "steigen", "sinkt", "sinken", "fällt", "fallen"}
    | {"bleibt", "bleiben", "scheitert", "scheitern", "greift", "greifen", "tritt", "treten"}
    | {"wird", "werden", "setzt", "setzen", "erhöht", "erhöhen", "senkt", "senken"}
    | {"führt", "führen", "verhängt", "verhängen", "beschließt", "beschließen", "hält"}
    | {"halten", "bricht", "brechen", "verweigert", "verweigern", "stimmt", "stimmen"}
    | {"läuft", "laufen", "fließt", "fließen", "zahlt", "zahlen", "macht", "machen"}
)
_CONJUNCTIONS = _DETERMINERS | frozenset({"und", "oder", "aber", "sondern", "denn"})


def _verb_first_condition(frame: SentenceFrame) -> bool:
    """Whether the sentence opens with a conditional clause in verb-first order: ``Kommt
    die Maut für Reisebusse, steigen die Ticketpreise``, ``Scheitert die Reform, dann
    …``. The clause after the comma opens with its own verb (or ``dann``/``so``), and
    the sentence is no question."""
    count = len(frame.tokens)
    if count < 4 or frame.lower(0) not in _VERB_FIRST_CONDITIONS or _question(frame):
        return False
    end = frame.clause_end(0)
    if end + 1 >= count or not frame.commas[end]:
        return False
    after = frame.lower(end + 1)
    if after in {"dann", "so"}:
        return True
    return (
        frame.words[end + 1].islower()
        and after not in SUBORDINATORS
        and after not in RELATIVE
        and after not in _CONJUNCTIONS
        and after not in _PREPOSITIONS
        and after not in {"wie", "was", "wer", "wo", "warum", "ob", "dass", "es", "zu"}
    )
