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
from pathlib import Path

# The same gold files and the same scorer as the table of all splitters.
from anchors import DEFAULT, FILES
from anchors import score as boundary_score
from polittext import split_sentences


def score(path: Path) -> dict[str, float]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    precision, recall, f1, exact, speed = boundary_score(
        docs, lambda text: [(s.start, s.end) for s in split_sentences(text)]
    )
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "exact": exact,
        "chars_per_s": speed,
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
