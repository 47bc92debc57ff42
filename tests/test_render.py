"""polittext.render_html: the highlights in the HTML are exactly the results.

The tests read the highlights back out of the HTML (as a browser would see
them: displaCy's underline slices and labels) and compare them with the
analysis, so a highlight that covers a character too many, or is missing,
fails.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import polittext
from polittext import Analysis, render_html
from polittext.cli import main
from polittext.types import Quote, QuoteKind, Span, Speaker, SpeakerKind

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_919184c9a5fb0886.txt"


def _norm(text: str) -> str:
    return " ".join(text.split())


class _Highlights(HTMLParser):
    """Read the text and the highlights of ``div.polittext-text`` back from the HTML.

    A highlight starts at a token with a label at some height (``top``) and
    goes on over the following tokens that have an underline at that height.
    A word of several tokens (``Kallas:``) is wrapped in ``span.polittext-word``.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.highlights: list[tuple[str, str, str]] = []  # (label, text, colour)
        self.text: list[str] = []
        self.lines = 0
        self._stack: list[str] = []  # role of each open element
        self._open: dict[str, list[str]] = {}  # top -> [label, colour, text]
        self._token: list[str] | None = None
        self._token_marks: dict[str, tuple[str, str | None]] = {}
        self._label: list[str] | None = None
        self._in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        cls = a.get("class") or ""
        style = a.get("style") or ""
        role = "other"
        if "polittext-text" in cls:
            role = "text"
            self._in_text += 1
        elif self._in_text and tag == "div" and cls == "spans":
            role = "line"
            self.lines += 1
        elif cls == "polittext-word":  # a word of several tokens, kept on one line
            role = "word"
        elif cls == "polittext-token":
            role = "token"
            self._token, self._token_marks = [], {}
        elif cls == "polittext-label":
            role = "label"
            self._label = []
        elif self._token is not None and tag == "span" and "top:" in style:
            role = "mark"
            top = re.search(r"top: (\d+)px", style)
            bg = re.search(r"background: ([^;]+);", style)
            assert top is not None
            assert bg is not None
            self._token_marks[top.group(1)] = (bg.group(1), None)
            self._mark_top = top.group(1)
        self._stack.append(role)

    def handle_endtag(self, tag: str) -> None:
        role = self._stack.pop()
        if role == "text":
            self._in_text -= 1
        elif role == "line":
            self._close(set(self._open))
            self.text.append("\n")
        elif role == "label":
            assert self._label is not None
            colour, _ = self._token_marks[self._mark_top]
            self._token_marks[self._mark_top] = (colour, "".join(self._label))
            self._label = None
        elif role == "token":
            self._end_token()

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label.append(data)
        elif self._token is not None:
            self._token.append(data)
        elif self._in_text and self._stack and self._stack[-1] in ("line", "word"):
            self.text.append(data)
            if data.strip():  # a word outside every highlight ends them all
                self._close(set(self._open))
            else:
                for entry in self._open.values():
                    entry[2] += data

    def _end_token(self) -> None:
        assert self._token is not None
        word = "".join(self._token)
        self.text.append(word)
        marks = self._token_marks
        self._close({top for top in self._open if top not in marks or marks[top][1] is not None})
        for top, (colour, label) in marks.items():
            if label is not None:
                self._open[top] = [label, colour, word]
            else:
                self._open[top][2] += word
        self._token = None

    def _close(self, tops: set[str]) -> None:
        for top in tops:
            label, colour, text = self._open.pop(top)
            self.highlights.append((label, _norm(text), colour))


def _read(markup: str) -> _Highlights:
    parser = _Highlights()
    parser.feed(markup)
    parser.close()
    return parser


def _expected(analysis: Analysis) -> Counter[tuple[str, str]]:
    """(label, text) of every result the view should highlight."""
    expected: Counter[tuple[str, str]] = Counter()
    for speaker in analysis.speakers:
        expected.update((speaker.name, _norm(m.text)) for m in speaker.mentions)
    for quote in analysis.quotes:
        name = quote.speaker.name if quote.speaker else "unattributed"
        kind = quote.kind.value.replace("_", " ")
        expected[(f"{name} ({kind} quote)", _norm(quote.content.text))] += 1
        parts = quote.cue_parts or ((quote.cue,) if quote.cue else ())
        expected.update(("", _norm(p.text)) for p in parts)
    for m in analysis.measures:
        label = f"{m.type} ({m.modality.value.replace('_', ' ')})"
        expected[(label, _norm(m.trigger.text))] += 1
    return expected


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return polittext.analyze(SEED.read_text(encoding="utf-8"))


def test_every_result_of_the_seed_is_highlighted_exactly(seed: Analysis) -> None:
    # No result of the seed crosses a line, so each is one highlight.
    spans = [m for s in seed.speakers for m in s.mentions]
    spans += [q.content for q in seed.quotes] + [m.trigger for m in seed.measures]
    assert all("\n" not in span.text for span in spans)
    found = _read(render_html(seed)).highlights
    assert Counter((label, text) for label, text, _ in found) == _expected(seed)


def test_the_seed_shows_its_speakers_quotes_and_measures(seed: Analysis) -> None:
    found = {(label, text) for label, text, _ in _read(render_html(seed)).highlights}
    assert (
        "Kaja Kallas (direct quote)",
        "Die Lage ist für Russland ausgesprochen prekär.",
    ) in found
    assert ("Kaja Kallas", "Sie") in found  # the pronoun, labelled with whom it refers to
    assert ("Geheimdienstkreise", "Geheimdienstkreisen") in found
    # Overlapping measures are both drawn.
    assert (
        "FINANCIAL_GUARANTEE (demanded)",
        "finanzielle und sicherheitspolitische Garantien",
    ) in found
    assert ("SECURITY_GUARANTEE (demanded)", "sicherheitspolitische Garantien") in found
    assert ("", "hob") in found
    assert ("", "hervor") in found


def test_one_colour_per_speaker(seed: Analysis) -> None:
    found = _read(render_html(seed)).highlights
    kallas = {colour for label, _, colour in found if label.startswith("Kaja Kallas")}
    sources = {colour for label, _, colour in found if label.startswith("Geheimdienstkreise")}
    measures = {colour for label, _, colour in found if label.endswith(")") and "_" in label}
    assert len(kallas) == len(sources) == len(measures) == 1
    assert len(kallas | sources | measures) == 3
    assert render_html(seed) == render_html(seed)


def test_the_visible_text_is_the_input_text(seed: Analysis) -> None:
    parser = _read(render_html(seed))
    assert _norm("".join(parser.text)) == _norm(seed.text)
    assert parser.lines == seed.text.count("\n") + 1


def test_no_space_is_added_between_a_highlight_and_its_punctuation() -> None:
    text = "„Wir sind bereit“, sagte Kallas."
    parser = _read(render_html(text))
    assert _norm("".join(parser.text)) == text
    assert ("Kallas (direct quote)", "Wir sind bereit") in {
        (label, t) for label, t, _ in parser.highlights
    }


def test_html_in_the_text_is_escaped() -> None:
    text = (
        'Kallas sagte: "<script>alert(1)</script> & mehr". Die Regierung plant ein <b>Verbot</b>.'
    )
    markup = render_html(text)
    assert "<script>" not in markup
    assert "<b>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&amp;" in markup
    parser = _read(markup)
    assert _norm("".join(parser.text)) == _norm(text)
    found = {(label, t) for label, t, _ in parser.highlights}
    assert ("Kallas (direct quote)", "<script>alert(1)</script> & mehr") in found


def test_names_in_labels_and_titles_are_escaped() -> None:
    text = "<i>X</i> sagte, es sei gut."
    speaker = Speaker("S1", "<i>X</i>", SpeakerKind.PERSON, (), (Span.of(text, 0, 8),))
    quote = Quote(QuoteKind.INDIRECT, Span.of(text, 16, 26), Span.of(text, 9, 14), speaker)
    analysis = Analysis(text, (), (speaker,), (quote,), ())
    markup = render_html(analysis, title="<b>Titel</b>")
    assert "<i>" not in markup
    assert "<b>" not in markup
    found = {(label, t) for label, t, _ in _read(markup).highlights}
    assert found == {
        ("<i>X</i>", "<i>X</i>"),
        ("<i>X</i> (indirect quote)", "es sei gut"),
        ("", "sagte"),
    }


def test_a_highlight_across_lines_is_drawn_on_each_line() -> None:
    text = "Kallas sagte:\n„Wir sind\nbereit.“"
    speaker = Speaker("S1", "Kallas", SpeakerKind.PERSON, (), (Span.of(text, 0, 6),))
    quote = Quote(QuoteKind.DIRECT, Span.of(text, 15, 31), Span.of(text, 7, 12), speaker)
    assert quote.content.text == "Wir sind\nbereit."
    markup = render_html(Analysis(text, (), (speaker,), (quote,), ()))
    found = [(label, t) for label, t, _ in _read(markup).highlights]
    assert found.count(("Kallas (direct quote)", "Wir sind")) == 1
    assert found.count(("Kallas (direct quote)", "bereit.")) == 1


def test_private_use_characters_in_the_text_are_kept() -> None:
    text = "Kallas\ue000 sagte, dass \ue001Europa stark sei."
    parser = _read(render_html(text))
    assert _norm("".join(parser.text)) == text


def test_page_and_fragment() -> None:
    analysis = polittext.analyze("Kallas betonte, dass Europa stark sei.")
    page = render_html(analysis)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    fragment = render_html(analysis, page=False)
    assert fragment.startswith("<div")
    assert "<html" not in fragment
    assert fragment in page
    assert analysis._repr_html_() == fragment


def test_a_str_is_analysed_first() -> None:
    text = "Die Bundesregierung plant ein Tempolimit-Gesetz."
    assert render_html(text) == render_html(polittext.analyze(text))
    assert "REGULATION_LAW (planned)" in render_html(text)


@pytest.mark.parametrize("bad", [b"Kallas", None, 3, ["Kallas"]])
def test_bad_input_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__) as info:
        render_html(bad)  # type: ignore[arg-type]
    assert ("decode" in str(info.value)) == isinstance(bad, bytes)


def test_an_empty_text() -> None:
    markup = render_html("", page=False)
    assert _read(markup).highlights == []


# -- the command line ---------------------------------------------------------


def test_cli_html_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.html"
    assert main(["analyze", "--html", str(out), str(SEED)]) == 0
    assert capsys.readouterr().out == ""
    markup = out.read_text(encoding="utf-8")
    analysis = polittext.analyze(SEED.read_text(encoding="utf-8"))
    assert markup == render_html(analysis, title=str(SEED))


def test_cli_html_for_several_files_is_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Kallas betonte, dass Europa stark sei.", encoding="utf-8")
    second.write_text("Die Bundesregierung plant ein Tempolimit-Gesetz.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "corpus.html"
    assert main(["analyze", "--html", str(out), str(first), str(missing), str(second)]) == 1
    assert "missing.txt" in capsys.readouterr().err
    markup = out.read_text(encoding="utf-8")
    assert markup.count("<!DOCTYPE html>") == 1
    headings = re.findall(r"<h2[^>]*>([^<]*)</h2>", markup)
    assert headings == [str(first), str(missing), str(second)]
    assert "not analysed: cannot read" in markup
    assert "Kallas (indirect quote)" in markup
    assert "REGULATION_LAW (planned)" in markup


def test_cli_html_to_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kallas betonte, dass Europa stark sei.", encoding="utf-8")
    assert main(["analyze", "--html", "-", str(path)]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_cli_html_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Gut.", encoding="utf-8")
    assert main(["analyze", "--html", str(tmp_path / "x.html"), "--jsonl", str(path)]) == 2
    assert "--html" in capsys.readouterr().err
    assert main(["analyze", "--html", str(tmp_path / "x.html"), str(tmp_path / "no.txt")]) == 2
    assert not (tmp_path / "x.html").exists()
    assert main(["analyze", "--html", str(tmp_path / "no" / "x.html"), str(path)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_an_unattributed_quote_is_grey_and_says_so() -> None:
    text = "„Wir sind bereit.“ Das war alles."
    quote = Quote(QuoteKind.DIRECT, Span.of(text, 1, 17))
    markup = render_html(Analysis(text, (), (), (quote,), ()), page=False)
    assert _read(markup).highlights == [
        ("unattributed (direct quote)", "Wir sind bereit.", "#d9d9d9")
    ]
    assert "0 speakers, 1 quote, 0 policy measures" in markup


def test_a_negated_quote_says_so() -> None:
    text = "Er sagte nicht, dass er zurücktrete."
    markup = render_html(text, page=False)
    labels = [label for label, _text, _colour in _read(markup).highlights]
    assert any("(negated indirect quote)" in label for label in labels)


def test_a_word_of_several_tokens_is_kept_on_one_line() -> None:
    # "Kallas" is a highlight, ":" is not: the browser must not break between them.
    markup = render_html("EU-Chefdiplomatin Kallas: Europa zeigt Stärke", page=False)
    words = re.findall(
        r'<span class="polittext-word" style="white-space: nowrap;">(.*?)</span> ', markup
    )
    assert len(words) == 1
    assert re.sub(r"<[^>]+>", "", words[0]).strip() == "Kallas:"


def test_cli_html_from_json_lines_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "a1", "text": "Merz sagte, es sei gut."}\n{"id": "a2"}\n', encoding="utf-8"
    )
    out = tmp_path / "page.html"
    status = main(["analyze", "--html", str(out), "--input-jsonl", str(source)])
    assert status == 1  # the second record has no text: a section says so
    page = out.read_text(encoding="utf-8")
    assert ">a1</h2>" in page
    assert ">a2</h2>" in page
    assert "Merz" in page
    assert "no field 'text'" in capsys.readouterr().err
