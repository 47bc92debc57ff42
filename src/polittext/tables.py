"""Results as tables and as JSON Lines.

:meth:`Analysis.to_records(part) <polittext.analysis.Analysis.to_records>`
gives one flat dict per item, :func:`to_dataframe` a :class:`pandas.DataFrame`
of many analyses (``pip install "polittext[pandas]"``), and
:func:`write_jsonl` / :func:`read_jsonl` store analyses without loss, one
:meth:`~polittext.analysis.Analysis.to_dict` per line (the format of
``polittext analyze --jsonl``).

Rows hold JSON-ready scalars only: a span becomes three columns
``<name>_start``, ``<name>_end`` and ``<name>_text`` (``None`` where there is
no span), a kind its string value, a speaker its ``speaker_id`` and
``speaker_name``; tuples become lists (``roles``, ``cue_parts`` as texts,
``sentence_indices``, ``cap_major``, ``nato``). The first column numbers the
items of the part (``quote_index``, …), so tables join on it
(``speech_events.quote_index`` → ``quotes.quote_index``). The columns of each
part are :data:`COLUMNS`.

>>> from polittext import analyze
>>> a = analyze("Kallas betonte, dass Europa neue Sanktionen verhängen müsse.")
>>> row = a.to_records("measures")[0]
>>> row["type"], row["modality"], row["trigger_text"], row["speaker_name"]
('SANCTION_GENERAL', 'demanded', 'Sanktionen', 'Kallas')
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, overload

from polittext.analysis import Analysis
from polittext.types import Span

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "read_jsonl", "records", "to_dataframe", "write_jsonl"]


def _span_columns(name: str) -> tuple[str, str, str]:
    return (f"{name}_start", f"{name}_end", f"{name}_text")


#: The columns of each part, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("sentence_index", "start", "end", "text", "kind", "paragraph"),
    "speakers": (
        "speaker_id",
        "name",
        "kind",
        "roles",
        "affiliation",
        "gender",
        "mentions",
        "n_mentions",
        "n_quotes",
        *_span_columns("first_mention"),
    ),
    "mentions": ("speaker_id", "speaker_name", "speaker_kind", "start", "end", "text", "kind"),
    "quotes": (
        "quote_index",
        "kind",
        *_span_columns("content"),
        *_span_columns("cue"),
        "cue_parts",
        "speaker_id",
        "speaker_name",
        "speaker_kind",
        *_span_columns("speaker_mention"),
        "sentence_indices",
        "negated",
    ),
    "measures": (
        "measure_index",
        "type",
        "family",
        "modality",
        *_span_columns("trigger"),
        *_span_columns("evidence"),
        *_span_columns("actor"),
        "actor_name",
        *_span_columns("target"),
        "target_name",
        *_span_columns("object"),
        "sentence_index",
        *_span_columns("sentence"),
        "cap_major",
        "nato",
        "speaker_id",
        "speaker_name",
    ),
    "speech_events": (
        "event_index",
        "kind",
        "lemma",
        "stwr",
        *_span_columns("cue"),
        "cue_parts",
        "speaker_id",
        "speaker_name",
        *_span_columns("speaker_mention"),
        "quote_index",
        "sentence_index",
    ),
}


_ANALYSIS_KEYS = ("text", "sentences", "speakers", "quotes", "measures", "speech_events")


def _span(name: str, span: Span | None) -> dict[str, Any]:
    start, end, text = _span_columns(name)
    if span is None:
        return {start: None, end: None, text: None}
    return {start: span.start, end: span.end, text: span.text}


def _check_part(part: Any) -> str:
    if not isinstance(part, str):
        raise TypeError(f"part must be str, got {type(part).__name__}")
    if part not in COLUMNS:
        raise ValueError(f"part must be one of {', '.join(COLUMNS)}; got {part!r}")
    return part


def records(analysis: Analysis, part: str) -> list[dict[str, Any]]:
    """One flat dict per item of ``part`` of ``analysis``, with the keys :data:`COLUMNS` [part].

    This is :meth:`Analysis.to_records <polittext.analysis.Analysis.to_records>`.

    Raises:
        TypeError: if ``analysis`` is not an ``Analysis`` or ``part`` not a ``str``.
        ValueError: if ``part`` is not one of :data:`COLUMNS`.

    >>> from polittext import analyze
    >>> a = analyze("Kallas sagte, Europa sei stark. Sie betonte, die Lage sei ernst.")
    >>> [(r["speaker_id"], r["name"], r["mentions"], r["n_quotes"]) for r in records(a, "speakers")]
    [('S1', 'Kallas', ['Kallas', 'Sie'], 2)]
    """
    if not isinstance(analysis, Analysis):
        raise TypeError(f"analysis must be an Analysis, got {type(analysis).__name__}")
    part = _check_part(part)
    a = analysis
    names = {s.id: s.name for s in a.speakers}
    if part == "sentences":
        return [
            {
                "sentence_index": i,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "kind": s.kind.value,
                "paragraph": s.paragraph,
            }
            for i, s in enumerate(a.sentences)
        ]
    if part == "speakers":
        quotes: dict[str, int] = {}
        for q in a.quotes:
            if q.speaker is not None:
                quotes[q.speaker.id] = quotes.get(q.speaker.id, 0) + 1
        return [
            {
                "speaker_id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "roles": list(s.roles),
                "affiliation": s.affiliation,
                "gender": s.gender,
                "mentions": [m.text for m in s.mentions],
                "n_mentions": len(s.mentions),
                "n_quotes": quotes.get(s.id, 0),
                **_span("first_mention", s.mentions[0] if s.mentions else None),
            }
            for s in a.speakers
        ]
    if part == "mentions":
        return [
            {
                "speaker_id": s.id,
                "speaker_name": s.name,
                "speaker_kind": s.kind.value,
                "start": m.span.start,
                "end": m.span.end,
                "text": m.span.text,
                "kind": m.kind.value,
            }
            for s in a.speakers
            for m in s.typed_mentions
        ]
    if part == "quotes":
        return [
            {
                "quote_index": i,
                "kind": q.kind.value,
                **_span("content", q.content),
                **_span("cue", q.cue),
                "cue_parts": [p.text for p in q.cue_parts],
                "speaker_id": q.speaker.id if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_kind": q.speaker.kind.value if q.speaker else None,
                **_span("speaker_mention", q.speaker_mention),
                "sentence_indices": list(q.sentence_indices),
                "negated": q.negated,
            }
            for i, q in enumerate(a.quotes)
        ]
    if part == "measures":
        return [
            {
                "measure_index": i,
                "type": m.type,
                "family": m.family,
                "modality": m.modality.value,
                **_span("trigger", m.trigger),
                **_span("evidence", m.evidence),
                **_span("actor", m.actor),
                "actor_name": m.actor_name,
                **_span("target", m.target),
                "target_name": m.target_name,
                **_span("object", m.object),
                "sentence_index": m.sentence_index,
                **_span("sentence", m.sentence),
                "cap_major": list(m.cap_major),
                "nato": list(m.nato),
                "speaker_id": m.speaker,
                "speaker_name": names.get(m.speaker) if m.speaker is not None else None,
            }
            for i, m in enumerate(a.measures)
        ]
    return [
        {
            "event_index": i,
            "kind": e.kind,
            "lemma": e.lemma,
            "stwr": e.stwr,
            **_span("cue", e.cue),
            "cue_parts": [p.text for p in e.cue_parts],
            "speaker_id": e.speaker.id if e.speaker else None,
            "speaker_name": e.speaker.name if e.speaker else None,
            **_span("speaker_mention", e.speaker_mention),
            "quote_index": e.quote_index,
            "sentence_index": e.sentence_index,
        }
        for i, e in enumerate(a.speech_events)
    ]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            'polittext.to_dataframe needs pandas: pip install "polittext[pandas]"'
        ) from error
    return pandas


def _analyses(analyses: Any, what: str) -> list[Analysis]:
    if isinstance(analyses, Analysis):
        return [analyses]
    if isinstance(analyses, (str, bytes)) or not isinstance(analyses, Iterable):
        raise TypeError(
            f"{what} takes an Analysis or an iterable of them, got {type(analyses).__name__}"
        )
    items = list(analyses)
    for position, item in enumerate(items):
        if not isinstance(item, Analysis):
            raise TypeError(
                f"{what} takes Analysis objects, got {type(item).__name__} at position "
                f"{position}" + (": leave out the texts that failed" if _is_error(item) else "")
            )
    return items


def _is_error(item: Any) -> bool:
    return type(item).__name__ == "PipeError"


def to_dataframe(
    analyses: Analysis | Iterable[Analysis],
    part: str,
    *,
    ids: Iterable[Any] | None = None,
) -> pandas.DataFrame:
    """One table of ``part`` over many analyses, as a :class:`pandas.DataFrame`.

    The columns are ``doc`` and then :data:`COLUMNS` [part]. ``doc`` says
    which analysis a row comes from: its position in ``analyses`` (0, 1, …),
    or the matching item of ``ids`` (file names, article ids, …). Offsets
    and counts are nullable integers (``Int64``), texts strings, lists stay
    lists.

    Args:
        analyses: an :class:`~polittext.analysis.Analysis` or an iterable of them
            (for example :func:`polittext.pipe` output without errors).
        part: ``"sentences"``, ``"speakers"``, ``"mentions"``, ``"quotes"``,
            ``"measures"`` or ``"speech_events"``.
        ids: one id per analysis, for the ``doc`` column.

    Raises:
        ImportError: if pandas is not installed (``pip install "polittext[pandas]"``).
        TypeError: if an item is not an ``Analysis`` (a
            :class:`~polittext.streaming.PipeError` of ``pipe`` included).
        ValueError: if ``part`` is unknown or ``ids`` has another length.

    >>> import polittext
    >>> texts = {"a1": "Kallas betonte, dass Europa stark sei.", "a2": "Gut."}
    >>> df = to_dataframe(map(polittext.analyze, texts.values()), "quotes", ids=texts)
    >>> df[["doc", "kind", "speaker_name", "content_text"]].to_dict("records")
    [{'doc': 'a1', 'kind': 'indirect', 'speaker_name': 'Kallas', 'content_text': 'dass Europa stark sei'}]
    """
    pd = _pandas()
    part = _check_part(part)
    items = _analyses(analyses, "to_dataframe")
    keys = list(range(len(items))) if ids is None else list(ids)
    if len(keys) != len(items):
        raise ValueError(f"ids has {len(keys)} items but there are {len(items)} analyses")
    rows = [
        {"doc": key, **row} for key, a in zip(keys, items, strict=True) for row in records(a, part)
    ]
    frame = pd.DataFrame.from_records(rows, columns=["doc", *COLUMNS[part]])
    return frame.convert_dtypes()


def _open(target: Any, mode: str, what: str) -> tuple[IO[str], bool]:
    """(file, whether we opened it) for a path or an open text file."""
    if isinstance(target, (str, os.PathLike)):
        return open(target, mode, encoding="utf-8"), True
    if hasattr(target, "write" if mode == "w" else "read"):
        return target, False
    raise TypeError(f"{what} must be a path or an open text file, got {type(target).__name__}")


@overload
def write_jsonl(
    analyses: Analysis | Iterable[Analysis], destination: Any, *, key: None = None
) -> int: ...


@overload
def write_jsonl(analyses: Iterable[tuple[Analysis, Any]], destination: Any, *, key: str) -> int: ...


def write_jsonl(analyses: Any, destination: Any, *, key: str | None = None) -> int:
    """Write analyses as JSON Lines, one :meth:`Analysis.to_dict` per line; return the count.

    ``destination`` is a path (the file is written in UTF-8, replacing it) or
    an open text file. With ``key`` (for example ``"path"``), ``analyses``
    are ``(analysis, value)`` pairs and each line also has ``key: value``, as
    the lines of ``polittext analyze --jsonl`` have their ``path``.

    Raises:
        TypeError: for an item that is not an ``Analysis`` (or pair), or a
            destination that is neither a path nor a file.
        ValueError: if ``key`` is one of the keys of :meth:`Analysis.to_dict`.

    >>> import io, polittext
    >>> out = io.StringIO()
    >>> write_jsonl([polittext.analyze("Gut."), polittext.analyze("Schlecht.")], out)
    2
    >>> len(out.getvalue().splitlines())
    2
    """
    if key is not None and key in _ANALYSIS_KEYS:
        raise ValueError(f"key {key!r} is a key of Analysis.to_dict(); choose another")
    if key is None:
        items: Iterable[tuple[Analysis, Any]] = (
            (a, None) for a in _analyses(analyses, "write_jsonl")
        )
    else:
        items = _pairs(analyses)
    handle, opened = _open(destination, "w", "destination")
    count = 0
    try:
        for analysis, value in items:
            record = analysis.to_dict() if key is None else {key: value, **analysis.to_dict()}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if opened:
            handle.close()
    return count


def _pairs(items: Any) -> Iterator[tuple[Analysis, Any]]:
    for position, item in enumerate(items):
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Analysis)):
            raise TypeError(
                f"with key, write_jsonl takes (Analysis, value) pairs, got "
                f"{type(item).__name__} at position {position}"
            )
        yield item


@overload
def read_jsonl(
    source: Any, *, key: None = None, skip_errors: bool = False
) -> Iterator[Analysis]: ...


@overload
def read_jsonl(
    source: Any, *, key: str, skip_errors: bool = False
) -> Iterator[tuple[Analysis, Any]]: ...


def read_jsonl(source: Any, *, key: str | None = None, skip_errors: bool = False) -> Iterator[Any]:
    """Read analyses back from JSON Lines written by :func:`write_jsonl` or the CLI.

    ``source`` is a path or an open text file; lines are read one at a time,
    so a large corpus is never all in memory. Blank lines are skipped, and so
    are keys that :meth:`Analysis.from_dict` does not know (the CLI's
    ``path``). With ``key`` the items are ``(analysis, record[key])`` pairs.
    A line of the CLI for a file it could not read (``{"path": …, "error": …}``)
    raises :class:`ValueError`, or is left out with ``skip_errors=True``.

    Raises:
        TypeError: if ``source`` is neither a path nor a file.
        ValueError: for a line that is not JSON, not an analysis, an error
            line, or lacks ``key``; the message gives the line number.

    >>> import io, polittext
    >>> a = polittext.analyze("Kallas betonte, dass Europa stark sei.")
    >>> buffer = io.StringIO()
    >>> write_jsonl([(a, "kallas.txt")], buffer, key="path")
    1
    >>> _ = buffer.seek(0)
    >>> [(b == a, path) for b, path in read_jsonl(buffer, key="path")]
    [(True, 'kallas.txt')]
    """
    handle, opened = _open(source, "r", "source")
    return _read_lines(handle, opened, key, skip_errors)


def _read_lines(handle: IO[str], opened: bool, key: str | None, skip_errors: bool) -> Iterator[Any]:
    name = getattr(handle, "name", "input")
    try:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{name} line {number} is not JSON: {error}") from error
            if not isinstance(record, dict):
                raise ValueError(f"{name} line {number} is not a JSON object")
            if "error" in record and "text" not in record:
                if skip_errors:
                    continue
                raise ValueError(
                    f"{name} line {number} was not analysed: {record['error']} "
                    "(skip_errors=True leaves such lines out)"
                )
            try:
                analysis = Analysis.from_dict(record)
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{name} line {number} is not an analysis: {error!r}") from error
            if key is None:
                yield analysis
            elif key not in record:
                raise ValueError(f"{name} line {number} has no {key!r}")
            else:
                yield analysis, record[key]
    finally:
        if opened:
            handle.close()
