"""The engine: one cached spaCy ``Language`` with the polittext components.

The default base is ``spacy.blank("de")``: a rule-based tokenizer, no model
download, deterministic and fast. A trained German spaCy pipeline
(``de_core_news_sm`` …, or a pipeline directory) is used when asked for by
name or path; the polittext components run after its parser and entity
recognizer, its PER and ORG entities add person and organisation mentions,
and the subjects in its parse decide the speakers of cue verbs. ``"stanza"``
runs stanza first (:mod:`polittext.stanza_adapter`). spaCy is imported only
when a pipeline is first built, never by ``import polittext``.

>>> pipeline = load()
>>> pipeline.base
'blank'
>>> pipeline.analyze("Kallas sagte, dass Europa stark sei.").quotes[0].kind.value
'indirect'
"""

from __future__ import annotations

import contextlib
import gc
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
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
        doc = self._make_doc(spacy_safe(text))
        # The stages read the caller's string (spacy_safe keeps its length), and
        # Doc.text is costly to rebuild.
        doc.user_data["polittext_original_text"] = text
        if not spans:
            # Writing doc.spans and sentence starts costs as much as the analysis itself.
            doc.user_data["polittext_results_only"] = True
        for name, component in self.nlp.pipeline:
            doc = component(doc)
            if name == last:
                break
        return doc

    def _make_doc(self, text: str) -> Any:
        """The ``Doc`` the polittext components run on (before any component)."""
        return self.nlp.make_doc(text)

    def analyze(self, text: str) -> Analysis:
        """Analyse one text.

        >>> load().analyze("").quotes
        ()
        """
        return self.results(text)

    def results(self, text: str, last: str = COMPONENTS[-1]) -> Analysis:
        """The :class:`~polittext.analysis.Analysis` of the stages up to ``last``.

        When the spaCy pipeline holds nothing but the polittext components (the
        blank base, as :func:`load` builds it), no spaCy ``Doc`` is made: the
        stages read only the text, and spaCy's tokenizer would take as long as
        all of them together. The result is the same either way.

        >>> load().results("Kallas sagte, es sei gut.", last="polittext_quotes").measures
        ()
        """
        require_text(text)
        plain = type(self)._make_doc is Pipeline._make_doc  # no stanza or other base
        if self.nlp.pipe_names != list(COMPONENTS) or not plain:
            return self.doc(text, last=last, spans=False)._.polittext  # type: ignore[no-any-return]
        if last not in COMPONENTS:
            raise ValueError(
                f"last must name a component of this pipeline, one of {list(COMPONENTS)}; "
                f"got {last!r}"
            )
        from polittext.core import STAGES, CoreState

        with _collector_paused(long=len(text) >= LONG_TEXT):
            state = CoreState(text)
            for stage in STAGES[: COMPONENTS.index(last) + 1]:
                getattr(state, f"run_{stage}")()
            return state.analysis()

    def pipe(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Analyse many texts on this pipeline, streaming, in input order.

        (:func:`polittext.pipe` adds worker processes and error records.)

        >>> [len(a.sentences) for a in load().pipe(["Eins. Zwei.", "Drei."])]
        [2, 1]
        """
        for text in texts:
            yield self.analyze(require_text(text, "each text"))


class _CollectorPause:
    """Pause Python's cyclic garbage collector while texts are analysed.

    The analysis makes many small, short-lived, acyclic objects; the
    collector's full passes over them grow with the text and made a 10x longer
    text take 12-14x the time. Reference counting still frees them at once.
    Nested and concurrent analyses share one pause: the collector resumes (if
    it was on) when the last analysis running in any thread ends.

    When a long text (``long=True``: :data:`LONG_TEXT` characters or more) was
    analysed and nothing is frozen, the objects made meanwhile move to the oldest
    generation unscanned before the collector resumes (``gc.freeze()`` then
    ``gc.unfreeze()``, two list splices). Otherwise the collector's first pass
    after the pause scans every one of them (the results and the analysis's
    state, which hold no reference cycles): 0.1 s for a 1 MB text, 26 times the
    pass after a 100 kB text. With objects frozen by the caller (``gc.freeze()``
    before a fork, as :func:`polittext.pipe` does) the pass is left as it is, so
    that nothing the caller froze is unfrozen.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False
        self._long = False

    @contextlib.contextmanager
    def __call__(self, long: bool = False) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                self._long = False
                gc.disable()
            self._depth += 1
            self._long = self._long or long
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0 and self._was_enabled:
                    if self._long and not gc.get_freeze_count():
                        gc.freeze()
                        gc.unfreeze()
                    gc.enable()


#: Characters: after the analysis of a text this long the objects it made skip the
#: garbage collector's young generations (see ``_CollectorPause``). Asking whether
#: anything is frozen walks every frozen object (0.03 s for 200,000), so it is asked
#: only after texts whose analysis takes a second or more.
LONG_TEXT = 500_000


_collector_paused = _CollectorPause()


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
    elif base == "stanza":
        from polittext.stanza_adapter import stanza_pipeline

        return stanza_pipeline(_build("blank").nlp)
    else:
        path = Path(base)
        if _looks_like_path(base) and not (path / "config.cfg").is_file():
            raise ValueError(
                f"{base!r} is neither a spaCy pipeline package nor a pipeline directory "
                "(a pipeline directory holds a config.cfg, saved with nlp.to_disk(path)): "
                f"{_CHOICES}"
            )
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
    _compile_lexicons()
    # The lexicons are some 70,000 objects that live as long as the process. One
    # collection now counts them as old: otherwise the first analyses pay for a
    # full collection that scans them all (about 0.1 s) when the collector finds
    # "many new long-lived objects".
    gc.collect()
    return Pipeline(nlp, base)


def _compile_lexicons() -> None:
    """Build the lexicon indexes that are otherwise built on first use (the modality
    index alone takes about 0.1 s): with the pipeline, so that no document waits."""
    from polittext import cues, frames, measure_cues, measures, sentences, sources

    for build in (
        cues.cue_lemmas,
        frames._particle_rests,
        measures._indexes,
        measure_cues._modality_index,
        measure_cues.verb_words,
        measure_cues._separable_rows,
        sentences._context,
        sentences._abbreviations,
        sentences._abbreviation_ends,
        sources._source_heads,
    ):
        build()


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith(".") or Path(name).exists()


def load(name: str = "blank") -> Pipeline:
    """The cached :class:`Pipeline` on the base ``name``.

    ``"blank"`` (the default) is spaCy's blank German with polittext's own
    components; ``"stanza"`` runs stanza's German pipeline first (needs the
    extra ``polittext[stanza]`` and stanza's German models, see
    :func:`polittext.from_stanza`); any other name, or the path of a pipeline
    directory saved with ``nlp.to_disk``, is loaded with ``spacy.load`` and
    must be a German pipeline. A trained pipeline's entities and dependency
    parse are used (subjects of cue verbs decide their speakers).

    Raises:
        TypeError: if ``name`` is not a ``str``.
        ValueError: if the pipeline is not installed or not German.
        ImportError: for ``"stanza"`` when stanza is not installed.

    >>> load("/no/such/dir")
    Traceback (most recent call last):
    ...
    ValueError: '/no/such/dir' is neither a spaCy pipeline package nor a pipeline directory (a pipeline directory holds a config.cfg, saved with nlp.to_disk(path)): use the default base 'blank' (load() or --model blank) or an installed German pipeline such as 'de_core_news_sm'

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
