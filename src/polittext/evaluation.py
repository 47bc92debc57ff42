"""Score quote attribution against annotated texts (the polittext gold format).

The gold format is JSON Lines, one document a line::

    {"id": "doc-1", "text": "…",
     "quotes": [{"kind": "direct", "span": [s, e], "cue": [s, e] | null,
                 "speaker": [s, e] | null}, …]}

Offsets are ``[start, end)`` character offsets into ``text``; ``span`` is the
message (for ``direct`` quotes including the quotation marks), ``cue`` the
speech cue (the envelope of its parts), ``speaker`` the in-text mention of the
source (pronouns stay pronouns). Further keys are ignored. This is the format
of the SpkAtt-2023 conversions in ``shared/data/quotes``; you can score
polittext on your own annotated texts by writing them in it.

Scores: message precision/recall/F1 at exact boundaries and at a character
Jaccard overlap of at least 0.5 (one-to-one matching), cue F1 (any overlap),
speaker accuracy over matched quotes and over all gold quotes with a speaker
(right when the predicted speaker, or any mention of the same merged speaker,
overlaps the gold speaker mention), and recall per gold kind.

>>> gold = [{"id": "d", "text": "Merz sagte, dass es gut sei.",
...          "quotes": [{"kind": "indirect", "span": [12, 27], "cue": [5, 10], "speaker": [0, 4]}]}]
>>> report = evaluate_quotes(gold)
>>> report.message_overlap.f1, report.cue.f1, report.speaker_all
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from polittext.analysis import Analysis
from polittext.types import QuoteKind

__all__ = [
    "PRF",
    "MeasureReport",
    "QuoteReport",
    "evaluate_measures",
    "evaluate_quotes",
    "predicted_quotes",
    "read_gold",
]

_OPENING = '„“”"»«‚‘›‹'


@attrs.frozen(slots=True)
class PRF:
    """Precision, recall and F1 with the counts behind them.

    >>> PRF.from_counts(3, 4, 6).f1
    0.6
    """

    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    gold: int

    @classmethod
    def from_counts(cls, true_positives: int, predicted: int, gold: int) -> PRF:
        """Compute the scores from counts (zero where undefined)."""
        precision = true_positives / predicted if predicted else 0.0
        recall = true_positives / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(
            round(precision, 4), round(recall, 4), round(f1, 4), true_positives, predicted, gold
        )


@attrs.frozen(slots=True)
class QuoteReport:
    """All scores of one evaluation run."""

    documents: int
    message_exact: PRF
    message_overlap: PRF
    cue: PRF
    speaker_matched: float
    speaker_all: float
    recall_by_kind: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the report.

        >>> sorted(evaluate_quotes([]).to_dict())[:3]
        ['cue', 'documents', 'message_exact']
        """
        return attrs.asdict(self)


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file (UTF-8), skipping blank lines.

    Raises:
        ValueError: for a line that is not a JSON object with ``text`` and ``quotes``.
    """
    documents = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            document = json.loads(line)
            if not isinstance(document, dict) or "text" not in document or "quotes" not in document:
                raise ValueError(
                    f"{path}, line {number}: expected an object with 'text' and 'quotes'"
                )
            documents.append(document)
    return documents


def predicted_quotes(analysis: Analysis) -> list[dict[str, Any]]:
    """An analysis's quotes in the gold convention (direct spans include their marks).

    Each item also lists ``speaker_mentions``: every mention of the merged speaker.

    >>> from polittext import analyze
    >>> predicted_quotes(analyze("„Wir sind bereit“, sagte Merz."))[0]["span"]
    [0, 17]
    """
    text = analysis.text
    items = []
    for quote in analysis.quotes:
        start, end = quote.content.start, quote.content.end
        if quote.kind in (QuoteKind.DIRECT, QuoteKind.MIXED):
            if start > 0 and text[start - 1] in _OPENING:
                start -= 1
            if end < len(text) and text[end] in _OPENING:
                end += 1
        mention = quote.speaker_mention
        items.append(
            {
                "kind": quote.kind.value,
                "span": [start, end],
                "cue": [quote.cue.start, quote.cue.end] if quote.cue else None,
                "speaker": [mention.start, mention.end] if mention else None,
                "speaker_mentions": [[m.start, m.end] for m in quote.speaker.mentions]
                if quote.speaker
                else [],
            }
        )
    return items


def _jaccard(a: list[int], b: list[int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _overlaps(a: list[int] | None, b: list[int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _match(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]], exact: bool
) -> dict[int, int]:
    """Greedy one-to-one matching of gold to predicted messages, best overlap first."""
    pairs = []
    for g, gq in enumerate(gold):
        for p, pq in enumerate(predicted):
            if exact:
                if gq["span"] == pq["span"]:
                    pairs.append((1.0, g, p))
            else:
                score = _jaccard(gq["span"], pq["span"])
                if score >= 0.5:
                    pairs.append((score, g, p))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, g, p in sorted(pairs, reverse=True):
        if g not in matched and p not in used:
            matched[g] = p
            used.add(p)
    return matched


def evaluate_quotes(
    documents: Iterable[dict[str, Any]],
    predict: Callable[[str], Analysis] | None = None,
    cues_from: str = "quotes",
) -> QuoteReport:
    """Score ``predict`` (default :func:`polittext.analyze`) on gold documents.

    ``cues_from`` chooses the predicted cues for cue F1: ``"quotes"`` (the cues
    of quotes, for data that annotates quotations, like news) or ``"events"``
    (every speech event, for data that annotates speech events with or without
    a message, like the Bundestag task).
    """
    if cues_from not in ("quotes", "events"):
        raise ValueError(f"cues_from must be 'quotes' or 'events', got {cues_from!r}")
    if predict is None:
        from polittext.api import analyze

        predict = analyze
    counts = {"exact": 0, "overlap": 0, "cue_tp": 0, "cue_pred": 0, "cue_gold": 0}
    gold_total = predicted_total = speaker_matched = speaker_right = speaker_gold = 0
    matched_total = 0
    kind_total: dict[str, int] = {}
    kind_found: dict[str, int] = {}
    number = 0
    for document in documents:
        number += 1
        gold = [q for q in document["quotes"] if q.get("span") is not None]
        analysis = predict(document["text"])
        predicted = predicted_quotes(analysis)
        gold_total += len(gold)
        predicted_total += len(predicted)
        counts["exact"] += len(_match(gold, predicted, exact=True))
        matched = _match(gold, predicted, exact=False)
        counts["overlap"] += len(matched)
        gold_cues = [q["cue"] for q in document["quotes"] if q.get("cue")]
        if cues_from == "events":
            predicted_cues = [[e.cue.start, e.cue.end] for e in analysis.speech_events]
        else:
            predicted_cues = [q["cue"] for q in predicted if q["cue"]]
        counts["cue_gold"] += len(gold_cues)
        counts["cue_pred"] += len(predicted_cues)
        taken: set[int] = set()
        for cue in gold_cues:
            hit = next(
                (i for i, p in enumerate(predicted_cues) if i not in taken and _overlaps(cue, p)),
                None,
            )
            if hit is not None:
                taken.add(hit)
                counts["cue_tp"] += 1
        for g, gq in enumerate(gold):
            kind = str(gq.get("kind", "unspecified"))
            kind_total[kind] = kind_total.get(kind, 0) + 1
            if g in matched:
                kind_found[kind] = kind_found.get(kind, 0) + 1
            if gq.get("speaker") is None:
                continue
            speaker_gold += 1
            if g not in matched:
                continue
            matched_total += 1
            pq = predicted[matched[g]]
            right = _overlaps(gq["speaker"], pq["speaker"]) or any(
                _overlaps(gq["speaker"], m) for m in pq["speaker_mentions"]
            )
            speaker_matched += right
            speaker_right += right
    return QuoteReport(
        documents=number,
        message_exact=PRF.from_counts(counts["exact"], predicted_total, gold_total),
        message_overlap=PRF.from_counts(counts["overlap"], predicted_total, gold_total),
        cue=PRF.from_counts(counts["cue_tp"], counts["cue_pred"], counts["cue_gold"]),
        speaker_matched=round(speaker_matched / matched_total, 4) if matched_total else 0.0,
        speaker_all=round(speaker_right / speaker_gold, 4) if speaker_gold else 0.0,
        recall_by_kind={
            kind: round(kind_found.get(kind, 0) / total, 4)
            for kind, total in sorted(kind_total.items())
        },
    )


@attrs.frozen(slots=True)
class MeasureReport:
    """Scores of policy-measure classification on sentence-level gold.

    A measure counts as found when the sentence's gold has a measure of the
    same type (one per type and sentence). ``modality_accuracy``,
    ``actor_accuracy`` and ``target_accuracy`` are over found measures whose
    gold has that attribute (actor and target: any overlap).
    """

    documents: int
    micro: PRF
    macro_f1: float
    per_type: dict[str, PRF]
    modality_accuracy: float
    actor_accuracy: float
    target_accuracy: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the report.

        >>> evaluate_measures([]).to_dict()["documents"]
        0
        """
        return attrs.asdict(self)


def evaluate_measures(
    documents: Iterable[dict[str, Any]],
    predict: Callable[[str], Analysis] | None = None,
) -> MeasureReport:
    """Score policy measures on gold records ``{"text", "measures": [{"type", "modality",
    "actor", "target", …}]}`` (one sentence or short text each).

    >>> gold = [{"text": "Die EU verhängte ein Ölembargo.",
    ...          "measures": [{"type": "IMPORT_EMBARGO", "modality": "decided",
    ...                        "actor": [4, 6], "target": None}]}]
    >>> report = evaluate_measures(gold)
    >>> report.micro.f1, report.modality_accuracy, report.actor_accuracy
    (1.0, 1.0, 1.0)
    """
    if predict is None:
        from polittext.api import analyze

        predict = analyze
    counts: dict[str, list[int]] = {}
    modality = [0, 0]
    actor = [0, 0]
    target = [0, 0]
    number = 0
    for document in documents:
        number += 1
        gold = {m["type"]: m for m in document["measures"]}
        predicted: dict[str, Any] = {}
        for measure in predict(document["text"]).measures:
            predicted.setdefault(measure.type, measure)
        for type_id in set(gold) | set(predicted):
            tp_pred_gold = counts.setdefault(type_id, [0, 0, 0])
            tp_pred_gold[1] += type_id in predicted
            tp_pred_gold[2] += type_id in gold
            if type_id in gold and type_id in predicted:
                tp_pred_gold[0] += 1
                g, p = gold[type_id], predicted[type_id]
                modality[1] += 1
                modality[0] += p.modality.value == g.get("modality")
                for slot, tally in (("actor", actor), ("target", target)):
                    if g.get(slot):
                        tally[1] += 1
                        span = getattr(p, slot)
                        tally[0] += span is not None and _overlaps(g[slot], [span.start, span.end])
    per_type = {t: PRF.from_counts(*c) for t, c in sorted(counts.items())}
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    scored = [prf.f1 for prf in per_type.values() if prf.gold]
    return MeasureReport(
        documents=number,
        micro=PRF.from_counts(*totals),
        macro_f1=round(sum(scored) / len(scored), 4) if scored else 0.0,
        per_type=per_type,
        modality_accuracy=round(modality[0] / modality[1], 4) if modality[1] else 0.0,
        actor_accuracy=round(actor[0] / actor[1], 4) if actor[1] else 0.0,
        target_accuracy=round(target[0] / target[1], 4) if target[1] else 0.0,
    )
