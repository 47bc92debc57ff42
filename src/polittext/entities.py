"""Entity mentions that can speak: persons, parties, institutions, governments,
groups and anonymous sources, with the mentions of one entity merged.

No NER model is needed: persons are found from first-name lists, role nouns
before a capitalised word (``EU-Chefdiplomatin Kallas``) and titles; once a
surname is known, every later or earlier bare use of it joins the same
entity. Gazetteers give institutions, parties, countries and their capitals
(``Moskau`` stands for the Russian government).

>>> table = find_entities("Die EU-Chefdiplomatin Kaja Kallas kam. Kallas sprach mit Moskau.")
>>> [(e.name, e.kind.value, [m[2].value for m in e.mentions]) for e in table.entities]
[('Kaja Kallas', 'person', ['name', 'name']), ('Russland', 'government', ['name'])]
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

import attrs

from polittext.gazetteer import Gazetteer, gazetteer
from polittext.lexicon import read_table, word_class
from polittext.types import MentionKind, SpeakerKind

__all__ = [
    "Entity",
    "EntityTable",
    "Words",
    "could_be_surname",
    "find_entities",
    "split_words",
    "surname_key",
    "surname_mentions",
    "word_tokens",
]

# No name, role or group noun is longer than this; longer "words" are junk.
_MAX_NAME = 40
# Surnames with a lower-case Arabic article or kinship word: "el-Baradei", "al-Sisi",
# "Abu" is capitalised, but "bin-Salman"/"ibn-Saud" are written joined too.
_ARTICLE_SURNAME = re.compile(r"(?:al|el|as|ad|ar|at|an|az|asch|ash|ibn|bin|ben)-[A-ZÄÖÜ]\w+")


def surname_key(surname: str) -> str:
    """The table key of a person by surname; a sentence-initial ``El-Baradei`` is
    the same person as ``el-Baradei``.

    >>> surname_key("El-Baradei"), surname_key("Merz")
    ('person:el-Baradei', 'person:Merz')
    """
    lowered = surname[:1].lower() + surname[1:]
    return f"person:{lowered if _ARTICLE_SURNAME.fullmatch(lowered) else surname}"


# Runs of word characters joined by single inner hyphens or apostrophes (the
# same tokens as \w(?:\w|[-'’](?=\w))*, matched faster: a first \w lets the search
# skip to word characters, and possessive repeats keep no backtracking state). In a
# group, so that split() returns the gaps between the words too.
_WORD_SPLIT = re.compile(r"(\w\w*+(?:[-'’]\w++)*+)")
_NAME_PARTICLES = word_class("name_particle")
_QUANTIFIER_WORDS = word_class("quantifier")
_NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "ität",
    "ismus",
    "nis",
    "tum",
    "ment",
    "chen",
    "lein",
    "ungen",
    "heiten",
    "keiten",
    "schaften",
    "tionen",
    "täten",
    "nisse",
    "ien",
    "ik",
    "sion",
    "sionen",
    "enz",
    "anz",
    "ur",
    "age",
    # Neuter nouns and institutions, also in the genitive ("nach Angaben des Ministeriums").
    "ium",
    "iums",
    "tums",
    "ments",
    "amt",
    "amts",
    "amtes",
    "gericht",
    "gerichts",
    "institut",
    "instituts",
    "behörde",
    "polizei",
)
_FUNCTION_WORDS = word_class("capitalised_word")


@attrs.define(slots=True)
class Entity:
    """One real-world entity of a document and where it is mentioned.

    ``mentions`` holds ``(start, end, kind)`` triples in text order once the
    table is finished.
    """

    index: int
    key: str
    name: str
    kind: SpeakerKind
    roles: list[str] = attrs.Factory(list)
    gender: str | None = None
    affiliation: str | None = None
    mentions: list[tuple[int, int, MentionKind]] = attrs.Factory(list)


_END_OF = operator.itemgetter(1)


@attrs.define(slots=True)
class EntityTable:
    """Entities of one document, with mentions searchable by position."""

    text: str
    entities: list[Entity] = attrs.Factory(list)
    by_key: dict[str, int] = attrs.Factory(dict)
    starts: list[int] = attrs.Factory(list)
    spans: list[tuple[int, int, int]] = attrs.Factory(list)
    kinds: dict[int, MentionKind] = attrs.Factory(dict)
    # Mentions added before the last one in text order wait here (sorted) and are merged
    # in batches: one list insertion each in the middle of a long document's mentions
    # ("ich" resolved quote by quote after the names) made adding them quadratic. They
    # are searched by start with a tuple of it: (start,) sorts before every mention
    # that starts there (no key function to call at each step of the search).
    pending: list[tuple[int, int, int]] = attrs.Factory(list)
    # Per entity: its list of mentions and their number when last asked, and the
    # distinct word sequences of its name and description mentions (see
    # :meth:`named_words`).
    _named_words: dict[
        int, tuple[list[tuple[int, int, MentionKind]], int, set[tuple[str, ...]]]
    ] = attrs.field(factory=dict, init=False)
    # The largest end of any mention: a span that starts there or later overlaps none.
    reach: int = 0
    # The largest end among spans[: i + 1]: where it is at most a span's start, none of
    # the mentions before that span overlaps it (no window to walk).
    reaches: list[int] = attrs.Factory(list)

    def add(
        self,
        key: str,
        name: str,
        kind: SpeakerKind,
        start: int,
        end: int,
        mention_kind: MentionKind = MentionKind.NAME,
    ) -> Entity:
        """Add a mention, creating the entity ``key`` if it is new.

        Where the span is already (part of) another mention, that mention's
        entity is returned and nothing is added: every span names one entity.
        """
        covering = self.covering(start, end)
        if covering is not None:
            return self.entities[covering[2]]
        index = self.by_key.get(key)
        if index is None:
            index = len(self.entities)
            self.by_key[key] = index
            self.entities.append(Entity(index, key, name, kind))
        entity = self.entities[index]
        entity.mentions.append((start, end, mention_kind))
        self._insert(start, end, index)
        self.kinds[start] = mention_kind
        return entity

    def move_mentions(self, source: Entity, targets: Mapping[int, Entity]) -> None:
        """Give each mention of ``source`` that starts at a key of ``targets`` to
        that entity (its order is restored by :meth:`finish`).

        >>> table = EntityTable("Ich sage es.")
        >>> me = table.add("self:ich", "ich", SpeakerKind.PERSON, 0, 3, MentionKind.PRONOUN)
        >>> merz = Entity(1, "person:Merz", "Merz", SpeakerKind.PERSON)
        >>> table.entities.append(merz)
        >>> table.move_mentions(me, {0: merz})
        >>> me.mentions, merz.mentions, table.within(0, 3)
        ([], [(0, 3, <MentionKind.PRONOUN: 'pronoun'>)], [(0, 3, 1)])
        """
        if not any(start in targets for start, _end, _kind in source.mentions):
            return
        self.flush()
        kept: list[tuple[int, int, MentionKind]] = []
        for mention in source.mentions:
            target = targets.get(mention[0])
            (kept if target is None else target.mentions).append(mention)
        source.mentions = kept
        self.spans = [
            (s, e, targets[s].index if i == source.index and s in targets else i)
            for s, e, i in self.spans
        ]

    def add_to(self, entity: Entity, start: int, end: int, mention_kind: MentionKind) -> None:
        """Add a mention to an existing entity (no overlap with its mentions)."""
        if self.covering(start, end) is None:
            entity.mentions.append((start, end, mention_kind))
            self._insert(start, end, entity.index)
            self.kinds[start] = mention_kind

    def extend(self, items: list[tuple[int, int, Entity, MentionKind]]) -> None:
        """Add many mentions at once (in one merge, not one insertion each)."""
        self.flush()
        for start, end, entity, kind in items:
            entity.mentions.append((start, end, kind))
            self.kinds[start] = kind
        merged = sorted(self.spans + [(s, e, entity.index) for s, e, entity, _ in items])
        self.reach = max([self.reach, *(e for _s, e, _entity, _kind in items)])
        self.spans = merged
        self.starts = [span[0] for span in merged]
        self.reaches = list(itertools.accumulate(map(_END_OF, merged), max))

    def _insert(self, start: int, end: int, index: int) -> None:
        if end > self.reach:
            self.reach = end
        if not self.starts or start > self.starts[-1]:
            self.starts.append(start)
            self.spans.append((start, end, index))
            self.reaches.append(
                end if not self.reaches or end > self.reaches[-1] else self.reaches[-1]
            )
            return
        bisect.insort(self.pending, (start, end, index))
        if len(self.pending) > max(1024, len(self.spans) // 4):
            self.flush()  # a merge per quarter of the list's length: linear in all

    def flush(self) -> None:
        """Merge the waiting mentions into the sorted lists (linear in their length)."""
        if self.pending:
            self.spans = sorted(self.spans + self.pending)  # two sorted runs: merged in C
            self.starts = [span[0] for span in self.spans]
            self.reaches = list(itertools.accumulate(map(_END_OF, self.spans), max))
            self.pending = []

    def covering(self, start: int, end: int) -> tuple[int, int, int] | None:
        """A mention overlapping ``[start, end)``, if any."""
        if start >= self.reach:
            return None  # after every mention (most new ones, found in text order)
        position = bisect.bisect_left(self.starts, end)
        if not self.pending and (position == 0 or self.reaches[position - 1] <= start):
            return None  # every mention before ``end`` ends before ``start``
        window = self.spans[max(0, position - 8) : position]
        if self.pending:
            waiting = bisect.bisect_left(self.pending, (end,))
            window = sorted(window + self.pending[max(0, waiting - 8) : waiting])[-8:]
        for candidate in reversed(window):
            if candidate[0] < end and start < candidate[1]:
                return candidate
        return None

    def within(
        self, start: int, end: int, starts_before: int | None = None
    ) -> list[tuple[int, int, int]]:
        """Mentions inside ``[start, end)``, in text order; with ``starts_before``,
        only those that start before it (a look-up of a few words in a long span).

        >>> table = EntityTable("Merz und Kallas")
        >>> _ = table.add("person:Merz", "Merz", SpeakerKind.PERSON, 0, 4)
        >>> _ = table.add("person:Kallas", "Kallas", SpeakerKind.PERSON, 9, 15)
        >>> table.within(0, 15), table.within(0, 15, starts_before=5)
        ([(0, 4, 0), (9, 15, 1)], [(0, 4, 0)])
        """
        stop = end if starts_before is None else min(end, starts_before)
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, stop)
        found = [span for span in self.spans[low:high] if span[1] <= end]
        if self.pending:
            low = bisect.bisect_left(self.pending, (start,))
            high = bisect.bisect_left(self.pending, (stop,))
            waiting = [span for span in self.pending[low:high] if span[1] <= end]
            if waiting:
                found = sorted(found + waiting)
        return found

    def latest_before(
        self, position: int, accept: Callable[[Entity], bool], limit: int = 1500
    ) -> Entity | None:
        """The most recent entity mentioned before ``position`` that ``accept`` allows."""
        index = bisect.bisect_left(self.starts, position) - 1
        waiting = bisect.bisect_left(self.pending, (position,)) - 1
        while True:
            # the later of the next mention back in the sorted lists and among those waiting
            main = self.spans[index] if index >= 0 else None
            other = self.pending[waiting] if waiting >= 0 else None
            if main is None and other is None:
                return None
            if other is None or (main is not None and main[0] > other[0]):
                span, index = main, index - 1
            else:
                span, waiting = other, waiting - 1
            assert span is not None
            if position - span[0] > limit:
                return None
            entity = self.entities[span[2]]
            if accept(entity):
                return entity

    def named_words(self, index: int) -> AbstractSet[tuple[str, ...]]:
        """The distinct lower-cased word sequences of entity ``index``'s name and
        description mentions (quotation marks stripped), remembered and extended by
        the mentions added since the last call: a look-back that asks about the same
        entity again and again, while it gains mentions, stays linear in a long
        document's length. (Mentions are only appended to an entity's list; code
        that changes them otherwise gives the entity a new list.)

        >>> table = EntityTable("Die Süddeutsche Zeitung berichtet.")
        >>> entity = table.add("org:sz", "Süddeutsche Zeitung", SpeakerKind.ORGANISATION, 4, 23)
        >>> sorted(table.named_words(entity.index))
        [('süddeutsche', 'zeitung')]
        """
        mentions = self.entities[index].mentions
        known = self._named_words.get(index)
        if known is not None and known[0] is mentions and known[1] == len(mentions):
            return known[2]
        if known is None or known[0] is not mentions or known[1] > len(mentions):
            words: set[tuple[str, ...]] = set()
            seen = 0
        else:
            _mentions, seen, words = known
        text = self.text
        for position in range(seen, len(mentions)):
            start, end, kind = mentions[position]
            if kind is MentionKind.NAME or kind is MentionKind.DESCRIPTION:
                words.add(tuple(text[start:end].lower().strip('„“"»«').split()))
        self._named_words[index] = (mentions, len(mentions), words)
        return words

    def finish(self) -> None:
        """Sort every entity's mentions by position."""
        self.flush()
        for entity in self.entities:
            entity.mentions.sort()
        self._named_words.clear()  # the lists changed order: read them anew


def word_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word tokens (letters, digits, inner hyphens and apostrophes) of ``text[start:end]``.

    >>> word_tokens("EU-Chefin Kallas, 2026", 0, 22)
    [(0, 9, 'EU-Chefin'), (10, 16, 'Kallas'), (18, 22, '2026')]
    """
    return split_words(text, start, end).tokens


@attrs.define(slots=True)
class Words:
    """The word tokens of a stretch of text, and the same split into its parts.

    ``tokens`` holds ``(start, end, word)`` triples; ``words`` and ``starts`` their
    words and start offsets; ``gaps`` the text after each word, up to the next word
    or the end of the stretch.
    """

    tokens: list[tuple[int, int, str]]
    words: list[str]
    starts: list[int]
    gaps: list[str]


def split_words(text: str, start: int, end: int) -> Words:
    """The :class:`Words` of ``text[start:end]``.

    >>> split_words("EU-Chefin Kallas, 2026.", 0, 23).gaps
    [' ', ', ', '.']
    """
    # Every sentence is tokenised by several stages; the tokens of the text being
    # analysed are kept (per thread, for one text at a time). Callers never change them.
    cache = _TOKENS.__dict__
    if cache.get("text") is not text:
        cache["text"], cache["spans"] = text, {}
    spans: dict[tuple[int, int], Words] = cache["spans"]
    found = spans.get((start, end))
    if found is None:
        # Gaps and words alternate ([gap, word, gap, …, word, gap]); their lengths
        # summed give the offsets: all in C, with no match object per word.
        first = max(start, 0)  # as a pattern's search treats negative bounds
        parts = _WORD_SPLIT.split(text[first : max(end, 0)])
        if len(parts) == 1:
            # No word ("." in ". . . ."): one shared empty result, not kept per span,
            # so that a million empty sentences hold no memory.
            return _NO_WORDS
        offsets = list(itertools.accumulate(map(len, parts), initial=first))
        words = parts[1::2]
        starts = offsets[1:-1:2]
        found = spans[start, end] = Words(
            list(zip(starts, offsets[2::2], words, strict=True)), words, starts, parts[2::2]
        )
    return found


_TOKENS = threading.local()
_NO_WORDS = Words([], [], [], [])


def _other_words() -> frozenset[str]:
    """Capitalised forms that are never surnames: cue nouns, function words."""
    nouns = {row[0] for row in read_table("cue_nouns.tsv", 3)}
    function = set(_FUNCTION_WORDS) | word_class("layout_label")
    for cls in ("preposition", "adverb", "determiner", "subordinator", "not_subject", "relative"):
        function |= {w[:1].upper() + w[1:] for w in word_class(cls)}
    return frozenset(nouns | function)


_OTHER_WORDS: frozenset[str] | None = None


def could_be_surname(word: str, after_name: bool = False) -> bool:
    """Whether a capitalised word may be a surname (no known noun, role or place).

    ``after_name``: the word follows a known given name, role or title, where a
    short word with a noun ending is a surname (``Burkhard Jung``, ``Siegfried
    Lenz``) rather than a noun (``Verhandlung``).

    >>> could_be_surname("Kallas"), could_be_surname("Verhandlung"), could_be_surname("Moskau")
    (True, False, False)
    >>> could_be_surname("Jung"), could_be_surname("Jung", after_name=True)
    (False, True)
    >>> could_be_surname("el-Baradei")
    True
    """
    global _OTHER_WORDS
    if _OTHER_WORDS is None:
        _OTHER_WORDS = _other_words()
    if _ARTICLE_SURNAME.fullmatch(word) and len(word) <= _MAX_NAME:
        return True  # "el-Baradei"
    if (
        len(word) < 2
        or len(word) > _MAX_NAME
        or not word[0].isupper()
        or (word.isupper() and len(word) > 1 and len(word) < 5)
    ):
        return False
    if word in _OTHER_WORDS or any(ch.isdigit() for ch in word):
        return False
    lowered = word.lower()
    if lowered.endswith(_NOUN_SUFFIXES) and not (after_name and _short_stem(lowered)):
        return False
    g = gazetteer()
    return g.role(word) is None and g.group(word) is None and g.entity([word]) is None


def _noun_surname(word: str) -> bool:
    """Whether ``word``, right after a known given name, is a surname although it
    is also a cue noun (``Tino Sorge``, ``Peter Frage``): a given name is followed
    by a surname, not by such a noun. Function words stay excluded.

    >>> _noun_surname("Sorge"), _noun_surname("Die"), _noun_surname("Moskau")
    (True, False, False)
    """
    global _CUE_NOUN_WORDS
    if _CUE_NOUN_WORDS is None:
        _CUE_NOUN_WORDS = frozenset(row[0] for row in read_table("cue_nouns.tsv", 3))
    if word not in _CUE_NOUN_WORDS or word in _FUNCTION_WORDS or len(word) > _MAX_NAME:
        return False
    g = gazetteer()
    return g.role(word) is None and g.group(word) is None and g.entity([word]) is None


_CUE_NOUN_WORDS: frozenset[str] | None = None


def _short_stem(lowered: str) -> bool:
    """Whether the word is at most two letters longer than every noun ending it
    has (``jung``: ``j`` + ``ung``), too short for a noun derived with it."""
    return all(len(lowered) - len(s) <= 2 for s in _NOUN_SUFFIXES if lowered.endswith(s))


# Role, titles, first names, particles and surname: "Bundesminister Dr. Karl-Theodor
# Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester Freiherr von und zu Guttenberg".
_MAX_NAME_TOKENS = 17


def _adjacent(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return 0 < len(gap) <= 2 and gap.strip(" .") == ""


# What a word can start, remembered per word for the gazetteer in use: ``_OPENS``
# (a gazetteer name, role, title or first name: the full check runs), ``None``
# (nothing: a lower-case word, or a capitalised one that is no group noun either),
# or the word's group (kind, canonical name).
_OPENS = object()
_MEMO_SIZE = 200_000
_UNSEEN = object()
_WORDS: dict[str, Any] = {}
# The words of ``_WORDS`` that start nothing (most words): a set, so that picking
# out the others takes a membership test per word, not a method call.
_NOTHING: set[str] = set()
_WORDS_OWNER: list[Any] = [None]


def _forget_words(g: Any) -> None:
    _WORDS.clear()
    _NOTHING.clear()
    _WORDS_OWNER[0] = g


def _word_start(g: Gazetteer, word: str) -> Any:
    """What ``word`` (not in ``_WORDS`` yet) can start in ``g``, remembered."""
    if word in g._openers:  # g.starts_name(word), without a call
        known = _OPENS
    elif not word[0].isupper():
        known = None
    elif (
        g.role(word) is not None
        or word in g.titles
        or word + "." in g.titles
        or word in g.first_names
    ):
        known = _OPENS
    else:
        known = g.group(word)
    if len(_WORDS) >= _MEMO_SIZE:
        _forget_words(g)
    _WORDS[word] = known
    if known is None:
        _NOTHING.add(word)
    return known


def _scan_segment(table: EntityTable, text: str, start: int, end: int) -> None:
    g = gazetteer()
    if _WORDS_OWNER[0] is not g:
        _forget_words(g)
    split = split_words(text, start, end)
    tokens = split.tokens
    # Most words start nothing: what each word can start is looked up once, and
    # only the words that may start something (or are new) are visited.
    memo, nothing = _WORDS, _NOTHING
    visit = [i for i, word in enumerate(split.words) if word not in nothing]
    next_free = 0  # the first token not yet taken by a mention
    for i in visit:
        if i < next_free:
            continue
        next_free = i + 1
        t_start, t_end, word = tokens[i]
        opens = memo.get(word, _UNSEEN)
        if opens is _UNSEEN:
            opens = _word_start(g, word)
        if word in _GOVERNMENT_NOUNS:
            consumed = _role_of_country(table, text, tokens, i)
            if consumed:
                next_free = i + consumed
                continue
        if opens is _OPENS:
            consumed = _role_of_country(table, text, tokens, i)
            if consumed:
                next_free = i + consumed
                continue
            # Lower-case names ("taz", "dpa", "ver.di") count too.
            found = g.entity_at(tokens, i)
            if found is not None:
                size, entry = found
                key = (
                    f"gov:{entry.country}"
                    if entry.kind is SpeakerKind.GOVERNMENT
                    else entry.canonical
                )
                table.add(key, entry.canonical, entry.kind, t_start, tokens[i + size - 1][1])
                next_free = i + size
                continue
            consumed = _person_at(table, text, tokens, i) if word[0].isupper() else 0
            if consumed:
                next_free = i + consumed
                continue
            opens = g.group(word) if word[0].isupper() else None
            if opens is not None and _one_person(text, tokens, i):
                opens = None  # "sagte der SPD-Politiker": a description, resolved as a source
        if opens is not None:
            kind, name = opens
            table.add(f"group:{name}", name, kind, t_start, t_end, MentionKind.DESCRIPTION)


# Nouns for a government that a place after "in" names ("die Regierung in Moskau").
_GOVERNMENT_NOUNS = frozenset({"Regierung", "Staatsführung", "Führung", "Machthaber"})


def _role_of_country(
    table: EntityTable, text: str, tokens: list[tuple[int, int, str]], i: int
) -> int:
    """``der Präsident Frankreichs``: a role noun with a country in the genitive names
    the office holder of that country, one speaker, not the country; ``die Regierung in
    Moskau`` names that country's government. Returns the tokens used (0: none)."""
    word = tokens[i][2]
    if (
        not word[0].isupper()
        or i + 1 >= len(tokens)
        or text[tokens[i][1] : tokens[i + 1][0]] != " "
    ):
        return 0
    g = gazetteer()
    if word in _GOVERNMENT_NOUNS and i + 2 < len(tokens) and tokens[i + 1][2] == "in":
        # "die Regierung in Moskau", "die Führung in Peking": the government of that place
        found = g.entity_at(tokens, i + 2)
        if found is None or found[1].kind is not SpeakerKind.GOVERNMENT:
            return 0
        size, entry = found
        table.add(
            f"gov:{entry.country}",
            entry.canonical,
            SpeakerKind.GOVERNMENT,
            tokens[i][0],
            tokens[i + 1 + size][1],
        )
        return size + 2
    role = g.role(word)
    if role is None:
        return 0
    found = g.entity_at(tokens, i + 1)
    if found is None:
        return 0
    size, entry = found
    last = tokens[i + size][2]
    if (
        entry.kind is not SpeakerKind.GOVERNMENT
        or not last.endswith("s")
        or last == entry.canonical
    ):
        return 0  # "Präsident Macron", "Regierung Frankreich"
    entity = table.add(
        f"role:{word.lower()}:{entry.country}",
        text[tokens[i][0] : tokens[i + size][1]],
        SpeakerKind.PERSON,
        tokens[i][0],
        tokens[i + size][1],
        MentionKind.DESCRIPTION,
    )
    if word not in entity.roles:
        entity.roles.append(word)
    if role[1] in ("f", "m") and entity.gender is None:
        entity.gender = role[1]
    return size + 1


def _one_person(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the role noun at ``i``, which is also a plural group noun
    (``Politiker``, ``Abgeordnete``), names one person by its article: ``der
    SPD-Politiker sagte``, ``dem Abgeordneten``, ``die Grünen-Abgeordnete``, but not
    the genitive plural ``die Kritik der SPD-Politiker`` or ``die SPD-Politiker``.
    After an indefinite article (``ein Beamter``) the group mention stays: an
    anonymous source, not a reference back."""
    if i == 0 or text[tokens[i - 1][1] : tokens[i][0]] != " ":
        return False
    word = tokens[i][2]
    role = gazetteer().role(word)
    if role is None:
        return False
    article = tokens[i - 1][2].lower()
    if article in ("des", "dem"):
        return True
    if article == "der":
        # After a noun "der" is the genitive plural ("Kritik der Politiker").
        return i < 3 or not tokens[i - 2][2][:1].isupper()
    if article == "die":
        return role[1] == "f" and not word.endswith("n")  # "die Abgeordnete", not "-n"
    return False


def _person_at(table: EntityTable, text: str, tokens: list[tuple[int, int, str]], i: int) -> int:
    """Recognise ``[Role] [Title] [First names] Surname`` at token ``i``; tokens used."""
    g = gazetteer()
    # Look no further than a long real name: a run of titles or first names ("Dr. Dr. Dr.
    # …") would otherwise be walked again from each of its tokens (quadratic time).
    count = min(len(tokens), i + _MAX_NAME_TOKENS)
    j = i
    role_word: str | None = None
    gender: str | None = None
    role = g.role(tokens[j][2])
    if role is not None:
        role_word, gender = tokens[j][2], role[1]
        j += 1
    titled = False
    while (
        j < count
        and (tokens[j][2] + "." in g.titles or tokens[j][2] in g.titles)
        and (j == i or _adjacent(text, tokens[j - 1][1], tokens[j][0]))
    ):
        title_gender = g.titles.get(tokens[j][2]) or g.titles.get(tokens[j][2] + ".")
        if title_gender in ("f", "m") and gender in (None, "u"):
            gender = title_gender  # "Frau Esken", "Herr Merz"
        titled = True
        j += 1
    first_start = j
    while (
        j < count
        and g.first_name_gender(tokens[j][2]) is not None
        and (j == i or _adjacent(text, tokens[j - 1][1], tokens[j][0]))
    ):
        if gender in (None, "u"):
            gender = g.first_name_gender(tokens[j][2])
        j += 1
    has_first = j > first_start
    while j < count and tokens[j][2].lower() in _NAME_PARTICLES and has_first:
        j += 1  # "Ursula von der Leyen", "Alexander Van der Bellen"
    if j == i:
        return 0
    if j >= count or not _adjacent(text, tokens[j - 1][1], tokens[j][0]):
        if not has_first or tokens[j - 1][2].lower() in _NAME_PARTICLES:
            return 0
        j -= 1  # "der SPD-Vorsitzende Sigmar Gabriel:": the surname is also a first name
        if j == first_start and role_word is None and not titled:
            return 0
        surname = tokens[j][2]
    else:
        surname = tokens[j][2]
    if not could_be_surname(
        surname, after_name=has_first or titled or role_word is not None
    ) and not (has_first and _noun_surname(surname)):
        if has_first and (
            j - 1 > first_start or ((role_word is not None or titled) and not surname[:1].isupper())
        ):
            # "Hans Peter": the last first name serves as surname; so does a single
            # name after a role ("Der SPD-Vorsitzende Gabriel bekräftigte").
            j -= 1
            surname = tokens[j][2]
        else:
            return 0
    if not has_first and role_word is None and not titled:
        return 0
    if (
        has_first
        and j + 1 < count
        and _adjacent(text, tokens[j][1], tokens[j + 1][0])
        and text[tokens[j][1] : tokens[j + 1][0]] == " "
        and could_be_surname(tokens[j + 1][2])
        and (
            j + 2 >= len(tokens)
            or not tokens[j + 2][2][:1].isupper()
            or text[tokens[j + 1][1] : tokens[j + 2][0]].strip() != ""
        )
    ):
        # "Henk Jaap Meijer": a second given name no list knows; the surname is
        # the last of the run of names (which ends before a lower-case word or
        # punctuation).
        j += 1
        surname = tokens[j][2]
    elif (
        not has_first
        and (role_word is not None or titled)
        and j == first_start
        and j + 1 < count
        and tokens[j][2].lower() not in _QUANTIFIER_WORDS
        and text[tokens[j][1] : tokens[j + 1][0]] == " "
        and could_be_surname(tokens[j + 1][2])
        and (
            j + 2 >= len(tokens)
            or not tokens[j + 2][2][:1].isupper()
            or text[tokens[j + 1][1] : tokens[j + 2][0]].strip() != ""
        )
    ):
        # "Der Linken-Abgeordnete Ates Gürpinar forderte": after a role, two unknown
        # names before a lower-case word or punctuation are a given name no list knows
        # and the surname.
        first_start = j
        has_first = True
        j += 1
        surname = tokens[j][2]
    name_start = tokens[first_start][0] if has_first else tokens[j][0]
    entity = table.add(
        surname_key(surname),
        text[name_start : tokens[j][1]],
        SpeakerKind.PERSON,
        name_start,
        tokens[j][1],
    )
    if has_first and " " not in entity.name:
        entity.name = text[name_start : tokens[j][1]]
    if role_word is not None and role_word not in entity.roles:
        entity.roles.append(role_word)
        prefix = role_word.rsplit("-", 1)[0] if "-" in role_word else ""
        if prefix in g.parties and entity.affiliation is None:
            entity.affiliation = g.parties[prefix]
    if gender in ("f", "m") and entity.gender is None:
        entity.gender = gender
    party = re.match(r"\s*\(([^()\s]{2,25})\)", text[tokens[j][1] : tokens[j][1] + 30])
    if party and party.group(1) in g.parties and entity.affiliation is None:
        entity.affiliation = g.parties[party.group(1)]
    return j + 1 - i


def surname_mentions(
    table: EntityTable,
    text: str,
    segments: Iterable[tuple[int, int]],
    entities: Iterable[Entity] | None = None,
) -> None:
    """Add every bare use of a known person's surname as a mention of that person.

    ``entities`` limits the pass to some entities (default: all of the table).
    """
    surnames = {
        entity.key[len("person:") :]: entity
        for entity in (table.entities if entities is None else entities)
        if entity.key.startswith("person:")
    }
    if not surnames:
        return
    # Each form that names a surname, with that surname: the surname itself and its
    # genitive in -s (which wins where both are surnames), so that each of the text's
    # words is looked up once.
    forms = {surname: (surname, entity) for surname, entity in surnames.items()}
    forms.update({surname + "s": (surname, entity) for surname, entity in surnames.items()})
    # Merged now rather than by extend() below: no overlap test has to look at the
    # waiting mentions as well (the same answers; a long text tests thousands).
    table.flush()
    found: list[tuple[int, int, Entity, MentionKind]] = []
    # Where each person was named before this pass, and the last bare surname linked.
    anchors: dict[int, list[int]] = {}
    last: dict[int, int] = {}
    for start, end in segments:
        split = split_words(text, start, end)
        if forms.keys().isdisjoint(split.words):
            continue  # most sentences (tested in C)
        for t_start, t_end, word in [t for t in split.tokens if t[2] in forms]:
            base, entity = forms[word]
            key = id(entity)
            places = anchors.get(key)
            if places is None:
                places = anchors[key] = sorted(mention[0] for mention in entity.mentions)
            if not _near(places, last.get(key), t_start):
                continue
            if table.covering(t_start, t_end) is None:
                first = _particle_start(text, entity, base, t_start, start)
                found.append((first, t_start + len(base), entity, MentionKind.NAME))
                last[key] = t_start
    table.extend(found)


# Characters: a bare surname names a person mentioned at most this far away (or a
# bare surname of that person linked at most this far back), and a name's other uses
# are looked for this far around it. Longer than any news article or speech; in a long
# text of many documents (a corpus joined into one string) the "Winter" of one
# article's Ralf Winter does not name every winter after, and the look-ups of each
# name stay within a stretch of fixed length (time linear in the text's length).
NAME_REACH = 10_000


def _near(places: list[int], last: int | None, at: int) -> bool:
    """Whether ``at`` lies within :data:`NAME_REACH` of one of ``places`` (sorted)
    or after ``last``."""
    if last is not None and at - last <= NAME_REACH:
        return True
    index = bisect.bisect_right(places, at)
    return (index > 0 and at - places[index - 1] <= NAME_REACH) or (
        index < len(places) and places[index] - at <= NAME_REACH
    )


def _particle_start(text: str, entity: Entity, surname: str, at: int, floor: int) -> int:
    """Start of a bare surname with the particles of the full name before it:
    "Von der Leyen", "van der Bellen" (any case) for "Ursula von der Leyen"."""
    words = entity.name.split()
    if len(words) < 3 or words[-1] != surname:
        return at
    index = len(words) - 1
    while index > 1 and words[index - 1].lower() in _NAME_PARTICLES:
        index -= 1
    particles = " ".join(words[index:-1])
    if not particles:
        return at
    first = at - len(particles) - 1
    matches = first >= floor and text[first:at].lower() == particles.lower() + " "
    if matches and (first == floor or not text[first - 1].isalnum()):
        return first
    return at


def find_entities(text: str, segments: Iterable[tuple[int, int]] | None = None) -> EntityTable:
    """Find and merge the entity mentions of ``text`` (segment by segment).

    ``segments`` are ``(start, end)`` pairs; by default the whole text is one.
    """
    table = EntityTable(text)
    parts = list(segments) if segments is not None else [(0, len(text))]
    for start, end in parts:
        _scan_segment(table, text, start, end)
    surname_mentions(table, text, parts)
    table.finish()
    return table
