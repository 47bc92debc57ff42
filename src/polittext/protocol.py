"""Speakers of a plenary protocol: ``ich`` is the member at the lectern.

Outside quotation marks, ``ich`` is the text's own speaker, whom a single
speech does not name (the speaker ``ich``). A plenary protocol names them:
each speech opens with a line of its own, the speaker and a colon
(``Dr. Alice Weidel (AfD):``, ``Präsidentin Julia Klöckner:``, ``Lars
Klingbeil, Bundesminister der Finanzen:``). Until the next such line, ``ich``
is that person, so their quotes and mentions go to them.

>>> from polittext import attribute_quotes
>>> text = ("Dr. Rolf Mützenich (SPD):\\n\\nIch sage Ihnen, dass die Rente sicher ist.\\n\\n"
...         "Jens Spahn (CDU/CSU):\\n\\nIch glaube, dass das falsch ist.")
>>> [(q.speaker.name, q.speaker_mention.text) for q in attribute_quotes(text)]
[('Rolf Mützenich', 'Ich'), ('Jens Spahn', 'Ich')]
"""

from __future__ import annotations

import bisect

from polittext.entities import Entity, EntityTable
from polittext.quote_base import QuoteRecord
from polittext.sentences import paragraph_ranges
from polittext.types import SentenceKind, SpeakerKind

__all__ = ["name_first_person", "speech_headers"]

# A header is a short paragraph: at most this many words.
_MAX_HEADER_WORDS = 16


def speech_headers(
    text: str, segments: list[tuple[int, int, SentenceKind, int]], table: EntityTable
) -> list[tuple[int, Entity]]:
    """The speech headers of a protocol: (end offset, the person speaking).

    A header is a paragraph of one line that ends with a colon after a name,
    a bracket or a title word (not after a verb: ``Merz sagte:`` is no header)
    and names a person.

    >>> from polittext.entities import find_entities
    >>> from polittext.sentences import segment_spans
    >>> text = "Präsidentin Julia Klöckner:\\n\\nDas Wort hat der Kollege."
    >>> segments = segment_spans(text)
    >>> table = find_entities(text, [(s, e) for s, e, _, _ in segments])
    >>> [(end, entity.name) for end, entity in speech_headers(text, segments, table)]
    [(27, 'Julia Klöckner')]
    """
    headers: list[tuple[int, Entity]] = []
    for first, last in paragraph_ranges(segments):
        start, end = segments[first][0], segments[last][1]
        line = text[start:end].rstrip()
        if not line.endswith(":") or "\n" in line or len(line.split()) > _MAX_HEADER_WORDS:
            continue
        before = line[:-1].rstrip()
        last_word = before.split()[-1] if before.split() else ""
        if not (before.endswith((")", "]")) or last_word[:1].isupper()):
            continue  # "Merz sagte:" introduces a quote
        people = [
            table.entities[index]
            for _m_start, _m_end, index in table.within(start, start + len(line))
            if table.entities[index].kind is SpeakerKind.PERSON
            and not table.entities[index].key.startswith("self:")
        ]
        if people:
            headers.append((start + len(line), people[0]))
    return headers


def name_first_person(
    text: str,
    segments: list[tuple[int, int, SentenceKind, int]],
    table: EntityTable,
    records: list[QuoteRecord],
) -> None:
    """Give the ``ich`` of each speech of a protocol to its speaker: the
    quotes and the mentions of the text's own speaker after a header."""
    own = table.by_key.get("self:ich")
    if own is None:
        return
    headers = speech_headers(text, segments, table)
    if not headers:
        return
    ends = [end for end, _entity in headers]
    self_entity = table.entities[own]
    speaker_of: dict[int, Entity] = {}  # mention start -> the speech's speaker
    for start, _end, _kind in self_entity.mentions:
        header = bisect.bisect_right(ends, start) - 1
        if header >= 0:
            speaker_of[start] = headers[header][1]
    table.move_mentions(self_entity, speaker_of)
    for record in records:
        if record.entity is self_entity and record.mention is not None:
            moved = speaker_of.get(record.mention[0])
            if moved is not None:
                record.entity = moved
