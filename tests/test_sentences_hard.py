"""More hard cases for sentence splitting, grouped by class.

Each case is a text and the segments a careful reader sees in it. Together
with tests/test_sentences.py these cover the classes of issue 3: ordinals,
abbreviations, numbers, URLs and e-mail addresses, legal citations, quotes,
ellipses, headlines and layout, lists and line breaks.
"""

from __future__ import annotations

import pytest

from polittext import split_sentences


def check(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert s.text == text[s.start : s.end]


ORDINALS = [
    (
        "Die Wahl findet am 26. September statt. Danach wird gezählt.",
        ["Die Wahl findet am 26. September statt.", "Danach wird gezählt."],
    ),
    (
        "Das Gesetz gilt seit dem 1. Januar 2024. Es betrifft alle Mieter.",
        ["Das Gesetz gilt seit dem 1. Januar 2024.", "Es betrifft alle Mieter."],
    ),
    (
        "Zum 3. Mal tagte der Ausschuss. Ergebnisse gab es keine.",
        ["Zum 3. Mal tagte der Ausschuss.", "Ergebnisse gab es keine."],
    ),
    (
        "Der 20. Deutsche Bundestag wurde 2021 gewählt. Er hat 736 Abgeordnete.",
        ["Der 20. Deutsche Bundestag wurde 2021 gewählt.", "Er hat 736 Abgeordnete."],
    ),
    (
        "Im 21. Jahrhundert ändert sich vieles. Auch die Politik.",
        ["Im 21. Jahrhundert ändert sich vieles.", "Auch die Politik."],
    ),
    (
        "Papst Benedikt XVI. trat 2013 zurück. Sein Nachfolger kam aus Argentinien.",
        ["Papst Benedikt XVI. trat 2013 zurück.", "Sein Nachfolger kam aus Argentinien."],
    ),
    (
        "Am 9. November 1989 fiel die Mauer. Das war ein Donnerstag.",
        ["Am 9. November 1989 fiel die Mauer.", "Das war ein Donnerstag."],
    ),
    (
        "Die 2. Lesung ist für Mittwoch geplant. Die 3. Lesung folgt am Freitag.",
        ["Die 2. Lesung ist für Mittwoch geplant.", "Die 3. Lesung folgt am Freitag."],
    ),
    (
        "Sie belegte beim Parteitag den 4. Platz. Das reichte nicht.",
        ["Sie belegte beim Parteitag den 4. Platz.", "Das reichte nicht."],
    ),
    (
        "Vom 5. bis 7. Juni tagt der Gipfel. Die Kanzlerin reist an.",
        ["Vom 5. bis 7. Juni tagt der Gipfel.", "Die Kanzlerin reist an."],
    ),
    (
        "Das 12. Sanktionspaket wurde beschlossen. Weitere sollen folgen.",
        ["Das 12. Sanktionspaket wurde beschlossen.", "Weitere sollen folgen."],
    ),
    (
        "Wilhelm II. dankte 1918 ab. Die Republik wurde ausgerufen.",
        ["Wilhelm II. dankte 1918 ab.", "Die Republik wurde ausgerufen."],
    ),
]

ABBREVIATIONS = [
    (
        "Die Kosten steigen um ca. 3 Mrd. Euro. Das belastet den Haushalt.",
        ["Die Kosten steigen um ca. 3 Mrd. Euro.", "Das belastet den Haushalt."],
    ),
    (
        "Prof. Dr. Anna Berg leitet die Kommission. Sie legt den Bericht vor.",
        ["Prof. Dr. Anna Berg leitet die Kommission.", "Sie legt den Bericht vor."],
    ),
    (
        "Energie, Verkehr, Wohnen usw. Das sind die Themen.",
        ["Energie, Verkehr, Wohnen usw.", "Das sind die Themen."],
    ),
    (
        "Er sprach u.a. über die Rente. Dann ging er.",
        ["Er sprach u.a. über die Rente.", "Dann ging er."],
    ),
    (
        "Vgl. dazu den Bericht der Kommission. Er ist öffentlich.",
        ["Vgl. dazu den Bericht der Kommission.", "Er ist öffentlich."],
    ),
    (
        "Das regelt Art. 20 GG. Die Länder sind zuständig.",
        ["Das regelt Art. 20 GG.", "Die Länder sind zuständig."],
    ),
    (
        "Die Sitzung beginnt um 10 Uhr, d. h. pünktlich. Bitte erscheinen Sie.",
        ["Die Sitzung beginnt um 10 Uhr, d. h. pünktlich.", "Bitte erscheinen Sie."],
    ),
    (
        "Der Verein e. V. wurde 1990 gegründet. Er hat 200 Mitglieder.",
        ["Der Verein e. V. wurde 1990 gegründet.", "Er hat 200 Mitglieder."],
    ),
    (
        "Das Büro ist in der Str. des 17. Juni 1. Besuche sind willkommen.",
        ["Das Büro ist in der Str. des 17. Juni 1.", "Besuche sind willkommen."],
    ),
    (
        "Die Frist endet im Okt. des laufenden Jahres. Danach verfällt der Antrag.",
        ["Die Frist endet im Okt. des laufenden Jahres.", "Danach verfällt der Antrag."],
    ),
    (
        "Es gab bzw. gibt Bedenken. Sie wurden gehört.",
        ["Es gab bzw. gibt Bedenken.", "Sie wurden gehört."],
    ),
    (
        "Die Sendung lief im Ersten, ggf. wird sie wiederholt. Der Sender prüft das.",
        ["Die Sendung lief im Ersten, ggf. wird sie wiederholt.", "Der Sender prüft das."],
    ),
    (
        "Bundesminister a. D. Peter Müller sprach zuerst. Dann folgte die Debatte.",
        ["Bundesminister a. D. Peter Müller sprach zuerst.", "Dann folgte die Debatte."],
    ),
    (
        "Das steht in Nr. 4 der Vorlage. Die Vorlage ist neu.",
        ["Das steht in Nr. 4 der Vorlage.", "Die Vorlage ist neu."],
    ),
]

NUMBERS = [
    (
        "Die Inflation lag bei 2,4 Prozent. Im Vorjahr waren es 5,9 Prozent.",
        ["Die Inflation lag bei 2,4 Prozent.", "Im Vorjahr waren es 5,9 Prozent."],
    ),
    (
        "Der Etat umfasst 476.800.000.000 Euro. Das ist ein Rekord.",
        ["Der Etat umfasst 476.800.000.000 Euro.", "Das ist ein Rekord."],
    ),
    (
        "Die Sitzung begann um 9.30 Uhr. Sie dauerte lange.",
        ["Die Sitzung begann um 9.30 Uhr.", "Sie dauerte lange."],
    ),
    (
        "Version 3.5 erscheint bald. Die alte wird abgeschaltet.",
        ["Version 3.5 erscheint bald.", "Die alte wird abgeschaltet."],
    ),
    (
        "Die Partei kam auf 12,3 %. Das ist ihr bestes Ergebnis.",
        ["Die Partei kam auf 12,3 %.", "Das ist ihr bestes Ergebnis."],
    ),
    (
        "Das Treffen ist am 03.10.2025. Alle sind eingeladen.",
        ["Das Treffen ist am 03.10.2025.", "Alle sind eingeladen."],
    ),
    (
        "Die Zahl stieg von 1990 bis 2020. Danach fiel sie.",
        ["Die Zahl stieg von 1990 bis 2020.", "Danach fiel sie."],
    ),
    (
        "Er wurde 1998 gewählt. 2002 folgte die Wiederwahl.",
        ["Er wurde 1998 gewählt.", "2002 folgte die Wiederwahl."],
    ),
]

URLS_AND_MAIL = [
    (
        "Mehr steht auf www.bundestag.de. Dort gibt es auch Videos.",
        ["Mehr steht auf www.bundestag.de.", "Dort gibt es auch Videos."],
    ),
    (
        "Fragen an presse@bmf.bund.de beantwortet das Ministerium. Die Frist ist kurz.",
        ["Fragen an presse@bmf.bund.de beantwortet das Ministerium.", "Die Frist ist kurz."],
    ),
    (
        "Der Text ist unter https://example.org/a.b/c.html abrufbar. Er ist lang.",
        ["Der Text ist unter https://example.org/a.b/c.html abrufbar.", "Er ist lang."],
    ),
]

LEGAL = [
    (
        "Nach § 3 Abs. 1 S. 2 GG sind alle gleich. Das gilt auch hier.",
        ["Nach § 3 Abs. 1 S. 2 GG sind alle gleich.", "Das gilt auch hier."],
    ),
    (
        "Gemäß Art. 5 Abs. 3 GG ist die Kunst frei. Zensur findet nicht statt.",
        ["Gemäß Art. 5 Abs. 3 GG ist die Kunst frei.", "Zensur findet nicht statt."],
    ),
    (
        "Das Urteil (Az. 1 BvR 2656/18) ist rechtskräftig. Die Regierung reagiert.",
        ["Das Urteil (Az. 1 BvR 2656/18) ist rechtskräftig.", "Die Regierung reagiert."],
    ),
    (
        "Siehe §§ 12 ff. BGB. Dort ist das Namensrecht geregelt.",
        ["Siehe §§ 12 ff. BGB.", "Dort ist das Namensrecht geregelt."],
    ),
]

QUOTES = [
    (
        "Sie sagte: „Wir handeln jetzt.“ Die Opposition widersprach.",
        ["Sie sagte: „Wir handeln jetzt.“", "Die Opposition widersprach."],
    ),
    (
        "„Wer zahlt das?“, fragte der Abgeordnete. Niemand antwortete.",
        ["„Wer zahlt das?“, fragte der Abgeordnete.", "Niemand antwortete."],
    ),
    (
        "»Das reicht nicht!«, rief sie. Dann verließ sie den Saal.",
        ["»Das reicht nicht!«, rief sie.", "Dann verließ sie den Saal."],
    ),
    (
        '"Wir sind bereit." Das erklärte die Ministerin am Montag.',
        ['"Wir sind bereit."', "Das erklärte die Ministerin am Montag."],
    ),
    (
        "Er nannte den Plan „unausgegoren“. Die Koalition streitet.",
        ["Er nannte den Plan „unausgegoren“.", "Die Koalition streitet."],
    ),
    (
        "Die Lage ist ernst. „Wir müssen sparen“, sagte der Kanzler.",
        ["Die Lage ist ernst.", "„Wir müssen sparen“, sagte der Kanzler."],
    ),
    (
        "„Nein!“ Mit diesem Wort endete die Debatte.",
        ["„Nein!“", "Mit diesem Wort endete die Debatte."],
    ),
    (
        "Sie fragte: „Warum jetzt?“ und erhielt keine Antwort.",
        ["Sie fragte: „Warum jetzt?“ und erhielt keine Antwort."],
    ),
]

ELLIPSIS_AND_MARKS = [
    (
        "Die Verhandlungen … sie dauern an. Ein Ende ist nicht in Sicht.",
        ["Die Verhandlungen … sie dauern an.", "Ein Ende ist nicht in Sicht."],
    ),
    (
        "Er zögerte... Dann unterschrieb er. Der Vertrag gilt.",
        ["Er zögerte...", "Dann unterschrieb er.", "Der Vertrag gilt."],
    ),
    (
        "Ist das gerecht? Viele bezweifeln es! Die Umfrage zeigt das.",
        ["Ist das gerecht?", "Viele bezweifeln es!", "Die Umfrage zeigt das."],
    ),
    ("Was nun?! Die Fraktion berät.", ["Was nun?!", "Die Fraktion berät."]),
    (
        "Drei Punkte sind wichtig: Bildung, Klima und Arbeit. Darüber wird gestritten.",
        ["Drei Punkte sind wichtig: Bildung, Klima und Arbeit.", "Darüber wird gestritten."],
    ),
]

LAYOUT = [
    (
        "Wirtschaft\n\nRegierung beschließt Entlastungspaket für Familien\n\nDie Koalition hat sich "
        "geeinigt. Das Paket kostet viel.",
        [
            "Wirtschaft",
            "Regierung beschließt Entlastungspaket für Familien",
            "Die Koalition hat sich geeinigt.",
            "Das Paket kostet viel.",
        ],
    ),
    (
        "Neue Regeln für Mieter\n\nVon Anna Schmidt\n\nDer Bundestag hat beschlossen. Es gilt ab Mai.",
        [
            "Neue Regeln für Mieter",
            "Von Anna Schmidt",
            "Der Bundestag hat beschlossen.",
            "Es gilt ab Mai.",
        ],
    ),
    (
        "Die Haushaltsberatungen dauerten bis in die Nacht.\n\nZwischenbilanz\n\nNoch ist nichts "
        "entschieden.",
        [
            "Die Haushaltsberatungen dauerten bis in die Nacht.",
            "Zwischenbilanz",
            "Noch ist nichts entschieden.",
        ],
    ),
    (
        "Die Verhand-\nlungen dauern an. Ein Ergebnis\nfehlt noch.",
        ["Die Verhand-\nlungen dauern an.", "Ein Ergebnis\nfehlt noch."],
    ),
    (
        "Zeile eins ohne Punkt\nund Zeile zwei mit Punkt.",
        ["Zeile eins ohne Punkt\nund Zeile zwei mit Punkt."],
    ),
    (
        "MÜNCHEN (dpa) – Die Staatsregierung plant Änderungen. Sie gelten ab Juli.",
        ["MÜNCHEN (dpa) –", "Die Staatsregierung plant Änderungen.", "Sie gelten ab Juli."],
    ),
    (
        "Text mit Windows-Zeilenenden.\r\n\r\nZweiter Absatz. Ende.",
        ["Text mit Windows-Zeilenenden.", "Zweiter Absatz.", "Ende."],
    ),
]

CASES = {
    "ordinals": ORDINALS,
    "abbreviations": ABBREVIATIONS,
    "numbers": NUMBERS,
    "urls_and_mail": URLS_AND_MAIL,
    "legal": LEGAL,
    "quotes": QUOTES,
    "ellipsis_and_marks": ELLIPSIS_AND_MARKS,
    "layout": LAYOUT,
}
PARAMS = [
    pytest.param(text, expected, id=f"{group}-{number}")
    for group, cases in CASES.items()
    for number, (text, expected) in enumerate(cases, start=1)
]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_hard_case(text: str, expected: list[str]) -> None:
    check(text, expected)


def test_layout_kinds_of_an_article() -> None:
    text = (
        "Berlin, 3. März 2025\n\nInnenpolitik\n\nKoalition einigt sich auf Haushalt\n\n"
        "Von Max Mustermann\n\nDie Koalition hat sich geeinigt. Der Haushalt steht.\n\n"
        "Was jetzt folgt\n\nDer Bundestag stimmt im April ab."
    )
    kinds = [(s.kind.value, s.paragraph) for s in split_sentences(text)]
    assert kinds == [
        ("dateline", 0),
        ("section", 1),
        ("headline", 2),
        ("byline", 3),
        ("body", 4),
        ("body", 4),
        ("subheading", 5),
        ("body", 6),
    ]
