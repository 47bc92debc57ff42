"""The ``polittext`` command line.

``polittext analyze PATH|-`` prints the analysis of a UTF-8 text file (or of
standard input) as JSON; ``polittext analyze --jsonl PATH…`` (implied by more
than one path) prints one JSON line per file, with its ``path``, for a corpus;
``polittext analyze --html OUT PATH…`` writes an HTML page with the results
highlighted (one section per file) instead.
``python -m polittext`` is the same program.

>>> main(["--version"])  # doctest: +ELLIPSIS
polittext ...
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

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
        "path", nargs="+", help="UTF-8 text files, or - for standard input (one path only)"
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
        help="worker processes for --jsonl with the blank model (default 1)",
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
    if args.html is not None and (args.jsonl or args.compact):
        print(
            "polittext: --html writes a page instead of JSON: drop --jsonl/--compact",
            file=sys.stderr,
        )
        return 2
    from polittext.engine import load

    try:
        pipeline = load(args.model)
    except ValueError as error:
        print(f"polittext: {error}", file=sys.stderr)
        return 2
    if args.html is not None:
        return _html(args.path, pipeline, args.n_process, args.html)
    if args.jsonl or len(args.path) > 1:
        return _batch(args.path, pipeline, args.n_process)
    path = args.path[0]
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


def _analyses(
    paths: Sequence[str], pipeline: Pipeline, n_process: int
) -> Iterator[tuple[int, Analysis | None, str | None]]:
    """``(index, analysis, None)`` or ``(index, None, error message)`` per path, in order."""
    from polittext.streaming import PipeError, pipe

    errors: dict[int, str] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for index, path in enumerate(paths):
            try:
                yield _read(path), index
            except (OSError, UnicodeDecodeError) as error:
                errors[index] = _read_error(path, error)
                yield "", index

    if n_process > 1:
        results: Iterator[tuple[Any, int]] = pipe(texts(), n_process=n_process, as_tuples=True)
    else:
        results = ((pipeline.analyze(text), index) for text, index in texts())
    for result, index in results:
        if index in errors:
            yield index, None, errors[index]
        elif isinstance(result, PipeError):
            yield index, None, f"{result.error}: {result.message}"
        else:
            yield index, result, None


def _batch(paths: Sequence[str], pipeline: Pipeline, n_process: int) -> int:
    """One compact JSON line per path, in order; unreadable files give an error line."""
    status = 0
    for index, analysis, error in _analyses(paths, pipeline, n_process):
        record: dict[str, Any] = {"path": paths[index]}
        if error is not None or analysis is None:
            print(f"polittext: {error}", file=sys.stderr)
            record["error"] = error
            status = 1
        else:
            record.update(analysis.to_dict())
        _write(json.dumps(record, ensure_ascii=False))
        if sys.stdout is None:
            break
    return status


def _html(paths: Sequence[str], pipeline: Pipeline, n_process: int, out: str) -> int:
    """Write one HTML page, a section per path; an unreadable path gets a section saying so."""
    from polittext.render import _error_section, _page, _section

    sections = []
    status = 0
    for index, analysis, error in _analyses(paths, pipeline, n_process):
        title = "standard input" if paths[index] == "-" else paths[index]
        if error is not None or analysis is None:
            print(f"polittext: {error}", file=sys.stderr)
            if len(paths) == 1:
                return 2
            sections.append(_error_section(title, str(error)))
            status = 1
        else:
            sections.append(_section(analysis, title))
    markup = _page(sections, paths[0] if len(paths) == 1 else f"polittext: {len(paths)} texts")
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
