"""Session 13: a stopped trade imposes its restriction, the agent of an attributive
participle acts, and ``gilt nicht für`` limits a measure's scope. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

import polittext


def _measure(text: str, trigger: str) -> polittext.PolicyMeasure:
    found = [m for m in polittext.classify_measures(text) if m.trigger.text == trigger]
    assert len(found) == 1, polittext.classify_measures(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # Stopping the trade that the trigger names is the restriction.
        (
            "Die Regierung hat die Ausfuhr von Rüstungsgütern nach Saudi-Arabien gestoppt.",
            "Ausfuhr von Rüstungsgütern",
            "decided",
        ),
        (
            "Die Grünen fordern, die Ausfuhr von Waffen in die Türkei zu stoppen.",
            "Ausfuhr von Waffen",
            "demanded",
        ),
        ("Die Ausfuhr von Waffen nach Israel bleibt gestoppt.", "Ausfuhr von Waffen", "in_force"),
        (
            "Die Regierung will die Ausfuhr von Rüstungsgütern in die Golfstaaten nicht stoppen.",
            "Ausfuhr von Rüstungsgütern",
            "rejected",
        ),
        # A government ending its own deliveries ends its aid (docs/labelling.rst).
        (
            "Berlin stoppt die Lieferung von Waffen an Israel.",
            "Lieferung von Waffen",
            "lifted_or_ended",
        ),
    ],
)
def test_stopped_trade(text: str, trigger: str, modality: str) -> None:
    assert _measure(text, trigger).modality.value == modality


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Die von der Koalition beschlossene Kürzung des Elterngeldes trifft Familien.",
            "Kürzung",
            "Koalition",
        ),
        (
            "Die vom Kabinett beschlossene Kindergelderhöhung gilt ab Januar.",
            "Kindergelderhöhung",
            "Kabinett",
        ),
        # The participle's agent, not the subject who criticises the measure.
        (
            "Die Opposition kritisiert die von der Bundesregierung geplante Erhöhung der Tabaksteuer.",
            "Tabaksteuer",
            "Bundesregierung",
        ),
        ("Die von den USA verhängten Zölle auf Stahl belasten die Industrie.", "Zölle", "USA"),
        # A refusal has its own subject: the demanding side named in the attribute
        # does not refuse.
        (
            "Tokio weigert sich, die von Washington verlangten Exportkontrollen für Chipanlagen zu übernehmen.",
            "Exportkontrollen",
            "Tokio",
        ),
        # "verlangt von Washington" is the verb's object, no agent of "beschleunigte".
        (
            "Die Regierung Israels verlangt von Washington die beschleunigte Lieferung von Abfangraketen.",
            "Lieferung von Abfangraketen",
            "Regierung",
        ),
    ],
)
def test_attributive_agent(text: str, trigger: str, actor: str) -> None:
    found = _measure(text, trigger)
    assert found.actor is not None
    assert found.actor.text.startswith(actor)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # "gilt nicht für X": the measure applies, only not to X.
        ("Die Sanktionen gelten nicht für Banken aus Drittstaaten.", "Sanktionen", "in_force"),
        ("Das Tempolimit gilt nicht in Bayern.", "Tempolimit", "in_force"),
        # Without a phrase of scope, the measure does not apply at all.
        ("Das Tempolimit gilt nicht.", "Tempolimit", "negated"),
        ("Das Verbot gilt nicht mehr.", "Verbot", "lifted_or_ended"),
    ],
)
def test_scope_negation(text: str, trigger: str, modality: str) -> None:
    assert _measure(text, trigger).modality.value == modality
