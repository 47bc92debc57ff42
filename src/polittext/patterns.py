"""Word patterns for the trigger lexicons (a tiny, linear-time pattern language).

A pattern is one or more words separated by spaces; ``...`` between two words
allows up to three other words of the same clause in between, ``~~~`` up to
twelve (a separable verb and its particle: ``lehnt ~~~ ab``). Each word is a
set of alternatives separated by ``/``; an alternative matches a token
(case-insensitively) like this:

* ``wort``    the word, optionally with an inflectional ending (``Sanktion`` → ``Sanktionen``)
* ``*wort``   a compound whose head is ``wort``, or the word itself (``*embargo`` → ``Ölembargo``)
* ``+wort``   only a compound with head ``wort`` (``+pflicht`` → ``Maskenpflicht``, not ``Pflicht``)
* ``wort*``   a word that starts with ``wort`` (``sanktion*`` → ``Sanktionspaket``)
* ``*wort*``  ``wort`` anywhere inside the word

An alternative written with a capital letter matches only capitalised words.

>>> p = Pattern.parse("Verbot* ... *dienstleistung")
>>> words = "ein Verbot von maritimen Dienstleistungen".split()
>>> p.match(words, 1, [False] * 5)
4
>>> Pattern.parse("*embargo").match(["Ölembargos"], 0, [False])
0
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["ENDINGS", "Alternative", "Pattern", "PatternIndex", "trie_pattern", "trie_regex"]

T = TypeVar("T")
# Longer "words" are not words (a run of letters in scraped junk): never matched.
_MAX_WORD = 64
# At most this many words are remembered per index (then forgotten all at once).
_MEMO_SIZE = 100_000
# At most this many tokens are remembered per pattern word.
_SEEN_SIZE = 4_096

ENDINGS = ("e", "en", "n", "s", "es", "er", "ern", "em", "nen", "ns", "se", "sen")
# A token without an inflectional ending is one of its bases if this many letters remain.
_MIN_BASE = 3
_GAP = "..."
_MAX_GAP = 3
_LONG_GAP = "~~~"
_MAX_LONG_GAP = 12


_NO_FORMS: frozenset[str] = frozenset()


@functools.cache
def _suffixes(core: str) -> tuple[str, ...]:
    """The core alone and with each inflectional ending."""
    return (core, *(core + ending for ending in ENDINGS))


@functools.cache
def _exact_forms(core: str) -> frozenset[str]:
    """The tokens (lower case) of which the core is a base: itself, and with an ending
    if the core is as long as a base must be."""
    return frozenset(_suffixes(core) if len(core) >= _MIN_BASE else (core,))


@attrs.frozen(slots=True)
class Alternative:
    """One alternative of a pattern word: a lower-case core and how it matches.

    ``mode`` is ``exact``, ``head``, ``compound``, ``prefix`` or ``contains``;
    ``noun`` restricts it to capitalised words.
    """

    core: str
    mode: str
    noun: bool
    # For the ``head`` and ``compound`` modes the core alone and with each inflectional
    # ending, for the ``exact`` mode the forms of a token that match it, and where a
    # token may end with a suffix in ``head`` mode (see any_matches): a match needs no
    # list of the token's bases. Shared by the alternatives of one core.
    suffixes: tuple[str, ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    exact_forms: frozenset[str] = attrs.field(init=False, eq=False, hash=False, repr=False)
    head_start: int = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        inflected = self.mode in ("head", "compound")
        object.__setattr__(self, "suffixes", _suffixes(self.core) if inflected else ())
        exact = _exact_forms(self.core) if self.mode == "exact" else _NO_FORMS
        object.__setattr__(self, "exact_forms", exact)
        object.__setattr__(self, "head_start", max(0, _MIN_BASE - len(self.core)))

    @classmethod
    def parse(cls, source: str) -> Alternative:
        """Parse one alternative (``*embargo``, ``+pflicht``, ``Sanktion*``).

        >>> Alternative.parse("+Pflicht")
        Alternative(core='pflicht', mode='compound', noun=True)
        """
        noun = any(ch.isupper() for ch in source)
        head = source.startswith(("*", "+"))
        tail = source.endswith("*") and len(source) > 1
        core = source.lstrip("*+").rstrip("*").lower()
        if not core:
            raise ValueError(f"bad pattern word {source!r}: no letters")
        if head and tail:
            mode = "contains"
        elif tail:
            mode = "prefix"
        elif source.startswith("+"):
            mode = "compound"
        elif head:
            mode = "head"
        else:
            mode = "exact"
        return cls(core, mode, noun)

    def matches(self, token: str) -> bool:
        """Whether the token (any case) matches this alternative.

        >>> Alternative.parse("*vergütung").matches("Vergütungen")
        True
        >>> Alternative.parse("Zoll").matches("Zollamt")
        False
        """
        return any_matches((self,), token)


def any_matches(alternatives: tuple[Alternative, ...], token: str) -> bool:
    """Whether any of ``alternatives`` matches ``token`` (the rules of the module
    docstring; the token's lower case is made once for all).

    A base of the token is the token itself, or the token without an inflectional
    ending if three letters or more remain: a core that ends a base ends the token
    before one of the endings, each tested by one ``endswith`` in C.

    >>> any_matches((Alternative.parse("Zoll"), Alternative.parse("*embargo")), "Ölembargos")
    True
    """
    capital = token[:1].isupper()
    lowered = token.lower()
    for alternative in alternatives:
        if alternative.noun and not capital:
            continue
        mode, core = alternative.mode, alternative.core
        if mode == "exact":
            if lowered in alternative.exact_forms:  # a base is the core
                return True
        elif mode == "prefix":
            if lowered.startswith(core):
                return True
        elif mode == "contains":
            if core in lowered:
                return True
        elif mode == "head":
            # A base ends with the core: the token ends with the core, or with the core
            # and an ending and is long enough to keep a base of three letters without it.
            start = alternative.head_start
            if lowered.endswith(alternative.suffixes, start) or (start and lowered.endswith(core)):
                return True
        # A compound: a base ends with the core after three letters or more.
        elif lowered.endswith(alternative.suffixes, _MIN_BASE):
            return True
    return False


@attrs.frozen(slots=True)
class Pattern:
    """A parsed multi-word pattern: words (each a tuple of alternatives) and gaps."""

    source: str
    words: tuple[tuple[Alternative, ...], ...]
    gaps: tuple[int, ...]
    # Per word of the pattern: which tokens it matched or not (bounded; the same
    # tokens recur in every text).
    _seen: tuple[dict[str, bool], ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    # Every lower-case form one later word of the pattern can match, when all its
    # alternatives are whole words (``verpflichtet``): a sentence without any of
    # them cannot hold the pattern. ``None`` when no later word is of that kind.
    required: frozenset[str] | None = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_seen", tuple({} for _ in self.words))
        required = None
        for alternatives in self.words[1:]:
            if all(a.mode == "exact" for a in alternatives):
                # A token matches an exact core when it is the core or, for cores
                # of three letters or more, the core with an inflectional ending.
                required = frozenset(
                    form
                    for a in alternatives
                    for form in (a.core, *(a.core + e for e in ENDINGS if len(a.core) > 2))
                )
                break
        object.__setattr__(self, "required", required)

    def word_matches(self, word: int, token: str) -> bool:
        """Whether pattern word number ``word`` matches ``token`` (remembered).

        >>> Pattern.parse("am Steuer").word_matches(1, "Steuer")
        True
        """
        seen = self._seen[word]
        known = seen.get(token)
        if known is None:
            if len(seen) >= _SEEN_SIZE:
                seen.clear()
            known = seen[token] = any_matches(self.words[word], token)
        return known

    @classmethod
    def parse(cls, source: str) -> Pattern:
        """Parse the pattern syntax described in the module docstring.

        >>> Pattern.parse("finanziell* ... Garantie*").gaps
        (0, 3)
        """
        words: list[tuple[Alternative, ...]] = []
        gaps: list[int] = []
        gap = 0
        for part in source.split():
            if part in (_GAP, _LONG_GAP):
                gap = _MAX_GAP if part == _GAP else _MAX_LONG_GAP
                continue
            words.append(tuple(Alternative.parse(alt) for alt in part.split("/") if alt))
            gaps.append(gap)
            gap = 0
        if not words or gaps[0]:
            raise ValueError(f"bad trigger pattern {source!r}: it must start with a word")
        return cls(source, tuple(words), tuple(gaps))

    def match(self, tokens: list[str], start: int, breaks: list[bool]) -> int | None:
        """Index of the last token matched when the pattern starts at ``tokens[start]``.

        ``breaks[i]`` says a clause break follows token ``i``; no pattern crosses one.
        """
        if not self.word_matches(0, tokens[start]):
            return None
        return self._rest(tokens, start, 1, breaks)

    def _rest(self, tokens: list[str], last: int, word: int, breaks: list[bool]) -> int | None:
        if word == len(self.words):
            return last
        reach = self.gaps[word] + 1
        for step in range(1, reach + 1):
            index = last + step
            if index >= len(tokens) or breaks[index - 1]:
                return None
            if self.word_matches(word, tokens[index]):
                found = self._rest(tokens, index, word + 1, breaks)
                if found is not None:
                    return found
        return None

    def occurs(self, tokens: list[str], breaks: list[bool], first: int, last: int) -> bool:
        """Whether the pattern matches anywhere starting in ``tokens[first:last]``.

        >>> Pattern.parse("am Steuer").occurs(["Er", "saß", "am", "Steuer"], [False] * 4, 0, 4)
        True
        """
        return any(
            self.match(tokens, index, breaks) is not None
            for index in range(max(0, first), min(last, len(tokens)))
        )


def _prefix_cores(trie: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """For each word stored in a prefix tree (see :func:`_trie_cores`), the stored
    words that are prefixes of it, itself included, shortest first.

    >>> tree = {"a": {"b": {"": "ab", "c": {"": "abc"}}}}
    >>> _prefix_cores(tree)
    {'ab': ('ab',), 'abc': ('ab', 'abc')}
    """
    found: dict[str, tuple[str, ...]] = {}
    stack: list[tuple[dict[str, Any], tuple[str, ...]]] = [(trie, ())]
    while stack:
        node, path = stack.pop()
        core = node.get("")
        if core is not None:
            path = found[core] = (*path, core)
        stack.extend((child, path) for char, child in node.items() if char)
    return dict(sorted(found.items()))


def _trie_cores(trie: dict[str, Any]) -> list[str]:
    """The words stored in a prefix tree (each marked by ``""`` with the word)."""
    words: list[str] = []
    stack = [trie]
    while stack:
        node = stack.pop()
        for char, child in node.items():
            if char == "":
                words.append(child)
            else:
                stack.append(child)
    return words


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, with common prefixes factored.

    Python's ``re`` tries the branches of a plain alternation one by one; a
    prefix tree lets it reject most positions after one character.

    >>> trie_pattern(["sanktion", "sanktionen", "satz"])
    'sa(?:nktion(?:en)?|tz)'
    >>> import re
    >>> bool(re.fullmatch(trie_pattern(["ab", "abc", "b"]), "abc"))
    True
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def trie_regex(words: Iterable[str], at_end: bool = False) -> re.Pattern[str]:
    """:func:`trie_pattern` of ``words``, compiled; ``at_end``: only where a word ends
    the string (a word at the end of a compound). Without words it never matches.

    >>> trie_regex(["chef", "ministerin"], at_end=True).search("außenministerin").group()
    'ministerin'
    >>> trie_regex([]).search("abc") is None
    True
    """
    pattern = trie_pattern(words) or "(?!)"
    return re.compile(f"(?:{pattern})\\Z" if at_end else pattern)


def _trie_regex(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        if ends_here:
            return f"(?:{body})?" if len(body) > 1 else f"{body}?"
        return body
    joined = "(?:" + "|".join(sorted(branches, key=len, reverse=True)) + ")"
    return joined + "?" if ends_here else joined


class PatternIndex(Generic[T]):
    """Many patterns, matched against a sentence in one pass.

    The patterns that may start at a word are computed once per distinct word
    (a single regular expression over the cores of every pattern's first word
    rejects most words in C) and remembered, so a word seen before costs one
    dictionary look-up; only the patterns that start at a word are followed
    in Python.

    >>> index = PatternIndex([(Pattern.parse("*embargo"), "EMBARGO"), (Pattern.parse("am Steuer"), "WHEEL")])
    >>> words = ["Er", "saß", "am", "Steuer", "beim", "Ölembargo"]
    >>> index.find(words, [False] * 6)
    [(2, 3, 'WHEEL'), (5, 5, 'EMBARGO')]
    """

    def __init__(self, entries: Iterable[tuple[Pattern, T]]) -> None:
        self._by_core: dict[str, list[tuple[Alternative, Pattern, T]]] = {}
        for pattern, payload in entries:
            for alternative in pattern.words[0]:
                self._by_core.setdefault(alternative.core, []).append(
                    (alternative, pattern, payload)
                )
        # The cores that may start a word (anchored, tried at position 0 only).
        self._start_regex = trie_regex(sorted(c for c in self._by_core if len(c) >= 2))
        # Prefix trees of the cores ("" marks a core's end): every core may start
        # a word; only a core with a compound or infix alternative occurs inside one.
        self._trie: dict[str, Any] = {}
        self._inner: dict[str, Any] = {}
        for core, alternatives in self._by_core.items():
            if len(core) < 2:
                continue  # a single letter is no pattern's first word
            inside = any(a.mode in ("head", "compound", "contains") for a, _p, _t in alternatives)
            for trie in (self._trie, self._inner) if inside else (self._trie,):
                node = trie
                for char in core:
                    node = node.setdefault(char, {})
                node[""] = core
        # Where a core with a compound or infix alternative starts inside a word
        # (searched in C, so that positions where none starts are skipped).
        inner_cores = _trie_cores(self._inner)
        self._inner_regex = trie_regex(inner_cores)
        # The regex of a prefix tree matches the longest core at a position; the cores
        # that are its prefixes (itself included, shortest first) start there too.
        self._prefixes = _prefix_cores(self._trie)
        self._inner_prefixes = _prefix_cores(self._inner)
        # The same words recur in every text: what starts with each is remembered,
        # and the words that start nothing (most words) are also kept in a set.
        self._memo: dict[str, tuple[tuple[Pattern, T], ...]] = {}
        self._nothing: set[str] = set()

    def find(
        self, words: list[str], breaks: list[bool], lowered: list[str] | None = None
    ) -> list[tuple[int, int, T]]:
        """All matches ``(first token, last token, payload)`` among ``words``.

        ``breaks[i]`` says a clause break follows word ``i``; no pattern crosses one.
        ``lowered``: the words in lower case, if the caller has them at hand.
        """
        memo = self._memo
        found: list[tuple[int, int, T]] = []
        present: set[str] | None = None  # the sentence's words in lower case, if needed
        # Most words are known to start no pattern: a comprehension picks out the
        # others (and the words not seen yet) faster than the loop.
        nothing = self._nothing
        visit = [i for i, word in enumerate(words) if word not in nothing]
        unseen = [words[i] for i in visit if words[i] not in memo]
        if unseen:
            # New words are learnt together; most start no pattern and drop out.
            self._learn(unseen)
            visit = [i for i in visit if words[i] not in nothing]
        for index in visit:
            word = words[index]
            candidates = memo.get(word)
            if candidates is None:
                candidates = self._starting_with(word)
            for pattern, payload in candidates:
                required = pattern.required
                if required is not None:
                    if present is None:
                        present = set(map(str.lower, words) if lowered is None else lowered)
                    if required.isdisjoint(present):
                        continue  # a later word of the pattern is not in the sentence
                # _starting_with has matched the first word already (and all of a
                # pattern of one word).
                if len(pattern.words) == 1:
                    found.append((index, index, payload))
                    continue
                last = pattern._rest(words, index, 1, breaks)
                if last is not None:
                    found.append((index, last, payload))
        if len(found) > 1:
            found.sort(key=lambda item: (item[0], item[1]))
        return found

    def _learn(self, words: list[str]) -> None:
        """Remember for each of ``words`` (not seen yet) the patterns it starts: the
        words that start none are told apart in C, without a call per word."""
        memo, nothing = self._memo, self._nothing
        if len(memo) + len(words) >= _MEMO_SIZE:
            memo.clear()
            nothing.clear()
        start, inner = self._start_regex.match, self._inner_regex.search
        for word in words:
            lowered = word.lower()
            if len(word) > _MAX_WORD:
                opening = inside = None
            else:
                opening = start(lowered)
                inside = None if opening is not None else inner(lowered, 1)
            if opening is None and inside is None:
                memo[word] = ()
                nothing.add(word)
            else:
                self._remember(word, self._candidates(word, lowered, opening, inside))

    def _starting_with(self, word: str) -> tuple[tuple[Pattern, T], ...]:
        """The patterns whose first word matches ``word`` (remembered per word)."""
        known = self._memo.get(word)
        if known is not None:
            return known
        if len(word) > _MAX_WORD:
            return self._remember(word, ())
        lowered = word.lower()
        # Where the first core may start: at the word's start, or inside it for a
        # core with a compound or infix alternative (both searched in C).
        opening = self._start_regex.match(lowered)
        inside = None if opening is not None else self._inner_regex.search(lowered, 1)
        if opening is None and inside is None:
            return self._remember(word, ())  # no pattern's first word occurs in it
        return self._remember(word, self._candidates(word, lowered, opening, inside))

    def _candidates(
        self,
        word: str,
        lowered: str,
        opening: re.Match[str] | None,
        inside: re.Match[str] | None,
    ) -> tuple[tuple[Pattern, T], ...]:
        """The patterns whose first word matches ``word``, given the match of the
        cores at its start (``opening``) or else the first match inside it."""
        seen: set[int] = set()
        candidates: list[tuple[Pattern, T]] = []
        # Alternatives of one core differ only in mode and case: each verdict once.
        verdicts: dict[tuple[str, str, bool], bool] = {}
        for core in self._cores_in(lowered, opening, inside):
            for alternative, pattern, payload in self._by_core[core]:
                key = id(pattern)
                if key in seen:
                    continue
                kind = (core, alternative.mode, alternative.noun)
                verdict = verdicts.get(kind)
                if verdict is None:
                    verdict = verdicts[kind] = any_matches((alternative,), word)
                if verdict:
                    seen.add(key)
                    candidates.append((pattern, payload))
        return tuple(candidates)

    def _cores_in(
        self, lowered: str, opening: re.Match[str] | None, inside: re.Match[str] | None
    ) -> dict[str, None]:
        """The cores that occur in ``lowered`` where a pattern word may match them, in
        order of position and length: every core at its start (``opening``, the match
        there, if any) and the cores of compound or infix alternatives inside it, from
        ``inside`` (the first match inside it, when there is no ``opening``) on."""
        found: dict[str, None] = {}
        if opening is not None:
            found = dict.fromkeys(self._prefixes[opening.group()])
            inside = self._inner_regex.search(lowered, 1)
        while inside is not None:
            found.update(dict.fromkeys(self._inner_prefixes[inside.group()]))
            inside = self._inner_regex.search(lowered, inside.start() + 1)
        return found

    def _remember(
        self, word: str, candidates: tuple[tuple[Pattern, T], ...]
    ) -> tuple[tuple[Pattern, T], ...]:
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
            self._nothing.clear()
        self._memo[word] = candidates
        if not candidates:
            self._nothing.add(word)
        return candidates
