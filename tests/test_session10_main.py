"""Session 10 (main): measure triggers for subsidised prices, fuel rebates,
solidarity contributions, new debt and money for public tasks, each with a
counter-example where the same words name no policy measure. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

import polittext


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.trigger.text, m.modality.value) for m in polittext.classify_measures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Grünen fordern einen Industriestrompreis für energieintensive Betriebe.",
            [("SUBSIDY_FINANCIAL_AID", "Industriestrompreis", "demanded")],
        ),
        (
            "Der Finanzminister lehnt einen neuen Tankrabatt ab.",
            [("TAX_LEVY", "Tankrabatt", "rejected")],
        ),
        (
            "Die Union verlangt einen Solidarbeitrag der Vermögenden.",
            [("TAX_LEVY", "Solidarbeitrag", "demanded")],
        ),
        (
            "Das Land plant für 2027 keine neuen Schulden.",
            [("BUDGET_ALLOCATION", "neuen Schulden", "negated")],
        ),
        (
            "Die SPD fordert mehr Geld für Schulen.",
            [("BUDGET_ALLOCATION", "mehr Geld für", "demanded")],
        ),
        (
            "Die Bundesregierung will ein Milliardenpaket für die Bahn auf den Weg bringen.",
            [("SUBSIDY_FINANCIAL_AID", "Milliardenpaket", "planned")],
        ),
    ],
)
def test_new_measure_triggers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _measures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A company's debt and a club's wages are no public measure.
        "Die Firma hat neue Schulden bei ihrer Bank.",
        "Der Verein fordert mehr Geld für seine Spieler.",
        "Er hat mehr Geld für Urlaub ausgegeben.",
    ],
)
def test_the_same_words_outside_public_finance_are_no_measure(text: str) -> None:
    assert _measures(text) == []


def _modalities(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.modality.value) for m in polittext.classify_measures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Resisting with a reflexive verb refuses the measure.
        ("Die FDP sperrt sich gegen neue Steuern.", [("TAX_LEVY", "rejected")]),
        (
            "Die Länder stemmen sich gegen eine Kürzung der Regionalmittel.",
            [("SPENDING_CUT_LIMIT", "rejected")],
        ),
        (
            "Der Verband sträubte sich lange gegen ein Tempolimit.",
            [("REGULATION_LAW", "rejected")],
        ),
        # Campaigning for a measure demands it.
        ("Die Grünen werben für eine Abgabe auf Kerosin.", [("TAX_LEVY", "demanded")]),
        # "sperrte … gegen Mittag" is no reflexive resistance: the ban stays in force.
        (
            "Die Polizei sperrte die Straße gegen Mittag, nachdem das Verbot in Kraft trat.",
            [("REGULATION_LAW", "in_force")],
        ),
    ],
)
def test_resisting_and_campaigning(text: str, expected: list[tuple[str, str]]) -> None:
    assert _modalities(text) == expected


def _with_target(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.type, m.modality.value, m.target.text if m.target else None)
        for m in polittext.classify_measures(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in Erwägung/Betracht ziehen" weighs the measure; the idiom's noun is no target.
        (
            "Die Regierung zieht eine Erhöhung der Tabaksteuer in Erwägung.",
            [("TAX_LEVY", "considered", None)],
        ),
        (
            "Die EU zieht neue Sanktionen gegen Iran in Betracht.",
            [("SANCTION_GENERAL", "considered", "Iran")],
        ),
        # "in Aussicht stellen" and "in Angriff nehmen" plan it.
        (
            "Der Kanzler stellte eine Erhöhung des Kindergelds in Aussicht.",
            [("PAY_BENEFIT_CHANGE", "planned", None)],
        ),
        (
            "Die Länder nehmen die Reform des Wahlrechts in Angriff.",
            [("REGULATION_LAW", "planned", None)],
        ),
    ],
)
def test_idioms_with_in_give_modality_and_no_target(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _with_target(text) == expected


def _speaker_names(text: str) -> list[str]:
    return [s.name for s in polittext.detect_speakers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # After a role, a given name no list knows and the surname: both are the name.
        (
            "Der Linken-Abgeordnete Ates Gürpinar forderte, die Kliniken zu stärken.",
            "Ates Gürpinar",
        ),
        ("Die Staatssekretärin Mirela Vukovic sagte, das Gesetz komme.", "Mirela Vukovic"),
        # A known given name, and a single surname after the role, stay as they were.
        ("Die Abgeordnete Lamya Kaddor forderte, die Kliniken zu stärken.", "Lamya Kaddor"),
        ("Der Kanzler Merz sagte, man müsse handeln.", "Merz"),
    ],
)
def test_an_unknown_given_name_after_a_role(text: str, name: str) -> None:
    assert name in _speaker_names(text)


def test_the_surname_alone_later_is_the_same_speaker() -> None:
    text = (
        "Der SPD-Politiker Ates Gürpinar sagte, man müsse handeln. "
        "Gürpinar betonte, das sei wichtig."
    )
    speakers = polittext.detect_speakers(text)
    assert [(s.name, [m.text for m in s.mentions]) for s in speakers] == [
        ("Ates Gürpinar", ["Ates Gürpinar", "Gürpinar"])
    ]


_PAUS = (
    "Im Streit hat Familienministerin Lisa Paus der FDP eine Blockadehaltung vorgeworfen. "
    "„Wer Armut bekämpfen will, muss Geld in die Hand nehmen“, sagte die Grünen-Politikerin"
)


@pytest.mark.parametrize(
    "medium",
    [
        " der „Süddeutschen Zeitung“.",
        " der Süddeutschen Zeitung.",
        " der Deutschen Presse-Agentur.",
    ],
)
def test_der_before_a_medium_after_a_role_is_the_addressee(medium: str) -> None:
    # "sagte die Politikerin der Zeitung": the newspaper is spoken to; the description
    # is the minister named before.
    quotes = polittext.attribute_quotes(_PAUS + medium)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Lisa Paus"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Roles at a medium, and organisations that are no medium, stay genitives.
        ("„Das ist falsch“, sagte ein Redakteur der Zeitung.", "Redakteur der Zeitung"),
        (
            "„Wir wachsen“, sagte der Vorstandschef der Deutschen Post.",
            "Vorstandschef der Deutschen Post",
        ),
        ("„Das geht nicht“, sagte eine Sprecherin der Bahn.", "Sprecherin der Bahn"),
    ],
)
def test_a_genitive_organisation_stays_with_its_role(text: str, name: str) -> None:
    assert [s.name for s in polittext.detect_speakers(text)] == [name]
