"""Speech events: every cue of speech, writing or thought, with or without a message.

Quotes need a message; a speech event does not (``Die Ministerin kritisierte
den Plan``, ``der Antrag der Grünen``). Every quote's cue is also an event,
linked to the quote. This is the unit of the parliamentary cue task
(SpkAtt-2023 task 1), where most cues have no quoted message.

>>> from polittext import analyze
>>> a = analyze("Merz kritisierte den Plan. Er sagte, er sei dagegen.")
>>> [(e.kind, e.lemma, e.quote_index) for e in a.speech_events]
[('verb', 'kritisieren', None), ('verb', 'sagen', 0)]
"""

from __future__ import annotations

from polittext.cues import cue_noun_lemmas, cue_nouns
from polittext.entities import Entity
from polittext.frames import Cue, SentenceFrame
from polittext.lexicon import word_class
from polittext.quotes import QuoteRecord
from polittext.types import Quote, SentenceKind, Span, Speaker, SpeechEvent

__all__ = ["speech_events"]

# Verbs with common other senses ("das heißt", "findet statt"): events only with a quote.
_WEAK_CUES = word_class("weak_cue")
# Weak cues that are events without a quote too ("Der Fall zeigt den Schaden").
_EVENT_CUES = word_class("event_cue")
# Verbs of judging that are events only with a quote ("ist ausgeschlossen").
_QUOTE_ONLY_CUES = word_class("quote_only_cue")
# "Vielen Dank.", "Herzlichen Dank, Frau Kollegin": a greeting formula, no speech event.
_FORMULA_ADJECTIVES = word_class("formula_adjective")
_INTERJECTIONS = word_class("interjection")
# Articles and possessives in the dative, after the preposition "dank".
_DATIVE_WORDS = frozenset(
    {"dem", "der", "den", "einem", "einer", "ihrer", "ihrem", "seiner", "seinem", "unserer"}
    | {"unserem", "ihren", "seinen", "unseren", "diesem", "dieser"}
)
# Cue nouns with common other senses: events only when they frame a quote.
_WEAK_NOUNS = word_class("weak_noun")

Source = tuple[Entity | None, tuple[int, int] | None]


def speech_events(
    text: str,
    segments: list[tuple[int, int, SentenceKind, int]],
    frames: dict[int, SentenceFrame],
    records: list[QuoteRecord],
    quotes: tuple[Quote, ...],
    speakers: dict[int, Speaker],
    cue_sources: dict[tuple[int, int], Source],
) -> tuple[SpeechEvent, ...]:
    """All speech events of a text, in text order (see the module docstring)."""
    by_cue = {record.cue[0]: index for index, record in enumerate(records) if record.cue}
    events: dict[tuple[int, int], SpeechEvent] = {}

    def speaker_of(cue: tuple[int, int]) -> tuple[Speaker | None, Span | None, int | None]:
        quote_index = by_cue.get(cue)
        if quote_index is not None:
            quote = quotes[quote_index]
            return quote.speaker, quote.speaker_mention, quote_index
        entity, mention = cue_sources.get(cue, (None, None))
        speaker = speakers.get(entity.index) if entity is not None else None
        if speaker is None or mention is None:
            return None, None, None
        return speaker, Span.of(text, *mention), None

    nouns = cue_nouns()
    lemmas = cue_noun_lemmas()
    for index, (_start, _end, kind, _paragraph) in enumerate(segments):
        frame = frames.get(index)
        if kind is not SentenceKind.BODY or frame is None:
            continue
        for cue in frame.cues:
            speaker, mention, quote_index = speaker_of(cue.parts[0])
            if (
                quote_index is None
                and cue.verb.lemma in _WEAK_CUES
                and cue.verb.lemma not in _EVENT_CUES
                and not _own_view(frame, cue)
            ):
                continue
            if quote_index is None and cue.verb.lemma in _QUOTE_ONLY_CUES:
                continue  # "ist ausgeschlossen", "auf Hilfe angewiesen": no speech
            parts = tuple(Span.of(text, s, e) for s, e in cue.parts)
            one = cue.parts == ((cue.start, cue.end),)  # the cue is its only part
            events[cue.parts[0]] = SpeechEvent(
                cue=parts[0] if one else Span.of(text, cue.start, cue.end),
                kind="verb",
                lemma=cue.verb.lemma,
                stwr=cue.verb.stwr,
                cue_parts=parts,
                speaker=speaker,
                speaker_mention=mention,
                quote_index=quote_index,
                sentence_index=index,
            )
        if nouns.keys().isdisjoint(frame.words):
            continue  # most sentences hold no cue noun (tested in C)
        for position, (start, end, word) in enumerate(frame.tokens):
            if word in nouns and word[:1].isupper() and (start, end) not in events:
                if _greeting_formula(frame, position):
                    continue
                if lemmas.get(word, word) in _WEAK_NOUNS and by_cue.get((start, end)) is None:
                    continue  # "ein wichtiger Beitrag zur Rechtsklarheit": no speech
                speaker, mention, quote_index = speaker_of((start, end))
                if quote_index is None and nouns[word][0] == "evidential":
                    continue  # "Zahlen", "Studien": sources of evidence, no speech event
                span = Span.of(text, start, end)
                events[(start, end)] = SpeechEvent(
                    cue=span,
                    kind="noun",
                    lemma=lemmas.get(word, word),
                    stwr=nouns[word][0],
                    cue_parts=(span,),
                    speaker=speaker,
                    speaker_mention=mention,
                    quote_index=quote_index,
                    sentence_index=index,
                )
    # Cues of quotes that no verb or noun covered: "laut", "zufolge", "so".
    for quote_index, record in enumerate(records):
        if record.cue and record.cue[0] not in events:
            quote = quotes[quote_index]
            parts = tuple(Span.of(text, s, e) for s, e in record.cue)
            events[record.cue[0]] = SpeechEvent(
                cue=Span.of(text, parts[0].start, parts[-1].end),
                kind="phrase",
                lemma=text[record.cue[0][0] : record.cue[0][1]].lower(),
                stwr="speech",
                cue_parts=parts,
                speaker=quote.speaker,
                speaker_mention=quote.speaker_mention,
                quote_index=quote_index,
                sentence_index=record.sentence,
            )
    return tuple(events[key] for key in sorted(events))


def _greeting_formula(frame: SentenceFrame, position: int) -> bool:
    """Whether the cue noun at token ``position`` is a greeting formula: an
    adjective like ``vielen`` right before it and no article (``Vielen Dank.``,
    ``Herzlichen Dank, Frau Kollegin``), or an interjection opening the sentence
    (``Danke schön.``, ``Bitte sehr.``); ``Der Dank an die Familien`` is none.

    >>> frame = SentenceFrame.build("Vielen Dank, Frau Kollegin.", 0, 27)
    >>> _greeting_formula(frame, 1), _greeting_formula(frame, 0)
    (True, False)
    >>> _greeting_formula(SentenceFrame.build("Danke schön.", 0, 12), 0)
    True
    """
    if position == 0:
        if frame.words[0] == "Dank" and frame.lower(1) in _DATIVE_WORDS:
            return True  # "Dank dem Einsatz der Helfer": the preposition (thanks to)
        return frame.words[0] in _INTERJECTIONS  # "Danke schön.", "Bitte nehmen Sie Platz!"
    if frame.lowered[position - 1] == "sei" and frame.lower(position - 2) == "gott":
        return True  # "Gott sei Dank": an exclamation
    return frame.lowered[position - 1] in _FORMULA_ADJECTIVES


_SPEAKER_PRONOUNS = frozenset({"ich", "wir"})
# Weak cues that state a view beside "ich"/"wir" ("finde ich", "wir halten … für").
_VIEW_VERBS = frozenset({"finden", "halten"})


def _own_view(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether a weak cue gives the speaker's own view: ``ich`` or ``wir`` right
    before or after the verb (``Das finde ich gut``, ``Ich halte es für richtig``,
    ``Wir halten das für falsch``), not ``Die Sitzung findet statt``.

    >>> frame = SentenceFrame.build("Das finde ich gut.", 0, 18)
    >>> _own_view(frame, frame.cues[0])
    True
    """
    if cue.verb.lemma not in _VIEW_VERBS:
        return False
    first = cue.first_token
    before = first > 0 and not frame.breaks[first - 1] and frame.lowered[first - 1]
    after = not frame.breaks[first] and frame.lower(first + 1)
    return before in _SPEAKER_PRONOUNS or after in _SPEAKER_PRONOUNS
