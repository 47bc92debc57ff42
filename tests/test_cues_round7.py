"""Cue detection, round 7: greeting formulas, first-person cue verbs, ``nach`` frames."""

from __future__ import annotations

import pytest

import polittext


def events(text: str) -> list[str]:
    """The cue texts of all speech events of ``text`` (offsets checked)."""
    found = polittext.analyze(text).speech_events
    for event in found:
        assert event.cue.text == text[event.cue.start : event.cue.end]
    return [event.cue.text for event in found]


@pytest.mark.parametrize(
    "text",
    [
        "Vielen Dank.",
        "Herzlichen Dank, Frau Kollegin.",
        "Das war es von meiner Seite. Vielen herzlichen Dank für Ihre Aufmerksamkeit.",
    ],
)
def test_greeting_formula_is_no_speech_event(text: str) -> None:
    assert "Dank" not in events(text)


def test_thanks_with_article_stays_an_event() -> None:
    assert "Dank" in events("Der Dank an die Pflegekräfte kam von allen Fraktionen.")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ich danke Ihnen für die Aufmerksamkeit.", "danke"),
        ("Deshalb bitte ich Sie um Zustimmung.", "bitte"),
        ("Ich meine, das ist falsch.", "meine"),
    ],
)
def test_first_person_verb_beside_ich_is_a_cue(text: str, cue: str) -> None:
    assert cue in events(text)


@pytest.mark.parametrize(
    "text",
    ["Das ist meine Partei.", "Frau Kollegin, bitte.", "Sie sagte danke und ging."],
)
def test_homograph_without_ich_is_no_cue(text: str) -> None:
    assert not {"meine", "bitte", "danke"} & set(events(text))
