"""Session 14 (speed): the segmentation regexes were rewritten so that the regex
engine can skip to their first character; these texts check that what they find
did not change. Sentences written for these tests; the expectations follow the
rules of :mod:`polittext.sentences` (a colon never ends a sentence, a blank line
starts a paragraph, a speech header on a line of its own is a paragraph)."""

from __future__ import annotations

import polittext
from polittext.types import Span


def _texts(text: str) -> list[str]:
    return [s.text for s in polittext.split_sentences(text)]


def _paragraphs(text: str) -> list[list[str]]:
    found: dict[int, list[str]] = {}
    for sentence in polittext.split_sentences(text):
        found.setdefault(sentence.paragraph, []).append(sentence.text)
    return list(found.values())


def test_each_final_mark_ends_a_sentence() -> None:
    text = "Kommt die Steuer? Sie kommt! Das sagte er… Dann ging er."
    assert _texts(text) == ["Kommt die Steuer?", "Sie kommt!", "Das sagte er…", "Dann ging er."]


def test_runs_of_marks_and_closing_quotes_stay_with_their_sentence() -> None:
    text = "Er rief: „Nie wieder!“ Danach war es still?! Wir warten..."
    assert _texts(text) == ["Er rief: „Nie wieder!“", "Danach war es still?!", "Wir warten..."]


def test_a_free_standing_emoticon_ends_a_sentence_before_a_capital() -> None:
    assert _texts("Das war ein schöner Tag :-) Morgen geht es weiter.") == [
        "Das war ein schöner Tag :-)",
        "Morgen geht es weiter.",
    ]


def test_an_emoticon_glued_to_a_word_ends_nothing() -> None:
    text = "Das war ein schöner Tag:-) Morgen geht es weiter."
    assert _texts(text) == [text]


def test_a_blank_line_with_carriage_returns_starts_a_paragraph() -> None:
    text = "Die Regierung tagt.\r\n \r\nDer Rat berät."
    assert _paragraphs(text) == [["Die Regierung tagt."], ["Der Rat berät."]]


def test_a_paragraph_separator_starts_a_paragraph() -> None:
    text = "Die Regierung tagt.\u2029Der Rat berät."
    assert _paragraphs(text) == [["Die Regierung tagt."], ["Der Rat berät."]]


def test_a_single_line_break_is_no_paragraph() -> None:
    text = "Die Regierung tagt.\nDer Rat berät."
    assert _paragraphs(text) == [["Die Regierung tagt.", "Der Rat berät."]]


def test_a_speech_header_right_after_the_texts_start_and_a_line_break() -> None:
    text = "Jens Spahn (CDU/CSU):\nIch stimme zu.\nVizepräsidentin Petra Pau:\nDanke."
    assert _paragraphs(text) == [
        ["Jens Spahn (CDU/CSU):"],
        ["Ich stimme zu."],
        ["Vizepräsidentin Petra Pau:"],
        ["Danke."],
    ]


def test_a_header_pattern_inside_a_line_is_no_header() -> None:
    # The line opens with a quotation mark, not with a name or title: the name and
    # party before the colon stand inside the line, and no header is split off.
    text = "„Gut“, sagte er. Jens Spahn (CDU/CSU):\nIch stimme zu."
    assert len(_paragraphs(text)) == 1
    assert "Jens Spahn (CDU/CSU):" not in _texts(text)


def test_span_of_valid_offsets_equals_the_constructed_span() -> None:
    span = Span.of("Kallas sagte", 0, 6)
    assert span == Span(0, 6, "Kallas")
    assert hash(span) == hash(Span(0, 6, "Kallas"))
