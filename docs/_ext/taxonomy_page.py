"""Sphinx extension: the policy-measure taxonomy reference, generated at build time.

``.. polittext-taxonomy::`` reads the taxonomy shipped with polittext
(``polittext/data/measures/taxonomy_v0.json``, through
:func:`polittext.taxonomy.measure_types` and :func:`polittext.taxonomy.taxonomy_info`)
and the two lexicons that use it (``triggers.tsv`` and ``modality.tsv``), and
emits:

* one section per family, in the order in which the families first occur in
  the taxonomy file, with one subsection per measure type: its id, German and
  English label, CAP major topics (with the names from ``cap_major_topics``),
  NATO tools, GSDB and Vedung codes, the taxonomy's trigger words, the
  patterns of the trigger lexicon for the type, and the type's note;
* a section listing the modality values, each with its status cues from
  ``modality.tsv``;
* a section listing the measure attributes of the taxonomy and the
  :class:`polittext.types.PolicyMeasure` field that carries each.

Every type gets the label ``measure-<id in lower case with dashes>`` (for
example ``measure-sanction-general``), so other pages can write
``:ref:`measure-sanction-general```.

Nothing is hard-coded: change the data files and rebuild. The page is rebuilt
whenever one of the three data files changes.

A second directive, ``.. polittext-data-files::``, lists every data file in
``polittext/data`` (found at build time, so new files appear by themselves)
with its number of entries and its header comment, verbatim.

The directive must stand at the top level of a page (directly under the page
title), because it produces sections; the page should underline section
titles with ``-`` and subsection titles with ``~`` like the generated text.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.parsing import nested_parse_to_nodes

_DATA_FILES = ("measures/taxonomy_v0.json", "measures/triggers.tsv", "measures/modality.tsv")
_SPECIAL = "\\`*_|[]<>"


def _escape(text: str) -> str:
    """Escape inline markup characters for running reST text."""
    return "".join("\\" + char if char in _SPECIAL else char for char in text)


def _literal(text: str) -> str:
    """``text`` as an inline literal (backticks inside are replaced)."""
    return "``" + text.replace("`", "'").strip() + "``"


def _label(type_id: str) -> str:
    return "measure-" + type_id.lower().replace("_", "-")


def _data_text(name: str) -> str:
    resource = importlib.resources.files("polittext").joinpath("data")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    return resource.read_text(encoding="utf-8")


def _data_path(name: str) -> Path | None:
    """The data file on disk, if polittext is installed from a directory."""
    resource = importlib.resources.files("polittext").joinpath("data")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    path = Path(str(resource))
    return path if path.is_file() else None


def _rows(name: str, columns: int) -> list[list[str]]:
    """Rows of a tab-separated data file (``#`` comments and blank lines skipped)."""
    rows = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        fields += [""] * (columns - len(fields))
        rows.append(fields[:columns])
    return rows


def _patterns(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


def _trigger_lines(type_id: str, trigger_rows: list[list[str]]) -> list[str]:
    lines = []
    for row_type, pattern, priority, context, veto in trigger_rows:
        if row_type != type_id:
            continue
        parts = [f"priority {priority or 1}"]
        if _patterns(context):
            parts.append("needs one of " + ", ".join(_literal(p) for p in _patterns(context)))
        if _patterns(veto):
            parts.append("vetoed by " + ", ".join(_literal(p) for p in _patterns(veto)))
        lines.append(f"* {_literal(pattern)} ({'; '.join(parts)})")
    return lines


def _field(name: str, body: str | list[str]) -> list[str]:
    """A reST field; a list body becomes an indented block under the field."""
    if isinstance(body, str):
        return [f":{name}: {body}"]
    out = [f":{name}:"]
    out += ["   " + line for line in body]
    return out


def _type_section(entry: Any, info: dict[str, Any], trigger_rows: list[list[str]]) -> list[str]:
    cap_names: dict[str, str] = info.get("cap_major_topics", {})
    nato_names: dict[str, str] = info.get("nato", {})
    title = _literal(entry.id)
    lines = [f".. _{_label(entry.id)}:", "", title, "~" * len(title), ""]
    lines += _field("German", _escape(entry.label_de))
    lines += _field("English", _escape(entry.label_en))
    if entry.cap_major:
        caps = ", ".join(
            f"{code} ({_escape(cap_names.get(str(code), 'unknown topic'))})"
            for code in entry.cap_major
        )
    else:
        caps = "none fixed: the topic follows the policy field"
    lines += _field("CAP major topics", caps)
    nato = ", ".join(
        f"{_escape(tool)} ({_escape(nato_names[tool])})" if tool in nato_names else _escape(tool)
        for tool in entry.nato
    )
    lines += _field("NATO tools", nato or "none")
    if entry.gsdb:
        lines += _field("GSDB sanction type", _escape(entry.gsdb))
    if entry.vedung:
        lines += _field("Vedung", _escape(entry.vedung))
    if entry.triggers_de:
        lines += _field("Trigger words", ", ".join(_literal(t) for t in entry.triggers_de))
    patterns = _trigger_lines(entry.id, trigger_rows)
    lines += _field("Lexicon patterns", patterns or ["none yet: the type is never detected"])
    if entry.note:
        lines += _field("Note", _escape(entry.note))
    return [*lines, ""]


def _modality_section(info: dict[str, Any], modality_rows: list[list[str]]) -> list[str]:
    title = "Modality values"
    lines = [".. _measure-modality-values:", "", title, "-" * len(title), ""]
    lines += [
        "A measure's ``modality`` is its status as *this sentence* reports it "
        "(:class:`polittext.types.Modality`). The cues below come from "
        "``modality.tsv``; ``verb`` cues count anywhere in the clause or "
        "sentence, ``attribute`` cues only right before the measure noun or "
        "before ``Maßnahme(n)``.",
        "",
    ]
    for value in info["modality_values"]:
        lines.append(f"``{value}``")
        cues = [row for row in modality_rows if row[0] == value]
        if not cues:
            if value == "negated":
                body = "set by a negation right before the measure (``keine Sanktionen``)"
            else:
                body = "no cue words in ``modality.tsv``"
            lines += ["   " + body, ""]
            continue
        for use in ("verb", "attribute"):
            words = [row[1] for row in cues if row[2] == use]
            if words:
                lines.append(f"   {use} cues: " + ", ".join(_literal(w) for w in words))
                lines.append("")
    return lines


def _attribute_section(info: dict[str, Any]) -> list[str]:
    from polittext.types import PolicyMeasure

    fields = {field.name for field in PolicyMeasure.__attrs_attrs__}
    title = "Measure attributes"
    lines = [title, "-" * len(title), ""]
    lines += [
        "The attributes the taxonomy defines for a measure, and the field of "
        ":class:`polittext.types.PolicyMeasure` that holds each one "
        "(\u201cnot extracted yet\u201d where polittext has no such field).",
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 15 55 30",
        "",
        "   * - attribute",
        "     - meaning (taxonomy)",
        "     - ``PolicyMeasure`` field",
    ]
    for name, meaning in info.get("attributes", {}).items():
        lines += [
            f"   * - ``{name}``",
            f"     - {_escape(str(meaning))}",
            f"     - ``{name}``" if name in fields else "     - not extracted yet",
        ]
    return [*lines, ""]


def taxonomy_rst() -> list[str]:
    """The generated reST, one line per item."""
    from polittext.taxonomy import measure_types, taxonomy_info

    info = taxonomy_info()
    types = measure_types()
    trigger_rows = _rows("measures/triggers.tsv", 5)
    modality_rows = _rows("measures/modality.tsv", 3)

    families: dict[str, list[Any]] = {}
    for entry in types.values():
        families.setdefault(entry.family, []).append(entry)

    lines: list[str] = []
    for family, entries in families.items():
        title = f"Family ``{family}``"
        lines += [f".. _measure-family-{family}:", "", title, "-" * len(title), ""]
        ids = ", ".join(f":ref:`{e.id} <{_label(e.id)}>`" for e in entries)
        lines += [f"{len(entries)} type{'s' if len(entries) != 1 else ''}: {ids}.", ""]
        for entry in entries:
            lines += _type_section(entry, info, trigger_rows)
    lines += _modality_section(info, modality_rows)
    lines += _attribute_section(info)
    return lines


def _data_files() -> list[str]:
    """Paths of all data files below ``polittext/data``, relative to it, sorted."""
    root = importlib.resources.files("polittext").joinpath("data")
    found: list[str] = []

    def walk(folder: Any, prefix: str) -> None:
        for child in folder.iterdir():
            if child.is_dir():
                if not child.name.startswith(("_", ".")):
                    walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".tsv", ".json", ".txt")):
                found.append(prefix + child.name)

    walk(root, "")
    return sorted(found, key=lambda name: (name.count("/"), name))


def _header_and_count(name: str) -> tuple[list[str], str]:
    """The leading ``#`` comment lines of a data file and a count of its entries."""
    text = _data_text(name)
    if name.endswith(".json"):
        import json

        data = json.loads(text)
        types = data.get("types") if isinstance(data, dict) else None
        count = f"{len(types)} measure types" if isinstance(types, list) else "JSON"
        header = [f"scheme: {data.get('scheme')}", f"licence: {data.get('license')}"]
        return header, count
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    entries = sum(
        1 for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )
    return header, f"{entries} entries"


def data_files_rst() -> list[str]:
    """The generated reST of ``.. polittext-data-files::``."""
    lines: list[str] = []
    for name in _data_files():
        header, count = _header_and_count(name)
        title = f"``{name}``"
        lines += [
            f".. _data-file-{name.replace('/', '-').replace('.', '-').replace('_', '-')}:",
            "",
        ]
        lines += [title, "~" * len(title), "", f"{count}.", ""]
        if header:
            lines += [".. code-block:: text", ""]
            lines += ["   " + line for line in header]
            lines.append("")
        else:
            lines += ["(no header comment)", ""]
    return lines


class DataFilesDirective(SphinxDirective):
    """``.. polittext-data-files::``: every data file with its header (no arguments)."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        for name in _data_files():
            path = _data_path(name)
            if path is not None:
                self.env.note_dependency(str(path))
        return nested_parse_to_nodes(
            self.state,
            "\n".join(data_files_rst()),
            source="<polittext-data-files>",
            offset=self.content_offset,
            allow_section_headings=True,
        )


class TaxonomyDirective(SphinxDirective):
    """``.. polittext-taxonomy::``: the taxonomy reference (no arguments, no options)."""

    has_content = False
    required_arguments = 0
    optional_arguments = 0

    def run(self) -> list[nodes.Node]:
        for name in _DATA_FILES:
            path = _data_path(name)
            if path is not None:
                self.env.note_dependency(str(path))
        text = "\n".join(taxonomy_rst())
        return nested_parse_to_nodes(
            self.state,
            text,
            source="<polittext-taxonomy>",
            offset=self.content_offset,
            allow_section_headings=True,
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("polittext-taxonomy", TaxonomyDirective)
    app.add_directive("polittext-data-files", DataFilesDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
