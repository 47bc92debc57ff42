"""Adversarial inputs take time linear in their length, and offsets stay exact.

Every kind of input below is built at about 20 kB and 200 kB (and 2 MB in the
``slow`` tests, run by ``python -m pytest -m slow``, a step of .ci/run): a
linear algorithm takes about 10 times as long on the larger one, and the test
allows 13. Times are CPU time of this process (other processes on a loaded
machine do not count), the best of several runs, with a floor under the
smaller time so that fixed costs and timer noise cannot fail the test.
"""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Callable, Iterator

import pytest

import polittext
from polittext import Analysis
from polittext.sentences import MAX_SENTENCE_CHARS

FACTOR = 10
MAX_RATIO = 13.0
# Seconds: a smaller time counts as this much. From 200 kB to 2 MB the text
# outgrows the CPU caches, and a run that is linear from 2 MB on (4 MB takes
# twice as long) still takes 14 times as long for 10 times the text when it is
# as fast as "a" * 200_000 (0.06 s); a quadratic run (100 times) still fails.
FLOOR = {20_000: 0.05, 200_000: 0.25}


def repeat(unit: str) -> Callable[[int], str]:
    """A maker of ``unit`` repeated to ``size`` characters."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def nested_brackets(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def nested_brackets_with_words(size: int) -> str:
    depth = size // 12
    return ("(Merz sagte " * depth + ")" * depth)[:size]


# The kinds of input of issue #8, and a few more that stress particular rules.
KINDS: dict[str, Callable[[int], str]] = {
    "straight_quote_marks": repeat('"'),
    "low_quote_marks": repeat("„"),
    "mixed_unbalanced_quotes": repeat('„Ja" »nein‹ “so‚ ‘doch« ›'),
    "quote_marks_without_spaces": repeat('"„'),
    "no_spaces_letters": repeat("a"),
    "no_spaces_sentences": repeat("Merz sagte,dass„Europa“stark(sei).Gut!"),
    "period_space": repeat(". "),
    "periods_without_spaces": repeat("."),
    "abbreviations": repeat("z. B. Abs. Dr. usw. "),
    "capitalised_words": repeat("Merkel "),
    "one_capitalised_word": repeat("A"),
    "nested_brackets": nested_brackets,
    "nested_brackets_with_words": nested_brackets_with_words,
    "titles": repeat("Dr. Prof. Herr Frau "),
    "first_names": repeat("Anna Hans Maria "),
    "cue_words": repeat("sagte "),
    "cue_words_mixed": repeat("sagte betonte laut zufolge so, dass "),
    "so_phrases": repeat("Gut, so Merkel "),
    "reported_speech": repeat("Kallas betonte, dass Europa stark sei. Die Lage sei ernst. "),
    "control_characters": repeat("Die Regierung\x07 tagt\x1b[0m.\x0b\x0c\x1f\x7f "),
    "zero_width_and_bom": repeat("Merz\u200b sagte\ufeff, es\u200d sei\u200c gut.\u2060 "),
    "line_separator_u2028": repeat("Die Regierung tagt.\u2028Der Kanzler spricht\u2028"),
    "lone_surrogates": repeat("Merz\ud800 sagte, es sei\udfff gut. \udc80"),
    "emoji": repeat("Die Grünen feiern 🎉👨‍👩‍👧. „Gut 👍“, sagte sie. "),
    "right_to_left": repeat("Der Botschafter sagte: „السلام عليكم“ שלום \u202eEU\u202c. "),
    "windows_line_endings": repeat("Die Regierung tagt.\r\n\r\nMerz sagte, es sei gut.\r\n"),
    "nul_bytes": repeat("Die Regierung\x00 tagt.\x00 Merz\x00 sagte, es sei gut.\x00"),
    # Rules added later: the polite "Sie", a quote after a colon that ends a
    # dependent clause, interview turns and plenary protocol headers.
    "polite_sie": repeat("Ich sage Ihnen, Sie haben gesagt, dass Sie kommen. "),
    "colon_after_dependent_clause": repeat("Er glaubt, dass es gut gehe: „Ja.“ "),
    "interview_turns": repeat("Frage: Wird es teurer?\n\nMerz: Nein, sagte er.\n\n"),
    "protocol_headers": repeat("Dr. Rolf Mützenich (SPD):\n\nIch sage, dass es gut ist.\n\n"),
    # One endless sentence of measures (session 12): the pairwise cue check, the veto
    # look-up and the past-tense scan of the measure stage were quadratic in it.
    "one_sentence_of_measures": repeat(
        "Die Regierung hat die Sanktionen nicht gekürzt, sondern verlängert und "
    ),
    "one_sentence_of_refusals": repeat("Wir sind auch auch gegen Zölle und "),
    "one_sentence_of_lawsuits": repeat("gegen das Gesetz gegen die Steuer klagen "),
    # Session 14: coordinated conjuncts, negated Futur I and questions read each measure's
    # own conjunct; a check per coordinator of every cue was quadratic in one clause.
    "one_sentence_of_conjuncts": repeat(
        "die Regierung hat die Steuer erhöht und die Förderung gestrichen und "
    ),
    "one_sentence_of_promises": repeat(
        "Wir werden keine Kürzungen zulassen und keine Steuern erhöhen und "
    ),
    # Session 15: whether a one-word subject no list knows also stands inside a sentence
    # was looked up in the whole text for every quote (quadratic: 200 kB took 23-29 s).
    "bare_names_at_sentence_starts": repeat("Kowalczyk kritisierte die Pläne scharf. "),
    "bare_names_after_the_verb": repeat("Besorgt äußerte sich Kowalczyk über die Pläne. "),
    # Session 16: a hyphenated name was looked for by a scan of the whole text each
    # time (200 kB: 16.6 s against 0.21 s for 20 kB).
    "hyphenated_names_at_sentence_starts": repeat(
        "Müller-Lüdenscheid kritisierte die Pläne scharf. "
    ),
    # Session 16: each "Name:" line widened its speaker's mention by a search and a
    # sort of all the speaker's mentions (200 kB: 1.34 s against 0.04 s for 20 kB).
    "colon_lines_of_one_speaker": repeat("Kallas: Europa muss handeln\n\n"),
    # Session 16, run-on text without a full stop: a name's look-up ran to the end of
    # the "sentence", each message before its cue took all of the text before it, and
    # an organisation's names were re-read for every new mention of it.
    "run_on_sources": repeat("Wie Müller sagte, so Meier, laut Schulze, "),
    "run_on_so_phrases": repeat("Das sei gut, so der Bericht, "),
    "run_on_source_nouns": repeat("laut der Bundesregierung und nach Angaben von Müller, "),
}


@pytest.fixture
def frozen_heap() -> Iterator[None]:
    """Keep the objects that exist before the runs (spaCy's vocabulary, polittext's
    tables: over 100,000) out of the garbage collector while timing: a full collection,
    which a 200 kB run sets off and a 20 kB run does not, would walk them all and add
    a constant, not a cost of the algorithm (it made the ratio 1 higher)."""
    polittext.analyze("Merz sagte, es sei gut.")  # builds the pipeline
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def seconds(text: str) -> tuple[float, Analysis]:
    gc.collect()  # no run pays for collecting the garbage of the one before
    start = time.process_time()
    analysis = polittext.analyze(text)
    return time.process_time() - start, analysis


def check_offsets(text: str, analysis: Analysis) -> None:
    assert analysis.text == text
    for span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert span.text == text[span.start : span.end]


def assert_linear(kind: str, small_size: int, small_runs: int, large_runs: int) -> None:
    make = KINDS[kind]
    small, large = make(small_size), make(small_size * FACTOR)
    assert len(large) == FACTOR * len(small)

    def pair() -> tuple[float, float]:
        """The smaller and the larger text timed back to back (best of a few small runs)."""
        small_time = min(seconds(small)[0] for _ in range(small_runs))
        return small_time, seconds(large)[0]

    def ratio(times: tuple[float, float]) -> float:
        return times[1] / max(times[0], FLOOR[small_size])

    small_time = min(seconds(small)[0] for _ in range(small_runs))
    large_time, analysis = seconds(large)
    check_offsets(large, analysis)
    del analysis
    best = small_time, large_time
    # The speed of a shared machine drifts over minutes (other processes compete for
    # caches and cores; a virtual machine's CPU time also counts time its host
    # steals): a CI run once measured five 2 MB runs in a row at 1.3 times their
    # usual time, after the 200 kB runs had seen a quiet machine. So a pair over
    # budget is measured again, both texts back to back, after a pause that lets a
    # burst pass; the pair with the lowest ratio counts. A superlinear algorithm
    # exceeds the budget in every pair.
    for attempt in range(1, large_runs):
        if ratio(best) <= MAX_RATIO:
            break
        time.sleep(min(2.0 * attempt, 6.0))
        best = min(best, pair(), key=ratio)
    small_time, large_time = best
    # Shown with pytest -s: the figures for docs/reliability.rst.
    print(f"\n{kind}: {small_time:.3f} s -> {large_time:.3f} s", end=" ")
    assert ratio(best) <= MAX_RATIO, (
        f"{kind}: {len(small):,} characters take {small_time:.3f} s, "
        f"{len(large):,} take {large_time:.3f} s (ratio {large_time / small_time:.1f})"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_time_is_linear_from_20_to_200_kb(kind: str, frozen_heap: None) -> None:
    assert_linear(kind, 20_000, small_runs=3, large_runs=8)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_time_is_linear_from_200_kb_to_2_mb(kind: str, frozen_heap: None) -> None:
    assert_linear(kind, 200_000, small_runs=2, large_runs=4)


@pytest.mark.parametrize("kind", KINDS)
def test_input_of_every_kind_is_analysed_with_exact_offsets(kind: str) -> None:
    text = KINDS[kind](3_000)
    analysis = polittext.analyze(text)
    check_offsets(text, analysis)
    assert polittext.analyze(text) == analysis


@pytest.mark.parametrize("unit", ["Dr. ", "Frau ", "Anna "])
def test_runs_of_titles_or_first_names_take_linear_time(unit: str, frozen_heap: None) -> None:
    # Every token of such a run used to walk the rest of the run, looking for a surname:
    # 16,000 characters of "Dr. " took 5 s, 16 times as long as 4,000.
    small, large = (unit * (4_000 // len(unit)), unit * (16_000 // len(unit)))
    small_time = min(seconds(small)[0] for _ in range(3))
    large_time = min(seconds(large)[0] for _ in range(2))
    assert large_time <= 6 * max(small_time, 0.02), (small_time, large_time)


def test_text_over_a_million_characters_is_analysed() -> None:
    # spaCy's Language.max_length (1,000,000) used to make analyze raise ValueError.
    text = "Merz sagte, es sei gut. " + "A" * 1_000_000 + " Ende."
    analysis = polittext.analyze(text)
    check_offsets(text, analysis)
    # The run of a million letters is cut into pieces of MAX_SENTENCE_CHARS (no space
    # in them to cut at), from the second sentence's start to the end of the text.
    spans = [(s.start, s.end) for s in analysis.sentences]
    assert spans[:2] == [(0, 23), (24, 24 + MAX_SENTENCE_CHARS)]
    assert spans[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(spans[1:]))
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        ("es sei gut", "Merz")
    ]


def test_sentences_without_words_share_empty_lists() -> None:
    """A text of ". " is a million sentences without words; their frames share one
    set of empty lists (no memory per sentence beyond the frame), and no stage of the
    analysis may change those lists."""
    from polittext import frames

    text = ". " * 50 + "Merz sagte, es sei gut. " + "! ? " * 50
    analysis = polittext.analyze(text)
    assert [q.speaker_mention.text for q in analysis.quotes if q.speaker_mention] == ["Merz"]
    assert frames._NONE == []
    assert frames._LAST_BREAK == [True]
    empty = frames.SentenceFrame.build(text, 0, 2)
    assert empty.tokens is frames._NONE
    assert empty.cues == []
    assert empty.stripped_end == 0
