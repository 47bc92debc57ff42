"""Policy measures: the rules aligned with docs/labelling.rst in session 6.

Every sentence was written for this file (none is taken from the benchmark sets); the
expected modality and actor were decided by reading the sentence against the labelling
guide (docs/labelling.rst). Each group names the guide's rule, with positive cases and
counter-examples that must keep their status.
"""

from __future__ import annotations

import pytest

from _helpers import CO, DE, EX, HY, IF, LE, PL, PR, RE, UD, D, of_type
from polittext import Modality

MODALITY = [
    # A planned lifting has not been done: the measure stays in force.
    pytest.param(
        "Die Opposition will die Luftverkehrsteuer wieder abschaffen.",
        "TAX_LEVY",
        IF,
        id="planned-lifting-will-abschaffen",
    ),
    pytest.param(
        "Die Regierung will die Sanktionen gegen Kuba aufheben.",
        "SANCTION_GENERAL",
        IF,
        id="planned-lifting-will-aufheben",
    ),
    pytest.param(
        "Wir wollen das Tempolimit auf Landstraßen rückgängig machen.",
        "REGULATION_LAW",
        IF,
        id="planned-lifting-rueckgaengig",
    ),
    pytest.param(
        "Die Partei will einen Freihandelsvertrag, der die Zölle auf Maschinen abschafft.",
        "TARIFF",
        IF,
        id="planned-lifting-in-relative-clause",
    ),
    # Counter-examples: the lifting done, abolished and replaced, a cut to a programme,
    # an exemption abolished, a relative clause that raises the measure.
    pytest.param(
        "Der Bundestag hat die Luftverkehrsteuer abgeschafft.",
        "TAX_LEVY",
        LE,
        id="lifting-done-stays-ended",
    ),
    pytest.param(
        "Wir werden das Heizungsgesetz abschaffen und durch ein einfaches Klimagesetz ersetzen.",
        "REGULATION_LAW",
        PL,
        id="abolished-and-replaced-stays-planned",
    ),
    pytest.param(
        "Wir wollen die Subventionen für Inlandsflüge streichen.",
        "SUBSIDY_FINANCIAL_AID",
        PL,
        id="cut-to-programme-stays-planned",
    ),
    pytest.param(
        "Die Kommission will die Zollfreigrenze für Pakete aus Drittstaaten abschaffen.",
        "TARIFF",
        PL,
        id="abolished-exemption-stays-planned",
    ),
    pytest.param(
        "Die Partei will einen Vertrag, der die Zölle auf Maschinen erhöht.",
        "TARIFF",
        PL,
        id="relative-clause-raising-stays-planned",
    ),
    # Keeping a measure, planned or demanded, leaves it in force.
    pytest.param(
        "Die Zölle auf Solarmodule aus China müssen in Kraft bleiben.",
        "TARIFF",
        IF,
        id="keeping-muessen-bleiben",
    ),
    pytest.param(
        "Die Guthaben des Oligarchen sollen nach dem Willen des Rates eingefroren bleiben.",
        "ASSET_FREEZE",
        IF,
        id="keeping-sollen-eingefroren-bleiben",
    ),
    pytest.param(
        "Das Einreiseverbot für die Funktionäre muss beibehalten werden.",
        "TRAVEL_BAN",
        IF,
        id="keeping-muss-beibehalten",
    ),
    # Counter-examples: a prolongation needs a new act and takes that act's stage.
    pytest.param(
        "Das Einreiseverbot für die Funktionäre muss um ein Jahr verlängert werden.",
        "TRAVEL_BAN",
        D,
        id="prolongation-demanded-stays-demanded",
    ),
    pytest.param(
        "Die Regierung will die Kontrollen an der Grenze zu Polen fortführen.",
        "MIGRATION_BORDER",
        PL,
        id="prolongation-planned-stays-planned",
    ),
    # A widening with "ab" + date and no modal or announcing verb has been decided.
    pytest.param(
        "Das Ministerium teilt mit, dass die Exportkontrollen für Drohnenteile ab dem "
        "1. Juni verschärft werden.",
        "EXPORT_BAN",
        EX,
        id="widening-ab-date-dass",
    ),
    pytest.param(
        "Die Reiseverbote gegen die Junta werden ab Oktober ausgeweitet.",
        "TRAVEL_BAN",
        EX,
        id="widening-ab-date-passive",
    ),
    # Counter-examples: a Futur I and a modal announce the widening.
    pytest.param(
        "Die Regierung wird die Exportkontrollen für Drohnenteile ab Juni verschärfen.",
        "EXPORT_BAN",
        PL,
        id="widening-futur-stays-planned",
    ),
    pytest.param(
        "Die Reiseverbote gegen die Junta sollen ab Oktober ausgeweitet werden.",
        "TRAVEL_BAN",
        PL,
        id="widening-soll-stays-planned",
    ),
    # The cabinet adopting a draft (also a compound "-entwurf") tables it.
    pytest.param(
        "Die Landesregierung billigt den Haushaltsentwurf für das kommende Jahr.",
        "BUDGET_ALLOCATION",
        PR,
        id="cabinet-billigt-haushaltsentwurf",
    ),
    pytest.param(
        "Das Kabinett hat den Gesetzentwurf zum Wehrdienst beschlossen.",
        "CONSCRIPTION_MOBILISATION",
        PR,
        id="cabinet-draft-zum",
    ),
    # Counter-examples: a refused or debated draft keeps that status.
    pytest.param(
        "Der Stadtrat lehnt den Haushaltsentwurf des Kämmerers ab.",
        "BUDGET_ALLOCATION",
        RE,
        id="refused-draft-stays-rejected",
    ),
    pytest.param(
        "Der Haushaltsentwurf wird im Landtag beraten.",
        "BUDGET_ALLOCATION",
        UD,
        id="debated-draft-stays-under-discussion",
    ),
    # "knüpft X an": the measure that a condition is set for is bargained over.
    pytest.param(
        "Ankara knüpft jede Rüstungskontrolle an neue Kredite des Westens.",
        "ARMS_CONTROL",
        UD,
        id="knuepft-an-under-discussion",
    ),
    # Counter-example: a threat stays hypothetical.
    pytest.param(
        "Brüssel droht Peking mit Strafzöllen auf Elektroautos.",
        "TARIFF",
        HY,
        id="threat-stays-hypothetical",
    ),
    # "ist seit … ausgesetzt": a suspended measure is ended; a suspended right or
    # cooperation is the measure, in force.
    pytest.param(
        "Die Wehrpflicht ist in Schweden seit 2010 ausgesetzt.",
        "CONSCRIPTION_MOBILISATION",
        LE,
        id="suspended-duty-ended",
    ),
    pytest.param(
        "Die Zölle auf Zucker aus der Ukraine sind seit Januar ausgesetzt.",
        "TARIFF",
        LE,
        id="suspended-tariff-ended",
    ),
    pytest.param(
        "Der Familiennachzug für Geflüchtete ist seit dem Frühjahr ausgesetzt.",
        "MIGRATION_BORDER",
        IF,
        id="suspended-right-in-force",
    ),
    pytest.param(
        "Die Regierung hat die Arbeitserlaubnisse für Saisonkräfte seit Mai ausgesetzt.",
        "MIGRATION_BORDER",
        IF,
        id="suspended-right-hat-seit-in-force",
    ),
    pytest.param(
        "Die militärische Zusammenarbeit mit Niger ist seit dem Putsch ausgesetzt.",
        "MILITARY_COOPERATION_SUSPENSION",
        IF,
        id="suspended-cooperation-in-force",
    ),
    pytest.param(
        "Paris erwägt, die Zusammenarbeit mit der Armee Malis auszusetzen.",
        "MILITARY_COOPERATION_SUSPENSION",
        CO,
        id="considered-suspension-stays-considered",
    ),
    # Present "läuft … aus": a fixed expiry is ended; one that a negated condition could
    # prevent is still in force; "aus" before a noun phrase is a preposition, no expiry.
    pytest.param(
        "Das Förderprogramm für Lastenräder läuft Ende Juni aus.",
        "SUBSIDY_FINANCIAL_AID",
        LE,
        id="laeuft-aus-ended",
    ),
    pytest.param(
        "Das Abkommen über die Fischerei läuft im März 2027 aus.",
        "AGREEMENT_TREATY",
        LE,
        id="laeuft-im-monat-jahr-aus-ended",
    ),
    pytest.param(
        "Die Mietpreisbremse läuft 2030 aus, wenn der Landtag sie nicht verlängert.",
        "PRICE_CAP",
        IF,
        id="preventable-expiry-in-force",
    ),
    pytest.param(
        "Die Förderung für Lastenräder läuft aus dem Klimafonds.",
        "SUBSIDY_FINANCIAL_AID",
        IF,
        id="laeuft-aus-dem-is-no-expiry",
    ),
    pytest.param(
        "Die Förderung für Lastenräder soll Ende 2027 auslaufen.",
        "SUBSIDY_FINANCIAL_AID",
        IF,
        id="planned-expiry-in-force",
    ),
    # Completed increases: more money or aid extends the measure; a raised rate of a tax,
    # tariff, wage or benefit is decided.
    pytest.param(
        "Norwegen hat seine Militärhilfe für die Ukraine verdoppelt.",
        "MILITARY_AID",
        EX,
        id="aid-doubled-extended",
    ),
    pytest.param(
        "Die Bürgschaften für den Mittelstand wurden auf zwei Milliarden Euro erhöht.",
        "FINANCIAL_GUARANTEE",
        EX,
        id="guarantee-raised-extended",
    ),
    pytest.param(
        "Litauen steigert seine Verteidigungsausgaben auf sechs Prozent des BIP.",
        "DEFENCE_SPENDING",
        EX,
        id="defence-spending-raised-extended",
    ),
    pytest.param(
        "Die Tabaksteuer wurde zum Jahresbeginn erhöht.",
        "TAX_LEVY",
        DE,
        id="tax-rate-raised-stays-decided",
    ),
    pytest.param(
        "Ottawa hat die Zölle auf Stahl aus China verdoppelt.",
        "TARIFF",
        DE,
        id="tariffs-doubled-stay-decided",
    ),
    pytest.param(
        "Die Nato-Staaten haben beschlossen, ihre Verteidigungsausgaben auf fünf Prozent "
        "zu steigern.",
        "DEFENCE_SPENDING",
        DE,
        id="decided-increase-to-come-stays-decided",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "modality"), MODALITY)
def test_guide_modality(text: str, type_id: str, modality: Modality) -> None:
    assert of_type(text, type_id).modality is modality


ACTORS = [
    # An explicit first-person subject of the measure's clause is the actor, for every
    # modality, with the span as written.
    pytest.param("Wir werden die Stromsteuer senken.", "TAX_LEVY", "Wir", id="wir-werden"),
    pytest.param(
        "Die Grundsteuer für Landwirte wollen wir halbieren.",
        "TAX_LEVY",
        "wir",
        id="wollen-wir-fronted-object",
    ),
    pytest.param("Wir haben das Elterngeld erhöht.", "PAY_BENEFIT_CHANGE", "Wir", id="wir-decided"),
    pytest.param(
        "Falls die Preise weiter steigen, werden wir einen Gaspreisdeckel einführen.",
        "PRICE_CAP",
        "wir",
        id="wir-hypothetical",
    ),
    pytest.param(
        "Ich appelliere an alle Bürger, sich gegen Grippe impfen zu lassen.",
        "INFORMATION_APPEAL",
        "Ich",
        id="ich-appeal",
    ),
]


@pytest.mark.parametrize(("text", "type_id", "actor"), ACTORS)
def test_first_person_actor(text: str, type_id: str, actor: str) -> None:
    measure = of_type(text, type_id)
    assert measure.actor is not None
    assert measure.actor.text == actor


def test_second_first_person_subject_acts_for_its_own_clause() -> None:
    text = "Wir werden die Erbschaftsteuer nicht erhöhen, aber wir werden das Kindergeld anheben."
    tax = of_type(text, "TAX_LEVY").actor
    assert tax is not None
    assert tax.start == 0
    child = of_type(text, "PAY_BENEFIT_CHANGE").actor
    assert child is not None
    assert child.start == text.index("wir werden das")


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        # Impersonal "wir brauchen", "müssen wir": no actor.
        pytest.param("Wir brauchen endlich ein Tempolimit.", "REGULATION_LAW", id="wir-brauchen"),
        pytest.param(
            "Deshalb müssen wir die Sanktionen gegen Minsk verschärfen.",
            "SANCTION_GENERAL",
            id="muessen-wir",
        ),
        # "wir" in another clause than the measure.
        pytest.param(
            "Die Mietpreisbremse hat vielen Familien geholfen, und darauf sind wir stolz.",
            "PRICE_CAP",
            id="wir-other-clause",
        ),
    ],
)
def test_no_first_person_actor(text: str, type_id: str) -> None:
    actor = of_type(text, type_id).actor
    assert actor is None or actor.text.lower() not in {"wir", "ich"}


def test_relative_clause_wir_leaves_the_proposer() -> None:
    text = "Die Fraktion legt einen Gesetzentwurf vor, mit dem wir die Mietpreisbremse verschärfen."
    measure = of_type(text, "PRICE_CAP")
    assert measure.actor is not None
    assert measure.actor.text == "Fraktion"


def test_quoted_speaker_beats_first_person() -> None:
    text = "„Wir werden die Grenzkontrollen beibehalten“, sagte die Innenministerin."
    measure = of_type(text, "MIGRATION_BORDER")
    assert measure.actor is not None
    assert "Innenministerin" in measure.actor.text
