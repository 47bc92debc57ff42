"""Reported and free-indirect quotes in news, session 14 (issue #4): recall.

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are; a known failure is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

# --- a narrative report in a sentence that has other quotes: the cue's clause ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The union's judgement is reported in the first main clause; the
            # association's appeal has its own message, a zu-infinitive.
            "Die Gewerkschaft stufte den Tarifvertrag als unzureichend ein, und der Verband "
            "rief die Regierung auf, die Löhne zu erhöhen.",
            [
                (
                    "reported",
                    "Die Gewerkschaft stufte den Tarifvertrag als unzureichend ein",
                    None,
                    "Gewerkschaft",
                ),
                ("indirect", "die Löhne zu erhöhen", "rief die Regierung auf", "Verband"),
            ],
        ),
        (
            # A subordinate clause with its verb last that opens the sentence: only
            # that clause reports what the police said.
            "Während die Polizei von einer friedlichen Kundgebung sprach, meldeten die "
            "Veranstalter mehrere Verletzte.",
            [
                (
                    "reported",
                    "Während die Polizei von einer friedlichen Kundgebung sprach",
                    None,
                    "Polizei",
                ),
            ],
        ),
        (
            # "Seit" is a preposition here, not a conjunction: the whole sentence.
            "Seit Monaten fordert der Landrat eine neue Brücke über den Fluss.",
            [
                (
                    "reported",
                    "Seit Monaten fordert der Landrat eine neue Brücke über den Fluss.",
                    None,
                    "der Landrat",
                ),
            ],
        ),
        (
            # A sentence without other quotes stays one report, as before.
            "Die Polizei sprach von einer friedlichen Demonstration.",
            [
                (
                    "reported",
                    "Die Polizei sprach von einer friedlichen Demonstration.",
                    None,
                    "Polizei",
                )
            ],
        ),
    ],
)
def test_narrative_report_clause(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The quotation is the object of "nannte": no report of its own beside
            # the quoted word and the relative clause in Konjunktiv.
            "Der Abgeordnete nannte den Entwurf einen „Schnellschuss“, über den man reden müsse.",
            [
                ("mixed", "Schnellschuss", "nannte", "Der Abgeordnete"),
                ("indirect", "über den man reden müsse", "nannte", "Der Abgeordnete"),
            ],
        ),
        (
            # The source phrase's clause lies between the subject and "fordert": the
            # demand keeps no clause of its own with its subject.
            "Die Opposition, die laut Umfragen deutlich zulegt, fordert Neuwahlen.",
            [("indirect", "die laut Umfragen deutlich zulegt", "laut", "Umfragen")],
        ),
        (
            # The demand would take in the cue of the quotation ("gesagt").
            "„Der Bericht ist unvollständig“, hatte die Ministerin gesagt und eine "
            "Prüfung verlangt.",
            [
                (
                    "direct",
                    "Der Bericht ist unvollständig",
                    "gesagt",
                    "die Ministerin",
                )
            ],
        ),
        (
            # A plain "kritisierte X" is an act, not a report of what was said (the news
            # annotation leaves it out; with "als …" it carries a judgement).
            "Die Ministerin kritisierte die Entscheidung.",
            [],
        ),
    ],
)
def test_no_narrative_report(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="the message of 'warf … vor' runs on into the next coordinated main clause "
    "('und der Kanzler erklärte, …'), so the reproach finds no clause of its own",
)
def test_reproach_before_coordinated_statement() -> None:
    text = "Die Opposition warf der Regierung Untätigkeit vor, und der Kanzler erklärte, er werde handeln."
    assert rows(text) == [
        ("reported", "Die Opposition warf der Regierung Untätigkeit vor", None, "Opposition"),
        ("indirect", "er werde handeln", "erklärte", "der Kanzler"),
    ]


# --- continuation: Konjunktiv and reportative "soll" are separate quotes -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The report in Konjunktiv goes on, then changes to the reportative "soll":
            # two quotes of the same speaker.
            "Der Sprecher der Feuerwehr sagte, das Feuer sei gelöscht. Die Brandursache sei "
            "noch unklar. Ein Kurzschluss soll den Brand ausgelöst haben.",
            [
                ("indirect", "das Feuer sei gelöscht", "sagte", "Der Sprecher"),
                ("reported", "Die Brandursache sei noch unklar.", None, "Der Sprecher"),
                (
                    "free_indirect",
                    "Ein Kurzschluss soll den Brand ausgelöst haben.",
                    None,
                    "Der Sprecher",
                ),
            ],
        ),
        (
            # Counter-example: two sentences in Konjunktiv form one quote.
            "Der Sprecher der Feuerwehr sagte, das Feuer sei gelöscht. Die Brandursache sei "
            "noch unklar. Verletzt worden sei niemand.",
            [
                ("indirect", "das Feuer sei gelöscht", "sagte", "Der Sprecher"),
                (
                    "reported",
                    "Die Brandursache sei noch unklar. Verletzt worden sei niemand.",
                    None,
                    "Der Sprecher",
                ),
            ],
        ),
        (
            # Counter-example: two sentences with "soll" form one quote.
            "Die Staatsanwaltschaft teilte mit, der Mann sei festgenommen worden. Er soll "
            "mehrere Geschäfte überfallen haben. Die Beute soll gering gewesen sein.",
            [
                (
                    "indirect",
                    "der Mann sei festgenommen worden",
                    "teilte mit",
                    "Staatsanwaltschaft",
                ),
                (
                    "free_indirect",
                    "Er soll mehrere Geschäfte überfallen haben. Die Beute soll gering "
                    "gewesen sein.",
                    None,
                    "Staatsanwaltschaft",
                ),
            ],
        ),
    ],
)
def test_continuation_kinds(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a cue verb in the Konjunktiv I perfect is itself reported -----------------------


def test_konjunktiv_perfect_cue_continues() -> None:
    # "habe sich … beklagt" is what the paper reports, so the report goes on through it.
    text = (
        "Die Zeitung berichtete, der Minister sei zurückgetreten. Er habe sich über die "
        "Kampagne gegen ihn beklagt. Die Vorwürfe seien haltlos."
    )
    assert rows(text) == [
        ("indirect", "der Minister sei zurückgetreten", "berichtete", "Die Zeitung"),
        (
            "reported",
            "Er habe sich über die Kampagne gegen ihn beklagt. Die Vorwürfe seien haltlos.",
            None,
            "Die Zeitung",
        ),
    ]


def test_indicative_perfect_cue_stops() -> None:
    # Counter-example: "hat sich … beklagt" is the narrator's; the paper's report ends
    # there, and the next sentence in Konjunktiv is the minister's complaint.
    text = (
        "Die Zeitung berichtete, der Minister sei zurückgetreten. Er hat sich über die "
        "Kampagne gegen ihn beklagt. Die Vorwürfe seien haltlos."
    )
    assert rows(text) == [
        ("indirect", "der Minister sei zurückgetreten", "berichtete", "Die Zeitung"),
        ("reported", "Die Vorwürfe seien haltlos.", None, "Er"),
    ]
