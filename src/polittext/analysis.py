"""The :class:`Analysis` result: everything found in one text.

>>> from polittext import analyze
>>> a = analyze("Kallas betonte, dass Europa stark sei.")
>>> [(q.kind.value, q.content.text, q.speaker.name) for q in a.quotes]
[('indirect', 'dass Europa stark sei', 'Kallas')]
>>> Analysis.from_dict(a.to_dict()) == a
True
"""

from __future__ import annotations

from typing import Any

import attrs

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
    SpeechEvent,
)

__all__ = ["Analysis"]


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
    speech_events: tuple[SpeechEvent, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; quotes refer to speakers by ``id``.

        >>> from polittext import analyze
        >>> sorted(analyze("Gut.").to_dict())
        ['measures', 'quotes', 'sentences', 'speakers', 'speech_events', 'text']
        """
        return {
            "text": self.text,
            "sentences": [
                {
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "kind": s.kind.value,
                    "paragraph": s.paragraph,
                }
                for s in self.sentences
            ],
            "speakers": [
                {
                    "id": s.id,
                    "name": s.name,
                    "kind": s.kind.value,
                    "roles": list(s.roles),
                    "affiliation": s.affiliation,
                    "gender": s.gender,
                    "mentions": [
                        {**m.to_dict(), "kind": k.value}
                        for m, k in zip(
                            s.mentions,
                            s.mention_kinds or (MentionKind.NAME,) * len(s.mentions),
                            strict=True,
                        )
                    ],
                }
                for s in self.speakers
            ],
            "quotes": [
                {
                    "kind": q.kind.value,
                    "content": q.content.to_dict(),
                    "cue": q.cue.to_dict() if q.cue else None,
                    "cue_parts": [p.to_dict() for p in q.cue_parts],
                    "speaker": q.speaker.id if q.speaker else None,
                    "speaker_mention": q.speaker_mention.to_dict() if q.speaker_mention else None,
                    "sentence_indices": list(q.sentence_indices),
                    "negated": q.negated,
                }
                for q in self.quotes
            ],
            "measures": [_measure_dict(m) for m in self.measures],
            "speech_events": [
                {
                    "cue": e.cue.to_dict(),
                    "kind": e.kind,
                    "lemma": e.lemma,
                    "stwr": e.stwr,
                    "cue_parts": [p.to_dict() for p in e.cue_parts],
                    "speaker": e.speaker.id if e.speaker else None,
                    "speaker_mention": e.speaker_mention.to_dict() if e.speaker_mention else None,
                    "quote_index": e.quote_index,
                    "sentence_index": e.sentence_index,
                }
                for e in self.speech_events
            ],
        }

    def spans(self) -> tuple[Span, ...]:
        """Every span of every result, in the order sentences, speakers'
        mentions, quotes (content, cue pieces, cue, speaker mention), speech
        events (cue, pieces, speaker mention), measures (trigger, sentence,
        actor, target, object, evidence); for checking or highlighting.

        Each span's ``text`` is ``self.text[span.start:span.end]``.

        >>> from polittext import analyze
        >>> analysis = analyze("Kallas betonte, dass Europa stark sei.")
        >>> all(s.text == analysis.text[s.start : s.end] for s in analysis.spans())
        True
        >>> [s.text for s in analysis.spans()][:3]
        ['Kallas betonte, dass Europa stark sei.', 'Kallas', 'dass Europa stark sei']
        """
        found: list[Span] = [sentence.span for sentence in self.sentences]
        found += [mention for speaker in self.speakers for mention in speaker.mentions]
        for quote in self.quotes:
            found += [quote.content, *quote.cue_parts]
            found += [x for x in (quote.cue, quote.speaker_mention) if x is not None]
        for event in self.speech_events:
            found += [event.cue, *event.cue_parts]
            found += [event.speaker_mention] if event.speaker_mention is not None else []
        for measure in self.measures:
            found += [
                x
                for x in (
                    measure.trigger,
                    measure.sentence,
                    measure.actor,
                    measure.target,
                    measure.object,
                    measure.evidence,
                )
                if x is not None
            ]
        return tuple(found)

    def to_records(self, part: str) -> list[dict[str, Any]]:
        """One flat, JSON-ready dict per item of ``part``: a table's rows.

        ``part`` is ``"sentences"``, ``"speakers"``, ``"mentions"``,
        ``"quotes"``, ``"measures"`` or ``"speech_events"``; the columns are
        described in :mod:`polittext.tables`. For a
        :class:`pandas.DataFrame` of many analyses use
        :func:`polittext.to_dataframe`.

        >>> from polittext import analyze
        >>> row = analyze("Kallas betonte, dass Europa stark sei.").to_records("quotes")[0]
        >>> row["kind"], row["speaker_name"], row["cue_text"], row["content_text"]
        ('indirect', 'Kallas', 'betonte', 'dass Europa stark sei')
        """
        from polittext.tables import records

        return records(self, part)

    def _repr_html_(self) -> str:
        """Jupyter shows an analysis as its text with the results highlighted.

        The same HTML as :func:`polittext.render_html` with ``page=False``.

        >>> Analysis("Gut.", (), (), (), ())._repr_html_().startswith("<div")
        True
        """
        from polittext.render import render_html

        return render_html(self, page=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Rebuild an :class:`Analysis` from :meth:`to_dict` output.

        >>> from polittext import analyze
        >>> a = analyze("Laut Bundesregierung gilt ein Ölembargo.")
        >>> Analysis.from_dict(a.to_dict()) == a
        True
        """
        sentences = tuple(
            Sentence(
                int(s["start"]),
                int(s["end"]),
                str(s["text"]),
                SentenceKind(s["kind"]),
                int(s["paragraph"]),
            )
            for s in data["sentences"]
        )
        speakers = tuple(
            Speaker(
                id=str(s["id"]),
                name=str(s["name"]),
                kind=SpeakerKind(s["kind"]),
                roles=tuple(s["roles"]),
                mentions=tuple(Span.from_dict(m) for m in s["mentions"]),
                mention_kinds=tuple(MentionKind(m.get("kind", "name")) for m in s["mentions"]),
                affiliation=s.get("affiliation"),
                gender=s.get("gender"),
            )
            for s in data["speakers"]
        )
        by_id = {s.id: s for s in speakers}
        quotes = tuple(
            Quote(
                kind=QuoteKind(q["kind"]),
                content=Span.from_dict(q["content"]),
                cue=_span_or_none(q.get("cue")),
                speaker=by_id[q["speaker"]] if q.get("speaker") is not None else None,
                speaker_mention=_span_or_none(q.get("speaker_mention")),
                cue_parts=tuple(Span.from_dict(p) for p in q.get("cue_parts", ())),
                sentence_indices=tuple(q.get("sentence_indices", ())),
                negated=bool(q.get("negated", False)),
            )
            for q in data["quotes"]
        )
        measures = tuple(
            PolicyMeasure(
                type=m["type"],
                family=m["family"],
                trigger=Span.from_dict(m["trigger"]),
                sentence=Span.from_dict(m["sentence"]),
                modality=Modality(m["modality"]),
                actor=_span_or_none(m.get("actor")),
                target=_span_or_none(m.get("target")),
                object=_span_or_none(m.get("object")),
                evidence=_span_or_none(m.get("evidence")),
                sentence_index=int(m.get("sentence_index", -1)),
                actor_name=m.get("actor_name"),
                target_name=m.get("target_name"),
                cap_major=tuple(m.get("cap_major", ())),
                nato=tuple(m.get("nato", ())),
                speaker=m.get("speaker"),
            )
            for m in data["measures"]
        )
        events = tuple(
            SpeechEvent(
                cue=Span.from_dict(e["cue"]),
                kind=str(e["kind"]),
                lemma=str(e["lemma"]),
                stwr=str(e["stwr"]),
                cue_parts=tuple(Span.from_dict(p) for p in e.get("cue_parts", ())),
                speaker=by_id[e["speaker"]] if e.get("speaker") is not None else None,
                speaker_mention=_span_or_none(e.get("speaker_mention")),
                quote_index=e.get("quote_index"),
                sentence_index=int(e.get("sentence_index", -1)),
            )
            for e in data.get("speech_events", ())
        )
        return cls(str(data["text"]), sentences, speakers, quotes, measures, events)


def _measure_dict(m: PolicyMeasure) -> dict[str, Any]:
    def span(value: Span | None) -> dict[str, Any] | None:
        return value.to_dict() if value is not None else None

    return {
        "type": m.type,
        "family": m.family,
        "trigger": m.trigger.to_dict(),
        "sentence": m.sentence.to_dict(),
        "sentence_index": m.sentence_index,
        "modality": m.modality.value,
        "actor": span(m.actor),
        "actor_name": m.actor_name,
        "target": span(m.target),
        "target_name": m.target_name,
        "object": span(m.object),
        "evidence": span(m.evidence),
        "cap_major": list(m.cap_major),
        "nato": list(m.nato),
        "speaker": m.speaker,
    }
