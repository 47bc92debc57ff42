"""Quote attribution: direct, mixed, indirect, reported and headline quotes.

The steps, each general German grammar rather than a rule for one text:

1. pair quotation marks (:mod:`polittext.quotemarks`); a quoted stretch that
   is sentence-like is a direct quote, a short fragment framed by a cue verb is
   a mixed quote, and titles, names and scare quotes are no quotes;
2. frame a direct quote by a cue before it in its sentence (``… mit den
   Worten: „…“``) or after it (``„…“, sagte sie`` / ``„…“, so Kallas``);
3. indirect speech: a cue verb followed by a ``dass``/``ob``/w-clause, by a
   clause in Konjunktiv I, or by a colon; a clause before an inverted cue
   (``Europa sei stark, sagte sie``); source phrases ``laut X``, ``X zufolge``,
   ``nach Angaben von X``;
4. reported continuation: a following sentence in Konjunktiv I without a cue
   continues the last speaker;
5. headlines of the shape ``Speaker: claim``.

>>> from polittext.entities import find_entities
>>> from polittext.sentences import segment_spans
>>> text = "Kallas betonte, dass Europa stark sei. Die Lage sei ernst."
>>> segments = segment_spans(text)
>>> table = find_entities(text, [(s, e) for s, e, _, _ in segments])
>>> [(q.kind.value, text[q.start:q.end]) for q in find_quotes(text, segments, table)]
[('indirect', 'dass Europa stark sei'), ('reported', 'Die Lage sei ernst.')]
"""

from __future__ import annotations

import bisect
import re

import attrs

from polittext.attribution import source_of
from polittext.cues import konjunktiv_forms
from polittext.entities import Entity, EntityTable, could_be_surname, surname_mentions
from polittext.frames import RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.lexicon import word_class
from polittext.quotemarks import QuoteRegion, quote_regions
from polittext.sources import cue_noun_quotes, source_after, source_phrase_quotes
from polittext.types import MentionKind, QuoteKind, SentenceKind, SpeakerKind

__all__ = ["QuoteRecord", "find_quotes"]

# Words that open a message clause after a cue: "dass", "ob", w-words. Adverbial
# conjunctions ("nachdem", "weil", "bevor") open no message.
_W_WORDS = word_class("w_word")
_TITLE_WORDS = word_class("title_word")
_COORDINATORS = frozenset({"und", "oder", "sowie", "aber", "doch"})
_PRONOUN_SUBJECTS = frozenset({"er", "sie", "es", "man", "wir", "ich", "ihr"})
_PLAIN_SPEECH = word_class("plain_speech")
# Words after a comma that continue the message rather than start a main clause.
_CLAUSE_CONTINUERS = (
    RELATIVE
    | SUBORDINATORS
    | word_class("preposition")
    | word_class("determiner")
    | word_class("adverb")
    | frozenset({"und", "oder", "aber", "sondern", "denn", "zu", "um", "sowie", "als", "wie"})
)
_ZU_CUES = word_class("zu_cue")
_FINAL = ".!?…"
_NAME_LINKS = frozenset(
    {
        "am",
        "an",
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "für",
        "ohne",
        "und",
        "von",
        "vom",
        "zur",
        "zum",
        "im",
        "in",
        "unter",
        "auf",
        "&",
        "of",
        "the",
        "de",
        "la",
    }
)
_HEADLINE = re.compile(r"([^:\n]{2,80}?):\s+(\S[^\n]*)$")


@attrs.define(slots=True)
class QuoteRecord:
    """A quote found in the text, before conversion to :class:`~polittext.types.Quote`."""

    kind: QuoteKind
    start: int
    end: int
    sentence: int
    cue: tuple[tuple[int, int], ...] = ()
    entity: Entity | None = None
    mention: tuple[int, int] | None = None
    last_sentence: int = -1
    owns_cue: bool = True


_OPENING_MARKS = '„"“»«‚›'


def _main_clause_start(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``, <finite verb>`` (a following main clause)."""
    for index in range(first, len(frame.tokens) - 1):
        if "," in frame.gap(index):
            word = frame.words[index + 1]
            if (
                word.islower()
                and word not in _CLAUSE_CONTINUERS
                and frame.lower(index + 1) not in _W_WORDS
            ):
                return frame.tokens[index][1]
    return frame.stripped_end


def _coordinated_verb(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``, und lehnte …`` (a second verb of the frame)."""
    for index in range(first, len(frame.tokens) - 2):
        if "," in frame.gap(index) and frame.lower(index + 1) in _COORDINATORS:
            word = frame.words[index + 2]
            if word.islower() and word not in _CLAUSE_CONTINUERS and word not in _PRONOUN_SUBJECTS:
                return frame.tokens[index][1]
    return frame.stripped_end


def _only_marks(gap: str) -> bool:
    """A gap of quotation marks and spaces only (around a quoted name)."""
    return all(ch.isspace() or ch in '„“”"»«‚‘›‹' for ch in gap)


def _zu_infinitive_ends(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether the clause ``first``..``last`` ends in a zu-infinitive (``… zu senken``)."""
    if last - first < 1 or frame.lower(first) in {"um", "ohne", "statt", "anstatt", "anstelle"}:
        return False  # purpose and manner clauses are no message ("…, um … zu formieren")
    word = frame.lower(last)
    if frame.lower(last - 1) == "zu" and word.isalpha():
        return True
    return frame.lower(last - 2) == "zu" and word in {"haben", "sein", "werden"}


_SUBSTITUTE_MOOD = frozenset({"hätten", "wären", "würden"})
# Right after a cue, any Konjunktiv II marks reported speech too ("räumte ein, es könnten …").
_REPORTED_MOOD = _SUBSTITUTE_MOOD | frozenset(
    {"hätte", "wäre", "würde", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften"}
)
_REPORTATIVE = frozenset({"soll", "sollen"})


def _substitute_mood(frame: SentenceFrame) -> bool:
    """Konjunktiv II standing in for Konjunktiv I in the plural (``sie hätten``)."""
    return any(word in _SUBSTITUTE_MOOD for word in frame.lowered)


def _reportative(frame: SentenceFrame) -> bool:
    """The reportative ``soll``/``sollen`` (``Er soll … eingeschleust haben``)."""
    return any(word in _REPORTATIVE for word in frame.lowered)


def _sentence_like(text: str, region: QuoteRegion) -> bool:
    """A full quoted utterance: final punctuation, or five words or more that
    are not a capitalised name (``„Gesetz zur Änderung des Passgesetzes“``)."""
    content = text[region.content_start : region.content_end]
    if content[-1:] in _FINAL:
        return True
    return len(content.split()) >= 5 and not _name_like(content)


def _name_like(content: str) -> bool:
    words = content.split()
    return 0 < len(words) <= 12 and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_LINKS for word in words
    )


def _is_title(text: str, region: QuoteRegion) -> bool:
    """A title, name or label in quotation marks rather than quoted speech.

    Either a title word stands before it (``die Operation „Sommerwind“``), or
    every word is capitalised but for a few function words (``„BILD am
    Sonntag“``, ``„Ärzte ohne Grenzen“``, ``„Da Bruno“``).
    """
    before = text[max(0, region.open_pos - 40) : region.open_pos].split()
    if before and before[-1].lower().strip(",") in _TITLE_WORDS:
        return True
    return _name_like(text[region.content_start : region.content_end])


class _Finder:
    def __init__(
        self,
        text: str,
        segments: list[tuple[int, int, SentenceKind, int]],
        table: EntityTable,
        frames: dict[int, SentenceFrame],
    ):
        self.text = text
        self.segments = segments
        self.table = table
        self.frames = frames
        self.quotes: list[QuoteRecord] = []
        self.covered: list[tuple[int, int]] = []
        self.covered_starts: list[int] = []
        self.by_sentence: dict[int, list[QuoteRecord]] = {}
        self.used_cues: set[tuple[int, int]] = set()
        self.anchors: dict[int, tuple[Entity | None, tuple[int, int] | None]] = {}
        self.starts = [s for s, _, _, _ in segments]

    def frame(self, index: int) -> SentenceFrame:
        found = self.frames.get(index)
        if found is None:
            start, end, _, _ = self.segments[index]
            found = self.frames[index] = SentenceFrame.build(self.text, start, end)
        return found

    def sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def inside_quote(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a quoted region (binary search)."""
        index = bisect.bisect_right(self.covered_starts, start) - 1
        return index >= 0 and end <= self.covered[index][1]

    def add(self, record: QuoteRecord) -> None:
        if record.last_sentence < 0:
            record.last_sentence = self.sentence_of(max(record.start, record.end - 1))
        self.quotes.append(record)
        self.by_sentence.setdefault(record.sentence, []).append(record)
        if record.cue and record.owns_cue:
            self.used_cues.add(record.cue[0])

    # -- direct and mixed quotes -------------------------------------------------
    def direct(self) -> None:
        paragraphs: dict[int, tuple[int, int]] = {}
        for start, end, _kind, paragraph in self.segments:
            first = paragraphs.get(paragraph, (start, end))[0]
            paragraphs[paragraph] = (first, end)
        regions = [r for r in quote_regions(self.text, sorted(paragraphs.values())) if not r.nested]
        regions.sort(key=lambda r: r.open_pos)
        self.covered = [(r.open_pos, r.close_pos + 1) for r in regions]
        self.covered_starts = [start for start, _ in self.covered]
        for region in regions:
            sentence = self.sentence_of(region.open_pos)
            if self.segments[sentence][2] is not SentenceKind.BODY:
                continue
            cue = (
                self._cue_before(sentence, region)
                or self._cue_after(region)
                or self._cue_anywhere(sentence, region)
            )
            if _is_title(self.text, region) and not _sentence_like(self.text, region):
                continue
            if _sentence_like(self.text, region) or self._standalone(sentence, region):
                kind = QuoteKind.DIRECT
            elif cue is None:
                continue
            else:
                kind = QuoteKind.MIXED
            entity = mention = None
            parts: tuple[tuple[int, int], ...] = ()
            owns_cue = False
            if cue is not None:
                frame, found = cue
                entity, mention = source_of(frame, found, self.table)
                parts = found.parts
                # A quote that is the whole message owns its cue; one embedded in a
                # clause ("sagte, es müsse Schluss sein mit „…“") leaves the cue to
                # the indirect message around it.
                owns_cue = kind is QuoteKind.DIRECT and (
                    self._standalone(sentence, region) or found.start > region.close_pos
                )
            else:
                so = self._so_after(region)
                if so is not None:
                    parts, entity, mention = so
            self.add(
                QuoteRecord(
                    kind,
                    region.content_start,
                    region.content_end,
                    sentence,
                    parts,
                    entity,
                    mention,
                    self.sentence_of(region.close_pos),
                    owns_cue,
                )
            )

    def unframed(self) -> None:
        """Speakers of direct quotes without a frame, from the context.

        The speaker of the quote or cue just before (same or previous sentence),
        else of a cue in the next sentence that points back (``Das sagte X``).
        """
        latest: dict[int, tuple[Entity, tuple[int, int] | None, int]] = {}
        for record in self.quotes:
            if record.entity is not None:
                for index in (record.sentence, record.last_sentence):
                    known = latest.get(index)
                    if known is None or known[2] < record.start:
                        latest[index] = (record.entity, record.mention, record.start)
        for record in self.quotes:
            if record.kind is not QuoteKind.DIRECT or record.cue or record.entity is not None:
                continue
            same = latest.get(record.sentence)
            before = same if same is not None and same[2] < record.start else None
            before = before or latest.get(record.sentence - 1)
            if before is None and record.sentence - 1 in self.anchors:
                anchor = self.anchors[record.sentence - 1]
                if anchor[0] is not None:
                    before = (anchor[0], anchor[1], -1)
            if before is not None:
                record.entity, record.mention = before[0], before[1]
                continue
            following = record.last_sentence + 1
            if following < len(self.segments) and self.segments[following][2] is SentenceKind.BODY:
                frame = self.frame(following)
                for cue in frame.cues[:1]:
                    if cue.finite and frame.lower(0) in {"das", "dies", "so", "dazu"}:
                        entity, mention = source_of(frame, cue, self.table)
                        if entity is not None:
                            record.entity, record.mention = entity, mention

    def _so_after(
        self, region: QuoteRegion
    ) -> tuple[tuple[tuple[int, int], ...], Entity | None, tuple[int, int] | None] | None:
        """``„…“, so Merz.``: the source after ``so``."""
        frame = self.frame(self.sentence_of(region.close_pos))
        index = bisect.bisect_right(frame.starts, region.close_pos)
        if index + 1 >= len(frame.tokens) or frame.lower(index) != "so":
            return None
        if self.text[region.close_pos + 1 : frame.tokens[index][0]].strip() != ",":
            return None
        entity, mention, _used = source_after(frame, index + 1, self.table)
        if mention is None:
            return None
        return ((frame.tokens[index][0], frame.tokens[index][1]),), entity, mention

    def _standalone(self, sentence: int, region: QuoteRegion) -> bool:
        """A quote that opens its sentence or follows a colon is a full direct quote."""
        before = self.text[self.segments[sentence][0] : region.open_pos].rstrip()
        return before == "" or before.endswith(":")

    def _cue_anywhere(self, sentence: int, region: QuoteRegion) -> tuple[SentenceFrame, Cue] | None:
        """For a quoted fragment: a finite cue verb elsewhere in its sentence
        (``Die Demonstranten riefen vor dem Rathaus Parolen wie „Stoppt …“``)."""
        if _sentence_like(self.text, region):
            return None
        frame = self.frame(sentence)
        for cue in frame.cues:
            if cue.finite and not self.inside_quote(cue.start, cue.end):
                return frame, cue
        return None

    def _cue_before(self, sentence: int, region: QuoteRegion) -> tuple[SentenceFrame, Cue] | None:
        frame = self.frame(sentence)
        index = bisect.bisect_right(frame.cue_ends, region.open_pos) - 1
        for cue in frame.cues[max(0, index - 2) : index + 1][::-1]:
            if self.inside_quote(cue.start, cue.end):
                continue
            between = self.text[cue.end : region.open_pos]
            if len(between.split()) <= 12 and "." not in between:
                return frame, cue
            return None
        return None

    def _cue_after(self, region: QuoteRegion) -> tuple[SentenceFrame, Cue] | None:
        frame = self.frame(self.sentence_of(region.close_pos))
        index = bisect.bisect_right(frame.cue_starts, region.close_pos)
        if index < len(frame.cues):
            cue = frame.cues[index]
            between = self.text[region.close_pos + 1 : cue.start].strip()
            if between in {",", ""} or (between.startswith(",") and len(between.split()) <= 3):
                return frame, cue
        return None

    # -- indirect speech -----------------------------------------------------------
    def indirect(self) -> None:
        for index, (_start, _end, kind, _p) in enumerate(self.segments):
            if kind is not SentenceKind.BODY:
                continue
            frame = self.frame(index)
            for cue in frame.cues:
                if self.inside_quote(cue.start, cue.end) or self._used(cue):
                    continue
                content = (
                    self._content_wie(frame, cue)
                    or self._content_after(frame, cue)
                    or self._content_before(frame, cue)
                )
                if content is None:
                    if cue.finite:
                        # No message, but the subject is still a mention of its speaker,
                        # and reported speech may follow in the next sentences.
                        entity, mention = source_of(frame, cue, self.table)
                        if entity is not None:
                            self.anchors[index] = (entity, mention)
                    continue
                entity, mention = source_of(frame, cue, self.table)
                self.add(
                    QuoteRecord(
                        QuoteKind.INDIRECT,
                        content[0],
                        content[1],
                        index,
                        cue.parts,
                        entity,
                        mention,
                    )
                )
            for record in source_phrase_quotes(frame, self.table) + cue_noun_quotes(
                frame, self.table
            ):
                here = self.by_sentence.get(index, ())
                if not any(q.start < record[1] and record[0] < q.end for q in here):
                    qs, qe, cue_span, entity, mention = record
                    self.add(
                        QuoteRecord(QuoteKind.INDIRECT, qs, qe, index, (cue_span,), entity, mention)
                    )

    def _used(self, cue: Cue) -> bool:
        return cue.parts[0] in self.used_cues

    def _content_after(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """The message clause after the cue: ``sagte, dass …``, ``sagte, er sei …``,
        ``forderte, die Steuer zu senken``, ``erklärte: …``."""
        tokens = frame.tokens
        index = cue.last_token
        limit = min(len(tokens) - 1, index + 12)
        # Walk to the comma or colon that ends the cue's clause; quotation marks
        # around a name ("sagte der „Berliner Zeitung“, dass") do not end it.
        while index < limit and not ("," in frame.gap(index) or ":" in frame.gap(index)):
            if frame.breaks[index] and not _only_marks(frame.gap(index)):
                return None
            index += 1
        if index >= len(tokens) - 1:
            return None
        gap = frame.gap(index)
        following = index + 1
        if "," not in gap and ":" not in gap:
            return None
        if any(mark in gap.split(",")[-1].split(":")[-1] for mark in _OPENING_MARKS):
            return None  # a direct quote follows: handled as direct
        if (
            ":" in gap
            and "," not in gap
            and self.inside_quote(tokens[index][1], tokens[index][1] + 1)
        ):
            return None  # a colon inside a quoted title ("„Tabak: Tödlich in jeder Form“")
        end = frame.message_end(following)
        opener = frame.lower(frame.clause_start(cue.first_token))
        if opener in SUBORDINATORS or opener in RELATIVE:
            # "Als er erfuhr, dass X, beendete er …", "Scholz, der sagte, er sei müde,
            # ging …": the message ends where the main clause resumes.
            end = min(end, _main_clause_start(frame, following))
        end = min(end, _coordinated_verb(frame, following))
        if "," in gap:
            if frame.lower(following) in _W_WORDS or self._konjunktiv_within(frame, following, 6):
                return tokens[following][0], end
            last = frame.clause_end(following)
            if cue.verb.lemma in _ZU_CUES and _zu_infinitive_ends(frame, following, last):
                return tokens[following][0], tokens[last][1]
            word = frame.lower(following)
            if (
                cue.finite
                and cue.verb.lemma in _PLAIN_SPEECH
                and word not in SUBORDINATORS
                and word not in _COORDINATORS
                and last - following >= 2
            ):
                return tokens[following][0], end  # "Merz sagte, die Lage ist ernst."
        if ":" in gap and cue.finite:
            return tokens[following][0], end
        return None

    def _content_wie(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """``Wie X mitteilte, lag …`` / ``…, wie X sagte``: the rest of the sentence."""
        clause = frame.clause_start(cue.first_token)
        if frame.lower(clause) != "wie" or not cue.finite:
            return None
        end_of_clause = frame.clause_end(cue.last_token)
        if clause == 0 and end_of_clause + 1 < len(frame.tokens):
            return frame.tokens[end_of_clause + 1][0], frame.message_end(end_of_clause + 1)
        if clause > 0 and "," in frame.gap(clause - 1):
            return frame.tokens[0][0], frame.tokens[clause - 1][1]
        return None

    def _content_before(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """``Europa sei stark, sagte sie.``: the clause before an inverted cue."""
        if not cue.finite or cue.first_token == 0:
            return None
        gap = frame.gap(cue.first_token - 1)
        if gap.strip() != ",":
            return None
        if (
            frame.clause_end(cue.last_token) < len(frame.tokens) - 1
            and frame.lower(frame.clause_end(cue.last_token) + 1) in _W_WORDS
        ):
            return None
        start = frame.tokens[0][0]
        if self.inside_quote(start, frame.tokens[cue.first_token - 1][1]):
            return None
        window = max(0, cue.first_token - 40)
        if not self._konjunktiv_within(frame, window, cue.first_token - window):
            return None
        return start, frame.tokens[cue.first_token - 1][1]

    def _konjunktiv_within(self, frame: SentenceFrame, first: int, count: int) -> bool:
        """Whether a Konjunktiv I verb (or a plural Konjunktiv II standing in for one,
        ``wären``, ``hätten``, ``würden``) is among ``count`` tokens from ``first``."""
        forms = konjunktiv_forms() | _REPORTED_MOOD
        for index in range(first, min(len(frame.tokens), first + count)):
            word = frame.tokens[index][2]
            if (
                word in forms
                and frame.lower(index - 1) != "ich"
                and frame.lower(index + 1) != "ich"
            ):
                return True
        return False

    # -- reported continuation and headlines ------------------------------------------
    def reported(self) -> None:
        """Continue the last speaker through following sentences of reported speech.

        A sentence continues when the one before it holds that speaker's quote
        or a cue verb of theirs (``Die Armee teilte mit …``), it has no cue of
        its own, and its verb is in Konjunktiv I (``sei``, ``habe``), in the
        Konjunktiv II that stands in for it (``hätten``, ``würden``), or is the
        reportative ``soll`` (kind ``free_indirect``). Consecutive continuing
        sentences form one quote.
        """
        by_sentence: dict[int, tuple[Entity | None, tuple[int, int] | None]] = {
            q.last_sentence: (q.entity, q.mention) for q in self.quotes if q.entity is not None
        }
        for index, (entity, mention) in self.anchors.items():
            by_sentence.setdefault(index, (entity, mention))
        quoted = {i for q in self.quotes for i in range(q.sentence, q.last_sentence + 1)}
        last: QuoteRecord | None = None
        for index, (start, end, kind, _p) in enumerate(self.segments):
            previous = by_sentence.get(index - 1)
            if kind is not SentenceKind.BODY or previous is None or index in quoted:
                continue
            frame = self.frame(index)
            if frame.cues and any(c.finite for c in frame.cues):
                continue
            if self._konjunktiv_within(frame, 0, len(frame.tokens)) or _substitute_mood(frame):
                quote_kind = QuoteKind.REPORTED
            elif _reportative(frame):
                quote_kind = QuoteKind.FREE_INDIRECT
            else:
                continue
            entity, mention = previous
            if last is not None and last.last_sentence == index - 1 and last.entity is entity:
                last.end, last.last_sentence = end, index
            else:
                last = QuoteRecord(quote_kind, start, end, index, (), entity, mention, index)
                self.add(last)
            by_sentence[index] = (entity, mention)

    def headlines(self) -> None:
        for index, (start, end, kind, _p) in enumerate(self.segments):
            if kind not in (SentenceKind.HEADLINE, SentenceKind.SUBHEADING):
                continue
            match = _HEADLINE.match(self.text, start, end)
            if match is None:
                continue
            prefix_start, prefix_end = match.span(1)
            mentions = self.table.within(prefix_start, prefix_end)
            words = match.group(1).split()
            if not mentions and 1 <= len(words) <= 3 and could_be_surname(words[-1]):
                # "Kallas: Europa zeigt Stärke": a bare name before the colon.
                start = prefix_end - len(words[-1])
                self.table.add(
                    f"person:{words[-1]}", words[-1], SpeakerKind.PERSON, start, prefix_end
                )
                mentions = self.table.within(prefix_start, prefix_end)
            if not mentions or len(words) > 6:
                continue
            entity = self.table.entities[mentions[-1][2]]
            self._widen_mention(entity, prefix_start, prefix_end)
            self.add(
                QuoteRecord(
                    QuoteKind.HEADLINE,
                    match.start(2),
                    end,
                    index,
                    (),
                    entity,
                    (prefix_start, prefix_end),
                    index,
                )
            )

    def _widen_mention(self, entity: Entity, start: int, end: int) -> None:
        """The whole phrase before the colon becomes the mention (``EU-Chefdiplomatin Kallas``)."""
        inside = [m for m in entity.mentions if start <= m[0] and m[1] <= end]
        if not inside or any(
            self.table.within(start, end)[i][2] != entity.index for i in range(len(inside))
        ):
            return
        for mention in inside:
            entity.mentions.remove(mention)
        entity.mentions.append((start, end, MentionKind.NAME))
        entity.mentions.sort()


def find_quotes(
    text: str,
    segments: list[tuple[int, int, SentenceKind, int]],
    table: EntityTable,
    frames: dict[int, SentenceFrame] | None = None,
) -> list[QuoteRecord]:
    """All quotes of ``text`` in text order; entities in ``table`` gain mentions.

    ``frames`` caches the :class:`~polittext.frames.SentenceFrame` of each
    sentence index, so that later stages can reuse them.
    """
    finder = _Finder(text, segments, table, frames if frames is not None else {})
    known = len(table.entities)
    finder.direct()
    finder.indirect()
    finder.unframed()
    finder.headlines()
    finder.quotes.sort(key=lambda q: q.start)
    # Persons first found as speakers ("Merz sagte") are mentioned elsewhere too.
    surname_mentions(table, text, [(s, e) for s, e, _, _ in segments], table.entities[known:])
    finder.reported()
    finder.quotes.sort(key=lambda q: q.start)
    return finder.quotes
