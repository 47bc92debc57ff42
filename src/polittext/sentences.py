"""Article layout and sentence boundaries, on plain text (no spaCy needed).

The text is cut into blocks at blank lines. A block that is a single line
without final punctuation is a layout segment (dateline, section label,
headline, subheading, byline); every other block is a paragraph, split into
sentences at ``.``, ``!``, ``?`` and ``…`` unless the period belongs to an
abbreviation (``z. B.``, ``Abs.``), an ordinal (``am 3. Oktober``,
``der 2. Weltkrieg``, ``Ludwig XIV.``), an initial or a number, or the next
word starts in lower case. A closing quotation mark after the punctuation
stays with its sentence; an opening one starts the next. A single line break
inside a paragraph is no boundary, and a colon never ends a sentence: for
quote attribution ``Sie sagte: „…“`` must stay one unit.

>>> [s.text for s in split_sentences("Am 3. Oktober z. B. kam er. Er sagte: „Gut.“ Dann ging er.")]
['Am 3. Oktober z. B. kam er.', 'Er sagte: „Gut.“', 'Dann ging er.']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from polittext._input import require_text
from polittext.lexicon import read_table
from polittext.types import Sentence, SentenceKind, SpeakerKind

__all__ = ["MAX_SENTENCE_CHARS", "paragraph_ranges", "segment_spans", "split_sentences"]

# A blank line: a line break, then only horizontal whitespace, then another break.
# Each alternative opens with a literal character (not "\r?\n…"), so that a search
# skips to the next line break in C instead of trying a match at every position.
_BLANK_LINE = re.compile(r"\r\n[^\S\n]*(?:\r?\n|\u2029)|\n[^\S\n]*(?:\r?\n|\u2029)|\u2029")
_FINAL_PUNCT = frozenset(".!?…:;\"“”»«’'‘")
# Sentence-final punctuation, closing marks glued to it, then whitespace.
# Runs of final punctuation with the closing marks glued to them. No lookahead:
# "(?:\.\.\.|[.!?…])+(?=\s)" backtracks exponentially on a run of periods that
# no space follows ("1. Einleitung.....3"); whether a space follows is checked after.
# Each alternative opens with a literal character (as for _BLANK_LINE), which makes a
# search over a paragraph several times faster than "[.!?…]+…|(?<!\S)[:;]…" (the same
# matches: an emoticon's "(?<!\S)" is tested after its first character).
_CANDIDATE = re.compile(
    "|".join(
        [rf"{re.escape(mark)}[.!?…]*[\"“”»«’'›‹)\]]*" for mark in ".!?…"]
        + [rf"{mark}(?<!\S{mark})-?[)(DP]" for mark in ":;"]
    )
)
_EMOTICON = re.compile(r"[:;]-?[)(DP]")
_WORD = re.compile(r"\w[\w.\-'’]*")
# Two ordinals or numbers joined by a slash or dash: "2./3.", "1.–3.", "20/21".
_ORDINAL_RANGE = re.compile(r"\d{1,3}\.?[/–-](\d{1,3})")
_ROMAN = re.compile(r"^[IVXLC]+$")
_DATE = re.compile(
    r"\b\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?),?\s*(?:\d{2}|\d{4})\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_AGENCY = re.compile(r"^[A-ZÄÖÜ][\w./ -]{1,40}\s*\((?:dpa|AFP|AP|Reuters|epd|KNA|dts|sid)[^)]*\)")
_INLINE_DATELINE = re.compile(
    r"([A-ZÄÖÜ][\w./-]{1,30}(?: [A-ZÄÖÜ][\w./-]{1,30}){0,2}\s*"
    r"\((?:dpa|AFP|AP|Reuters|epd|KNA|dts|sid|afp|rtr)[^()\n]{0,20}\))\s*[-–—:]\s+"
)
# A press release's dateline before its first sentence: "Berlin, 12. März 2026. Die …",
# "Berlin/Brüssel, 12.03.2026 – Die …", "München, den 4. Mai 2025: Die …", "BERLIN. Die …",
# "Moskau/Brüssel – Russland hat …" (places joined by a slash, then a dash).
_PRESS_DATELINE = re.compile(
    r"(?:[A-ZÄÖÜ][\w-]{1,30}(?:[ /](?:(?:am|an|der|im|in|ob|bei) ){0,2}[A-ZÄÖÜ][\w-]{1,30}){0,2}"
    r",\s*(?:den\s+)?"
    r"(?:\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\.?(?:\s*\d{4})?"
    r"|\d{4}-\d{2}-\d{2})"
    r"|[A-ZÄÖÜ]{4,}(?:[/-][A-ZÄÖÜ]{2,})*"
    r"|[A-ZÄÖÜ][\w-]{1,30}(?:/[A-ZÄÖÜ][\w-]{1,30})+(?=\s[–—]))"
    r"(?:\s*\((?:dpa|AFP|AP|Reuters|epd|KNA|dts|sid|afp|rtr)[^()\n]{0,20}\))?"
    r"\s*(?:[.:]|\s[-–—])\s+(?=[„\"»A-ZÄÖÜ])"
)
# A speech header of a plenary protocol on a line of its own ("Friedrich Merz
# (CDU/CSU):", "Vizepräsidentin Petra Pau:", "Präsident Dr. Norbert Lammert:"):
# the chair's title first, or the speaker's party in brackets last. Matched only at
# the start of a line (see _speech_headers).
_SPEECH_HEADER = re.compile(
    r"[^\S\n]*"
    r"(?:(?:Vize|Alters)?[Pp]räsident(?:in)?[^\S\n]+[A-ZÄÖÜ][^\n:]{0,80}"
    r"|[A-ZÄÖÜ][^\n:]{0,100}\([^\n():]{1,40}\))"
    r":[^\S\n]*\r?\n"
)
_BYLINE = re.compile(
    r"^(?:Von|Ein Kommentar von|Ein Gastbeitrag von|Eine Analyse von|Text:|Autor(?:in)?:)\s+\S",
)
_OTHER_SPACE = re.compile(r"[^\S ]")
_OPENERS = frozenset('„"“»«‚‘›‹([–-—')
_OPENER_CHARS = "".join(_OPENERS)


@functools.lru_cache(maxsize=1)
def _context() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for word, cls in read_table("sentence_context.tsv", 2):
        classes.setdefault(cls, set()).add(word)
    return {cls: frozenset(words) for cls, words in classes.items()}


@functools.lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """All abbreviations (spaces removed) and those that may end a sentence."""
    every: set[str] = set()
    final: set[str] = set()
    for abbreviation, can_end in read_table("abbreviations.tsv", 2):
        key = abbreviation.replace(" ", "")
        every.add(key)
        if can_end == "yes":
            final.add(key)
    return frozenset(every), frozenset(final)


@functools.lru_cache(maxsize=1)
def _abbreviation_ends() -> frozenset[str]:
    """Every end of an abbreviation (spaces removed): ``B.`` and ``z.B.`` for ``z. B.``."""
    return frozenset(key[i:] for key in _abbreviations()[0] for i in range(len(key)))


def abbreviation_period(word: str) -> bool:
    """Whether a period after ``word`` belongs to it: an abbreviation, an ordinal
    number, an initial or a regnal number, not a full stop.

    >>> [abbreviation_period(w) for w in ("Abs", "3", "B", "XVI", "Merz")]
    [True, True, True, True, False]
    """
    word = word.lstrip(_OPENER_CHARS)
    if not word or word.isdigit() or len(word) == 1 or _ROMAN.match(word):
        return bool(word)
    return word + "." in _abbreviations()[0]


def _token_before(text: str, end: int, lower: int) -> int:
    """Start of the whitespace-delimited token that ends at ``end``."""
    # After the last space (found in C within the last 64 characters), unless a
    # line break or another kind of white space (a tab, a no-break space) stands
    # after it: then char by char, as far as the token goes (a bounded search, so
    # that a long sentence without spaces costs no more per period).
    space = text.rfind(" ", max(lower, end - 64), end)
    if space >= 0 and _OTHER_SPACE.search(text, space + 1, end) is None:
        return space + 1
    start = end
    while start > lower and not text[start - 1].isspace():
        start -= 1
    return start


def _strip_openers(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _OPENERS:
        start += 1
    return start


# Initials written without spaces: "B.N", "J.P", "A.B.C" (the final dot is the candidate).
_GLUED_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.)+[A-ZÄÖÜ]")


def _is_boundary(text: str, punct_start: int, punct_end: int, next_pos: int, lower: int) -> bool:
    """Decide whether the candidate punctuation ``text[punct_start:punct_end]`` ends a sentence."""
    nxt = text[next_pos]
    if nxt.islower() or nxt in ",;:)]":
        return False
    if text[punct_start] in ":;" and _EMOTICON.fullmatch(text, punct_start, punct_end):
        return nxt.isupper()  # "nur weiterempfehlen ;-) So eben war ich …"
    run = (
        text[punct_start]  # most candidates: one period
        if punct_end - punct_start == 1
        else text[punct_start:punct_end].rstrip("\"“”»«’'›‹)]")
    )
    if "!" in run or "?" in run:
        return True
    if run != ".":
        # Ellipsis ("…", "..."): a boundary only before a capital or an opening mark.
        return nxt.isupper() or nxt in _OPENERS
    token_start = _strip_openers(text, _token_before(text, punct_start, lower), punct_start)
    token = text[token_start:punct_start]
    if not token:
        return True
    context = _context()
    every, final = _abbreviations()
    # Abbreviations, also multi-part ones written with spaces ("z. B.", "v. Chr."):
    # the token before is looked at only if an abbreviation ends with this one.
    candidates = [token + "."]
    if candidates[0] in _abbreviation_ends():
        previous_start = _token_before(text, max(token_start - 1, lower), lower)
        two_tokens = text[previous_start : punct_start + 1].replace(" ", "")
        candidates += (two_tokens, two_tokens.lstrip(_OPENER_CHARS))
    for candidate in candidates:
        if candidate in every:
            if candidate in final:
                return _next_word(text, next_pos) in context["starter"]
            return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "Max M. Muster", "S. 12"
    if "." in token and _GLUED_INITIALS.fullmatch(token):
        # "Direktor B.N. Suresh", "J.P. Morgan": initials before a name, unless a
        # typical sentence opener follows ("… in den U.S. Dort …").
        return _next_word(text, next_pos) in context["starter"]
    if token.endswith("str") and nxt.isdigit():
        return False  # a street and its number: "Hauptstr. 5"
    if token.isdigit():
        return _number_ends_sentence(text, token, token_start, next_pos, lower, context)
    ordinals = _ORDINAL_RANGE.fullmatch(token) if token[0].isdigit() else None
    if ordinals:
        # "in 2./3. Lesung", "vom 1.–3. Oktober": the range's last ordinal decides.
        last = ordinals.group(1)
        return _number_ends_sentence(text, last, token_start, next_pos, lower, context)
    if token[0] in "IVXLC" and _ROMAN.match(token) and token_start > lower:
        before = text[_token_before(text, token_start - 1, lower) : token_start].strip()
        if before[:1].isupper():
            return False  # "Ludwig XIV."
    return True


def _next_word(text: str, pos: int) -> str:
    match = _WORD.match(text, _strip_openers(text, pos, min(len(text), pos + 3)))
    return match.group().rstrip(".") if match else ""


def _number_ends_sentence(
    text: str,
    token: str,
    token_start: int,
    next_pos: int,
    lower: int,
    context: dict[str, frozenset[str]],
) -> bool:
    if len(token) >= 4:
        return True  # a year or a large number ends the sentence: "im Jahr 2024. Danach"
    following = _next_word(text, next_pos)
    if following in context["month"] or following in context["ordinal_noun"]:
        return False
    before_start = _token_before(text, max(token_start - 1, lower), lower)
    before = text[before_start:token_start].strip()
    every, _final = _abbreviations()
    after_sentence = before[-1:] in "!?:)" or (
        before[-1:] == "." and before not in every and len(before.rstrip(".")) > 1
    )
    if token_start == lower or after_sentence:
        return False  # a list number at a sentence start: "… fest. 2. Soziale Bewegungen …"
    return before.lower() not in context["ordinal_left"]


def _paragraph_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for sentence_start, sentence_end in _punctuated_sentences(text, start, end):
        if sentence_end - sentence_start > MAX_SENTENCE_CHARS:
            yield from _cut(text, sentence_start, sentence_end)
        elif text[sentence_start] == "(":
            yield from _bracket_first(text, sentence_start, sentence_end)
        else:
            yield sentence_start, sentence_end


#: Characters: a run of text without a sentence end that is longer than this is cut
#: into pieces at most this long, after the last comma or semicolon of each (or at
#: its last space). No sentence of the 21,000 in our data is longer than 750
#: characters; the cut keeps every stage's work per sentence bounded, so that a text
#: without full stops (a list, a transcript, a broken scan) takes time linear in its
#: length.
MAX_SENTENCE_CHARS = 3000
_COMMA_CUT = re.compile(r"[,;](?=\s)")
_SPACE_CUT = re.compile(r"\s")


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE_CHARS`."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        low = start + MAX_SENTENCE_CHARS // 2
        # the last comma or semicolon in the second half, else the last space
        commas = [match.end() for match in _COMMA_CUT.finditer(text, low, limit)]
        spaces = [] if commas else [m.start() for m in _SPACE_CUT.finditer(text, low, limit)]
        cut = (commas or spaces or [limit])[-1]
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _bracket_first(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split off a bracket that opens the sentence and is followed by a new one:
    the interjections of a plenary protocol (``(Beifall bei der SPD) Wir
    fordern …``) and credits (``(Foto: dpa) Die Kanzlerin …``). A bracket with no
    word of three letters (``(1) Die Würde …``) stays."""
    while text[start] == "(":
        close = _closing_bracket(text, start, min(end, start + _MAX_BRACKET))
        if close is None or close + 1 >= end or not text[close + 1].isspace():
            break
        following = close + 1
        while following < end and text[following].isspace():
            following += 1
        if following >= end or not (text[following].isupper() or text[following] in _OPENERS):
            break
        if _THREE_LETTERS.search(text, start, close) is None:
            break
        yield start, close + 1
        start = following
    yield start, end


def _closing_bracket(text: str, start: int, limit: int) -> int | None:
    """Index of the ``)`` that closes the bracket opened at ``start`` (before ``limit``)."""
    depth = 0
    for index in range(start, limit):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


_MAX_BRACKET = 300
_THREE_LETTERS = re.compile(r"[^\W\d_]{3}")


def _punctuated_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        punct_end = match.end()
        if punct_end >= end or not text[punct_end].isspace():
            continue
        next_pos = punct_end
        while next_pos < end and text[next_pos].isspace():
            next_pos += 1
        if next_pos >= end:
            break
        if _is_boundary(text, match.start(), punct_end, next_pos, sentence_start):
            yield sentence_start, punct_end
            sentence_start = next_pos
    if sentence_start < end:
        yield sentence_start, end


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in _BLANK_LINE.finditer(text):
        yield from _headed(text, position, match.start())
        position = match.end()
    yield from _headed(text, position, len(text))


def _headed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The block ``text[start:end]``, split after each speech header of a plenary
    protocol that has a line of its own without a blank line after it."""
    if text.find(":", start, end) >= 0:  # most blocks: no colon, no header
        for match in _speech_headers(text, start, end):
            if match.end() < end:
                yield from _trimmed(text, start, match.start())  # what the speech before said
                yield from _trimmed(text, match.start(), match.end())
                start = match.end()
    yield from _trimmed(text, start, end)


def _speech_headers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :data:`_SPEECH_HEADER` in ``text[start:end]`` that start a line
    (at the text's start or after a line break), in text order and without overlap.
    Only the line starts are tried: a search for a line start inside the pattern
    ("(?:^|(?<=\\n))…") tried a match at every character of the block."""
    position = start
    while True:
        if position > 0 and text[position - 1] != "\n":
            line_break = text.find("\n", position, end)
            if line_break < 0:
                return
            position = line_break + 1
        match = _SPEECH_HEADER.match(text, position, end)
        if match is not None:
            yield match
            position = match.end()  # after the header's line break: a line start
        elif position < end:
            position += 1
        else:
            return


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _is_standalone(text: str, start: int, end: int) -> bool:
    """A one-line block without final punctuation is a layout segment."""
    return text[end - 1] not in _FINAL_PUNCT and "\n" not in text[start:end] and end - start <= 300


def _layout_kind(line: str) -> SentenceKind | None:
    words = line.split()
    if len(words) <= 8 and (_DATE.search(line) or _AGENCY.match(line)):
        return SentenceKind.DATELINE
    if len(words) <= 10 and _BYLINE.match(line):
        return SentenceKind.BYLINE
    return None


def paragraph_ranges(segments: list[tuple[int, int, SentenceKind, int]]) -> list[tuple[int, int]]:
    """The indices of the first and the last segment of each paragraph of
    :func:`segment_spans`, in text order.

    >>> paragraph_ranges(segment_spans("Die Lage ist ernst. Er bleibt.\\n\\nDas Amt tagt."))
    [(0, 1), (2, 2)]
    """
    ranges: dict[int, tuple[int, int]] = {}
    for index, (_start, _end, _kind, paragraph) in enumerate(segments):
        ranges[paragraph] = (ranges.get(paragraph, (index, index))[0], index)
    return list(ranges.values())


def segment_spans(text: str) -> list[tuple[int, int, SentenceKind, int]]:
    """Segments as ``(start, end, kind, paragraph)`` tuples, in text order.

    This is the fast core of :func:`split_sentences`; the spaCy component
    ``polittext_sentences`` uses it too, so both always agree.

    >>> segment_spans("Politik\\n\\nDas ist gut. Ja.")
    [(0, 7, <SentenceKind.HEADLINE: 'headline'>, 0), (9, 21, <SentenceKind.BODY: 'body'>, 1), \
(22, 25, <SentenceKind.BODY: 'body'>, 1)]
    """
    blocks = list(_blocks(text))
    standalone = [_is_standalone(text, s, e) for s, e in blocks]
    # Before the first paragraph, a short single line ending in "!" or "?" is a
    # headline too ("Kallas: Europa muss handeln!").
    for index, (start, end) in enumerate(blocks):
        if standalone[index]:
            continue
        if (
            text[end - 1] in "!?"
            and "\n" not in text[start:end]
            and len(text[start:end].split()) <= 15
        ):
            following = index + 1 < len(blocks) and not standalone[index + 1]
            if following and len(list(_paragraph_sentences(text, start, end))) == 1:
                standalone[index] = True
                continue
        break
    first_body = next((i for i, flag in enumerate(standalone) if not flag), len(blocks))
    top = [i for i in range(first_body) if _layout_kind(text[blocks[i][0] : blocks[i][1]]) is None]
    headline = next(
        (i for i in top if len(text[blocks[i][0] : blocks[i][1]].split()) >= 4),
        top[-1] if top else -1,
    )
    segments: list[tuple[int, int, SentenceKind, int]] = []
    for index, (start, end) in enumerate(blocks):
        if not standalone[index]:
            if index == first_body:
                # An inline dateline opens the first paragraph: "BERLIN (dpa) – Die …".
                inline = _INLINE_DATELINE.match(text, start, end) or _PRESS_DATELINE.match(
                    text, start, end
                )
                if inline is not None and _acronym_opener(inline.group()):
                    inline = None  # "NATO. Die Allianz …": an organisation, no place
                if inline is not None and inline.end() < end:
                    # The dash belongs to the dateline, so that segments cover the text.
                    dash_end = inline.end()
                    while text[dash_end - 1].isspace():
                        dash_end -= 1
                    segments.append((start, dash_end, SentenceKind.DATELINE, index))
                    start = inline.end()
            segments.extend(
                (s, e, SentenceKind.BODY, index) for s, e in _paragraph_sentences(text, start, end)
            )
            continue
        kind = _layout_kind(text[start:end])
        if kind is None:
            if index == headline:
                kind = SentenceKind.HEADLINE
            elif index < headline:
                kind = SentenceKind.SECTION
            else:
                kind = SentenceKind.SUBHEADING
        segments.append((start, end, kind, index))
    return segments


_CAPITALS_ONLY = re.compile(r"[A-ZÄÖÜ]{2,}(?:[/-][A-ZÄÖÜ]{2,})*")


def _acronym_opener(dateline: str) -> bool:
    """Whether a dateline in capitals (``NATO.``, ``OECD:``) is the acronym of an
    organisation the gazetteer knows as written, not a place (``BERLIN.``)."""
    from polittext.gazetteer import gazetteer

    words = dateline.split()
    first = words[0].rstrip(".:–—-") if words else ""
    if not _CAPITALS_ONLY.fullmatch(first):
        return False
    found = gazetteer().entity([first])
    return found is not None and found[1].kind is not SpeakerKind.GOVERNMENT


def split_sentences(text: str) -> list[Sentence]:
    """Split German text into layout segments and sentences.

    Works on the caller's string as it is: every :class:`~polittext.types.Sentence`
    satisfies ``sentence.text == text[sentence.start:sentence.end]``. Segments
    are ordered, do not overlap, and together cover every non-space character.

    Args:
        text: the document, a ``str``.

    Returns:
        One :class:`~polittext.types.Sentence` per segment; ``[]`` for empty text.

    Raises:
        TypeError: if ``text`` is not a ``str`` (decode ``bytes`` first).

    >>> doc = "10. Februar, 2026\\n\\nPolitik\\n\\nKallas: Europa zeigt Stärke\\n\\nEs ist der 2. Versuch. Er klappt."
    >>> [(s.kind.value, s.text) for s in split_sentences(doc)]
    [('dateline', '10. Februar, 2026'), ('section', 'Politik'), ('headline', 'Kallas: Europa zeigt Stärke'), \
('body', 'Es ist der 2. Versuch.'), ('body', 'Er klappt.')]
    """
    require_text(text)
    return [
        Sentence(start, end, text[start:end], kind, paragraph)
        for start, end, kind, paragraph in segment_spans(text)
    ]
