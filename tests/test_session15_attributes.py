"""Session 15: actor and target of a measure. Sentences written for these tests.

* A noun of a verb with a chain of prefixes (``Wiedereinführung``: wieder + ein +
  führen) is no group noun (``Führung``), so it never acts.
* The subject of a verb of receiving (``erhält``, ``bekommen``) is who the measure is
  for: its target, not its actor.
* A body named in the genitive after the measure noun (``eine Bürgschaft des Bundes``)
  acts when no subject does; a subject that acts on another body's measure keeps it.
* Saving tonnes of CO2 is no spending cut.
"""

from __future__ import annotations

import pytest

import polittext
from polittext.gazetteer import gazetteer


def _only(text: str, kind: str) -> polittext.PolicyMeasure:
    measures = [m for m in polittext.analyze(text).measures if m.type == kind]
    assert len(measures) == 1, measures
    return measures[0]


@pytest.mark.parametrize("word", ["Wiedereinführung", "Heranführung", "Zurückführung"])
def test_prefixed_verb_nouns_are_no_groups(word: str) -> None:
    assert gazetteer().group(word) is None


@pytest.mark.parametrize("word", ["Parteiführung", "Staatsführung", "Mitarbeiter"])
def test_compounds_stay_groups(word: str) -> None:
    assert gazetteer().group(word) is not None


def test_reintroduction_is_no_actor() -> None:
    text = "Eine Wiedereinführung der Wehrpflicht steht nicht zur Debatte, sagte der Minister."
    measure = _only(text, "CONSCRIPTION_MOBILISATION")
    assert measure.actor is None or measure.actor.text != "Wiedereinführung"


def test_receiver_is_the_target() -> None:
    measure = _only("Die Ukraine erhält weitere Militärhilfe aus Kanada.", "MILITARY_AID")
    assert measure.actor is None
    assert measure.target is not None
    assert measure.target.text == "Ukraine"


def test_plural_receivers_are_the_target() -> None:
    text = "Die Landwirte bekommen ab Januar eine höhere Dieselbeihilfe."
    measure = _only(text, "SUBSIDY_FINANCIAL_AID")
    assert measure.actor is None
    assert measure.target is not None
    assert measure.target.text == "Landwirte"


def test_granting_subject_still_acts() -> None:
    # "gewährt": the subject grants, the dative receives.
    text = "Die Bundesregierung gewährt der Ukraine weitere Militärhilfe."
    measure = _only(text, "MILITARY_AID")
    assert measure.actor is not None
    assert measure.actor.text == "Bundesregierung"


def test_receiving_after_a_preposition_is_no_subject() -> None:
    # "Nach Angaben des Amtes erhielt …": the phrase before the verb is no subject.
    text = "Nach Angaben des Ministeriums erhielt die Stadt Zuschüsse von zwei Millionen Euro."
    measure = _only(text, "SUBSIDY_FINANCIAL_AID")
    assert measure.actor is None or measure.actor.text != "Angaben"


def test_body_in_the_genitive_acts() -> None:
    text = "Die Werft in Stralsund hat eine Bürgschaft des Landes beantragt."
    measure = _only(text, "FINANCIAL_GUARANTEE")
    assert measure.actor is not None
    assert measure.actor.text == "Landes"


def test_genitive_body_after_a_receiver() -> None:
    text = "Die Kommunen erhalten einen Zuschuss des Bundes für neue Schwimmbäder."
    measure = _only(text, "SUBSIDY_FINANCIAL_AID")
    assert measure.actor is not None
    assert measure.actor.text == "Bundes"
    assert measure.target is not None
    assert measure.target.text == "Kommunen"


def test_subject_acting_on_the_bodys_measure_keeps_it() -> None:
    text = "Wir werden die Bürgschaften des Bundes für den sozialen Wohnungsbau ausweiten."
    measure = _only(text, "FINANCIAL_GUARANTEE")
    assert measure.actor is not None
    assert measure.actor.text == "Wir"


def test_saving_carbon_is_no_spending_cut() -> None:
    text = "Ein Tempolimit würde nach Berechnungen der Forscher jährlich Millionen Tonnen CO2 einsparen."
    kinds = [m.type for m in polittext.analyze(text).measures]
    assert "SPENDING_CUT_LIMIT" not in kinds
    assert "REGULATION_LAW" in kinds


def test_saving_money_is_still_a_spending_cut() -> None:
    text = "Durch die Reform sollen jährlich zwei Milliarden Euro eingespart werden."
    assert "SPENDING_CUT_LIMIT" in [m.type for m in polittext.analyze(text).measures]


def test_the_federation_acts() -> None:
    text = "Der Bund wird die Länder bei den Kosten der Unterbringung mit zwei Milliarden Euro entlasten."
    measure = _only(text, "SUBSIDY_FINANCIAL_AID")
    assert measure.actor is not None
    assert measure.actor.text == "Bund"
    assert measure.modality.value == "planned"


def test_the_taxpayers_association_is_no_federation() -> None:
    text = "Der Bund der Steuerzahler fordert eine Senkung der Einkommensteuer."
    measure = _only(text, "TAX_LEVY")
    assert measure.actor is not None
    assert measure.actor.text == "Bund der Steuerzahler"


def test_relief_without_money_is_no_subsidy() -> None:
    text = "Wir haben die Umlage abgeschafft und damit Millionen Haushalte entlastet."
    kinds = [m.type for m in polittext.analyze(text).measures]
    assert "SUBSIDY_FINANCIAL_AID" not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # the subject acts on another body's measure: it rejects, adopts or proposes it
        ("Polen lehnt das Verbrenner-Verbot der EU ab.", "REGULATION_LAW", "Polen"),
        ("Norwegen übernimmt das neue Sanktionspaket der EU.", "SANCTION_GENERAL", "Norwegen"),
        # the subject only judges it: the body in the genitive imposes it
        ("Brasilien kritisierte die Sanktionen der USA scharf.", "SANCTION_GENERAL", "USA"),
        # in force as the body's own: the body imposes it, whoever wants to end it
        ("Das Einreiseverbot der EU wollen wir aufheben.", "TRAVEL_BAN", "EU"),
    ],
)
def test_subject_or_genitive_body(text: str, kind: str, actor: str) -> None:
    measure = _only(text, kind)
    assert measure.actor is not None
    assert measure.actor.text == actor
