"""Hypothesis properties of the spaCy components, ``Pipeline`` and ``pipe``.

Whatever the text, the components' ``doc.spans`` cover exactly the results of
:func:`polittext.analyze`, with the right labels, sentence starts tile the
Doc, and running again gives the same; ``Pipeline`` and ``polittext.pipe`` give
what ``analyze`` gives.
"""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from test_properties import german, texts

import polittext
import polittext.taxonomy
from polittext import QuoteKind, SentenceKind, SpeakerKind
from polittext.engine import COMPONENTS

# spaCy's own tokenizer (nlp(text)) cannot encode lone surrogates: that is spaCy's
# limit, not the components'; polittext.load().doc() replaces them for spaCy.
no_surrogates = st.characters(codec="utf-8", exclude_categories=())
spacy_texts = st.one_of(
    german,
    st.text(alphabet=no_surrogates, max_size=200),
    st.tuples(german, st.text(alphabet=no_surrogates, max_size=80)).map("".join),
)


@functools.lru_cache(maxsize=1)
def nlp() -> Any:
    import spacy

    language = spacy.blank("de")
    for name in COMPONENTS:
        language.add_pipe(name)
    return language


def spans_of(doc: Any, key: str) -> list[tuple[int, int, str]]:
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]


def covers(spans: list[tuple[int, int, str]], wanted: list[tuple[int, int, str]]) -> None:
    """``spans`` are ``wanted`` widened to token boundaries, in the same order."""
    assert len(spans) == len(wanted)
    for (start, end, label), (w_start, w_end, w_label) in zip(spans, wanted, strict=True):
        assert label == w_label
        assert start <= w_start <= w_end <= end


@given(spacy_texts)
def test_components_write_the_analysis_as_spans(text: str) -> None:
    doc = nlp()(text)
    analysis = doc._.polittext
    assert analysis == polittext.analyze(text)
    sentences = [(s.start, s.end, s.kind.value) for s in analysis.sentences]
    covers(spans_of(doc, "polittext_sentences"), sentences)
    assert {label for *_, label in sentences} <= {k.value for k in SentenceKind}
    quotes = [(q.content.start, q.content.end, q.kind.value) for q in analysis.quotes]
    covers(spans_of(doc, "polittext_quotes"), quotes)
    assert {label for *_, label in quotes} <= {k.value for k in QuoteKind}
    mentions = sorted((m.start, m.end, s.id) for s in analysis.speakers for m in s.mentions)
    covers(spans_of(doc, "polittext_speakers"), mentions)
    measures = [
        ((m.evidence or m.trigger).start, (m.evidence or m.trigger).end, m.type)
        for m in analysis.measures
    ]
    covers(spans_of(doc, "polittext_measures"), measures)
    assert {label for *_, label in measures} <= set(polittext.taxonomy.measure_types())
    kinds = {k.value for k in SpeakerKind}
    assert {s.label_ for s in doc.spans["polittext_mentions"]} <= kinds
    for key in doc.spans:
        for span in doc.spans[key]:
            assert span.text == text[span.start_char : span.end_char]


@given(spacy_texts)
def test_sentence_starts_tile_the_doc_and_follow_the_sentences(text: str) -> None:
    doc = nlp()(text)
    if not len(doc):
        return
    tokens = [token.i for sentence in doc.sents for token in sentence]
    assert tokens == list(range(len(doc)))
    starts = {token.idx for token in doc if token.is_sent_start}
    for sentence in doc._.polittext.sentences:
        token = doc.char_span(sentence.start, sentence.start + 1, alignment_mode="expand")
        assert token is not None
        assert token[0].idx in starts


@given(spacy_texts)
def test_components_are_deterministic(text: str) -> None:
    first, second = nlp()(text), nlp()(text)
    assert first._.polittext == second._.polittext
    for key in first.spans:
        assert spans_of(first, key) == spans_of(second, key)


@given(texts)
def test_pipeline_doc_keeps_the_callers_text(text: str) -> None:
    # Pipeline.doc hands spaCy a copy without surrogates and long runs, of the same
    # length; the results still refer to the caller's string.
    pipeline = polittext.load()
    doc = pipeline.doc(text)
    assert len(doc.text) == len(text)
    assert doc._.polittext.text == text
    assert doc._.polittext == pipeline.analyze(text) == polittext.analyze(text)
    for last in COMPONENTS:
        partial = pipeline.doc(text, last=last, spans=False)._.polittext
        assert partial.sentences == doc._.polittext.sentences


@given(st.lists(texts, max_size=4))
def test_pipe_gives_what_analyze_gives_in_order(items: list[str]) -> None:
    expected = [polittext.analyze(text) for text in items]
    assert list(polittext.pipe(items)) == expected
    assert list(polittext.load().pipe(items)) == expected
    pairs = [(text, index) for index, text in enumerate(items)]
    got = list(polittext.pipe(pairs, as_tuples=True, batch_size=2))
    assert got == list(zip(expected, range(len(items)), strict=True))


@given(st.lists(st.one_of(texts, st.integers(), st.binary(max_size=5)), max_size=5))
def test_pipe_turns_each_bad_item_into_an_error_in_its_place(items: list[Any]) -> None:
    results = list(polittext.pipe(items))
    assert len(results) == len(items)
    for index, (item, result) in enumerate(zip(items, results, strict=True)):
        if isinstance(item, str):
            assert result == polittext.analyze(item)
        else:
            assert isinstance(result, polittext.PipeError)
            assert (result.index, result.error) == (index, "TypeError")
            assert type(item).__name__ in result.message
