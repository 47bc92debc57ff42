"""Quotes, round 7 (lead): a Konjunktiv-I message that opens with a preposition
that may also open a purpose clause (``ohne``, ``um``, ``statt``), and a dative
recipient after the cue (``sagte der Süddeutschen Zeitung``) that is no speaker.

Every expectation was written from reading the German sentence.
"""

from __future__ import annotations

import pytest

import polittext


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """Message and speaker name of every quote of ``text`` (offsets checked)."""
    found = []
    for quote in polittext.attribute_quotes(text):
        assert quote.content.text == text[quote.content.start : quote.content.end]
        found.append((quote.content.text, quote.speaker.name if quote.speaker else None))
    return found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Dröge sagte, ohne zusätzliche Investitionen verliere Deutschland den Anschluss.",
            "ohne zusätzliche Investitionen verliere Deutschland den Anschluss",
        ),
        (
            "Die Sprecherin erklärte, um 10 Uhr beginne die Sitzung.",
            "um 10 Uhr beginne die Sitzung",
        ),
        (
            "Der Minister sagte, statt neuer Schulden brauche es Reformen.",
            "statt neuer Schulden brauche es Reformen",
        ),
    ],
)
def test_konjunktiv_message_opening_with_a_preposition(text: str, message: str) -> None:
    assert [m for m, _speaker in quotes_of(text)] == [message]


@pytest.mark.parametrize(
    "text",
    [
        "Er verließ den Saal, ohne ein Wort zu sagen.",
        "Die Polizei griff ein, um die Menge zu zerstreuen.",
        "Er kritisierte die Regierung, ohne dass jemand widersprach.",
        "Die Fahne zeigt drei Streifen, anstelle von Gold handelt es sich um Rot.",
    ],
)
def test_purpose_and_indicative_clauses_are_no_message(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dröge sagte der „Süddeutschen Zeitung“, die Lage sei ernst.",
        "Dröge sagte der Deutschen Presse-Agentur, die Lage sei ernst.",
        "Dröge sagte dem „Spiegel“, die Lage sei ernst.",
    ],
)
def test_dative_recipient_after_the_cue_is_no_speaker(text: str) -> None:
    assert quotes_of(text) == [("die Lage sei ernst", "Dröge")]


def test_nominative_after_the_cue_is_the_speaker() -> None:
    text = "Die Lage sei ernst, sagte der britische Premier Keir Starmer."
    assert quotes_of(text) == [("Die Lage sei ernst", "Keir Starmer")]


def test_apposition_of_the_speaker_is_no_message() -> None:
    text = "Die Lage sei ernst, sagte Mark Berg, der Sprecher der Behörde, am Montag."
    assert quotes_of(text) == [("Die Lage sei ernst", "Mark Berg")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Merz sagte, die Preise steigen.", "die Preise steigen"),
        ("Merz sagte, die Lage ist ernst.", "die Lage ist ernst"),
    ],
)
def test_plain_message_after_a_name_stays(text: str, message: str) -> None:
    assert quotes_of(text) == [(message, "Merz")]
