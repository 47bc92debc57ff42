"""Speakers of quotes, round 6: a demonstrative ``das`` before the cue verb, the
document a passive cue reads from, and the holder of ``nach eigenen Angaben``.

Every expectation was written from reading the German sentence (who says it),
not from the program's output. The counter-examples keep the earlier readings.
"""

from __future__ import annotations

import pytest

import polittext


def quotes_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """Message, speaker name and mention text of every quote of ``text``."""
    found = []
    for quote in polittext.attribute_quotes(text):
        mention = quote.speaker_mention
        if mention is not None:
            assert mention.text == text[mention.start : mention.end]
        found.append(
            (
                quote.content.text,
                quote.speaker.name if quote.speaker else None,
                mention.text if mention is not None else None,
            )
        )
    return found


def speaker_of(text: str) -> tuple[str | None, str | None]:
    """Name and mention text of the speaker of the first quote of ``text``."""
    found = quotes_of(text)
    assert found, text
    return found[0][1], found[0][2]


# --- "…, das teilte X mit": a demonstrative, the subject follows the verb -----


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Die Kamera ist ausgefallen, das teilte das Institut mit.", "Institut"),
        ("Die Kamera ist ausgefallen, das teilte die NASA am Montag mit.", "NASA"),
        ("Die Verhandlungen sind gescheitert, das sagte Merz am Montag.", "Merz"),
        ("Der Zug fällt aus, dies teilte die Bahn mit.", "Bahn"),
    ],
)
def test_demonstrative_das_before_cue_verb(text: str, mention: str) -> None:
    _name, found = speaker_of(text)
    assert found is not None
    assert mention in found


def test_relative_das_keeps_its_antecedent() -> None:
    # A relative clause puts its verb last: "das" stands for the noun before.
    assert quotes_of("Das Institut, das mitteilte, die Kamera sei ausgefallen, ist bekannt.")[0][
        1:
    ] == ("Institut", "das")
    assert quotes_of("Das ist ein Gesetz, das sagt, dass alle zahlen müssen.")[0][1:] == (
        "Gesetz",
        "das",
    )


def test_sentence_initial_das_unchanged() -> None:
    name, mention = speaker_of("Das berichten arabische Medien, die Lage sei ruhig.")
    assert mention is not None
    assert "Medien" in mention
    assert name is not None


# --- a passive cue reads from the document named in the prefield ---------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("In dem Bericht wird gefordert, dass die Regierung handeln müsse.", "dem Bericht"),
        ("In der Erklärung wird betont, dass die Lage ernst sei.", "der Erklärung"),
        (
            "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass niemand überlebt hat.",
            "einem Bericht der Salzburger Nachrichten",
        ),
    ],
)
def test_document_of_a_passive_cue(text: str, mention: str) -> None:
    assert speaker_of(text)[1] == mention


def test_document_prefield_counter_examples() -> None:
    # An agent decides; a person named after the verb of an active cue too;
    # a place or meeting is no document.
    assert speaker_of("In dem Bericht wird von der Polizei bestätigt, dass zwei Männer flohen.")[
        0
    ] == ("Polizei")
    assert speaker_of("In der Erklärung betont die Ministerin, dass die Lage ernst sei.") == (
        "Ministerin",
        "die Ministerin",
    )
    assert speaker_of("In der Sitzung wurde gefordert, dass die Regierung handeln müsse.") == (
        None,
        None,
    )


# --- "nach eigenen Angaben": the holder is the clause's subject ---------------


def test_eigen_phrase_holder_in_prefield() -> None:
    found = quotes_of(
        "Die Firma hat nach eigenen Angaben im vergangenen Jahr 300 Stellen abgebaut. "
        "Sie wolle weiter wachsen."
    )
    assert [name for _text, name, _mention in found] == ["Firma", "Firma"]
    assert found[0][2] == "eigenen Angaben"


def test_eigen_phrase_holder_after_the_verb() -> None:
    found = quotes_of("Nach eigenen Angaben hat die Polizei 300 Menschen festgenommen.")
    assert found[0][1:] == ("Polizei", "eigenen Angaben")
    found = quotes_of(
        "Der Minister Jan Berg kam nach Berlin. Nach eigenen Angaben hat er nichts gewusst."
    )
    assert found[0][1] == "Jan Berg"


def test_eigen_phrase_does_not_take_a_von_object_as_source() -> None:
    # "von den Vorfällen" is what he knew nothing of, not who said it.
    found = quotes_of(
        "Der Bruder des Papstes, Georg Ratzinger, hat nach eigenem Bekunden "
        "von den Vorfällen nichts gewusst."
    )
    assert found[0][1] == "Georg Ratzinger"


def test_nach_angaben_von_unchanged() -> None:
    found = quotes_of("Nach Angaben von Amnesty hat die Polizei 300 Menschen festgenommen.")
    assert found[0][2] == "Amnesty"


# --- a relative clause on an apposition: the subject opens the sentence -------


def test_relative_clause_on_an_apposition() -> None:
    found = quotes_of(
        "Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, "
        "sagte, die Regierung habe versagt."
    )
    assert [name for _text, name, _mention in found] == ["Sadiq Khan"]
    found = quotes_of(
        "Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, "
        "verurteilte die Haltung der Regierung. „Diese Regierung hat Erfolge.“"
    )
    assert found[-1][1:] == ("Sadiq Khan", "Sadiq Khan")


def test_relative_clause_after_a_vocative_unchanged() -> None:
    # "ich" is the subject, not the address that opens the sentence.
    text = (
        "Meine Damen und Herren, ich möchte einige Worte zu den Zentren, die geplant "
        "sind, sagen: Schon der Name ist Schönfärberei."
    )
    found = quotes_of(text)
    assert found
    assert found[0][2] == "ich"


def test_relative_clause_on_a_plain_subject_unchanged() -> None:
    found = quotes_of("Die Kommission, die den Bericht vorlegte, sagte, die Lage sei ernst.")
    assert found[-1][1] == "Kommission"


# --- speech goes on through a quote without cue or speaker --------------------


def test_reported_speech_continues_after_an_unframed_direct_quote() -> None:
    found = quotes_of(
        "Der Leiter des Programms, Klaus Stöhr, sagte: „Man muss sich vorbereiten.“ "
        "Die Gefahr sei real. „Aber das Virus kann sich verändern.“ "
        "Bei einer Pandemie sei mit vielen Toten zu rechnen."
    )
    assert [name for _text, name, _mention in found] == ["Klaus Stöhr"] * 4
    assert found[-1][0] == "Bei einer Pandemie sei mit vielen Toten zu rechnen."


def test_unframed_quote_after_a_plain_sentence_unchanged() -> None:
    # No speaker before the quote: the Konjunktiv sentence after it has none either.
    found = quotes_of("Das Wetter war schön. „Wir sind bereit.“ Die Lage sei ernst.")
    assert all(name is None for _text, name, _mention in found)


# --- a statement or writing with no holder is its own source -------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Der Bericht endet mit der Hoffnung, dass die Kämpfe zurückgehen.", "Der Bericht"),
        ("Vorwürfe werden laut, dass die Partei gelogen habe.", "Vorwürfe"),
    ],
)
def test_cue_noun_without_holder_is_the_source(text: str, mention: str) -> None:
    assert speaker_of(text)[1] == mention


def test_cue_noun_holder_counter_examples() -> None:
    # A hope or a worry is nobody's statement; a named holder still decides.
    assert speaker_of("Die Hoffnung, dass die Kämpfe zurückgehen, ist gering.") == (None, None)
    assert speaker_of("Die Sorge, dass die Kämpfe zunehmen, wächst.") == (None, None)
    assert speaker_of("Die Forderung der Grünen, dass die Steuer sinkt, wurde abgelehnt.")[1] == (
        "Grünen"
    )


# --- "aus X hervorgehen", "Ihnen zufolge", "- das beschreiben X" ---------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Die Firma plant eine Umwandlung. Dies geht aus einer Pressemitteilung des "
            "Konzerns hervor.",
            "einer Pressemitteilung des Konzerns",
        ),
        ("Aus dem Bericht geht hervor, dass die Zahl gestiegen ist.", "dem Bericht"),
        ("Aus dem Bericht der Polizei geht hervor, dass die Zahl gestiegen ist.", "Polizei"),
    ],
)
def test_source_of_hervorgehen(text: str, mention: str) -> None:
    assert quotes_of(text)[-1][2] == mention


def test_dative_pronoun_before_zufolge() -> None:
    found = quotes_of(
        "Die Wahlbeobachter veröffentlichten Zahlen. Ihnen zufolge hat Mussawi die Mehrheit."
    )
    assert found[-1][1:] == ("Wahlbeobachter", "Ihnen")
    found = quotes_of("Die Ministerin Anna Berg war in Berlin. Ihr zufolge ist die Lage ernst.")
    assert found[-1][1:] == ("Anna Berg", "Ihr")


def test_demonstrative_das_after_a_dash() -> None:
    text = (
        "Titanoboa ist der Name der größten Schlange, die jemals existiert hat - das "
        "beschreiben Forscher der Universität Toronto in der Zeitschrift Nature."
    )
    found = quotes_of(text)
    assert found[-1][1:] == ("Forscher", "Forscher")
    assert found[-1][0].startswith("Titanoboa")


# --- a colon quote whose cue verb stands far before the colon ----------------


def test_colon_quote_with_a_distant_cue_verb() -> None:
    text = (
        "Ein israelischer Regierungssprecher sagte zu der von der Europäischen Union "
        "vorgebrachten Forderung nach einem sofortigen Waffenstillstand in der Region: "
        "„Es ist nicht realistisch.“"
    )
    found = quotes_of(text)
    assert found[-1][2] == "Ein israelischer Regierungssprecher"


# --- a time or a negated predicate is no source ---------------------------------


def test_negated_predicate_is_no_source() -> None:
    text = (
        "Dies war nicht die erste gewalttätige Auseinandersetzung und die Anwohner "
        "befürchten, dass es nicht die letzte sein wird."
    )
    name, _mention = speaker_of(text)
    assert name is None or "Auseinandersetzung" not in name


def test_quantified_subject_unchanged() -> None:
    assert speaker_of("Rund 100 Demonstranten riefen, die Regierung müsse zurücktreten.") == (
        "Demonstranten",
        "Demonstranten",
    )


# --- "„…“, so er": a pronoun after "so" --------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Die Ministerin Anna Berg war in Berlin. „Wir sind bereit“, so sie.", "Anna Berg", "sie"),
        (
            "Der Minister Jan Berg war in Berlin. „Wir sind bereit“, so er am Montag.",
            "Jan Berg",
            "er",
        ),
        (
            "Der Minister Jan Berg war in Berlin. Die Lage sei ernst, so dieser.",
            "Jan Berg",
            "dieser",
        ),
    ],
)
def test_pronoun_after_so(text: str, name: str, mention: str) -> None:
    assert quotes_of(text)[-1][1:] == (name, mention)


def test_so_with_a_pronoun_subject_clause_unchanged() -> None:
    # "so sie es nicht ändern" is a conditional clause, not a source.
    assert quotes_of("Die Lage ist ernst, so sie es nicht ändern.") == []


# --- a sentence-initial article before an adverb or a number ----------------


def test_article_before_adverb_opens_an_object() -> None:
    text = (
        "Den noch 16.000 im Westen der Insel verbliebenen Flüchtlingen sicherte Präsident "
        "Gusmão kurz vor dem Ablauf der Mission zu, dass sie zurückkehren dürfen."
    )
    assert speaker_of(text)[0] == "Gusmão"
    assert speaker_of("Die rund 100 Demonstranten forderten, dass die Regierung zurücktritt.")[
        0
    ] == ("Demonstranten")


def test_sentence_initial_demonstrative_unchanged() -> None:
    # "Die" alone before the auxiliary is a demonstrative pronoun.
    assert speaker_of("Die haben gesagt, dass die Regierung zurücktritt.")[1] == "Die"


# --- "eine Erklärung, in der es heißt": the document or its holder -----------


def test_relative_heisst_es_takes_the_antecedent() -> None:
    found = quotes_of(
        "Die Regierung veröffentlichte eine Erklärung, in der es heißt, die Opposition "
        "habe versagt."
    )
    assert found[-1][1:] == ("Erklärung", "eine Erklärung")
    found = quotes_of(
        "Man zitiert eine Erklärung der türkischen Behörde, in der es heißt, dass eine "
        "Sperre erlassen wurde."
    )
    assert found[-1][1] == "Behörde"


def test_heisst_es_link_stays_before_the_message() -> None:
    # "nach technischer Analyse" belongs to the message after the comma.
    found = quotes_of(
        "In der Erklärung heißt es, dass nach technischer Analyse eine Sperre erlassen wurde."
    )
    assert (
        "dass nach technischer Analyse eine Sperre erlassen wurde",
        "Erklärung",
        "der Erklärung",
    ) in found
    assert quotes_of("Es hieß aus Regierungskreisen, die Lage sei ernst.")[-1][2] == (
        "Regierungskreisen"
    )


# --- "Die Partei" opening a sentence is "the party", not "Die PARTEI" -----------


def test_die_partei_is_a_common_noun() -> None:
    found = quotes_of("Die SPD tagte in Berlin. Die Partei teilte mit, die Regierung habe versagt.")
    assert found[-1][1] != "Die PARTEI"
    found = quotes_of("Die PARTEI teilte mit, die Regierung habe versagt.")
    assert found[-1][1:] == ("Die PARTEI", "Die PARTEI")


# --- a brand name with a lower-case first letter ------------------------------


def test_camel_case_brand_is_a_name() -> None:
    text = "eBay hält es für möglich, dass das Auto den Rekord heute noch bricht."
    assert speaker_of(text) == ("eBay", "eBay")


def test_lower_case_adjective_before_noun_unchanged() -> None:
    assert speaker_of("Die neue Firma sagte, sie wachse.") == ("neue Firma", "Die neue Firma")
