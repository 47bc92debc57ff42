"""Cue detection, round 7: greeting formulas, first-person cue verbs, ``nach`` frames."""

from __future__ import annotations

import pytest

import polittext


def events(text: str) -> list[str]:
    """The cue texts of all speech events of ``text`` (offsets checked)."""
    found = polittext.analyze(text).speech_events
    for event in found:
        assert event.cue.text == text[event.cue.start : event.cue.end]
    return [event.cue.text for event in found]


@pytest.mark.parametrize(
    "text",
    [
        "Vielen Dank.",
        "Herzlichen Dank, Frau Kollegin.",
        "Das war es von meiner Seite. Vielen herzlichen Dank für Ihre Aufmerksamkeit.",
    ],
)
def test_greeting_formula_is_no_speech_event(text: str) -> None:
    assert "Dank" not in events(text)


def test_thanks_with_article_stays_an_event() -> None:
    assert "Dank" in events("Der Dank an die Pflegekräfte kam von allen Fraktionen.")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ich danke Ihnen für die Aufmerksamkeit.", "danke"),
        ("Deshalb bitte ich Sie um Zustimmung.", "bitte"),
        ("Ich meine, das ist falsch.", "meine"),
    ],
)
def test_first_person_verb_beside_ich_is_a_cue(text: str, cue: str) -> None:
    assert cue in events(text)


@pytest.mark.parametrize(
    "text",
    ["Das ist meine Partei.", "Frau Kollegin, bitte.", "Sie sagte danke und ging."],
)
def test_homograph_without_ich_is_no_cue(text: str) -> None:
    assert not {"meine", "bitte", "danke"} & set(events(text))


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, cue text, message text) of each quote of ``text`` (offsets checked)."""
    found = polittext.attribute_quotes(text)
    for quote in found:
        assert quote.content.text == text[quote.content.start : quote.content.end]
        if quote.cue is not None:
            assert quote.cue.text == text[quote.cue.start : quote.cue.end]
    return [(q.kind.value, q.cue.text if q.cue else None, q.content.text) for q in found]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        (
            "Nach dem Grundgesetz bestimmt der Bundeskanzler die Richtlinien der Politik.",
            "Nach dem Grundgesetz",
            "bestimmt der Bundeskanzler die Richtlinien der Politik",
        ),
        (
            "Nach dem Bundeswahlgesetz müssen die Parteien ihre Listen bis Juli einreichen.",
            "Nach dem Bundeswahlgesetz",
            "müssen die Parteien ihre Listen bis Juli einreichen",
        ),
        (
            "Nach den bisherigen Ermittlungen soll der Täter allein gehandelt haben.",
            "Nach den bisherigen Ermittlungen",
            "soll der Täter allein gehandelt haben",
        ),
        (
            "Nach bisherigem Erkenntnisstand war ein defektes Kabel die Ursache.",
            "Nach bisherigem Erkenntnisstand",
            "war ein defektes Kabel die Ursache",
        ),
    ],
)
def test_nach_with_standing_text_or_state_of_knowledge(text: str, cue: str, message: str) -> None:
    assert ("indirect", cue, message) in quotes(text)


def test_nach_state_of_knowledge_inside_the_sentence() -> None:
    text = "Die Firma will nach den bisherigen Planungen im Jahr 2027 ein Werk bauen."
    assert [cue for _kind, cue, _message in quotes(text)] == ["nach den bisherigen Planungen"]


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Treffen reiste die Ministerin nach Berlin.",
        "Nach der Mitteilung kam es zu Protesten.",
        "Eltern erhalten Leistungen nach dem Infektionsschutzgesetz.",
        "Er hörte laut Musik.",
        "Die Menge rief laut Parolen.",
        "Die Musik war sehr laut.",
        "Der Minister sagte das Treffen ab.",
        "Sie teilte das Brot mit den Kindern.",
    ],
)
def test_no_cue(text: str) -> None:
    assert quotes(text) == []


def test_laut_after_a_verb_of_motion_stays_a_source() -> None:
    assert quotes("Die Zahl stieg laut Polizei auf 20.")[0][1] == "laut"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bei Bränden gibt es aber laut ai-Bericht eine hohe Dunkelziffer.", "ai-Bericht"),
        ("Die Bahn will laut einer dpa-Meldung 300 Züge kaufen.", "einer dpa-Meldung"),
        (
            "Die Streiks sollen ausgesetzt werden, so verdi-Verhandlungsführer Frank Bäsler.",
            "Frank Bäsler",
        ),
    ],
)
def test_source_compound_with_lower_case_modifier(text: str, source: str) -> None:
    found = polittext.attribute_quotes(text)
    assert [(q.cue.text if q.cue else None) for q in found] in (["laut"], ["so"])
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == source


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Viele Diäten wirken nicht, so das Ergebnis einer gestern vorgestellten Studie.",
            "Viele Diäten wirken nicht",
        ),
        (
            "Die Partei hetze im Wahlkampf – so der Vorwurf – gegen Minderheiten.",
            "Die Partei hetze im Wahlkampf",
        ),
    ],
)
def test_so_parenthesis_after_comma_or_dash(text: str, message: str) -> None:
    found = quotes(text)
    assert [cue for _kind, cue, _message in found] == ["so"]
    assert found[0][2].startswith(message)


def test_so_as_plain_adverb_is_no_cue() -> None:
    assert quotes("Das Wetter war so schlecht, dass die Feier ausfiel.") == []


def test_danach_after_a_report_is_a_source() -> None:
    text = "Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie Verluste."
    assert quotes(text) == [("indirect", "Danach", "verzeichnet sie Verluste")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm den Mann fest. Danach wurde er verhört.",
        "Nach Angaben der Polizei drangen die Täter nachts ein. Danach legten sie Feuer.",
    ],
)
def test_danach_after_a_narrative_sentence_is_a_time(text: str) -> None:
    assert "Danach" not in [cue for _kind, cue, _message in quotes(text)]


def test_konjunktiv_cue_inside_a_message_is_no_quote_of_its_own() -> None:
    text = "Der Minister sagte, man erwäge, rechtliche Schritte einzuleiten."
    assert quotes(text) == [
        ("indirect", "sagte", "man erwäge, rechtliche Schritte einzuleiten"),
    ]


def test_first_person_cue_inside_a_message_stays() -> None:
    text = "Sie sagte, ich hoffe, dass es klappt."
    assert "hoffe" in [cue for _kind, cue, _message in quotes(text)]


LEAD = "Der Minister legte am Montag einen Bericht vor. "


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Im Gesetzentwurf steht: Die Steuer wird erhöht.", "Die Steuer wird erhöht"),
        ("Darin steht, dass die Steuer steigt.", "dass die Steuer steigt"),
    ],
)
def test_steht_at_a_place_in_a_text_is_a_writing_cue(text: str, message: str) -> None:
    assert ("indirect", "steht", message) in quotes(LEAD + text)


@pytest.mark.parametrize(
    "text",
    ["Die Frage steht im Mittelpunkt.", "Das Ergebnis steht fest.", "Er stand auf dem Platz."],
)
def test_steht_elsewhere_is_no_cue(text: str) -> None:
    found = events(LEAD + text)
    assert "steht" not in found
    assert "stand" not in found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Das finde ich sehr bedenklich.", "finde"),
        ("Ich halte es für richtig, die Daten zu nutzen.", "halte"),
        ("Wir halten das für eine Fehlentwicklung.", "halten"),
    ],
)
def test_own_view_with_weak_cue_is_an_event(text: str, cue: str) -> None:
    assert cue in events(LEAD + text)


@pytest.mark.parametrize(
    "text", ["Die Sitzung findet am Montag statt.", "Die Polizei hält die Straße frei."]
)
def test_weak_cue_without_own_view_is_no_event(text: str) -> None:
    found = events(LEAD + text)
    assert "findet" not in found
    assert "hält" not in found


def test_halten_fuer_frames_a_quoted_view() -> None:
    text = LEAD + "Der Staatsanwalt hält den Angeklagten für „gefährlich“."
    assert [cue for _kind, cue, _message in quotes(text)] == ["hält"]


@pytest.mark.parametrize("text", ["Er hält eine Rede.", "Sie hält sich an die Regeln."])
def test_halten_without_fuer_is_no_cue(text: str) -> None:
    found = events(LEAD + text)
    assert "hält" not in found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Wir sind uns alle einig, dass hier etwas geschehen muss.", "einig"),
        ("Ist Ihnen bekannt, dass es bereits einen Beschluss gibt?", "bekannt"),
        ("Uns ist bewusst, dass es um eine Abwägung geht.", "bewusst"),
    ],
)
def test_stance_adjectives_with_dass(text: str, cue: str) -> None:
    assert cue in events(LEAD + text)


def test_impersonal_stance_is_no_event() -> None:
    assert "bekannt" not in events(LEAD + "Es ist bekannt, dass die Zahl steigt.")


@pytest.mark.parametrize(
    "text",
    [
        "Das Tragen falscher Titel ist ein Vergehen gemäß § 132a StGB.",
        "Die Messstellen müssen gemäß den europäischen Vorgaben geprüft werden.",
        "Solche Raketen sind gemäß dem INF-Vertrag verboten.",
    ],
)
def test_gemaess_a_rule_is_no_source(text: str) -> None:
    assert "gemäß" not in [cue for _kind, cue, _message in quotes(LEAD + text)]


def test_gemaess_a_speaker_is_a_source() -> None:
    text = LEAD + "Die Baustelle würde gemäß einem Sprecher des Unternehmens bis Montag ruhen."
    assert "gemäß" in [cue for _kind, cue, _message in quotes(text)]


def test_wonach_after_a_verb_object_is_the_cue() -> None:
    text = LEAD + "Das Amt bestätigte die Befunde der Prüfer, wonach 15 Rinder erkrankt seien."
    assert quotes(text) == [("indirect", "wonach", "15 Rinder erkrankt seien")]


def test_zeigen_is_an_event_without_a_quote() -> None:
    assert "zeigt" in events(LEAD + "Der Fall zeigt den Schaden dieser Politik.")


@pytest.mark.parametrize("text", ["Danke schön.", "Bitte nehmen Sie Platz!", "Bitte sehr."])
def test_interjection_is_no_speech_event(text: str) -> None:
    assert events(LEAD + text)[2:] == []


def test_gehoert_without_auxiliary_is_gehoeren() -> None:
    assert "gehört" not in events(LEAD + "Dazu gehört auch der Innenminister.")


def test_gehoert_with_auxiliary_is_a_cue() -> None:
    assert "gehört" in events(LEAD + "Wir haben es von den Experten gehört.")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Das ist ein wichtiger Beitrag zur Rechtsklarheit.", "Beitrag"),
        ("Das regelt Artikel 122 des Vertrags.", "Artikel"),
        ("Wir nehmen die Sorgen der Eltern ernst.", "Sorgen"),
    ],
)
def test_weak_noun_without_quote_is_no_event(text: str, noun: str) -> None:
    assert noun not in events(LEAD + text)


def test_possessive_meinen_is_no_cue() -> None:
    assert "meinen" not in events(LEAD + "Ich möchte meinen Kindern keine Schulden hinterlassen.")


def test_verb_meinen_stays_a_cue() -> None:
    assert "meinen" in events(LEAD + "Das meinen wir aufrichtig und ernst.")


def test_zu_geben_is_the_infinitive_of_geben() -> None:
    found = events(LEAD + "Es gilt, den Menschen eine ehrliche Perspektive zu geben.")
    assert "zu geben" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ein Rückzug ist ausgeschlossen.",
        "Viele Familien sind auf diese Hilfe angewiesen.",
        "Wir rechnen mit höheren Kosten.",
    ],
)
def test_judging_verb_without_quote_is_no_event(text: str) -> None:
    assert events(LEAD + text)[2:] == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben Gott sei Dank starke Krankenhäuser.",
        "Dank dem Einsatz der Helfer sind alle gerettet.",
    ],
)
def test_dank_as_exclamation_or_preposition_is_no_event(text: str) -> None:
    assert "Dank" not in events(LEAD + text)
