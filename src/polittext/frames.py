"""Clause-level analysis of speech frames: cue verbs and their subjects.

Works on the word tokens of one sentence. A *clause break* is a gap between
two tokens that holds a comma, colon, semicolon, bracket, dash or quotation
mark. The subject of a cue is found from German word order: the prefield
before a finite verb in a main clause (``Kallas betonte``), the word after it
when the prefield is an adverbial or empty (``Vor diesem Hintergrund plant
Kallas``, ``„…“, sagte sie``), the word after the conjunction in a
verb-final clause (``Obwohl sie … formulierte``); relative clauses inside the
prefield are skipped, and ``Informationen aus X`` names X as the source.

>>> sentence = SentenceFrame.build("Kallas hob hervor, dass es gut sei.", 0, 35)
>>> [(c.verb.lemma, sentence.text[c.start:c.end]) for c in sentence.cues]
[('hervorheben', 'hob hervor')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable
from typing import Any

import attrs

from polittext.cues import CueForm, CueVerb, cue_forms, cue_lemmas, first_person_forms
from polittext.entities import split_words
from polittext.lexicon import word_class
from polittext.quotemarks import QUOTE_MARKS

__all__ = ["RELATIVE", "SUBORDINATORS", "Cue", "SentenceFrame"]

_QUOTE_MARK_SET = frozenset(QUOTE_MARKS)
_REFLEXIVES = frozenset({"sich", "mich", "dich", "uns", "euch"})
_SICH = frozenset({"sich"})
# The longest message (in words) that one indirect quote can have.
MAX_MESSAGE_WORDS = 250
# Clause breaks are commas, colons, semicolons and dashes. Brackets and quotation
# marks are not: "Das Bundeskriminalamt (BKA) bestätigte" is one prefield, and
# "zitiert die „Computerwoche“ Lynch" one clause.
_BREAK_CHARS = frozenset(",;:–—")
SUBORDINATORS = word_class("subordinator")
# A finite verb or conditional conjunction that opens a conditional clause ("Sollte
# Russland …, …", "Käme eine Kerosinsteuer, …", "Falls …").
CONDITIONAL_OPENERS = frozenset(
    {
        "sollte",
        "sollten",
        "falls",
        "sofern",
        "würde",
        "würden",
        "wäre",
        "wären",
        "käme",
        "kämen",
        "gäbe",
        "gäben",
        "hätte",
        "hätten",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "dürfte",
        "dürften",
    }
)
RELATIVE = word_class("relative")
_PREPOSITIONS = word_class("preposition")
_COORDINATING = frozenset({"und", "oder", "aber", "sondern"})
# Words that make "ab und zu", "hin und her", "nach und nach": no coordinated predicate.
_PAIR_WORDS = frozenset({"zu", "ab", "her", "hin", "nach", "durch", "wieder", "weg"})
_ADVERBS = word_class("adverb")
_AUF_CUES = word_class("auf_cue")
_TEXT_CUES = word_class("text_cue")
_TEXT_PLACES = word_class("text_place")
_VIEW_CUES = word_class("view_cue")
_VIEW_LINKS = frozenset({"für", "davon", "von"})
_PARTICIPLES_ONLY = word_class("participle_only")
# Participles of an expectation or a report that, right after "wie" and set off by commas,
# are an aside with no one behind it ("wie erwartet", "wie befürchtet"); "wie gesagt" and
# "wie angekündigt" are the speaker's own words and stay cues.
_IMPERSONAL_ASIDES = frozenset(
    {"erwartet", "befürchtet", "vermutet", "erhofft", "prognostiziert", "vorhergesagt"}
)
_POSSESSIVE_FORMS = word_class("possessive_form")
_AUXILIARY_WORDS = word_class("auxiliary") | word_class("finite_helper")
# How far from "erklären" a "für" + adjective declares a status ("für nichtig erklärt").
_DECLARED_REACH = 8
_VERB_PARTICLES = word_class("verb_particle")
_NAMING = frozenset({"nennen", "bezeichnen"})
_SICH_MAN = frozenset({"sich", "man"})
_STANCE = word_class("stance_adjective")
# Passive auxiliaries after a fronted participle ("Kritisiert wird, dass …").
_FRONTING_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden"})
# Articles before an attributive adjective ("die verdächtigen Personen"). Not "ein-"
# ("Ich will Ihnen eines sagen") and not "das"/"dies" ("Das betonte Merz", "… - das
# beschreiben Forscher"): they stand alone as pronouns.
_ARTICLES = frozenset(
    {"der", "die", "den", "dem", "des", "diese", "dieser", "diesen", "diesem"}
    | {"jene", "jener", "jenen", "jenem"}
)
# Stance adjectives of a speaker's intent that take a zu-infinitive too.
_ZU_STANCE = word_class("zu_cue") & _STANCE
_DETERMINER_WORDS = word_class("determiner")
_COPULAS = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
_STANCE_VERBS = _COPULAS | frozenset(
    {
        "hält",
        "halten",
        "hielt",
        "hielten",
        "zeigte",
        "zeigten",
        "zeigt",
        "zeigen",
        "gab",
        "gaben",
        "gibt",
        "geben",
        "bin",
        "sind",
    }
)
_AUF = frozenset({"auf", "darauf"})
# Auxiliaries that follow a participle at the end of a clause ("verboten worden",
# "erklärt habe", "berichtet wird").
AFTER_PARTICIPLE = frozenset(
    {"worden", "wurde", "wurden", "habe", "haben", "hat", "hatte", "hatten", "hätte", "hätten"}
    | {"sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären", "wird", "werden"}
)
# Words that make a closing "wieder" the adverb: "immer wieder", "schon wieder".
_AGAIN_BEFORE = frozenset({"immer", "schon", "nun", "jetzt", "erneut", "und", "nie"})


def _inside_number(before: str, gap: str, after: str) -> bool:
    """``1,5`` and ``20:00`` are numbers, not clause breaks."""
    return gap in {",", ":", "."} and before[-1:].isdigit() and after[:1].isdigit()


@attrs.frozen(slots=True)
class Cue:
    """A cue verb in a sentence: its envelope, pieces and grammatical number."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    verb: CueVerb
    number: str
    finite: bool
    first_token: int
    last_token: int


@functools.lru_cache(maxsize=1)
def _cue_particles() -> frozenset[str]:
    """The separable particles of the cue verbs (``bekannt``, ``an``, ``hervor``)."""
    return frozenset(
        option.verb.particle
        for options in cue_forms().values()
        for option in options
        if option.verb.particle
    )


@functools.lru_cache(maxsize=1)
def _particle_rests() -> dict[str, frozenset[str]]:
    """For each particle, the words after which it makes a cue form (``gab`` for
    ``bekannt``: ``bekanntgab``)."""
    forms = cue_forms()
    return {
        particle: frozenset(f[len(particle) :] for f in forms if f.startswith(particle)) - {""}
        for particle in _cue_particles()
    }


@functools.lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word that may be or start a cue: cue verb forms, stance adjectives and
    first-person forms (one set, so that each word of a sentence costs one test)."""
    return frozenset(cue_forms()) | _STANCE | frozenset(first_person_forms())


@attrs.define(slots=True)
class SentenceFrame:
    """Tokens, clause breaks and cue verbs of one sentence."""

    text: str
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    breaks: list[bool]
    cues: list[Cue]
    # The words, their start offsets and their lower case.
    words: list[str]
    starts: list[int]
    lowered: list[str]
    # Per token: the first and last token of its clause (see build).
    clause_starts: list[int]
    clause_ends: list[int]
    # The sentence end without its final punctuation and spaces.
    stripped_end: int
    # Per token: whether a comma follows it (before the next token).
    commas: list[bool]
    # Per token: the text after it, up to the next token or the sentence end.
    gaps: list[str]
    cue_starts: list[int] = attrs.Factory(list)
    cue_ends: list[int] = attrs.Factory(list)
    marks: dict[str, list[int]] = attrs.Factory(dict)
    # Tokens followed by anything but one space (punctuation, several spaces) and
    # the last token: where a comma, colon or semicolon may stand.
    punctuated: list[int] = attrs.Factory(list)
    _brackets: list[tuple[int, int]] | None = None
    _ends: dict[int, int] | None = None

    @classmethod
    def build(cls, text: str, start: int, end: int) -> SentenceFrame:
        """Tokenise ``text[start:end]`` and find its cue verbs."""
        split = split_words(text, start, end)
        tokens, words, gaps = split.tokens, split.words, split.gaps
        count = len(tokens)
        if not count:
            # No word (". . . ."): nothing to split into clauses, no cue. The lists
            # are shared by every frame without words (no caller changes a frame's
            # lists): a text of a million ". " keeps a million small frames.
            return cls(
                text,
                start,
                end,
                _NONE,
                _LAST_BREAK,
                _NONE,
                _NONE,
                _NONE,
                _NONE,
                _NONE,
                _NONE,
                _stripped(text, start, end),
                _NONE,
                _NONE,
                cue_starts=_NONE,
                cue_ends=_NONE,
                punctuated=_NONE,
            )
        # Most gaps between words are one space: no break, no comma. Only the others
        # are looked at (the last token's is the sentence end's).
        breaks = [False] * max(count - 1, 0) + [True]  # the last token ends a clause
        commas = [False] * count
        punctuated = [i for i, gap in enumerate(gaps) if gap != " "]
        if punctuated and punctuated[-1] == count - 1:
            punctuated.pop()
        # Inside parentheses no break ends the outer clause: "Wulff hat mit Peres
        # (Awoda, dt. etwa Arbeiterpartei) gesprochen" is one clause.
        depth = 0
        brackets = "(" in text[start:end]
        for i in punctuated:
            gap = gaps[i]
            if "," in gap:
                commas[i] = True
            inside = False
            if brackets:
                before = depth
                depth = max(0, depth + gap.count("(") - gap.count(")"))
                inside = before > 0 and depth > 0
            if (
                not inside
                and not _BREAK_CHARS.isdisjoint(gap)
                and not _inside_number(words[i], gap, words[i + 1])
            ):
                breaks[i] = True
        if count:
            punctuated.append(count - 1)
        # Each clause runs from the token after a break to the next break (or the
        # last token): its tokens share its first and last index.
        clause_starts: list[int] = []
        clause_ends: list[int] = []
        first = 0
        for last in itertools.compress(range(count), breaks):
            clause_starts += [first] * (last + 1 - first)
            clause_ends += [last] * (last + 1 - first)
            first = last + 1
        frame = cls(
            text,
            start,
            end,
            tokens,
            breaks,
            [],
            words,
            split.starts,
            list(map(str.lower, words)),
            clause_starts,
            clause_ends,
            _stripped(text, start, end),
            commas,
            gaps,
            punctuated=punctuated,
        )
        frame.cues = frame._find_cues()
        if frame.cues:
            frame.cue_starts = [cue.start for cue in frame.cues]
            frame.cue_ends = [cue.end for cue in frame.cues]
        return frame

    def message_end(self, first: int) -> int:
        """End offset of a message that starts at token ``first``.

        The sentence end without its final punctuation, but at most
        :data:`MAX_MESSAGE_WORDS` words on: no real message is longer, and the
        bound keeps many overlapping messages in one run-on "sentence" linear.
        """
        last = first + MAX_MESSAGE_WORDS
        if last < len(self.tokens):
            return min(self.stripped_end, self.tokens[last][1])
        return max(self.stripped_end, self.tokens[first][0]) if self.tokens else self.start

    def message_first(self, last: int) -> int:
        """Index of the first token of a message that ends with token ``last`` (before
        its cue): the sentence's first token, but at most :data:`MAX_MESSAGE_WORDS`
        words back (as :meth:`message_end`), so that many cues in one run-on
        "sentence" do not each take all of it before them.

        >>> frame = SentenceFrame.build("Die Lage sei ernst, sagte sie.", 0, 30)
        >>> frame.message_first(3), frame.message_first(MAX_MESSAGE_WORDS + 9)
        (0, 10)
        """
        return max(0, last + 1 - MAX_MESSAGE_WORDS)

    def message_start(self, last: int) -> int:
        """Start offset of a message that ends with token ``last``: that of the token
        :meth:`message_first` gives.

        >>> frame = SentenceFrame.build("Die Lage sei ernst, sagte sie.", 0, 30)
        >>> frame.message_start(3)
        0
        """
        return self.tokens[self.message_first(last)][0]

    def marked(self, name: str, test: Callable[[int], bool], punctuated: bool = False) -> list[int]:
        """The token indices for which ``test`` holds, found once per sentence and
        kept under ``name``: searches that start at many tokens of one sentence
        then take a binary search each instead of a walk. ``punctuated``: the test
        holds only where punctuation follows the token (see :attr:`punctuated`), so
        only those tokens are tested."""
        found = self.marks.get(name)
        if found is None:
            indices = self.punctuated if punctuated else range(len(self.tokens))
            found = self.marks[name] = [i for i in indices if test(i)]
        return found

    def gap(self, index: int) -> str:
        """Text between token ``index`` and the next one (or the sentence end;
        ``""`` after the last token)."""
        if index >= 0:
            return self.gaps[index] if index < len(self.gaps) else ""
        end = self.tokens[index + 1][0] if index + 1 < len(self.tokens) else self.end
        return self.text[self.tokens[index][1] : end]

    def clause_start(self, index: int) -> int:
        """Index of the first token of the clause that holds token ``index`` (an index
        past the last token counts as the last token: a rule that looks one word on
        at the end of a text gets the last clause, not an error)."""
        starts = self.clause_starts
        if not starts:
            return 0
        return starts[index] if index < len(starts) else starts[-1]

    def clause_end(self, index: int) -> int:
        """Index of the last token of the clause that holds token ``index`` (an index
        past the last token counts as the last token).

        >>> frame = SentenceFrame.build("Er will das nicht, sondern", 0, 26)
        >>> frame.clause_end(1), frame.clause_end(5), frame.clause_end(9)
        (3, 4, 4)
        """
        ends = self.clause_ends
        if not ends:
            return 0
        return ends[index] if index < len(ends) else ends[-1]

    def lower(self, index: int) -> str:
        """Token ``index`` in lower case (``""`` out of range)."""
        if index < 0:
            return ""
        try:
            return self.lowered[index]
        except IndexError:
            return ""

    def bracketed(self) -> list[tuple[int, int]]:
        """Token ranges ``(first, last)`` inside parentheses (outermost pairs only).

        >>> frame = SentenceFrame.build("Die Regierung (seit 2024 im Amt) plant Zölle.", 0, 45)
        >>> [frame.words[i] for i in frame.bracketed()[0]]
        ['seit', 'Amt']
        """
        if self._brackets is None:
            found: list[tuple[int, int]] = []
            depth, opened = 0, 0
            text, tokens = self.text, self.tokens
            if "(" in text[self.start : self.end] and tokens:
                if "(" in text[self.start : tokens[0][0]]:
                    depth, opened = 1, 0
                for i in self.punctuated:
                    end = tokens[i + 1][0] if i + 1 < len(tokens) else self.end
                    for char in text[tokens[i][1] : end]:
                        if char == "(":
                            if depth == 0:
                                opened = i + 1
                            depth += 1
                        elif char == ")" and depth:
                            depth -= 1
                            if depth == 0 and opened <= i:
                                found.append((opened, i))
            self._brackets = found
        return self._brackets

    def mark_in_gaps(self, first: int, last: int) -> bool:
        """Whether a quotation mark stands after one of the tokens ``first`` to
        ``last - 1`` (before the next token or the sentence end). Only the gaps
        with punctuation are looked at (:attr:`punctuated`).

        >>> frame = SentenceFrame.build("„Ich bin bereit“ sagte Merz", 0, 27)
        >>> frame.mark_in_gaps(0, 2), frame.mark_in_gaps(2, 4)
        (False, True)
        """
        punctuated, gaps = self.punctuated, self.gaps
        position = bisect.bisect_left(punctuated, first)
        while position < len(punctuated) and punctuated[position] < last:
            if not _QUOTE_MARK_SET.isdisjoint(gaps[punctuated[position]]):
                return True
            position += 1
        return False

    def _find_cues(self) -> list[Cue]:
        forms = cue_forms()
        particles = _cue_particles()
        lowered = self.lowered
        words = self.words
        cues: list[Cue] = []
        # Most words are no cue form, no stance adjective and follow no particle: the
        # others are picked out by comprehensions (faster than a test in the loop).
        first_person = first_person_forms()
        cue_words = _cue_words()
        present: frozenset[str] | None = None  # the sentence's words, made when needed
        # Which of them occur is found in C (a set intersection); only then are their
        # positions looked for. After a particle, only a form that makes a cue with it
        # ("bekannt gab").
        hits = cue_words.intersection(words)
        candidates = [i for i, word in enumerate(words) if word in hits] if hits else []
        before = particles.intersection(lowered)
        rests = _particle_rests()
        # Only where a form of a verb with one of them follows (tested in C first).
        if before and any(not rests[word].isdisjoint(lowered) for word in before):
            after = [
                i + 1
                for i, word in enumerate(lowered[:-1])
                if word in before and word + lowered[i + 1] in forms
            ]
            if after:
                candidates = sorted(set(candidates).union(after))
        fronted = self._fronted_participle()
        if fronted:
            candidates.insert(0, 0)
        for index in candidates:
            start, end, word = self.tokens[index]
            if index == 0 and fronted:
                word = lowered[0]
            elif not word.islower():
                continue
            stance = self._stance(index)
            if stance is not None:
                cues.append(stance)
                continue
            options = forms.get(word)
            if word in _POSSESSIVE_FORMS and self._before_noun(index):
                continue  # "meinen Kindern", "in meinen Augen": the possessive
            if (
                index > 0
                and word in _IMPERSONAL_ASIDES
                and lowered[index - 1] == "wie"
                and self.breaks[index]
                and "," in self.gap(index - 2 if index >= 2 else 0)
            ):
                continue  # "kündigte, wie erwartet, an": an aside with no one who expects

            if word in _PARTICIPLES_ONLY and not self._in_clause(index, _AUXILIARY_WORDS):
                continue  # "Dazu gehört Ihr Minister": gehören, not the participle of hören
            if options is None and word in first_person and self._beside_ich(index):
                options = first_person[word]  # "Ich danke Ihnen", "bitte ich Sie"
            if options and (self._attributive(index) or self._adjective_after_article(index)):
                continue  # "in der bereits erwähnten Rede": an adjective, no verb
            apart = self._particle_apart(index, forms)
            if apart is not None:
                cues.append(apart)
                continue
            if not options:
                continue
            chosen: tuple[CueForm, int | None] | None = None
            for option in options:
                if option.particle:
                    if present is None:
                        present = frozenset(words)
                    if option.particle not in present:
                        continue  # the particle is nowhere in the sentence
                    particle = self._particle(index, option.particle)
                    if particle is not None and self._reflexive_ok(index, option):
                        chosen = (option, particle)
                        break
                elif chosen is None and self._reflexive_ok(index, option):
                    chosen = (option, None)
            if chosen is None:
                continue
            option, particle = chosen
            if option.finite and particle is None and self._infinitive(index):
                # "sei als Beleg zu bewerten", "müsse die Lage prüfen": the
                # infinitive, not the plural.
                option = next((o for o in options if not o.finite and not o.particle), option)
            elif (
                option.finite
                and particle is None
                and not self.breaks[index]
                and self.lower(index + 1) == "worden"
            ):
                # "seien ihm Flüge verboten worden": the participle of the passive, not
                # the past plural (before "habe" or "wird" the form stays ambiguous).
                option = next((o for o in options if not o.finite and not o.particle), option)
            if option.verb.lemma in _TEXT_CUES and not self._text_place(index):
                continue  # "steht im Mittelpunkt": no writing without a place in a text
            if option.verb.lemma in _VIEW_CUES and not self._in_clause(index, _VIEW_LINKS):
                continue  # "hält eine Rede": a view needs "für" ("hält es für richtig")
            if option.verb.lemma in _AUF_CUES and not self._in_clause(index, _AUF):
                continue  # "besteht aus …": no speech without "(dar)auf"
            if particle is None and option.finite and self._other_particle_verb(index, option):
                continue  # "findet am Freitag statt", "sagte den Termin ab"
            if option.verb.lemma in _NAMING and self._in_clause(index, _SICH_MAN):
                continue  # "nennt sich „documenta 12“", "Dies nennt man einen Split": a name
            if self._no_speech(index, option):
                continue  # "heißer als angenommen", "für zulässig erklärt", "(dpa berichtete)"
            parts: tuple[tuple[int, int], ...] = ((start, end),)
            last = index
            if particle is not None:
                parts += ((self.tokens[particle][0], self.tokens[particle][1]),)
                last = particle
            cues.append(
                Cue(
                    start,
                    parts[-1][1],
                    parts,
                    option.verb,
                    option.number,
                    option.finite,
                    index,
                    last,
                )
            )
        # A separable verb's particle is not a cue of its own ("gab … bekannt": not
        # the participle of "bekennen").
        taken = {cue.parts[-1] for cue in cues if len(cue.parts) > 1}
        return [cue for cue in cues if len(cue.parts) > 1 or cue.parts[0] not in taken]

    def _no_speech(self, index: int, option: CueForm) -> bool:
        """Uses of a cue form that report nothing: a comparison (``heißer als
        angenommen``), a declaration of status (``für zulässig erklärt``, ``erklärte das
        Gesetz für nichtig``), idioms (``meinte es gut mit``, ``machte von sich
        reden``) and a reference in parentheses (``(Wikinews berichtete)``)."""
        lemma = option.verb.lemma
        if not option.finite and self.lower(index - 1) == "als":
            return True
        if lemma == "erklären":
            # Near the verb only: a long clause is not walked once per cue.
            first = max(self.clause_start(index), index - _DECLARED_REACH)
            last = min(self.clause_end(index), index + _DECLARED_REACH)
            if any(
                self.lowered[i] == "für" and self.words[i + 1].islower() for i in range(first, last)
            ):
                return True
        if (
            lemma == "meinen"
            and self.lower(index + 1) == "es"
            and self.lower(index + 2) in {"gut", "ernst", "ehrlich", "böse"}
        ):
            return True
        if lemma == "reden" and self.lower(index - 1) == "sich" and self.lower(index - 2) == "von":
            return True
        opened = self._bracket_ends().get(index)
        return opened is not None and index - opened <= 2

    def _bracket_ends(self) -> dict[int, int]:
        """The first token of each pair of parentheses by its last token (made once)."""
        if self._ends is None:
            self._ends = {last: first for first, last in self.bracketed()}
        return self._ends

    def _before_noun(self, index: int) -> bool:
        """Whether a noun (a capitalised word other than ``Sie``) follows token
        ``index`` in its clause, right after it or after one adjective (``meinen
        Kindern``, ``meinen lieben Kollegen``)."""
        for following in (index + 1, index + 2):
            if following > index + 1 and not self.words[index + 1].islower():
                return False
            if following >= len(self.tokens) or self.breaks[following - 1]:
                return False
            word = self.words[following]
            if word[:1].isupper():
                return word != "Sie"
        return False

    def _beside_ich(self, index: int) -> bool:
        """Whether ``ich`` stands right before or after token ``index`` in its clause
        (``Ich danke Ihnen``, ``Deshalb bitte ich Sie``), which makes ``danke``,
        ``bitte`` or ``meine`` a verb."""
        before = index > 0 and not self.breaks[index - 1] and self.lowered[index - 1] == "ich"
        return before or (not self.breaks[index] and self.lower(index + 1) == "ich")

    def _attributive(self, index: int) -> bool:
        """Whether the past form at ``index`` is a participle used as an adjective
        in a prepositional phrase (``in der erwähnten Rede``, ``mit den bereits
        zitierten Zahlen``): ``-te``/``-ten``, a capitalised noun after it, and a
        preposition and an article before it (with at most one lower-case word
        between them and the form). Without the preposition, ``Das betonte Merz``
        is a cue."""
        word = self.lowered[index]
        if not word.endswith(("te", "ten")) or index < 2 or index + 1 >= len(self.tokens):
            return False
        if (
            self.lowered[index - 1] in _PREPOSITIONS
            and not self.breaks[index - 1]
            and not self.breaks[index]
            and (
                self.words[index + 1][:1].isupper()
                or (
                    self.lowered[index + 1].endswith(("e", "en", "er", "es"))
                    and index + 2 < len(self.tokens)
                    and self.words[index + 2][:1].isupper()
                    and not self.breaks[index + 1]
                )
            )
        ):
            # "wegen wiederholten Fouls", "ihrer Meinung nach verbreiteten
            # multikulturellen Illusionen": no finite verb follows a preposition.
            return True
        if not self.words[index + 1][:1].isupper():
            return False
        article = index - 1
        if self.lowered[article] not in _DETERMINER_WORDS:
            article -= 1
            if not self.words[index - 1].islower():
                return False
        if article < 1 or self.lowered[article] not in _DETERMINER_WORDS:
            return False
        if any(self.breaks[i] for i in range(article - 1, index + 1)):
            return False
        return self.lowered[article - 1] in _PREPOSITIONS

    def _fronted_participle(self) -> bool:
        """Whether the sentence opens with the capitalised participle of a cue verb
        before its passive auxiliary (``Kritisiert wird, dass …``, ``Gefordert wurde
        …``): the participle fills the prefield, a cue like ``wird kritisiert``; a
        comma or colon must end its clause, before the message."""
        if len(self.tokens) < 3 or self.words[0].islower() or self.breaks[0]:
            return False
        word = self.lowered[0]
        if self.lowered[1] not in _FRONTING_AUXILIARIES or not any(
            not option.finite for option in cue_forms().get(word, ())
        ):
            return False
        # A message clause must follow ("Erwartet werden 500 Gäste." frames none).
        last = self.clause_end(1)
        return last + 1 < len(self.tokens) and any(mark in self.gap(last) for mark in ",:")

    def _adjective_after_article(self, index: int) -> bool:
        """Whether the form at ``index`` is an adjective between an article and its
        noun (``die verdächtigen Personen``, ``der veröffentlichten Umfragen``): an
        inflected ``-e``/``-en`` right after a determiner, a capitalised word right
        after it, all in one clause. ``der``/``die`` opening the sentence are pronouns
        (``Die forderte Merz``), and :data:`_ARTICLES` leaves out ``das``/``dies``."""
        word = self.lowered[index]
        if index < 1 or index + 1 >= len(self.tokens) or not word.endswith(("e", "en")):
            return False
        article = self.lowered[index - 1]
        if article not in _ARTICLES or not self.words[index + 1][:1].isupper():
            return False
        if self.breaks[index - 1] or self.breaks[index]:
            return False
        start = self.clause_start(index - 1)
        return not (start == index - 1 == 0)

    def _particle_apart(self, index: int, forms: dict[str, tuple[CueForm, ...]]) -> Cue | None:
        """A separable verb written apart at the end of its clause (``wie er am
        Morgen bekannt gab``, ``wurde bekannt gegeben``, ``nachdem es bekannt
        geworden war``): the particle before the verb form, which together are a
        form of the cue."""
        if index == 0 or self.breaks[index - 1]:
            return None
        particle = self.lowered[index - 1]
        if particle not in _cue_particles():
            return None  # most words: no string to build
        if particle == "zu" and all(o.particle for o in forms.get(self.lowered[index], ())):
            return None  # "zu geben": the infinitive of geben (zugeben's is "zuzugeben")
        options = forms.get(particle + self.lowered[index])
        if not options or not self.words[index - 1].islower():
            return None
        if not self.breaks[index] and self.lower(index + 1) not in _AUXILIARY_WORDS:
            return None  # "Denn immer wieder gibt es Vorstöße": a verb in second place
        for option in options:
            if option.verb.particle == particle and self._reflexive_ok(index, option):
                first = self.tokens[index - 1]
                last = self.tokens[index]
                return Cue(
                    first[0],
                    last[1],
                    ((first[0], first[1]), (last[0], last[1])),
                    option.verb,
                    option.number,
                    option.finite,
                    index - 1,
                    index,
                )
        return None

    def _stance(self, index: int) -> Cue | None:
        """An adjective of stance before a ``dass``/``ob`` clause, with a copula or
        ``halten … für`` and a subject other than an impersonal ``es`` (``Beobachter
        halten es für unwahrscheinlich, dass …``, ``Sie ist zuversichtlich, dass
        …``): a cue of thought."""
        word = self.lowered[index]
        if word not in _STANCE or index + 1 >= len(self.tokens) or not self.commas[index]:
            return None
        if self.lowered[index + 1] not in {"dass", "ob"} and not (
            word in _ZU_STANCE and self.lower(self.clause_end(index + 1) - 1) == "zu"
        ):
            return None  # "ist zuversichtlich, die Ziele zu erreichen" goes on
        first = max(self.clause_start(index), index - 25)
        clause = self.lowered[first:index]
        if not any(w in _STANCE_VERBS for w in clause):
            return None
        if any(
            w == "es"
            and (self.lower(first + i - 1) in _COPULAS or self.lower(first + i + 1) in _COPULAS)
            for i, w in enumerate(clause)
        ):
            return None  # "Es ist möglich, dass …": no one's view
        start, end, _word = self.tokens[index]
        verb = CueVerb(word, "", "thought", "")
        return Cue(start, end, ((start, end),), verb, "", False, index, index)

    def _infinitive(self, index: int) -> bool:
        """Whether the plural-looking form at ``index`` is an infinitive: after
        ``zu``. (With a modal before it, ``müssen sagen, dass``, it still counts as
        finite: in speeches such frames carry messages.)"""
        return self.lower(index - 1) == "zu"

    def _other_particle_verb(self, index: int, option: CueForm) -> bool:
        """Whether a separable particle closes the clause of the verb at ``index``
        and makes it another verb that is no cue (``findet … statt``, ``sagte …
        ab``)."""
        last = self.clause_end(index)
        if last <= index or self.lowered[last] not in _VERB_PARTICLES:
            return False
        if self.lowered[last] == "weiter":
            return False  # "erklärte weiter, …", "heißt es weiter": the adverb (further)
        if self.lowered[last] == "wieder" and self.lowered[last - 1] in _AGAIN_BEFORE:
            return False  # "beschuldigt sie immer wieder, …": the adverb (again)
        return self.lowered[last] + option.verb.lemma not in cue_lemmas()

    def _text_place(self, index: int) -> bool:
        """Whether the verb at ``index`` (``steht``) says what is written at a place in
        a text: a relative ``in dem steht`` / ``was dort steht``, or a place word in
        its clause and a colon or ``dass`` right after it (``Darin steht: …``, ``Im
        Urteil steht, dass …``)."""
        if index >= 2 and (
            (self.lowered[index - 2] == "in" and self.lowered[index - 1] in ("der", "dem", "denen"))
            or (self.lowered[index - 2] == "was" and self.lowered[index - 1] in _TEXT_PLACES)
        ):
            return True
        if not self._in_clause(index, _TEXT_PLACES):
            return False
        after = self.gap(index)
        if ":" in after or (after.strip() in ("-", "–") and self.lower(index + 2) == "zitiere"):
            return True
        return "," in after and self.lower(index + 1) == "dass"

    def _in_clause(self, index: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands in the clause of token ``index``."""
        first = max(self.clause_start(index), index - 25)
        last = min(self.clause_end(index), index + 25)
        return any(self.lowered[i] in words for i in range(first, last + 1))

    def _reflexive_ok(self, index: int, option: CueForm) -> bool:
        """A reflexive cue ("sich sorgen") needs its pronoun in the clause; a cue
        whose reflexive use means something else ("hat sich herausgestellt": it
        turned out) must not have one."""
        if option.verb.reflexive == "no sich":
            return not self._in_clause(index, _SICH)
        if not option.verb.reflexive or option.verb.lemma == "äußern":
            return True
        first, last = self.clause_start(index), self.clause_end(index)
        return any(self.lowered[i] in _REFLEXIVES for i in range(first, last + 1))

    def _particle(self, index: int, particle: str) -> int | None:
        """Token index of ``particle`` closing the clause of the verb at ``index``."""
        stop = min(len(self.tokens), index + 14)
        # "sagte, die Arbeit gehe weiter": a comma right after the verb ends its clause
        # too; the particle of the next clause's verb is not its own.
        j = index
        while j < stop:
            word = self.tokens[j][2]
            if (
                j > index
                and word == particle
                and (
                    self.breaks[j]
                    or self.lower(j + 1) in SUBORDINATORS
                    or self._coordination_after(j)
                )
            ):
                return j
            if self.breaks[j]:
                # "teilte der Geschäftsführer, Jens Nacke, mit": a name in apposition;
                # "warf Obama, nachdem …, vor": an inserted subordinate clause.
                apposition = self._apposition(j + 1)
                if apposition is None:
                    apposition = self._inserted_clause(j + 1)
                if apposition is None:
                    return None
                stop = min(len(self.tokens), stop + apposition - j)
                j = apposition
            j += 1
        return None

    def _coordination_after(self, index: int) -> bool:
        """Whether a coordinated predicate follows token ``index`` (``kündigte den
        Rücktritt an und verließ den Saal``): ``und``/``oder``/``aber``/``sondern`` and
        no preposition or particle after it, which would make a fixed pair (``ab und
        zu``, ``vor und nach der Wahl``, ``nach und nach``)."""
        if self.breaks[index] or self.lower(index + 1) not in _COORDINATING:
            return False
        after = self.lower(index + 2)
        return bool(after) and after not in _PREPOSITIONS and after not in _PAIR_WORDS

    def _inserted_clause(self, first: int) -> int | None:
        """The last token of a subordinate clause in commas that starts at ``first``
        (``…, nachdem dieser die Hilfen gestoppt hatte, …``, ``…, wie erwartet, …``), of at
        most twelve words, if there is one."""
        if first < 1 or "," not in self.gap(first - 1):
            return None
        if self.lower(first) not in SUBORDINATORS and self.lower(first) != "wie":
            return None
        last = self.clause_end(first)
        if last - first > 12 or last + 1 >= len(self.tokens):
            return None
        return last if self.gap(last).strip() == "," else None

    def _apposition(self, first: int) -> int | None:
        """The last token of a name in commas that starts at ``first`` (``…, Jens
        Nacke, …``), if there is one."""
        if first < 1 or "," not in self.gap(first - 1):
            return None
        for j in range(first, min(len(self.tokens) - 1, first + 5)):
            if not self.words[j][:1].isupper():
                return None
            if self.breaks[j]:
                return j if self.gap(j).strip() == "," else None
        return None


# The lists of frames without words (see SentenceFrame.build): never changed.
_NONE: list[Any] = []
_LAST_BREAK = [True]


def _stripped(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without its final punctuation and spaces."""
    stripped = end
    while stripped > start and (text[stripped - 1] in ".!?…" or text[stripped - 1].isspace()):
        stripped -= 1
    return stripped
