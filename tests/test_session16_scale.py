"""Session 16: names in long texts (a corpus joined into one string) are linked and
looked up within a fixed reach, so that time stays linear and one article's names do
not name words of another far away."""

from __future__ import annotations

from polittext.attribution import _capitalised_inside
from polittext.entities import NAME_REACH, find_entities

# Sentences of filler without names: about 27 characters each.
FILLER = "Die Sitzung dauerte lange. "


def _winter_mentions(text: str) -> list[str]:
    table = find_entities(text)
    return [
        text[start:end]
        for entity in table.entities
        if entity.key == "person:Winter"
        for start, end, _kind in entity.mentions
    ]


def test_a_bare_surname_near_the_full_name_names_the_person() -> None:
    text = "Ralf Winter sagte, die Lage sei ernst. " + FILLER * 10 + "Winter blieb ruhig."
    assert _winter_mentions(text) == ["Ralf Winter", "Winter"]


def test_a_bare_surname_far_from_every_mention_is_not_linked() -> None:
    # The same word more than NAME_REACH characters after the only mention: another
    # article of a joined corpus ("Im Winter" is the season).
    far = FILLER * (NAME_REACH // len(FILLER) + 10)
    text = "Ralf Winter sagte, die Lage sei ernst. " + far + "Im Winter wird es kalt."
    assert _winter_mentions(text) == ["Ralf Winter"]


def test_linked_surnames_carry_the_reach_on() -> None:
    # Every bare "Winter" lies within the reach of the one before: all are linked,
    # although the last is far from the full name.
    step = FILLER * (NAME_REACH // len(FILLER) // 2)
    text = "Ralf Winter sagte es. " + (step + "Winter nickte. ") * 4
    assert _winter_mentions(text) == ["Ralf Winter"] + ["Winter"] * 4


def test_hyphenated_name_inside_a_sentence_from_the_index() -> None:
    # After the first few words asked about in a text, the answer comes from an index
    # of its capitalised words; a hyphenated name is found by its first part.
    text = (
        "Müller-Lüdenscheid sagte das. Gestern kam Müller-Lüdenscheid an. "
        "Müller sagte es. Müller-Wahl sagte es. Heute kam Müller. "
    )
    for _ in range(10):  # past the scans of the first words
        _capitalised_inside(text, "Zzz", 0)
    # inside a sentence at 42: true for the name at the start
    assert _capitalised_inside(text, "Müller-Lüdenscheid", 0)
    # "Müller-Wahl" stands only at a sentence start; "Müller-Lüdenscheid" does not
    # contain it, and the name at 42 is not "Müller-Wahl"
    position = text.index("Müller-Wahl")
    assert not _capitalised_inside(text, "Müller-Wahl", position)
    # "Müller" alone: inside a sentence at the end ("Heute kam Müller"), and as the
    # first part of the hyphenated name at 42
    assert _capitalised_inside(text, "Müller", text.index("Müller sagte"))


def test_hyphenated_name_only_as_part_of_a_longer_word_is_not_found() -> None:
    text = "Kamp-Lintfort sagte das. Gestern kam Kamp-Lintforter Besuch. " + FILLER
    for _ in range(10):
        _capitalised_inside(text, "Zzz", 0)
    assert not _capitalised_inside(text, "Kamp-Lintfort", 0)
