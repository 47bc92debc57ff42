"""polittext.pipe: many texts, in order, one bad text never loses the others."""

from __future__ import annotations

import collections
from typing import Any

import pytest

import polittext
from polittext import PipeError, streaming
from polittext.streaming import _analyze_batch as _ANALYZE_BATCH

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


def test_batches_end_at_batch_size_texts_or_at_the_character_budget() -> None:
    from polittext.streaming import _BATCH_CHARS, _batches

    items = list(enumerate(["a" * 10] * 4 + ["b" * _BATCH_CHARS, "c", 7, "d"]))
    batches = list(_batches(iter(items), 3))
    assert [len(batch) for batch in batches] == [3, 2, 3]
    assert [item for batch in batches for item in batch] == items
    assert batches[1][-1][1] == "b" * _BATCH_CHARS  # the long text ends its batch
    assert [len(b) for b in _batches(iter(items[:5]), 64)] == [5]


class _Workers:
    """One pretend worker that finishes each batch when it gets it (``ready``) or
    only when waited for, here; logs the first index of each batch it finishes."""

    count = 1

    def __init__(self, ready: bool) -> None:
        self.ready, self.log = ready, []  # type: ignore[var-annotated]
        self.batches: collections.deque[Any] = collections.deque()
        self.orphans: collections.deque[Any] = collections.deque()

    def room(self) -> bool:
        return len(self.batches) < streaming._QUEUED

    def send(self, batch: Any) -> bool:
        self.batches.append(batch)
        if self.ready:
            self._finish()
        return True

    def _finish(self) -> None:
        batch = self.batches.popleft()
        self.log.append(batch.items[0][0])
        if batch.results is None:
            batch.results, batch.packed = streaming._analyze_packed(batch.items), True

    def waiting(self, batch: Any) -> bool:
        return batch in self.batches and self.batches[0] is not batch

    def receive(self, block: bool) -> list[Any]:
        if block:
            self._finish()
        return []

    def isolate(self, batch: Any) -> None:
        raise AssertionError("no worker dies here")


def test_the_parent_analyses_while_workers_are_busy_and_takes_over_their_last_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [f"Text {i}. Merz sagte, es sei gut." for i in range(9)] + [b"x"]
    expected = list(polittext.pipe(texts))
    analysed: list[int] = []  # the first index of each batch analysed here

    def counted(batch: list[tuple[int, object]]) -> list[object]:
        analysed.append(batch[0][0])
        return _ANALYZE_BATCH(batch)  # type: ignore[return-value]

    monkeypatch.setattr(streaming, "_analyze_batch", counted)
    monkeypatch.setattr(streaming, "_QUEUED", 3)

    def run(workers: _Workers) -> list[object]:
        batches = streaming._batches(iter(enumerate(texts)), 2)
        return list(streaming._shared(workers, batches))

    # A worker that finishes nothing unless waited for: the parent analyses every
    # batch after the three sent to it while it waits, then takes over the third
    # and the second (the worker has not begun them), then waits for the first.
    workers = _Workers(ready=False)
    assert run(workers) == expected
    assert (workers.log, analysed) == ([0], [6, 8, 4, 2])
    # A worker that is always done first: the parent never waits, so analyses nothing.
    workers, analysed[:] = _Workers(ready=True), []
    assert run(workers) == expected
    assert (workers.log, analysed) == ([0, 2, 4, 6, 8], [])


def test_workers_are_forked_only_on_linux_without_other_threads() -> None:
    import sys
    import threading

    from polittext.streaming import _can_fork

    alone = threading.active_count() == 1  # other tests may leave threads behind
    assert _can_fork() is (sys.platform.startswith("linux") and alone)
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert _can_fork() is False
    finally:
        release.set()
        thread.join()


def test_spawned_workers_give_the_same_results(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming, "_can_fork", lambda: False)
    texts = TEXTS * 3 + [3]  # type: ignore[list-item]
    assert list(polittext.pipe(texts, n_process=2, batch_size=2)) == list(polittext.pipe(texts))


def test_the_input_is_read_ahead_of_a_slow_consumer_only_so_far(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(streaming, "_QUEUED", 3)
    workers = _Workers(ready=True)  # a worker that is always done
    batches = streaming._batches(iter(enumerate(["Gut."] * 200)), 2)
    results = streaming._shared(workers, batches)
    for _ in range(40):  # 20 batches consumed
        next(results)
    # Finished batches wait to be yielded, at most 4 times 3 per worker.
    assert 20 < len(workers.log) <= 20 + 12
    assert len(list(results)) == 160
    assert len(workers.log) == 100
