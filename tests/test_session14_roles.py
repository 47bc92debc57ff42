"""Session 14: a role noun with a country in the genitive names one speaker, the office
holder, not the country (``der Präsident Frankreichs``). Sentences written for these tests.
"""

from __future__ import annotations

import polittext


def test_role_with_country_genitive_is_a_person() -> None:
    analysis = polittext.analyze("Der Präsident Frankreichs kündigte neue Sanktionen an.")
    speaker = analysis.speakers[0]
    assert speaker.name == "Präsident Frankreichs"
    assert speaker.kind.value == "person"
    assert "Präsident" in speaker.roles
    measure = analysis.measures[0]
    assert measure.actor is not None
    assert measure.actor.text == "Präsident Frankreichs"


def test_role_with_country_genitive_speaks() -> None:
    text = "Der Außenminister Russlands sagte, die Gespräche seien gescheitert."
    quote = polittext.analyze(text).quotes[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Außenminister Russlands"


def test_role_before_a_name_stays_the_name() -> None:
    # "Präsident Macron": the role's holder is named; the country reading needs a genitive.
    speakers = polittext.analyze("Präsident Macron sagte, die Lage sei ernst.").speakers
    assert [s.name for s in speakers] == ["Macron"]


def test_country_alone_stays_a_government() -> None:
    speakers = polittext.analyze("Frankreich kündigte neue Sanktionen an.").speakers
    assert speakers[0].kind.value == "government"


def test_government_in_its_capital() -> None:
    analysis = polittext.analyze("Die Führung in Peking kündigte Gegenzölle an.")
    speaker = analysis.speakers[0]
    assert speaker.kind.value == "government"
    assert speaker.name == "China"
    assert analysis.measures[0].actor is not None
    assert analysis.measures[0].actor.text == "Führung in Peking"


def test_government_noun_without_a_place_stays() -> None:
    speakers = polittext.analyze("Die Regierung in der Krise sagte, sie werde handeln.").speakers
    assert [s.kind.value for s in speakers][:1] == ["group"]


def test_clause_before_a_colon_is_no_name() -> None:
    # The subject of the clause speaks; the mention is the subject, not the whole clause.
    text = "Ihr Stellvertreter zog eine andere Bilanz: „Wir sind gescheitert.“"
    quote = polittext.analyze(text).quotes[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Stellvertreter"


def test_name_line_before_a_colon_is_the_mention() -> None:
    text = "Die Sprecherin von Greenpeace: „Das ist ein Skandal.“"
    quote = polittext.analyze(text).quotes[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Die Sprecherin von Greenpeace"
