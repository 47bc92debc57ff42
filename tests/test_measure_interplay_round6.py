"""Cases where two round-6 changes met: the trigger lexicon (benefit recipients are no
measure) and the modality rules (a clause resumed after an inserted relative clause).
Sentences written for this file."""

from __future__ import annotations

import pytest

import polittext

CASES = [
    # Benefit sanctions against individuals are PAY_BENEFIT_CHANGE (docs/labelling.rst).
    (
        "Künftig sollen Bürgergeldempfänger, die Jobangebote ablehnen, stärker sanktioniert werden.",
        "PAY_BENEFIT_CHANGE",
        "planned",
    ),
    (
        "Die Regierung will Bürgergeldempfänger härter sanktionieren.",
        "PAY_BENEFIT_CHANGE",
        "planned",
    ),
    # The modal before an inserted relative clause governs the verb after it.
    (
        "Künftig sollen russische Banken, die Geschäfte mit Iran machen, stärker sanktioniert werden.",
        "SANCTION_GENERAL",
        "planned",
    ),
    (
        "Die Regierung, die im Mai gewählt wurde, hat die Sanktionen verlängert.",
        "SANCTION_GENERAL",
        "extended",
    ),
    ("Die EU hat Russland erneut sanktioniert.", "SANCTION_GENERAL", "decided"),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), CASES)
def test_type_and_modality(text: str, type_id: str, modality: str) -> None:
    found = [(m.type, m.modality.value) for m in polittext.classify_measures(text)]
    assert found == [(type_id, modality)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der Bürgergeldempfänger ist im Mai gestiegen.",
        "Die Sanktionen gegen Russland treffen auch die Empfänger russischer Gaslieferungen.",
    ],
)
def test_no_benefit_measure(text: str) -> None:
    assert "PAY_BENEFIT_CHANGE" not in [m.type for m in polittext.classify_measures(text)]
