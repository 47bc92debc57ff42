"""Whether a quote's cue verb is negated (``Er sagte nicht, dass …``).

Negated speech is still speech as the quote annotations of German news and
Bundestag speeches count it, so polittext keeps such quotes and marks them:
:attr:`polittext.types.Quote.negated` is ``True`` when the cue's clause holds
a negation of the verb (``nicht``, ``nie``, ``niemals``, ``keineswegs``,
``keinesfalls``) or a negative subject (``niemand``, ``keiner``). Not negated
are:

- ``nicht nur``, ``nicht ohne``, ``nicht zuletzt`` and other phrases in which
  ``nicht`` does not deny the verb (``wurde nicht müde zu betonen``);
- a negated participle before a noun (``ein nicht genannter Sprecher sagte``);
- a negated verb of denial (``schloss nicht aus``, ``bestritt nicht``), which
  affirms the message;
- a question (``Hat er nicht gesagt, dass …?``), where a negation usually
  asks for agreement.

>>> from polittext.frames import SentenceFrame
>>> text = "Er sagte nicht, dass er zurücktrete."
>>> frame = SentenceFrame.build(text, 0, len(text))
>>> cue_negated(frame, ((3, 8),), (16, 35))
True
"""

from __future__ import annotations

import bisect

from polittext.cues import cue_forms
from polittext.frames import SentenceFrame
from polittext.lexicon import word_class

__all__ = ["cue_negated"]

_NEGATIONS = frozenset({"nicht", "nie", "niemals", "keineswegs", "keinesfalls", "mitnichten"})
_NEGATIVE_SUBJECTS = frozenset({"niemand", "keiner"})
# After "nicht" these words make a phrase that does not deny the verb.
_NOT_DENYING = frozenset(
    {
        "nur",
        "bloß",
        "allein",
        "ohne",
        "zuletzt",
        "zufällig",
        "umsonst",
        "minder",
        "selten",
        "wenige",
        "wenigen",
        "unerwähnt",
        "müde",
    }
)
# A negated verb of denial affirms ("schloss nicht aus, dass …": it may be so).
_DENIAL = frozenset(
    {
        "ausschließen",
        "bestreiten",
        "abstreiten",
        "dementieren",
        "leugnen",
        "zurückweisen",
        "verneinen",
        "bezweifeln",
        "anzweifeln",
    }
)
_DETERMINERS = word_class("determiner")
_REACH = 25


def cue_negated(
    frame: SentenceFrame, cue: tuple[tuple[int, int], ...], content: tuple[int, int]
) -> bool:
    """Whether the cue (pieces ``cue``, offsets into ``frame.text``) is negated in
    its clause; words inside the quote's ``content`` do not count.

    >>> text = "Sie schloss nicht aus, dass die Steuer steigt."
    >>> frame = SentenceFrame.build(text, 0, len(text))
    >>> cue_negated(frame, ((4, 11), (18, 21)), (23, 45))
    False
    """
    if not cue or not frame.tokens:
        return False
    if "?" in frame.text[frame.stripped_end : frame.end]:
        return False
    first = bisect.bisect_right(frame.starts, cue[0][0]) - 1
    if first < 0 or frame.tokens[first][1] <= cue[0][0]:
        return False
    lemma = _verb_lemma(frame, cue)
    if lemma is None or lemma in _DENIAL:
        return False  # a cue noun or a source phrase ("laut"), or a verb of denial
    # A clause of a run-on text without breaks may be long: look no further than
    # any real negation of the verb stands (and keep the time linear).
    low = max(frame.clause_start(first), first - _REACH)
    high = min(frame.clause_end(first), first + _REACH)
    for index in range(low, high + 1):
        if content[0] <= frame.starts[index] < content[1]:
            continue
        word = frame.lowered[index]
        if word in _NEGATIVE_SUBJECTS:
            return True
        if word not in _NEGATIONS:
            continue
        if frame.lower(index + 1) in _NOT_DENYING:
            continue
        if index > low and frame.lowered[index - 1] in _DETERMINERS:
            continue  # "ein nicht genannter Sprecher": an attribute
        return True
    return False


def _verb_lemma(frame: SentenceFrame, cue: tuple[tuple[int, int], ...]) -> str | None:
    """The lemma of the cue verb whose pieces are ``cue`` (``None`` for no verb)."""
    index = bisect.bisect_left(frame.cue_starts, cue[0][0])
    while index < len(frame.cues) and frame.cue_starts[index] == cue[0][0]:
        found = frame.cues[index]
        if found.parts == cue or found.end == cue[-1][1]:
            return found.verb.lemma
        index += 1
    forms = cue_forms()
    for start, end in cue:
        options = forms.get(frame.text[start:end].lower())
        if options:
            return options[0].verb.lemma
    return None
