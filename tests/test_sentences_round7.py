"""Press-release datelines before the first sentence (round 7): a place with a
date, or a place in capitals, then a period, colon or dash.

Expectations written from the layout of German press releases.
"""

from __future__ import annotations

import pytest

import polittext


def layout(text: str) -> list[tuple[str, str]]:
    """Kind and text of every segment (offsets checked)."""
    found = []
    for sentence in polittext.split_sentences(text):
        assert sentence.text == text[sentence.start : sentence.end]
        found.append((sentence.kind.value, sentence.text))
    return found


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Berlin, 12. März 2026. Die Bundesregierung hat ein Paket beschlossen.",
            "Berlin, 12. März 2026.",
        ),
        (
            "Berlin, 12.03.2026 – Die Bundesregierung hat ein Paket beschlossen.",
            "Berlin, 12.03.2026 –",
        ),
        ("Berlin/Brüssel, 3. Mai – Die EU hat Zölle beschlossen.", "Berlin/Brüssel, 3. Mai –"),
        ("München, den 4. Mai 2025: Das Kabinett hat getagt.", "München, den 4. Mai 2025:"),
        ("BERLIN. Die Koalition hat sich geeinigt.", "BERLIN."),
        (
            "Frankfurt am Main, 2. Juni 2026 (dpa) – Die Zinsen sinken.",
            "Frankfurt am Main, 2. Juni 2026 (dpa) –",
        ),
        ("Moskau/Brüssel – Russland hat der EU mit Gegenmaßnahmen gedroht.", "Moskau/Brüssel –"),
    ],
)
def test_press_dateline(text: str, dateline: str) -> None:
    segments = layout(text)
    assert segments[0] == ("dateline", dateline)
    assert [kind for kind, _text in segments[1:]] == ["body"]


@pytest.mark.parametrize(
    "text",
    [
        "Berlin, die Hauptstadt, ist groß. Das ist so.",
        "Am 3. Oktober 2025 wurde gefeiert. Das war gut.",
        "Hallo, 3. Mai – es geht los.",
        "EU-Gipfel. Die Staaten tagen.",
        "Und/oder – Die Frage bleibt offen.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert all(kind == "body" for kind, _text in layout(text))


def test_dateline_place_is_no_speaker_mention() -> None:
    text = "Berlin, 12. März 2026. Die Bundesregierung hat heute ein Entlastungspaket beschlossen."
    analysis = polittext.analyze(text)
    mentions = [m.text for speaker in analysis.speakers for m in speaker.mentions]
    assert "Berlin" not in mentions
