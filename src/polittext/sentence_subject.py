"""The subject of a narrative sentence, when it names someone who can speak.

A report in Konjunktiv I without a cue of its own (``Es gehe nicht darum, …``)
is the words of whoever the sentence before was about, also when that sentence
has no speech verb: ``Der Innenminister definierte am Montag das Ziel. Es
gehe nicht darum, …``. This module finds that subject by word order alone: the
noun phrase of the prefield (``Der Innenminister definierte``), or the one right
after the finite verb when an adverbial fills the prefield (``Am Montag hat die
Wahlkommission …``, ``Daraufhin fügte der Gesetzgeber …``).

Only phrases that can name a speaker count: a known name, a role (``der
Minister``), a group or source noun (``die Ermittler``), an institution
(``die Staatsanwaltschaft``) or an acronym (``BYD``); ``Die Suche wurde
eingestellt`` has no speaker.

>>> from polittext.entities import find_entities
>>> from polittext.frames import SentenceFrame
>>> text = "Am Montag hat die Staatsanwaltschaft Anklage erhoben."
>>> entity, span = sentence_subject(SentenceFrame.build(text, 0, len(text)), find_entities(text))
>>> text[span[0] : span[1]]
'Staatsanwaltschaft'
"""

from __future__ import annotations

from polittext.attribution import noun_phrase_source
from polittext.cues import cue_participles
from polittext.entities import Entity, EntityTable, could_be_surname
from polittext.frames import SentenceFrame
from polittext.gazetteer import gazetteer
from polittext.lexicon import word_class
from polittext.sources import noun_phrase_end
from polittext.types import SpeakerKind

__all__ = ["sentence_subject"]

_PREPOSITIONS = word_class("preposition")
_ADVERBS = word_class("adverb")
_AUXILIARIES = word_class("auxiliary") | word_class("finite_helper")
_FOCUS = word_class("focus_particle")
_QUANTIFIERS = word_class("quantifier")
# Lower-case words after an adverbial prefield that are no finite verb.
_NOT_VERBS_AFTER_ADVERBIAL = frozenset({"und", "oder", "sowie", "bzw", "zum", "zur", "vor", "nach"})
_LEADING = frozenset({"und", "aber", "doch", "denn", "sondern"})
# Articles of a noun phrase that cannot be the subject ("Den Unmut … brachte X").
_OBLIQUE = frozenset({"den", "dem", "des", "einem", "einen", "eines", "ihm", "ihr", "ihnen"})
_NOMINATIVE = frozenset({"der", "die", "das", "ein", "eine"})
_MASCULINE_NOMINATIVE = frozenset({"der", "ein"})
# Words between the finite verb and an inverted subject ("hat sich auch X …").
_MIDDLE = frozenset({"sich", "nun", "jetzt", "auch", "bereits", "erneut", "zudem", "ebenfalls"})
_SPEAKING_KINDS = frozenset(
    {
        SpeakerKind.PERSON,
        SpeakerKind.ORGANISATION,
        SpeakerKind.INSTITUTION,
        SpeakerKind.GOVERNMENT,
        SpeakerKind.GROUP,
        SpeakerKind.ANONYMOUS_SOURCE,
    }
)
_INSTITUTION_ENDINGS = (
    "amt",
    "ministerium",
    "gericht",
    "gerichtshof",
    "polizei",
    "behörde",
    "behörden",
    "verband",
    "institut",
    "agentur",
    "kommission",
    "regierung",
    "rat",
    "parlament",
    "staatsanwaltschaft",
    "verwaltung",
    "senat",
    "partei",
    "fraktion",
    "gewerkschaft",
    "konzern",
    "unternehmen",
)


def sentence_subject(
    frame: SentenceFrame, table: EntityTable
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The entity the main clause of ``frame`` is about, if it can speak.

    >>> from polittext.entities import find_entities
    >>> text = "Die Suche wurde am Abend eingestellt."
    >>> sentence_subject(SentenceFrame.build(text, 0, len(text)), find_entities(text))
    (None, None)
    """
    count = len(frame.tokens)
    if _passive(frame):
        return None, None  # "Die Ministerin wurde aufgefordert": spoken to, not speaking
    first = 0
    while first < count - 1 and (frame.lower(first) in _LEADING or frame.lower(first) in _FOCUS):
        first += 1
    if count - first < 3:
        return None, None
    opener = frame.lower(first)
    if opener in _PREPOSITIONS or opener in _ADVERBS or frame.words[first].isdigit():
        verb = _verb_after_adverbial(frame, first)
        return _inverted_subject(frame, table, verb, _NOMINATIVE)
    if not (opener in _NOMINATIVE or opener in _OBLIQUE or frame.words[first][:1].isupper()):
        return None, None
    last = noun_phrase_end(frame, first)
    if last < first or last + 1 >= count:
        return None, None
    if opener in _OBLIQUE:
        # "Den Unmut der Partei brachte die Sprecherin zum Ausdruck": an object
        # first, the subject after the verb.
        return _inverted_subject(frame, table, _finite_at(frame, last + 1), _NOMINATIVE)
    if frame.gap(last).strip().startswith(":") or _apposition_line(frame, last):
        # "Erkki Tuomioja, Präsident des Rats: „…“": a name line before a quotation.
        return _speaker_phrase(frame, table, first, name_line=True)
    verb = _finite_at(frame, last + 1)
    if verb is None:
        return None, None
    found = _speaker_phrase(frame, table, first)
    if found[0] is not None:
        return found
    # "Die Richtlinienkompetenz stellte der Vorsitzende in Frage": a thing first may
    # be the object; only a masculine nominative after the verb is surely the subject.
    return _inverted_subject(frame, table, verb, _MASCULINE_NOMINATIVE)


def _finite_at(frame: SentenceFrame, index: int) -> int | None:
    """``index`` if the word there can be the finite verb after the prefield."""
    if index >= len(frame.tokens) or not frame.words[index].islower():
        return None
    lowered = frame.lower(index)
    if lowered in _PREPOSITIONS or lowered in _NOMINATIVE or lowered in _OBLIQUE:
        return None
    return index


def _inverted_subject(
    frame: SentenceFrame, table: EntityTable, verb: int | None, articles: frozenset[str]
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The speaker named right after the finite verb ``verb`` (``hat die
    Wahlkommission``, ``hält sich Gall``), after ``sich`` and a few adverbs; the
    phrase opens with one of ``articles`` or a capitalised word."""
    if verb is None:
        return None, None
    count = len(frame.tokens)
    subject = verb + 1
    while subject < count and frame.lower(subject) in _MIDDLE:
        subject += 1
    if subject >= count or not (
        frame.lower(subject) in articles or frame.words[subject][:1].isupper()
    ):
        return None, None
    return _speaker_phrase(frame, table, subject)


def _passive(frame: SentenceFrame) -> bool:
    """Whether the main clause is in the passive (``wurde … aufgefordert``,
    ``wird … kritisiert``): its subject is what was acted on."""
    last = frame.clause_end(0)
    for index in range(last + 1):
        word = frame.lower(index)
        if word in {"wurde", "wurden", "worden"}:
            return True
        if word in {"wird", "werden"} and (
            frame.lower(last).startswith("ge") or frame.lower(last) in cue_participles()
        ):
            # "wird … gelobt", "wird … erwartet" (a participle without ge-)
            return True
    return False


def _verb_after_adverbial(frame: SentenceFrame, first: int) -> int | None:
    """The finite verb after an adverbial prefield: one adverb or number
    (``Daraufhin fügte``, ``2009 will``) or a prepositional phrase (``Am 15. Mai
    hat``)."""
    if frame.lower(first) in _PREPOSITIONS:
        last = noun_phrase_end(frame, first + 1)
        if last < first + 1:
            return None
        last = _title_end(frame, first, last)
        verb = last + 1
    else:
        verb = first + 1
    if verb >= len(frame.tokens) or frame.breaks[verb - 1] or _finite_at(frame, verb) is None:
        return None
    lowered = frame.lower(verb)
    if (
        lowered not in _AUXILIARIES
        and not lowered.endswith(("t", "te", "ten", "en", "e"))
        and (lowered in _ADVERBS or lowered in _NOT_VERBS_AFTER_ADVERBIAL or len(lowered) < 3)
    ):
        # A strong past form ends in none of these ("nahm", "gab", "sprach", "warf"):
        # any other lower-case word after the adverbial is the verb.
        return None
    return verb


def _title_end(frame: SentenceFrame, first: int, last: int) -> int:
    """The last token of a short title in quotation marks that opens in the
    phrase ``first``…``last`` and closes after it (``Unter dem Motto „Frieden
    jetzt“ zogen …``), else ``last``."""
    opened = any(
        frame.gap(index).rstrip()[-1:] in tuple(_OPENING_MARKS) for index in range(first, last)
    )
    if not opened or frame.gap(last)[:1] in tuple(_CLOSING_MARKS):
        return last
    for index in range(last + 1, min(len(frame.tokens) - 1, last + 8)):
        if frame.gap(index)[:1] in tuple(_CLOSING_MARKS):
            return index
        if frame.breaks[index]:
            break
    return last


_OPENING_MARKS = '„»«‚›"“'
_CLOSING_MARKS = '“”"«»‹‘'


def _apposition_line(frame: SentenceFrame, last: int) -> bool:
    """Whether a comma after the name ending at ``last`` opens an apposition that
    runs to a colon with no verb in it (``Erkki Tuomioja, Präsident des Rats der
    Europäischen Union: „…“``)."""
    if "," not in frame.gap(last):
        return False
    for index in range(last + 1, min(len(frame.tokens), last + 12)):
        word = frame.words[index]
        if word.islower() and word not in _LINE_WORDS and not word.endswith(("e", "en", "er")):
            return False
        if ":" in frame.gap(index):
            return True
    return False


_LINE_WORDS = frozenset({"des", "der", "den", "dem", "von", "vom", "für", "und", "im", "in", "am"})


def _speaker_phrase(
    frame: SentenceFrame, table: EntityTable, first: int, name_line: bool = False
) -> tuple[Entity | None, tuple[int, int] | None]:
    """The entity of the noun phrase at ``first`` when it can name a speaker."""
    last = noun_phrase_end(frame, first)
    if last < first:
        return None, None
    start, end = frame.tokens[first][0], frame.tokens[last][1]
    mentions = table.within(start, end)
    for mention_start, mention_end, index in mentions:
        if table.entities[index].kind is SpeakerKind.PERSON and (
            frame.text[mention_start:mention_end].split()[0].lower() not in _QUANTIFIERS
        ):
            # "die Sprecherin der Fraktion, Annette Weber": the person, not the party.
            return table.entities[index], (mention_start, mention_end)
    for mention_start, mention_end, index in mentions:
        known = table.entities[index]
        if frame.text[mention_start:mention_end].split()[0].lower() in _QUANTIFIERS:
            continue  # "Zwei Agenten": a number word taken for a name
        if known.kind in _SPEAKING_KINDS and not _after_preposition(frame, mention_start, first):
            return known, (mention_start, mention_end)
        break  # the first mention decides: "Der Verkauf der Woba" is no speaker
    head = first
    while head < last and (
        frame.lower(head) in _NOMINATIVE
        or frame.words[head][:1].islower()
        or frame.lower(head) in _QUANTIFIERS
    ):
        head += 1
    # A capitalised word opening the sentence may be any word ("Langfristig",
    # "Daneben"): a name no list knows counts only after the verb ("hält sich Gall").
    bare = (head == first and (head > 0 or name_line)) and frame.lower(head + 1) not in {
        "und",
        "oder",
        "sowie",
    }
    if frame.lower(head) in _QUANTIFIERS or not _speaking_head(frame.words[head], bare):
        return None, None
    if frame.lower(first) in _QUANTIFIERS:
        first += 1  # "Zwei Agenten": the number word is no name
    entity, span = noun_phrase_source(frame, first, last + 1, table)
    if entity is None or entity.kind not in _SPEAKING_KINDS:
        return None, None
    return entity, span


def _after_preposition(frame: SentenceFrame, position: int, first: int) -> bool:
    """Whether a preposition stands between the phrase start and ``position``
    (``der Sprecher von Siemens``: Siemens is not the subject)."""
    return any(
        frame.lower(i) in _PREPOSITIONS
        for i in range(first, len(frame.tokens))
        if frame.tokens[i][0] < position
    )


def _speaking_head(word: str, bare: bool) -> bool:
    """Whether a head noun can name a speaker: a role, a group or source noun, an
    institution, an acronym, or (without an article) a name."""
    g = gazetteer()
    if g.role(word) is not None or g.group(word) is not None:
        return True
    lowered = word.lower()
    if lowered.endswith(_INSTITUTION_ENDINGS):
        return True
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2:
        return True  # "BYD", "IADB", "ver.di"-like acronyms
    return bare and could_be_surname(word)
