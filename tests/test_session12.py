"""Session 12: refusals, court challenges and applications in modality; the banned
party of ``Verbot der …`` as target. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import polittext


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.trigger.text, m.modality.value) for m in polittext.classify_measures(text)]


def _modality(text: str, trigger: str) -> str:
    found = [m for m in polittext.classify_measures(text) if m.trigger.text == trigger]
    assert len(found) == 1, polittext.classify_measures(text)
    return found[0].modality.value


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # An announced refusal is a refusal, not a plan for the measure.
        (
            "Die Slowakei kündigte an, das neue Sanktionspaket im Rat zu blockieren.",
            "Sanktionspaket",
            "rejected",
        ),
        (
            "Mehrere Länder haben angekündigt, gegen das Zollabkommen zu stimmen.",
            "Zollabkommen",
            "rejected",
        ),
        # ... while an announced act stays a plan.
        ("Die Regierung kündigte an, ein Tempolimit einzuführen.", "Tempolimit", "planned"),
        # Being against a measure refuses it.
        ("Die Landesregierung ist strikt gegen eine Vermögensteuer.", "Vermögensteuer", "rejected"),
        ("Wir sind gegen neue Zölle auf Autos, sagte der Verbandschef.", "Zölle", "rejected"),
        # Not when negated, and not when the measure is aimed at someone.
        ("Die Grünen sind nicht gegen ein Tempolimit.", "Tempolimit", "in_force"),
        ("Die Sanktionen sind gegen russische Oligarchen gerichtet.", "Sanktionen", "in_force"),
        # A measure challenged in court exists.
        (
            "Das Land hat angekündigt, gegen das Heizungsgesetz in Karlsruhe zu klagen.",
            "Heizungsgesetz",
            "in_force",
        ),
        (
            "Die Opposition reichte Klage gegen die Mietpreisbremse ein.",
            "Mietpreisbremse",
            "in_force",
        ),
        # A suit against a planned law keeps the plan.
        ("Die FDP will gegen das geplante Gesetz klagen.", "Gesetz", "planned"),
    ],
)
def test_refusals_and_court_challenges(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


def test_a_motion_proposes_but_an_application_uses_a_scheme_in_force() -> None:
    assert _measures("Der Bundesrat beantragt ein Verbot der Partei.") == [
        ("REGULATION_LAW", "Verbot", "proposed")
    ]
    assert _modality("Die Stadt hat Fördermittel des Bundes beantragt.", "Fördermittel") == (
        "in_force"
    )
    assert (
        _modality(
            "Der Betrieb beantragt Kurzarbeitergeld für 200 Beschäftigte.", "Kurzarbeitergeld"
        )
        == "in_force"
    )


def test_the_genitive_of_a_plain_ban_is_the_banned_organisation() -> None:
    (ban,) = polittext.classify_measures("Ich bin gegen ein Verbot der AfD.")
    assert ban.modality.value == "rejected"
    assert ban.target is not None
    assert ban.target.text == "AfD"
    assert ban.actor is not None
    assert ban.actor.text == "Ich"
    # A compound names its object: the genitive is the actor there.
    (export,) = polittext.classify_measures("Das Exportverbot der EU gilt seit Montag.")
    assert export.actor is not None
    assert export.actor.text == "EU"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # What is done instead of the negated act is the measure's status ...
        (
            "Wir haben die Hochwasserhilfen nicht gekürzt, sondern um ein Jahr verlängert.",
            "Hochwasserhilfen",
            "extended",
        ),
        (
            "Die Regierung hat die Sanktionen nicht aufgehoben, sondern verschärft.",
            "Sanktionen",
            "extended",
        ),
        # ... but not another object's, and "nicht nur …, sondern auch" negates nothing.
        (
            "Die Regierung hat die Sanktionen nicht verlängert, sondern die Gespräche fortgesetzt.",
            "Sanktionen",
            "negated",
        ),
        (
            "Die Sanktionen gelten nicht nur für Banken, sondern auch für Reedereien.",
            "Sanktionen",
            "in_force",
        ),
        # A phrase negated and replaced leaves the measure as it is.
        (
            "Die Sanktionen gelten nicht für Banken, sondern für Reedereien.",
            "Sanktionen",
            "in_force",
        ),
        # Without "sondern", a phrase of scope still limits, not negates (session 13).
        ("Die Sanktionen gelten nicht für Banken.", "Sanktionen", "in_force"),
        # Refusals with "werden wir": the refusal's own "nicht" is no negation of it.
        ("Neue Zölle auf Autos werden wir nicht hinnehmen.", "Zölle", "rejected"),
        (
            "Den Bau einer neuen Autobahn durch das Moor werden wir nicht mittragen.",
            "Bau",
            "rejected",
        ),
        (
            "Eine Dienstpflicht wird es mit meiner Fraktion nicht geben.",
            "Dienstpflicht",
            "rejected",
        ),
        # "empfohlen" proposes, like "empfiehlt".
        (
            "Die Kommission hat empfohlen, den Rundfunkbeitrag anzuheben.",
            "Rundfunkbeitrag",
            "proposed",
        ),
    ],
)
def test_contrasts_refusals_and_recommendations(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


def test_a_body_named_after_a_measure_is_no_measure() -> None:
    assert polittext.classify_measures("Das Zollamt in Singen kontrolliert die Lieferungen.") == []
    assert [
        m.trigger.text
        for m in polittext.classify_measures(
            "Die Mindestlohnkommission schlägt vor, die Lohnuntergrenze anzuheben."
        )
    ] == ["Lohnuntergrenze"]
    # The body's own head as trigger: a new authority is an investment.
    assert _measures("Die neue Bundesbehörde für Katastrophenschutz soll 2027 starten.") == [
        ("PUBLIC_INVESTMENT_PROVISION", "neue Bundesbehörde", "planned")
    ]


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in polittext.attribute_quotes(text)
    ]


def test_fuer_a_named_holder_with_konjunktiv_reports_the_holder_s_view() -> None:
    assert _quotes("Für die Ministerin Anna Berg sei der Rücktritt verständlich.") == [
        ("sei der Rücktritt verständlich", "Für", "Anna Berg")
    ]
    # Whom it concerns is no source: groups, countries, words guessed as names.
    for text in (
        "Für die Rentner sei das teuer.",
        "Für Polen sei das ein schwerer Schlag.",
        "Für Kinder sei die Impfung sicher.",
    ):
        assert all(q.cue is None or q.cue.text != "Für" for q in polittext.attribute_quotes(text))
    # The indicative states no reported view, and a later cue keeps its quote.
    assert _quotes("Für die Ministerin Anna Berg ist der Rücktritt verständlich.") == []
    assert _quotes("Für die Rentner sei das teuer, sagte Anna Berg.") == [
        ("Für die Rentner sei das teuer", "sagte", "Anna Berg")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Im Sommer war es deutlich heißer als angenommen.",
        "Das Gericht hat die Durchsuchung für zulässig erklärt.",
        "Das Wetter meinte es gut mit den Zuschauern.",
        "Zuletzt machte die Gruppe im Juli von sich reden.",
        "Nach dem Rücktritt (dpa berichtete) gab es keine Entscheidung.",
        "Denn immer wieder gibt es Vorstöße, die Maut auszuweiten.",
    ],
)
def test_cue_forms_that_report_nothing(text: str) -> None:
    assert polittext.attribute_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same verbs still report.
        (
            "Der Minister erklärte, er sei für höhere Steuern.",
            [("er sei für höhere Steuern", "erklärte", "Minister")],
        ),
        (
            "Wie die Polizei am Morgen bekannt gab, wurde niemand verletzt.",
            [("wurde niemand verletzt", "bekannt gab", "Polizei")],
        ),
        ("Er meinte, es gehe allen gut.", [("es gehe allen gut", "meinte", "Er")]),
        # A party in parentheses after a role is the role holder's, not the speaker.
        (
            "Die Ministerin (Grüne) kritisierte, das sei falsch.",
            [("das sei falsch", "kritisierte", "Ministerin")],
        ),
    ],
)
def test_cue_forms_that_still_report(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # A trigger that is a whole verb phrase holds its own status verb.
        (
            "Nach dem Putsch setzte Paris die militärische Zusammenarbeit mit Mali aus.",
            "setzte Paris die militärische Zusammenarbeit mit Mali aus",
            "decided",
        ),
        (
            "Paris will die militärische Zusammenarbeit mit Mali aussetzen.",
            "militärische Zusammenarbeit mit Mali aussetzen",
            "planned",
        ),
        # Responding with a measure imposes it; a lowered cap is a decided change.
        ("Peking reagiert mit einem Exportverbot für seltene Erden.", "Exportverbot", "decided"),
        ("Die G7 haben den Preisdeckel für russisches Öl abgesenkt.", "Preisdeckel", "decided"),
    ],
)
def test_own_verbs_responses_and_lowered_caps(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # A lifting judged as an idea is not done: the measure stays in force.
        (
            "Die Schuldenbremse auszusetzen, wie es die Grünen verlangen, wäre ein Fehler.",
            "Schuldenbremse",
            "in_force",
        ),
        ("Die Sanktionen zu lockern, wäre ein fatales Signal.", "Sanktionen", "in_force"),
        # Bringing a measure in, so judged, stays imagined.
        ("Eine Vermögensteuer einzuführen wäre ein Fehler.", "Vermögensteuer", "hypothetical"),
        # A planned lifting with kippen leaves the law in force, like abschaffen.
        (
            "Die neue Landesregierung will das Tariftreuegesetz wieder kippen.",
            "Tariftreuegesetz",
            "in_force",
        ),
        ("Der Bundesrat kippt die Reform.", "Reform", "lifted_or_ended"),
    ],
)
def test_judged_and_planned_liftings(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # Public advice named by its own verb is the measure, given (decided).
        (
            "Das Gesundheitsamt empfiehlt allen Menschen über 70 eine Grippeimpfung.",
            "empfiehlt",
            "decided",
        ),
        # A judgement of a new measure as right calls for it.
        ("Die SPD hält eine Vermögensteuer für sinnvoll.", "Vermögensteuer", "demanded"),
        # Restoring relations ends the break of relations; breaking them off imposes it.
        (
            "Serbien und Kosovo haben ihre diplomatischen Beziehungen wiederhergestellt.",
            "diplomatischen Beziehungen wiederhergestellt",
            "lifted_or_ended",
        ),
        (
            "Berlin hat die diplomatischen Beziehungen zu Teheran abgebrochen.",
            "diplomatischen Beziehungen zu Teheran abgebrochen",
            "decided",
        ),
    ],
)
def test_advice_judgements_and_restored_relations(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # "im laufenden Jahr" is a time; the aid was raised (more money: extended).
        (
            "Norwegen hat seine Militärhilfe für die Ukraine im laufenden Jahr aufgestockt.",
            "Militärhilfe",
            "extended",
        ),
        ("Die laufenden Sanktionen treffen die Wirtschaft.", "Sanktionen", "in_force"),
        # Doubled: more money is extended, a doubled rate is a decided change.
        (
            "Schweden hat die Militärhilfe für die Ukraine in diesem Jahr verdoppelt.",
            "Militärhilfe",
            "extended",
        ),
        ("Washington hat die Zölle auf Aluminium verdoppelt.", "Zölle", "decided"),
        # The plural present of "ausweiten".
        (
            "Die Niederlande weiten die Exportkontrollen für Chipmaschinen aus.",
            "Exportkontrollen",
            "extended",
        ),
    ],
)
def test_times_doubled_money_and_widened_controls(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


def test_the_subject_inside_a_verb_phrase_trigger_is_the_actor() -> None:
    (stop,) = polittext.classify_measures(
        "Daraufhin stoppte Berlin alle Rüstungsexporte nach Saudi-Arabien."
    )
    assert stop.trigger.text == "stoppte Berlin alle Rüstungsexporte"
    assert stop.actor is not None
    assert stop.actor.text == "Berlin"
    assert stop.target is None or stop.target.text != "Berlin"
    # The measure as the subject is still no actor of itself.
    (ban,) = polittext.classify_measures("Falls Belgrad nicht abzieht, drohen Einreiseverbote.")
    assert ban.actor is None


def test_a_text_with_steht_is_the_source() -> None:
    assert _quotes("Im Koalitionsvertrag steht, dass die Steuer sinken soll.") == [
        ("dass die Steuer sinken soll", "steht", "Koalitionsvertrag")
    ]
    # "steht dazu" takes a stand; it is no text.
    assert _quotes("Die Regierung steht dazu, dass die Steuer sinken soll.") == []


def test_a_document_after_the_passive_auxiliary_is_the_source() -> None:
    assert _quotes("Zudem wird in dem Schreiben kritisiert, die Regierung habe versagt.") == [
        ("die Regierung habe versagt", "kritisiert", "Schreiben")
    ]
    # A place is no document.
    assert _quotes("Dabei wurde in Berlin gefordert, dass die Regierung handelt.") == [
        ("dass die Regierung handelt", "gefordert", None)
    ]
