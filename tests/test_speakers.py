"""Speakers: polittext.detect_speakers and polittext.analyze(...).speakers.

A Speaker exists only for a source that a quote (direct, indirect, reported,
mixed or headline) is attributed to. Every expectation below was written from
reading the German sentence, not from the program's output.
"""

from __future__ import annotations

import pytest

import polittext
from polittext import MentionKind, Speaker, SpeakerKind


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def speakers(text: str) -> list[Speaker]:
    found = polittext.detect_speakers(text)
    for speaker in found:
        for mention in speaker.mentions:
            assert mention.text == text[mention.start : mention.end]
    return found


def only_speaker(text: str) -> Speaker:
    found = speakers(text)
    assert len(found) == 1, [s.name for s in found]
    return found[0]


def speaker_named(text: str, name: str) -> Speaker:
    matches = [s for s in speakers(text) if s.name == name]
    assert len(matches) == 1, [s.name for s in speakers(text)]
    return matches[0]


# --- persons with roles -------------------------------------------------------

PERSONS = [
    pytest.param(
        "Bundeskanzler Friedrich Merz sagte am Montag in Berlin, die Koalition sei handlungsfähig.",
        "Friedrich Merz",
        "Bundeskanzler",
        "m",
        id="bundeskanzler",
    ),
    pytest.param(
        "Außenministerin Annalena Baerbock erklärte, Deutschland stehe fest an der Seite der Ukraine.",
        "Annalena Baerbock",
        "Außenministerin",
        "f",
        id="aussenministerin",
    ),
    pytest.param(
        "Grünen-Chef Felix Banaszak kritisierte, dass die Regierung den Klimaschutz verschleppe.",
        "Felix Banaszak",
        "Grünen-Chef",
        "m",
        id="gruenen_chef",
    ),
    pytest.param(
        "SPD-Fraktionsvize Dirk Wiese sagte, man werde den Entwurf sorgfältig prüfen.",
        "Dirk Wiese",
        "SPD-Fraktionsvize",
        "m",
        id="spd_fraktionsvize",
    ),
    pytest.param(
        "Die Linken-Vorsitzende Ines Schwerdtner forderte, dass die Mieten eingefroren werden.",
        "Ines Schwerdtner",
        "Linken-Vorsitzende",
        "f",
        id="linken_vorsitzende",
    ),
    pytest.param(
        "Der Verteidigungsminister Boris Pistorius betonte, die Bundeswehr brauche mehr Personal.",
        "Boris Pistorius",
        "Verteidigungsminister",
        "m",
        id="article_and_role",
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "gender"), PERSONS)
def test_person_with_role(text: str, name: str, role: str, gender: str) -> None:
    speaker = only_speaker(text)
    assert speaker.name == name
    assert speaker.kind is SpeakerKind.PERSON
    assert role in speaker.roles
    assert speaker.gender == gender


def test_party_prefix_gives_affiliation() -> None:
    text = "SPD-Fraktionsvize Dirk Wiese sagte, man werde den Entwurf sorgfältig prüfen."
    assert only_speaker(text).affiliation == "SPD"
    text = "Grünen-Chef Felix Banaszak kritisierte, dass die Regierung den Klimaschutz verschleppe."
    assert only_speaker(text).affiliation == "Bündnis 90/Die Grünen"


def test_academic_title_is_not_part_of_the_name() -> None:
    text = (
        "Dr. Anna Lehmann vom Institut für Weltwirtschaft warnte, die Konjunktur bleibe "
        "auch im kommenden Jahr schwach."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Anna Lehmann"
    assert speaker.kind is SpeakerKind.PERSON
    assert speaker.gender == "f"


def test_professor_title() -> None:
    text = "Prof. Dr. Marcel Fratzscher sagte, eine Rezession sei nicht mehr auszuschließen."
    speaker = only_speaker(text)
    assert speaker.name == "Marcel Fratzscher"
    assert speaker.kind is SpeakerKind.PERSON


# --- name merging -------------------------------------------------------------


def test_surname_merges_with_full_name() -> None:
    text = (
        "Bundeskanzler Friedrich Merz eröffnete die Generaldebatte. "
        "Merz sagte, Deutschland müsse wieder wachsen."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Friedrich Merz"
    assert [m.text for m in speaker.mentions] == ["Friedrich Merz", "Merz"]
    assert speaker.mentions[1].start == text.index("Merz sagte")


def test_earlier_surname_merges_with_later_full_name() -> None:
    text = (
        "Söder warnte, die Ampel habe das Land gespalten. "
        "Der bayerische Ministerpräsident Markus Söder sprach vor 3000 Anhängern."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Markus Söder"
    assert speaker.mentions[0].text == "Söder"
    assert speaker.mentions[0].start == 0


def test_two_persons_with_different_surnames_stay_apart() -> None:
    text = (
        "Finanzminister Lars Klingbeil sagte, der Haushalt stehe. "
        "Wirtschaftsministerin Katherina Reiche betonte, die Energiepreise seien zu hoch."
    )
    assert [s.name for s in speakers(text)] == ["Lars Klingbeil", "Katherina Reiche"]
    assert [s.id for s in speakers(text)] == ["S1", "S2"]


# --- pronouns -----------------------------------------------------------------


def test_sie_resolves_to_the_last_female_person() -> None:
    text = (
        "Bundestagspräsidentin Julia Klöckner eröffnete die Sitzung. Neben ihr saß "
        "Vizepräsident Omid Nouripour. Sie betonte, das Parlament müsse seine Würde wahren."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Julia Klöckner"
    sie = text.index("Sie betonte")
    assert any(m.start == sie and m.text == "Sie" for m in speaker.mentions)
    kinds = dict(zip([m.start for m in speaker.mentions], speaker.mention_kinds, strict=True))
    assert kinds[sie] is MentionKind.PRONOUN


def test_sie_with_singular_verb_picks_the_woman_of_a_pair() -> None:
    text = (
        "Arbeitsminister Hubertus Heil und Familienministerin Lisa Paus stellten das Paket vor. "
        "Sie erklärte, dass Familien um zwei Milliarden Euro entlastet würden."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Lisa Paus"


def test_er_resolves_to_the_last_male_person() -> None:
    text = (
        "Wirtschaftsministerin Katherina Reiche traf Finanzminister Lars Klingbeil. "
        "Er sagte anschließend, der Haushalt für 2026 stehe."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Lars Klingbeil"
    assert any(m.text == "Er" for m in speaker.mentions)


def test_pronoun_after_direct_quote() -> None:
    text = (
        "Die Wirtschaftsweise Monika Schnitzer besuchte das Werk in Zwickau. "
        "„Wir brauchen dringend günstigere Energie“, sagte sie."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Monika Schnitzer"
    assert speaker.mentions[-1].text == "sie"


# --- institutions and governments --------------------------------------------


def test_bundesregierung() -> None:
    speaker = only_speaker(
        "Die Bundesregierung teilte mit, dass die Gespräche mit den Ländern fortgesetzt werden."
    )
    assert speaker.name == "Bundesregierung"
    assert speaker.kind is SpeakerKind.GOVERNMENT


def test_kreml() -> None:
    text = "Der Kreml dementierte, dass Truppen an die Grenze verlegt würden."
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.GOVERNMENT
    assert [m.text for m in speaker.mentions] == ["Kreml"]


def test_bundesbank_is_an_institution() -> None:
    speaker = only_speaker("Die Bundesbank warnte, die Inflation könne wieder anziehen.")
    assert speaker.name == "Bundesbank"
    assert speaker.kind is SpeakerKind.INSTITUTION


def test_union_is_an_organisation() -> None:
    speaker = only_speaker(
        "Die IG Metall kündigte an, dass sie in der kommenden Woche streiken werde."
    )
    assert speaker.name == "IG Metall"
    assert speaker.kind is SpeakerKind.ORGANISATION


# --- metonyms -----------------------------------------------------------------


def test_moskau_stands_for_russia() -> None:
    text = "Moskau wies die Vorwürfe zurück und erklärte, der Westen eskaliere den Konflikt."
    speaker = only_speaker(text)
    assert speaker.name == "Russland"
    assert speaker.kind is SpeakerKind.GOVERNMENT
    assert speaker.mentions[0].text == "Moskau"


def test_washington_stands_for_the_united_states() -> None:
    speaker = only_speaker("Washington kündigte an, dass die Zölle auf Stahl bestehen bleiben.")
    assert speaker.name == "Vereinigte Staaten"
    assert speaker.kind is SpeakerKind.GOVERNMENT


def test_paris_stands_for_france() -> None:
    speaker = only_speaker(
        "Paris erklärte, man werde das Abkommen in dieser Form nicht unterzeichnen."
    )
    assert speaker.name == "Frankreich"
    assert speaker.kind is SpeakerKind.GOVERNMENT


def test_kreml_and_moskau_are_one_speaker() -> None:
    text = (
        "Der Kreml wies die Berichte als Propaganda zurück. "
        "Moskau erklärte zudem, man sei zu Gesprächen bereit."
    )
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.GOVERNMENT
    assert [m.text for m in speaker.mentions] == ["Kreml", "Moskau"]


# --- groups -------------------------------------------------------------------

GROUPS = [
    pytest.param(
        "Experten warnten, dass die Kosten der Reform deutlich höher ausfallen könnten.",
        "Experten",
        id="experten",
    ),
    pytest.param(
        "Demonstranten forderten, dass das Kohlekraftwerk sofort abgeschaltet werde.",
        "Demonstranten",
        id="demonstranten",
    ),
    pytest.param(
        "Kritiker bemängeln, das Gesetz sei viel zu bürokratisch.",
        "Kritiker",
        id="kritiker",
    ),
]


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_groups(text: str, name: str) -> None:
    speaker = only_speaker(text)
    assert speaker.name == name
    assert speaker.kind is SpeakerKind.GROUP


# --- anonymous sources ----------------------------------------------------------


def test_aus_regierungskreisen() -> None:
    text = "Aus Regierungskreisen hieß es, eine Einigung stehe unmittelbar bevor."
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.ANONYMOUS_SOURCE
    assert speaker.name == "Regierungskreise"
    assert speaker.mentions[0].text == "Regierungskreisen"


def test_nach_angaben_aus_sicherheitskreisen() -> None:
    text = "Nach Angaben aus Sicherheitskreisen wurde der Verdächtige in Hamburg festgenommen."
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.ANONYMOUS_SOURCE
    assert speaker.name == "Sicherheitskreise"


def test_ein_sprecher_des_ministeriums() -> None:
    text = "Ein Sprecher des Ministeriums sagte, man prüfe den Vorgang."
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.ANONYMOUS_SOURCE
    assert "Sprecher" in speaker.mentions[0].text


def test_diplomaten_zufolge() -> None:
    text = "Diplomaten zufolge soll der Gipfel auf Juni verschoben werden."
    speaker = only_speaker(text)
    assert speaker.kind is SpeakerKind.ANONYMOUS_SOURCE
    assert speaker.mentions[0].text == "Diplomaten"


# --- non-speakers ---------------------------------------------------------------

NO_SPEAKERS = [
    pytest.param(
        "Bundeskanzler Friedrich Merz traf am Dienstag den französischen Präsidenten "
        "Emmanuel Macron in Paris.",
        id="meeting",
    ),
    pytest.param(
        "Die Bundesregierung hat ein neues Gesetz zur Fachkräfteeinwanderung beschlossen.",
        id="decision",
    ),
    pytest.param("Die Grünen verloren bei der Landtagswahl in Sachsen deutlich.", id="election"),
    pytest.param(
        "Der Minister sagte die Reise nach Peking kurzfristig ab.", id="absagen_is_no_speech"
    ),
    pytest.param("Die Kanzlerin sprach am Abend mit Journalisten.", id="sprechen_without_content"),
]


@pytest.mark.parametrize("text", NO_SPEAKERS)
def test_no_speakers(text: str) -> None:
    assert speakers(text) == []


def test_person_inside_the_reported_clause_is_no_speaker() -> None:
    text = "Wirtschaftsminister Robert Habeck sagte, Olaf Scholz habe die Pläne längst gebilligt."
    assert [s.name for s in speakers(text)] == ["Robert Habeck"]


def test_person_mentioned_after_laut_phrase_is_no_speaker() -> None:
    text = "Laut Finanzministerin Anna Berg hat Kanzler Olaf Scholz den Etat gebilligt."
    assert [s.name for s in speakers(text)] == ["Anna Berg"]


def test_mentioned_person_in_other_sentence_is_no_speaker() -> None:
    text = (
        "Der frühere US-Präsident Barack Obama besuchte München. "
        "Die Bundesregierung erklärte, der Besuch sei privat gewesen."
    )
    found = speakers(text)
    assert len(found) == 1
    assert found[0].kind is SpeakerKind.GOVERNMENT
    assert [m.text for m in found[0].mentions] == ["Bundesregierung"]


@xfail(
    "'Berlin', the city Obama visits, is merged into the speaker as a mention of the "
    "German government (speaker 'Deutschland' with mentions ['Berlin', 'Bundesregierung'])"
)
def test_visited_capital_is_not_a_mention_of_the_government() -> None:
    text = (
        "Der frühere US-Präsident Barack Obama besuchte Berlin. "
        "Die Bundesregierung erklärte, der Besuch sei privat gewesen."
    )
    found = speakers(text)
    assert len(found) == 1
    assert [m.text for m in found[0].mentions] == ["Bundesregierung"]


# --- API consistency -------------------------------------------------------------


def test_analyze_speakers_equal_detect_speakers() -> None:
    text = (
        "Außenministerin Annalena Baerbock sagte, Europa müsse geschlossen handeln. "
        "Moskau erklärte, man sehe keinen Anlass für Gespräche. Sie widersprach, dass "
        "Sanktionen wirkungslos seien."
    )
    analysis = polittext.analyze(text)
    assert list(analysis.speakers) == polittext.detect_speakers(text)
    assert polittext.detect_speakers(analysis) == list(analysis.speakers)
    assert [s.name for s in analysis.speakers] == ["Annalena Baerbock", "Russland"]


def test_every_speaker_has_a_quote() -> None:
    text = (
        "Der CDU-Politiker Jens Spahn sagte, die Union stehe geschlossen. "
        "Hinter ihm saßen Carsten Linnemann und Julia Klöckner. "
        "Kritiker warnten, der Kurs spalte die Partei."
    )
    analysis = polittext.analyze(text)
    quoted = {q.speaker.id for q in analysis.quotes if q.speaker is not None}
    assert {s.id for s in analysis.speakers} == quoted
    assert [s.name for s in analysis.speakers] == ["Jens Spahn", "Kritiker"]


# --- harder cases ------------------------------------------------------------------


def test_name_in_apposition() -> None:
    text = (
        "Die Chefin der Bundesagentur für Arbeit, Andrea Nahles, sagte, der Arbeitsmarkt "
        "sei robust."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Andrea Nahles"
    assert speaker.kind is SpeakerKind.PERSON


def test_name_with_role_in_apposition_after_it() -> None:
    text = "Friedrich Merz, der Vorsitzende der CDU, sagte, die Union sei zu Gesprächen bereit."
    speaker = only_speaker(text)
    assert speaker.name == "Friedrich Merz"
    assert speaker.mentions[0].start == 0


def test_definite_description_resolves_to_named_person() -> None:
    text = (
        "Friedrich Merz reiste am Montag nach Kiew. Der Kanzler sagte dort, Deutschland "
        "stehe fest an der Seite der Ukraine."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Friedrich Merz"
    assert len(speaker.mentions) == 2
    assert "Kanzler" in speaker.mentions[1].text


def test_plural_sie_resolves_to_a_group() -> None:
    text = "Die Gewerkschaften lehnen den Plan ab. Sie fordern, dass die Löhne kräftig steigen."
    speaker = only_speaker(text)
    assert speaker.name == "Gewerkschaften"
    assert speaker.kind is SpeakerKind.GROUP
    assert [m.text for m in speaker.mentions] == ["Gewerkschaften", "Sie"]


def test_surname_with_particles_is_one_mention() -> None:
    text = (
        "EU-Kommissionspräsidentin Ursula von der Leyen sagte, Europa sei bereit. "
        "Von der Leyen betonte, dass die Zölle fallen müssten."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Ursula von der Leyen"
    assert [m.text for m in speaker.mentions] == ["Ursula von der Leyen", "Von der Leyen"]


def test_capitalised_particles_belong_to_the_name() -> None:
    text = (
        "Bundespräsident Alexander Van der Bellen mahnte zur Ruhe. "
        "Van der Bellen sagte, die Lage sei ernst. Später erklärte van der Bellen, es gehe voran."
    )
    speaker = only_speaker(text)
    assert speaker.name == "Alexander Van der Bellen"
    assert [m.text for m in speaker.mentions] == [
        "Alexander Van der Bellen",
        "Van der Bellen",
        "van der Bellen",
    ]


def test_frau_plus_surname() -> None:
    speaker = only_speaker("Frau Esken erklärte, dass die SPD den Kompromiss mittrage.")
    assert speaker.name == "Esken"
    assert speaker.kind is SpeakerKind.PERSON
    assert speaker.gender == "f"


def test_das_auswaertige_amt() -> None:
    speaker = only_speaker("Das Auswärtige Amt warnte, dass Reisen in die Region gefährlich seien.")
    assert speaker.name == "Auswärtiges Amt"
    assert speaker.kind is SpeakerKind.INSTITUTION


def test_role_without_name_is_a_person_speaker() -> None:
    speaker = only_speaker("Die Ministerin sagte, sie sei mit dem Ergebnis zufrieden.")
    assert speaker.kind is SpeakerKind.PERSON
    assert speaker.gender == "f"
    assert speaker.mentions[0].text.endswith("Ministerin")


def test_country_genitive_before_role() -> None:
    text = "Frankreichs Präsident Emmanuel Macron sagte, Europa müsse souveräner werden."
    speaker = only_speaker(text)
    assert speaker.name == "Emmanuel Macron"
    assert speaker.kind is SpeakerKind.PERSON


@xfail(
    "two coordinated subjects ('Scholz und Macron erklärten, …') give only the first "
    "(Scholz) as speaker; Macron is lost"
)
def test_coordinated_subjects_are_both_speakers() -> None:
    text = "Scholz und Macron erklärten, sie stünden fest an der Seite der Ukraine."
    names = " ".join(s.name for s in speakers(text))
    assert "Scholz" in names
    assert "Macron" in names


def test_first_person_outside_quotes_is_the_texts_own_speaker() -> None:
    text = (
        "Ich sage Ihnen ganz deutlich, dass diese Reform scheitern wird. "
        "Wir fordern, dass die Regierung umkehrt. Ich habe immer gesagt, das sei falsch."
    )
    found = polittext.attribute_quotes(text)
    assert [(q.speaker.name, q.speaker.kind.value) for q in found if q.speaker] == [
        ("ich", "person"),
        ("wir", "group"),
        ("ich", "person"),
    ]
    me = found[0].speaker
    assert me is not None
    assert [m.text for m in me.mentions] == ["Ich", "Ich"]


@pytest.mark.parametrize(
    "text",
    [
        "„Ich sage Ihnen, das ist falsch“, erklärte Merz.",
        "„Wir bleiben dabei“ sagte Merz am Montag.",
        "Merz erklärte: „Ich habe gesagt, dass wir bereit sind.“",
    ],
)
def test_first_person_inside_a_quote_is_not_its_speaker(text: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in polittext.attribute_quotes(text)] == [
        "Merz"
    ]


def test_unresolvable_pronoun_keeps_its_mention_as_speaker() -> None:
    # No earlier person: "Ein Vertrauter" is no named speaker. The quote is still
    # attributed to the pronoun, and the next "er" is the same speaker.
    text = (
        "Ein Vertrauter des Bürgermeisters lehnte den Auftrag ab. "
        "Er meinte, es handle sich um eine Familienangelegenheit. "
        "Er sagte außerdem, er werde nicht aussagen."
    )
    found = polittext.attribute_quotes(text)
    assert [q.speaker_mention.text for q in found if q.speaker_mention] == ["Er", "Er"]
    assert [q.speaker.name for q in found if q.speaker] == ["Er", "Er"]
    assert found[0].speaker == found[1].speaker
    assert found[0].speaker is not None
    assert found[0].speaker.gender == "m"


def test_subject_before_appositions_and_an_auxiliary() -> None:
    text = (
        "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte "
        "bereits im Juni angekündigt, sein Geschäft stärken zu wollen."
    )
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Erich Stamminger"
    text = "Als die Polizei kam, hatte Merz bereits gesagt, er gehe."
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Merz"


def test_leading_conjunction_is_not_the_subject() -> None:
    text = (
        "Die Polizei schwieg. Aber Zeitungen berichteten, es sei gegen den Arzt ermittelt worden."
    )
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Zeitungen"


def test_possessive_and_numeral_before_the_role_noun() -> None:
    text = (
        "Die Gewerkschaft war nicht zufrieden. Ihr Vorsitzender Eberhard Brandt erklärte: "
        "„Die Rechtssicherheit ist nicht gegeben.“"
    )
    [quote] = polittext.attribute_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Eberhard Brandt"
    [quote] = polittext.attribute_quotes(
        "Der 23-jährige Sportler gab bekannt: „Ich war an keiner Schlägerei beteiligt.“"
    )
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Der 23-jährige Sportler"


def test_split_particle_at_clause_end_is_no_verb_final_clause() -> None:
    # "Als Begründung gab X an": "als" with a noun opens a prepositional prefield of
    # a main clause (the particle "an" closes it, not the verb); the subject follows.
    [quote] = polittext.attribute_quotes(
        "Als Begründung gab die Ministerin an, die Kosten seien zu hoch."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Ministerin"
    # A real subordinate clause with "als" keeps its subject before the verb.
    [quote] = polittext.attribute_quotes(
        "Als die Ministerin angab, die Kosten seien zu hoch, lachten alle."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Ministerin"


def test_demonstrative_subject_without_an_antecedent_is_a_speaker_of_its_own() -> None:
    # As with "Er"/"Sie": no earlier speaker fits, so the pronoun names the speaker.
    [quote] = polittext.attribute_quotes(
        "Der Minister traf die Kanzlerin. Diese sagte, die Lage sei ernst."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Diese"
    assert quote.speaker.gender == "f"
    # With a named person before it, the demonstrative refers to her.
    [quote] = polittext.attribute_quotes(
        "Die Kanzlerin Angela Merkel traf den Minister. Diese sagte, die Lage sei ernst."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Angela Merkel"


def test_focus_particle_before_an_article_is_not_the_speaker() -> None:
    [quote] = polittext.attribute_quotes(
        "Selbst die Wochenzeitschrift „Jungle World“ hatte kritisiert, dass sie zu zögerlich sei."
    )
    assert quote.speaker is not None
    # The subject is the weekly; the focus particle "Selbst" is no part of it.
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text.startswith("die Wochenzeitschrift")
    assert "Selbst" not in quote.speaker.name


def test_name_in_a_prepositional_phrase_is_not_the_subject() -> None:
    [quote] = polittext.attribute_quotes(
        "Dass der Innenminister gegenüber Medien versicherte, die Lage sei ernst, half nicht."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Innenminister"
    # A passive agent with "von" is still the source.
    [quote] = polittext.attribute_quotes(
        "Von deutscher Seite wurde gefordert, die Beiträge zu löschen."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "deutscher Seite"


def test_nominative_noun_phrase_in_the_prefield_beats_a_known_name_after_the_verb() -> None:
    for text in [
        "Ein Bezirksgericht in Virginia hat das Netzwerk Twitter aufgefordert, Daten herauszugeben.",
        "Ein Bezirksgericht in Virginia forderte das Netzwerk Twitter auf, Daten herauszugeben.",
    ]:
        [quote] = polittext.attribute_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == "Bezirksgericht"


def test_capitalised_adverb_opening_the_sentence_is_not_the_speaker() -> None:
    [quote] = polittext.attribute_quotes(
        "Stellvertretend für die Kommission empfahl die Kommissarin Anna Berg, die Gespräche "
        "fortzusetzen."
    )
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berg"
    # A surname of that shape alone before the verb is still the subject.
    [quote] = polittext.attribute_quotes("Fröhlich sagte, die Lage sei ernst.")
    assert quote.speaker is not None
    assert quote.speaker.name == "Fröhlich"


def test_lower_case_names_from_the_lists_are_speakers() -> None:
    for text, name in [
        ("Die taz vermutet, dass der Zugriff schon heute üblich ist.", "taz"),
        ("Laut dpa sei die Lage ruhig.", "dpa"),
        ("Die Lage sei ruhig, so dpa.", "dpa"),
    ]:
        [quote] = polittext.attribute_quotes(text)
        assert quote.speaker is not None
        assert quote.speaker.name == name


def test_second_given_name_outside_the_lists_joins_the_name() -> None:
    analysis = polittext.analyze(
        "Henk Jaap Meijer, Laborleiter der Firma, erklärte: „Wir sehen keine Möglichkeit.“"
    )
    assert [speaker.name for speaker in analysis.speakers] == ["Henk Jaap Meijer"]
    # A noun after a full name is not taken into it.
    analysis = polittext.analyze("Am Montag sagte Angela Merkel Reportern, die Lage sei ernst.")
    assert [speaker.name for speaker in analysis.speakers] == ["Angela Merkel"]


def test_unknown_given_name_and_surname_before_the_verb_are_one_name() -> None:
    analysis = polittext.analyze(
        "Jaap Meijer erklärte, die Lage sei ernst. Meijer sagte, es werde besser."
    )
    assert [speaker.name for speaker in analysis.speakers] == ["Jaap Meijer"]
    assert [q.speaker_mention.text for q in analysis.quotes if q.speaker_mention] == [
        "Jaap Meijer",
        "Meijer",
    ]
