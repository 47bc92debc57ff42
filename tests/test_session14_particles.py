"""Session 14: the particle that ends the message after a cue verb's comma belongs to the
message's own verb (``sagte, die Arbeit gehe weiter``), not to the cue (``weitersagen``).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import polittext


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Petra Lenz sagte, die Arbeit gehe weiter.", "die Arbeit gehe weiter"),
        ("Petra Lenz sagte, die Prüfung dauere an.", "die Prüfung dauere an"),
        (
            "Die Abgeordnete Petra Lenz, die den Ausschuss leitet, sagte, die Prüfung dauere an.",
            "die Prüfung dauere an",
        ),
        ("Er teilte mit, die Gespräche gingen weiter.", "die Gespräche gingen weiter"),
    ],
)
def test_particle_of_the_message_verb(text: str, message: str) -> None:
    quotes = polittext.analyze(text).quotes
    assert [q.content.text for q in quotes] == [message]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text.startswith(("sagte", "teilte"))


def test_separable_cue_still_found() -> None:
    quote = polittext.analyze("Der Minister kündigte an, die Steuer zu senken.").quotes[0]
    assert quote.cue is not None
    assert quote.cue.text == "kündigte an"


def test_separable_cue_around_an_inserted_clause() -> None:
    text = (
        "Der Minister warf Obama, nachdem dieser die Hilfen gestoppt hatte, vor, er habe die "
        "Ukraine verraten."
    )
    quotes = polittext.analyze(text).quotes
    assert [q.content.text for q in quotes] == ["er habe die Ukraine verraten"]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text.startswith("warf")
    assert quotes[0].cue.text.endswith("vor")


@pytest.mark.xfail(
    strict=True,
    reason="the participle of the inserted clause ('als sie … gefragt wurde') is taken as a "
    "cue of its own and opens a second, wrong message",
)
def test_inserted_clause_gives_no_cue_of_its_own() -> None:
    text = "Die Ministerin wies, als sie nach den Kosten gefragt wurde, darauf hin, dass das Geld fehle."
    assert [q.content.text for q in polittext.analyze(text).quotes] == ["dass das Geld fehle"]


def test_wie_erwartet_is_no_cue() -> None:
    # "wie erwartet" with no one who expects is an aside; "wie der Minister erwartet" is
    # the minister's view.
    text = "Der Kanzler kündigte, wie erwartet, an, die Steuern zu senken."
    quotes = polittext.analyze(text).quotes
    assert [q.content.text for q in quotes] == ["die Steuern zu senken"]
    quotes = polittext.analyze("Die Steuern steigen, wie der Minister erwartet.").quotes
    assert [q.content.text for q in quotes] == ["Die Steuern steigen"]
