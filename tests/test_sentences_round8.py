"""Session 8: speech headers of a plenary protocol on a line of their own.

Plain-text protocols often put the speaker's header on its own line with no
blank line after it. The header is then a paragraph of its own, so that the
``ich`` of the speech goes to that speaker, as it does when blank lines
separate them. All texts are written for these tests.
"""

from __future__ import annotations

import polittext


def _paragraphs(text: str) -> list[list[str]]:
    found: dict[int, list[str]] = {}
    for sentence in polittext.split_sentences(text):
        found.setdefault(sentence.paragraph, []).append(sentence.text)
    return list(found.values())


PROTOCOL = (
    "Präsident Dr. Norbert Lammert:\n"
    "Das Wort hat die Kollegin Göring-Eckardt.\n"
    "Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜNEN):\n"
    "Herr Präsident! Ich sage Ihnen, dass wir zustimmen.\n"
    "(Beifall beim BÜNDNIS 90/DIE GRÜNEN)\n"
    "Vizepräsidentin Petra Pau:\n"
    "Vielen Dank. Nächster Redner ist Jens Spahn.\n"
    "Jens Spahn (CDU/CSU):\n"
    "Ich glaube, dass das falsch ist.\n"
)


def test_each_header_line_is_a_paragraph_of_its_own() -> None:
    assert _paragraphs(PROTOCOL) == [
        ["Präsident Dr. Norbert Lammert:"],
        ["Das Wort hat die Kollegin Göring-Eckardt."],
        ["Katrin Göring-Eckardt (BÜNDNIS 90/DIE GRÜNEN):"],
        [
            "Herr Präsident!",
            "Ich sage Ihnen, dass wir zustimmen.",
            "(Beifall beim BÜNDNIS 90/DIE GRÜNEN)",
        ],
        ["Vizepräsidentin Petra Pau:"],
        ["Vielen Dank.", "Nächster Redner ist Jens Spahn."],
        ["Jens Spahn (CDU/CSU):"],
        ["Ich glaube, dass das falsch ist."],
    ]


def test_ich_goes_to_the_speaker_of_the_header_above() -> None:
    quotes = polittext.attribute_quotes(PROTOCOL)
    found = [(q.content.text, q.speaker.name if q.speaker else None) for q in quotes]
    assert ("dass wir zustimmen", "Katrin Göring-Eckardt") in found
    assert ("dass das falsch ist", "Jens Spahn") in found


def test_offsets_stay_exact() -> None:
    for sentence in polittext.split_sentences(PROTOCOL):
        assert PROTOCOL[sentence.start : sentence.end] == sentence.text


def test_a_colon_after_a_verb_keeps_its_quote() -> None:
    # "sagte:" introduces the quote on the next line: one sentence, as before.
    text = "Die Ministerin sagte:\n„Wir ermitteln in alle Richtungen.“"
    assert _paragraphs(text) == [[text]]
    quote = polittext.attribute_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ministerin"


def test_a_hard_wrapped_line_without_colon_is_no_header() -> None:
    text = "Die Bundesregierung (Kabinett Merz)\nhat am Mittwoch neue Zölle beschlossen."
    assert _paragraphs(text) == [[text]]


def test_a_header_at_the_end_of_the_text_stays_where_it_is() -> None:
    text = "Das ist falsch.\nJens Spahn (CDU/CSU):"
    assert [s.text for s in polittext.split_sentences(text)] == [
        "Das ist falsch.",
        "Jens Spahn (CDU/CSU):",
    ]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind.value, s.text) for s in polittext.split_sentences(text)]


def test_an_organisation_acronym_is_no_dateline() -> None:
    assert _kinds("NATO. Die Allianz will mehr für Verteidigung ausgeben.") == [
        ("body", "NATO."),
        ("body", "Die Allianz will mehr für Verteidigung ausgeben."),
    ]
    assert _kinds("OECD: Die Wirtschaft wächst langsamer.") == [
        ("body", "OECD: Die Wirtschaft wächst langsamer.")
    ]


def test_a_place_in_capitals_is_still_a_dateline() -> None:
    # "Brüssel" is also the EU by metonymy, but in capitals at the start it is the place.
    assert _kinds("BRÜSSEL. Die Kommission plant Zölle.")[0] == ("dateline", "BRÜSSEL.")
    assert _kinds("MÜNCHEN – Die Polizei ermittelt.")[0] == ("dateline", "MÜNCHEN –")
    assert _kinds("BERLIN (dpa) – Die Regierung plant Zölle.")[0] == ("dateline", "BERLIN (dpa) –")
