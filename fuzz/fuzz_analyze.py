"""Coverage-guided fuzzing of :func:`polittext.analyze` with atheris.

Each input is raw bytes. The first byte picks how they become a ``str``
(UTF-8 with ``surrogateescape``, UTF-8 with ``replace``, Latin-1, UTF-16
with ``surrogatepass``, or code points from UTF-32 with ``surrogatepass``),
so lone surrogates, NUL bytes, control characters and any code point reach
the library. Every result is then checked; a violated invariant raises
``AssertionError`` and atheris saves the input as a crash file.

Invariants checked on every input:

- ``analyze`` returns an ``Analysis`` whose ``text`` is the input itself;
- every span (sentences, mentions, quote contents and cues, speech events,
  measure parts) lies inside the text, ``span.text == text[start:end]``, and
  it is not empty and has no whitespace at either end;
- sentences are in order, do not overlap, start and end on a non-space
  character, and only whitespace lies between them;
- each speaker's mentions are sorted and disjoint; quotes refer to listed
  speakers and to existing sentences;
- ``Analysis.from_dict(json.loads(json.dumps(a.to_dict()))) == a``;
- ``analyze`` gives the same result the second time (determinism);
- the stage functions agree with ``analyze``.

Run it (see fuzz/README.md)::

    python fuzz/fuzz_analyze.py fuzz/corpus -max_total_time=900
"""

from __future__ import annotations

import importlib
import itertools
import json
import pkgutil
import sys

import atheris

with atheris.instrument_imports(include=["polittext"]):
    import polittext
    from polittext import Analysis

    # polittext imports most of its modules lazily, on first use: import them all
    # here, so that atheris instruments them for coverage.
    for module in pkgutil.walk_packages(polittext.__path__, "polittext."):
        if module.name not in {"polittext.__main__"}:
            importlib.import_module(module.name)

DECODERS = (
    lambda data: data.decode("utf-8", errors="surrogateescape"),
    lambda data: data.decode("utf-8", errors="replace"),
    lambda data: data.decode("latin-1"),
    lambda data: data[: len(data) // 2 * 2].decode("utf-16-le", errors="surrogatepass"),
    lambda data: "".join(
        chr(int.from_bytes(data[i : i + 3], "little") % 0x110000) for i in range(0, len(data), 3)
    ),
)


def decode(data: bytes) -> str:
    """The text for one fuzz input: its first byte chooses the decoding."""
    if not data:
        return ""
    return DECODERS[data[0] % len(DECODERS)](data[1:])


def check(text: str) -> None:
    """Analyse ``text`` and raise ``AssertionError`` on any broken invariant."""
    analysis = polittext.analyze(text)
    assert isinstance(analysis, Analysis)
    assert analysis.text is text or analysis.text == text, "text altered"
    for span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(text), f"span out of range: {span!r}"
        assert span.text == text[span.start : span.end], f"inexact span: {span!r}"
        assert span.text, f"empty span: {span!r}"
        assert span.text == span.text.strip(), f"outer whitespace: {span!r}"
    position = 0
    for sentence in analysis.sentences:
        assert sentence.text == text[sentence.start : sentence.end], f"inexact {sentence!r}"
        assert sentence.start >= position, f"overlapping sentence {sentence!r}"
        assert sentence.text, "empty sentence"
        assert not sentence.text[0].isspace(), f"sentence starts with space: {sentence!r}"
        assert not sentence.text[-1].isspace(), f"sentence ends with space: {sentence!r}"
        assert not text[position : sentence.start].strip(), "text between sentences lost"
        position = sentence.end
    assert not text[position:].strip(), "text after the last sentence lost"
    for speaker in analysis.speakers:
        bounds = [(m.start, m.end) for m in speaker.mentions]
        assert bounds == sorted(bounds), f"mentions not sorted: {speaker!r}"
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(bounds)), f"overlap: {speaker!r}"
    for quote in analysis.quotes:
        assert quote.speaker is None or quote.speaker in analysis.speakers
        assert all(0 <= i < len(analysis.sentences) for i in quote.sentence_indices)
    for measure in analysis.measures:
        assert 0 <= measure.sentence_index < len(analysis.sentences)
    restored = Analysis.from_dict(json.loads(json.dumps(analysis.to_dict())))
    assert restored == analysis, "to_dict/from_dict round trip changed the analysis"
    assert polittext.analyze(text) == analysis, "second run differs"
    assert polittext.split_sentences(text) == list(analysis.sentences)
    assert polittext.attribute_quotes(text) == list(analysis.quotes)


def test_one_input(data: bytes) -> None:
    """The atheris entry point."""
    check(decode(data))


def main() -> None:
    """Set up atheris and fuzz until it stops."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
