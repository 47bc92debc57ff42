"""stanza as a base: a ``stanza.Document`` becomes a spaCy ``Doc`` for polittext.

:func:`from_stanza` analyses a document that stanza has already processed;
``polittext.load("stanza")`` runs stanza's German pipeline itself. The spaCy
tokens are stanza's surface tokens (``zum``, not ``zu dem``), with the lemma,
part of speech, morphology, dependency head and relation of each token's
main word, and stanza's entities (``PER``, ``ORG``, ``LOC``, ``MISC``).
The subject (``nsubj``) of a cue verb decides its speaker. stanza is never
imported by this module: a ``stanza.Document`` is only checked for once stanza
has been imported by whoever made it.

>>> from_stanza("Kallas sagte, dass Europa stark sei.")
Traceback (most recent call last):
...
TypeError: from_stanza takes a stanza.Document, got str; analyse plain text with polittext.analyze(text), or with polittext.load('stanza').analyze(text) to run stanza first
"""

from __future__ import annotations

import sys
from typing import Any

from polittext.analysis import Analysis
from polittext.engine import Pipeline, load

__all__ = ["StanzaPipeline", "doc_from_stanza", "from_stanza"]

STANZA_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
DOWNLOAD_COMMAND = "python -c \"import stanza; stanza.download('de')\""
# Entity types of stanza's models, as spaCy's German pipelines name them.
_ENTITY_LABELS = {"PERSON": "PER", "GPE": "LOC", "ORGANIZATION": "ORG", "LOCATION": "LOC"}


def _require_document(document: Any) -> None:
    stanza_doc = sys.modules.get("stanza.models.common.doc")
    document_type = getattr(stanza_doc, "Document", None)
    if document_type is None or not isinstance(document, document_type):
        hint = (
            "; analyse plain text with polittext.analyze(text), or with "
            "polittext.load('stanza').analyze(text) to run stanza first"
            if isinstance(document, str)
            else ""
        )
        raise TypeError(f"from_stanza takes a stanza.Document, got {type(document).__name__}{hint}")
    if not isinstance(document.text, str):
        raise ValueError(
            "the stanza.Document has no text, so polittext cannot give character offsets: "
            "build it with stanza.Document(sentences, text=text) (tokens with start_char "
            "and end_char), or let a stanza.Pipeline make it from the text"
        )


def _main_word(token: Any) -> Any:
    """The word of a (multi-word) token whose head lies outside the token."""
    ids = {word.id for word in token.words}
    for word in token.words:
        if word.head is None or word.head == 0 or word.head not in ids:
            return word
    return token.words[0]


def doc_from_stanza(document: Any, vocab: Any = None) -> Any:
    """The spaCy ``Doc`` of a processed ``stanza.Document``, with ``doc.text == document.text``.

    Tokens are stanza's surface tokens; the text between them becomes
    trailing spaces or whitespace tokens, so every character offset is kept.
    ``vocab`` defaults to the vocabulary of the blank German pipeline.

    Raises:
        TypeError: if ``document`` is not a ``stanza.Document``.
        ValueError: if it has no text or its tokens lack character offsets.

    >>> doc_from_stanza(None)
    Traceback (most recent call last):
    ...
    TypeError: from_stanza takes a stanza.Document, got NoneType
    """
    from spacy.tokens import Doc

    _require_document(document)
    if vocab is None:
        vocab = load().nlp.vocab
    text: str = document.text
    words: list[str] = []
    spaces: list[bool] = []
    # Per spaCy token: the stanza (sentence, word id) of its main word, or None for
    # whitespace between tokens.
    mains: list[Any] = []
    starts: list[bool | int | None] = []
    position = 0

    def gap(until: int) -> None:
        nonlocal position
        if position == until:
            return
        between = text[position:until]
        if words and not spaces[-1] and between[0] == " ":
            spaces[-1] = True
            between = between[1:]
        if between:
            words.append(between)
            spaces.append(False)
            mains.append(None)
            starts.append(False)
        position = until

    word_index: dict[tuple[int, int], int] = {}
    for number, sentence in enumerate(document.sentences):
        for first, token in enumerate(sentence.tokens):
            start, end = token.start_char, token.end_char
            if not isinstance(start, int) or not isinstance(end, int):
                raise ValueError(
                    f"the stanza token {token.text!r} has no character offsets "
                    "(start_char, end_char); polittext needs them to keep offsets exact"
                )
            if not position <= start < end <= len(text):
                raise ValueError(
                    f"the stanza token {token.text!r} at {start}:{end} does not follow the "
                    f"previous token (ending at {position}) inside the text of "
                    f"{len(text)} characters"
                )
            gap(start)
            for word in token.words:
                word_index[(number, word.id)] = len(words)
            words.append(text[start:end])
            spaces.append(False)
            mains.append((number, _main_word(token)))
            starts.append(first == 0)
            position = end
    gap(len(text))
    main_words = [m[1] for m in mains if m is not None]
    parsed = bool(main_words) and all(isinstance(w.head, int) for w in main_words)
    heads: list[int] | None = None
    deps: list[str] | None = None
    if parsed:
        heads, deps = [], []
        previous = None
        for index, main in enumerate(mains):
            if main is None:
                # Whitespace hangs on the token before it (or after, at the start).
                anchor = previous if previous is not None else _next_token(mains, index)
                heads.append(anchor)
                deps.append("dep" if anchor != index else "ROOT")
                continue
            number, word = main
            if word.head == 0:
                heads.append(index)
                deps.append("ROOT")
            else:
                heads.append(word_index.get((number, word.head), index))
                deps.append(word.deprel or "dep")
            previous = index
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        sent_starts=None if parsed else starts,
        lemmas=[(m[1].lemma or m[1].text) if m else w for m, w in zip(mains, words, strict=True)],
        pos=[(m[1].upos or "X") if m else "SPACE" for m in mains],
        tags=[(m[1].xpos or "") if m else "_SP" for m in mains],
        morphs=[(m[1].feats or "") if m else "" for m in mains],
    )
    ents: list[Any] = []
    for entity in getattr(document, "ents", None) or ():
        label = _ENTITY_LABELS.get(entity.type, entity.type)
        span = doc.char_span(entity.start_char, entity.end_char, label=label)
        if span is not None and (not ents or ents[-1].end <= span.start):
            ents.append(span)
    doc.ents = ents
    return doc


def _next_token(mains: list[Any], index: int) -> int:
    for later in range(index + 1, len(mains)):
        if mains[later] is not None:
            return later
    return index


def from_stanza(document: Any) -> Analysis:
    """Analyse a ``stanza.Document``; offsets point into ``document.text``.

    The document must keep its text and the character offsets of its tokens,
    as the output of a ``stanza.Pipeline`` does. Its entities add mentions,
    and its dependency parse (``nsubj``) decides the speakers of cue verbs.

    Raises:
        TypeError: if ``document`` is not a ``stanza.Document``.
        ValueError: if it has no text or its tokens lack character offsets.

    >>> from_stanza(["Kallas", "sagte"])
    Traceback (most recent call last):
    ...
    TypeError: from_stanza takes a stanza.Document, got list
    """
    pipeline = load()
    doc = doc_from_stanza(document, pipeline.nlp.vocab)
    doc.user_data["polittext_results_only"] = True
    for _name, component in pipeline.nlp.pipeline:
        doc = component(doc)
    return doc._.polittext  # type: ignore[no-any-return]


class StanzaPipeline(Pipeline):
    """A :class:`~polittext.engine.Pipeline` that runs stanza before polittext.

    Made by ``polittext.load("stanza")``; ``stanza`` is the ``stanza.Pipeline``.

    >>> StanzaPipeline.__mro__[1].__name__
    'Pipeline'
    """

    def __init__(self, nlp: Any, stanza: Any) -> None:
        super().__init__(nlp, "stanza")
        self.stanza = stanza

    def _make_doc(self, text: str) -> Any:
        return doc_from_stanza(self.stanza(text), self.nlp.vocab)


def stanza_pipeline(nlp: Any) -> StanzaPipeline:
    """The stanza base on the spaCy pipeline ``nlp`` that holds the polittext
    components (called by ``polittext.load("stanza")``)."""
    try:
        import stanza
    except ImportError as error:
        raise ImportError(
            "polittext.load('stanza') needs stanza: pip install 'polittext[stanza]'"
        ) from error
    try:
        german = stanza.Pipeline(
            "de", processors=STANZA_PROCESSORS, download_method=None, verbose=False
        )
    except (OSError, ValueError, KeyError) as error:
        raise ValueError(
            "stanza's German models are not on disk; download them once with "
            f"{DOWNLOAD_COMMAND} (needs internet), or use the default base "
            f"'blank' (load()); stanza said: {error}"
        ) from error
    return StanzaPipeline(nlp, german)
