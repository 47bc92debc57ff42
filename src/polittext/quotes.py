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
import functools
import re

from polittext.attribution import _DEFINITE, _INDEFINITE, Subjects, _pronoun_source, source_of
from polittext.cues import konjunktiv_cue_forms, konjunktiv_forms
from polittext.entities import (
    Entity,
    EntityTable,
    could_be_surname,
    surname_key,
    surname_mentions,
)
from polittext.frames import RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.lexicon import word_class
from polittext.quote_base import (
    _HEADLINE,
    _REPORTATIVE,
    _REPORTED_MOOD,
    _SUBSTITUTE_MOOD,
    PASSIVE_AUXILIARIES,
    QuoteRecord,
    _regular_konjunktiv,
    _reportative,
    _substitute_mood,
    reported_cue,
)
from polittext.quote_direct import DirectQuotes
from polittext.quote_indirect import IndirectQuotes, silent_weak_cue
from polittext.quote_interview import interview_turns
from polittext.quotemarks import QUOTE_MARKS
from polittext.sentence_subject import sentence_subject
from polittext.speaker_links import link_speakers
from polittext.types import MentionKind, QuoteKind, SentenceKind, SpeakerKind

__all__ = ["QuoteRecord", "find_quotes"]

_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese", "dieses"})
# "BKA-Präsident Ziercke: „…“": a speaker, a colon, and the opening quotation mark.
_COLON_SPEAKER = re.compile(
    r"\s*([^\s:.!?;„“”\"»«‚‘’›‹()][^:.!?;„“”\"»«‚‘’›‹()]{0,80}?)"
    # "Koppelin wörtlich: „…“": an adverb of manner between the name and the colon.
    r"(?:\s+(?:wörtlich|sinngemäß|dazu|knapp|lapidar|trocken|weiter|abschließend))?"
    r"\s*:\s*[„“\"»«‚›]"
)
# Lower-case words that a name or role before a colon may hold ("Präsident des Verbands",
# "Ministerin für Bildung", "Sprecher von Greenpeace"); adjectives end in -e, -en, -er …
_NAME_LINKS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "von", "vom"}
    | {"für", "im", "in", "am", "zu", "zur", "zum", "und", "aus", "bei", "beim", "mit"}
)


def _has_predicate(words: list[str]) -> bool:
    """Whether the words before a colon hold a verb, so they are a clause, not a name
    (``Ihr Stellvertreter zog eine andere Bilanz: „…“``): a lower-case word that is no
    article, preposition or inflected adjective."""
    return any(
        word.islower()
        and word.isalpha()
        and word not in _NAME_LINKS
        and not word.endswith(("e", "en", "er", "es", "em"))
        for word in words
    )


# "Rente: Das plant die Koalition": a topic before the colon, not a speaker.
_TOPIC_OPENERS = frozenset(
    {"das", "dies", "was", "wie", "wer", "warum", "wo", "wann", "so", "diese"}
)


# Speech verbs whose object (with its preposition, if one is given) says what
# was said: a narrative report of speech.
_CONTENT_OBJECT: dict[str, frozenset[str]] = {
    "sprechen": frozenset({"von"}),
    "bezeichnen": frozenset({"als"}),
    "werten": frozenset({"als"}),
    # A judgement with "als" carries what was said like "bezeichnen als" does
    # ("kritisierten den Kompromiss als zu schwach").
    "kritisieren": frozenset({"als"}),
    "verurteilen": frozenset({"als"}),
    "loben": frozenset({"als"}),
    "beschreiben": frozenset({"als"}),
    "einstufen": frozenset({"als"}),
    "einschätzen": frozenset({"als"}),
    "warnen": frozenset({"vor"}),
    "berichten": frozenset({"von", "über"}),
    "fordern": frozenset(),
    "verlangen": frozenset(),
    "ankündigen": frozenset(),
    "vorwerfen": frozenset(),
    "nennen": frozenset(),  # with an object and a predicate: see _naming_predicate
    "würdigen": frozenset({"als"}),
}
_REFLEXIVE = frozenset({"sich"})
# Singular Konjunktiv II of the modals, whose Konjunktiv I differs (könne, müsse, dürfe).
_SINGULAR_KONJUNKTIV_II = frozenset({"könnte", "müsste", "dürfte"})
# Verbs of naming a reason, a cause or a date ("Als Ursache wurde … angegeben").
_NAMED_AS = frozenset({"nennen", "angeben", "vermuten", "bezeichnen", "ansehen"})
_MESSAGE_KINDS = frozenset({QuoteKind.INDIRECT, QuoteKind.REPORTED, QuoteKind.FREE_INDIRECT})


class _Finder(DirectQuotes, IndirectQuotes):
    """All quote finders together, plus reported speech and headlines."""

    # -- reported continuation and headlines ------------------------------------------
    def reported(self) -> None:
        """Continue the last speaker through following sentences of reported speech.

        A sentence continues when the one before it holds that speaker's quote
        or a cue verb of theirs (``Die Armee teilte mit …``), it has no cue of
        its own, and its verb is in Konjunktiv I (``sei``, ``habe``), in the
        Konjunktiv II that stands in for it (``hätten``, ``würden``), or is the
        reportative ``soll`` (kind ``free_indirect``). Consecutive continuing
        sentences of the same kind form one quote: a sentence with ``soll``
        after one in Konjunktiv (or the other way round) starts a quote of its own,
        as the form of the report changes.
        """
        by_sentence: dict[int, tuple[Entity | None, tuple[int, int] | None]] = {
            q.last_sentence: (q.entity, q.mention) for q in self.quotes
        }
        for index, (entity, mention) in self.anchors.items():
            by_sentence.setdefault(index, (entity, mention))
        fragments = self._quoted_fragments()
        quoted = {
            i
            for q in self.quotes
            if q.sentence not in fragments
            for i in range(q.sentence, q.last_sentence + 1)
        }
        # Direct quotes with neither cue nor speaker go on with the speaker of the
        # sentence before (as _continue_speakers decides later): "X sagte: „…“ Die
        # Gefahr sei real. „Aber …“ Es sei …" is X's to the end.
        unframed = {
            q.last_sentence
            for q in self.quotes
            if q.kind is QuoteKind.DIRECT and q.entity is None and not q.cue
        }
        last: QuoteRecord | None = None
        for index, (start, end, kind, _p) in enumerate(self.segments):
            previous = by_sentence.get(index - 1)
            if (
                index in unframed
                and by_sentence.get(index, (None, None))[0] is None
                and previous is not None
                and previous[0] is not None
            ):
                by_sentence[index] = previous
            if kind is not SentenceKind.BODY or index in quoted:
                continue
            frame = self.frame(index)
            if any(
                c.finite and not reported_cue(frame, c) and not silent_weak_cue(frame, c)
                for c in frame.cues
            ):
                continue  # a cue of its own (a weak one like "reagieren" is none)
            marked = self._marked_regions(start, end)
            if marked and not _reported_outside(frame, marked, _continuing_mood()):
                # "Sie trugen Plakate mit der Aufschrift „es sei genug“.": the mood of
                # the words in quotation marks says nothing about the sentence.
                continue
            if index in fragments:
                # "Der Bund habe „jedes Maß verloren“.": the quoted words are part of
                # a reported sentence.
                if not _reported_outside(frame, marked, _reported_forms()):
                    continue
                if previous is None:
                    # With no speaker right before, only a Konjunktiv I outside the
                    # quoted words reports ("Es drohe „…“."), as in a sentence
                    # without quotation marks (below).
                    if not _reported_outside(frame, marked, konjunktiv_forms()):
                        continue
                    previous = self._speaker_before(by_sentence, index)
                quote_kind = QuoteKind.REPORTED
            elif previous is None:
                # Konjunktiv I alone marks reported speech in news ("Dort seien auch
                # Passanten verletzt worden."), even with no speaker right before:
                # the speaker is the last one of the preceding sentences, if any.
                if not _konjunktiv_one(frame):
                    continue
                previous = self._speaker_before(by_sentence, index)
                quote_kind = QuoteKind.REPORTED
            elif (_continuing_konjunktiv(frame) or _substitute_mood(frame)) and not _hypothetical(
                frame, marked
            ):
                quote_kind = QuoteKind.REPORTED
            elif _reportative(frame) and (
                self.segments[index - 1][3] == self.segments[index][3]
                or frame.lower(len(frame.tokens) - 1) in {"haben", "sein"}
            ):
                # After a paragraph break "soll" reports only a past act ("Der Täter soll
                # geflohen sein"); otherwise it is the plan of a new topic ("Der
                # Emissionshandel soll um ein Jahr verschoben werden").
                quote_kind = QuoteKind.FREE_INDIRECT
            else:
                continue
            entity, mention = previous
            first = _reported_clause(frame, marked)
            if first > 0:
                # "Auch der Sprecher der Grünen, Omid Sahin, will prüfen, ob ein Verbot
                # sinnvoll sei": the narrator's clause before the report names whose
                # words it reports.
                own = sentence_subject(frame, self.table)
                if own[0] is not None:
                    entity, mention = own
            if (
                first == 0
                and last is not None
                and last.last_sentence == index - 1
                and last.entity is entity
                and last.kind is quote_kind
            ):
                last.end, last.last_sentence = end, index
                self.last_sentences.add(index)
            else:
                # "Die Zeitung berichtet von einem Ventil, das den Piloten zur Rückkehr
                # bewogen hätte.": only the clause in Konjunktiv is reported, and the
                # narrator's clause before it ends the report of the sentences before.
                start = frame.tokens[first][0]
                last = QuoteRecord(quote_kind, start, end, index, (), entity, mention, index)
                self.add(last)
            by_sentence[index] = (entity, mention)

    def _speaker_before(
        self,
        by_sentence: dict[int, tuple[Entity | None, tuple[int, int] | None]],
        index: int,
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        """The speaker of a report in Konjunktiv I when the sentence before has
        none: the speaker of the sentence two before, whose report one narrative
        sentence interrupts; else the subject of the sentence before, if it can
        speak; else the speaker of the sentence three before."""
        subject = self._subject_before(index)
        if subject is not None and _named_person(subject):
            return subject
        if index - 2 in by_sentence and by_sentence[index - 2][0] is not None:
            return by_sentence[index - 2]
        return subject or self._earlier_speaker(by_sentence, index)

    def _subject_before(self, index: int) -> tuple[Entity, tuple[int, int] | None] | None:
        """The subject of the sentence before ``index`` when it names someone who
        can speak (``Der Minister definierte das Ziel. Es gehe darum, …``): a report
        in Konjunktiv I right after a sentence about someone is theirs."""
        if index == 0 or self.segments[index - 1][2] is not SentenceKind.BODY:
            return None
        entity, mention = sentence_subject(self.frame(index - 1), self.table)
        return (entity, mention) if entity is not None else None

    @staticmethod
    def _earlier_speaker(
        by_sentence: dict[int, tuple[Entity | None, tuple[int, int] | None]], index: int
    ) -> tuple[Entity | None, tuple[int, int] | None]:
        """The speaker of the last of the two sentences before the one before
        ``index`` that has one (bounded look-back), else none."""
        return next(
            (by_sentence[i] for i in range(index - 2, index - 4, -1) if i in by_sentence),
            (None, None),
        )

    def _marked_regions(self, start: int, end: int) -> list[tuple[int, int]]:
        """The regions in quotation marks that begin in ``start``..``end``."""
        first = bisect.bisect_left(self.covered_starts, start)
        last = bisect.bisect_left(self.covered_starts, end)
        return self.covered[first:last]

    def _quoted_fragments(self) -> set[int]:
        """The sentences whose only quotes are quotations without a cue of their
        own inside the sentence, after words of the sentence (``Er werde „einen
        besseren Deal“ aushandeln.``)."""
        found: set[int] = set()
        framed: set[int] = set()
        for quote in self.quotes:
            start, _end, _kind, _p = self.segments[quote.sentence]
            if (
                quote.kind in (QuoteKind.DIRECT, QuoteKind.MIXED)
                and not quote.cue
                and quote.last_sentence == quote.sentence
                and len(self.text[start : max(start, quote.start - 1)].split()) >= 2
                # "…: „Sie haben uns geholfen.“": a quotation of its own after a colon.
                and not self.text[max(start, quote.start - 4) : quote.start - 1]
                .rstrip()
                .endswith(":")
            ):
                found.add(quote.sentence)
            else:
                framed.update(range(quote.sentence, quote.last_sentence + 1))
        return found - framed

    def narrative_reports(self) -> None:
        """A sentence whose speech verb carries what was said in its object, with
        no message clause of its own (``Die Polizei sprach von einer friedlichen
        Demonstration.``, ``Er bezeichnete den Plan als Fehler.``, ``Sie warnte vor
        einer Eskalation.``): the whole sentence is a ``reported`` quote of the
        verb's subject, without a cue (SpkAtt's narrative report)."""
        spanning = {
            i
            for q in self.quotes
            if q.last_sentence > q.sentence
            for i in range(q.sentence, q.last_sentence + 1)
        }
        others: dict[int, list[QuoteRecord]] = {}
        for quote in self.quotes:
            others.setdefault(quote.sentence, []).append(quote)
        for index, (start, end, kind, _p) in enumerate(self.segments):
            if kind is not SentenceKind.BODY or index in spanning:
                continue
            frame = self.frame(index)
            here = others.get(index, [])
            if not here and frame.lowered[:1] == ["als"] and self._named_as(frame):
                # "Als Ursache wurde ein Herzinfarkt angegeben.": a reason or a date
                # given by an unnamed source, in the passive.
                self.add(QuoteRecord(QuoteKind.REPORTED, start, end, index, (), None, None, index))
                continue
            for cue in frame.cues:
                needed = _CONTENT_OBJECT.get(cue.verb.lemma)
                if not cue.finite or needed is None or cue.parts[0] not in self.cue_sources:
                    continue
                # A window around the verb, not the whole clause: a run-on clause of
                # cues must not make this quadratic.
                first = max(frame.clause_start(cue.first_token), cue.first_token - 25)
                last = min(frame.clause_end(cue.last_token), cue.last_token + 25)
                clause = frame.lowered[first : last + 1]
                if needed and not any(word in needed for word in clause):
                    continue
                if cue.verb.lemma == "nennen" and not _naming_predicate(frame, cue):
                    continue  # "Er nannte keine Namen": a list, no judgement
                if any(word in _REFLEXIVE for word in clause):
                    continue  # "sprach sich für … aus": a stance, not a report
                if any(word in PASSIVE_AUXILIARIES for word in clause) and not (
                    "als" in needed and ("von" in clause or "vom" in clause)
                ):
                    # "wird als „Sonnenwind“ bezeichnet": the subject said nothing; the
                    # agent of "wurde von der Opposition als unangemessen kritisiert" did.
                    continue
                entity, mention = self.cue_sources[cue.parts[0]]
                if entity is None:
                    continue
                span = _report_span(frame, cue, here, start, end, mention)
                if span is None:
                    continue
                self.add(QuoteRecord(QuoteKind.REPORTED, *span, index, (), entity, mention, index))
                break

    @staticmethod
    def _named_as(frame: SentenceFrame) -> bool:
        """Whether a sentence opening with ``Als`` gives what something is named as
        in the passive: a participle of :data:`_NAMED_AS` closing the main clause,
        with a passive auxiliary in it (``Als Grund wurden … genannt``)."""
        for cue in frame.cues:
            if cue.finite or cue.verb.lemma not in _NAMED_AS:
                continue
            last = cue.last_token
            if frame.clause_start(last) != 0 or last != len(frame.tokens) - 1:
                continue
            if any(word in PASSIVE_AUXILIARIES for word in frame.lowered[1:last]):
                return True
        return False

    def fragments_in_messages(self) -> None:
        """A quoted fragment inside an indirect or reported message is the same
        speaker's words (``Laut X ist die Lage „alarmierend“``): a mixed quote."""
        messages = _Enclosures([q for q in self.quotes if q.kind in _MESSAGE_KINDS])
        for start, end, sentence in self.fragments:
            outer = messages.first(start, end, strict=True, other=None)
            if outer is not None:
                self.add(
                    QuoteRecord(
                        QuoteKind.MIXED,
                        start,
                        end,
                        sentence,
                        (),
                        outer.entity,
                        outer.mention,
                        sentence,
                        False,
                    )
                )

    def headlines(self) -> None:
        for index, (start, end, kind, _p) in enumerate(self.segments):
            if kind not in (SentenceKind.HEADLINE, SentenceKind.SUBHEADING):
                continue
            match = _HEADLINE.match(self.text, start, end)
            if match is None:
                continue
            quotation = _HEADLINE_QUOTATION.fullmatch(match.group(1).rstrip())
            if quotation is not None:
                # "„Das ist Erpressung“: Kiew reagiert empört": the quotation is the
                # quote, and a name that opens the claim is its speaker.
                inner = quotation.group(1)
                content_start = match.start(1) + quotation.start(1)
                content_start += len(inner) - len(inner.lstrip())
                content_end = content_start + len(inner.strip())
                if content_end <= content_start:
                    continue
                self.add(
                    QuoteRecord(
                        QuoteKind.DIRECT,
                        content_start,
                        content_end,
                        index,
                        (),
                        *self._claim_subject(match.start(2), end),
                        index,
                    )
                )
                continue
            claim = match.group(2).split()[0].lower()
            # "Kallas: Europa zeigt Stärke": a bare name before the colon.
            speaker = self._colon_speaker(match, claim not in _TOPIC_OPENERS)
            if speaker is None:
                continue
            entity, mention = speaker
            self.add(
                QuoteRecord(
                    QuoteKind.HEADLINE, match.start(2), end, index, (), entity, mention, index
                )
            )
        self._apply_widened()

    def _claim_subject(self, start: int, end: int) -> tuple[Entity | None, tuple[int, int] | None]:
        """The entity named by the first words of a headline's claim (``Merkel
        verteidigt …``, ``EU-Kommission warnt …``), if one opens it."""
        words = _FIRST_WORDS.match(self.text, start, end)
        if words is None:
            return None, None
        mentions = [m for m in self.table.within(start, words.end()) if m[0] == start]
        parts = words.group().split()
        if (
            not mentions
            and len(parts) >= 2
            and parts[1].islower()
            and parts[0].isalpha()
            and not parts[0].lower().endswith(_COUNT_NOUNS)
            and could_be_surname(parts[0])
        ):
            # "Merkel verteidigt ihre Politik": a bare surname before the verb.
            self.table.add(
                surname_key(parts[0]), parts[0], SpeakerKind.PERSON, start, start + len(parts[0])
            )
            mentions = [m for m in self.table.within(start, words.end()) if m[0] == start]
        if not mentions:
            return None, None
        m_start, m_end, index = mentions[0]
        return self.table.entities[index], (m_start, m_end)

    def colon_speakers(self) -> None:
        """A body sentence of the headline's shape: a name or role, a colon, and a
        direct quote with no speaker (``BKA-Präsident Ziercke: „Mit diesem …“``):
        the words before the colon are the speaker, as in a headline. They win over
        a speaker found in another sentence (``Das Kabinett hat …`` after the line)."""
        for quote in self.quotes:
            if quote.kind is not QuoteKind.DIRECT or quote.cue:
                continue
            start = self.segments[quote.sentence][0]
            if quote.mention is not None and start <= quote.mention[0] < quote.start:
                continue  # the speaker is already named before the quote
            match = _COLON_SPEAKER.fullmatch(self.text, start, quote.start)
            if match is None:
                continue
            # A noun with an article ("Die Regel: „…“") is no bare name.
            speaker = self._colon_speaker(match, match.group(1).split()[0].lower() not in _ARTICLES)
            if speaker is not None:
                quote.entity, quote.mention = speaker
        self._apply_widened()

    def modal_subjects(self) -> None:
        """A quotation right after the finite modal or auxiliary of a clause whose
        subject is a named person (``Auch der Sprecher der Fraktion, Dieter
        Wiefelspütz, will „in den kommenden Wochen sorgfältig prüfen“, ob …``): the
        quoted words are the subject's, though the verb inside them is no cue."""
        for quote in self.quotes:
            if quote.kind not in (QuoteKind.DIRECT, QuoteKind.MIXED):
                continue
            start = self.segments[quote.sentence][0]
            if quote.cue and (quote.owns_cue or quote.cue[0][0] >= start):
                continue  # a cue of its own
            if quote.entity is not None and (quote.mention is None or quote.mention[0] >= start):
                continue  # a speaker from this sentence; one from the sentence before yields
            frame = self.frame(quote.sentence)
            index = bisect.bisect_left(frame.starts, quote.start) - 1
            if index < 1 or frame.lower(index) not in _SUBJECT_MODALS:
                continue
            if frame.gap(index).strip() not in _OPENING_ONLY:
                continue  # the mark follows the modal directly
            clause = frame.clause_start(index)
            if clause == index:
                clause = _apposition_start(frame, index)
            for start, end, entity_index in self.table.within(
                frame.tokens[clause][0], frame.tokens[index][0]
            ):
                entity = self.table.entities[entity_index]
                if entity.kind is SpeakerKind.PERSON:
                    quote.entity, quote.mention = entity, (start, end)
                    if quote.cue and quote.cue[0][0] < self.segments[quote.sentence][0]:
                        quote.cue = ()  # the cue of the sentence before was another's
                    break

    def colon_subjects(self) -> None:
        """A direct quote after a colon, with neither cue nor speaker, whose clause
        before the colon has a finite cue verb further away than the direct-quote
        frame looks (``Ein Regierungssprecher sagte zu der von der EU vorgebrachten
        Forderung nach einem Waffenstillstand: „…“``): the subject of that verb is
        the speaker. Only the speaker is taken, not the cue."""
        for quote in self.quotes:
            if quote.kind is not QuoteKind.DIRECT:
                continue
            sentence_start = self.segments[quote.sentence][0]
            if quote.cue and (quote.owns_cue or quote.cue[0][0] >= sentence_start):
                continue  # a cue of its own
            if quote.entity is not None and (
                quote.mention is None or quote.mention[0] >= sentence_start
            ):
                continue  # a speaker from this sentence; one from the sentence before yields
            before = self.text[max(0, quote.start - 4) : quote.start].rstrip()
            if not before[:-1].rstrip().endswith(":"):
                continue  # the opening mark, then the colon before it
            frame = self.frame(quote.sentence)
            index = bisect.bisect_right(frame.cue_ends, quote.start) - 1
            # The last two cues before the quote, no further: a run-on sentence of
            # quotes must stay linear.
            for cue in frame.cues[max(0, index - 1) : index + 1][::-1]:
                if not cue.finite or self.inside_quote(cue.start, cue.end):
                    continue
                if quote.start - cue.end > 400:
                    break  # a bounded look back: long sentences stay linear
                between = self.text[cue.end : quote.start - 1]  # up to the opening mark
                if "." in between or len(between.split()) > 30 or _has_mark(between):
                    break
                entity, mention = source_of(frame, cue, self.table, self.subjects)
                if entity is not None:
                    quote.entity, quote.mention = entity, mention
                    if quote.cue and quote.cue[0][0] < sentence_start:
                        quote.cue = ()  # the cue of the sentence before was another's
                break

    def colon_narrators(self) -> None:
        """A direct quote after a colon whose clause before the colon has no cue
        verb but a subject who can speak (``Die Ministerin zog eine klare Bilanz:
        „…“``, ``Erkki Tuomioja, Präsident des Rats: „…“``): the subject is the
        speaker, also over a speaker of the sentence before that the quote would
        otherwise continue. Only the speaker is taken; there is no cue."""
        for quote in self.quotes:
            if quote.kind is not QuoteKind.DIRECT:
                continue
            start = self.segments[quote.sentence][0]
            if quote.cue and (quote.owns_cue or quote.cue[0][0] >= start):
                continue  # a cue of its own
            if quote.mention is not None and start <= quote.mention[0] < quote.start:
                continue  # the speaker is already named before the quote
            before = self.text[max(start, quote.start - 4) : quote.start].rstrip()
            if not before[:-1].rstrip().endswith(":"):
                continue  # the opening mark, then the colon before it
            frame = self.frame(quote.sentence)
            if _has_mark(self.text[start : quote.start - 1]) or any(
                cue.end <= quote.start for cue in frame.cues
            ):
                continue  # an earlier quotation, or a cue: other rules decide
            if quote.entity is not None and not _reported_forms().isdisjoint(
                _verb_forms(frame, bisect.bisect_left(frame.starts, quote.start))
            ):
                continue  # "Sie sei ihm dankbar: „…“": a report goes on with its speaker
            entity, mention = sentence_subject(frame, self.table)
            if entity is not None and mention is not None and mention[1] < quote.start:
                quote.entity, quote.mention = entity, mention
                quote.cue = ()  # a cue copied from the sentence before was another's

    def worded_speakers(self) -> None:
        """A direct quote followed by ``mit diesen Worten`` and a clause (``„…“ –
        mit diesen Worten eröffnete der Präsident die Sitzung``, ``„…“ Mit diesen
        Worten meldete er sich zurück``): the subject of that clause spoke the words,
        whatever its verb. It wins over a speaker the quote would only continue from
        the sentence before; a cue of its own (``„…“, sagte X mit diesen Worten``)
        stays."""
        for quote in self.quotes:
            if quote.kind is not QuoteKind.DIRECT or (quote.cue and quote.owns_cue):
                continue
            match = _WITH_THESE_WORDS.match(self.text, quote.end)
            if match is None:
                continue
            start = match.start(1)
            sentence = self.sentence_of(start)
            end = self.segments[sentence][1]
            if end <= start:
                continue
            frame = SentenceFrame.build(self.text, start, end)
            if len(frame.tokens) > 4 and frame.lower(4) in ("er", "sie", "wir", "ich"):
                # "mit diesen Worten meldete er sich zurück": the pronoun after the verb
                pronoun_start, pronoun_end, word = frame.tokens[4]
                entity, mention = _pronoun_source(self.table, word, pronoun_start, pronoun_end, "")
            else:
                entity, mention = sentence_subject(frame, self.table)
            if entity is not None and mention is not None:
                quote.entity, quote.mention = entity, mention
                quote.cue = ()  # a cue copied from the sentence before was another's

    def interview(self) -> None:
        """The answers of an interview printed as turns (see
        :mod:`polittext.quote_interview`); they replace headline quotes found in
        the same lines (``Lindholz: Nein.``), and with one interviewee the quoted
        headline and teaser before the turns are theirs."""
        turns = interview_turns(self.text, self.segments, self.table)
        if not turns:
            return
        turn_starts = [turn.start for turn in turns]

        def in_turn(position: int) -> bool:
            index = bisect.bisect_right(turn_starts, position) - 1
            return index >= 0 and position < turns[index].end

        self.quotes = [
            q for q in self.quotes if not (q.kind is QuoteKind.HEADLINE and in_turn(q.start))
        ]
        for turn in turns:
            self.add(turn)
        if len({id(turn.entity) for turn in turns}) == 1:
            for quote in self.quotes:
                if (
                    quote.entity is None
                    and quote.kind is QuoteKind.DIRECT
                    and quote.end <= turns[0].start
                ):
                    quote.entity = turns[0].entity

    def _colon_speaker(
        self, match: re.Match[str], bare_name: bool
    ) -> tuple[Entity, tuple[int, int]] | None:
        """The speaker named by group 1 of ``match``, the words before a colon: a
        known mention there, or (if ``bare_name`` allows it) a bare surname of up
        to three words; the whole phrase becomes its mention."""
        if _has_mark(match.group(1)):
            return None  # "„Das ist Erpressung“: Kiew reagiert …": a quotation, no name
        prefix_start = match.start(1)
        # "Kallas : …": the mention ends with the name, not with the space before the colon.
        prefix_end = prefix_start + len(match.group(1).rstrip())
        words = match.group(1).split()
        mentions = self.table.within(prefix_start, prefix_end)
        if not mentions and bare_name and 1 <= len(words) <= 3 and could_be_surname(words[-1]):
            name_start = prefix_end - len(words[-1])
            self.table.add(
                f"person:{words[-1]}", words[-1], SpeakerKind.PERSON, name_start, prefix_end
            )
            mentions = self.table.within(prefix_start, prefix_end)
        if not mentions or len(words) > 6:
            return None
        entity = self.table.entities[mentions[-1][2]]
        if _has_predicate(words):
            # "Ihr Stellvertreter zog eine andere Bilanz: „…“": a clause, whose subject
            # speaks; its own mention stays the mention.
            return entity, (mentions[-1][0], mentions[-1][1])
        self._widen_mention(entity, prefix_start, prefix_end)
        return entity, (prefix_start, prefix_end)

    def _widen_mention(self, entity: Entity, start: int, end: int) -> None:
        """The whole phrase before the colon becomes the mention (``EU-Chefdiplomatin Kallas``).

        The entity's mentions change in :meth:`_apply_widened`, once for all the
        phrases of a pass: one speaker before thousands of colons (an interview's
        turns) would otherwise have its mentions searched and sorted for each.
        """
        spans = self.table.within(start, end)
        inside = [(s, e) for s, e, index in spans if index == entity.index]
        if not inside or any(spans[i][2] != entity.index for i in range(len(inside))):
            return
        self.widened.append((entity, start, end, inside))

    def _apply_widened(self) -> None:
        """Replace the mentions inside each widened phrase by the phrase."""
        changes: dict[int, tuple[Entity, set[tuple[int, int]], list[tuple[int, int]]]] = {}
        for entity, start, end, inside in self.widened:
            _entity, removed, added = changes.setdefault(entity.index, (entity, set(), []))
            removed.update(inside)
            added.append((start, end))
        for entity, removed, added in changes.values():
            kept = [m for m in entity.mentions if (m[0], m[1]) not in removed]
            # a new list (see EntityTable.named_words)
            entity.mentions = sorted(kept + [(s, e, MentionKind.NAME) for s, e in added])
        self.widened.clear()


def find_quotes(
    text: str,
    segments: list[tuple[int, int, SentenceKind, int]],
    table: EntityTable,
    frames: dict[int, SentenceFrame] | None = None,
    cue_sources: dict[tuple[int, int], tuple[Entity | None, tuple[int, int] | None]] | None = None,
    subjects: Subjects | None = None,
) -> list[QuoteRecord]:
    """All quotes of ``text`` in text order; entities in ``table`` gain mentions.

    ``frames`` caches the :class:`~polittext.frames.SentenceFrame` of each
    sentence index, so that later stages can reuse them.
    """
    finder = _Finder(text, segments, table, frames if frames is not None else {})
    if cue_sources is not None:
        finder.cue_sources = cue_sources
    if subjects:
        finder.subjects = subjects
    known = len(table.entities)
    finder.direct()
    finder.indirect()
    finder.unframed()
    finder.headlines()
    finder.colon_speakers()
    finder.colon_subjects()
    finder.colon_narrators()
    finder.worded_speakers()
    finder.modal_subjects()
    finder.interview()
    finder.quotes.sort(key=lambda q: q.start)
    # Persons first found as speakers ("Merz sagte") are mentioned elsewhere too.
    surname_mentions(table, text, [(s, e) for s, e, _, _ in segments], table.entities[known:])
    finder.reported()
    finder.narrative_reports()
    finder.fragments_in_messages()
    finder.quotes = _without_reported_cues(text, finder.quotes)
    finder.quotes = [q for q in finder.quotes if not _verbless(text, q)]
    _wonach_cues(text, finder.quotes)
    finder.quotes.sort(key=lambda q: q.start)
    _nearer_cues(finder.quotes)
    _inherit_speakers(finder.quotes)
    _continue_speakers(finder.quotes)
    _continued_cues(finder.quotes)
    link_speakers(text, table, finder.quotes)
    return finder.quotes


# The closing mark of a quotation, then "mit diesen Worten" opening the next clause.
_WITH_THESE_WORDS = re.compile(
    r"[“”\"«»‹‘]?\s*[,.:;!?–—-]?\s*((?:[Mm]it|[Uu]nter) (?:diesen|den|solchen|jenen) Worten)\b"
)
# Finite modals and auxiliaries after which a quotation continues the subject's clause.
_SUBJECT_MODALS = frozenset(
    {"will", "wolle", "wollen", "soll", "solle", "muss", "müsse", "kann", "könne", "wird", "werde"}
)
_OPENING_ONLY = frozenset({"„", "»", '"', "“", "‚", "›"})


def _apposition_start(frame: SentenceFrame, index: int) -> int:
    """The first token of the noun phrase and its comma-separated appositions
    before token ``index`` (``der Sprecher der Fraktion, Dieter Wiefelspütz,``),
    at most two chunks back; ``index`` itself if none."""
    start = index
    for _step in range(2):
        if start == 0 or "," not in frame.gap(start - 1):
            break
        start = frame.clause_start(start - 1)
    return start


def _report_span(
    frame: SentenceFrame,
    cue: Cue,
    others: list[QuoteRecord],
    start: int,
    end: int,
    mention: tuple[int, int] | None,
) -> tuple[int, int] | None:
    """The stretch of a narrative report around ``cue`` in the sentence
    ``start``..``end``: the whole sentence; the cue's clause alone when it is a
    subordinate clause (``Nachdem Behörden vor dem Verzehr gewarnt hatten, …``);
    in a sentence with other quotes (``others``), the cue's clause up to them
    (``X fordert eine Untersuchung, bei dem es sich um … handle``, ``X stufte das
    Gesetz als verfassungswidrig ein, und Y rief …``). None when another quote
    holds the cue or lies in the cue's clause (its object: ``nannte den Bericht
    eine „Zeitungsente“``), when one lies between the speaker's ``mention`` and
    the cue (``Die Opposition, die laut Umfragen zulegt, fordert …``, ``Sie räumte
    ein, …, sprach aber von …``: the report would lose its subject), or when the
    report would take in another quote's cue (``„…“, hatte sie gesagt und eine
    Prüfung verlangt``)."""
    cue_start, cue_end = frame.tokens[cue.first_token][0], frame.tokens[cue.last_token][1]
    if any(q.start < cue_end and cue_start < q.end for q in others):
        return None
    clause = frame.clause_start(cue.first_token)
    opener = frame.lower(clause)
    # A subordinate clause may open the sentence, with its verb last ("Während X
    # von … sprach, …"; not "Seit Jahren fordert X …", "Als Grund nannte X …"); a
    # relative pronoun only follows a comma (at the start it is an article).
    subordinate = (clause > 0 and (opener in SUBORDINATORS or opener in RELATIVE)) or (
        clause == 0
        and opener in SUBORDINATORS
        and frame.clause_end(cue.last_token) == cue.last_token < len(frame.tokens) - 1
    )
    if not subordinate and not others:
        return start, end  # the whole sentence
    start = frame.tokens[clause][0] if subordinate else frame.tokens[0][0]
    end = frame.tokens[frame.clause_end(cue.last_token)][1]
    for quote in others:
        if quote.end <= cue_start:
            if quote.end > frame.tokens[clause][0]:
                return None  # "Von „…“ sprach X": the quotation is the object
            if mention is not None and mention[1] <= quote.start:
                return None
            start = max(start, quote.end)
        elif quote.start >= cue_end:
            if quote.start < end:
                return None  # "nannte den Bericht eine „Zeitungsente“": the same
            end = min(end, quote.start)
    # Not the punctuation, marks or linking words at the edges.
    while start < cue_start and not frame.text[start].isalnum():
        start += 1
    first = bisect.bisect_left(frame.starts, start)
    while first < cue.first_token and frame.lower(first) in _CLAUSE_LINKS:
        first += 1
    start = max(start, frame.tokens[first][0]) if first < len(frame.tokens) else start
    while end > cue_end and not frame.text[end - 1].isalnum() and frame.text[end - 1] not in ".)":
        end -= 1
    if any(start <= part[0] and part[1] <= end for q in others for part in q.cue):
        return None
    return start, end


# The definite and indefinite articles.
_PREDICATE_DETERMINERS = _DEFINITE | _INDEFINITE


def _naming_predicate(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether ``nennen`` has an object and a predicate (``nannte den Vorstoß
    einen Fehler``, ``nannte den Plan unrealistisch``): two noun phrases with an
    article, or a lower-case word closing the clause after an article."""
    after = frame.lowered[cue.last_token + 1 : frame.clause_end(cue.last_token) + 1]
    articles = sum(word in _PREDICATE_DETERMINERS for word in after)
    closing = frame.words[frame.clause_end(cue.last_token)]
    return articles >= 2 or (articles == 1 and closing.islower() and len(after) >= 3)


# A headline's words before the colon that are one quotation (group 1: its words).
_HEADLINE_QUOTATION = re.compile(r"[„\"“»«‚›]([^„\"“”»«‚‘›‹]{2,200})[“”\"«»‘‹›]")
# Plural count nouns that open a claim as its subject, no surname ("Tausende demonstrieren").
_COUNT_NOUNS = ("dutzende", "hunderte", "tausende", "millionen")
# Up to three words that open a claim: where its subject may be named.
_FIRST_WORDS = re.compile(r"\S+(?:\s+\S+){0,2}")


def _verb_forms(frame: SentenceFrame, last: int) -> list[str]:
    """The words before token ``last`` that may be verbs, lower-cased: the
    lower-case ones and the first word (``Sei``); a capitalised word inside the
    sentence is a noun (``stellte … in Frage``, not the Konjunktiv ``frage``)."""
    return [
        word.lower() for i, word in enumerate(frame.words[:last]) if i == 0 or word[:1].islower()
    ]


def _has_mark(stretch: str) -> bool:
    """Whether ``stretch`` holds a quotation mark (another quote lies between)."""
    return any(mark in stretch for mark in QUOTE_MARKS)


def _konjunktiv_one(frame: SentenceFrame) -> bool:
    """Whether the sentence has an unambiguous Konjunktiv I form (``sei``, ``habe``,
    ``gebe``), not only a Konjunktiv II that may be a real conditional."""
    forms = konjunktiv_forms()
    if forms.isdisjoint(frame.words):
        return False  # most sentences (tested in C)
    return any(
        word in forms and frame.lower(i - 1) != "ich" and frame.lower(i + 1) != "ich"
        for i, word in enumerate(frame.words)
    )


def _reported_outside(
    frame: SentenceFrame, spans: list[tuple[int, int]], forms: frozenset[str]
) -> bool:
    """Whether a word outside the quoted ``spans`` is one of ``forms`` (``Es drohe
    „…“``, ``Sie hätten „…“``): the quoted words' own mood says nothing about the
    report around them."""
    span_starts = [s for s, _ in spans]  # sorted, as the quoted regions are

    def outside(position: int) -> bool:
        index = bisect.bisect_right(span_starts, position) - 1
        return index < 0 or position >= spans[index][1]

    return any(
        word in forms
        and (i == 0 or frame.words[i][:1].islower())  # "in Frage": a noun, no Konjunktiv
        and outside(start)
        and frame.lower(i - 1) != "ich"
        and frame.lower(i + 1) != "ich"
        for i, (start, word) in enumerate(zip(frame.starts, frame.lowered, strict=True))
    )


# Conjunctions of a condition: "Wenn …, hätte …", "Falls …, wäre …".
_CONDITIONS = frozenset({"wenn", "falls", "sofern"})
# A verb-first conditional clause opens the sentence: "Sollte …, könnte …".
_CONDITIONAL_OPENERS = frozenset({"sollte", "sollten"}) | _REPORTED_MOOD


def _hypothetical(frame: SentenceFrame, spans: list[tuple[int, int]]) -> bool:
    """A conditional in Konjunktiv II with no Konjunktiv I (``Sollte der Antrag
    scheitern, könnte …``, ``Die Maßnahme könnte nötig werden, wenn …``): the
    narrator's own hypothesis, not a report."""
    if _reported_outside(frame, spans, _reported_forms()):
        return False
    return frame.lower(0) in _CONDITIONAL_OPENERS or not _CONDITIONS.isdisjoint(frame.lowered)


def _reported_clause(frame: SentenceFrame, spans: list[tuple[int, int]]) -> int:
    """The token where the report of a continuing sentence begins: 0, or the
    first subordinate, relative or coordinated clause after a comma that has a
    verb in Konjunktiv (or ``soll``) when every such verb stands in such clauses
    and no cue comes before them, so that the clauses before are the narrator's
    (``Die Armee zieht ab, da sie ihren Aufgaben nicht gewachsen sei``)."""
    forms = _continuing_mood()
    span_starts = [s for s, _ in spans]
    found = 0
    for index, word in enumerate(frame.lowered):
        if index < 4 and _regular_konjunktiv(frame, index):
            return 0  # "Deutschland propagiere …": the first clause is reported
        if word not in forms:
            continue
        inside = bisect.bisect_right(span_starts, frame.starts[index]) - 1
        if inside >= 0 and frame.starts[index] < spans[inside][1]:
            continue  # the mood of quoted words
        clause = frame.clause_start(index)
        opener = frame.lower(clause)
        if (
            clause == 0
            or clause == index
            or not frame.commas[clause - 1]
            or not (opener in SUBORDINATORS or opener in RELATIVE or opener in _CLAUSE_LINKS)
        ):
            # A main clause in Konjunktiv ("Personen, die … hätten, seien …"): the
            # whole sentence is reported.
            return 0
        found = found or clause
    if found and any(cue.first_token < found for cue in frame.cues):
        return 0  # "… war vorgeworfen worden, …, wo es … gehe": a report as a whole
    return found


# Words that open a clause of its own after a comma: "…, und er wolle …".
_CLAUSE_LINKS = frozenset({"und", "aber", "doch", "weil", "da", "wobei", "zumal"})


@functools.lru_cache(maxsize=1)
def _reported_forms() -> frozenset[str]:
    """Konjunktiv I and the plural Konjunktiv II that stands in for it."""
    return konjunktiv_forms() | _SUBSTITUTE_MOOD


@functools.lru_cache(maxsize=1)
def _continuing_mood() -> frozenset[str]:
    """Every mood that lets a sentence continue a report (see ``_Finder.reported``)."""
    return _reported_forms() | _REPORTED_MOOD | _REPORTATIVE


def _continuing_konjunktiv(frame: SentenceFrame) -> bool:
    """Whether a sentence's verb is in Konjunktiv I, or in a Konjunktiv II that
    stands in for it (``sie hätten``, ``es wäre``). A singular modal in
    Konjunktiv II (``könnte``, ``müsste``, ``dürfte``) has a Konjunktiv I of its
    own (``könne``, ``müsse``, ``dürfe``) that a report would use: ``Am 20. August
    müsste Griechenland … zurückzahlen`` is the narrator's conditional."""
    forms = _CONTINUING_FORMS
    if forms.isdisjoint(frame.words):
        return False
    return any(
        word in forms and frame.lower(i - 1) != "ich" and frame.lower(i + 1) != "ich"
        for i, word in enumerate(frame.words)
    )


def _named_person(speaker: tuple[Entity, tuple[int, int] | None]) -> bool:
    """Whether ``speaker`` is a person named by name at ``speaker``'s mention."""
    entity, mention = speaker
    return entity.kind is SpeakerKind.PERSON and any(
        (start, end) == mention and kind is MentionKind.NAME for start, end, kind in entity.mentions
    )


def _verbless(text: str, quote: QuoteRecord) -> bool:
    """Whether an indirect message has no word that could be a verb: no lower-case
    word but articles, determiners, prepositions and conjunctions (``sagte der
    Minister, die Premierministerin des Bundesstaates Queensland``, ``All diese
    Drohungen``): a name or noun phrase, no message."""
    if quote.kind is not QuoteKind.INDIRECT or quote.end - quote.start > 200:
        return False
    words = _WORDS_OF.findall(text, quote.start, quote.end)
    if len(words) < 2 or words[1] in _V1_SUBJECTS or words[0].lower() in _FINITE_FORMS:
        # "Nein", "Danke"; "Unterstützen Sie unseren Antrag", "Ist das ein Gesetzentwurf":
        # a one-word answer, an imperative or a question keeps its capitalised verb.
        return False
    return all(not word.islower() or word in _NOT_VERBS for word in words)


_CONTINUING_FORMS = konjunktiv_forms() | (_REPORTED_MOOD - _SINGULAR_KONJUNKTIV_II)
_WORDS_OF = re.compile(r"\w+")
_V1_SUBJECTS = frozenset({"Sie", "wir", "ihr", "du", "es", "das", "man", "er", "sie", "ich"})
_FINITE_FORMS = word_class("auxiliary") | word_class("finite_helper")
_NOT_VERBS = (
    word_class("determiner")
    | word_class("preposition")
    | frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"})
    | frozenset({"einem", "einen", "und", "oder", "sowie", "all", "alle", "auch", "nur"})
)


def _without_reported_cues(text: str, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """The quotes without indirect ones whose cue is a Konjunktiv I verb inside
    another quote's indirect message (``Er sagte, er hoffe, dass …``, ``man erwäge,
    …``): the hope is part of what was said, not a quote of its own. ``ich hoffe``
    is the indicative and stays."""
    forms = konjunktiv_cue_forms()
    messages = _Enclosures([q for q in quotes if q.kind in _MESSAGE_KINDS])
    kept = []
    for quote in quotes:
        if quote.kind is QuoteKind.INDIRECT and quote.cue:
            start, end = quote.cue[0]
            word = text[start:end]
            nearby = text[max(0, start - 40) : start].lower().split()[-3:]
            nearby += text[end : end + 5].lower().split()[:1]
            outer = messages.first(start, end, strict=False, other=quote)
            if (
                word in forms  # lower case: a verb, not the noun "Frage"
                and "ich" not in nearby  # "dass ich es gut finde": the indicative
                and outer is not None
                and outer.cue
                and outer.start < start
            ):
                # "sagte, man erwäge, rechtliche Schritte einzuleiten": one message.
                outer.end = max(outer.end, quote.end)
                outer.last_sentence = max(outer.last_sentence, quote.last_sentence)
                continue
        kept.append(quote)
    return kept


def _wonach_cues(text: str, quotes: list[QuoteRecord]) -> None:
    """An indirect message that opens with ``wonach`` (or a relative source phrase:
    ``nach denen``, ``laut dem``, ``denen zufolge``) says what the noun before it
    reports (``bestätigte die Befunde des Amtes, wonach 15 Rinder erkrankt seien``,
    ``verwies auf Studien, nach denen die Therapie wirke``): ``wonach`` (``nach``,
    ``zufolge``) is its cue, not the verb that governs the noun, and the message
    starts after the relative words."""
    for quote in quotes:
        if quote.kind is not QuoteKind.INDIRECT or not quote.cue:
            continue
        if quote.cue[0][0] >= quote.start:
            continue
        match = _RELATIVE_REPORT.match(text, quote.start, min(len(text), quote.start + 40))
        if match is None:
            continue
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        cue = (match.start(group), match.end(group))
        if cue in quote.cue:
            continue
        quote.cue, quote.owns_cue = (cue,), True
        quote.start = match.end()


# The relative words that open the report of a noun before them, the cue in a group:
# "wonach", "nach/laut/gemäß denen" (also "dem"/"der" before a subject that is an
# article or a pronoun, not "nach dem Spiel"), "denen zufolge".
_RELATIVE_SUBJECTS = r"(?:der|die|das|ein|eine|einer|er|sie|es|man|sich|diese|dieser|dieses)"
_RELATIVE_REPORT = re.compile(
    r"(wonach)\s+"
    r"|(nach|laut|gemäß)\s+"
    rf"(?:denen|welchem|welcher|welchen|(?:dem|der)(?=\s+{_RELATIVE_SUBJECTS}\b))\s+"
    r"|(?:denen|dem|der|welchem|welcher)\s+(zufolge)\s+",
    re.IGNORECASE,
)


def _nearer_cues(quotes: list[QuoteRecord]) -> None:
    """A quotation inside an indirect message whose cue stands between the
    quotation's own cue and the quotation (``X fordert eine Untersuchung des
    Angriffs, bei dem es sich seiner Meinung nach um einen „…“ handle``): the
    nearer cue, the message's, frames it, with the message's speaker."""
    framed = _Enclosures([q for q in quotes if q.kind is QuoteKind.INDIRECT and q.cue])
    for quote in quotes:
        if quote.kind not in (QuoteKind.DIRECT, QuoteKind.MIXED) or not quote.cue:
            continue
        outer = framed.innermost(quote.start, quote.end, other=quote)
        if outer is None or outer.cue == quote.cue:
            continue
        own_start, own_end, outer_start = quote.cue[0][0], quote.cue[-1][1], outer.cue[0][0]
        if (own_end <= outer.start and own_end <= outer_start < quote.start) or (
            quote.kind is QuoteKind.MIXED and outer.start <= own_start and own_end <= outer.end
        ):
            # The second case: the quoted words' own "cue" is a verb of the message
            # itself ("…, der Abschuss rechtfertige sich nach Meinung X durch die
            # Gefahr, die von dem „…“ ausgehe"): the message's cue frames them.
            quote.cue, quote.owns_cue = outer.cue, False
            quote.entity, quote.mention = outer.entity, outer.mention


def _inherit_speakers(quotes: list[QuoteRecord]) -> None:
    """A quote without a speaker inside another quote's message is that speaker's
    (``Nach Angaben von X handelt es sich um „…“``)."""
    framed = _Enclosures([q for q in quotes if q.entity is not None or q.cue])
    for quote in quotes:
        if quote.entity is not None and quote.cue:
            continue
        if quote.kind is QuoteKind.MIXED:
            # Words quoted inside a message inside another ("bestritt das, indem er
            # sagte, ein Bündnis werde eine „…“ nicht ersetzen") belong to the nearer.
            outer = framed.innermost(quote.start, quote.end, other=quote, strict=False)
        else:
            outer = framed.first(quote.start, quote.end, strict=False, other=quote)
        if outer is None:
            continue
        if quote.entity is None and outer.entity is not None:
            quote.entity, quote.mention = outer.entity, outer.mention
        if not quote.cue and outer.cue and quote.entity is outer.entity:
            # The words quoted inside a message are framed by the message's cue.
            quote.cue, quote.owns_cue = outer.cue, False


def _continued_cues(quotes: list[QuoteRecord]) -> None:
    """A speaker's words that go on, without a cue of their own, right after a
    framed quote of theirs are framed by that quote's cue: a direct quote after
    reported sentences (``X sagte: „…“ Die Gefahr sei real. „Aber …“``) and the
    words quoted inside such a reported sentence (``Er erklärte, … . Er werde
    „einen besseren Deal“ aushandeln.``). The reported sentences themselves keep
    no cue (they are the narrator's report); the cue is shared, not owned. The
    chain breaks when a sentence passes without a quote of that speaker."""
    chains: dict[int, tuple[tuple[tuple[int, int], ...], int, bool]] = {}
    continued: list[QuoteRecord] = []
    cues: dict[int, tuple[tuple[int, int], ...]] = {}
    for quote in quotes:  # in text order
        if quote.entity is None:
            continue
        key = id(quote.entity)
        if quote.cue:
            if quote.kind in (QuoteKind.INDIRECT, QuoteKind.DIRECT):
                chains[key] = (quote.cue, quote.last_sentence, quote.kind is QuoteKind.DIRECT)
            continue
        chain = chains.get(key)
        if chain is None or quote.sentence - chain[1] > 1:
            continue
        if quote.kind is QuoteKind.DIRECT and chain[2]:
            # Only a quotation goes on a quotation's frame ("sagte: „…“"): after an
            # indirect message the next quotation is often a new statement.
            quote.cue, quote.owns_cue = chain[0], False
        elif quote.kind in _CONTINUING_KINDS:
            continued.append(quote)
            cues[id(quote)] = chain[0]
        else:
            continue
        chains[key] = (chain[0], max(chain[1], quote.last_sentence), chain[2])
    if not continued:
        return
    reports = _Enclosures(continued)
    for quote in quotes:
        if quote.kind not in (QuoteKind.DIRECT, QuoteKind.MIXED) or quote.cue:
            continue
        outer = reports.first(quote.start, quote.end, strict=False, other=quote)
        if outer is not None and outer.entity is quote.entity:
            quote.cue, quote.owns_cue = cues[id(outer)], False


_CONTINUING_KINDS = frozenset({QuoteKind.REPORTED, QuoteKind.FREE_INDIRECT})


def _continue_speakers(quotes: list[QuoteRecord]) -> None:
    """A direct quote with neither cue nor speaker that follows right after the
    sentence of another quote continues its speaker (``X sagte: „…“ Die Gefahr
    sei real. „Aber …“``): quoted speech goes on until someone else speaks."""
    by_last: dict[int, QuoteRecord] = {}
    for quote in quotes:  # in text order: the latest quote ending in each sentence
        if quote.entity is not None:
            by_last[quote.last_sentence] = quote
        if quote.kind is not QuoteKind.DIRECT or quote.cue or quote.entity is not None:
            continue
        before = by_last.get(quote.sentence - 1)
        if before is not None and before.end <= quote.start:
            quote.entity, quote.mention = before.entity, before.mention


def _start(quote: QuoteRecord) -> int:
    return quote.start


# How many quotes starting before a span are looked at for the nearest one around it.
_INNERMOST_REACH = 8


class _Enclosures:
    """Quotes sorted by start, with the running maximum of their ends, so that the
    first quote that contains a span is found by binary search (the search stays
    logarithmic however many quotes a text has)."""

    def __init__(self, quotes: list[QuoteRecord]) -> None:
        self.quotes = sorted(quotes, key=_start)
        self.starts = [q.start for q in self.quotes]
        self.max_ends: list[int] = []
        highest = -1
        for quote in self.quotes:
            highest = max(highest, quote.end)
            self.max_ends.append(highest)

    def innermost(
        self, start: int, end: int, other: QuoteRecord, strict: bool = True
    ) -> QuoteRecord | None:
        """The quote, not ``other``, that contains ``start``..``end`` (strictly
        inside when ``strict``) and starts last: the nearest message around a
        span. Looks back over at most :data:`_INNERMOST_REACH` quotes, so that
        many quotes stay linear."""
        if strict:
            last = bisect.bisect_left(self.starts, start) - 1
        else:
            last = bisect.bisect_right(self.starts, start) - 1
        for index in range(last, max(-1, last - _INNERMOST_REACH), -1):
            outer = self.quotes[index]
            if outer is not other and (outer.end > end if strict else outer.end >= end):
                return outer
        return None

    def first(
        self, start: int, end: int, strict: bool, other: QuoteRecord | None
    ) -> QuoteRecord | None:
        """The first quote (by start), not ``other``, that contains
        ``start``..``end`` (strictly inside when ``strict``)."""
        if strict:
            last = bisect.bisect_left(self.starts, start) - 1
            index = bisect.bisect_right(self.max_ends, end)
        else:
            last = bisect.bisect_right(self.starts, start) - 1
            index = bisect.bisect_left(self.max_ends, end)
        # The quote at ``index`` raised the running maximum past ``end``; only
        # ``other`` itself and quotes that start where it starts may come next.
        while index <= last:
            outer = self.quotes[index]
            inside = outer.end > end if strict else outer.end >= end
            if inside and outer is not other:
                return outer
            index += 1
        return None
