"""Session 14: each conjunct and each main clause keeps its own status verb, a negated
Futur I of the speaker's own act is negated (a verb of refusing rejects), conditions
inside the sentence, alternative questions, appeals that are made, and demanded ends.
All sentences are written for these tests; the expected values are read off
docs/labelling.rst.
"""

from __future__ import annotations

import pytest

import polittext


def _modality(text: str, trigger: str) -> str:
    found = [m for m in polittext.classify_measures(text) if m.trigger.text == trigger]
    assert len(found) == 1, polittext.classify_measures(text)
    return found[0].modality.value


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # Coordinated conjuncts with a shared auxiliary or modal: each verb its own measure.
        (
            "Wir haben das Bürgergeld erhöht und die Wehrpflicht ausgesetzt.",
            "Bürgergeld",
            "decided",
        ),
        (
            "Wir haben das Bürgergeld erhöht und die Wehrpflicht ausgesetzt.",
            "Wehrpflicht",
            "lifted_or_ended",
        ),
        (
            "Die Stadt hat die Hundesteuer erhöht und die Förderung für Lastenräder gestrichen.",
            "Förderung",
            "lifted_or_ended",
        ),
        (
            "Die Regierung will die Pendlerpauschale senken und die Stromsteuer beibehalten.",
            "Pendlerpauschale",
            "planned",
        ),
        (
            "Die Regierung will die Pendlerpauschale senken und die Mietpreisbremse beibehalten.",
            "Mietpreisbremse",
            "in_force",
        ),
        # A main clause after a comma, with a pronoun subject or a fronted object.
        (
            "Die Einreiseverbote gegen die Junta waren richtig, und wir fordern jetzt ein "
            "Ölembargo.",
            "Ölembargo",
            "demanded",
        ),
        (
            "Das Tempolimit bleibt, eine Lockerung der Regeln lehnen wir ab.",
            "Tempolimit",
            "in_force",
        ),
        (
            "Die Zölle auf Stahl bleiben bestehen, über neue Zölle auf Aluminium beraten die "
            "Minister noch.",
            "Zölle",
            "in_force",
        ),
        (
            "Die EU hat die Sanktionen gegen Iran verlängert, die Einreiseverbote gegen "
            "Regimevertreter bleiben bestehen.",
            "Einreiseverbote",
            "in_force",
        ),
        # A relative clause after a participle that can also introduce speech.
        (
            "Die beiden Länder haben ein Abkommen geschlossen, das die Rücknahme abgelehnter "
            "Asylbewerber vorsieht.",
            "Abkommen",
            "decided",
        ),
        # A Futur I with "nicht"/"kein" of the speaker's own act is negated; a verb of
        # refusing what others do is rejected; a lifting that will not come keeps it.
        ("Wir werden die Wehrpflicht nicht reaktivieren.", "Wehrpflicht", "negated"),
        (
            "Wir werden kein Gesetz beschließen, das Handwerkern neue Berichtspflichten auferlegt.",
            "Gesetz",
            "negated",
        ),
        ("Wir werden keine Kürzungen bei der Pflege hinnehmen.", "Kürzungen", "rejected"),
        ("Wir werden das Heizungsgesetz nicht abschaffen.", "Heizungsgesetz", "in_force"),
        ("Wir erhöhen keine Steuern.", "Steuern", "rejected"),
        # Stances of the whole sentence.
        ("Kommt die Vermögensteuer nun oder nicht?", "Vermögensteuer", "under_discussion"),
        ("Eine Maut für Pkw wird es in Bayern nie geben.", "Maut", "negated"),
        (
            "Keine Kürzungen beim Elterngeld – das ist unsere klare Haltung.",
            "Kürzungen",
            "rejected",
        ),
        # Demands: an expectation addressed to someone, championing a measure.
        (
            "Ich erwarte von der Kommission, dass sie ein Importverbot für Produkte aus "
            "Zwangsarbeit vorlegt.",
            "Importverbot",
            "demanded",
        ),
        (
            "Wir setzen uns in Brüssel für eine Digitalsteuer auf große Plattformen ein.",
            "Digitalsteuer",
            "demanded",
        ),
        ("Die Partei will sich für eine Vermögensteuer einsetzen.", "Vermögensteuer", "demanded"),
        # A demanded end leaves the measure in force; a violated one is in force.
        (
            "Die Grünen fordern, keine Waffen mehr an Saudi-Arabien zu liefern.",
            "Waffen mehr an Saudi-Arabien zu liefern",
            "in_force",
        ),
        (
            "Das Finanzministerium prüft Kontensperrungen für Personen, die die "
            "Russland-Sanktionen systematisch umgehen.",
            "Russland-Sanktionen",
            "in_force",
        ),
        # A negated consideration; the adoption stated of an act noun.
        ("Die Regierung erwägt nicht, die Steuer zu erhöhen.", "Steuer", "negated"),
        ("Die Kanzlerin schließt neue Sanktionen nicht aus.", "Sanktionen", "considered"),
        (
            "Die Gewerkschaft begrüßt die beschlossene Erhöhung des Mindestlohns, kritisiert "
            "aber, dass die Regierung ein Tariftreuegesetz nicht prüft.",
            "Mindestlohns",
            "decided",
        ),
        (
            "Die Gewerkschaft begrüßt die beschlossene Erhöhung des Mindestlohns, kritisiert "
            "aber, dass die Regierung ein Tariftreuegesetz nicht prüft.",
            "Tariftreuegesetz",
            "negated",
        ),
        ("Die geplante Abschaffung der Stromsteuer wird teuer.", "Stromsteuer", "in_force"),
        # An appeal named by its noun and made.
        (
            "Das Gesundheitsamt richtet einen Aufruf an die Bevölkerung, sich gegen Grippe "
            "impfen zu lassen.",
            "Aufruf",
            "decided",
        ),
        (
            "Die Opposition fordert einen Appell der Regierung an die Bürger.",
            "Appell",
            "demanded",
        ),
        # A condition inside the sentence before the measure's clause.
        (
            "Wir senken die Netzentgelte, und sollten die Preise weiter steigen, werden wir "
            "einen Gaspreisdeckel einführen.",
            "Gaspreisdeckel",
            "hypothetical",
        ),
        (
            "Wir senken die Stromsteuer, und wenn die Preise weiter steigen, werden wir eine "
            "Preisbremse prüfen.",
            "Preisbremse",
            "hypothetical",
        ),
        # Suspending a right imposes the restriction; a suspended deportation has ended.
        (
            "Die Regierung hat den Familiennachzug für zwei Jahre ausgesetzt.",
            "Familiennachzug",
            "decided",
        ),
        ("Der Familiennachzug ist seit 2016 ausgesetzt.", "Familiennachzug", "in_force"),
        (
            "Die Abschiebungen nach Syrien sind seit 2012 ausgesetzt.",
            "Abschiebungen",
            "lifted_or_ended",
        ),
    ],
)
def test_session14_modality(text: str, trigger: str, modality: str) -> None:
    assert _modality(text, trigger) == modality


@pytest.mark.xfail(
    strict=True,
    reason="the separable verb 'lehnt … ab' around an inserted wie-clause is not matched "
    "across the commas, so the aside's 'fordert' gives the status",
)
def test_refusal_around_a_wie_aside() -> None:
    text = (
        "Die Regierung lehnt einen Industriestrompreis, wie ihn die IG Metall seit Monaten "
        "fordert, weiterhin ab."
    )
    assert _modality(text, "Industriestrompreis") == "rejected"


def _of_type(text: str, type_id: str) -> str:
    found = [m for m in polittext.classify_measures(text) if m.type == type_id]
    assert len(found) == 1, polittext.classify_measures(text)
    return found[0].modality.value


@pytest.mark.parametrize(
    ("text", "type_id", "modality"),
    [
        # A loosening that will not come keeps the measure.
        ("Die Sanktionen gegen Belarus werden wir nicht lockern.", "SANCTION_GENERAL", "in_force"),
        # Refusals: "spricht sich gegen … aus" with a "für" inside, a judgement, a vote.
        (
            "Der Verband spricht sich gegen eine Zuckersteuer für Limonaden aus.",
            "TAX_LEVY",
            "rejected",
        ),
        (
            "Ein Tempolimit auf allen Landstraßen halten wir für einen Fehler.",
            "REGULATION_LAW",
            "rejected",
        ),
        ("Die Grünen stimmen gegen die geplante Pkw-Maut.", "TAX_LEVY", "rejected"),
        (
            "Die Koalition wird dem Antrag auf eine Vermögensteuer nicht zustimmen.",
            "TAX_LEVY",
            "rejected",
        ),
        # A widening adopted in a zu-infinitive; a promised one is planned.
        (
            "Der Bundestag hat beschlossen, die Förderung für Wärmepumpen aufzustocken.",
            "SUBSIDY_FINANCIAL_AID",
            "extended",
        ),
        (
            "Die Regierung sagte zu, die Förderung für Wärmepumpen aufzustocken.",
            "SUBSIDY_FINANCIAL_AID",
            "planned",
        ),
        # Counterfactual "Ohne … gäbe"; breaking a measure presupposes it.
        (
            "Ohne die Hermesbürgschaften gäbe es viele Exportaufträge heute nicht.",
            "FINANCIAL_GUARANTEE",
            "hypothetical",
        ),
        (
            "Sollte Moskau das Abkommen brechen, verhängt die EU neue Sanktionen.",
            "AGREEMENT_TREATY",
            "in_force",
        ),
        # Struck as a whole: ended.
        (
            "Die Landesregierung hat die Zweitwohnungsteuer ersatzlos gestrichen.",
            "TAX_LEVY",
            "lifted_or_ended",
        ),
        # A demanded end after a relative clause; a lifting that waits for a condition.
        (
            "Die Grenzkontrollen, die der Minister angeordnet hat, müssen sofort beendet werden.",
            "MIGRATION_BORDER",
            "in_force",
        ),
        (
            "Wir werden die Einreiseverbote erst aufheben, wenn alle Gefangenen frei sind.",
            "TRAVEL_BAN",
            "in_force",
        ),
        # Questions and conditions.
        (
            "Ich frage den Minister: Wird es eine Erhöhung des Pflegegeldes geben?",
            "PAY_BENEFIT_CHANGE",
            "under_discussion",
        ),
        (
            "Washington droht mit neuen Strafzöllen, sollte die EU eine Digitalsteuer einführen.",
            "TAX_LEVY",
            "hypothetical",
        ),
        # Failing with a plan, a demand or a motion: the measure did not come.
        (
            "Die Ampel ist mit ihrem Vorhaben, eine Übergewinnsteuer einzuführen, gescheitert.",
            "TAX_LEVY",
            "negated",
        ),
        (
            "Die FDP ist mit ihrem Vorstoß für eine Senkung des Solis gescheitert.",
            "TAX_LEVY",
            "negated",
        ),
        # A closed border (the participle after the noun).
        ("Die Türkei hat ihre Grenze zu Syrien geschlossen.", "MIGRATION_BORDER", "decided"),
        ("Die Grenze zu Belarus bleibt geschlossen.", "MIGRATION_BORDER", "in_force"),
        # A one-off act in the present of a news report is done; a rule as subject states
        # what applies.
        ("Die Stadt verbietet Feuerwerk in der Innenstadt.", "REGULATION_LAW", "decided"),
        ("Das Gesetz verbietet Werbung für Tabak.", "REGULATION_LAW", "in_force"),
        # An embedded question governed by a planned weighing; a relative clause of
        # adoption a few words after the measure.
        (
            "Ob eine Übergewinnsteuer rechtlich möglich ist, wollen wir in Ruhe prüfen.",
            "TAX_LEVY",
            "considered",
        ),
        (
            "Mit der Erhöhung des Wehrsolds um 300 Euro im Monat, die wir gestern beschlossen "
            "haben, machen wir den Dienst attraktiver.",
            "PAY_BENEFIT_CHANGE",
            "decided",
        ),
        # Rules from dev16's errors, on sentences of our own.
        (
            "Die Landwirte warnen vor Zöllen auf Düngemittel, die die Preise weiter treiben "
            "könnten.",
            "TARIFF",
            "rejected",
        ),
        (
            "Der Antrag der Linken auf eine Vermögensabgabe ist im Bundestag gescheitert.",
            "TAX_LEVY",
            "negated",
        ),
        (
            "Wir setzen uns dafür ein, dass die EU ihre Sanktionen gegen Belarus aufrechterhält.",
            "SANCTION_GENERAL",
            "in_force",
        ),
        (
            "Union und SPD haben vereinbart, die Stromsteuer für alle zu senken.",
            "TAX_LEVY",
            "planned",
        ),
        ("Die EU und Kanada vereinbarten ein Freihandelsabkommen.", "AGREEMENT_TREATY", "decided"),
        (
            "Sollte es zu einem Angriff kommen, stehen wir zu unserer Beistandspflicht.",
            "SECURITY_GUARANTEE",
            "in_force",
        ),
        (
            "Den Familiennachzug setzen wir für weitere zwei Jahre aus.",
            "MIGRATION_BORDER",
            "planned",
        ),
        # A planned weighing; a separable programme act.
        ("Wir wollen eine Abgabe auf Einwegbecher prüfen.", "TAX_LEVY", "considered"),
        (
            "Wir legen ein Förderprogramm für Balkonkraftwerke auf.",
            "SUBSIDY_FINANCIAL_AID",
            "planned",
        ),
    ],
)
def test_session14_blind_set_rules(text: str, type_id: str, modality: str) -> None:
    assert _of_type(text, type_id) == modality


def test_a_closed_school_is_no_border_measure() -> None:
    assert (
        polittext.classify_measures("Die Schule ist wegen eines Wasserschadens geschlossen.") == []
    )
