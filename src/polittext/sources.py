"""Source phrases that mark indirect speech without a cue verb.

``laut X``, ``X zufolge``, ``nach Angaben/Ansicht/Worten/Einschätzung (von) X``
and ``…, so X`` each name a source and make the rest of the sentence its
message.

>>> from polittext.entities import find_entities
>>> text = "Laut Bundesregierung sind die Preise gestiegen."
>>> table = find_entities(text)
>>> frame = SentenceFrame.build(text, 0, len(text))
>>> [(text[s:e], text[c[0]:c[1]], m.name) for s, e, c, m, _ in source_phrase_quotes(frame, table)]
[('sind die Preise gestiegen', 'Laut', 'Bundesregierung')]
"""

from __future__ import annotations

import bisect
import functools

from polittext.attribution import _DEFINITE, noun_phrase_source
from polittext.cues import cue_nouns, konjunktiv_forms, standing_nouns
from polittext.entities import _ARTICLE_SURNAME, Entity, EntityTable, surname_key
from polittext.frames import MAX_MESSAGE_WORDS, RELATIVE, SUBORDINATORS, SentenceFrame
from polittext.gazetteer import gazetteer
from polittext.lexicon import word_class
from polittext.types import MentionKind, SpeakerKind

__all__ = ["cue_noun_quotes", "source_after", "source_phrase_quotes"]

SourceQuote = tuple[int, int, tuple[int, int], Entity | None, tuple[int, int] | None]
_LINKS = frozenset({"von", "vom", "des", "der", "aus", "seitens"})


def source_after(
    frame: SentenceFrame, first: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None, int]:
    """The entity named from token ``first`` on (``laut [Bundesregierung]``).

    Returns the entity, its mention and the index of the last token used.
    """
    tokens = frame.tokens
    domain = _domain_end(frame, first)
    if domain is not None:
        # "laut ndr.de", "Laut „tagesschau.de“": a website names its publisher.
        start, end = tokens[first][0], tokens[domain][1]
        name = frame.text[start:end]
        site = table.add(f"org:{name.lower()}", name, SpeakerKind.ORGANISATION, start, end)
        return site, (start, end), domain
    pronoun = _SO_PRONOUNS.get(frame.lower(first)) if first < len(tokens) else None
    if pronoun is not None and (
        first + 1 == len(tokens) or frame.breaks[first] or frame.lower(first + 1) in _AFTER_PRONOUN
    ):
        # "„…“, so er.", "…, so letztere": the pronoun's referent is the source.
        from polittext.attribution import resolve_pronoun

        start, end, _word = tokens[first]
        referent = resolve_pronoun(table, pronoun, start, "")
        if referent is not None:
            table.add_to(referent, start, end, MentionKind.PRONOUN)
            return referent, (start, end), first
        return None, None, first
    if first < len(tokens) and not tokens[first][2][:1].isupper():
        # A lower-case name the lists know: "laut dpa", "laut taz".
        known = table.covering(tokens[first][0], tokens[first][1])
        if known is not None and known[0] == tokens[first][0]:
            used = bisect.bisect_left(frame.starts, known[1]) - 1  # its last token
            return table.entities[known[2]], (known[0], known[1]), used
        start, end, word = tokens[first]
        if _ARTICLE_SURNAME.fullmatch(word):
            # "laut el-Baradei": a surname with a lower-case Arabic article.
            person = table.add(surname_key(word), word, SpeakerKind.PERSON, start, end)
            return person, (start, end), first
    # Only the noun phrase right here: "nach Angaben von AI [verhafteten die Behörden]".
    phrase_end = noun_phrase_end(frame, first)
    if phrase_end < first:
        return None, None, first - 1
    last = phrase_end + 1
    # A known name may run on past the phrase ("laut Bundesagentur für Arbeit").
    for start, end, index in table.within(
        tokens[first][0], frame.end, starts_before=tokens[last - 1][1]
    ):
        used = bisect.bisect_left(frame.starts, end) - 1  # the name's last token
        return table.entities[index], (start, end), max(used, phrase_end)
    entity, span = noun_phrase_source(frame, first, last, table)
    if span is None:
        return None, None, phrase_end
    return entity, span, phrase_end


# Pronouns after "so" that name the source, as the personal pronoun they resolve as.
_SO_PRONOUNS = {
    "er": "er",
    "sie": "sie",
    "dieser": "er",
    "diese": "sie",
    "letzterer": "er",
    "letztere": "sie",
}
# Words that may follow such a pronoun in the parenthesis ("so er am Montag").
_AFTER_PRONOUN = frozenset(
    {"am", "im", "in", "auf", "bei", "gegenüber", "weiter", "damals", "zuletzt"}
)

_DOMAINS = frozenset({"de", "com", "net", "org", "at", "ch", "eu", "info", "tv", "fm"})


def _domain_end(frame: SentenceFrame, first: int) -> int | None:
    """The last token of a web address that starts at token ``first``
    (``ndr.de``, ``spiegel.de``, ``bild-blog.de``), if one does."""
    index = first
    while index + 1 < len(frame.tokens) and frame.gap(index) == ".":
        index += 1
        if frame.lower(index) in _DOMAINS:
            return index
    return None


_NP_WORDS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "von", "vom", "und", "ein", "eine", "einer", "eines"}
)
_DETERMINERS = word_class("determiner") | frozenset(
    {
        "viele",
        "vieler",
        "mehrere",
        "mehrerer",
        "einige",
        "einiger",
        "aller",
        "beider",
        "zahlreicher",
    }
)
# Words that join a second noun to the phrase: genitive articles, coordination and
# the prepositions of post-nominal attributes ("einer Studie im Magazin „Nature“").
_NP_LINKS = frozenset(
    {
        "des",
        "der",
        "eines",
        "einer",
        "von",
        "vom",
        "und",
        "sowie",
        "aus",
        "im",
        "in",
        "am",
        "beim",
        "bei",
        "zur",
        "zum",
        "für",  # "des Ombudsmans für Menschenrechte", "Bundesamt für Statistik"
    }
)
_PREPOSITION_WORDS = word_class("preposition")
_ARTICLES_AND_DETERMINERS = (
    frozenset({"der", "die", "das", "ein", "eine"}) | word_class("determiner")
) - frozenset({"den", "dem", "des", "einem", "einen", "eines", "einer"})
_TIME_WORDS = word_class("time_word")
_ADVERB_WORDS = word_class("adverb")
_VERB_FORMS = word_class("auxiliary") | frozenset(
    {"seien", "haben", "werden", "sollen", "wollen", "müssen", "können", "dürfen", "gehen"}
)


def noun_phrase_end(frame: SentenceFrame, first: int) -> int:
    """Index of the last token of the noun phrase that starts at token ``first``
    (``first - 1`` if none does).

    Articles, adjectives, nouns and names, genitive and prepositional attributes,
    coordination and appositions between commas: ``Eilmeldung des
    Nachrichtensenders N24``, ``den Worten des Parteichefs Hanois, Pham Quang
    Nghi,``. The phrase ends before the first word that cannot belong to it,
    usually the finite verb.

    >>> text = "Laut Angaben der Polizei in Köln wurden zwei Männer festgenommen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> frame.words[noun_phrase_end(frame, 1)]
    'Köln'
    """
    tokens = frame.tokens
    limit = min(len(tokens), first + 24)
    last = first - 1
    need_noun = True
    index = first
    while index < limit:
        word, lowered = tokens[index][2], frame.lower(index)
        if index > first and frame.breaks[index - 1]:
            apposition = _apposition_end(frame, index, limit) if not need_noun else None
            if apposition is None and not need_noun:
                apposition = _relative_clause_end(frame, index)
            if apposition is None:
                break
            last = index = apposition
            index += 1
            continue
        if need_noun:
            if lowered in _DETERMINERS or word.isdigit():
                pass
            elif (
                index > first
                and (lowered in _TIME_WORDS or lowered in _ADVERB_WORDS)
                and index + 1 < limit
                and frame.words[index + 1].islower()
                and _adjective_like(frame.words[index + 1])
            ):
                pass  # "einer gestern vorgestellten Studie": a time word inside the attribute
            elif word[:1].isupper() or _name_like(word):
                last, need_noun = index, False
            elif not (word.islower() and _adjective_like(word)) or lowered in _VERB_FORMS:
                break
        elif word[:1].isupper() or _name_like(word):
            last = index  # "Direktor B.N. Suresh", "DER SPIEGEL"
        elif lowered in _NP_LINKS:
            need_noun = True
        else:
            break
        index += 1
    return last


_W_RELATIVES = frozenset({"was", "wobei", "worauf", "woraufhin", "womit", "wodurch", "wo"})


def _relative_clause_end(frame: SentenceFrame, first: int) -> int | None:
    """``Angaben, die nicht überprüft werden können, …``: the last token of a
    relative clause between commas that starts at ``first``."""
    if not frame.commas[first - 1] or frame.lower(first) not in RELATIVE:
        return None
    following = frame.words[first + 1 : first + 2]
    if following and following[0][:1].isupper():
        return None  # an article: "…, die Regierung …"
    end = frame.clause_end(first)
    return end if frame.commas[end] else None


def _name_like(word: str) -> bool:
    """A lower-case name: ``bildblog.de``, ``n-tv``; or a noun compound of one with a
    capitalised head: ``dpa-Meldung``, ``ai-Bericht``, ``verdi-Chef``."""
    if "." in word.strip(".") and word[:1].isalpha() and not word.endswith("."):
        return True
    return _lower_compound(word)


def _lower_compound(word: str) -> bool:
    """``dpa-Meldung``, ``verdi-Verhandlungsführer``: a lower-case modifier and a
    capitalised head after its hyphen."""
    head = word.rpartition("-")[2]
    return word[:1].islower() and head[:1].isupper() and len(head) > 1


def _apposition_end(frame: SentenceFrame, first: int, limit: int) -> int | None:
    """``…, Pham Quang Nghi, …``: names between two commas."""
    if not frame.commas[first - 1]:
        return None
    index = first
    while index < limit and frame.words[index][:1].isupper() and index - first < 5:
        if frame.breaks[index]:
            return index if frame.commas[index] else None
        index += 1
    return None


_RELATIVE_AFTER_NACH = frozenset({"denen", "welchen", "welchem", "welcher", "dem", "der"})


def _reporting_noun(word: str) -> bool:
    """A noun that names a report, statement or piece of talk (``Studien``,
    ``Gerüchte``, ``Meinungsumfragen``): a cue noun, or a compound with one."""
    if not word[:1].isupper():
        return False
    nouns = cue_nouns()
    if word in nouns:
        return True
    return _source_head_start(word.lower()) is not None


def _relative_report(
    frame: SentenceFrame, table: EntityTable, index: int, noun: int | None
) -> SourceQuote:
    """The quote of ``…, nach denen …`` / ``…, laut dem …`` at token ``index``: the
    relative clause, said by the noun at token ``noun`` (the relative pronoun is
    its mention)."""
    tokens = frame.tokens
    pronoun, report = tokens[index + 1], tokens[noun or 0]
    holder = table.add(
        f"np:{report[2]}", report[2], SpeakerKind.ANONYMOUS_SOURCE, report[0], report[1]
    )
    table.add_to(holder, pronoun[0], pronoun[1], MentionKind.PRONOUN)
    last = frame.clause_end(index + 2)
    cue = (tokens[index][0], tokens[index][1])
    return tokens[index + 2][0], tokens[last][1], cue, holder, (pronoun[0], pronoun[1])


def _relative_pronoun(frame: SentenceFrame, index: int) -> bool:
    """Whether ``dem``/``der`` at token ``index`` (after ``laut``/``nach``) opens a
    relative clause, not a noun phrase: a relative clause is verb-final, so its last
    word is lower case (``, laut dem Kevin misshandelt worden war``); ``, laut dem
    Ministerium, …`` ends on the noun. ``denen``/``welchem`` are always pronouns."""
    if frame.lower(index) not in ("dem", "der"):
        return True
    last = frame.clause_end(index)
    return last > index + 1 and frame.words[last][:1].islower()


def _noun_before(frame: SentenceFrame, last: int) -> int | None:
    """The last capitalised word of the clause up to token ``last`` (at most four
    tokens back): the antecedent of a relative clause after it."""
    first = max(frame.clause_start(last), last - 3)
    for index in range(last, first - 1, -1):
        if frame.words[index][:1].isupper() and index > frame.clause_start(last):
            return index
    return None


def _antecedent_report(frame: SentenceFrame, last: int) -> int | None:
    """The reporting noun a relative clause after token ``last`` refers to: the
    noun right before the comma or the head of a genitive before it (``Studien
    der Charité, nach denen …``)."""
    first = max(frame.clause_start(last), last - 3)
    for index in range(last, first - 1, -1):
        if _reporting_noun(frame.words[index]):
            return index
        if index < last and frame.words[index][:1].isupper():
            return None  # another noun: the genitive's head is no report
    return None


def _adverbial_rest(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` (the rest of a ``so X`` clause) are only
    adverbials: one word, or a prepositional phrase or time word first (``so der
    Sprecher gegenüber der Zeitung``, ``so Merz am Montag in Berlin``)."""
    if last - first < 1:
        return True
    word = frame.lower(first)
    return word in _PREPOSITION_WORDS or word in _TIME_WORDS


def _adjective_like(word: str) -> bool:
    return word.endswith(("e", "en", "er", "es", "em")) and len(word) > 3


def _postposed_message(
    frame: SentenceFrame, phrase_first: int, phrase_last: int
) -> tuple[int, int] | None:
    """The message of ``<possessive> <noun> nach``: as for a leading phrase when it
    opens the sentence; when it opens a later clause, the rest of that clause; in
    a relative clause after a preposition (``…, bei dem es sich seiner Meinung
    nach um … handle``) that clause; else as :func:`_message`."""
    clause = frame.clause_start(phrase_first)
    last = frame.clause_end(phrase_last)
    if 0 < clause == phrase_first and phrase_last < last:
        return frame.tokens[phrase_last + 1][0], frame.tokens[last][1]
    if (
        0 < clause < phrase_first
        and frame.commas[clause - 1]
        and frame.lower(clause) in _PREPOSITION_WORDS
        and frame.lower(clause + 1) in RELATIVE
    ):
        # "des Angriffs, bei dem es sich seiner Meinung nach um … handle": the
        # relative clause (a bare relative pronoun is left to _message).
        return frame.tokens[clause][0], frame.tokens[last][1]
    return _message(frame, phrase_first, phrase_last)


def _message(frame: SentenceFrame, phrase_first: int, phrase_last: int) -> tuple[int, int] | None:
    """The message of a source phrase: the rest of the sentence after a leading
    phrase (``Laut X wurden …``), else the whole sentence (``…, so X``)."""
    tokens = frame.tokens
    clause = frame.clause_start(phrase_first)
    after_semicolon = clause == phrase_first > 0 and any(
        mark in frame.gap(clause - 1) for mark in ";:"
    )
    # "…, und laut Augenzeugen wurden …": a leading phrase of a coordinated clause.
    after_coordinator = (
        1 < phrase_first == clause + 1
        and frame.commas[clause - 1]
        and frame.lower(clause) in _CLAUSE_COORDINATORS
    )
    if phrase_first == 0 or after_semicolon or after_coordinator:
        if phrase_last + 1 < len(tokens) and frame.commas[phrase_last]:
            # "Nach offiziellen Angaben, die nicht überprüft werden können, waren …"
            phrase_last = _relative_clause_end(frame, phrase_last + 1) or phrase_last
        if phrase_last + 1 < len(tokens) and frame.commas[phrase_last]:
            # "Nach Meinung von Mike Brown, Professor am Caltech, könnte …": the
            # phrase fills the prefield, so the message starts at the finite verb.
            phrase_last = _prefield_end(frame, phrase_last + 1) or phrase_last
        if phrase_last + 1 >= len(tokens):
            return None
        return tokens[phrase_last + 1][0], frame.message_end(phrase_last + 1)
    if (
        0 < clause < phrase_first
        and frame.commas[clause - 1]
        and (frame.lower(clause) in RELATIVE or frame.lower(clause) in _W_RELATIVES)
    ):
        # "Katar, der laut einer dpa-Meldung … einsteigen will": the relative clause.
        return tokens[clause][0], tokens[frame.clause_end(phrase_last)][1]
    if (
        0 < clause < phrase_first
        and frame.commas[clause - 1]
        and frame.lower(clause) in _CLAUSE_COORDINATORS
        and clause + 1 < phrase_first
    ):
        # "…, und 1998 soll nach einer weiteren Nachricht X gestorben sein": the
        # coordinated clause of its own, not the sentence before it.
        return tokens[clause + 1][0], tokens[frame.clause_end(phrase_last)][1]
    return tokens[0][0], frame.message_end(0)


_CLAUSE_COORDINATORS = frozenset({"und", "aber", "doch", "sondern", "denn"})


_NOT_FINITE = (
    _DETERMINERS
    | _PREPOSITION_WORDS
    | RELATIVE
    | _W_RELATIVES
    | word_class("subordinator")
    | frozenset({"und", "oder", "sowie", "aber", "sondern", "so", "ehemals", "damals", "zuletzt"})
)


def _participle_like(word: str) -> bool:
    """``zuständig``-like adjectives and participles that open an apposition
    (``gewählt``, ``bekannt``, ``zuständig``, ``amtierend``), not a finite verb."""
    return word.endswith(("ig", "lich", "end", "ende")) or (
        word.startswith("ge") and len(word) > 5 and word.endswith(("t", "en"))
    )


def _prefield_end(frame: SentenceFrame, first: int) -> int | None:
    """The last token of a prefield that goes on after a comma at token ``first``
    (appositions and relative clauses of a leading source phrase: ``Mike Brown,
    Professor am Caltech,``, ``Surapong Suebwonglee, einem ehemaligen Sprecher,
    der der Gruppe angehört,``): the token before the first lower-case word after
    a comma that can be the finite verb. Within 25 tokens, and only across commas."""
    limit = min(len(frame.tokens) - 1, first + 25)
    for index in range(first, limit):
        if not frame.breaks[index]:
            continue
        if not frame.commas[index] or frame.gap(index).strip() != ",":
            return None
        word = frame.words[index + 1]
        if word.islower() and word not in _NOT_FINITE and not _participle_like(word):
            return index
    return None


@functools.lru_cache(maxsize=1)
def _source_heads() -> tuple[str, ...]:
    """Lower-case plural/dative forms of the source-phrase nouns (``angaben``)."""
    heads = set()
    for noun, (_stwr, source) in cue_nouns().items():
        if source and noun[:1].isupper() and len(noun) >= 4:
            heads.add(noun.lower())
    return tuple(sorted(heads, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _source_head_set() -> tuple[frozenset[str], int, int]:
    """The forms of :func:`_source_heads` and the lengths of the shortest and longest."""
    heads = _source_heads()
    return frozenset(heads), min(map(len, heads), default=1), max(map(len, heads), default=0)


def _source_head_start(lowered: str, first: int = 0) -> int | None:
    """Where the leftmost (so the longest) source-phrase noun that ends the word
    ``lowered`` starts, at ``first`` or later. A set look-up per possible start (at
    most as many as the longest noun has letters): no large regular expression to
    compile on first use.

    >>> _source_head_start("armeeangaben"), _source_head_start("angaben", 3)
    (5, None)
    """
    heads, shortest, longest = _source_head_set()
    size = len(lowered)
    for cut in range(max(first, size - longest), size - shortest + 1):
        if lowered[cut:] in heads:
            return cut
    return None


@functools.lru_cache(maxsize=4096)
def _source_compound(word: str) -> str | None:
    """The modifier of a compound source noun (``Polizeiangaben`` -> ``Polizei``).

    The longest head that leaves a modifier of at least three letters (remembered
    per word: the same nouns recur)."""
    lowered = word.lower()
    if len(word) > 40:
        return None
    # The leftmost head that ends the word after its third letter is the longest.
    cut = _source_head_start(lowered, 3)
    if cut is None:
        return None
    modifier = word[: len(word) - (len(lowered) - cut)].rstrip("-")
    return modifier[:1].upper() + modifier[1:]


def _compound_entity(table: EntityTable, token: tuple[int, int, str], modifier: str) -> Entity:
    found = gazetteer().entity([modifier])
    start, end, word = token
    if found is not None:
        entry = found[1]
        return table.add(entry.canonical, entry.canonical, entry.kind, start, end)
    return table.add(f"np:{word}", word, SpeakerKind.ANONYMOUS_SOURCE, start, end)


# Subject pronouns that may hold the view of a cue noun ("Ich bin der Ansicht").
_HOLDER_PRONOUNS = frozenset({"ich", "wir", "er", "sie", "man"})


def _addressed_view(frame: SentenceFrame, index: int) -> bool:
    """Whether the possessive at ``index`` is the polite ``Ihrer``/``Ihre`` of the
    person addressed: capitalised inside the sentence, or opening a question
    (``Was ist Ihrer Meinung nach das Ziel?``). Their view is asked or assumed,
    not reported."""
    word = frame.words[index]
    if not word.startswith("Ihr"):
        return False
    return index > 0 or frame.text[frame.start : frame.end].rstrip().endswith("?")


# "nach dessen Angaben": the possessive of a relative or demonstrative pronoun.
_RELATIVE_POSSESSIVES = {"dessen": "er", "deren": "sie"}
_NOUN_CONTENT = frozenset({"dass", "ob", "wonach", "wieso", "warum", "weshalb"})
# A question ("Die Frage, ob …") is asked of someone: the noun is not its source.
_QUESTION_CONTENT = frozenset({"ob", "wieso", "warum", "weshalb"})
_POSSESSIVES = {
    "sein": "er",
    "seine": "er",
    "seiner": "er",
    "seinen": "er",
    "seinem": "er",
    "ihr": "sie",
    "ihre": "sie",
    "ihrer": "sie",
    "ihren": "sie",
    "ihrem": "sie",
}


def cue_noun_quotes(frame: SentenceFrame, table: EntityTable) -> list[SourceQuote]:
    """``die Forderung der Grünen, dass …``, ``ist der Meinung, dass …``,
    ``Berichte, wonach …``: a cue noun with a content clause, and its holder."""
    found: list[SourceQuote] = []
    tokens = frame.tokens
    nouns = cue_nouns()
    commas, lowered = frame.commas, frame.lowered
    if nouns.keys().isdisjoint(frame.words) and "wonach" not in lowered:
        return found  # most sentences: no cue noun, no "…, wonach" (tested in C)
    from polittext.attribution import resolve_pronoun

    # The cue nouns and the words before "…, wonach" (picked out first: most words
    # are neither).
    candidates = [i for i, word in enumerate(frame.words) if word in nouns]
    if candidates and candidates[-1] == len(tokens) - 1:
        candidates.pop()  # the last word: no clause after it
    if "wonach" in lowered:
        candidates = sorted(
            {*candidates, *(i - 1 for i, word in enumerate(lowered) if word == "wonach" and i)}
        )
    for index in candidates:
        start, end, word = tokens[index]
        wonach = commas[index] and lowered[index + 1] == "wonach"
        if (word not in nouns and not wonach) or not word[:1].isupper():
            continue  # any noun before "…, wonach": "Spekulationen, wonach …"
        # The content clause may follow after a short attribute: "die Forderung der Grünen, dass".
        comma = index
        while comma < min(index + 4, len(tokens) - 1) and not commas[comma]:
            if frame.breaks[comma]:
                break
            comma += 1
        if "," not in frame.gaps[comma] or comma + 1 >= len(tokens):
            continue  # no comma, or one that ends the sentence ("… nach Angaben von X,")
        zu_end = None
        if frame.lower(comma + 1) not in _NOUN_CONTENT:
            # "die Forderung des Vorsitzenden, auf die SPD zuzugehen": a zu-infinitive
            # (after an apposition naming the holder: "ihres Trainers, Greg Poss, …").
            following = _skip_apposition(frame, comma + 1)
            zu_end = _zu_clause_end(frame, following) if word in nouns else None
            if word not in nouns or nouns[word][0] == "evidential":
                continue
            if zu_end is not None and _suspected(frame, index):
                continue  # "Er steht im Verdacht, … zu haben": suspected, nobody quoted
            if zu_end is not None:
                comma = following - 1
            elif not _konjunktiv_clause(frame, comma + 1):
                # "die Hoffnung, sein Leben werde sich wenden": a content clause in
                # Konjunktiv I, like one with "dass".
                continue
        if (
            word in _QUESTION_NOUNS
            and (frame.lower(comma + 1) == "ob" or frame.lower(comma + 1) in _W_WORD_SET)
            and _open_question(frame, index)
        ):
            continue  # "Offen ist die Frage, ob …", "über die Frage, ob …": an issue, no report
        entity: Entity | None = None
        mention: tuple[int, int] | None = None
        after = table.within(end, tokens[comma][1])
        before_word = frame.lower(index - 1)
        if after:
            entity, mention = table.entities[after[0][2]], (after[0][0], after[0][1])
        elif frame.lower(index + 1) in {"der", "des"} and index + 2 <= comma:
            # "die Warnung der Wärter, …": the genitive attribute names the holder.
            entity, mention = noun_phrase_source(frame, index + 2, comma + 1, table)
        elif before_word in _POSSESSIVES:
            entity = resolve_pronoun(table, _POSSESSIVES[before_word], start, "sg")
            mention = (tokens[index - 1][0], tokens[index - 1][1]) if entity else None
        else:
            clause = max(frame.clause_start(index), index - _MAX_HOLDER_DISTANCE)
            # Names in a dative or accusative phrase ("den Bürgern den Eindruck
            # vermitteln") hold no view.
            earlier = [
                m
                for m in table.within(tokens[clause][0], start)
                if frame.lower(_token_at(frame, m[0]) - 1) not in _OBLIQUE_ARTICLES
            ]
            pronoun = next(
                (
                    i
                    for i in range(clause, index)
                    if frame.lower(i) in _HOLDER_PRONOUNS
                    and (i < clause + 4 or frame.lower(i - 1) not in _PREPOSITION_WORDS)
                ),
                None,
            )
            if pronoun is not None:
                # "Ich bin der festen Überzeugung, dass …", "Im Übrigen habe ich den
                # Eindruck, dass …": the subject pronoun holds the view.
                from polittext.attribution import _pronoun_source

                p_start, p_end, p_word = tokens[pronoun]
                entity, mention = _pronoun_source(table, p_word, p_start, p_end, "")
            elif earlier:
                entity, mention = table.entities[earlier[0][2]], (earlier[0][0], earlier[0][1])
            elif (
                index - clause >= 2
                and frame.lower(index - 1) in {"der", "die", "zur", "zum"}
                and not _copula_subject(frame, clause, index, word)
            ):
                # "Die DSW ist der Ansicht, dass", "Der Premier machte zur Bedingung,
                # dass": the subject before the verb.
                entity, mention = noun_phrase_source(frame, clause, index - 2, table)
            elif (
                word in nouns
                and nouns[word][0] != "thought"
                and frame.lower(comma + 1) not in _QUESTION_CONTENT
                and _opens_clause(frame, clause, index)
            ):
                # "Der Bericht endet mit der Hoffnung, dass …", "Vorwürfe werden laut,
                # dass …": with no holder named, the statement or writing that opens
                # the clause is the source itself (a hope or a view is not).
                entity, mention = noun_phrase_source(frame, clause, index + 1, table)
        if (
            entity is None
            and index >= 2
            and frame.lower(index - 2) == "mit"
            and frame.lower(index - 1) in {"den", "diesen", "deutlichen", "klaren"}
            and frame.lower(0) in _HOLDER_PRONOUNS
        ):
            # "Er trat dem Vorwurf, …, mit den Worten entgegen, …": the words are
            # those of the sentence's subject pronoun.
            from polittext.attribution import _pronoun_source

            p_start, p_end, p_word = tokens[0]
            entity, mention = _pronoun_source(table, p_word, p_start, p_end, "")
        content_start = comma + 1
        cue_end = end
        if frame.lower(content_start) == "wonach" and content_start + 1 < len(tokens):
            # "wonach" marks the report, not part of it: it joins the noun in the cue
            # ("Spekulationen, wonach").
            cue_end = tokens[content_start][1]
            content_start += 1
        if zu_end is None and frame.lower(content_start) not in _NOUN_CONTENT:
            zu_end = _konjunktiv_clause_end(frame, content_start)
        elif zu_end is None:
            zu_end = _resumed_main_clause(frame, content_start)
        found.append(
            (
                tokens[content_start][0],
                frame.message_end(content_start) if zu_end is None else zu_end,
                (start, cue_end),
                entity,
                mention,
            )
        )
    return found


_QUESTION_NOUNS = frozenset({"Frage", "Fragen"})
_QUESTION_ARTICLES = frozenset({"der", "die", "den", "dem", "einer", "eine", "diese", "dieser"})
_OPEN_WORDS = frozenset({"offen", "unklar", "ungeklärt", "unbeantwortet", "umstritten", "strittig"})
_COPULAS = frozenset({"ist", "bleibt", "war", "blieb", "sind", "bleiben", "waren"})
# Prepositions that make "die Frage" the topic of something else ("Streit über die Frage",
# "in der Frage", "zur Frage"); "Angesichts der Frage, ob wir …" still poses it.
_TOPIC_PREPOSITIONS = frozenset({"über", "in", "an", "um", "zu", "zur", "bei", "beim", "im"})


def _suspected(frame: SentenceFrame, index: int) -> bool:
    """Whether ``Verdacht`` at ``index`` stands in ``im/unter Verdacht stehen``
    (``Er steht im Verdacht, Geld veruntreut zu haben``): its subject is
    suspected, it voices no suspicion, and nobody is quoted."""
    return (
        frame.words[index] == "Verdacht" and index > 0 and frame.lower(index - 1) in {"im", "unter"}
    )


def _open_question(frame: SentenceFrame, index: int) -> bool:
    """Whether ``Frage`` at ``index`` names an open issue rather than a question
    someone asks: it follows a preposition (``Diskussionen über die Frage, ob …``,
    ``in der Frage, ob …``) or its clause calls it open (``Offen ist die Frage, ob
    …``); ``Sie stellte die Frage, ob …`` and ``Es stellt sich offen die Frage, ob
    …`` ask it."""
    before = frame.lower(index - 1) if index > 0 else ""
    if before in _TOPIC_PREPOSITIONS or (
        index > 1
        and before in _QUESTION_ARTICLES
        and frame.lower(index - 2) in _TOPIC_PREPOSITIONS
        and not frame.breaks[index - 2]
    ):
        return True
    # "Offen ist die Frage", "Unklar bleibt die Frage": the predicate before the noun.
    clause = max(frame.clause_start(index), index - 8)
    return any(
        frame.lower(i) in _OPEN_WORDS and frame.lower(i + 1) in _COPULAS
        for i in range(clause, index - 1)
    )


_W_WORD_SET = word_class("w_word")
_COORDINATING_WORDS = frozenset({"und", "oder", "aber", "sondern", "denn"})


_COPULAS = frozenset({"ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "blieben"})


def _copula_subject(frame: SentenceFrame, clause: int, index: int, word: str) -> bool:
    """Whether the cue noun at ``index`` is itself the subject after a copula
    (``Offen ist allerdings die Frage, ob …``, ``Strittig bleibt die Forderung,
    dass …``): the prefield is a predicate, not a holder. A view after ``der``
    (``Die DSW ist der Ansicht``) has the prefield as its holder."""
    if frame.lower(index - 1) != "die" or cue_nouns()[word][0] == "thought":
        return False
    return not _COPULAS.isdisjoint(frame.lowered[max(clause + 1, index - 8) : index - 1])


def _opens_clause(frame: SentenceFrame, clause: int, index: int) -> bool:
    """Whether the noun at ``index`` heads the noun phrase that opens the clause
    at ``clause``: only an article, a determiner or lower-case adjectives before it."""
    if index - clause > 3:
        return False
    return all(
        frame.lower(i) in _ARTICLES_AND_DETERMINERS or frame.words[i].islower()
        for i in range(clause, index)
    ) and not any(frame.lower(i) in _PREPOSITION_WORDS for i in range(clause, index))


def _konjunktiv_clause(frame: SentenceFrame, first: int) -> bool:
    """Whether a main clause in Konjunktiv I starts at token ``first`` (``sein
    Leben werde sich wenden``), not a relative or subordinate clause."""
    word = frame.lower(first)
    if word in SUBORDINATORS or word in _W_WORD_SET:
        return False
    following = frame.words[first + 1 : first + 2]
    if word in RELATIVE and not (following and following[0][:1].isupper()):
        return False  # "die Forderung, die er erhoben habe": a relative clause
    if word in _PREPOSITION_WORDS and frame.lower(first + 1) in RELATIVE:
        return False  # "ein Hinweis, auf den niemand reagiert habe"
    from polittext.quote_base import _REPORTED_MOOD

    forms = konjunktiv_forms()
    last = min(frame.clause_end(first), first + 6)
    if any(
        frame.lower(i) in forms and "ich" not in (frame.lower(i - 1), frame.lower(i + 1))
        for i in range(first, last + 1)
    ):
        return True
    # A Konjunktiv II after the clause's subject ("den Verdacht, Ertel könnte …", "die
    # Auffassung, die Welt befände sich …"); one that comes first is the verb of a main
    # clause after a condition ("Sollte der Antrag angenommen werden, könnte …").
    return word not in _COORDINATING_WORDS and any(
        frame.lower(i) in _REPORTED_MOOD for i in range(first + 1, last + 1)
    )


def _konjunktiv_clause_end(frame: SentenceFrame, first: int) -> int:
    """End offset of a Konjunktiv I content clause that starts at token ``first``:
    it runs on through clauses that continue it (in Konjunktiv I, or dependent on
    it), not into the main clause that resumes after it (``Die Hoffnung, sein
    Leben werde sich wenden, erfüllte sich nicht``)."""
    forms = konjunktiv_forms()
    last = frame.clause_end(first)
    while last + 1 < len(frame.tokens) and frame.commas[last]:
        following = last + 1
        end = frame.clause_end(following)
        word = frame.lower(following)
        dependent = word in SUBORDINATORS or word in RELATIVE or word in _W_WORD_SET
        if not dependent and not any(frame.lower(i) in forms for i in range(following, end + 1)):
            break
        last = end
    return min(frame.tokens[last][1], frame.message_end(first))


def _resumed_main_clause(frame: SentenceFrame, first: int) -> int | None:
    """End offset of a ``dass``/``ob`` clause from token ``first`` when the main
    clause resumes after it with its finite verb (``Auf die Frage, ob die Gebühr
    zurückkehre, antwortete er …``, ``Die Sorge, dass …, ist groß``): a comma
    followed by a lower-case auxiliary, modal or finite cue verb. ``None`` when
    the clause runs to the sentence end."""
    finite_cues = {cue.first_token for cue in frame.cues if cue.finite}
    last = min(len(frame.tokens) - 1, first + MAX_MESSAGE_WORDS)
    for index in frame.punctuated:
        if index < first + 1 or index >= last:
            continue
        following = index + 1
        if (
            frame.commas[index]
            and frame.words[following].islower()
            and (frame.lowered[following] in _FINITE_FORMS or following in finite_cues)
        ):
            return frame.tokens[index][1]
    return None


_FINITE_FORMS = word_class("auxiliary") | word_class("finite_helper")
_MAX_HOLDER_DISTANCE = 25
_OBLIQUE_ARTICLES = frozenset({"den", "dem", "einem", "einen"})


def _token_at(frame: SentenceFrame, start: int) -> int:
    """Index of the token that starts at character ``start``."""
    return bisect.bisect_left(frame.starts, start)


def _skip_apposition(frame: SentenceFrame, first: int) -> int:
    """The token after ``Greg Poss,`` when names between commas start at ``first``."""
    end = _apposition_end(frame, first, min(len(frame.tokens), first + 6))
    return end + 1 if end is not None and end + 1 < len(frame.tokens) else first


def _zu_clause_end(frame: SentenceFrame, first: int) -> int | None:
    """End offset of a zu-infinitive clause (and those chained to it) from ``first``."""
    from polittext.quote_base import _zu_infinitive_ends, zu_chain_end

    last = frame.clause_end(first)
    if not _zu_infinitive_ends(frame, first, last):
        return None
    return frame.tokens[zu_chain_end(frame, last)][1]


_EIGEN = frozenset({"eigenen", "eigenem", "eigener"})


def _eigen_subject(
    frame: SentenceFrame, preposition: int, noun: int, table: EntityTable
) -> Entity | None:
    """The subject that ``nach eigenen Angaben`` refers to when no known name
    stands before it: the prefield before the finite verb (``Die Feuerwehr hat
    nach eigenen Angaben …``) or, when the phrase opens the sentence, the noun
    phrase right after the finite verb (``Nach eigenen Angaben hat das
    Unternehmen …``)."""
    from polittext.attribution import noun_phrase_source

    tokens = frame.tokens
    if preposition >= 2 and frame.words[preposition - 1].islower():
        first, last = 0, preposition - 1
    elif preposition == 0 and noun + 2 < len(tokens) and frame.words[noun + 1].islower():
        first = noun + 2
        last = noun_phrase_end(frame, first) + 1
    else:
        return None
    if frame.lower(first) in ("er", "sie") and last <= first + 1:
        from polittext.attribution import resolve_pronoun

        return resolve_pronoun(table, frame.lower(first), tokens[first][0], "sg")
    if last <= first or last - first > 12 or any(frame.breaks[i] for i in range(first, last - 1)):
        return None  # a short prefield without a clause break: the subject
    mentions = table.within(tokens[first][0], tokens[last - 1][1])
    if mentions:
        return table.entities[mentions[0][2]]
    return noun_phrase_source(frame, first, last, table)[0]


def _holder_of_phrase(
    frame: SentenceFrame, preposition: int, noun: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """Who holds ``nach ihrer Auffassung`` / ``nach eigenen Angaben`` /
    ``nach offiziellen Angaben``: a possessive's referent, the sentence's
    subject, or the phrase itself as an anonymous source."""
    from polittext.attribution import resolve_pronoun

    tokens = frame.tokens
    word = frame.lower(preposition + 1)
    # The phrase is the mention ("ihrer Auffassung", "eigenen Angaben"), of the
    # entity its possessive or "eigen" refers to, if any.
    start, end = tokens[preposition + 1][0], tokens[noun][1]
    holder: Entity | None = None
    if word in _POSSESSIVES or word in _RELATIVE_POSSESSIVES:
        pronoun = _POSSESSIVES.get(word) or _RELATIVE_POSSESSIVES[word]
        holder = resolve_pronoun(table, pronoun, tokens[preposition][0], "sg")
    elif word in _EIGEN:
        mentions = table.within(tokens[0][0], tokens[preposition][0])
        if mentions:
            holder = table.entities[mentions[0][2]]
        else:
            holder = _eigen_subject(frame, preposition, noun, table)
    if holder is not None:
        table.add_to(holder, start, end, MentionKind.DESCRIPTION)
        return holder, (start, end)
    name = frame.text[start:end]
    entity = table.add(f"anon:{name}", name, SpeakerKind.ANONYMOUS_SOURCE, start, end)
    return entity, (start, end)


def _genitive_name(frame: SentenceFrame, table: EntityTable, index: int) -> bool:
    """Whether a genitive attribute starts at token ``index``: a name
    (``nach Angaben Merkels``) or a determiner (``nach Angaben vieler Ökonomen``)."""
    if index + 1 >= len(frame.tokens):
        return False
    start, end, word = frame.tokens[index]
    if word.endswith(("er", "es")) and word.islower() and frame.words[index + 1][:1].isupper():
        return True  # "vieler Ökonomen", "eines Sprechers": a genitive attribute
    mention = table.covering(start, end)
    return mention is not None and mention[0] == start and word.endswith(("s", "'"))


def _phrase_start_before(frame: SentenceFrame, index: int) -> int:
    """First token of the noun phrase that ends right before token ``index``
    (``[ersten Angaben] zufolge``, ``[dem Bericht der Zeitung] zufolge``)."""
    first = index - 1
    lowest = max(frame.clause_start(index), index - 6)
    while first > lowest and not frame.breaks[first - 1]:
        word = frame.words[first - 1]
        lowered = word.lower()
        noun_phrase_word = word[:1].isupper() or lowered in _DETERMINERS or lowered in _NP_LINKS
        adjective = word.islower() and _adjective_like(word)
        if not (noun_phrase_word or (adjective and not _after_subject(frame, first - 1))):
            break
        first -= 1
    while (
        first < index - 1
        and frame.lower(first) in _NP_LINKS
        and frame.lower(first) not in _DETERMINERS
    ):
        first += 1  # "… von [Experten] zufolge": not the preposition before it
    return first


# Dative personal pronouns before "zufolge", as the nominative and number they resolve as.
_DATIVE_PRONOUNS = {"ihm": ("er", "sg"), "ihr": ("sie", "sg"), "ihnen": ("sie", "pl")}
# Articles of a dative noun phrase, the case "zufolge" governs ("dem Bericht zufolge").
_DATIVE_ARTICLES = frozenset(
    {"dem", "einem", "den", "diesem", "jenem", "seinem", "ihrem", "unserem", "eurem"}
)
# Articles that are never dative: their noun phrase is the subject or an object.
_NOT_DATIVE_ARTICLES = frozenset({"die", "das", "ein", "eine", "diese", "dieses"})


def _dative_start(frame: SentenceFrame, table: EntityTable, first: int, index: int) -> int:
    """First token of the dative noun phrase that ``zufolge`` at ``index`` governs,
    within the stretch ``[first, index)`` before it: ``Sarkozy [dem „Figaro“]
    zufolge``, ``die Organisation [Schätzungen] zufolge``, ``[dem Bericht der
    Zeitung] zufolge`` (a ``der`` after a common noun is a genitive inside the
    phrase; after a name it opens the phrase: ``Sarkozy [der Zeitung] zufolge``)."""
    start = first
    for i in range(first, index - 1):
        word = frame.lower(i)
        if word in _DATIVE_ARTICLES or (
            word in ("der", "einer")
            and i > first
            and (
                not frame.words[i - 1][:1].isupper()
                or table.covering(frame.tokens[i - 1][0], frame.tokens[i - 1][1]) is not None
            )
        ):
            start = i
        elif word in _NOT_DATIVE_ARTICLES:
            noun = i + 1
            while noun < index - 1 and frame.words[noun][:1].islower():
                noun += 1  # adjectives
            if noun + 1 < index:
                start = noun + 1  # the phrase after that article's noun
    return start


_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "wir", "ihr", "ich", "man"})


def _after_subject(frame: SentenceFrame, index: int) -> bool:
    """Whether the lower-case word at ``index`` follows a subject (``Sie
    entstammen``, ``Die Kinder entstammen``), so that it is a verb in ``-en``
    rather than an adjective (``ersten Angaben``)."""
    if index == 0:
        return False
    before = frame.words[index - 1]
    return before.lower() in _SUBJECT_PRONOUNS or (before[:1].isupper() and index - 1 > 0)


def _is_source_noun(word: str) -> bool:
    entry = cue_nouns().get(word)
    return entry is not None and entry[1]


_KNOWLEDGE_STEMS = tuple(sorted(word_class("knowledge_stem")))


def _standing_source(frame: SentenceFrame, preposition: int, noun: int) -> bool:
    """Whether ``nach`` at ``preposition`` with a definite article and the source
    noun at ``noun`` names a source rather than a time: a standing text (``Nach dem
    Grundgesetz``, ``Nach dem Reichsvermögensgesetz``; see :func:`_standing_text`)
    or a state of knowledge (``nach den bisherigen Ermittlungen``); ``Nach der
    Mitteilung kam es …`` is a time."""
    return _standing_text(frame, noun) or _state_of_knowledge(frame, preposition, noun)


def _state_of_knowledge(frame: SentenceFrame, preposition: int, noun: int) -> bool:
    """Whether an adjective of a state of knowledge stands between the article
    after ``nach`` and the noun (``nach den bisherigen Planungen``)."""
    return any(frame.lowered[i].startswith(_KNOWLEDGE_STEMS) for i in range(preposition + 1, noun))


def _standing_text(frame: SentenceFrame, noun: int) -> bool:
    """Whether the noun at ``noun`` is (a compound of) a standing text: a law, a
    constitution, a draft (``Grundgesetz``, ``Infektionsschutzgesetz``)."""
    return frame.lowered[noun].endswith(standing_nouns())


_LOUD_STEMS = tuple(sorted(word_class("loud_stem")))
_DEGREE_WORDS = word_class("degree_word")


def _adverb_laut(frame: SentenceFrame, index: int) -> bool:
    """Whether ``laut`` at ``index`` is the adverb or adjective (loud), not the
    source preposition: right after a verb of sound or voice (``Er hörte laut
    Musik``, ``Sie sangen laut Lieder``) or a degree word (``sehr laut``). ``Die
    Zahl stieg laut Polizei`` keeps the preposition."""
    if index == 0 or frame.breaks[index - 1]:
        return False
    before = frame.lowered[index - 1]
    return before in _DEGREE_WORDS or (
        frame.words[index - 1].islower() and before.startswith(_LOUD_STEMS)
    )


_NORM_HEADS = tuple(sorted(word_class("norm_head")))


def _applies_norm(frame: SentenceFrame, index: int) -> bool:
    """Whether ``gemäß`` at ``index`` applies a rule rather than naming a source: a
    paragraph sign or number right after it, or a noun of rules within the next
    four words (``gemäß § 10a``, ``gemäß dem INF-Vertrag``, ``gemäß den
    europäischen Vorgaben``); ``gemäß einem Sprecher`` names a source."""
    following = frame.words[index + 1 : index + 5]
    if not following or following[0][:1] in "§0123456789":
        return True
    noun = next((word for word in following if word[:1].isupper()), "")
    return noun.lower().endswith(_NORM_HEADS)


def _resumes_after_relative(frame: SentenceFrame, last: int) -> bool:
    """Whether a relative clause follows the comma after token ``last`` (the end of
    a ``so X`` parenthesis) and, after it, the interrupted clause goes on with a
    finite verb of reported speech (``…, so die Ergebnisse eines Richters, der die
    Akten prüfte, sei er dort gewesen``)."""
    tokens = frame.tokens
    if not (last + 1 < len(tokens) and frame.commas[last] and frame.lower(last + 1) in RELATIVE):
        return False
    end = frame.clause_end(last + 1)
    return (
        end + 1 < len(tokens)
        and frame.commas[end]
        and (
            frame.lower(end + 1) in konjunktiv_forms() or frame.lower(end + 1) in _REPORTIVE_MODALS
        )
    )


def _so_parenthesis(gap: str) -> bool:
    """Whether the gap before ``so`` opens a parenthesis ``so X``: a comma, a dash
    or a closing quotation mark (``…, so der Sprecher``, ``– so der Vorwurf –``,
    ``„…“ so das Fazit der Betreiber``)."""
    return any(mark in gap for mark in ',–—“”"«')


# Finite verbs that mark a clause as reported: the modal of hearsay ("soll") and,
# with them, the Konjunktiv I forms of konjunktiv_i.tsv.
_REPORTIVE_MODALS = frozenset({"soll", "sollen", "solle"})


def reportive_clause(frame: SentenceFrame, index: int, subjunctive: bool = True) -> bool:
    """Whether the clause around token ``index`` reports what someone said: its
    finite verb is ``soll``/``sollen`` (hearsay) or, with ``subjunctive``, a
    Konjunktiv I (``sei``, ``habe``) (``Demnach sollen ältere Kraftwerke länger
    laufen``, ``Demnach sei die Lage ernst``), not a narrative indicative
    (``Demnach scheitert sie an der Hürde``)."""
    forms = konjunktiv_forms() if subjunctive else frozenset()
    first = frame.clause_start(index)
    last = min(frame.clause_end(index), first + 40)
    return any(
        frame.lower(i) in _REPORTIVE_MODALS or frame.lower(i) in forms
        for i in range(first, last + 1)
    )


def _reported_act(
    frame: SentenceFrame,
    table: EntityTable,
    index: int,
    noun_index: int,
    entry: tuple[str, bool] | None,
) -> bool:
    """Whether ``nach`` at ``index`` with a noun of a speech act that names no
    source by itself (``Ankündigung``, ``Erklärung``, ``Vorschlag``: ``Nach der
    Ankündigung`` is usually a time) is a source phrase here: the act's holder
    follows (``der Ministerin``, ``von X``, a genitive name) and the clause has
    the modal of hearsay (``Nach der Ankündigung der Ministerin soll die Regel
    nun für alle Schulen gelten``, but ``Nach der Ankündigung der Ministerin
    stiegen die Kurse``). A Konjunktiv I is not enough: reported speech goes on in
    it, and its ``nach der Rede des Kanzlers`` may still be a time."""
    if entry is None or entry[0] == "evidential" or noun_index + 1 >= len(frame.tokens):
        return False
    if frame.breaks[noun_index]:
        return False
    linked = frame.lower(noun_index + 1) in _LINKS or _genitive_name(frame, table, noun_index + 1)
    return linked and reportive_clause(frame, index, subjunctive=False)


_REFERRING_ADVERBS = frozenset({"demnach", "demzufolge"})
# Words that make "nach" temporal: "erst nach den Ermittlungen", "kurz nach der Meldung".
_TEMPORAL_BEFORE_NACH = frozenset(
    {"erst", "kurz", "bereits", "schon", "unmittelbar", "gleich", "direkt", "bald", "noch"}
    | {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden", "minuten"}
)
_SOURCE_PHRASE_WORDS = _REFERRING_ADVERBS | {
    "laut",
    "gemäß",
    "zufolge",
    "nach",
    "so",
    "danach",
    "für",
}
_STRIP = ',.;:!?„“”"()«»'


def _danach_report(frame: SentenceFrame, index: int) -> bool:
    """Whether ``Danach`` at ``index`` means "according to it" (like ``Demnach``),
    not "afterwards": it opens the sentence, and the sentence before names a report
    or a text (``Die UBS veröffentlichte neue Quartalszahlen. Danach verzeichnet
    …``, ``Dieser Darstellung wurde widersprochen. Danach hätte …``); after a
    narrative sentence (``Er wurde verhaftet. Danach …``) it is a time."""
    if index != 0 or frame.start == 0:
        return False
    before = frame.text[max(0, frame.start - 400) : frame.start].rstrip()
    body = before[:-1]
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    nouns = cue_nouns()
    prior = ""
    for raw in body[cut + 1 :].split():
        word = raw.strip(_STRIP)
        after_preposition, prior = prior in ("nach", "laut"), word.lower()
        if after_preposition:
            continue  # "Nach Aussagen von X drangen … ein. Danach …": a source, no topic
        entry = nouns.get(word)
        if word[:1].isupper() and (
            (entry is not None and (entry[1] or entry[0] in ("evidential", "writing")))
            or (entry is None and _source_compound(word) is not None)
        ):
            return True
    return False


# Who can hold a view reported by "Für X sei …": not a group, an anonymous source or a
# country ("Für die Bürger sei das teuer", "Für die Ukraine sei das ein Schlag" name whom
# it concerns).
_VIEW_HOLDERS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.INSTITUTION})


def source_phrase_quotes(frame: SentenceFrame, table: EntityTable) -> list[SourceQuote]:
    """Indirect quotes marked by ``laut``, ``zufolge``, ``nach Angaben`` or ``so X``."""
    found: list[SourceQuote] = []
    tokens = frame.tokens
    nouns = cue_nouns()
    words = frame.lowered
    if _SOURCE_PHRASE_WORDS.isdisjoint(words):
        return found  # most sentences (tested in C)
    # Every rule below starts at one of these words (picked out by a comprehension,
    # faster than a test in the loop: most words are none).
    for index in [i for i, word in enumerate(words) if word in _SOURCE_PHRASE_WORDS]:
        lowered = words[index]
        start, end = tokens[index][0], tokens[index][1]
        if (
            lowered in {"laut", "gemäß"}
            and 1 < index < len(tokens) - 2
            and frame.commas[index - 1]
            and frame.lower(index + 1) in _RELATIVE_AFTER_NACH
            and _relative_pronoun(frame, index + 1)
            and _noun_before(frame, index - 1) is not None
        ):
            # "ein Gutachten vor, laut dem Kevin misshandelt worden war": the
            # relative clause is what the noun before says.
            found.append(_relative_report(frame, table, index, _noun_before(frame, index - 1)))
        elif lowered == "laut" and _adverb_laut(frame, index):
            continue  # "hörte laut Musik", "sehr laut": the adverb, no source
        elif lowered == "gemäß" and _applies_norm(frame, index):
            continue  # "gemäß § 3", "gemäß den europäischen Vorgaben": a rule, no source
        elif lowered in {"laut", "gemäß"} and index + 1 < len(tokens):
            entity, mention, used = source_after(frame, index + 1, table)
            message = _message(frame, index, used)
            if message is not None and mention is not None:
                found.append((*message, (start, end), entity, mention))
        elif lowered == "für":
            if index == 0 and len(tokens) > 3:
                # "Für den Theologen Hans Küng sei der Rücktritt verständlich": the
                # holder of the view that the Konjunktiv I reports.
                entity, mention, used = source_after(frame, 1, table)
                if (
                    entity is not None
                    and mention is not None
                    and entity.kind in _VIEW_HOLDERS
                    # a person by full name or named before, not a guess ("Für Kinder")
                    and (
                        entity.kind is not SpeakerKind.PERSON
                        or used > 1
                        or len(entity.mentions) > 1
                    )
                    and used + 1 < len(tokens)
                    and not frame.breaks[used]
                    and frame.lower(used + 1) in konjunktiv_forms()
                ):
                    message = _message(frame, index, used)
                    if message is not None:
                        found.append((*message, (start, end), entity, mention))
        elif (
            lowered in _REFERRING_ADVERBS or (lowered == "danach" and _danach_report(frame, index))
        ) and len(tokens) > 2:
            # "Demnach sollen ältere Kraftwerke länger laufen.": the source is the
            # report of the sentence before; the message is the rest (the whole
            # sentence when the adverb stands inside it: "Die AfD käme demnach …").
            message = _message(frame, index, index)
            if message is not None:
                # The source is the one named just before ("gab die Wahlkommission
                # ein Ergebnis bekannt. Demnach …"); the adverb is its mention here.
                source = table.latest_before(tokens[0][0], lambda e: True, limit=300)
                if source is not None:
                    table.add_to(source, start, end, MentionKind.PRONOUN)
                    found.append((*message, (start, end), source, (start, end)))
                else:
                    found.append((*message, (start, end), None, None))
        elif lowered == "zufolge" and index > 0 and frame.lower(index - 1) not in RELATIVE:
            first = _phrase_start_before(frame, index)
            source_first = _dative_start(frame, table, first, index)
            mentions = table.within(tokens[source_first][0], tokens[index - 1][1])
            dative = _DATIVE_PRONOUNS.get(frame.lower(index - 1))
            if mentions:
                entity = table.entities[mentions[-1][2]]
                mention = (mentions[-1][0], mentions[-1][1])
            elif dative is not None and source_first == index - 1:
                # "Ihnen zufolge hat …": the pronoun's referent is the source.
                from polittext.attribution import resolve_pronoun

                pronoun, number = dative
                p_start, p_end, _word = tokens[index - 1]
                entity = resolve_pronoun(table, pronoun, p_start, number)
                mention = (p_start, p_end) if entity is not None else None
                if entity is not None:
                    table.add_to(entity, p_start, p_end, MentionKind.PRONOUN)
            else:
                # A capitalised adjective opening the sentence ("Ersten Angaben") is
                # no noun: the phrase's head comes after it.
                head = source_first
                if head + 1 < index and _adjective_like(frame.lower(head)) and head == 0:
                    head += 1
                entity, mention = noun_phrase_source(frame, head, index, table)
            message = _message(frame, first, index)
            if message is not None:
                found.append((*message, (start, end), entity, mention))
        elif (
            lowered == "nach"
            and 1 < index < len(tokens) - 2
            and frame.commas[index - 1]
            and frame.lower(index + 1) in _RELATIVE_AFTER_NACH
            and _antecedent_report(frame, index - 1) is not None
        ):
            # "Studien der Charité, nach denen Homöopathie … sei": the relative
            # clause is what the report (the noun before) says.
            found.append(
                _relative_report(frame, table, index, _antecedent_report(frame, index - 1))
            )
        elif (
            lowered == "nach"
            and index >= 2
            and (_is_source_noun(frame.words[index - 1]) or frame.words[index - 1] == "Vernehmen")
        ):
            # "Seiner Meinung nach hätte …", "bei dem es sich ihrer Ansicht nach um …
            # handle", "Dem Vernehmen nach soll …": the postposition after a
            # possessive (or the article of "Vernehmen") and a source noun.
            holder_index = index - 2
            holder = frame.lower(holder_index)
            if frame.breaks[holder_index] or frame.breaks[index - 1]:
                continue
            entity = mention = None
            if _addressed_view(frame, holder_index):
                continue  # "Welche Teile sind Ihrer Meinung nach …?": a view asked for
            if holder in _POSSESSIVES:
                from polittext.attribution import resolve_pronoun

                entity = resolve_pronoun(table, _POSSESSIVES[holder], tokens[holder_index][0], "sg")
                mention = (tokens[holder_index][0], tokens[index - 1][1])
            elif holder != "dem" or frame.words[index - 1] != "Vernehmen":
                continue
            message = _postposed_message(frame, holder_index, index)
            if message is not None:
                found.append((*message, (tokens[index - 1][0], end), entity, mention))
        elif lowered == "nach" and index + 2 < len(tokens):
            # "nach Angaben", "nach eigenen Angaben", "nach einer ersten Analyse"
            if frame.lower(index - 1) in _TEMPORAL_BEFORE_NACH:
                continue  # "Erst nach umfangreichen Ermittlungen", "kurz nach der Meldung"
            noun_index = index + 1
            if (
                tokens[noun_index][2][:1].isupper()
                and tokens[noun_index][2].endswith("s")
                and _is_source_noun(tokens[noun_index + 1][2])
            ):
                noun_index += 1  # "Nach Grupps Meinung": a genitive name before the noun
            while (
                noun_index < min(len(tokens) - 1, index + 4)
                and tokens[noun_index][2][:1].islower()
                and not frame.breaks[noun_index - 1]
            ):
                noun_index += 1
            if noun_index >= len(tokens):
                continue
            noun = tokens[noun_index][2]
            entry = nouns.get(noun)
            compound = _source_compound(noun)
            if (
                entry is not None
                and compound is not None
                and gazetteer().entity([compound]) is None
            ):
                compound = None  # "Einschätzung" is no compound of "Schätzung"
            if (
                (entry is None or not entry[1])
                and compound is None
                and not _reported_act(frame, table, index, noun_index, entry)
            ):
                continue
            if (
                index != frame.clause_start(index)
                and _standing_text(frame, noun_index)
                and not _state_of_knowledge(frame, index, noun_index)
            ):
                continue  # "Leistungen nach dem Infektionsschutzgesetz": a modifier, no source
            first = noun_index + 1
            # "nach eigenem Bekunden von den Vorfällen": an "eigen" phrase names its
            # holder by the subject; a "von" after it belongs to the message.
            linked = frame.lower(index + 1) not in _EIGEN and (
                frame.lower(first) in _LINKS or _genitive_name(frame, table, first)
            )
            if frame.lower(first) in _LINKS:
                first += 1
            if not linked:
                # No "von"/genitive after the noun: what follows is the message
                # ("nach eigenen Angaben weitere Werke bauen"); the phrase itself
                # names the source ("nach Polizeiangaben"), or its possessive does.
                modifier = compound or _source_compound(noun)
                if (
                    frame.lower(index + 1) in _DEFINITE
                    and not _standing_source(frame, index, noun_index)
                    and (modifier is None or gazetteer().entity([modifier]) is None)
                ):
                    continue  # "Nach der (Presse)mitteilung kam es zu …": a time, no source
                if modifier is not None and noun_index == index + 1:
                    entity = _compound_entity(table, tokens[noun_index], modifier)
                    mention = (tokens[noun_index][0], tokens[noun_index][1])
                else:
                    entity, mention = _holder_of_phrase(frame, index, noun_index, table)
                message = _message(frame, index, noun_index)
                if message is not None:
                    found.append((*message, (start, tokens[noun_index][1]), entity, mention))
                continue
            if compound is not None:
                # "nach Polizeiangaben": the compound names its own source.
                entity = _compound_entity(table, tokens[noun_index], compound)
                mention, used = (tokens[noun_index][0], tokens[noun_index][1]), noun_index
            else:
                entity, mention, used = source_after(frame, first, table)
                if mention is None:
                    entity, mention = _holder_of_phrase(frame, index, noun_index, table)
            used = max(used, noun_index)
            message = _message(frame, index, used)
            if message is not None:
                found.append((*message, (start, tokens[noun_index][1]), entity, mention))
        elif (
            lowered == "so"
            and index > 0
            and _so_parenthesis(frame.gap(index - 1))
            and index + 1 < len(tokens)
        ):
            entity, mention, used = source_after(frame, index + 1, table)
            if mention is None or not _adverbial_rest(frame, used + 1, frame.clause_end(index + 1)):
                continue
            message_end = tokens[index - 1][1]
            opening = frame.message_first(index - 1)
            last = frame.clause_end(index + 1)
            if (
                last + 1 < len(tokens)
                and frame.commas[last]
                and frame.lower(last + 1) not in RELATIVE
                and not (
                    frame.lower(last + 1) in _PREPOSITION_WORDS
                    and frame.lower(last + 2) in RELATIVE
                )
            ):
                # "Alles in allem sei es, so der Bericht, möglich gewesen, …": the
                # sentence goes on after the parenthesis, and the message with it (not
                # after a relative clause of the source: "…, so eine Studie, in der …").
                message_end = frame.message_end(opening)
            elif _resumes_after_relative(frame, last):
                # "Im Mai, so die Ergebnisse eines Richters, der die Akten prüfte, sei
                # er dort gewesen": after the source's relative clause, the interrupted
                # clause resumes with its finite verb.
                message_end = frame.message_end(opening)
            found.append((tokens[opening][0], message_end, (start, end), entity, mention))
    return found
