"""Analyse many texts: a streaming generator, in input order, on one or more cores.

>>> from polittext import pipe
>>> [type(r).__name__ for r in pipe(["Merz sagte, es sei gut.", b"bytes"])]
['Analysis', 'PipeError']
>>> [(context, len(a.quotes)) for a, context in pipe([("Merz sagte, es sei gut.", "doc-1")], as_tuples=True)]
[('doc-1', 1)]
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from polittext.analysis import Analysis

__all__ = ["PipeError", "merge_record", "pipe", "split_record"]


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
    ``n_process`` > 1 analyses in that many worker processes (each builds the
    pipeline once); results are identical whatever ``n_process``.

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
    # The worker pool reads the input in a thread of its own, so the contexts are
    # parked by index (not in an itertools.tee, which is not thread-safe).
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
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
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
        pool = context.Pool(n_process)
    finally:
        gc.unfreeze()
    with pool:
        yield from pool.imap(_analyze_one, items, chunksize=batch_size)


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
