"""Quote attribution (polittext.attribute_quotes).

Conventions (from the docs of polittext.types.Quote and polittext.quotes): a
direct quote's content is what stands between the quotation marks; an
indirect quote's content is the reported clause, with its ``dass`` but
without the sentence's final period; a reported continuation is the whole
sentence; a headline quote is the claim after the colon. Every expected row
below was written from reading the German sentence.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import Row
from polittext import Quote, QuoteKind


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def quotes(text: str) -> list[Quote]:
    found = polittext.attribute_quotes(text)
    for q in found:
        spans = [q.content, *q.cue_parts]
        spans += [s for s in (q.cue, q.speaker_mention) if s is not None]
        for span in spans:
            assert span.text == text[span.start : span.end]
    return found


def rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            q.kind.value,
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker.name if q.speaker else None,
        )
        for q in quotes(text)
    ]


def check(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert rows(text) == expected


# --- direct quotes in every quotation style ------------------------------------

DIRECT = [
    pytest.param(
        "Merz sagte: „Wir werden die Wirtschaft wieder auf Wachstumskurs bringen.“",
        [
            (
                "direct",
                "Wir werden die Wirtschaft wieder auf Wachstumskurs bringen.",
                "sagte",
                "Merz",
            )
        ],
        id="german_marks_frame_before",
    ),
    pytest.param(
        "„Wir lassen niemanden zurück“, sagte Arbeitsministerin Bärbel Bas.",
        [("direct", "Wir lassen niemanden zurück", "sagte", "Bärbel Bas")],
        id="german_marks_frame_after",
    ),
    pytest.param(
        "„Die Schuldenbremse bleibt“, so Merz.",
        [("direct", "Die Schuldenbremse bleibt", "so", "Merz")],
        id="so_name_after",
    ),
    pytest.param(
        '"Das ist ein schwarzer Tag für die Demokratie", sagte Grünen-Chef Felix Banaszak.',
        [("direct", "Das ist ein schwarzer Tag für die Demokratie", "sagte", "Felix Banaszak")],
        id="typewriter_marks",
    ),
    pytest.param(
        "Innenminister Alexander Dobrindt erklärte: »Die Zahl der Asylanträge ist deutlich gesunken.«",
        [
            (
                "direct",
                "Die Zahl der Asylanträge ist deutlich gesunken.",
                "erklärte",
                "Alexander Dobrindt",
            )
        ],
        id="guillemets",
    ),
    pytest.param(
        "»Wir stehen an der Seite Israels«, betonte Außenminister Johann Wadephul.",
        [("direct", "Wir stehen an der Seite Israels", "betonte", "Johann Wadephul")],
        id="guillemets_frame_after",
    ),
    pytest.param(
        "Bundesrätin Karin Keller-Sutter sagte: «Die Schweiz bleibt neutral.»",
        [("direct", "Die Schweiz bleibt neutral.", "sagte", "Karin Keller-Sutter")],
        id="swiss_guillemets",
    ),
    pytest.param(
        "Der französische Präsident Emmanuel Macron sagte: “Europa muss souveräner werden.”",
        [("direct", "Europa muss souveräner werden.", "sagte", "Emmanuel Macron")],
        id="english_curly_marks",
    ),
    pytest.param(
        "„Wir sind nicht naiv“, sagte die Ministerin Anna Berg. „Aber wir bleiben gesprächsbereit.“",
        [
            ("direct", "Wir sind nicht naiv", "sagte", "Anna Berg"),
            # The continuing quote is framed by the same cue (as SpkAtt annotates it).
            ("direct", "Aber wir bleiben gesprächsbereit.", "sagte", "Anna Berg"),
        ],
        id="second_quote_continues_speaker",
    ),
    pytest.param(
        "Die Wirtschaftsweise Monika Schnitzer besuchte das Werk. "
        "„Wir brauchen dringend günstigere Energie“, sagte sie.",
        [("direct", "Wir brauchen dringend günstigere Energie", "sagte", "Monika Schnitzer")],
        id="pronoun_after_quote",
    ),
    pytest.param(
        "Kanzleramtschef Thorsten Frei erklärte vor Journalisten mit den Worten: "
        "„Die Koalition arbeitet.“",
        [("direct", "Die Koalition arbeitet.", "erklärte", "Thorsten Frei")],
        id="mit_den_worten",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct(text: str, expected: list[Row]) -> None:
    check(text, expected)


def test_multi_sentence_quote_frame_before() -> None:
    text = (
        "Bundespräsident Frank-Walter Steinmeier sagte: „Die Demokratie ist kein Selbstläufer. "
        "Sie braucht Menschen, die sich einsetzen.“"
    )
    found = quotes(text)
    assert rows(text) == [
        (
            "direct",
            "Die Demokratie ist kein Selbstläufer. Sie braucht Menschen, die sich einsetzen.",
            "sagte",
            "Frank-Walter Steinmeier",
        )
    ]
    assert found[0].sentence_indices == (0, 1)


def test_multi_sentence_quote_frame_after() -> None:
    text = (
        "„Das Paket ist ausgewogen. Es entlastet Familien und Betriebe“, sagte Finanzminister "
        "Lars Klingbeil."
    )
    check(
        text,
        [
            (
                "direct",
                "Das Paket ist ausgewogen. Es entlastet Familien und Betriebe",
                "sagte",
                "Lars Klingbeil",
            )
        ],
    )


def test_nested_quote_is_part_of_the_outer_quote() -> None:
    text = "Der CDU-Politiker Jens Spahn sagte: „Wer von einer ‚Wende‘ spricht, muss auch liefern.“"
    check(
        text,
        [("direct", "Wer von einer ‚Wende‘ spricht, muss auch liefern.", "sagte", "Jens Spahn")],
    )


def test_nested_quote_with_inner_speech() -> None:
    text = (
        "Die Abgeordnete Sahra Wagenknecht sagte: „Der Minister hat uns versprochen: ‚Das Geld "
        "ist da.‘ Jetzt will er davon nichts mehr wissen.“"
    )
    outer = [q for q in quotes(text) if q.kind is QuoteKind.DIRECT and q.speaker is not None]
    assert [
        (q.content.text, q.speaker.name) for q in outer if q.speaker.name == "Sahra Wagenknecht"
    ] == [
        (
            "Der Minister hat uns versprochen: ‚Das Geld ist da.‘ Jetzt will er davon nichts mehr wissen.",
            "Sahra Wagenknecht",
        )
    ]


def test_cue_and_speaker_offsets() -> None:
    text = "„Wir haben geliefert“, sagte SPD-Chef Lars Klingbeil in Berlin."
    (q,) = quotes(text)
    assert (q.cue.start, q.cue.end) == (text.index("sagte"), text.index("sagte") + 5)
    assert q.speaker_mention is not None
    assert "Lars Klingbeil" in q.speaker_mention.text
    assert q.content.start == 1


# --- titles, names and scare quotes are no quotes -------------------------------

NOT_QUOTES = [
    pytest.param(
        "Die Bundeswehr beteiligt sich an der Operation „Sommerwind“.", id="operation_name"
    ),
    pytest.param("Das sogenannte „Heizungsgesetz“ sorgt weiter für Streit.", id="sogenannte"),
    pytest.param("Der Film „Das Leben der Anderen“ gewann einen Oscar.", id="film_title"),
    pytest.param("Die Kampagne „Deutschland packt an“ startet im Mai.", id="campaign_title"),
    pytest.param("Seine „Agenda 2010“ spaltete die SPD bis heute.", id="agenda_2010"),
    pytest.param(
        "Die Koalition stellte ihr Papier unter dem Titel „Mehr Fortschritt wagen“ vor.",
        id="paper_title",
    ),
    pytest.param("Der Artikel erschien in der Zeitung »Die Welt« am Samstag.", id="newspaper_name"),
    pytest.param('Die Partei setzt auf "Sicherheit" als Wahlkampfthema.', id="scare_quotes"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text: str) -> None:
    assert quotes(text) == []


# --- mixed quotes -----------------------------------------------------------------

MIXED = [
    pytest.param(
        "Die Ökonomin Veronika Grimm nannte die Lage „ausgesprochen prekär“.",
        [("mixed", "ausgesprochen prekär", "nannte", "Veronika Grimm")],
        id="nannte",
    ),
    pytest.param(
        "CSU-Chef Markus Söder bezeichnete den Vorschlag als „völlig weltfremd“.",
        [("mixed", "völlig weltfremd", "bezeichnete", "Markus Söder")],
        id="bezeichnete_als",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed(text: str, expected: list[Row]) -> None:
    check(text, expected)


def test_mixed_sprach_von() -> None:
    text = "Verdi-Chef Frank Werneke sprach von einem „Angriff auf die Beschäftigten“."
    (q,) = quotes(text)
    assert q.kind is QuoteKind.MIXED
    assert q.content.text == "Angriff auf die Beschäftigten"
    assert q.speaker is not None
    assert q.speaker.name == "Frank Werneke"
    assert q.cue is not None
    assert q.cue.text.startswith("sprach")


# --- indirect speech ------------------------------------------------------------

INDIRECT = [
    pytest.param(
        "Entwicklungsministerin Svenja Schulze betonte, dass die Entwicklungshilfe nicht "
        "gekürzt werden dürfe.",
        [
            (
                "indirect",
                "dass die Entwicklungshilfe nicht gekürzt werden dürfe",
                "betonte",
                "Svenja Schulze",
            )
        ],
        id="betonte_dass",
    ),
    pytest.param(
        "Kanzler Olaf Scholz sagte, er sei mit dem Ergebnis zufrieden.",
        [("indirect", "er sei mit dem Ergebnis zufrieden", "sagte", "Olaf Scholz")],
        id="sagte_konjunktiv",
    ),
    pytest.param(
        "Markus Söder erklärte, Bayern werde gegen das Gesetz klagen.",
        [("indirect", "Bayern werde gegen das Gesetz klagen", "erklärte", "Markus Söder")],
        id="erklaerte_werde",
    ),
    pytest.param(
        "Laut Kanzler Friedrich Merz ist die Rente sicher.",
        [("indirect", "ist die Rente sicher", "Laut", "Friedrich Merz")],
        id="laut",
    ),
    pytest.param(
        "Laut Bundesagentur für Arbeit stieg die Zahl der Arbeitslosen.",
        [("indirect", "stieg die Zahl der Arbeitslosen", "Laut", "Bundesagentur für Arbeit")],
        id="laut_name_with_preposition",
    ),
    pytest.param(
        "Herr Kollege Müller hat vorhin gesagt, wir bräuchten mehr Investitionen.",
        [("indirect", "wir bräuchten mehr Investitionen", "gesagt", "Müller")],
        id="perfect_cue_konjunktiv_ii",
    ),
    pytest.param(
        "Die Ministerin hat erklärt, die Lage ist ernst.",
        [("indirect", "die Lage ist ernst", "erklärt", "Ministerin")],
        id="perfect_cue_indicative",
    ),
    pytest.param(
        "Nach Angaben des Bundesamts für Migration und Flüchtlinge sank die Zahl der Anträge.",
        [
            (
                "indirect",
                "sank die Zahl der Anträge",
                "Nach Angaben",
                "Bundesamt für Migration und Flüchtlinge",
            )
        ],
        id="nach_angaben_genitive_name",
    ),
    pytest.param(
        "Der Bundesbank zufolge wird die Wirtschaft im kommenden Jahr wieder wachsen.",
        [
            (
                "indirect",
                "wird die Wirtschaft im kommenden Jahr wieder wachsen",
                "zufolge",
                "Bundesbank",
            )
        ],
        id="zufolge",
    ),
    pytest.param(
        "Nach Angaben der Polizei nahmen rund 20.000 Menschen an der Demonstration teil.",
        [
            (
                "indirect",
                "nahmen rund 20.000 Menschen an der Demonstration teil",
                "Nach Angaben",
                "Polizei",
            )
        ],
        id="nach_angaben_der",
    ),
    pytest.param(
        "Nach Angaben von Verkehrsminister Patrick Schnieder sollen die Bauarbeiten im Herbst beginnen.",
        [
            (
                "indirect",
                "sollen die Bauarbeiten im Herbst beginnen",
                "Nach Angaben",
                "Patrick Schnieder",
            )
        ],
        id="nach_angaben_von",
    ),
    pytest.param(
        "Andrea Nahles wies darauf hin, dass die Zahl der offenen Stellen sinke.",
        [
            (
                "indirect",
                "dass die Zahl der offenen Stellen sinke",
                "wies darauf hin",
                "Andrea Nahles",
            )
        ],
        id="wies_darauf_hin",
    ),
    pytest.param(
        "Gesundheitsminister Karl Lauterbach räumte ein, dass die Reform zu spät komme.",
        [("indirect", "dass die Reform zu spät komme", "räumte ein", "Karl Lauterbach")],
        id="raeumte_ein",
    ),
    pytest.param(
        "Die Bundesregierung kündigte an, dass das Bürgergeld grundlegend reformiert werde.",
        [
            (
                "indirect",
                "dass das Bürgergeld grundlegend reformiert werde",
                "kündigte an",
                "Bundesregierung",
            )
        ],
        id="kuendigte_an",
    ),
    pytest.param(
        "Die Opposition fragte, wann das Gesetz endlich komme.",
        [("indirect", "wann das Gesetz endlich komme", "fragte", "Opposition")],
        id="w_clause",
    ),
    pytest.param(
        "Die Lage sei ernst, sagte Verteidigungsminister Boris Pistorius.",
        [("indirect", "Die Lage sei ernst", "sagte", "Boris Pistorius")],
        id="inverted_cue",
    ),
    pytest.param(
        "Friedrich Merz stellte klar: Eine Steuererhöhung wird es mit ihm nicht geben.",
        [
            (
                "indirect",
                "Eine Steuererhöhung wird es mit ihm nicht geben",
                "stellte klar",
                "Friedrich Merz",
            )
        ],
        id="colon_without_marks",
    ),
    pytest.param(
        "Kritiker bemängeln, ob das Geld tatsächlich bei den Familien ankomme, sei völlig offen.",
        [
            (
                "indirect",
                "ob das Geld tatsächlich bei den Familien ankomme, sei völlig offen",
                "bemängeln",
                "Kritiker",
            )
        ],
        id="ob_clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect(text: str, expected: list[Row]) -> None:
    check(text, expected)


def test_separable_cue_parts() -> None:
    text = "Gesundheitsminister Karl Lauterbach räumte ein, dass die Reform zu spät komme."
    (q,) = quotes(text)
    assert [p.text for p in q.cue_parts] == ["räumte", "ein"]


def test_separable_cue_with_words_between() -> None:
    text = "Die Ministerin Anna Berg teilte am Abend in Berlin mit, dass sie zurücktrete."
    (q,) = quotes(text)
    assert q.kind is QuoteKind.INDIRECT
    assert q.content.text == "dass sie zurücktrete"
    assert [p.text for p in q.cue_parts] == ["teilte", "mit"]
    assert q.speaker is not None
    assert q.speaker.name == "Anna Berg"


INDIRECT_HARDER = [
    pytest.param(
        "Grünen-Chef Felix Banaszak kritisierte, die Regierung verschleppe den Klimaschutz.",
        [
            (
                "indirect",
                "die Regierung verschleppe den Klimaschutz",
                "kritisierte",
                "Felix Banaszak",
            )
        ],
        id="konjunktiv_i_regular_verb",
    ),
    pytest.param(
        "Die Familienministerin Lisa Paus erklärte, das Paket entlaste Familien spürbar.",
        [("indirect", "das Paket entlaste Familien spürbar", "erklärte", "Lisa Paus")],
        id="konjunktiv_i_entlaste",
    ),
    pytest.param(
        "Wirtschaftsministerin Katherina Reiche betonte, die Energiepreise müssten sinken.",
        [
            (
                "indirect",
                "die Energiepreise müssten sinken",
                "betonte",
                "Katherina Reiche",
            )
        ],
        id="konjunktiv_ii_muessten",
    ),
    pytest.param(
        "Die Bundesregierung teilte mit, die Gespräche mit den Ländern würden fortgesetzt.",
        [
            (
                "indirect",
                "die Gespräche mit den Ländern würden fortgesetzt",
                "teilte mit",
                "Bundesregierung",
            )
        ],
        id="konjunktiv_ii_wuerden",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_HARDER)
def test_indirect_harder(text: str, expected: list[Row]) -> None:
    check(text, expected)


# --- reported continuation ---------------------------------------------------------


def reported_by(text: str, name: str) -> list[str]:
    """Contents of the reported quotes attributed to ``name``."""
    return [
        q.content.text
        for q in quotes(text)
        if q.kind is QuoteKind.REPORTED and q.speaker is not None and q.speaker.name == name
    ]


def test_reported_continuation_in_konjunktiv_i() -> None:
    text = (
        "Umweltminister Carsten Schneider sagte, das Klimaziel sei erreichbar. "
        "Dafür sei aber ein schnellerer Ausbau der Windkraft nötig. "
        "Der Bund habe seinen Teil bereits getan."
    )
    assert rows(text)[0] == (
        "indirect",
        "das Klimaziel sei erreichbar",
        "sagte",
        "Carsten Schneider",
    )
    # Whether the two reported sentences are one quote or two is a convention;
    # both must be reported speech of Schneider.
    reported = " ".join(reported_by(text, "Carsten Schneider"))
    assert reported == (
        "Dafür sei aber ein schnellerer Ausbau der Windkraft nötig. "
        "Der Bund habe seinen Teil bereits getan."
    )


def test_reported_continuation_in_konjunktiv_ii() -> None:
    text = (
        "Umweltminister Carsten Schneider sagte, das Klimaziel sei erreichbar. "
        "Die Länder müssten dafür mehr Flächen ausweisen."
    )
    assert rows(text)[0] == (
        "indirect",
        "das Klimaziel sei erreichbar",
        "sagte",
        "Carsten Schneider",
    )
    assert reported_by(text, "Carsten Schneider") == [
        "Die Länder müssten dafür mehr Flächen ausweisen."
    ]


def test_reported_continuation_stops_at_indicative() -> None:
    text = (
        "Die Ministerin Anna Berg betonte, dass der Haushalt solide sei. "
        "Die Opposition hält das Zahlenwerk dagegen für geschönt."
    )
    assert rows(text) == [
        ("indirect", "dass der Haushalt solide sei", "betonte", "Anna Berg"),
    ]


def test_reported_continuation_with_habe() -> None:
    text = (
        "Der Kreml erklärte, man habe keine Truppen verlegt. "
        "Die Berichte westlicher Medien seien frei erfunden."
    )
    found = rows(text)
    assert [r[0] for r in found] == ["indirect", "reported"]
    assert found[1][1] == "Die Berichte westlicher Medien seien frei erfunden."
    assert found[0][3] == found[1][3]


# --- headline quotes ----------------------------------------------------------------


def test_headline_name_claim() -> None:
    text = (
        "Lindner: Die Schuldenbremse gilt auch 2025\n\n"
        "Der Finanzminister bekräftigte seine Haltung im Bundestag."
    )
    assert rows(text) == [("headline", "Die Schuldenbremse gilt auch 2025", None, "Lindner")]


def test_headline_role_name_claim() -> None:
    text = (
        "Verdi-Chef Werneke: Streiks sind unvermeidlich\n\n"
        "Die Gewerkschaft droht mit weiteren Arbeitskämpfen im Nahverkehr."
    )
    (q,) = quotes(text)
    assert q.kind is QuoteKind.HEADLINE
    assert q.content.text == "Streiks sind unvermeidlich"
    assert q.speaker is not None
    assert q.speaker.name == "Werneke"


def test_headline_topic_colon_is_no_quote() -> None:
    text = (
        "Rente: Das plant die Koalition\n\n"
        "Das Rentenniveau soll bis 2031 bei 48 Prozent gehalten werden."
    )
    assert quotes(text) == []


def test_headline_speaker_merges_with_body() -> None:
    text = (
        "Baerbock: Europa muss handeln\n\n"
        "Außenministerin Annalena Baerbock sagte am Montag, die Zeit dränge."
    )
    found = rows(text)
    assert found == [
        ("headline", "Europa muss handeln", None, "Annalena Baerbock"),
        ("indirect", "die Zeit dränge", "sagte", "Annalena Baerbock"),
    ]


# --- no quote ---------------------------------------------------------------------

NO_QUOTES = [
    pytest.param("Der Minister sagte die Reise nach Peking kurzfristig ab.", id="absagen"),
    pytest.param("Die Kanzlerin sprach am Abend mit Journalisten.", id="sprechen_mit"),
    pytest.param("Der Bundestag hat den Haushalt für 2026 beschlossen.", id="plain_report"),
    pytest.param("Die Rede des Präsidenten dauerte zwei Stunden.", id="speech_noun_only"),
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_no_quotes(text: str) -> None:
    assert quotes(text) == []


def test_attribute_quotes_accepts_an_analysis() -> None:
    text = "„Wir sind bereit“, sagte Merz. Kritiker warnten, das sei zu wenig."
    analysis = polittext.analyze(text)
    assert polittext.attribute_quotes(analysis) == list(analysis.quotes)
    assert polittext.attribute_quotes(text) == list(analysis.quotes)


# --- more mixed cases ---------------------------------------------------------------


def test_split_direct_quote_around_the_cue() -> None:
    text = "„Wir sind bereit“, sagte Merz, „aber nicht um jeden Preis.“"
    assert rows(text) == [
        ("direct", "Wir sind bereit", "sagte", "Merz"),
        ("direct", "aber nicht um jeden Preis.", "sagte", "Merz"),
    ]


def test_question_quote() -> None:
    text = "„Wann kommt das Gesetz?“, fragte die Abgeordnete Heidi Reichinnek."
    assert rows(text) == [("direct", "Wann kommt das Gesetz?", "fragte", "Heidi Reichinnek")]


def test_quoted_word_inside_indirect_speech_stays_inside_it() -> None:
    text = "Ihr Rücktritt sei „unumgänglich“ gewesen, sagte die Ministerin Anna Berg."
    found = rows(text)
    assert ("indirect", "Ihr Rücktritt sei „unumgänglich“ gewesen", "sagte", "Anna Berg") in found


def test_newspaper_name_before_indirect_speech() -> None:
    text = (
        "Arbeitsminister Hubertus Heil sagte in einem Interview mit der „Süddeutschen "
        "Zeitung“, die Rente sei sicher."
    )
    assert rows(text) == [("indirect", "die Rente sei sicher", "sagte", "Hubertus Heil")]


def test_quoted_term_inside_indirect_clause() -> None:
    text = "Merz sagte, die „Zeitenwende“ sei noch nicht abgeschlossen."
    found = rows(text)
    assert ("indirect", "die „Zeitenwende“ sei noch nicht abgeschlossen", "sagte", "Merz") in found


def test_wie_x_mitteilte() -> None:
    text = "Wie ein Regierungssprecher mitteilte, reist der Kanzler am Montag nach Washington."
    (q,) = quotes(text)
    assert q.kind is QuoteKind.INDIRECT
    assert q.content.text == "reist der Kanzler am Montag nach Washington"
    assert q.cue is not None
    assert q.cue.text == "mitteilte"
    assert q.speaker is not None
    assert q.speaker.kind is polittext.SpeakerKind.ANONYMOUS_SOURCE
    assert "Regierungssprecher" in q.speaker.name


def test_speaker_name_has_no_article() -> None:
    text = "Wie ein Regierungssprecher mitteilte, reist der Kanzler am Montag nach Washington."
    assert [s.name for s in polittext.detect_speakers(text)] == ["Regierungssprecher"]


# --- complements, source phrases and inverted cues (written for these rules) ---------

COMPLEMENTS = [
    pytest.param(
        "Die Gewerkschaft rief die Regierung auf, das Gesetz zurückzunehmen.",
        [("indirect", "das Gesetz zurückzunehmen", "rief die Regierung auf", "Gewerkschaft")],
        id="zu_infinitive_of_separable_verb",
    ),
    pytest.param(
        "Der Mieterbund hat die Koalition aufgefordert, dafür zu sorgen, die Mieten zu begrenzen.",
        [
            (
                "indirect",
                "dafür zu sorgen, die Mieten zu begrenzen",
                "aufgefordert",
                "Deutscher Mieterbund",
            )
        ],
        id="chained_zu_infinitives",
    ),
    pytest.param(
        "Der Verband besteht darauf, die Abgabe für kleine Betriebe abzuschaffen.",
        [("indirect", "die Abgabe für kleine Betriebe abzuschaffen", "besteht", "Verband")],
        id="zu_infinitive_after_pronominal_adverb",
    ),
    pytest.param(
        "Laut einem Bericht des Magazins Der Spiegel plant die Regierung neue Schulden.",
        [("indirect", "plant die Regierung neue Schulden", "Laut", None)],
        id="laut_phrase_with_genitive_and_name",
    ),
    pytest.param(
        "Nach Einschätzung vieler Ökonomen werden die Preise im Winter weiter steigen.",
        [("indirect", "werden die Preise im Winter weiter steigen", "Nach Einschätzung", None)],
        id="nach_einschaetzung_message_starts_at_verb",
    ),
    pytest.param(
        "Die Fabrik in Kassel wird im Herbst geschlossen, teilte der Konzern am Dienstag mit.",
        [
            (
                "indirect",
                "Die Fabrik in Kassel wird im Herbst geschlossen",
                "teilte der Konzern am Dienstag mit",
                "Konzern",
            )
        ],
        id="inverted_cue_indicative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEMENTS)
def test_complements_and_source_phrases(text: str, expected: list[Row]) -> None:
    found = rows(text)
    # The speaker of a source phrase is checked by name where the rule names one.
    assert [(k, c, q) for k, c, q, _ in found] == [(k, c, q) for k, c, q, _ in expected]
    for (_, _, _, speaker), (_, _, _, want) in zip(found, expected, strict=True):
        if want is not None:
            assert speaker == want


NOT_COMPLEMENTS = [
    pytest.param("Die Regierung sieht sich vor der Wahl, die Steuern zu erhöhen.", id="noun_zu"),
    pytest.param("In Bayern ist es verboten, im Wald zu rauchen.", id="state_passive"),
    pytest.param(
        "Der Minister hat nicht geantwortet, um den Streit nicht zu verschärfen.", id="purpose"
    ),
    pytest.param("Als der Minister ankam, sagte er nichts.", id="subordinate_before_cue"),
    pytest.param(
        "Sollte das Gericht die Klage annehmen, könnte die Wahl wiederholt werden.",
        id="verb_first_conditional",
    ),
    pytest.param(
        "Die Soldaten erwiderten das Feuer auf die Männer, die sich im Wald versteckt hatten.",
        id="relative_clause",
    ),
]


@pytest.mark.parametrize("text", NOT_COMPLEMENTS)
def test_clauses_that_are_no_message(text: str) -> None:
    assert quotes(text) == []


def test_quoted_fragment_inside_a_source_phrase_message() -> None:
    text = "Nach Angaben der Polizei handelt es sich um „einen gezielten Anschlag“."
    found = quotes(text)
    indirect = [q for q in found if q.kind is QuoteKind.INDIRECT]
    assert [q.content.text for q in indirect] == ["handelt es sich um „einen gezielten Anschlag“"]
    # The quoted words inside the message are the same source's.
    assert {q.speaker.name for q in found if q.speaker} == {indirect[0].speaker.name}
    assert all(q.speaker is not None for q in found)


def test_konjunktiv_one_alone_is_reported_speech() -> None:
    # No cue and no speaker in the sentence before: the Konjunktiv I still marks
    # the sentence as reported, and the speaker two sentences back is its source.
    text = (
        "Die Polizei erklärte, der Fahrer sei geflohen. Der Wagen stand quer. "
        "Dort seien auch zwei Passanten verletzt worden."
    )
    found = quotes(text)
    assert [(q.kind.value, q.content.text) for q in found] == [
        ("indirect", "der Fahrer sei geflohen"),
        ("reported", "Dort seien auch zwei Passanten verletzt worden."),
    ]
    assert found[1].speaker == found[0].speaker


def test_konjunktiv_two_alone_is_no_quote() -> None:
    # "könnten" may be a plain conditional: without a speaker before, no quote.
    assert quotes("Der Zug fuhr ab. Neue Regeln könnten die Preise senken.") == []


def test_demnach_and_wonach_mark_a_report() -> None:
    text = (
        "Die Kommission legte ihren Bericht vor. "
        "Demnach sollen die Grenzwerte bis 2030 halbiert werden."
    )
    assert [(q.kind.value, q.content.text) for q in quotes(text)] == [
        ("indirect", "sollen die Grenzwerte bis 2030 halbiert werden")
    ]
    text = (
        "Die Wahlkommission gab am Abend das Ergebnis bekannt. Demnach hat die Koalition gewonnen."
    )
    [quote] = [q for q in quotes(text) if q.cue is not None and q.cue.text == "Demnach"]
    assert quote.speaker is not None
    assert quote.speaker.name == "Wahlkommission"
    text = "Im Haus gab es Spekulationen, wonach der Minister zurücktreten wolle."
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes(text)] == [
        ("der Minister zurücktreten wolle", "Spekulationen, wonach")
    ]


def test_relative_clause_belongs_to_a_zu_infinitive_message() -> None:
    text = (
        "Die Regierung hat angekündigt, eine Kommission zu gründen, die die Fälle untersuchen soll."
    )
    assert [q.content.text for q in quotes(text)] == [
        "eine Kommission zu gründen, die die Fälle untersuchen soll"
    ]


def test_das_plus_cue_points_back_to_the_sentence_before() -> None:
    text = "Bei dem Anschlag wurden drei Menschen getötet. Das berichten arabische Medien."
    found = quotes(text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in found] == [
        ("Bei dem Anschlag wurden drei Menschen getötet", "berichten")
    ]
    assert found[0].speaker is not None
    assert found[0].speaker.name == "Medien"
    text = "Die Fabrik schließt im Mai. Dies gab der Konzern am Dienstag bekannt."
    [quote] = quotes(text)
    assert quote.content.text == "Die Fabrik schließt im Mai"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "der Konzern"


def test_possessive_opinion_phrases() -> None:
    text = (
        "Der Pilot Jan Berger wies die Vorwürfe zurück. "
        "Seiner Meinung nach hätte die Flugsicherung die Landung verbieten müssen."
    )
    [quote] = [q for q in quotes(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.content.text == "hätte die Flugsicherung die Landung verbieten müssen"
    assert quote.speaker is not None
    assert quote.speaker.name == "Jan Berger"
    text = "Nach Bergers Einschätzung werden die Preise weiter steigen."
    assert [q.content.text for q in quotes(text)] == ["werden die Preise weiter steigen"]


def test_quoted_fragment_inside_a_reported_message_is_mixed() -> None:
    text = "Laut Gesundheitsministerin Anna Berg ist die Lage in den Kliniken „alarmierend“."
    found = quotes(text)
    assert [(q.kind.value, q.content.text) for q in found] == [
        ("indirect", "ist die Lage in den Kliniken „alarmierend“"),
        ("mixed", "alarmierend"),
    ]
    assert found[1].speaker == found[0].speaker
    assert found[0].speaker is not None
    assert found[0].speaker.name == "Anna Berg"
    # Outside any message, the same quoted word stays a scare quote: no quote.
    assert quotes("Die Lage in den Kliniken ist „alarmierend“.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Katar, das laut einer Agenturmeldung mit 17 Prozent einsteigen will, zahlt bar.",
            "das laut einer Agenturmeldung mit 17 Prozent einsteigen will",
            "Agenturmeldung",
        ),
        (
            "Die Veranstalter zählten 2.000 Menschen; nach Polizeiangaben waren es 1.000.",
            "waren es 1.000",
            "Polizeiangaben",
        ),
        ("Ersten Angaben zufolge gab es drei Tote.", "gab es drei Tote", "Angaben"),
        (
            "Sie stammen Zeitungsberichten zufolge aus Lyon.",
            "Sie stammen Zeitungsberichten zufolge aus Lyon",
            "Zeitungsberichten",
        ),
    ],
    ids=["relative_clause", "after_semicolon", "sentence_initial_adjective", "verb_before"],
)
def test_source_phrase_scope(text: str, content: str, source: str) -> None:
    [quote] = [q for q in quotes(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.content.text == content
    assert quote.speaker_mention is not None
    assert source in quote.speaker_mention.text


def test_zu_infinitive_after_a_cue_noun_and_after_a_subject() -> None:
    text = (
        "Trotz der Ankündigung ihres Trainers, Greg Poss, die Zusammenarbeit zu beenden, blieb sie."
    )
    [quote] = quotes(text)
    assert quote.content.text == "die Zusammenarbeit zu beenden"
    assert quote.speaker is not None
    assert quote.speaker.name == "Greg Poss"
    [quote] = quotes(
        "Der Ausbruch erfolgte trotz einer Warnung der Wärter, auf Häftlinge zu schießen."
    )
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "auf Häftlinge zu schießen",
        "Warnung",
    )
    # After an inverted subject or a time adverbial the infinitive is the verb's ...
    [quote] = quotes("Angesichts des Urteils erwägt Anwalt Dingfelder, in Berufung zu gehen.")
    assert quote.content.text == "in Berufung zu gehen"
    [quote] = quotes("Die Partei beschloss am Sonntag, dem Bündnis beizutreten.")
    assert quote.content.text == "dem Bündnis beizutreten"
    # ... but not after a phrase whose noun takes the infinitive itself.
    assert (
        quotes("Moskau sieht sich mit der Herausforderung konfrontiert, Soldaten zu werben.") == []
    )


def test_inverted_cue_needs_a_subject_and_a_main_clause_before_it() -> None:
    # A noun phrase with a relative clause before the verb is its subject, not a message.
    found = quotes("Die Opposition, die laut Umfragen deutlich zulegt, fordert Neuwahlen.")
    assert [(q.content.text, q.cue.text if q.cue else None) for q in found] == [
        ("die laut Umfragen deutlich zulegt", "laut")
    ]
    # A bare plural noun after the verb is its object: no message before the verb
    # (the sentence is a narrative report of the demand instead).
    assert [q.kind.value for q in quotes("Die Partei verliert, fordert Neuwahlen.")] == ["reported"]
    [quote] = quotes("Die Lage ist ernst, sagte Anna Berg.")
    assert quote.content.text == "Die Lage ist ernst"


def test_demnach_inside_a_sentence_takes_the_source_of_the_report_before() -> None:
    text = (
        "Laut einer Umfrage des Instituts Forsa liegt die Union bei 30 Prozent. "
        "Die AfD käme demnach auf 20 Prozent."
    )
    found = quotes(text)
    assert [q.content.text for q in found] == [
        "liegt die Union bei 30 Prozent",
        "Die AfD käme demnach auf 20 Prozent",
    ]
    assert found[1].speaker == found[0].speaker
    assert found[1].speaker_mention is not None
    assert found[1].speaker_mention.text == "demnach"


def test_first_person_subject_before_the_verb_is_the_speaker() -> None:
    [quote] = quotes("Wir fordern die Bundesregierung auf, die Schuldenbremse zu reformieren.")
    assert quote.speaker is not None
    assert quote.speaker.name == "wir"


def test_thought_verb_with_an_indicative_clause() -> None:
    [quote] = quotes("Ich glaube, dieser Gesetzentwurf ist ein guter Kompromiss.")
    assert quote.content.text == "dieser Gesetzentwurf ist ein guter Kompromiss"
    assert quote.speaker is not None
    assert quote.speaker.name == "ich"


def test_headline_speaker_before_a_spaced_colon_has_no_trailing_space() -> None:
    # "Name : claim" used to give the mention "Name " (found by the component properties).
    for text, name in [
        ("Kallas : Europa zeigt Stärke", "Kallas"),
        (
            "EU-Chefdiplomatin Kallas  : Europa zeigt Stärke\n\nDie EU tagt.",
            "EU-Chefdiplomatin Kallas",
        ),
    ]:
        (quote,) = polittext.attribute_quotes(text)
        assert quote.kind.value == "headline"
        assert quote.content.text == "Europa zeigt Stärke"
        assert quote.speaker_mention is not None
        assert quote.speaker_mention.text == name


def test_source_phrase_with_a_relative_clause_and_a_w_relative() -> None:
    text = "Nach offiziellen Angaben, die nicht überprüft werden können, waren es 200 Tote."
    [quote] = quotes(text)
    assert quote.content.text == "waren es 200 Tote"
    text = "Er rief den Sprecher an, worauf dieser nach Aussagen Gordons nichts sagen wollte."
    assert "worauf dieser nach Aussagen Gordons nichts sagen wollte" in [
        q.content.text for q in quotes(text)
    ]


def test_quoted_word_as_the_object_of_naming_or_judging() -> None:
    [quote] = quotes("Der SPD-Experte nannte den Bericht eine „Zeitungsente“.")
    assert (quote.kind.value, quote.content.text, quote.cue.text if quote.cue else None) == (
        "mixed",
        "Zeitungsente",
        "nannte",
    )
    [quote] = quotes("Er bezeichnete die Pläne der Regierung als „Wortbruch“.")
    assert quote.content.text == "Wortbruch"
    # Names stay names: after a noun, after a title word, or with a participle.
    assert quotes("Sie nannte ihren Hund „Bello“.") == []
    assert quotes("Er kritisierte die Operation „Sommerwind“.") == []
    assert quotes("Der Teilchenstrom wird als „Sonnenwind“ bezeichnet.") == []


def test_quotation_inside_a_source_phrase_message_is_a_quote_of_its_own() -> None:
    # The message around the quotation and the quotation itself are both the
    # source's words, framed by the same cue (SpkAtt annotates both).
    check(
        "Nach Angaben von Landrätin Vera Kühn handelt es sich um „die schwerste Flut seit Jahrzehnten“.",
        [
            (
                "indirect",
                "handelt es sich um „die schwerste Flut seit Jahrzehnten“",
                "Nach Angaben",
                "Vera Kühn",
            ),
            ("direct", "die schwerste Flut seit Jahrzehnten", "Nach Angaben", "Vera Kühn"),
        ],
    )
    check(
        "Die Kommune müsse „den Ausbau der Kitas endlich ernsthaft angehen“, so Bauer.",
        [
            (
                "indirect",
                "Die Kommune müsse „den Ausbau der Kitas endlich ernsthaft angehen“",
                "so",
                "Bauer",
            ),
            ("direct", "den Ausbau der Kitas endlich ernsthaft angehen", "so", "Bauer"),
        ],
    )
    # A quotation that is the whole message stays one direct quote.
    check(
        "„Wir lassen niemanden im Stich“, so Bauer.",
        [("direct", "Wir lassen niemanden im Stich", "so", "Bauer")],
    )


def test_separable_cue_written_apart_at_the_clause_end() -> None:
    check(
        "Wie die Stadtwerke am Morgen bekannt gaben, steigen die Preise im Mai.",
        [("indirect", "steigen die Preise im Mai", "bekannt gaben", "Stadtwerke")],
    )
    [quote] = quotes("Die Bahn hat bekannt gegeben, dass der Tunnel gesperrt wird.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "dass der Tunnel gesperrt wird",
        "bekannt gegeben",
    )
    # "bekannt" with a verb that forms no cue with it stays an adjective.
    assert quotes("Der Sänger ist in ganz Europa bekannt geblieben.") == []


def test_cue_right_after_a_quotation_wins_over_a_cue_before_it() -> None:
    text = (
        "Der Bürgermeister hatte gewarnt, er werde hart durchgreifen: "
        "„Wer die Regeln bricht, muss zahlen“, sagte Hahn am Abend."
    )
    direct = [q for q in quotes(text) if q.kind.value == "direct"]
    assert [(q.content.text, q.cue.text if q.cue else None) for q in direct] == [
        ("Wer die Regeln bricht, muss zahlen", "sagte")
    ]


def test_inverted_cue_with_a_name_in_apposition_and_an_adverb() -> None:
    text = "Der Stadtrat tagt erst im Mai, teilte später die Sprecherin der Stadt, Jana Roth, mit."
    [quote] = quotes(text)
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Der Stadtrat tagt erst im Mai",
        "teilte später die Sprecherin der Stadt, Jana Roth, mit",
    )


def test_demonstrative_before_an_inverted_cue_takes_up_the_clause() -> None:
    [quote] = quotes("Die Brücke bleibt gesperrt, das teilte das Verkehrsamt mit.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Die Brücke bleibt gesperrt",
        "teilte das Verkehrsamt mit",
    )
    # "das" as a relative pronoun with a verb of its own is no such cue.
    assert quotes("Er kaufte das Haus, das teilte er mit seiner Frau.") == []


def test_so_source_with_an_adverbial_after_it() -> None:
    check(
        "Die Schulen bleiben offen, so eine Sprecherin des Ministeriums gegenüber der Presse.",
        [("indirect", "Die Schulen bleiben offen", "so", "Sprecherin des Ministeriums")],
    )


def test_relative_clause_after_a_report_noun() -> None:
    [quote] = quotes(
        "Er verwies auf Studien der Universität, nach denen die Mieten weiter steigen."
    )
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "die Mieten weiter steigen",
        "nach",
    )
    assert quote.speaker is not None
    assert quote.speaker_mention is not None
    assert (quote.speaker.name, quote.speaker_mention.text) == ("Studien", "denen")
    # A relative clause after any other noun is no report.
    assert quotes("Das Spiel ging in die Pause, nach der die Gäste stärker wurden.") == []


def test_bestehen_frames_speech_only_with_auf() -> None:
    check(
        "Die Gewerkschaft besteht darauf, dass die Löhne steigen.",
        [("indirect", "dass die Löhne steigen", "besteht", "Gewerkschaft")],
    )
    # "bestehen aus" and "die Gefahr bestehe" are no speech: the sentence in
    # Konjunktiv I continues the speaker before it.
    assert [q.cue for q in quotes("Der Plan besteht aus drei Teilen, die bald folgen.")] == []
    text = (
        "Die Lage sei ernst, sagte Stöhr. Derzeit bestehe keine Gefahr, weil das Virus schwach sei."
    )
    found = rows(text)
    assert found[-1] == (
        "reported",
        "Derzeit bestehe keine Gefahr, weil das Virus schwach sei.",
        None,
        "Stöhr",
    )


def test_second_predicate_of_the_same_subject_is_no_cue_frame() -> None:
    text = "Der Angeklagte gebe den Diebstahl zu, spreche aber von einer Notlage."
    assert [q.kind.value for q in quotes(text)] == ["reported"]
    # An inverted cue with "aber" before its subject still frames the clause.
    [quote] = quotes("Die Lage sei ernst, sagte aber der Minister.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Die Lage sei ernst",
        "sagte",
    )


def test_report_inside_a_source_phrase_message() -> None:
    text = "Laut dem Magazin hat die Bank angekündigt, keine Kredite mehr zu vergeben."
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes(text)] == [
        ("hat die Bank angekündigt, keine Kredite mehr zu vergeben", "Laut"),
        ("keine Kredite mehr zu vergeben", "angekündigt"),
    ]


def test_message_that_opens_with_a_quotation() -> None:
    text = "Sie warf dem Minister vor, „die Daten aller Bürger“ zu missbrauchen."
    found = [(q.kind.value, q.content.text) for q in quotes(text)]
    assert found == [
        ("indirect", "„die Daten aller Bürger“ zu missbrauchen"),
        ("mixed", "die Daten aller Bürger"),
    ]
    # A quotation that is the whole clause stays the only quote.
    assert [q.kind.value for q in quotes("Er sagte, „die Lage ist ernst“.")] == ["mixed"]


def test_message_ends_where_the_narrator_resumes() -> None:
    text = "Damals glaubte niemand, dass der Einsatz so lange dauern würde, dreimal wurde er verlängert."
    [quote] = quotes(text)
    assert quote.content.text == "dass der Einsatz so lange dauern würde"
    # Konjunktiv keeps the message going.
    [quote] = quotes("Er sagte, er sei krank, deshalb werde er nicht kommen.")
    assert quote.content.text == "er sei krank, deshalb werde er nicht kommen"


def test_quotation_after_a_lead_in_clause_and_before_its_cue() -> None:
    text = "Nach der Wahl könne die Politik Bedingungen schaffen, „dass mehr Wohnungen entstehen“, erklärte Jana Roth."
    assert [
        (q.kind.value, q.content.text, q.cue.text if q.cue else None) for q in quotes(text)
    ] == [
        (
            "indirect",
            "Nach der Wahl könne die Politik Bedingungen schaffen, „dass mehr Wohnungen entstehen“",
            "erklärte",
        ),
        ("mixed", "dass mehr Wohnungen entstehen", "erklärte"),
    ]
    # A quotation that opens the sentence still owns its cue alone.
    assert [q.kind.value for q in quotes("„Wir schaffen das“, sagte sie.")] == ["direct"]


def test_quoted_noun_after_an_indefinite_article_inside_a_message() -> None:
    text = "Der Streit habe der Partei einen „Schub“ gegeben, sagte Roth."
    assert [(q.kind.value, q.content.text) for q in quotes(text)] == [
        ("indirect", "Der Streit habe der Partei einen „Schub“ gegeben"),
        ("mixed", "Schub"),
    ]
    # Outside a message it is a name or title.
    assert quotes("Sie sah gestern einen „Tatort“ im Fernsehen.") == []


def test_two_cue_words_for_one_message_give_one_quote() -> None:
    [quote] = quotes("Die Bürgermeisterin zeigte sich überzeugt, dass die Schule bald öffnet.")
    assert quote.content.text == "dass die Schule bald öffnet"
    assert [part.text for part in quote.cue_parts] == ["zeigte", "überzeugt"]


def test_plain_speech_needs_the_comma_right_after_its_frame() -> None:
    # "finden" far from the comma, and an apposition after it: no message.
    assert (
        quotes("Die letzte Sitzung fand im Jahr 1722 in Dornoch, einem Dorf an der Küste, statt.")
        == []
    )
    # A clause that opens with a finite verb is no message of the verb before.
    assert quotes("Wer das alles schon lange weiß, ist klar im Vorteil.") == []
    check(
        "Merz sagte, die Lage ist ernst.",
        [("indirect", "die Lage ist ernst", "sagte", "Merz")],
    )


def test_message_ends_before_and_a_second_cue_verb() -> None:
    text = "Er sagte, Europa brauche die Briten und fügte hinzu: „Wer kann das glauben?“"
    assert [(q.kind.value, q.content.text) for q in quotes(text)] == [
        ("indirect", "Europa brauche die Briten"),
        ("direct", "Wer kann das glauben?"),
    ]
    # A verb in Konjunktiv I after "und" is still the message's.
    [quote] = quotes("Er sagte, er sei müde und wolle schlafen.")
    assert quote.content.text == "er sei müde und wolle schlafen"


def test_laut_as_a_relative_source() -> None:
    text = "Dem Gericht liegt ein Gutachten vor, laut dem das Kind schwer misshandelt wurde."
    [quote] = quotes(text)
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "das Kind schwer misshandelt wurde",
        "laut",
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Gutachten"


def test_sentence_after_a_title_word_is_a_title() -> None:
    assert (
        quotes(
            "Die Schüler demonstrierten unter dem Motto „Schule ist kein Gefängnis!“ vor dem Rathaus."
        )
        == []
    )
    assert (
        quotes("Das Buch mit dem Titel „Wir schaffen das nicht mehr allein“ erscheint im Mai.")
        == []
    )


def test_quoted_name_that_opens_with_an_article() -> None:
    found = rows("Die Wochenzeitung „Die Zeit“ meldet, die Journalistin sei frei.")
    assert [(k, c, q) for k, c, q, _ in found] == [
        ("indirect", "die Journalistin sei frei", "meldet")
    ]


def test_stance_adjective_before_a_dass_clause() -> None:
    check(
        "Die Ministerin ist zuversichtlich, dass die Reform gelingt.",
        [("indirect", "dass die Reform gelingt", "zuversichtlich", "Ministerin")],
    )
    [quote] = quotes("Beobachter halten es für unwahrscheinlich, dass das Gericht die Wahl kippt.")
    assert quote.content.text == "dass das Gericht die Wahl kippt"
    # Impersonal "es ist" is no one's view.
    assert quotes("Es ist möglich, dass die Reform scheitert.") == []


def test_anaphoric_cues_after_a_dash_and_with_a_participle() -> None:
    [quote] = quotes(
        "Die Schlange ist die größte ihrer Art – das beschreiben Forscher aus Toronto."
    )
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Die Schlange ist die größte ihrer Art",
        "beschreiben",
    )
    text = "Der Präsident ordnete Hilfen an. Das wurde vom Presseamt am Montag bekannt gegeben."
    [quote] = quotes(text)
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Der Präsident ordnete Hilfen an",
        "bekannt gegeben",
    )
    text = "Der Konzern plant eine Fusion. Dies geht aus einer Mitteilung des Konzerns hervor."
    [quote] = quotes(text)
    assert quote.content.text == "Der Konzern plant eine Fusion"
    # A speaker's comment on their own words is no report of the clause before.
    assert quotes("Die Rente ist sicher – das sage ich Ihnen ganz deutlich.") == []


def test_zu_infinitive_after_a_cue_with_a_time_compound() -> None:
    text = "Der Sicherheitsrat beschloss am Donnerstagabend, eine Flugverbotszone einzurichten."
    [quote] = quotes(text)
    assert quote.content.text == "eine Flugverbotszone einzurichten"


def test_parenthetical_cues_frame_the_whole_sentence() -> None:
    [quote] = quotes("Roth trat vor die Presse. Die Lage, sagte sie, sei ernster als gedacht.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Die Lage, sagte sie, sei ernster als gedacht",
        "sagte",
    )
    [quote] = quotes("Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung.")
    assert (
        quote.content.text
        == "Tatsächlich, so betont die Polizei, ist dies keine zutreffende Darstellung"
    )
    [quote] = quotes("Alles in allem sei die Wahl, so der Bericht, fair verlaufen.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Alles in allem sei die Wahl, so der Bericht, fair verlaufen",
        "so",
    )
    # A name after the cue may be an apposition: "X, Lars Beringer, sagte …".
    [quote] = quotes("Ein Sprecher, Lars Beringer, sagte am Abend, die Lage sei ruhig.")
    assert quote.content.text == "die Lage sei ruhig"
    # A clause of the speaker's own after the cue ends the message.
    [quote] = quotes("Die Lage sei ernst, sagte er, und verließ den Saal.")
    assert quote.content.text == "Die Lage sei ernst"


def test_verbs_that_are_no_speech_here() -> None:
    # A separable particle that makes another verb ("stattfinden", "absagen").
    assert quotes("Das Spiel findet am Freitag, dem 17. Dezember, in Ingolstadt statt.") == []
    assert [
        q.cue.text if q.cue else None for q in quotes("Er stellte fest, dass die Lage ernst sei.")
    ] == ["stellte fest"]
    # "entscheidend" is an adjective and "gefunden" means found.
    assert quotes("Er hatte Fachleute gesucht, aber keine gefunden, zumindest keine guten.") == []
    # Naming conventions name, they do not quote.
    assert quotes("Dies nennt man einen „Aktiensplit“.") == []


def test_weak_cues_frame_no_message() -> None:
    assert quotes("Das bedeutet, dass die Steuern steigen.") == []
    assert quotes("Das heißt, die Steuern steigen.") == []
    [quote] = quotes("Aus dem Ministerium hieß es, die Steuern seien gestiegen.")
    assert quote.content.text == "die Steuern seien gestiegen"
    [quote] = quotes("Studien zeigen, dass die Mieten steigen.")
    assert quote.content.text == "dass die Mieten steigen"


def test_naming_oneself_is_no_quote() -> None:
    assert quotes("Syd Barrett, wie er sich selbst gerne nannte, ist tot.") == []


def test_speech_verb_with_an_indicative_pronoun_clause() -> None:
    [quote] = quotes("Kritiker hatten ihm vorgeworfen, er wollte sich nur selbst bereichern.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "er wollte sich nur selbst bereichern",
        "vorgeworfen",
    )


def test_web_address_as_a_source() -> None:
    check(
        "Laut ndr.de blieben einige Demonstranten vor Ort.",
        [("indirect", "blieben einige Demonstranten vor Ort", "Laut", "ndr.de")],
    )
    [quote] = quotes("Laut „tagesschau.de“ gehören auch die Beziehungen dazu.")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "tagesschau.de"


def test_weak_and_infinitive_cues_do_not_stop_reported_speech() -> None:
    text = (
        "Der Minister warnte vor Gewalt. Die Morde seien ein Hinweis, auf den die Polizei "
        "nicht reagiert habe. Der Fall sei als Beleg für diese These zu bewerten."
    )
    assert [(k, c) for k, c, _q, _s in rows(text)][-1] == (
        "reported",
        "Die Morde seien ein Hinweis, auf den die Polizei nicht reagiert habe. "
        "Der Fall sei als Beleg für diese These zu bewerten.",
    )


def test_quoted_name_after_a_definite_article() -> None:
    assert (
        quotes("Teile des „Gesetzes über den Verfassungsschutz in Bayern“ sind verfassungswidrig.")
        == []
    )
    # A quoted sentence after an article stays a quote.
    found = quotes("Er rief der „Wir sind das Volk!“ skandierenden Menge zu, sie solle gehen.")
    assert "Wir sind das Volk!" in [q.content.text for q in found]


def test_no_message_from_the_cues_own_subject() -> None:
    # A name in apposition or a relative clause before the verb belongs to its subject.
    assert quotes("Die Politikerin der Grünen, Anja Hajduk, kritisierte die Pläne.") == []
    assert (
        quotes("Auch Statistiken, auf die im Bericht verwiesen wird, bekräftigen die Quote.") == []
    )
    # "so X" after a cue's clause is a source phrase, not the cue's message.
    [quote] = quotes("Die Behörde hatte einen Punkt im Iran festgestellt, so der Sender.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Die Behörde hatte einen Punkt im Iran festgestellt",
        "so",
    )


def test_message_after_a_relative_clause_in_the_cue_phrase() -> None:
    text = (
        "Hartmann schrieb in einer Erklärung, die auf ihrer Homepage veröffentlicht wurde, "
        "sie wolle nicht mehr kandidieren."
    )
    [quote] = quotes(text)
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "sie wolle nicht mehr kandidieren",
        "schrieb",
    )


def test_long_cue_clause_that_ends_in_a_colon() -> None:
    text = (
        "Der Generalanwalt kritisierte das Gesetz ebenso wie die Haltung der Bundesregierung "
        "in seinem Gutachten in scharfer Form: Das Gesetz beschränke den freien Kapitalverkehr."
    )
    [quote] = quotes(text)
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Das Gesetz beschränke den freien Kapitalverkehr",
        "kritisierte",
    )


def test_weak_cue_without_message_still_names_its_subject() -> None:
    analysis = polittext.analyze("Wir setzen uns für ein europäisches Lieferkettengesetz ein.")
    assert analysis.quotes == ()
    [measure] = analysis.measures
    assert measure.actor is not None
    assert measure.actor.text == "Wir"


def test_narrative_report_of_speech_is_a_reported_quote() -> None:
    # A speech verb whose object says what was said (SpkAtt's "reported" kind).
    check(
        "Die Polizei sprach von einer weitgehend friedlichen Demonstration.",
        [
            (
                "reported",
                "Die Polizei sprach von einer weitgehend friedlichen Demonstration.",
                None,
                "Polizei",
            )
        ],
    )
    [quote] = quotes("Die Gewerkschaft fordert höhere Löhne für alle Pflegekräfte.")
    assert quote.kind.value == "reported"
    # Not in the passive, not with "sich", and not for verbs of judging alone.
    assert quotes("Der Teilchenstrom wird als „Sonnenwind“ bezeichnet.") == []
    assert quotes("Stoiber sprach sich für einen Kompromiss aus.") == []
    assert quotes("Merz kritisierte den Plan.") == []


def test_colon_after_a_perfect_cue() -> None:
    [quote] = quotes("Sie selbst haben gesagt: Schnellere Verfahren sind bessere Verfahren.")
    assert (quote.content.text, quote.cue.text if quote.cue else None) == (
        "Schnellere Verfahren sind bessere Verfahren",
        "gesagt",
    )


def test_leading_source_phrase_with_an_apposition_ends_before_the_finite_verb() -> None:
    # The source phrase fills the prefield, appositions and relative clauses
    # included; the message starts at the finite verb after it.
    for text, message, speaker in [
        (
            "Nach Meinung von Mike Brown, Professor am Institut für Astronomie, könnte "
            "das Objekt in die Nähe Neptuns geraten.",
            "könnte das Objekt in die Nähe Neptuns geraten",
            "Mike Brown",
        ),
        (
            "Laut Anna Berg, zuständig für Finanzen, sei der Haushalt gedeckt.",
            "sei der Haushalt gedeckt",
            "Anna Berg",
        ),
        (
            "Nach Angaben von Peter Vogt, einem Sprecher, der die Gruppe vertritt, wurden "
            "drei Männer festgenommen.",
            "wurden drei Männer festgenommen",
            "Peter Vogt",
        ),
    ]:
        [quote] = quotes(text)
        assert quote.content.text == message
        assert quote.speaker is not None
        assert quote.speaker.name == speaker


def test_source_noun_with_a_prepositional_attribute() -> None:
    [quote] = quotes(
        "Nach Angaben des Bundesamts für Statistik stiegen die Preise um drei Prozent."
    )
    assert quote.content.text == "stiegen die Preise um drei Prozent"
    assert quote.cue is not None
    assert quote.cue.text == "Nach Angaben"


def test_nach_with_a_statement_noun_is_a_source_but_not_after_a_bare_definite_article() -> None:
    [quote] = quotes("Nach einer Stellungnahme der Armee befand sich der Hubschrauber im Anflug.")
    assert quote.content.text == "befand sich der Hubschrauber im Anflug"
    assert quote.speaker is not None
    assert quote.speaker.name == "Armee"
    # "Nach der Stellungnahme" with no holder: a time, not a source.
    assert quotes("Nach der Stellungnahme verließ der Minister den Saal.") == []
    assert quotes("Nach der Pressemitteilung kam es zu Protesten.") == []


def test_participle_as_adjective_in_a_prepositional_phrase_is_no_cue() -> None:
    # "erwähnten" is also the past plural of "erwähnen"; between a preposition's
    # article and a noun it is an adjective, and the cue is "sagte" alone.
    [quote] = quotes("Obama sagte in der bereits erwähnten Rede, der Verzicht sei schwer gewesen.")
    assert quote.cue is not None
    assert quote.cue.text == "sagte"
    assert quote.content.text == "der Verzicht sei schwer gewesen"
    # Without the preposition the same shape is a cue: "Das betonte Merz."
    events = polittext.analyze("Das betonte Merz am Montag.").speech_events
    assert [event.cue.text for event in events] == ["betonte"]


def test_reflexive_herausstellen_means_turn_out_not_speech() -> None:
    assert quotes("Es stellte sich heraus, dass die Zahlen falsch waren.") == []
    assert quotes("Am Abend hatte sich herausgestellt, dass kein Feuer ausgebrochen war.") == []
    [quote] = quotes("Die Ministerin stellte heraus, dass die Lage ernst sei.")
    assert quote.cue is not None
    assert quote.cue.text == "stellte heraus"


def test_weiter_after_a_speech_verb_is_the_adverb() -> None:
    [quote] = quotes("Sie erklärte weiter, die Lage sei ernst.")
    assert quote.cue is not None
    assert quote.cue.text == "erklärte"
    [quote] = quotes(
        "In der Pressemitteilung des WWF heißt es weiter, dass der Bär gefährlich sei."
    )
    assert quote.content.text == "dass der Bär gefährlich sei"


def test_body_line_of_the_headline_shape_names_the_speaker() -> None:
    text = "Das BKA war beteiligt. BKA-Präsident Ziercke: „Wir setzen ein Signal.“"
    [quote] = quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Ziercke"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "BKA-Präsident Ziercke"
    # A noun with an article before the colon is no speaker.
    [quote] = quotes("Die Regel: „Wer zuerst kommt, mahlt zuerst.“")
    assert quote.speaker is None
