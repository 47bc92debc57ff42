"""Indirect speech: cue verbs with a message clause, source phrases, cue nouns."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from polittext.attribution import noun_phrase_source, source_of
from polittext.cues import cue_forms, cue_nouns, konjunktiv_forms
from polittext.entities import Entity, EntityTable
from polittext.frames import (
    AFTER_PARTICIPLE,
    CONDITIONAL_OPENERS,
    MAX_MESSAGE_WORDS,
    RELATIVE,
    SUBORDINATORS,
    Cue,
    SentenceFrame,
    _inside_number,
)
from polittext.gazetteer import gazetteer
from polittext.lexicon import word_class
from polittext.quote_base import (
    _COORDINATORS,
    _OPENING_MARKS,
    _PLAIN_SPEECH,
    _REPORTED_MOOD,
    _W_WORDS,
    _ZU_CUES,
    FinderBase,
    QuoteRecord,
    _coordinated_verb,
    _main_clause_start,
    _only_marks,
    _zu_infinitive_ends,
    first_marked_end,
    reported_cue,
    zu_chain_end,
    zu_infinitive_at,
)
from polittext.sources import (
    SourceQuote,
    _danach_report,
    _source_compound,
    _token_at,
    cue_noun_quotes,
    reportive_clause,
    source_phrase_quotes,
)
from polittext.types import MentionKind, QuoteKind, SentenceKind

__all__ = ["IndirectQuotes"]


class IndirectQuotes(FinderBase):
    """Finds messages governed by cue verbs, cue nouns and source phrases."""

    # -- indirect speech -----------------------------------------------------------
    def indirect(self) -> None:
        for index, (_start, _end, kind, _p) in enumerate(self.segments):
            if kind is not SentenceKind.BODY:
                continue
            frame = self.frame(index)
            for cue in frame.cues:
                if self.inside_quote(cue.start, cue.end) or self._used(cue):
                    continue
                parenthetical = _parenthetical(frame, cue)
                # "Das bedeutet, dass …", "wie sich ergab, …": no message, but the
                # subject is still noted below (a measure's actor: "Wir setzen uns für
                # … ein").
                weak = silent_weak_cue(frame, cue) and not self._konjunktiv_clause_after(frame, cue)
                content = (
                    None
                    if weak
                    else self._content_wie(frame, cue)
                    or (self._content_before(frame, cue) if parenthetical else None)
                    or self._content_after(frame, cue)
                    or (None if parenthetical else self._content_before(frame, cue))
                )
                if content is None and not weak and self._anaphoric(index, frame, cue):
                    # "Das teilte die Polizei mit.": the sentence before is the message.
                    previous = self.frame(index - 1)
                    # "Das teilte die Polizei mit", "Diese Ergebnisse stellte X vor": the
                    # subject after the verb; "Forscher gaben diese Ergebnisse bekannt":
                    # before it. A demonstrative phrase is the object, never the source.
                    fronted = frame.lower(0) in _ANAPHORS | _DEMONSTRATIVE_ARTICLES
                    entity, mention = source_of(
                        frame, cue, self.table, self.subjects, inverted=fronted
                    )
                    if (
                        mention is not None
                        and self.text[mention[0] : mention[1]].split()[0].lower()
                        in _DEMONSTRATIVE_ARTICLES
                    ):
                        entity = mention = None
                    anaphoric = QuoteRecord(
                        QuoteKind.INDIRECT,
                        previous.tokens[0][0],
                        previous.stripped_end,
                        index - 1,
                        cue.parts,
                        entity,
                        mention,
                        index - 1,
                    )
                    self.add(anaphoric)
                    continue
                if content is None:
                    if (
                        cue.finite
                        or frame.lower(cue.first_token - 1) == "zu"
                        or active_perfect(frame, cue)
                    ):
                        # No message, but the subject (of the verb a zu-infinitive
                        # depends on: "plant Kallas, … zu überzeugen") is still a
                        # mention of its speaker, and reported speech may follow.
                        entity, mention = source_of(frame, cue, self.table, self.subjects)
                        self.cue_sources[cue.parts[0]] = (entity, mention)
                        if entity is not None:
                            self.anchors[index] = (entity, mention)
                    continue
                if self._continues_report(index, frame, cue):
                    continue
                # "…, hatte sie gesagt": the subject stands between the auxiliary and
                # the participle, as in a clause that is not inverted.
                entity, mention = source_of(
                    frame,
                    cue,
                    self.table,
                    self.subjects,
                    inverted=content[1] <= cue.start and _inverted_perfect(frame, cue) is None,
                )
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
                before = self._report_before_too(frame, cue, content, parenthetical)
                if before is not None:
                    # "Sie sei geschockt, sagte die Königin, ihre Gedanken seien bei
                    # …": the cue between two reported clauses frames both.
                    self.add(
                        QuoteRecord(QuoteKind.INDIRECT, *before, index, cue.parts, entity, mention)
                    )
            records = source_phrase_quotes(frame, self.table) + cue_noun_quotes(frame, self.table)
            here_now = self.by_sentence.get(index, ()) if records else ()
            bare = sorted(
                (q for q in here_now if q.kind is QuoteKind.DIRECT and not q.cue),
                key=_quote_start,
            )
            bare_starts = [q.start for q in bare]
            for record in records:
                here = self.by_sentence.get(index, ())
                self._adopt_source_phrase(record, bare, bare_starts)
                # A quoted fragment inside the message does not stop it ("Nach den
                # Worten von X handelt es sich um „die schwerste Katastrophe“").
                if not any(
                    (
                        _overlap(q.start, q.end, record[0], record[1]) * 2 > record[1] - record[0]
                        and not self._quoted_part(q, record)
                    )
                    or (q.start <= record[0] and record[1] <= q.end)
                    for q in here
                ):
                    qs, qe, cue_span, entity, mention = record
                    referring = self.text[cue_span[0] : cue_span[1]].lower() in _REFERRING
                    if (
                        referring
                        and not self._report_before(index, frame, cue_span[0])
                        and not reportive_clause(frame, _token_at(frame, cue_span[0]))
                    ):
                        # "Er erreichte 2 Prozent. Demnach …": a conclusion; but "Die
                        # Koalition hat sich verständigt. Demnach sollen …" reports.
                        continue
                    if referring:
                        # "Demnach": the source of the report just before, if it has one.
                        earlier = [q for q in self.by_sentence.get(index - 1, ()) if q.entity]
                        referred = (
                            earlier[-1].entity
                            if earlier and earlier[-1].entity is not None
                            else self._referred_source(index - 1)
                        )
                        if referred is not None:
                            entity, mention = referred, mention or cue_span
                            self.table.add_to(entity, *cue_span, MentionKind.PRONOUN)
                    self.add(
                        QuoteRecord(QuoteKind.INDIRECT, qs, qe, index, (cue_span,), entity, mention)
                    )

    def _referred_source(self, index: int) -> Entity | None:
        """What ``demnach`` refers back to in sentence ``index`` when no quote there
        has a source: the speaker of a cue verb (``Das Amt gab einen Kommentar ab.
        Demnach …``), else a report or text named in it (``Inzwischen sind
        Beschuldigungen bekannt geworden. Demnach …``, ``Das geht aus dem Urteil
        hervor. Demnach …``), not the last name mentioned before the adverb."""
        if index < 0:
            return None
        frame = self.frame(index)
        for cue in frame.cues:
            source = self.cue_sources.get(cue.parts[0]) if cue.finite else None
            if source is not None and source[0] is not None:
                return source[0]
        nouns = cue_nouns()
        for position, word in enumerate(frame.words[:_REFERRED_REACH]):
            if (
                word[:1].isupper()
                and position > 0
                and (word in nouns or _source_compound(word) is not None)
                and frame.lower(position - 1) not in _SOURCE_PREPOSITIONS
            ):
                entity, _mention = noun_phrase_source(frame, position, position + 1, self.table)
                return entity
        return None

    def _report_before(self, index: int, frame: SentenceFrame, position: int) -> bool:
        """Whether ``demnach``/``demzufolge`` at ``position`` can refer back to a
        report: a cue verb or a quote in the sentence before (``gab das Ergebnis
        bekannt. Demnach …``), a report noun or a source phrase in it (``Der
        Bericht liegt vor. Demnach …``, see :func:`_danach_report`), or a cue
        verb earlier in its own sentence. After plain narration (``Er erreichte 2
        Prozent. Demnach …``) the adverb draws a conclusion ("so"), no source."""
        if any(cue.end <= position for cue in frame.cues):
            return True
        if index == 0:
            return False
        previous = self.frame(index - 1)
        if self.by_sentence.get(index - 1) or previous.cues:
            return True
        # "Inzwischen sind Beschuldigungen bekannt geworden. Demnach …": any noun of
        # speech or writing, not only the source nouns that "Danach" needs.
        nouns = cue_nouns()
        return _danach_report(frame, 0) or any(
            word[:1].isupper() and word in nouns for word in previous.words[1:]
        )

    def _adopt_source_phrase(
        self, record: SourceQuote, bare: Sequence[QuoteRecord], starts: Sequence[int]
    ) -> None:
        """A direct quote without a cue that makes up the message of a source
        phrase (``Seiner Ansicht nach „sind wir Zeugen …“``, ``Laut Polizei „…“``)
        or follows it after a colon (``…, so Müller weiter: „…“``) is framed by
        that phrase: it takes the phrase as its cue, and its source when it has
        none."""
        start, end, cue, entity, mention = record
        # Only the quotations that open right at the message or shortly after the
        # phrase are looked at (found by binary search): a run-on sentence of
        # many phrases and quotations must stay linear.
        for low, high in ((start, start + 4), (cue[1], cue[1] + 81)):
            index = bisect.bisect_left(starts, low)
            while index < len(bare) and starts[index] <= high:
                quote = bare[index]
                index += 1
                if quote.cue:
                    continue
                whole = (
                    quote.end <= end
                    and not self.text[start : quote.start - 1].strip()
                    and not self.text[quote.end + 1 : end].strip()
                )
                # "Die Lage sei ernst, so Müller weiter: „…“": the phrase before
                # the colon frames the quotation after it too.
                lead = self.text[cue[1] : quote.start - 1] if quote.start > cue[1] else ""
                if whole or (lead.rstrip().endswith(":") and len(lead.split()) <= 5):
                    quote.cue = (cue,)
                    if quote.entity is None and entity is not None:
                        quote.entity, quote.mention = entity, mention

    def _continues_report(self, index: int, frame: SentenceFrame, cue: Cue) -> bool:
        """Whether a cue verb in Konjunktiv I opens a sentence that goes on with the
        report of the sentence before (``X sagte, … . Die Behörde gehe davon aus,
        dass …``): the whole sentence is the earlier speaker's reported speech, the
        cue part of it, not a quote of its own."""
        if index == 0 or not cue.finite or not reported_cue(frame, cue):
            return False
        if frame.clause_start(cue.first_token) != 0:
            return False  # "…, von denen man glaube, dass …": inside a clause
        _start, _end, kind, paragraph = self.segments[index - 1]
        if kind is not SentenceKind.BODY or paragraph != self.segments[index][3]:
            return False
        return any(q.kind is not QuoteKind.MIXED for q in self.by_sentence.get(index - 1, ()))

    def _quoted_part(self, quote: QuoteRecord, record: SourceQuote) -> bool:
        """Whether ``quote`` is only a part of the message of ``record``, so that
        both are quotes: a direct or mixed quote when the message has words of its
        own outside the quotation marks and the source phrase (``Nach den Worten
        von X handelt es sich um „…“``, framed by the same cue), or an indirect
        quote whose cue stands inside the message (``Laut X hat Y angekündigt, …``)."""
        start, end, cue, _entity, mention = record
        # "„…“, sagte X laut ndr.de.": the message may open with the quotation (its
        # mark is no token, so the quote starts where the message does).
        if not (start <= quote.start and quote.end <= end):
            return False
        if quote.kind is QuoteKind.INDIRECT:
            # "Laut X hat der IWF angekündigt, … zu wollen": a report inside the
            # message, its cue verb part of it too.
            return bool(quote.cue) and start <= quote.cue[0][0] and quote.cue[-1][1] <= end
        if quote.kind not in (QuoteKind.DIRECT, QuoteKind.MIXED):
            return False
        outside = (
            self.text[start : max(start, quote.start - 1)] + " " + self.text[quote.end + 1 : end]
        )
        others = (cue, mention) if mention else (cue,)
        words = outside.split()
        source = sum(len(self.text[s:e].split()) for s, e in others if start <= s and e <= end)
        return len(words) - source >= 2

    def _anaphoric(self, index: int, frame: SentenceFrame, cue: Cue) -> bool:
        """``Das berichten arabische Medien.``: a cue right after a sentence-initial
        ``das``/``dies``, in a body sentence whose predecessor in the same paragraph
        is no quote yet."""
        if frame.lower(0) not in _ANAPHORS:
            return self._demonstrative_object(index, frame, cue)
        finite = cue.finite and cue.first_token == 1
        # "Das wurde vom Presseamt bekannt gegeben.", "Dies hatte der Minister
        # gesagt.": the auxiliary second, the participle closing the clause.
        perfect = (
            not cue.finite
            and frame.lower(1) in _AUXILIARY_WORDS
            and cue.last_token == frame.clause_end(1)
        )
        if not (finite or perfect):
            return False
        if index == 0 or frame.clause_end(1) < 2:
            return False
        if cue.verb.stwr == "evidential" and cue.verb.lemma not in _SOURCE_EVIDENTIALS:
            return False  # "Das zeigt Wirkung": not a report
        _start, _end, kind, paragraph = self.segments[index - 1]
        if kind is not SentenceKind.BODY or paragraph != self.segments[index][3]:
            return False
        # "Laut N24 ist ein Terrorist festgenommen worden. Dies gab die Polizei
        # bekannt.": a sentence reported by a source phrase may still be taken up.
        return index - 1 not in self.last_sentences or all(
            bool(q.cue) and self.text[q.cue[0][0] : q.cue[0][1]].lower() in _SOURCE_WORDS
            for q in self.quotes
            if q.last_sentence == index - 1
        )

    def _demonstrative_object(self, index: int, frame: SentenceFrame, cue: Cue) -> bool:
        """``Forscher haben ein Ozonloch entdeckt. Jetzt wurde diese Entdeckung bekannt
        gegeben.``, ``Diese Ergebnisse stellte der Vizepräsident vor.``: a verb of
        announcing whose object is a demonstrative noun phrase takes up the sentence
        before, when the cue's clause is the whole sentence and it is not negated."""
        if cue.verb.lemma not in _ANNOUNCING or index == 0:
            return False
        if (
            frame.clause_start(cue.first_token) != 0
            or frame.clause_end(cue.last_token) != len(frame.tokens) - 1
        ):
            return False
        words = frame.lowered
        if not any(
            words[i] in _DEMONSTRATIVE_ARTICLES
            and frame.words[i + 1][:1].isupper()
            and frame.lower(i - 1) not in _PREPOSITION_WORDS
            for i in range(len(words) - 1)
        ) or not _NEGATIONS.isdisjoint(words):
            return False
        _start, _end, kind, paragraph = self.segments[index - 1]
        if kind is not SentenceKind.BODY or paragraph != self.segments[index][3]:
            return False
        return index - 1 not in self.last_sentences

    def _used(self, cue: Cue) -> bool:
        return cue.parts[0] in self.used_cues

    def _content_after(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """The message clause after the cue: ``sagte, dass …``, ``sagte, er sei …``,
        ``forderte, die Steuer zu senken``, ``erklärte: …``."""
        tokens = frame.tokens
        if _in_subject_relative(frame, cue):
            return None  # "alle Beiträge, die gemeldet wurden, seien …": not its message
        if cue.verb.lemma in _EVIDENCE_VERBS and not _reported_evidence(frame, cue):
            # "Die Daten deuten darauf hin, dass …", "konnte er nachweisen, dass …": a
            # finding shown by evidence, not a statement.
            return None
        unmarked = _unmarked_zu_infinitive(frame, cue)
        if unmarked is not None:
            return unmarked
        index = cue.last_token
        if (
            index + 2 < len(tokens)
            and frame.lower(index + 1) == "dass"
            and not frame.gap(index).strip()
            and (cue.finite or _perfect(frame, cue))
        ):
            # "Pérez hoffte dass …": the comma before "dass" is missing, but a
            # "dass" right after a cue verb can only open its content clause.
            return tokens[index + 1][0], frame.message_end(index + 1)
        limit = min(len(tokens) - 1, index + 12)
        if (
            cue.last_token > cue.first_token
            and frame.lower(index + 1) in _COORDINATORS
            and any(other.first_token == index + 2 for other in frame.cues)
        ):
            # "lehnte den Rücktritt ab und sagte, …": the separable verb's clause is
            # complete; the message after the comma is the next verb's.
            return None
        # Walk to the comma or colon that ends the cue's clause; quotation marks
        # around a name ("sagte der „Berliner Zeitung“, dass") do not end it.
        while index < limit and not (
            "," in (between := _clause_gap(frame, index)) or ":" in between
        ):
            if frame.breaks[index] and not _only_marks(frame.gap(index)):
                return None
            index += 1
        if index == limit and cue.finite and not frame.breaks[index]:
            # A longer clause may still end in a colon that opens the message
            # ("kritisierte … in seinem Gutachten in scharfer Form: Das Gesetz …").
            colon = frame.clause_end(index)
            if colon - cue.last_token <= 30 and frame.gap(colon).strip() == ":":
                index = colon
        if index >= len(tokens) - 1:
            return None
        gap = _clause_gap(frame, index)
        following = index + 1
        if "," not in gap and ":" not in gap:
            return None
        if "," in gap and index > cue.last_token and cue.finite:
            # "meldete der Sender, Radio Vatikan, dass …", "sagte der Sprecher, Mark
            # Berg, die Lage sei …": an apposition of the subject after the cue.
            skipped = _apposition_end(frame, following)
            if skipped is not None:
                index, following = skipped, skipped + 1
                gap = frame.gap(index)
        if "," in gap and ":" not in gap and _opens_with_cue(frame, following):
            return None  # "wies die Vorwürfe zurück, erklärte aber, …": the next cue's clause
        if any(
            mark in gap.split(",")[-1].split(":")[-1] for mark in _OPENING_MARKS
        ) and not self._quote_inside_clause(frame, following):
            return None  # a direct quote follows: handled as direct
        if (
            ":" in gap
            and "," not in gap
            and self.inside_quote(tokens[index][1], tokens[index][1] + 1)
        ):
            return None  # a colon inside a quoted title ("„Tabak: Tödlich in jeder Form“")
        end = frame.message_end(following)
        opening = frame.clause_start(cue.first_token)
        opener = frame.lower(opening)
        # A relative pronoun never opens the sentence: "Der Sprecher sagte, …" and
        # "Die Sprecherin sagte, …" start with an article.
        if opener in SUBORDINATORS or (opener in RELATIVE and opening > 0):
            # "Als er erfuhr, dass X, beendete er …", "Scholz, der sagte, er sei müde,
            # ging …": the message ends where the main clause resumes.
            end = min(end, _main_clause_start(frame, following))
        end = min(
            end,
            _coordinated_verb(frame, following),
            _narrator_resumes(frame, following),
            _next_cue_after_und(frame, following),
            _quotation_after_colon(frame, following),
            _indicative_after_semicolon(frame, following),
            _narrator_comment(frame, following),
        )
        if "," in gap:
            if _conditional(frame, cue) or _adverbial_clause_cue(frame, cue, following):
                return None
            if (
                frame.lower(following) in _CONDITIONS
                and frame.clause_end(following) == len(tokens) - 1
            ):
                return None  # "…, die Parade anzugreifen, falls sie stattfinden würde"

            if _not_a_message(frame, following) and not _article_after_verb(frame, cue, index):
                # "schrieb in einer Erklärung, die … veröffentlicht wurde, sie wolle …":
                # the message follows the relative clause of the cue's own phrase.
                after = _after_relative_clause(frame, following)
                if after is None or not self._konjunktiv_within(frame, after, 8, regular=True):
                    return _reported_relative(frame, cue, following, end)
                following = after
                end = min(frame.message_end(following), _narrator_resumes(frame, following))
            if _second_predicate(frame, following):
                return None  # "gebe den Kontakt zu, spreche aber von …"
            if _no_content_clause(frame, cue, index, following):
                return None
            # "sagte, alle Beiträge, die gemeldet wurden, seien zu prüfen": the
            # subject's relative clause stands before the verb of the message.
            resumed = _after_subject_relative(frame, following)
            probe = following if resumed is None else resumed
            if (
                (frame.lower(following) in _W_WORDS and not _relative_welch(frame, following))
                or self._konjunktiv_within(frame, following, 8, regular=True)
                or (
                    resumed is not None and self._konjunktiv_within(frame, resumed, 4, regular=True)
                )
                or (
                    cue.verb.lemma in _DEMANDS
                    and _should_within(frame, probe, 8, verb_first=resumed is not None)
                )
            ):
                return tokens[following][0], end
            last = frame.clause_end(following)
            if _zu_infinitive_ends(frame, following, last) and (
                cue.verb.lemma in _ZU_CUES
                or (
                    cue.verb.stwr != "evidential"
                    and (cue.finite or _perfect(frame, cue) or _passive(frame, cue))
                    and _closes_cue_clause(frame, cue, index)
                    and not _stative(frame, cue)
                )
            ):
                # "rief Russland auf, das Verbot nicht durchzusetzen", "beschloss, … zu
                # erstellen"; chained infinitives belong to it ("…, dafür zu sorgen, … zu").
                return tokens[following][0], _zu_message_end(frame, following, last)
            word = frame.lower(following)
            if (
                (cue.finite or _perfect(frame, cue))
                and (
                    cue.verb.lemma in _PLAIN_SPEECH
                    # "Im Bericht heißt es, die Lage ist ernst": the impersonal report.
                    or (cue.verb.lemma == "heißen" and frame.lower(cue.first_token + 1) == "es")
                    or (
                        cue.verb.stwr == "speech"
                        and word in {"er", "sie", "man", "wir", "ich"}
                        and following + 1 < len(frame.words)
                        and frame.words[following + 1].islower()
                    )
                )
                and word not in SUBORDINATORS
                and word not in _COORDINATORS
                and word not in _AUXILIARY_WORDS
                and last - following >= 2
                and index - cue.last_token <= 3
                and not _apposition_of_subject(frame, cue, index, following)
                and not _main_clause_after_fronted(frame, cue, following)
            ):
                return tokens[following][0], end  # "Merz sagte, die Lage ist ernst."
        if ":" in gap and (cue.finite or _perfect(frame, cue)):
            return tokens[following][0], end
        return None

    def _konjunktiv_clause_after(self, frame: SentenceFrame, cue: Cue) -> bool:
        """Whether the cue's clause ends in a comma followed by a main clause in
        Konjunktiv I (``verteidigte X, sie seien nötig``): reported speech even
        after a weak cue."""
        last = frame.clause_end(cue.last_token)
        if last + 1 >= len(frame.tokens) or not frame.commas[last]:
            return False
        if frame.lower(last + 1) in SUBORDINATORS or frame.lower(last + 1) in _W_WORDS:
            return False
        return _konjunktiv_one_within(frame, last + 1, 4)

    def _quote_inside_clause(self, frame: SentenceFrame, first: int) -> bool:
        """Whether the quotation that opens before token ``first`` closes inside
        its clause, with words of the clause after it (``sagte, „die Lage“ sei
        ernst``, ``vor, „…“ zu missbrauchen``): a message with a quotation in it."""
        start = frame.tokens[first][0]
        index = bisect.bisect_right(self.covered_starts, start) - 1
        if index < 0 or self.covered[index][1] <= start:
            return False
        close = self.covered[index][1]
        after = bisect.bisect_left(frame.starts, close)
        return after < len(frame.tokens) and not frame.breaks[after - 1]

    def _report_before_too(
        self,
        frame: SentenceFrame,
        cue: Cue,
        content: tuple[int, int],
        parenthetical: bool,
    ) -> tuple[int, int] | None:
        """The clause before an inverted cue whose message follows it (``Sie sei
        geschockt, sagte die Königin, ihre Gedanken seien bei allen``), when that
        clause is in Konjunktiv I: a second message of the same cue."""
        if parenthetical or content[0] < cue.end or not 0 < cue.first_token <= 60:
            return None  # the clause before starts the sentence: at most 60 words back
        subject = cue.first_token + 1
        if subject >= len(frame.tokens) or not (
            frame.lower(subject) in _SUBJECT_PRONOUNS | _ARTICLE_WORDS
            or frame.words[subject][:1].isupper()
        ):
            return None  # the subject must follow the cue: "…, sagte die Königin, …"
        before = self._content_before(frame, cue)
        if before is None or before[1] > cue.start:
            return None
        first = bisect.bisect_left(frame.starts, before[0])
        count = cue.first_token - first
        return before if self._konjunktiv_within(frame, first, count) else None

    def _reported_prefield(self, frame: SentenceFrame, cue: Cue) -> bool:
        """Whether a report in Konjunktiv I fills the prefield of a cue followed by
        a subject pronoun, so that a relative clause before the cue is part of the
        message (``Es habe Hohlräume gegeben, zu denen niemand vordrang, hieß es``),
        not of the cue's subject."""
        if frame.lower(cue.first_token + 1) not in _SUBJECT_PRONOUNS:
            return False
        first_comma = next(
            (i for i in range(min(cue.first_token, 40)) if frame.commas[i]), cue.first_token
        )
        return self._konjunktiv_within(frame, 0, first_comma + 1)

    def _content_wie(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """``Wie X mitteilte, lag …`` / ``…, wie X sagte``: the rest of the sentence."""
        clause = _wie_clause_start(frame, frame.clause_start(cue.first_token))
        # "Ein Umstand kommt hinzu: Wie X ergab, hatte …": after a colon as at the start.
        opening = clause == 0 or frame.gap(clause - 1).strip() == ":"
        if clause == 0 and frame.lower(0) in _OPENING_CONJUNCTIONS and frame.lower(1) == "wie":
            clause = 1  # "Und wie der Minister mitteilte, sollen …"
        if frame.lower(clause) != "wie" or not cue.finite:
            return None
        end_of_clause = frame.clause_end(cue.last_token)
        if opening and end_of_clause + 1 < len(frame.tokens):
            return frame.tokens[end_of_clause + 1][0], frame.message_end(end_of_clause + 1)
        if clause > 0 and "," in frame.gap(clause - 1):
            if (
                _parenthesis_goes_on(frame, end_of_clause)
                and not frame.words[end_of_clause + 1][:1].isupper()
            ):
                # "Die Kürzung verstoße, wie der Richter sagte, gegen das Gesetz": the
                # wie-clause interrupts the message, which runs on after it.
                return frame.tokens[0][0], frame.message_end(0)
            return frame.message_start(clause - 1), frame.tokens[clause - 1][1]
        return None

    def _content_before(self, frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
        """``Europa sei stark, sagte sie.``: the clause before an inverted cue; also
        one in the perfect, its auxiliary first (``Europa sei stark, hatte sie
        damals gesagt.``)."""
        # "erklärt" is a participle and a finite form: the auxiliary decides.
        head = _inverted_perfect(frame, cue)
        if head is None and cue.finite:
            head = cue.first_token
        if head is None or head == 0:
            return None
        gap = frame.gap(head - 1)
        if head != cue.first_token:
            pass  # the perfect: no "das" or "so" before its auxiliary is looked at
        elif (
            gap.strip() == ""
            and cue.first_token >= 3
            and frame.lower(cue.first_token - 1) in _ANAPHORS
            and frame.gap(cue.first_token - 2).strip() in {",", "–", "—", "-", ";"}
            and not _speech_act_pronoun(frame, cue.last_token + 1)
        ):
            # "Die Kamera ist ausgefallen, das teilte das Institut mit.": the
            # demonstrative takes up the clause before it.
            start = frame.message_start(cue.first_token - 2)
            if self.inside_quote(start, frame.tokens[cue.first_token - 2][1]):
                return None
            return start, frame.tokens[cue.first_token - 2][1]
        before = head - 1
        if (
            head == cue.first_token
            and frame.lower(before) == "so"
            and before > 0
            and gap.strip() == ""
            and frame.gap(before - 1).strip().lstrip(_CLOSING_MARKS) == ","
        ):
            before -= 1  # "Tatsächlich, so betont die Polizei, ist dies …"
        elif gap.strip().lstrip(_CLOSING_MARKS + ")]") != ",":
            # "…, „dass …“, erklärte X", "… (etwa 500 Euro), sagte X": a closing mark
            # or bracket may stand before the comma.
            return None
        last = frame.clause_end(cue.last_token)
        if last < len(frame.tokens) - 1 and frame.lower(last + 1) in _W_WORDS:
            return None
        start = frame.message_start(before)
        if self.inside_quote(start, frame.tokens[before][1]):
            return None
        if _second_predicate(frame, head):
            return None
        if _subject_before(frame, before) and not self._reported_prefield(frame, cue):
            return None  # "Die Politikerin, Anja Hajduk, kritisierte …": no message before
        goes_on = _parenthetical(frame, cue)
        if not goes_on and (
            _adverbial_prefield(frame, before) or _conditional_prefield(frame, before)
        ):
            return None  # "Auf die Frage, ob die Maut komme, sagte er, …": no message
        window = max(0, head - 40)
        reach = len(frame.tokens) - window if goes_on else head - window
        if (
            before == head - 1
            and not self._konjunktiv_within(frame, window, reach)
            and not _inverted_cue_clause(frame, cue, self.table)
        ):
            return None
        if goes_on:
            # "Die Lage, sagte er, sei ernst.": the message runs on after the cue.
            return start, frame.message_end(frame.message_first(before))
        end = frame.tokens[before][1]
        if frame.gap(before)[:1] in _CLOSING_BRACKETS and "(" in self.text[start:end]:
            end += 1  # "…(etwa 500 Millionen Euro), sagte X": the bracket closes inside
        return start, end


def _inverted_perfect(frame: SentenceFrame, cue: Cue) -> int | None:
    """The auxiliary of a participle cue in the active perfect that opens its clause
    after a comma, the participle closing it (``…, hatte die Ministerin damals
    gesagt.``): the inverted cue of the clause before, like ``…, sagte sie``. Not
    the passive (``…, wird sie zitiert``), whose subject is spoken of."""
    auxiliary = frame.clause_start(cue.first_token)
    if (
        auxiliary == 0
        or auxiliary >= cue.first_token
        or cue.first_token - auxiliary > 8
        or frame.lower(auxiliary) not in _HABEN
        or not frame.commas[auxiliary - 1]
    ):
        return None
    # The participle closes the clause or the first of two joined predicates ("…,
    # hatte sie gesagt und auf die Fristen verwiesen"); no other cue before it.
    last = cue.last_token
    closes = frame.clause_end(auxiliary) == last or (
        not frame.breaks[last] and frame.lower(last + 1) in {"und", "oder"}
    )
    if not closes or any(auxiliary < c.first_token < cue.first_token for c in frame.cues):
        return None
    # "Dass er gehen würde, hatte sich angekündigt": the reflexive is no speech;
    # "Als ich es las, habe ich mich gefragt": the clause before is an adverbial.
    if any(frame.lower(i) == "sich" for i in range(auxiliary + 1, cue.first_token)):
        return None
    if frame.lower(frame.clause_start(auxiliary - 1)) in SUBORDINATORS:
        return None
    return auxiliary


def _adverbial_prefield(frame: SentenceFrame, last: int) -> bool:
    """Whether tokens ``0`` to ``last`` are a prepositional phrase and a clause
    that depends on it (``Auf die Frage, ob die Maut komme``, ``Nach dem Hinweis,
    dass …``): an adverbial, no main clause that could be the message."""
    first_end = frame.clause_end(0)
    return (
        frame.lower(0) in _PREPOSITION_WORDS
        and first_end < last
        and first_end <= 5
        and (frame.lower(first_end + 1) in SUBORDINATORS or frame.lower(first_end + 1) in _W_WORDS)
        and frame.clause_end(first_end + 1) == last
    )


def _conditional_prefield(frame: SentenceFrame, last: int) -> bool:
    """Whether tokens ``0`` to ``last`` are one conditional clause with its verb first
    (``Sollte die Regierung das Verbot beschließen, klagen wir``): a condition of
    the main clause, no message."""
    return frame.lower(0) in CONDITIONAL_OPENERS and frame.clause_end(0) == last


_CLOSING_BRACKETS = frozenset(")]")
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ich", "ihr"})


def _clause_gap(frame: SentenceFrame, index: int) -> str:
    """The gap after token ``index``, empty inside a number: the colon of ``17:00 Uhr``
    and the comma of ``1,5 Prozent`` end no clause and open no message.

    >>> frame = SentenceFrame.build("Das berichtete sie um 17:00 Uhr.", 0, 32)
    >>> _clause_gap(frame, 4), _clause_gap(frame, 3)
    ('', ' ')
    """
    gap = frame.gap(index)
    if index + 1 < len(frame.tokens) and _inside_number(
        frame.words[index], gap, frame.words[index + 1]
    ):
        return ""
    return gap


def _quote_start(quote: QuoteRecord) -> int:
    return quote.start


def _inverted_cue_clause(frame: SentenceFrame, cue: Cue, table: EntityTable) -> bool:
    """``Der Umsatz steigt, teilte das Unternehmen mit.``: a main clause before a
    cue whose subject follows it, in any mood.

    The subject must look like one: a pronoun, an article, a known name or a
    role noun (``sagte Merz``, ``sagte Regierungssprecher …``), not a bare noun
    that may be the object (``…, fordert Neuwahlen``); and the part before the
    comma must not be a noun phrase with a relative clause (``Die Opposition,
    die … zulegt, fordert …``).
    """
    if cue.verb.stwr == "evidential" or cue.first_token < 3:
        return False
    subject = cue.first_token + 1
    while subject < cue.first_token + 3 and frame.lower(subject) in _ADVERB_WORDS:
        subject += 1  # "teilte später der Direktor mit"
    if subject >= len(frame.tokens) or frame.breaks[subject - 1]:
        return False
    start, end, word = frame.tokens[subject]
    named = word[:1].isupper() and (
        bool(table.within(start, end))
        or gazetteer().role(word) is not None
        or _name_then_end(frame, subject)
    )
    if not (named or frame.lower(subject) in _SUBJECT_PRONOUNS | _ARTICLE_WORDS):
        return False
    # A relative clause after the prefield's noun phrase ("Die Opposition, die …
    # zulegt, fordert …") makes the cue its verb; one after a finite verb ("Der
    # Planet ist …, die …, erklärte X") belongs to a clause before the cue.
    finite = next(
        (i for i in range(cue.first_token) if frame.lower(i) in _FINITE_MARKERS), cue.first_token
    )
    relative = any(
        frame.commas[i]
        and frame.lower(i + 1) in RELATIVE
        and not _date_article(frame, i + 1)
        and _not_a_message(frame, i + 1)
        for i in range(min(finite, cue.first_token - 1))
    )
    opener = frame.lower(0)
    if opener in _FREE_RELATIVES:
        # "Wer mehr verdient, soll mehr zahlen, sagte sie": a free relative clause is
        # the subject of a main clause whose finite verb follows its comma.
        return not relative and any(
            frame.commas[i] and frame.lower(i + 1) in _AUXILIARY_WORDS
            for i in range(cue.first_token - 2)
        )
    return not relative and opener not in SUBORDINATORS and opener not in _W_WORDS


_FREE_RELATIVES = frozenset({"wer", "was", "wem", "wen"})


# Finite forms of "sein" and "haben", indicative and Konjunktiv I: a clause has its
# verb there.
_FINITE_MARKERS = frozenset(
    {"ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "sei", "seien", "habe"}
)
# Finite auxiliaries and modals in the indicative: a main clause with one of them
# in second place after a message is the narrator's again.
_INDICATIVE_AUXILIARIES = frozenset(
    {
        "wird",
        "wurde",
        "werden",
        "wurden",
        "hat",
        "hatte",
        "hatten",
        "ist",
        "war",
        "sind",
        "waren",
        "kann",
        "konnte",
        "konnten",
        "muss",
        "musste",
        "mussten",
        "darf",
        "durfte",
    }
)


def _next_cue_after_und(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``und <cue verb>`` in the indicative (``Er
    sagte, Europa brauche die Briten und fügte hinzu: …``): the frame goes on."""
    if "und_cue" not in frame.marks:
        # The token before "und", whose end is the message's end, once per sentence.
        frame.marks["und_cue"] = sorted(
            cue.first_token - 2
            for cue in frame.cues
            if cue.first_token >= 2
            and cue.finite
            and frame.lower(cue.first_token - 1) in {"und", "sowie"}
            and not reported_cue(frame, cue)
        )
    # The cue must start after ``first``: its "und" at ``first`` at the earliest.
    return first_marked_end(frame, "und_cue", lambda _index: False, first - 1)


def _quotation_after_colon(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before a colon that opens a quotation (``Er glaubt,
    dass das Team gestärkt sei: „Wir haben gelernt …“``): the quotation is a direct
    quote of its own, not part of the indirect message."""

    def colon_quote(index: int) -> bool:
        gap = frame.gaps[index]
        colon = gap.find(":")
        return colon >= 0 and any(mark in gap[colon:] for mark in _OPENING_MARKS)

    return first_marked_end(frame, "colon_quote", colon_quote, first, punctuated=True)


def _indicative_after_semicolon(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before a semicolon whose clause is not in Konjunktiv
    I (``…, dass der Vater sie geschlagen hatte; es wird geprüft, ob …``): the
    narrator's next statement."""
    forms = konjunktiv_forms()

    def narrator(index: int) -> bool:
        if ";" not in frame.gaps[index] or index + 1 >= len(frame.tokens):
            return False
        last = frame.clause_end(index + 1)
        return not any(frame.lower(i) in forms for i in range(index + 1, last + 1))

    return first_marked_end(frame, "semicolon", narrator, first, punctuated=True)


def _narrator_resumes(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``, <word> <indicative auxiliary>`` after its
    first clause (``dass es so lange Bestand haben würde, mehrmals wurde das Mandat
    verlängert``): a main clause of the narrator's. Konjunktiv (``sei``,
    ``werde``) and the reportative ``soll`` continue the message."""
    last = len(frame.tokens) - 2

    def narrator(index: int) -> bool:
        if index >= last or not (frame.commas[index] and frame.breaks[index]):
            return False
        opener = frame.lower(index + 1)
        return (
            frame.lower(index + 2) in _INDICATIVE_AUXILIARIES
            and opener not in SUBORDINATORS
            and opener not in RELATIVE
            and opener not in _W_WORDS
            and opener not in _COORDINATORS
        )

    marked = frame.marked("narrator", narrator, punctuated=True)
    position = bisect.bisect_left(marked, frame.clause_end(first))
    if position < len(marked) and marked[position] < first + MAX_MESSAGE_WORDS:
        return frame.tokens[marked[position]][1]
    return frame.stripped_end


# Relative adverbs that open a comment on the whole clause before ("…, womit sich
# X befasste"): in the indicative the narrator's, not part of a message.
_COMMENT_ADVERBS = frozenset({"wobei", "womit", "woraufhin", "wodurch", "weshalb", "weswegen"})


# "sollte(n)" may be Konjunktiv II too: "…, wobei Familien entlastet werden sollten".
_SHOULD = frozenset({"sollte", "sollten"})
# Verbs of demanding and advising: "sollte(n)" in the clause after them reports the
# demand ("forderte, alle Beiträge sollten gelöscht werden").
_DEMANDS = frozenset(
    {"fordern", "verlangen", "auffordern", "aufrufen", "appellieren", "anmahnen", "mahnen"}
    | {"ermahnen", "drängen", "empfehlen", "raten", "vorschlagen", "anregen", "plädieren"}
    | {"bitten", "ersuchen", "beantragen", "nahelegen"}
)


def _after_subject_relative(frame: SentenceFrame, first: int) -> int | None:
    """The token after a relative clause that follows a short noun phrase opening
    the clause at ``first`` (``alle Beiträge, die gemeldet wurden, sollten …``): where
    that phrase's own clause goes on, or ``None``.

    >>> text = "Er sagte, alle Beiträge, die gemeldet wurden, seien zu prüfen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> frame.words[_after_subject_relative(frame, 3)]
    'seien'
    """
    last = frame.clause_end(first)
    if last - first > 3 or last + 1 >= len(frame.tokens) or not frame.commas[last]:
        return None
    if frame.lower(first) in RELATIVE and not frame.words[first + 1 : first + 2][0][:1].isupper():
        return None  # a relative clause itself
    return _after_relative_clause(frame, last + 1)


def _in_subject_relative(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether ``cue`` stands in the relative clause of a short noun phrase whose own
    clause goes on with its finite verb after it (``alle Beiträge, die gemeldet
    wurden, seien zu prüfen``): what follows the relative clause is not its message.
    ``Scholz, der sagte, er sei müde, …`` goes on with a subject: a message.

    >>> text = "Er sagte, alle Beiträge, die gemeldet wurden, seien zu prüfen."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> [_in_subject_relative(frame, cue) for cue in frame.cues]
    [False, True]
    """
    opening = frame.clause_start(cue.first_token)
    if opening < 1 or frame.lower(opening) not in RELATIVE or not frame.commas[opening - 1]:
        return False
    resumed = _after_subject_relative(frame, frame.clause_start(opening - 1))
    if resumed is None or resumed != frame.clause_end(cue.last_token) + 1:
        return False
    word = frame.lower(resumed)
    # A finite verb goes on the noun phrase's clause: an auxiliary, a modal, a
    # Konjunktiv.
    return (
        word in _AUXILIARY_WORDS
        or word in _REPORTED_MOOD
        or word in _SHOULD
        or word in konjunktiv_forms()
    )


# Verbs of showing by evidence: the clause after them is a finding, not a message
# (none in the news gold). Not "zeigen": the Bundestag gold gives "die Indikatoren
# zeigen, dass …" its message.
_EVIDENCE_VERBS = frozenset({"hindeuten", "nachweisen", "belegen", "beweisen"})


def _reported_evidence(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether an evidence verb's sentence names reported words as what shows it
    (``Informationen aus Geheimdienstkreisen deuten darauf hin, dass …``, ``Berichte
    belegen, dass …``): a speech or writing noun up to the end of the verb's clause;
    ``Die Daten deuten darauf hin`` has none.

    >>> text = "Informationen aus Kreisen deuten darauf hin, dass es regnet."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _reported_evidence(frame, frame.cues[0])
    True
    """
    nouns = cue_nouns()
    # From the sentence start: a relative clause may stand between the subject and
    # the verb ("Informationen aus Kreisen, auf die sich X bezieht, deuten …").
    for word in frame.words[: frame.clause_end(cue.last_token) + 1]:
        entry = nouns.get(word) if word[:1].isupper() else None
        if entry is not None and entry[0] != "evidential":
            return True
    return False


# Conjunctions of a condition: a clause with one that closes the sentence is a
# condition of what came before, not a message.
_CONDITIONS = frozenset({"falls", "wenn", "sofern", "soweit", "solange"})


def _relative_welch(frame: SentenceFrame, first: int) -> bool:
    """Whether ``welche``/``welches`` at ``first`` is a relative pronoun (``…,
    welches daraufhin einen Krisenstab einrichtete``), not the interrogative of a
    question (``fragte, welche Partei …``, ``welche neuen Regeln …``): no noun after it.

    >>> frame = SentenceFrame.build("Das Amt informierte, welches daraufhin handelte.", 0, 48)
    >>> _relative_welch(frame, 3)
    True
    """
    if not frame.lower(first).startswith("welch"):
        return False
    following = frame.words[first + 1 : first + 3]
    if not following or following[0][:1].isupper():
        return False
    return not (
        len(following) > 1
        and following[0].endswith(("e", "en", "er", "es", "em"))
        and following[1][:1].isupper()
    )


# Words that open a clause as its subject or prefield: a message in the indicative
# after a fronted subordinate clause starts with one ("Als er sagte, er sei müde, …").
_SUBJECT_STARTS = frozenset(
    {"er", "sie", "es", "man", "wir", "ich", "ihr", "du", "das", "dies", "der", "die"}
    | {"den", "dem", "ein", "eine", "einen", "einem", "kein", "keine", "alle", "diese"}
    | {"dieser", "dieses", "jeder", "jede", "nichts", "niemand", "jetzt", "nun", "dann"}
)


def _main_clause_after_fronted(frame: SentenceFrame, cue: Cue, following: int) -> bool:
    """Whether the clause at ``following`` is the main clause after a subordinate
    clause that opens the sentence and holds the cue (``Als sie der Presse davon
    erzählte, verdoppelte ein Gericht die Strafe``): its finite verb comes first, so
    it is no message of that cue.

    >>> text = "Als sie davon erzählte, verdoppelte ein Gericht die Strafe."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> _main_clause_after_fronted(frame, frame.cues[0], 4)
    True
    """
    opening = frame.clause_start(cue.first_token)
    if opening != 0 or frame.lower(0) not in SUBORDINATORS:
        return False
    word = frame.words[following]
    return word.islower() and word not in _SUBJECT_STARTS


def _should_within(frame: SentenceFrame, first: int, count: int, verb_first: bool = False) -> bool:
    """Whether ``sollte``/``sollten`` stands among ``count`` tokens from ``first``, in
    its clause and not first (``…, sollten sie kommen, …`` opens a condition), unless
    ``verb_first``: the clause goes on after its subject's relative clause.

    >>> frame = SentenceFrame.build("Er forderte, alle Beiträge sollten gelöscht werden.", 0, 51)
    >>> _should_within(frame, 3, 8), _should_within(frame, 0, 2)
    (True, False)
    """
    last = min(frame.clause_end(first), first + count - 1)
    begin = first if verb_first else first + 1
    return any(frame.lower(i) in _SHOULD for i in range(begin, last + 1))


def _narrator_comment(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``, wobei …`` / ``, womit …`` whose clause has
    no Konjunktiv (``…, zu sammeln, wobei diese Aufgabe beim Generalsekretär
    angesiedelt wurde``): the narrator comments on the report."""
    forms = konjunktiv_forms()

    def comment(index: int) -> bool:
        if index + 1 >= len(frame.tokens) or not frame.commas[index]:
            return False
        if frame.lower(index + 1) not in _COMMENT_ADVERBS:
            return False
        last = frame.clause_end(index + 1)
        return not any(
            frame.lower(i) in forms or frame.lower(i) in _REPORTED_MOOD | _SHOULD
            for i in range(index + 2, last + 1)
        )

    return first_marked_end(frame, "comment", comment, first, punctuated=True)


_CLOSING_MARKS = '“”"«»‘›‹'
_LINKING_ADVERBS = frozenset({"aber", "jedoch", "doch", "dann", "zudem", "außerdem", "allerdings"})


def _unmarked_zu_infinitive(frame: SentenceFrame, cue: Cue) -> tuple[int, int] | None:
    """A zu-infinitive message with no comma before it (optional in German
    spelling): after a participle that closes the cue's clause (``hat angekündigt
    die Preise zu erhöhen``, ``wurden aufgefordert Türen geschlossen zu halten``)
    or a separated particle (``bietet an den Lohn zu erhöhen``)."""
    if cue.verb.lemma not in _ZU_CUES:
        return None
    closes = not cue.finite or len(cue.parts) > 1
    first = cue.last_token + 1
    if not closes or first >= len(frame.tokens) or frame.breaks[cue.last_token]:
        return None
    last = frame.clause_end(first)
    if last - first < 1 or last - first > 12 or not _zu_infinitive_ends(frame, first, last):
        return None
    if frame.lower(first) in _PURPOSE or frame.lower(first) in SUBORDINATORS:
        return None
    return frame.tokens[first][0], _zu_message_end(frame, first, last)


# Conjunctions that may open a sentence before its "wie" clause.
_OPENING_CONJUNCTIONS = frozenset({"und", "aber", "doch", "denn", "oder", "sondern"})


def _wie_clause_start(frame: SentenceFrame, clause: int) -> int:
    """The start of a ``wie`` clause whose subject has an apposition in commas
    before the cue (``wie Burt Rutan, Chef der Firma, mitteilte``); else ``clause``."""
    if frame.lower(clause) == "wie" or clause < 2 or not frame.commas[clause - 1]:
        return clause
    before = frame.clause_start(clause - 1)
    apposition = clause - before <= 8 and (
        frame.words[before][:1].isupper() or frame.lower(before) in _ARTICLE_WORDS
    )
    if before == 0 or not apposition or not frame.commas[before - 1]:
        return clause
    # The apposition must follow a name or noun of the wie clause itself.
    outer = frame.clause_start(before - 1)
    return outer if frame.lower(outer) == "wie" and before - outer <= 10 else clause


def _konjunktiv_one_within(frame: SentenceFrame, first: int, count: int) -> bool:
    """Whether an unambiguous Konjunktiv I form (``sei``, ``seien``, ``habe``)
    stands among ``count`` tokens from ``first``."""
    forms = konjunktiv_forms()
    return any(
        frame.lower(i) in forms and frame.lower(i - 1) != "ich"
        for i in range(first, min(len(frame.tokens), first + count))
    )


def _after_relative_clause(frame: SentenceFrame, first: int) -> int | None:
    """The token after a relative clause between commas that starts at token
    ``first`` (``…, die auf der Homepage veröffentlicht wurde, …``), if it is one."""
    if frame.lower(first) not in RELATIVE and not (
        frame.lower(first) in _PREPOSITION_WORDS and frame.lower(first + 1) in RELATIVE
    ):
        return None
    last = frame.clause_end(first)
    if last + 1 >= len(frame.tokens) or not frame.commas[last]:
        return None
    return last + 1


def _subject_before(frame: SentenceFrame, last: int) -> bool:
    """Whether the chunk between the last comma and token ``last`` (the one before
    a cue) is part of the cue's own subject: a name in apposition (``Die
    Sprecherin, Anja Hajduk, kritisierte``) or a relative clause after it
    (``Statistiken, auf die verwiesen wird, bekräftigen``)."""
    first = frame.clause_start(last)
    if first == 0 or not frame.commas[first - 1]:
        return False
    if last - first < 5 and all(w[:1].isupper() for w in frame.words[first : last + 1]):
        return True
    opener = frame.lower(first)
    preposition = opener in _PREPOSITION_WORDS and frame.lower(first + 1) in RELATIVE
    relative = (
        opener in RELATIVE
        and not _demonstrative_subject(frame, first)
        and not _date_article(frame, first)
    ) or preposition
    # "Der Planet ist …, die doppelt so groß ist …, erklärte X": after a finite
    # verb the relative clause belongs to the message before the cue.
    return relative and not _finite_before(frame, first)


def _finite_before(frame: SentenceFrame, first: int) -> bool:
    """Whether a finite form of *sein* or *haben* stands before token ``first`` in
    the stretch joined to it by commas (at most 40 tokens back; a semicolon, colon
    or dash ends the stretch: ``…; diejenigen, die dabei waren, haben …``)."""
    for index in range(first - 1, max(-1, first - 41), -1):
        if frame.breaks[index] and not frame.commas[index]:
            return False
        if frame.lower(index) in _FINITE_MARKERS:
            return True
    return False


def _reported_relative(
    frame: SentenceFrame, cue: Cue, first: int, end: int
) -> tuple[int, int] | None:
    """A relative clause at token ``first`` after the cue's object whose verb is
    in Konjunktiv I (``sprach von einem Täter, der sich in die Luft gesprengt
    habe``, ``verwies auf die Verantwortung, die man wahrnehmen müsse``): the
    speaker's claim about that object, the message up to ``end``."""
    if cue.verb.stwr == "evidential" or not (cue.finite or _perfect(frame, cue)):
        return None
    if frame.lower(first) not in RELATIVE and frame.lower(first) not in _PREPOSITION_WORDS:
        return None
    last = frame.clause_end(first)
    forms = konjunktiv_forms()
    # Lower-case words only: "Strafe" is a noun, "strafe" a verb.
    if not any(
        frame.words[i] in forms or frame.words[i] in _SUBSTITUTE_FORMS
        for i in range(first + 1, last + 1)
    ):
        return None
    return frame.tokens[first][0], end


# Plural Konjunktiv II forms that stand in for Konjunktiv I in a relative clause.
_SUBSTITUTE_FORMS = frozenset({"hätten", "wären", "würden"})


def _date_article(frame: SentenceFrame, index: int) -> bool:
    """``den``/``dem`` before an ordinal number (``am Samstag, den 6. Februar``,
    ``seit Montag, dem 3. Mai``): the article of a date in apposition, not a
    relative pronoun."""
    return (
        frame.lower(index) in _DATE_ARTICLES
        and index + 1 < len(frame.tokens)
        and frame.words[index + 1].isdigit()
        and frame.gap(index + 1).startswith(".")
    )


_DATE_ARTICLES = frozenset({"den", "dem"})
# How far into the sentence before "demnach" a report noun is looked for.
_REFERRED_REACH = 40
# "nach Angaben von X", "laut Bericht": a source phrase of that sentence, no topic.
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut"})


def _demonstrative_subject(frame: SentenceFrame, first: int) -> bool:
    """A relative-looking word that is an article or demonstrative subject here
    (``…, die Lage sei ernst``, ``…, das sei falsch``)."""
    following = frame.words[first + 1 : first + 2]
    return bool(following) and (
        following[0][:1].isupper()
        or following[0] in _AUXILIARY_WORDS
        or following[0] in konjunktiv_forms()
    )


def _parenthetical(frame: SentenceFrame, cue: Cue) -> bool:
    """A cue between commas inside its message (``Die Lage, sagte er, sei ernst``,
    ``Tatsächlich, so betont die Polizei, ist …``)."""
    so = frame.lower(cue.first_token - 1) == "so"
    first = cue.first_token - (1 if so else 0)
    if first < 1 or not frame.commas[first - 1] or not cue.finite:
        return False
    # "so" before the cue, or a pronoun subject right after it, marks the
    # parenthesis; a name after it may be an apposition or an object.
    if not so and frame.lower(cue.first_token + 1) not in _SUBJECT_PRONOUNS:
        return False
    return _parenthesis_goes_on(frame, frame.clause_end(cue.last_token))


def _parenthesis_goes_on(frame: SentenceFrame, last: int) -> bool:
    """Whether the sentence continues the clause interrupted by a parenthetical
    cue that ends at token ``last`` (``Die Lage, sagte er, sei ernst.``): a comma,
    then no subordinate, relative or coordinated clause of the cue's own."""
    if last + 1 >= len(frame.tokens) or not frame.commas[last]:
        return False
    word = frame.lower(last + 1)
    return not (
        word in SUBORDINATORS or word in RELATIVE or word in _W_WORDS or word in _COORDINATORS
    )


# Weak cues that still frame a message often enough: "heißt es", "besteht darauf", "Studien
# zeigen, dass", "ich finde, dass", "die Antwort lautet: …".
_FRAMING_WEAK = frozenset({"heißen", "zeigen", "finden", "lauten", "bestehen", "drohen", "ergeben"})


def silent_weak_cue(frame: SentenceFrame, cue: Cue) -> bool:
    """A weak cue (``bedeutet``, ``reagiert``) that frames no message here."""
    return cue.verb.lemma in _WEAK_CUES and not weak_frame(frame, cue)


def weak_frame(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether a weak cue frames a message here: one of :data:`_FRAMING_WEAK`,
    and ``heißen`` only as ``heißt es`` / ``hieß es`` (not ``das heißt``)."""
    lemma = cue.verb.lemma
    if lemma not in _FRAMING_WEAK:
        return False
    if lemma == "lauten":
        return _lauten_frames(frame, cue)
    if lemma == "finden":
        return not _finden_other_sense(frame, cue)
    if lemma == "ergeben":
        # "Wie eine Umfrage ergab, …", "wie sich aus dem Bericht ergibt": a source; a
        # bare "wie sich ergab" names none.
        first = frame.clause_start(cue.first_token)
        clause = frame.lowered[first : cue.first_token]
        return frame.lower(first) == "wie" and ("sich" not in clause or "aus" in clause)
    if lemma == "drohen":
        # "Die Partei droht damit, … zu boykottieren", not "Es droht ein Streik".
        return frame.lower(cue.last_token + 1) == "damit"
    if lemma != "heißen":
        return True
    # "hieß es", "es heißt", and the perfect "hatte es zunächst geheißen".
    first = cue.first_token
    before = range(max(frame.clause_start(first), first - 3), first)
    return frame.lower(first + 1) == "es" or any(frame.lower(i) == "es" for i in before)


def _lauten_frames(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether ``lauten`` frames a message: a colon right after it (``Die Antwort
    lautete: …``, ``lautet dazu nur: …``), a question clause after its comma
    (``lautete die Frage, wo …``), or a message before it (``…, lautete die Frage``).
    Without them it gives a score, a name or a title (``Der Endstand lautete
    32:31``, ``Der Name lautet „…“``, ``Die Firma soll künftig „…“ lauten``)."""
    first, last = cue.first_token, cue.last_token
    if first > 0 and frame.commas[first - 1]:
        return True
    end = min(len(frame.tokens) - 1, last + 4)
    for index in range(last, end + 1):
        if frame.breaks[index]:
            gap = frame.gap(index)
            if ":" in gap:
                return True
            return "," in gap and (
                frame.lower(index + 1) in _W_WORDS or frame.lower(index + 1) in ("ob", "dass")
            )
    return False


def _finden_other_sense(frame: SentenceFrame, cue: Cue) -> bool:
    """``finden`` as "take place" or "be found", no opinion: its particle ``statt``
    closes the clause (``Die Wahl findet am Sonntag statt``), or a ``zu`` stands
    before it (``waren viele Stände zu finden``)."""
    first = cue.first_token
    if frame.lower(first - 1) == "zu":
        return True
    return frame.lower(frame.clause_end(first)) == "statt"


def _speech_act_pronoun(frame: SentenceFrame, index: int) -> bool:
    """Whether token ``index`` is a first- or second-person subject (``das sage
    ich Ihnen``): the speaker of a speech commenting on their own words."""
    word = frame.words[index] if index < len(frame.tokens) else ""
    return word in {"ich", "wir", "ihr", "du", "Sie", "Ich", "Wir"}


def _second_predicate(frame: SentenceFrame, index: int) -> bool:
    """Whether the finite verb at ``index`` opens a second predicate of the
    subject before it, with no subject after it: ``Der Mann gebe den Kontakt zu,
    spreche aber von …`` (not ``…, sagte aber der Minister``)."""
    word = frame.words[index]
    if not word.islower() or not any(form.finite for form in cue_forms().get(word, ())):
        return False
    following = index + 1
    while frame.lower(following) in _LINKING_ADVERBS:
        following += 1
    if following == index + 1 or following >= len(frame.tokens):
        return False
    after = frame.words[following]
    return after.islower() and after not in _SUBJECT_PRONOUNS and after not in _ARTICLE_WORDS


def _name_then_end(frame: SentenceFrame, index: int) -> bool:
    """Whether the capitalised word at ``index`` looks like a name after the verb
    (``sagte Merz.``, ``sagte Merz am Montag``, ``sagte Anna Berg``): it ends the
    clause, or a preposition, a time word or a second capitalised word follows.
    Plural-looking words (``Neuwahlen``, ``Forderungen``) are no such name."""
    if frame.words[index].endswith(("en", "nen")):
        return False
    if frame.breaks[index] or index + 1 >= len(frame.tokens):
        return True
    following = frame.words[index + 1]
    return (
        following.lower() in _PREPOSITION_WORDS
        or following.lower() in _TIME_WORD_SET
        or following[:1].isupper()
    )


_ARTICLE_WORDS = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese"})


_REFERRING = frozenset({"demnach", "demzufolge"})
_ANAPHORS = frozenset({"das", "dies"})
# Verbs of announcing a result: with "diese Ergebnisse" as object they report the
# sentence before.
_ANNOUNCING = frozenset(
    {"bekanntgeben", "vorstellen", "mitteilen", "verkünden", "veröffentlichen", "präsentieren"}
)
_DEMONSTRATIVE_ARTICLES = frozenset({"diese", "dieses", "diesen", "dieser"})
_NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinerlei", "nie", "noch"})
# Source phrases whose report a following "Das teilte X mit" may take up again.
_SOURCE_WORDS = frozenset({"laut", "nach", "zufolge", "gemäß"})
# Evidential cues whose subject is a source when they take up the sentence before
# ("Dies geht aus einer Pressemitteilung hervor.", "Das ergab eine Umfrage.").
_SOURCE_EVIDENTIALS = frozenset({"hervorgehen", "ergeben", "belegen", "bestätigen", "zeigen"})
_PURPOSE = frozenset({"um", "ohne", "statt", "anstatt", "anstelle"})
_AUXILIARY_WORDS = word_class("auxiliary")
_DETERMINER_WORDS = word_class("determiner")
_ZU_NOUNS = word_class("zu_noun")
_PREPOSITION_WORDS = word_class("preposition")
_TIME_WORD_SET = word_class("time_word")
_ADVERB_WORDS = word_class("adverb")
_WEAK_CUES = word_class("weak_cue")


def _apposition_of_subject(frame: SentenceFrame, cue: Cue, index: int, following: int) -> bool:
    """``…, sagte Mark Berg, der Sprecher der Behörde``: a name right after the cue,
    then an article and a role noun after its comma, is the speaker's apposition,
    no message."""
    if index <= cue.last_token or frame.lower(following) not in _ARTICLE_WORDS:
        return False
    if not all(frame.words[i][:1].isupper() for i in range(cue.last_token + 1, index + 1)):
        return False
    noun = following + 1
    while noun < len(frame.tokens) and frame.words[noun].islower():
        noun += 1  # adjectives: "der zuständige Sprecher"
    return noun < len(frame.tokens) and gazetteer().role(frame.words[noun]) is not None


def _apposition_end(frame: SentenceFrame, first: int) -> int | None:
    """The last token of an apposition that opens at token ``first`` after a comma:
    a name or a noun phrase of capitalised words, articles and prepositions (``Radio
    Vatikan``, ``der Sprecher der Behörde``), at most eight tokens, closed by a
    comma and followed by a lower-case word (``dass``, ``die Lage sei …``)."""
    if not (frame.words[first][:1].isupper() or frame.lower(first) in _ARTICLE_WORDS):
        return None
    for index in range(first, min(len(frame.tokens) - 1, first + 8)):
        word = frame.words[index]
        if not (
            word[:1].isupper()
            or word in _ARTICLE_WORDS
            or word in _DETERMINER_WORDS
            or word in _PREPOSITION_WORDS
        ):
            return None
        if frame.breaks[index]:
            if frame.gap(index).strip() != "," or not frame.words[index + 1].islower():
                return None
            return index
    return None


def _not_a_message(frame: SentenceFrame, first: int) -> bool:
    """A clause after the cue's comma that cannot be its message: a purpose
    clause (``…, um … zu``) or a relative clause (``das Feuer auf die Personen,
    die sich … befanden``; an article before a noun is no relative pronoun)."""
    word = frame.lower(first)
    if word in _PURPOSE:
        # "…, ohne dass …", "…, um … zu stärken"; but "…, ohne Investitionen
        # verliere Deutschland den Anschluss": a preposition opening a message in
        # Konjunktiv I.
        last = frame.clause_end(first)
        return (
            frame.lower(first + 1) == "dass"
            or zu_infinitive_at(frame, last)
            or not _konjunktiv_one_within(frame, first + 1, last - first)
        )
    following = frame.words[first + 1 : first + 2]
    if (
        word == "so"
        and following
        and (following[0].lower() in _ARTICLE_WORDS or following[0][:1].isupper())
    ):
        return True  # "…, so der Sender": a source phrase, not the cue's message
    if word not in RELATIVE or word in _W_WORDS:
        return False
    following = frame.words[first + 1 : first + 3]
    if not following:
        return False
    if _demonstrative_subject(frame, first):
        return False  # "sagte, die Lage ist ernst", "sagte, das sei falsch"
    if zu_infinitive_at(frame, frame.clause_end(first)):
        # "empfahl dem Gericht, der vor Jahren erhobenen Klage stattzugeben": a
        # relative clause ends in its finite verb, never in a bare zu-infinitive.
        return False
    if following[0] in _DETERMINER_WORDS:
        return True  # "eine Kommission, die die Fälle …": no article before an article
    return not (len(following) > 1 and following[1][:1].isupper() and following[0].islower())


def _article_after_verb(frame: SentenceFrame, cue: Cue, index: int) -> bool:
    """Whether ``der``/``die``/``das`` after the comma at token ``index`` follows
    the cue verb itself (``erklärte, die noch zu schaffende Verfassung werde …``):
    a relative pronoun needs a noun before the comma, so it is an article here."""
    if index != cue.last_token or frame.lower(index + 1) not in _DEFINITE_ARTICLES:
        return False
    # Only a finite verb of a main clause ("General X erklärte, die …"); a verb that
    # closes a subordinate clause or a perfect ("…, der … berichtet hat, die …")
    # may stand after a noun that the relative clause describes.
    first = frame.clause_start(cue.first_token)
    opener = frame.lower(first)
    return (
        cue.finite
        and opener not in SUBORDINATORS
        and not (first > 0 and opener in RELATIVE)
        and opener not in _W_WORDS
        and not any(frame.lower(i) in _HABEN | _WERDEN for i in range(first, cue.first_token))
    )


_DEFINITE_ARTICLES = frozenset({"der", "die", "das"})


# Verbs of deciding and examining: an "ob"/w-clause after them is a question still
# open ("wollte sich nicht festlegen, ob …", "der entscheidet, ob …"), no message.
_DECIDING = frozenset(
    {
        "entscheiden",
        "festlegen",
        "urteilen",
        "beraten",
        "prüfen",
        "überprüfen",
        "klären",
        "analysieren",
        "untersuchen",
        "abwarten",
        "abwägen",
    }
)
# After a noun that ends the cue's clause, "wie" and "was" open a clause of that
# noun or a sentential relative ("kritisierte die Art und Weise, wie …", "kritisierte
# die Rolle von X, was eine Reaktion auslöste"); not after a verb of asking, whose
# object may stand between ("fragte die Ministerin, was …").
_RELATIVE_AFTER_NOUN = frozenset({"wie", "was"})
_ASKING = frozenset({"fragen", "nachfragen", "erfragen", "erkundigen"})
_THAT = frozenset({"dass", "wonach"})


# Degree words whose "dass" clause is a result, no message ("dermaßen unzufrieden,
# dass sie streiken").
_DEGREE = frozenset({"dermaßen", "derart", "derartig", "dergestalt", "soweit", "sosehr"})


def _no_content_clause(frame: SentenceFrame, cue: Cue, comma: int, first: int) -> bool:
    """Whether the clause at ``first`` after the cue's comma is no message of it:
    an open question after a verb of deciding (``wollte sich nicht festlegen, ob
    …``), a ``wie``/``was``-clause after a noun that closes the cue's clause
    (``kritisierte die Art und Weise, wie …``), which belongs to that noun or
    comments on the clause, or a ``dass`` clause of result after a degree word
    (``dermaßen unzufrieden, dass …``)."""
    word = frame.lower(first)
    if word in _W_WORDS and word not in _THAT and cue.verb.lemma in _DECIDING:
        return True
    if word == "dass" and (
        frame.lower(comma) == "so"
        or any(frame.lower(i) in _DEGREE for i in range(max(0, comma - 2), comma + 1))
    ):
        return True  # "sind dermaßen unzufrieden, dass …", "Es ist so, dass …": a result
    return (
        word in _RELATIVE_AFTER_NOUN
        and cue.verb.lemma not in _ASKING
        and comma > cue.last_token
        and frame.words[comma][:1].isupper()
        and frame.words[comma].isalpha()
        # "erklärte der Rat, wie sich die Junta nennt, die Lage sei ruhig": a
        # parenthesis, and the report in Konjunktiv I after it is the message.
        and not _konjunktiv_one_within(frame, frame.clause_end(first) + 1, 6)
    )


def _conditional(frame: SentenceFrame, cue: Cue) -> bool:
    """``Sollte der Antrag angenommen werden, könnte …``: a verb-first conditional
    clause, whose comma opens the main clause, not a message."""
    clause = frame.clause_start(cue.first_token)
    return clause == 0 and cue.first_token > 0 and frame.lower(0) in _AUXILIARY_WORDS


# Conjunctions of adverbial clauses (condition, cause, concession, time, manner).
_ADVERBIAL_OPENERS = frozenset(
    {"falls", "wenn", "sofern", "obwohl", "obgleich", "weil", "da", "nachdem", "als"}
    | {"sobald", "solange", "während", "bevor", "ehe", "seit", "seitdem", "indem", "bis"}
)


def _adverbial_clause_cue(frame: SentenceFrame, cue: Cue, following: int) -> bool:
    """Whether the cue stands in an adverbial clause and the clause after its comma
    is the main clause, its finite verb first (``Obwohl der Minister mit
    Mehreinnahmen rechnet, sei man …``, ``Falls die Art als bedroht eingestuft
    wird, wäre es …``): that clause is not the cue's message. A content clause of
    the cue (``Als er sagte, er sei müde, …``, ``…, dass …``) opens with its subject
    or a conjunction."""
    if frame.lower(frame.clause_start(cue.first_token)) not in _ADVERBIAL_OPENERS:
        return False
    word = frame.lower(following)
    return word in konjunktiv_forms() or word in _REPORTED_MOOD or word in _AUXILIARY_WORDS


def _overlap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(0, min(end, other_end) - max(start, other_start))


def _zu_message_end(frame: SentenceFrame, first: int, last: int) -> int:
    """End offset of a zu-infinitive message ``first``..``last``: chained
    infinitives (``dafür zu sorgen, … zu begrenzen``) and the relative, content or
    adverbial clauses that depend on it (``eine Kommission zu gründen, die …``,
    ``zu prüfen, ob …``) belong to it; a new main clause does not."""
    last = zu_chain_end(frame, last)
    if last + 1 < len(frame.tokens) and frame.gap(last).strip() == ",":
        word = frame.lower(last + 1)
        dependent = (word in RELATIVE and _not_a_message(frame, last + 1)) or (
            word in SUBORDINATORS or word in _W_WORDS
        )
        if dependent:
            return frame.message_end(first)
        if word in _PURPOSE:
            # "forderte, die Steuern zu senken, um die Wirtschaft zu stärken": the
            # purpose belongs to what was demanded.
            return frame.tokens[zu_chain_end(frame, frame.clause_end(last + 1))][1]
    return frame.tokens[last][1]


_TIME_ENDINGS = (
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "abend",
    "morgen",
    "mittag",
    "nacht",
    "wochenende",
)


def _time_like(word: str) -> bool:
    """A word of time: from the time-word list, or a weekday or part of the day,
    alone or in a compound (``Donnerstagabend``, ``Sonntagnacht``)."""
    return word in _TIME_WORD_SET or word.endswith(_TIME_ENDINGS)


def _closes_cue_clause(frame: SentenceFrame, cue: Cue, index: int) -> bool:
    """Whether the comma after token ``index`` follows the cue itself (``rief Russland
    auf, …``) or a pronominal adverb (``bestehen darauf, …``), so that a zu-infinitive
    after it is the cue's complement; after a noun it is the noun's (``sieht sich
    vor der Wahl, … zu``)."""
    word = frame.lower(index)
    if index == cue.last_token or word == "es" or (word.startswith("da") and len(word) <= 7):
        return True
    # A subject or adverbial after the verb ("erwägt Dingfelder, … zu gehen",
    # "beschloss am Sonntag, … beizutreten"); not a noun that takes the
    # infinitive itself ("vor der Wahl, … zu").
    if not cue.finite or word in _ZU_NOUNS:
        return False
    between = range(cue.last_token + 1, index + 1)
    # A prepositional phrase there may hold the noun the infinitive belongs to
    # ("sieht sich mit der Herausforderung konfrontiert, … zu"); one of time may not.
    return not any(
        frame.lower(i) in _PREPOSITION_WORDS
        and not any(_time_like(frame.lower(j)) or frame.words[j].isdigit() for j in between)
        for i in between
    )


_SEIN = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})


def _stative(frame: SentenceFrame, cue: Cue) -> bool:
    """``ist es verboten, … zu``: a participle after *sein* names a state (``verboten``
    is also the past plural, so the cue may look finite)."""
    first = frame.clause_start(cue.first_token)
    return any(frame.lower(i) in _SEIN for i in range(first, cue.first_token))


_WERDEN = frozenset({"wird", "wurde", "wurden", "werden", "worden", "würde", "würden"})


def _passive(frame: SentenceFrame, cue: Cue) -> bool:
    """``wurde aufgefordert``: a participle cue with a form of *werden* in its clause
    (``ist verboten``, a state, is no speech act)."""
    first = frame.clause_start(cue.first_token)
    last = frame.clause_end(cue.last_token)
    return any(frame.lower(i) in _WERDEN for i in range(first, last + 1) if i != cue.first_token)


_HABEN = frozenset({"hat", "habe", "haben", "hatte", "hatten", "hätte", "hätten", "habt"})


def _perfect(frame: SentenceFrame, cue: Cue) -> bool:
    """``hat … gesagt``: a participle cue whose clause has a form of *haben*, or
    a participle with its finite auxiliary right after it (``entschieden hatte``,
    ``berichtet wird``, ``erklärt worden``)."""
    first = frame.clause_start(cue.first_token)
    if not frame.breaks[cue.last_token] and frame.lower(cue.last_token + 1) in AFTER_PARTICIPLE:
        return True
    return any(frame.lower(i) in _HABEN for i in range(first, cue.first_token))


def active_perfect(frame: SentenceFrame, cue: Cue) -> bool:
    """A participle cue in the active perfect (``hat … angekündigt``, ``… gewarnt
    hatten``): its subject spoke, as with a finite cue. Not the passive
    (``wurde … aufgefordert``), whose subject was spoken to."""
    return not cue.finite and _perfect(frame, cue) and not _passive(frame, cue)


def _opens_with_cue(frame: SentenceFrame, index: int) -> bool:
    """Whether token ``index`` (after a comma) is a finite cue verb, a main clause
    of its own that shares the subject: ``…, erklärte aber, …``."""
    start = frame.tokens[index][0]
    position = bisect.bisect_left(frame.cue_starts, start)
    return (
        position < len(frame.cues)
        and frame.cue_starts[position] == start
        and frame.cues[position].finite
        and frame.words[index].islower()
    )
