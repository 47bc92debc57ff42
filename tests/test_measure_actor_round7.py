"""Actors of measures, round 7: a subject noun phrase that no list knows, when
its head names someone who acts (a role, an institution, a state or a group),
before the finite verb or right after it when the measure fills the prefield.

Sentences written for this file; expectations from reading them.
"""

from __future__ import annotations

import pytest

import polittext


def actor_of(text: str, measure_type: str) -> str | None:
    """The actor text of the measure of ``measure_type`` (offsets checked)."""
    for measure in polittext.classify_measures(text):
        if measure.type == measure_type:
            if measure.actor is None:
                return None
            assert measure.actor.text == text[measure.actor.start : measure.actor.end]
            return measure.actor.text
    raise AssertionError(f"no {measure_type} in {text!r}")


@pytest.mark.parametrize(
    ("text", "measure_type", "actor"),
    [
        (
            "Die Stadt Leipzig fördert Lastenräder mit einem Zuschuss.",
            "SUBSIDY_FINANCIAL_AID",
            "Stadt Leipzig",
        ),
        (
            "Das Land Brandenburg lehnte eine Bürgschaft für die Werft ab.",
            "FINANCIAL_GUARANTEE",
            "Land Brandenburg",
        ),
        (
            "Die Finanzministerin verhängte eine Haushaltssperre.",
            "SPENDING_CUT_LIMIT",
            "Finanzministerin",
        ),
        # the measure fills the prefield: the subject follows the verb
        (
            "Eine Erhöhung des Mindestlohns lehnen die Arbeitgeberverbände ab.",
            "PAY_BENEFIT_CHANGE",
            "Arbeitgeberverbände",
        ),
        ("Ein Tempolimit auf Autobahnen lehnt die Union weiterhin ab.", "REGULATION_LAW", "Union"),
        # a first-person subject that demands the content of a dass clause
        (
            "Wir verlangen, dass die Landesregierung eine Leerstandsabgabe einführt.",
            "TAX_LEVY",
            "Wir",
        ),
        (
            "Ich fordere, dass die Kommission Strafzölle auf Solarmodule erhebt.",
            "TARIFF",
            "Ich",
        ),
    ],
)
def test_actor(text: str, measure_type: str, actor: str) -> None:
    assert actor_of(text, measure_type) == actor


@pytest.mark.parametrize(
    ("text", "measure_type"),
    [
        # the measure itself is the subject
        ("Die Strompreisbremse hat Millionen Haushalte entlastet.", "PRICE_CAP"),
        # the measure in a prepositional prefield: the subject does something else
        (
            "Nach dem Scheitern der Waffenruhe hat Thailand die Grenze geschlossen.",
            "AGREEMENT_TREATY",
        ),
    ],
)
def test_no_actor(text: str, measure_type: str) -> None:
    assert actor_of(text, measure_type) is None


# --- the subject of a passive is affected, not acting -------------------------
@pytest.mark.parametrize(
    ("text", "measure_type", "target"),
    [
        ("Russland wird mit neuen Sanktionen belegt.", "SANCTION_GENERAL", "Russland"),
        ("Die Ukraine wird mit Waffen unterstützt.", "MILITARY_AID", "Ukraine"),
    ],
)
def test_passive_subject_is_the_target(text: str, measure_type: str, target: str) -> None:
    assert actor_of(text, measure_type) is None
    measure = next(m for m in polittext.classify_measures(text) if m.type == measure_type)
    assert measure.target is not None
    assert measure.target.text == target


@pytest.mark.parametrize(
    ("text", "measure_type", "actor"),
    [
        # a Futur I with an infinitive is active
        ("Die EU wird Sanktionen gegen Belarus verhängen.", "SANCTION_GENERAL", "EU"),
        # the agent of a passive acts
        ("Russland wurde von der EU mit Sanktionen belegt.", "SANCTION_GENERAL", "EU"),
    ],
)
def test_active_and_agent(text: str, measure_type: str, actor: str) -> None:
    assert actor_of(text, measure_type) == actor
