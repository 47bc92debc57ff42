"""Session 11: parentheses and comma-joined main clauses in attribution and
modality. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import polittext
from polittext.frames import SentenceFrame


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None)
        for q in polittext.attribute_quotes(text)
    ]


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.trigger.text, m.modality.value) for m in polittext.classify_measures(text)]


def test_a_comma_inside_parentheses_does_not_end_the_clause() -> None:
    text = (
        "Außenministerin Anna Berg (SPD) hat nach einem Treffen mit ihrem Amtskollegen "
        "Jean Dupont (Renaissance, frz. Partei des Präsidenten) betont, die "
        "Partnerschaft sei stabil."
    )
    assert _quotes(text) == [("die Partnerschaft sei stabil", "betont", "Anna Berg")]


def test_bracketed_token_ranges() -> None:
    text = "Die Partei (gegründet 1990, Sitz in Bonn) und der Verband (e. V.) klagen."
    frame = SentenceFrame.build(text, 0, len(text))
    assert [(frame.words[a], frame.words[b]) for a, b in frame.bracketed()] == [
        ("gegründet", "Bonn"),
        ("e", "V"),
    ]
    # The comma inside the first pair breaks no clause; the sentence is one clause.
    assert frame.clause_start(len(frame.words) - 1) == 0


def test_a_time_inside_parentheses_is_not_the_measure_s_time() -> None:
    # "seit 2024" dates the government, not the sanctions: they are decided, as
    # without the parenthesis.
    text = "Die Regierung (Kabinett Müller, seit 2024 im Amt) hat neue Sanktionen gegen Iran beschlossen."
    assert _measures(text) == [("SANCTION_GENERAL", "Sanktionen", "decided")]
    plain = "Die Regierung hat neue Sanktionen gegen Iran beschlossen."
    assert _measures(plain) == [("SANCTION_GENERAL", "Sanktionen", "decided")]


def test_a_time_around_the_measure_inside_parentheses_still_counts() -> None:
    text = "Die Opposition kritisiert das Tempolimit (seit 2023 in Kraft)."
    assert [m[2] for m in _measures(text)] == ["in_force"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Landrat Peter Kurz (CDU) lehnte den Antrag ab, die Sprecherin der "
            "Opposition, Eva Lind (SPD), sagte: „Das ist ein Fehler.“",
            "Eva Lind",
        ),
        (
            "Die Ministerin hatte den Plan verteidigt, der Präsident des Verbands, "
            "Jonas Adler, erklärte dagegen, die Kosten seien zu hoch.",
            "Jonas Adler",
        ),
    ],
)
def test_an_apposition_after_a_clause_of_its_own_is_the_subject(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


def test_a_subject_shared_by_two_verbs_after_a_comma_stays() -> None:
    # No noun phrase between the two verbs: the first clause's subject speaks.
    text = "Die Ministerin wies die Vorwürfe zurück, erklärte aber, sie werde den Bericht prüfen."
    assert [q[2] for q in _quotes(text)] == ["Ministerin"]


def test_a_regnal_number_s_period_does_not_cut_the_quote_from_its_cue() -> None:
    text = (
        "Später sagte die Bischöfin Anna Roth vor der Presse, Papst Leo XIV. „ist ein "
        "Mann des Ausgleichs“."
    )
    assert [q[1:] for q in _quotes(text)] == [("sagte", "Anna Roth")]


def test_abbreviation_periods() -> None:
    from polittext.sentences import abbreviation_period

    assert [abbreviation_period(w) for w in ("Abs", "3", "B", "XVI", "Merz", "")] == [
        True,
        True,
        True,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Ministerpräsident kritisierte die Behörden in Hamburg. Sie hätten voreilig gewarnt.",
            "Ministerpräsident",
        ),
        (
            "Die Sprecherin des Verbands lobte die Demonstranten. Sie hätten friedlich protestiert.",
            "Sprecherin des Verbands",
        ),
    ],
)
def test_a_role_before_the_verb_speaks_on_not_the_group_after_it(text: str, speaker: str) -> None:
    # The cue has no message; the Konjunktiv sentence after it continues the
    # role's words, not the object group's.
    quotes = polittext.attribute_quotes(text)
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("reported", speaker)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern ließ durchblicken, dass ein neues Werk entstehen solle.",
        "Die Kanzlerin ließ in ihrer Rede anklingen, dass sie eine Reform plane.",
    ],
)
def test_hinting_verbs_with_lassen_are_cues(text: str) -> None:
    quotes = polittext.attribute_quotes(text)
    assert [q.kind.value for q in quotes] == ["indirect"]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text.split()[-1] in {"durchblicken", "anklingen"}
    assert quotes[0].content.text.startswith("dass")


def test_the_literal_separable_verb_is_no_quote() -> None:
    assert polittext.attribute_quotes("Er blickt bei den neuen Regeln nicht durch.") == []


def test_a_city_after_nach_is_a_direction_not_the_speaker() -> None:
    text = "Der Kanzler reiste nach Paris und erklärte dort, Europa müsse zusammenstehen."
    assert [q[2] for q in _quotes(text)] == ["Kanzler"]
    # "aus" keeps a place as a source: the government speaks from there.
    assert [q[2] for q in _quotes("Aus Moskau hieß es, man prüfe die Vorschläge.")] == ["Russland"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # Breaking a measure presupposes that it applies (docs/labelling.rst: in_force).
        (
            "Wer die Finanzsanktionen gegen Nordkorea umgeht, muss mit Haftstrafen rechnen.",
            "in_force",
        ),
        ("Wer gegen das Zweckentfremdungsverbot verstößt, zahlt ein Bußgeld.", "in_force"),
        ("Firmen, die das Ölembargo unterlaufen, drohen hohe Strafen.", "in_force"),
        # An existing guarantee called under a condition (the labelling guide's example).
        ("Sollte die Bank ausfallen, haftet das Land mit seiner Bürgschaft.", "in_force"),
        (
            "Sollte der Energieversorger zahlungsunfähig werden, greift die Landesbürgschaft.",
            "in_force",
        ),
        # Counter-examples: the measure itself is only imagined or demanded.
        ("Wer Sanktionen gegen China fordert, gefährdet Arbeitsplätze.", "hypothetical"),
        ("Falls Belgrad die Truppen nicht abzieht, drohen Einreiseverbote.", "hypothetical"),
        (
            "Wenn die Preise weiter steigen, gilt die Mietpreisbremse auch für Neubauten.",
            "hypothetical",
        ),
    ],
)
def test_violated_and_called_measures_are_in_force(text: str, modality: str) -> None:
    assert [m[2] for m in _measures(text)] == [modality]


def test_the_measure_is_not_its_own_actor() -> None:
    (measure,) = polittext.classify_measures(
        "Falls Belgrad die Truppen nicht abzieht, drohen Einreiseverbote."
    )
    assert measure.actor is None
    # A commission named after its field acts itself.
    (measure,) = polittext.classify_measures(
        "Die Mindestlohnkommission hat eine Anhebung des Mindestlohns auf 15 Euro vorgeschlagen."
    )
    assert measure.actor is not None
    assert measure.actor.text == "Mindestlohnkommission"


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        (
            "Die Friedenstruppe wird nur entsandt, wenn das Parlament zustimmt.",
            ["hypothetical"],
        ),
        (
            "Die Koalition will das Bürgergeld erst erhöhen, wenn die Steuereinnahmen steigen.",
            ["hypothetical"],
        ),
        # "wenn auch" concedes: the extension is done.
        (
            "Die Regierung hat die Sanktionen verlängert, wenn auch nur um drei Monate.",
            ["extended"],
        ),
        # Without "nur"/"erst" the trailing clause is left alone.
        (
            "Die Koalition will das Bürgergeld erhöhen, wenn die Steuereinnahmen steigen.",
            ["planned"],
        ),
    ],
)
def test_a_plan_only_under_a_condition_is_hypothetical(text: str, modalities: list[str]) -> None:
    assert [m[2] for m in _measures(text)] == modalities


def test_a_denied_report_about_a_measure_negates_it() -> None:
    text = "Das Finanzministerium dementiert Berichte über einen zweiten Nachtragshaushalt."
    assert [m[2] for m in _measures(text)] == ["negated"]
    text = "Die Staatskanzlei bestreitet Spekulationen über eine neue Zweitwohnungsteuer."
    assert [m[2] for m in _measures(text)] == ["negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure named as the time after which something is to happen.
        (
            "Die Minister beraten über Hilfen für den Wiederaufbau nach einem Friedensabkommen.",
            ("AGREEMENT_TREATY", "hypothetical"),
        ),
        # Past: it happened.
        (
            "Nach einem Waffenstillstand im Jahr 2020 kehrte in der Region Ruhe ein.",
            ("AGREEMENT_TREATY", "in_force"),
        ),
        # The object of a demand noun is demanded, not a time.
        (
            "Die Forderung nach einem Tempolimit wird lauter.",
            ("REGULATION_LAW", "demanded"),
        ),
        # Stopping a change rejects the change; the measure itself is not ended.
        (
            "Das Verfassungsgericht kippte die Erhöhung der Grundsteuer.",
            ("TAX_LEVY", "rejected"),
        ),
        ("Das Gericht kippte das Tempolimit.", ("REGULATION_LAW", "lifted_or_ended")),
        # A debate said not to take place opens none.
        (
            "Die Sanktionen bleiben in Kraft, darüber wird nicht verhandelt.",
            ("SANCTION_GENERAL", "in_force"),
        ),
        (
            "Über die Sanktionen wird in Brüssel verhandelt.",
            ("SANCTION_GENERAL", "under_discussion"),
        ),
    ],
)
def test_future_times_stopped_changes_and_refused_debates(
    text: str, expected: tuple[str, str]
) -> None:
    found = {(m[0], m[2]) for m in _measures(text)}
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wer Oppositionelle im Ausland vergiften lässt, muss mit harten Sanktionen rechnen.",
            ("SANCTION_GENERAL", "hypothetical"),
        ),
        (
            "Sollte der Flughafen zahlungsunfähig werden, springt das Land mit seiner "
            "Ausfallbürgschaft ein.",
            ("FINANCIAL_GUARANTEE", "in_force"),
        ),
        (
            "Israel ordnet die Einberufung von 60.000 weiteren Reservisten an.",
            ("CONSCRIPTION_MOBILISATION", "decided"),
        ),
        (
            "Der Bund stockt die Hilfen für Landwirte um 200 Millionen Euro auf.",
            ("SUBSIDY_FINANCIAL_AID", "extended"),
        ),
        (
            "Die Bundesregierung stellt ihre Waffenlieferungen an Israel vorerst ein.",
            ("MILITARY_AID", "lifted_or_ended"),
        ),
        (
            "Für die Rentner gibt es zum 1. Juli eine Rentenerhöhung von 3,7 Prozent.",
            ("PAY_BENEFIT_CHANGE", "decided"),
        ),
        # "aussprechen" without "sich" imposes; with it, it takes a position.
        (
            "Gegen vier Richter hat das US-Außenministerium Visasperren ausgesprochen.",
            ("TRAVEL_BAN", "decided"),
        ),
        ("Wir haben uns gegen eine Maut ausgesprochen.", ("TAX_LEVY", "rejected")),
        (
            "Der Parteitag hat sich für ein Tempolimit ausgesprochen.",
            ("REGULATION_LAW", "demanded"),
        ),
    ],
)
def test_session11_status_verbs(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(m[0], m[2]) for m in _measures(text)}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # The beneficiaries or the affected in a prepositional phrase do not act.
        ("Für die Rentner gibt es zum 1. Juli eine Rentenerhöhung.", None),
        ("Gegen den Minister besteht seit 2022 ein Einreiseverbot für die EU.", None),
        # "während" opens a clause; its subject acts.
        (
            "Während die Koalition über das Rentenpaket stritt, protestierten Studierende.",
            "Koalition",
        ),
    ],
)
def test_an_actor_is_not_inside_a_prepositional_phrase(text: str, actor: str | None) -> None:
    (measure,) = polittext.classify_measures(text)
    assert (measure.actor.text if measure.actor else None) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Erst nach umfangreichen Ermittlungen, die der Anwalt bezahlte, kam die Wahrheit ans Licht.",
        "Kurz nach der Meldung vom Rücktritt stiegen die Kurse.",
    ],
)
def test_a_temporal_nach_is_no_source_phrase(text: str) -> None:
    assert polittext.attribute_quotes(text) == []


def test_a_source_nach_still_is() -> None:
    assert _quotes("Nach ersten Ermittlungen der Polizei war der Fahrer betrunken.") == [
        ("war der Fahrer betrunken", "Nach ersten Ermittlungen", "Polizei")
    ]


def test_a_colon_line_with_woertlich_names_its_speaker() -> None:
    text = "Die Gebühren steigen erneut. Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der Tasche.“"
    assert [q[2] for q in _quotes(text)] == ["Koppelin"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Waffenruhe im Gazastreifen ist nach drei Wochen zusammengebrochen.",
        "Die Waffenruhe bricht nach drei Tagen zusammen.",
        "Zum zweiten Mal haben die USA dem Pariser Klimaabkommen den Rücken gekehrt.",
        "Die Regierung hat das Tempolimit auf Eis gelegt.",
    ],
)
def test_collapse_leaving_and_shelving_end_a_measure(text: str) -> None:
    assert [m[2] for m in _measures(text)] == ["lifted_or_ended"]


def test_a_shelved_project_is_still_debated() -> None:
    # A measure that lies "auf Eis" is stalled, still open (the convention of
    # tests/test_measure_modality_round5.py), not ended.
    assert [m[2] for m in _measures("Die Pkw-Maut liegt seit Monaten auf Eis.")] == [
        "under_discussion"
    ]


def test_a_quoted_source_name_is_no_quote_and_no_subject() -> None:
    text = "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm benachteiligt werde."
    quotes = _quotes(text)
    # No quote of the name itself; the cue's speaker is "er", not the website.
    assert "tagesschau.de" not in [q[0] for q in quotes]
    assert ("dass sein Stamm benachteiligt werde", "kritisiert", "er") in quotes


def test_a_quote_after_laut_with_words_of_its_own_stays() -> None:
    text = "Die Lage ist laut Experten „ausgesprochen prekär“."
    assert "ausgesprochen prekär" in [q[0] for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wie ein Vertreter des Mutterkonzerns von Airbus, EADS, heute mitteilte, wurde das Werk verkauft.",
            "Vertreter",
        ),
        (
            "Wie die Chefin der Behörde, Anna Berg, gestern erklärte, sei die Lage ernst.",
            "Anna Berg",
        ),
    ],
)
def test_a_long_wie_clause_with_apposition_and_adverb(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Fraktionsvorsitzende im Landtag, Wolfgang Jüttner, hatte Lenz gestern "
            "aufgefordert, sein Mandat niederzulegen.",
            "Wolfgang Jüttner",
        ),
        (
            "Bazoum Mohammed, Sprecher der oppositionellen Gruppierung CFDR, forderte die "
            "Militärjunta dazu auf, zur Demokratie zurückzukehren.",
            "Bazoum Mohammed",
        ),
    ],
)
def test_appositions_before_the_verb_name_the_subject(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die EU friert das Vermögen russischer Oligarchen ein.", "russischer Oligarchen"),
        (
            "Die Bank hat die Guthaben der iranischen Zentralbank gesperrt.",
            "iranischen Zentralbank",
        ),
    ],
)
def test_a_demonym_target_is_its_whole_noun_phrase(text: str, target: str) -> None:
    (measure,) = polittext.classify_measures(text)
    assert measure.target is not None
    assert measure.target.text == target


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # A demonym attribute names the imposing side (docs/labelling.rst).
        (
            "Die chinesischen Exportkontrollen für Gallium belasten die Industrie.",
            "chinesischen",
            "Gallium",
        ),
        (
            "Die neuen amerikanischen Zölle auf Stahl treffen die Hersteller.",
            "amerikanischen",
            "Stahl",
        ),
        # On assets it names their owner: a target.
        (
            "Rund 200 Milliarden Euro an russischem Zentralbankvermögen sind in der EU eingefroren.",
            None,
            "russischem Zentralbankvermögen",
        ),
    ],
)
def test_a_demonym_on_the_trigger(text: str, actor: str | None, target: str | None) -> None:
    (measure,) = polittext.classify_measures(text)
    assert (measure.actor.text if measure.actor else None) == actor
    assert (measure.target.text if measure.target else None) == target


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Im Januar legte er sein Amt nieder und verkündete, sich künftig als Berater zu betätigen.",
            "er",
        ),
        ("Am Montag trat sie zurück und betonte, sie habe keine Fehler gemacht.", "sie"),
    ],
)
def test_a_coordinated_cue_shares_the_first_verb_s_pronoun_subject(text: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(text)] == [speaker]


def test_a_quotation_after_the_subject_s_modal_is_the_subject_s() -> None:
    text = (
        "Auch der Sprecher der SPD-Fraktion, Dieter Wiefelspütz, will „in den kommenden "
        "Wochen sorgfältig prüfen“, ob ein neues Verfahren sinnvoll ist."
    )
    assert [q[2] for q in _quotes(text)] == ["Dieter Wiefelspütz"]
    # No person before the modal: no speaker is guessed.
    assert [q[2] for q in _quotes("Die Regierung will nun „alles tun, was möglich ist“.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Grünen fordern ein Rüstungsexportkontrollgesetz.", ("ARMS_EMBARGO", "demanded")),
        (
            "Die Regierung will Rüstungsexporte in Krisengebiete endlich stoppen.",
            ("ARMS_EMBARGO", "planned"),
        ),
        (
            "Die Bundeswehr setzt die gemeinsamen Übungen mit der Armee Nigers aus.",
            ("MILITARY_COOPERATION_SUSPENSION", "decided"),
        ),
        (
            "Israel und Bahrain haben ihre diplomatischen Beziehungen normalisiert.",
            ("DIPLOMATIC_MEASURE", "decided"),
        ),
        (
            "Als zentrale Bedingung für eine Einigung verlangt Ankara die Auslieferung der Aktivisten.",
            ("NEGOTIATION_DEMAND_CONCESSION", "demanded"),
        ),
    ],
)
def test_session11_triggers(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(m[0], m[2]) for m in _measures(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Der Chor sagte die gemeinsamen Übungen ab.",
        "Unter der Bedingung, dass es nicht regnet, findet das Fest statt.",
    ],
)
def test_session11_trigger_traps(text: str) -> None:
    assert _measures(text) == []


def test_a_reporting_medium_is_no_actor() -> None:
    (measure,) = polittext.classify_measures(
        "Die Zeitung berichtet über neue Sanktionen gegen China."
    )
    assert measure.actor is None
    (measure,) = polittext.classify_measures("Die Zeitung fordert ein Tempolimit.")
    assert measure.actor is not None
    assert measure.actor.text == "Die Zeitung"


def test_mit_den_worten_after_an_insertion_is_the_subject_s() -> None:
    text = (
        "Er trat dem Vorwurf der Verteidigung, das Gericht sei nicht legitim, mit den Worten "
        "entgegen, das Gericht sei ein irakisches."
    )
    quotes = _quotes(text)
    assert ("das Gericht sei ein irakisches", "Worten", "Er") in quotes


def test_zitierte_man_quotes_its_object() -> None:
    text = "„Wir sind unwillkommene Zeugen“, zitierte man die Reporterin Yolanda Alvarez."
    assert [q[2] for q in _quotes(text)] == ["Yolanda Alvarez"]
    # A named subject that quotes stays the source, as in the annotated news data.
    text = "„Das ist ein Skandal“, zitiert die Zeitung den Minister."
    assert [q[2] for q in _quotes(text)] == ["Zeitung"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Innenminister kündigte an, Asylbewerber künftig an der Grenze zurückzuweisen.",
            [("MIGRATION_BORDER", "planned")],
        ),
        (
            "Thailand hat die Schließung der Grenze zu Kambodscha angeordnet.",
            [("MIGRATION_BORDER", "decided")],
        ),
        # Rejecting accusations at a border is no border measure.
        ("Die Ministerin hat die Vorwürfe an der Grenze zurückgewiesen.", []),
    ],
)
def test_session11_border_triggers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m[0], m[2]) for m in _measures(text)] == expected
