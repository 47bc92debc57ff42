"""Session 16: modality rules written after the blind-written set dev20 was scored once.

Each rule is a construction, tested with sentences of our own (none from a measure set);
the expected labels were written from docs/labelling.rst before running the library.

* ``auf keinen Fall``, ``auf jeden Fall``, ``in jedem Fall`` set no condition, and
  ``auf keinen Fall``/``keinesfalls`` negate like ``nicht``.
* A planned lifting tied to an event that may not come (``Bei einem Wahlsieg will … abschaffen``)
  is a plan with a condition, ``hypothetical``.
* A loosening whose *not* happening is the condition (``Falls X seine Beschränkungen nicht
  lockert``) leaves the measure ``in_force``.
* Reported ``würde(n)`` with a verb of saying and no condition stands for the Konjunktiv I of
  ``werden``: it reports an announcement (``planned``), not an imagined act.
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
        (
            "Die Linke will der Kürzung des Elterngelds auf keinen Fall zustimmen.",
            "PAY_BENEFIT_CHANGE",
            "rejected",
        ),
        ("Die Union will die Erbschaftsteuer auf keinen Fall anheben.", "TAX_LEVY", "rejected"),
        ("Die Regierung wird die Mehrwertsteuer keinesfalls erhöhen.", "TAX_LEVY", "negated"),
        ("Die Grünen wollen die Vermögensteuer auf jeden Fall einführen.", "TAX_LEVY", "planned"),
        (
            "Der Senat will in jedem Fall ein Böllerverbot in der Innenstadt erlassen.",
            "REGULATION_LAW",
            "planned",
        ),
        # a real condition stays one
        (
            "Im Fall eines Angriffs würde Deutschland der Ukraine weitere Waffen liefern.",
            "MILITARY_AID",
            "hypothetical",
        ),
    ],
)
def test_any_case_is_no_condition(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        (
            "Bei einem Wahlsieg will die Union das Heizungsgesetz rückgängig machen.",
            "REGULATION_LAW",
            "hypothetical",
        ),
        (
            "Nach einem Machtwechsel wollen die Konservativen das Lieferkettengesetz abschaffen.",
            "REGULATION_LAW",
            "hypothetical",
        ),
        # without the event the planned lifting leaves the measure in force
        ("Die Union will das Lieferkettengesetz abschaffen.", "REGULATION_LAW", "in_force"),
    ],
)
def test_planned_lifting_after_an_uncertain_event(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        (
            "Falls Ankara seine Visabeschränkungen für EU-Bürger nicht lockert, wird Brüssel Gegenmaßnahmen prüfen.",
            "TRAVEL_BAN",
            "in_force",
        ),
        (
            "Sollte Peking seine Ausfuhrbeschränkungen für Graphit nicht lockern, will Tokio klagen.",
            "EXPORT_BAN",
            "in_force",
        ),
        # a loosening that is itself the condition is imagined
        (
            "Falls die EU die Sanktionen gegen Belarus lockert, will Minsk Gefangene freilassen.",
            "SANCTION_GENERAL",
            "hypothetical",
        ),
    ],
)
def test_unloosened_measure_in_a_condition(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        (
            "Dänemark würde seine Grenzkontrollen bis Ende Mai verlängern, teilte das Justizministerium mit.",
            "MIGRATION_BORDER",
            "planned",
        ),
        (
            "Das Land würde den Kommunen einen Zuschuss für die Unterbringung zahlen, sagte die Ministerin zu.",
            "SUBSIDY_FINANCIAL_AID",
            "planned",
        ),
        (
            "Der Sprecher erklärte, man würde die Lieferungen von Haubitzen an Kiew fortsetzen.",
            "MILITARY_AID",
            "planned",
        ),
        (
            "Die Schweiz würde keine Munition an die Ukraine liefern, sagte ein Sprecher in Bern.",
            "MILITARY_AID",
            "negated",
        ),
        # the verb of saying may open the last clause after a subordinate one
        (
            "Die Grenzkontrollen würden beibehalten, bis die Zahlen sinken, erklärte das Ministerium.",
            "MIGRATION_BORDER",
            "in_force",
        ),
        # an effect predicted for a measure that does not exist stays imagined
        (
            "Eine Kerosinsteuer würde Flüge deutlich verteuern, sagte die Ökonomin.",
            "TAX_LEVY",
            "hypothetical",
        ),
        # a condition in the sentence keeps the würde imagined
        (
            "Wenn Moskau angreift, würde Berlin neue Sanktionen verhängen, sagte der Minister.",
            "SANCTION_GENERAL",
            "hypothetical",
        ),
    ],
)
def test_reported_wuerde_announces(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # the refusal verb of the Wer clause says what whoever is meant does
        (
            "Wer die Impfung verweigert, dem soll das Pflegegeld gekürzt werden.",
            "PAY_BENEFIT_CHANGE",
            "planned",
        ),
        (
            "Wer Arbeitsangebote ablehnt, dem sollen die Leistungen gekürzt werden.",
            "SPENDING_CUT_LIMIT",
            "planned",
        ),
        # a present main clause after it is a standing rule
        (
            "Wer zumutbare Arbeit ablehnt, dem wird der Regelsatz des Bürgergelds gekürzt.",
            "PAY_BENEFIT_CHANGE",
            "in_force",
        ),
        # with "künftig" a new rule, decided
        (
            "Wer Schwarzarbeit leistet, dem wird künftig das Kindergeld gekürzt.",
            "PAY_BENEFIT_CHANGE",
            "decided",
        ),
        # a measure inside the Wer clause stays imagined
        (
            "Wer jetzt eine Obergrenze für Flüchtlinge verlangt, der muss auch sagen, wie das gehen soll.",
            "MIGRATION_BORDER",
            "hypothetical",
        ),
    ],
)
def test_rule_after_generic_wer(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a Futur I of the verb that names the measure announces it
        (
            "Das Land wird die Zuschüsse für Theater im nächsten Jahr kürzen.",
            "SPENDING_CUT_LIMIT",
            "planned",
        ),
        ("Das Land wird die Zuschüsse für Theater nicht kürzen.", "SPENDING_CUT_LIMIT", "negated"),
        ("Die Regierung kürzt die Entwicklungshilfe.", "SPENDING_CUT_LIMIT", "decided"),
    ],
)
def test_future_of_a_verb_trigger(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # tabling that is only intended is a plan
        (
            "Die Ministerin will im Herbst einen Entwurf für ein Tariftreuegesetz vorlegen.",
            "REGULATION_LAW",
            "planned",
        ),
        (
            "Die Kommission soll bis Juni einen Vorschlag für Zölle auf Düngemittel vorlegen.",
            "TARIFF",
            "planned",
        ),
        ("Wir werden einen Haushalt ohne neue Kredite vorlegen.", "BUDGET_ALLOCATION", "planned"),
        # tabled: proposed
        (
            "Die Ministerin hat einen Entwurf für ein Tariftreuegesetz vorgelegt.",
            "REGULATION_LAW",
            "proposed",
        ),
        (
            "Das Kabinett hat den Entwurf des Haushalts 2028 beschlossen.",
            "BUDGET_ALLOCATION",
            "proposed",
        ),
    ],
)
def test_intended_tabling_is_planned(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a reported "sollte"/"müsse" takes the stance of the inverted verb of saying
        (
            "Die Länder sollten die Grunderwerbsteuer senken, empfiehlt das Institut der Wirtschaft.",
            "TAX_LEVY",
            "proposed",
        ),
        (
            "Die Regierung müsse die Pendlerpauschale erhöhen, empfahlen die Wirtschaftsweisen.",
            "TAX_LEVY",
            "proposed",
        ),
        (
            "Die Regierung solle endlich eine Abgabe auf Einwegbecher einführen, forderte die Umwelthilfe.",
            "TAX_LEVY",
            "demanded",
        ),
        # a report of a plan stays a plan
        (
            "Die Regierung solle die Pendlerpauschale erhöhen, berichtet die Zeitung.",
            "TAX_LEVY",
            "planned",
        ),
    ],
)
def test_reported_ought_takes_the_verb_of_saying(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a draft withdrawn before it was adopted: the measure will not come
        (
            "Der Senat zog den Gesetzentwurf zur Einführung einer Bettensteuer zurück.",
            "TAX_LEVY",
            "negated",
        ),
        (
            "Nach Protesten hat das Ministerium seinen Entwurf für ein Verbot von Ölheizungen zurückgezogen.",
            "REGULATION_LAW",
            "negated",
        ),
        # a withdrawal only intended leaves the draft tabled
        (
            "Die Ministerin will den Entwurf für ein Tariftreuegesetz zurückziehen.",
            "REGULATION_LAW",
            "proposed",
        ),
    ],
)
def test_withdrawn_draft(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a measure said not to be needed will not come
        (
            "Ein Nachtragshaushalt ist nach Auskunft des Kämmerers nicht nötig.",
            "BUDGET_ALLOCATION",
            "negated",
        ),
        (
            "Eine Erhöhung der Grundsteuer ist nicht notwendig, sagte der Bürgermeister.",
            "TAX_LEVY",
            "negated",
        ),
        # needed: demanded
        ("Ein Nachtragshaushalt ist dringend nötig.", "BUDGET_ALLOCATION", "demanded"),
    ],
)
def test_not_needed_is_negated(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # withheld consent in a Futur I refuses the measure, whatever the word order
        (
            "Einer Kürzung des Elterngelds werden wir nicht zustimmen.",
            "PAY_BENEFIT_CHANGE",
            "rejected",
        ),
        (
            "Der Verlängerung der Gasumlage werden wir im Bundesrat nicht zustimmen.",
            "TAX_LEVY",
            "rejected",
        ),
        (
            "Einer Erhöhung der Grundsteuer wird die Fraktion nicht zustimmen.",
            "TAX_LEVY",
            "rejected",
        ),
        # the speaker's own act not to come stays negated
        ("Die Vermögensteuer werden wir nicht wieder einführen.", "TAX_LEVY", "negated"),
    ],
)
def test_withheld_consent_in_future(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # an end that must not happen is a lifting refused: the measure stays in force
        (
            "Die Pendlerpauschale darf nicht gestrichen werden, fordert der ADAC.",
            "TAX_LEVY",
            "in_force",
        ),
        (
            "Das Förderprogramm für Lastenräder darf nicht eingestellt werden.",
            "SUBSIDY_FINANCIAL_AID",
            "in_force",
        ),
        # a cut that must not happen is a change refused
        ("Das Elterngeld darf nicht gekürzt werden.", "PAY_BENEFIT_CHANGE", "rejected"),
    ],
)
def test_forbidden_ending_keeps_the_measure(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # the verb-final modal of a relative clause gives the status of its measure
        (
            "London und Neu-Delhi verhandeln über ein Abkommen, das die Zölle auf Whisky halbieren soll.",
            "TARIFF",
            "planned",
        ),
        (
            "Die Parteien streiten über eine Reform, die die Grundsteuer für Mieter senken würde.",
            "TAX_LEVY",
            "hypothetical",
        ),
        (
            "Die Partei, die eine Vermögensteuer einführen will, liegt bei fünf Prozent.",
            "TAX_LEVY",
            "planned",
        ),
        # the agreement itself stays in the main clause's talks
        (
            "London und Neu-Delhi verhandeln über ein Abkommen, das die Zölle auf Whisky halbieren soll.",
            "AGREEMENT_TREATY",
            "under_discussion",
        ),
    ],
)
def test_modal_of_a_relative_clause(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # "bis Ende des Jahres", "Ende Juni" name a point in time, not an end of the measure
        (
            "Der Stadtrat hat beschlossen, das Alkoholverbot am Bahnhof bis Ende des Jahres fortzusetzen.",
            "REGULATION_LAW",
            "extended",
        ),
        (
            "Die Regierung hat beschlossen, die Grenzkontrollen bis Ende des Jahres fortzusetzen.",
            "MIGRATION_BORDER",
            "extended",
        ),
        (
            "Mit dem Ende des Tankrabatts steigen die Spritpreise wieder.",
            "TAX_LEVY",
            "lifted_or_ended",
        ),
        # continuing, in the zu-infinitive and the plural present
        ("Die Koalition plant, die Grenzkontrollen fortzusetzen.", "MIGRATION_BORDER", "planned"),
        (
            "Die Ausbildungsmission für ukrainische Soldaten führen wir fort.",
            "MILITARY_AID",
            "planned",
        ),
    ],
)
def test_end_as_time_and_continuing(text: str, kind: str, modality: str) -> None:
    assert _modality(text, kind) == modality
