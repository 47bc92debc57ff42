"""stanza as a base (polittext.stanza_adapter): stanza.Documents built from dicts.

stanza's German models are not needed (nor downloaded): the documents are
written by hand as stanza's own dict format, as a stanza.Pipeline would fill it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

stanza = pytest.importorskip("stanza")

from stanza.models.common.doc import Document  # noqa: E402

import polittext  # noqa: E402
from polittext.stanza_adapter import StanzaPipeline, doc_from_stanza  # noqa: E402

Word = tuple[str, str, str, int, str]  # text, lemma, upos, head, deprel


def sentence(text: str, position: int, specs: list[Any]) -> tuple[list[dict[str, Any]], int]:
    """stanza's dicts for one sentence; ``specs`` are (surface, lemma, upos, head,
    deprel, ner) or, for a multi-word token, (surface, [words], ner)."""
    rows: list[dict[str, Any]] = []
    number = 0
    for spec in specs:
        surface = spec[0]
        while text[position].isspace():
            position += 1
        assert text.startswith(surface, position), (surface, text[position:])
        span = {"start_char": position, "end_char": position + len(surface), "ner": spec[-1]}
        words: list[Word] = spec[1] if isinstance(spec[1], list) else [spec[:5]]
        if len(words) > 1:
            rows.append({"id": (number + 1, number + len(words)), "text": surface, **span})
        for text_, lemma, upos, head, deprel in words:
            number += 1
            row = {"id": number, "text": text_, "lemma": lemma, "upos": upos}
            if head >= 0:
                row.update(head=head, deprel=deprel)
            if len(words) == 1:
                row.update(span)
            rows.append(row)
        position += len(surface)
    return rows, position


# "Den Vorschlag zum Gesetz kritisierte Vogt im Bundestag scharf, er sei unausgegoren."
OVS_TEXT = (
    "Den Vorschlag zum Gesetz kritisierte  Vogt im Bundestag scharf, er sei unausgegoren.\n\n"
    "Sie betonte, dass Europa stark sei. "
)
# Word ids count the words of multi-word tokens: zum = 3 zu + 4 dem, im = 8 in + 9 dem.
OVS = [
    ("Den", "der", "DET", 2, "det", "O"),
    ("Vorschlag", "Vorschlag", "NOUN", 6, "obj", "O"),
    ("zum", [("zu", "zu", "ADP", 5, "case"), ("dem", "der", "DET", 5, "det")], "O"),
    ("Gesetz", "Gesetz", "NOUN", 2, "nmod", "O"),
    ("kritisierte", "kritisieren", "VERB", 0, "root", "O"),
    ("Vogt", "Vogt", "PROPN", 6, "nsubj", "S-PER"),
    ("im", [("in", "in", "ADP", 10, "case"), ("dem", "der", "DET", 10, "det")], "O"),
    ("Bundestag", "Bundestag", "PROPN", 6, "obl", "S-ORG"),
    ("scharf", "scharf", "ADJ", 6, "advmod", "O"),
    (",", ",", "PUNCT", 15, "punct", "O"),
    ("er", "er", "PRON", 15, "nsubj", "O"),
    ("sei", "sein", "AUX", 15, "cop", "O"),
    ("unausgegoren", "unausgegoren", "ADJ", 6, "ccomp", "O"),
    (".", ".", "PUNCT", 6, "punct", "O"),
]
SECOND = [
    ("Sie", "sie", "PRON", 2, "nsubj", "O"),
    ("betonte", "betonen", "VERB", 0, "root", "O"),
    (",", ",", "PUNCT", 6, "punct", "O"),
    ("dass", "dass", "SCONJ", 6, "mark", "O"),
    ("Europa", "Europa", "PROPN", 6, "nsubj", "S-LOC"),
    ("stark", "stark", "ADJ", 2, "ccomp", "O"),
    ("sei", "sein", "AUX", 6, "cop", "O"),
    (".", ".", "PUNCT", 2, "punct", "O"),
]


def ovs_document(parsed: bool = True) -> Document:
    specs = [OVS, SECOND]
    if not parsed:
        specs = [
            [
                (s[0], [(w[0], w[1], w[2], -1, "") for w in s[1]], s[2])
                if isinstance(s[1], list)
                else (s[0], s[1], s[2], -1, "", s[5])
                for s in sentence_specs
            ]
            for sentence_specs in specs
        ]
    sentences, position = [], 0
    for sentence_specs in specs:
        rows, position = sentence(OVS_TEXT, position, sentence_specs)
        sentences.append(rows)
    return Document(sentences, text=OVS_TEXT)


def test_doc_keeps_the_text_and_surface_tokens() -> None:
    doc = doc_from_stanza(ovs_document())
    assert doc.text == OVS_TEXT
    words = [t.text for t in doc if not t.is_space]
    assert words[:9] == [
        *("Den", "Vorschlag", "zum", "Gesetz", "kritisierte"),
        *("Vogt", "im", "Bundestag", "scharf"),
    ]
    assert [t.text for t in doc if t.is_space] == [" ", "\n\n"]
    zum = doc[2]
    # A multi-word token takes the word whose head lies outside it ("zu", the first).
    assert (zum.text, zum.lemma_, zum.pos_, zum.dep_, zum.head.text) == (
        "zum",
        "zu",
        "ADP",
        "case",
        "Gesetz",
    )
    vogt = next(t for t in doc if t.text == "Vogt")
    assert (vogt.dep_, vogt.head.text, vogt.lemma_, vogt.pos_) == (
        "nsubj",
        "kritisierte",
        "Vogt",
        "PROPN",
    )
    assert doc[4].dep_ == "ROOT"
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Vogt", "PER"),
        ("Bundestag", "ORG"),
        ("Europa", "LOC"),
    ]
    assert [s.text.strip() for s in doc.sents] == [
        "Den Vorschlag zum Gesetz kritisierte  Vogt im Bundestag scharf, er sei unausgegoren.",
        "Sie betonte, dass Europa stark sei.",
    ]


def test_from_stanza_uses_the_subject_and_keeps_offsets() -> None:
    analysis = polittext.from_stanza(ovs_document())
    assert analysis.text == OVS_TEXT
    quotes = [
        (q.kind.value, q.speaker.name if q.speaker else None, q.content.text)
        for q in analysis.quotes
    ]
    assert quotes == [
        ("indirect", "Vogt", "er sei unausgegoren"),
        ("indirect", "Vogt", "dass Europa stark sei"),
    ]
    for quote in analysis.quotes:
        assert quote.content.text == OVS_TEXT[quote.content.start : quote.content.end]
    (speaker,) = analysis.speakers
    assert [(m.text, OVS_TEXT[m.start : m.end]) for m in speaker.mentions] == [
        ("Vogt", "Vogt"),
        ("Sie", "Sie"),
    ]
    # Without the parse, the rules read the accusative "Den …" prefield as an
    # object too and agree (before this release they took "Vorschlag"; a "Die …"
    # object still needs the parse, see tests/test_trained_pipelines.py).
    plain = polittext.analyze(OVS_TEXT)
    assert plain.quotes[0].speaker is not None
    assert plain.quotes[0].speaker.name == "Vogt"


def test_unparsed_document_uses_stanza_sentences_and_falls_back() -> None:
    document = ovs_document(parsed=False)
    doc = doc_from_stanza(document)
    assert doc.text == OVS_TEXT
    assert not doc.has_annotation("DEP")
    assert [s.text.strip() for s in doc.sents][1] == "Sie betonte, dass Europa stark sei."
    analysis = polittext.from_stanza(document)
    # Without a parse the rules decide: stanza's entity "Vogt" (PER) is a known
    # name after the verb, which beats the unnamed noun phrase before it; "Sie"
    # is resolved to Vogt.
    assert [q.speaker.name if q.speaker else None for q in analysis.quotes] == [
        "Vogt",
        "Vogt",
    ]


def test_document_without_entities_gives_the_blank_analysis() -> None:
    text = "Kallas sagte, dass Europa stark sei."
    rows, _ = sentence(
        text,
        0,
        [
            ("Kallas", "Kallas", "PROPN", 2, "nsubj", "O"),
            ("sagte", "sagen", "VERB", 0, "root", "O"),
            (",", ",", "PUNCT", 7, "punct", "O"),
            ("dass", "dass", "SCONJ", 7, "mark", "O"),
            ("Europa", "Europa", "PROPN", 7, "nsubj", "O"),
            ("stark", "stark", "ADJ", 7, "advmod", "O"),
            ("sei", "sein", "AUX", 7, "cop", "O"),
            (".", ".", "PUNCT", 2, "punct", "O"),
        ],
    )
    analysis = polittext.from_stanza(Document([rows], text=text))
    assert analysis.to_dict() == polittext.analyze(text).to_dict()


def test_empty_document() -> None:
    analysis = polittext.from_stanza(Document([], text=""))
    assert (analysis.text, analysis.sentences, analysis.quotes) == ("", (), ())


def test_bad_input() -> None:
    with pytest.raises(TypeError, match=r"takes a stanza\.Document, got str; analyse plain text"):
        polittext.from_stanza("Kallas sagte, dass Europa stark sei.")
    with pytest.raises(TypeError, match=r"got dict$"):
        polittext.from_stanza({"text": "Gut."})
    rows, _ = sentence("Gut.", 0, [("Gut", "gut", "ADJ", 0, "root", "O")])
    with pytest.raises(ValueError, match=r"has no text.*stanza\.Document\(sentences, text=text\)"):
        polittext.from_stanza(Document([rows]))
    no_offsets = [{"id": 1, "text": "Gut", "lemma": "gut", "upos": "ADJ"}]
    with pytest.raises(ValueError, match=r"'Gut' has no character offsets"):
        polittext.from_stanza(Document([no_offsets], text="Gut"))
    with pytest.raises(ValueError, match=r"does not follow the previous token"):
        polittext.from_stanza(Document([rows, rows], text="Gut."))


def test_stanza_pipeline_runs_stanza_then_polittext() -> None:
    calls: list[str] = []

    def fake_stanza(text: str) -> Document:
        calls.append(text)
        return ovs_document()

    pipeline = StanzaPipeline(polittext.load().nlp, fake_stanza)
    analysis = pipeline.analyze(OVS_TEXT)
    assert calls == [OVS_TEXT]
    assert analysis.to_dict() == polittext.from_stanza(ovs_document()).to_dict()
    doc = pipeline.doc(OVS_TEXT, last="polittext_quotes")
    assert [(s.label_, s.text) for s in doc.spans["polittext_speakers"]] == [
        ("S1", "Vogt"),
        ("S1", "Sie"),
    ]


def test_load_stanza_without_models_names_the_download(tmp_path: Path) -> None:
    code = "import polittext; polittext.load('stanza')"
    env = {**os.environ, "STANZA_RESOURCES_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "ValueError: stanza's German models are not on disk; download them once with "
        "python -c \"import stanza; stanza.download('de')\" (needs internet)"
    )


def test_load_stanza_without_stanza_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(ImportError, match=r"pip install 'polittext\[stanza\]'"):
        polittext.load("stanza")


SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_919184c9a5fb0886.txt"


@pytest.mark.parametrize(
    "text",
    [
        "  \tKallas  sagte:\n„Wir sind bereit.“ \n\n",
        "\n\nPolitik\r\n\r\nMerz\u00a0sagte, es sei gut.",
        SEED.read_text(encoding="utf-8"),
    ],
)
def test_any_whitespace_is_kept(text: str) -> None:
    # One stanza token per run of non-space characters, no parse, no entities:
    # the text and the analysis are exactly those of the plain text.
    tokens = [
        {"id": 1, "text": m.group(), "start_char": m.start(), "end_char": m.end()}
        for m in re.finditer(r"\S+", text)
    ]
    document = Document([[token] for token in tokens], text=text)
    doc = doc_from_stanza(document)
    assert doc.text == text
    assert polittext.from_stanza(document).to_dict() == polittext.analyze(text).to_dict()
