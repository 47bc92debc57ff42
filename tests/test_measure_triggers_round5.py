"""Trigger coverage on new German sentences (issue #5, fifth round).

The sentences were written for this file (news, press releases, speeches and
manifestos on many policy fields) in everyday wording, and their measure types
were decided by reading each sentence and the taxonomy's notes before the
program was run on them. ``required`` types must be found; ``optional`` types
may be found as well where the sentence names a second measure in passing
(``500 Millionen Euro für den Ausbau der Ladeinfrastruktur`` is a budget
allocation and, as dev sets label it, a public investment). Distractors use the
same words in senses that are no policy measure and must give no measure.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import case

SAN, EMB, EXP = "SANCTION_GENERAL", "IMPORT_EMBARGO", "EXPORT_BAN"
CAP, FRZ, FIN, TRV = "PRICE_CAP", "ASSET_FREEZE", "FINANCIAL_RESTRICTION", "TRAVEL_BAN"
ARM, TAR, SUB, TAX = "ARMS_EMBARGO", "TARIFF", "SUBSIDY_FINANCIAL_AID", "TAX_LEVY"
PAY, CUT, BUD = "PAY_BENEFIT_CHANGE", "SPENDING_CUT_LIMIT", "BUDGET_ALLOCATION"
DEF, GUA, SEC = "DEFENCE_SPENDING", "FINANCIAL_GUARANTEE", "SECURITY_GUARANTEE"
AID, CON = "MILITARY_AID", "CONSCRIPTION_MOBILISATION"
TRE, DIP, LAW = "AGREEMENT_TREATY", "DIPLOMATIC_MEASURE", "REGULATION_LAW"
MIG, PIP, INF = "MIGRATION_BORDER", "PUBLIC_INVESTMENT_PROVISION", "INFORMATION_APPEAL"


MEASURES = [
    # The lead's sentences from the issue.
    case("Die Ampel hat die Förderung für Elektroautos abrupt gestoppt.", SUB),
    case("Die Ausfuhr von Waffen nach Saudi-Arabien bleibt gestoppt.", ARM),
    case(
        "Der Haushaltsausschuss gab 500 Millionen Euro für den Ausbau der Ladeinfrastruktur frei.",
        BUD,
        optional=(PIP,),
    ),
    case("Für die Bundeswehr sind 82,7 Mrd. Euro vorgesehen.", DEF),
    case(
        "Ab Januar müssen Betreiber großer Plattformen illegale Inhalte binnen 24 Stunden löschen.",
        LAW,
    ),
    # An infringement procedure is the enforcement of EU law (authority), no sanction.
    case("Die Kommission leitete ein Vertragsverletzungsverfahren gegen Ungarn ein.", LAW),
    # The alliance's mutual-defence commitment.
    case("Sollte Russland angreifen, würde die NATO den Bündnisfall ausrufen.", SEC),
    # A declared state of emergency is a legal act of authority; the Bundeswehr's help
    # is direct provision.
    case(
        "Die Landesregierung hat den Katastrophenfall ausgerufen und die Bundeswehr um "
        "Hilfe gebeten.",
        LAW,
        optional=(PIP,),
    ),
    case("Wir fordern eine Verdoppelung der Förderung für Familien.", SUB),
    case(
        "Die Grünen fordern eine Reform der Schuldenbremse sowie ein Sondervermögen für den "
        "Klimaschutz.",
        CUT,
        BUD,
    ),
    # Energy.
    case("Die Bundesregierung hat die Gaspreisbremse bis Ende April verlängert.", CAP),
    case(
        "Der Zuschuss zu den Netzentgelten wird im kommenden Jahr auf 6,5 Milliarden Euro "
        "aufgestockt.",
        SUB,
    ),
    case("Für neue Gasheizungen gilt ab 2028 ein Einbauverbot.", LAW),
    case(
        "Die Stromsteuer für Industrie und Landwirtschaft wird auf das europäische Mindestmaß "
        "gesenkt.",
        TAX,
    ),
    case(
        "Das Land zahlt Hausbesitzern eine Prämie von 500 Euro für jede neue Solaranlage auf "
        "dem Dach.",
        SUB,
    ),
    case(
        "Die Koalition will ein Moratorium für den Bau neuer Windräder in Waldgebieten erlassen.",
        LAW,
    ),
    case("Das Parlament beschloss ein Moratorium für Fracking.", LAW),
    case(
        "Die Energieversorger müssen Preissenkungen künftig innerhalb von vier Wochen an ihre "
        "Kunden weitergeben.",
        LAW,
    ),
    case("Die Bundesregierung hat den Kohleausstieg auf 2030 vorgezogen.", LAW),
    case("Die Regierung verstaatlicht den Gasimporteur Uniper.", PIP),
    case("Der Bund beteiligt sich mit 25,1 Prozent an dem Netzbetreiber Tennet.", PIP),
    # Migration.
    case(
        "Der Bundesinnenminister hat die Grenzkontrollen an allen deutschen Landgrenzen um sechs "
        "Monate verlängert.",
        MIG,
    ),
    case("Die Union fordert eine Obergrenze von 100.000 Asylbewerbern pro Jahr.", MIG),
    case(
        "Der Familiennachzug zu subsidiär Schutzberechtigten wird für zwei Jahre ausgesetzt.", MIG
    ),
    case("Asylbewerber erhalten ab März eine Bezahlkarte statt Bargeld.", MIG),
    case("Georgien und Moldau wurden als sichere Herkunftsstaaten eingestuft.", MIG),
    case(
        "Ausreisepflichtige Straftäter sollen konsequent nach Afghanistan abgeschoben werden.", MIG
    ),
    case("Die Einbürgerung ist künftig schon nach fünf Jahren möglich.", MIG),
    case("Die Landesregierung verhängte ein Abschiebemoratorium für Syrien.", MIG),
    # Budget.
    case("Für die Bundeswehr sind im Haushalt 2025 rund 53 Milliarden Euro eingeplant.", DEF),
    case(
        "Der Bundestag hat den Nachtragshaushalt mit 60 Milliarden Euro zusätzlichen Krediten "
        "beschlossen.",
        BUD,
    ),
    case("Der Etat des Bildungsministeriums steigt um 1,2 Milliarden Euro.", BUD),
    case("Das Finanzministerium verhängte eine Haushaltssperre für alle Ressorts.", CUT),
    case(
        "Für den Wohnungsbau stellt der Bund in den nächsten vier Jahren 18 Milliarden Euro "
        "bereit.",
        BUD,
        optional=(PIP, SUB),
        xfail="money a government 'stellt bereit' is typed by its purpose in the dev sets "
        "(pm4-0074: public investment only); 'Wohnungsbau' names none",
    ),
    case("Die Mittel für die politische Bildung werden um ein Viertel gekürzt.", CUT),
    case(
        "Der Haushaltsausschuss hat weitere 400 Millionen Euro für die humanitäre Hilfe in "
        "Gaza freigegeben.",
        BUD,
        optional=(SUB,),
    ),
    case(
        "Im Etat des Verkehrsministeriums sind 2,5 Milliarden Euro für die Sanierung von "
        "Brücken eingeplant.",
        BUD,
        PIP,
    ),
    case(
        "Die Koalition hat sich auf eine Aussetzung der Schuldenbremse für 2024 verständigt.", CUT
    ),
    case("Der Bund gibt zwei Milliarden Euro für den Ausbau der Kitas frei.", BUD, PIP),
    case("Die Stadt hat die Mittel für den Neubau der Brücke über die Elbe freigegeben.", BUD, PIP),
    case("Das Land hat einen Einstellungsstopp für die gesamte Verwaltung verhängt.", CUT),
    case("Die Koalition hat die Schuldenbremse für Verteidigungsausgaben gelockert.", CUT, DEF),
    # Tax.
    case(
        "Die Mehrwertsteuer auf Speisen in der Gastronomie wird dauerhaft auf sieben Prozent "
        "gesenkt.",
        TAX,
    ),
    case("Die SPD will den Spitzensteuersatz auf 49 Prozent anheben.", TAX),
    case("Der Grundfreibetrag steigt im kommenden Jahr um 300 Euro.", TAX),
    case("Die Linke fordert eine Vermögensabgabe für Milliardäre.", TAX),
    case("Die Pendlerpauschale wird ab dem ersten Kilometer auf 38 Cent erhöht.", TAX),
    case("Der Solidaritätszuschlag soll für alle abgeschafft werden.", TAX),
    case("Die Tabaksteuer wird in drei Stufen erhöht.", TAX),
    case(
        "Arbeitnehmer werden bei der Einkommensteuer um insgesamt zehn Milliarden Euro entlastet.",
        TAX,
    ),
    case("Die Kommunen dürfen künftig eine Zweitwohnungsteuer erheben.", TAX),
    case("Die Kommune hat eine Leerstandsabgabe für Wohnungen eingeführt.", TAX),
    case("Der Beitragssatz zur Pflegeversicherung steigt um 0,2 Prozentpunkte.", TAX),
    case("Die Grunderwerbsteuer für das erste Eigenheim soll entfallen.", TAX),
    # Climate and environment.
    case("Der CO2-Preis steigt 2026 auf 55 Euro pro Tonne.", TAX),
    case("Die EU hat das Verbrenner-Aus für 2035 beschlossen.", LAW),
    case("Ab 2027 gilt für Kohlekraftwerke ein strengerer Grenzwert für Quecksilber.", LAW),
    case("Das Klimageld soll jedem Bürger 150 Euro im Jahr bringen.", SUB),
    case("Die Kommission will die Flottengrenzwerte für Lkw verschärfen.", LAW),
    case("Plastiktüten sind im Einzelhandel seit 2022 verboten.", LAW),
    # Social.
    case("Der Mindestlohn steigt zum 1. Januar auf 13,90 Euro.", PAY),
    case("Das Kindergeld wird um fünf Euro auf 255 Euro pro Monat erhöht.", PAY),
    case("Die Regelsätze im Bürgergeld werden im kommenden Jahr nicht erhöht.", PAY),
    case(
        "Wer zumutbare Arbeit ablehnt, dem soll das Bürgergeld komplett gestrichen werden.",
        PAY,
        optional=(CUT,),
    ),
    case("Der Heizkostenzuschuss für Wohngeldempfänger wird verdoppelt.", SUB, optional=(PAY,)),
    case("Familien mit kleinen Einkommen erhalten eine Entlastung von bis zu 300 Euro.", SUB),
    case("Die Energiepreispauschale von 300 Euro wird mit dem Septembergehalt ausgezahlt.", SUB),
    case(
        "Die Koalition hat die Haltelinie beim Rentenniveau von 48 Prozent bis 2031 verlängert.",
        PAY,
    ),
    case("Pflegekräfte erhalten einen steuerfreien Bonus von 1.500 Euro.", PAY),
    case("Die Regierung will Kinderarmut mit einer Kindergrundsicherung bekämpfen.", PAY),
    case("Die Hilfen für die Flutopfer im Ahrtal werden um ein Jahr verlängert.", SUB),
    # Health.
    case("Ab Juli gilt in Kliniken wieder eine Maskenpflicht.", LAW),
    case("Cannabis ist seit April für Erwachsene teilweise legalisiert.", LAW),
    case(
        "Die Krankenkassen erhalten einen zusätzlichen Bundeszuschuss von zwei Milliarden Euro.",
        SUB,
    ),
    case("Die Praxisgebühr wird wieder eingeführt.", TAX),
    case("Die Zuzahlungen für Medikamente werden gedeckelt.", CAP),
    case("Die Regierung deckelt die Eigenanteile in der Pflege.", CAP),
    case("Die Stiko empfiehlt die Impfung gegen RSV für alle über 75-Jährigen.", INF),
    case(
        "Für die Krankenhäuser gibt es einen Transformationsfonds von 50 Milliarden Euro.",
        BUD,
        optional=(SUB,),
    ),
    # Housing.
    case("Die Mietpreisbremse wird bis 2029 verlängert.", CAP),
    case("Berlin führt einen Mietendeckel ein.", CAP),
    case(
        "Der Bund fördert den Bau von Sozialwohnungen mit 3,5 Milliarden Euro.",
        SUB,
        optional=(PIP,),
    ),
    case("Für Ferienwohnungen plant die Stadt ein Zweckentfremdungsverbot.", LAW),
    # Transport.
    case("Bund und Länder zahlen je 1,5 Milliarden Euro Zuschuss für das Deutschlandticket.", SUB),
    case("Auf Autobahnen soll ein Tempolimit von 130 km/h gelten.", LAW),
    case("Die Lkw-Maut wird um einen CO2-Aufschlag erhöht.", TAX),
    case("Die Regierung hat das Nachtflugverbot am Frankfurter Flughafen gelockert.", LAW),
    case("Für Diesel-Fahrzeuge gelten in der Innenstadt Fahrverbote.", LAW),
    case("Der Zuschuss für das Deutschlandticket wurde gekürzt.", SUB, CUT),
    # Agriculture.
    case("Die EU-Kommission hat die Zulassung für Glyphosat um zehn Jahre verlängert.", LAW),
    case("Landwirte erhalten eine Prämie für jeden Hektar Blühstreifen.", SUB),
    case("Die Anbindehaltung von Rindern wird nach einer Übergangsfrist verboten.", LAW),
    case("Die Tierwohlabgabe auf Fleisch soll 40 Cent pro Kilo betragen.", TAX),
    case(
        "Für Milchbauern stellt die EU eine Krisenhilfe von 500 Millionen Euro bereit.",
        SUB,
        optional=(BUD,),
    ),
    case("Die Regierung hat die Auszahlung der Agrarsubventionen an den Konzern gestoppt.", SUB),
    # Digital.
    case(
        "Messenger-Dienste sollen verpflichtet werden, Nachrichten auf Missbrauchsdarstellungen "
        "zu scannen.",
        LAW,
    ),
    case(
        "Australien verbietet sozialen Netzwerken, Konten von Kindern unter 16 Jahren zu führen.",
        LAW,
    ),
    case("Die Ampel will eine Digitalsteuer für große Plattformen einführen.", TAX),
    case("Provider müssen IP-Adressen künftig drei Monate lang speichern.", LAW),
    case(
        "Der Bund startet ein Förderprogramm für den Glasfaserausbau auf dem Land.",
        SUB,
        optional=(PIP,),
    ),
    case("Die Pflicht zur elektronischen Rechnung gilt ab 2025 für alle Unternehmen.", LAW),
    case("Ab 2025 sind alle Unternehmen verpflichtet, E-Rechnungen zu empfangen.", LAW),
    case(
        "Hersteller müssen Ersatzteile für Waschmaschinen künftig sieben Jahre lang vorrätig "
        "halten.",
        LAW,
    ),
    # Education.
    case("Das BAföG wird zum Wintersemester um fünf Prozent erhöht.", PAY),
    case(
        "Ab 2026 haben Grundschulkinder einen Rechtsanspruch auf Ganztagsbetreuung.",
        LAW,
        optional=(PIP,),
    ),
    case("Bayern führt ein Handyverbot an Grundschulen ein.", LAW),
    case("Die Länder stellen 5.000 zusätzliche Lehrkräfte ein.", PIP),
    case("Studierende erhalten eine Einmalzahlung von 200 Euro.", SUB),
    # Trade.
    case("Die USA erheben Zölle von 25 Prozent auf Stahl aus der EU.", TAR),
    case("Die EU hat Ausgleichszölle auf chinesische Elektroautos verhängt.", TAR),
    case("China hat die Ausfuhr von Gallium und Germanium beschränkt.", EXP),
    case("Peking stoppt den Export seltener Erden in die USA.", EXP),
    case("Indien hat die Ausfuhr von Reis verboten.", EXP),
    case("Die EU verbietet die Einfuhr von Produkten aus Zwangsarbeit.", EMB),
    case("Das Freihandelsabkommen mit dem Mercosur wurde unterzeichnet.", TRE),
    case("Die EU verhängte Strafzölle auf Biodiesel aus China.", TAR),
    case("Die Zollfreigrenze von 150 Euro für Pakete aus Drittstaaten soll fallen.", TAR),
    case(
        "Die Regierung gewährt Stahlkonzernen staatliche Beihilfen für klimafreundliche "
        "Produktion.",
        SUB,
    ),
    # Defence.
    case("Der Wehretat steigt im kommenden Jahr auf 62 Milliarden Euro.", DEF),
    case("Deutschland liefert der Ukraine weitere Patriot-Systeme.", AID),
    case("Die Bundesregierung hat die Lieferung von Taurus-Marschflugkörpern abgelehnt.", AID),
    case("Der neue Wehrdienst soll zunächst auf Freiwilligkeit setzen.", CON),
    case(
        "Die Beschaffung von 35 Kampfjets vom Typ F-35 wurde vom Haushaltsausschuss gebilligt.",
        DEF,
    ),
    case("Russland hat 300.000 Reservisten einberufen.", CON),
    case("Für die Beschaffung von Munition sind zusätzlich acht Milliarden Euro eingeplant.", DEF),
    # Foreign policy and sanctions.
    case("Die EU hat ein 16. Sanktionspaket gegen Russland beschlossen.", SAN),
    case("Die Vermögen des Oligarchen in Deutschland wurden eingefroren.", FRZ),
    case("Berlin hat vier russische Diplomaten ausgewiesen.", DIP),
    case("Die USA verhängten Einreiseverbote gegen hochrangige Funktionäre.", TRV),
    case("Die Bundesregierung hat die Entwicklungshilfe für Niger ausgesetzt.", SUB),
    case("Die EU stockt die humanitäre Hilfe für Gaza um 120 Millionen Euro auf.", SUB),
    case("Die Waffenexporte nach Israel wurden teilweise ausgesetzt.", ARM),
    case("Rüstungsexporte in Drittstaaten sollen künftig strenger kontrolliert werden.", ARM),
    case("Großbritannien hat den Preisdeckel für russisches Öl auf 47,60 Dollar gesenkt.", CAP),
    case("Deutschland gewährt der Ukraine eine Bürgschaft über drei Milliarden Euro.", GUA),
    case("Deutschland sagt Moldau Budgethilfe in Höhe von 50 Millionen Euro zu.", SUB),
    case("Das Auswärtige Amt hat eine Reisewarnung für den Libanon ausgesprochen.", INF),
    case("Die Behörden rufen die Bevölkerung auf, Leitungswasser abzukochen.", INF),
    case("Die Ukraine und die USA haben ein Rohstoffabkommen unterzeichnet.", TRE),
    case("Die EU gab die zweite Tranche der Makrofinanzhilfe für die Ukraine frei.", SUB),
    # Everyday wording of caps, bans and aid.
    case(
        "Für Dispozinsen fordert die Linke einen Deckel von fünf Prozentpunkten über dem Leitzins.",
        CAP,
    ),
    case(
        "Der Strompreis für private Haushalte wird bei 40 Cent pro Kilowattstunde gedeckelt.",
        CAP,
    ),
    case("Die Förderung für Wärmepumpen wird auf 70 Prozent der Kosten aufgestockt.", SUB),
    case("Die Zuschüsse für Sprachkurse werden halbiert.", SUB, optional=(CUT,)),
    case("Das Land verdoppelt die Landarztprämie.", SUB),
    case("Die Fördergelder für das Projekt wurden eingefroren.", SUB),
    case("Die Regierung plant eine Abwrackprämie für alte Ölheizungen.", SUB),
    case("Die Regierung hebt das Verbot der Werbung für Schwangerschaftsabbrüche auf.", LAW),
    case("Glücksspielwerbung im Fernsehen wird vor 21 Uhr untersagt.", LAW),
    case("Ein Böllerverbot in den Innenstädten lehnt der Innenminister ab.", LAW),
    case("Der Bundestag hat ein Gesetz zum Schutz kritischer Infrastruktur verabschiedet.", LAW),
    case("Das Europaparlament hat das Lieferkettengesetz abgeschwächt.", LAW),
    case(
        "Die Bundesnetzagentur verhängte ein Bußgeld von zehn Millionen Euro gegen den Anbieter.",
        LAW,
    ),
]

DISTRACTORS = [
    "Der Fahrer verlor auf der glatten Straße die Kontrolle über das Steuer.",
    "Der Kapitän stand zwölf Stunden am Steuer des Schiffes.",
    "Beim Zoll am Flughafen musste sie ihren Koffer öffnen.",
    "Der neue Fernseher hat eine Bildschirmdiagonale von 55 Zoll.",
    "Auf die Waschmaschine gibt es fünf Jahre Garantie vom Hersteller.",
    "Die Garantie auf den Akku ist nach zwei Jahren abgelaufen.",
    "Im Schwimmbad gilt ein Verbot, vom Beckenrand zu springen.",
    "Der Trainer hat den Spielern ein Handyverbot in der Kabine auferlegt.",
    "Die Mobilisierung der eigenen Anhänger gelang der Partei im Osten besser.",
    "Die Partei plant eine Kampagne zur Mobilisierung von Nichtwählern.",
    "Die Klimapolitik war das beherrschende Thema im Wahlkampf.",
    "Über die Migrationspolitik wurde im Fernsehduell lange gestritten.",
    "Die Rentenpolitik spielt im Wahlkampf der Union eine große Rolle.",
    "Die Förderung junger Talente liegt dem Verein am Herzen.",
    "Die Förderung von Braunkohle in der Lausitz geht seit Jahren zurück.",
    "Die Ölförderung in der Nordsee ist im vergangenen Jahr gesunken.",
    "Die Reform der Liga sieht zwei zusätzliche Aufstiegsplätze vor.",
    "Der Sieg brachte dem Trainer die ersehnte Entlastung.",
    "Die Entlastung des Vorstands erfolgte auf der Hauptversammlung einstimmig.",
    "Die Ausfuhr von Maschinen nach China ist im dritten Quartal gestiegen.",
    "Der Export deutscher Autos in die USA ist im Sommer eingebrochen.",
    "Die Einfuhr von Bananen aus Ecuador hat sich verdoppelt.",
    "Die Preise für Butter sind im Herbst stark gestiegen.",
    "Die Polizei stoppte den Lastwagen auf der Autobahn.",
    "Die Kosten für das neue Stadion sind auf 300 Millionen Euro gestiegen.",
    "Der Deckel des Kochtopfs war heiß.",
    "Die Obergrenze für den Dispo legt jede Bank selbst fest.",
    "Im Spiel gegen Bayern kassierte der Stürmer eine Sperre von drei Spielen.",
    "Die Großeltern gaben ihr einen Zuschuss zum Führerschein.",
    "Der Haushalt von Familie Schmidt ist gut organisiert.",
    "Die Steuerberaterin kommt am Dienstag ins Büro.",
    "Der Kanzler steuert das Land durch die Krise.",
    "Der Schüler bekam eine Verwarnung wegen Handynutzung.",
    "Die Deutschen sparen mehr als vor der Krise.",
    "Der Abgeordnete forderte eine Entschuldigung des Ministers.",
    "Die Pflichtlektüre für die zehnte Klasse umfasst drei Romane.",
    "Die Prämie für die Hausratversicherung wird jährlich im Januar fällig.",
    "Der Fotograf bekam eine Prämie für das schönste Bild des Monats.",
    "Die Verhandlungen über den Kaufpreis wurden nach zwei Stunden abgebrochen.",
    "Für das Konzert im Stadtpark sind 20.000 Besucher vorgesehen.",
    "Der Vermieter hat die Hausordnung um ein Grillverbot auf dem Balkon ergänzt.",
    "Der Bürgermeister nahm an der Einweihung des neuen Spielplatzes teil.",
]


# Written after the new triggers, to probe their reach: the same words where nobody
# imposes anything (a forecast, a duty of conscience, a cost estimate, a firm's own stop).
NEW_TRIGGER_TRAPS = [
    "Die Unternehmen müssen künftig mit weniger Fachkräften auskommen, warnt der Verband.",
    "Viele Händler müssen ab Januar mit höheren Mieten rechnen.",
    "Die Abgeordneten sind dem Gemeinwohl verpflichtet.",
    "Die Kosten des Projekts werden auf 30 Millionen Euro veranschlagt.",
    "Der Export deutscher Autos nach China wurde durch Lieferengpässe gestoppt.",
    "Die Unternehmen haben ihre Ausfuhren nach Russland gestoppt.",
    "Die Polizei gab die Autobahn nach drei Stunden wieder frei.",
    "Der Verein fördert junge Musiker mit Workshops.",
    "Der Sieger erhielt eine Prämie von 1.000 Euro.",
    "Die Kinderhilfe sammelte 10.000 Euro für Schulranzen.",
]


@pytest.mark.parametrize(("text", "required", "optional"), MEASURES)
def test_measure_types(text: str, required: frozenset[str], optional: frozenset[str]) -> None:
    found = polittext.classify_measures(text)
    for m in found:
        assert m.trigger.text == text[m.trigger.start : m.trigger.end]
    types = {m.type for m in found}
    assert required <= types <= required | optional, [(m.type, m.trigger.text) for m in found]


@pytest.mark.parametrize(
    "text", DISTRACTORS + NEW_TRIGGER_TRAPS, ids=[t[:48] for t in DISTRACTORS + NEW_TRIGGER_TRAPS]
)
def test_distractor_gives_no_measure(text: str) -> None:
    found = polittext.classify_measures(text)
    assert [(m.type, m.trigger.text) for m in found] == []
