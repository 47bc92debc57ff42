"""The :class:`Analysis` result and the core pass that fills it.

>>> a = run_core("Kallas betonte, dass Europa stark sei.")
>>> [(q.kind.value, q.content.text, q.speaker.name) for q in a.quotes]
[('indirect', 'dass Europa stark sei', 'Kallas')]
>>> Analysis.from_dict(a.to_dict()) == a
True
"""

from __future__ import annotations

from typing import Any

import attrs

from polittext.entities import Entity, EntityTable, find_entities
from polittext.frames import SentenceFrame
from polittext.measure_attributes import MeasureContext, describe
from polittext.measures import find_candidates
from polittext.quotes import QuoteRecord, find_quotes
from polittext.sentences import segment_spans
from polittext.taxonomy import measure_types
from polittext.types import (
    MentionKind,
    Modality,
    PolicyMeasure,
    Quote,
    QuoteKind,
    Sentence,
    SentenceKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = ["Analysis", "run_core"]

_NO_MEASURES = (SentenceKind.DATELINE, SentenceKind.SECTION, SentenceKind.BYLINE)


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


@attrs.frozen(slots=True)
class Analysis:
    """Everything polittext finds in one text, with offsets into that text.

    ``to_dict`` gives plain JSON-ready data; ``from_dict`` restores an equal
    object.

    >>> Analysis("", (), (), (), ()).to_dict()["quotes"]
    []
    """

    text: str
    sentences: tuple[Sentence, ...]
    speakers: tuple[Speaker, ...]
    quotes: tuple[Quote, ...]
    measures: tuple[PolicyMeasure, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; quotes refer to speakers by ``id``.

        >>> sorted(run_core("Gut.").to_dict())
        ['measures', 'quotes', 'sentences', 'speakers', 'text']
        """
        return {
            "text": self.text,
            "sentences": [
                {"start": s.start, "end": s.end, "text": s.text, "kind": s.kind.value,
                 "paragraph": s.paragraph}
                for s in self.sentences
            ],
            "speakers": [
                {"id": s.id, "name": s.name, "kind": s.kind.value, "roles": list(s.roles),
                 "affiliation": s.affiliation, "gender": s.gender,
                 "mentions": [
                     {**m.to_dict(), "kind": k.value}
                     for m, k in zip(s.mentions, s.mention_kinds or (MentionKind.NAME,) * len(s.mentions))
                 ]}
                for s in self.speakers
            ],
            "quotes": [
                {"kind": q.kind.value, "content": q.content.to_dict(),
                 "cue": q.cue.to_dict() if q.cue else None,
                 "cue_parts": [p.to_dict() for p in q.cue_parts],
                 "speaker": q.speaker.id if q.speaker else None,
                 "speaker_mention": q.speaker_mention.to_dict() if q.speaker_mention else None,
                 "sentence_indices": list(q.sentence_indices)}
                for q in self.quotes
            ],
            "measures": [_measure_dict(m) for m in self.measures],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an :class:`Analysis` from :meth:`to_dict` output.

        >>> a = run_core("Laut Bundesregierung gilt ein Ölembargo.")
        >>> Analysis.from_dict(a.to_dict()) == a
        True
        """
        sentences = tuple(
            Sentence(int(s["start"]), int(s["end"]), str(s["text"]), SentenceKind(s["kind"]),
                     int(s["paragraph"]))
            for s in data["sentences"]
        )
        speakers = tuple(
            Speaker(
                id=str(s["id"]), name=str(s["name"]), kind=SpeakerKind(s["kind"]),
                roles=tuple(s["roles"]),
                mentions=tuple(Span.from_dict(m) for m in s["mentions"]),
                mention_kinds=tuple(MentionKind(m.get("kind", "name")) for m in s["mentions"]),
                affiliation=s.get("affiliation"), gender=s.get("gender"),
            )
            for s in data["speakers"]
        )
        by_id = {s.id: s for s in speakers}
        quotes = tuple(
            Quote(
                kind=QuoteKind(q["kind"]), content=Span.from_dict(q["content"]),
                cue=_span_or_none(q.get("cue")),
                speaker=by_id[q["speaker"]] if q.get("speaker") is not None else None,
                speaker_mention=_span_or_none(q.get("speaker_mention")),
                cue_parts=tuple(Span.from_dict(p) for p in q.get("cue_parts", ())),
                sentence_indices=tuple(q.get("sentence_indices", ())),
            )
            for q in data["quotes"]
        )
        measures = tuple(
            PolicyMeasure(
                type=m["type"], family=m["family"], trigger=Span.from_dict(m["trigger"]),
                sentence=Span.from_dict(m["sentence"]), modality=Modality(m["modality"]),
                actor=_span_or_none(m.get("actor")), target=_span_or_none(m.get("target")),
                object=_span_or_none(m.get("object")), evidence=_span_or_none(m.get("evidence")),
                sentence_index=int(m.get("sentence_index", -1)),
                actor_name=m.get("actor_name"), target_name=m.get("target_name"),
                cap_major=tuple(m.get("cap_major", ())), nato=tuple(m.get("nato", ())),
                speaker=m.get("speaker"),
            )
            for m in data["measures"]
        )
        return cls(str(data["text"]), sentences, speakers, quotes, measures)


def _measure_dict(m: PolicyMeasure) -> dict[str, Any]:
    def span(value: Span | None) -> dict[str, Any] | None:
        return value.to_dict() if value is not None else None

    return {
        "type": m.type, "family": m.family, "trigger": m.trigger.to_dict(),
        "sentence": m.sentence.to_dict(), "sentence_index": m.sentence_index,
        "modality": m.modality.value, "actor": span(m.actor), "actor_name": m.actor_name,
        "target": span(m.target), "target_name": m.target_name, "object": span(m.object),
        "evidence": span(m.evidence), "cap_major": list(m.cap_major), "nato": list(m.nato),
        "speaker": m.speaker,
    }


def _speakers(text: str, table: EntityTable, records: list[QuoteRecord]) -> dict[int, Speaker]:
    quoted: list[Entity] = []
    for record in records:
        if record.entity is not None and record.entity not in quoted:
            quoted.append(record.entity)
    quoted.sort(key=lambda e: e.mentions[0][0] if e.mentions else len(text))
    speakers: dict[int, Speaker] = {}
    for number, entity in enumerate(quoted, start=1):
        mentions: list[tuple[int, int, MentionKind]] = []
        for start, end, kind in sorted(entity.mentions):
            if mentions and start < mentions[-1][1]:
                continue
            mentions.append((start, end, kind))
        speakers[entity.index] = Speaker(
            id=f"S{number}",
            name=entity.name,
            kind=entity.kind,
            roles=tuple(entity.roles),
            mentions=tuple(Span.of(text, s, e) for s, e, _ in mentions),
            mention_kinds=tuple(k for _, _, k in mentions),
            affiliation=entity.affiliation,
            gender=entity.gender,
        )
    return speakers


def _quote(text: str, record: QuoteRecord, speakers: dict[int, Speaker]) -> Quote:
    parts = tuple(Span.of(text, s, e) for s, e in sorted(record.cue))
    cue = Span.of(text, parts[0].start, parts[-1].end) if parts else None
    speaker = speakers.get(record.entity.index) if record.entity is not None else None
    mention = Span.of(text, *record.mention) if record.mention and speaker else None
    last = max(record.sentence, record.last_sentence)
    return Quote(
        kind=record.kind,
        content=Span.of(text, record.start, record.end),
        cue=cue,
        speaker=speaker,
        speaker_mention=mention,
        cue_parts=parts,
        sentence_indices=tuple(range(record.sentence, last + 1)),
    )


def run_core(text: str) -> Analysis:
    """Run every stage on plain text (no spaCy) and build the :class:`Analysis`."""
    segments = segment_spans(text)
    table = find_entities(text, [(s, e) for s, e, _, _ in segments])
    frames: dict[int, SentenceFrame] = {}
    records = find_quotes(text, segments, table, frames)
    table.finish()
    speakers = _speakers(text, table, records)
    quotes = tuple(_quote(text, r, speakers) for r in records)
    sentences = tuple(Sentence(s, e, text[s:e], k, p) for s, e, k, p in segments)
    spans = [
        (r.start, r.end, r.entity.index if r.entity is not None else None, r.mention)
        for r in records
    ]
    measures: list[PolicyMeasure] = []
    types = measure_types()
    for index, (start, end, kind, _p) in enumerate(segments):
        if kind in _NO_MEASURES:
            continue
        frame = frames.get(index) or SentenceFrame.build(text, start, end)
        context = MeasureContext(frame, table, spans)
        for candidate in find_candidates(frame):
            info = describe(context, candidate)
            measures.append(_measure(text, frame, index, candidate.type, candidate.first,
                                     candidate.last, info, speakers, types))
    return Analysis(text, sentences, tuple(speakers.values()), quotes, tuple(measures))


def _measure(text: str, frame: SentenceFrame, index: int, type_id: str, first: int, last: int,
             info: dict[str, Any], speakers: dict[int, Speaker], types: dict[str, Any]) -> PolicyMeasure:
    tokens = frame.tokens

    def tokens_span(pair: tuple[int, int] | None) -> Span | None:
        if pair is None:
            return None
        return Span.of(text, tokens[pair[0]][0], tokens[pair[1]][1])

    actor = info["actor"]
    speaker = speakers.get(info["speaker"]) if info["speaker"] is not None else None
    measure_type = types[type_id]
    return PolicyMeasure(
        type=type_id,
        family=measure_type.family,
        trigger=Span.of(text, tokens[first][0], tokens[last][1]),
        sentence=Span.of(text, frame.start, frame.end),
        modality=info["modality"],
        actor=Span.of(text, *actor) if actor is not None else None,
        target=tokens_span(info["target"]),
        object=tokens_span(info["object"]),
        evidence=tokens_span(info["evidence"]),
        sentence_index=index,
        actor_name=info["actor_name"],
        target_name=info["target_name"],
        cap_major=measure_type.cap_major,
        nato=measure_type.nato,
        speaker=speaker.id if speaker is not None else None,
    )
