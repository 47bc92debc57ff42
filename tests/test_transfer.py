"""The compact form in which pipe's workers send their results."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import polittext
from polittext._transfer import FIELDS, pack, unpack

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_919184c9a5fb0886.txt"


@pytest.mark.parametrize("cls", list(FIELDS), ids=lambda cls: cls.__name__)
def test_every_field_of_every_result_class_is_sent(cls: type) -> None:
    # A new field must be added to pack() and unpack() (and to FIELDS), or it is lost.
    assert tuple(field.name for field in attrs.fields(cls)) == FIELDS[cls]


def test_the_seed_analysis_survives_the_round_trip_with_shared_speakers() -> None:
    text = SEED.read_text(encoding="utf-8")
    analysis = polittext.analyze(text)
    assert analysis.quotes
    assert analysis.speakers
    assert analysis.measures
    back = unpack(text, pack(analysis))
    assert back == analysis
    assert back.text is text
    # A quote's speaker is the very object in speakers, as in the original.
    for quote in back.quotes:
        assert quote.speaker is None or any(quote.speaker is s for s in back.speakers)
    for event in back.speech_events:
        assert event.speaker is None or any(event.speaker is s for s in back.speakers)


def test_the_packed_form_holds_no_result_objects_and_no_texts_of_spans() -> None:
    text = SEED.read_text(encoding="utf-8")
    packed = pack(polittext.analyze(text))

    def walk(value: object) -> None:
        assert not attrs.has(type(value)), type(value)
        assert not (isinstance(value, str) and len(value) > 200)
        if isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(packed)


def test_a_quote_whose_speaker_is_not_among_the_speakers_is_sent_whole() -> None:
    from polittext import streaming
    from polittext.types import Quote, QuoteKind, Span, Speaker, SpeakerKind

    text = "Merz sagte, es sei gut."
    stranger = Speaker("S9", "Merz", SpeakerKind.PERSON, (), (Span.of(text, 0, 4),))
    quote = Quote(QuoteKind.INDIRECT, Span.of(text, 12, 22), speaker=stranger)
    odd = polittext.Analysis(text, (), (), (quote,), ())
    with pytest.raises(KeyError):
        pack(odd)
    # pipe's parent rebuilds packed results and passes whole objects on as they are.
    normal = polittext.analyze(text)
    batch = [(0, text), (1, text)]
    assert streaming._unpacked(batch, [pack(normal), odd]) == [normal, odd]


def test_a_worker_sends_an_analysis_whole_when_it_cannot_pack_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from polittext import _transfer, streaming

    def fail(analysis: polittext.Analysis) -> tuple[object, ...]:
        raise KeyError("S9")

    monkeypatch.setattr(_transfer, "pack", fail)
    results = streaming._analyze_packed([(0, "Gut."), (1, 5)])
    assert results[0] == polittext.analyze("Gut.")
    assert isinstance(results[1], polittext.PipeError)
