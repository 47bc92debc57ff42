"""polittext.pipe: many texts, in order, one bad text never loses the others."""

from __future__ import annotations

import pytest

import polittext
from polittext import PipeError

TEXTS = [
    "Merz sagte, die Lage sei ernst.",
    "",
    "„Wir helfen“, sagte Kallas. Die EU plant neue Sanktionen gegen Russland.",
    "Berlin (dpa) - Der Bundestag beschloss am 3. Oktober ein Gesetz.",
]


def test_pipe_equals_analyze_in_input_order() -> None:
    assert list(polittext.pipe(TEXTS)) == [polittext.analyze(t) for t in TEXTS]


def test_pipe_is_lazy_on_an_endless_stream() -> None:
    def endless() -> object:
        while True:
            yield "Eins. Zwei."

    results = polittext.pipe(endless())  # type: ignore[arg-type]
    assert [len(next(results).sentences) for _ in range(3)] == [2, 2, 2]


def test_bad_items_become_errors_with_their_position() -> None:
    results = list(polittext.pipe(["Eins.", b"Zwei.", 3, "Drei."]))
    assert isinstance(results[0], polittext.Analysis)
    assert isinstance(results[3], polittext.Analysis)
    bytes_error, int_error = results[1], results[2]
    assert isinstance(bytes_error, PipeError)
    assert isinstance(int_error, PipeError)
    assert (bytes_error.index, bytes_error.error) == (1, "TypeError")
    assert "decode" in bytes_error.message
    assert (int_error.index, "int" in int_error.message) == (2, True)
    assert int_error.to_dict() == {"index": 2, "error": "TypeError", "message": int_error.message}


def test_as_tuples_carries_contexts() -> None:
    pairs = [(text, {"id": i}) for i, text in enumerate(TEXTS)]
    out = list(polittext.pipe(pairs, as_tuples=True))
    assert [context for _, context in out] == [{"id": i} for i in range(len(TEXTS))]
    assert [result for result, _ in out] == [polittext.analyze(t) for t in TEXTS]


def test_as_tuples_rejects_a_bare_string_clearly() -> None:
    with pytest.raises(TypeError, match=r"item 1 is str"):
        list(polittext.pipe([("a", 1), "b"], as_tuples=True))


@pytest.mark.parametrize("kwargs", [{"n_process": 0}, {"batch_size": 0}, {"n_process": 1.5}])
def test_bad_settings_raise_at_call_time(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be an int >= 1"):
        polittext.pipe(TEXTS, **kwargs)  # type: ignore[arg-type]


def test_two_processes_give_the_same_results() -> None:
    texts = TEXTS * 5 + [b"x"]  # type: ignore[list-item]
    assert list(polittext.pipe(texts, n_process=2, batch_size=3)) == list(polittext.pipe(texts))


def test_as_tuples_with_two_processes_keeps_each_context_with_its_text() -> None:
    texts = ["Eins. Zwei.", "Drei."] * 10
    pairs = [(text, i) for i, text in enumerate(texts)]
    out = list(polittext.pipe(pairs, n_process=2, batch_size=3, as_tuples=True))
    assert [context for _, context in out] == list(range(len(texts)))
    assert [len(result.sentences) for result, _ in out] == [2, 1] * 10
