"""Helpers shared by the test modules (pytest puts this folder on ``sys.path``).

Short names of the modalities, the check that returns the measure of one type
(with exact offsets), the parametrisation of a typed trigger case, and the rows
of a quote attribution.
"""

from __future__ import annotations

import pytest

import polittext
from polittext import Modality, PolicyMeasure

D, PR, PL = Modality.DEMANDED, Modality.PROPOSED, Modality.PLANNED
UD, CO, DE = Modality.UNDER_DISCUSSION, Modality.CONSIDERED, Modality.DECIDED
IF, EX, LE = Modality.IN_FORCE, Modality.EXTENDED, Modality.LIFTED_OR_ENDED
RE, HY, NE = Modality.REJECTED, Modality.HYPOTHETICAL, Modality.NEGATED


def of_type(text: str, type_id: str) -> PolicyMeasure:
    """The first measure of ``type_id`` in ``text``; every trigger and actor span must
    point into ``text``."""
    found = polittext.classify_measures(text)
    for m in found:
        assert m.trigger.text == text[m.trigger.start : m.trigger.end]
        if m.actor is not None:
            assert m.actor.text == text[m.actor.start : m.actor.end]
    matching = [m for m in found if m.type == type_id]
    assert matching, f"no {type_id} in {[(m.type, m.trigger.text) for m in found]}"
    return matching[0]


def case(text: str, *required: str, optional: tuple[str, ...] = (), xfail: str = "") -> object:
    """A sentence with the types it must give and those it may give (strict xfail if
    ``xfail`` names why it still fails)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, frozenset(required), frozenset(optional), id=text[:48], marks=marks)


# One quote as :func:`rows` gives it: kind, message, cue, speaker mention.
Row = tuple[str, str, "str | None", "str | None"]


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Kind, message, cue and speaker mention of each quote, offsets checked."""
    found = polittext.attribute_quotes(text)
    for quote in found:
        for span in (quote.content, quote.cue, quote.speaker_mention):
            if span is not None:
                assert span.text == text[span.start : span.end]
    return [
        (
            q.kind.value,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker_mention.text if q.speaker_mention else None,
        )
        for q in found
    ]
