"""A press release of our own, read by hand: layout labels, a colon line before
its speaker is introduced, a source in the genitive, an ordinal range."""

from __future__ import annotations

import polittext

RELEASE = """Pressemitteilung Nr. 147/2026

Berlin, 12. November 2026

Klingbeil: „Der Haushalt 2027 schafft Spielraum für Investitionen“

Das Bundeskabinett hat heute den Entwurf des Bundeshaushalts 2027 beschlossen. \
Bundesfinanzminister Lars Klingbeil erklärte dazu: „Wir investieren so viel wie nie zuvor.“

Nach Angaben des Ministeriums wird der Bundestag den Haushalt am 28. November in 2./3. \
Lesung beraten.

Kontakt: Pressestelle, Tel. 030 18682-0

Foto: dpa
"""


def test_the_colon_line_is_the_finance_ministers_words() -> None:
    analysis = polittext.analyze(RELEASE)
    first = analysis.quotes[0]
    assert first.content.text == "Der Haushalt 2027 schafft Spielraum für Investitionen"
    # Not the cabinet of the next sentence: the name before the colon speaks, and
    # it is the minister introduced with his full name later.
    assert first.speaker is not None
    assert first.speaker.name == "Lars Klingbeil"
    assert first.speaker_mention is not None
    assert first.speaker_mention.text == "Klingbeil"


def test_the_ministry_in_the_genitive_is_an_institution() -> None:
    analysis = polittext.analyze(RELEASE)
    [quote] = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "Nach Angaben"]
    assert quote.content.text.endswith("in 2./3. Lesung beraten")
    assert quote.speaker is not None
    assert quote.speaker.kind.value == "institution"


def test_layout_labels_before_a_colon_are_no_speakers() -> None:
    analysis = polittext.analyze(RELEASE)
    names = {s.name for s in analysis.speakers}
    assert "Kontakt" not in names
    assert "Foto" not in names
    assert not [q for q in analysis.quotes if "Pressestelle" in q.content.text]
    assert not [q for q in analysis.quotes if q.content.text == "dpa"]


def test_the_ordinal_range_does_not_end_the_sentence() -> None:
    texts = [s.text for s in polittext.split_sentences(RELEASE)]
    assert (
        "Nach Angaben des Ministeriums wird der Bundestag den Haushalt am 28. November in "
        "2./3. Lesung beraten." in texts
    )
