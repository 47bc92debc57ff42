"""Trigger coverage on new German sentences (issue #5, sixth round).

The sentences were written for this file in genres and topics the development
sets cover little: Länder and municipal politics, EU regulation, social and
health policy, housing, agriculture, digital policy, foreign and security policy
beyond Russia (Iran, China, Israel and Gaza, the Sahel, North Korea), trade,
defence, migration and energy. Their measure types were decided by reading each
sentence with the taxonomy's notes and docs/labelling.rst before the program was
run on them. ``required`` types must be found; ``optional`` types may be found as
well where the sentence names a second measure in passing. Distractors use the
same words in senses that are no policy measure (word-sense traps, mere mentions
of a policy field, statistics, historical measures) and must give no measure.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import case

SAN, EMB, EXP, SRV = "SANCTION_GENERAL", "IMPORT_EMBARGO", "EXPORT_BAN", "SERVICE_BAN"
CAP, FRZ, FIN, TRV = "PRICE_CAP", "ASSET_FREEZE", "FINANCIAL_RESTRICTION", "TRAVEL_BAN"
ARM, MCS = "ARMS_EMBARGO", "MILITARY_COOPERATION_SUSPENSION"
TAR, SUB, TAX = "TARIFF", "SUBSIDY_FINANCIAL_AID", "TAX_LEVY"
PAY, CUT, BUD = "PAY_BENEFIT_CHANGE", "SPENDING_CUT_LIMIT", "BUDGET_ALLOCATION"
DEF, GUA, SEC = "DEFENCE_SPENDING", "FINANCIAL_GUARANTEE", "SECURITY_GUARANTEE"
AID, CON, ACT = "MILITARY_AID", "CONSCRIPTION_MOBILISATION", "ARMS_CONTROL"
NEG, TRE, DIP = "NEGOTIATION_DEMAND_CONCESSION", "AGREEMENT_TREATY", "DIPLOMATIC_MEASURE"
LAW, MIG = "REGULATION_LAW", "MIGRATION_BORDER"
PIP, INF = "PUBLIC_INVESTMENT_PROVISION", "INFORMATION_APPEAL"


MEASURES = [
    # Länder and municipal politics.
    case("Die Stadt Köln erhöht die Parkgebühren in der Innenstadt auf vier Euro pro Stunde.", TAX),
    case("Der Stadtrat hat beschlossen, die Kita-Gebühren ab August abzuschaffen.", TAX),
    case(
        "Rheinland-Pfalz will die Kitagebühren für alle Altersgruppen streichen.",
        TAX,
        optional=(CUT,),
    ),
    case("Die Gemeinde hebt den Hebesatz der Grundsteuer B auf 550 Prozent an.", TAX),
    case("Bayern führt die Bezahlkarte für Asylbewerber zum 1. März flächendeckend ein.", MIG),
    case("Der Landtag beschließt ein Gesetz zur Begrenzung von Zweitwohnungen auf Sylt.", LAW),
    case(
        "Die Landesregierung verdoppelt den Zuschuss für kommunale Schwimmbäder.",
        SUB,
        optional=(PIP,),
    ),
    case("Die Stadt führt eine Verpackungssteuer auf Einwegbecher und Pizzakartons ein.", TAX),
    case("Hamburg bezuschusst den Kauf von Lastenrädern mit bis zu 2.000 Euro.", SUB),
    case("Der Kreistag verhängt eine Haushaltssperre, bis der Nachtragshaushalt steht.", CUT, BUD),
    case("Berlin deckelt die Mieten in landeseigenen Wohnungen bis 2028.", CAP),
    case("Die Stadt Tübingen erhebt seit 2022 eine Abgabe auf Einwegverpackungen.", TAX),
    case("Die Landesregierung stellt 2.000 zusätzliche Lehrkräfte ein.", PIP),
    case(
        "Sachsen verlängert das Landesprogramm zur Förderung von Hausärzten auf dem Land "
        "um drei Jahre.",
        SUB,
    ),
    case("Niedersachsen will eine Landarztquote für Medizinstudierende einführen.", LAW),
    case("Die Stadt verdoppelt die Gebühren für Anwohnerparkausweise auf 120 Euro im Jahr.", TAX),
    case(
        "Das Land übernimmt künftig die Elternbeiträge für das letzte Kita-Jahr.",
        SUB,
        optional=(TAX,),
        xfail="the state paying a fee for citizens ('übernimmt die Elternbeiträge') needs the verb's sense; the fee alone is found as a levy",
    ),
    case("Die Gemeinde erhebt ab 2026 eine Zweitwohnungsteuer von zwölf Prozent.", TAX),
    # EU regulation.
    case(
        "Das EU-Lieferkettengesetz verpflichtet große Unternehmen, Menschenrechtsverstöße bei "
        "Zulieferern zu verhindern.",
        LAW,
    ),
    case(
        "Brüssel hat den CO2-Grenzausgleich für Stahl, Zement und Aluminium beschlossen.",
        TAX,
        optional=(TAR,),
    ),
    case("Die Union will das Verbrenner-Aus für 2035 rückgängig machen.", LAW),
    case("Das Europäische Parlament stimmte für ein Verbot von Einwegplastik in Restaurants.", LAW),
    case("Die Kommission schlägt vor, die Flottengrenzwerte für Lkw zu verschärfen.", LAW),
    case("Die EU-Staaten einigten sich auf eine Lockerung der Entwaldungsverordnung.", LAW),
    case("Die EU-Kommission verhängt gegen Apple eine Geldbuße von 1,8 Milliarden Euro.", LAW),
    case(
        "Die Mitgliedstaaten haben die CO2-Bepreisung für Gebäude und Verkehr um ein Jahr "
        "verschoben.",
        TAX,
    ),
    case(
        "Die EU führt einen CO2-Grenzausgleichsmechanismus für Importe ein.", TAX, optional=(TAR,)
    ),
    # Social policy.
    case("Der Regelsatz im Bürgergeld bleibt 2026 unverändert bei 563 Euro.", PAY),
    case(
        "Die Union will Totalverweigerern das Bürgergeld komplett streichen.", PAY, optional=(CUT,)
    ),
    case(
        "Die Rentenkommission empfiehlt, das Renteneintrittsalter an die Lebenserwartung zu "
        "koppeln.",
        PAY,
        optional=(LAW,),
    ),
    case(
        "Die Koalition hat die Haltelinie beim Rentenniveau von 48 Prozent bis 2031 verlängert.",
        PAY,
    ),
    case("Ab Juli steigen die Renten um 3,7 Prozent.", PAY),
    case(
        "Die Pflegeversicherung erhöht den Beitragssatz zum Jahreswechsel um 0,2 Prozentpunkte.",
        TAX,
    ),
    case("Das Kindergeld wird um fünf Euro auf 255 Euro im Monat angehoben.", PAY),
    case("Die Linke fordert eine Mindestrente von 1.200 Euro.", PAY),
    case(
        "Wer Termine beim Jobcenter versäumt, dem wird die Leistung um 30 Prozent gekürzt.",
        PAY,
        optional=(CUT,),
    ),
    # The tax-free allowance is also a tax measure (batch B labels the same measure so).
    case(
        "Die Koalition will die Aktivrente einführen: 2.000 Euro im Monat bleiben steuerfrei.",
        PAY,
        optional=(TAX,),
    ),
    case("Das Elterngeld für Paare mit hohem Einkommen wird gestrichen.", PAY, optional=(CUT,)),
    # Health.
    case("Der Bundesrat hat die Krankenhausreform gebilligt.", LAW),
    case("Die Union will die Teillegalisierung von Cannabis wieder zurücknehmen.", LAW),
    case("Das Gesundheitsministerium rät Schwangeren dringend zu einer Grippeimpfung.", INF),
    case(
        "Die Kassen fordern einen Zuschuss des Bundes von zehn Milliarden Euro für die "
        "Krankenversicherung.",
        SUB,
    ),
    case("Der Bund gründet ein Bundesinstitut für öffentliche Gesundheit.", PIP),
    case("Die Regierung plant eine Zuckersteuer auf Softdrinks.", TAX),
    case("Der Gesundheitsminister will den Verkauf von Lachgas an Minderjährige verbieten.", LAW),
    case("Der Transformationsfonds für Kliniken wird mit 50 Milliarden Euro ausgestattet.", BUD),
    # Housing.
    case("Der Bundestag hat die Mietpreisbremse bis Ende 2029 verlängert.", CAP),
    case(
        "Das Land stockt die Förderung für sozialen Wohnungsbau auf 1,5 Milliarden Euro auf.",
        SUB,
        optional=(PIP,),
    ),
    case("Die Bauministerin will den Neubau mit zinsgünstigen KfW-Krediten ankurbeln.", SUB),
    case(
        "Die Kappungsgrenze für Mieterhöhungen wird in angespannten Märkten auf elf Prozent "
        "gesenkt.",
        CAP,
    ),
    case("Die Stadt will 10.000 neue Sozialwohnungen bauen.", PIP),
    case("Die Grunderwerbsteuer sinkt in Nordrhein-Westfalen für Erstkäufer auf 3,5 Prozent.", TAX),
    case("Die Regierung erwägt einen Mietendeckel für ganz Berlin.", CAP),
    # Agriculture.
    case("Die Bauern protestieren gegen das Aus der Agrardiesel-Rückvergütung.", SUB),
    case("Die Koalition will die Agrardieselsubvention wieder einführen.", SUB),
    case("Brüssel zahlt Landwirten eine Prämie von 60 Euro je Hektar für Blühstreifen.", SUB),
    case("Die EU hat die Zulassung von Glyphosat um zehn Jahre verlängert.", LAW),
    case("Die Düngeverordnung begrenzt den Stickstoffeinsatz in roten Gebieten.", LAW),
    case("Die Steuerbegünstigung für Agrardiesel läuft schrittweise aus.", SUB, optional=(TAX,)),
    # Digital.
    case("Das Bundesverfassungsgericht hat die Vorratsdatenspeicherung gekippt.", LAW),
    case("Die Union fordert eine Speicherpflicht für IP-Adressen von drei Monaten.", LAW),
    case("Die Regierung plant eine Altersgrenze von 16 Jahren für soziale Netzwerke.", LAW),
    case("Die Bundesnetzagentur hat Huawei-Komponenten im 5G-Kernnetz verboten.", LAW),
    case(
        "Das Digitalministerium startet eine Aufklärungskampagne gegen Betrug mit KI-Stimmen.", INF
    ),
    case(
        "Das Quick-Freeze-Verfahren soll Ermittlern den Zugriff auf Verbindungsdaten erleichtern.",
        LAW,
    ),
    case("Die Upload-Filter der EU-Urheberrechtsrichtlinie sind bis heute umstritten.", LAW),
    # Sanctions and restrictions beyond Russia.
    case("Die EU hat neue Sanktionen gegen iranische Drohnenhersteller verhängt.", SAN),
    case("Die ECOWAS verhängte nach dem Putsch Wirtschaftssanktionen gegen Mali.", SAN),
    case(
        "Die Vereinten Nationen verschärfen die Sanktionen gegen Nordkorea wegen neuer "
        "Raketentests.",
        SAN,
    ),
    case("Washington sanktioniert chinesische Raffinerien, die iranisches Öl kaufen.", SAN),
    case(
        "Washington fror Vermögenswerte der Revolutionsgarden in Höhe von 300 Millionen Dollar ein.",
        FRZ,
    ),
    case("Die Schweiz hat die Konten des gestürzten syrischen Machthabers gesperrt.", FRZ),
    case("Die EU friert das Vermögen von zwölf Hamas-Finanziers ein.", FRZ),
    case("Die Vermögenseinfrierung gegen die Junta in Myanmar bleibt bestehen.", FRZ),
    case("Die USA verhängen Einreiseverbote gegen gewalttätige Siedler im Westjordanland.", TRV),
    case("Israel verweigert zwei Europaabgeordneten die Einreise.", TRV),
    case("Die EU setzt die Visafreiheit für Georgien teilweise aus.", TRV),
    case(
        "Gegen zehn chinesische Beamte wurden wegen der Unterdrückung der Uiguren Reisesperren "
        "verhängt.",
        TRV,
        optional=(SAN,),
    ),
    case(
        "Die EU hat mehrere chinesische Banken vom Zugang zum europäischen Finanzmarkt ausgeschlossen.",
        FIN,
    ),
    case(
        "Die USA verbieten Anlegern den Kauf von Anleihen der venezolanischen Staatsölfirma.",
        FIN,
    ),
    case(
        "Britische Banken dürfen keine Transaktionen mehr mit der iranischen Zentralbank abwickeln.",
        FIN,
    ),
    case(
        "Die USA beschränken Investitionen amerikanischer Firmen in chinesische KI-Unternehmen.",
        FIN,
    ),
    case("Pjöngjang bleibt vom internationalen Zahlungsverkehr abgeschnitten.", FIN),
    case(
        "Die USA untersagen amerikanischen Cloud-Anbietern Dienstleistungen für iranische Banken.",
        SRV,
    ),
    case("London verbietet die Versicherung von Tankern, die iranisches Öl transportieren.", SRV),
    case("Die EU hat Beratungsdienstleistungen für die belarussische Regierung verboten.", SRV),
    case("Tankern der Schattenflotte wird das Anlaufen europäischer Häfen untersagt.", SRV),
    case(
        "Die EU verbietet europäischen Firmen, Software für Unternehmensführung an russische "
        "Konzerne zu liefern.",
        SRV,
        xfail="the comma before the object clause is a clause break, which no trigger pattern crosses",
    ),
    # Trade.
    case("Die EU verbietet den Export von Halbleitertechnik nach China.", EXP),
    case("China verhängt Exportkontrollen für Gallium und Germanium.", EXP),
    case(
        "Die Niederlande haben den Verkauf von Lithografiemaschinen an chinesische Firmen "
        "untersagt.",
        EXP,
    ),
    case("Peking verhängt einen Exportstopp für Seltene Erden in die USA.", EXP),
    case("Peking verhängt Strafzölle auf Brandy aus der EU.", TAR),
    case("Die EU erhebt Ausgleichszölle von bis zu 35 Prozent auf chinesische Elektroautos.", TAR),
    case("Trump droht mit Zöllen von 50 Prozent auf Waren aus der EU.", TAR),
    case(
        "Die Kommission leitet ein Antidumpingverfahren gegen Stahlimporte aus Vietnam ein.",
        TAR,
    ),
    case("Washington und Peking vereinbarten eine 90-tägige Zollpause.", TAR, optional=(TRE,)),
    case(
        "Die USA senken die Einfuhrabgaben auf europäische Autos im Rahmen des Handelsabkommens "
        "auf 15 Prozent.",
        TAR,
        TRE,
    ),
    case("Die EU und der Mercosur haben ihr Freihandelsabkommen unterzeichnet.", TRE),
    case("Indien hebt die Einfuhrsperre für Walnüsse aus Kalifornien auf.", EMB),
    case("China stoppt die Einfuhr von Meeresfrüchten aus Japan.", EMB),
    case(
        "Die Türkei verhängt einen vollständigen Handelsboykott gegen Israel.", EMB, optional=(EXP,)
    ),
    case("Russland verbietet die Einfuhr von Obst und Gemüse aus Moldau.", EMB),
    # Foreign and security policy.
    case("Die Bundesregierung bestellte den iranischen Botschafter ins Auswärtige Amt ein.", DIP),
    case(
        "Deutschland schließt die iranischen Generalkonsulate in Hamburg, Frankfurt und München.",
        DIP,
    ),
    case("Niger hat den französischen Botschafter zur unerwünschten Person erklärt.", DIP),
    case("Israel ruft seinen Botschafter aus Madrid zurück.", DIP),
    case("Mehrere EU-Staaten erkennen Palästina als Staat an.", DIP),
    case("Berlin hat die Rüstungsexporte nach Israel teilweise ausgesetzt.", ARM),
    case("Der UN-Sicherheitsrat verlängerte das Waffenembargo gegen Südsudan.", ARM),
    case(
        "Die Bundesregierung genehmigt vorerst keine Waffenlieferungen an Israel mehr, die in "
        "Gaza eingesetzt werden könnten.",
        ARM,
        optional=(AID,),
    ),
    case("Kanada stoppt alle Waffenverkäufe an Saudi-Arabien.", ARM),
    case(
        "Nach dem Putsch in Niger setzte die EU die militärische Zusammenarbeit mit der Junta aus.",
        MCS,
    ),
    case(
        "Die USA frieren die Militärhilfe für Ägypten ein, bis die Regierung politische "
        "Gefangene freilässt.",
        MCS,
    ),
    case(
        "Nach dem Putsch beendete Deutschland die Ausbildungskooperation mit der Armee von "
        "Burkina Faso.",
        MCS,
    ),
    case("Washington stoppt die Weitergabe von Geheimdienstinformationen an Kiew.", MCS),
    case("Die USA schicken zusätzliche Flugabwehrsysteme nach Israel.", AID),
    case("Kanada sagt Kiew weitere Militärhilfen im Wert von 500 Millionen Dollar zu.", AID),
    case("Frankreich beendet seine Ausbildungsmission in Mali.", AID),
    case("Deutschland liefert Taiwan keine U-Boote.", AID),
    case("Die EU hat humanitäre Hilfe für Gaza um 120 Millionen Euro aufgestockt.", SUB),
    case("Israel und die Hamas haben einer Waffenruhe in Gaza zugestimmt.", TRE),
    case(
        "Die Hamas verlangt als Gegenleistung für die Freilassung der Geiseln den Rückzug der "
        "israelischen Armee.",
        NEG,
        optional=(ACT,),
    ),
    case(
        "Teheran nennt die Aufhebung aller Sanktionen als Vorbedingung für neue Atomgespräche.",
        NEG,
        SAN,
    ),
    case(
        "Die USA bieten Iran im Gegenzug für einen Verzicht auf Urananreicherung eine Lockerung "
        "der Ölsanktionen an.",
        NEG,
        SAN,
        optional=(ACT,),
    ),
    case("Peking macht Zugeständnisse beim Marktzugang für europäische Autobauer.", NEG),
    case(
        "Washington verlangt von Teheran, die Urananreicherung vollständig einzustellen.",
        ACT,
        optional=(NEG,),
    ),
    case(
        "Der Atomwaffensperrvertrag verbietet Nicht-Atomwaffenstaaten den Erwerb von Kernwaffen.",
        TRE,
        ACT,
    ),
    case("Nordkorea soll sein Atomprogramm vollständig abbauen, fordert der Sicherheitsrat.", ACT),
    case("Der Plan sieht eine entmilitarisierte Zone entlang der Grenze vor.", ACT),
    case("Die Obergrenze für angereichertes Uran liegt im Abkommen bei 3,67 Prozent.", ACT, TRE),
    # Defence.
    case("Das Sondervermögen für die Bundeswehr wird bis 2027 vollständig verplant sein.", DEF),
    case("Japan verdoppelt seinen Verteidigungshaushalt bis 2027.", DEF),
    case(
        "Die NATO-Staaten haben sich auf ein Ziel von fünf Prozent der Wirtschaftsleistung für "
        "Verteidigung verständigt.",
        DEF,
    ),
    case("Die Bundeswehr beschafft 35 Kampfjets vom Typ F-35 für zehn Milliarden Euro.", DEF),
    case("Der Bundestag hat den neuen Wehrdienst mit verpflichtender Musterung beschlossen.", CON),
    case("Die Union fordert die Rückkehr zur Wehrpflicht.", CON),
    case("Litauen führt die Wehrpflicht für Männer wieder ein.", CON),
    case("Der Verteidigungsminister will 20.000 zusätzliche Reservisten gewinnen.", CON),
    case("Die Regierung erhöht den Wehrsold für Freiwillige auf 2.000 Euro.", PAY),
    case(
        "Deutschland gibt der Ukraine eine Sicherheitszusage für die Zeit nach einem "
        "Waffenstillstand.",
        SEC,
        TRE,
    ),
    case(
        "Großbritannien und Frankreich sind bereit, Soldaten für eine Friedenstruppe zu stellen.",
        SEC,
    ),
    case("Die USA bieten Saudi-Arabien einen Verteidigungspakt an.", TRE, SEC),
    case("Washington bekräftigt seine Beistandszusage für Taiwan.", SEC),
    # Guarantees.
    case(
        "Der Bund übernimmt eine Bürgschaft über 2,5 Milliarden Euro für Thyssenkrupp Steel.",
        GUA,
    ),
    case("Das Land sichert den Kredit der Meyer Werft mit einer Ausfallgarantie ab.", GUA),
    case("Die Bundesregierung garantiert die Einlagen der Sparer bei der insolventen Bank.", GUA),
    case("Die EU stellt Exportkreditgarantien für Geschäfte mit der Ukraine bereit.", GUA),
    # Migration.
    case(
        "Der Innenminister hat Zurückweisungen von Asylsuchenden an der Grenze angeordnet.",
        MIG,
    ),
    case("Die Koalition will Georgien und Moldau als sichere Herkunftsstaaten einstufen.", MIG),
    case("Baden-Württemberg schiebt erstmals afghanische Straftäter in ihre Heimat ab.", MIG),
    case(
        "Die Regierung hat den Familiennachzug für subsidiär Schutzberechtigte für zwei Jahre "
        "ausgesetzt.",
        MIG,
    ),
    case("Italien lagert Asylverfahren nach Albanien aus.", MIG),
    case("Die Bundespolizei kontrolliert seit September an allen deutschen Landgrenzen.", MIG),
    case("Das Land richtet ein Abschiebegefängnis in Glückstadt ein.", MIG, optional=(PIP,)),
    case(
        "Die Union fordert eine Obergrenze von 100.000 Asylbewerbern pro Jahr.",
        MIG,
    ),
    # Energy.
    case(
        "Das Heizungsgesetz schreibt vor, dass neue Heizungen zu 65 Prozent mit erneuerbaren "
        "Energien betrieben werden.",
        LAW,
    ),
    case("Die Regierung senkt die Stromsteuer für alle Verbraucher auf das EU-Minimum.", TAX),
    case(
        "Die Netzentgelte werden ab Januar mit 6,5 Milliarden Euro aus dem Klima- und "
        "Transformationsfonds bezuschusst.",
        SUB,
        optional=(BUD,),
    ),
    case("Der Staat übernimmt die Gasspeicherumlage ab 2026.", TAX, optional=(SUB,)),
    case(
        "Der Industriestrompreis soll für energieintensive Betriebe auf fünf Cent gedeckelt "
        "werden.",
        CAP,
        optional=(SUB,),
    ),
    case("Für den Kauf einer Wärmepumpe zahlt der Staat bis zu 70 Prozent Zuschuss.", SUB),
    case("Der Preis für das Deutschlandticket bleibt bis Ende 2026 bei 58 Euro eingefroren.", CAP),
    case("Die G7 senkten den Preisdeckel für russisches Öl auf 47,60 Dollar pro Barrel.", CAP),
    # Budgets, cuts and investment.
    case("Der Landtag hat den Doppelhaushalt 2025/26 verabschiedet.", BUD),
    case("Die Stadt nimmt neue Kredite in Höhe von 80 Millionen Euro auf.", BUD),
    # Labelled BUD and PIP at first; dev4 (pm4-0074) labels money provided for an
    # investment as the investment only, so the budget type is optional here.
    case(
        "Für die Sanierung der Schulen stellt das Land 400 Millionen Euro bereit.",
        PIP,
        optional=(BUD,),
    ),
    case(
        "Der Bund will die Schuldenbremse für Investitionen in die Infrastruktur lockern.",
        CUT,
        optional=(PIP,),
    ),
    case("Das Auswärtige Amt kürzt die humanitäre Hilfe um eine Milliarde Euro.", CUT, SUB),
    case("Die Stadt streicht die Zuschüsse für freie Theater.", CUT, SUB),
    case("Der Finanzminister verhängt eine Ausgabensperre für alle Ressorts.", CUT),
    case("Die Landesregierung will 1.000 Stellen in der Verwaltung abbauen.", CUT),
    case("Die Deutsche Bahn saniert bis 2030 vierzig hochbelastete Strecken.", PIP),
    case("Der Bund steigt mit 25 Prozent beim Netzbetreiber Tennet ein.", PIP),
    case("Das Land baut das Glasfasernetz in ländlichen Regionen für 600 Millionen Euro aus.", PIP),
    # Information and appeals.
    case("Das Auswärtige Amt warnt vor Reisen in den Iran.", INF),
    case("Die Bundesregierung ruft die Bürger auf, Wasser zu sparen.", INF),
    case(
        "Das Bundesamt für Bevölkerungsschutz empfiehlt jedem Haushalt einen Notvorrat für "
        "zehn Tage.",
        INF,
    ),
    case(
        "Der Gesundheitsminister appelliert an ältere Menschen, sich gegen Corona impfen zu "
        "lassen.",
        INF,
    ),
]

# A second batch, written and labelled after the lexicon changes for the first batch and
# before the program was run on it, to see how far those changes reach on unseen text.
MEASURES_B = [
    case("Der Senat friert die Fahrpreise im Nahverkehr für zwei Jahre ein.", CAP),
    case("Die Kommune hat die Hundesteuer für Listenhunde auf 1.000 Euro angehoben.", TAX),
    case("Thüringen schafft die Straßenausbaubeiträge rückwirkend ab.", TAX),
    case(
        "Die Stadt Freiburg verlangt künftig 360 Euro für einen Anwohnerparkausweis.",
        TAX,
        xfail="a fee named only by its price and the permit ('verlangt 360 Euro für') has no trigger word",
    ),
    case("Hessen zahlt Familien ein Landeskindergeld von 50 Euro im Monat.", PAY),
    case("Der Freistaat stockt das Familiengeld auf 3.000 Euro auf.", PAY),
    case("Bremen verbietet Laubbläser in Wohngebieten an Sonntagen.", LAW),
    case("Die Landesregierung ruft für die Hitzewelle die höchste Warnstufe aus.", INF),
    case("Das Landesamt warnt Pilzsammler vor dem Verzehr von Knollenblätterpilzen.", INF),
    case("Die EU-Kommission hat die Sorgfaltspflichten für Konzerne deutlich abgeschwächt.", LAW),
    case("Die EU-Staaten bremsen die geplante Entwaldungsverordnung erneut aus.", LAW),
    case(
        "Das EU-Parlament billigt den Grenzausgleichsmechanismus für CO2-intensive Importe.",
        TAX,
        optional=(TAR,),
    ),
    case("Ab 2035 dürfen in der EU keine neuen Benziner und Diesel mehr zugelassen werden.", LAW),
    case("Die Plattformen müssen Hassbotschaften künftig binnen einer Stunde entfernen.", LAW),
    case("Die Regierung will die Regelsätze der Grundsicherung für 2026 nicht erhöhen.", PAY),
    case(
        "Die Koalition streicht den Hinzuverdienstdeckel für Frührentner.", PAY, optional=(CUT, CAP)
    ),
    case(
        "Rentner sollen künftig 2.000 Euro im Monat steuerfrei hinzuverdienen dürfen.",
        TAX,
        optional=(PAY,),
    ),
    case(
        "Die Pflegekassen erhöhen den Eigenanteilszuschuss für Heimbewohner.", SUB, optional=(PAY,)
    ),
    case("Der Bundestag hat das Pflegegeld um 4,5 Prozent angehoben.", PAY),
    case("Die Ärzteschaft fordert eine Widerspruchslösung bei der Organspende.", LAW),
    case("Das Kabinett bringt ein Verbot von Einweg-E-Zigaretten auf den Weg.", LAW),
    case(
        "Die Länder dürfen künftig Modellprojekte zum Verkauf von Cannabis in Fachgeschäften genehmigen.",
        LAW,
    ),
    case("Die Krankenkassen bekommen 2026 einen Bundeszuschuss von 14,5 Milliarden Euro.", SUB),
    case("Die Mietpreisbremse soll auch für Neubauten ab 2014 gelten.", CAP),
    case(
        "Der Bund fördert den Bau von Sozialwohnungen mit 3,5 Milliarden Euro.",
        SUB,
        optional=(PIP,),
    ),
    case("Die Regierung senkt die Grunderwerbsteuer für Familien mit Kindern.", TAX),
    case("Das Baugesetzbuch wird geändert, um Dachaufstockungen zu erleichtern.", LAW),
    case(
        "Die Bauernverbände fordern die Rücknahme der Kürzungen beim Agrardiesel.",
        SUB,
        optional=(CUT,),
    ),
    case(
        "Die EU deckelt die Direktzahlungen an Großbetriebe bei 100.000 Euro.", SUB, optional=(CAP,)
    ),
    case("Das Ministerium führt ein staatliches Tierwohllabel für Schweinefleisch ein.", LAW),
    case("Die Unionsfraktion will IP-Adressen drei Monate lang speichern lassen.", LAW),
    case("Die EU will Messengerdienste zum Scannen privater Chats verpflichten.", LAW),
    case(
        "Das Bundesamt für Sicherheit in der Informationstechnik warnt vor der Nutzung der App.",
        INF,
    ),
    case("Washington belegt zwei chinesische Reedereien mit Sanktionen.", SAN),
    case("Die EU listet weitere Hamas-Funktionäre und sperrt ihre Konten.", FRZ, optional=(SAN,)),
    case("Großbritannien hat das Vermögen eines iranischen Generals blockiert.", FRZ),
    case(
        "Die USA verweigern dem iranischen Außenminister ein Visum für die UN-Vollversammlung.", TRV
    ),
    case("Die Schweiz verhängt ein Einreiseverbot gegen drei Mitglieder der Junta in Mali.", TRV),
    case("Die USA setzen chinesische Chiphersteller auf die schwarze Liste für Exporte.", EXP),
    case("Japan schränkt die Ausfuhr von Chipmaschinen nach China ein.", EXP),
    case("Peking verbietet den Verkauf von Seltenen Erden an US-Rüstungsfirmen.", EXP),
    case("Die EU verhängt Antidumpingzölle auf Biodiesel aus China.", TAR),
    case("Trump kündigt Zölle von 25 Prozent auf alle Importe aus Mexiko an.", TAR),
    case("Kanada belegt amerikanischen Whiskey mit Vergeltungszöllen.", TAR),
    case("Die EU stoppt die Einfuhr von Waren aus israelischen Siedlungen.", EMB),
    case("Moskau verhängt ein Importverbot für georgischen Wein.", EMB),
    case("Die Versicherung von Öltankern mit iranischer Ladung wird verboten.", SRV),
    case("Europäischen Rechtsanwälten wird die Beratung russischer Staatsfirmen untersagt.", SRV),
    case("Die USA schneiden iranische Banken vom Dollar-System ab.", FIN),
    case("Die EU verbietet Transaktionen mit der Zentralbank von Nordkorea.", FIN),
    case("Frankreich weist vier iranische Diplomaten aus.", DIP),
    case("Die Bundesregierung hat den russischen Geschäftsträger einbestellt.", DIP),
    case("Spanien erkennt Palästina offiziell als Staat an.", DIP),
    case("Litauen stuft die diplomatischen Beziehungen zu China herab.", DIP),
    case("Italien stoppt den Export von Rüstungsgütern an Israel.", ARM),
    case(
        "Die Niederlande dürfen keine F-35-Teile mehr an Israel liefern, urteilte ein Gericht.",
        ARM,
        xfail="a court stopping deliveries of parts is an arms embargo only by reading 'keine … liefern' with the parts as weapons",
    ),
    case("Deutschland setzt die Ausbildung malischer Soldaten aus.", MCS),
    case("Nach dem Putsch stellt Washington die Sicherheitskooperation mit Niger ein.", MCS),
    case("Die USA liefern Israel weitere 2.000-Pfund-Bomben.", AID),
    case("Berlin sagt Kiew vier weitere Iris-T-Systeme zu.", AID),
    case("Südkorea will der Ukraine Artilleriegranaten überlassen.", AID),
    case(
        "Die EU-Staaten einigten sich auf ein Hilfspaket von 50 Milliarden Euro für die Ukraine.",
        SUB,
    ),
    case("Israel und die Hisbollah haben eine Waffenruhe vereinbart.", TRE),
    case(
        "Teheran verlangt Garantien, dass die USA nicht erneut aus dem Abkommen aussteigen.",
        NEG,
        TRE,
    ),
    case("Washington verlangt im Gegenzug den Abzug iranischer Milizen aus Syrien.", NEG, ACT),
    case("Pjöngjang soll seine Raketentests einstellen, verlangen die G7.", ACT),
    case("Die Hamas soll nach dem Plan vollständig entwaffnet werden.", ACT),
    case(
        "Die Bundeswehr soll bis 2029 auf 260.000 Soldaten wachsen, dafür wird der Wehrdienst ausgebaut.",
        CON,
    ),
    case("Schweden hat die Wehrpflicht 2017 wieder eingeführt.", CON),
    case("Der Bundestag hat die Mittel für die Bundeswehr um zehn Milliarden Euro erhöht.", DEF),
    case("Polen gibt fast fünf Prozent seines BIP für Verteidigung aus.", DEF),
    case("Die NATO sichert Finnland im Fall eines Angriffs Beistand zu.", SEC),
    case("Der Bund bürgt für Kredite der Uniper-Gruppe in Höhe von 11 Milliarden Euro.", GUA),
    case("Das Land übernimmt eine Landesbürgschaft für den angeschlagenen Autozulieferer.", GUA),
    case("Die Bundespolizei weist an der Grenze zu Polen seit Mai auch Asylsuchende zurück.", MIG),
    case("Die Abschiebehaft für Gefährder wird auf 28 Tage verlängert.", MIG),
    case("Algerien und Marokko sollen als sichere Herkunftsländer eingestuft werden.", MIG),
    case("Der Familiennachzug zu subsidiär Geschützten bleibt ausgesetzt.", MIG),
    case("Die Regierung senkt die Netzentgelte mit einem Zuschuss von 6,5 Milliarden Euro.", SUB),
    case("Die Gasspeicherumlage wird zum Jahreswechsel abgeschafft.", TAX),
    case("Das Gebäudeenergiegesetz soll nach dem Willen der Union abgeschafft werden.", LAW),
    case("Für Wärmepumpen gibt es weiterhin eine Förderung von bis zu 70 Prozent.", SUB),
    case("Der Landkreis kürzt die Zuschüsse für die Schulsozialarbeit um ein Drittel.", CUT, SUB),
    case("Die Stadt verhängt einen Einstellungsstopp in der Verwaltung.", CUT),
    case(
        "Der Bundestag hat ein Sondervermögen für Infrastruktur von 500 Milliarden Euro beschlossen.",
        BUD,
        optional=(PIP,),
    ),
    case("Die Landesregierung nimmt wegen der Flutschäden neue Schulden auf.", BUD),
    case("Das Land investiert zwei Milliarden Euro in die Sanierung maroder Brücken.", PIP),
    case("Die Stadtwerke werden rekommunalisiert.", PIP),
    case("Das Gesundheitsministerium startet eine Kampagne für die Organspende.", INF),
    case("Die Behörden fordern die Bevölkerung auf, Leitungswasser abzukochen.", INF),
]

DISTRACTORS_B = [
    "Der Zoll kontrollierte am Grenzübergang mehr als 200 Lastwagen.",
    "Die Steuer des Bootes brach bei dem Sturm.",
    "Die Garantie für den Kühlschrank gilt zwei Jahre.",
    "Der Verein sperrte den Torwart für das nächste Pokalspiel.",
    "Die SPD will ihre Wähler im Endspurt mobilisieren.",
    "Der Minister hat durch die Affäre jeden Kredit verspielt.",
    "Die Gespräche über eine Koalition liegen vorerst auf Eis.",
    "Die Bank fror das Konto wegen einer fehlenden Adresse ein.",
    "Die Preise für Heizöl sind im Winter gestiegen.",
    "Der Trainer verbietet seinen Spielern Interviews vor dem Finale.",
    "Im Jahr 1973 verhängten die arabischen Staaten ein Ölembargo gegen den Westen.",
    "Die Ausfuhren nach China sind im dritten Quartal um fünf Prozent gesunken.",
    "Die Zahl der Abschiebungen hat sich in den letzten zehn Jahren kaum verändert.",
    "Die Sozialpolitik der Koalition wird von den Gewerkschaften kritisiert.",
    "Die Verteidigungspolitik war Thema einer Podiumsdiskussion in Potsdam.",
    "Der Botschafter überreichte dem Bundespräsidenten sein Beglaubigungsschreiben.",
    "Die Delegation aus Peking besuchte ein Werk in Wolfsburg.",
    "Die Kita-Gebühren waren Thema der Bürgerversammlung.",
    "Die Landwirte ernten in diesem Jahr weniger Weizen als im Vorjahr.",
    "Die Stadtbibliothek verlängert ihre Öffnungszeiten am Samstag.",
    "Der Präsident empfing den iranischen Außenminister zu einem Gespräch.",
    "Im Mittelalter erhoben viele Städte einen Brückenzoll.",
    "Die Fans mobilisierten sich für das Auswärtsspiel in München.",
    "Die Spieler erhielten eine Prämie für den Einzug ins Finale.",
    "Die Zinsen für Baukredite sind leicht gesunken.",
]

# A third batch, written and labelled after the changes for batch B and before the
# program was run on it (speeches, manifestos and press releases; longer sentences).
MEASURES_C = [
    case(
        "Wir werden die Gewerbesteuer in unserer Stadt nicht erhöhen, versprach der Oberbürgermeister.",
        TAX,
    ),
    case(
        "Die Landesregierung hat einen Härtefallfonds für Stromsperren in Höhe von zehn Millionen Euro aufgelegt.",
        SUB,
    ),
    case(
        "Mit dem Kita-Qualitätsgesetz erhalten die Länder bis 2026 rund vier Milliarden Euro vom Bund.",
        LAW,
        optional=(SUB, BUD),
    ),
    case("Die Kommune erhebt künftig eine Übernachtungsabgabe von fünf Prozent.", TAX),
    case("Der Rat der Stadt hat das Anwohnerparken in der Altstadt neu geregelt.", LAW),
    case("Der Landtag hat das Landesaufnahmegesetz verschärft.", MIG, optional=(LAW,)),
    case(
        "Die EU-Kommission legt einen Vorschlag für eine Digitalsteuer auf große Plattformen vor.",
        TAX,
    ),
    case("Die neue EU-Verpackungsverordnung schreibt Mehrwegquoten für Getränke vor.", LAW),
    case("Brüssel verschiebt die Anwendung der Entwaldungsregeln um ein weiteres Jahr.", LAW),
    case("Die Kommission will Zölle auf Düngemittel aus Russland und Belarus erheben.", TAR),
    case("Wir wollen das Bürgergeld durch eine neue Grundsicherung ersetzen.", PAY),
    case("Die Ampel hatte die Hinzuverdienstgrenzen für Rentner bereits 2023 abgeschafft.", PAY),
    case("Wer Angehörige pflegt, soll künftig einen Lohnersatz erhalten.", PAY),
    case("Die Beiträge zur Krankenversicherung steigen im kommenden Jahr erneut.", TAX),
    case(
        "Die Regierung plant eine Pflegereform, die die Eigenanteile im Heim begrenzt.",
        LAW,
        optional=(CAP,),
    ),
    case("Apotheken sollen künftig Impfungen gegen Grippe und Corona anbieten dürfen.", LAW),
    case("Der Besitz von Cannabis bleibt für Minderjährige verboten.", LAW),
    case(
        "Das Bundesgesundheitsministerium empfiehlt allen über 60-Jährigen eine Auffrischungsimpfung.",
        INF,
    ),
    case("Die Koalition hat die Mietpreisbremse um weitere vier Jahre verlängert.", CAP),
    case("Mit dem Bau-Turbo dürfen Kommunen künftig ohne Bebauungsplan Wohnungen genehmigen.", LAW),
    case("Die KfW vergibt zinsverbilligte Darlehen für den Kauf von Bestandsimmobilien.", SUB),
    case(
        "Die Landwirte erhalten für den Verzicht auf Pflanzenschutzmittel eine Ausgleichszahlung.",
        SUB,
    ),
    case(
        "Die Bundesregierung hat die Rückvergütung beim Agrardiesel schrittweise gestrichen.",
        SUB,
        CUT,
    ),
    case("Die Speicherung von IP-Adressen soll für drei Monate verpflichtend werden.", LAW),
    case(
        "Das Kabinett hat ein Verbot von Social Media für Kinder unter 14 Jahren beschlossen.", LAW
    ),
    case(
        "Die Europäische Union belegt den Iran wegen Drohnenlieferungen an Russland mit neuen Strafmaßnahmen.",
        SAN,
    ),
    case("Washington verschärft die Sanktionen gegen Kubas Militärkonglomerat.", SAN),
    case("Die USA haben Guthaben der afghanischen Zentralbank eingefroren.", FRZ),
    case("Mehrere Mitglieder der Militärjunta dürfen nicht mehr in die EU einreisen.", TRV),
    case("Die EU streicht Georgien von der Liste visumfreier Staaten.", TRV),
    case(
        "Die Regierung in Washington verbietet US-Investoren Beteiligungen an chinesischen Rüstungsfirmen.",
        FIN,
    ),
    case("Die EU verbietet die Bereitstellung von Cloud-Diensten an russische Unternehmen.", SRV),
    case(
        "Chinesische Firmen dürfen keine Hochleistungschips von Nvidia mehr beziehen.",
        EXP,
        xfail="an export ban stated from the buyer's side ('dürfen keine … beziehen') names neither export nor ban",
    ),
    case("Die USA weiten die Exportbeschränkungen für KI-Chips auf weitere Länder aus.", EXP),
    case(
        "Als Antwort auf die EU-Zölle belegt Peking europäisches Schweinefleisch mit Abgaben von bis zu 62 Prozent.",
        TAR,
    ),
    case("Washington verdoppelt die Abgaben auf Stahl und Aluminium auf 50 Prozent.", TAR),
    case("Japan hebt das Importverbot für Rindfleisch aus den USA auf.", EMB),
    case(
        "Nordkorea darf keine Kohle mehr exportieren, beschloss der Sicherheitsrat.",
        EXP,
        optional=(EMB,),
    ),
    case("Der Botschafter Israels wurde ins Außenministerium nach Dublin zitiert.", DIP),
    case("Deutschland bricht die Beziehungen zu den Taliban nicht ab.", DIP),
    case("Berlin verhängt einen Stopp für Exportgenehmigungen von Kriegswaffen nach Israel.", ARM),
    case("Die USA stellen die militärische Unterstützung für die Regierung in Niger ein.", MCS),
    case("Deutschland schickt zwei weitere Patriot-Batterien nach Polen.", AID),
    case("Japan liefert erstmals Luftabwehrraketen an die Philippinen.", AID),
    case("Katar vermittelt zwischen Israel und der Hamas über eine Feuerpause.", TRE),
    case("Teheran fordert als Vorbedingung für Gespräche ein Ende der israelischen Angriffe.", NEG),
    case("Iran soll seine Bestände an hoch angereichertem Uran vollständig abgeben.", ACT),
    case("Die Waffenruhe sieht einen Rückzug der Hisbollah hinter den Litani-Fluss vor.", TRE, ACT),
    case("Die Koalition will einen neuen Wehrdienst einführen, der zunächst freiwillig ist.", CON),
    case(
        "Jeder 18-jährige Mann soll künftig einen Fragebogen der Bundeswehr ausfüllen müssen.", CON
    ),
    case("Der Verteidigungsetat steigt 2026 auf 82 Milliarden Euro.", DEF),
    case(
        "Frankreich und Großbritannien bieten an, ihren nuklearen Schutzschirm auf Europa auszuweiten.",
        SEC,
    ),
    case("Das Land haftet mit einer Rückbürgschaft für die Kredite der Werft.", GUA),
    case("Die Bundesregierung will Asylbewerber an den Grenzen konsequent abweisen.", MIG),
    case("Die Koalition hat die Turbo-Einbürgerung nach drei Jahren wieder abgeschafft.", MIG),
    case(
        "Tunesien erhält Geld aus Brüssel, damit weniger Migranten übersetzen.",
        SUB,
        optional=(MIG,),
    ),
    case("Der Bund senkt die Stromsteuer für das produzierende Gewerbe dauerhaft.", TAX),
    case("Ab Januar fällt die Gasspeicherumlage weg.", TAX),
    case(
        "Das Heizungsgesetz wird in seiner jetzigen Form abgeschafft, kündigte die Ministerin an.",
        LAW,
    ),
    case("Das Finanzministerium verhängt eine Haushaltssperre für neue Ausgaben.", CUT),
    case(
        "Die Regierung hat einen Nachtragshaushalt mit 20 Milliarden Euro neuen Schulden vorgelegt.",
        BUD,
    ),
    case("Die Deutsche Bahn erneuert bis 2030 mehr als 40 stark befahrene Strecken.", PIP),
    case("Die Bundesregierung startet eine Informationskampagne zur Organspende.", INF),
]

DISTRACTORS_C = [
    "Der Steuermann hielt das Boot auf Kurs.",
    "Die Gewerbesteuer ist die wichtigste Einnahmequelle der Kommunen.",
    "Der Zollbeamte winkte das Auto durch.",
    "Der Bildschirm des Laptops misst 15 Zoll.",
    "Die Garantie des Herstellers deckt keine Wasserschäden ab.",
    "Der Spieler wurde nach dem Foul für zwei Spiele gesperrt.",
    "Die Kandidatin will im Wahlkampf vor allem junge Wähler mobilisieren.",
    "Die Regierung hat nach dem Skandal viel Kredit verspielt.",
    "Die Bank sperrte die Karte nach dem dritten falschen PIN-Versuch.",
    "Die Gespräche mit dem Investor liegen auf Eis.",
    "Die Zahl der Einbürgerungen erreichte im vergangenen Jahr einen Höchststand.",
    "Die Ausgaben der Krankenkassen stiegen im ersten Halbjahr um sieben Prozent.",
    "Im Jahr 1990 wurde die Wehrpflicht in der DDR verkürzt.",
    "Die Handelsbeziehungen zwischen Deutschland und China sind eng.",
    "Der Bundeskanzler telefonierte mit dem israelischen Ministerpräsidenten.",
    "Die Gaspreise an der Börse sind auf den tiefsten Stand seit drei Jahren gefallen.",
    "Die Pflegekräfte demonstrierten vor dem Landtag für bessere Arbeitsbedingungen.",
    "Die Wohnungsnot in den Großstädten nimmt weiter zu.",
    "Der Zoo erhielt zwei neue Elefanten aus Thailand.",
    "Die Verteidigungsministerin besuchte die Truppe in Litauen.",
]

# A fourth batch, written and labelled after the changes for batch C and before the
# program was run on it (headlines, interviews, ministry statements).
MEASURES_D = [
    case(
        "Bezahlkarte: Auch Niedersachsen begrenzt Bargeldabhebungen für Geflüchtete auf 50 Euro.",
        MIG,
    ),
    case("Die Grundsteuerreform führt in vielen Städten zu höheren Hebesätzen.", TAX),
    case("Die Hansestadt Bremen verteuert das Parken in der Innenstadt deutlich.", TAX),
    case(
        "Der Kreis hat die Schülerbeförderung für die Oberstufe kostenfrei gemacht.",
        SUB,
        xfail="a service made free of charge ('kostenfrei gemacht') has no trigger word; 'kostenfrei' alone is common in advertising",
    ),
    case("Das Land finanziert 500 zusätzliche Studienplätze in der Medizin.", PIP),
    case("Die Stadt hat für den Nahverkehr ein 29-Euro-Ticket eingeführt.", CAP),
    case("EU-Lieferkettenrichtlinie: Berichtspflichten für Mittelständler fallen weg.", LAW),
    case("Die EU verschärft die CO2-Flottengrenzwerte für Neuwagen ab 2030.", LAW),
    case("Das Verbot neuer Verbrennerautos ab 2035 soll überprüft werden.", LAW),
    case("Brüssel verhängt Schutzzölle auf Stahl aus Drittstaaten.", TAR),
    case("Die Bundesregierung erhöht das Schonvermögen beim Bürgergeld nicht.", PAY),
    case(
        "Wer Bürgergeld bezieht und eine zumutbare Arbeit ablehnt, muss mit Kürzungen rechnen.",
        PAY,
        optional=(CUT,),
    ),
    case("Die Renten im Osten sind seit 2023 an das Westniveau angeglichen.", PAY),
    case(
        "Die Pflegeversicherung übernimmt künftig einen höheren Anteil der Heimkosten.",
        SUB,
        optional=(PAY,),
        xfail="a larger share of costs paid ('übernimmt einen Anteil der Kosten') names no instrument",
    ),
    case("Gesundheitsminister will Zuzahlungen für Medikamente anheben.", TAX),
    case("Die Kliniken bekommen eine Soforthilfe von sechs Milliarden Euro.", SUB),
    case("Konsum von Cannabis im Umkreis von Schulen bleibt untersagt.", LAW),
    case("Die Regierung hat die Mietpreisbremse nicht verlängert.", CAP),
    case("Vermieter müssen Indexmieten künftig begrenzen.", CAP, optional=(LAW,)),
    case("Der Bund legt ein Programm für junge Familien zum Erwerb von Wohneigentum auf.", SUB),
    case("Bauern erhalten Geld für die Wiedervernässung von Mooren.", SUB),
    case("Die Kfz-Steuerbefreiung für landwirtschaftliche Fahrzeuge bleibt bestehen.", TAX),
    case("Plattformen wie TikTok müssen das Alter ihrer Nutzer künftig prüfen.", LAW),
    case(
        "Die Innenministerin will Ermittlern erlauben, Chats mitzulesen.",
        LAW,
        xfail="a new power given by 'erlauben' to a named authority is a law only by its content",
    ),
    case("Teheran: EU setzt Revolutionsgarden auf Terrorliste.", SAN),
    case("Die USA erlassen Strafmaßnahmen gegen die Hersteller iranischer Drohnen.", SAN),
    case("Die Schweiz blockiert Gelder des ehemaligen Machthabers in Syrien.", FRZ),
    case("Gegen die Anführer der Junta wurden Einreisesperren verhängt.", TRV),
    case("China belegt US-Rüstungskonzerne mit Exportverboten für Drohnenteile.", EXP),
    case("Washington erlaubt Nvidia keine Ausfuhr von KI-Chips nach China mehr.", EXP),
    case("Ankara stoppt den gesamten Handel mit Israel.", EMB, optional=(EXP,)),
    case("Die EU verbietet Reedereien, Flüssiggas aus Russland umzuschlagen.", SRV),
    case(
        "Ausländische Investoren dürfen keine Anteile an chinesischen Tech-Firmen mehr erwerben.",
        FIN,
    ),
    case("Peking weist einen kanadischen Diplomaten aus.", DIP),
    case("Israel ruft nach der Anerkennung Palästinas seine Botschafterin aus Oslo zurück.", DIP),
    case("Großbritannien setzt einen Teil der Exportlizenzen für Waffen an Israel aus.", ARM),
    case("Die USA setzen ihre Militärhilfe für Niger nach dem Putsch aus.", MCS),
    case("Deutschland überlässt der Ukraine weitere Leopard-Panzer.", AID),
    case(
        "Die EU hat der Palästinensischen Autonomiebehörde Finanzhilfen von 1,6 Milliarden Euro zugesagt.",
        SUB,
    ),
    case("Die Konfliktparteien im Sudan haben sich auf eine humanitäre Waffenruhe geeinigt.", TRE),
    case("Israel fordert im Gegenzug die Freilassung aller Geiseln.", NEG),
    case("Die Hisbollah muss ihre schweren Waffen an die libanesische Armee abgeben.", ACT),
    case("Nordkorea soll auf weitere Atomtests verzichten.", ACT),
    case("Der Bundestag stimmt über das neue Wehrdienstgesetz ab.", CON),
    case(
        "Die Bundeswehr soll bis 2035 über 460.000 Soldaten einschließlich Reserve verfügen.",
        CON,
        optional=(DEF,),
        xfail="a troop target names neither conscription nor mobilisation",
    ),
    case("Das Sondervermögen Bundeswehr wird um weitere 100 Milliarden Euro aufgestockt.", DEF),
    case("Die Verteidigungsausgaben werden von der Schuldenbremse ausgenommen.", DEF, CUT),
    case(
        "Die Europäer wollen der Ukraine nach einem Waffenstillstand Sicherheitsgarantien geben.",
        SEC,
        TRE,
    ),
    case(
        "Der Staat sichert die Kredite des Energiekonzerns mit einer Garantie über fünf Milliarden Euro ab.",
        GUA,
    ),
    case("An den deutschen Grenzen wird weiter kontrolliert.", MIG),
    case("Wer keinen Asylantrag stellen darf, wird an der Grenze zurückgeschickt.", MIG),
    case("Syrische Straftäter sollen künftig abgeschoben werden.", MIG),
    case("Die Koalition will die Einbürgerung nach drei Jahren streichen.", MIG),
    case("Die Stromsteuer wird nur für die Industrie gesenkt.", TAX),
    case("Die Regierung hält am Ausstieg aus der Kohle bis 2038 fest.", LAW),
    case("Für neue Heizungen gilt eine Quote von 65 Prozent erneuerbarer Energie.", LAW),
    case(
        "Die Kommune erhält 30 Millionen Euro aus dem Infrastruktur-Sondervermögen.",
        BUD,
        optional=(PIP,),
    ),
    case("Der Senat streicht 300 Millionen Euro bei der Kultur.", CUT),
    case("Die Landesregierung will mehr Polizisten einstellen.", PIP),
    case("Das Umweltbundesamt rät, im Sommer auf Holzöfen zu verzichten.", INF),
]

DISTRACTORS_D = [
    "Die Bezahlkarte ist im Supermarkt an der Kasse leicht zu erkennen.",
    "Der Parkplatz am Bahnhof ist werktags ab sieben Uhr voll.",
    "Die Grundsteuererklärung hat viele Eigentümer überfordert.",
    "Die Kanzlerin a. D. stellte ihre Memoiren in Berlin vor.",
    "Die Zollstation am Pass ist nachts nicht besetzt.",
    "Der Schiedsrichter verhängte einen Elfmeter gegen die Gäste.",
    "Die Partei ruft ihre Mitglieder zu einer Urwahl über die Spitzenkandidatur auf.",
    "Der Trainer stellte nach der Niederlage die Mannschaft um.",
    "Die Bank gewährte dem Start-up einen Kredit über zwei Millionen Euro.",
    "Das Unternehmen streicht 3.000 Stellen in der Verwaltung.",
    "Die Zahl der Bürgergeldempfänger ist leicht gestiegen.",
    "Der Export von Maschinen in die USA hat sich im Mai erholt.",
    "Die Rüstungskonzerne melden volle Auftragsbücher.",
    "Die Sanktionen der Schiedsrichter wurden von den Fans ausgepfiffen.",
    "Der Politiker verlor durch seine Äußerungen jeden Kredit in der Fraktion.",
    "Die Umfragewerte der Regierung sind auf einem Tiefstand.",
    "Die Demonstranten blockierten die Zufahrt zum Hafen.",
    "Die Armee hielt im Herbst ein großes Manöver an der Ostsee ab.",
    "Der Verband warnt seine Mitglieder vor Betrugsanrufen.",
    "Die Botschaft lädt zum Empfang am Nationalfeiertag ein.",
]

DISTRACTORS = [
    # Word-sense traps.
    "Der Fahrlehrer übernahm das Steuer, als der Schüler in Panik geriet.",
    "Die Kapitänin gab das Steuer an den ersten Offizier ab.",
    "Der Zoll fand im Container 300 Kilogramm Kokain.",
    "Der Zoll beschlagnahmte am Hamburger Hafen gefälschte Markenuhren.",
    "Der Monitor misst 27 Zoll in der Diagonale.",
    "Der Händler verweigerte die Garantie für das defekte Handy.",
    "Die Firma gewährt fünf Jahre Garantie auf alle Wärmepumpen.",
    "Der Schiedsrichter sprach dem Spieler eine Sperre für zwei Spiele aus.",
    "Im Derby erhielt der Verteidiger wegen Nachtretens eine Sperre von vier Spielen.",
    "Der Stürmer wurde nach der Roten Karte für drei Spiele gesperrt.",
    "In der Kabine gilt für die Spieler ein striktes Handyverbot.",
    "Der Schiedsrichter verbot dem Torwart, den Ball länger als sechs Sekunden zu halten.",
    "Die Mobilisierung der Stammwähler entschied die Wahl in Thüringen.",
    "Die Grünen mobilisieren ihre Anhänger für die Demonstration am Samstag.",
    "Mit der Affäre hat der Minister viel Kredit bei den Wählern verspielt.",
    "Der Kanzler hat in der Koalition viel Kredit verloren.",
    "Die Verhandlungen liegen seit Wochen auf Eis.",
    "Die Partei hat ihre Zusammenarbeit mit dem Verein auf Eis gelegt.",
    "Nach dem Streit sperrte die Plattform das Konto des Influencers.",
    "Die Bank hat meine Kreditkarte wegen Betrugsverdachts gesperrt.",
    "Der Verband rief seine Mitglieder zur Teilnahme an der Urabstimmung auf.",
    "Die Hausverwaltung hat das Grillen auf den Balkonen verboten.",
    "Der Haushalt des Fußballvereins weist ein Defizit von drei Millionen Euro auf.",
    "Der Pilot übernahm nach dem Start wieder das Steuer.",
    "Die Sperre der Autobahn wurde nach dem Unfall aufgehoben.",
    "Der Trainer fror den Stürmer nach dem Streit im Kader ein.",
    "Die Lieferung der Möbel verzögert sich um drei Wochen.",
    "Die Landwirte fuhren mit ihren Traktoren vor das Kanzleramt.",
    "Das Schiff lag wegen des Sturms drei Tage im Hafen fest.",
    # Mere mentions of a policy field, events, polls and statistics.
    "Die Wohnungspolitik ist das wichtigste Thema der Landtagswahl.",
    "Die Agrarpolitik der EU wird seit Jahren kritisiert.",
    "Die Krankenhäuser klagen über steigende Energiekosten.",
    "Die Mieten in München sind im letzten Jahr um acht Prozent gestiegen.",
    "Die Inflation lag im Oktober bei 2,3 Prozent.",
    "Die Zahl der Asylanträge ist im ersten Halbjahr um ein Drittel gesunken.",
    "Die EZB senkt den Leitzins um 0,25 Prozentpunkte.",
    "Der Kanzler reist nächste Woche nach Peking.",
    "Die Außenministerin traf ihren chinesischen Amtskollegen in Berlin.",
    "Der Bürgermeister eröffnete den Weihnachtsmarkt auf dem Rathausplatz.",
    "Deutschland hat im vergangenen Jahr Waren im Wert von 250 Milliarden Euro nach China exportiert.",
    "Die Exporte in die USA sind wegen der schwachen Nachfrage eingebrochen.",
    "Die Partei verlor bei der Wahl zwölf Prozent der Stimmen.",
    "Der Minister besuchte eine Kita in Leipzig.",
    "Viele Rentner beklagen die hohen Lebensmittelpreise.",
    "Die Wirtschaftsweisen erwarten ein Wachstum von 0,4 Prozent.",
    "Der Bundestag gedachte der Opfer des Anschlags in einer Schweigeminute.",
    "Die Ölpreise fielen nach der Meldung um drei Prozent.",
    "Die Sicherheitslage in der Sahelzone hat sich weiter verschlechtert.",
    "Nordkorea hat erneut eine ballistische Rakete ins Japanische Meer abgefeuert.",
    "Der iranische Außenminister warf dem Westen Heuchelei vor.",
    "Die Digitalisierung der Verwaltung kommt nur langsam voran.",
    "Die Pflegebranche sucht händeringend nach Fachkräften.",
    "Die Energiepolitik der Regierung stößt in Umfragen auf wenig Zustimmung.",
    # Historical measures.
    "Im Jahr 1806 verhängte Napoleon die Kontinentalsperre gegen Großbritannien.",
    "Die Prohibition in den USA dauerte von 1920 bis 1933.",
    "Die Schüler lernten im Geschichtsunterricht über die Berliner Blockade von 1948.",
]

ALL_DISTRACTORS = DISTRACTORS + DISTRACTORS_B + DISTRACTORS_C + DISTRACTORS_D
# Distractors the lexicon still gives a measure for, with the reason.
DISTRACTOR_XFAIL = {
    "Die Bezahlkarte ist im Supermarkt an der Kasse leicht zu erkennen.": (
        "a description of an existing payment card, not a measure; the lexicon cannot tell them apart"
    ),
    "Im Jahr 1973 verhängten die arabischen Staaten ein Ölembargo gegen den Westen.": (
        "historical measures are distractors, but the lexicon has no notion of dates"
    ),
    "Die Zahl der Abschiebungen hat sich in den letzten zehn Jahren kaum verändert.": (
        "a count of measures ('Zahl der Abschiebungen') is a statistic; 'Zahl der Stellen … aufgestockt' (dev pm-0325) is a measure, so no simple veto"
    ),
    "Die Kita-Gebühren waren Thema der Bürgerversammlung.": (
        "a mention of an existing fee as a topic; the lexicon cannot tell a topic from a measure"
    ),
    "Im Mittelalter erhoben viele Städte einen Brückenzoll.": (
        "historical measures are distractors, but the lexicon has no notion of dates"
    ),
    "Die Gewerbesteuer ist die wichtigste Einnahmequelle der Kommunen.": (
        "a statement about an existing tax, not a measure; the lexicon cannot tell the two apart"
    ),
    "Die Zahl der Einbürgerungen erreichte im vergangenen Jahr einen Höchststand.": (
        "a count of measures is a statistic; see 'Zahl der Abschiebungen'"
    ),
    "Im Jahr 1990 wurde die Wehrpflicht in der DDR verkürzt.": (
        "historical measures are distractors, but the lexicon has no notion of dates"
    ),
}


def trap(text: str) -> object:
    reason = DISTRACTOR_XFAIL.get(text)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, id=text[:48], marks=marks)


@pytest.mark.parametrize(
    ("text", "required", "optional"), MEASURES + MEASURES_B + MEASURES_C + MEASURES_D
)
def test_measure_types(text: str, required: frozenset[str], optional: frozenset[str]) -> None:
    found = polittext.classify_measures(text)
    for m in found:
        assert m.trigger.text == text[m.trigger.start : m.trigger.end]
    types = {m.type for m in found}
    assert required <= types <= required | optional, [(m.type, m.trigger.text) for m in found]


@pytest.mark.parametrize("text", [trap(t) for t in ALL_DISTRACTORS])
def test_distractor_gives_no_measure(text: str) -> None:
    found = polittext.classify_measures(text)
    assert [(m.type, m.trigger.text) for m in found] == []
