"""Session 15: modality rules written from sentences of our own.

* A conditional clause in verb-first order (``Kommt die Maut, steigen die Preise``)
  makes its measures hypothetical like ``wenn``; a question, or a clause that goes on
  with ``dass``, is no such condition.
* ``hält nichts von`` and ``hält … für verfassungswidrig`` refuse a measure.
"""

from __future__ import annotations

import pytest

import polittext


def _modality(text: str, kind: str) -> str:
    measures = [m for m in polittext.analyze(text).measures if m.type == kind]
    assert len(measures) == 1, measures
    return measures[0].modality.value


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        ("Kommt die Maut für Reisebusse, steigen die Ticketpreise.", "TAX_LEVY", "hypothetical"),
        ("Gibt es keine Einigung, drohen neue Zölle auf Stahl.", "TARIFF", "hypothetical"),
        (
            "Steigt die Inflation weiter, müssen wir über eine Erhöhung des Bürgergelds reden.",
            "PAY_BENEFIT_CHANGE",
            "hypothetical",
        ),
        (
            "Wird bis Dezember kein Haushalt verabschiedet, so gilt eine vorläufige Haushaltsführung.",
            "BUDGET_ALLOCATION",
            "hypothetical",
        ),
    ],
)
def test_verb_first_condition(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


def test_verb_first_question_is_no_condition() -> None:
    assert _modality("Wird die Tabaksteuer im nächsten Jahr erhöht?", "TAX_LEVY") != "hypothetical"


def test_verb_first_question_with_a_tag_is_no_condition() -> None:
    text = "Wird die Landesregierung die Kita-Gebühren erneut anheben, ja oder nein?"
    assert _modality(text, "TAX_LEVY") != "hypothetical"


def test_verb_first_with_dass_is_no_condition() -> None:
    text = "Kommt hinzu, dass die Sanktionen gegen Belarus seit Jahren gelten."
    assert _modality(text, "SANCTION_GENERAL") == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Von einer Vermögensteuer hält der Finanzminister nichts.",
        "Die FDP hält wenig von einer Erhöhung des Spitzensteuersatzes.",
        "Eine Obergrenze für Asylbewerber halten wir für verfassungswidrig.",
    ],
)
def test_judged_worthless_is_rejected(text: str) -> None:
    kinds = {m.type: m.modality.value for m in polittext.analyze(text).measures}
    assert list(kinds.values()) == ["rejected"]


def test_holding_on_stays_in_force() -> None:
    text = "Die Regierung hält an der Schuldenbremse fest."
    assert _modality(text, "SPENDING_CUT_LIMIT") == "in_force"


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # no money at all: the act did not happen
        (
            "Der Senat hat keinen einzigen Cent in die Sanierung der Schulen investiert.",
            "PUBLIC_INVESTMENT_PROVISION",
            "negated",
        ),
        (
            "Wir haben in diesem Jahr keinen Euro bei der Suchtberatung gekürzt.",
            "SPENDING_CUT_LIMIT",
            "negated",
        ),
        # a measure kept while something else is done
        (
            "Wir bauen die Bundeswehr aus, ohne dafür die Schuldenbremse zu lockern.",
            "SPENDING_CUT_LIMIT",
            "in_force",
        ),
        # what must not exist is refused
        ("Eine Maut für Pendler darf es nicht geben.", "TAX_LEVY", "rejected"),
        # keeping a measure as the condition presupposes it
        (
            "Die USA drohen mit Gegenzöllen, falls Kanada an seiner Digitalsteuer festhält.",
            "TAX_LEVY",
            "in_force",
        ),
        # a status question asks whether the measure comes
        (
            "Ich frage den Senat: Ist eine Erhöhung der Grundsteuer geplant?",
            "TAX_LEVY",
            "under_discussion",
        ),
        # a measure named by its own participle exists, whatever a condition imagines
        (
            "Wenn Europa es ernst meint, muss es die eingefrorenen russischen Gelder nutzen.",
            "ASSET_FREEZE",
            "in_force",
        ),
    ],
)
def test_amounts_keeping_and_asking(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


def test_money_in_a_budget_is_no_negated_budget() -> None:
    # the budget holds no money for the programme: the budget itself is not negated
    text = "Es gibt in diesem Haushalt keinen einzigen Euro für den Radwegebau."
    modalities = {m.type: m.modality.value for m in polittext.analyze(text).measures}
    assert modalities.get("BUDGET_ALLOCATION") != "negated"


def test_money_spent_is_no_negation() -> None:
    text = "Der Senat hat zehn Millionen Euro in die Sanierung der Schulen investiert."
    assert _modality(text, "PUBLIC_INVESTMENT_PROVISION") == "decided"


def test_a_demanded_infinitive_is_no_present_act() -> None:
    text = (
        "Der Verband fordert die Regierung auf, Gasbohrungen zu verbieten und die "
        "Subventionen für Kohle zu streichen."
    )
    assert _modality(text, "SUBSIDY_FINANCIAL_AID") != "decided"


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # an ending reported as done in a relative clause (also a cleft sentence)
        (
            "Es war die Union, die die Wehrpflicht im Jahr 2011 ausgesetzt hat.",
            "CONSCRIPTION_MOBILISATION",
            "lifted_or_ended",
        ),
        # ... but an ending in the content of a planned agreement keeps the measure
        (
            "Wir wollen ein Abkommen mit Kanada, das die Zölle auf Agrargüter abschafft.",
            "TARIFF",
            "in_force",
        ),
        # the cabinet brings a bill on its way: proposed to parliament
        ("Kabinett bringt Bürgergeld-Reform auf den Weg", "PAY_BENEFIT_CHANGE", "proposed"),
        # the programme whose cut is to be taken back is in force
        (
            "Die Sozialverbände fordern die Rücknahme der Kürzungen beim Elterngeld.",
            "PAY_BENEFIT_CHANGE",
            "in_force",
        ),
        # a negated zu-infinitive after a comma: the act does not happen
        (
            "Der Verband lobt den Beschluss der Stadt, die Hundesteuer nicht zu erhöhen.",
            "TAX_LEVY",
            "negated",
        ),
    ],
)
def test_relative_endings_bills_and_complements(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


def test_not_ending_a_measure_keeps_it() -> None:
    text = "Der Verband lobt den Beschluss der Stadt, die Hundesteuer nicht abzuschaffen."
    assert _modality(text, "TAX_LEVY") == "in_force"
