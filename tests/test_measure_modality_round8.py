"""Policy measures: modality on new sentences, eighth round of issue #5.

Seven batches written for this file (none is taken from the benchmark sets): news, press
releases, Bundestag speeches, manifestos, coalition papers and agency reports on energy,
migration, budget, health, climate, defence, trade and social policy, exercising modal
verbs, Konjunktiv I and II, passive, Futur, participles as attributes, nominal style
(``die geplante Einführung``, ``ist beschlossene Sache``), relative clauses, negation
scope, questions, conditions, quoted demands, ``sollen`` as reported plan and as demand,
``wird geprüft``, ``steht zur Debatte``, ``ist in Kraft getreten``, ``gilt ab``,
``gekippt`` and ``scheiterte``. Each expected modality was decided by reading the
sentence against docs/labelling.rst before the library was run on the batch (read right
before any fix of the batch: a 35 of 39, b 34 of 37, c 25 of 32, d 24 of 30, e 21 of 25,
f 21 of 22, g 21 of 27; each batch was scored after the fixes of the earlier ones). Four labels
were changed afterwards by the decisions of session 8 in docs/labelling.rst: b8c-001 (a
rule that ``gilt ab Mai auch`` somewhere else is widened, ``extended``), b8e-021
(``verzichtet auf`` is ``negated``), b8c-030 and b8f-008 (not reaching agreement leaves
the measure under discussion). Sentences whose type is not found are left out; those
still read differently are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from _helpers import of_type

CASES = [
    pytest.param(
        (
            "Die Bundesregierung hat beschlossen, die Stromsteuer für alle Verbraucher ab Januar "
            "zu senken."
        ),
        "TAX_LEVY",
        "DECIDED",
        id="b8a-000",
    ),
    pytest.param(
        "Der Bundesrat soll am Freitag über die Verlängerung der Mietpreisbremse abstimmen.",
        "PRICE_CAP",
        "UNDER_DISCUSSION",
        id="b8a-001",
    ),
    pytest.param(
        "Ein Tempolimit auf Autobahnen steht in der Koalition nicht zur Debatte.",
        "REGULATION_LAW",
        "NEGATED",
        id="b8a-002",
    ),
    pytest.param(
        "Die geplante Einführung einer Zuckersteuer ist beschlossene Sache.",
        "TAX_LEVY",
        "DECIDED",
        id="b8a-003",
    ),
    pytest.param(
        "Das Verwaltungsgericht hat das Dieselfahrverbot in Stuttgart gekippt.",
        "REGULATION_LAW",
        "LIFTED_OR_ENDED",
        id="b8a-004",
    ),
    pytest.param(
        "Die Grünen pochen auf ein Verbot von Einwegplastik.",
        "REGULATION_LAW",
        "DEMANDED",
        id="b8a-005",
    ),
    pytest.param(
        "Der Gesetzentwurf zur Kindergrundsicherung wird derzeit im Familienausschuss beraten.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b8a-006",
    ),
    pytest.param(
        "Seit dem 1. März gilt in Bayern eine Maskenpflicht in Pflegeheimen.",
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8a-007",
    ),
    pytest.param(
        "Das Kabinett wird morgen voraussichtlich ein Verbot von Lachgas beschließen.",
        "REGULATION_LAW",
        "PLANNED",
        id="b8a-008",
    ),
    pytest.param(
        "Die Bundeswehr liefert seit Monaten Munition an die Ukraine.",
        "MILITARY_AID",
        "IN_FORCE",
        id="b8a-009",
    ),
    pytest.param(
        "Die Union würde im Fall einer Regierungsübernahme das Bürgergeld abschaffen.",
        "PAY_BENEFIT_CHANGE",
        "HYPOTHETICAL",
        id="b8a-010",
    ),
    pytest.param(
        "Finanzminister Lindner schließt eine Erhöhung der Mehrwertsteuer aus.",
        "TAX_LEVY",
        "REJECTED",
        id="b8a-011",
    ),
    pytest.param(
        "Eine Senkung der Gewerbesteuer wird im Rathaus derzeit geprüft.",
        "TAX_LEVY",
        "CONSIDERED",
        id="b8a-012",
    ),
    pytest.param(
        "„Wir fordern die sofortige Einführung einer Übergewinnsteuer“, sagte die Linken-Chefin.",
        "TAX_LEVY",
        "DEMANDED",
        id="b8a-013",
    ),
    pytest.param(
        (
            "Die Regierung soll nach Angaben aus Koalitionskreisen eine Aussetzung des "
            "Familiennachzugs planen."
        ),
        "MIGRATION_BORDER",
        "PLANNED",
        id="b8a-014",
    ),
    pytest.param(
        "Die Kürzung des Elterngeldes scheiterte im Bundestag.",
        "PAY_BENEFIT_CHANGE",
        "NEGATED",
        id="b8a-015",
    ),
    pytest.param(
        "Die EU-Kommission hat Strafzölle auf chinesische Elektroautos verhängt.",
        "TARIFF",
        "DECIDED",
        id="b8a-016",
    ),
    pytest.param(
        "Die Zölle auf Stahl aus Indien sind am Montag in Kraft getreten.",
        "TARIFF",
        "IN_FORCE",
        id="b8a-017",
    ),
    pytest.param(
        "Ab 2027 gilt eine CO2-Abgabe für Heizöl von 55 Euro pro Tonne.",
        "TAX_LEVY",
        "DECIDED",
        id="b8a-018",
    ),
    pytest.param(
        "Ab 2027 soll eine Abgabe auf Verpackungen gelten.",
        "TAX_LEVY",
        "PLANNED",
        id="b8a-019",
    ),
    pytest.param(
        "Die Koalition hat sich auf eine Anhebung des Rentenniveaus geeinigt.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8a-020",
    ),
    pytest.param(
        "Sollte Teheran weiter Uran anreichern, drohen neue Sanktionen.",
        "SANCTION_GENERAL",
        "HYPOTHETICAL",
        id="b8a-021",
    ),
    pytest.param(
        "Die Bundesregierung lehnt es ab, Taurus-Marschflugkörper an die Ukraine zu liefern.",
        "MILITARY_AID",
        "REJECTED",
        id="b8a-022",
    ),
    pytest.param(
        "Eine Vermögensteuer wird es mit uns nicht geben, sagte der FDP-Chef.",
        "TAX_LEVY",
        "REJECTED",
        id="b8a-023",
    ),
    pytest.param(
        "Der Bundestag hat das Lieferkettengesetz mit großer Mehrheit verabschiedet.",
        "REGULATION_LAW",
        "DECIDED",
        id="b8a-024",
    ),
    pytest.param(
        "Die Stadt Köln denkt über eine Bettensteuer für Touristen nach.",
        "TAX_LEVY",
        "CONSIDERED",
        id="b8a-025",
    ),
    pytest.param(
        "Der Landtag debattiert am Donnerstag über ein Verbot von Böllern an Silvester.",
        "REGULATION_LAW",
        "UNDER_DISCUSSION",
        id="b8a-026",
    ),
    pytest.param(
        (
            "Bis 2030 wird die Bundesregierung die Ausgaben für Verteidigung auf drei Prozent des "
            "BIP erhöhen."
        ),
        "DEFENCE_SPENDING",
        "PLANNED",
        id="b8a-027",
    ),
    pytest.param(
        "Die Landesregierung hat angekündigt, die Grunderwerbsteuer zum Januar zu erhöhen.",
        "TAX_LEVY",
        "PLANNED",
        id="b8a-028",
    ),
    pytest.param(
        "Brüssel erwägt, die Einfuhr von russischem Flüssiggas vollständig zu verbieten.",
        "IMPORT_EMBARGO",
        "CONSIDERED",
        id="b8a-030",
    ),
    pytest.param(
        (
            "Hätte die Regierung die Gaspreisbremse früher eingeführt, wären viele Betriebe "
            "gerettet worden."
        ),
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b8a-031",
    ),
    pytest.param(
        "Bund und Länder einigten sich nach zähen Verhandlungen auf schärfere Abschieberegeln.",
        "MIGRATION_BORDER",
        "DECIDED",
        id="b8a-032",
    ),
    pytest.param(
        "Die Regierung plant keine weiteren Steuererhöhungen.",
        "TAX_LEVY",
        "NEGATED",
        id="b8a-033",
    ),
    pytest.param(
        (
            "Die Forderung nach einem Mindestlohn von 15 Euro stößt bei den Arbeitgebern auf "
            "Widerstand."
        ),
        "PAY_BENEFIT_CHANGE",
        "DEMANDED",
        id="b8a-034",
    ),
    pytest.param(
        "Warum führt die Bundesregierung nicht endlich eine Kerosinsteuer ein?",
        "TAX_LEVY",
        "DEMANDED",
        id="b8a-035",
    ),
    pytest.param(
        "Die Wehrpflicht wieder einzuführen, hält der Verteidigungsminister für falsch.",
        "CONSCRIPTION_MOBILISATION",
        "REJECTED",
        id="b8a-037",
    ),
    pytest.param(
        "Die Sanktionen gegen Iran bleiben bestehen, bis das Atomprogramm überprüft ist.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b8a-038",
    ),
    pytest.param(
        "Laut Koalitionsvertrag sollen Asylverfahren künftig in Drittstaaten geprüft werden.",
        "MIGRATION_BORDER",
        "PLANNED",
        id="b8a-039",
    ),
    pytest.param(
        "Eine Mehrheit der Abgeordneten stimmte gegen die Einführung einer Impfpflicht.",
        "REGULATION_LAW",
        "REJECTED",
        id="b8a-040",
    ),
    pytest.param(
        (
            "Das von der Ampel beschlossene Heizungsgesetz soll nach dem Willen der Union "
            "rückgängig gemacht werden."
        ),
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8b-000",
    ),
    pytest.param(
        (
            "Im Haushaltsausschuss wird über eine Kürzung der Entwicklungshilfe um eine Milliarde "
            "Euro verhandelt."
        ),
        "SPENDING_CUT_LIMIT",
        "UNDER_DISCUSSION",
        id="b8b-001",
    ),
    pytest.param(
        "Die Einführung einer Pkw-Maut steht erneut zur Debatte.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8b-002",
    ),
    pytest.param(
        (
            "Die Abschiebehaft für Gefährder wird auf 28 Tage verlängert, teilte das "
            "Innenministerium mit."
        ),
        "MIGRATION_BORDER",
        "EXTENDED",
        id="b8b-003",
    ),
    pytest.param(
        "Schweden hat die Wehrpflicht 2017 wieder eingeführt.",
        "CONSCRIPTION_MOBILISATION",
        "DECIDED",
        id="b8b-004",
    ),
    pytest.param(
        "Die Grenzkontrollen zu Polen bleiben bis Ende März bestehen.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8b-005",
    ),
    pytest.param(
        "Kanada erwägt Gegenzölle auf US-Whiskey.",
        "TARIFF",
        "CONSIDERED",
        id="b8b-006",
    ),
    pytest.param(
        "Eine Obergrenze für Flüchtlinge lehnen die Grünen weiterhin strikt ab.",
        "MIGRATION_BORDER",
        "REJECTED",
        id="b8b-007",
    ),
    pytest.param(
        "Niemand in der Regierung plant eine Wiedereinführung der Vermögensteuer.",
        "TAX_LEVY",
        "NEGATED",
        id="b8b-008",
    ),
    pytest.param(
        "Das Parlament in Paris hat eine Digitalsteuer für große Internetkonzerne gebilligt.",
        "TAX_LEVY",
        "DECIDED",
        id="b8b-010",
    ),
    pytest.param(
        (
            "Würde Washington die Zölle auf europäischen Stahl senken, könnte die EU ihre "
            "Gegenmaßnahmen aussetzen."
        ),
        "TARIFF",
        "HYPOTHETICAL",
        id="b8b-011",
    ),
    pytest.param(
        "Der Sachverständigenrat empfiehlt eine Reform der Erbschaftsteuer.",
        "TAX_LEVY",
        "PROPOSED",
        id="b8b-012",
    ),
    pytest.param(
        "Seit Jahresbeginn gilt das neue Gebäudeenergiegesetz.",
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8b-014",
    ),
    pytest.param(
        "Ob die Bundesregierung weitere Patriot-Systeme an Kiew liefert, ist noch unklar.",
        "MILITARY_AID",
        "UNDER_DISCUSSION",
        id="b8b-016",
    ),
    pytest.param(
        (
            "Laut einem Bericht des Spiegel soll die Bundesregierung ein Exportverbot für "
            "Chipmaschinen planen."
        ),
        "EXPORT_BAN",
        "PLANNED",
        id="b8b-017",
    ),
    pytest.param(
        "Peking droht mit Exportbeschränkungen für seltene Erden.",
        "EXPORT_BAN",
        "HYPOTHETICAL",
        id="b8b-018",
    ),
    pytest.param(
        "Der Mindestlohn steigt zum 1. Januar auf 13,90 Euro.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8b-019",
    ),
    pytest.param(
        "Die Linke hat einen Antrag auf einen bundesweiten Mietendeckel eingebracht.",
        "PRICE_CAP",
        "PROPOSED",
        id="b8b-020",
    ),
    pytest.param(
        "Wir setzen uns für eine Kindergelderhöhung um 20 Euro ein.",
        "PAY_BENEFIT_CHANGE",
        "DEMANDED",
        id="b8b-021",
    ),
    pytest.param(
        (
            "Die Einführung einer Pflicht zur Solaranlage auf Neubauten ist im Koalitionsvertrag "
            "vorgesehen."
        ),
        "REGULATION_LAW",
        "PLANNED",
        id="b8b-022",
    ),
    pytest.param(
        "Eine Impfpflicht für Pflegekräfte gibt es nicht mehr.",
        "REGULATION_LAW",
        "LIFTED_OR_ENDED",
        id="b8b-023",
    ),
    pytest.param(
        "Die Preisbremse für Strom ist Ende 2023 ausgelaufen.",
        "PRICE_CAP",
        "LIFTED_OR_ENDED",
        id="b8b-024",
    ),
    pytest.param(
        "Die Kommission prüft derzeit, ob die Schutzzölle auf Stahl verlängert werden sollen.",
        "TARIFF",
        "CONSIDERED",
        id="b8b-025",
    ),
    pytest.param(
        "Der Europäische Gerichtshof hat die Vorratsdatenspeicherung gekippt.",
        "REGULATION_LAW",
        "LIFTED_OR_ENDED",
        id="b8b-026",
    ),
    pytest.param(
        "Die FDP fordert, den Solidaritätszuschlag vollständig abzuschaffen.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b8b-027",
    ),
    pytest.param(
        "Die Koalition hat die Abschaffung des Solidaritätszuschlags beschlossen.",
        "TAX_LEVY",
        "LIFTED_OR_ENDED",
        id="b8b-028",
    ),
    pytest.param(
        "Die Regierung in Rom will die Grenzkontrollen zu Slowenien ausweiten.",
        "MIGRATION_BORDER",
        "PLANNED",
        id="b8b-029",
    ),
    pytest.param(
        "Trotz der Sanktionen exportiert Russland weiter Öl nach Indien.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b8b-030",
    ),
    pytest.param(
        (
            "Im Bundestag ist umstritten, ob das Bürgergeld in eine Grundsicherung umgewandelt "
            "werden soll."
        ),
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b8b-031",
    ),
    pytest.param(
        "Die NATO-Staaten verpflichteten sich, zwei Prozent ihres BIP für Verteidigung auszugeben.",
        "DEFENCE_SPENDING",
        "DECIDED",
        id="b8b-032",
    ),
    pytest.param(
        (
            "Die Abgeordneten der AfD stimmten als einzige gegen das Sondervermögen für die "
            "Bundeswehr."
        ),
        "DEFENCE_SPENDING",
        "REJECTED",
        id="b8b-033",
    ),
    pytest.param(
        "Ohne die Energiepreisbremsen wären viele Haushalte in Zahlungsnot geraten.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b8b-034",
    ),
    pytest.param(
        "Die Stadt Tübingen erhebt seit 2022 eine Steuer auf Einwegverpackungen.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b8b-035",
    ),
    pytest.param(
        "Mehrere Landesregierungen fordern, die Mehrwertsteuer auf Lebensmittel zu senken.",
        "TAX_LEVY",
        "DEMANDED",
        id="b8b-036",
    ),
    pytest.param(
        "Die Bundesregierung sagte der Republik Moldau weitere 50 Millionen Euro Budgethilfe zu.",
        "SUBSIDY_FINANCIAL_AID",
        "DECIDED",
        id="b8b-037",
    ),
    pytest.param(
        "Über neue Strafzölle gegen China soll im Oktober abgestimmt werden.",
        "TARIFF",
        "UNDER_DISCUSSION",
        id="b8b-038",
    ),
    pytest.param(
        "Die Bundesregierung wird keine weiteren Kampfjets an die Türkei liefern.",
        "MILITARY_AID",
        "NEGATED",
        id="b8b-039",
    ),
    pytest.param(
        "Die geplante Erhöhung der Grundsteuer wurde vom Stadtrat gestoppt.",
        "TAX_LEVY",
        "NEGATED",
        id="b8c-000",
    ),
    pytest.param(
        "Das Tempolimit von 130 km/h gilt ab Mai auch auf der A7.",
        "REGULATION_LAW",
        "EXTENDED",
        id="b8c-001",
    ),
    pytest.param(
        "Die Bundesregierung hat eine Kaufprämie für Elektroautos wieder eingeführt.",
        "SUBSIDY_FINANCIAL_AID",
        "DECIDED",
        id="b8c-002",
    ),
    pytest.param(
        "Die Kaufprämie für E-Autos wurde im Dezember überraschend gestrichen.",
        "SUBSIDY_FINANCIAL_AID",
        "LIFTED_OR_ENDED",
        id="b8c-003",
    ),
    pytest.param(
        "Brüssel will Russlands Flüssiggas ab 2027 mit einem Einfuhrverbot belegen.",
        "IMPORT_EMBARGO",
        "PLANNED",
        id="b8c-004",
    ),
    pytest.param(
        "Das Einfuhrverbot für russisches Öl hat die Preise an den Tankstellen steigen lassen.",
        "IMPORT_EMBARGO",
        "IN_FORCE",
        id="b8c-005",
    ),
    pytest.param(
        "Die Partei verspricht im Wahlprogramm eine Senkung der Einkommensteuer.",
        "TAX_LEVY",
        "PLANNED",
        id="b8c-006",
    ),
    pytest.param(
        "Der Antrag der AfD auf Grenzschließungen wurde im Bundestag abgelehnt.",
        "MIGRATION_BORDER",
        "REJECTED",
        id="b8c-007",
    ),
    pytest.param(
        "Gegen den Willen der Länder hat der Bund die Mittel für den Katastrophenschutz gekürzt.",
        "SPENDING_CUT_LIMIT",
        "DECIDED",
        id="b8c-008",
    ),
    pytest.param(
        "Die Staaten der G7 wollen den Preisdeckel für russisches Öl absenken.",
        "PRICE_CAP",
        "PLANNED",
        id="b8c-009",
    ),
    pytest.param(
        "Ein Böllerverbot wird in vielen Städten kontrovers diskutiert.",
        "REGULATION_LAW",
        "UNDER_DISCUSSION",
        id="b8c-010",
    ),
    pytest.param(
        "Die Kindergrundsicherung kommt nicht, teilte das Familienministerium mit.",
        "PAY_BENEFIT_CHANGE",
        "NEGATED",
        id="b8c-011",
    ),
    pytest.param(
        "Der Stadtrat könnte noch in diesem Jahr eine Zweitwohnungssteuer einführen.",
        "TAX_LEVY",
        "HYPOTHETICAL",
        id="b8c-012",
    ),
    pytest.param(
        "Die Niederlande haben den Export von Chipmaschinen nach China beschränkt.",
        "EXPORT_BAN",
        "DECIDED",
        id="b8c-013",
    ),
    pytest.param(
        "Die Exportbeschränkungen für Chipmaschinen gelten seit Januar.",
        "EXPORT_BAN",
        "IN_FORCE",
        id="b8c-014",
    ),
    pytest.param(
        "Peking hat als Reaktion Ausfuhrkontrollen für Gallium angekündigt.",
        "EXPORT_BAN",
        "PLANNED",
        id="b8c-015",
    ),
    pytest.param(
        "Sollten die Verhandlungen scheitern, will Washington Strafzölle von 25 Prozent erheben.",
        "TARIFF",
        "HYPOTHETICAL",
        id="b8c-016",
    ),
    pytest.param(
        "Die Regierung hält an den Grenzkontrollen fest.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8c-017",
    ),
    pytest.param(
        "Die Opposition wirft der Regierung vor, die Mietpreisbremse verwässern zu wollen.",
        "PRICE_CAP",
        "IN_FORCE",
        id="b8c-018",
    ),
    pytest.param(
        "Die Kommission hat vorgeschlagen, die Zölle auf US-Motorräder zu verdoppeln.",
        "TARIFF",
        "PROPOSED",
        id="b8c-019",
    ),
    pytest.param(
        "Das Kabinett hat den Entwurf für ein Wehrdienstgesetz gebilligt.",
        "CONSCRIPTION_MOBILISATION",
        "PROPOSED",
        id="b8c-021",
    ),
    pytest.param(
        "In Dänemark gilt bereits seit Jahren eine Steuer auf Fleisch.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b8c-022",
    ),
    pytest.param(
        "Wird die Regierung die Mehrwertsteuer in der Gastronomie dauerhaft senken?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8c-023",
    ),
    pytest.param(
        "Die Ausländerbehörde hat die Abschiebung der Familie ausgesetzt.",
        "MIGRATION_BORDER",
        "LIFTED_OR_ENDED",
        id="b8c-024",
    ),
    pytest.param(
        "Eine Mietpreisbremse für Gewerbeflächen ist aus Sicht des Bauministeriums denkbar.",
        "PRICE_CAP",
        "CONSIDERED",
        id="b8c-025",
    ),
    pytest.param(
        "Die Regierung hat die Einführung einer Kerosinsteuer verschoben.",
        "TAX_LEVY",
        "PLANNED",
        id="b8c-026",
    ),
    pytest.param(
        "Die Bundesnetzagentur hat die Netzentgelte für Industriekunden gedeckelt.",
        "PRICE_CAP",
        "DECIDED",
        id="b8c-027",
    ),
    pytest.param(
        "Weitere Sanktionen gegen Israel lehnt die Bundesregierung ab.",
        "SANCTION_GENERAL",
        "REJECTED",
        id="b8c-029",
    ),
    pytest.param(
        "Die EU-Staaten haben sich nicht auf ein neues Sanktionspaket einigen können.",
        "SANCTION_GENERAL",
        "UNDER_DISCUSSION",
        id="b8c-030",
    ),
    pytest.param(
        "Die Finanzminister der Länder sprechen sich für eine Reform der Grundsteuer aus.",
        "TAX_LEVY",
        "DEMANDED",
        id="b8c-031",
    ),
    pytest.param(
        (
            "Ein Sondervermögen für die Infrastruktur in Höhe von 500 Milliarden Euro wurde im "
            "März beschlossen."
        ),
        "PUBLIC_INVESTMENT_PROVISION",
        "DECIDED",
        id="b8c-032",
    ),
    pytest.param(
        "Die Hilfen für die Landwirte werden um 300 Millionen Euro aufgestockt.",
        "SUBSIDY_FINANCIAL_AID",
        "EXTENDED",
        id="b8c-033",
    ),
    pytest.param(
        "Wir werden die Grenzkontrollen so lange aufrechterhalten, wie es nötig ist.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8d-001",
    ),
    pytest.param(
        (
            "Das Bundesamt meldet, dass seit Einführung der Grenzkontrollen weniger Asylanträge "
            "gestellt wurden."
        ),
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8d-002",
    ),
    pytest.param(
        "Wir Freie Demokraten lehnen jede neue Steuer ab.",
        "TAX_LEVY",
        "REJECTED",
        id="b8d-003",
    ),
    pytest.param(
        "Eine höhere Erbschaftsteuer würde den Mittelstand massiv belasten, warnte der Verband.",
        "TAX_LEVY",
        "HYPOTHETICAL",
        id="b8d-004",
    ),
    pytest.param(
        "Die Landesregierung hat zugesagt, das Landespflegegeld ab August zu erhöhen.",
        "PAY_BENEFIT_CHANGE",
        "PLANNED",
        id="b8d-005",
    ),
    pytest.param(
        (
            "Die Verhandlungen über ein Freihandelsabkommen mit Indien sollen bis Jahresende "
            "abgeschlossen werden."
        ),
        "AGREEMENT_TREATY",
        "UNDER_DISCUSSION",
        id="b8d-006",
    ),
    pytest.param(
        (
            "Das Mercosur-Abkommen ist unterzeichnet, muss aber noch von den Parlamenten "
            "ratifiziert werden."
        ),
        "AGREEMENT_TREATY",
        "DECIDED",
        id="b8d-007",
    ),
    pytest.param(
        "Der Bundesrechnungshof rät, die Subventionen für Dieselkraftstoff zu streichen.",
        "SUBSIDY_FINANCIAL_AID",
        "PROPOSED",
        id="b8d-008",
    ),
    pytest.param(
        "Es ist nicht geplant, das Elterngeld zu kürzen, sagte ein Regierungssprecher.",
        "PAY_BENEFIT_CHANGE",
        "NEGATED",
        id="b8d-009",
    ),
    pytest.param(
        (
            "Die Einreisesperre gegen den russischen Oligarchen wurde um weitere sechs Monate "
            "verlängert."
        ),
        "TRAVEL_BAN",
        "EXTENDED",
        id="b8d-010",
    ),
    pytest.param(
        "Die Verlängerung der Einreisesperren steht beim nächsten EU-Gipfel auf der Tagesordnung.",
        "TRAVEL_BAN",
        "UNDER_DISCUSSION",
        id="b8d-011",
    ),
    pytest.param(
        "Washington hat die Strafzölle gegen Kanada vorübergehend ausgesetzt.",
        "TARIFF",
        "LIFTED_OR_ENDED",
        id="b8d-012",
    ),
    pytest.param(
        (
            "Die Zölle könnten nach Angaben aus dem Weißen Haus schon in der nächsten Woche "
            "wieder greifen."
        ),
        "TARIFF",
        "HYPOTHETICAL",
        id="b8d-013",
    ),
    pytest.param(
        (
            "Mehrere Abgeordnete der Union haben sich gegen ein Verbot von Verbrennungsmotoren "
            "ausgesprochen."
        ),
        "REGULATION_LAW",
        "REJECTED",
        id="b8d-015",
    ),
    pytest.param(
        "Der Mindestlohn wird zum 1. Januar 2027 auf 14,60 Euro angehoben.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8d-016",
    ),
    pytest.param(
        "Ursula von der Leyen kündigte ein neues Sanktionspaket gegen Russland an.",
        "SANCTION_GENERAL",
        "PLANNED",
        id="b8d-017",
    ),
    pytest.param(
        (
            "Ein Sprecher des Ministeriums bestätigte, dass ein Importverbot für Pestizide "
            "vorbereitet wird."
        ),
        "IMPORT_EMBARGO",
        "PLANNED",
        id="b8d-018",
    ),
    pytest.param(
        "Der Bundestag stimmt am Freitag über das Rentenpaket ab.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b8d-019",
    ),
    pytest.param(
        "Die Grünen scheiterten im Bundestag mit ihrem Antrag auf ein Tempolimit.",
        "REGULATION_LAW",
        "NEGATED",
        id="b8d-020",
    ),
    pytest.param(
        "Auf eine Aufhebung der Sanktionen kann Moskau nicht hoffen.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b8d-021",
    ),
    pytest.param(
        "Die USA verhängen ab Montag Zölle von 50 Prozent auf Kupfer.",
        "TARIFF",
        "DECIDED",
        id="b8d-022",
    ),
    pytest.param(
        "Die Bundesregierung prüft ein Verbot der Plattform Telegram.",
        "REGULATION_LAW",
        "CONSIDERED",
        id="b8d-023",
    ),
    pytest.param(
        "Ein solches Verbot wäre verfassungsrechtlich kaum haltbar, sagen Juristen.",
        "REGULATION_LAW",
        "HYPOTHETICAL",
        id="b8d-024",
    ),
    pytest.param(
        "Polen baut einen Zaun an der Grenze zu Belarus.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8d-025",
    ),
    pytest.param(
        "Die Stromsteuer für alle zu senken, hatte die Koalition im Wahlkampf versprochen.",
        "TAX_LEVY",
        "PLANNED",
        id="b8d-027",
    ),
    pytest.param(
        "Der Senat hat die Mietpreisbremse für weitere fünf Jahre verlängert.",
        "PRICE_CAP",
        "EXTENDED",
        id="b8d-029",
    ),
    pytest.param(
        "Kommt die Zuckersteuer?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8d-030",
    ),
    pytest.param(
        (
            "Ein Einreiseverbot für Hamas-Unterstützer ist nach Angaben des Innenministeriums "
            "nicht geplant."
        ),
        "TRAVEL_BAN",
        "NEGATED",
        id="b8d-031",
    ),
    pytest.param(
        "Die Ukraine erhält aus Deutschland ein weiteres Patriot-System.",
        "MILITARY_AID",
        "DECIDED",
        id="b8d-032",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'erhält ein weiteres Patriot-System': a one-off delivery in the present is read "
                "as an ongoing one"
            ),
        ),
    ),
    pytest.param(
        "Die Bafög-Sätze steigen zum Wintersemester um fünf Prozent.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8d-033",
    ),
    pytest.param(
        "Die Regierung solle endlich ein Tempolimit einführen, forderte der ADAC-Präsident.",
        "REGULATION_LAW",
        "DEMANDED",
        id="b8e-000",
    ),
    pytest.param(
        (
            "Die Regierung solle im Herbst ein Tempolimit einführen, berichtet die Zeitung unter "
            "Berufung auf Koalitionskreise."
        ),
        "REGULATION_LAW",
        "PLANNED",
        id="b8e-001",
    ),
    pytest.param(
        "Der Minister sagte, ein Verbot von Lachgas werde derzeit geprüft.",
        "REGULATION_LAW",
        "CONSIDERED",
        id="b8e-002",
    ),
    pytest.param(
        "Der Minister betonte, eine Erhöhung der Tabaksteuer sei nicht vorgesehen.",
        "TAX_LEVY",
        "NEGATED",
        id="b8e-003",
    ),
    pytest.param(
        "Die Tabaksteuer sei zum Jahresbeginn erhöht worden, sagte die Sprecherin.",
        "TAX_LEVY",
        "DECIDED",
        id="b8e-004",
    ),
    pytest.param(
        "Die seit 2022 geltenden Exportkontrollen für Halbleiter sollen gelockert werden.",
        "EXPORT_BAN",
        "IN_FORCE",
        id="b8e-005",
    ),
    pytest.param(
        "Die 2023 verhängten Einreiseverbote gegen iranische Funktionäre wurden wieder aufgehoben.",
        "TRAVEL_BAN",
        "LIFTED_OR_ENDED",
        id="b8e-006",
    ),
    pytest.param(
        "Die angekündigten Gegenzölle auf amerikanischen Bourbon treten am 1. Juni in Kraft.",
        "TARIFF",
        "DECIDED",
        id="b8e-007",
    ),
    pytest.param(
        "Die vom Bundestag verabschiedete Grundrente wird seit Januar ausgezahlt.",
        "PAY_BENEFIT_CHANGE",
        "IN_FORCE",
        id="b8e-008",
    ),
    pytest.param(
        "Eine Zuckersteuer nach britischem Vorbild wird von Ärzteverbänden seit Jahren gefordert.",
        "TAX_LEVY",
        "DEMANDED",
        id="b8e-009",
    ),
    pytest.param(
        "Ob und wann die Wehrpflicht zurückkehrt, lässt die Regierung offen.",
        "CONSCRIPTION_MOBILISATION",
        "UNDER_DISCUSSION",
        id="b8e-010",
    ),
    pytest.param(
        "Wenn der Bundesrat zustimmt, tritt das Verbot von Einwegplastik im April in Kraft.",
        "REGULATION_LAW",
        "HYPOTHETICAL",
        id="b8e-011",
    ),
    pytest.param(
        "Nach Inkrafttreten des Embargos brach der Handel mit Russland ein.",
        "IMPORT_EMBARGO",
        "IN_FORCE",
        id="b8e-012",
    ),
    pytest.param(
        "Ungarn blockiert seit Wochen das neue Sanktionspaket gegen Russland.",
        "SANCTION_GENERAL",
        "REJECTED",
        id="b8e-013",
    ),
    pytest.param(
        "Die Regierung hat sich gegen eine Verlängerung der Grenzkontrollen entschieden.",
        "MIGRATION_BORDER",
        "REJECTED",
        id="b8e-014",
    ),
    pytest.param(
        "Das Heizungsgesetz ist am 1. Januar 2024 in Kraft getreten.",
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8e-016",
    ),
    pytest.param(
        "Die Stadt Paris hat die Parkgebühren für SUVs verdreifacht.",
        "TAX_LEVY",
        "DECIDED",
        id="b8e-018",
    ),
    pytest.param(
        "Der Verkehrsminister will den Ausbau der Autobahnen beschleunigen.",
        "PUBLIC_INVESTMENT_PROVISION",
        "PLANNED",
        id="b8e-019",
    ),
    pytest.param(
        "Zusätzliche Mittel für den sozialen Wohnungsbau sind im Haushalt 2026 nicht vorgesehen.",
        "BUDGET_ALLOCATION",
        "NEGATED",
        id="b8e-020",
    ),
    pytest.param(
        "Die Bundesregierung verzichtet auf eine Erhöhung der Lkw-Maut.",
        "TAX_LEVY",
        "NEGATED",
        id="b8e-021",
    ),
    pytest.param(
        "Die EU droht Peking mit Strafzöllen auf Solarpaneele.",
        "TARIFF",
        "HYPOTHETICAL",
        id="b8e-022",
    ),
    pytest.param(
        "Soll die Mehrwertsteuer auf Fleisch steigen?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8e-024",
    ),
    pytest.param(
        "Der Iran lehnt Verhandlungen über sein Atomprogramm ab, solange die Sanktionen gelten.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b8e-026",
    ),
    pytest.param(
        "Die Union hat angekündigt, das Heizungsgesetz im Falle eines Wahlsiegs abzuschaffen.",
        "REGULATION_LAW",
        "HYPOTHETICAL",
        id="b8e-027",
    ),
    pytest.param(
        "Beschlossen ist bereits die Anhebung des Wehrsolds um zehn Prozent.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8e-028",
    ),
    pytest.param(
        "Im Gespräch ist auch eine Abgabe auf Kreuzfahrtschiffe.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8f-000",
    ),
    pytest.param(
        "Der Innenminister hat die Abschiebung von Straftätern nach Syrien angeordnet.",
        "MIGRATION_BORDER",
        "DECIDED",
        id="b8f-002",
    ),
    pytest.param(
        "Die Abschiebungen nach Afghanistan laufen seit dem Sommer wieder.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b8f-003",
    ),
    pytest.param(
        "Ein Verbot von Verbrennerautos ab 2035 schließt die Union kategorisch aus.",
        "REGULATION_LAW",
        "REJECTED",
        id="b8f-004",
    ),
    pytest.param(
        "Der Europäische Rat einigte sich in der Nacht auf Sanktionen gegen die Schattenflotte.",
        "SANCTION_GENERAL",
        "DECIDED",
        id="b8f-005",
    ),
    pytest.param(
        "Ein Ende der Sanktionen ist nicht in Sicht.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b8f-006",
    ),
    pytest.param(
        "Die Grundsteuer steigt in vielen Städten im nächsten Jahr deutlich.",
        "TAX_LEVY",
        "DECIDED",
        id="b8f-007",
    ),
    pytest.param(
        "Die Minister konnten sich nicht auf eine Obergrenze für Asylbewerber verständigen.",
        "MIGRATION_BORDER",
        "UNDER_DISCUSSION",
        id="b8f-008",
    ),
    pytest.param(
        "Ein Mietendeckel wie in Berlin wäre in Bayern verfassungswidrig.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b8f-011",
    ),
    pytest.param(
        "Der Berliner Mietendeckel wurde 2021 vom Verfassungsgericht gekippt.",
        "PRICE_CAP",
        "LIFTED_OR_ENDED",
        id="b8f-012",
    ),
    pytest.param(
        "Der Bundestag berät in erster Lesung über das Rentenpaket.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b8f-014",
    ),
    pytest.param(
        "Ein höheres Bürgergeld soll es 2026 nicht geben.",
        "PAY_BENEFIT_CHANGE",
        "NEGATED",
        id="b8f-015",
    ),
    pytest.param(
        "Brüssel verhängt Antidumpingzölle auf chinesisches Biodiesel.",
        "TARIFF",
        "DECIDED",
        id="b8f-016",
    ),
    pytest.param(
        "Die Schutzzölle auf Stahl laufen im Juni aus, sofern die EU sie nicht verlängert.",
        "TARIFF",
        "IN_FORCE",
        id="b8f-017",
    ),
    pytest.param(
        "Die USA haben Exportkontrollen für KI-Chips erlassen.",
        "EXPORT_BAN",
        "DECIDED",
        id="b8f-018",
    ),
    pytest.param(
        "Erwogen wird zudem ein Reiseverbot für Mitglieder der Militärjunta.",
        "TRAVEL_BAN",
        "CONSIDERED",
        id="b8f-019",
    ),
    pytest.param(
        "Sachsen will als erstes Land ein Verbot von Lachgas für Minderjährige einführen.",
        "REGULATION_LAW",
        "PLANNED",
        id="b8f-020",
    ),
    pytest.param(
        "„Ein Tempolimit ist überfällig“, sagte die Umweltministerin.",
        "REGULATION_LAW",
        "DEMANDED",
        id="b8f-021",
    ),
    pytest.param(
        "Für Neubauten gilt seit Januar eine Solarpflicht.",
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8f-022",
    ),
    pytest.param(
        "Die Einwegpfandpflicht wird ab 2026 auf Milchflaschen ausgeweitet.",
        "REGULATION_LAW",
        "EXTENDED",
        id="b8f-023",
    ),
    pytest.param(
        "Die Ausweitung der Pfandpflicht hatte die Umweltministerin schon im Frühjahr angekündigt.",
        "REGULATION_LAW",
        "PLANNED",
        id="b8f-024",
    ),
    pytest.param(
        "Deutschland liefert keine Taurus-Marschflugkörper an die Ukraine.",
        "MILITARY_AID",
        "NEGATED",
        id="b8f-025",
    ),
    pytest.param(
        "Die Stromsteuer wird nicht gesenkt, stellte der Finanzminister klar.",
        "TAX_LEVY",
        "NEGATED",
        id="b8g-000",
    ),
    pytest.param(
        "Ob die Gasumlage kommt, entscheidet das Kabinett am Mittwoch.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b8g-001",
    ),
    pytest.param(
        "Die Bundesregierung verlängert die Mietpreisbremse bis 2029.",
        "PRICE_CAP",
        "EXTENDED",
        id="b8g-002",
    ),
    pytest.param(
        (
            "Die Aussetzung des Familiennachzugs für subsidiär Schutzberechtigte hat der "
            "Bundestag am Freitag beschlossen."
        ),
        "MIGRATION_BORDER",
        "DECIDED",
        id="b8g-003",
    ),
    pytest.param(
        "Der geplante Abbau von Subventionen für die Landwirtschaft sorgt für Proteste.",
        "SUBSIDY_FINANCIAL_AID",
        "PLANNED",
        id="b8g-004",
    ),
    pytest.param(
        "Das Land Berlin hat ein Verbot von Messern im öffentlichen Nahverkehr erlassen.",
        "REGULATION_LAW",
        "DECIDED",
        id="b8g-005",
    ),
    pytest.param(
        (
            "Ein Messerverbot in Zügen würde kaum kontrolliert werden können, kritisiert die "
            "Polizeigewerkschaft."
        ),
        "REGULATION_LAW",
        "HYPOTHETICAL",
        id="b8g-006",
    ),
    pytest.param(
        "Die Polizeigewerkschaft verlangt schärfere Kontrollen an den Grenzen.",
        "MIGRATION_BORDER",
        "DEMANDED",
        id="b8g-007",
    ),
    pytest.param(
        "Die Bundesregierung hat eine Reisewarnung für den Libanon ausgesprochen.",
        "INFORMATION_APPEAL",
        "DECIDED",
        id="b8g-008",
    ),
    pytest.param(
        "Die Reisewarnung für Israel gilt weiterhin.",
        "INFORMATION_APPEAL",
        "IN_FORCE",
        id="b8g-009",
    ),
    pytest.param(
        "Die Reisewarnung für die Türkei wurde aufgehoben.",
        "INFORMATION_APPEAL",
        "LIFTED_OR_ENDED",
        id="b8g-010",
    ),
    pytest.param(
        "Eine Erhöhung des Rundfunkbeitrags lehnen mehrere Länder ab.",
        "TAX_LEVY",
        "REJECTED",
        id="b8g-011",
    ),
    pytest.param(
        "Der Rundfunkbeitrag könnte 2027 auf 18,94 Euro steigen.",
        "TAX_LEVY",
        "HYPOTHETICAL",
        id="b8g-012",
    ),
    pytest.param(
        "Die Kommission empfiehlt, den Rundfunkbeitrag auf 18,94 Euro anzuheben.",
        "TAX_LEVY",
        "PROPOSED",
        id="b8g-013",
    ),
    pytest.param(
        "Bayern will vor dem Verfassungsgericht gegen die Erbschaftsteuer klagen.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b8g-014",
    ),
    pytest.param(
        "Die Bundesregierung hat weitere Waffenlieferungen an Israel genehmigt.",
        "MILITARY_AID",
        "DECIDED",
        id="b8g-015",
    ),
    pytest.param(
        "Hat die Regierung die Verlängerung der Grenzkontrollen schon beschlossen?",
        "MIGRATION_BORDER",
        "UNDER_DISCUSSION",
        id="b8g-016",
    ),
    pytest.param(
        "Die Verteidigungsausgaben sollen bis 2029 auf 3,5 Prozent des BIP steigen.",
        "DEFENCE_SPENDING",
        "PLANNED",
        id="b8g-017",
    ),
    pytest.param(
        "Wir Sozialdemokraten kämpfen für einen Mindestlohn von 15 Euro.",
        "PAY_BENEFIT_CHANGE",
        "DEMANDED",
        id="b8g-018",
    ),
    pytest.param(
        "Wir werden den Solidaritätszuschlag vollständig abschaffen.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b8g-019",
    ),
    pytest.param(
        "Der Solidaritätszuschlag wird zum 1. Januar für alle abgeschafft.",
        "TAX_LEVY",
        "LIFTED_OR_ENDED",
        id="b8g-020",
    ),
    pytest.param(
        "Das Ende der Gasumlage ist beschlossen.",
        "TAX_LEVY",
        "LIFTED_OR_ENDED",
        id="b8g-021",
    ),
    pytest.param(
        "Israel hat die Waffenruhe mit der Hamas aufgekündigt.",
        "AGREEMENT_TREATY",
        "LIFTED_OR_ENDED",
        id="b8g-022",
    ),
    pytest.param(
        "Kiew ist zu einer Waffenruhe bereit, wenn Moskau seine Truppen abzieht.",
        "AGREEMENT_TREATY",
        "HYPOTHETICAL",
        id="b8g-023",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'bereit, wenn …': a following 'wenn' clause is not read as a condition (a rule "
                "for it lowered dev8)"
            ),
        ),
    ),
    pytest.param(
        "Der Wirtschaftsminister warnte vor einem Handelskrieg durch neue Zölle.",
        "TARIFF",
        "HYPOTHETICAL",
        id="b8g-024",
    ),
    pytest.param(
        "Das Kindergeld wurde im Januar um fünf Euro erhöht.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b8g-025",
    ),
    pytest.param(
        "Die Regierung stellt das Heizungsgesetz auf den Prüfstand.",
        "REGULATION_LAW",
        "IN_FORCE",
        id="b8g-026",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), CASES)
def test_modality_round8(text: str, type_id: str, modality: str) -> None:
    assert of_type(text, type_id).modality.name == modality


# Counter-examples: sentences that the rules of this round must leave alone.
COUNTER = [
    pytest.param(
        "Die Zuckersteuer ist noch lange keine beschlossene Sache.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="no-settled-matter-open",
    ),
    pytest.param(
        "Der Mietendeckel scheiterte vor dem Verfassungsgericht.",
        "PRICE_CAP",
        "LIFTED_OR_ENDED",
        id="existing-measure-failed-in-court-ended",
    ),
    pytest.param(
        "Die Koalition will eine Zuckersteuer einführen, über die der Bundestag lange beraten hat.",
        "TAX_LEVY",
        "PLANNED",
        id="debate-in-relative-clause-plan-stays",
    ),
    pytest.param(
        "Die Verhandlungen über ein Freihandelsabkommen wurden im Mai abgeschlossen.",
        "AGREEMENT_TREATY",
        "DECIDED",
        id="concluded-talks-decided",
    ),
    pytest.param(
        "Nach dem Willen der Koalition soll die Tabaksteuer steigen.",
        "TAX_LEVY",
        "PLANNED",
        id="will-of-coalition-planned",
    ),
    pytest.param(
        "Der Senat hat die Mietpreisbremse auslaufen lassen.",
        "PRICE_CAP",
        "LIFTED_OR_ENDED",
        id="let-expire-ended",
    ),
    pytest.param(
        "Die Regierung solle im Herbst ein Tempolimit einführen, sagte der Sprecher.",
        "REGULATION_LAW",
        "PLANNED",
        id="reported-solle-plain-saying-planned",
    ),
    pytest.param(
        "Die verabschiedete Grundrente wird ab Januar ausgezahlt.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="adopted-with-start-date-decided",
    ),
    pytest.param(
        "Die Regierung setzt die Reform der Grundsteuer um.",
        "TAX_LEVY",
        "DECIDED",
        id="separable-um-still-implements",
    ),
    pytest.param(
        "Die SPD setzt sich für eine Erhöhung des Mindestlohns um zwei Euro ein.",
        "PAY_BENEFIT_CHANGE",
        "DEMANDED",
        id="um-before-amount-no-particle",
    ),
    pytest.param(
        "Die Bundesregierung sagte der Ukraine weitere 50 Millionen Euro Militärhilfe zu.",
        "MILITARY_AID",
        "DECIDED",
        id="pledged-money-decided",
    ),
    pytest.param(
        "Die Zölle auf Stahl wurden erhöht und haben die Preise steigen lassen.",
        "TARIFF",
        "DECIDED",
        id="raised-tariff-with-effect-decided",
    ),
    pytest.param(
        "Das Kabinett hat den Gesetzentwurf zur Kindergrundsicherung beschlossen.",
        "PAY_BENEFIT_CHANGE",
        "PROPOSED",
        id="adopted-draft-stays-proposed",
    ),
    pytest.param(
        "Die Regierung in Kiew bittet um weitere Munition.",
        "MILITARY_AID",
        "DEMANDED",
        id="bittet-um-is-no-separable-um",
    ),
    pytest.param(
        "Der Ausschuss hat die Abstimmung über die Zuckersteuer vertagt.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="postponed-vote-under-discussion",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), COUNTER)
def test_round8_counter_examples(text: str, type_id: str, modality: str) -> None:
    assert of_type(text, type_id).modality.name == modality
