"""Policy measures: modality on new sentences, ninth round of issue #5.

A batch of 62 sentences written for this file (none is taken from the benchmark sets): news,
press releases, Bundestag speeches and manifestos on energy, migration, budget, climate,
health, social policy, trade and defence, one measure each, spread over all twelve
modalities (Futur I, Konjunktiv II, ``ab Januar gilt``, ``seit 2015 in Kraft``, ``hat
beschlossen``, ``will``, ``strebt an``, ``prüft``, ``ist im Gespräch``, ``lehnt ab``,
``kein``, ``wenn … dann``, questions, reported ``fordere``, ``die geplante Steuer``, ``die
beschlossene Reform`` …). Each expected modality was decided by reading the sentence
against docs/labelling.rst (with the decisions of session 9) before the library was run on
the batch. Two sentences whose type is not found are left out; read before any fix of this
round, the library gave 52 of the other 60. A second batch of 26 (b9b) was written and
scored after the first fixes (17 of the 21 whose type is found); one whose label the guide
leaves open (``wollen die Subventionen … abschaffen``: a planned lifting or a cut) is left
out. Those still read differently are strict xfails with the reason. The counter-examples check each rule of the round where it must not fire.
"""

from __future__ import annotations

import pytest

from _helpers import of_type

CASES = [
    pytest.param(
        "Die Bundesregierung wird zum 1. Januar eine Abgabe auf Einwegverpackungen einführen.",
        "TAX_LEVY",
        "PLANNED",
        id="b9-000",
    ),
    pytest.param(
        "Eine Übergewinnsteuer für Energiekonzerne würde den Haushalt um Milliarden entlasten.",
        "TAX_LEVY",
        "HYPOTHETICAL",
        id="b9-001",
    ),
    pytest.param(
        "Ab Januar gilt für alle Neubauten eine Solarpflicht.",
        "REGULATION_LAW",
        "DECIDED",
        id="b9-002",
    ),
    pytest.param(
        "Die Mietpreisbremse ist in Berlin seit 2015 in Kraft.",
        "PRICE_CAP",
        "IN_FORCE",
        id="b9-003",
    ),
    pytest.param(
        "Der Bundestag hat am Donnerstag die Erhöhung des Bürgergeldes beschlossen.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b9-004",
    ),
    pytest.param(
        "Die Union will die Stromsteuer für Unternehmen dauerhaft senken.",
        "TAX_LEVY",
        "PLANNED",
        id="b9-005",
    ),
    pytest.param(
        "Die Kommission strebt ein Freihandelsabkommen mit Indonesien bis Ende des Jahres an.",
        "AGREEMENT_TREATY",
        "PLANNED",
        id="b9-006",
    ),
    pytest.param(
        "Das Wirtschaftsministerium prüft ein Exportverbot für Schrott.",
        "EXPORT_BAN",
        "CONSIDERED",
        id="b9-007",
    ),
    pytest.param(
        "Eine Steuer auf Kerosin ist in Brüssel wieder im Gespräch.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b9-008",
    ),
    pytest.param(
        "Die FDP lehnt eine Vermögensteuer strikt ab.",
        "TAX_LEVY",
        "REJECTED",
        id="b9-009",
    ),
    pytest.param(
        "Es gibt keine Pläne für eine Pkw-Maut.",
        "TAX_LEVY",
        "NEGATED",
        id="b9-010",
    ),
    pytest.param(
        "Wenn die Inflation weiter steigt, will die Regierung einen Preisdeckel für Strom einführen.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b9-011",
    ),
    pytest.param(
        "Kommt jetzt ein Tempolimit auf Autobahnen?",
        "REGULATION_LAW",
        "UNDER_DISCUSSION",
        id="b9-012",
    ),
    pytest.param(
        "Die Partei fordere eine sofortige Erhöhung des Mindestlohns, hieß es in dem Papier.",
        "PAY_BENEFIT_CHANGE",
        "DEMANDED",
        id="b9-013",
    ),
    pytest.param(
        "Die geplante Zuckersteuer stößt bei der Lebensmittelindustrie auf Widerstand.",
        "TAX_LEVY",
        "PLANNED",
        id="b9-014",
    ),
    pytest.param(
        "Die beschlossene Reform des Wahlrechts tritt im Mai in Kraft.",
        "REGULATION_LAW",
        "DECIDED",
        id="b9-015",
    ),
    pytest.param(
        "Die EU hat die Sanktionen gegen Iran um weitere sechs Monate verlängert.",
        "SANCTION_GENERAL",
        "EXTENDED",
        id="b9-016",
    ),
    pytest.param(
        "Die Gasspeicherumlage wurde zum Jahreswechsel abgeschafft.",
        "TAX_LEVY",
        "LIFTED_OR_ENDED",
        id="b9-017",
    ),
    pytest.param(
        "Laut Koalitionsvertrag soll das Elterngeld ab 2027 steigen.",
        "PAY_BENEFIT_CHANGE",
        "PLANNED",
        id="b9-018",
    ),
    pytest.param(
        "Die Gewerkschaft Verdi verlangt eine Übergewinnsteuer für Lebensmittelkonzerne.",
        "TAX_LEVY",
        "DEMANDED",
        id="b9-019",
    ),
    pytest.param(
        "Die Grünen haben einen Gesetzentwurf für ein Verbot von Ölheizungen eingebracht.",
        "REGULATION_LAW",
        "PROPOSED",
        id="b9-020",
    ),
    pytest.param(
        "Im Ausschuss wird derzeit über eine Obergrenze für Asylbewerber verhandelt.",
        "MIGRATION_BORDER",
        "UNDER_DISCUSSION",
        id="b9-021",
    ),
    pytest.param(
        "Das Land erwägt, die Grunderwerbsteuer für junge Familien zu senken.",
        "TAX_LEVY",
        "CONSIDERED",
        id="b9-022",
    ),
    pytest.param(
        "Eine Wehrpflicht wird es mit dieser Regierung nicht geben.",
        "CONSCRIPTION_MOBILISATION",
        "NEGATED",
        id="b9-023",
    ),
    pytest.param(
        "Hätte die Regierung früher eine Gaspreisbremse beschlossen, wären viele Betriebe noch am Markt.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b9-024",
    ),
    pytest.param(
        "Washington droht mit Strafzöllen auf europäische Autos.",
        "TARIFF",
        "HYPOTHETICAL",
        id="b9-025",
    ),
    pytest.param(
        "Die Bundeswehr liefert seit Monaten Munition an die Ukraine.",
        "MILITARY_AID",
        "IN_FORCE",
        id="b9-026",
    ),
    pytest.param(
        "Der Sachverständigenrat empfiehlt eine Erhöhung des Rentenalters.",
        "PAY_BENEFIT_CHANGE",
        "PROPOSED",
        id="b9-027",
    ),
    pytest.param(
        "Die Ministerin kündigte an, die Förderung für Elektroautos wieder aufzunehmen.",
        "SUBSIDY_FINANCIAL_AID",
        "PLANNED",
        id="b9-028",
    ),
    pytest.param(
        "Das Verbot von Verbrennungsmotoren ab 2035 ist in der Koalition umstritten.",
        "REGULATION_LAW",
        "UNDER_DISCUSSION",
        id="b9-029",
    ),
    pytest.param(
        "Die Regierung denkt über eine Senkung der Mehrwertsteuer auf Lebensmittel nach.",
        "TAX_LEVY",
        "CONSIDERED",
        id="b9-030",
    ),
    pytest.param(
        "Der Bundesrat stimmte gegen die Kürzung des Wohngeldes.",
        "PAY_BENEFIT_CHANGE",
        "REJECTED",
        id="b9-031",
    ),
    pytest.param(
        "Frankreich hat die Grenzkontrollen zu Belgien ausgeweitet.",
        "MIGRATION_BORDER",
        "EXTENDED",
        id="b9-032",
    ),
    pytest.param(
        "Das Förderprogramm für Heizungstausch läuft Ende März aus.",
        "SUBSIDY_FINANCIAL_AID",
        "LIFTED_OR_ENDED",
        id="b9-033",
    ),
    pytest.param(
        "Ein Nachtragshaushalt ist derzeit nicht geplant.",
        "BUDGET_ALLOCATION",
        "NEGATED",
        id="b9-034",
    ),
    pytest.param(
        "Die EU verhängte Einreiseverbote gegen sechs Generäle.",
        "TRAVEL_BAN",
        "DECIDED",
        id="b9-035",
    ),
    pytest.param(
        "Die Linke setzt sich für einen bundesweiten Mietendeckel ein.",
        "PRICE_CAP",
        "DEMANDED",
        id="b9-036",
    ),
    pytest.param(
        "Ob die Pendlerpauschale erhöht wird, ist weiter offen.",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b9-037",
    ),
    pytest.param(
        "Sollte Peking Taiwan blockieren, drohen umfassende Sanktionen.",
        "SANCTION_GENERAL",
        "HYPOTHETICAL",
        id="b9-038",
    ),
    pytest.param(
        "Die Koalition hat sich auf ein Sondervermögen für die Bundeswehr geeinigt.",
        "DEFENCE_SPENDING",
        "DECIDED",
        id="b9-039",
    ),
    pytest.param(
        "Das Kabinett hat den Entwurf für den Haushalt 2027 gebilligt.",
        "BUDGET_ALLOCATION",
        "PROPOSED",
        id="b9-040",
    ),
    pytest.param(
        "Die Regierung schließt Steuererhöhungen kategorisch aus.",
        "TAX_LEVY",
        "REJECTED",
        id="b9-041",
    ),
    pytest.param(
        "Ein Einreiseverbot für russische Touristen schließt Berlin nicht aus.",
        "TRAVEL_BAN",
        "CONSIDERED",
        id="b9-042",
    ),
    pytest.param(
        "Die Union fordert, die Grenzkontrollen dauerhaft beizubehalten.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="b9-043",
    ),
    pytest.param(
        "Der Mindestlohn steigt im Januar auf 14 Euro.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b9-044",
    ),
    pytest.param(
        "Die Ampel hatte eine Kindergrundsicherung angekündigt, die nie kam.",
        "PAY_BENEFIT_CHANGE",
        "NEGATED",
        id="b9-045",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'angekündigt, die nie kam': a relative clause saying the announced measure never came is not read as its failure",
        ),
    ),
    pytest.param(
        "Brüssel kündigte an, die Zölle auf amerikanischen Whiskey auszusetzen.",
        "TARIFF",
        "IN_FORCE",
        id="b9-046",
    ),
    pytest.param(
        "Wir wollen die Agrardieselsubventionen vollständig erhalten.",
        "SUBSIDY_FINANCIAL_AID",
        "IN_FORCE",
        id="b9-047",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'erhalten' (keep) is not read as keeping: the verb also means 'receive' ('soll Panzer erhalten'), so it is no cue",
        ),
    ),
    pytest.param(
        "Die Verhandlungen über ein Rentenpaket laufen seit Wochen.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b9-048",
    ),
    pytest.param(
        "Das Verwaltungsgericht hat das Alkoholverbot am Hauptbahnhof gekippt.",
        "REGULATION_LAW",
        "LIFTED_OR_ENDED",
        id="b9-049",
    ),
    pytest.param(
        "Der Wirtschaftsverband warnte vor neuen Zöllen auf chinesische Solarmodule.",
        "TARIFF",
        "REJECTED",
        id="b9-050",
    ),
    pytest.param(
        "Die Opposition verlangt die Abschaffung des Solidaritätszuschlags.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b9-051",
    ),
    pytest.param(
        "Ein Preisdeckel für Mieten käme vor allem Großstädten zugute.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b9-052",
    ),
    pytest.param(
        "Das Parlament in Oslo debattiert über ein Verbot von Tiefseebergbau.",
        "REGULATION_LAW",
        "UNDER_DISCUSSION",
        id="b9-053",
    ),
    pytest.param(
        "Die Landesregierung wird die Studiengebühren für Ausländer wieder abschaffen.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b9-054",
    ),
    pytest.param(
        "Der Rechnungshof rät dem Bund, die Zuschüsse für Regionalflughäfen zu kürzen.",
        "SPENDING_CUT_LIMIT",
        "PROPOSED",
        id="b9-055",
    ),
    pytest.param(
        "Die Ukraine hofft auf weitere Lieferungen von Flugabwehrsystemen.",
        "MILITARY_AID",
        "DEMANDED",
        id="b9-056",
    ),
    pytest.param(
        "Steigt der Rundfunkbeitrag im nächsten Jahr?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b9-057",
    ),
    pytest.param(
        "Japan hat die Exportkontrollen für Halbleiter verschärft.",
        "EXPORT_BAN",
        "EXTENDED",
        id="b9-058",
    ),
    pytest.param(
        "Die Rüstungsexporte nach Saudi-Arabien bleiben gestoppt.",
        "ARMS_EMBARGO",
        "IN_FORCE",
        id="b9-059",
    ),
    # Second batch (b9b), written and scored after the first fixes: 17 of 21.
    pytest.param(
        "Die Landesregierung plant, ab dem Wintersemester Studiengebühren für Nicht-EU-Ausländer zu erheben.",
        "TAX_LEVY",
        "PLANNED",
        id="b9b-000",
    ),
    pytest.param(
        "Ein Verbot von Lachgas für Minderjährige soll noch vor dem Sommer kommen.",
        "REGULATION_LAW",
        "PLANNED",
        id="b9b-001",
    ),
    pytest.param(
        "Die Ärzteverbände fordern eine Widerspruchslösung bei der Organspende.",
        "REGULATION_LAW",
        "DEMANDED",
        id="b9b-002",
    ),
    pytest.param(
        "Seit Jahresbeginn zahlen Autofahrer einen höheren CO2-Preis.",
        "TAX_LEVY",
        "IN_FORCE",
        id="b9b-003",
    ),
    pytest.param(
        "Eine Rückkehr zur Wehrpflicht lehnt die SPD-Fraktion ab.",
        "CONSCRIPTION_MOBILISATION",
        "REJECTED",
        id="b9b-004",
    ),
    pytest.param(
        "Die Regierung hat keine Pläne, die Erbschaftsteuer zu reformieren.",
        "TAX_LEVY",
        "NEGATED",
        id="b9b-005",
    ),
    pytest.param(
        "Falls die Gespräche scheitern, will die EU Strafzölle auf Whiskey verhängen.",
        "TARIFF",
        "HYPOTHETICAL",
        id="b9b-006",
    ),
    pytest.param(
        "Die Koalition streitet über die Kindergrundsicherung.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b9b-007",
    ),
    pytest.param(
        "Das Kabinett beschloss am Mittwoch ein Verbot von Einweg-E-Zigaretten.",
        "REGULATION_LAW",
        "DECIDED",
        id="b9b-008",
    ),
    pytest.param(
        "Das Bürgergeld wurde zum 1. Januar um zwölf Prozent erhöht.",
        "PAY_BENEFIT_CHANGE",
        "DECIDED",
        id="b9b-009",
    ),
    pytest.param(
        "Großbritannien hat seine Militärhilfe für die Ukraine aufgestockt.",
        "MILITARY_AID",
        "EXTENDED",
        id="b9b-010",
    ),
    pytest.param(
        "Die Maskenpflicht im Nahverkehr wurde im Februar aufgehoben.",
        "REGULATION_LAW",
        "LIFTED_OR_ENDED",
        id="b9b-011",
    ),
    pytest.param(
        "Braucht Deutschland eine Übergewinnsteuer?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="b9b-012",
    ),
    pytest.param(
        "Über ein Importverbot für russisches Flüssiggas wird in Brüssel noch verhandelt.",
        "IMPORT_EMBARGO",
        "UNDER_DISCUSSION",
        id="b9b-013",
    ),
    pytest.param(
        "Die Union hofft auf eine schnelle Einigung beim Rentenpaket.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="b9b-014",
    ),
    pytest.param(
        "Ohne die Gaspreisbremse wären viele Haushalte in die Armut gerutscht.",
        "PRICE_CAP",
        "HYPOTHETICAL",
        id="b9b-015",
    ),
    pytest.param(
        "Die Regierung wird die Sanktionen gegen den Iran nicht lockern.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="b9b-016",
    ),
    pytest.param(
        "Es wird keine Mehrwertsteuererhöhung geben, versicherte der Finanzminister.",
        "TAX_LEVY",
        "NEGATED",
        id="b9b-017",
    ),
    pytest.param(
        "Die FDP warnt vor einer Rückkehr zur Vermögensteuer.",
        "TAX_LEVY",
        "REJECTED",
        id="b9b-018",
    ),
    pytest.param(
        "Die Bundesregierung sagte zu, die Entwicklungshilfe für Afrika im kommenden Jahr aufzustocken.",
        "SUBSIDY_FINANCIAL_AID",
        "PLANNED",
        id="b9b-019",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), CASES)
def test_modality_round9(text: str, type_id: str, modality: str) -> None:
    assert of_type(text, type_id).modality.name == modality


COUNTER = [
    pytest.param(
        "Das Auswärtige Amt warnt vor Reisen in den Libanon.",
        "INFORMATION_APPEAL",
        "DECIDED",
        id="advice-warning-is-the-measure",
    ),
    pytest.param(
        "Der IWF warnt vor den Folgen der Strafzölle für die Weltwirtschaft.",
        "TARIFF",
        "IN_FORCE",
        id="warning-of-effects-of-existing-measure",
    ),
    pytest.param(
        "Die Handelskammer hat vor einer Abgabe auf Plastikverpackungen gewarnt.",
        "TAX_LEVY",
        "REJECTED",
        id="verb-final-warning-refuses",
    ),
    pytest.param(
        "Ökonomen warnen davor, die Mehrwertsteuer auf Lebensmittel zu erhöhen.",
        "TAX_LEVY",
        "REJECTED",
        id="warnen-davor-zu-infinitive-refuses",
    ),
    pytest.param(
        "Die Industrie warnt vor Engpässen durch die Sanktionen gegen Russland.",
        "SANCTION_GENERAL",
        "IN_FORCE",
        id="definite-cause-of-feared-effect-exists",
    ),
    pytest.param(
        "Das Robert Koch-Institut rät von Reisen nach Nordkorea ab.",
        "INFORMATION_APPEAL",
        "DECIDED",
        id="advice-against-travel-is-the-measure",
    ),
    pytest.param(
        "Der Ethikrat rät der Regierung, eine Impfpflicht für Pflegekräfte einzuführen.",
        "REGULATION_LAW",
        "PROPOSED",
        id="raet-zu-infinitive-proposes",
    ),
    pytest.param(
        "Die Wirtschaftsweisen raten von einer Vermögensteuer ab.",
        "TAX_LEVY",
        "REJECTED",
        id="raten-ab-refuses",
    ),
    pytest.param(
        "Die Bauern hoffen auf eine Verlängerung der Agrardieselsubventionen.",
        "SUBSIDY_FINANCIAL_AID",
        "DEMANDED",
        id="hoping-for-prolongation-demands",
    ),
    pytest.param(
        "Erhöht die Stadt die Grundsteuer?",
        "TAX_LEVY",
        "UNDER_DISCUSSION",
        id="present-verb-question-open",
    ),
    pytest.param(
        "Hat der Bundestag die Wehrpflicht wieder eingeführt?",
        "CONSCRIPTION_MOBILISATION",
        "DECIDED",
        id="plain-past-question-not-open",
    ),
    pytest.param(
        "Hat der Rat die Verlängerung der Sanktionen bereits beschlossen?",
        "SANCTION_GENERAL",
        "UNDER_DISCUSSION",
        id="past-question-with-bereits-open",
    ),
    pytest.param(
        "Die Koalition will die Mietpreisbremse beibehalten.",
        "PRICE_CAP",
        "IN_FORCE",
        id="planned-keeping-in-force",
    ),
    pytest.param(
        "Die Union drängt darauf, die Grenzkontrollen aufrechtzuerhalten.",
        "MIGRATION_BORDER",
        "IN_FORCE",
        id="demanded-keeping-zu-infinitive-in-force",
    ),
    pytest.param(
        "Die Einführung einer Kerosinsteuer soll geprüft werden.",
        "TAX_LEVY",
        "CONSIDERED",
        id="planned-examination-considered",
    ),
    pytest.param(
        "Eine Zuckersteuer käme vor allem den Krankenkassen zugute.",
        "TAX_LEVY",
        "HYPOTHETICAL",
        id="kaeme-effect-imagined",
    ),
    pytest.param(
        "Eine Vermögensteuer käme für die Union nicht infrage.",
        "TAX_LEVY",
        "REJECTED",
        id="kaeme-nicht-infrage-refuses",
    ),
    pytest.param(
        "Die Koalition wird die Stromsteuer nicht senken.",
        "TAX_LEVY",
        "NEGATED",
        id="negated-future-without-loosening",
    ),
    pytest.param(
        "Die Koalition hat sich auf einen Kompromiss beim Heizungsgesetz geeinigt.",
        "REGULATION_LAW",
        "DECIDED",
        id="agreement-reached-decided",
    ),
    pytest.param(
        "Die FDP warnt vor einer Aufhebung der Schuldenbremse.",
        "SPENDING_CUT_LIMIT",
        "IN_FORCE",
        id="warned-against-lifting-in-force",
    ),
    pytest.param(
        "Die SPD drängt auf eine Einigung beim Bürgergeld.",
        "PAY_BENEFIT_CHANGE",
        "UNDER_DISCUSSION",
        id="agreement-urged-under-discussion",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), COUNTER)
def test_round9_counter_examples(text: str, type_id: str, modality: str) -> None:
    assert of_type(text, type_id).modality.name == modality


def test_reported_kaeme_is_no_condition() -> None:
    """``sagte, die Reform käme im Herbst``: the Konjunktiv II reports, it imagines nothing."""
    text = "Der Minister sagte, die Reform käme im Herbst."
    assert of_type(text, "REGULATION_LAW").modality.name != "HYPOTHETICAL"
