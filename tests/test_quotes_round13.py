"""Quote speakers and reported continuation, thirteenth round (issue #4).

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import Row, rows

# --- a cue in the active perfect names who goes on speaking ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "hat … angekündigt": the subject spoke, as with "kündigte … an"; the
            # next sentence in Konjunktiv I reports more of it.
            "Die Ministerin hat am Montag eine Reform der Pflege angekündigt. "
            "Sie solle im Mai beginnen und koste zwei Milliarden Euro.",
            [
                (
                    "reported",
                    "Sie solle im Mai beginnen und koste zwei Milliarden Euro.",
                    None,
                    "Die Ministerin",
                )
            ],
        ),
        (
            # The pluperfect, and a Konjunktiv II standing in for Konjunktiv I.
            "Die Gewerkschaft hatte schon im Winter höhere Löhne gefordert. "
            "Die Beschäftigten hätten zu lange verzichtet.",
            [("reported", "Die Beschäftigten hätten zu lange verzichtet.", None, "Gewerkschaft")],
        ),
    ],
)
def test_active_perfect_cue_passes_its_speaker_on(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The passive: the subject was spoken to, it said nothing.
            "Die Ministerin wurde am Montag zu einer Reform der Pflege aufgefordert. "
            "Sie solle im Mai beginnen.",
            [("reported", "Sie solle im Mai beginnen.", None, None)],
        ),
        (
            # An attributive participle is no speech act of the sentence's subject.
            "Die angekündigte Reform der Pflege lässt auf sich warten. Sie solle im Mai beginnen.",
            [("reported", "Sie solle im Mai beginnen.", None, None)],
        ),
    ],
)
def test_no_speaker_from_passive_or_attributive_participles(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a date in apposition is no relative clause before an inverted cue ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er starb am Samstag, den 6. Februar im Alter von 90 Jahren, teilte die Stiftung mit.",
            [
                (
                    "indirect",
                    "Er starb am Samstag, den 6. Februar im Alter von 90 Jahren",
                    "teilte die Stiftung mit",
                    "die Stiftung",
                )
            ],
        ),
        (
            "Der Zug fährt seit Montag, dem 3. Mai, wieder, teilte die Bahn mit.",
            [
                (
                    "indirect",
                    "Der Zug fährt seit Montag, dem 3. Mai, wieder",
                    "teilte die Bahn mit",
                    "die Bahn",
                )
            ],
        ),
    ],
)
def test_date_apposition_before_inverted_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Real relative clauses, also with a cardinal number after the pronoun: the
        # words before the comma are the subject's, no message.
        "Die Sprecherin, die 20 Jahre im Amt war, kritisierte die Pläne.",
        "Der Minister, dem 3 Berater zur Seite stehen, erklärte den Plan.",
    ],
)
def test_relative_clause_with_number_stays_subject(text: str) -> None:
    assert rows(text) == []


# --- "Demnach" refers back to the report named in the sentence before -----------------


def _speaker_mentions(text: str) -> list[list[str]]:
    return [
        [m.text for m in q.speaker.mentions] if q.speaker else []
        for q in polittext.attribute_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # No quote and no cue before: the report or text of the sentence before.
        (
            "Der Flug endete in einem Acker. Inzwischen sind neue Vorwürfe gegen den "
            "Piloten bekannt geworden. Demnach habe er viel zu spät gebremst.",
            "Vorwürfe",
        ),
        (
            "Die Bahn fährt wieder. Inzwischen liegt der Untersuchungsbericht vor. "
            "Demnach war ein Signal defekt.",
            "Untersuchungsbericht",
        ),
        # A cue verb before: its speaker, not the noun it reports ("Ergebnis").
        (
            "Die Wahlkommission gab am Abend das Ergebnis bekannt. Demnach liegt die SPD vorn.",
            "Wahlkommission",
        ),
    ],
)
def test_demnach_refers_to_the_report_before(text: str, mention: str) -> None:
    found = _speaker_mentions(text)
    assert len(found) == 1
    assert mention in found[0]
    assert "Ergebnis" not in found[0]


def test_demnach_after_narration_is_a_conclusion() -> None:
    # After plain narration the adverb means "so": no report, no quote.
    assert rows("Die Partei erreichte nur zwei Prozent. Demnach ist sie nicht im Parlament.") == []


# --- Konjunktiv I around a quotation reports the whole sentence, with no speaker before --


def test_konjunktiv_around_quotation_without_speaker_before() -> None:
    text = (
        "Die Studie erschien am Montag. "
        "Es drohe „eine dramatische Erwärmung von bis zu sechs Grad“."
    )
    assert rows(text) == [
        (
            "reported",
            "Es drohe „eine dramatische Erwärmung von bis zu sechs Grad“.",
            None,
            None,
        ),
        ("direct", "eine dramatische Erwärmung von bis zu sechs Grad", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Indicative around the quotation: the narrator's sentence.
        "Die Studie erschien am Montag. Im Sommer kam es zu einer „dramatischen Hitzewelle“.",
        # The Konjunktiv I is inside the quotation marks only.
        "Die Studie erschien am Montag. Sie trugen Plakate mit der Aufschrift „es sei genug“.",
        # A conditional in Konjunktiv II is no report without a speaker before.
        "Die Studie erschien am Montag. Die Lage wäre „dramatisch“, wenn der Damm bräche.",
    ],
)
def test_no_report_around_quotation(text: str) -> None:
    assert [row for row in rows(text) if row[0] == "reported"] == []


# --- zu-infinitives of separable verbs with adjective or adverb particles -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Verband forderte die Regierung auf, die Versorgung sicherzustellen.",
            [
                (
                    "indirect",
                    "die Versorgung sicherzustellen",
                    "forderte die Regierung auf",
                    "Verband",
                )
            ],
        ),
        (
            "Die Ministerin versprach, das Gesetz bis Mai fertigzustellen.",
            [("indirect", "das Gesetz bis Mai fertigzustellen", "versprach", "Die Ministerin")],
        ),
        # Counter-example: a noun that starts like such a verb is no infinitive.
        ("Die Hochzeiten finden im Mai statt.", []),
    ],
)
def test_particle_zu_infinitives(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- "Ihrer Meinung nach" addressed to the reader's counterpart asks, reports nothing --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welche Teile des Gesetzes sind Ihrer Meinung nach verfassungswidrig?", []),
        ("Herr Minister, wie wirkt sich die Reform Ihrer Ansicht nach aus?", []),
        ("Ihrer Meinung nach ist das Gesetz verfassungswidrig?", []),
        # Counter-example: opening a statement, "Ihrer" is hers, and her view is reported.
        (
            "Die Ministerin verteidigte das Gesetz. Ihrer Meinung nach ist es verfassungsgemäß.",
            [("indirect", "ist es verfassungsgemäß", "Meinung nach", "Ihrer Meinung")],
        ),
    ],
)
def test_addressed_view_is_no_report(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
