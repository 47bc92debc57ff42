"""Policy-measure classification: find the measures each sentence names.

Triggers come from ``data/measures/triggers.tsv`` (one line per pattern, see
its header and :mod:`polittext.patterns`); German compounds match on their
head or parts (``Ölembargo``, ``Sanktionspaket``, ``Rohöl-Preisdeckel``).
Each trigger may need a context word in the sentence and is vetoed by
word-sense traps near it (``am Steuer``, ``Quick Freeze``, ``Mobilisierung der
Wähler``). Where triggers of different types overlap, the more specific one
wins (``Verbot von maritimen Dienstleistungen`` is a services ban, not a
generic ban). One measure is reported per type and sentence.

>>> from polittext.frames import SentenceFrame
>>> frame = SentenceFrame.build("Die EU verhängte ein Ölembargo.", 0, 31)
>>> [(c.type, c.first, c.last) for c in find_candidates(frame)]
[('IMPORT_EMBARGO', 4, 4)]
"""

from __future__ import annotations

import bisect
import functools

import attrs

from polittext.frames import SentenceFrame
from polittext.lexicon import read_table
from polittext.patterns import Alternative, Pattern, PatternIndex, any_matches
from polittext.taxonomy import measure_types

__all__ = ["Candidate", "Trigger", "find_candidates", "triggers"]

_FALLBACK_TYPE = "REGULATION_LAW"
# How many words apart a content type may stand from a law and still name its content.
_CONTENT_REACH = 4
_COORDINATORS = frozenset({"und", "sowie", "oder", "neben"})
# Types that are never the content of a law: a law next to a concession or a treaty
# ("Zugeständnisse bei ihren Digitalgesetzen", "Staatsvertrag zur Reform") stays a law.
# A treaty is no law's content when the law is named by a noun; a treaty that "verbietet"
# something is the measure, and its verb no law of its own.
_NOT_CONTENT = frozenset({_FALLBACK_TYPE, "NEGOTIATION_DEMAND_CONCESSION"})
# Verbs that state what a law contains.
_CONTENT_VERBS = frozenset({"vorsieht", "vorsehen", "vorsah", "regelt", "regeln"})


@attrs.frozen(slots=True)
class Trigger:
    """One line of the trigger lexicon."""

    type: str
    pattern: Pattern
    priority: int
    context: tuple[Pattern, ...]
    veto: tuple[Pattern, ...]


@attrs.frozen(slots=True)
class Candidate:
    """A trigger found in a sentence: token range ``first``..``last`` (inclusive)."""

    type: str
    first: int
    last: int
    priority: int


def _patterns(field: str) -> tuple[Pattern, ...]:
    return tuple(Pattern.parse(part) for part in field.split("|") if part.strip())


@functools.lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon, validated against the taxonomy.

    >>> {t.type for t in triggers()} <= set(measure_types())
    True
    """
    known = measure_types()
    loaded: list[Trigger] = []
    for type_id, pattern, priority, context, veto in read_table("measures/triggers.tsv", 5):
        if type_id not in known:
            raise ValueError(f"triggers.tsv names unknown measure type {type_id!r}")
        loaded.append(
            Trigger(
                type_id,
                Pattern.parse(pattern),
                int(priority or 1),
                _patterns(context),
                _patterns(veto),
            )
        )
    return tuple(loaded)


@functools.lru_cache(maxsize=1)
def _indexes() -> tuple[PatternIndex[Trigger], PatternIndex[str], PatternIndex[str]]:
    """Indexes of the trigger patterns and of all context and veto patterns."""
    loaded = triggers()
    contexts = {p.source: p for t in loaded for p in t.context}
    vetoes = {p.source: p for t in loaded for p in t.veto}
    return (
        PatternIndex((t.pattern, t) for t in loaded),
        PatternIndex((p, source) for source, p in contexts.items()),
        PatternIndex((p, source) for source, p in vetoes.items()),
    )


def find_candidates(frame: SentenceFrame) -> list[Candidate]:
    """Triggers in one sentence after context, veto and overlap checks, in text order."""
    if not frame.tokens:
        return []
    trigger_index, context_index, veto_index = _indexes()
    where = (frame.words, frame.breaks, frame.lowered)
    hits = trigger_index.find(*where)
    if not hits:
        return []
    present = {source for _f, _l, source in context_index.find(*where)}
    # A veto of several words counts anywhere in the sentence, one of one word within
    # eight words of the trigger: looked up by source (linear also for long sentences).
    anywhere: set[str] = set()
    near: dict[str, list[tuple[int, int]]] = {}
    for v_first, v_last, source in veto_index.find(*where):
        if " " in source:
            anywhere.add(source)
        else:
            near.setdefault(source, []).append((v_first, v_last))
    found: list[Candidate] = []
    for first, last, trigger in hits:
        if trigger.context and not any(p.source in present for p in trigger.context):
            continue
        if trigger.veto and any(
            p.source in anywhere or _veto_near(near.get(p.source), first, last)
            for p in trigger.veto
        ):
            continue
        if first == last and _body_named_after(frame.words[first], trigger.pattern):
            continue
        found.append(Candidate(trigger.type, first, last, trigger.priority))
    # "Der Gesetzentwurf sieht vor, dass …", "ein Gesetz, das … regelt": the sentence
    # states the law's content, so a content type found anywhere in it types the law.
    words = frame.lowered
    content = any(w in _CONTENT_VERBS for w in words) or (
        ("sieht" in words or "sah" in words) and "vor" in words
    )
    return _resolve(found, len(frame.tokens), content, words, frame.words)


def _veto_near(spans: list[tuple[int, int]] | None, first: int, last: int) -> bool:
    """Whether one of ``spans`` (sorted) lies within eight words of tokens ``first`` to
    ``last``."""
    if not spans:
        return False
    index = bisect.bisect_left(spans, (first - 8, -1))
    while index < len(spans) and spans[index][0] <= last + 8:
        if spans[index][1] <= last + 8:
            return True
        index += 1
    return False


# Heads of nouns that name a body (the Mindestlohnkommission, the Zollamt), not a measure.
_BODY_HEADS = (
    "kommission", "kommissionen", "ausschuss", "ausschusses", "ausschüsse", "behörde",
    "behörden", "ministerium", "ministeriums", "agentur", "gremium", "gremiums", "verband",
    "verbandes", "verbände", "institut", "instituts", "gericht", "gerichts", "amt", "amts",
    "ämter", "kammer", "stelle",
)  # fmt: skip


def _body_named_after(word: str, pattern: Pattern) -> bool:
    """``Mindestlohnkommission``, ``Zollamt``: a body named after a measure, matched only
    as the word's start (``Mindestlohn*``); a trigger for the body's own head
    (``*behörde``: a new authority is an investment) still matches."""
    lowered = word.lower()
    if not word[:1].isupper() or not lowered.endswith(_BODY_HEADS):
        return False
    whole: tuple[Alternative, ...] = tuple(
        a for a in pattern.words[0] if a.mode not in ("prefix", "contains")
    )
    return not any_matches(whole, word)


def _coordinated(words: list[str] | None, one: Candidate, other: Candidate) -> bool:
    """Whether ``und``, ``sowie``, ``oder`` or ``neben`` stands between two candidates
    (``das Polizeigesetz und neue Zuschüsse``: two measures, not a law and its content)."""
    if words is None:
        return False
    start, end = min(one.last, other.last) + 1, max(one.first, other.first)
    return any(w in _COORDINATORS for w in words[start:end])


def _resolve(
    found: list[Candidate],
    size: int,
    content: bool = False,
    words: list[str] | None = None,
    cased: list[str] | None = None,
) -> list[Candidate]:
    """Drop candidates overlapped by a higher-priority one; keep the first per type."""
    top = [0] * size
    for candidate in found:
        for index in range(candidate.first, candidate.last + 1):
            top[index] = max(top[index], candidate.priority)
    first_per_type: dict[str, Candidate] = {}
    for candidate in sorted(found, key=lambda c: (c.first, -(c.last - c.first))):
        if candidate.type in first_per_type:
            continue
        if any(top[i] > candidate.priority for i in range(candidate.first, candidate.last + 1)):
            continue
        first_per_type[candidate.type] = candidate
    # A law is typed by its content: "Wehrdienstgesetz", "Reform der Schuldenbremse",
    # "Gesetz zur Zwangsrekrutierung" are conscription and spending limits. The generic
    # type gives way only to a measure in or right next to its phrase; a law elsewhere in
    # the sentence ("neben dem Heizungsgesetz auch eine Förderung") is its own measure.
    law = first_per_type.get(_FALLBACK_TYPE)
    reach = size if content else _CONTENT_REACH
    noun_law = law is not None and cased is not None and cased[law.first][:1].isupper()
    not_content = _NOT_CONTENT | ({"AGREEMENT_TREATY"} if noun_law else set())
    if law is not None and any(
        other.first - reach <= law.last
        and law.first <= other.last + reach
        and (content or not _coordinated(words, law, other))
        for other in found
        if other.type not in not_content
    ):
        del first_per_type[_FALLBACK_TYPE]
    return sorted(first_per_type.values(), key=lambda c: (c.first, c.type))
