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

from polittext.attribution import noun_phrase_source
from polittext.cues import cue_nouns
from polittext.entities import Entity, EntityTable
from polittext.frames import SentenceFrame

__all__ = ["source_phrase_quotes"]

SourceQuote = tuple[int, int, tuple[int, int], Entity | None, tuple[int, int] | None]
_LINKS = frozenset({"von", "vom", "des", "der"})


def _source_after(
    frame: SentenceFrame, first: int, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None, int]:
    """Entity named from token ``first`` on; returns the last token index used too."""
    tokens = frame.tokens
    last = min(len(tokens), frame.clause_end(first) + 1, first + 5)
    if first >= last:
        return None, None, first
    for start, end, index in table.within(tokens[first][0], tokens[last - 1][1]):
        used = max(i for i in range(first, last) if tokens[i][0] < end)
        return table.entities[index], (start, end), used
    entity, span = noun_phrase_source(frame, first, last, table)
    if span is None:
        return None, None, first
    used = max(i for i in range(first, last) if tokens[i][0] < span[1])
    return entity, span, used


def _message(frame: SentenceFrame, phrase_first: int, phrase_last: int) -> tuple[int, int] | None:
    """The message of a source phrase: the rest of the sentence after a leading
    phrase (``Laut X wurden …``), else the whole sentence (``…, so X``)."""
    tokens = frame.tokens
    if phrase_first == 0:
        if phrase_last + 1 >= len(tokens):
            return None
        return tokens[phrase_last + 1][0], frame.message_end(phrase_last + 1)
    return tokens[0][0], frame.message_end(0)


def source_phrase_quotes(frame: SentenceFrame, table: EntityTable) -> list[SourceQuote]:
    """Indirect quotes marked by ``laut``, ``zufolge``, ``nach Angaben`` or ``so X``."""
    found: list[SourceQuote] = []
    tokens = frame.tokens
    nouns = cue_nouns()
    for index, (start, end, word) in enumerate(tokens):
        lowered = word.lower()
        if lowered == "laut" and index + 1 < len(tokens):
            entity, mention, used = _source_after(frame, index + 1, table)
            message = _message(frame, index, used)
            if message is not None and mention is not None:
                found.append((*message, (start, end), entity, mention))
        elif lowered == "zufolge" and index > 0:
            first = max(frame.clause_start(index), index - 4)
            mentions = table.within(tokens[first][0], tokens[index - 1][1])
            entity = table.entities[mentions[-1][2]] if mentions else None
            mention = (mentions[-1][0], mentions[-1][1]) if mentions else None
            message = _message(frame, first, index)
            if message is not None:
                found.append((*message, (start, end), entity, mention))
        elif lowered == "nach" and index + 2 < len(tokens):
            noun_index = index + 1
            if frame.lower(noun_index) in {
                "eigenen",
                "seinen",
                "ihren",
                "offiziellen",
                "ersten",
                "neuen",
            }:
                noun_index += 1
            entry = nouns.get(tokens[noun_index][2]) if noun_index < len(tokens) else None
            if entry is None or not entry[1]:
                continue
            first = noun_index + 1
            if frame.lower(first) in _LINKS:
                first += 1
            entity, mention, used = _source_after(frame, first, table)
            used = max(used, noun_index)
            message = _message(frame, index, used)
            if message is not None:
                found.append((*message, (start, tokens[noun_index][1]), entity, mention))
        elif (
            lowered == "so"
            and index > 0
            and "," in frame.gap(index - 1)
            and index + 1 < len(tokens)
        ):
            entity, mention, used = _source_after(frame, index + 1, table)
            if mention is None or used < frame.clause_end(index + 1) - 1:
                continue
            message_end = tokens[index - 1][1]
            found.append((tokens[0][0], message_end, (start, end), entity, mention))
    return found
