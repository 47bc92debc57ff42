"""Sentence-boundary accuracy and speed of ``polittext.split_sentences``.

Reads the UD German GSD gold in ``../shared/data/sentences/`` (not shipped with
polittext; CC BY-SA 4.0) and prints, per file, boundary precision, recall and
F1 (a boundary is the end offset of every sentence but a document's last),
exact-sentence accuracy and characters per second.

Usage: python benchmarks/sentences.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from polittext import split_sentences

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "sentences"
FILES = ["ud_gsd_dev_news.jsonl", "ud_gsd_dev_news_quotes.jsonl", "ud_gsd_dev_reviews.jsonl"]


def score(path: Path) -> dict[str, float]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = exact = total = chars = 0
    elapsed = 0.0
    for doc in docs:
        text = doc["text"]
        gold = [tuple(span) for span in doc["sentences"]]
        start = time.perf_counter()
        predicted = [(s.start, s.end) for s in split_sentences(text)]
        elapsed += time.perf_counter() - start
        chars += len(text)
        gold_bounds = {end for _, end in gold[:-1]}
        pred_bounds = {end for _, end in predicted[:-1]}
        tp += len(gold_bounds & pred_bounds)
        fp += len(pred_bounds - gold_bounds)
        fn += len(gold_bounds - pred_bounds)
        exact += len(set(gold) & set(predicted))
        total += len(gold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact": exact / total if total else 0.0,
        "chars_per_s": chars / elapsed if elapsed else 0.0,
    }


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print(f"{'file':<32} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'chars/s':>10}")
    for name in FILES:
        result = score(folder / name)
        print(
            f"{name:<32} {result['precision']:6.3f} {result['recall']:6.3f} {result['f1']:6.3f} "
            f"{result['exact']:6.3f} {result['chars_per_s']:10.0f}"
        )


if __name__ == "__main__":
    main()
