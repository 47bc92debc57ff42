"""Session 16: who speaks a quote (issue #4, speaker detection).

Every sentence was written for these tests; every expectation comes from
reading the German sentence, not from the program's output.
"""

from __future__ import annotations

import pytest

import polittext


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(message, speaker mention, speaker name) for each quote of ``text``."""
    found = []
    for quote in polittext.attribute_quotes(text):
        mention = quote.speaker_mention
        found.append(
            (
                quote.content.text,
                mention.text if mention else None,
                quote.speaker.name if quote.speaker else None,
            )
        )
    return found


def speaker_of(text: str, message_word: str) -> tuple[str | None, str | None]:
    """(speaker mention, speaker name) of the quote whose message holds ``message_word``."""
    for message, mention, name in speakers(text):
        if message_word in message:
            return mention, name
    raise AssertionError(f"no quote with {message_word!r} in {text!r}")


# --- the subject of a passive cue is what was said, not who said it ------------


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        # "erklärt" after "wurde" is the participle of a passive (declared a zone).
        (
            "Die Altstadt wurde am Freitag zur autofreien Zone erklärt. "
            "Die Anwohner hätten nun weniger Lärm.",
            "Altstadt",
        ),
        # "erwartet" has no ge-, but after "wird" it is a participle too.
        (
            "Für den Sommer wird eine Senkung der Preise erwartet. "
            "Der Handel rechne mit sinkenden Kosten.",
            "Senkung",
        ),
    ],
)
def test_passive_subject_is_no_speaker(text: str, not_a_speaker: str) -> None:
    for _message, mention, name in speakers(text):
        assert not_a_speaker not in (mention or "")
        assert not_a_speaker not in (name or "")


@pytest.mark.parametrize(
    ("text", "message_word", "speaker_word"),
    [
        # "wird … erklären" is the future: its subject speaks.
        ("Die Ministerin wird morgen erklären, dass sie zurücktritt.", "zurücktritt", "Ministerin"),
        # The agent of a passive speaks.
        ("Vom Verband wurde erklärt, die Preise stiegen weiter.", "Preise", "Verband"),
        # "wird zitiert": the one quoted is the subject.
        ("Der Trainer wird mit den Worten zitiert, die Mannschaft sei müde.", "müde", "Trainer"),
        # A document in the prefield holds the words of a passive cue.
        (
            "In einer Erklärung, die am Abend verbreitet wurde, wurde betont, "
            "man stehe zur Koalition.",
            "Koalition",
            "Erklärung",
        ),
        # "Wie X bekannt gab, wird …": the auxiliary after the comma is another clause's.
        (
            "Wie der Verband am Montag bekannt gab, wird er die Beiträge erhöhen.",
            "Beiträge",
            "Verband",
        ),
    ],
)
def test_active_and_agent_speakers_stay(text: str, message_word: str, speaker_word: str) -> None:
    mention, name = speaker_of(text, message_word)
    assert speaker_word in (mention or "") or speaker_word in (name or "")


# --- a strong past form after an adverbial prefield is the verb -----------------


@pytest.mark.parametrize(
    ("text", "message_word", "speaker_word"),
    [
        # "nahm", "trat" end in none of the weak endings; the subject after them
        # is the one the next report in Konjunktiv I belongs to.
        (
            "„Das reicht nicht“, sagte der Gewerkschafter Jan Krause. Am Montag nahm "
            "auch Ministerpräsident Peter Brandt zu der Frage Stellung. "
            "Jede Schule könne das Geld später abrufen.",
            "Schule",
            "Brandt",
        ),
        (
            "„Das reicht nicht“, sagte der Gewerkschafter Jan Krause. Nach der Sitzung "
            "trat die Ministerin Eva Lind vor die Presse. Die Reform komme im Herbst.",
            "Reform",
            "Lind",
        ),
    ],
)
def test_subject_after_strong_past_form_speaks_next(
    text: str, message_word: str, speaker_word: str
) -> None:
    mention, name = speaker_of(text, message_word)
    assert speaker_word in (mention or "") or speaker_word in (name or "")


# --- a narrator's clause before a report in Konjunktiv names its speaker ---------


@pytest.mark.parametrize(
    ("text", "message_word", "speaker_word"),
    [
        (
            "Der Minister lehnte ab. Auch der Sprecher der Grünen, Omid Sahin, will "
            "prüfen, ob ein Verbot sinnvoll sei.",
            "Verbot",
            "Sahin",
        ),
        # The reason in Konjunktiv is the one the opposition gives, not the Kanzler's.
        (
            "Der Kanzler schwieg. Die Opposition stimmte dagegen, weil das Gesetz zu teuer sei.",
            "teuer",
            "Opposition",
        ),
    ],
)
def test_subject_of_the_narrated_clause_speaks_the_report(
    text: str, message_word: str, speaker_word: str
) -> None:
    mention, name = speaker_of(text, message_word)
    assert speaker_word in (mention or "") or speaker_word in (name or "")


def test_report_after_a_clause_without_speaker_keeps_the_speaker_before() -> None:
    text = "Der Kanzler schwieg. Die Lage bleibt unklar, weil das Gesetz zu teuer sei."
    mention, name = speaker_of(text, "teuer")
    assert "Kanzler" in (mention or "") or "Kanzler" in (name or "")


def test_relative_pronoun_after_an_adverb_is_a_mention_of_the_speaker() -> None:
    text = (
        "Die Grünen stimmten zu. Karl Brenner dagegen, der lange gezögert hatte, "
        "bekräftigte, dass er nicht antreten werde."
    )
    quote = next(q for q in polittext.attribute_quotes(text) if "antreten" in q.content.text)
    assert quote.speaker is not None
    assert "Brenner" in quote.speaker.name
    assert "der" in [text[m.start : m.end] for m in quote.speaker.mentions]


# --- "… ausgesprochen und behauptet, …": the second verb shares the subject -------


@pytest.mark.parametrize(
    ("text", "message_word", "speaker_word"),
    [
        (
            "Die Vorsitzende des Lehrerverbands, Anna Roth, hat sich gegen die Reform "
            "ausgesprochen und behauptet, die Schulen seien überfordert.",
            "Schulen",
            "Roth",
        ),
        ("Wir sollten Anreize schaffen und zeigen, dass der Plan gut ist.", "Plan", "Wir"),
        # A clause coordinated after a comma has a subject of its own.
        (
            "Betriebe stellen die Arbeit ein, und viele Menschen verlieren ihre Arbeit "
            "oder fragen sich, ob sie noch einen Job haben.",
            "Job",
            "Menschen",
        ),
    ],
)
def test_coordinated_cue_shares_the_subject(
    text: str, message_word: str, speaker_word: str
) -> None:
    mention, name = speaker_of(text, message_word)
    assert speaker_word in (mention or "") or speaker_word in (name or "")


# --- "Informationen aus dem Ministerium": the holder speaks, not the information --


@pytest.mark.parametrize(
    ("text", "speaker_word"),
    [
        (
            "Informationen aus dem Ministerium bestätigen, dass die Reform verschoben wird.",
            "Ministerium",
        ),
        (
            "Aus Informationen des Ministeriums geht hervor, dass die Reform verschoben wird.",
            "Ministerium",
        ),
        ("Angaben der Polizei bestätigen, dass zwei Menschen verletzt wurden.", "Polizei"),
    ],
)
def test_bare_report_plural_gives_its_holder(text: str, speaker_word: str) -> None:
    (_message, _mention, name), *_rest = speakers(text)
    assert name is not None
    assert speaker_word in name
    assert not name.startswith(("Informationen", "Angaben"))


def test_document_with_article_stays_the_source() -> None:
    text = "Eine Mitteilung des Vereins bestätigt, dass die Reform verschoben wird."
    (_message, mention, _name), *_rest = speakers(text)
    assert mention is not None
    assert "Mitteilung" in mention


# --- "sagte Frankreichs Präsident Emmanuel Macron": not the country -------------


@pytest.mark.parametrize(
    ("text", "message_word", "speaker_word"),
    [
        (
            "Am Montag sagte Frankreichs Präsident Emmanuel Macron, Europa müsse stärker werden.",
            "Europa",
            "Macron",
        ),
        (
            "Noch am Freitag hatte Serbiens Präsident Boris Tadić persönlich versichert, "
            "die Teilnehmer würden geschützt.",
            "Teilnehmer",
            "Tadić",
        ),
        ("„Wir sind offen“, sagte Russlands Außenminister Sergej Lawrow.", "offen", "Lawrow"),
        ("„Wir sind offen“, sagte Russlands Außenminister am Montag.", "offen", "Außenminister"),
    ],
)
def test_genitive_before_role_after_the_verb(
    text: str, message_word: str, speaker_word: str
) -> None:
    mention, name = speaker_of(text, message_word)
    assert speaker_word in (mention or "")
    assert name is not None
    assert not name.endswith("s")  # not "Frankreichs", "Russlands"


# --- "Offen ist die Frage, ob …": a predicate adjective is no holder ------------


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ("Offen ist allerdings die Frage, ob die Häuser verkauft werden.", "Offen"),
        ("Strittig bleibt die Forderung, dass die Steuer sinkt.", "Strittig"),
    ],
)
def test_predicate_adjective_before_copula_is_no_holder(text: str, not_a_speaker: str) -> None:
    for _message, mention, name in speakers(text):
        assert not_a_speaker not in (mention or "")
        assert not_a_speaker not in (name or "")


@pytest.mark.parametrize(
    ("text", "speaker_word"),
    [
        ("Die Partei erhebt die Forderung, dass die Steuer sinkt.", "Partei"),
        ("Die Aktionärsschützer sind der Ansicht, dass die Steuer sinkt.", "Aktionärsschützer"),
    ],
)
def test_holder_before_the_verb_of_a_cue_noun_stays(text: str, speaker_word: str) -> None:
    mention, name = speaker_of(text, "Steuer")
    assert speaker_word in (mention or "") or speaker_word in (name or "")


# --- a description of one office does not refer back to the holder of another ----


def test_premierminister_is_not_the_staatspraesident_before() -> None:
    text = (
        "Olaf Scholz traf den Staatspräsidenten Emmanuel Macron. "
        "Der Premierminister sagte, man sei sich einig."
    )
    _mention, name = speaker_of(text, "einig")
    assert name is None or "Macron" not in name


def test_praesidentin_is_not_the_aussenministerin_before() -> None:
    text = (
        "Die Außenministerin Anna Weber reiste nach Paris. "
        "Die Präsidentin sagte, man sei sich einig."
    )
    _mention, name = speaker_of(text, "einig")
    assert name is None or "Weber" not in name


@pytest.mark.parametrize(
    "text",
    [
        # The same office: "Ministerin" for "Außenministerin".
        "Die Außenministerin Anna Weber reiste nach Paris. Die Ministerin sagte, man sei sich einig.",
        # A profession says nothing against an office.
        "Die Außenministerin Anna Weber reiste nach Paris. Die Politikerin sagte, man sei sich einig.",
    ],
)
def test_same_office_or_profession_still_refers_back(text: str) -> None:
    _mention, name = speaker_of(text, "einig")
    assert name is not None
    assert "Weber" in name


def test_head_of_government_under_another_name_refers_back() -> None:
    text = (
        "Der König empfing den Premierminister Tom Shin im Palast. "
        "Der Ministerpräsident sagte, man sei sich einig."
    )
    _mention, name = speaker_of(text, "einig")
    assert name is not None
    assert "Shin" in name
