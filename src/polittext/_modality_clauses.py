"""Clause, window and word-form helpers shared by the modality rules.

Private to :mod:`polittext.measure_modality`: the reach of a rule around the measure
(``_REACH``, ``_window``, ``_ahead``), finite verbs and the conjunct of the measure's
clause (``_finite``, ``_conjunct``), adverbial and asyndetic clause boundaries,
infinitives and zu-infinitives, a preposition governing the measure, comparisons
(``als geplant``), and the fronted phrase whose main clause comes after a ``wie``
aside or ``mit uns`` (``_fronted_governor``, ``_aside``, ``_main_act``). The word
sets here are shared by several rule modules; this module imports none of them.
"""

from __future__ import annotations

from polittext.frames import SentenceFrame
from polittext.lexicon import word_class
from polittext.measure_cues import (
    _DETERMINERS,
    _NEGATIONS,
    _PARTICLES,
    _PAST_AUXILIARIES,
    _SPEECH_ACTS,
    Cue,
    verb_words,
)
from polittext.measures import Candidate
from polittext.types import Modality

_IF = frozenset({"wenn", "falls", "sofern", "soweit"})


_TALKS = frozenset({"gespräche", "gesprächen", "verhandlungen"})


def _question(frame: SentenceFrame) -> bool:
    """Whether the sentence ends in a question mark (read from its end: constant time)."""
    end = frame.end
    while end > frame.start and frame.text[end - 1].isspace():
        end -= 1
    return end > frame.start and frame.text[end - 1] == "?"


def _after_colon(frame: SentenceFrame, candidate: Candidate) -> int:
    """The first token after a colon before the measure (``Ich frage Sie: Wird …``),
    looked for within ``_REACH`` words; 0 when there is none."""
    floor = max(0, candidate.first - _REACH)
    return next(
        (i + 1 for i in range(candidate.first - 1, floor - 1, -1) if ":" in frame.gap(i)), 0
    )


def _window(frame: SentenceFrame, candidate: Candidate) -> tuple[int, int]:
    """The measure's clause, cut to ``_REACH`` words on either side of the trigger: the
    rules that look for a word in it stay linear in the length of an endless clause."""
    return (
        max(frame.clause_start(candidate.first), candidate.first - _REACH),
        min(frame.clause_end(candidate.last), candidate.last + _REACH),
    )


def _past_word(word: str) -> bool:
    return word in _PAST_AUXILIARIES or word in {"war", "waren", "wurde", "wurden"}


def _preposition_before(frame: SentenceFrame, candidate: Candidate, preposition: str) -> int | None:
    """The index of ``preposition`` among the four words before the measure noun, in
    its clause (``vor neuen Zöllen``, ``gegen das neue Gesetz``); ``None`` otherwise."""
    if preposition not in frame.lowered[max(candidate.first - 4, 0) : max(candidate.first, 0)]:
        return None  # most measures (tested in C)
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


# How far the checks of a measure's surroundings look (a bound for long sentences).
_REACH = 16


def _ahead(frame: SentenceFrame, start: int) -> range:
    """The indexes of at most :data:`_REACH` tokens from ``start`` on."""
    return range(start, min(len(frame.tokens), start + _REACH))


def _in_question(frame: SentenceFrame, cue: Cue) -> bool:
    """``käme für uns nicht infrage``: the Konjunktiv II of the idiom ``in Frage kommen``
    imagines nothing; its own cue (``nicht infrage``) gives the status."""
    if frame.lower(cue.first) not in {"käme", "kämen"}:
        return False
    end = frame.clause_end(cue.first)
    return any(w in {"infrage", "frage"} for w in frame.lowered[cue.first + 1 : end + 1])


_COPULAS = frozenset({"ist", "sind", "sei", "seien", "war", "waren"})


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
    frame: SentenceFrame, clause: tuple[int, int], candidate: Candidate, cues: list[Cue]
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
        if (
            index - 1 > candidate.last
            and _verb_conjuncts(frame, index, end)
            and (
                frame.lower(index - 1) in _FUTURE_ACTS
                or any(c.first <= index - 1 <= c.last for c in cues)
            )
        ):
            # "haben das Kindergeld erhöht und … aufgestockt": a status verb of its own
            return start, index - 1
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


def _verb_form(frame: SentenceFrame, index: int) -> bool:
    """A lower-case status verb, a participle or an infinitive (``erhöht``,
    ``gestrichen``, ``einführen``); not a word of another class that ends alike."""
    word = frame.lower(index)
    if not frame.words[index].islower() or len(word) < 5:
        return False
    if word in _DETERMINERS or word in _PREPOSITIONS or word in _PARTICLES:
        return False
    return word in verb_words() or word.endswith(("en", "ern", "eln", "t"))


def _verb_conjuncts(frame: SentenceFrame, index: int, end: int) -> bool:
    """Whether the coordinator at ``index`` joins two verb-final conjuncts that share an
    auxiliary or modal, each with its own object (``haben das Kindergeld erhöht und das
    Förderprogramm aufgestockt``, ``wollen X einführen und Y beibehalten``): when the
    first has a status verb of its own, the verb of the second does not reach it."""
    return (
        end - index <= _REACH  # (a conjunct no longer than that: linear time)
        and _verb_form(frame, index - 1)
        and _verb_form(frame, end)
        and not _finite(frame, index + 1)
        and any(frame.words[i][:1].isupper() for i in range(index + 1, end))
        and not any(frame.breaks[index:end])
    )


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
    Schritte``: a main clause after a comma that opens with one constituent (its subject,
    a pronoun, a fronted object) and its finite verb in second place is a sentence of its
    own; its cues, verbs or nouns (``Das Tempolimit bleibt, eine Lockerung lehnen wir
    ab``), do not reach a measure of the complete main clause before it."""
    if clause[0] != 0 or cue_clause <= clause[1]:
        return False
    if "," not in frame.gap(cue_clause - 1):
        return False
    # "…, und wir erwarten, dass …", "…, aber Washington prüft …": a coordinator may open
    # it; its first constituent may be a pronoun or a fronted object.
    subject = cue_clause + (1 if frame.lower(cue_clause) in _CLAUSE_COORDINATORS else 0)
    end = frame.clause_end(cue_clause)
    verb = next(
        (i for i in range(subject + 1, min(subject + 7, end + 1)) if _finite(frame, i)), None
    )
    if verb is None:
        return False
    if not _first_constituent(frame, subject, verb):
        return False
    if end > verb and _finite(frame, end):
        return False  # verb-final: a relative clause ("die Trump angekündigt hat")
    return any(_finite(frame, i) for i in range(clause[0], clause[1] + 1))


def _first_constituent(frame: SentenceFrame, start: int, verb: int) -> bool:
    """Whether the words from ``start`` to the verb form one first constituent of a
    verb-second clause: a personal pronoun (``wir``), a name or a noun with its article
    (``die USA``), or a noun phrase of up to six words with adjectives and a genitive
    (``eine weitere Anhebung des Renteneintrittsalters lehnen wir ab``)."""
    if verb == start + 1 and frame.lower(start) in _SUBJECT_PRONOUNS:
        return True
    if not 0 < verb - start <= 6 or not frame.words[verb - 1][:1].isupper():
        return False
    for index in range(start, verb):
        word = frame.lower(index)
        if frame.words[index][:1].isupper() or word in _DETERMINERS:
            continue
        if _finite(frame, index) or not word.endswith(("e", "en", "er", "es", "em")):
            return False  # a verb or another word: no plain noun phrase
    return True


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


# Coordinators that may open a main clause after a comma, and subject pronouns of one.
_CLAUSE_COORDINATORS = frozenset({"und", "aber", "doch", "denn"})
_SUBJECT_PRONOUNS = frozenset({"wir", "ich", "sie", "er", "man"})


# Finite forms of "werden" that make a Futur I with an infinitive (``wird … ausweiten``).
_WERDEN = frozenset({"wird", "werden", "werde", "wirst", "werdet"})
# Strong participles of inseparable verbs end in -en like infinitives (``wird … beschlossen``
# is a passive, not a Futur I).
_STRONG_PARTICIPLES = frozenset(
    {"beschlossen", "verboten", "entschieden", "verworfen", "verschoben", "vergeben"}
    | {"unterschrieben", "beschrieben", "erlassen", "erhoben", "entzogen", "verliehen"}
)


def _infinitive(word: str) -> bool:
    """A form that can be an infinitive (``ausweiten``, ``gelten``), not a participle."""
    if not word.endswith(("en", "ern", "eln")) or word in _STRONG_PARTICIPLES:
        return False
    return not any(word.startswith(p + "ge") for p in ("", *_PARTICLES))


# Indirect questions: the verb that governs them gives the status (``prüft, ob …``; ``Wie
# hoch die Obergrenze ausfallen soll, ist umstritten``).
_EMBEDDED_QUESTIONS = frozenset(
    {"ob", "inwiefern", "inwieweit", "wann", "welche", "welcher", "welches", "welchen"}
    | {"wieviel", "wie"}
)


# Types whose trigger may name a right (Familiennachzug, Visafreiheit): suspending it is the
# restrictive measure itself, not the end of one ("die Aussetzung des Familiennachzugs").
# Suspending a restriction (Schuldenbremse, Sanktionen) lifts it.
# First parts of separable verbs that are no prepositions (teilnehmen, stattfinden,
# bereitstellen): their zu-infinitive has "zu" inside too ("teilzunehmen").
_NOUN_PARTICLES = ("teil", "statt", "bereit", "hoch", "weiter")
_RIGHT_TYPES = frozenset({"MIGRATION_BORDER", "TRAVEL_BAN"})
# Verbs that say what a package, law or treaty holds ("ein Abkommen, das … vorsieht").
_CONTENT_VERBS = frozenset(
    {"vorsieht", "vorsehen", "vorsah", "vorsahen", "enthält", "enthalten", "enthielt"}
    | {"umfasst", "umfassen", "umfasste", "beinhaltet", "beinhalten", "regelt", "regeln"}
)


_PREPOSITIONS = word_class("preposition")


_PAST_FORMS = frozenset({"hat", "haben", "hatte", "hatten", "habe", "wurde", "wurden", "war"})


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


_RELATIVE_PRONOUNS = word_class("relative")


_HAVE_SUBJUNCTIVES = frozenset({"habe", "haben", "hätten", "hätte"})


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


def _main_after_front(
    frame: SentenceFrame, end: int, relative: set[int] | None = None
) -> int | None:
    """The first token of the main clause after a fronted phrase that ends at token
    ``end`` and the clause right after it: a comparison aside (``, wie es die Opposition
    fordert,``) or, with the indexes of relative-clause tokens given, a relative clause
    (``, das Betriebe überfordert,``). ``None`` without such a clause or with no main
    clause after it. Shared by :func:`_fronted_governor` and the actor rules of
    :mod:`polittext.measure_attributes` (``_wie_aside``, ``_relative_after_front``).

    >>> from polittext.frames import SentenceFrame
    >>> text = "Ein Importverbot, wie es Polen fordert, lehnt Ungarn ab."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> frame.words[_main_after_front(frame, frame.clause_end(0))]
    'lehnt'
    >>> text = "Ein Importverbot, wie es Polen fordert."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _main_after_front(frame, frame.clause_end(0)) is None
    True
    """
    after = end + 1
    if after >= len(frame.words) or not (
        (frame.lower(after) == "wie" and frame.lower(after + 1) in _ASIDE_PRONOUNS)
        or (relative is not None and after in relative)
    ):
        return None
    main = frame.clause_end(after) + 1
    return main if main < len(frame.words) else None


def _fronted_governor(
    frame: SentenceFrame, verbs: list[Cue], clause: tuple[int, int], relative: set[int]
) -> Cue | None:
    """``Die Sanktionen zu verschärfen, wie es die Opposition fordert, lehnen wir ab``: a
    zu-infinitive clause that opens the sentence is the object of the main clause after
    it; its verb governs (a comparison clause with ``wie`` in between does not)."""
    # "Dass die Entlastung dauerhaft gilt, hat der Bundestag beschlossen": a fronted dass
    # clause is the object of the main clause after it, too.
    main = _main_after_front(frame, clause[1], relative) if clause[0] == 0 else None
    if (
        main is not None
        and not _has_zu_infinitive(frame, clause)
        and frame.lower(0) != "dass"
        and not any(frame.words[i].islower() and _finite(frame, i) for i in range(*clause))
    ):
        # "Ein Importverbot, wie es Polen fordert, lehnt Ungarn ab", "Ein Gesetz, das
        # Betriebe überfordert, wollen wir nicht": a fronted noun phrase is the object
        # of the main clause after the aside or the relative clause.
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
        if act.use == "modal" and act.modality is Modality.PLANNED:
            # "…, wollen wir auf europäischer Ebene prüfen lassen": a planned weighing is
            # a weighing.
            weighing = next(
                (
                    c
                    for c in verbs
                    if act.last < c.first <= end
                    and c.modality is Modality.CONSIDERED
                    and frame.words[c.first].islower()
                ),
                None,
            )
            if weighing is not None:
                return weighing
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
    # The clause's words (an index out of range names no word: nothing to test).
    first = max(clause[0], 0)
    for index, word in enumerate(frame.lowered[first : max(clause[1] + 1, 0)], first):
        if word == "zu" and index < clause[1] and frame.words[index + 1].islower():
            return True
        if (
            word.endswith(("en", "ern", "eln"))
            and word.startswith(_ZU_PREFIXES)
            and any(
                word.startswith(prefix) and len(word) > len(prefix) + 2 for prefix in _ZU_PREFIXES
            )
        ):
            return True
    return False


# "aufzuheben", "teilzunehmen": the particles with "zu", joined once (one C call per word).
_ZU_PREFIXES = tuple(particle + "zu" for particle in _PARTICLES + _NOUN_PARTICLES)


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


def _headline(frame: SentenceFrame) -> bool:
    """A segment without final punctuation: a headline reports a new act."""
    text = frame.text[frame.start : frame.end].rstrip()
    return bool(text) and text[-1] not in ".!?…:;\"'“”«»)" and len(frame.tokens) <= 14


def _adjective_context(frame: SentenceFrame, index: int) -> bool:
    """``die geplante Steuer``: a word in -te before a noun is an adjective, unless a
    noun (the subject) stands right before it (``Die Regierung deckelte Mieten``)."""
    after = frame.words[index + 1] if index + 1 < len(frame.words) else ""
    before = frame.lower(index - 1)
    if index > 0 and frame.words[index - 1][:1].isupper() and before not in _DETERMINERS:
        return False
    return (after[:1].isupper() and not frame.breaks[index]) or before in _DETERMINERS


_WANTS = frozenset({"will", "wollen", "wolle", "wollte", "wollten"})
