"""Quote cues in news, session 14 (issue #4): which cue frames which quote.

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

# --- words that go on a framed quote share its cue ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A quotation after a reported sentence goes on the quotation before it:
            # the minister still speaks under "sagte".
            "Die Ministerin sagte: „Wir werden die Schulen sanieren.“ Das Geld sei "
            "vorhanden. „Aber wir brauchen Zeit.“",
            [
                ("direct", "Wir werden die Schulen sanieren.", "sagte", "Die Ministerin"),
                ("reported", "Das Geld sei vorhanden.", None, "Die Ministerin"),
                ("direct", "Aber wir brauchen Zeit.", "sagte", "Die Ministerin"),
            ],
        ),
        (
            # Words quoted inside the reported sentence that continues an indirect
            # quote are the chancellor's, said under "erklärte"; the reported
            # sentence itself has no cue.
            "Der Kanzler erklärte, die Regierung wolle handeln. Sie werde „keine halben "
            "Sachen“ machen.",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("reported", "Sie werde „keine halben Sachen“ machen.", None, "Der Kanzler"),
                ("mixed", "keine halben Sachen", "erklärte", "Der Kanzler"),
            ],
        ),
    ],
)
def test_continuing_words_share_the_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # After an indirect message a quotation is a statement of its own: no cue.
            "Der Kanzler erklärte, die Regierung wolle handeln. „Wir haben keine Zeit "
            "zu verlieren.“",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("direct", "Wir haben keine Zeit zu verlieren.", None, "Der Kanzler"),
            ],
        ),
        (
            # A narrated sentence between breaks the chain: the later quotation is
            # not framed by "sagte".
            "Die Ministerin sagte: „Wir sanieren die Schulen.“ Das Geld sei vorhanden. "
            "Am Abend regnete es in Berlin. „Aber wir brauchen Zeit.“",
            [
                ("direct", "Wir sanieren die Schulen.", "sagte", "Die Ministerin"),
                ("reported", "Das Geld sei vorhanden.", None, "Die Ministerin"),
                ("direct", "Aber wir brauchen Zeit.", None, None),
            ],
        ),
        (
            # The same for quoted words in a reported sentence after the break.
            "Der Kanzler erklärte, die Regierung wolle handeln. Am Abend regnete es in "
            "Berlin. Die Lage sei „sehr ernst“.",
            [
                ("indirect", "die Regierung wolle handeln", "erklärte", "Der Kanzler"),
                ("reported", "Die Lage sei „sehr ernst“.", None, "Der Kanzler"),
                ("mixed", "sehr ernst", None, "Der Kanzler"),
            ],
        ),
    ],
)
def test_broken_or_indirect_chain_gives_no_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- quoted words inside a message are framed by the nearest message's cue ------------


def _mixed(text: str) -> list[Row]:
    return [row for row in rows(text) if row[0] == "mixed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The message of "sagte" lies inside the message of "bestritt": the
            # quoted words are what was said.
            "Der Minister bestritt das, indem er sagte, ein Bündnis werde eine „Achse "
            "Paris-Berlin“ nicht ersetzen.",
            [("mixed", "Achse Paris-Berlin", "sagte", "Der Minister")],
        ),
        (
            # "ausgehe" is a verb of the reported relative clause, not a frame of
            # the quoted words: "sagte" frames them.
            "Der Verband sagte, die Gefahr, die von dem „maroden Netz“ ausgehe, sei groß.",
            [("mixed", "maroden Netz", "sagte", "Verband")],
        ),
        (
            # Counter-example: a judgement of one's own frames its quoted word.
            "Die Ministerin sagte, die Reform sei nötig. Der Verband bezeichnete sie als „Irrweg“.",
            [("mixed", "Irrweg", "bezeichnete", "Verband")],
        ),
    ],
)
def test_quoted_words_take_the_nearest_message_cue(text: str, expected: list[Row]) -> None:
    assert _mixed(text) == expected


def test_relative_clause_verb_is_no_cue() -> None:
    # Fixed in session 15: the verb of the subject's relative clause frames nothing
    # after it, and the Konjunktiv after the relative clause marks the message.
    text = "Der Verband sagte, die Gefahr, die von dem „maroden Netz“ ausgehe, sei groß."
    assert rows(text) == [
        (
            "indirect",
            "die Gefahr, die von dem „maroden Netz“ ausgehe, sei groß",
            "sagte",
            "Verband",
        ),
        ("mixed", "maroden Netz", "sagte", "Verband"),
    ]


# --- a source phrase after a framed quotation is a cue of its own ---------------------


def _cues(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(kind, cue, speaker) for kind, _message, cue, speaker in rows(text)]


def test_laut_after_a_framed_quotation() -> None:
    # The spokesman said it; Spiegel Online reports that he did: two cues, even
    # when the quotation makes up most of the sentence.
    text = (
        "„Wir werden die Verhandlungen über den Haushalt noch in dieser Woche "
        "abschließen“, sagte der Sprecher laut Spiegel Online."
    )
    assert _cues(text) == [
        ("indirect", "laut", "Spiegel Online"),
        ("direct", "sagte", "der Sprecher"),
    ]


def test_laut_before_a_quotation_frames_it() -> None:
    # Counter-example: the quotation is the whole message of the phrase, one quote.
    assert _cues("Laut Polizei „sind alle Demonstranten wieder frei“.") == [
        ("direct", "Laut", "Polizei")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="the message of a source phrase at the end of a sentence runs to the sentence's "
    "end and takes in the phrase itself ('…, sagte der Sprecher laut Spiegel Online')",
)
def test_laut_message_ends_before_the_phrase() -> None:
    text = "„Das ist ein Skandal“, sagte der Sprecher laut Spiegel Online."
    assert rows(text)[0][1] == "„Das ist ein Skandal“, sagte der Sprecher"


# --- a relative source phrase is the cue of the report it opens -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The studies say the therapy works; "verwies" only points to them.
            "Der Verband verwies auf Studien der Universität, nach denen die Therapie wirksam sei.",
            ("indirect", "die Therapie wirksam sei", "nach"),
        ),
        (
            "Der Abgeordnete berief sich auf Grundsätze, denen zufolge jeder als unschuldig gelte.",
            ("indirect", "jeder als unschuldig gelte", "zufolge"),
        ),
        (
            # "nach dem" before the subject's article: a relative clause.
            "Die Zeitung veröffentlichte einen Bericht, nach dem der Minister zurücktreten wolle.",
            ("indirect", "der Minister zurücktreten wolle", "nach"),
        ),
        (
            # Counter-example: "nach dem Spiel" is a time in the message of "erklärte".
            "Er erklärte, nach dem Spiel sei er müde gewesen.",
            ("indirect", "nach dem Spiel sei er müde gewesen", "erklärte"),
        ),
    ],
)
def test_relative_source_phrase_is_the_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert [row[:3] for row in rows(text)] == [expected]


# --- quoted words in the bracket of a separable verb of judging ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The accusation itself is quoted, right after the dative object.
            "Die Grünen warfen der Regierung „Wortbruch“ vor.",
            [("mixed", "Wortbruch", "warfen der Regierung „Wortbruch“ vor", "Die Grünen")],
        ),
        (
            "Die Grünen warfen der Regierung unter anderem „Wortbruch“ vor.",
            [
                (
                    "mixed",
                    "Wortbruch",
                    "warfen der Regierung unter anderem „Wortbruch“ vor",
                    "Die Grünen",
                )
            ],
        ),
    ],
)
def test_quoted_object_inside_verb_bracket(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_quoted_name_outside_a_judging_bracket_is_no_quote() -> None:
    # Counter-example: "stellte … vor" is no verb of judging; the quoted words
    # are the name of a programme.
    assert rows("Die Ministerin stellte am Montag das Programm „Schule digital“ vor.") == []


# --- "dass" right after a cue verb, without its comma -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Minister hoffte dass die Verhandlungen bald enden.",
            [("indirect", "dass die Verhandlungen bald enden", "hoffte", "Der Minister")],
        ),
        (
            # A separable verb: "dass" follows the particle.
            "Der Sprecher räumte ein dass Fehler gemacht wurden.",
            [("indirect", "dass Fehler gemacht wurden", "räumte ein", "Der Sprecher")],
        ),
    ],
)
def test_dass_without_comma_after_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_so_dass_is_no_message() -> None:
    # Counter-example: no cue verb stands right before "dass" ("so dass").
    assert rows("Es regnete stark, so dass das Spiel ausfiel.") == []


# --- fixed phrases of a light verb as cues ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Minister machte deutlich, dass die Reform kommen werde.",
            ("indirect", "dass die Reform kommen werde", "machte deutlich"),
        ),
        (
            "Der Verband gab zu bedenken, dass die Kosten steigen könnten.",
            ("indirect", "dass die Kosten steigen könnten", "gab zu bedenken"),
        ),
        (
            "Der Kanzler brachte zum Ausdruck, dass er enttäuscht sei.",
            ("indirect", "dass er enttäuscht sei", "brachte zum Ausdruck"),
        ),
        (
            "Die Opposition stellte infrage, dass die Reform wirke.",
            ("indirect", "dass die Reform wirke", "stellte infrage"),
        ),
    ],
)
def test_light_verb_phrases_are_cues(text: str, expected: tuple[str, str, str]) -> None:
    assert [row[:3] for row in rows(text)] == [expected]


def test_adverb_deutlich_makes_no_cue() -> None:
    # Counter-example: "deutlich" as an adverb inside the clause is no particle;
    # only "sagte" frames the message.
    text = "Die Firma machte deutlich mehr Umsatz als im Vorjahr, sagte der Chef."
    assert [row[2] for row in rows(text)] == ["sagte"]
