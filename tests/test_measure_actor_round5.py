"""Actors of measures: a genitive holder and a passive agent (own sentences)."""

from __future__ import annotations

import pytest

import polittext


def _actor_of(text: str, measure_type: str) -> str | None:
    [measure] = [m for m in polittext.analyze(text).measures if m.type == measure_type]
    return measure.actor.text if measure.actor else None


@pytest.mark.parametrize(
    ("text", "measure_type", "actor"),
    [
        # The government, institution or organisation in the genitive acts.
        (
            "Die Werft erhält eine Bürgschaft der Bundesregierung.",
            "FINANCIAL_GUARANTEE",
            "Bundesregierung",
        ),
        (
            "Russische Banken trifft vor allem das neue Sanktionspaket der EU.",
            "SANCTION_GENERAL",
            "EU",
        ),
        # The agent of a passive clause acts.
        (
            "Das Importverbot für Stahl wurde vom Europäischen Rat verlängert.",
            "IMPORT_EMBARGO",
            "Europäischen Rat",
        ),
        # An action noun's genitive is what it acts on: the subject acts.
        ("Die UNO fordert die Entwaffnung der Hisbollah.", "ARMS_CONTROL", "UNO"),
    ],
)
def test_the_actor(text: str, measure_type: str, actor: str) -> None:
    assert _actor_of(text, measure_type) == actor


def test_the_genitive_holder_is_not_also_the_target() -> None:
    [measure] = polittext.analyze("Die Werft erhält eine Bürgschaft der Bundesregierung.").measures
    assert measure.target is None


def test_a_state_after_nach_is_the_target() -> None:
    text = "Das Innenministerium setzt Abschiebungen nach Eritrea vorerst aus."
    [measure] = polittext.analyze(text).measures
    assert measure.type == "MIGRATION_BORDER"
    assert measure.target is not None
    assert measure.target.text == "Eritrea"


def test_a_place_after_in_is_not_the_target() -> None:
    # "in Tokio" says where the government sits, not whom the tax hits.
    text = "Die Regierung in Tokio plant eine Erhöhung der Unternehmensteuer."
    [measure] = polittext.analyze(text).measures
    assert measure.target is None


@pytest.mark.parametrize(
    ("text", "measure_type"),
    [
        # The stop or the release is the measure itself, so it is imposed, not ended.
        ("Die Regierung hat die Rüstungsexporte nach Katar gestoppt.", "ARMS_EMBARGO"),
        (
            "Der Haushaltsausschuss gab 500 Millionen Euro für den Ausbau der Radwege frei.",
            "BUDGET_ALLOCATION",
        ),
    ],
)
def test_a_trigger_that_names_the_stop_is_decided(text: str, measure_type: str) -> None:
    [measure] = [m for m in polittext.analyze(text).measures if m.type == measure_type]
    assert measure.modality.value == "decided"


def test_lifting_a_named_measure_still_ends_it() -> None:
    [measure] = polittext.analyze("Die EU hat die Sanktionen gegen Syrien aufgehoben.").measures
    assert measure.modality.value == "lifted_or_ended"


def test_stopping_arms_exports_verb_first_is_an_arms_embargo() -> None:
    [measure] = polittext.analyze("Die Regierung stoppt alle Rüstungsexporte nach Katar.").measures
    assert measure.type == "ARMS_EMBARGO"
    assert measure.modality.value == "decided"
    assert measure.target is not None
    assert measure.target.text == "Katar"
