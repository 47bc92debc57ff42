"""The composable public functions.

Each takes a ``str`` (or an :class:`~polittext.analysis.Analysis` from an
earlier call, so nothing is computed twice) and returns results with
character offsets into the text:

>>> text = "Kallas betonte, dass Europa Sanktionen verhängen müsse."
>>> analysis = analyze(text)
>>> [s.name for s in detect_speakers(analysis)]        # reuses the analysis
['Kallas']
>>> [m.type for m in classify_measures(analysis)]
['SANCTION_GENERAL']
"""

from __future__ import annotations

from typing import Any

from polittext._input import require_text
from polittext.analysis import Analysis
from polittext.types import PolicyMeasure, Quote, Sentence, Speaker

__all__ = ["analyze", "attribute_quotes", "classify_measures", "detect_speakers", "split_sentences"]


def _checked(text: Any) -> str | Analysis:
    if isinstance(text, Analysis):
        return text
    return require_text(text)


def _analysis(text: str | Analysis, last: str) -> Analysis:
    checked = _checked(text)
    if isinstance(checked, Analysis):
        return checked
    from polittext.engine import load

    return load().results(checked, last=last)


def analyze(text: str | Analysis) -> Analysis:
    """Run every stage on ``text``: sentences, speakers, quotes and measures.

    Args:
        text: a German text (``str``); an :class:`~polittext.analysis.Analysis`
            is returned as is.

    Raises:
        TypeError: if ``text`` is neither ``str`` nor an ``Analysis``.

    >>> a = analyze("Die Bundesregierung plant ein Tempolimit-Gesetz.")
    >>> [(m.type, m.modality.value, m.actor.text) for m in a.measures]
    [('REGULATION_LAW', 'planned', 'Bundesregierung')]
    """
    return _analysis(text, "polittext_measures")


def split_sentences(text: str | Analysis) -> list[Sentence]:
    """Layout segments and sentences (see :mod:`polittext.sentences`).

    Runs on plain text without spaCy.

    >>> [s.text for s in split_sentences("Am 3. Oktober kam er. Dann ging er.")]
    ['Am 3. Oktober kam er.', 'Dann ging er.']
    """
    checked = _checked(text)
    if isinstance(checked, Analysis):
        return list(checked.sentences)
    from polittext.sentences import split_sentences as split

    return split(checked)


def detect_speakers(text: str | Analysis) -> list[Speaker]:
    """The speakers of the text: every source that a quote is attributed to.

    One :class:`~polittext.types.Speaker` per real-world speaker, with all its
    mentions (names, descriptions, pronouns) merged.

    >>> [(s.name, s.kind.value) for s in detect_speakers("Experten warnten, dass es teuer werde.")]
    [('Experten', 'group')]
    """
    return list(_analysis(text, "polittext_quotes").speakers)


def attribute_quotes(text: str | Analysis) -> list[Quote]:
    """Direct, indirect, reported, mixed and headline quotes with cue and speaker.

    >>> q = attribute_quotes("„Wir sind bereit“, sagte Merz.")[0]
    >>> q.kind.value, q.content.text, q.cue.text, q.speaker.name
    ('direct', 'Wir sind bereit', 'sagte', 'Merz')
    """
    return list(_analysis(text, "polittext_quotes").quotes)


def classify_measures(text: str | Analysis) -> list[PolicyMeasure]:
    """Policy measures named in the text, with type, modality, actor and target.

    >>> [(m.type, m.modality.value) for m in classify_measures("Die EU lehnt ein Gasembargo ab.")]
    [('IMPORT_EMBARGO', 'rejected')]
    """
    return list(_analysis(text, "polittext_measures").measures)
