"""A compact form of an :class:`~polittext.analysis.Analysis` for passing between processes.

A worker of :func:`polittext.pipe` sends its results to the parent as plain
tuples of numbers and strings: spans as ``(start, end)`` pairs (their text is
cut from the text again, which the parent has), speakers referred to by their
position. This is several times smaller than pickling the result objects: a
batch's results then fit into the pipe's buffer, so the worker goes on with its
next batch at once instead of waiting until the busy parent reads them.

>>> from polittext import analyze
>>> text = "„Wir helfen“, sagte Kallas. Die EU plant Sanktionen."
>>> unpack(text, pack(analyze(text))) == analyze(text)
True
"""

from __future__ import annotations

from typing import Any

from polittext.analysis import Analysis
from polittext.types import PolicyMeasure, Quote, Sentence, Span, Speaker, SpeechEvent

__all__ = ["FIELDS", "pack", "unpack"]

# The fields that pack() and unpack() handle, in their order; tests check that
# they are all the fields of each class, so that a new field is not lost.
FIELDS = {
    Analysis: ("text", "sentences", "speakers", "quotes", "measures", "speech_events"),
    Sentence: ("start", "end", "text", "kind", "paragraph"),
    Speaker: (
        "id",
        "name",
        "kind",
        "roles",
        "mentions",
        "mention_kinds",
        "affiliation",
        "gender",
    ),
    Quote: (
        "kind",
        "content",
        "cue",
        "speaker",
        "speaker_mention",
        "cue_parts",
        "sentence_indices",
        "negated",
    ),
    SpeechEvent: (
        "cue",
        "kind",
        "lemma",
        "stwr",
        "cue_parts",
        "speaker",
        "speaker_mention",
        "quote_index",
        "sentence_index",
    ),
    PolicyMeasure: (
        "type",
        "family",
        "trigger",
        "sentence",
        "modality",
        "actor",
        "target",
        "object",
        "evidence",
        "sentence_index",
        "actor_name",
        "target_name",
        "cap_major",
        "nato",
        "speaker",
    ),
}

_Pair = tuple[int, int]


def _pair(span: Span | None) -> _Pair | None:
    return None if span is None else (span.start, span.end)


def pack(analysis: Analysis) -> tuple[Any, ...]:
    """``analysis`` as nested tuples of numbers, strings and enum members, without its text.

    >>> from polittext import analyze
    >>> pack(analyze("Gut."))[0]
    ((0, 4, <SentenceKind.BODY: 'body'>, 0),)
    """
    positions = {id(speaker): n for n, speaker in enumerate(analysis.speakers)}

    def speaker(value: Speaker | None) -> int | None:
        return None if value is None else positions[id(value)]

    return (
        tuple((s.start, s.end, s.kind, s.paragraph) for s in analysis.sentences),
        tuple(
            (
                s.id,
                s.name,
                s.kind,
                s.roles,
                tuple((m.start, m.end) for m in s.mentions),
                s.mention_kinds,
                s.affiliation,
                s.gender,
            )
            for s in analysis.speakers
        ),
        tuple(
            (
                q.kind,
                (q.content.start, q.content.end),
                _pair(q.cue),
                speaker(q.speaker),
                _pair(q.speaker_mention),
                tuple((p.start, p.end) for p in q.cue_parts),
                q.sentence_indices,
                q.negated,
            )
            for q in analysis.quotes
        ),
        tuple(
            (
                m.type,
                m.family,
                (m.trigger.start, m.trigger.end),
                (m.sentence.start, m.sentence.end),
                m.modality,
                _pair(m.actor),
                _pair(m.target),
                _pair(m.object),
                _pair(m.evidence),
                m.sentence_index,
                m.actor_name,
                m.target_name,
                m.cap_major,
                m.nato,
                m.speaker,
            )
            for m in analysis.measures
        ),
        tuple(
            (
                (e.cue.start, e.cue.end),
                e.kind,
                e.lemma,
                e.stwr,
                tuple((p.start, p.end) for p in e.cue_parts),
                speaker(e.speaker),
                _pair(e.speaker_mention),
                e.quote_index,
                e.sentence_index,
            )
            for e in analysis.speech_events
        ),
    )


def unpack(text: str, packed: tuple[Any, ...]) -> Analysis:
    """The :class:`~polittext.analysis.Analysis` of ``text`` that :func:`pack` gave ``packed``.

    >>> from polittext import analyze
    >>> unpack("Gut.", pack(analyze("Gut."))).sentences[0].text
    'Gut.'
    """
    sentences, speakers, quotes, measures, events = packed

    def span(pair: _Pair) -> Span:
        return Span(pair[0], pair[1], text[pair[0] : pair[1]])

    def optional(pair: _Pair | None) -> Span | None:
        return None if pair is None else Span(pair[0], pair[1], text[pair[0] : pair[1]])

    people = tuple(
        Speaker(id_, name, kind, roles, tuple(map(span, mentions)), kinds, affiliation, gender)
        for id_, name, kind, roles, mentions, kinds, affiliation, gender in speakers
    )

    def person(position: int | None) -> Speaker | None:
        return None if position is None else people[position]

    return Analysis(
        text,
        tuple(Sentence(s, e, text[s:e], kind, p) for s, e, kind, p in sentences),
        people,
        tuple(
            Quote(
                kind,
                span(content),
                optional(cue),
                person(who),
                optional(mention),
                tuple(map(span, parts)),
                indices,
                negated,
            )
            for kind, content, cue, who, mention, parts, indices, negated in quotes
        ),
        tuple(
            PolicyMeasure(
                m[0],
                m[1],
                span(m[2]),
                span(m[3]),
                m[4],
                optional(m[5]),
                optional(m[6]),
                optional(m[7]),
                optional(m[8]),
                *m[9:],
            )
            for m in measures
        ),
        tuple(
            SpeechEvent(
                span(cue),
                kind,
                lemma,
                stwr,
                tuple(map(span, parts)),
                person(who),
                optional(mention),
                quote_index,
                sentence_index,
            )
            for cue, kind, lemma, stwr, parts, who, mention, quote_index, sentence_index in events
        ),
    )
