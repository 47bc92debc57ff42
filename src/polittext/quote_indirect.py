"""Indirect speech: cue verbs with a message clause, source phrases, cue nouns."""

from __future__ import annotations

from polittext.attribution import source_of
from polittext.frames import RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.quote_base import (
    _COORDINATORS,
    _OPENING_MARKS,
    _PLAIN_SPEECH,
    _W_WORDS,
    _ZU_CUES,
    FinderBase,
    QuoteRecord,
    _coordinated_verb,
    _main_clause_start,
    _only_marks,
    _zu_infinitive_ends,
)
from polittext.sources import cue_noun_quotes, source_phrase_quotes
from polittext.types import QuoteKind, SentenceKind

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
                content = (
                    self._content_wie(frame, cue)
                    or self._content_after(frame, cue)
                    or self._content_before(frame, cue)
                )
                if content is None:
                    if cue.finite:
                        # No message, but the subject is still a mention of its speaker,
                        # and reported speech may follow in the next sentences.
                        entity, mention = source_of(frame, cue, self.table, self.subjects)
                        self.cue_sources[cue.parts[0]] = (entity, mention)
                        if entity is not None:
                            self.anchors[index] = (entity, mention)
                    continue
                entity, mention = source_of(frame, cue, self.table, self.subjects)
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
            if frame.lower(following) in _W_WORDS or self._konjunktiv_within(
                frame, following, 6, regular=True
            ):
                return tokens[following][0], end
            last = frame.clause_end(following)
            if cue.verb.lemma in _ZU_CUES and _zu_infinitive_ends(frame, following, last):
                return tokens[following][0], tokens[last][1]
            word = frame.lower(following)
            if (
                (cue.finite or _perfect(frame, cue))
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


_HABEN = frozenset({"hat", "habe", "haben", "hatte", "hatten", "hätte", "hätten", "habt"})


def _perfect(frame: SentenceFrame, cue: Cue) -> bool:
    """``hat … gesagt``: a participle cue whose clause has a form of *haben*."""
    first = frame.clause_start(cue.first_token)
    return any(frame.lower(i) in _HABEN for i in range(first, cue.first_token))
