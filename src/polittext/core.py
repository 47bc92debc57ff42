"""The stages of polittext on plain text, sharing one :class:`CoreState`.

The spaCy components (:mod:`polittext.components`) run the same stages, one
per component, and keep the state on the ``Doc``; :func:`run_core` runs them
all directly. Both give the same :class:`~polittext.analysis.Analysis`.

>>> state = CoreState("Politik\\n\\nKallas sagte, dass Europa stark sei.")
>>> state.run_all().quotes[0].speaker.name
'Kallas'
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs

from polittext.analysis import Analysis
from polittext.entities import Entity, EntityTable, find_entities
from polittext.events import speech_events
from polittext.frames import SentenceFrame
from polittext.measure_attributes import MeasureContext, describe
from polittext.measures import find_candidates
from polittext.negation import cue_negated
from polittext.protocol import name_first_person
from polittext.quotes import QuoteRecord, find_quotes
from polittext.sentences import segment_spans
from polittext.taxonomy import measure_types
from polittext.types import (
    MentionKind,
    PolicyMeasure,
    Quote,
    Sentence,
    SentenceKind,
    Span,
    Speaker,
    SpeakerKind,
    SpeechEvent,
)

__all__ = ["STAGES", "CoreState", "run_core"]

STAGES = ("sentences", "speakers", "quotes", "measures")
_NO_MEASURES = (SentenceKind.DATELINE, SentenceKind.SECTION, SentenceKind.BYLINE)
_ENTITY_KINDS = {
    "PER": SpeakerKind.PERSON,
    "PERSON": SpeakerKind.PERSON,
    "ORG": SpeakerKind.ORGANISATION,
}


@attrs.define(slots=True)
class CoreState:
    """What the stages have found so far in one text."""

    text: str
    segments: list[tuple[int, int, SentenceKind, int]] | None = None
    table: EntityTable | None = None
    frames: dict[int, SentenceFrame] = attrs.Factory(dict)
    records: list[QuoteRecord] | None = None
    speakers: dict[int, Speaker] | None = None
    quotes: tuple[Quote, ...] | None = None
    measures: tuple[PolicyMeasure, ...] | None = None
    events: tuple[SpeechEvent, ...] = ()
    named_entities: list[tuple[int, int, str]] = attrs.Factory(list)
    # From a dependency parse: a verb's character span -> its subject's span.
    subjects: dict[tuple[int, int], tuple[int, int]] = attrs.Factory(dict)

    def done(self, stage: str) -> bool:
        """Whether ``stage`` (one of :data:`STAGES`) has run."""
        return {
            "sentences": self.segments is not None,
            "speakers": self.table is not None,
            "quotes": self.quotes is not None,
            "measures": self.measures is not None,
        }[stage]

    def run_sentences(self) -> None:
        """Layout segments and sentence boundaries."""
        self.segments = segment_spans(self.text)

    def run_speakers(self) -> None:
        """Entity mentions that can speak, merged per entity."""
        assert self.segments is not None
        # A dateline names where the report was filed ("Berlin (dpa) -"), not an actor.
        self.table = find_entities(
            self.text,
            [(s, e) for s, e, kind, _ in self.segments if kind is not SentenceKind.DATELINE],
        )
        for start, end, label in self.named_entities:
            kind = _ENTITY_KINDS.get(label)
            if kind is not None and self.table.covering(start, end) is None:
                name = self.text[start:end]
                key = f"person:{name.split()[-1]}" if kind is SpeakerKind.PERSON else name
                self.table.add(key, name, kind, start, end)
        self.table.finish()

    def run_quotes(self) -> None:
        """Quotes and the speakers they are attributed to."""
        assert self.segments is not None
        assert self.table is not None
        cue_sources: dict[tuple[int, int], tuple[Entity | None, tuple[int, int] | None]] = {}
        self.records = find_quotes(
            self.text, self.segments, self.table, self.frames, cue_sources, self.subjects
        )
        name_first_person(self.text, self.segments, self.table, self.records)
        self.table.finish()
        self.speakers = _speakers(self.text, self.table, self.records)
        self.quotes = tuple(
            _quote(self.text, r, self.speakers, self._negated(r)) for r in self.records
        )
        self.events = speech_events(
            self.text,
            self.segments,
            self.frames,
            self.records,
            self.quotes,
            self.speakers,
            cue_sources,
        )

    def _negated(self, record: QuoteRecord) -> bool:
        """Whether the cue of ``record`` is negated in its sentence."""
        if not record.cue or self.segments is None:
            return False
        cue = tuple(sorted(record.cue))
        index = bisect.bisect_right(self.segments, cue[0][0], key=lambda s: s[0]) - 1
        if index < 0 or not self.segments[index][0] <= cue[0][0] < self.segments[index][1]:
            return False
        start, end = self.segments[index][:2]
        frame = self.frames.get(index)
        if frame is None:
            frame = self.frames[index] = SentenceFrame.build(self.text, start, end)
        return cue_negated(frame, cue, (record.start, record.end))

    def run_measures(self) -> None:
        """Policy measures with their attributes."""
        assert self.segments is not None
        assert self.table is not None
        assert self.records is not None
        assert self.speakers is not None
        spans = [
            (r.start, r.end, r.entity.index if r.entity is not None else None, r.mention)
            for r in self.records
        ]
        measures: list[PolicyMeasure] = []
        nearby = _QuotesNearby(spans)
        for index, (start, end, kind, _p) in enumerate(self.segments):
            if kind in _NO_MEASURES:
                continue
            frame = self.frames.get(index) or SentenceFrame.build(self.text, start, end)
            candidates = find_candidates(frame)
            if not candidates:
                continue  # most sentences: no context to build
            context = MeasureContext(frame, self.table, nearby.overlapping(start, end))
            for candidate in candidates:
                info = describe(context, candidate)
                measures.append(
                    _measure(
                        self.text,
                        frame,
                        index,
                        candidate.type,
                        candidate.first,
                        candidate.last,
                        info,
                        self.speakers,
                    )
                )
        self.measures = tuple(measures)

    def run_all(self) -> Analysis:
        """Run the stages that have not run yet and return the analysis."""
        for stage in STAGES:
            if not self.done(stage):
                getattr(self, f"run_{stage}")()
        return self.analysis()

    def analysis(self) -> Analysis:
        """The results so far as an :class:`~polittext.analysis.Analysis`."""
        segments = self.segments or []
        return Analysis(
            self.text,
            tuple(Sentence(s, e, self.text[s:e], k, p) for s, e, k, p in segments),
            tuple((self.speakers or {}).values()),
            self.quotes or (),
            self.measures or (),
            self.events,
        )


def run_core(text: str) -> Analysis:
    """Run every stage on plain text (no spaCy) and build the analysis.

    >>> run_core("").sentences
    ()
    """
    return CoreState(text).run_all()


class _QuotesNearby:
    """The quotes that overlap a sentence, found by binary search.

    The measure stage only asks which quote holds a token of the sentence; a
    scan of every quote of the text for every sentence would be quadratic.
    """

    def __init__(self, quotes: list[tuple[int, int, int | None, tuple[int, int] | None]]) -> None:
        self.quotes = quotes
        self.starts = [q[0] for q in quotes]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))
        self.max_ends: list[int] = []  # the largest end among quotes[: i + 1]
        for quote in quotes:
            self.max_ends.append(max(quote[1], self.max_ends[-1] if self.max_ends else quote[1]))

    def overlapping(
        self, start: int, end: int
    ) -> list[tuple[int, int, int | None, tuple[int, int] | None]]:
        """The quotes overlapping ``[start, end)``, in their order."""
        if not self.sorted:
            return self.quotes
        first = bisect.bisect_right(self.max_ends, start)
        stop = bisect.bisect_left(self.starts, end)
        return [q for q in self.quotes[first:stop] if q[1] > start]


def _speakers(text: str, table: EntityTable, records: list[QuoteRecord]) -> dict[int, Speaker]:
    quoted: list[Entity] = []
    seen: set[int] = set()  # entity indices: a list's "in" compares whole entities, quadratic
    for record in records:
        if record.entity is not None and record.entity.index not in seen:
            seen.add(record.entity.index)
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


def _quote(text: str, record: QuoteRecord, speakers: dict[int, Speaker], negated: bool) -> Quote:
    parts = tuple(Span.of(text, s, e) for s, e in sorted(record.cue))
    cue: Span | None = None
    if len(parts) == 1:
        cue = parts[0]  # the same span
    elif parts:
        cue = Span.of(text, parts[0].start, parts[-1].end)
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
        negated=negated,
    )


def _measure(
    text: str,
    frame: SentenceFrame,
    index: int,
    type_id: str,
    first: int,
    last: int,
    info: dict[str, Any],
    speakers: dict[int, Speaker],
) -> PolicyMeasure:
    tokens = frame.tokens

    def tokens_span(pair: tuple[int, int] | None) -> Span | None:
        if pair is None:
            return None
        return Span.of(text, tokens[pair[0]][0], tokens[pair[1]][1])

    actor = info["actor"]
    speaker = speakers.get(info["speaker"]) if info["speaker"] is not None else None
    measure_type = measure_types()[type_id]
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
