"""Bad and unusual input: wrong types, empty text, odd characters.

Wrong types must raise a TypeError that names the type (and says to decode
bytes); odd but valid strings must never raise, and every span must still be
the exact slice of the caller's string.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

import polittext
from polittext import Analysis

FUNCTIONS: dict[str, Callable[[Any], Any]] = {
    "analyze": polittext.analyze,
    "split_sentences": polittext.split_sentences,
    "detect_speakers": polittext.detect_speakers,
    "attribute_quotes": polittext.attribute_quotes,
    "classify_measures": polittext.classify_measures,
    "Pipeline.analyze": lambda text: polittext.load().analyze(text),
    "Pipeline.pipe": lambda text: list(polittext.load().pipe([text])),
}

BAD_VALUES = [
    pytest.param(None, "NoneType", id="None"),
    pytest.param(3, "int", id="int"),
    pytest.param(3.5, "float", id="float"),
    pytest.param(b"Merz sagte, es sei gut.", "bytes", id="bytes"),
    pytest.param(bytearray(b"Merz sagte."), "bytearray", id="bytearray"),
    pytest.param(["Merz sagte, es sei gut."], "list", id="list"),
    pytest.param({"text": "Gut."}, "dict", id="dict"),
]


@pytest.mark.parametrize("name", FUNCTIONS)
@pytest.mark.parametrize(("value", "type_name"), BAD_VALUES)
def test_wrong_type_raises_type_error_naming_the_type(
    name: str, value: Any, type_name: str
) -> None:
    with pytest.raises(TypeError) as info:
        FUNCTIONS[name](value)
    message = str(info.value)
    assert type_name in message
    if isinstance(value, (bytes, bytearray)):
        assert "decode" in message


def test_load_rejects_a_non_str_name() -> None:
    with pytest.raises(TypeError, match="int"):
        polittext.load(3)  # type: ignore[arg-type]


# --- empty and blank text --------------------------------------------------------

BLANK = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="spaces"),
    pytest.param("\n\n\t \n", id="newlines_and_tab"),
    pytest.param("\u00a0\u2003\u2028", id="unicode_spaces"),
]


@pytest.mark.parametrize("text", BLANK)
def test_blank_text_gives_empty_results(text: str) -> None:
    assert polittext.split_sentences(text) == []
    assert polittext.detect_speakers(text) == []
    assert polittext.attribute_quotes(text) == []
    assert polittext.classify_measures(text) == []
    analysis = polittext.analyze(text)
    assert isinstance(analysis, Analysis)
    assert analysis.text == text
    assert (analysis.sentences, analysis.speakers, analysis.quotes, analysis.measures) == (
        (),
        (),
        (),
        (),
    )


# --- odd characters ----------------------------------------------------------------


def check_exact(text: str) -> Analysis:
    analysis = polittext.analyze(text)
    assert analysis.text == text
    for span in analysis.spans():
        assert span.text == text[span.start : span.end]
        assert 0 <= span.start <= span.end <= len(text)
    covered = set()
    for s in analysis.sentences:
        covered.update(range(s.start, s.end))
    # Segments cover every non-space character.
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert polittext.split_sentences(text) == list(analysis.sentences)
    return analysis


ODD = [
    pytest.param("!!! ... ??? – ; :", id="only_punctuation"),
    pytest.param('„“ »« "" ‚‘', id="only_quotation_marks"),
    pytest.param(
        "Die Regierung\x07 tagt.\x1b[0m Der Kanzler\x0b spricht.", id="control_characters"
    ),
    pytest.param("Merz sagte, die Lage sei ernst.\ud800 Danach ging er.", id="lone_surrogate"),
    pytest.param("\udfff„Wir sind bereit\ud800“, sagte Merz.", id="surrogates_in_quote"),
    pytest.param("Die Grünen feiern 🎉. Die SPD schweigt 🤐. Merz sagte: „Gut 👍.“", id="emoji"),
    pytest.param(
        "👨‍👩‍👧 Familien sollen entlastet werden, sagte die Ministerin Anna Berg.", id="emoji_zwj"
    ),
    pytest.param(
        "Der Botschafter sagte: „السلام عليكم“. Danach sprach er über Israel: שלום.",
        id="right_to_left",
    ),
    pytest.param(
        "\u202eDie EU verhängt Sanktionen.\u202c Kallas sagte, das sei richtig.", id="bidi_controls"
    ),
    pytest.param("Die Regierung\x00 tagt. Der Kanzler\x00 sagte, es sei gut.\x00", id="nul_bytes"),
    pytest.param("\x00", id="only_nul"),
    pytest.param("Merz\u200b sagte, die EU müsse Sanktionen verhängen.\ufeff", id="zero_width"),
    pytest.param("Die\u0301 Regierung tagt. Ö\u0308 ist kein Wort.", id="combining_marks"),
    pytest.param("a" * 5000 + ". " + "B" * 3000, id="very_long_words"),
    pytest.param("„" * 200 + "Merz sagte" + "“" * 200, id="many_quotation_marks"),
    pytest.param("!" * 500 + "?" * 500, id="many_exclamation_and_question_marks"),
    pytest.param("Kapitel 1 " + "." * 300 + " 3", id="dot_leader_followed_by_space"),
    pytest.param("z. B. " * 300, id="many_abbreviations"),
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_never_raises_and_spans_are_exact(text: str) -> None:
    check_exact(text)


def test_only_punctuation_has_no_speakers_quotes_or_measures() -> None:
    analysis = check_exact("!!! ... ??? – ; :")
    assert analysis.speakers == ()
    assert analysis.quotes == ()
    assert analysis.measures == ()


def test_crlf_line_endings() -> None:
    text = (
        "Politik\r\n\r\nDie Regierung tagt. Der Kanzler spricht.\r\n\r\nDanach wird abgestimmt.\r\n"
    )
    analysis = check_exact(text)
    assert [(s.text, s.paragraph) for s in analysis.sentences] == [
        ("Politik", 0),
        ("Die Regierung tagt.", 1),
        ("Der Kanzler spricht.", 1),
        ("Danach wird abgestimmt.", 2),
    ]


def test_crlf_inside_paragraph_is_no_boundary() -> None:
    text = "Die Koalition einigte sich\r\nauf einen Kompromiss. Die Opposition kritisiert ihn."
    analysis = check_exact(text)
    assert [s.text for s in analysis.sentences] == [
        "Die Koalition einigte sich\r\nauf einen Kompromiss.",
        "Die Opposition kritisiert ihn.",
    ]


def test_line_separator_u2028() -> None:
    text = "Die Regierung tagt.\u2028Der Kanzler spricht."
    analysis = check_exact(text)
    assert [s.text for s in analysis.sentences] == ["Die Regierung tagt.", "Der Kanzler spricht."]


def test_paragraph_separator_u2029_separates_paragraphs() -> None:
    text = "Die Regierung tagt.\u2029Der Kanzler spricht."
    analysis = check_exact(text)
    assert [(s.text, s.paragraph) for s in analysis.sentences] == [
        ("Die Regierung tagt.", 0),
        ("Der Kanzler spricht.", 1),
    ]


def test_emoji_do_not_shift_offsets_of_quotes() -> None:
    text = "Die Ministerin Anna Berg 🎉🎉 sagte: „Wir haben gewonnen 🏆.“ Danach feierte sie."
    analysis = check_exact(text)
    (quote,) = analysis.quotes
    assert quote.kind.value == "direct"
    assert quote.content.text == "Wir haben gewonnen 🏆."
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berg"


@pytest.mark.xfail(
    strict=True,
    reason="a one-line text whose sentence is followed by an emoji (or '123', '#') is taken "
    "as a single headline segment because the line does not end in punctuation; the direct "
    "quote is lost",
)
def test_trailing_emoji_after_a_sentence() -> None:
    text = "„Wir haben gewonnen“, sagte die Ministerin Anna Berg. 🎉"
    analysis = check_exact(text)
    assert analysis.sentences[0].text == ("„Wir haben gewonnen“, sagte die Ministerin Anna Berg.")
    assert [(q.kind.value, q.content.text) for q in analysis.quotes] == [
        ("direct", "Wir haben gewonnen")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="an emoji before the opening quotation mark turns the direct quote "
    "'„Wir haben gewonnen“, sagte …' into a mixed quote",
)
def test_leading_emoji_before_a_direct_quote() -> None:
    text = "🎉 „Wir haben gewonnen“, sagte die Ministerin Anna Berg."
    analysis = check_exact(text)
    assert [(q.kind.value, q.content.text) for q in analysis.quotes] == [
        ("direct", "Wir haben gewonnen")
    ]


def test_nul_bytes_do_not_stop_the_analysis() -> None:
    text = "Die Regierung\x00 tagt. Außenministerin Annalena Baerbock sagte, Europa müsse handeln."
    analysis = check_exact(text)
    assert [s.name for s in analysis.speakers] == ["Annalena Baerbock"]


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    text = Text("Die Regierung tagt. Der Kanzler spricht.")
    assert [s.text for s in polittext.split_sentences(text)] == [
        "Die Regierung tagt.",
        "Der Kanzler spricht.",
    ]


# --- runaway time -------------------------------------------------------------------

RUN_SPLIT = "import sys, polittext; print(len(polittext.split_sentences(sys.stdin.read())))"


def split_in_subprocess(text: str, timeout: float) -> int:
    """Split ``text`` in a child process, so that a runaway split cannot hang the suite."""
    done = subprocess.run(
        [sys.executable, "-c", RUN_SPLIT],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=True,
    )
    return int(done.stdout)


def test_run_of_periods_followed_by_space_is_fast() -> None:
    assert split_in_subprocess("Inhalt " + "." * 2000 + " Ende.", timeout=60) >= 1


def test_dot_leader_without_space_is_fast() -> None:
    text = "Inhalt\n\n1. Einleitung" + "." * 60 + "3\n2. Methoden" + "." * 60 + "7"
    assert split_in_subprocess(text, timeout=15) >= 1
