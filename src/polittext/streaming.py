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
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from polittext.analysis import Analysis

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

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

    A worker process that dies (killed by the out-of-memory killer, say, or
    crashed) is replaced, and no text is lost: the texts it had are analysed
    again, and the text it was analysing is analysed again alone, by a worker
    that analyses nothing else meanwhile. If that worker dies too, the text
    gets a :class:`PipeError` ``WorkerDied`` that says how the process ended
    (``exit code 1``, ``killed by signal SIGKILL`` …). The calling process
    analyses a share of the texts itself: a text that crashes the interpreter
    there ends the run, as with one process. Closing the generator early (a
    ``break`` in the loop over it) or Ctrl-C ends the workers at once.

    Raises:
        ValueError: at once, if ``n_process`` or ``batch_size`` is below 1.
        TypeError: while iterating with ``as_tuples=True``, for an item that
            is not a ``(text, context)`` tuple.
        RuntimeError: while iterating, if a worker process ends before it is
            ready (a spawned worker whose main module does not import).

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
    if _can_fork():
        # Build the engine once, here: forked workers share it instead of each
        # building their own.
        from polittext.engine import load

        load()
    workers = _Workers()
    try:
        # The parent is one of the n_process processes: it analyses a share of
        # the texts itself instead of idling while it waits for the workers.
        workers.start(n_process - 1)
        yield from _shared(workers, _batches(items, batch_size))
    finally:
        # Also when the consumer stops early, or on KeyboardInterrupt.
        workers.stop()


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


def _analyze_packed(batch: list[tuple[int, Any]], marker: Any = None) -> list[Any]:
    """A worker's results of ``batch``: analyses in the compact form of :mod:`polittext._transfer`.

    ``marker`` (a shared integer) holds the index of the text being analysed,
    and :data:`_SENDING` at the end: the parent reads it if this process dies.
    An unexpected exception (a bug) ends the results in its text's place: the
    parent raises it there, as :func:`pipe` does with one process.
    """
    from polittext._transfer import pack

    results: list[Any] = []
    for item in batch:
        if marker is not None:
            marker.value = item[0]
        try:
            result = _analyze_one(item)
        except Exception as error:
            results.append(error)
            break
        try:
            results.append(pack(result) if isinstance(result, Analysis) else result)
        except KeyError:  # a speaker that is not among the analysis's own: send it whole
            results.append(result)
    if marker is not None:
        marker.value = _SENDING
    return results


def _unpacked(batch: list[tuple[int, Any]], results: list[Any]) -> list[Any]:
    from polittext._transfer import unpack
    from polittext.engine import _collector_paused

    # Like an analysis, unpacking makes many small acyclic objects: the collector's
    # passes over the results a caller keeps would cost more than the unpacking.
    # (A worker's exception ends its results early: zip stops there.)
    with _collector_paused():
        return [
            unpack(text, result) if isinstance(result, tuple) else result
            for (_, text), result in zip(batch, results, strict=False)
        ]


# What a worker is doing, in its shared marker: the input index of the text it
# analyses, or one of these.
_IDLE = -1  # waiting for its next batch
_SENDING = -2  # sending the results of a batch


def _work(tasks: Connection, results: Connection, marker: Any, inherited: list[Connection]) -> None:
    """A worker process: analyse the batches that come on ``tasks``, in order,
    and send each one's results back on ``results``.

    Messages back: ``True`` once the pipeline is built, then one per batch:
    its results, or ``None`` if the batch could not be unpickled here (the
    parent then analyses it).
    """
    import queue

    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker holds copies of the parent's ends of all pipes: closed, so
    # that it sees the end of its tasks when the parent is gone.
    for connection in inherited:
        connection.close()
    from polittext.engine import load

    load()
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    # A thread takes in the batches as they come, also while this one analyses:
    # the parent never waits long to send a batch, and never while this process
    # waits to send it results (that would be a deadlock).
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    try:
        results.send(True)
        while (batch := inbox.get()) is not False:
            answer = None if batch is None else _analyze_packed(batch, marker)
            try:
                results.send(answer)
            except OSError:
                raise
            except Exception:  # an exception that cannot be pickled (or its arguments cannot)
                results.send([_portable(result) for result in answer or ()])
            marker.value = _IDLE
    except OSError:  # the parent is gone
        pass


def _portable(result: Any) -> Any:
    if isinstance(result, BaseException):
        return RuntimeError(f"{type(result).__name__}: {result}")
    return result


def _receive(tasks: Connection, inbox: Any) -> None:
    """The batches that come on ``tasks`` into ``inbox``; ``None`` for one that
    cannot be unpickled, ``False`` at the end."""
    while True:
        try:
            batch = tasks.recv()
        except (EOFError, OSError):  # the parent closed its end, or is gone
            inbox.put(False)
            return
        except Exception:  # a text of a class this process cannot import, say
            batch = None
        inbox.put(batch)


class _Batch:
    """Consecutive items of the input, and their results once known."""

    __slots__ = ("items", "packed", "results", "suspect", "worker")

    def __init__(self, items: list[tuple[int, Any]], suspect: bool = False) -> None:
        self.items = items
        # Analysed here, or by a worker in the compact form (packed).
        self.results: list[Any] | None = None
        self.packed = False
        # A text that a worker was analysing when it died: analysed again
        # alone, by a worker that analyses nothing else meanwhile, and never here.
        self.suspect = suspect
        # The worker that has it, until it is back (or the worker died).
        self.worker: _Worker | None = None

    def analyse(self) -> None:
        """Analyse the batch here."""
        self.results, self.packed = _analyze_batch(self.items), False

    def unpacked(self) -> list[Any]:
        assert self.results is not None
        return _unpacked(self.items, self.results) if self.packed else self.results


class _Worker:
    """A worker process, its two pipes, and the batches sent to it that are not back, oldest first."""

    __slots__ = ("batches", "isolating", "marker", "process", "ready", "results", "tasks")

    def __init__(self, others: list[_Worker]) -> None:
        fork = _can_fork()
        context = (
            multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
        )
        # Each pipe is used one way only, but a duplex one is a socket pair on
        # POSIX, whose buffer holds more: a worker can send the results of a few
        # batches while the parent is busy, and the parent a long text at once.
        task_reader, self.tasks = context.Pipe()
        self.results, result_writer = context.Pipe()
        self.marker = context.RawValue("q", _IDLE)
        ends = [self.tasks, self.results, *(c for w in others for c in (w.tasks, w.results))]
        self.process = context.Process(
            target=_work,
            args=(task_reader, result_writer, self.marker, ends if fork else []),
            name="polittext-pipe",
            daemon=True,
        )
        # Forked workers would otherwise have their garbage collector scan (and so
        # copy, page by page) every object inherited from the parent, the
        # pipeline's lexicons and caches included: freeze them for the fork.
        if fork:
            gc.freeze()
        try:
            self.process.start()
        finally:
            if fork:
                gc.unfreeze()
            task_reader.close()
            result_writer.close()
        self.batches: collections.deque[_Batch] = collections.deque()
        self.ready = False
        # Analysing suspects, one at a time, and nothing else.
        self.isolating = False


class _Workers:
    """The worker processes of one :func:`pipe` run; a worker that dies is replaced.

    Each has its own pipes and analyses the batches sent to it in order, so
    that the parent knows which batches a worker had when it died, and its
    marker tells which text it was analysing.
    """

    def __init__(self) -> None:
        self.workers: list[_Worker] = []
        # Batches for the parent to analyse: a dead worker had not begun them,
        # or had survived them, or they could not be passed to a worker.
        self.orphans: collections.deque[_Batch] = collections.deque()
        # Batches of one text each, to be analysed alone by a worker.
        self.suspects: collections.deque[_Batch] = collections.deque()
        self.was_ready = False
        self.failed_starts = 0

    def start(self, count: int) -> None:
        for _ in range(count):
            self.workers.append(_Worker(self.workers))

    @property
    def count(self) -> int:
        return len(self.workers)

    def room(self) -> bool:
        """Whether a worker has fewer than :data:`_QUEUED` batches to do."""
        return any(not w.isolating and len(w.batches) < _QUEUED for w in self.workers)

    def send(self, batch: _Batch) -> bool:
        """Send ``batch`` to the least busy worker; ``False`` if it cannot be pickled."""
        worker = min((w for w in self.workers if not w.isolating), key=lambda w: len(w.batches))
        return self._send(worker, batch)

    def _send(self, worker: _Worker, batch: _Batch) -> bool:
        batch.worker = worker
        worker.batches.append(batch)
        try:
            worker.tasks.send(batch.items)
        except OSError:  # the worker is dead: receive() finds out and hands the batch on
            pass
        except Exception:  # pickling failed before anything was written
            worker.batches.pop()
            batch.worker = None
            return False
        return True

    def waiting(self, batch: _Batch) -> bool:
        """Whether ``batch`` was sent to a worker that has not begun it yet."""
        return batch.worker is not None and batch.worker.batches[0] is not batch

    def isolate(self, batch: _Batch) -> None:
        self.suspects.append(batch)
        self._dispatch()

    def _dispatch(self) -> None:
        """Send the next suspect to a worker that has nothing else to do and gets
        nothing else until the suspect is back: if it dies, that text killed it."""
        isolating = next((w for w in self.workers if w.isolating), None)
        if not self.suspects:
            if isolating is not None and not isolating.batches:
                isolating.isolating = False
            return
        if isolating is None:
            # The least busy one: the fresh worker that replaced a dead one.
            isolating = min(self.workers, key=lambda w: len(w.batches))
            isolating.isolating = True
        if not isolating.batches:
            # A suspect was sent before, so it can be pickled.
            self._send(isolating, self.suspects.popleft())

    def receive(self, block: bool) -> list[tuple[_Batch, int, str]]:
        """Take in what the workers sent (results go to their batches), waiting
        for something if ``block``.

        A worker that died is replaced; returns, for each death, the batch the
        worker had begun (unless it is back by other means), the worker's marker
        and how it ended. Its other batches go to :attr:`orphans`.
        """
        from multiprocessing.connection import wait

        sentinels = [w.process.sentinel for w in self.workers]
        ready = wait([*(w.results for w in self.workers), *sentinels], None if block else 0)
        deaths = []
        for worker in list(self.workers):
            dead = worker.process.sentinel in ready
            if (worker.results in ready or dead) and not self._read(worker):
                dead = True
            if dead:
                death = self._bury(worker)
                if death is not None:
                    deaths.append(death)
        self._dispatch()
        return deaths

    def _read(self, worker: _Worker) -> bool:
        """Take in the messages that ``worker`` sent; ``False`` if it is gone."""
        try:
            while worker.results.poll():
                answer = worker.results.recv()
                if answer is True:
                    worker.ready = self.was_ready = True
                    self.failed_starts = 0
                    continue
                batch = worker.batches.popleft()
                batch.worker = None
                if batch.results is not None:  # analysed here meanwhile
                    continue
                if answer is None:
                    self.orphans.append(batch)
                else:
                    batch.results, batch.packed = answer, True
        except (EOFError, OSError):
            return False
        return True

    def _bury(self, worker: _Worker) -> tuple[_Batch, int, str] | None:
        """Replace the dead ``worker``; see :meth:`receive`."""
        process = worker.process
        process.join(5)
        if process.exitcode is None:  # the pipe broke, yet it lives on: end it
            process.kill()
            process.join()
        how = _how(process.exitcode)
        marker = worker.marker.value
        position = self.workers.index(worker)
        del self.workers[position]
        worker.tasks.close()
        worker.results.close()
        process.close()
        if not worker.ready:
            self.failed_starts += 1
            if not self.was_ready or self.failed_starts >= 3:
                raise RuntimeError(
                    f"a worker process of polittext.pipe ended ({how}) before it was ready; "
                    "with spawned workers (not on Linux, or with threads running) the main "
                    "module must be importable without side effects: put the script's code "
                    "under if __name__ == '__main__':"
                )
        self.workers.insert(position, _Worker(self.workers))
        batches = list(worker.batches)
        for batch in batches:
            batch.worker = None
        self.orphans.extend(batch for batch in batches[1:] if batch.results is None)
        if not batches or batches[0].results is not None:
            return None
        return batches[0], marker, how

    def stop(self) -> None:
        """End the workers at once, whatever they are doing, and wait for them."""
        for worker in self.workers:
            worker.tasks.close()
            if worker.process.exitcode is None:
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
            worker.results.close()
            worker.process.close()
        self.workers.clear()


def _how(exitcode: int | None) -> str:
    """How a process ended, from its exit code (negative: the signal that ended it)."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def _blame(
    pending: collections.deque[_Batch], workers: Any, batch: _Batch, marker: int, how: str
) -> None:
    """Go on with the ``batch`` that a worker had begun when it died; ``marker``
    is what the worker was doing (see :data:`_IDLE`)."""
    if batch.suspect:
        if marker == _IDLE:  # it died before it began the text: not the text's fault
            workers.isolate(batch)
        else:
            message = (
                f"the worker process analysing this text died ({how}), also with this text alone"
            )
            batch.results = [PipeError(batch.items[0][0], "WorkerDied", message)]
        return
    if marker == _IDLE:  # not begun
        workers.orphans.appendleft(batch)
        return
    indexes = [index for index, _ in batch.items]
    if marker in indexes:
        # The texts before the one it was analysing did it no harm; the ones after
        # were not begun.
        n = indexes.index(marker)
        parts = [
            _Batch(batch.items[:n]),
            _Batch(batch.items[n : n + 1], suspect=True),
            _Batch(batch.items[n + 1 :]),
        ]
    else:  # it died sending the results: any of the texts may be the cause
        parts = [_Batch([item], suspect=True) for item in batch.items]
    parts = [part for part in parts if part.items]
    position = next(n for n, pending_batch in enumerate(pending) if pending_batch is batch)
    del pending[position]
    for part in reversed(parts):
        pending.insert(position, part)
    workers.orphans.extendleft(reversed([part for part in parts if not part.suspect]))
    for part in parts:
        if part.suspect:
            workers.isolate(part)


def _shared(workers: Any, batches: Iterator[list[tuple[int, Any]]]) -> Iterator[Any]:
    """The results of ``batches``, in order, analysed by ``workers`` and by this process.

    Each worker has up to :data:`_QUEUED` batches that are not back; whenever
    the oldest batch is not back, this process analyses a batch itself: one
    that a dead worker left (see below), or else the next batch of the input.
    When the input ends, it also analyses the newest batches that a worker has
    not begun yet, so that it does not sit idle while the workers finish the
    last ones (a worker that reaches such a batch anyway does it in vain; the
    results are the same).

    A worker that dies is replaced. The text that it was analysing is analysed
    again, alone, by a worker that analyses nothing else meanwhile (the fresh
    one): if that worker dies too, the text gets a :class:`PipeError`
    ``WorkerDied``. Its other texts, which it had not begun or had survived,
    are analysed here.
    """
    pending: collections.deque[_Batch] = collections.deque()
    # Finished batches wait for their turn to be yielded, up to a bound (a slow consumer).
    bound = workers.count * _QUEUED * 4
    exhausted = False
    while True:
        for death in workers.receive(block=False):
            _blame(pending, workers, *death)
        # A worker must never run out of work while this process analyses a batch.
        while not exhausted and len(pending) < bound and workers.room():
            items = next(batches, None)
            if items is None:
                exhausted = True
                break
            batch = _Batch(items)
            pending.append(batch)
            if not workers.send(batch):  # it cannot be pickled: analysed here
                workers.orphans.append(batch)
        if not pending:
            return
        if pending[0].results is not None:
            for result in pending.popleft().unpacked():
                if isinstance(result, BaseException):
                    raise result
                yield result
            continue
        if workers.orphans:
            batch = workers.orphans.popleft()
            if batch.results is None:
                batch.analyse()
            continue
        if not exhausted:
            items = next(batches, None)
            if items is None:
                exhausted = True
            else:
                pending.append(_Batch(items))
                pending[-1].analyse()
            continue
        # The input has ended: analyse the newest batch still waiting for a
        # worker here, unless the workers are about to finish the oldest.
        for batch in reversed(pending):
            if batch.results is None and not batch.suspect and workers.waiting(batch):
                batch.analyse()
                break
        else:
            for death in workers.receive(block=True):
                _blame(pending, workers, *death)


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
