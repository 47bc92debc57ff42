"""Session 15 (speed, issue #7): the shortcuts that replaced slower code give the
answers the code they replaced gave. Expected values come from reading the inputs.
"""

from __future__ import annotations

import pytest

from polittext.entities import EntityTable, split_words, word_tokens
from polittext.frames import SentenceFrame
from polittext.gazetteer import gazetteer
from polittext.patterns import Alternative, Pattern, PatternIndex, any_matches
from polittext.sentences import split_sentences
from polittext.types import SpeakerKind


def test_split_words_gives_tokens_offsets_and_gaps() -> None:
    text = "„Die CDU/CSU-Fraktion“, sagte er’s, kommt."
    split = split_words(text, 0, len(text))
    assert split.words == ["Die", "CDU", "CSU-Fraktion", "sagte", "er’s", "kommt"]
    assert [text[s:e] for s, e, _ in split.tokens] == split.words
    assert split.starts == [s for s, _, _ in split.tokens]
    # The text after each word, up to the next one or the end of the stretch.
    assert split.gaps == [" ", "/", "“, ", " ", ", ", "."]


def test_split_words_of_a_stretch_and_of_nothing() -> None:
    text = "Eins zwei drei"
    assert word_tokens(text, 5, 14) == [(5, 9, "zwei"), (10, 14, "drei")]
    assert split_words(text, 4, 4).tokens == []
    assert split_words(text, 4, 4).gaps == []
    # A hyphen or apostrophe that joins no two words is no part of one.
    assert split_words("Bundes- und Landes-", 0, 19).words == ["Bundes", "und", "Landes"]


def test_frame_gap_is_the_text_after_a_token() -> None:
    text = "Merz sagte: „Gut.“"
    frame = SentenceFrame.build(text, 0, len(text))
    assert [frame.gap(i) for i in range(len(frame.tokens))] == [" ", ": „", ".“"]
    assert frame.punctuated == [1, 2]
    assert frame.breaks == [False, True, True]


@pytest.mark.parametrize(
    ("source", "token", "expected"),
    [
        ("Zoll", "Zölle", False),  # no ending makes "zöll" "zoll"
        ("Zoll", "Zolls", True),
        ("Zoll", "Zollamt", False),
        ("*embargo", "Ölembargos", True),
        ("*embargo", "Embargo", True),
        ("+pflicht", "Pflicht", False),  # a compound needs three letters before the head
        ("+pflicht", "Abpflicht", False),  # "ab": two letters only
        ("+pflicht", "Impfpflicht", True),
        ("+pflicht", "Maskenpflichten", True),
        ("sanktion*", "Sanktionspaket", True),
        ("*dienst*", "Geheimdienstkreise", True),
        ("Steuer", "steuer", False),  # a capital in the pattern: nouns only
        ("eu", "eus", False),  # a core of two letters takes no ending
        ("*eu", "abeus", True),  # the base "abeu" is long enough
        ("*eu", "eus", False),  # the base "eu" is too short to be one
    ],
)
def test_alternatives_match_inflected_tokens(source: str, token: str, expected: bool) -> None:
    assert any_matches((Alternative.parse(source),), token) is expected


def test_pattern_index_finds_cores_at_the_start_and_inside() -> None:
    index = PatternIndex(
        [
            (Pattern.parse("*embargo"), "EMBARGO"),
            (Pattern.parse("sanktion*"), "SANCTIONS"),
            (Pattern.parse("+paket"), "PACKAGE"),
            (Pattern.parse("am Steuer"), "WHEEL"),
        ]
    )
    words = ["Das", "Sanktionspaket", "und", "das", "Ölembargo", "am", "Steuer"]
    found = index.find(words, [False] * len(words))
    assert found == [(1, 1, "SANCTIONS"), (1, 1, "PACKAGE"), (4, 4, "EMBARGO"), (5, 6, "WHEEL")]
    # Learnt once: a second sentence with the same words finds the same.
    assert index.find(words, [False] * len(words)) == found


def test_roles_with_weak_endings_and_words_that_end_in_no_role() -> None:
    g = gazetteer()
    assert g.role("Präsidenten") == ("Präsident", "m")
    assert g.role("EU-Kommissionspräsidentin") == ("Präsidentin", "f")
    assert g.role("Haus") is None
    assert g.role("Lautsprecher") is None
    kind, name = g.group("Geheimdienstkreisen") or (None, "")
    assert kind is SpeakerKind.ANONYMOUS_SOURCE
    assert name == "Geheimdienstkreise"
    assert g.group("Straße") is None


def test_a_name_starts_with_or_without_a_genitive() -> None:
    g = gazetteer()
    assert g.starts_name("Moskau")
    assert g.starts_name("Moskau's")
    assert not g.starts_name("sieht")


def test_covering_after_all_mentions_and_inside_one() -> None:
    table = EntityTable("Kallas und Merz trafen Macron.")
    table.add("person:Merz", "Merz", SpeakerKind.PERSON, 11, 15)
    assert table.covering(23, 29) is None  # after every mention
    assert table.covering(12, 14) == (11, 15, 0)
    table.add("person:Kallas", "Kallas", SpeakerKind.PERSON, 0, 6)  # before the last one
    assert table.covering(0, 3) == (0, 6, 1)
    assert table.covering(7, 10) is None


def test_periods_after_abbreviations_of_two_parts() -> None:
    text = "Das gilt z. B. für Zölle. Merz sagte u. a. etwas. Dann ging er."
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Das gilt z. B. für Zölle.",
        "Merz sagte u. a. etwas.",
        "Dann ging er.",
    ]
