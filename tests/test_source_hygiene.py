"""The library loads no pickles, evaluates no code, opens no network connection
and reads its data files through importlib.resources."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "polittext"
FORBIDDEN_MODULES = {
    "pickle",
    "marshal",
    "shelve",
    "socket",
    "urllib",
    "http",
    "requests",
    "ftplib",
}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}


def modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def test_no_pickle_network_or_eval() -> None:
    assert modules()
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                names = {(node.module or "").split(".")[0]}
            else:
                names = set()
            assert not names & FORBIDDEN_MODULES, f"{path.name} imports {names & FORBIDDEN_MODULES}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in FORBIDDEN_CALLS, f"{path.name} calls {node.func.id}"


def test_data_files_are_read_through_importlib_resources() -> None:
    # Only the command line, the scorer and the JSON Lines reader/writer open files:
    # the user's own texts, gold data and results.
    for path in modules():
        text = path.read_text(encoding="utf-8")
        if path.name not in {"cli.py", "evaluation.py", "tables.py"}:
            assert "open(" not in text, f"{path.name} opens files itself"
    assert "importlib.resources" in (SOURCE / "lexicon.py").read_text(encoding="utf-8")


def test_every_data_file_has_a_header() -> None:
    data = SOURCE / "data"
    files = [p for p in data.rglob("*") if p.suffix in {".tsv", ".txt"}]
    assert len(files) >= 15
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), f"{path.name} has no header comment"
