"""Short surnames that end like German nouns (Jung, Lenz) after a given name or role."""

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
