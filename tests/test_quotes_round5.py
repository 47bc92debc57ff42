"""Quote messages and cues, fifth round (issue #4).

Every expected row was written from reading the German sentence: the kind,
the message (content), the cue and the speaker's mention as a reader finds
them.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import rows
from polittext.cues import cue_noun_lemmas, cue_nouns

# --- cue nouns: plurals in -nisse and with an umlaut ----------------------------


@pytest.mark.parametrize(
    ("noun", "lemma"),
    [
        ("Erkenntnisse", "Erkenntnis"),
        ("Erkenntnissen", "Erkenntnis"),
        ("Ergebnissen", "Ergebnis"),
        ("Vorwürfe", "Vorwurf"),
        ("Auskünften", "Auskunft"),
    ],
)
def test_cue_noun_plural_forms(noun: str, lemma: str) -> None:
    assert noun in cue_nouns()
    assert cue_noun_lemmas()[noun] == lemma


def test_nach_ersten_erkenntnissen_is_a_source_phrase() -> None:
    text = "Nach ersten Erkenntnissen war das Feuer in der Küche ausgebrochen."
    assert rows(text) == [
        (
            "indirect",
            "war das Feuer in der Küche ausgebrochen",
            "Nach ersten Erkenntnissen",
            "ersten Erkenntnissen",
        )
    ]


def test_umlaut_plural_cue_noun_frames_a_dass_clause() -> None:
    text = "Die Opposition erhob Vorwürfe, dass der Minister gelogen habe."
    assert rows(text) == [
        ("indirect", "dass der Minister gelogen habe", "Vorwürfe", "Opposition"),
    ]


# --- Konjunktiv II of strong verbs standing in for Konjunktiv I -----------------


def test_strong_konjunktiv_two_continues_reported_speech() -> None:
    text = (
        "Primus wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig. "
        "Die Krankenkassen brächten etwa zwei Milliarden Euro jährlich auf."
    )
    assert rows(text) == [
        (
            "reported",
            "In Zeiten knapper Kassen sei die Studie richtig. "
            "Die Krankenkassen brächten etwa zwei Milliarden Euro jährlich auf.",
            None,
            "Primus",
        )
    ]


def test_plural_konjunktiv_two_after_a_speaker_is_reported() -> None:
    text = "Die Sprecherin bestätigte den Angriff. Die Täter kämen aus dem Ausland."
    assert rows(text) == [
        ("reported", "Die Täter kämen aus dem Ausland.", None, "Die Sprecherin"),
    ]


def test_konjunktiv_two_without_a_speaker_before_is_no_quote() -> None:
    # Only an unambiguous Konjunktiv I reports without a speaker in the sentence
    # before; "kämen" may be a plain conditional.
    assert rows("Die Täter kämen aus dem Ausland.") == []


# --- participles before their auxiliary ------------------------------------------


def test_passive_participle_is_no_cue_of_the_sentence() -> None:
    # "verboten worden" is the passive participle, not the past plural "sie
    # verboten": the sentence has no cue of its own and continues the report.
    text = (
        "Georg Ratzinger war eingeweiht. Der Rücktritt sei ein natürlicher Vorgang. "
        "Das Gehen bereite seinem Bruder Schwierigkeiten, ärztlich seien ihm lange "
        "Flüge verboten worden."
    )
    found = polittext.attribute_quotes(text)
    assert [(q.kind.value, q.content.text) for q in found] == [
        (
            "reported",
            "Der Rücktritt sei ein natürlicher Vorgang. Das Gehen bereite seinem Bruder "
            "Schwierigkeiten, ärztlich seien ihm lange Flüge verboten worden.",
        )
    ]


def test_participle_with_auxiliary_after_it_frames_a_colon_message() -> None:
    # "gesagt hat:" is a perfect like "hat gesagt:", its auxiliary at the clause end.
    text = "Wir wissen, was der Kollege gesagt hat: Die Lage ist ernst."
    found = polittext.attribute_quotes(text)
    assert ("indirect", "Die Lage ist ernst", "gesagt") in [
        (q.kind.value, q.content.text, q.cue.text if q.cue else None) for q in found
    ]


# --- an article after the cue's comma opens the message ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "General Sonthi erklärte, die noch zu schaffende Verfassung werde die Rolle "
            "des Militärs festschreiben.",
            (
                "indirect",
                "die noch zu schaffende Verfassung werde die Rolle des Militärs festschreiben",
                "erklärte",
                "Sonthi",
            ),
            id="article-adverb",
        ),
        pytest.param(
            "Die Ministerin sagte, die von der Regierung geplante Reform komme zu spät.",
            (
                "indirect",
                "die von der Regierung geplante Reform komme zu spät",
                "sagte",
                "Die Ministerin",
            ),
            id="article-preposition",
        ),
    ],
)
def test_article_right_after_the_cue_is_no_relative_pronoun(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    # A relative pronoun needs a noun before the comma; after the verb itself
    # "die" is the article of the message's subject.
    assert rows(text) == [expected]


def test_relative_clause_after_a_noun_is_still_no_message() -> None:
    # "der" after "Plan" is a relative pronoun: the clause describes the plan.
    assert rows("Der Minister lobte den Plan, der die Steuern senken soll.") == []


# --- judging verbs frame the quoted word of their "als"-phrase -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Die Justizministerin wies dies am Rande einer Tagung als „Unverschämtheit“ zurück.",
            (
                "mixed",
                "Unverschämtheit",
                "wies dies am Rande einer Tagung als „Unverschämtheit“ zurück",
                "Die Justizministerin",
            ),
            id="zurueckweisen",
        ),
        pytest.param(
            "Der Kanzler verurteilte den Anschlag als „feige“.",
            ("mixed", "feige", "verurteilte", "Der Kanzler"),
            id="verurteilen",
        ),
    ],
)
def test_judging_verb_frames_a_quoted_word(text: str, expected: tuple[str, str, str, str]) -> None:
    assert rows(text) == [expected]


def test_quoted_name_as_object_of_sehen_is_no_quote() -> None:
    assert rows("Die Gegner sehen „Stuttgart 21“ gelassen.") == []


# --- a cue noun with a content clause in Konjunktiv I ------------------------------


def test_cue_noun_with_konjunktiv_clause_between_commas() -> None:
    # The content clause ends where the main clause resumes ("…, entschieden zurück").
    text = (
        "Die Regierung wies den Vorwurf der Opposition, das Gesetz sei "
        "verfassungswidrig, entschieden zurück."
    )
    assert rows(text) == [
        ("indirect", "das Gesetz sei verfassungswidrig", "Vorwurf", "Opposition"),
    ]


def test_cue_noun_hoffnung_with_konjunktiv_clause() -> None:
    text = (
        "Die von Arnold geäußerte Hoffnung, sein Leben werde sich nun zum Guten "
        "wenden, erfüllte sich nicht."
    )
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("indirect", "sein Leben werde sich nun zum Guten wenden", "Hoffnung"),
    ]


def test_relative_clause_after_a_cue_noun_is_not_its_content() -> None:
    # "die der Verband erhoben habe" describes the demand; only the sentence as
    # a whole is reported speech (Konjunktiv I), with no cue.
    text = "Die Forderung, die der Verband erhoben habe, sei unrealistisch."
    assert [(kind, cue) for kind, _, cue, _ in rows(text)] == [("reported", None)]


def test_wonach_clause_ends_before_the_main_clause() -> None:
    text = "Es gab Spekulationen, wonach der Minister zurücktreten werde, doch er blieb im Amt."
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("indirect", "der Minister zurücktreten werde", "Spekulationen, wonach"),
    ]


def test_prepositional_relative_clause_after_a_cue_noun_is_not_its_content() -> None:
    text = "Die Morde seien ein Hinweis, auf den die Polizei nicht reagiert habe."
    assert [(kind, cue) for kind, _, cue, _ in rows(text)] == [("reported", None)]


# --- names of studies, organisations and works in quotation marks -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Ergebnisse wurden mit der vorhergehenden Studie „Linke Gewalt in Berlin "
        "2003 bis 2008“ verglichen.",
        "Neben Aktivisten der Organisation „Ein französisches Schiff für Gaza“ befinden "
        "sich auch Journalisten an Bord.",
    ],
)
def test_quoted_name_after_a_naming_noun_is_no_quote(text: str) -> None:
    assert rows(text) == []


def test_quote_after_a_colon_is_still_a_quote_after_studie() -> None:
    text = "Die Studie zeigt: „Viele Kinder schlafen zu wenig.“"
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("direct", "Viele Kinder schlafen zu wenig.", "zeigt"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sie schlossen sich der Partei „Palang Prachachon“ (etwa: „Partei der Volksmacht“) an.",
        "In Moskau findet ein Schachfestival statt (auf Deutsch: „Gedenken an Michail Tal“).",
    ],
)
def test_translation_gloss_in_brackets_is_no_quote(text: str) -> None:
    assert rows(text) == []


def test_literal_quote_in_brackets_stays_a_quote() -> None:
    # "wörtlich" introduces someone's words, not a translation.
    text = "Merz kritisierte den Plan (wörtlich: „Das ist ein Irrweg.“) scharf."
    assert [kind for kind, *_ in rows(text)] == ["direct"]


# --- a Konjunktiv I cue verb continues the report before it -----------------------


def test_konjunktiv_cue_after_a_report_continues_it() -> None:
    text = (
        "Die Polizei teilte mit, zwei Menschen seien verletzt. Man gehe davon aus, "
        "dass weitere Opfer in den Trümmern liegen."
    )
    assert rows(text) == [
        ("indirect", "zwei Menschen seien verletzt", "teilte mit", "Polizei"),
        (
            "reported",
            "Man gehe davon aus, dass weitere Opfer in den Trümmern liegen.",
            None,
            "Polizei",
        ),
    ]


def test_konjunktiv_cue_without_a_report_before_frames_its_own_quote() -> None:
    text = (
        "Die Lage ist ernst. Die Behörde gehe davon aus, dass alle Brennstäbe "
        "verarbeitet worden seien."
    )
    assert rows(text) == [
        (
            "indirect",
            "dass alle Brennstäbe verarbeitet worden seien",
            "gehe davon aus",
            "Behörde",
        ),
    ]


# --- message boundaries -------------------------------------------------------------


def test_purpose_clause_belongs_to_a_zu_infinitive_message() -> None:
    text = (
        "Er forderte die SPD auf, stärker auf Einsparungen zu setzen, um die verlorene "
        "Glaubwürdigkeit zurückzugewinnen."
    )
    assert rows(text) == [
        (
            "indirect",
            "stärker auf Einsparungen zu setzen, um die verlorene Glaubwürdigkeit zurückzugewinnen",
            "forderte die SPD auf",
            "Er",
        )
    ]


def test_quotation_after_a_colon_ends_the_indirect_message_and_shares_its_cue() -> None:
    # The indirect message stops at the colon; the quotation after it is framed by
    # the main clause's "glaubt", not by "hervorgegangen" inside the dass-clause.
    text = (
        "Er glaubt, dass das Team gestärkt aus der Saison hervorgegangen sei: "
        "„Wir haben gelernt, noch härter zu arbeiten.“"
    )
    assert rows(text) == [
        ("indirect", "dass das Team gestärkt aus der Saison hervorgegangen sei", "glaubt", "Er"),
        ("direct", "Wir haben gelernt, noch härter zu arbeiten.", "glaubt", "Er"),
    ]


def test_cue_right_before_a_colon_still_frames_the_quotation() -> None:
    text = "Die Ministerin, die das Gesetz verteidigte, sagte: „Wir bleiben dabei.“"
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("direct", "Wir bleiben dabei.", "sagte"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Die Frauen hatten angegeben, dass der Vater sie geschlagen hatte; es wird "
            "geprüft, ob die Vorwürfe verjährt sind.",
            "dass der Vater sie geschlagen hatte",
            id="indicative-after-semicolon",
        ),
        pytest.param(
            "Er sagte, die Lage sei ernst; man müsse handeln.",
            "die Lage sei ernst; man müsse handeln",
            id="konjunktiv-after-semicolon",
        ),
    ],
)
def test_semicolon_ends_a_message_unless_reported_speech_goes_on(text: str, content: str) -> None:
    assert [c for kind, c, *_ in rows(text) if kind == "indirect"] == [content]


# --- wie-clauses with an apposition ----------------------------------------------


def test_wie_clause_with_an_apposition_before_its_cue() -> None:
    text = (
        "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled "
        "Composites, mitteilte."
    )
    assert rows(text) == [
        ("indirect", "Die Chemikalie stand unter Druck", "mitteilte", "Burt Rutan"),
    ]


def test_leading_wie_clause_with_an_apposition() -> None:
    text = (
        "Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg "
        "mitteilte, sieht Wiedeking eine Benachteiligung."
    )
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("indirect", "sieht Wiedeking eine Benachteiligung", "mitteilte"),
    ]


# --- a zu-infinitive message without its optional comma ---------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        pytest.param(
            "Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.",
            "die Preise ab 1. Oktober zu erhöhen",
            "angekündigt",
            id="perfect",
        ),
        pytest.param(
            "Die Behörden haben die Anwohner aufgefordert Türen und Fenster geschlossen zu halten.",
            "Türen und Fenster geschlossen zu halten",
            "aufgefordert",
            id="object-before-participle",
        ),
    ],
)
def test_zu_infinitive_without_comma_after_a_participle(text: str, content: str, cue: str) -> None:
    assert [(c, q) for kind, c, q, _ in rows(text) if kind == "indirect"] == [(content, cue)]


def test_purpose_clause_without_comma_is_no_message() -> None:
    # "um … zu" says why, not what was announced.
    assert rows("Er hat angekündigt um die Wahl zu gewinnen.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Man wird ihn noch einmal in der ARD-Fernsehserie „In aller Freundschaft“ sehen können.",
        "Die Tageszeitung „Neues Deutschland“ berichtete darüber.",
    ],
)
def test_quoted_name_after_a_compound_title_word_is_no_quote(text: str) -> None:
    assert rows(text) == []


def test_title_word_inside_another_word_does_not_make_a_title() -> None:
    # "Reaktion" ends in "aktion" but names no work: the exclamation is a quote.
    assert [kind for kind, *_ in rows("Die Reaktion „Das ist ein Skandal!“ kam prompt.")] == [
        "direct"
    ]


# --- "nennen" with an object and a predicate is a narrative report ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Datenschutzbeauftragte Peter Schaar nannte den Vorstoß einen weiteren "
        "Schritt in den Überwachungsstaat.",
        "Sie nannte den Plan unrealistisch.",
    ],
)
def test_nennen_with_a_predicate_reports_a_judgement(text: str) -> None:
    assert [(kind, content, cue) for kind, content, cue, _ in rows(text)] == [
        ("reported", text, None)
    ]


@pytest.mark.parametrize("text", ["Er nannte keine Namen.", "Er nannte die Gründe."])
def test_nennen_with_only_an_object_is_no_quote(text: str) -> None:
    assert rows(text) == []
