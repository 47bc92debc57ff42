"""Quote messages and their boundaries, eighth round (issue #4).

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

# --- a second predicate of the frame's subject ends the message ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A finite verb with a linking adverb after the comma: the speaker acts again.
            "Die Ministerin räumte ein, es könnten Stellen wegfallen, sprach aber von "
            "einem offenen Verfahren.",
            [("indirect", "es könnten Stellen wegfallen", "räumte ein", "Die Ministerin")],
        ),
        (
            # A weak past tense after "und" is the narrator's, not the report's.
            "Der Präsident sagte, die Länder müssten mehr sparen und bemühte dabei das "
            "Bild vom sinkenden Schiff.",
            [("indirect", "die Länder müssten mehr sparen", "sagte", "Der Präsident")],
        ),
        (
            # A weak past tense before a lower-case word after the comma.
            "Der Angeklagte erklärte, er sei unschuldig, verweigerte die Aussage zur "
            "Sache und schwieg.",
            [("indirect", "er sei unschuldig", "erklärte", "Der Angeklagte")],
        ),
    ],
)
def test_second_predicate_ends_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Konjunktiv I after the comma goes on with the report.
        (
            "Er sagte, die Lage sei ernst, müsse aber nicht dramatisiert werden.",
            [
                (
                    "indirect",
                    "die Lage sei ernst, müsse aber nicht dramatisiert werden",
                    "sagte",
                    "Er",
                )
            ],
        ),
        # A Konjunktiv I after "und" too.
        (
            "Sie erklärte, der Plan sei fertig und werde morgen vorgestellt.",
            [("indirect", "der Plan sei fertig und werde morgen vorgestellt", "erklärte", "Sie")],
        ),
        # "und" before an adjective and a noun joins two clauses of the message.
        (
            "Sie erklärte, es gebe keine Probleme und erste Ergebnisse lägen vor.",
            [
                (
                    "indirect",
                    "es gebe keine Probleme und erste Ergebnisse lägen vor",
                    "erklärte",
                    "Sie",
                )
            ],
        ),
        # An adverb is no verb: "nämlich dann" goes on with the message.
        (
            "Er sagte, er werde antreten, nämlich dann, wenn niemand sonst kandidiere.",
            [
                (
                    "indirect",
                    "er werde antreten, nämlich dann, wenn niemand sonst kandidiere",
                    "sagte",
                    "Er",
                )
            ],
        ),
    ],
)
def test_second_predicate_counter_examples(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a quotation in brackets right after another one is its translation -------------


def test_bracketed_translation_is_no_quote() -> None:
    text = "Die Behörde fasst sie unter dem Begriff „Fahrendes Volk“ („gens du voyage“) zusammen."
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        # The bracket goes on after the quotation: words of the speaker.
        (
            "Der Minister sagte, die Lage sei „ernst“ („sehr ernst“, wie er betonte).",
            ["ernst", "sehr ernst"],
        ),
        # No quotation before the bracket: a remark of the speaker in brackets.
        (
            "Die Ministerin verließ den Saal („Wir bleiben hart“), sagte ihr Sprecher.",
            ["Wir bleiben hart"],
        ),
    ],
)
def test_bracketed_quotation_counter_examples(text: str, mixed: list[str]) -> None:
    assert [row[1] for row in rows(text) if row[0] == "mixed"] == mixed


# --- a narrator's comment after "wobei", "womit" ends the message -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Rat forderte, alle Daten zu sammeln, wobei diese Aufgabe beim Ministerium liegt.",
            [("indirect", "alle Daten zu sammeln", "forderte", "Der Rat")],
        ),
        (
            "Die Ministerin sagte, sie prüfe die Kosten, womit sich der Ausschuss am Montag "
            "befasste.",
            [("indirect", "sie prüfe die Kosten", "sagte", "Die Ministerin")],
        ),
        # Counter-examples: a Konjunktiv in the comment clause keeps it in the message.
        (
            "Sie erklärte, man habe gewonnen, womit niemand gerechnet habe.",
            [("indirect", "man habe gewonnen, womit niemand gerechnet habe", "erklärte", "Sie")],
        ),
    ],
)
def test_narrator_comment_ends_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
