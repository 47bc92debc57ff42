"""Pair quotation marks into quoted regions, in one linear pass.

Handles the German styles „…“ and „…", the typewriter "…", guillemets »…«
(and the Swiss «…»), single ‚…‘ and ›…‹, and English “…”. Nested quotes are
marked as such. A quote may run over several paragraphs: a new paragraph that
opens with a quotation mark while the previous quote is still open continues
it. Apostrophes inside words (``Merkel’s``) are no quotation marks.

>>> [(r.content_start, r.content_end, r.nested) for r in quote_regions('Er sagte: „Das ist ‚gut‘.“', [(0, 26)])]
[(20, 23, True), (11, 25, False)]
"""

from __future__ import annotations

import bisect
import re

import attrs

__all__ = ["QUOTE_MARKS", "QuoteRegion", "quote_regions"]

# Every character that can open or close a quotation.
QUOTE_MARKS = '„“”"»«‚‘’›‹'
_MARKS = re.compile(f"[{re.escape(QUOTE_MARKS)}]")
# Which closing marks end a quote opened by each opening mark.
_CLOSERS = {
    "„": '“"”',
    '"': '"“”',
    "“": '”"',
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "›": "‹",
}
_LEFT_OPEN = frozenset("([{–—-/:")
_RIGHT_CLOSE = frozenset(".,;:!?)]}–—-…")
_MAX_STACK_SEARCH = 3
# A guillemet at a word start (after a space or at the text start).
_GUILLEMET_OPEN = re.compile(r"(?:^|(?<=[\s(]))([»«])(?=\w)")
_GUILLEMET = re.compile("[»«]")


@attrs.frozen(slots=True)
class QuoteRegion:
    """A quoted stretch: marks at ``open_pos`` and ``close_pos``, content between.

    ``content_start``/``content_end`` exclude the marks and surrounding spaces.
    """

    open_pos: int
    close_pos: int
    content_start: int
    content_end: int
    nested: bool


def _swiss_guillemets(text: str) -> bool:
    """Whether the text writes guillemets the Swiss way, «…», rather than »…«.

    Counted once per text: a guillemet that touches the word after it opens.
    """
    german = swiss = 0
    # Only where there is a guillemet: the pattern, tried at every character, is slow.
    for candidate in _GUILLEMET.finditer(text):
        match = _GUILLEMET_OPEN.match(text, candidate.start())
        if match is None:
            continue
        if match.group(1) == "»":
            german += 1
        else:
            swiss += 1
    return swiss > german


def _role(
    text: str, pos: int, mark: str, stack: list[tuple[int, str]], swiss: bool | None = None
) -> str:
    """Return ``open``, ``close`` or ``skip`` for the mark at ``pos``."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    left_space = before.isspace() or before in _LEFT_OPEN or pos == 0
    right_space = after.isspace() or after in _RIGHT_CLOSE
    closes = any(mark in _CLOSERS[opener] for _, opener in stack[-_MAX_STACK_SEARCH:])
    if mark in "„›":
        return "open"
    if mark in "»«" and not closes and swiss is not None:
        opener = "«" if swiss else "»"
        return "open" if mark == opener and not right_space else "skip"
    if mark == "‚":
        return "skip" if right_space else "open"
    if mark in "‘’":
        if before.isalpha() and after.isalpha():
            return "skip"
        return "close" if closes else "skip"
    if mark in "”‹":
        return "close" if closes else "skip"
    if mark == '"':
        if closes and not (left_space and not right_space):
            return "close"
        if left_space and not right_space:
            return "open"
        return "close" if closes else "skip"
    # “, », «: closing where something they close is open, else opening at a word start.
    if closes:
        return "close"
    if left_space and not right_space:
        return "open"
    return "skip"


def quote_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRegion]:
    """All paired quotation marks of ``text``, in the order they close.

    ``paragraphs`` are ``(start, end)`` pairs in text order; a quote left open
    at a paragraph's end is dropped unless the next paragraph starts with a
    quotation mark, which then continues it.
    """
    starts = [start for start, _ in paragraphs]
    regions: list[QuoteRegion] = []
    stack: list[tuple[int, str]] = []
    swiss: bool | None = None
    paragraph = -1
    for match in _MARKS.finditer(text):
        pos = match.start()
        mark = match.group()
        current = bisect.bisect_right(starts, pos) - 1
        if current != paragraph:
            continues = (
                stack and current >= 0 and pos == paragraphs[current][0] and mark == stack[0][1]
            )
            paragraph = current
            if continues:
                del stack[1:]
                continue
            stack.clear()
        if mark in "»«" and swiss is None:
            swiss = _swiss_guillemets(text)
        role = _role(text, pos, mark, stack, swiss)
        if role == "open":
            stack.append((pos, mark))
        elif role == "close":
            for depth in range(len(stack) - 1, max(-1, len(stack) - 1 - _MAX_STACK_SEARCH), -1):
                open_pos, opener = stack[depth]
                if mark in _CLOSERS[opener]:
                    del stack[depth:]
                    start, end = open_pos + 1, pos
                    while start < end and text[start].isspace():
                        start += 1
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    if start < end:
                        regions.append(QuoteRegion(open_pos, pos, start, end, depth > 0))
                    break
    return regions
