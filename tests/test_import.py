"""Importing polittext is cheap: spaCy is only imported when the engine is built."""

from __future__ import annotations

import subprocess
import sys


def test_import_does_not_import_spacy() -> None:
    code = "import sys, polittext; print('spacy' in sys.modules, 'stanza' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_first_analysis_builds_the_engine() -> None:
    code = "import sys, polittext; polittext.analyze('Gut.'); print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["True"]


def test_public_names_are_exported_and_documented() -> None:
    import polittext

    for name in polittext.__all__:
        obj = getattr(polittext, name)
        if name != "__version__":
            assert obj.__doc__, f"polittext.{name} has no docstring"
            assert ">>>" in obj.__doc__, f"polittext.{name} has no example"
