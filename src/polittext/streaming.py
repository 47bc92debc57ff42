"""Analyse many texts: a streaming generator, in input order, on one or more cores.

>>> from polittext import pipe
>>> [type(r).__name__ for r in pipe(["Merz sagte, es sei gut.", b"bytes"])]
['Analysis', 'PipeError']
>>> [(context, len(a.quotes)) for a, context in pipe([("Merz sagte, es sei gut.", "doc-1")], as_tuples=True)]
[('doc-1', 1)]
"""

from __future__ import annotations

import collections
import gc
import multiprocessing
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from polittext.analysis import Analysis

__all__ = ["PipeError", "merge_record", "pipe", "split_record"]

# A batch for a worker process ends after this many characters (or batch_size texts).
_BATCH_CHARS = 20_000
# Unfinished batches sent to each worker process, so that it never idles.
_QUEUED = 3


@attrs.frozen(slots=True)
class PipeError:
    """A text that could not be analysed: its position in the input and why.

    >>> PipeError(3, "TypeError", "text must be str, got int").index
    3
    """

    index: int
    error: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"index", "error", "message"}``.

        >>> PipeError(0, "TypeError", "x").to_dict()["error"]
        'TypeError'
        """
        return {"index": self.index, "error": self.error, "message": self.message}


def _analyze_one(item: tuple[int, Any]) -> Analysis | PipeError:
    from polittext.api import analyze

    index, text = item
    try:
        return analyze(text)
    except (TypeError, ValueError, RecursionError, MemoryError) as error:
        return PipeError(index, type(error).__name__, str(error))


def pipe(
    texts: Iterable[Any],
    n_process: int = 1,
    batch_size: int = 64,
    as_tuples: bool = False,
) -> Iterator[Any]:
    """Analyse ``texts`` lazily and yield one result per text, in input order.

    Each result is an :class:`~polittext.analysis.Analysis`, or a
    :class:`PipeError` for a text that failed (a non-``str``, say): one bad
    document never loses the others. With ``as_tuples=True`` the input holds
    ``(text, context)`` pairs and ``(result, context)`` pairs come out.
    ``n_process`` > 1 analyses in that many processes: this one and
    ``n_process - 1`` workers, which get the texts in batches of at most
    ``batch_size`` texts (and about 20,000 characters). On Linux the workers
    are forked and share the pipeline already built here (unless other
    threads are running); elsewhere they are spawned and each builds it once.
    Results are identical whatever ``n_process``.

    Raises:
        ValueError: at once, if ``n_process`` or ``batch_size`` is below 1.
        TypeError: while iterating with ``as_tuples=True``, for an item that
            is not a ``(text, context)`` tuple.

    >>> [len(a.sentences) for a in pipe(["Eins. Zwei.", "Drei."], n_process=1)]
    [2, 1]
    """
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be an int >= 1, got {n_process!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
    if as_tuples:
        return _with_contexts(texts, n_process, batch_size)
    return _run(enumerate(texts), n_process, batch_size)


def _pair(index: int, pair: Any) -> tuple[Any, Any]:
    if not isinstance(pair, tuple) or len(pair) != 2:
        raise TypeError(
            f"with as_tuples=True every item must be a (text, context) tuple; "
            f"item {index} is {type(pair).__name__}"
        )
    return pair[0], pair[1]


def _with_contexts(texts: Iterable[Any], n_process: int, batch_size: int) -> Iterator[Any]:
    # The contexts are parked by index while their texts are analysed (the input
    # is read ahead of the results by up to a few batches).
    contexts: dict[int, Any] = {}

    def items() -> Iterator[tuple[int, Any]]:
        for index, pair in enumerate(texts):
            text, contexts[index] = _pair(index, pair)
            yield index, text

    for index, result in enumerate(_run(items(), n_process, batch_size)):
        yield result, contexts.pop(index)


def _run(items: Iterable[tuple[int, Any]], n_process: int, batch_size: int) -> Iterator[Any]:
    if n_process == 1:
        for item in items:
            yield _analyze_one(item)
        return
    fork = _can_fork()
    if fork:
        # Build the engine once, here: forked workers share it instead of each
        # building their own.
        from polittext.engine import load

        load()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    # Forked workers would otherwise have their garbage collector scan (and so
    # copy, page by page) every object inherited from the parent, the
    # pipeline's lexicons and caches included: freeze them for the fork.
    gc.freeze()
    try:
        # The parent is one of the n_process processes: it analyses a share of
        # the texts itself instead of idling while it waits for the workers.
        pool = context.Pool(n_process - 1)
    finally:
        gc.unfreeze()
    with pool:
        yield from _shared(pool, _batches(items, batch_size), n_process - 1)


def _can_fork() -> bool:
    """Whether worker processes may be forked (Linux, no other thread running).

    Forking is fast and shares the parent's pipeline, but a fork copies locks
    that another thread may hold at that moment; on macOS the system libraries
    are not fork-safe. Elsewhere the workers are spawned.
    """
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def _batches(items: Iterable[tuple[int, Any]], size: int) -> Iterator[list[tuple[int, Any]]]:
    """``items`` in lists of at most ``size`` items and about :data:`_BATCH_CHARS` characters.

    Small batches keep the processes evenly busy to the end; each still holds
    enough text that passing it between processes costs little.
    """
    batch: list[tuple[int, Any]] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item[1]) if isinstance(item[1], str) else 0
        if len(batch) >= size or chars >= _BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _analyze_batch(batch: list[tuple[int, Any]]) -> list[Analysis | PipeError]:
    return [_analyze_one(item) for item in batch]


def _analyze_packed(batch: list[tuple[int, Any]]) -> list[Any]:
    """A worker's results of ``batch``: analyses in the compact form of :mod:`polittext._transfer`."""
    from polittext._transfer import pack

    results: list[Any] = []
    for result in _analyze_batch(batch):
        try:
            results.append(pack(result) if isinstance(result, Analysis) else result)
        except KeyError:  # a speaker that is not among the analysis's own: send it whole
            results.append(result)
    return results


def _unpacked(batch: list[tuple[int, Any]], results: list[Any]) -> list[Analysis | PipeError]:
    from polittext._transfer import unpack
    from polittext.engine import _collector_paused

    # Like an analysis, unpacking makes many small acyclic objects: the collector's
    # passes over the results a caller keeps would cost more than the unpacking.
    with _collector_paused():
        return [
            unpack(text, result) if isinstance(result, tuple) else result
            for (_, text), result in zip(batch, results, strict=True)
        ]


def _shared(pool: Any, batches: Iterator[list[tuple[int, Any]]], workers: int) -> Iterator[Any]:
    """The results of ``batches``, in order, analysed by the pool and by this process.

    Each worker has up to :data:`_QUEUED` unfinished batches; whenever the
    oldest batch is not finished, this process analyses the next batch of the
    input itself. When the input ends, it also analyses the newest batches
    still waiting for the workers, so that it does not sit idle while they
    finish the last ones (a worker that reaches such a batch anyway does it in
    vain; the results are the same).
    """
    # Each entry: the batch, and its results once known here (or the pool's promise).
    pending: collections.deque[tuple[list[tuple[int, Any]], Any]] = collections.deque()
    exhausted = False
    while True:
        if not exhausted:
            # Finished batches count no more: a worker must never run out of work
            # while this process analyses a batch. The finished ones wait for their
            # turn to be yielded, up to a bound (a slow consumer).
            unfinished = sum(not isinstance(r, list) and not r.ready() for _, r in pending)
            while unfinished < workers * _QUEUED and len(pending) < workers * _QUEUED * 4:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                pending.append((batch, pool.apply_async(_analyze_packed, (batch,))))
                unfinished += 1
        if not pending:
            return
        batch, results = pending[0]
        if isinstance(results, list) or results.ready():
            pending.popleft()
            if not isinstance(results, list):
                results = _unpacked(batch, results.get())
            yield from results
            continue
        if not exhausted:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
            else:
                pending.append((batch, _analyze_batch(batch)))
            continue
        # The input has ended: analyse the newest batch still waiting for the
        # pool here, unless the pool is about to finish the oldest.
        for position in range(len(pending) - 1, 0, -1):
            batch, results = pending[position]
            if not isinstance(results, list) and not results.ready():
                pending[position] = (batch, _analyze_batch(batch))
                break
        else:
            pending[0][1].wait()


def split_record(item: Any, text_field: str | None) -> tuple[dict[str, Any], Any]:
    """``(other fields, text)`` of a record whose text is in ``text_field``.

    With ``text_field=None`` the item is the text itself (and must not be a
    dict). Used for JSON Lines input (:mod:`polittext.cli`) and Dask Bags
    (:mod:`polittext.dask`).

    Raises:
        TypeError: if the item is not a dict although ``text_field`` is
            given, or a dict although it is not.
        ValueError: if the record has no field ``text_field``.

    >>> split_record({"id": 7, "body": "Gut."}, "body")
    ({'id': 7}, 'Gut.')
    >>> split_record({"id": 7}, "body")
    Traceback (most recent call last):
    ...
    ValueError: the record has no field 'body'
    """
    if text_field is None:
        if isinstance(item, dict):
            raise TypeError("each text must be str, got dict: give a text field to analyse records")
        return {}, item
    if not isinstance(item, dict):
        raise TypeError(f"each record must be a dict, got {type(item).__name__}")
    fields = {key: value for key, value in item.items() if key != text_field}
    if text_field not in item:
        raise ValueError(f"the record has no field {text_field!r}")
    return fields, item[text_field]


def merge_record(fields: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """A record's other ``fields`` followed by the analysis dict ``result``.

    Raises:
        ValueError: if a field has the name of an analysis key (it would be lost).

    >>> merge_record({"id": 1}, {"text": "Gut."})
    {'id': 1, 'text': 'Gut.'}
    >>> merge_record({"quotes": 1}, {"quotes": []})
    Traceback (most recent call last):
    ...
    ValueError: the record's fields ['quotes'] have the names of analysis keys
    """
    clashes = sorted(set(fields) & set(result))
    if clashes:
        raise ValueError(f"the record's fields {clashes} have the names of analysis keys")
    return {**fields, **result}
