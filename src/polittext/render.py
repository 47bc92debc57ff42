"""Look at an analysis: quotes, speakers and measures highlighted as HTML.

:func:`render_html` draws the results over the text with displaCy's span
style (:func:`spacy.displacy.render` with ``style="span"``), so overlapping
results (a measure inside a quote, a speaker mention inside a headline quote)
are all shown, one coloured line under the text each:

- every mention of a speaker, labelled with the speaker's name;
- every quote's content, labelled ``name (kind quote)``, and the words of its
  cue (each part of ``hob … hervor``), labelled ``name (cue)``;
- every policy measure's trigger, labelled ``TYPE (modality)``.

All marks of one speaker share one colour (speakers are coloured in the order
of :attr:`Analysis.speakers <polittext.analysis.Analysis.speakers>`);
unattributed quotes are grey, measures light blue. A highlight covers exactly
the characters of its result; the lines and blank lines of the text are kept.

>>> from polittext import analyze
>>> html = render_html(analyze("Kallas betonte, dass Europa stark sei."), page=False)
>>> "Kallas (indirect quote)" in html
True
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from polittext.analysis import Analysis
from polittext.types import Span

__all__ = ["render_html"]

# spaCy's entity colours first, then golden-angle hues: one colour per speaker.
SPEAKER_COLOURS = (
    "#7aecec",
    "#feca74",
    "#bfeeb7",
    "#aa9cfc",
    "#ff9561",
    "#f0d0ff",
    "#9cc9cc",
    "#ffeb80",
    "#ff8197",
    "#c887fb",
)
UNATTRIBUTED_COLOUR = "#d9d9d9"
MEASURE_COLOUR = "#a9d3ff"

_WHITESPACE = re.compile(r"\s+")

# displaCy's span templates without the whitespace between tokens (displaCy
# puts a space between all tokens; polittext keeps the text as written) and
# with the label kept on one line.
_TEMPLATES = {
    "span": (
        '<span class="polittext-token" style="font-weight: bold; display: inline-block; '
        'position: relative; height: {total_height}px;">{text}{span_slices}{span_starts}</span>'
    ),
    "slice": (
        '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
        'width: calc(100% + 2px); position: absolute;"></span>'
    ),
    "start": (
        '<span style="background: {bg}; top: {top_offset}px; height: 4px; '
        "border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; "
        'width: calc(100% + 2px); position: absolute;">'
        '<span class="polittext-label" style="background: {bg}; z-index: 10; color: #000; '
        "top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; "
        'font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap;">'
        "{label}{kb_link}</span></span>"
    ),
}

# A cue's label is empty (a comment only): draw no label box for it.
_STYLE = "<style>.polittext .polittext-label:empty { display: none; }</style>"

_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="font-size: 16px; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; padding: 2rem; max-width: 60rem; margin: 0 auto;">
{content}
</body>
</html>
"""


@attrs.frozen(slots=True, order=True)
class _Mark:
    """One highlight: ``text[start:end]`` with a label and a colour."""

    start: int
    end: int
    label: str
    colour: str
    escaped: bool = False

    @property
    def markup(self) -> str:
        """The label as HTML."""
        return self.label if self.escaped else html.escape(self.label)


def _speaker_styles(analysis: Analysis) -> dict[str, tuple[str, str]]:
    """Speaker id -> (label name, colour); names shared by two speakers get their id."""
    # displaCy looks colours up by the upper-cased label.
    names = [s.name.upper() for s in analysis.speakers]
    styles = {}
    for index, speaker in enumerate(analysis.speakers):
        unique = names.count(speaker.name.upper()) == 1
        name = speaker.name if unique else f"{speaker.name} {speaker.id}"
        if index < len(SPEAKER_COLOURS):
            colour = SPEAKER_COLOURS[index]
        else:
            colour = f"hsl({(index * 137.5) % 360:.0f}, 75%, 80%)"
        styles[speaker.id] = (name, colour)
    return styles


def _marks(analysis: Analysis) -> list[_Mark]:
    """The highlights of an analysis, in text order."""
    styles = _speaker_styles(analysis)
    marks: list[_Mark] = []
    for speaker in analysis.speakers:
        name, colour = styles[speaker.id]
        marks.extend(_Mark(m.start, m.end, name, colour) for m in speaker.mentions)
    for quote in analysis.quotes:
        if quote.speaker is not None:
            name, colour = styles[quote.speaker.id]
        else:
            name, colour = "unattributed", UNATTRIBUTED_COLOUR
        kind = quote.kind.value.replace("_", " ")
        if quote.negated:
            kind = f"negated {kind}"  # "Er sagte nicht, dass …"
        marks.append(
            _Mark(quote.content.start, quote.content.end, f"{name} ({kind} quote)", colour)
        )
        cue_parts: Sequence[Span] = quote.cue_parts or ((quote.cue,) if quote.cue else ())
        # A cue sits next to its speaker's mention (``Sie betonte``), whose
        # label would be hidden by a second one: a cue is underlined in the
        # speaker's colour without a label. displaCy looks colours up by
        # label, so the (invisible) comment keeps each colour's key distinct.
        cue = f"<!--cue {colour}-->"
        marks.extend(_Mark(p.start, p.end, cue, colour, escaped=True) for p in cue_parts)
    for measure in analysis.measures:
        label = f"{measure.type} ({measure.modality.value.replace('_', ' ')})"
        marks.append(_Mark(measure.trigger.start, measure.trigger.end, label, MEASURE_COLOUR))
    return sorted(m for m in marks if m.end > m.start)


def _lines(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in re.finditer("\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


@attrs.frozen(slots=True)
class _Signs:
    """Characters absent from the text that mark places in displaCy's output.

    ``glue`` ends a token that runs on into the next without whitespace
    (displaCy puts a space after every token outside a highlight);
    ``open_word`` and ``close_word`` are tokens of their own around a word of
    several tokens (``Kallas:``, ``könnten.``), which become a ``nowrap``
    element, so that a browser does not break the line inside the word. They
    are whitespace to displaCy (``str.strip``), so it never underlines them.
    """

    glue: str
    open_word: str
    close_word: str

    @classmethod
    def absent_from(cls, text: str) -> _Signs:
        used = set(text)
        glue = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in used)
        spaces = [c for c in "\x1c\x1d\x1e\x1f\u2028\u2029\u1680\u205f" if c not in used]
        if len(spaces) < 2:  # pragma: no cover - a text with all of them
            spaces = [glue, glue]
        return cls(glue, spaces[0], spaces[1])

    def restore(self, markup: str) -> str:
        """displaCy's markup with the signs replaced by what they stand for."""
        if self.open_word != self.glue:
            word = '<span class="polittext-word" style="white-space: nowrap;">'
            markup = markup.replace(self.open_word + " ", word)
            markup = markup.replace(self.close_word + " ", "</span>")
        return markup.replace(self.glue + " ", "").replace(self.glue, "")


def _line_doc(
    text: str, start: int, end: int, marks: Sequence[_Mark], signs: _Signs
) -> dict[str, Any]:
    """displaCy's manual span data for ``text[start:end]`` (one line of the text).

    The tokens are the line cut at whitespace and at every mark boundary, so
    each mark covers whole tokens and exactly its characters (see
    :class:`_Signs` for the tokens that keep the text as it is written).
    """
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = {start, end}
    for match in _WHITESPACE.finditer(text, start, end):
        cuts.update(match.span())
    for mark in inside:
        cuts.update((max(mark.start, start), min(mark.end, end)))
    pieces = list(itertools.pairwise(sorted(cuts)))
    words = [text[a:b] for a, b in pieces]
    if all(word.isspace() for word in words):
        # An empty or blank line: a no-break space keeps its height.
        return {"text": "\u00a0", "tokens": ["\u00a0"], "spans": [], "title": None}
    glued = [
        not word.isspace() and not following.isspace()
        for word, following in zip(words, [*words[1:], " "], strict=True)
    ]
    tokens: list[str] = []
    position: dict[int, int] = {}  # piece -> token
    for index, word in enumerate(words):
        if glued[index] and (index == 0 or not glued[index - 1]):
            tokens.append(signs.open_word)
        position[index] = len(tokens)
        tokens.append(word + signs.glue if glued[index] else word)
        if index > 0 and glued[index - 1] and not glued[index]:
            tokens.append(signs.close_word)
    first = {a: position[i] for i, (a, _) in enumerate(pieces)}
    after = {b: position[i] + 1 for i, (_, b) in enumerate(pieces)}
    spans = []
    for mark in inside:
        a, b = max(mark.start, start), min(mark.end, end)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append({"start_token": first[a], "end_token": after[b], "label": mark.markup})
    return {
        "text": text[start:end],
        "tokens": tokens,
        "spans": spans,
        "title": None,
        "settings": {"lang": "de", "direction": "ltr"},
    }


def _displacy(analysis: Analysis) -> str:
    """The text with its highlights, as displaCy span markup (one block per line)."""
    from spacy import displacy

    text = analysis.text
    signs = _Signs.absent_from(text)
    marks = _marks(analysis)
    docs = [_line_doc(text, start, end, marks, signs) for start, end in _lines(text)]
    colours = {m.markup: m.colour for m in marks}
    options = {"colors": colours, "template": _TEMPLATES}
    markup = displacy.render(
        docs, style="span", manual=True, page=False, jupyter=False, options=options
    )
    return signs.restore(str(markup))


def _swatch(colour: str, label: str) -> str:
    return (
        f'<span style="background: {colour}; padding: 2px 6px; border-radius: 3px; '
        f'font-weight: bold; white-space: nowrap;">{html.escape(label)}</span>'
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _legend(analysis: Analysis) -> str:
    styles = _speaker_styles(analysis)
    quotes: dict[str, int] = {}
    for quote in analysis.quotes:
        if quote.speaker is not None:
            quotes[quote.speaker.id] = quotes.get(quote.speaker.id, 0) + 1
    rows = []
    for speaker in analysis.speakers:
        name, colour = styles[speaker.id]
        details = [speaker.kind.value.replace("_", " "), *speaker.roles]
        if speaker.affiliation:
            details.append(speaker.affiliation)
        details.append(
            f"{_count(len(speaker.mentions), 'mention')}, "
            f"{_count(quotes.get(speaker.id, 0), 'quote')}"
        )
        rows.append(f"<li>{_swatch(colour, name)} {html.escape(', '.join(details))}</li>")
    unattributed = sum(1 for q in analysis.quotes if q.speaker is None)
    if unattributed:
        rows.append(
            f"<li>{_swatch(UNATTRIBUTED_COLOUR, 'unattributed')} "
            f"{_count(unattributed, 'quote')}</li>"
        )
    if analysis.measures:
        rows.append(
            f"<li>{_swatch(MEASURE_COLOUR, 'policy measure')} "
            f"{_count(len(analysis.measures), 'measure')}, labelled type (modality)</li>"
        )
    summary = ", ".join(
        (
            _count(len(analysis.sentences), "sentence"),
            _count(len(analysis.speakers), "speaker"),
            _count(len(analysis.quotes), "quote"),
            _count(len(analysis.measures), "policy measure"),
        )
    )
    items = "".join(rows)
    return (
        '<div class="polittext-legend" style="line-height: 1.8; margin-bottom: 1.5rem;">'
        f"<p style='margin: 0;'>{summary}</p>"
        "<p style='margin: 0; font-size: 0.85em; color: #555;'>Underlined in a speaker's "
        "colour: its mentions (labelled with its name), its quotes (labelled name (kind "
        "quote)) and, without a label, the words of their cues.</p>"
        f'<ul style="list-style: none; padding: 0; margin: 0.5rem 0 0 0;">{items}</ul></div>'
    )


def _section(analysis: Analysis, title: str | None) -> str:
    heading = f'<h2 style="margin: 0 0 0.5rem 0;">{html.escape(title)}</h2>' if title else ""
    return (
        f'<div class="polittext tex2jax_ignore" style="margin-bottom: 3rem;">{_STYLE}{heading}{_legend(analysis)}'
        # Room on the right for labels that start near the end of a line.
        f'<div class="polittext-text" style="padding-right: 6rem;">{_displacy(analysis)}</div>'
        "</div>"
    )


def _error_section(title: str, message: str) -> str:
    return (
        f'<div class="polittext" style="margin-bottom: 3rem;"><h2 style="margin: 0 0 0.5rem 0;">'
        f"{html.escape(title)}</h2><p>not analysed: {html.escape(message)}</p></div>"
    )


def _page(fragments: Sequence[str], title: str) -> str:
    return _PAGE.format(title=html.escape(title), content="\n".join(fragments))


def _checked(analysis: Any) -> Analysis:
    if isinstance(analysis, Analysis):
        return analysis
    if isinstance(analysis, str):
        from polittext.api import analyze

        return analyze(analysis)
    hint = ": decode it first, e.g. data.decode('utf-8')" if isinstance(analysis, bytes) else ""
    raise TypeError(f"render_html takes an Analysis or a str, got {type(analysis).__name__}{hint}")


def render_html(analysis: Analysis | str, *, page: bool = True, title: str | None = None) -> str:
    """Show speakers, quotes and policy measures highlighted in the text, as HTML.

    Args:
        analysis: an :class:`~polittext.analysis.Analysis`, or a ``str``,
            which is analysed first with :func:`polittext.analyze`.
        page: ``True`` (the default) gives a complete HTML page to save as a
            file; ``False`` a fragment (a ``<div>``) to embed, for example in
            Jupyter: ``IPython.display.HTML(render_html(a, page=False))``.
            In Jupyter, an ``Analysis`` shown as a cell's value is drawn the
            same way.
        title: a heading above the text (and the page title).

    Above the text a legend lists the speakers in their colours, with their
    kind, roles and counts. The text is HTML-escaped.

    Raises:
        TypeError: if ``analysis`` is neither an ``Analysis`` nor a ``str``.

    >>> html = render_html("Die <b>Regierung</b> plant ein Tempolimit-Gesetz.")
    >>> html.startswith("<!DOCTYPE html>"), "&lt;b&gt;" in html, "<b>" in html
    (True, True, False)
    >>> "REGULATION_LAW (planned)" in html
    True
    """
    checked = _checked(analysis)
    fragment = _section(checked, title)
    if not page:
        return fragment
    return _page([fragment], title or "polittext")
