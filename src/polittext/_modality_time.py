"""Tense, time and scope rules of the modality.

Private to :mod:`polittext.measure_modality`: Futur I and announcements for later,
entry into force and the programme present (``Wir erhöhen …``), a past act or event,
rules with a date (``ab``, ``seit``, ``bis``), event nouns of temporal phrases
(``Nach dem Inkrafttreten …``), keeping a measure (``festhalten``, ``bleiben``), and
the status, time and condition that a relative clause gives its antecedent
(``_relative_status``, ``_scope``, ``_condition_and_time``).
"""

from __future__ import annotations

import itertools

from polittext._modality_clauses import (
    _CONTENT_VERBS,
    _COPULAS,
    _FINITE_AUXILIARIES,
    _FUTURE_ACTS,
    _HAVE_SUBJUNCTIVES,
    _PAST_FORMS,
    _PREPOSITIONS,
    _WERDEN,
    _adjective_context,
    _attributive,
    _conjunct,
    _finite,
    _infinitive,
    _window,
)
from polittext.frames import SentenceFrame
from polittext.measure_cues import (
    _CHANGES,
    _CONDITIONS,
    _DATE_WORDS,
    _DETERMINERS,
    _NEGATIONS,
    _OUTCOMES,
    _PARTICLES,
    _PAST_AUXILIARIES,
    _REMAIN,
    _SPEECH_ACTS,
    _SUBJUNCTIVE_MODALS,
    Cue,
)
from polittext.measures import Candidate
from polittext.types import Modality


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


# Adverbs of a state that goes on: "rät weiterhin ab", "warnt seit Jahren".
_ONGOING = frozenset({"weiterhin", "seit", "seither", "bislang", "bisher", "unverändert"})


# Zu-infinitives of keeping a measure as it is (a planned or demanded keeping).
_KEEPING_INFINITIVES = (
    *("beizubeh", "festzuh", "aufrechtzuerh", "weiterzuführ", "beibeh", "aufrechterh"),
)


def _to_remain(frame: SentenceFrame, cues: list[Cue], candidate: Candidate) -> bool:
    """``Die Sanktionen müssen bestehen bleiben``, ``sollen … gesperrt bleiben``, ``fordert,
    die Kontrollen beizubehalten``: a modal with a clause-final ``bleiben``, or a
    clause-final verb of keeping, keeps the measure of the clause as it is, so it stays
    in force whether the keeping is planned or demanded."""
    whole = (frame.clause_start(candidate.first), frame.clause_end(candidate.last))
    start, end = _conjunct(frame, whole, candidate, cues)
    if end > candidate.last and frame.lower(end).startswith(_KEEPING_INFINITIVES):
        return True  # "fordert, die Grenzkontrollen dauerhaft beizubehalten": kept
    if frame.lower(end) != "bleiben" or end <= candidate.last:
        return False
    return any(c.use == "modal" and start <= c.first < end for c in cues)


# Acts in the plural present that a programme with "wir" announces (creating, raising,
# lowering, cutting, banning): present forms that the cue lexicon does not list, since
# they are also infinitives.
_PROGRAMME_ACTS = frozenset(
    {"erhöhen", "senken", "kürzen", "streichen", "halbieren", "verdoppeln", "steigern"}
    | {"schaffen", "verbieten", "verdreifachen", "verlängern", "ausweiten"}
)


_SEPARABLE_PROGRAMME_ACTS = {"legen": "auf", "stocken": "auf", "bauen": "aus", "weiten": "aus"}


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
        (
            word in _PROGRAMME_ACTS
            # "Wir legen ein Investitionsprogramm auf": a separable act, its particle last
            or _SEPARABLE_PROGRAMME_ACTS.get(word) == frame.lower(frame.clause_end(start + i))
        )
        and frame.words[start + i].islower()
        and "wir" in words[max(0, i - 1) : i + 2]
        for i, word in enumerate(words)
    )


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


# Time phrases that put a present-tense act in the future (``im kommenden Jahr``).
_LATER = (
    ("im", "kommenden"),
    ("im", "nächsten"),
    ("nächstes", "jahr"),
    ("kommendes", "jahr"),
    ("in", "zukunft"),
)


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


def _decision_to_come(frame: SentenceFrame, modality: Modality) -> bool:
    """A decision on an indirect question that has not been taken yet (``soll …
    entschieden werden``, ``wird im Herbst entschieden``, not ``wurde entschieden``)."""
    if modality not in (Modality.PLANNED, Modality.DECIDED):
        return False
    if any(w in _PAST_AUXILIARIES or w in {"war", "waren"} for w in frame.lowered):
        return False
    return any(w.startswith(("entschied", "entscheid")) for w in frame.lowered)


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


def _relative_status(
    frame: SentenceFrame, cues: list[Cue], candidate: Candidate
) -> Modality | None:
    """The status given by a relative clause right after the measure (``X, die Sie
    beschließen wollen``: planned; ``X, der ab 2026 … verteuert``: decided), also after
    a short phrase that belongs to the measure (``Die Zurückweisungen an den Grenzen,
    die der Innenminister angeordnet hat, …``: decided)."""
    end = frame.clause_end(candidate.last)
    if end - candidate.last > 6 or not frame.breaks[end]:
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
    # "einen Vertrag geschlossen, der gemeinsame Patrouillen vorsieht": a verb of content
    # says what the measure holds, not where it stands.
    inner = [
        c
        for c in cues
        if clause[0] <= c.first <= clause[1]
        and frame.words[c.first].islower()
        and frame.lower(c.first) not in _CONTENT_VERBS
        and not _attributive(frame, c)  # "die Rücknahme abgelehnter Asylbewerber"
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


# Infinitives of tabling a bill or plan: under a modal of intent they are still to come.
_TABLING = frozenset({"vorlegen", "vorzulegen", "einbringen", "einzubringen"})


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
    # "will bis Jahresende einen Gesetzentwurf vorlegen", "wir werden einen Haushalt …
    # vorlegen": tabling that is only intended is a plan; the draft is not tabled yet.
    if any(m.modality is Modality.PLANNED for m in modals) and any(
        frame.lower(c.first) in _TABLING for c in [chosen, *others]
    ):
        return Modality.PLANNED
    # "Die EU sollte endlich über Sicherheitsgarantien nachdenken", "muss darüber beraten":
    # a modal of necessity asks for the weighing or debate; that is a demand.
    weighing = (Modality.CONSIDERED, Modality.UNDER_DISCUSSION)
    if any(m.modality is Modality.DEMANDED for m in modals) and any(
        c.modality in weighing and frame.words[c.first].islower() for c in [chosen, *others]
    ):
        return Modality.DEMANDED
    # "wollen wir gemeinsam mit Fachleuten prüfen": a planned weighing is a weighing.
    if (
        chosen.use == "modal"
        and chosen.modality is Modality.PLANNED
        and any(
            c.modality is Modality.CONSIDERED and frame.words[c.first].islower() for c in others
        )
    ):
        return Modality.CONSIDERED
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


_LATER_WORDS = frozenset({"künftig", "fortan", "ab", "zum"})


def _starts_later(frame: SentenceFrame, clause: tuple[int, int]) -> bool:
    """``ab dem 1. Juli``, ``ab 2026``, ``ab sofort``: the measure starts at a date;
    ``künftig``/``fortan`` with a present state (``Künftig gilt … ein Fahrverbot``)
    reports a rule that has been adopted for the time to come."""
    if _LATER_WORDS.isdisjoint(frame.lowered[max(clause[0], 0) : max(clause[1], 0)]):
        return False  # most clauses (tested in C)
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
