"""spaCy pipeline components: ``polittext_sentences``, ``polittext_speakers``,
``polittext_quotes`` and ``polittext_measures``.

They are registered as spaCy factories (also through the ``spacy_factories``
entry point, so ``nlp.add_pipe("polittext_quotes")`` works in any pipeline once
polittext is installed). Each one runs one stage on ``doc.text`` and writes:

========================  =======================  =========================================
component                 ``doc.spans`` key        spans, with their label
========================  =======================  =========================================
``polittext_sentences``   ``polittext_sentences``  every segment; label = kind (``body``, …)
``polittext_speakers``    ``polittext_mentions``   mentions of every entity that could speak;
                                                   label = entity kind
``polittext_quotes``      ``polittext_quotes``     quote contents; label = quote kind
``polittext_quotes``      ``polittext_speakers``   mentions of the speakers of quotes;
                                                   label = speaker id (``S1``)
``polittext_quotes``      ``polittext_events``     cues of speech events; label = lemma
``polittext_measures``    ``polittext_measures``   measure evidence; label = measure type id
========================  =======================  =========================================

``polittext_sentences`` also sets ``token.is_sent_start`` when no parser has.
``doc._.polittext`` gives the :class:`~polittext.analysis.Analysis` with exact
character offsets (``doc.spans`` are aligned to token boundaries).

>>> import spacy
>>> nlp = spacy.blank("de")
>>> for name in ("polittext_sentences", "polittext_speakers", "polittext_quotes"):
...     _ = nlp.add_pipe(name)
>>> doc = nlp("Kallas betonte, dass Europa stark sei.")
>>> [(span.label_, span.text) for span in doc.spans["polittext_quotes"]]
[('indirect', 'dass Europa stark sei')]
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from polittext.analysis import Analysis
from polittext.core import STAGES, CoreState

__all__ = [
    "STATE_KEY",
    "PolittextComponent",
    "make_measures",
    "make_quotes",
    "make_sentences",
    "make_speakers",
    "state_of",
    "subjects_of",
]

STATE_KEY = "polittext_state"
ORIGINAL_KEY = "polittext_original_text"
# Set by Pipeline.analyze: only the Analysis is wanted, so doc.spans are not written.
RESULTS_ONLY_KEY = "polittext_results_only"


def state_of(doc: Doc) -> CoreState:
    """The internal state of the polittext stages kept on ``doc`` (made if missing).

    The stages run on the caller's original string when the engine had to hand
    spaCy a cleaned copy of the same length (lone surrogates replaced).
    """
    state = doc.user_data.get(STATE_KEY)
    if isinstance(state, CoreState):
        return state  # a Doc's text never changes; Doc.text is costly to rebuild
    original = doc.user_data.get(ORIGINAL_KEY)
    # The length of doc.text without rebuilding it (a Python string of every token).
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = original if isinstance(original, str) and len(original) == length else doc.text
    entities = []
    if doc.has_annotation("ENT_IOB"):
        entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    subjects = subjects_of(doc) if doc.has_annotation("DEP") else {}
    state = CoreState(text, named_entities=entities, subjects=subjects)
    doc.user_data[STATE_KEY] = state
    return state


# Subject relations: TIGER (spaCy's German pipelines) and Universal Dependencies.
_SUBJECT_DEPS = frozenset({"sb", "nsubj"})
# TIGER hangs the subject on the finite auxiliary or modal ("hat … gesagt",
# "will … sagen"), and the full verb on it as a clausal object.
_VERB_CHAIN_DEPS = frozenset({"oc"})


def subjects_of(doc: Doc) -> dict[tuple[int, int], tuple[int, int]]:
    """The subjects in ``doc``'s dependency parse: a verb's character span -> its subject's.

    A subject is a token labelled ``sb`` (TIGER) or ``nsubj`` (Universal
    Dependencies) with all the words it governs. A verb that hangs on an
    auxiliary or modal (TIGER ``oc``) and has no subject of its own shares
    the auxiliary's. The quote stage prefers these subjects as the sources of
    cue verbs.

    >>> from spacy.lang.de import German
    >>> from spacy.tokens import Doc
    >>> doc = Doc(German().vocab, words=["Merz", "hat", "das", "gesagt"],
    ...           heads=[1, 1, 3, 1], deps=["sb", "ROOT", "oa", "oc"])
    >>> subjects_of(doc)
    {(5, 8): (0, 4), (13, 19): (0, 4)}
    """
    subjects: dict[tuple[int, int], tuple[int, int]] = {}
    by_head: dict[int, tuple[int, int]] = {}
    for token in doc:
        if token.dep_.lower() in _SUBJECT_DEPS and token.head.i != token.i:
            head = token.head
            span = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
            by_head.setdefault(head.i, span)
            subjects.setdefault((head.idx, head.idx + len(head)), span)
    for token in doc:
        if token.dep_.lower() in _VERB_CHAIN_DEPS and token.i not in by_head:
            head = token.head
            while head.i not in by_head and head.dep_.lower() in _VERB_CHAIN_DEPS:
                if head.head.i == head.i:
                    break
                head = head.head
            if head.i in by_head:
                subjects.setdefault((token.idx, token.idx + len(token)), by_head[head.i])
    return subjects


def _analysis(doc: Doc) -> Analysis:
    return state_of(doc).analysis()


if not Doc.has_extension("polittext"):
    Doc.set_extension("polittext", getter=_analysis)


def _spans(doc: Doc, items: list[tuple[int, int, str]]) -> list[Any]:
    spans = []
    for start, end, label in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


# German, and spaCy's multi-language class (which a German text may well be run through).
LANGUAGES = frozenset({"de", "xx"})


class PolittextComponent:
    """One polittext stage as a spaCy component."""

    def __init__(self, stage: str, name: str, lang: str | None = "de") -> None:
        if lang not in LANGUAGES:
            raise ValueError(
                f"the spaCy component {name!r} analyses German text, but this pipeline is for "
                f"language {lang!r}: add it to a German pipeline, e.g. spacy.blank('de') or "
                "spacy.load('de_core_news_sm'), or use polittext.load()"
            )
        if stage not in STAGES:
            raise ValueError(f"unknown polittext stage {stage!r}; expected one of {STAGES}")
        self.stage = stage
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        position = STAGES.index(self.stage)
        for earlier in STAGES[:position]:
            if not state.done(earlier):
                raise ValueError(
                    f"the spaCy component {self.name!r} needs 'polittext_{earlier}' earlier in "
                    f"the pipeline: call nlp.add_pipe('polittext_{earlier}', before={self.name!r})"
                )
        getattr(state, f"run_{self.stage}")()
        if not doc.user_data.get(RESULTS_ONLY_KEY):
            getattr(self, f"_write_{self.stage}")(doc, state)
        return doc

    def _write_sentences(self, doc: Doc, state: CoreState) -> None:
        segments = state.segments or []
        if not doc.has_annotation("DEP") and len(doc):
            # One vectorised write (setting token.is_sent_start one by one checks the
            # whole Doc each time, which is quadratic in the number of sentences).
            starts = [start for start, _, _, _ in segments]
            values = numpy.full((len(doc), 1), -1, dtype="int32")
            values[0, 0] = 1
            for start in starts:
                token = doc.char_span(start, start + 1, alignment_mode="expand")
                if token is not None:
                    values[token.start, 0] = 1
            doc.from_array([SENT_START], cast(Any, values.astype("uint64")))
        doc.spans["polittext_sentences"] = _spans(doc, [(s, e, k.value) for s, e, k, _ in segments])

    def _write_speakers(self, doc: Doc, state: CoreState) -> None:
        table = state.table
        assert table is not None
        table.flush()
        items = [(s, e, table.entities[i].kind.value) for s, e, i in table.spans]
        doc.spans["polittext_mentions"] = _spans(doc, items)

    def _write_quotes(self, doc: Doc, state: CoreState) -> None:
        quotes = state.quotes or ()
        doc.spans["polittext_quotes"] = _spans(
            doc, [(q.content.start, q.content.end, q.kind.value) for q in quotes]
        )
        mentions = [
            (m.start, m.end, speaker.id)
            for speaker in (state.speakers or {}).values()
            for m in speaker.mentions
        ]
        doc.spans["polittext_speakers"] = _spans(doc, sorted(mentions))
        doc.spans["polittext_events"] = _spans(
            doc, [(e.cue.start, e.cue.end, e.lemma) for e in state.events]
        )

    def _write_measures(self, doc: Doc, state: CoreState) -> None:
        items = [
            ((m.evidence or m.trigger).start, (m.evidence or m.trigger).end, m.type)
            for m in state.measures or ()
        ]
        doc.spans["polittext_measures"] = _spans(doc, items)


@Language.factory("polittext_sentences")
def make_sentences(nlp: Language, name: str) -> PolittextComponent:
    """Factory of the layout and sentence component (sets ``is_sent_start``).

    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("polittext_sentences")
    >>> [s.text for s in nlp("Es ist der 2. Versuch. Er klappt.").sents]
    ['Es ist der 2. Versuch.', 'Er klappt.']
    """
    return PolittextComponent("sentences", name, nlp.lang)


@Language.factory("polittext_speakers")
def make_speakers(nlp: Language, name: str) -> PolittextComponent:
    """Factory of the speaker-mention component (needs ``polittext_sentences``).

    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("polittext_speakers")
    >>> nlp("Text")
    Traceback (most recent call last):
    ...
    ValueError: the spaCy component 'polittext_speakers' needs 'polittext_sentences' earlier in the pipeline: call nlp.add_pipe('polittext_sentences', before='polittext_speakers')
    """
    return PolittextComponent("speakers", name, nlp.lang)


@Language.factory("polittext_quotes")
def make_quotes(nlp: Language, name: str) -> PolittextComponent:
    """Factory of the quote-attribution component (needs the two before it).

    >>> import spacy
    >>> "polittext_quotes" in spacy.blank("de").factory_names
    True
    """
    return PolittextComponent("quotes", name, nlp.lang)


@Language.factory("polittext_measures")
def make_measures(nlp: Language, name: str) -> PolittextComponent:
    """Factory of the policy-measure component (needs the three before it).

    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> for stage in ("sentences", "speakers", "quotes", "measures"):
    ...     _ = nlp.add_pipe(f"polittext_{stage}")
    >>> doc = nlp("Die EU verhängte ein Ölembargo.")
    >>> [span.label_ for span in doc.spans["polittext_measures"]]
    ['IMPORT_EMBARGO']
    """
    return PolittextComponent("measures", name, nlp.lang)
