"""Who is the source of a cue: the subject rules of polittext.attribution and the
source phrases of polittext.sources, checked through attribute_quotes.

Every sentence was written for these tests; every expectation comes from
reading the German sentence (grammatical subject of the cue verb), not from
the program's output.
"""

from __future__ import annotations

import pytest

import polittext


def speaker_of(text: str, message_word: str) -> tuple[str | None, str | None]:
    """(speaker mention text, speaker name) of the quote whose message holds ``message_word``."""
    for quote in polittext.attribute_quotes(text):
        if message_word in quote.content.text:
            mention = quote.speaker_mention
            if mention is not None:
                assert mention.text == text[mention.start : mention.end]
            return (
                mention.text if mention else None,
                quote.speaker.name if quote.speaker else None,
            )
    raise AssertionError(f"no quote with {message_word!r} in {text!r}")


# --- the subject stands after the verb -------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A prepositional phrase fills the prefield; a name inside it is no subject.
        (
            "In einem Gespräch mit der Frankfurter Rundschau erklärte der Leiter "
            "der Behörde, die Vorräte seien knapp.",
            "der Leiter",
        ),
        # A dative object fills the prefield ("den" is never nominative).
        (
            "Den Bäuerinnen sicherte Ministerin Petra Kolbe am Freitag zu, dass die "
            "Hilfen fließen würden.",
            "Petra Kolbe",
        ),
        # An adjective between article and noun: "das staatliche Fernsehen".
        (
            "Die Brücke sei gesperrt, meldete das staatliche Fernsehen am Abend.",
            "das staatliche Fernsehen",
        ),
        # An object pronoun between verb and subject: "sah es das Gericht".
        (
            "Damals sah es das Gericht als erwiesen an, dass der Angeklagte gelogen habe.",
            "das Gericht",
        ),
    ],
)
def test_subject_after_the_verb(text: str, mention: str) -> None:
    found, _name = speaker_of(text, "sei" if "sei " in text else "")
    assert found == mention


def test_object_sie_after_the_verb_is_not_the_subject() -> None:
    text = "Die Gutachterin Eva Roth legte eine Studie vor. Der Verbandschef nannte sie „unseriös“."
    mention, name = speaker_of(text, "unseriös")
    assert mention == "Der Verbandschef"
    assert name != "Eva Roth"


def test_er_after_the_verb_is_still_the_subject() -> None:
    text = "Karl Meier ist Bürgermeister. Die Anwohner forderte er auf, die Fenster zu schließen."
    assert speaker_of(text, "Fenster") == ("er", "Karl Meier")


# --- verb-final clauses: "wie X mitteilte" -----------------------------------------


def test_wie_clause_after_the_message() -> None:
    text = "Die Schule bleibt geschlossen, wie eine Sprecherin der Stadtverwaltung mitteilte."
    quote = next(q for q in polittext.attribute_quotes(text) if "Schule" in q.content.text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "eine Sprecherin"
    assert quote.speaker is not None
    assert quote.speaker.affiliation == "Stadtverwaltung"


def test_wie_clause_with_a_possessive_subject() -> None:
    text = "Der Kläger hatte die Frist eingehalten, wie sein Anwalt betonte."
    assert speaker_of(text, "Frist") == ("sein Anwalt", "sein Anwalt")


def test_wie_clause_with_an_apposition() -> None:
    text = "Wie die Bürgermeisterin von Celle, Ute Brandt, erklärte, bleibt das Bad offen."
    assert speaker_of(text, "Bad")[1] == "Ute Brandt"


def test_subordinate_clause_with_a_verb_is_no_apposition() -> None:
    # "Als er ankam" has its own verb: the subject of "sagte" follows it.
    text = "Als er ankam, sagte Jens Kohl, die Lage sei ruhig."
    assert speaker_of(text, "Lage") == ("Jens Kohl", "Jens Kohl")


# --- auxiliaries and modals before the cue -------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Dazu kann ich nur sagen, dass der Plan scheitern wird.", "ich"),
        ("Am Vortag hatte sie bereits erklärt, dass der Plan scheitern werde.", "sie"),
        ("Der Senator hat am Montag gesagt, dass der Plan scheitern werde.", "Der Senator"),
    ],
)
def test_subject_around_an_auxiliary(text: str, mention: str) -> None:
    assert speaker_of(text, "Plan")[0] == mention


def test_indefinite_man_is_a_speaker_of_its_own() -> None:
    text = "Dann muss man sagen, dass der Plan scheitern wird. Man kann auch sagen, dass er hilft."
    quotes = polittext.attribute_quotes(text)
    mentions = [q.speaker_mention.text for q in quotes if q.speaker_mention]
    assert mentions == ["man", "Man"]
    speakers = {q.speaker.id for q in quotes if q.speaker}
    assert len(speakers) == 2  # two uses of "man" are not one person


def test_polite_sie_inside_a_sentence_is_the_addressee() -> None:
    text = "Frau Lenz kam spät. Im Wahlkampf haben Sie versprochen, die Gebühren abzuschaffen."
    mention, name = speaker_of(text, "Gebühren")
    assert mention == "Sie"
    assert name != "Lenz"


# --- "nach … Angaben" without an attribute ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Der Verein hat nach eigenen Angaben zweihundert Mitglieder verloren.",
            "eigenen Angaben",
            "Verein",
        ),
        ("Im Zug saßen nach Polizeiangaben dreißig Fahrgäste.", "Polizeiangaben", "Polizei"),
        (
            "Der Finder Hans Berg brachte den Koffer, der nach dessen Angaben Geld enthielt.",
            "dessen Angaben",
            "Hans Berg",
        ),
        (
            "Die Tunnel dienten nach ägyptischen Angaben dem Schmuggel.",
            "ägyptischen Angaben",
            "ägyptischen Angaben",
        ),
    ],
)
def test_source_phrase_names_its_own_source(text: str, mention: str, name: str) -> None:
    for quote in polittext.attribute_quotes(text):
        if quote.speaker_mention is not None and quote.speaker_mention.text == mention:
            assert quote.speaker is not None
            assert quote.speaker.name == name
            return
    raise AssertionError(
        [(q.content.text, q.speaker_mention) for q in polittext.attribute_quotes(text)]
    )


def test_source_phrase_with_a_genitive_attribute_keeps_it() -> None:
    text = "Nach Angaben der Feuerwehr brannte die Scheune vollständig ab."
    quote = polittext.attribute_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.speaker.name == "Feuerwehr"


# --- speeches: first person, modals, cue nouns ---------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Zum Schluss möchte ich betonen, dass die Reform überfällig ist.", "ich"),
        ("Wir fordern Sie auf, die Reform zurückzunehmen.", "Wir"),
        ("Ich bin der festen Überzeugung, dass die Reform überfällig ist.", "Ich"),
        ("Im Übrigen bin ich der Auffassung, dass die Reform überfällig ist.", "ich"),
        ("Die Kammer ist der Ansicht, dass die Reform überfällig ist.", "Die Kammer"),
    ],
)
def test_speech_subjects(text: str, mention: str) -> None:
    assert speaker_of(text, "Reform")[0] == mention


def test_cue_noun_pronoun_resolves_to_the_person() -> None:
    text = "Eva Roth sprach zuletzt. Sie ist der Meinung, dass die Reform überfällig ist."
    assert speaker_of(text, "Reform") == ("Sie", "Eva Roth")


# --- passive agents, relative pronouns, appositions before the verb -------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Die Mieter wurden von der Hausverwaltung aufgefordert, die Keller zu räumen.",
            "Hausverwaltung",
        ),
        ("Zudem wurde die Stadt vom Mieterbund aufgefordert, die Keller zu prüfen.", "Mieterbund"),
        ("Von Seiten der Opposition wurde gefordert, die Keller zu schließen.", "Opposition"),
    ],
)
def test_passive_agent_is_the_source(text: str, mention: str) -> None:
    found = speaker_of(text, "Keller")[0]
    assert found is not None
    assert mention in found


def test_active_clause_with_von_keeps_its_subject() -> None:
    text = "Der Vermieter hat angekündigt, dass von den Wohnungen zehn saniert werden."
    found = speaker_of(text, "Wohnungen")[0]
    assert found is not None
    assert "Vermieter" in found


def test_relative_pronoun_is_the_mention_of_its_antecedent() -> None:
    text = "Das Gericht hörte die Tochter von Eva Kurz an, die erklärte, dass sie nichts wisse."
    mention, _name = speaker_of(text, "nichts")
    assert mention == "die"


def test_relative_pronoun_agrees_with_the_nearest_noun() -> None:
    text = "Wichtig war die Aussage eines Nachbarn, der angab, Schüsse gehört zu haben."
    quote = next(q for q in polittext.attribute_quotes(text) if "Schüsse" in q.content.text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "der"
    assert quote.speaker is not None
    assert "Nachbarn" in quote.speaker.name


def test_appositions_before_the_verb_are_the_subject() -> None:
    text = "Der frühere Landrat, Jan Kurz (SPD), warnte die Partei vor einem „Kurs ins Abseits“."
    assert speaker_of(text, "Abseits")[1] == "Jan Kurz"


def test_a_message_before_the_verb_is_no_apposition() -> None:
    text = "Die Mieten steigen weiter, sagte Jan Kurz."
    assert speaker_of(text, "Mieten")[1] == "Jan Kurz"


# --- "heißt es in …", focus particles, main clauses after a comma, plural pronouns -------


def test_heisst_es_in_names_the_document() -> None:
    text = "Die Mieten seien zu hoch, heißt es in dem Gutachten des Mieterbundes."
    found = speaker_of(text, "Mieten")[0]
    assert found is not None
    assert "Mieterbund" in found


def test_focus_particle_before_the_subject() -> None:
    text = "Auch Jan Kurz betonte, die Mieten seien zu hoch."
    assert speaker_of(text, "Mieten")[1] == "Jan Kurz"


def test_article_after_a_comma_opens_a_main_clause() -> None:
    # "die Kammer" is no relative pronoun: its verb is followed by "aber".
    text = "Die Reform wird begrüßt, die Kammer bezweifelt aber, dass die Mieten sinken."
    found = speaker_of(text, "Mieten")[0]
    assert found is not None
    assert "Kammer" in found


def test_plural_demonstrative_without_antecedent_keeps_its_mention() -> None:
    text = (
        "Zwei Fremde hielten den Wagen an. Diese forderten den Fahrer auf, den Motor abzustellen."
    )
    assert speaker_of(text, "Motor")[0] == "Diese"


# --- parentheticals, pronoun prefields, titles, sentence-initial adverbs ---------------


def test_inserted_clause_between_dashes_has_its_own_subject() -> None:
    text = "Der Verband schreibt in seinem Papier - ich zitiere -: Die Mieten steigen."
    quote = next(q for q in polittext.attribute_quotes(text) if q.cue and q.cue.text == "zitiere")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "ich"


def test_pronoun_with_an_attribute_opens_the_prefield() -> None:
    text = "Wir von der Opposition fordern Sie auf, die Mieten zu senken."
    assert speaker_of(text, "Mieten")[0] == "Wir"


def test_time_words_after_the_auxiliary_do_not_make_the_prefield_adverbial() -> None:
    text = "Unsere Ministerin Eva Roth hat letzte Woche in Kiel gesagt, dass die Mieten sinken."
    assert speaker_of(text, "Mieten")[1] == "Eva Roth"


def test_title_before_a_name_after_the_verb() -> None:
    text = "Am Montag haben Herr Kohl und Frau Roth dafür geworben, dass die Mieten sinken."
    assert speaker_of(text, "Mieten")[0] == "Kohl"


def test_quote_before_the_verb_is_not_its_prefield() -> None:
    text = "„Ich bin bereit“ sagte Jan Kurz."
    assert speaker_of(text, "bereit")[1] == "Jan Kurz"


def test_relative_clause_inside_the_quote_is_no_prefield() -> None:
    text = "„Das sind Leute, die nur Angst verbreiten wollen“, sagte Jan Kurz."
    assert speaker_of(text, "Leute")[1] == "Jan Kurz"


# --- role holders of an organisation ------------------------------------------------------


def test_spokesperson_of_an_institution_is_the_speaker_with_it_as_affiliation() -> None:
    text = "Ein Sprecher des Umweltministeriums sagte, die Werte seien normal."
    quote = polittext.attribute_quotes(text)[0]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Ein Sprecher"
    assert quote.speaker is not None
    assert quote.speaker.kind is polittext.SpeakerKind.ANONYMOUS_SOURCE
    assert quote.speaker.affiliation == "Umweltministerium"
    assert quote.speaker.roles == ("Sprecher",)


def test_pronoun_refers_back_to_an_unnamed_role_holder() -> None:
    text = (
        "Eine Sprecherin der Stadtwerke sagte, das Wasser sei sauber. "
        "Sie fügte hinzu, die Leitungen würden geprüft."
    )
    quotes = polittext.attribute_quotes(text)
    assert [q.speaker_mention.text for q in quotes if q.speaker_mention] == [
        "Eine Sprecherin",
        "Sie",
    ]
    assert quotes[0].speaker == quotes[1].speaker
