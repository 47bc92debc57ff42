"""Quote cues in news, session 16 (issue #4): source phrases and cue nouns in context.

``nach`` with a noun of a speech act and its holder names a source when the clause
has the modal of hearsay (``soll``), and is a time otherwise; ``demnach`` with
``soll`` or a Konjunktiv I reports even after a sentence that names no report;
``die Frage, ob …`` as the topic of something else or an open issue asks nothing;
``im/unter Verdacht stehen`` quotes nobody. Every expected row was written from
reading the German sentence (kind, message, cue, and the speaker where the rule
decides it); the sentences are our own. Each rule has counter-examples.
"""

from __future__ import annotations

import pytest

from _helpers import rows


def _cued(text: str) -> list[tuple[str, str, str | None]]:
    """Kind, message and cue of the quotes that have a cue."""
    return [(kind, message, cue) for kind, message, cue, _speaker in rows(text) if cue]


# --- "nach" + speech act + holder: a source with "soll", else a time ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach der Ankündigung der Ministerin soll die Regel ab Mai für alle Schulen gelten.",
            [
                (
                    "indirect",
                    "soll die Regel ab Mai für alle Schulen gelten",
                    "Nach der Ankündigung",
                    "Ministerin",
                )
            ],
        ),
        (
            "Nach dem Vorschlag der Kommission sollen die Zölle im Herbst sinken.",
            [("indirect", "sollen die Zölle im Herbst sinken", "Nach dem Vorschlag", "Kommission")],
        ),
    ],
)
def test_speech_act_with_holder_and_hearsay_is_a_source(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The same phrase before a narrative verb: after the announcement, a time.
        "Nach der Ankündigung der Ministerin stiegen die Kurse.",
        # A Konjunktiv I alone does not make it a source: reported speech goes on in
        # it, and the speech can still be the time of what happened.
        "Nach der Rede des Kanzlers sei die Stimmung gekippt.",
        # No holder: whose announcement is not said.
        "Nach der Ankündigung sollen die Gespräche weitergehen.",
    ],
)
def test_speech_act_without_hearsay_or_holder_is_no_source(text: str) -> None:
    assert _cued(text) == []


# --- "demnach" with hearsay or Konjunktiv I reports ----------------------------------


def test_demnach_with_hearsay_reports_the_agreement_before() -> None:
    text = (
        "Die Koalition hat sich am Sonntag in Berlin auf die Einzelheiten verständigt. "
        "Demnach sollen die alten Kraftwerke länger laufen."
    )
    assert _cued(text) == [("indirect", "sollen die alten Kraftwerke länger laufen", "Demnach")]


def test_demnach_after_narration_in_the_indicative_is_a_conclusion() -> None:
    assert _cued("Die Partei erreichte nur zwei Prozent. Demnach scheitert sie an der Hürde.") == []


# --- "die Frage, ob …" as a topic or an open issue ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Offen ist noch die Frage, ob die Brücke gebaut wird.",
        "Im Stadtrat gab es lange Streit über die Frage, ob die Brücke gebaut wird.",
        "Das Gericht hat in der Frage, ob die Wahl gültig war, noch nicht entschieden.",
    ],
)
def test_question_as_topic_or_open_issue_is_no_quote(text: str) -> None:
    assert _cued(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Reporterin stellte die Frage, ob die Brücke gebaut wird.",
            [("indirect", "ob die Brücke gebaut wird", "Frage")],
        ),
        (
            # "offen" as an adverb (openly) of a question that is raised.
            "Es stellt sich offen die Frage, ob die Brücke noch gebaut wird.",
            [("indirect", "ob die Brücke noch gebaut wird", "Frage")],
        ),
    ],
)
def test_asked_question_stays_a_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cued(text) == expected


# --- "im/unter Verdacht stehen" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister steht im Verdacht, Gelder veruntreut zu haben.",
        "Zwei Männer stehen unter Verdacht, einen Anschlag geplant zu haben.",
    ],
)
def test_standing_under_suspicion_quotes_nobody(text: str) -> None:
    assert _cued(text) == []


def test_voiced_suspicion_stays_a_quote() -> None:
    assert _cued("Die Polizei äußerte den Verdacht, der Mann habe das Feuer gelegt.") == [
        ("indirect", "der Mann habe das Feuer gelegt", "äußerte")
    ]


# --- the inverted cue in the perfect: "…, hatte sie gesagt" ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage sei ernst, hatte die Ministerin damals gesagt.",
            [("indirect", "Die Lage sei ernst", "gesagt", "die Ministerin")],
        ),
        (
            # "erklärt" is also a finite form; the auxiliary makes it the participle.
            "Die Lage sei ernst, hatte Merkel im Mai erklärt.",
            [("indirect", "Die Lage sei ernst", "erklärt", "Merkel")],
        ),
    ],
)
def test_inverted_cue_in_the_perfect_frames_the_clause_before(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


def test_inverted_perfect_with_a_second_predicate_takes_the_first_participle() -> None:
    text = "Die Lage sei ernst, hatten die Grünen gewarnt und Hilfen gefordert."
    assert _cued(text) == [("indirect", "Die Lage sei ernst", "gewarnt")]


def test_reflexive_perfect_is_no_inverted_cue() -> None:
    # "sich ankündigen": it was foreseeable, nobody announced it.
    assert _cued("Dass er gehen würde, hatte sich schon angekündigt.") == []


def test_perfect_after_an_adverbial_clause_frames_what_follows() -> None:
    text = "Als ich den Entwurf gelesen habe, habe ich mich gefragt, ob das reicht."
    assert rows(text) == [("indirect", "ob das reicht", "gefragt", "ich")]


# --- a cue in an adverbial clause does not frame the main clause after it -------------


@pytest.mark.parametrize(
    "text",
    [
        "Obwohl der Minister mit Mehreinnahmen rechnet, sei man weit von einer Entschuldung entfernt.",
        "Falls die Eisbären als bedroht eingestuft werden, wäre es die erste Art dieser Liste.",
        "Wenn der Minister das bestätigt, sei die Sache klar.",
    ],
)
def test_main_clause_after_an_adverbial_clause_is_not_its_cues_message(text: str) -> None:
    assert _cued(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Als der Minister sagte, er sei müde, lachten alle.",
            [("indirect", "er sei müde", "sagte", "der Minister")],
        ),
        (
            "Als sie erklärte, dass sie gehe, war es still.",
            [("indirect", "dass sie gehe", "erklärte", "sie")],
        ),
    ],
)
def test_content_clause_of_a_cue_in_an_adverbial_clause_stays(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert rows(text) == expected


# --- "so X, der …, sei …": the clause resumes after the source's relative clause ------


def test_so_parenthesis_with_a_relative_clause_keeps_the_resumed_clause() -> None:
    text = "Im Mai, so der Sprecher, der die Pläne vorstellte, seien die Arbeiten beendet worden."
    assert _cued(text) == [("indirect", text[:-1], "so")]


def test_so_parenthesis_with_a_relative_clause_at_the_end_keeps_the_message_before() -> None:
    text = "Der Umsatz sei gestiegen, so eine Studie, in der 300 Firmen befragt wurden."
    assert rows(text) == [("indirect", "Der Umsatz sei gestiegen", "so", "eine Studie")]
