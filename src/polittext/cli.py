"""The ``polittext`` command line.

``polittext analyze PATH|-`` prints the analysis of a UTF-8 text file (or of
standard input) as JSON; ``polittext analyze --jsonl PATH…`` (implied by more
than one path, or by a directory, which stands for the ``*.txt`` files in it)
prints one JSON line per file, with its ``path``, for a corpus;
``polittext analyze --input-jsonl FILE [--field text]`` analyses the text
field of every JSON line of ``FILE`` and keeps the line's other fields.
``polittext analyze --html OUT PATH…`` writes an HTML page with the results
highlighted (one section per file) instead. A progress bar is shown on
standard error when it is a terminal.
``python -m polittext`` is the same program.

>>> main(["--version"])  # doctest: +ELLIPSIS
polittext ...
0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from polittext._version import __version__

if TYPE_CHECKING:
    from polittext.analysis import Analysis
    from polittext.engine import Pipeline

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="polittext",
        description="Sentences, speakers, quotes and policy measures in German political text.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command")
    analyze = commands.add_parser("analyze", help="analyse a text file and print JSON")
    analyze.add_argument(
        "path",
        nargs="*",
        help="UTF-8 text files, directories (their *.txt files, sorted, not recursive), "
        "or - for standard input (one path only)",
    )
    analyze.add_argument(
        "--input-jsonl",
        metavar="FILE",
        help="analyse the records of a JSON Lines file (- for standard input) instead of paths",
    )
    analyze.add_argument(
        "--field",
        metavar="NAME",
        help="with --input-jsonl: the field that holds the text (default 'text'); "
        "the other fields are kept in the output line",
    )
    analyze.add_argument(
        "--model",
        default="blank",
        help="base pipeline: 'blank' (default, no download), an installed German spaCy "
        "pipeline, a pipeline directory, or 'stanza'",
    )
    analyze.add_argument("--compact", action="store_true", help="print JSON on one line")
    analyze.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON line per file, with its 'path' (the default for several paths)",
    )
    analyze.add_argument(
        "--html",
        metavar="OUT",
        help="write an HTML page with speakers, quotes and measures highlighted to OUT "
        "(- for standard output) instead of printing JSON; several paths give one page "
        "with a section per file",
    )
    analyze.add_argument(
        "--n-process",
        type=int,
        default=1,
        metavar="N",
        help="processes for --jsonl with the blank model: this one and N-1 workers (default 1)",
    )
    analyze.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (it is shown on standard error only when that is a terminal)",
    )
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["analyze", "/no/such/file.txt"])  # the message goes to standard error
    2
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"polittext {__version__}")
        return 0
    if args.command != "analyze":
        parser.print_help()
        return 2
    if args.n_process < 1:
        print("polittext: --n-process must be 1 or more", file=sys.stderr)
        return 2
    if args.n_process > 1 and args.model != "blank":
        print("polittext: --n-process works with the blank model only", file=sys.stderr)
        return 2
    if len(args.path) > 1 and "-" in args.path:
        print("polittext: - (standard input) cannot be mixed with other paths", file=sys.stderr)
        return 2
    if bool(args.path) == bool(args.input_jsonl):
        print("polittext: give either paths or --input-jsonl FILE", file=sys.stderr)
        return 2
    if args.html is not None and (args.jsonl or args.compact):
        print(
            "polittext: --html writes a page instead of JSON: drop --jsonl/--compact",
            file=sys.stderr,
        )
        return 2
    if args.field is not None and not args.input_jsonl:
        print("polittext: --field goes with --input-jsonl", file=sys.stderr)
        return 2
    paths = _expand(args.path)
    if args.path and not paths:
        print(f"polittext: no *.txt files in {', '.join(args.path)}", file=sys.stderr)
        return 2
    records = None
    if args.input_jsonl:
        try:
            records = _open(args.input_jsonl)
        except OSError as error:
            print(f"polittext: {_read_error(args.input_jsonl, error)}", file=sys.stderr)
            return 2
    from polittext.engine import load

    try:
        pipeline = load(args.model)
    except ValueError as error:
        print(f"polittext: {error}", file=sys.stderr)
        return 2
    progress = not args.no_progress and sys.stderr.isatty()
    if records is not None:
        try:
            jobs = _jobs_from_records(records, args.field or "text")
            results = _results(jobs, pipeline, args.n_process, progress, None)
            if args.html is not None:
                return _html(results, args.html, args.input_jsonl, single=False)
            return _batch(results)
        finally:
            if records is not sys.stdin:
                records.close()
    if args.html is not None:
        results = _results(_jobs_from_paths(paths), pipeline, args.n_process, progress, len(paths))
        return _html(results, args.html, paths[0], single=len(paths) == 1 and paths == args.path)
    if args.jsonl or len(paths) > 1 or paths != args.path:
        return _batch(
            _results(_jobs_from_paths(paths), pipeline, args.n_process, progress, len(paths))
        )
    path = paths[0]
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError) as error:
        print(f"polittext: {_read_error(path, error)}", file=sys.stderr)
        return 2
    analysis = pipeline.analyze(text)
    indent = None if args.compact else 2
    return _write(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=indent))


def _read_error(path: str, error: OSError | UnicodeDecodeError) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"{path} is not UTF-8 text: {error}"
    return f"cannot read {path}: {error.strerror or error}"


def _write(line: str) -> int:
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``polittext analyze … | head``): not an error.
        sys.stdout = None
    return 0


def _expand(paths: Sequence[str]) -> list[str]:
    """Paths with every directory replaced by its ``*.txt`` files, sorted by name."""
    expanded: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            names = sorted(entry.name for entry in os.scandir(path) if entry.name.endswith(".txt"))
            expanded.extend(
                os.path.join(path, name)
                for name in names
                if os.path.isfile(os.path.join(path, name))
            )
        else:
            expanded.append(path)
    return expanded


def _open(path: str) -> TextIO:
    if path == "-":
        return sys.stdin
    return open(path, encoding="utf-8")  # closed by main


# A job: the fields that go into the output line, and the text or why there is none.
_Job = tuple[dict[str, Any], Any, "str | None"]


def _jobs_from_paths(paths: Sequence[str]) -> Iterator[_Job]:
    for path in paths:
        try:
            yield {"path": path}, _read(path), None
        except (OSError, UnicodeDecodeError) as error:
            yield {"path": path}, "", _read_error(path, error)


def _jobs_from_records(lines: Iterable[str], field: str) -> Iterator[_Job]:
    from polittext.streaming import split_record

    lines_left = iter(lines)
    number = 0
    while True:
        number += 1
        try:
            line = next(lines_left)
        except StopIteration:
            return
        except UnicodeDecodeError as error:
            yield {"line": number}, "", f"line {number} is not UTF-8 text: {error}"
            return
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield {"line": number}, "", f"line {number} is not JSON: {error}"
            continue
        try:
            fields, text = split_record(item, field)
        except (TypeError, ValueError) as error:
            kept = {k: v for k, v in item.items() if k != field} if isinstance(item, dict) else {}
            yield kept or {"line": number}, "", f"line {number}: {error}"
            continue
        yield fields, text, None


# One result: the fields of the output line, the analysis, or why there is none.
_Result = tuple[dict[str, Any], "Analysis | None", "str | None"]


def _results(
    jobs: Iterable[_Job], pipeline: Pipeline, n_process: int, progress: bool, total: int | None
) -> Iterator[_Result]:
    """The analysis of every job, in order; a job that fails gives its message instead."""
    from polittext.streaming import PipeError, pipe

    pairs = ((text, (fields, error)) for fields, text, error in jobs)
    if n_process > 1:
        results: Iterator[tuple[Any, Any]] = pipe(pairs, n_process=n_process, as_tuples=True)
    else:
        results = ((_analyze(pipeline, text), context) for text, context in pairs)
    if progress:
        from tqdm import tqdm

        # No monitor thread: pipe forks its workers only while no other thread runs.
        tqdm.monitor_interval = 0
        results = tqdm(results, total=total, unit="doc", file=sys.stderr)
    for result, (fields, error) in results:
        message = error
        if message is None and isinstance(result, PipeError):
            message = f"{result.error}: {result.message}"
        yield fields, None if message is not None else result, message


def _batch(results: Iterable[_Result]) -> int:
    """One compact JSON line per result, in order; a failed job gives an error line."""
    from polittext.streaming import merge_record

    status = 0
    for fields, analysis, error in results:
        record: dict[str, Any] = dict(fields)
        message = error
        if analysis is not None:
            try:
                record = merge_record(fields, analysis.to_dict())
            except ValueError as clash:
                message = str(clash)
        if message is not None:
            print(f"polittext: {message}", file=sys.stderr)
            record["error"] = message
            status = 1
        _write(json.dumps(record, ensure_ascii=False))
        if sys.stdout is None:
            break
    return status


def _html(results: Iterable[_Result], out: str, name: str, single: bool) -> int:
    """Write one HTML page, a section per text; a text that failed gets a section saying so."""
    from polittext.render import _error_section, _page, _section

    sections = []
    status = 0
    count = 0
    for number, (fields, analysis, error) in enumerate(results, start=1):
        count += 1
        label = fields.get("path", fields.get("id", f"line {fields.get('line', number)}"))
        title = "standard input" if label == "-" else str(label)
        if analysis is None:
            print(f"polittext: {error}", file=sys.stderr)
            if single:
                return 2
            sections.append(_error_section(title, str(error)))
            status = 1
        else:
            sections.append(_section(analysis, title))
    markup = _page(sections, name if single else f"polittext: {count} texts")
    if out == "-":
        _write(markup)
        return status
    try:
        with open(out, "w", encoding="utf-8") as handle:
            handle.write(markup)
    except OSError as error:
        print(f"polittext: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 2
    return status


def _analyze(pipeline: Pipeline, text: Any) -> Any:
    from polittext.streaming import PipeError

    try:
        return pipeline.analyze(text)
    except (TypeError, ValueError, RecursionError, MemoryError) as error:
        return PipeError(-1, type(error).__name__, str(error))
