"""Sentence splitting and article layout (polittext.split_sentences).

Every expected split below was written from reading the German text the way
a careful human reader would cut it into sentences; none was copied from the
program's output. Cases the library gets wrong are strict xfails with the
reason spelled out.
"""

from __future__ import annotations

import itertools

import pytest

import polittext
from polittext import SentenceKind


def check(text: str, expected: list[str]) -> None:
    sentences = polittext.split_sentences(text)
    for s in sentences:
        assert s.text == text[s.start : s.end]
    assert [s.text for s in sentences] == expected


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# --- ordinals in dates and names ---------------------------------------------

ORDINALS = [
    pytest.param(
        "Am 3. Oktober feiert Deutschland die Einheit. Die zentrale Feier findet in Saarbrücken statt.",
        [
            "Am 3. Oktober feiert Deutschland die Einheit.",
            "Die zentrale Feier findet in Saarbrücken statt.",
        ],
        id="am_3_oktober",
    ),
    pytest.param(
        "Nach dem 2. Weltkrieg wurde das Grundgesetz ausgearbeitet. Es trat im Mai 1949 in Kraft.",
        [
            "Nach dem 2. Weltkrieg wurde das Grundgesetz ausgearbeitet.",
            "Es trat im Mai 1949 in Kraft.",
        ],
        id="der_2_weltkrieg",
    ),
    pytest.param(
        "Ludwig XIV. regierte Frankreich 72 Jahre lang. Sein Hof residierte in Versailles.",
        ["Ludwig XIV. regierte Frankreich 72 Jahre lang.", "Sein Hof residierte in Versailles."],
        id="ludwig_xiv",
    ),
    pytest.param(
        "Papst Benedikt XVI. trat im Februar 2013 zurück. Sein Nachfolger wurde Franziskus.",
        ["Papst Benedikt XVI. trat im Februar 2013 zurück.", "Sein Nachfolger wurde Franziskus."],
        id="benedikt_xvi",
    ),
    pytest.param(
        "Friedrich II. von Preußen gilt als aufgeklärter Monarch. Er förderte die Wissenschaften.",
        [
            "Friedrich II. von Preußen gilt als aufgeklärter Monarch.",
            "Er förderte die Wissenschaften.",
        ],
        id="friedrich_ii",
    ),
    pytest.param(
        "Die Fraktion tagte zum 1. Mal im neuen Saal. Alle Abgeordneten waren anwesend.",
        ["Die Fraktion tagte zum 1. Mal im neuen Saal.", "Alle Abgeordneten waren anwesend."],
        id="zum_1_mal",
    ),
    pytest.param(
        "Der EU-Gipfel beginnt am 15. März in Brüssel. Danach reist der Kanzler nach Paris.",
        ["Der EU-Gipfel beginnt am 15. März in Brüssel.", "Danach reist der Kanzler nach Paris."],
        id="am_15_maerz",
    ),
    pytest.param(
        "Bis zum 31. Dezember müssen die Anträge vorliegen. Später eingehende Anträge werden abgelehnt.",
        [
            "Bis zum 31. Dezember müssen die Anträge vorliegen.",
            "Später eingehende Anträge werden abgelehnt.",
        ],
        id="bis_zum_31_dezember",
    ),
    pytest.param(
        "Die 20. Wahlperiode endete vorzeitig. Die Neuwahl fand im Februar statt.",
        ["Die 20. Wahlperiode endete vorzeitig.", "Die Neuwahl fand im Februar statt."],
        id="die_20_wahlperiode",
    ),
    pytest.param(
        "Der Minister feierte seinen 60. Geburtstag im Ministerium. Viele Gäste kamen.",
        ["Der Minister feierte seinen 60. Geburtstag im Ministerium.", "Viele Gäste kamen."],
        id="60_geburtstag",
    ),
    pytest.param(
        "Der Bundestag beriet am 12.03.2024 über den Etat. Die Debatte dauerte sechs Stunden.",
        ["Der Bundestag beriet am 12.03.2024 über den Etat.", "Die Debatte dauerte sechs Stunden."],
        id="numeric_date",
    ),
    pytest.param(
        "Die Partei landete in der Umfrage auf Platz 3. Das Ergebnis enttäuschte die Führung.",
        [
            "Die Partei landete in der Umfrage auf Platz 3.",
            "Das Ergebnis enttäuschte die Führung.",
        ],
        id="platz_3_ends_sentence",
    ),
    pytest.param(
        "Die Grünen kamen in Hamburg auf Rang 2. Die SPD folgte knapp dahinter.",
        ["Die Grünen kamen in Hamburg auf Rang 2.", "Die SPD folgte knapp dahinter."],
        id="rang_2_ends_sentence",
    ),
    pytest.param(
        "Der Bundestag berät den Etat am Freitag in 2./3. Lesung. Die Union stimmt dagegen.",
        [
            "Der Bundestag berät den Etat am Freitag in 2./3. Lesung.",
            "Die Union stimmt dagegen.",
        ],
        id="ordinal_range_with_slash",
    ),
    pytest.param(
        "Vom 1.–3. Oktober tagt der Parteitag in Hannover.",
        ["Vom 1.–3. Oktober tagt der Parteitag in Hannover."],
        id="ordinal_range_with_dash",
    ),
    pytest.param(
        "Die Werte lagen bei 10–12. Experten warnen vor einem Anstieg.",
        ["Die Werte lagen bei 10–12.", "Experten warnen vor einem Anstieg."],
        id="number_range_ends_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDINALS)
def test_ordinals(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- abbreviations -----------------------------------------------------------

ABBREVIATIONS = [
    pytest.param(
        "Einige Länder, z. B. Polen und Litauen, fordern mehr Hilfe. Die Kommission prüft das.",
        [
            "Einige Länder, z. B. Polen und Litauen, fordern mehr Hilfe.",
            "Die Kommission prüft das.",
        ],
        id="z_B_spaced",
    ),
    pytest.param(
        "Einige Länder, z.B. Polen, verlangen schärfere Regeln. Die Kommission zögert.",
        ["Einige Länder, z.B. Polen, verlangen schärfere Regeln.", "Die Kommission zögert."],
        id="z_B_closed",
    ),
    pytest.param(
        "Im Ausschuss sitzen u. a. Vertreter der Länder. Sie beraten am Montag.",
        ["Im Ausschuss sitzen u. a. Vertreter der Länder.", "Sie beraten am Montag."],
        id="u_a",
    ),
    pytest.param(
        "Die Länder bzw. Kommunen tragen die Kosten. Der Bund beteiligt sich nicht.",
        ["Die Länder bzw. Kommunen tragen die Kosten.", "Der Bund beteiligt sich nicht."],
        id="bzw",
    ),
    pytest.param(
        "Dr. Anna Berger leitet das Institut seit 2019. Sie ist Ökonomin.",
        ["Dr. Anna Berger leitet das Institut seit 2019.", "Sie ist Ökonomin."],
        id="Dr",
    ),
    pytest.param(
        "Prof. Dr. Klaus Weber hält den Festvortrag. Er spricht über die Zukunft Europas.",
        ["Prof. Dr. Klaus Weber hält den Festvortrag.", "Er spricht über die Zukunft Europas."],
        id="Prof_Dr",
    ),
    pytest.param(
        "Das regelt der Beschluss Nr. 17 des Rates. Er wurde einstimmig gefasst.",
        ["Das regelt der Beschluss Nr. 17 des Rates.", "Er wurde einstimmig gefasst."],
        id="Nr",
    ),
    pytest.param(
        "Die Ausnahme steht in Abs. 2 der Verordnung. Sie gilt seit Januar.",
        ["Die Ausnahme steht in Abs. 2 der Verordnung.", "Sie gilt seit Januar."],
        id="Abs",
    ),
    pytest.param(
        "Nach Art. 20 GG ist die Bundesrepublik ein sozialer Bundesstaat. Das ist unstrittig.",
        ["Nach Art. 20 GG ist die Bundesrepublik ein sozialer Bundesstaat.", "Das ist unstrittig."],
        id="Art",
    ),
    pytest.param(
        "Das Zitat findet sich auf S. 45 des Berichts. Der Bericht ist öffentlich.",
        ["Das Zitat findet sich auf S. 45 des Berichts.", "Der Bericht ist öffentlich."],
        id="S",
    ),
    pytest.param(
        "Zur Kundgebung kamen ca. 5000 Menschen. Die Polizei sprach von einem friedlichen Verlauf.",
        [
            "Zur Kundgebung kamen ca. 5000 Menschen.",
            "Die Polizei sprach von einem friedlichen Verlauf.",
        ],
        id="ca",
    ),
    pytest.param(
        "Das Paket umfasst 200 Mio. Euro für die Kommunen. Weitere Mittel sollen folgen.",
        ["Das Paket umfasst 200 Mio. Euro für die Kommunen.", "Weitere Mittel sollen folgen."],
        id="Mio",
    ),
    pytest.param(
        "Der Bund stellt 4,5 Mrd. Euro für Schulen bereit. Die Länder begrüßen das.",
        ["Der Bund stellt 4,5 Mrd. Euro für Schulen bereit.", "Die Länder begrüßen das."],
        id="Mrd",
    ),
    pytest.param(
        "Die Gemeinde St. Georgen erhält einen neuen Bahnhof. Der Bau beginnt im Herbst.",
        ["Die Gemeinde St. Georgen erhält einen neuen Bahnhof.", "Der Bau beginnt im Herbst."],
        id="St",
    ),
    pytest.param(
        "Die Frist endet am 15. Jan. 2025 um Mitternacht. Danach ist kein Antrag mehr möglich.",
        [
            "Die Frist endet am 15. Jan. 2025 um Mitternacht.",
            "Danach ist kein Antrag mehr möglich.",
        ],
        id="Jan",
    ),
    pytest.param(
        "Eingeladen sind Ministerinnen, Staatssekretäre usw. Die Sitzung beginnt um zehn Uhr.",
        [
            "Eingeladen sind Ministerinnen, Staatssekretäre usw.",
            "Die Sitzung beginnt um zehn Uhr.",
        ],
        id="usw_ends_sentence",
    ),
    pytest.param(
        "Betroffen sind Strom, Gas etc. Die Preise sind stark gestiegen.",
        ["Betroffen sind Strom, Gas etc.", "Die Preise sind stark gestiegen."],
        id="etc_ends_sentence",
    ),
    pytest.param(
        "Vgl. dazu die Stellungnahme des Bundesrates. Sie liegt seit Mai vor.",
        ["Vgl. dazu die Stellungnahme des Bundesrates.", "Sie liegt seit Mai vor."],
        id="Vgl_at_start",
    ),
    pytest.param(
        "Die Reform betrifft v. a. Familien mit Kindern. Die Opposition hält sie für zu teuer.",
        [
            "Die Reform betrifft v. a. Familien mit Kindern.",
            "Die Opposition hält sie für zu teuer.",
        ],
        id="v_a",
    ),
    pytest.param(
        "Die Kosten trägt ggf. der Bund. Das muss noch geklärt werden.",
        ["Die Kosten trägt ggf. der Bund.", "Das muss noch geklärt werden."],
        id="ggf",
    ),
    pytest.param(
        "Der Preis beträgt 49 Euro inkl. Mehrwertsteuer. Er gilt bundesweit.",
        ["Der Preis beträgt 49 Euro inkl. Mehrwertsteuer.", "Er gilt bundesweit."],
        id="inkl",
    ),
    pytest.param(
        "Das Wahlkreisbüro liegt in der Hauptstr. 5 in Mainz. Dort hält sie Sprechstunden ab.",
        [
            "Das Wahlkreisbüro liegt in der Hauptstr. 5 in Mainz.",
            "Dort hält sie Sprechstunden ab.",
        ],
        id="Hauptstr",
    ),
    pytest.param(
        "Die Zahl der Arbeitslosen liegt bei knapp 3 Mio. Das ist der höchste Stand seit Jahren.",
        [
            "Die Zahl der Arbeitslosen liegt bei knapp 3 Mio.",
            "Das ist der höchste Stand seit Jahren.",
        ],
        id="Mio_ends_sentence",
        marks=xfail(
            "'Mio.' closing a sentence ('bei knapp 3 Mio. Das ist …') is not taken as a "
            "boundary: the two sentences come out as one"
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS)
def test_abbreviations(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- numbers -----------------------------------------------------------------

NUMBERS = [
    pytest.param(
        "Das Bußgeld beträgt 1.000,50 Euro. Es ist sofort fällig.",
        ["Das Bußgeld beträgt 1.000,50 Euro.", "Es ist sofort fällig."],
        id="thousands_and_decimals",
    ),
    pytest.param(
        "Das Wachstum lag bei 3.5 Prozent. Ökonomen hatten mehr erwartet.",
        ["Das Wachstum lag bei 3.5 Prozent.", "Ökonomen hatten mehr erwartet."],
        id="decimal_point",
    ),
    pytest.param(
        "Die Inflation sank auf 2,2 Prozent. Die EZB zeigte sich erleichtert.",
        ["Die Inflation sank auf 2,2 Prozent.", "Die EZB zeigte sich erleichtert."],
        id="decimal_comma",
    ),
    pytest.param(
        "Der Konzern streicht 12.000 Stellen. Die Gewerkschaft kündigt Proteste an.",
        ["Der Konzern streicht 12.000 Stellen.", "Die Gewerkschaft kündigt Proteste an."],
        id="thousands_point",
    ),
    pytest.param(
        "Die Zahl der Abgeordneten sinkt auf 630. Das hat der Bundestag beschlossen.",
        ["Die Zahl der Abgeordneten sinkt auf 630.", "Das hat der Bundestag beschlossen."],
        id="three_digit_number_ends_sentence",
    ),
    pytest.param(
        "Die Arbeitslosenquote stieg um 0,3 Punkte auf 6,1. Im Osten war der Anstieg stärker.",
        [
            "Die Arbeitslosenquote stieg um 0,3 Punkte auf 6,1.",
            "Im Osten war der Anstieg stärker.",
        ],
        id="decimal_ends_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- URLs and e-mail addresses -----------------------------------------------

URLS = [
    pytest.param(
        "Mehr Informationen gibt es unter www.bundesregierung.de. Die Seite wird täglich aktualisiert.",
        [
            "Mehr Informationen gibt es unter www.bundesregierung.de.",
            "Die Seite wird täglich aktualisiert.",
        ],
        id="www_at_sentence_end",
    ),
    pytest.param(
        "Der Bericht steht unter https://www.bundestag.de/dokumente/drucksachen. Er umfasst 300 Seiten.",
        [
            "Der Bericht steht unter https://www.bundestag.de/dokumente/drucksachen.",
            "Er umfasst 300 Seiten.",
        ],
        id="https_at_sentence_end",
    ),
    pytest.param(
        "Die Adresse https://www.bmi.bund.de/DE/startseite.html ist neu. Sie ersetzt die alte.",
        [
            "Die Adresse https://www.bmi.bund.de/DE/startseite.html ist neu.",
            "Sie ersetzt die alte.",
        ],
        id="url_inside_sentence",
    ),
    pytest.param(
        "Fragen beantwortet die Pressestelle unter presse@bmf.bund.de. Sie ist werktags erreichbar.",
        [
            "Fragen beantwortet die Pressestelle unter presse@bmf.bund.de.",
            "Sie ist werktags erreichbar.",
        ],
        id="email_at_sentence_end",
    ),
    pytest.param(
        "Schreiben Sie an info@spd.de oder rufen Sie an. Wir antworten schnell.",
        ["Schreiben Sie an info@spd.de oder rufen Sie an.", "Wir antworten schnell."],
        id="email_inside_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), URLS)
def test_urls_and_emails(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- legal citations ---------------------------------------------------------

LEGAL = [
    pytest.param(
        "Die Behörde stützt sich auf § 3 Abs. 1 S. 2 GG. Das Gericht sah das anders.",
        ["Die Behörde stützt sich auf § 3 Abs. 1 S. 2 GG.", "Das Gericht sah das anders."],
        id="paragraph_abs_satz_at_end",
    ),
    pytest.param(
        "Art. 3 Abs. 2 S. 2 GG verpflichtet den Staat zur Förderung der Gleichberechtigung. "
        "Die Regierung will das umsetzen.",
        [
            "Art. 3 Abs. 2 S. 2 GG verpflichtet den Staat zur Förderung der Gleichberechtigung.",
            "Die Regierung will das umsetzen.",
        ],
        id="art_abs_satz_at_start",
    ),
    pytest.param(
        "Nach § 14 Abs. 3 Nr. 2 BauGB kann die Gemeinde Ausnahmen zulassen. Das geschieht selten.",
        [
            "Nach § 14 Abs. 3 Nr. 2 BauGB kann die Gemeinde Ausnahmen zulassen.",
            "Das geschieht selten.",
        ],
        id="paragraph_abs_nr",
    ),
    pytest.param(
        "§ 218 StGB bleibt vorerst unverändert. Die Kommission hatte eine Reform empfohlen.",
        ["§ 218 StGB bleibt vorerst unverändert.", "Die Kommission hatte eine Reform empfohlen."],
        id="paragraph_at_start",
    ),
    pytest.param(
        "Das Verfahren richtet sich nach Art. 5 Abs. 1 GG und § 4 Abs. 2 LPresseG. Klage ist möglich.",
        [
            "Das Verfahren richtet sich nach Art. 5 Abs. 1 GG und § 4 Abs. 2 LPresseG.",
            "Klage ist möglich.",
        ],
        id="two_citations",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEGAL)
def test_legal_citations(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- years and page numbers that end a sentence ------------------------------

YEARS_AND_PAGES = [
    pytest.param(
        "Der Atomausstieg wurde im Jahr 2023 vollzogen. Danach stiegen die Strompreise kaum.",
        [
            "Der Atomausstieg wurde im Jahr 2023 vollzogen.",
            "Danach stiegen die Strompreise kaum.",
        ],
        id="year_inside",
    ),
    pytest.param(
        "Das Gesetz gilt seit dem Jahr 2024. Danach sanken die Anträge deutlich.",
        ["Das Gesetz gilt seit dem Jahr 2024.", "Danach sanken die Anträge deutlich."],
        id="im_jahr_2024_ends",
    ),
    pytest.param(
        "Die NATO gibt es seit 1949. Heute hat sie 32 Mitglieder.",
        ["Die NATO gibt es seit 1949.", "Heute hat sie 32 Mitglieder."],
        id="bare_year_ends",
    ),
    pytest.param(
        "Die Zahlen stehen auf Seite 12. Dort findet sich auch eine Grafik.",
        ["Die Zahlen stehen auf Seite 12.", "Dort findet sich auch eine Grafik."],
        id="seite_12_ends",
    ),
    pytest.param(
        "Die Kritik steht auf S. 12. Dort nennt der Rechnungshof die Mängel.",
        ["Die Kritik steht auf S. 12.", "Dort nennt der Rechnungshof die Mängel."],
        id="S_12_ends",
    ),
    pytest.param(
        "Die Finanzierung erklärt Kapitel 4. Dort stehen auch die Zahlen.",
        ["Die Finanzierung erklärt Kapitel 4.", "Dort stehen auch die Zahlen."],
        id="kapitel_4_ends",
    ),
    pytest.param(
        "Die Sitzung endete um 23 Uhr. Am Morgen ging es weiter.",
        ["Die Sitzung endete um 23 Uhr.", "Am Morgen ging es weiter."],
        id="time_inside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_AND_PAGES)
def test_years_and_pages(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- quotation marks ---------------------------------------------------------

QUOTES = [
    pytest.param(
        'Die Ministerin sagte: "Die Lage ist prekär." Danach reiste sie ab.',
        ['Die Ministerin sagte: "Die Lage ist prekär."', "Danach reiste sie ab."],
        id="typewriter_closing_stays",
    ),
    pytest.param(
        "Er sagte: „Wir stehen zusammen.“ Die Fraktion applaudierte.",
        ["Er sagte: „Wir stehen zusammen.“", "Die Fraktion applaudierte."],
        id="german_closing_stays",
    ),
    pytest.param(
        "Die Debatte war hitzig. „Wir lassen uns nicht erpressen“, rief der Minister.",
        ["Die Debatte war hitzig.", "„Wir lassen uns nicht erpressen“, rief der Minister."],
        id="opening_starts_next",
    ),
    pytest.param(
        "„Warum?“, fragte er. Niemand antwortete.",
        ["„Warum?“, fragte er.", "Niemand antwortete."],
        id="question_in_quote_then_comma",
    ),
    pytest.param(
        "„Wann kommt das Gesetz endlich?“, fragte die Abgeordnete. Der Minister schwieg.",
        ["„Wann kommt das Gesetz endlich?“, fragte die Abgeordnete.", "Der Minister schwieg."],
        id="long_question_then_comma",
    ),
    pytest.param(
        "Die Ministerin sagte: »Wir handeln jetzt.« Die Opposition widersprach.",
        ["Die Ministerin sagte: »Wir handeln jetzt.«", "Die Opposition widersprach."],
        id="guillemets_german",
    ),
    pytest.param(
        "Der Bundesrat erklärte: «Das reicht nicht.» Die Kantone wollen mehr Geld.",
        ["Der Bundesrat erklärte: «Das reicht nicht.»", "Die Kantone wollen mehr Geld."],
        id="guillemets_swiss",
    ),
    pytest.param(
        "»Das ist ein guter Tag für Europa«, sagte sie. Dann begann die Pressekonferenz.",
        ["»Das ist ein guter Tag für Europa«, sagte sie.", "Dann begann die Pressekonferenz."],
        id="guillemets_quote_first",
    ),
    pytest.param(
        "„Das ist ein Skandal!“ Mit diesen Worten verließ er den Saal.",
        ["„Das ist ein Skandal!“", "Mit diesen Worten verließ er den Saal."],
        id="exclamation_in_quote",
    ),
    pytest.param(
        "Er fragte: „Wer soll das bezahlen?“ Die Antwort blieb aus.",
        ["Er fragte: „Wer soll das bezahlen?“", "Die Antwort blieb aus."],
        id="question_after_colon",
    ),
    pytest.param(
        "Der Kanzler nannte das Ergebnis „enttäuschend“. Er will nachverhandeln.",
        ["Der Kanzler nannte das Ergebnis „enttäuschend“.", "Er will nachverhandeln."],
        id="period_after_closing_mark",
    ),
    pytest.param(
        "Sie sagte: “We are ready.” Dann ging sie.",
        ["Sie sagte: “We are ready.”", "Dann ging sie."],
        id="english_quotes",
    ),
    pytest.param(
        "Er sagte: „Das Ziel ist klar. Wir wollen bis 2045 klimaneutral sein.“ Die Grünen jubelten.",
        [
            "Er sagte: „Das Ziel ist klar.",
            "Wir wollen bis 2045 klimaneutral sein.“",
            "Die Grünen jubelten.",
        ],
        id="two_sentences_inside_quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotation_marks(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- ellipsis, exclamation and question marks, colon -------------------------

PUNCTUATION = [
    pytest.param(
        "Die Verhandlungen laufen … Ein Ergebnis ist nicht in Sicht.",
        ["Die Verhandlungen laufen …", "Ein Ergebnis ist nicht in Sicht."],
        id="ellipsis_char_before_capital",
    ),
    pytest.param(
        "Die Verhandlungen laufen... Ein Ergebnis ist nicht in Sicht.",
        ["Die Verhandlungen laufen...", "Ein Ergebnis ist nicht in Sicht."],
        id="three_dots_before_capital",
    ),
    pytest.param(
        "Er sagte, man werde das … prüfen. Mehr wollte er nicht sagen.",
        ["Er sagte, man werde das … prüfen.", "Mehr wollte er nicht sagen."],
        id="ellipsis_char_before_lowercase",
    ),
    pytest.param(
        "Wir werden sehen... oder auch nicht. So ist Politik.",
        ["Wir werden sehen... oder auch nicht.", "So ist Politik."],
        id="three_dots_before_lowercase",
    ),
    pytest.param(
        "Was für ein Abend! Die SPD feiert ihren Sieg.",
        ["Was für ein Abend!", "Die SPD feiert ihren Sieg."],
        id="exclamation",
    ),
    pytest.param(
        "Wer soll das bezahlen? Die Länder fordern Hilfe vom Bund.",
        ["Wer soll das bezahlen?", "Die Länder fordern Hilfe vom Bund."],
        id="question",
    ),
    pytest.param(
        "Ist das gerecht?! Die Opposition empört sich.",
        ["Ist das gerecht?!", "Die Opposition empört sich."],
        id="question_exclamation",
    ),
    pytest.param(
        "Wie geht es weiter? Das ist offen! Sicher ist nur der Termin.",
        ["Wie geht es weiter?", "Das ist offen!", "Sicher ist nur der Termin."],
        id="question_then_exclamation",
    ),
    pytest.param(
        "Die Botschaft ist klar: Die Schuldenbremse bleibt. Der Finanzminister ist zufrieden.",
        ["Die Botschaft ist klar: Die Schuldenbremse bleibt.", "Der Finanzminister ist zufrieden."],
        id="colon_before_capital",
    ),
    pytest.param(
        "Drei Punkte sind strittig: Rente, Bürgergeld und Steuern. Darüber wird weiter verhandelt.",
        [
            "Drei Punkte sind strittig: Rente, Bürgergeld und Steuern.",
            "Darüber wird weiter verhandelt.",
        ],
        id="colon_list",
    ),
    pytest.param(
        "Die Ministerin sagte: Wir müssen jetzt handeln. Dann ging sie.",
        ["Die Ministerin sagte: Wir müssen jetzt handeln.", "Dann ging sie."],
        id="colon_speech_without_marks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUNCTUATION)
def test_punctuation(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- line breaks inside a paragraph ------------------------------------------

LINE_BREAKS = [
    pytest.param(
        "Die Koalition einigte sich\nauf einen Kompromiss. Die Opposition kritisiert ihn.",
        [
            "Die Koalition einigte sich\nauf einen Kompromiss.",
            "Die Opposition kritisiert ihn.",
        ],
        id="break_inside_sentence",
    ),
    pytest.param(
        "Die Verhand-\nlungen dauerten bis in die Nacht. Am Morgen gab es eine Einigung.",
        [
            "Die Verhand-\nlungen dauerten bis in die Nacht.",
            "Am Morgen gab es eine Einigung.",
        ],
        id="hyphenated_word",
    ),
    pytest.param(
        "Der Antrag wurde abgelehnt.\nDie Grünen stimmten dagegen.",
        ["Der Antrag wurde abgelehnt.", "Die Grünen stimmten dagegen."],
        id="break_after_period",
    ),
    pytest.param(
        "Es sprachen Vertreter von\nSPD, CDU und FDP. Danach wurde abgestimmt.",
        ["Es sprachen Vertreter von\nSPD, CDU und FDP.", "Danach wurde abgestimmt."],
        id="break_before_capital",
    ),
    pytest.param(
        "Die Bundesregierung will die Schulden-\nbremse reformieren und\ndie Investitionen erhöhen.",
        [
            "Die Bundesregierung will die Schulden-\nbremse reformieren und\ndie Investitionen erhöhen."
        ],
        id="two_breaks_one_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINE_BREAKS)
def test_line_breaks(text: str, expected: list[str]) -> None:
    check(text, expected)


# --- layout ------------------------------------------------------------------

LAYOUT = [
    pytest.param(
        "10. Februar, 2026\n\nPolitik\n\nBundestag beschließt neues Heizungsgesetz\n\n"
        "Von Max Mustermann\n\nDer Bundestag hat am Freitag das Gesetz beschlossen. "
        "Die Opposition stimmte dagegen.\n\nKritik aus den Ländern\n\n"
        "Mehrere Länder kündigten Widerstand im Bundesrat an.",
        [
            ("10. Februar, 2026", "dateline", 0),
            ("Politik", "section", 1),
            ("Bundestag beschließt neues Heizungsgesetz", "headline", 2),
            ("Von Max Mustermann", "byline", 3),
            ("Der Bundestag hat am Freitag das Gesetz beschlossen.", "body", 4),
            ("Die Opposition stimmte dagegen.", "body", 4),
            ("Kritik aus den Ländern", "subheading", 5),
            ("Mehrere Länder kündigten Widerstand im Bundesrat an.", "body", 6),
        ],
        id="full_article",
    ),
    pytest.param(
        "Berlin, 4. März 2025\n\nWirtschaft\n\nHabeck verteidigt Förderprogramm für Wärmepumpen\n\n"
        "Der Minister sprach im Bundestag. Er blieb gelassen.",
        [
            ("Berlin, 4. März 2025", "dateline", 0),
            ("Wirtschaft", "section", 1),
            ("Habeck verteidigt Förderprogramm für Wärmepumpen", "headline", 2),
            ("Der Minister sprach im Bundestag.", "body", 3),
            ("Er blieb gelassen.", "body", 3),
        ],
        id="city_dateline",
    ),
    pytest.param(
        "Merz: Wir halten Kurs\n\nDer Kanzler verteidigte seine Haushaltspolitik. "
        "Die Grünen widersprachen.",
        [
            ("Merz: Wir halten Kurs", "headline", 0),
            ("Der Kanzler verteidigte seine Haushaltspolitik.", "body", 1),
            ("Die Grünen widersprachen.", "body", 1),
        ],
        id="headline_with_colon",
    ),
    pytest.param(
        "Haushalt beschlossen\n\nDer Landtag stimmte mit knapper Mehrheit zu.",
        [
            ("Haushalt beschlossen", "headline", 0),
            ("Der Landtag stimmte mit knapper Mehrheit zu.", "body", 1),
        ],
        id="short_headline",
    ),
    pytest.param(
        "Streit um die Rente eskaliert\n\nEin Kommentar von Anna Schmidt\n\n"
        "Die Koalition ringt um einen Kompromiss. Eine Einigung ist nicht in Sicht.\n\n"
        "Union will Nachbesserungen\n\nCDU-Politiker fordern Änderungen am Entwurf.\n\n"
        "Die Abstimmung ist für Juli geplant.",
        [
            ("Streit um die Rente eskaliert", "headline", 0),
            ("Ein Kommentar von Anna Schmidt", "byline", 1),
            ("Die Koalition ringt um einen Kompromiss.", "body", 2),
            ("Eine Einigung ist nicht in Sicht.", "body", 2),
            ("Union will Nachbesserungen", "subheading", 3),
            ("CDU-Politiker fordern Änderungen am Entwurf.", "body", 4),
            ("Die Abstimmung ist für Juli geplant.", "body", 5),
        ],
        id="byline_and_subheadings",
    ),
    pytest.param(
        "Erster Absatz mit einem Satz.\n\nZweiter Absatz. Mit zwei Sätzen.\n\n\nDritter Absatz.",
        [
            ("Erster Absatz mit einem Satz.", "body", 0),
            ("Zweiter Absatz.", "body", 1),
            ("Mit zwei Sätzen.", "body", 1),
            ("Dritter Absatz.", "body", 2),
        ],
        id="paragraph_numbers",
    ),
    pytest.param(
        "  Einleitung mit Leerzeichen.  \n \n  Zweiter Absatz nach einer Zeile mit Leerzeichen.  ",
        [
            ("Einleitung mit Leerzeichen.", "body", 0),
            ("Zweiter Absatz nach einer Zeile mit Leerzeichen.", "body", 1),
        ],
        id="blank_line_with_spaces",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUT)
def test_layout(text: str, expected: list[tuple[str, str, int]]) -> None:
    sentences = polittext.split_sentences(text)
    for s in sentences:
        assert s.text == text[s.start : s.end]
    assert [(s.text, s.kind.value, s.paragraph) for s in sentences] == expected


def test_kinds_are_enum_members() -> None:
    sentences = polittext.split_sentences("Politik\n\nDie Steuer steigt. Das ist beschlossen.")
    assert sentences[-1].kind is SentenceKind.BODY
    assert all(isinstance(s.kind, SentenceKind) for s in sentences)


def test_sentences_are_ordered_and_disjoint() -> None:
    text = (
        "Am 3. Oktober z. B. sprach Dr. Weber. Er sagte: „Gut.“ Danach ging er.\n\n"
        "Die Kosten liegen bei 1.000,50 Euro. Mehr steht auf S. 4."
    )
    sentences = polittext.split_sentences(text)
    assert [s.text for s in sentences] == [
        "Am 3. Oktober z. B. sprach Dr. Weber.",
        "Er sagte: „Gut.“",
        "Danach ging er.",
        "Die Kosten liegen bei 1.000,50 Euro.",
        "Mehr steht auf S. 4.",
    ]
    for left, right in itertools.pairwise(sentences):
        assert left.end <= right.start


def test_split_sentences_accepts_an_analysis() -> None:
    text = "Die Regierung tagt. Danach spricht der Kanzler."
    analysis = polittext.analyze(text)
    assert polittext.split_sentences(analysis) == polittext.split_sentences(text)
