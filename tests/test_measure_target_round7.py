"""Targets of measures, round 7: who or what a measure falls on
(docs/labelling.rst, "Target"), from the phrase attached to the trigger noun.

Sentences written for this file; every expectation was written from reading
the German sentence, not from the program's output.
"""

from __future__ import annotations

import pytest

import polittext


def target_of(text: str, measure_type: str) -> str | None:
    """The target text of the measure of ``measure_type`` (offsets checked)."""
    for measure in polittext.classify_measures(text):
        if measure.type == measure_type:
            if measure.target is None:
                return None
            assert measure.target.text == text[measure.target.start : measure.target.end]
            return measure.target.text
    raise AssertionError(f"no {measure_type} in {text!r}")


@pytest.mark.parametrize(
    ("text", "measure_type", "target"),
    [
        # auf, with an attribute and a coordination
        (
            "Die USA erheben Zölle auf Stahl aus Mexiko und Kanada.",
            "TARIFF",
            "Stahl aus Mexiko und Kanada",
        ),
        (
            "Die Mehrwertsteuer auf Lebensmittel sinkt auf sieben Prozent.",
            "TAX_LEVY",
            "Lebensmittel",
        ),
        # von (not only states), bei, in; without the leading article
        (
            "Der Senat beschloss die Abschiebung von straffälligen Asylbewerbern.",
            "MIGRATION_BORDER",
            "straffälligen Asylbewerbern",
        ),
        (
            "Die Opposition fordert Kürzungen bei den Beamtenpensionen.",
            "SPENDING_CUT_LIMIT",
            "Beamtenpensionen",
        ),
        (
            "Der Stadtrat beschloss ein Tempolimit in der Innenstadt.",
            "REGULATION_LAW",
            "Innenstadt",
        ),
        (
            "Das Kabinett billigte Investitionen in Schulen und Kitas.",
            "PUBLIC_INVESTMENT_PROVISION",
            "Schulen und Kitas",
        ),
        # numerals inside the phrase
        (
            "Die EU verhängte Einreiseverbote gegen zwölf Funktionäre der Regierungspartei.",
            "TRAVEL_BAN",
            "zwölf Funktionäre der Regierungspartei",
        ),
        # an amount first, then the target
        (
            "Die Regierung kündigte Einsparungen von drei Milliarden Euro beim Bürgergeld an.",
            "SPENDING_CUT_LIMIT",
            "Bürgergeld",
        ),
        # the actor's genitive first, then the target
        ("Die Zölle der USA auf Autos treffen die deutsche Industrie.", "TARIFF", "Autos"),
        ("Die Sanktionen der EU gegen Russland wirken.", "SANCTION_GENERAL", "Russland"),
        # the genitive of an action noun
        ("Der Rat beschloss die Suspendierung Malis.", "DIPLOMATIC_MEASURE", "Malis"),
        (
            "Die Ausweisung der Diplomaten wurde am Montag vollzogen.",
            "DIPLOMATIC_MEASURE",
            "Diplomaten",
        ),
        # an issuing institution in the genitive is no target; the für phrase is
        (
            "Das Ministerium veröffentlichte eine Reisewarnung des Auswärtigen Amts für Haiti.",
            "INFORMATION_APPEAL",
            "Haiti",
        ),
        # a target inside the trigger wins over a place after it
        (
            "Polen drängt auf ein Importverbot für russisches Flüssiggas in der gesamten EU.",
            "IMPORT_EMBARGO",
            "russisches Flüssiggas",
        ),
        # a restricting relative clause belongs to the target ...
        (
            "Die EU verhängt Sanktionen gegen Firmen, die Drohnen an Russland liefern.",
            "SANCTION_GENERAL",
            "Firmen, die Drohnen an Russland liefern",
        ),
        # ... a new main clause after the comma does not
        (
            "Die EU verhängt Sanktionen gegen Russland, die Opposition fordert mehr.",
            "SANCTION_GENERAL",
            "Russland",
        ),
        (
            "Die Grünen fordern ein Sondervermögen für die Transformation, die Linke verlangt "
            "eine Übergewinnsteuer.",
            "BUDGET_ALLOCATION",
            "Transformation",
        ),
    ],
)
def test_target(text: str, measure_type: str, target: str) -> None:
    assert target_of(text, measure_type) == target


@pytest.mark.parametrize(
    ("text", "measure_type"),
    [
        # amounts, levels and purposes of "zu" are no targets
        ("Die Regierung erhöht die Zuschüsse um zehn Prozent.", "SUBSIDY_FINANCIAL_AID"),
        ("Die Koalition plant eine Vermögensteuer.", "TAX_LEVY"),
        ("Die Stromsteuer sinkt auf das europäische Mindestmaß.", "TAX_LEVY"),
        ("Die Regierung senkt die Stromsteuer auf das europäische Mindestmaß.", "TAX_LEVY"),
    ],
)
def test_no_target(text: str, measure_type: str) -> None:
    assert target_of(text, measure_type) is None
