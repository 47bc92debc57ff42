"""The engine: one cached spaCy ``Language`` with the polittext components.

The default base is ``spacy.blank("de")``: a rule-based tokenizer, no model
download, deterministic and fast. A trained German spaCy pipeline
(``de_core_news_sm`` …) is used when asked for by name and installed; the
polittext components run after its parser and entity recognizer, and its PER
and ORG entities add person and organisation mentions. spaCy is imported
only when a pipeline is first built, never by ``import polittext``.

>>> pipeline = load()
>>> pipeline.base
'blank'
>>> pipeline.analyze("Kallas sagte, dass Europa stark sei.").quotes[0].kind.value
'indirect'
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from polittext._input import require_text
from polittext.analysis import Analysis

__all__ = ["COMPONENTS", "Pipeline", "load", "spacy_safe"]

COMPONENTS = ("polittext_sentences", "polittext_speakers", "polittext_quotes", "polittext_measures")
_CACHE: dict[str, Pipeline] = {}
_LOCK = threading.Lock()


class Pipeline:
    """A spaCy ``Language`` set up for polittext, and functions that run it.

    Build one with :func:`load`; it is cached per base name. ``nlp`` is the
    spaCy pipeline itself, for use with spaCy's own tools.

    >>> pipeline = load()
    >>> pipeline.nlp.pipe_names
    ['polittext_sentences', 'polittext_speakers', 'polittext_quotes', 'polittext_measures']
    """

    def __init__(self, nlp: Any, base: str) -> None:
        self.nlp = nlp
        self.base = base

    def doc(self, text: str, last: str = COMPONENTS[-1], spans: bool = True) -> Any:
        """Run the pipeline on ``text`` up to and including component ``last``.

        With ``spans=False`` only ``doc._.polittext`` is filled (faster): no
        ``doc.spans`` and no sentence starts are written.

        >>> doc = load().doc("Gut.", last="polittext_sentences")
        >>> [s.label_ for s in doc.spans["polittext_sentences"]]
        ['body']
        """
        require_text(text)
        if last not in self.nlp.pipe_names:
            raise ValueError(
                f"last must name a component of this pipeline, one of {self.nlp.pipe_names}; "
                f"got {last!r}"
            )
        doc = self.nlp.make_doc(spacy_safe(text))
        if doc.text is not text:
            doc.user_data["polittext_original_text"] = text
        if not spans:
            # Writing doc.spans and sentence starts costs as much as the analysis itself.
            doc.user_data["polittext_results_only"] = True
        for name, component in self.nlp.pipeline:
            doc = component(doc)
            if name == last:
                break
        return doc

    def analyze(self, text: str) -> Analysis:
        """Analyse one text.

        >>> load().analyze("").quotes
        ()
        """
        return self.doc(text, spans=False)._.polittext  # type: ignore[no-any-return]

    def pipe(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Analyse many texts on this pipeline, streaming, in input order.

        (:func:`polittext.pipe` adds worker processes and error records.)

        >>> [len(a.sentences) for a in load().pipe(["Eins. Zwei.", "Drei."])]
        [2, 1]
        """
        for text in texts:
            yield self.analyze(require_text(text, "each text"))


_SURROGATES = re.compile("[\ud800-\udfff]")
# spaCy's tokenizer takes quadratic time (and worse) on long runs without spaces
# ("((((…" of 40,000 characters: minutes); no real token is this long.
_LONG_RUN = re.compile(r"\S{64,}")


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    return " ".join(run[i : i + 63] for i in range(0, len(run), 64)).ljust(len(run))[: len(run)]


def spacy_safe(text: str) -> str:
    """``text`` as spaCy can tokenize it in linear time, with every offset kept.

    spaCy's tokenizer encodes text as UTF-8 and fails on lone surrogates
    (which can come from decoding with ``errors="surrogateescape"``): they are
    replaced by U+FFFD. It also slows down quadratically on long runs without
    spaces: every 64th character of a run longer than 63 becomes a space. The
    copy has the same length, and results still refer to the original.

    >>> spacy_safe("(" * 70) == "(" * 63 + " " + "(" * 6
    True

    >>> spacy_safe("a" + chr(0xD800) + "b") == "a\N{REPLACEMENT CHARACTER}b"
    True
    >>> s = "Gut."
    >>> spacy_safe(s) is s
    True
    """
    if not text.isascii() and _SURROGATES.search(text) is not None:
        text = _SURROGATES.sub("\ufffd", text)
    if _LONG_RUN.search(text) is not None:
        text = _LONG_RUN.sub(_break_run, text)
    return text


_CHOICES = (
    "use the default base 'blank' (load() or --model blank) or an installed German "
    "pipeline such as 'de_core_news_sm'"
)
_PACKAGE = re.compile(r"[a-z]{2,3}_\w+")


def _not_found(base: str) -> str:
    """What to do about a pipeline name that spaCy cannot load."""
    if base.startswith("de_") and _PACKAGE.fullmatch(base):
        return (
            f"the spaCy pipeline {base!r} is not installed; install it with "
            f"'python -m spacy download {base}' (needs internet), or use the default "
            "base 'blank' (load() or --model blank)"
        )
    if _PACKAGE.fullmatch(base):
        return (
            f"the spaCy pipeline {base!r} is not installed, and it is not a German pipeline: "
            f"{_CHOICES} (python -m spacy download de_core_news_sm)"
        )
    return f"{base!r} is neither a spaCy pipeline package nor a pipeline directory: {_CHOICES}"


def _build(base: str) -> Pipeline:
    import spacy

    import polittext.components  # noqa: F401  (registers the factories)

    if base == "blank":
        nlp = spacy.blank("de")
        # spaCy refuses texts over 1,000,000 characters for the memory its parser and
        # NER would need; the blank tokenizer and polittext need memory linear in the text.
        nlp.max_length = sys.maxsize
    else:
        try:
            nlp = spacy.load(base)
        except OSError as error:
            raise ValueError(_not_found(base)) from error
        if nlp.lang != "de":
            raise ValueError(
                f"the spaCy pipeline {base!r} is for language {nlp.lang!r}; polittext needs a "
                f"German ('de') pipeline: {_CHOICES}"
            )
    # At the end of the pipeline, so that a trained pipeline's entities and parse
    # are there when polittext runs (its own sentences are kept in doc.spans).
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return Pipeline(nlp, base)


def load(name: str = "blank") -> Pipeline:
    """The cached :class:`Pipeline` on the base ``name``.

    ``"blank"`` (the default) is spaCy's blank German with polittext's own
    components; any other name is loaded with ``spacy.load`` and must be a
    German pipeline.

    Raises:
        TypeError: if ``name`` is not a ``str``.
        ValueError: if the pipeline is not installed or not German.

    >>> load("de_no_such_pipeline")
    Traceback (most recent call last):
    ...
    ValueError: the spaCy pipeline 'de_no_such_pipeline' is not installed; install it with 'python -m spacy download de_no_such_pipeline' (needs internet), or use the default base 'blank' (load() or --model blank)
    """
    if not isinstance(name, str):
        raise TypeError(
            f"name must be str (a spaCy pipeline name or directory, or 'blank'), "
            f"got {type(name).__name__}"
        )
    with _LOCK:
        pipeline = _CACHE.get(name)
        if pipeline is None:
            pipeline = _CACHE[name] = _build(name)
    return pipeline
