"""Behaviour found by running our own German texts: short surnames with noun
endings (Jung, Lenz), plural Konjunktiv II continuing reported speech."""

from __future__ import annotations

import pytest

import polittext
from polittext.entities import could_be_surname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Die Lage ist angespannt“, sagte Präsident Burkhard Jung.", "Burkhard Jung"),
        ("Der Schriftsteller Siegfried Lenz sagte, die Lage sei ernst.", "Siegfried Lenz"),
        (
            "Verteidigungsminister Franz Josef Jung erklärte, die Mission sei sicher.",
            "Franz Josef Jung",
        ),
    ],
)
def test_a_short_surname_with_a_noun_ending_after_a_given_name(text: str, name: str) -> None:
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == name


def test_without_a_name_before_it_the_noun_ending_still_counts() -> None:
    assert not could_be_surname("Jung")
    assert not could_be_surname("Verhandlung", after_name=True)
    assert could_be_surname("Jung", after_name=True)


@pytest.mark.parametrize(
    "second",
    [
        "Die Kommunen bräuchten mehr Geld vom Bund.",
        "Die Länder müssten sich stärker beteiligen.",
        "Die Städte hätten keine Reserven mehr.",
    ],
)
def test_a_plural_konjunktiv_two_continues_reported_speech(second: str) -> None:
    # The plural Konjunktiv I of these verbs is the indicative, so the
    # Konjunktiv II stands in for it: the sentence continues Jung's words.
    text = f"„Die Lage ist angespannt“, sagte Präsident Burkhard Jung. {second}"
    quotes = polittext.attribute_quotes(text)
    assert [q.kind.value for q in quotes] == ["direct", "reported"]
    assert quotes[1].content.text == second
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.name == "Burkhard Jung"


def test_a_source_name_in_quotation_marks_is_a_title_not_a_person() -> None:
    text = "Nach Informationen des „Spiegel“ erwägt die Bundesregierung, Vermögen zu nutzen."
    [source, _own] = polittext.attribute_quotes(text)
    assert source.speaker is not None
    assert source.speaker.name == "Spiegel"
    assert source.speaker.kind.value == "organisation"


def test_the_dateline_city_is_no_mention_of_a_speaker() -> None:
    # "Moskau" says where the report was filed; the Kremlin speaks.
    text = "Moskau, 3. März 2026\n\nDer Kreml erklärte, man sei gesprächsbereit."
    [speaker] = polittext.detect_speakers(text)
    assert [m.text for m in speaker.mentions] == ["Kreml"]
