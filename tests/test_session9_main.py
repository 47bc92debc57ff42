"""Session 9 (main): content clauses of cue nouns in the prefield.

``Auf die Frage, ob …, antwortete er`` and ``Die Sorge, dass …, ist groß``: the
``dass``/``ob`` clause of a cue noun ends where the main clause resumes with its
finite verb, not at the sentence end; and a question is not its own source. All
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import polittext


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            q.content.text,
            q.cue.text if q.cue else None,
            q.speaker.name if q.speaker else None,
        )
        for q in polittext.attribute_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Auf die Frage, ob die Praxisgebühr zurückkehre, antwortete Lauterbach: „Nein.“",
            "ob die Praxisgebühr zurückkehre",
        ),
        (
            "Auf die Frage, ob die Maut komme, sagte der Minister, das sei offen.",
            "ob die Maut komme",
        ),
        (
            "Die Sorge der Bauern, dass die Preise weiter fallen, ist groß.",
            "dass die Preise weiter fallen",
        ),
        (
            "Die Forderung der Grünen, dass der Kohleausstieg vorgezogen wird, wurde abgelehnt.",
            "dass der Kohleausstieg vorgezogen wird",
        ),
        (
            "Die Warnung des Verbands, dass Tausende Stellen wegfallen könnten, kann man nicht ignorieren.",
            "dass Tausende Stellen wegfallen könnten",
        ),
    ],
)
def test_content_clause_ends_before_the_resumed_main_clause(text: str, content: str) -> None:
    assert content in [c for c, _cue, _speaker in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The clause runs to the sentence end: coordinated verbs, no resumed main clause.
        (
            "Er äußerte die Sorge, dass die Preise fallen, steigen oder gleich bleiben.",
            "dass die Preise fallen, steigen oder gleich bleiben",
        ),
        (
            "Die Union erhob die Forderung, dass die Steuer sinkt, und zwar sofort.",
            "dass die Steuer sinkt, und zwar sofort",
        ),
    ],
)
def test_content_clause_without_a_resumed_main_clause_runs_on(text: str, content: str) -> None:
    assert content in [c for c, _cue, _speaker in _quotes(text)]


def test_the_answering_speaker_keeps_the_direct_quote() -> None:
    found = _quotes(
        "Auf die Frage, ob die Praxisgebühr zurückkehre, antwortete Lauterbach: „Nein.“"
    )
    assert ("Nein.", "antwortete", "Lauterbach") in found


def test_a_question_is_not_its_own_source() -> None:
    found = _quotes("Die Frage, ob die Steuer steigt, ist offen.")
    assert found == [("ob die Steuer steigt", "Frage", None)]


def test_a_report_that_opens_the_clause_stays_the_source() -> None:
    found = _quotes("Der Bericht, dass die Steuer steigt, ist falsch.")
    assert found == [("dass die Steuer steigt", "Bericht", "Bericht")]


def test_an_adverbial_prefield_is_no_message_of_the_inverted_cue() -> None:
    found = _quotes("Auf die Frage, ob die Maut komme, sagte der Minister, das sei offen.")
    assert ("ob die Maut komme", "Frage", None) in found
    assert ("das sei offen", "sagte", "Minister") in found
    assert not [c for c, _cue, _s in found if c.startswith("Auf die Frage")]


def test_a_prefield_with_a_main_clause_stays_the_message() -> None:
    text = "Trotz der Kritik, dass die Reform zu teuer sei, werde man festhalten, sagte Scholz."
    found = _quotes(text)
    assert (
        "Trotz der Kritik, dass die Reform zu teuer sei, werde man festhalten",
        "sagte",
        "Scholz",
    ) in found


# Surnames that are also cue nouns, after a known given name.


@pytest.mark.parametrize(
    "text",
    [
        "CDU-Gesundheitsexperte Tino Sorge sagte, das sei falsch.",
        "Der Abgeordnete Tino Sorge sagte, das sei falsch.",
        "Tino Sorge sagte, das sei falsch.",
    ],
)
def test_a_cue_noun_after_a_given_name_is_a_surname(text: str) -> None:
    assert [s for _c, _cue, s in _quotes(text)] == ["Tino Sorge"]


def test_a_cue_noun_after_a_role_alone_is_no_surname() -> None:
    # Only a given name licenses the noun as a surname; after a bare role it stays a noun.
    assert [s for _c, _cue, s in _quotes("Minister Kritik sagte, das sei falsch.")] == ["Minister"]


# "heißt es," frames an indicative message too; a free relative opens a main clause.


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Im Bericht heißt es, die Lage ist ernst.", "die Lage ist ernst"),
        (
            "Im Wahlprogramm heißt es, Spitzenverdiener sollten künftig mehr zahlen.",
            "Spitzenverdiener sollten künftig mehr zahlen",
        ),
        ("Aus dem Ministerium hieß es, man prüft die Vorschläge.", "man prüft die Vorschläge"),
    ],
)
def test_heisst_es_frames_an_indicative_message(text: str, content: str) -> None:
    assert content in [c for c, _cue, _s in _quotes(text)]


def test_das_heisst_frames_no_message() -> None:
    assert _quotes("Das heißt, wir müssen mehr investieren.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Wer mehr verdient, soll mehr zahlen, sagte Schwerdtner.",
            "Wer mehr verdient, soll mehr zahlen",
            "Schwerdtner",
        ),
        (
            "Was das kostet, wird sich zeigen, sagte der Minister.",
            "Was das kostet, wird sich zeigen",
            "Minister",
        ),
    ],
)
def test_a_free_relative_subject_opens_a_message(text: str, content: str, speaker: str) -> None:
    assert (content, "sagte", speaker) in _quotes(text)


@pytest.mark.parametrize(
    "text",
    ["Warum das so ist, erklärte der Minister nicht.", "Wer kommt, entschied der Vorstand."],
)
def test_a_bare_w_clause_before_a_cue_is_no_message(text: str) -> None:
    assert _quotes(text) == []


# A bracket that opens a sentence and is followed by a new one is a segment of its own.


def _texts(text: str) -> list[str]:
    return [s.text for s in polittext.split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das ist falsch.\n(Beifall bei der AfD)\nWir fordern ein Ende der Sanktionen.",
            ["Das ist falsch.", "(Beifall bei der AfD)", "Wir fordern ein Ende der Sanktionen."],
        ),
        (
            "Das ist gut. (Beifall) (Zuruf von der AfD: Quatsch!) Wir machen weiter.",
            ["Das ist gut.", "(Beifall)", "(Zuruf von der AfD: Quatsch!)", "Wir machen weiter."],
        ),
        ("(Foto: dpa) Die Kanzlerin kam.", ["(Foto: dpa)", "Die Kanzlerin kam."]),
        # Numbered paragraphs of a law, a bracket inside a sentence, a lower-case follower.
        (
            "(1) Die Würde des Menschen ist unantastbar. (2) Sie zu achten ist Pflicht.",
            ["(1) Die Würde des Menschen ist unantastbar.", "(2) Sie zu achten ist Pflicht."],
        ),
        (
            "Das ist falsch (wie alle wissen) und bleibt falsch.",
            ["Das ist falsch (wie alle wissen) und bleibt falsch."],
        ),
        ("(dpa) berlin ist groß.", ["(dpa) berlin ist groß."]),
    ],
)
def test_an_opening_bracket_before_a_new_sentence_is_split_off(
    text: str, expected: list[str]
) -> None:
    assert _texts(text) == expected


def test_an_interjection_is_not_the_speaker_of_the_next_sentence() -> None:
    text = (
        "Das ist falsch.\n(Beifall bei der AfD)\nDie Regierung habe versagt, sagte Weidel. "
        "Man müsse neu wählen."
    )
    names = {q.speaker.name for q in polittext.attribute_quotes(text) if q.speaker}
    assert "Beifall" not in names
    assert "Weidel" in names


# The infinitive of a modal in Konjunktiv I is reported, not a cue of its own.


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        (
            "Die Kasse stehe vor dem Kollaps, erklärte Linnemann. "
            "Man müsse über eine Kopplung des Rentenalters reden.",
            "Man müsse über eine Kopplung des Rentenalters reden.",
        ),
        (
            "Die Lage sei ernst, sagte Merz. Man müsse darüber sprechen, dass die Kassen leer seien.",
            "Man müsse darüber sprechen, dass die Kassen leer seien.",
        ),
    ],
)
def test_a_reported_modal_with_a_cue_infinitive_continues_the_speaker(
    text: str, continued: str
) -> None:
    found = _quotes(text)
    assert (continued, None, found[0][2]) in found


def test_an_indicative_modal_with_a_cue_infinitive_continues_nothing() -> None:
    found = _quotes("Die Kasse stehe vor dem Kollaps, erklärte Linnemann. Man muss darüber reden.")
    assert [c for c, _cue, _s in found] == ["Die Kasse stehe vor dem Kollaps"]


# A fronted conditional clause names no actor of a measure in the main clause.


def _measures(text: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.actor.text if m.actor else None) for m in polittext.classify_measures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sollte Russland weiter angreifen, könnten neue Sanktionen folgen.",
            [("SANCTION_GENERAL", None)],
        ),
        (
            "Sollte Russland weiter angreifen, wird die EU neue Sanktionen verhängen.",
            [("SANCTION_GENERAL", "EU")],
        ),
        (
            "Wäre der Iran nicht eingelenkt, hätte Washington Strafzölle verhängt.",
            [("TARIFF", "Washington")],
        ),
        # The measure inside the fronted clause keeps that clause's subject.
        ("Wenn die EU Sanktionen verhängt, reagiert Moskau.", [("SANCTION_GENERAL", "EU")]),
        (
            "Sollte die Regierung das Verbot beschließen, klagen die Verbände.",
            [("REGULATION_LAW", "Regierung")],
        ),
    ],
)
def test_fronted_conditionals_and_the_actor(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _measures(text) == expected


# A headline that opens with a quotation before its colon.


def _quotes_with_kind(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.content.text, q.speaker.name if q.speaker else None)
        for q in polittext.attribute_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Das ist Erpressung“: Kiew reagiert empört\n\nDie Ukraine wies die Forderungen zurück.",
            [("direct", "Das ist Erpressung", "Ukraine")],
        ),
        (
            "„Wir schaffen das“: Merkel verteidigt ihre Politik\n\nDie Kanzlerin sprach in Berlin.",
            [("direct", "Wir schaffen das", "Merkel")],
        ),
        # No name opens the claim: a quotation without a speaker, never the quote as speaker.
        (
            "„Nie wieder“: Tausende demonstrieren in Berlin\n\nIn Berlin demonstrierten Tausende.",
            [("direct", "Nie wieder", None)],
        ),
        # Spaces inside the marks are not part of the quote; a blank quotation is none.
        ("„ Nie wieder “: Tausende demonstrieren", [("direct", "Nie wieder", None)]),
        ("„   “: Tausende demonstrieren", []),
    ],
)
def test_a_quotation_before_a_headline_colon_is_a_direct_quote(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _quotes_with_kind(text) == expected


def test_a_name_before_a_headline_colon_stays_the_speaker() -> None:
    text = "Kallas: Europa muss handeln\n\nDie EU-Chefdiplomatin Kaja Kallas sprach in Brüssel."
    assert _quotes_with_kind(text) == [("headline", "Europa muss handeln", "Kaja Kallas")]


# An indirect "message" with no word that could be a verb is a name or a noun phrase.


@pytest.mark.parametrize(
    "text",
    [
        "Für den Parteivorsitz haben sich zwei Bewerber gemeldet: Maria Schulz und Peter Wagner.",
        "Die Namen der neuen Minister lauten: Eva Berger, Jonas Keller und Lena Roth.",
        "Die Zahlen lauten: CDU 31 Prozent, SPD 28 Prozent.",
    ],
)
def test_a_verbless_noun_phrase_after_a_cue_is_no_message(text: str) -> None:
    assert [k for k, _c, _s in _quotes_with_kind(text) if k == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Er sagte, die Lage sei ernst.", "die Lage sei ernst"),
        ("Er fragte: Ist das ein Gesetzentwurf?", "Ist das ein Gesetzentwurf"),
        ("Sie antwortete knapp: Nein.", "Nein"),
    ],
)
def test_messages_with_a_verb_or_a_one_word_answer_stay(text: str, content: str) -> None:
    assert [c for _k, c, _s in _quotes_with_kind(text) if c.startswith(content)]


# A singular modal in Konjunktiv II is the narrator's conditional, not reported speech.


@pytest.mark.parametrize(
    "follower",
    [
        "Am 20. August müsste das Land die erste Rate zahlen.",
        "Das könnte für die Koalition teuer werden.",
        "Eine Einigung dürfte noch Wochen dauern.",
    ],
)
def test_a_singular_modal_konjunktiv_ii_does_not_continue_a_report(follower: str) -> None:
    text = "Die Steuer sei zu hoch, sagte Merz. " + follower
    assert [c for _k, c, _s in _quotes_with_kind(text)] == ["Die Steuer sei zu hoch"]


@pytest.mark.parametrize(
    "follower",
    [
        "Die Bürger hätten genug gezahlt.",
        "Es wäre ein Fehler, jetzt nachzugeben.",
        "Man müsse die Mitte entlasten.",
    ],
)
def test_konjunktiv_i_and_its_substitutes_continue_a_report(follower: str) -> None:
    text = "Die Steuer sei zu hoch, sagte Merz. " + follower
    assert (follower, "Merz") in [(c, s) for _k, c, s in _quotes_with_kind(text)]


# Ruling a measure out, and excluding someone from something.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finanzminister Lindner hat Steuererhöhungen kategorisch ausgeschlossen.",
            ("TAX_LEVY", "rejected"),
        ),
        ("Eine Steuererhöhung ist ausgeschlossen.", ("TAX_LEVY", "rejected")),
        ("Die Regierung hat eine Maut nicht ausgeschlossen.", ("TAX_LEVY", "considered")),
        (
            "Die EU hat weitere russische Banken vom Zahlungssystem SWIFT ausgeschlossen.",
            ("FINANCIAL_RESTRICTION", "decided"),
        ),
        ("Die Maut soll 2027 kommen.", ("TAX_LEVY", "planned")),
    ],
)
def test_ruled_out_and_excluded(text: str, expected: tuple[str, str]) -> None:
    assert [(m.type, m.modality.value) for m in polittext.classify_measures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Diplomatenkreisen wird damit gerechnet, dass die EU das 20. Sanktionspaket im Dezember verabschiedet.",
            ("SANCTION_GENERAL", "planned"),
        ),
        (
            "Beobachter erwarten, dass der Bundestag die Reform noch vor Weihnachten beschließt.",
            ("REGULATION_LAW", "planned"),
        ),
        # "wie erwartet" qualifies an act that happened.
        ("Der Bundestag hat die Reform wie erwartet beschlossen.", ("REGULATION_LAW", "decided")),
    ],
)
def test_an_expected_measure_is_planned(text: str, expected: tuple[str, str]) -> None:
    assert [(m.type, m.modality.value) for m in polittext.classify_measures(text)] == [expected]


# The polite "Sie" after a vocative is the person addressed.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Frau Weidel, Sie haben gesagt, die Sanktionen schadeten nur uns selbst.", "Weidel"),
        ("Herr Dr. Schäuble, Sie haben gesagt, die Schuldenbremse sei heilig.", "Schäuble"),
        (
            "Frau Kollegin Göring-Eckardt, Sie haben behauptet, das Gesetz sei verfassungswidrig.",
            "Göring-Eckardt",
        ),
    ],
)
def test_sie_after_a_vocative_is_the_addressee(text: str, speaker: str) -> None:
    assert [s for _k, _c, s in _quotes_with_kind(text)] == [speaker]


def test_sie_without_a_vocative_in_its_sentence_stays_an_anonymous_addressee() -> None:
    text = "Frau Weidel spricht gleich. Doch zuerst haben Sie gesagt, das sei falsch."
    assert [s for _k, _c, s in _quotes_with_kind(text)] == ["Sie"]


def test_a_conditional_prefield_is_no_message() -> None:
    assert _quotes_with_kind("Sollte die Regierung das Verbot beschließen, klagen wir.") == []
    text = "Sollte die Regierung das Verbot beschließen, werde man klagen, sagte der Verbandschef."
    assert [c for _k, c, _s in _quotes_with_kind(text)] == [
        "Sollte die Regierung das Verbot beschließen, werde man klagen"
    ]


# Reportative "soll" after a paragraph break.


def test_soll_after_a_paragraph_break_is_a_plan_not_a_report() -> None:
    text = (
        "Die Lage sei ernst, teilte die Polizei mit.\n\n"
        "Der Emissionshandel soll um ein Jahr verschoben werden."
    )
    assert [c for _k, c, _s in _quotes_with_kind(text)] == ["Die Lage sei ernst"]
    assert [(m.type, m.modality.value) for m in polittext.classify_measures(text)] == [
        ("TAX_LEVY", "planned")
    ]


def test_soll_of_a_past_act_continues_across_a_paragraph_break() -> None:
    text = "Die Lage sei ernst, teilte die Polizei mit.\n\nDer Täter soll über die Grenze geflohen sein."
    assert ("free_indirect", "Der Täter soll über die Grenze geflohen sein.", "Polizei") in (
        _quotes_with_kind(text)
    )


def test_soll_within_a_paragraph_continues() -> None:
    text = "Die Emissionen sollen sinken, teilte die Ratspräsidentschaft mit. Der Handel soll später starten."
    assert ("free_indirect", "Der Handel soll später starten.", "Ratspräsidentschaft") in (
        _quotes_with_kind(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Umweltverbände kritisierten den Kompromiss als zu schwach.",
            [
                (
                    "reported",
                    "Umweltverbände kritisierten den Kompromiss als zu schwach.",
                    "Umweltverbände",
                )
            ],
        ),
        (
            "Die Kommission stufte das Risiko als hoch ein.",
            [("reported", "Die Kommission stufte das Risiko als hoch ein.", "Kommission")],
        ),
        # Without "als", criticism is a speech event, no report of what was said.
        ("Die Opposition kritisierte den Plan scharf.", []),
    ],
)
def test_a_judgement_with_als_is_a_narrative_report(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _quotes_with_kind(text) == expected


def test_a_pronoun_speaker_takes_the_name_of_a_later_description() -> None:
    assert _quotes_with_kind("Er werde darüber reden, sagte der Minister.") == [
        ("indirect", "Er werde darüber reden", "Minister")
    ]
