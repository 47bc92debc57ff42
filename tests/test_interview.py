"""Interviews printed as turns: answers are the interviewee's direct speech."""

from __future__ import annotations

import polittext
from polittext.types import QuoteKind

INTERVIEW = """Interview

„Wir brauchen eine Wende in der Migrationspolitik“

Die CDU-Innenpolitikerin Andrea Lindholz über Grenzkontrollen und Abschiebungen.

Frage: Frau Lindholz, die Zahl der Asylanträge sinkt. Ist das Problem gelöst?

Lindholz: Nein. Die Zahlen sind immer noch viel zu hoch.

Frage: Die SPD hält das für rechtswidrig.

Lindholz: Das sehe ich anders.
"""


def _answers(text: str) -> list[polittext.Quote]:
    # The answers are the quotes whose mention is the turn's label.
    return [q for q in polittext.attribute_quotes(text) if q.speaker_mention is not None]


def test_each_answer_is_a_direct_quote_of_the_interviewee() -> None:
    answers = _answers(INTERVIEW)
    assert [q.content.text for q in answers] == [
        "Nein. Die Zahlen sind immer noch viel zu hoch.",
        "Das sehe ich anders.",
    ]
    assert {q.speaker.name for q in answers if q.speaker} == {"Andrea Lindholz"}
    assert all(q.kind is QuoteKind.DIRECT for q in answers)
    # The label is the mention; the answer has no cue.
    assert [q.speaker_mention.text for q in answers if q.speaker_mention] == ["Lindholz"] * 2
    assert all(q.cue is None for q in answers)


def test_an_answer_of_several_sentences_is_one_quote() -> None:
    [first, *_] = _answers(INTERVIEW)
    assert len(first.sentence_indices) == 2


def test_the_questions_are_no_quotes() -> None:
    texts = [q.content.text for q in polittext.attribute_quotes(INTERVIEW)]
    assert not [t for t in texts if "rechtswidrig" in t or "Asylanträge" in t]


def test_a_paper_asks_and_antwort_answers_for_the_one_person_introduced() -> None:
    text = (
        "Der Ökonom Clemens Fuest über die Schuldenbremse.\n\n"
        "SPIEGEL: Herr Fuest, braucht Deutschland neue Schulden?\n\n"
        "Antwort: Nur für Investitionen.\n"
    )
    [answer] = _answers(text)
    assert answer.content.text == "Nur für Investitionen."
    assert answer.speaker is not None
    assert answer.speaker.name == "Clemens Fuest"


def test_colon_lines_without_a_question_turn_are_no_interview() -> None:
    # A list of labelled paragraphs, none of them a question: no answers.
    text = (
        "Hintergrund: Die Schuldenbremse steht seit 2009 im Grundgesetz.\n\n"
        "Merkel: Die Kanzlerin hatte sie damals verteidigt.\n"
    )
    quotes = polittext.attribute_quotes(text)
    assert not [q for q in quotes if q.content.text.startswith("Die Kanzlerin hatte")]


def test_the_quoted_headline_of_an_interview_is_the_interviewees() -> None:
    [headline, *_] = polittext.attribute_quotes(INTERVIEW)
    assert headline.content.text == "Wir brauchen eine Wende in der Migrationspolitik"
    assert headline.speaker is not None
    assert headline.speaker.name == "Andrea Lindholz"
