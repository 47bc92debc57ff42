"""Result types: frozen, slotted attrs classes holding character offsets.

Every result points into the caller's original string: for any :class:`Span`
``s`` produced from ``text``, ``s.text == text[s.start:s.end]``.

>>> from polittext.types import Span
>>> source = "Kallas sagte, dass ..."
>>> span = Span.of(source, 0, 6)
>>> span
Span(start=0, end=6, text='Kallas')
>>> span.text == source[span.start:span.end]
True
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

__all__ = [
    "Mention",
    "MentionKind",
    "Modality",
    "PolicyMeasure",
    "Quote",
    "QuoteKind",
    "Sentence",
    "SentenceKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeechEvent",
]


class SentenceKind(str, enum.Enum):
    """Layout role of a segment of an article.

    >>> SentenceKind.DATELINE.value
    'dateline'
    >>> SentenceKind("headline") is SentenceKind.HEADLINE
    True
    """

    BODY = "body"
    HEADLINE = "headline"
    SUBHEADING = "subheading"
    DATELINE = "dateline"
    SECTION = "section"
    BYLINE = "byline"


class SpeakerKind(str, enum.Enum):
    """What sort of source a speaker is.

    >>> SpeakerKind.ANONYMOUS_SOURCE.value
    'anonymous_source'
    """

    PERSON = "person"
    ORGANISATION = "organisation"
    INSTITUTION = "institution"
    GOVERNMENT = "government"
    GROUP = "group"
    ANONYMOUS_SOURCE = "anonymous_source"


class MentionKind(str, enum.Enum):
    """How a speaker is referred to at one place in the text.

    >>> MentionKind.PRONOUN.value
    'pronoun'
    """

    NAME = "name"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"


class QuoteKind(str, enum.Enum):
    """The form in which speech is rendered.

    ``direct`` is in quotation marks; ``indirect`` is a clause governed by a cue
    (``betonte, dass …``, ``laut X``); ``reported`` continues a speaker's reported
    speech in Konjunktiv I (or the Konjunktiv II standing in for it) without a new
    cue; ``free_indirect`` continues it with the reportative ``soll`` (``Er soll …
    gewusst haben``); ``mixed`` is a quoted fragment inside the reporter's
    sentence; ``headline`` is ``Speaker: claim`` in a headline.

    >>> QuoteKind.HEADLINE.value
    'headline'
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    REPORTED = "reported"
    FREE_INDIRECT = "free_indirect"
    MIXED = "mixed"
    HEADLINE = "headline"


class Modality(str, enum.Enum):
    """Status of a policy measure as this sentence reports it.

    The values are those of the ``polittext-measure-v0`` taxonomy.

    >>> Modality("under_discussion") is Modality.UNDER_DISCUSSION
    True
    """

    DEMANDED = "demanded"
    PROPOSED = "proposed"
    PLANNED = "planned"
    UNDER_DISCUSSION = "under_discussion"
    CONSIDERED = "considered"
    DECIDED = "decided"
    IN_FORCE = "in_force"
    EXTENDED = "extended"
    LIFTED_OR_ENDED = "lifted_or_ended"
    REJECTED = "rejected"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


_SET_SPAN = object.__setattr__  # a frozen class's own __setattr__ refuses


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(slots=True)
class Span:
    """A stretch of the source text: ``text == source[start:end]``.

    >>> Span.of("Moskau sieht sich", 0, 6).text
    'Moskau'
    """

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(self.text)} characters but start/end cover "
                f"{self.end - self.start}"
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Make the span ``source[start:end]``.

        >>> Span.of("abc", 1, 3)
        Span(start=1, end=3, text='bc')
        """
        if 0 <= start <= end <= len(source):
            # Valid offsets (the analyses make tens of spans per text): the checks of
            # the validators and of __attrs_post_init__ would pass, so they are skipped.
            span = object.__new__(cls)
            _SET_SPAN(span, "start", start)
            _SET_SPAN(span, "end", end)
            _SET_SPAN(span, "text", source[start:end])
            return span
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form.

        >>> Span.of("abc", 0, 1).to_dict()
        {'start': 0, 'end': 1, 'text': 'a'}
        """
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        """Inverse of :meth:`to_dict`.

        >>> Span.from_dict({'start': 0, 'end': 1, 'text': 'a'})
        Span(start=0, end=1, text='a')
        """
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@attrs.frozen(slots=True)
class Sentence:
    """One segment of the text: a sentence, or a layout line such as a headline.

    ``paragraph`` counts blocks separated by blank lines, from 0.

    >>> s = Sentence(0, 7, "Politik", SentenceKind.SECTION, 1)
    >>> s.kind.value, s.paragraph
    ('section', 1)
    """

    start: int
    end: int
    text: str
    kind: SentenceKind
    paragraph: int

    @property
    def span(self) -> Span:
        """The segment as a :class:`Span`.

        >>> Sentence(3, 5, "ab", SentenceKind.BODY, 0).span
        Span(start=3, end=5, text='ab')
        """
        return Span(self.start, self.end, self.text)


@attrs.frozen(slots=True)
class Mention:
    """One place where a speaker is referred to.

    >>> Mention(Span(0, 3, "Sie"), MentionKind.PRONOUN).kind.value
    'pronoun'
    """

    span: Span
    kind: MentionKind


@attrs.frozen(slots=True)
class Speaker:
    """A real-world source of speech in one document, all its mentions merged.

    ``id`` is unique within one analysis (``"S1"``, ``"S2"``, … in order of first
    mention). ``name`` is the fullest form found (``Kaja Kallas``), ``roles`` the
    role nouns before the name (``EU-Chefdiplomatin``). ``mentions`` are sorted by
    position and never overlap; ``mention_kinds`` says for each whether it is a
    name, a description (``die Ministerin``) or a pronoun (``Sie``).
    ``affiliation`` is a party from ``SPD-Fraktionsvize`` or ``Merz (CDU)``;
    ``gender`` (``"f"``, ``"m"`` or ``None``) comes from roles and first names.

    >>> sp = Speaker("S1", "Kaja Kallas", SpeakerKind.PERSON, ("EU-Chefdiplomatin",),
    ...              (Span(0, 6, "Kallas"),))
    >>> sp.name, sp.kind.value
    ('Kaja Kallas', 'person')
    """

    id: str
    name: str
    kind: SpeakerKind
    roles: tuple[str, ...]
    mentions: tuple[Span, ...]
    mention_kinds: tuple[MentionKind, ...] = ()
    affiliation: str | None = None
    gender: str | None = None

    @property
    def typed_mentions(self) -> tuple[Mention, ...]:
        """The mentions with their kinds, as :class:`Mention` objects.

        >>> sp = Speaker("S1", "Kallas", SpeakerKind.PERSON, (), (Span(0, 3, "Sie"),),
        ...              (MentionKind.PRONOUN,))
        >>> sp.typed_mentions[0].kind.value
        'pronoun'
        """
        kinds = self.mention_kinds or (MentionKind.NAME,) * len(self.mentions)
        return tuple(Mention(span, kind) for span, kind in zip(self.mentions, kinds, strict=True))


@attrs.frozen(slots=True)
class Quote:
    """Speech, writing or thought attributed (or not) to a speaker.

    ``content`` is the message without its quotation marks; ``cue`` is the
    envelope of the words that frame it (``hob hervor``), with its pieces in
    ``cue_parts``; ``speaker_mention`` is the mention the quote is attributed to
    (``Sie``), and ``speaker`` the merged speaker it refers to.
    ``sentence_indices`` index :attr:`~polittext.analysis.Analysis.sentences`.
    ``negated`` is ``True`` when the cue verb is negated (``Er sagte nicht, dass
    …``, ``wollte nicht sagen, ob …``): the speaker is reported *not* to say it.
    See :mod:`polittext.negation` for what counts.

    >>> q = Quote(QuoteKind.INDIRECT, Span(14, 18, "dass"), Span(7, 13, "betont"))
    >>> q.kind.value, q.speaker is None
    ('indirect', True)
    """

    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker: Speaker | None = None
    speaker_mention: Span | None = None
    cue_parts: tuple[Span, ...] = ()
    sentence_indices: tuple[int, ...] = ()
    negated: bool = False


@attrs.frozen(slots=True)
class SpeechEvent:
    """A verb or noun of speech, writing or thought, with or without a message.

    Every quote's cue is a speech event (``quote_index`` points to the quote in
    :attr:`~polittext.analysis.Analysis.quotes`); so is a cue without a message
    (``Die Ministerin kritisierte den Plan``, ``die Debatte über …``).
    ``kind`` is ``verb``, ``noun`` or ``phrase`` (``laut``, ``zufolge``);
    ``lemma`` the dictionary form; ``stwr`` speech, thought, writing or
    evidential. ``speaker`` is set where the source is one of the speakers.

    >>> event = SpeechEvent(Span(0, 8, "kritisch"), "verb", "kritisieren", "speech")
    >>> event.quote_index is None
    True
    """

    cue: Span
    kind: str
    lemma: str
    stwr: str
    cue_parts: tuple[Span, ...] = ()
    speaker: Speaker | None = None
    speaker_mention: Span | None = None
    quote_index: int | None = None
    sentence_index: int = -1


@attrs.frozen(slots=True)
class PolicyMeasure:
    """A policy measure named in one sentence.

    ``type`` and ``family`` come from the ``polittext-measure-v0`` taxonomy
    (see :mod:`polittext.taxonomy`), as do ``cap_major`` (Comparative Agendas
    Project major topics) and ``nato`` (Hood's tools of government).
    ``trigger`` names the measure, ``evidence`` is the minimal phrase that
    states it, ``sentence`` the whole sentence (index ``sentence_index``), and
    ``modality`` its status. ``actor`` imposes, proposes or demands it,
    ``target`` is affected by it, ``object`` is the goods or sector concerned;
    ``actor_name`` and ``target_name`` are normalised names (``russische`` ->
    ``Russland``) where the text allows. ``speaker`` is the id of the speaker
    when the measure is stated inside a quote.

    >>> m = PolicyMeasure("SANCTION_GENERAL", "sanction", Span(0, 10, "Sanktionen"),
    ...                   Span(0, 11, "Sanktionen."), Modality.IN_FORCE)
    >>> m.type, m.modality.value
    ('SANCTION_GENERAL', 'in_force')
    """

    type: str
    family: str
    trigger: Span
    sentence: Span
    modality: Modality
    actor: Span | None = None
    target: Span | None = None
    object: Span | None = None
    evidence: Span | None = None
    sentence_index: int = -1
    actor_name: str | None = None
    target_name: str | None = None
    cap_major: tuple[int, ...] = ()
    nato: tuple[str, ...] = ()
    speaker: str | None = None
