"""Quote cues in news, session 15 (issue #4): which words are a cue, and of which quote.

Every expected row was written from reading the German sentence: the kind, the
message (content), the cue and the speaker's mention as a reader finds them.
The sentences are our own. Each rule has counter-examples that must stay as
they are.
"""

from __future__ import annotations

import pytest

import polittext
from _helpers import Row, rows


def lemmas(text: str) -> list[str]:
    """The lemmas of the speech events of ``text``, in text order."""
    return [event.lemma for event in polittext.analyze(text).speech_events]


# --- the colon of a clock time or a score opens no message ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "Das berichtete X" takes up the sentence before; "20:00" is a time, and
            # its colon must not pass for the colon that opens a message.
            "Der Bus ist in den Graben gestürzt. Das berichtete der Sender in seiner "
            "20:00 Uhr Sendung.",
            [("indirect", "Der Bus ist in den Graben gestürzt", "berichtete", "der Sender")],
        ),
        (
            # The same with the time after a preposition.
            "Die Brücke bleibt gesperrt. Das teilte die Stadt um 17:30 Uhr mit.",
            [
                (
                    "indirect",
                    "Die Brücke bleibt gesperrt",
                    "teilte die Stadt um 17:30 Uhr mit",
                    "die Stadt",
                )
            ],
        ),
        (
            # Counter-example: the real colon after the time still opens the quotation.
            "Der Minister sagte um 10:30 Uhr: „Wir sind bereit.“",
            [("direct", "Wir sind bereit.", "sagte", "Der Minister")],
        ),
        (
            # Counter-example: a decimal comma inside the message ends nothing.
            "Die Inflation lag bei 2,5 Prozent, sagte die Ministerin.",
            [("indirect", "Die Inflation lag bei 2,5 Prozent", "sagte", "die Ministerin")],
        ),
    ],
)
def test_time_colon_opens_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- "Dies bestätigte X" after a sentence reported by a source phrase --------------------


def test_anaphoric_cue_after_a_source_phrase() -> None:
    # The report "laut einem Bericht" is confirmed by the ministry: two sources of one
    # message, each with its own cue.
    text = (
        "Laut einem Bericht des Senders ist der Minister zurückgetreten. Dies bestätigte "
        "das Ministerium am Abend."
    )
    found = rows(text)
    assert (
        "indirect",
        "Laut einem Bericht des Senders ist der Minister zurückgetreten",
        "bestätigte",
        "das Ministerium",
    ) in found
    assert [row[2] for row in found].count("Laut") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # Counter-example: after a sentence framed by a speech verb, "Das bestätigte
            # X" confirms the act; it frames no second quote of the same words.
            "Der Minister sagte, er trete zurück. Das bestätigte das Ministerium am Abend.",
            [("indirect", "er trete zurück", "sagte", "Der Minister")],
        ),
    ],
)
def test_anaphoric_cue_after_a_framed_quote(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- an inflected participle right after a preposition is an adjective -------------------


@pytest.mark.parametrize(
    ("text", "participle", "verb"),
    [
        # "wegen wiederholten Angriffen": no finite verb follows a preposition.
        (
            "Der Verband warnte wegen wiederholten Angriffen vor weiteren Streiks.",
            "wiederholen",
            "warnen",
        ),
        # With an adjective between the participle and the noun ("nach" after its noun).
        (
            "Sie widersprach den ihrer Meinung nach verbreiteten falschen Zahlen.",
            "verbreiten",
            "widersprechen",
        ),
    ],
)
def test_participle_after_preposition_is_no_cue(text: str, participle: str, verb: str) -> None:
    found = lemmas(text)
    assert verb in found
    assert participle not in found


def test_verb_after_prepositional_phrase_stays_a_cue() -> None:
    # Counter-example: a noun between the preposition and the verb.
    assert rows("Nach dem Treffen erklärten Politiker, sie seien zufrieden.") == [
        ("indirect", "sie seien zufrieden", "erklärten", "Politiker")
    ]


# --- a clause ending in a zu-infinitive is no relative clause ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "der" opens a noun phrase in the dative, not a relative clause: the clause
            # ends in "stattzugeben", which no relative clause can.
            "Die Anwältin empfahl dem Gericht, der von den Nachbarn erhobenen Klage stattzugeben.",
            [
                (
                    "indirect",
                    "der von den Nachbarn erhobenen Klage stattzugeben",
                    "empfahl",
                    "Die Anwältin",
                )
            ],
        ),
        (
            # Counter-example: a relative clause with its finite verb is no message.
            "Der Minister lobte die Kommission, die den Fall prüfen soll.",
            [],
        ),
    ],
)
def test_zu_infinitive_after_article(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- light-verb phrases whose noun frames the message ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "eine Theorie aufstellen, dass …": the theory is the message's frame.
            "Die Forscher stellten die Theorie auf, dass der Klimawandel die Wanderung "
            "der Vögel verändert.",
            [
                (
                    "indirect",
                    "dass der Klimawandel die Wanderung der Vögel verändert",
                    "Theorie",
                    "Forscher",
                )
            ],
        ),
        (
            # "zur Bedingung machen, dass …": the subject before the verb sets it.
            "Der Ministerpräsident machte zur Bedingung, dass die Gewerkschaft den Streik beendet.",
            [
                (
                    "indirect",
                    "dass die Gewerkschaft den Streik beendet",
                    "Bedingung",
                    "Der Ministerpräsident",
                )
            ],
        ),
        (
            # "die Erlaubnis geben, … zu": a permission with its zu-infinitive.
            "Die Stadt hatte die Erlaubnis gegeben, den Platz für das Konzert zu sperren.",
            [("indirect", "den Platz für das Konzert zu sperren", "Erlaubnis", "Die Stadt")],
        ),
        # Counter-examples: the nouns without a message clause frame nothing.
        ("Die Bedingungen für die Bauern sind schwierig.", []),
        ("Die Theorie der Forscher ist umstritten.", []),
    ],
)
def test_light_verb_nouns(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Without a message these nouns are no speech event (also in a speech).
        "Unter dieser Bedingung stimmte die Partei zu.",
        "Die Theorie ist alt.",
        "Wir haben die Erlaubnis für den Bau bekommen.",
    ],
)
def test_light_verb_nouns_alone_are_no_event(text: str) -> None:
    assert not {"Bedingung", "Theorie", "Erlaubnis"} & set(lemmas(text))


# --- demands reported with "sollten"; a subject's relative clause -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # After a verb of demanding, "sollten" reports the demand, like a Konjunktiv I.
            "Die Ministerin forderte, die Bürger sollten Energie sparen.",
            [("indirect", "die Bürger sollten Energie sparen", "forderte", "Die Ministerin")],
        ),
        (
            # The subject of the demand has a relative clause: its verb "gemeldet" is no
            # cue, and the demand goes on after it.
            "Von deutscher Seite wurde gefordert, alle Beiträge, die wegen Volksverhetzung "
            "gemeldet wurden, sollten binnen eines Tages geprüft werden.",
            [
                (
                    "indirect",
                    "alle Beiträge, die wegen Volksverhetzung gemeldet wurden, sollten binnen "
                    "eines Tages geprüft werden",
                    "gefordert",
                    "deutscher Seite",
                )
            ],
        ),
        (
            # The same with a Konjunktiv I after the relative clause.
            "Der Minister sagte, alle Beiträge, die wegen Volksverhetzung gemeldet wurden, "
            "seien binnen eines Tages zu prüfen.",
            [
                (
                    "indirect",
                    "alle Beiträge, die wegen Volksverhetzung gemeldet wurden, seien binnen "
                    "eines Tages zu prüfen",
                    "sagte",
                    "Der Minister",
                )
            ],
        ),
        (
            # A relative clause of the sentence's subject: what follows is the main
            # clause, reported by the police, not the words of whoever "gemeldet" it.
            "Die Zeugin, die den Unfall gemeldet hatte, sei inzwischen verhört worden, "
            "teilte die Polizei mit.",
            [
                (
                    "indirect",
                    "Die Zeugin, die den Unfall gemeldet hatte, sei inzwischen verhört worden",
                    "teilte die Polizei mit",
                    "Polizei",
                )
            ],
        ),
    ],
)
def test_demand_with_should_and_subject_relative(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Counter-examples: "sollten" first in its clause opens a condition, no message.
        ("Die Gewerkschaft forderte Neuwahlen, sollten die Gespräche scheitern.", None),
        # A relative clause whose verb of saying has its own message after it.
        ("Scholz, der sagte, er sei müde, ging nach Hause.", "er sei müde"),
    ],
)
def test_should_and_relative_counter_examples(text: str, message: str | None) -> None:
    indirect = [row[1] for row in rows(text) if row[0] == "indirect"]
    assert indirect == ([message] if message else [])


# --- "sehen … als „…“" judges in someone's words ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Fahrgastverband sieht die Maßnahme als „Kapitulation“ vor den Randalierern.",
            [("mixed", "Kapitulation", "sieht", "Fahrgastverband")],
        ),
        # Counter-example: without "als" the object of "sehen" is a thing seen.
        ("Die Anwohner sehen „Stuttgart 21“ gelassen.", []),
    ],
)
def test_sehen_als_quotation(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The Konjunktiv I "habe" follows the subject's relative clause: the whole
            # clause is the message of "meldet".
            "Der Sender meldet, die Ministerin, die seit Wochen krank war, habe ihr Amt "
            "niedergelegt.",
            [
                (
                    "indirect",
                    "die Ministerin, die seit Wochen krank war, habe ihr Amt niedergelegt",
                    "meldet",
                    "Der Sender",
                )
            ],
        ),
        (
            # Counter-example: the Konjunktiv before the relative clause still counts.
            "Der Sprecher sagte, es gebe Leute, die das anders sähen.",
            [("indirect", "es gebe Leute, die das anders sähen", "sagte", "Der Sprecher")],
        ),
    ],
)
def test_konjunktiv_after_subject_relative(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- clauses after the cue that cannot be its message ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "welches" with no noun after it is a relative pronoun: the clause says
        # what the office did, not what was reported.
        (
            "Der Veranstalter informierte die Botschaft, welche daraufhin einen Krisenstab "
            "einrichtete.",
            [],
        ),
        (
            "Die Kommission schildert die Fehler, welche schließlich zu dem Unglück führten.",
            [],
        ),
        # Counter-example: the interrogative before its noun opens a question.
        (
            "Die Reporterin fragte, welche Partei die Wahl gewinnen werde.",
            [("indirect", "welche Partei die Wahl gewinnen werde", "fragte", "Die Reporterin")],
        ),
        # After a subordinate clause that opens the sentence, the main clause comes
        # with its finite verb first: it is no message of the subordinate cue.
        (
            "Als die junge Frau der Presse von ihrem Schicksal erzählte, verdoppelte ein "
            "Gericht die Strafe.",
            [],
        ),
        # Counter-example: a message with its own subject still follows the cue there.
        (
            "Als er sagte, er sei müde, lachten alle.",
            [("indirect", "er sei müde", "sagte", "er")],
        ),
    ],
)
def test_clause_after_cue_is_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "falls …" closing the sentence is the condition of the announced attack,
            # not a message of "anzugreifen".
            "Die Gruppe hat angekündigt, die Parade gewaltsam anzugreifen, falls sie wie "
            "vorgesehen stattfinden würde.",
            [
                (
                    "indirect",
                    "die Parade gewaltsam anzugreifen, falls sie wie vorgesehen stattfinden würde",
                    "angekündigt",
                    "Gruppe",
                )
            ],
        ),
        (
            # Counter-example: a condition that opens a reported main clause belongs to
            # the message.
            "Der Minister sagte, falls es regne, werde das Fest abgesagt.",
            [
                (
                    "indirect",
                    "falls es regne, werde das Fest abgesagt",
                    "sagte",
                    "Der Minister",
                )
            ],
        ),
    ],
)
def test_closing_condition_is_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- findings shown by evidence, and "sich zuspitzen" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A finding the data point to is no one's statement.
        ("Die Messdaten deuten darauf hin, dass der Planet Wasser verliert.", []),
        (
            "Mit seinen Simulationen konnte der Forscher nachweisen, dass der Mechanismus "
            "in der Natur vorkommt.",
            [],
        ),
        # Counter-example: reports from a source are words, and what they point to is
        # their message.
        (
            "Berichte aus Regierungskreisen deuten darauf hin, dass die Steuer steigt.",
            [("indirect", "dass die Steuer steigt", "deuten darauf hin", "Regierungskreisen")],
        ),
        # Counter-examples: verbs of saying with the same particles.
        (
            "Die Ministerin wies darauf hin, dass die Mittel knapp seien.",
            [("indirect", "dass die Mittel knapp seien", "wies darauf hin", "Die Ministerin")],
        ),
        (
            "Die Ministerin deutete an, dass sie zurücktreten werde.",
            [("indirect", "dass sie zurücktreten werde", "deutete an", "Die Ministerin")],
        ),
    ],
)
def test_evidence_verbs_frame_no_message(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sich zuspitzen" (to come to a head) is no speech.
        ("Der Streit hatte sich so zugespitzt, dass der Verband eingreifen musste.", []),
        ("Die Lage spitzte sich zu.", []),
        # Counter-example: "seine Kritik zuspitzen" is said.
        ("Er spitzte seine Kritik zu: „Das ist Betrug.“", ["zuspitzen"]),
    ],
)
def test_sich_zuspitzen_is_no_cue(text: str, expected: list[str]) -> None:
    assert [lemma for lemma in lemmas(text) if lemma == "zuspitzen"] == expected


# --- a separable verb's particle before a coordinated predicate -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "an" closes the clause of "kündigte … an" although "und" follows it.
        ("Die Gewerkschaft kündigte Streiks an und verließ den Saal.", ["ankündigen"]),
        ("Die Ministerin lehnte den Plan ab und forderte Neuwahlen.", ["ablehnen", "fordern"]),
        # Counter-example: "ab und zu" is a fixed pair, no particle of "absagen".
        ("Er sagte ab und zu etwas.", ["sagen"]),
    ],
)
def test_particle_before_coordination(text: str, expected: list[str]) -> None:
    assert lemmas(text) == expected


def test_message_belongs_to_the_coordinated_verb() -> None:
    # "lehnte den Rücktritt ab" is complete; the message after the comma is what
    # he said.
    assert rows("Der Minister lehnte den Rücktritt ab und sagte, er sei unschuldig.") == [
        ("indirect", "er sei unschuldig", "sagte", "Der Minister")
    ]


# --- a cue noun with a content clause in Konjunktiv II ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "könnte" after the clause's subject reports the suspicion.
            "Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister könnte Gelder "
            "veruntreut haben.",
            [
                (
                    "indirect",
                    "der Bürgermeister könnte Gelder veruntreut haben",
                    "Verdacht",
                    "Staatsanwaltschaft",
                )
            ],
        ),
        # Counter-examples: the Konjunktiv II of a main clause after a condition, and
        # one after "und", report nothing.
        ("Sollte der Antrag angenommen werden, könnte die Seite wieder online gehen.", []),
        ("Die Sicht war eingeschränkt, und die Piloten hätten sich nicht sehen können.", []),
    ],
)
def test_cue_noun_with_konjunktiv_two(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


# --- a demonstrative object takes up the sentence before ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "diese Forschungsergebnisse" are what the sentence before says; the
            # scientists announce them.
            "Vitamin E halbiert das Risiko. Wissenschaftler der Universität Utrecht gaben "
            "diese Forschungsergebnisse gestern bekannt.",
            [
                (
                    "indirect",
                    "Vitamin E halbiert das Risiko",
                    "gaben diese Forschungsergebnisse gestern bekannt",
                    "Wissenschaftler",
                )
            ],
        ),
        (
            # The demonstrative phrase fronted: the subject follows the verb.
            "Vitamin E halbiert das Risiko. Diese Ergebnisse gab die Universität gestern bekannt.",
            [
                (
                    "indirect",
                    "Vitamin E halbiert das Risiko",
                    "gab die Universität gestern bekannt",
                    "die Universität",
                )
            ],
        ),
        (
            # In the passive no one is named; the demonstrative phrase is no speaker.
            "Forscher haben eine Vergrößerung des Ozonlochs entdeckt. Jetzt wurde diese "
            "Entdeckung bekannt gegeben.",
            [
                (
                    "indirect",
                    "Forscher haben eine Vergrößerung des Ozonlochs entdeckt",
                    "bekannt gegeben",
                    None,
                )
            ],
        ),
        # Counter-examples: a negated announcement reports nothing, and a demonstrative
        # after a preposition is no object taken up.
        ("Die Zahl der Opfer steigt. Diese Angaben wurden bislang nicht veröffentlicht.", []),
        (
            "Die Lage ist unklar. Von diesen Organisationen wurde eine Erklärung veröffentlicht.",
            [],
        ),
    ],
)
def test_demonstrative_object_takes_up_the_sentence_before(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
