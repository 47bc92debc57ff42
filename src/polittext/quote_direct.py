"""Direct and mixed quotes: quotation marks, their frames and their speakers."""

from __future__ import annotations

import bisect
import re

from polittext.attribution import source_of
from polittext.entities import Entity
from polittext.frames import RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.lexicon import word_class
from polittext.quote_base import (
    PASSIVE_AUXILIARIES,
    FinderBase,
    QuoteRecord,
    _is_title,
    _sentence_like,
    _titled,
)
from polittext.quote_indirect import weak_frame
from polittext.quotemarks import QuoteRegion, quote_regions
from polittext.sentences import abbreviation_period, paragraph_ranges
from polittext.sources import source_after
from polittext.types import QuoteKind, SentenceKind

__all__ = ["DirectQuotes"]

# Verbs of naming and judging whose object may be a quoted word of the speaker's.
# Verbs of naming and judging whose "als"-phrase or object carries someone's
# words ("bezeichnete die Pläne als „Wortbruch“", "wies dies als „Unverschämtheit“
# zurück", "verurteilte den Angriff als „feige“"); not "sehen", whose object is
# mostly a thing seen ("sehen „Stuttgart 21“ gelassen").
_EVALUATIVE = frozenset(
    {
        "nennen",
        "bezeichnen",
        "werten",
        "vorwerfen",
        "sprechen",
        "kritisieren",
        "beschreiben",
        "zurückweisen",
        "einstufen",
        "verurteilen",
        "loben",
        "betrachten",
        "ansehen",
        "empfinden",
        "begrüßen",
        "ablehnen",
        "brandmarken",
        "geißeln",
        "bewerten",
        "beurteilen",
        "charakterisieren",
        "erachten",
        "verspotten",
    }
)
_TITLE_WORDS_BEFORE = word_class("title_word")
_AUXILIARIES = word_class("auxiliary")
_PREPOSITIONS = word_class("preposition")
_DEFINITE = frozenset({"der", "des", "dem", "den", "die", "das"})
_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
_EVALUATION_LINKS = frozenset(
    {"als", "von", "einen", "eine", "ein", "einem", "einer", "den", "die", "das", "der", "vom"}
)


class DirectQuotes(FinderBase):
    """Finds quotes in quotation marks and attributes them."""

    # -- direct and mixed quotes -------------------------------------------------
    def direct(self) -> None:
        paragraphs = sorted(
            (self.segments[first][0], self.segments[last][1])
            for first, last in paragraph_ranges(self.segments)
        )
        regions = [r for r in quote_regions(self.text, paragraphs) if not r.nested]
        regions.sort(key=lambda r: r.open_pos)
        self.covered = [(r.open_pos, r.close_pos + 1) for r in regions]
        self.covered_starts = [start for start, _ in self.covered]
        for region in regions:
            sentence = self.sentence_of(region.open_pos)
            if self.segments[sentence][2] is not SentenceKind.BODY:
                continue
            after = self._cue_after(region)
            tight = (
                after
                if after is not None
                and after[1].finite
                and self.text[region.close_pos + 1 : after[1].start].strip() == ","
                else None
            )
            # "…: „…“, sagte Gaddafi": a cue verb right after the quotation frames it,
            # whatever cue stands before.
            cue = (
                tight
                or self._cue_before(sentence, region)
                or after
                or self._cue_anywhere(sentence, region)
            )
            if cue is not None and _impersonal_weak(*cue):
                cue = None  # "Es drohe „ein Chaos“": no one speaks
            evaluation = cue is not None and self._evaluation(region, cue[1])
            if _titled(self.text, region) and not evaluation:
                continue  # "unter dem Motto „Cannabis – ein Problem?!“": a title, even a sentence
            if self._definite_name(region) and not evaluation:
                continue  # "Teile des „Gesetzes über den Verfassungsschutz“": a name
            if self._named_source(region):
                continue  # "laut „tagesschau.de“", "wie die „Bild“ berichtet": a source's name
            if (
                _is_title(self.text, region)
                and not _sentence_like(self.text, region)
                and not evaluation
            ):
                if self._noun_after_article(region):
                    # "habe ihr einen „Ruck“ verpasst": inside a message, the
                    # speaker's word (see fragments_in_messages); elsewhere a name.
                    self.fragments.append((region.content_start, region.content_end, sentence))
                continue
            if _sentence_like(self.text, region) or self._standalone(sentence, region):
                kind = QuoteKind.DIRECT
            elif cue is None:
                self.fragments.append((region.content_start, region.content_end, sentence))
                continue
            else:
                kind = QuoteKind.MIXED
            entity = mention = None
            parts: tuple[tuple[int, int], ...] = ()
            owns_cue = False
            if cue is not None:
                frame, found = cue
                entity, mention = source_of(frame, found, self.table, self.subjects)
                parts = found.parts
                # A quote that is the whole message owns its cue; one embedded in a
                # clause ("sagte, es müsse Schluss sein mit „…“") leaves the cue to
                # the indirect message around it.
                owns_cue = (
                    kind is QuoteKind.DIRECT
                    and found.parts[0] not in self.shared_cues
                    and (
                        self._standalone(sentence, region)
                        or (found.start > region.close_pos and not self._lead_in(sentence, region))
                    )
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
        cues: dict[int, tuple[tuple[int, int], ...]] = {}
        for record in self.quotes:
            if record.entity is not None:
                for index in (record.sentence, record.last_sentence):
                    known = latest.get(index)
                    if known is None or known[2] < record.start:
                        latest[index] = (record.entity, record.mention, record.start)
                        cues[index] = record.cue if record.kind is QuoteKind.DIRECT else ()
        for record in self.quotes:
            if record.kind is not QuoteKind.DIRECT or record.cue or record.entity is not None:
                continue
            same = latest.get(record.sentence)
            before = same if same is not None and same[2] < record.start else None
            source = record.sentence if before is not None else record.sentence - 1
            before = before or latest.get(record.sentence - 1)
            if before is not None and before[2] >= 0:
                # A direct quote that continues another one is framed by the same
                # cue ("sagte: „…“ … „…“"); the first quote keeps owning it.
                record.cue, record.owns_cue = cues.get(source, ()), False
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
                    if frame.lower(0) not in {"das", "dies", "so", "dazu"}:
                        continue
                    # "Das räumte der Minister ein.", "Das musste der Minister
                    # einräumen." (a finite auxiliary second, the cue closing the clause)
                    last = frame.clause_end(cue.last_token)
                    closing = frame.lower(1) in _AUXILIARIES and cue.last_token == last
                    if cue.finite or closing:
                        entity, mention = source_of(frame, cue, self.table, self.subjects)
                        if entity is not None:
                            record.entity, record.mention = entity, mention
                            # The verb second, so that "das" is the pronoun, not the
                            # article of "Das Kabinett hat … beschlossen".
                            if closing or cue.first_token == 1:
                                record.cue = cue.parts

    def _evaluation(self, region: QuoteRegion, cue: Cue) -> bool:
        """A capitalised word in quotation marks that a finite verb of naming or
        judging applies to someone else's words: ``nannte den Bericht eine
        „Zeitungsente“``, ``bezeichnete die Pläne als „Wortbruch“``. After an
        article or ``als``/``von``; not after a title word (``die Operation
        „Sommerwind“``) and not with a participle (``als „Sonnenwind“ bezeichnet``)."""
        if not cue.finite:
            return False
        if cue.verb.lemma not in _EVALUATIVE and not (
            # "der die Maßnahme als „Kapitulation“ sieht": "sehen … als" judges.
            cue.verb.lemma == "sehen"
            and self.text[max(0, region.open_pos - 5) : region.open_pos].rstrip().endswith(" als")
        ):
            return False
        frame = self.frame(self.sentence_of(cue.start))
        clause = range(frame.clause_start(cue.first_token), frame.clause_end(cue.last_token) + 1)
        if any(frame.lower(i) in PASSIVE_AUXILIARIES for i in clause):
            return False  # "wird als „Sonnenwind“ bezeichnet": a name given, no one's words
        before = self.text[max(0, region.open_pos - 12) : region.open_pos].split()
        if not before or before[-1].lower() in _TITLE_WORDS_BEFORE:
            return False
        # "warfen der Regierung „Wortbruch“ vor": the quoted words stand inside the
        # bracket of a separable verb of judging, as its object, after any word.
        bracketed = (
            len(cue.parts) > 1
            and cue.parts[0][1] <= region.open_pos
            and region.close_pos < cue.parts[-1][0]
        )
        return bracketed or before[-1].lower() in _EVALUATION_LINKS

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

    def _definite_name(self, region: QuoteRegion) -> bool:
        """A quoted noun phrase of two words or more after a definite article,
        capitalised, with no final punctuation (``des „Gesetzes zur Bekämpfung
        des Terrors“``, ``der „United Front for Democracy“``): a name."""
        before = self.text[max(0, region.open_pos - 12) : region.open_pos].split()
        content = self.text[region.content_start : region.content_end]
        words = content.split()
        return (
            bool(before)
            and before[-1] in _DEFINITE
            and len(words) >= 2
            and words[0][:1].isupper()
            and content[-1:] not in ".!?…"
        )

    def _named_source(self, region: QuoteRegion) -> bool:
        """A short quotation right after ``laut`` or ``zufolge``'s noun position
        (``laut „tagesschau.de“``, ``laut „Spiegel“``): the name of the source, no
        words of anyone's."""
        before = self.text[max(0, region.open_pos - 12) : region.open_pos].split()
        words = self.text[region.content_start : region.content_end].split()
        after = self.text[region.close_pos + 1 : region.close_pos + 12].split()
        return (
            0 < len(words) <= 4
            and bool(before)
            and (
                before[-1].lower() in {"laut", "gemäß"}
                or (bool(after) and after[0].lower().startswith("zufolge"))
            )
        )

    def _noun_after_article(self, region: QuoteRegion) -> bool:
        """A short quoted noun phrase right after an indefinite article (``einen
        „Ruck“``, ``eine „Achse Berlin-Paris“``), not after a title word."""
        before = self.text[max(0, region.open_pos - 12) : region.open_pos].split()
        words = self.text[region.content_start : region.content_end].split()
        return bool(before) and before[-1].lower() in _INDEFINITE and 0 < len(words) <= 3

    def _lead_in(self, sentence: int, region: QuoteRegion) -> bool:
        """Whether a clause of three words or more leads into the quotation
        (``Nach einer Wahl könne die Politik Bedingungen schaffen, „dass …“,
        erklärte X``): the message is that clause with the quotation, and the
        quotation leaves the cue after it to that message."""
        before = self.text[self.segments[sentence][0] : region.open_pos]
        return len(before.split()) >= 3 and not before.rstrip().endswith((":", ".", "!", "?"))

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
        limit = 12
        for cue in frame.cues[max(0, index - 2) : index + 1][::-1]:
            if self.inside_quote(cue.start, cue.end):
                continue
            if _closed_relative(frame, cue, region):
                # "kritisierte X, der zum Sturm aufgerufen haben soll, als „…“": the
                # verb of a relative clause that ends before the quotation frames
                # nothing in it; the cue before the clause may.
                limit = 30
                continue
            between = self.text[cue.end : region.open_pos]
            if len(between.split()) <= limit and not _full_stop(between):
                if self.text[cue.end : region.open_pos].strip().startswith(":"):
                    return frame, cue  # "sagte: „…“"
                return self._main_clause_cue(frame, cue, region) or (frame, cue)
            if (
                cue.finite
                and between.rstrip().endswith(":")
                and len(between.split()) <= 30
                and not any(mark in between for mark in '.,;“”„"')
                and frame.clause_start(cue.first_token) == 0
            ):
                # "sagte zu der von der EU vorgebrachten Forderung nach einem
                # Waffenstillstand: „…“": a long object, and the colon opens the quote.
                return frame, cue
            return None
        return None

    def _main_clause_cue(
        self, frame: SentenceFrame, cue: Cue, region: QuoteRegion
    ) -> tuple[SentenceFrame, Cue] | None:
        """For a quotation after a colon, the cue of the main clause when ``cue``
        stands in a dependent clause of its message (``Er glaubt, dass das Team
        gestärkt hervorgegangen sei: „…“``: ``glaubt``, not ``hervorgegangen``)."""
        # Only the spaces before the mark are looked at, and only the cues just
        # before this one: a run-on "sentence" of many quotes must stay linear.
        before = region.open_pos
        while before > max(0, region.open_pos - 20) and self.text[before - 1].isspace():
            before -= 1
        if before == 0 or self.text[before - 1] != ":":
            return None
        start = frame.clause_start(cue.first_token)
        if start == 0 or frame.lower(start) not in SUBORDINATORS | RELATIVE:
            return None
        open_token = bisect.bisect_left(frame.starts, region.open_pos)
        for index in range(bisect.bisect_left(frame.cue_starts, cue.start) - 1, -1, -1):
            earlier = frame.cues[index]
            if earlier.end > cue.start or self.inside_quote(earlier.start, earlier.end):
                continue
            if open_token - earlier.last_token > 40:
                return None  # more than 25 words, whatever the slice would say
            if len(self.text[earlier.end : region.open_pos].split()) > 25:
                return None
            first = frame.clause_start(earlier.first_token)
            if first == 0 or frame.lower(first) not in SUBORDINATORS | RELATIVE:
                self.shared_cues.add(earlier.parts[0])
                return frame, earlier
        return None

    def _cue_after(self, region: QuoteRegion) -> tuple[SentenceFrame, Cue] | None:
        frame = self.frame(self.sentence_of(region.close_pos))
        index = bisect.bisect_right(frame.cue_starts, region.close_pos)
        if index < len(frame.cues):
            cue = frame.cues[index]
            between = self.text[region.close_pos + 1 : cue.start].strip()
            if between in {",", ""} or (between.startswith(",") and len(between.split()) <= 3):
                return frame, cue
            if _inverted_after(frame, region, cue):
                return frame, cue
        return None


_WEAK_CUES = word_class("weak_cue")
# Weak cues that name or locate what is quoted when they frame nothing (``Der Name
# lautet „…“``, ``Dort war „…“ zu finden``).
_NAMING_WEAK = frozenset({"lauten", "finden"})


def _impersonal_weak(frame: SentenceFrame, cue: Cue) -> bool:
    """A weak cue verb with the expletive ``es`` as its subject (``Es drohe „ein
    Chaos“``, ``droht es „…“``): a verb of happening, no speech act. ``heißt es``
    and the other framing weak cues keep their sense."""
    if cue.verb.lemma not in _WEAK_CUES or weak_frame(frame, cue):
        return False
    if cue.verb.lemma in _NAMING_WEAK:
        return True
    return "es" in (frame.lower(cue.first_token - 1), frame.lower(cue.first_token + 1))


def _closed_relative(frame: SentenceFrame, cue: Cue, region: QuoteRegion) -> bool:
    """Whether ``cue`` stands in a relative clause (``…, der zum Sturm aufgerufen
    hatte, …``, ``…, zu der X aufgerufen hatte, …``) that ends before the
    quotation opens. A relative-looking article before a noun (``…, die Polizei
    sagte``) opens no relative clause."""
    first = frame.clause_start(cue.first_token)
    if first == 0 or not frame.commas[first - 1]:
        return False
    pronoun = first + 1 if frame.lower(first) in _PREPOSITIONS else first
    if frame.lower(pronoun) not in RELATIVE or pronoun + 1 >= cue.first_token:
        return False
    if pronoun == first and not frame.words[pronoun + 1][:1].islower():
        return False
    last = frame.clause_end(cue.last_token)
    if frame.text[frame.tokens[last][1] : region.open_pos].strip() == ":":
        return False  # "Demonstranten, die skandierten: „…“": the clause opens it
    return frame.tokens[last][1] <= region.open_pos


def _inverted_after(frame: SentenceFrame, region: QuoteRegion, cue: Cue) -> bool:
    """``„…“, wird der Minister in der Zeitung zitiert``, ``„…“, hatte Koch-Mehrin
    damals gesagt``: after the quotation the clause goes on with a finite auxiliary,
    its subject, and the cue's participle or infinitive closing the clause or
    its first conjunct (the quotation fills the prefield). Within 20 words and
    without a clause break."""
    last = cue.last_token
    if last != frame.clause_end(last) and frame.lower(last + 1) not in {"und", "oder"}:
        return False
    first = bisect.bisect_right(frame.starts, region.close_pos)
    if first >= cue.first_token or cue.last_token - first > 20:
        return False
    if frame.lower(first) not in _AUXILIARIES:
        return False
    gap = frame.text[region.close_pos + 1 : frame.starts[first]].strip()
    return gap in {",", ""} and frame.clause_start(cue.first_token) <= first


_PERIOD = re.compile(r"(\S*)\.")


def _full_stop(between: str) -> bool:
    """Whether ``between`` holds a period that may end a clause: not the period of
    an abbreviation, an ordinal or a regnal number (``Benedikt XVI. „ist …“``)."""
    if "." not in between:
        return False
    return any(not abbreviation_period(m.group(1)) for m in _PERIOD.finditer(between))
