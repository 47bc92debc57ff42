"""How far two human annotators agree on the modality of the test split's measures.

``data/agreement_test_modality.jsonl`` holds a second annotator's modality for every
gold measure of ``data/measures_test.jsonl`` (key ``<id>#<index of the measure>``),
labelled in session 15 from docs/labelling.rst alone: the annotator saw each sentence
with the measure's type, trigger and actor, but neither the first annotator's modality
nor polittext's output. The script prints the agreement of the two annotators (share
and Cohen's kappa) and, over the measures polittext finds, polittext's agreement with
each of them. It prints aggregate figures only, so that the test split stays unread.

Usage: python benchmarks/agreement.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import polittext

DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[dict[str, object]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa of two equally long label lists.

    >>> round(kappa(["a", "a", "b", "b"], ["a", "a", "b", "a"]), 3)
    0.5
    """
    count = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / count
    one, two = Counter(first), Counter(second)
    expected = sum(one[label] * two[label] for label in one) / count / count
    return (observed - expected) / (1 - expected)


def main() -> None:
    second = {
        str(row["key"]): str(row["modality"]) for row in _lines("agreement_test_modality.jsonl")
    }
    gold: dict[str, tuple[str, str, str]] = {}
    for document in _lines("measures_test.jsonl"):
        for index, measure in enumerate(document["measures"]):  # type: ignore[arg-type]
            key = f"{document['id']}#{index}"
            gold[key] = (measure["modality"], measure["type"], str(document["text"]))
    if set(second) != set(gold):
        raise SystemExit("the second annotator's keys differ from the test split's measures")
    keys = sorted(gold)
    first_labels = [gold[k][0] for k in keys]
    second_labels = [second[k] for k in keys]
    same = sum(a == b for a, b in zip(first_labels, second_labels, strict=True))
    print(f"measures: {len(keys)}")
    print(
        f"annotator 1 (gold) vs annotator 2: {same / len(keys):.3f} "
        f"(kappa {kappa(first_labels, second_labels):.3f})"
    )
    predicted: dict[str, dict[str, str]] = {}
    found = with_gold = with_second = 0
    for key in keys:
        modality, kind, text = gold[key]
        if text not in predicted:
            by_type: dict[str, str] = {}
            for measure in polittext.analyze(text).measures:
                by_type.setdefault(measure.type, measure.modality.value)
            predicted[text] = by_type
        guess = predicted[text].get(kind)
        if guess is None:
            continue
        found += 1
        with_gold += guess == modality
        with_second += guess == second[key]
    print(f"found by polittext: {found}")
    print(f"polittext vs annotator 1 (gold): {with_gold / found:.3f}")
    print(f"polittext vs annotator 2: {with_second / found:.3f}")


if __name__ == "__main__":
    main()
