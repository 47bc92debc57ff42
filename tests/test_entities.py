"""Entity mentions (polittext.entities.find_entities), before speaker filtering.

Unlike speakers, entities include everyone who could speak, quoted or not.
Expectations come from reading the sentences.
"""

from __future__ import annotations

from polittext import SpeakerKind
from polittext.entities import find_entities, word_tokens


def entities(text: str) -> list[tuple[str, str, list[str]]]:
    table = find_entities(text)
    rows = []
    for entity in table.entities:
        rows.append((entity.name, entity.kind.value, [text[s:e] for s, e, _ in entity.mentions]))
    return rows


def test_unquoted_persons_are_entities() -> None:
    text = "Bundeskanzler Friedrich Merz traf den französischen Präsidenten Emmanuel Macron."
    names = [name for name, _, _ in entities(text)]
    assert "Friedrich Merz" in names
    assert "Emmanuel Macron" in names


def test_surname_merges_into_one_entity() -> None:
    text = "Die Grünen-Politikerin Ricarda Lang kam spät. Lang entschuldigte sich."
    rows = [row for row in entities(text) if row[1] == "person"]
    assert rows == [("Ricarda Lang", "person", ["Ricarda Lang", "Lang"])]


def test_capital_stands_for_the_government_of_its_country() -> None:
    text = "Die Gespräche zwischen Kiew und Moskau stocken."
    rows = {name: (kind, mentions) for name, kind, mentions in entities(text)}
    assert rows["Russland"] == (SpeakerKind.GOVERNMENT.value, ["Moskau"])
    assert rows["Ukraine"] == (SpeakerKind.GOVERNMENT.value, ["Kiew"])


def test_party_is_an_entity() -> None:
    text = "Die SPD hat ihren Parteitag auf den Herbst verschoben."
    rows = {name: kind for name, kind, _ in entities(text)}
    assert rows["SPD"] == SpeakerKind.ORGANISATION.value


def test_word_tokens_keep_hyphens_and_offsets() -> None:
    text = "Die CDU/CSU-Fraktion und Grünen-Chef Banaszak, 2025"
    tokens = word_tokens(text, 0, len(text))
    for start, end, word in tokens:
        assert text[start:end] == word
    words = [w for _, _, w in tokens]
    assert "Grünen-Chef" in words
    assert "Banaszak" in words
    assert "2025" in words
