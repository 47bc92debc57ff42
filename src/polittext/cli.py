"""The ``polittext`` command line.

``polittext analyze PATH|-`` prints the analysis of a UTF-8 text file (or of
standard input) as JSON; ``python -m polittext`` is the same program.

>>> main(["--version"])  # doctest: +ELLIPSIS
polittext ...
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from polittext._version import __version__

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="polittext",
        description="Sentences, speakers, quotes and policy measures in German political text.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command")
    analyze = commands.add_parser("analyze", help="analyse a text file and print JSON")
    analyze.add_argument("path", help="a UTF-8 text file, or - for standard input")
    analyze.add_argument(
        "--model",
        default="blank",
        help="spaCy base pipeline: 'blank' (default, no download) or an installed German pipeline",
    )
    analyze.add_argument("--compact", action="store_true", help="print JSON on one line")
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
    try:
        text = _read(args.path)
    except OSError as error:
        print(f"polittext: cannot read {args.path}: {error.strerror or error}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as error:
        print(f"polittext: {args.path} is not UTF-8 text: {error}", file=sys.stderr)
        return 2
    from polittext.engine import load

    try:
        pipeline = load(args.model)
    except ValueError as error:
        print(f"polittext: {error}", file=sys.stderr)
        return 2
    analysis = pipeline.analyze(text)
    indent = None if args.compact else 2
    try:
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=indent)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``polittext analyze … | head``): not an error.
        sys.stdout = None
    return 0
