"""Trigger vocabulary of session 8 (issue #5), on sentences written for these tests."""

from __future__ import annotations

import pytest

from polittext.api import analyze


def types(text: str) -> set[str]:
    return {m.type for m in analyze(text).measures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Bund legt ein Notprogramm für überschuldete Kliniken auf.", "SUBSIDY_FINANCIAL_AID"),
        ("Die Länder erhalten Hilfszahlungen von 200 Millionen Euro.", "SUBSIDY_FINANCIAL_AID"),
        ("Die Partei will die Rente mit 63 wieder abschaffen.", "PAY_BENEFIT_CHANGE"),
        ("Die Regierung will das Renteneintrittsalter anheben.", "PAY_BENEFIT_CHANGE"),
        ("Verbände rufen zum Boykott amerikanischer Produkte auf.", "IMPORT_EMBARGO"),
        ("Die Grünen schlagen eine Plastikabgabe für Hersteller vor.", "TAX_LEVY"),
        ("Die Beitragsbemessungsgrenze steigt im Januar deutlich.", "TAX_LEVY"),
        (
            "Der Minister will verurteilte Straftäter ohne deutschen Pass ausweisen.",
            "MIGRATION_BORDER",
        ),
        ("Die Armee will mehr Soldaten rekrutieren.", "CONSCRIPTION_MOBILISATION"),
        ("Die Luftwaffe bestellt weitere Kampfjets vom Typ Eurofighter.", "DEFENCE_SPENDING"),
        ("Über den Etat des Innenministeriums wird im Bundestag beraten.", "BUDGET_ALLOCATION"),
        ("Die Länder wollen Geldleistungen für Asylbewerber begrenzen.", "PAY_BENEFIT_CHANGE"),
        (
            "Das Land kündigt ein Sofortprogramm zur Sanierung von Schulen an.",
            "PUBLIC_INVESTMENT_PROVISION",
        ),
    ],
)
def test_new_triggers(text: str, expected: str) -> None:
    assert expected in types(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Im Etat des Ministeriums stehen auch Ausgaben für Dienstwagen.", "BUDGET_ALLOCATION"),
        ("Der Trainer verhängte eine Ausgangssperre für seine Spieler.", "REGULATION_LAW"),
        (
            "Die Firma setzt bei der Rekrutierung von Fachkräften auf Messen.",
            "CONSCRIPTION_MOBILISATION",
        ),
        ("Das Amt hat die Wiese als Naturschutzgebiet ausgewiesen.", "MIGRATION_BORDER"),
        ("Mehrere Staaten erwägen einen Boykott der Weltmeisterschaft.", "IMPORT_EMBARGO"),
        ("Der Stürmer kassierte eine Prämie für den Sieg.", "SUBSIDY_FINANCIAL_AID"),
    ],
)
def test_counter_examples(text: str, absent: str) -> None:
    assert absent not in types(text)
