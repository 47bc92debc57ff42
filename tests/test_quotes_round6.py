"""Quote cues and messages, sixth round (issue #4).

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import Row, rows

# --- an inverted clause after the quotation: auxiliary, subject, participle ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir werden die Steuern nicht erhöhen“, wird der Kanzler in der Zeitung zitiert.",
            [("direct", "Wir werden die Steuern nicht erhöhen", "zitiert", "der Kanzler")],
        ),
        (
            "„Das Gutachten ist fehlerhaft“, hatte die Ministerin damals gesagt.",
            [("direct", "Das Gutachten ist fehlerhaft", "gesagt", "die Ministerin")],
        ),
        (
            # The first conjunct's participle, not the second verb's.
            "„Das Gutachten ist fehlerhaft“, hatte die Ministerin gesagt und eine "
            "Prüfung verlangt.",
            [("direct", "Das Gutachten ist fehlerhaft", "gesagt", "die Ministerin")],
        ),
    ],
)
def test_quotation_then_auxiliary_and_participle(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted title as the subject of a passive: no one speaks.
        ("„Der Film“ wird im Kino gezeigt.", []),
        # A quoted newspaper name as the subject: a narrative report, no direct quote.
        (
            "„Die Zeit“ hatte zuerst über den Fall berichtet.",
            [("reported", "„Die Zeit“ hatte zuerst über den Fall berichtet.", None, "Die Zeit")],
        ),
    ],
)
def test_quoted_name_before_auxiliary_is_no_framed_quote(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- postposed "nach": "seiner Meinung nach", "dem Vernehmen nach" -----------------


def test_dem_vernehmen_nach() -> None:
    text = "Dem Vernehmen nach soll der Minister bald zurücktreten."
    assert rows(text) == [
        ("indirect", "soll der Minister bald zurücktreten", "Vernehmen nach", None)
    ]


def test_postposed_nach_inside_a_relative_clause() -> None:
    text = (
        "Die Ministerin forderte eine Untersuchung des Angriffs, bei dem es sich ihrer "
        "Meinung nach um ein Kriegsverbrechen handle."
    )
    # Session 14: the demand in the main clause is a narrative report of its own (as
    # "Die Ministerin forderte eine Untersuchung des Angriffs." alone is), the clause
    # up to the relative clause with its own source phrase.
    assert rows(text) == [
        (
            "reported",
            "Die Ministerin forderte eine Untersuchung des Angriffs",
            None,
            "Die Ministerin",
        ),
        (
            "indirect",
            "bei dem es sich ihrer Meinung nach um ein Kriegsverbrechen handle",
            "Meinung nach",
            "ihrer Meinung",
        ),
    ]


def test_direct_quote_framed_by_a_postposed_source_phrase() -> None:
    text = "Seiner Ansicht nach „sind wir Zeugen eines historischen Tages“."
    assert rows(text) == [
        ("direct", "sind wir Zeugen eines historischen Tages", "Ansicht nach", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "nach dem Vernehmen" with a genitive: the hearing of witnesses, a time.
        "Nach dem Vernehmen der Zeugen vertagte sich das Gericht.",
        # A possessive and a noun before "nach" that is a preposition of its own.
        "Er richtete sich ganz nach seinem Wunsch nach Ruhe.",
        "Die Kinder spielten nach dem Essen im Garten.",
    ],
)
def test_nach_without_a_source(text: str) -> None:
    assert rows(text) == []


# --- clauses after a cue that are no message ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # An open question after a verb of deciding.
        "Der Minister wollte sich nicht festlegen, ob die Steuer kommt.",
        "Das Gericht entscheidet, ob die Haft verlängert wird.",
        # A "wie"-clause of the noun before the comma.
        "Die Kommission kritisierte die Art und Weise, wie das Gesetz verabschiedet wurde.",
        # A sentential relative "was" after a noun.
        "Die Kommission kritisierte die Rolle des Ministers, was eine heftige Reaktion auslöste.",
    ],
)
def test_no_message_after_the_comma(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A decision reported with "dass" is a message.
        (
            "Das Gericht entschied, dass die Haft verlängert wird.",
            [("indirect", "dass die Haft verlängert wird", "entschied", "Das Gericht")],
        ),
        # A question: "was" after a verb of asking.
        (
            "Die Reporterin fragte, was die Regierung nun plane.",
            [("indirect", "was die Regierung nun plane", "fragte", "Die Reporterin")],
        ),
        # "wie" right after the verb: an exclamative message.
        (
            "Die Ministerin betonte, wie wichtig der Schutz der Daten sei.",
            [("indirect", "wie wichtig der Schutz der Daten sei", "betonte", "Die Ministerin")],
        ),
    ],
)
def test_messages_after_the_comma_stay(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a relative clause inside a report before an inverted cue -----------------------


def test_relative_clause_inside_a_report_before_hiess_es() -> None:
    text = "Es habe noch Hohlräume gegeben, zu denen die Helfer nicht vordringen konnten, hieß es."
    assert rows(text) == [
        (
            "indirect",
            "Es habe noch Hohlräume gegeben, zu denen die Helfer nicht vordringen konnten",
            "hieß",
            None,
        )
    ]


def test_fronted_object_with_relative_clause_is_no_message() -> None:
    assert rows("Den Plan, den die Regierung vorgelegt hat, kritisierte sie scharf.") == []


# --- the verb of a closed relative clause does not frame a later quotation -----------


def test_relative_clause_verb_is_not_the_cue() -> None:
    text = (
        "Milinkewitsch kritisierte die Handlungsweise des Mannes, der zum Sturm des "
        "Gefängnisses aufgerufen haben soll, als „Provokation, die der Regierung gelegen kam“."
    )
    assert rows(text) == [
        ("direct", "Provokation, die der Regierung gelegen kam", "kritisierte", "Milinkewitsch")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Ministerin, die den Bericht vorgestellt hatte, sagte: „Wir handeln jetzt.“",
            [("direct", "Wir handeln jetzt.", "sagte", "Die Ministerin")],
        ),
        # A relative clause that opens the quotation with a colon frames it.
        (
            "Tausende Demonstranten, die unter anderem skandierten: „Gebt uns unsere "
            "Stimmen zurück!“",
            [("direct", "Gebt uns unsere Stimmen zurück!", "skandierten", "die")],
        ),
        # A cue inside the message, not in a relative clause, frames the quotation.
        (
            "Er sagte, die Behörde habe erklärt: „Wir handeln jetzt.“",
            [
                ("indirect", "die Behörde habe erklärt", "sagte", "Er"),
                ("direct", "Wir handeln jetzt.", "erklärt", "Behörde"),
            ],
        ),
    ],
)
def test_cues_outside_relative_clauses_stay(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- "so X weiter:" frames the quotation after the colon -----------------------------


def test_so_phrase_before_a_colon_frames_the_quotation() -> None:
    text = "Die Lage sei ernst, so Müller weiter: „Wir müssen handeln.“"
    assert rows(text) == [
        ("indirect", "Die Lage sei ernst", "so", "Müller"),
        ("direct", "Wir müssen handeln.", "so", "Müller"),
    ]


def test_quotation_in_the_next_sentence_keeps_no_cue() -> None:
    text = "Die Lage sei ernst, sagte Müller. „Wir müssen handeln.“"
    assert rows(text) == [
        ("indirect", "Die Lage sei ernst", "sagte", "Müller"),
        ("direct", "Wir müssen handeln.", None, "Müller"),
    ]


# --- one inverted cue between two reported clauses frames both ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage sei ernst, sagte Müller, man müsse jetzt handeln.",
            [
                ("indirect", "Die Lage sei ernst", "sagte", "Müller"),
                ("indirect", "man müsse jetzt handeln", "sagte", "Müller"),
            ],
        ),
        (
            "Sie sei vollkommen geschockt über das Geschehen, sagte die Königin, ihre "
            "Gedanken seien bei allen Betroffenen.",
            [
                (
                    "indirect",
                    "Sie sei vollkommen geschockt über das Geschehen",
                    "sagte",
                    "die Königin",
                ),
                ("indirect", "ihre Gedanken seien bei allen Betroffenen", "sagte", "die Königin"),
            ],
        ),
        # No second message: the subject's next verb follows, not a report.
        (
            "Die Lage sei ernst, sagte Müller und verließ den Saal.",
            [("indirect", "Die Lage sei ernst", "sagte", "Müller")],
        ),
    ],
)
def test_cue_between_two_reported_clauses(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- "Das räumte X ein." after a quotation: its cue too, not only its speaker --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Ja, es gibt Zumutungen.“ Das räumte der Minister zu Beginn der Debatte ein.",
            [
                (
                    "direct",
                    "Ja, es gibt Zumutungen.",
                    "räumte der Minister zu Beginn der Debatte ein",
                    "der Minister",
                )
            ],
        ),
        (
            "„Ja, es gibt Zumutungen.“ Das musste der Minister zu Beginn der Debatte einräumen.",
            [("direct", "Ja, es gibt Zumutungen.", "einräumen", "der Minister")],
        ),
    ],
)
def test_anaphoric_cue_in_the_next_sentence(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_next_sentence_without_anaphor_gives_no_cue() -> None:
    text = "„Ja, es gibt Zumutungen.“ Der Minister räumte zu Beginn der Debatte Fehler ein."
    assert rows(text) == [("direct", "Ja, es gibt Zumutungen.", None, None)]


# --- a quotation inside a source phrase's message takes the nearer cue ---------------


def test_quotation_inside_a_source_phrase_message_takes_its_cue() -> None:
    text = (
        "Stork fordert eine Untersuchung des Angriffs, bei dem es sich seiner Meinung nach "
        "um einen „entsetzlichen Angriff auf Zivilisten“ handle."
    )
    assert rows(text) == [
        (
            "indirect",
            "bei dem es sich seiner Meinung nach um einen „entsetzlichen Angriff auf "
            "Zivilisten“ handle",
            "Meinung nach",
            "seiner Meinung",
        ),
        ("mixed", "entsetzlichen Angriff auf Zivilisten", "Meinung nach", "seiner Meinung"),
    ]


def test_quotation_framed_by_the_main_cue_keeps_it() -> None:
    text = "Er sagte, die Behörde habe „alle Möglichkeiten ausgeschöpft“."
    assert rows(text) == [
        ("indirect", "die Behörde habe „alle Möglichkeiten ausgeschöpft“", "sagte", "Er"),
        ("mixed", "alle Möglichkeiten ausgeschöpft", "sagte", "Er"),
    ]


@pytest.mark.parametrize(
    ("text", "message", "cue"),
    [
        (
            "Und wie der Minister mitteilte, sollen die Kontrollen verlängert werden.",
            "sollen die Kontrollen verlängert werden",
            "mitteilte",
        ),
        (
            "Aber wie die Sprecherin sagte, sei noch nichts entschieden.",
            "sei noch nichts entschieden",
            "sagte",
        ),
    ],
)
def test_wie_clause_after_an_opening_conjunction(text: str, message: str, cue: str) -> None:
    quotes = polittext.analyze(text).quotes
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [(message, cue)]


def test_und_wie_without_a_cue_is_no_quote() -> None:
    assert polittext.analyze("Und wie immer sagte der Minister nichts.").quotes == ()
