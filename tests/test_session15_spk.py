"""Speakers of quotes, session 15 (issue #4): the mention a cue's speaker is found at.

Every sentence was written for these tests; every expected mention comes from
reading the German sentence (the grammatical subject of the cue verb, or the
source the sentence names), not from the program's output. Each rule has
counter-examples that must stay as they are.
"""

from __future__ import annotations

import pytest

import polittext


def speaker_of(text: str, message_word: str) -> str | None:
    """The speaker mention of the quote whose message holds ``message_word``."""
    for quote in polittext.attribute_quotes(text):
        if message_word in quote.content.text:
            mention = quote.speaker_mention
            if mention is None:
                return None
            assert mention.text == text[mention.start : mention.end]
            return mention.text
    raise AssertionError(f"no quote with {message_word!r} in {text!r}")


def names(found: str | None, expected: str) -> bool:
    """Whether the mention ``found`` names the phrase ``expected``: the same words, or
    the phrase without its article (``Polizei`` for ``Die Polizei``), as the scorer
    counts a mention that overlaps the annotated one."""
    return found is not None and (found == expected or found in expected.split(" ", 1)[-1])


def speaker_names(text: str, message_word: str) -> list[str]:
    """Every mention of the speaker of the quote whose message holds ``message_word``."""
    for quote in polittext.attribute_quotes(text):
        if message_word in quote.content.text:
            assert quote.speaker is not None
            return [m.text for m in quote.speaker.mentions]
    raise AssertionError(f"no quote with {message_word!r} in {text!r}")


# --- a nominalised age names a person ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        ("Der 45-Jährige sagte vor Gericht, er sei unschuldig.", "unschuldig", "Der 45-Jährige"),
        ("Die 33-Jährige erklärte, sie habe von nichts gewusst.", "gewusst", "Die 33-Jährige"),
        (
            "Wie der 70-Jährige am Abend mitteilte, will er nicht mehr kandidieren.",
            "kandidieren",
            "der 70-Jährige",
        ),
        # Counter-example: an adjective of age stays with its noun.
        (
            "Ein 52-jähriger Anwohner sagte, er habe einen lauten Knall gehört.",
            "Knall",
            "Anwohner",
        ),
    ],
)
def test_age_noun_is_a_speaker(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


def test_age_noun_refers_back_to_the_person_named_before() -> None:
    text = "Die Sängerin Lena Berger trat am Abend auf. Die 33-Jährige sagte, sie sei gerührt."
    assert speaker_names(text, "gerührt")[:2] == ["Lena Berger", "Die 33-Jährige"]


# --- a possessive before a role noun -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        ("Sein Sprecher teilte mit, der Minister sei erkrankt.", "erkrankt", "Sein Sprecher"),
        ("Ihr Anwalt sagte, die Angeklagte habe nichts gewusst.", "gewusst", "Ihr Anwalt"),
    ],
)
def test_possessive_role_is_a_speaker(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


def test_possessive_role_is_not_the_possessor() -> None:
    # "Sein Sprecher" is someone else than the minister "sein" refers to.
    text = "Der Minister Jan Kurz ist erkrankt. Sein Sprecher sagte, er werde bald zurückkehren."
    assert "Jan Kurz" not in speaker_names(text, "zurückkehren")


# --- appositions in a verb-final clause ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "Wie der Sprecher der Kommission, Eric Mamer, in Brüssel mitteilte, wird das "
            "Verfahren eingestellt.",
            "eingestellt",
            "Eric Mamer",
        ),
        (
            "Wie die Beauftragte des Senats, Petra Lange, am Montag in Bremen erklärte, "
            "bleibt das Amt unbesetzt.",
            "unbesetzt",
            "Petra Lange",
        ),
        # Counter-example: no apposition, the place is no speaker.
        (
            "Wie die Polizei in Bremen mitteilte, bleibt die Straße gesperrt.",
            "gesperrt",
            "Polizei",
        ),
    ],
)
def test_apposition_before_an_adverbial(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


# --- a relative clause between the subject and the verb ----------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "Der Förderkreis Altstadt, der von Siemens unterstützt wird, hat am Montag "
            "mitgeteilt, dass das Fest ausfalle.",
            "Fest",
            "Der Förderkreis",
        ),
        # Counter-example: an apposition that names the person stays the subject.
        (
            "Der Vorsitzende des Vereins, Karl Brenner, der seit Jahren im Amt ist, hat "
            "angekündigt, dass er nicht mehr antritt.",
            "antritt",
            "Karl Brenner",
        ),
    ],
)
def test_names_in_a_relative_clause_are_no_subject(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


# --- a quotation without a comma before the verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "„Die Schuld an der Niederlage liegt allein bei uns“ wird der Trainer in der "
            "Zeitung zitiert.",
            "Niederlage",
            "der Trainer",
        ),
        ("„Merz hat in diesem Punkt recht“ sagte die Kanzlerin.", "Punkt", "die Kanzlerin"),
        (
            "„Wir haben gekämpft. Die Schuld liegt bei uns“ erklärte der Kapitän am Abend.",
            "Schuld",
            "der Kapitän",
        ),
        # Counter-examples: a title in quotation marks is the subject.
        ("„Die Zeit“ berichtet, der Kanzler wolle zurücktreten.", "Kanzler", "Die Zeit"),
    ],
)
def test_quotation_before_the_verb_is_no_subject(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


def test_quoted_name_inside_the_subject_stays() -> None:
    text = (
        "Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Arbeit "
        "gefährlicher werde."
    )
    assert speaker_of(text, "gefährlicher") in ("Die Organisation", "Reporter ohne Grenzen")


# --- two verbs after one subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "Mit seinem Kollegen Jan Berger lenkte er das Boot in den Hafen und meldete "
            "sich mit den Worten: „Wir sind angekommen.“",
            "angekommen",
            "er",
        ),
        (
            "Unter dem Motto „Frieden jetzt“ zogen die Demonstranten vom Bahnhof bis zum "
            "Rathaus und skandierten dabei Parolen wie „Nie wieder Krieg“.",
            "Krieg",
            "die Demonstranten",
        ),
        (
            "Der Landrat traf Ministerin Anna Berg in Kiel und sagte, man sei sich einig.",
            "einig",
            "Der Landrat",
        ),
        (
            "Wir sollten Anreize schaffen und zeigen, dass sich Leistung lohnt.",
            "Leistung",
            "Wir",
        ),
        # "sie" after the first verb is its object here; the subject opens the clause.
        (
            "Die Polizei nahm sie noch am Bahnhof fest und teilte mit, sie sei bewaffnet gewesen.",
            "bewaffnet",
            "Die Polizei",
        ),
        # Counter-example: a comma before "und" ends the first clause; "er" is the
        # subject of the second.
        (
            "Die Polizei nahm den Mann fest, und er gab an, er habe nichts getrunken.",
            "getrunken",
            "er",
        ),
        (
            "Die Polizei nahm den Mann noch am Tatort fest und teilte später mit, er sei "
            "betrunken gewesen.",
            "betrunken",
            "Die Polizei",
        ),
    ],
)
def test_second_verb_shares_the_subject(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


# --- a colon after a clause with a noun that looks like a Konjunktiv -------------------


def test_noun_frage_is_no_konjunktiv() -> None:
    # "in Frage stellen" holds the noun "Frage", not the Konjunktiv "frage": the
    # quotation after the colon is the subject's, not the last speaker's.
    text = (
        "Der Minister hatte die Reform gelobt: „Sie kommt zur rechten Zeit.“ Die "
        "Umsetzung stellte der Landrat Peter Vogt dagegen in Frage: „Das ist nicht machbar.“"
    )
    assert speaker_of(text, "machbar") == "Peter Vogt"


# --- a definite description refers back -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        (
            "Die Kommission kam laut Süddeutscher Zeitung zu dem Schluss, dass die Arbeit "
            "„in großen Teilen abgeschrieben“ sei, wie die Zeitung schreibt.",
            "abgeschrieben",
            "Süddeutscher Zeitung",
        ),
        (
            "Das Bundesinnenministerium plant neue Regeln. Das Ministerium teilte mit, die "
            "Regeln sollten ab Mai gelten.",
            "Mai",
            "Bundesinnenministerium",
        ),
        # The role decides before the gender: the minister, not the last woman named.
        (
            "Umweltministerin Steffi Lemke stellte den Plan vor. Fraktionschefin Katharina "
            "Dröge lobte ihn. Die Ministerin sagte, sie sei zuversichtlich.",
            "zuversichtlich",
            "Steffi Lemke",
        ),
    ],
)
def test_description_joins_the_named_speaker(text: str, word: str, named: str) -> None:
    assert named in speaker_names(text, word)


def test_description_with_an_adjective_is_someone_new() -> None:
    # "die oppositionelle Zeitung" introduces another paper than the one named before.
    text = (
        "Die „Bangkok Post“ berichtete über die Proteste. Die oppositionelle Zeitung "
        "schrieb dagegen, es seien 150.000 Menschen gekommen."
    )
    assert "Bangkok Post" not in speaker_names(text, "150.000")


# --- the source of a verb-final clause -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "Wie es aus Parteikreisen hieß, will der Minister zurücktreten.",
            "zurücktreten",
            "Parteikreisen",
        ),
        # "unter Berufung auf X" names the informant of the paper, not the speaker.
        (
            "Der Minister will offenbar zurücktreten, wie die Zeitung unter Berufung auf "
            "sein Umfeld berichtet.",
            "offenbar",
            "die Zeitung",
        ),
        (
            "Der Minister will offenbar zurücktreten, wie die Zeitung am Montag unter "
            "Berufung auf Kreise der Regierung berichtete.",
            "offenbar",
            "die Zeitung",
        ),
    ],
)
def test_source_of_a_verb_final_clause(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


# --- the words of whoever speaks after the quotation -----------------------------------


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        (
            "„Es war ein Fehler“, räumte der Minister am Montag in Berlin ein und kündigte "
            "Konsequenzen an.",
            "Fehler",
            "der Minister",
        ),
        (
            "„Die Lage ist ernst.“ Mit diesen Worten eröffnete der Präsident die Sitzung.",
            "Lage",
            "der Präsident",
        ),
        (
            "„Die Lage ist ernst“ – mit diesen Worten eröffnete die Präsidentin die Sitzung.",
            "Lage",
            "die Präsidentin",
        ),
        (
            "„Guten Tag, ich bin wieder da“, mit diesen Worten meldete er sich auf der "
            "Pressekonferenz zurück.",
            "Guten Tag",
            "er",
        ),
        # Counter-example: a cue of its own before the quotation stays.
        (
            "Der Minister sagte: „Ich trete zurück.“ Mit diesen Worten überraschte er die "
            "Journalisten.",
            "zurück",
            "Der Minister",
        ),
    ],
)
def test_speaker_after_the_quotation(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


# --- a name no list knows before the verb ---------------------------------------------


def test_bare_name_before_the_verb_is_the_subject() -> None:
    # "Wiedeking" is no known name, "die EU-Kommission" is; the name in the prefield
    # is the subject (it stands capitalised inside a sentence too, so it is a name).
    text = (
        "Am Abend traf auch Wiedeking in Brüssel ein. Wiedeking kritisierte die "
        "EU-Kommission, das Gesetz sei ungerecht."
    )
    assert names(speaker_of(text, "ungerecht"), "Wiedeking")


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        # A capitalised adverb opening the sentence is no name.
        (
            "Besorgt äußerte sich Kofi Annan über die Lage, die Gewalt nehme zu.",
            "Gewalt",
            "Kofi Annan",
        ),
        (
            "Gegenwärtig wirft Finanzminister Jan Kurz dem Justizminister vor, er mische sich ein.",
            "mische",
            "Jan Kurz",
        ),
    ],
)
def test_capitalised_adverb_is_no_name(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


def test_object_first_with_a_masculine_role_after_the_verb() -> None:
    # "der Anwalt" after the verb is nominative; "Die Vorwürfe" is the object.
    text = "Die Vorwürfe bezeichnete der Anwalt des Bürgermeisters am Montag als haltlos."
    assert names(speaker_of(text, "haltlos"), "der Anwalt")


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        # A name no list knows, then a role apposition: the person, not the agency.
        (
            "Yukiya Amano, Chef der Atomenergiebehörde, sagte, die Lage sei stabil.",
            "stabil",
            "Yukiya Amano",
        ),
        # Counter-example: the name stands in the apposition after the role.
        (
            "Die Vorsitzende der Gewerkschaft, Anna Berg, sagte, die Lage sei ernst.",
            "ernst",
            "Anna Berg",
        ),
    ],
)
def test_name_before_a_role_apposition(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)


@pytest.mark.parametrize(
    ("text", "word", "mention"),
    [
        # The party in brackets marks the word before it as a politician's name.
        ("Brunnhuber (CSU) sagte, die Steuern müssten sinken.", "Steuern", "Brunnhuber"),
        (
            "Tadesse Oyelaran (SPD) kritisierte, die Steuern seien zu hoch.",
            "Steuern",
            "Tadesse Oyelaran",
        ),
    ],
)
def test_name_before_a_party_in_brackets(text: str, word: str, mention: str) -> None:
    assert names(speaker_of(text, word), mention)
