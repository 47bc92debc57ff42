"""Hypothesis properties that hold for any input text.

Offsets are exact, sentences tile the text, quotes and mentions stay inside
it, results survive a JSON round trip and are deterministic, and no text makes
any public function fail.
"""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import polittext
import polittext.taxonomy
from polittext import Analysis

# German-looking text: words, names, cue verbs, triggers, numbers, punctuation,
# every quotation style and line breaks, so that the rules really fire.
PIECES = [
    "Kallas",
    "Merz",
    "Die",
    "Bundesregierung",
    "Moskau",
    "sagte",
    "betonte",
    "hob",
    "hervor",
    "dass",
    "sei",
    "habe",
    "laut",
    "zufolge",
    "so",
    "Sie",
    "er",
    "Sanktionen",
    "Ölembargo",
    "Wehrpflicht",
    "keine",
    "plant",
    "gegen",
    "Russland",
    "z. B.",
    "3.",
    "2024.",
    "Abs.",
    "Dr.",
    "1.000,50",
    "„",
    "“",
    '"',
    "»",
    "«",
    "‚",
    "‘",
    ":",
    ",",
    ".",
    "!",
    "?",
    "…",
    "(",
    ")",
    "–",
    "\n",
    "\n\n",
    " ",
    "  ",
    "EU-Chefdiplomatin",
    "Kaja",
    "Geheimdienstkreisen",
    "Experten",
    # Source phrases, cue nouns and names with a comma attached (session 16: "nach
    # Angaben von Müller," ending a text raised IndexError).
    "nach",
    "Angaben",
    "von",
    "der",
    "wie",
    "Forderung",
    "Kritik,",
    "wonach",
    "zu",
    "Müller,",
    "Müller-Lüdenscheid",
    "Zeitung",
    "ob",
    "und",
    "Verbot",
]
german = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
# Any code point at all, surrogates and control characters included.
anything = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)
texts = st.one_of(german, anything, st.tuples(german, anything).map("".join))


def all_spans(analysis: Analysis) -> list[polittext.Span]:
    """Every span, listed independently of ``Analysis.spans`` so that the
    property below also checks that method for completeness."""
    spans = [s.span for s in analysis.sentences]
    spans += [m for speaker in analysis.speakers for m in speaker.mentions]
    for q in analysis.quotes:
        spans += [q.content, *q.cue_parts, *(x for x in (q.cue, q.speaker_mention) if x)]
    for e in analysis.speech_events:
        spans += [e.cue, *e.cue_parts, *(x for x in (e.speaker_mention,) if x)]
    for m in analysis.measures:
        spans += [x for x in (m.trigger, m.sentence, m.actor, m.target, m.object, m.evidence) if x]
    return spans


@given(texts)
def test_sentences_tile_the_text(text: str) -> None:
    sentences = polittext.split_sentences(text)
    position = 0
    for sentence in sentences:
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.start >= position
        assert sentence.text
        assert not sentence.text[0].isspace()
        assert not sentence.text[-1].isspace()
        assert text[position : sentence.start].strip() == ""
        position = sentence.end
    assert text[position:].strip() == ""
    paragraphs = [s.paragraph for s in sentences]
    assert paragraphs == sorted(paragraphs)


@given(texts)
def test_every_offset_is_exact(text: str) -> None:
    analysis = polittext.analyze(text)
    assert analysis.text == text
    assert list(analysis.spans()) == all_spans(analysis)
    for span in all_spans(analysis):
        assert 0 <= span.start <= span.end <= len(text)
        assert span.text == text[span.start : span.end]
        # No span is empty or starts or ends with whitespace ("Kallas : …" gave "Kallas ").
        assert span.text
        assert span.text == span.text.strip()


@given(texts)
def test_speakers_mentions_sorted_and_disjoint_and_quotes_refer_to_them(text: str) -> None:
    analysis = polittext.analyze(text)
    ids = [s.id for s in analysis.speakers]
    assert len(ids) == len(set(ids))
    for speaker in analysis.speakers:
        ends = [(m.start, m.end) for m in speaker.mentions]
        assert ends == sorted(ends)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
    # No stretch of text is a mention of two speakers.
    every = sorted((m.start, m.end) for speaker in analysis.speakers for m in speaker.mentions)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(every))
    for quote in analysis.quotes:
        if quote.speaker is not None:
            assert quote.speaker in analysis.speakers
        assert all(0 <= i < len(analysis.sentences) for i in quote.sentence_indices)
    for event in analysis.speech_events:
        assert event.quote_index is None or 0 <= event.quote_index < len(analysis.quotes)
        assert 0 <= event.sentence_index < len(analysis.sentences)
    for measure in analysis.measures:
        assert 0 <= measure.sentence_index < len(analysis.sentences)
        assert measure.type in polittext.taxonomy.measure_types()


@given(texts)
def test_round_trip_and_determinism(text: str) -> None:
    first = polittext.analyze(text)
    again = polittext.analyze(text)
    assert first == again
    restored = Analysis.from_dict(json.loads(json.dumps(first.to_dict())))
    assert restored == first
    assert json.dumps(again.to_dict()) == json.dumps(first.to_dict())
    assert restored.to_dict() == first.to_dict()


@given(texts)
def test_stage_functions_agree_with_analyze(text: str) -> None:
    analysis = polittext.analyze(text)
    assert polittext.split_sentences(text) == list(analysis.sentences)
    assert polittext.attribute_quotes(text) == list(analysis.quotes)
    assert polittext.detect_speakers(text) == list(analysis.speakers)
    assert polittext.classify_measures(text) == list(analysis.measures)
    assert polittext.detect_speakers(analysis) == list(analysis.speakers)


@given(st.one_of(st.binary(), st.integers(), st.none(), st.lists(st.text())))
def test_non_text_raises_type_error_naming_the_type(value: object) -> None:
    for function in (
        polittext.analyze,
        polittext.split_sentences,
        polittext.detect_speakers,
        polittext.attribute_quotes,
        polittext.classify_measures,
    ):
        with pytest.raises(TypeError) as caught:
            function(value)  # type: ignore[arg-type]
        assert type(value).__name__ in str(caught.value)
        if isinstance(value, bytes):
            assert "decode" in str(caught.value)
