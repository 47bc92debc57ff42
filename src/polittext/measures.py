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

import functools
import re

import attrs

from polittext.frames import SentenceFrame
from polittext.lexicon import read_table
from polittext.patterns import Alternative, Pattern
from polittext.taxonomy import measure_types

__all__ = ["Candidate", "Trigger", "find_candidates", "triggers"]


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
def _index() -> tuple[
    re.Pattern[str], dict[str, list[tuple[Alternative, Trigger]]], dict[str, tuple[str, ...]]
]:
    """A regex that finds every possible first word, the triggers by core, and the
    cores by their first two letters."""
    by_core: dict[str, list[tuple[Alternative, Trigger]]] = {}
    for trigger in triggers():
        for alternative in trigger.pattern.words[0]:
            by_core.setdefault(alternative.core, []).append((alternative, trigger))
    cores = sorted(by_core, key=len, reverse=True)
    regex = re.compile("|".join(re.escape(core) for core in cores), re.IGNORECASE)
    by_prefix: dict[str, list[str]] = {}
    for core in cores:
        by_prefix.setdefault(core[:2], []).append(core)
    return regex, by_core, {key: tuple(value) for key, value in by_prefix.items()}


def _token_at(starts: list[int], position: int) -> int:
    import bisect

    return bisect.bisect_right(starts, position) - 1


def find_candidates(frame: SentenceFrame) -> list[Candidate]:
    """Triggers in one sentence after context, veto and overlap checks, in text order."""
    if not frame.tokens:
        return []
    regex, by_core, by_prefix = _index()
    words = [token[2] for token in frame.tokens]
    starts = [token[0] for token in frame.tokens]
    flagged = sorted(
        {
            index
            for match in regex.finditer(frame.text, frame.start, frame.end)
            if (index := _token_at(starts, match.start())) >= 0
            and match.end() <= frame.tokens[index][1]
        }
    )
    found: list[Candidate] = []
    for index in flagged:
        lowered = words[index].lower()
        cores = {
            core
            for i in range(len(lowered) - 1)
            for core in by_prefix.get(lowered[i : i + 2], ())
            if lowered.startswith(core, i)
        }
        tried: set[str] = set()
        for core in cores:
            for alternative, trigger in by_core.get(core, ()):
                if trigger.pattern.source in tried or not alternative.matches(words[index]):
                    continue
                tried.add(trigger.pattern.source)
                last = trigger.pattern.match(words, index, frame.breaks)
                if last is None:
                    continue
                if trigger.context and not any(
                    p.occurs(words, frame.breaks, 0, len(words)) for p in trigger.context
                ):
                    continue
                if any(p.occurs(words, frame.breaks, index - 4, last + 5) for p in trigger.veto):
                    continue
                found.append(Candidate(trigger.type, index, last, trigger.priority))
    return _resolve(found)


def _resolve(found: list[Candidate]) -> list[Candidate]:
    """Drop candidates overlapped by a higher-priority one; keep the first per type."""
    kept: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-c.priority, c.first, -(c.last - c.first))):
        if any(
            other.priority > candidate.priority
            and other.first <= candidate.last
            and candidate.first <= other.last
            for other in kept
        ):
            continue
        kept.append(candidate)
    first_per_type: dict[str, Candidate] = {}
    for candidate in sorted(kept, key=lambda c: (c.first, -(c.last - c.first))):
        first_per_type.setdefault(candidate.type, candidate)
    return sorted(first_per_type.values(), key=lambda c: (c.first, c.type))
