"""Answers in an interview printed as turns: ``Lindholz: Nein. Die Zahlen …``.

German papers print interviews as paragraphs that open with the speaker and a
colon, questions with ``Frage:`` or the paper's name (``SPIEGEL:``), answers
with the interviewee's surname (or ``Antwort:``). Each answer paragraph is the
interviewee's direct speech, without quotation marks. A text counts as an
interview only when it has a question turn and an answer turn, so a single
line ``Hintergrund: …`` or ``Merz: …`` is not one.

>>> from polittext import attribute_quotes
>>> text = ("Frage: Ist das Problem gelöst?\\n\\n"
...         "Lindholz: Nein. Die Zahlen sind zu hoch.\\n\\n"
...         "Frage: Die SPD sieht das anders.\\n\\n"
...         "Lindholz: Das sehe ich anders.")
>>> [(q.speaker.name, q.content.text) for q in attribute_quotes(text)]
[('Lindholz', 'Nein. Die Zahlen sind zu hoch.'), ('Lindholz', 'Das sehe ich anders.')]
"""

from __future__ import annotations

import re

from polittext.entities import Entity, EntityTable, could_be_surname
from polittext.quote_base import QuoteRecord
from polittext.sentences import paragraph_ranges
from polittext.types import QuoteKind, SentenceKind, SpeakerKind

__all__ = ["interview_turns"]

# A speaker label of one to three capitalised words and a colon at a paragraph's start.
_TURN = re.compile(r"([A-ZÄÖÜ][\w.’'-]*(?: [A-ZÄÖÜ][\w.’'-]*){0,2}) ?: +(?=\S)")
_QUESTION_LABELS = frozenset({"Frage", "F", "Interviewer", "Interviewerin", "Moderator"})
_ANSWER_LABELS = frozenset({"Antwort", "A"})
_TURN_KINDS = (SentenceKind.BODY, SentenceKind.SUBHEADING, SentenceKind.HEADLINE)


def interview_turns(
    text: str, segments: list[tuple[int, int, SentenceKind, int]], table: EntityTable
) -> list[QuoteRecord]:
    """The answer turns of an interview as direct quotes of the interviewee.

    >>> from polittext.entities import find_entities
    >>> from polittext.sentences import segment_spans
    >>> text = "SPIEGEL: Wird es teurer?\\n\\nMerz: Nein."
    >>> segments = segment_spans(text)
    >>> table = find_entities(text, [(s, e) for s, e, _, _ in segments])
    >>> [(r.entity.name, text[r.start : r.end]) for r in interview_turns(text, segments, table)]
    [('Merz', 'Nein.')]
    """
    # label, label start and end, content start, first and last segment
    turns: list[tuple[str, int, int, int, int, int]] = []
    for first, last in paragraph_ranges(segments):
        start, _end, kind, _p = segments[first]
        if kind not in _TURN_KINDS:
            continue
        end = segments[last][1]
        match = _TURN.match(text, start, end)
        if match is not None and match.end() < end:
            turns.append((match.group(1), match.start(1), match.end(1), match.end(), first, last))
    questions = [t for t in turns if _is_question_label(t[0])]
    answers = [t for t in turns if not _is_question_label(t[0])]
    if not questions or not answers:
        return []
    records: list[QuoteRecord] = []
    first_turn = turns[0][1]
    for label, label_start, label_end, content_start, first, last in answers:
        speaker = _answer_speaker(table, label, label_start, label_end, first_turn)
        if speaker is None:
            continue
        entity, mention = speaker
        content_end = segments[last][1]
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        records.append(
            QuoteRecord(
                QuoteKind.DIRECT,
                content_start,
                content_end,
                first,
                (),
                entity,
                mention,
                last,
                False,
            )
        )
    return records


def _is_question_label(label: str) -> bool:
    """``Frage``, ``F``, or a paper's name in capitals (``SPIEGEL``, ``ZEIT``)."""
    return label in _QUESTION_LABELS or (len(label) >= 3 and label.isupper())


def _answer_speaker(
    table: EntityTable, label: str, start: int, end: int, first_turn: int
) -> tuple[Entity, tuple[int, int]] | None:
    """The interviewee a label names: a surname (merged with the full name given
    earlier), or for ``Antwort``/``A`` the one person named before the turns."""
    if label in _ANSWER_LABELS:
        people = {
            index
            for m_start, _m_end, index in table.within(0, first_turn)
            if table.entities[index].kind is SpeakerKind.PERSON and m_start < first_turn
        }
        if len(people) != 1:
            return None
        entity = table.entities[people.pop()]
        return entity, (start, end)
    surname = label.split()[-1]
    if not could_be_surname(surname, after_name=" " in label):
        return None
    entity = table.add(f"person:{surname}", label, SpeakerKind.PERSON, start, end)
    return entity, (start, end)
