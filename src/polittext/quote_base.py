"""Shared state and vocabulary of the quote finder (see :mod:`polittext.quotes`)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import attrs

from polittext.attribution import Subjects
from polittext.cues import CueVerb, cue_forms, konjunktiv_forms
from polittext.entities import Entity, EntityTable
from polittext.frames import MAX_MESSAGE_WORDS, RELATIVE, SUBORDINATORS, Cue, SentenceFrame
from polittext.lexicon import word_class
from polittext.quotemarks import QuoteRegion
from polittext.types import QuoteKind, SentenceKind

__all__ = ["FinderBase", "QuoteRecord"]

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
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
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
    last = len(frame.tokens) - 1

    def opens_main_clause(index: int) -> bool:
        if index >= last or not frame.commas[index]:
            return False
        word = frame.words[index + 1]
        return (
            word.islower()
            and word not in _CLAUSE_CONTINUERS
            and frame.lower(index + 1) not in _W_WORDS
        )

    return first_marked_end(frame, "main_clause", opens_main_clause, first, punctuated=True)


# Adverbs that link a second predicate of the same subject: "…, sprach aber von …".
_PREDICATE_LINKS = frozenset(
    {
        "aber",
        "jedoch",
        "allerdings",
        "zudem",
        "außerdem",
        "dann",
        "später",
        "anschließend",
        "zugleich",
        "gleichzeitig",
        "dennoch",
        "trotzdem",
        "stattdessen",
        "daraufhin",
        "ebenfalls",
    }
)


# Lower-case particles and adverbs that may open a comma phrase ("…, nämlich dann, …").
_NOT_PREDICATES = frozenset(
    {"also", "etwa", "zwar", "nur", "noch", "schon", "sogar", "nicht", "sowohl"}
)


def _indicative_verb_like(word: str) -> bool:
    """A lower-case word that may be a finite verb of the narrator: no function
    word, no subject pronoun, no Konjunktiv (which goes on with the report) and
    no form in ``-en`` (an infinitive, or a plural that may be Konjunktiv I)."""
    return (
        word.islower()
        and word not in _CLAUSE_CONTINUERS
        and word not in _PRONOUN_SUBJECTS
        and word not in konjunktiv_forms()
        and word not in _REPORTED_MOOD
        and word not in _REPORTATIVE
        and not word.endswith(("en", "lich", "ig", "isch", "weise", "mals", "falls"))
        and word not in _NOT_PREDICATES
    )


def _coordinated_verb(frame: SentenceFrame, first: int) -> int:
    """End offset of a message before ``, und lehnte …`` (a second verb of the frame),
    ``, sprach aber …`` (a second verb with a linking adverb) or ``und bemühte …``
    (a past-tense verb right after ``und``): the subject of the frame goes on."""
    last = len(frame.tokens) - 2

    def second_verb(index: int) -> bool:
        if index >= last:
            return False
        if not frame.commas[index]:
            # "sie müssten sparen und bemühte hier das Bild …": a weak past tense
            # (never Konjunktiv I) after "und", no noun after it ("und erste Ergebnisse").
            word = frame.words[index + 2]
            return (
                frame.lowered[index + 1] == "und"
                and not frame.breaks[index + 1]
                and word.endswith("te")
                and _indicative_verb_like(word)
                and not (index + 3 < len(frame.tokens) and frame.words[index + 3][:1].isupper())
            )
        if frame.lower(index + 1) not in _COORDINATORS:
            # "…, sprach aber von …", "…, erkannte die Autorität nicht an": a finite
            # verb with a linking adverb, or a weak past tense before a lower-case word.
            word, following = frame.words[index + 1], frame.words[index + 2]
            return (
                not frame.breaks[index + 1]
                and _indicative_verb_like(word)
                and (
                    frame.lower(index + 2) in _PREDICATE_LINKS
                    or (
                        word.endswith("te")
                        and following.islower()
                        and following not in _COORDINATORS
                    )
                )
            )
        word = frame.words[index + 2]
        return word.islower() and word not in _CLAUSE_CONTINUERS and word not in _PRONOUN_SUBJECTS

    return first_marked_end(frame, "coordinated_verb", second_verb, first)


def first_marked_end(
    frame: SentenceFrame,
    name: str,
    test: Callable[[int], bool],
    first: int,
    punctuated: bool = False,
) -> int:
    """End offset of the first token from ``first`` on, at most
    :data:`MAX_MESSAGE_WORDS` tokens on, for which ``test`` holds (the indices are
    found once per sentence); the sentence end if there is none. ``punctuated``:
    ``test`` holds only where punctuation follows the token (a comma, colon or
    semicolon), so only those tokens are tested."""
    marked = frame.marked(name, test, punctuated)
    position = bisect.bisect_left(marked, first)
    if position < len(marked) and marked[position] < first + MAX_MESSAGE_WORDS:
        return frame.tokens[marked[position]][1]
    return frame.stripped_end


def _only_marks(gap: str) -> bool:
    """A gap of quotation marks and spaces only (around a quoted name)."""
    return all(ch.isspace() or ch in '„“”"»«‚‘›‹' for ch in gap)


# A separable verb takes "zu" between particle and stem: "durchzusetzen", "einzuführen".
_PARTICLE_ZU = re.compile(
    "(?:ab|an|auf|aufrecht|aus|bei|bekannt|bereit|dar|dazu|durch|ein|entgegen|fern|fertig|fest"
    "|fort|frei|gegenüber|gut|heim|her|heraus|herbei|herum|herunter|hervor|hin|hinaus"
    "|hinterher|hinweg|hinzu|hoch|kennen|klar|kund|los|mit|nach|nahe|näher|nieder|offen|preis"
    "|richtig|schlecht|sicher|stand|statt|teil|um|voraus|vor|voran|vorbei|weg|weiter|wieder"
    "|zu|zurecht|zurück|zusammen|zuvor)zu[a-zäöüß]{2,}e?n"
)


def _zu_infinitive_ends(frame: SentenceFrame, first: int, last: int) -> bool:
    """Whether the clause ``first``..``last`` ends in a zu-infinitive (``… zu senken``)."""
    if last - first < 1 or frame.lower(first) in {"um", "ohne", "statt", "anstatt", "anstelle"}:
        return False  # purpose and manner clauses are no message ("…, um … zu formieren")
    return zu_infinitive_at(frame, last)


def zu_infinitive_at(frame: SentenceFrame, last: int) -> bool:
    """Whether token ``last`` closes a zu-infinitive (``zu senken``, ``einzuführen``,
    ``zu sein haben``)."""
    word = frame.lower(last)
    if (frame.lower(last - 1) == "zu" and word.isalpha()) or _PARTICLE_ZU.fullmatch(word):
        return True
    return frame.lower(last - 2) == "zu" and word in {"haben", "sein", "werden"}


def zu_chain_end(frame: SentenceFrame, last: int) -> int:
    """The last token of a run of comma-joined zu-infinitive clauses ending at
    ``last`` (``dafür zu sorgen, die Mieten zu begrenzen``)."""
    while last + 1 < len(frame.tokens) and frame.gap(last).strip() == ",":
        following = frame.clause_end(last + 1)
        if not _zu_infinitive_ends(frame, last + 1, following):
            break
        last = following
    return last


# Plural Konjunktiv II forms that stand in for a Konjunktiv I identical to the
# indicative ("sie hätten", "es gäben keine"): "haben", "sein", "werden", "müssen" and the
# strong and mixed verbs whose Konjunktiv II differs from every indicative form
# ("kämen", "lägen", "brächten"; not "hielten", "ließen", the past tense too).
_SUBSTITUTE_MOOD = frozenset(
    {
        "hätten",
        "wären",
        "würden",
        "gäben",
        "kämen",
        "lägen",
        "stünden",
        "ständen",
        "fänden",
        "täten",
        "wüssten",
        "sähen",
        "bräuchten",
        "brächten",
        "sprächen",
        "nähmen",
        "zögen",
        "müssten",
    }
)
# Right after a cue, any Konjunktiv II marks reported speech too ("räumte ein, es könnten …").
_REPORTED_MOOD = _SUBSTITUTE_MOOD | frozenset(
    {
        "hätte",
        "wäre",
        "würde",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "dürfte",
        "dürften",
        "gäbe",
        "käme",
        "läge",
        "stünde",
        "stände",
        "fände",
        "täte",
        "wüsste",
        "sähe",
        "bräuchte",
        "brächte",
        "spräche",
        "nähme",
        "zöge",
    }
)
_REPORTATIVE = frozenset({"soll", "sollen"})


def _regular_konjunktiv(frame: SentenceFrame, index: int) -> bool:
    """A Konjunktiv I of a regular verb right after its subject: "die Regierung
    verschleppe", "er verlange" (a lower-case word in -e after a noun or pronoun)."""
    word = frame.words[index]
    if not (word.islower() and word.endswith("e") and len(word) >= 5 and index > 0):
        return False
    if word in _NOT_VERBS or word.endswith(("ische", "liche", "ige", "ste", "ere", "te")):
        return False
    before = frame.words[index - 1]
    if before.lower() in _DEMONSTRATIVES and (index == 1 or frame.breaks[index - 2]):
        return True  # "Dies bedinge schwere Böen": a demonstrative as the subject
    return (before[:1].isupper() and before.lower() not in _ARTICLES) or before in {
        "er",
        "sie",
        "es",
        "man",
    }


# Forms of "werden" that make a passive: its subject said nothing ("wird als
# „Sonnenwind“ bezeichnet").
PASSIVE_AUXILIARIES = frozenset({"wird", "wurde", "werden", "wurden", "worden"})
_DEMONSTRATIVES = frozenset({"dies", "das", "dieses", "diese", "dieser"})
_NOT_VERBS = frozenset(
    {
        "keine",
        "meine",
        "seine",
        "ihre",
        "eine",
        "diese",
        "jene",
        "welche",
        "beide",
        "alle",
        "viele",
        "große",
        "kleine",
        "neue",
        "alte",
        "gute",
        "hohe",
        "letzte",
        "erste",
        "zweite",
        "dritte",
        "gerne",
        "bitte",
        "heute",
        "ohne",
        "ebene",
        "schade",
    }
)


def _substitute_mood(frame: SentenceFrame) -> bool:
    """Konjunktiv II standing in for Konjunktiv I in the plural (``sie hätten``)."""
    return not _SUBSTITUTE_MOOD.isdisjoint(frame.lowered)


def _reportative(frame: SentenceFrame) -> bool:
    """The reportative ``soll``/``sollen`` (``Er soll … eingeschleust haben``)."""
    return not _REPORTATIVE.isdisjoint(frame.lowered)


def _sentence_like(text: str, region: QuoteRegion) -> bool:
    """A full quoted utterance: final punctuation, or five words or more that
    are not a capitalised name (``„Gesetz zur Änderung des Passgesetzes“``)."""
    content = text[region.content_start : region.content_end]
    if content[-1:] in _FINAL:
        return True
    return len(content.split()) >= 5 and not _name_like(content)


def _name_like(content: str) -> bool:
    """Every word capitalised but for name links ("BILD am Sonntag"); an article
    inside only in longer names ("Gesetz zur Änderung des Passgesetzes"), not in a
    short noun phrase ("Angriff auf die Beschäftigten")."""
    words = content.split()
    # A capitalised article opens a name ("Die Zeit", "Die Linke"); one inside
    # marks a longer name or a phrase.
    articles = sum(word.lower() in _ARTICLES for word in words[1:])
    return (
        0 < len(words) <= 12
        and (articles == 0 or len(words) >= 5)
        and all(
            word[:1].isupper() or word[:1].isdigit() or word.lower() in _NAME_LINKS
            for word in words
        )
    )


def _is_title(text: str, region: QuoteRegion) -> bool:
    """A title, name or label in quotation marks rather than quoted speech.

    Either a title word stands before it (``die Operation „Sommerwind“``), or
    every word is capitalised but for a few function words (``„BILD am
    Sonntag“``, ``„Ärzte ohne Grenzen“``, ``„Da Bruno“``).
    """
    return _titled(text, region) or _name_like(text[region.content_start : region.content_end])


def _titled(text: str, region: QuoteRegion) -> bool:
    """Whether a title word stands right before the quotation marks (``unter dem
    Motto „…“``, ``mit dem Titel „…“``)."""
    before = text[max(0, region.open_pos - 40) : region.open_pos].split()
    return (bool(before) and title_word(before[-1].lower().strip(","))) or _gloss(text, region)


# Title words that are also the ends of other words ("Reaktion", "Mitglied",
# "Verband"): only whole words count for them.
_WHOLE_TITLE_WORDS = frozenset({"aktion", "lied", "band", "name", "namen", "plan"})
# The title words that also end a compound title word (tested in C by str.endswith).
_TITLE_HEADS = tuple(sorted(t for t in _TITLE_WORDS if len(t) >= 4 and t not in _WHOLE_TITLE_WORDS))


def title_word(word: str) -> bool:
    """Whether a lower-case word is a title word or a compound ending in one
    (``fernsehserie``, ``ard-fernsehserie``, ``tageszeitung``).

    A genitive ``-s``/``-es`` is taken off a whole title word (``des Magazins``,
    ``des Magazines``), not off a compound (``des Polizeigesetzes „ein …“`` may
    be followed by its subject).

    >>> title_word("ard-fernsehserie"), title_word("reaktion"), title_word("magazines")
    (True, False, True)
    """
    if word in _TITLE_WORDS or word.endswith(_TITLE_HEADS):
        return True
    if len(word) < 6 or not word.endswith("s"):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(stem in _TITLE_WORDS for stem in stems)


# Words that introduce a translation in brackets: "(etwa: „Partei der Volksmacht“)",
# "[auf Deutsch: „…“]", "(engl. „…“)".
_GLOSS_WORDS = frozenset({"deutsch", "dt", "engl", "englisch", "übersetzt", "etwa"})


def _bracketed_after_quotation(text: str, region: QuoteRegion, before: str) -> bool:
    """``unter dem Begriff „Fahrendes Volk“ („gens du voyage“)``: a quotation that
    fills a bracket right after another quotation is its translation or original."""
    head = before.rstrip()
    if not head.endswith(("(", "[")):
        return False
    if not head[:-1].rstrip().endswith(("“", "”", '"', "«", "»")):
        return False
    return text[region.close_pos + 1 : region.close_pos + 3].lstrip()[:1] in (")", "]")


def _gloss(text: str, region: QuoteRegion) -> bool:
    """Whether the quotation is a translation or gloss inside brackets, after a
    word like ``etwa:`` or ``engl.`` (``Palang Prachachon (etwa: „Partei der
    Volksmacht“)``): a name, no one's words."""
    before = text[max(0, region.open_pos - 30) : region.open_pos]
    if _bracketed_after_quotation(text, region, before):
        return True
    bracket = max(before.rfind("("), before.rfind("["))
    if bracket < 0 or ")" in before[bracket:] or "]" in before[bracket:]:
        return False
    words = before[bracket + 1 :].replace(":", " ").replace(".", " ").replace(",", " ")
    return any(word.lower() in _GLOSS_WORDS for word in words.split()[-3:])


class FinderBase:
    """What the quote finder knows while it works through one text."""

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
        self.indirect_spans: dict[tuple[int, int], QuoteRecord] = {}
        self.last_sentences: set[int] = set()
        self.used_cues: set[tuple[int, int]] = set()
        # Cues that frame a quotation after the message of their own clause
        # ("glaubt, dass …: „…“"): shared with that message, owned by neither.
        self.shared_cues: set[tuple[int, int]] = set()
        self.anchors: dict[int, tuple[Entity | None, tuple[int, int] | None]] = {}
        # Quoted fragments with no cue of their own: quotes only inside a message.
        self.fragments: list[tuple[int, int, int]] = []
        # Phrases before a colon that become their speaker's mention, with the spans of
        # the mentions inside them (applied together after each pass).
        self.widened: list[tuple[Entity, int, int, list[tuple[int, int]]]] = []
        # The source found for each cue (by the offsets of its verb), quote or not.
        self.cue_sources: dict[tuple[int, int], tuple[Entity | None, tuple[int, int] | None]] = {}
        self.starts = [s for s, _, _, _ in segments]
        # Subjects of verbs from a dependency parse, when the Doc has one.
        self.subjects: Subjects = {}

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
        if record.end <= record.start:
            # A message that would end before it starts (a rule's end bound before
            # the first word of the message, in broken text): no quote.
            return
        opening = bisect.bisect_right(self.covered_starts, record.start) - 1
        if (
            record.kind is QuoteKind.INDIRECT
            and opening >= 0
            and self.covered[opening][0] < record.start
            and self.text[self.covered[opening][0] : record.start].strip() in _OPENING_MARKS
        ):
            # "vor, „die Daten“ zu missbrauchen": the message opens with the mark.
            record.start = self.covered[opening][0]
        region = bisect.bisect_right(self.covered_starts, record.end) - 1
        if (
            record.kind is QuoteKind.INDIRECT
            and region >= 0
            and self.covered[region][1] == record.end + 1
            and self.covered[region][0] >= record.start
        ):
            # "Der Iran müsse „… beenden“, so Rice": the message ends with the
            # quotation that closes it, mark included.
            record.end += 1
        if record.kind is QuoteKind.INDIRECT:
            same = self.indirect_spans.get((record.start, record.end))
            if same is not None and self._same_clause(same, record):
                # "zeigte sich überzeugt, dass …": two cue words, one message.
                same.cue = tuple(sorted(set(same.cue) | set(record.cue)))
                return
            if same is not None and self._in_relative_clause(record):
                # "schrieb in einer Erklärung, die … veröffentlicht wurde, sie wolle
                # …": the relative clause's verb is no cue of that message.
                return
            # Cues of two clauses ("schreibt - ich zitiere -: …") make two quotes.
            self.indirect_spans.setdefault((record.start, record.end), record)
        if record.last_sentence < 0:
            record.last_sentence = self.sentence_of(max(record.start, record.end - 1))
        self.quotes.append(record)
        self.by_sentence.setdefault(record.sentence, []).append(record)
        self.last_sentences.add(record.last_sentence)
        if record.cue and record.owns_cue:
            self.used_cues.add(record.cue[0])

    def _same_clause(self, first: QuoteRecord, second: QuoteRecord) -> bool:
        """Whether the cues of two quotes of one sentence stand in one clause."""
        if not first.cue or not second.cue or first.sentence != second.sentence:
            return False
        frame = self.frame(first.sentence)
        starts = [
            frame.clause_start(max(bisect.bisect_right(frame.starts, q.cue[0][0]) - 1, 0))
            for q in (first, second)
        ]
        low, high = sorted((first.cue[0][0], second.cue[0][0]))
        between = self.text[low:high]
        # A spaced hyphen or a bracket sets off a parenthesis ("- ich zitiere -").
        return starts[0] == starts[1] and " - " not in between and "(" not in between

    def _in_relative_clause(self, record: QuoteRecord) -> bool:
        """Whether the cue of ``record`` stands in a relative clause."""
        if not record.cue:
            return False
        frame = self.frame(record.sentence)
        index = bisect.bisect_right(frame.starts, record.cue[0][0]) - 1
        first = frame.clause_start(max(index, 0))
        return first > 0 and frame.lower(first) in RELATIVE and frame.commas[first - 1]

    def _konjunktiv_within(
        self, frame: SentenceFrame, first: int, count: int, regular: bool = False
    ) -> bool:
        """Whether a Konjunktiv I verb (or a plural Konjunktiv II standing in for one,
        ``wären``, ``hätten``, ``würden``) is among ``count`` tokens from ``first``."""
        forms = _konjunktiv_or_reported()
        stop = min(len(frame.tokens), first + count)
        if (
            first >= 0
            and not (regular and first < stop)
            and forms.isdisjoint(frame.words[first:stop])
        ):
            return False  # no form of the mood among these words (tested in C)
        for index in range(first, stop):
            if regular and index - first < 4 and _regular_konjunktiv(frame, index):
                return True
            word = frame.tokens[index][2]
            if (
                word in forms
                and frame.lower(index - 1) != "ich"
                and frame.lower(index + 1) != "ich"
            ):
                return True
        return False


@functools.lru_cache(maxsize=1)
def _konjunktiv_or_reported() -> frozenset[str]:
    """Konjunktiv I forms and the moods that stand in for them (built once)."""
    return konjunktiv_forms() | _REPORTED_MOOD


def reported_cue(frame: SentenceFrame, cue: Cue) -> bool:
    """A cue verb in Konjunktiv I (``Der Mann gebe den Kontakt zu``, ``Die Gefahr
    bestehe``): itself reported, so its sentence may continue the speaker before."""
    word = frame.lower(cue.first_token)
    if frame.lower(cue.first_token - 1) == "ich" or frame.lower(cue.first_token + 1) == "ich":
        return False
    if word == _base(cue.verb) and any(
        frame.lower(i) in _KONJUNKTIV_MODALS
        for i in range(frame.clause_start(cue.first_token), cue.first_token)
    ):
        return True  # "Man müsse darüber reden": the infinitive of a reported modal
    if _participle(word, cue.verb) and _konjunktiv_perfect(frame, cue):
        return True  # "Er habe sich über die Regierung beschwert": a reported perfect
    return word in konjunktiv_forms() or (
        cue.verb.lemma.endswith("en") and word == _base(cue.verb)[:-2] + "e"
    )


def _participle(word: str, verb: CueVerb) -> bool:
    """Whether ``word`` can be the participle of ``verb`` (``beschwert``, ``gesagt``)."""
    return word not in (verb.lemma, _base(verb)) and any(
        not option.finite and option.verb == verb and not word.endswith("nd")
        for option in cue_forms().get(word, ())
    )


def _konjunktiv_perfect(frame: SentenceFrame, cue: Cue) -> bool:
    """Whether a participle cue closes its clause after an auxiliary in Konjunktiv
    I (``habe``, ``seien``) in that clause: the perfect of a reported clause
    (``Im Brief habe sich der Rebellenführer beschwert``)."""
    last = cue.last_token
    if frame.clause_end(last) != last:
        return False
    auxiliaries = _KONJUNKTIV_AUXILIARIES
    return any(
        frame.lower(i) in auxiliaries
        for i in range(frame.clause_start(cue.first_token), cue.first_token)
    )


# The auxiliaries of the perfect in Konjunktiv I.
_KONJUNKTIV_AUXILIARIES = frozenset({"habe", "hätten", "sei", "seien"})
# Modals and "werden" in Konjunktiv I (third person singular).
_KONJUNKTIV_MODALS = frozenset({"müsse", "solle", "könne", "dürfe", "wolle", "möge", "werde"})


def _base(verb: CueVerb) -> str:
    """The infinitive without a separable particle."""
    return verb.lemma[len(verb.particle) :] if verb.particle else verb.lemma
