"""Quote messages and their boundaries, seventh round (issue #4).

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

_SAID = "Die Ministerin sagte, die Verhandlungen seien gescheitert."
_SAID_ROW = ("indirect", "die Verhandlungen seien gescheitert", "sagte", "Die Ministerin")


# --- a reported sentence with quoted words in it ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_SAID} Der Bund habe „jedes Maß verloren“.",
            [
                _SAID_ROW,
                ("reported", "Der Bund habe „jedes Maß verloren“.", None, "Die Ministerin"),
                # Session 14: the quoted words of a sentence that continues the report
                # are said under its cue ("sagte"), as the news annotation has it.
                ("mixed", "jedes Maß verloren", "sagte", "Die Ministerin"),
            ],
        ),
        (
            # The quoted words do not end the report: the next sentence goes on.
            f"{_SAID} Der Bund habe „jedes Maß verloren“. Ein Kompromiss sei nicht in Sicht.",
            [
                _SAID_ROW,
                (
                    "reported",
                    "Der Bund habe „jedes Maß verloren“. Ein Kompromiss sei nicht in Sicht.",
                    None,
                    "Die Ministerin",
                ),
                ("mixed", "jedes Maß verloren", "sagte", "Die Ministerin"),
            ],
        ),
    ],
)
def test_reported_sentence_around_quoted_words(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The narrator's indicative around scare quotes: no report.
        (f"{_SAID} Der Bund hat „jedes Maß verloren“.", [_SAID_ROW]),
        # A title in quotation marks in a narrated sentence.
        (f"{_SAID} Danach wurde der Film „Das Boot“ gezeigt.", [_SAID_ROW]),
        # The Konjunktiv only inside the quotation marks says nothing about the
        # sentence around them.
        (f"{_SAID} Der Bund druckte den Satz „es sei vorbei“ auf ein Plakat.", [_SAID_ROW]),
        (
            f"{_SAID} Demonstranten trugen Plakate mit der Aufschrift „es sei genug“ durch "
            "die Stadt.",
            [_SAID_ROW],
        ),
        # A quotation of its own after a colon stays a direct quote.
        (
            f"{_SAID} Sie sei dazu verpflichtet: „Wir müssen handeln.“",
            [_SAID_ROW, ("direct", "Wir müssen handeln.", None, "Die Ministerin")],
        ),
    ],
)
def test_quoted_words_in_narration_stay_out(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a conditional in Konjunktiv II is the narrator's hypothesis ----------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{_SAID} Sollte der Bund nachgeben, könnte die Reform doch noch kommen.",
        f"{_SAID} Die Reform könnte sich verzögern, wenn der Bund nicht nachgibt.",
    ],
)
def test_conditional_does_not_continue_a_report(text: str) -> None:
    assert rows(text) == [_SAID_ROW]


@pytest.mark.parametrize(
    "text",
    [
        # The plural Konjunktiv II standing in for Konjunktiv I still continues.
        f"{_SAID} Die Länder hätten keinen Kompromiss angeboten.",
        # A condition in Konjunktiv I is reported speech, not a hypothesis.
        f"{_SAID} Wenn der Bund nicht nachgebe, sei die Reform tot.",
    ],
)
def test_reported_condition_continues(text: str) -> None:
    second = text[len(_SAID) + 1 :]
    assert rows(text) == [_SAID_ROW, ("reported", second, None, "Die Ministerin")]


# --- the clause before an inverted cue: brackets and relative clauses -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A bracket closes right before the cue's comma.
            "Die Stadt plane ein Hilfsprogramm (rund 500 Millionen Euro), sagte "
            "Bürgermeisterin Anna Berg.",
            [
                (
                    "indirect",
                    "Die Stadt plane ein Hilfsprogramm (rund 500 Millionen Euro)",
                    "sagte",
                    "Anna Berg",
                )
            ],
        ),
        (
            # A relative clause after a finite verb belongs to the message.
            "Die Stadt hat eine Brücke gebaut, die doppelt so lang ist wie die alte, "
            "erklärte Bürgermeisterin Anna Berg.",
            [
                (
                    "indirect",
                    "Die Stadt hat eine Brücke gebaut, die doppelt so lang ist wie die alte",
                    "erklärte",
                    "Anna Berg",
                )
            ],
        ),
    ],
)
def test_clause_before_inverted_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause after the subject's noun: the verb is the subject's.
        ("Die Partei, die in Umfragen zulegt, fordert die Regierung zum Rücktritt auf.", []),
        # A semicolon ends the clause before: the verb there says nothing of the
        # relative clause after it.
        ("Die Rückmeldungen waren positiv; diejenigen, die dabei waren, bestätigten das.", []),
        (
            "Der Vorstand, der seit Jahren umstritten ist, kündigte seinen Rücktritt an.",
            [
                (
                    "reported",
                    "Der Vorstand, der seit Jahren umstritten ist, kündigte seinen Rücktritt an.",
                    None,
                    "Der Vorstand",  # a definite description keeps its article
                )
            ],
        ),
    ],
)
def test_relative_clause_of_the_subject_is_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a narrated main clause with a reported clause after it ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 16: Konjunktiv in a causal or relative clause after a narrated main
        # clause gives the reason as the main clause's subject's ("Er fehlte, weil er
        # krank sei": his claim), so the Länder speak, not the Ministerin before.
        (
            f"{_SAID} Die Länder blockieren den Plan, weil er zu teuer sei.",
            [_SAID_ROW, ("reported", "weil er zu teuer sei.", None, "Länder")],
        ),
        (
            f"{_SAID} Die Länder blockieren den Plan, der zu teuer sei.",
            [_SAID_ROW, ("reported", "der zu teuer sei.", None, "Länder")],
        ),
        (
            # The narrator's clause ends the report before it: two quotes.
            f"{_SAID} Der Bund habe nichts getan. Die Länder blockieren den Plan, weil er "
            "zu teuer sei.",
            [
                _SAID_ROW,
                ("reported", "Der Bund habe nichts getan.", None, "Die Ministerin"),
                ("reported", "weil er zu teuer sei.", None, "Länder"),
            ],
        ),
    ],
)
def test_reported_clause_after_narration(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A relative clause in the prefield: the main clause is reported too.
            f"{_SAID} Personen, die Geflügel halten, seien besonders zu schützen.",
            [
                _SAID_ROW,
                (
                    "reported",
                    "Personen, die Geflügel halten, seien besonders zu schützen.",
                    None,
                    "Die Ministerin",
                ),
            ],
        ),
        # The indicative throughout: no report.
        (f"{_SAID} Die Länder blockieren den Plan, weil er zu teuer ist.", [_SAID_ROW]),
    ],
)
def test_reported_main_clause_stays_whole(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a relative clause in Konjunktiv I after the cue's object -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei sprach von einem Täter, der sich in die Luft gesprengt habe.",
            [("indirect", "der sich in die Luft gesprengt habe", "sprach", "Polizei")],
        ),
        (
            "Der Verband verwies auf die Verantwortung, die man gegenüber den Kindern "
            "wahrnehmen müsse.",
            [
                (
                    "indirect",
                    "die man gegenüber den Kindern wahrnehmen müsse",
                    "verwies",
                    "Verband",
                )
            ],
        ),
    ],
)
def test_reported_relative_clause_is_the_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An indicative relative clause is the narrator's: the report is the sentence.
        (
            "Die Polizei berichtete von einem Unfall, der sich am Morgen ereignet hat.",
            [
                (
                    "reported",
                    "Die Polizei berichtete von einem Unfall, der sich am Morgen ereignet hat.",
                    None,
                    "Polizei",
                )
            ],
        ),
        # "Strafe" is a noun here, no Konjunktiv of "strafen".
        (
            "Als Grund nannte der Minister das Gesetz, das die Leugnung unter Strafe stellt.",
            [
                (
                    "reported",
                    "Als Grund nannte der Minister das Gesetz, das die Leugnung unter Strafe "
                    "stellt.",
                    None,
                    "der Minister",
                )
            ],
        ),
        # An evidential cue frames no claim of a speaker.
        ("Die Studie zeigt einen Anstieg, der auf den Klimawandel zurückgehe.", []),
    ],
)
def test_relative_clause_without_report(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a name in quotation marks after a title word in the genitive ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Laut einem Test des Magazins „auto, motor und sport“ gibt es 113 Modelle.",
        "Laut einem Test des Magazines „auto, motor und sport“ gibt es 113 Modelle.",
    ],
)
def test_name_after_genitive_title_word_is_no_quote(text: str) -> None:
    assert all(kind != "mixed" for kind, *_ in rows(text))


def test_quotation_after_genitive_compound_stays_a_quote() -> None:
    # "des Polizeigesetzes" ends in "gesetz", but the quotation is the speaker's words.
    text = (
        "Der Minister sagte, nach der Novelle des Polizeigesetzes werde es „ein "
        "ausgewogenes Gesetz“ geben."
    )
    assert ("mixed", "ein ausgewogenes Gesetz", "sagte", "Der Minister") in rows(text)


# --- a "dass" clause of result after a degree word ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Lokführer sind mit dem Angebot dermaßen unzufrieden, dass sie streiken.", []),
        ("Der Streit hatte sich soweit zugespitzt, dass der Verband einschreiten musste.", []),
        # Without the degree word the clause is what they are unhappy about.
        (
            "Die Lokführer sind unzufrieden, dass das Angebot so niedrig ist.",
            [
                (
                    "indirect",
                    "dass das Angebot so niedrig ist",
                    "unzufrieden",
                    "Die Lokführer",
                )
            ],
        ),
    ],
)
def test_result_clause_is_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
