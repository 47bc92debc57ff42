"""Name lists compiled into fast lookup tables: roles, first names, parties,
institutions, countries and their capitals, groups and anonymous sources.

>>> g = gazetteer()
>>> g.role("EU-Chefdiplomatin")
('Chefdiplomatin', 'f')
>>> g.first_name_gender("Kaja")
'f'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import attrs

from polittext.lexicon import read_table
from polittext.patterns import trie_regex
from polittext.types import SpeakerKind

__all__ = ["Gazetteer", "NamedEntry", "gazetteer"]

# Words that end like a role noun but are none ("Lautsprecher").
# Longer words are no role or group nouns (and would make the suffix search slow).
_MAX_WORD = 40
# At most this many words are remembered (then forgotten all at once).
_MEMO_SIZE = 200_000
_UNKNOWN = object()
# Roles have three letters or more, group nouns four: a word that ends with a role
# or group noun ends with one of their last three or four letters.
_ROLE_TAIL = 3
_GROUP_TAIL = 4
_NOT_ROLES = frozenset({"lautsprecher", "fürsprecher", "widersprecher", "versprecher"})
# Verb prefixes: a word that is one of these before a group noun is a noun made
# from a prefixed verb (Ausführung, Einleitung), not a compound (Parteiführung).
_VERB_PREFIXES = frozenset(
    {"ab", "an", "auf", "aus", "be", "durch", "ein", "ent", "er", "ge", "über", "um"}
    | {"ver", "vor", "zer", "zu", "fort", "weiter", "rück", "zurück"}
)
# Prefixes that open a chain of verb prefixes (Wiedereinführung, Herausgabe,
# Mitverantwortung is no chain: "mit" alone makes compounds such as Mitarbeiter).
_CHAIN_PREFIXES = _VERB_PREFIXES | frozenset(
    {"wieder", "her", "hin", "nach", "mit", "zusammen", "heraus", "hinaus", "voran"}
)


def _verb_prefixed(cut: str) -> bool:
    """Whether ``cut`` is a verb prefix, or a chain of them (``wiederein``, ``voraus``)."""
    if cut in _VERB_PREFIXES:
        return True
    return any(
        cut.startswith(first) and len(cut) > len(first) and _verb_prefixed(cut[len(first) :])
        for first in _CHAIN_PREFIXES
    )


@attrs.frozen(slots=True)
class NamedEntry:
    """A gazetteer entry: canonical name, kind and country (or ``""``).

    >>> NamedEntry("Bundesregierung", SpeakerKind.GOVERNMENT, "DE").kind.value
    'government'
    """

    canonical: str
    kind: SpeakerKind
    country: str


@attrs.frozen(slots=True)
class Gazetteer:
    """Lookup tables built once from the data files.

    ``names`` maps a first word to the multi-word surfaces starting with it,
    longest first, each with its entry.

    >>> gazetteer().entity(["Vereinigten", "Staaten"])[0]
    2
    """

    roles: dict[str, tuple[str, str]]
    first_names: dict[str, str]
    titles: dict[str, str]
    parties: dict[str, str]
    names: dict[str, tuple[tuple[tuple[str, ...], NamedEntry], ...]]
    groups: dict[str, tuple[SpeakerKind, str]]
    adjectives: dict[str, str]
    max_role_length: int
    # Answers of role() and group() by word: the same words recur in every text. One
    # dictionary per question, keyed by the word alone (no key tuple to build and hash).
    _role_memo: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _group_memo: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    # A role at the end of a word: a prefix tree of the reversed roles, matched at the
    # start of the reversed word (one anchored match, in C, gives the longest).
    _role_ends: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    # Multi-word names by their first two words, and one-word names (see entity()).
    _pairs: dict[tuple[str, str], tuple[tuple[tuple[str, ...], NamedEntry], ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _singles: dict[str, NamedEntry] = attrs.field(init=False, eq=False, repr=False)
    # A group noun at the end of a word (likewise, reversed).
    _group_ends: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    # The last letters of every role and group noun (see _ROLE_TAIL): a word that
    # ends otherwise needs no match (most words).
    _role_tails: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    # ... and of every role with "n" or "en" (the weak inflection, see _role).
    _role_word_tails: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    _group_tails: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    # The words that start a name (see starts_name): one set look-up, no folding.
    _openers: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # The names of two words or more by their first two words (longest first, as
        # in ``names``), and the first one-word name of each word.
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], NamedEntry]]] = {}
        singles: dict[str, NamedEntry] = {}
        for first, candidates in self.names.items():
            for surface, entry in candidates:
                if len(surface) == 1:
                    singles.setdefault(first, entry)
                else:
                    pairs.setdefault((first, surface[1]), []).append((surface, entry))
        object.__setattr__(self, "_pairs", {key: tuple(value) for key, value in pairs.items()})
        object.__setattr__(self, "_singles", singles)
        # A word starts a name when _normal(word) is a name's first word: the first
        # words with a genitive ending, and those that have none themselves.
        object.__setattr__(
            self,
            "_openers",
            frozenset(first + ending for first in self.names for ending in _GENITIVES)
            | frozenset(first for first in self.names if not first.endswith(_GENITIVES)),
        )
        object.__setattr__(self, "_role_ends", trie_regex(role[::-1] for role in self.roles))
        object.__setattr__(self, "_group_ends", trie_regex(group[::-1] for group in self.groups))
        if (
            min(map(len, self.roles), default=_ROLE_TAIL) < _ROLE_TAIL
            or min(map(len, self.groups), default=_GROUP_TAIL) < _GROUP_TAIL
        ):
            raise ValueError("role nouns need three letters or more, group nouns four")
        object.__setattr__(self, "_role_tails", frozenset(r[-_ROLE_TAIL:] for r in self.roles))
        object.__setattr__(
            self,
            "_role_word_tails",
            frozenset((r + ending)[-_ROLE_TAIL:] for r in self.roles for ending in ("", "n", "en")),
        )
        object.__setattr__(self, "_group_tails", frozenset(g[-_GROUP_TAIL:] for g in self.groups))

    def role(self, word: str) -> tuple[str, str] | None:
        """Role head and gender (``f``, ``m``, ``u``) if ``word`` names a role.

        Compounds match on their head: ``Außenministerin`` -> ``Ministerin``.

        >>> gazetteer().role("Grünen-Chef")
        ('Chef', 'm')
        >>> gazetteer().role("Lautsprecher") is None
        True
        """
        known = self._role_memo.get(word, _UNKNOWN)  # one look-up: another thread may clear
        if known is _UNKNOWN:
            known = self._role(word)
            memo = self._role_memo
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = known
        return known  # type: ignore[no-any-return]

    def _role(self, word: str) -> tuple[str, str] | None:
        if not word[:1].isupper() or len(word) > _MAX_WORD:
            return None
        lowered = word[word.rfind("-") + 1 :].lower()
        if lowered[-_ROLE_TAIL:] not in self._role_word_tails or lowered in _NOT_ROLES:
            return None  # no role ends the word or a form of it (most words)
        # Weak masculine nouns inflect: "des Präsidenten", "dem Kollegen". The forms are
        # the word and the word without "en" or "n": a form without its last ``cut``
        # letters is the reversed word from offset ``cut`` on.
        backwards = lowered[::-1]
        for cut in (0, 2, 1):
            if cut and not lowered.endswith("en"[2 - cut :]):
                continue
            size = len(lowered) - cut
            if lowered[size - _ROLE_TAIL : size] not in self._role_tails:
                continue  # no role ends this form
            # The longest role that ends the form, but not after its first letter alone
            # (a prefix of one letter makes no compound) and of at least three letters.
            match = self._role_ends.match(backwards, cut)
            if match is not None and match.end() - cut == size - 1:
                match = self._role_ends.match(backwards, cut, cut + size - 2)
            if match is not None and size - (match.end() - cut) < max(1, size - 2):
                return self.roles[lowered[size - (match.end() - cut) : size]]
        return None

    def first_name_gender(self, word: str) -> str | None:
        """Gender of a first name, or ``None`` if ``word`` is no known first name.

        >>> gazetteer().first_name_gender("Friedrich")
        'm'
        """
        return self.first_names.get(word)

    def starts_name(self, word: str) -> bool:
        """Whether some gazetteer name starts with ``word`` (a quick test before
        :meth:`entity`).

        >>> gazetteer().starts_name("Moskau"), gazetteer().starts_name("sieht")
        (True, False)
        """
        return word in self._openers

    def entity(self, words: list[str]) -> tuple[int, NamedEntry] | None:
        """Longest gazetteer name at the start of ``words``: (word count, entry).

        Genitive ``-s`` and adjective endings (``Vereinigten``) are accepted.

        >>> n, entry = gazetteer().entity(["Moskau", "sieht"])
        >>> n, entry.kind.value, entry.canonical
        (1, 'government', 'Russland')
        """
        if not words:
            return None
        first = _normal(words[0])
        if first not in self.names:
            return None
        if len(words) > 1:
            # Only the names that go on with the second word are tried, longest
            # first ("Deutsche" opens 138 names, "Deutsche Bank" two).
            rest = [_normal(word) for word in words[1:]]
            for surface, entry in self._pairs.get((first, rest[0]), ()):
                size = len(surface)
                if size <= len(words) and all(rest[k - 1] == surface[k] for k in range(2, size)):
                    return size, entry
        single = self._singles.get(first)
        return None if single is None else (1, single)

    def entity_at(
        self, tokens: Sequence[tuple[int, int, str]], index: int
    ) -> tuple[int, NamedEntry] | None:
        """:meth:`entity` of the words of ``tokens`` (``(start, end, word)``) from
        ``index`` on, up to five; a name of one word is found without a list.

        >>> gazetteer().entity_at([(0, 6, "Moskau"), (7, 12, "sieht")], 0)[0]
        1
        """
        candidates = self.names.get(_normal(tokens[index][2]))
        if not candidates:
            return None
        if len(candidates[0][0]) == 1:  # the longest is one word: so are all
            return 1, candidates[0][1]
        return self.entity([token[2] for token in tokens[index : index + 5]])

    def group(self, word: str) -> tuple[SpeakerKind, str] | None:
        """Kind and canonical form if ``word`` ends in a group or anonymous-source noun.

        >>> kind, name = gazetteer().group("Geheimdienstkreisen")
        >>> kind.value, name
        ('anonymous_source', 'Geheimdienstkreise')
        >>> gazetteer().group("Ausführung") is None  # a noun of "ausführen", no "Führung"
        True
        >>> gazetteer().group("Wiedereinführung") is None  # of "wieder einführen"
        True
        """
        known = self._group_memo.get(word, _UNKNOWN)  # one look-up: another thread may clear
        if known is _UNKNOWN:
            known = self._group(word)
            memo = self._group_memo
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = known
        return known  # type: ignore[no-any-return]

    def _group(self, word: str) -> tuple[SpeakerKind, str] | None:
        if len(word) > _MAX_WORD:
            return None
        lowered = word.lower()
        if lowered[-_GROUP_TAIL:] not in self._group_tails:
            return None  # no group noun ends the word
        # The longest group noun that ends the word (of at least four letters unless
        # it is the whole word), after no verb prefix: found by the prefix tree in C.
        size = len(lowered)
        last_cut = max(1, size - 3)
        backwards = lowered[::-1]
        longest = size  # the longest group noun ending the word is at most this long
        while True:
            match = self._group_ends.match(backwards, 0, longest)
            if match is None or size - match.end() >= last_cut:
                return None
            cut = size - match.end()
            longest = match.end() - 1
            if not _verb_prefixed(lowered[:cut]):
                kind, canonical = self.groups[lowered[cut:]]
                if word[cut : cut + 1].isupper():
                    canonical = canonical[:1].upper() + canonical[1:]  # "SPD-Politiker"
                name = word[:cut] + canonical
                return kind, name[:1].upper() + name[1:]


_GENITIVES = ("’s", "'s")


def _normal(word: str) -> str:
    """Fold inflection that gazetteer lookups ignore: genitive -s, adjective -en/-er/-es."""
    if word.endswith(_GENITIVES):
        return word[:-2]
    return word


def _adjective_variants(word: str) -> list[str]:
    """Inflected forms of a capitalised adjective in a name ("Auswärtiges" ->
    "Auswärtige", "Auswärtigen", …; "Vereinigte" -> "Vereinigten")."""
    if not word[:1].isupper():
        return [word]
    for ending in ("es", "er", "en", "em", "e"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            return [word] + [stem + e for e in ("e", "en", "er", "es", "em") if stem + e != word]
    return [word]


def _noun_variants(word: str) -> list[str]:
    variants = [word]
    if word[-1:].isalpha() and not word.endswith("s"):
        variants += [word + "s", word + "es"]
    return variants


def _surfaces(surface: str) -> list[tuple[str, ...]]:
    words = surface.split()
    if not words:
        return []
    forms: list[tuple[str, ...]] = [()]
    for index, word in enumerate(words):
        # The head noun inflects: the last word, or the one before a lower-case
        # link ("des Bundesamts für Migration", "des Ministeriums der Justiz").
        head = index == len(words) - 1 or words[index + 1][:1].islower()
        options = _noun_variants(word) if head else _adjective_variants(word)
        forms = [(*form, option) for form in forms for option in options]
    return forms


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared, lazily built :class:`Gazetteer`.

    >>> gazetteer() is gazetteer()
    True
    """
    roles: dict[str, tuple[str, str]] = {}
    for masculine, feminine, _cls in read_table("roles.tsv", 3):
        if feminine and feminine != masculine:
            roles.setdefault(feminine.lower(), (feminine, "f"))
            roles.setdefault(masculine.lower(), (masculine, "m"))
        else:
            roles.setdefault(masculine.lower(), (masculine, "u"))
    first_names = {name: gender for name, gender in read_table("first_names.tsv", 2)}
    titles = {title: gender for title, _kind, gender in read_table("titles.tsv", 3)}
    parties = {surface: canonical for surface, canonical, _c in read_table("parties.tsv", 3)}

    # Institutions and parties come first: where a surface is listed twice
    # ("Brüssel" for the EU and as Belgium's capital), the first entry wins.
    kinds = {kind.value: kind for kind in SpeakerKind}
    entries: list[tuple[str, NamedEntry]] = []
    for surface, canonical, kind, country in read_table("institutions.tsv", 4):
        entry = NamedEntry(canonical, kinds.get(kind, SpeakerKind.INSTITUTION), country)
        entries.append((surface, entry))
    for surface, canonical, country in read_table("parties.tsv", 3):
        entries.append((surface, NamedEntry(canonical, SpeakerKind.ORGANISATION, country)))
    adjectives: dict[str, str] = {}
    for canonical, aliases, adjective_stems, capitals, iso in read_table("countries.tsv", 5):
        country_entry = NamedEntry(canonical, SpeakerKind.GOVERNMENT, iso)
        for surface in [canonical, *aliases.split("|"), *capitals.split("|")]:
            if surface:
                entries.append((surface, country_entry))
        for stem in adjective_stems.split("|"):
            if stem:
                adjectives[stem.lower()] = canonical

    names: dict[str, list[tuple[tuple[str, ...], NamedEntry]]] = {}
    for surface, entry in entries:
        for form in _surfaces(surface):
            names.setdefault(form[0], []).append((form, entry))
    ordered = {
        first: tuple(sorted(options, key=lambda item: -len(item[0])))
        for first, options in names.items()
    }

    groups: dict[str, tuple[SpeakerKind, str]] = {}
    forms_by_kind = read_table("groups.tsv", 3)
    listed = {head.lower() for head, _kind, _number in forms_by_kind}
    for head, kind, _number in forms_by_kind:
        lowered = head.lower()
        # Dative plural "Kreisen" is named by its nominative "Kreise" when both are listed.
        canonical = lowered[:-1] if lowered.endswith("n") and lowered[:-1] in listed else lowered
        groups.setdefault(lowered, (kinds.get(kind, SpeakerKind.GROUP), canonical))
    return Gazetteer(
        roles=roles,
        first_names=first_names,
        titles=titles,
        parties=parties,
        names=ordered,
        groups=groups,
        adjectives=adjectives,
        max_role_length=max((len(key) for key in roles), default=0),
    )
