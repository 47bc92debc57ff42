"""Last links between quotes and the words that name their speakers.

Two passes over the quotes of a text, after every finder has run:

* a relative pronoun right after a speaker's mention refers to that speaker
  (``Jimmy Carter, der als Wahlbeobachter im Land war, sagte …``): it becomes a
  mention of the speaker, as the pronoun of a relative clause that holds the cue
  already does;
* a quote framed by a speech noun with no holder (``Es gibt eine Schätzung,
  wonach …``, ``Dem Vernehmen nach …``, ``Spekulationen, wonach …``) has that
  noun as its source: an anonymous one, but a source the reader can see.
"""

from __future__ import annotations

import re

from polittext.cues import cue_nouns
from polittext.entities import EntityTable
from polittext.quote_base import QuoteRecord
from polittext.types import MentionKind, SpeakerKind

__all__ = ["link_speakers"]

_WORD = re.compile(r"\w+(?:-\w+)*")

# ", der als …", ", die das Gesetz …": a relative pronoun whose clause starts with a
# lower-case word (after an upper-case one it may be an apposition: ", der Minister").
# An adverb may stand between ("John Edwards dagegen, der …").
_RELATIVE_AFTER = re.compile(
    r"(?:\s+(?:dagegen|hingegen|jedoch|aber|allerdings|selbst|wiederum))?"
    r"\s*,\s*(der|die|denen|welcher|welche)\s+(?=[a-zäöüß])"
)


def link_speakers(text: str, table: EntityTable, quotes: list[QuoteRecord]) -> None:
    """Add relative-pronoun mentions to speakers and give speech nouns without a
    holder their quotes (see the module docstring).

    >>> from polittext.entities import find_entities
    >>> text = "Carter, der im Land war, sagte, alles sei friedlich."
    >>> table = find_entities(text)
    >>> carter = table.add("person:Carter", "Carter", SpeakerKind.PERSON, 0, 6)
    >>> quote = QuoteRecord(QuoteKind.INDIRECT, 31, 50, 0, ((24, 29),), carter, (0, 6))
    >>> link_speakers(text, table, [quote])
    >>> [text[s:e] for s, e, _ in carter.mentions]
    ['Carter', 'der']
    """
    for quote in quotes:
        if quote.entity is not None and quote.mention is not None:
            match = _RELATIVE_AFTER.match(text, quote.mention[1], quote.mention[1] + 24)
            if match is not None:
                start, end = match.span(1)
                table.add_to(quote.entity, start, end, MentionKind.PRONOUN)
        elif quote.entity is None and quote.cue:
            first = _WORD.match(text, quote.cue[0][0], quote.cue[0][1])
            if first is None:
                continue
            start, end = first.span()
            if _holderless_report(text, quote, first.group(), start):
                source = table.add(
                    f"noun:{start}",
                    first.group(),
                    SpeakerKind.ANONYMOUS_SOURCE,
                    start,
                    end,
                    MentionKind.DESCRIPTION,
                )
                if source.key == f"noun:{start}":
                    quote.entity, quote.mention = source, (start, end)


def _holderless_report(text: str, quote: QuoteRecord, noun: str, start: int) -> bool:
    """Whether the cue noun ``noun`` at ``start`` reports a statement of its own:
    a speech or writing noun, or any noun with ``wonach`` (``Spekulationen,
    wonach …``); not a hope or a view (``Die Hoffnung, dass …``), not a question
    (``Die Frage, ob …``), not a noun whose possessive names a holder no one was
    found for (``Seiner Ansicht nach``)."""
    entry = cue_nouns().get(noun) if noun[:1].isupper() else None
    if entry is None:
        return False
    cue_text = text[quote.cue[0][0] : quote.cue[0][1]]
    if entry[0] == "thought" and not cue_text.endswith("wonach"):
        return False
    content = _WORD.match(text, quote.start, quote.end)
    if content is not None and content.group().lower() in _QUESTION_WORDS:
        return False
    before = text[max(0, start - 30) : start].split()[-2:]
    return not any(word.lower() in _POSSESSIVES for word in before)


_QUESTION_WORDS = frozenset(
    {"ob", "wie", "wann", "warum", "wieso", "weshalb", "wer", "was", "wo", "welche", "welcher"}
)
_POSSESSIVES = frozenset(
    f"{stem}{ending}"
    for stem in ("sein", "ihr", "mein", "unser", "euer", "dein")
    for ending in ("", "e", "er", "em", "en", "es")
)


if __debug__:  # names the doctest uses
    from polittext.types import QuoteKind  # noqa: F401
