"""Session 11: parentheses and comma-joined main clauses in attribution and
modality. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import polittext
from polittext.frames import SentenceFrame


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in polittext.attribute_quotes(text)
    ]


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.trigger.text, m.modality.value) for m in polittext.classify_measures(text)]


def test_a_comma_inside_parentheses_does_not_end_the_clause() -> None:
    text = (
        "Außenministerin Anna Berg (SPD) hat nach einem Treffen mit ihrem Amtskollegen "
        "Jean Dupont (Renaissance, frz. Partei des Präsidenten) betont, die "
        "Partnerschaft sei stabil."
    )
    assert _quotes(text) == [("die Partnerschaft sei stabil", "betont", "Anna Berg")]


def test_bracketed_token_ranges() -> None:
    text = "Die Partei (gegründet 1990, Sitz in Bonn) und der Verband (e. V.) klagen."
    frame = SentenceFrame.build(text, 0, len(text))
    assert [(frame.words[a], frame.words[b]) for a, b in frame.bracketed()] == [
        ("gegründet", "Bonn"),
        ("e", "V"),
    ]
    # The comma inside the first pair breaks no clause; the sentence is one clause.
    assert frame.clause_start(len(frame.words) - 1) == 0


def test_a_time_inside_parentheses_is_not_the_measure_s_time() -> None:
    # "seit 2024" dates the government, not the sanctions: they are decided, as
    # without the parenthesis.
    text = "Die Regierung (Kabinett Müller, seit 2024 im Amt) hat neue Sanktionen gegen Iran beschlossen."
    assert _measures(text) == [("SANCTION_GENERAL", "Sanktionen", "decided")]
    plain = "Die Regierung hat neue Sanktionen gegen Iran beschlossen."
    assert _measures(plain) == [("SANCTION_GENERAL", "Sanktionen", "decided")]


def test_a_time_around_the_measure_inside_parentheses_still_counts() -> None:
    text = "Die Opposition kritisiert das Tempolimit (seit 2023 in Kraft)."
    assert [m[2] for m in _measures(text)] == ["in_force"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Landrat Peter Kurz (CDU) lehnte den Antrag ab, die Sprecherin der "
            "Opposition, Eva Lind (SPD), sagte: „Das ist ein Fehler.“",
            "Eva Lind",
        ),
        (
            "Die Ministerin hatte den Plan verteidigt, der Präsident des Verbands, "
            "Jonas Adler, erklärte dagegen, die Kosten seien zu hoch.",
            "Jonas Adler",
        ),
    ],
)
def test_an_apposition_after_a_clause_of_its_own_is_the_subject(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


def test_a_subject_shared_by_two_verbs_after_a_comma_stays() -> None:
    # No noun phrase between the two verbs: the first clause's subject speaks.
    text = "Die Ministerin wies die Vorwürfe zurück, erklärte aber, sie werde den Bericht prüfen."
    assert [q[2] for q in _quotes(text)] == ["Ministerin"]
