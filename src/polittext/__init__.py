"""polittext: typed analysis of German political text.

Sentences and article layout, speakers, quotes and policy measures, each with
character offsets into the caller's string. Importing polittext does not
import spaCy; the engine is built on first use.

>>> import polittext
>>> a = polittext.analyze("EU-Chefdiplomatin Kallas: Europa zeigt Stärke")
>>> a.quotes[0].kind.value, a.quotes[0].speaker.name
('headline', 'Kallas')
"""

from polittext._version import __version__
from polittext.analysis import Analysis
from polittext.api import (
    analyze,
    attribute_quotes,
    classify_measures,
    detect_speakers,
    split_sentences,
)
from polittext.engine import Pipeline, load
from polittext.render import render_html
from polittext.stanza_adapter import from_stanza
from polittext.streaming import PipeError, pipe
from polittext.tables import read_jsonl, to_dataframe, write_jsonl
from polittext.types import (
    Mention,
    MentionKind,
    Modality,
    PolicyMeasure,
    Quote,
    QuoteKind,
    Sentence,
    SentenceKind,
    Span,
    Speaker,
    SpeakerKind,
    SpeechEvent,
)

__all__ = [
    "Analysis",
    "Mention",
    "MentionKind",
    "Modality",
    "PipeError",
    "Pipeline",
    "PolicyMeasure",
    "Quote",
    "QuoteKind",
    "Sentence",
    "SentenceKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeechEvent",
    "__version__",
    "analyze",
    "attribute_quotes",
    "classify_measures",
    "detect_speakers",
    "from_stanza",
    "load",
    "pipe",
    "read_jsonl",
    "render_html",
    "split_sentences",
    "to_dataframe",
    "write_jsonl",
]
