"""Plenary protocols: the header line of each speech names the speaker of its ``ich``."""

from __future__ import annotations

import polittext

PROTOCOL = """Präsidentin Julia Klöckner:

Das Wort hat jetzt die Kollegin Dr. Alice Weidel für die AfD-Fraktion.

Dr. Alice Weidel (AfD):

Frau Präsidentin! Meine Damen und Herren! Ich sage Ihnen: Diese Regierung ist gescheitert.

(Beifall bei der AfD – Zuruf von der SPD: Unsinn!)

Der Kanzler hat gestern gesagt, die Wirtschaft wachse wieder. Ich frage Sie: Wo denn?

Lars Klingbeil, Bundesminister der Finanzen:

Ich will eines klarstellen: Der Haushalt ist solide finanziert.
"""


def _by_content(text: str) -> dict[str, str | None]:
    return {
        q.content.text: q.speaker.name if q.speaker else None
        for q in polittext.attribute_quotes(text)
    }


def test_ich_is_the_speaker_of_the_header_above() -> None:
    quotes = _by_content(PROTOCOL)
    assert quotes["Diese Regierung ist gescheitert"] == "Alice Weidel"
    assert quotes["Wo denn"] == "Alice Weidel"
    assert quotes["Der Haushalt ist solide finanziert"] == "Lars Klingbeil"
    # A third person quoted in the speech keeps their own attribution.
    assert quotes["die Wirtschaft wachse wieder"] == "Kanzler"


def test_the_first_person_mentions_join_the_speaker() -> None:
    speakers = {s.name: s for s in polittext.detect_speakers(PROTOCOL)}
    assert "ich" not in speakers
    weidel = speakers["Alice Weidel"]
    assert [m.text for m in weidel.mentions].count("Ich") == 2
    assert weidel.affiliation == "AfD"


def test_without_headers_ich_stays_the_texts_own_speaker() -> None:
    text = "Merz sagte:\n\nIch sage Ihnen, dass die Rente sicher ist."
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "ich"
