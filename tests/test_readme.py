"""The README's two commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_opens_with_install_and_run_then_install_and_test() -> None:
    commands = readme_commands()
    assert len(commands) >= 2
    run, test = commands[0], commands[1]
    assert "pip install ." in run
    assert run.endswith("polittext analyze seeds/000_919184c9a5fb0886.txt")
    assert "pip install" in test
    assert test.endswith("python -m pytest")
    # The commands come first: before any other section of the README.
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index(run) < text.index("**polittext**")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci


def test_the_seed_in_the_repository_is_the_fixture() -> None:
    seed = ROOT / "seeds" / "000_919184c9a5fb0886.txt"
    assert seed.read_text(encoding="utf-8").startswith("10. Februar, 2026")
