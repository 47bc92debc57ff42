"""Sphinx configuration for the polittext documentation.

Build (from the repository root)::

    sphinx-build -W -b html docs docs/_build/html
    sphinx-build -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

# The local extension (``.. polittext-taxonomy::``) lives in docs/_ext.
sys.path.insert(0, str(DOCS / "_ext"))
# Document the checked-out source even where polittext is not installed; with an
# (editable) install this is the same code. Only ``src`` is added, never
# ``src/polittext``, whose ``types.py`` would shadow the standard library.
sys.path.insert(0, str(ROOT / "src"))

import polittext  # noqa: E402

# -- Project -----------------------------------------------------------------

project = "polittext"
author = "The polittext developers"
copyright = "The polittext developers; code MIT, taxonomy polittext-measure-v0 CC0"
version = polittext.__version__
release = polittext.__version__
language = "en"

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "taxonomy_page",
]
# No sphinx.ext.intersphinx: the machines that build these docs have no internet
# access, and intersphinx would warn (and so fail ``-W``) when it cannot fetch
# the inventories of Python, spaCy and attrs. Links to those projects are
# written out as plain URLs instead.

exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []
nitpicky = False
root_doc = "index"

# -- autodoc / napoleon --------------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest ---------------------------------------------------------------------
#
# ``sphinx-build -b doctest`` runs the ``.. doctest::`` blocks of the pages.
# It does not change the working directory, so the result would depend on
# where sphinx-build is started. Every test group therefore starts in the
# repository root (the quickstart reads ``seeds/…`` exactly as a reader who
# cloned the repository would) and returns to the previous directory after.
# ``SEED_TEXT`` holds the seed article for pages that need it without showing
# how it is read.
#
# Plain ``>>>`` paragraphs (including those that autodoc copies from the
# docstrings into the API page) are not run here: docstrings are tested with
# the code, in their own module namespace. Pages use ``.. doctest::``.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
import os as _os
import pathlib as _pathlib
_DOCTEST_PREVIOUS_CWD = _os.getcwd()
_os.chdir({str(ROOT)!r})
SEED_PATH = _pathlib.Path({str(ROOT)!r}) / "seeds" / "000_919184c9a5fb0886.txt"
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")
"""
doctest_global_cleanup = """
_os.chdir(_DOCTEST_PREVIOUS_CWD)
"""

# -- HTML --------------------------------------------------------------------------

html_theme = "furo"
html_title = f"polittext {release}"
html_static_path = ["_static"]
html_css_files = ["polittext.css"]
