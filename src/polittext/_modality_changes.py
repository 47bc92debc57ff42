"""Changes named with the measure, for the modality rules.

Private to :mod:`polittext.measure_modality`: liftings, cuts, replacements and
exemptions (``_change``, ``_plain_lifting``), loosenings, increases of money,
struck subsidies, stopped trade, suspended rights, restored relations, frozen
assets, liftings denied or measures left untouched, and the status a trigger's own
verb gives (``_own_verb``, ``_applied_for``).
"""

from __future__ import annotations

from polittext._modality_clauses import (
    _PREPOSITIONS,
    _REACH,
    _RIGHT_TYPES,
    _verb_form,
    _window,
)
from polittext.frames import SentenceFrame
from polittext.measure_cues import (
    _CHANGES,
    _DETERMINERS,
    _ENDING_MEASURES,
    _NEGATIONS,
    _SUSPENSIONS,
    Cue,
)
from polittext.measures import Candidate
from polittext.types import Modality


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
            # "hat die Hundesteuer erhöht und die Förderung gestrichen": the increase of
            # another conjunct, each with its own verb
            between = range(min(index, candidate.last) + 1, max(index, candidate.first))
            if not any(
                frame.lower(j) in {"und", "oder"} and _verb_form(frame, j - 1) for j in between
            ):
                return True
    return False


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


_STRUCK = frozenset({"gestrichen", "streicht", "strich", "strichen"})


def _struck(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Abwrackprämie wurde gestrichen``: a subsidy struck as a whole is ended (and the
    cut decided); a cut by an amount (``um 30 Prozent gestrichen``) or a part of it
    (``zusammengestrichen``) is not (docs/labelling.rst)."""
    start, end = frame.clause_start(candidate.first), frame.clause_end(candidate.last)
    words = frame.lowered[start : end + 1]
    return any(w in _STRUCK for w in words) and "um" not in words


# Nouns of a change to a measure: stopping one stops the change, not the measure.
_CHANGE_NOUNS = frozenset(
    {"senkung", "erhöhung", "anhebung", "einführung", "ausweitung", "verlängerung"}
    | {"verschärfung", "lockerung", "kürzung", "absenkung"}
)


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


# Rights and facilitations whose suspension is itself the restriction (docs/labelling.rst).
_RIGHT_NOUNS = ("nachzug", "asyl", "visafreiheit", "visaerleichterung", "visa-erleichterung")
_SUSPENDING_ACTS = frozenset({"ausgesetzt", "setzt", "setzte", "setzten", "setzen"})


# Migration measures that are restrictions themselves: suspended, they have ended.
_RESTRICTION_NOUNS = ("abschiebung", "rückführung", "zurückweisung", "grenzkontroll")


def _names_right(frame: SentenceFrame, candidate: Candidate) -> bool:
    """Whether the measure is a right or facilitation (``Familiennachzug``, ``Asylrecht``)."""
    if candidate.type not in _RIGHT_TYPES:
        return False
    noun = " ".join(frame.lowered[candidate.first : candidate.last + 1])
    return any(stem in noun for stem in _RIGHT_NOUNS)


def _right_suspended(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Die Regierung hat den Familiennachzug ausgesetzt``: suspending a right imposes
    the restriction, an act (decided), not the end of a measure."""
    if not _names_right(frame, candidate):
        return False
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    return any(w in _SUSPENDING_ACTS for w in words) and not any(
        w in {"ist", "sind", "bleibt", "bleiben", "seit", "war", "waren"} for w in words
    )


def _right_suspended_in_programme(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Den Familiennachzug setzen wir für weitere zwei Jahre aus``: ``wir`` with the
    present tense of suspending a right states a programme, planned (docs/labelling.rst:
    a present tense with ``wir`` in a programme)."""
    if not _names_right(frame, candidate):
        return False
    start, end = _window(frame, candidate)
    words = frame.lowered[start : end + 1]
    return (
        any(
            w in {"setzen", "setzt"} and "wir" in words[max(0, i - 1) : i + 2]
            for i, w in enumerate(words)
        )
        and "aus" in words
    )


def _suspended_right(frame: SentenceFrame, candidate: Candidate) -> bool:
    """``Der Familiennachzug ist ausgesetzt``: a right in the state of being suspended
    (``sein`` with the participle) is the restriction that applies, in force; so is a
    suspended cooperation (``Die Zusammenarbeit ist seit März ausgesetzt``)."""
    if candidate.type not in _RIGHT_TYPES | _ENDING_MEASURES:
        return False
    noun = " ".join(frame.lowered[candidate.first : candidate.last + 1])
    if any(stem in noun for stem in _RESTRICTION_NOUNS):
        return False  # "Die Abschiebung nach Afghanistan ist ausgesetzt": the measure ended
    clause = (frame.clause_start(candidate.first), frame.clause_end(candidate.last))
    words = frame.lowered[clause[0] : clause[1] + 1]
    return "ausgesetzt" in words and any(
        w in {"ist", "sind", "bleibt", "bleiben", "seit"} for w in words
    )


_LIFTINGS = frozenset(
    {"aufhebung", "abschaffung", "lockerung", "aussetzung", "rücknahme", "streichung"}
)


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


_LOOSENING_NOUNS = ("lockerung", "aufweichung", "abschwächung", "entschärfung", "abmilderung")


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
