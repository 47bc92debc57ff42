"""Quote messages, cues and their boundaries, ninth round (issue #4).

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

from _helpers import Row, rows

# --- "laut dem/der X" inside a sentence: an article, not a relative pronoun -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A parenthetical source phrase: the whole sentence is the message.
            "Die Armee habe, laut dem Ministerium, die Stellung geräumt.",
            [
                (
                    "indirect",
                    "Die Armee habe, laut dem Ministerium, die Stellung geräumt",
                    "laut",
                    "dem Ministerium",
                )
            ],
        ),
        (
            "Die Truppen seien, laut der Regierung, längst abgezogen worden.",
            [
                (
                    "indirect",
                    "Die Truppen seien, laut der Regierung, längst abgezogen worden",
                    "laut",
                    "Regierung",
                )
            ],
        ),
        # Counter-examples: a verb-final relative clause after "laut dem/der".
        (
            "Er legte ein Gutachten vor, laut dem Kevin misshandelt worden war.",
            [("indirect", "Kevin misshandelt worden war", "laut", "dem")],
        ),
        (
            "Sie verwies auf eine Studie, laut der Rauchen schadet.",
            [("indirect", "Rauchen schadet", "laut", "der")],
        ),
    ],
)
def test_laut_article_inside_sentence(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a sentence-initial article is no relative pronoun ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Sprecher sagte, die Lage sei ernst, müsse aber beobachtet werden.",
            [
                (
                    "indirect",
                    "die Lage sei ernst, müsse aber beobachtet werden",
                    "sagte",
                    "Der Sprecher",
                )
            ],
        ),
        (
            "Die Ministerin sagte, die Reform komme, werde aber teuer.",
            [("indirect", "die Reform komme, werde aber teuer", "sagte", "Die Ministerin")],
        ),
        # Counter-example: a real relative clause ends its message where the main
        # clause resumes.
        (
            "Scholz, der sagte, er sei müde, ging nach Hause.",
            [("indirect", "er sei müde", "sagte", "der")],
        ),
    ],
)
def test_article_opening_sentence_is_no_relative(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a weak cue with the expletive "es" is no speech act -------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Im Gebäude brach Feuer aus. Es drohe „ein Chaos“.", None),
        ("Den Ländern droht es „richtig teuer“ zu werden.", None),
        # Counter-example: a person threatens.
        ("Der Minister drohte mit „harten Konsequenzen“.", "drohte"),
    ],
)
def test_expletive_es_weak_cue(text: str, cue: str | None) -> None:
    assert {row[2] for row in rows(text) if row[0] == "mixed"} <= {cue}
    assert all(row[2] != "drohe" for row in rows(text))


# --- "demnach" refers back to a report, not to narration --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Firma wurde 1990 gegründet. Demnach ist sie älter als ihr Konkurrent.", []),
        ("Die Partei erreichte 2,2 Prozent. Sie ist demnach nicht im Parlament.", []),
        # Counter-examples: the sentence before reports.
        (
            "Die Kommission gab das Ergebnis bekannt. Demnach hat die Koalition verloren.",
            [("indirect", "hat die Koalition verloren", "Demnach", "Demnach")],
        ),
        (
            "Der Bericht der Kommission liegt seit Montag vor. Demnach fehlen 300 Lehrer.",
            [("indirect", "fehlen 300 Lehrer", "Demnach", "Demnach")],
        ),
    ],
)
def test_demnach_needs_a_report_before(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- "lauten" and "finden" in their other senses ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Endstand lautete 32:31.", []),
        ("Der neue Name lautet „Nordwerk“.", []),
        ("Im Museum waren Plakate wie „Nie wieder Krieg“ zu finden.", []),
        (
            "Die Wahl findet am Sonntag statt, teilte die Stadt mit.",
            [("indirect", "Die Wahl findet am Sonntag statt", "teilte die Stadt mit", "die Stadt")],
        ),
        # Counter-examples: a colon after "lauten", an opinion after "finden".
        (
            "Die Antwort des Ministers lautete: Wir haben kein Geld.",
            [("indirect", "Wir haben kein Geld", "lautete", "Die Antwort des Ministers")],
        ),
        (
            "Ich finde, das Gesetz ist ein Fehler.",
            [("indirect", "das Gesetz ist ein Fehler", "finde", "Ich")],
        ),
    ],
)
def test_lauten_finden_other_senses(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- zu-infinitives after cue verbs that were missed -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "immer wieder" closing the clause is the adverb, not a particle.
            "Die Regierung beschuldigt die Rebellen immer wieder, Geld aus dem Ausland zu "
            "erhalten.",
            [("indirect", "Geld aus dem Ausland zu erhalten", "beschuldigt", "Regierung")],
        ),
        (
            "Vor vier Jahren hatte die Firma den Behörden angeboten, den Müll zu entsorgen.",
            [("indirect", "den Müll zu entsorgen", "angeboten", "die Firma")],
        ),
        (
            "Er bot an, die Kosten zu übernehmen.",
            [("indirect", "die Kosten zu übernehmen", "bot an", "Er")],
        ),
        (
            "Die Partei droht damit, das Ergebnis nicht zu akzeptieren.",
            [("indirect", "das Ergebnis nicht zu akzeptieren", "droht", "Partei")],
        ),
        # Counter-examples: an offer of goods, a looming event, a real particle verb.
        ("Die Firma bietet seit Jahren Kurse für Senioren an.", []),
        ("Es droht ein Streik.", []),
        ("Die Kommission sagte die Sitzung schon wieder ab.", []),
    ],
)
def test_zu_infinitive_cues(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_demnach_after_speech_noun() -> None:
    import polittext

    text = "Inzwischen sind Beschuldigungen bekannt geworden. Demnach trägt der Kopilot Schuld."
    # Since round 13 the adverb refers to the report it takes up (the Beschuldigungen),
    # which is the speaker; "Demnach" is that speaker's mention here.
    assert rows(text) == [("indirect", "trägt der Kopilot Schuld", "Demnach", "Demnach")]
    speaker = polittext.attribute_quotes(text)[0].speaker
    assert speaker is not None
    assert "Beschuldigungen" in [m.text for m in speaker.mentions]


# --- stance adjectives with a zu-infinitive; "wie … ergab"; wie-parentheses --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung ist zuversichtlich, die Ziele zu erreichen.",
            [("indirect", "die Ziele zu erreichen", "zuversichtlich", "Regierung")],
        ),
        (
            "Sie ist stolz, die Medaille gewonnen zu haben.",
            [("indirect", "die Medaille gewonnen zu haben", "stolz", "Sie")],
        ),
        # Counter-examples: an impersonal adjective, a stance without a message.
        ("Es ist möglich, die Ziele zu erreichen.", []),
        ("Der Trainer war froh, denn die Mannschaft hatte gewonnen.", []),
        (
            "Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.",
            [("indirect", "trinken viele Kinder regelmäßig Alkohol", "ergab", "eine Studie")],
        ),
        # Counter-examples: "ergeben" outside a wie-clause, a bare "wie sich ergab".
        ("Daraus ergab sich ein Streit.", []),
        ("Wie sich ergab, war die Tür offen.", []),
        (
            "Am Vormittag hatte es zunächst geheißen, die Opposition hätte abgesagt.",
            [("indirect", "die Opposition hätte abgesagt", "geheißen", None)],
        ),
        ("Das heißt, die Lage ist ernst.", []),
    ],
)
def test_stance_ergeben_heissen(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The wie-clause interrupts the message, which goes on after it.
            "Die Kinder trinken, wie der Arzt sagte, regelmäßig Alkohol.",
            [
                (
                    "indirect",
                    "Die Kinder trinken, wie der Arzt sagte, regelmäßig Alkohol",
                    "sagte",
                    "der Arzt",
                )
            ],
        ),
        # Counter-examples: the wie-clause closes the sentence or a new clause follows.
        (
            "Das hatte er längst getan, wie sein Anwalt mitteilte.",
            [("indirect", "Das hatte er längst getan", "mitteilte", "sein Anwalt")],
        ),
        (
            "Die Lage ist ernst, wie der Minister sagte, und die Regierung handelt.",
            [("indirect", "Die Lage ist ernst", "sagte", "der Minister")],
        ),
    ],
)
def test_wie_parenthesis(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Am Montag meldete der Radiosender, Radio Vatikan, dass die Auflage steigt.",
            [("indirect", "dass die Auflage steigt", "meldete", "der Radiosender")],
        ),
        (
            "Am Montag sagte der Sprecher, Mark Berg, die Lage sei ernst.",
            [("indirect", "die Lage sei ernst", "sagte", "der Sprecher")],
        ),
        # Counter-example: a list of names is the message.
        (
            "Das Ministerium teilte mit, Berlin, Hamburg und Bremen würden zuerst beliefert.",
            [
                (
                    "indirect",
                    "Berlin, Hamburg und Bremen würden zuerst beliefert",
                    "teilte mit",
                    "Das Ministerium",
                )
            ],
        ),
    ],
)
def test_apposition_after_inverted_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die beiden Länder hatten vereinbart, die Grenze zu öffnen.",
            [("indirect", "die Grenze zu öffnen", "vereinbart", "Länder")],
        ),
        (
            "Die Stadt hat ein Büro beauftragt, die Pläne zu prüfen.",
            [("indirect", "die Pläne zu prüfen", "beauftragt", "Die Stadt")],
        ),
        # Counter-example: an agreement on a thing is no message.
        ("Die Länder vereinbarten einen Waffenstillstand.", []),
    ],
)
def test_agreement_and_commission_cues(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_agreement_without_message_is_no_speech_event() -> None:
    import polittext

    analysis = polittext.analyze("Die Länder vereinbarten einen Waffenstillstand.")
    assert not analysis.speech_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Opposition kritisierte den Besuch als reine Werbung.",
            [
                (
                    "reported",
                    "Die Opposition kritisierte den Besuch als reine Werbung.",
                    None,
                    "Opposition",
                )
            ],
        ),
        (
            "Die Behörde stufte das Gesetz als verfassungswidrig ein.",
            [
                (
                    "reported",
                    "Die Behörde stufte das Gesetz als verfassungswidrig ein.",
                    None,
                    "Behörde",
                )
            ],
        ),
        # Counter-example: criticism without a judgement "als …" is no report of words.
        ("Die Kritiker kritisierten den Plan scharf.", []),
    ],
)
def test_judgement_with_als_is_narrative_report(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Laut dem Direktor B.N. Suresh soll der Test bald stattfinden.", 1),
        ("Die Firma J.P. Morgan meldete Verluste.", 1),
        # Counter-example: a typical sentence opener after the initials.
        ("Er lebt in den U.S. Dort ist es warm.", 2),
    ],
)
def test_glued_initials_end_no_sentence(text: str, sentences: int) -> None:
    from polittext.sentences import segment_spans

    assert len(segment_spans(text)) == sentences


def test_source_phrase_with_glued_initials() -> None:
    # The speaker's mention stops before the initials (a matter of name recognition).
    text = "Laut dem Direktor B.N. Suresh soll in drei Monaten der erste Test stattfinden."
    assert [row[:3] for row in rows(text)] == [
        ("indirect", "soll in drei Monaten der erste Test stattfinden", "Laut")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "verdächtigen" between article and noun is an adjective, not a cue.
            "Die Soldaten waren davon ausgegangen, die verdächtigen Personen seien bewaffnet.",
            [
                (
                    "indirect",
                    "die verdächtigen Personen seien bewaffnet",
                    "ausgegangen",
                    "Soldaten",
                )
            ],
        ),
        # Counter-example: a demonstrative pronoun opening the clause.
        ("Das betonte Merz am Montag.", []),
    ],
)
def test_adjective_between_article_and_noun(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_pronoun_eines_before_cue_keeps_the_cue() -> None:
    import polittext

    analysis = polittext.analyze("Ich will Ihnen eines sagen: Sie haben recht.")
    assert [e.lemma for e in analysis.speech_events] == ["sagen"]


def test_meldung_is_a_source_noun() -> None:
    text = "Nach Meldungen der Agentur Reuters wurden zwei Soldaten getötet."
    assert rows(text) == [("indirect", "wurden zwei Soldaten getötet", "Nach Meldungen", "Reuters")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Die Lage ist ernst, so der Minister, der am Montag in Berlin sprach.",
            "Die Lage ist ernst",
        ),
        (
            "Viele Methoden sind unwirksam, so eine Studie, in der 50 Methoden geprüft wurden.",
            "Viele Methoden sind unwirksam",
        ),
        # Counter-example: the interrupted clause goes on after the parenthesis.
        (
            "Alles in allem sei es, so der Bericht, möglich gewesen, die Lage zu retten.",
            "Alles in allem sei es, so der Bericht, möglich gewesen, die Lage zu retten",
        ),
    ],
)
def test_so_phrase_with_relative_clause(text: str, message: str) -> None:
    assert [row[1] for row in rows(text)] == [message]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Ein Sprecher sagte zu der unter anderem von der Europäischen Union "
            "vorgebrachten Forderung nach einem sofortigen Waffenstillstand: "
            "„Das ist nicht realistisch.“",
            "sagte",
        ),
        # Counter-example: a comma clause between the verb and the colon has its own
        # message; the quotation after the colon keeps no cue.
        (
            "Sie äußerte Vorbehalte und wagte die Prognose, bei der Wahl würden nicht "
            "alle Abgeordneten für die Kandidatin stimmen: „Ich gehe davon aus.“",
            None,
        ),
    ],
)
def test_long_object_before_colon_quote(text: str, cue: str | None) -> None:
    assert [row[2] for row in rows(text) if row[0] == "direct"] == [cue]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Von der Opposition wurde der Besuch als unangemessen kritisiert.",
            [
                (
                    "reported",
                    "Von der Opposition wurde der Besuch als unangemessen kritisiert.",
                    None,
                    "Opposition",
                )
            ],
        ),
        # Counter-example: a passive without an agent names no speaker.
        ("Der Wind wird als Sonnenwind bezeichnet.", []),
    ],
)
def test_passive_judgement_with_agent(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Als Ursache wurde ein Computerproblem angegeben.",
            [("reported", "Als Ursache wurde ein Computerproblem angegeben.", None, None)],
        ),
        (
            "Als Termin wird der 22. Oktober genannt.",
            [("reported", "Als Termin wird der 22. Oktober genannt.", None, None)],
        ),
        # Counter-examples: a temporal "als" clause, a passive of another verb.
        ("Als er ankam, wurde er verhaftet.", []),
        ("Als Kind wurde er oft gelobt.", []),
    ],
)
def test_als_named_in_the_passive(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "message", "cue"),
    [
        (
            "Die Polizei räumte den Platz, und laut Augenzeugen wurden dabei zehn Menschen "
            "verletzt.",
            "wurden dabei zehn Menschen verletzt",
            "laut",
        ),
        (
            "Das Lager wurde geräumt, und 1998 soll nach einer weiteren Nachricht der "
            "Besitzer gestorben sein.",
            "1998 soll nach einer weiteren Nachricht der Besitzer gestorben sein",
            "nach einer weiteren Nachricht",
        ),
        # Counter-example: a parenthetical phrase inside one clause keeps the sentence.
        (
            "Die Armee habe, laut dem Ministerium, die Stellung geräumt.",
            "Die Armee habe, laut dem Ministerium, die Stellung geräumt",
            "laut",
        ),
    ],
)
def test_source_phrase_in_coordinated_clause(text: str, message: str, cue: str) -> None:
    assert [row[1:3] for row in rows(text)] == [(message, cue)]


def test_wie_clause_after_colon() -> None:
    text = "Die Bilanz: Wie die Polizei mitteilte, wurden zehn Menschen verletzt."
    assert rows(text) == [("indirect", "wurden zehn Menschen verletzt", "mitteilte", "Polizei")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kritisiert wird vor allem, dass das Werbeverbot nicht eingehalten wird.",
            [
                (
                    "indirect",
                    "dass das Werbeverbot nicht eingehalten wird",
                    "Kritisiert",
                    None,
                )
            ],
        ),
        (
            "Gefordert wurde, die Steuer zu senken.",
            [("indirect", "die Steuer zu senken", "Gefordert", None)],
        ),
        # Counter-examples: no message clause after the fronted participle.
        ("Erwartet werden rund 500 Gäste.", []),
        ("Gesagt wird viel.", []),
    ],
)
def test_fronted_participle_cue(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_fronted_participle_without_message_is_no_event() -> None:
    import polittext

    assert not polittext.analyze("Erwartet werden rund 500 Gäste.").speech_events
