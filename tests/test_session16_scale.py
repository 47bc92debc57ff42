"""Session 16: names in long texts (a corpus joined into one string) are linked and
looked up within a fixed reach, so that time stays linear and one article's names do
not name words of another far away."""

from __future__ import annotations

import re

import polittext
from polittext.attribution import _capitalised_inside
from polittext.entities import NAME_REACH, find_entities
from polittext.frames import MAX_MESSAGE_WORDS
from polittext.sentences import MAX_SENTENCE_CHARS

# Sentences of filler without names: about 27 characters each.
FILLER = "Die Sitzung dauerte lange. "


def _winter_mentions(text: str) -> list[str]:
    table = find_entities(text)
    return [
        text[start:end]
        for entity in table.entities
        if entity.key == "person:Winter"
        for start, end, _kind in entity.mentions
    ]


def test_a_bare_surname_near_the_full_name_names_the_person() -> None:
    text = "Ralf Winter sagte, die Lage sei ernst. " + FILLER * 10 + "Winter blieb ruhig."
    assert _winter_mentions(text) == ["Ralf Winter", "Winter"]


def test_a_bare_surname_far_from_every_mention_is_not_linked() -> None:
    # The same word more than NAME_REACH characters after the only mention: another
    # article of a joined corpus ("Im Winter" is the season).
    far = FILLER * (NAME_REACH // len(FILLER) + 10)
    text = "Ralf Winter sagte, die Lage sei ernst. " + far + "Im Winter wird es kalt."
    assert _winter_mentions(text) == ["Ralf Winter"]


def test_linked_surnames_carry_the_reach_on() -> None:
    # Every bare "Winter" lies within the reach of the one before: all are linked,
    # although the last is far from the full name.
    step = FILLER * (NAME_REACH // len(FILLER) // 2)
    text = "Ralf Winter sagte es. " + (step + "Winter nickte. ") * 4
    assert _winter_mentions(text) == ["Ralf Winter"] + ["Winter"] * 4


def test_hyphenated_name_inside_a_sentence_from_the_index() -> None:
    # After the first few words asked about in a text, the answer comes from an index
    # of its capitalised words; a hyphenated name is found by its first part.
    text = (
        "Müller-Lüdenscheid sagte das. Gestern kam Müller-Lüdenscheid an. "
        "Müller sagte es. Müller-Wahl sagte es. Heute kam Müller. "
    )
    for _ in range(10):  # past the scans of the first words
        _capitalised_inside(text, "Zzz", 0)
    # inside a sentence at 42: true for the name at the start
    assert _capitalised_inside(text, "Müller-Lüdenscheid", 0)
    # "Müller-Wahl" stands only at a sentence start; "Müller-Lüdenscheid" does not
    # contain it, and the name at 42 is not "Müller-Wahl"
    position = text.index("Müller-Wahl")
    assert not _capitalised_inside(text, "Müller-Wahl", position)
    # "Müller" alone: inside a sentence at the end ("Heute kam Müller"), and as the
    # first part of the hyphenated name at 42
    assert _capitalised_inside(text, "Müller", text.index("Müller sagte"))


def test_hyphenated_name_only_as_part_of_a_longer_word_is_not_found() -> None:
    text = "Kamp-Lintfort sagte das. Gestern kam Kamp-Lintforter Besuch. " + FILLER
    for _ in range(10):
        _capitalised_inside(text, "Zzz", 0)
    assert not _capitalised_inside(text, "Kamp-Lintfort", 0)


def test_a_sentence_ending_in_a_comma_after_a_source_noun_does_not_crash() -> None:
    # Found by the session's own adversarial inputs: "nach Angaben von Müller," at
    # the very end (the comma ends the text) sent a look-up past the last word.
    text = ("laut der Bundesregierung und nach Angaben von Müller, " * 6).rstrip()
    analysis = polittext.analyze(text)
    assert [speaker.name for speaker in analysis.speakers] == ["Bundesregierung", "Müller"]


def test_a_run_on_text_is_cut_after_commas_into_bounded_sentences() -> None:
    text = "Die Lage ist ernst, die Preise steigen, " * 200  # 8,000 characters, no stop
    sentences = polittext.split_sentences(text)
    assert len(sentences) == 3
    for sentence in sentences:
        assert len(sentence.text) <= MAX_SENTENCE_CHARS
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.text.startswith("Die Lage")  # each cut follows a comma
    assert sentences[0].text.endswith("steigen,")


def test_a_run_without_commas_is_cut_at_a_space_and_one_without_spaces_anywhere() -> None:
    words = "ab " * 3000
    assert [(s.start, s.end) for s in polittext.split_sentences(words)] == [
        (0, 2999),
        (3000, 5999),
        (6000, 8999),
    ]
    letters = "a" * 7000
    assert [(s.start, s.end) for s in polittext.split_sentences(letters)] == [
        (0, 3000),
        (3000, 6000),
        (6000, 7000),
    ]


def test_real_sentences_are_never_cut() -> None:
    # A long but real sentence (about 700 characters, the longest in our data) stays whole.
    clause = "und die Bundesregierung hat nach langen Verhandlungen beschlossen, dass "
    text = "Der Minister sagte, " + clause * 9 + "die Hilfe weitergeht."
    assert len(text) < MAX_SENTENCE_CHARS
    assert len(polittext.split_sentences(text)) == 1


def test_messages_before_a_cue_are_bounded_in_a_run_on_text() -> None:
    # "…, wie Meier sagte," thousands of times in one run: each message before its cue
    # is at most MAX_MESSAGE_WORDS words (+1: a message that runs on after its cue
    # ends with the word that many after its first), not all of the text before it.
    text = "Müller zufolge, wie Meier sagte, " * 300
    analysis = polittext.analyze(text)
    assert len(analysis.quotes) > 250
    assert max(len(q.content.text.split()) for q in analysis.quotes) <= MAX_MESSAGE_WORDS + 1


def test_the_source_noun_of_a_named_organisation_is_found_in_a_long_text() -> None:
    # named_words() grows with the organisation's mentions instead of being re-read
    text = "Die Süddeutsche Zeitung berichtete das. " + "Das sei gut, so die Zeitung. " * 50
    analysis = polittext.analyze(text)
    assert [s.name for s in analysis.speakers] == ["Süddeutsche Zeitung"]
    assert len(analysis.quotes) == 50


def test_a_pronoun_as_the_last_word_after_a_cue_does_not_crash() -> None:
    # Found by the fuzzer (fuzz/fuzz_analyze.py): a personal pronoun as the last word
    # of the sentence, in a bracket after the message, was followed by a look-up of
    # the word after it.
    text = "sagte, sie fordere Neuwahl (2dwer,ich)“ "
    analysis = polittext.analyze(text)
    # One indirect quote: the Konjunktiv-I clause after "sagte," (where a stray
    # closing mark after it belongs is not what this test is about).
    assert len(analysis.quotes) == 1
    assert analysis.quotes[0].content.text.startswith("sie fordere Neuwahl (2dwer,ich)")


def test_a_text_that_ends_with_sondern_does_not_crash() -> None:
    # Found by cutting this session's measure sentences after every word: the
    # "nicht …, sondern …" rule looked up the clause of the word after "sondern".
    text = "Meine Partei will die Schuldenbremse nicht abschaffen, sondern"
    analysis = polittext.analyze(text)
    assert [m.trigger.text for m in analysis.measures] == ["Schuldenbremse"]


# Sentences of many constructions; every prefix of each (cut after any word, with a
# comma, a conjunction, a bracket, a colon or a quotation mark added) must be
# analysed without an error: a rule that looks a word or a clause on must stop at
# the end of the text.
PREFIX_SENTENCES = [
    "Laut Angaben der Polizei wurden zwei Männer festgenommen, sagte ein Sprecher.",
    "Der Minister betonte, dass die Regierung keine neuen Steuern plane, und kündigte an, "
    "das Verbot zu prüfen.",
    "„Wir werden das nicht hinnehmen“, sagte Merz am Montag in Berlin, „niemals.“",
    "Nach Ansicht von Experten soll die EU weitere Sanktionen gegen Russland verhängen.",
    "Wie ein Sprecher des Ministeriums mitteilte, sei die Obergrenze für Flüchtlinge vom Tisch.",
    "Die Grünen fordern ein Tempolimit von 130 km/h, die FDP lehnt das ab.",
    "Er soll das Geld veruntreut haben, heißt es aus Regierungskreisen.",
    "Dr. Rolf Mützenich (SPD): Ich sage Ihnen, dass wir die Wehrpflicht nicht wieder "
    "einführen werden.",
    "Dem Bericht zufolge plant die Kommission, die Zölle auf Stahl zu erhöhen; Washington "
    "reagierte empört.",
    "Die Koalition will die Schuldenbremse nicht abschaffen, sondern reformieren, sagte sie.",
]


def test_every_prefix_of_a_sentence_is_analysed() -> None:
    failures = []
    for sentence in PREFIX_SENTENCES:
        for word in re.finditer(r"\S+", sentence):
            for suffix in ("", ",", " und", " (", ":", "„", "“"):
                text = sentence[: word.end()] + suffix
                try:
                    analysis = polittext.analyze(text)
                except Exception as error:  # any error is a failure here
                    failures.append((text, repr(error)))
                    continue
                assert all(span.text == text[span.start : span.end] for span in analysis.spans())
    assert failures == []


def test_a_message_that_would_end_before_it_starts_is_no_quote() -> None:
    # Found by the fuzzer: after "betonte," the next word "und" opens no message, and a
    # rule's end bound fell before its start; analyze raised ValueError from Span.
    text = "»Er betonte, und sagte sage? Merz nicht“ "
    analysis = polittext.analyze(text)
    assert all(quote.content.start < quote.content.end for quote in analysis.quotes)
    # The well-formed sentence keeps its message.
    good = polittext.analyze("Er betonte, und sagte, es sei gut.")
    assert [(q.content.text, q.cue.text if q.cue else None) for q in good.quotes] == [
        ("es sei gut", "sagte")
    ]


def test_a_long_analysis_leaves_the_collector_on_and_nothing_frozen() -> None:
    import gc

    text = "Merz sagte, es sei gut. " * 21_000  # 504,000 characters: a long text
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    analysis = polittext.analyze(text)
    assert len(analysis.quotes) == 21_000
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # moved to the oldest generation, not left frozen
    # The results skipped the young generations: no pass over them follows the analysis.
    assert any(o is analysis for o in gc.get_objects(2))
    assert not any(o is analysis for o in gc.get_objects(0))


def test_what_the_caller_froze_stays_frozen_after_a_long_analysis() -> None:
    import gc

    mine = [["a list the caller froze"]]
    gc.collect()
    gc.freeze()
    try:
        polittext.analyze("Merz sagte, es sei gut. " * 21_000)
        assert gc.isenabled()
        # A frozen object is in none of the three generations the collector scans.
        young_and_old = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
        assert id(mine) not in young_and_old
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert id(mine) in {id(o) for o in gc.get_objects(2)}  # unfrozen: the oldest generation
