"""Quote-attribution accuracy on the SpkAtt-2023 conversions in ``../shared/data/quotes``.

Prints, for news and parliament (train and dev), message P/R/F1 at exact
boundaries and at >= 50 % character overlap, cue F1, speaker accuracy over
matched and over all gold quotes with a speaker, recall per gold kind, and
documents per second (cue F1 on parliament counts every speech event, the
unit of that task; on news, the cues of quotes). The data is not shipped with polittext (licences in its
README). Develop on train; report dev.

Usage: python benchmarks/quotes.py [DATA_DIR] [--split dev|train|all]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from polittext.evaluation import evaluate_quotes, read_gold

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split = "all"
    if "--split" in sys.argv:
        split = sys.argv[sys.argv.index("--split") + 1]
        args = [a for a in args if a != split]
    folder = Path(args[0]) if args else DEFAULT
    names = [f"{corpus}_{part}" for corpus in ("news", "parl") for part in ("train", "dev")]
    if split != "all":
        names = [n for n in names if n.endswith(split)]
    header = f"{'set':<11} {'msgF1 ex':>8} {'msgP50':>7} {'msgR50':>7} {'msgF1 50':>8} {'cueF1':>6} {'spk/m':>6} {'spk/all':>7} {'docs/s':>7}"
    print(header)
    for name in names:
        documents = read_gold(folder / f"{name}.jsonl")
        start = time.perf_counter()
        # The Bundestag data annotates every speech event, with or without a message.
        report = evaluate_quotes(
            documents, cues_from="events" if name.startswith("parl") else "quotes"
        )
        elapsed = time.perf_counter() - start
        o = report.message_overlap
        print(
            f"{name:<11} {report.message_exact.f1:8.3f} {o.precision:7.3f} {o.recall:7.3f} "
            f"{o.f1:8.3f} {report.cue.f1:6.3f} {report.speaker_matched:6.3f} "
            f"{report.speaker_all:7.3f} {len(documents) / elapsed:7.1f}"
        )
        kinds = ", ".join(f"{k} {v:.2f}" for k, v in report.recall_by_kind.items())
        print(f"{'':<11} recall by kind: {kinds}")


if __name__ == "__main__":
    main()
