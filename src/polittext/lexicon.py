"""Read the language-knowledge data files shipped in ``polittext/data``.

Every file is UTF-8, tab-separated, with ``#`` comment lines; each begins with a
header saying what it holds and where its facts come from. Files are read with
:mod:`importlib.resources` once and cached.

>>> rows = read_table("parties.tsv", 3)
>>> ("SPD", "SPD", "DE") in rows
True
"""

from __future__ import annotations

import functools
import importlib.resources

__all__ = ["data_text", "read_table", "read_words", "word_class"]


@functools.cache
def data_text(name: str) -> str:
    """Return the text of the data file ``name`` (a path below ``polittext/data``).

    >>> data_text("parties.tsv").startswith("#")
    True
    """
    resource = importlib.resources.files("polittext").joinpath("data")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    return resource.read_text(encoding="utf-8")


@functools.cache
def read_table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, each with exactly ``columns`` fields.

    Comment lines (``#``) and blank lines are skipped; fields are stripped.

    >>> read_table("roles.tsv", 3)[0][0] != ""
    True
    """
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(data_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) < columns:
            fields += [""] * (columns - len(fields))
        if len(fields) > columns:
            raise ValueError(
                f"{name}, line {number}: expected {columns} tab-separated fields, got {len(fields)}"
            )
        rows.append(tuple(fields))
    return tuple(rows)


@functools.cache
def read_words(name: str) -> frozenset[str]:
    """The first column of a data file, as a set.

    >>> "Kaja" in read_words("first_names.tsv")
    True
    """
    return frozenset(row[0] for row in read_table(name, 1 + _extra_columns(name)) if row[0])


def _extra_columns(name: str) -> int:
    first = next(
        (
            line
            for line in data_text(name).splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ),
        "",
    )
    return first.count("\t")


@functools.cache
def word_class(name: str) -> frozenset[str]:
    """The words of one class in ``word_classes.tsv`` (prepositions, relative pronouns, …).

    >>> "dass" in word_class("subordinator")
    True
    """
    words = frozenset(word for word, cls in read_table("word_classes.tsv", 2) if cls == name)
    if not words:
        raise ValueError(f"word_classes.tsv has no class {name!r}")
    return words
