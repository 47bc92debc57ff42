"""Tables (Analysis.to_records, polittext.to_dataframe) and JSON Lines."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import polittext
from polittext import Analysis, read_jsonl, to_dataframe, write_jsonl
from polittext.cli import main
from polittext.streaming import PipeError
from polittext.tables import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_919184c9a5fb0886.txt"
SHORT = "Kallas betonte, dass Europa neue Sanktionen verhängen müsse."


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return polittext.analyze(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("part", list(COLUMNS))
def test_rows_are_flat_json_ready_and_exact(seed: Analysis, part: str) -> None:
    rows = seed.to_records(part)
    assert rows, f"the seed has {part}"
    for row in rows:
        assert tuple(row) == COLUMNS[part]
        for name, value in row.items():
            if isinstance(value, list):
                assert all(isinstance(v, (str, int)) for v in value), name
            else:
                assert value is None or isinstance(value, (str, int)), name
        json.dumps(row)
        # Every span's offsets point at its text in the source.
        for name in row:
            if name.endswith("_start") or name == "start":
                prefix = name[: -len("start")]
                start, end, text = row[name], row[prefix + "end"], row[prefix + "text"]
                if start is not None:
                    assert seed.text[start:end] == text


def test_row_counts_match_the_analysis(seed: Analysis) -> None:
    assert len(seed.to_records("sentences")) == len(seed.sentences) == 19
    assert len(seed.to_records("speakers")) == len(seed.speakers) == 2
    assert len(seed.to_records("quotes")) == len(seed.quotes)
    assert len(seed.to_records("measures")) == len(seed.measures)
    assert len(seed.to_records("speech_events")) == len(seed.speech_events)
    assert len(seed.to_records("mentions")) == sum(len(s.mentions) for s in seed.speakers)


def test_quote_rows_of_the_seed(seed: Analysis) -> None:
    rows = seed.to_records("quotes")
    direct = [r for r in rows if r["kind"] == "direct"]
    assert len(direct) == 1
    (row,) = direct
    # "Kallas kommentierte die Situation mit den Worten: "Die Lage ist ..."
    assert row["speaker_name"] == "Kaja Kallas"
    assert row["speaker_id"] == "S1"
    assert row["speaker_kind"] == "person"
    assert row["cue_text"] == "kommentierte"
    assert row["speaker_mention_text"] == "Kallas"
    assert row["content_text"] == "Die Lage ist für Russland ausgesprochen prekär."
    sentences = seed.to_records("sentences")
    assert all(row["content_text"] in sentences[i]["text"] for i in row["sentence_indices"])
    headline = rows[0]
    assert (headline["kind"], headline["cue_text"], headline["cue_parts"]) == ("headline", None, [])
    # The anonymous source "Geheimdienstkreisen"
    assert {r["speaker_name"] for r in rows} == {"Kaja Kallas", "Geheimdienstkreise"}


def test_speaker_and_measure_rows_of_the_seed(seed: Analysis) -> None:
    kallas = seed.to_records("speakers")[0]
    assert kallas["name"] == "Kaja Kallas"
    assert kallas["roles"] == ["EU-Chefdiplomatin"]
    assert "Sie" in kallas["mentions"]
    assert kallas["n_mentions"] == len(kallas["mentions"])
    assert kallas["n_quotes"] == sum(1 for q in seed.quotes if q.speaker and q.speaker.id == "S1")
    measures = seed.to_records("measures")
    sanction = next(r for r in measures if r["type"] == "SANCTION_GENERAL")
    assert sanction["trigger_text"] == "Sanktionen"
    assert sanction["modality"] == "under_discussion"
    assert sanction["sentence_text"] == seed.sentences[sanction["sentence_index"]].text
    said = [r for r in measures if r["speaker_id"] is not None]
    assert said
    assert {r["speaker_name"] for r in said} == {"Kaja Kallas"}


def test_speech_events_join_quotes(seed: Analysis) -> None:
    quotes = {r["quote_index"]: r for r in seed.to_records("quotes")}
    events = [r for r in seed.to_records("speech_events") if r["quote_index"] is not None]
    assert events
    for event in events:
        assert event["cue_text"] == quotes[event["quote_index"]]["cue_text"]


def test_bad_part_and_bad_analysis() -> None:
    analysis = polittext.analyze("Gut.")
    with pytest.raises(ValueError, match="quotes"):
        analysis.to_records("quote")
    with pytest.raises(TypeError, match="int"):
        analysis.to_records(3)  # type: ignore[arg-type]
    from polittext.tables import records

    with pytest.raises(TypeError, match="str"):
        records("Gut.", "quotes")  # type: ignore[arg-type]


# -- pandas -------------------------------------------------------------------


def test_dataframe_of_many_analyses(seed: Analysis) -> None:
    pytest.importorskip("pandas")
    short = polittext.analyze(SHORT)
    frame = to_dataframe([seed, short, polittext.analyze("Gut.")], "quotes")
    assert frame.shape == (len(seed.quotes) + 1, 1 + len(COLUMNS["quotes"]))
    assert list(frame.columns) == ["doc", *COLUMNS["quotes"]]
    assert frame["doc"].tolist() == [0] * len(seed.quotes) + [1]
    last = frame.iloc[-1]
    assert (last["speaker_name"], last["content_text"]) == (
        "Kallas",
        "dass Europa neue Sanktionen verhängen müsse",
    )
    # Missing spans are missing values, offsets stay integers.
    assert frame["cue_start"].isna().sum() == sum(1 for q in seed.quotes if q.cue is None)
    assert str(frame["content_start"].dtype) == "Int64"


def test_dataframe_ids_and_single_analysis() -> None:
    pytest.importorskip("pandas")
    a, b = polittext.analyze(SHORT), polittext.analyze("Die Regierung plant ein Tempolimit.")
    frame = to_dataframe([a, b], "measures", ids=["art-1", "art-2"])
    assert frame[["doc", "type", "modality"]].values.tolist() == [
        ["art-1", "SANCTION_GENERAL", "demanded"],
        ["art-2", "REGULATION_LAW", "planned"],
    ]
    assert to_dataframe(a, "sentences").shape == (1, 1 + len(COLUMNS["sentences"]))
    empty = to_dataframe([], "measures")
    assert empty.shape == (0, 1 + len(COLUMNS["measures"]))


def test_dataframe_from_pipe_with_contexts() -> None:
    pytest.importorskip("pandas")
    texts = [(SHORT, "a"), ("Gut.", "b")]
    results = list(polittext.pipe(texts, as_tuples=True))
    frame = to_dataframe([r for r, _ in results], "speakers", ids=[key for _, key in results])
    assert frame[["doc", "name"]].values.tolist() == [["a", "Kallas"]]


def test_dataframe_errors() -> None:
    pytest.importorskip("pandas")
    a = polittext.analyze("Gut.")
    with pytest.raises(ValueError, match="ids has 1 items but there are 2"):
        to_dataframe([a, a], "quotes", ids=["x"])
    with pytest.raises(TypeError, match="PipeError at position 1"):
        to_dataframe([a, PipeError(1, "ValueError", "kaputt")], "quotes")
    with pytest.raises(TypeError, match="got str"):
        to_dataframe("Gut.", "quotes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="part must be one of"):
        to_dataframe([a], "zitate")


def test_without_pandas_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ImportError, match=r'pip install "polittext\[pandas\]"'):
        to_dataframe([polittext.analyze("Gut.")], "quotes")


# -- JSON Lines ---------------------------------------------------------------


def test_jsonl_round_trip_through_a_file(tmp_path: Path, seed: Analysis) -> None:
    analyses = [seed, polittext.analyze(SHORT), polittext.analyze("")]
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(analyses, path) == 3
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    assert list(read_jsonl(path)) == analyses
    assert list(read_jsonl(str(path))) == analyses


def test_jsonl_round_trip_through_open_files_with_keys(seed: Analysis) -> None:
    buffer = io.StringIO()
    assert write_jsonl([(seed, "seed.txt"), (seed, 7)], buffer, key="id") == 2
    first = json.loads(buffer.getvalue().splitlines()[0])
    assert next(iter(first)) == "id"
    buffer.seek(0)
    assert list(read_jsonl(buffer, key="id")) == [(seed, "seed.txt"), (seed, 7)]
    buffer.seek(0)
    assert list(read_jsonl(buffer)) == [seed, seed]


def test_jsonl_reads_the_cli_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SHORT, encoding="utf-8")
    second.write_text("Die Regierung plant ein Tempolimit.", encoding="utf-8")
    assert main(["analyze", "--jsonl", str(first), str(second)]) == 0
    lines = io.StringIO(capsys.readouterr().out)
    pairs = list(read_jsonl(lines, key="path"))
    assert [path for _, path in pairs] == [str(first), str(second)]
    assert [a for a, _ in pairs] == [
        polittext.analyze(SHORT),
        polittext.analyze("Die Regierung plant ein Tempolimit."),
    ]
    # and back: write_jsonl with key="path" writes the same lines
    again = io.StringIO()
    write_jsonl(pairs, again, key="path")
    assert again.getvalue() == lines.getvalue()


def test_jsonl_error_lines_of_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "a.txt"
    good.write_text(SHORT, encoding="utf-8")
    assert main(["analyze", "--jsonl", str(tmp_path / "missing.txt"), str(good)]) == 1
    out = capsys.readouterr().out
    with pytest.raises(ValueError, match=r"line 1 was not analysed: cannot read"):
        list(read_jsonl(io.StringIO(out)))
    assert list(read_jsonl(io.StringIO(out), skip_errors=True)) == [polittext.analyze(SHORT)]


def test_jsonl_bad_lines_name_their_number() -> None:
    good = json.dumps(polittext.analyze("Gut.").to_dict())
    with pytest.raises(ValueError, match="line 3 is not JSON"):
        list(read_jsonl(io.StringIO(f"{good}\n\n{{oops\n")))
    with pytest.raises(ValueError, match="line 1 is not an analysis"):
        list(read_jsonl(io.StringIO('{"text": "x"}\n')))
    with pytest.raises(ValueError, match="line 1 is not a JSON object"):
        list(read_jsonl(io.StringIO("[1, 2]\n")))
    with pytest.raises(ValueError, match="has no 'path'"):
        list(read_jsonl(io.StringIO(good + "\n"), key="path"))


def test_jsonl_bad_arguments(tmp_path: Path) -> None:
    a = polittext.analyze("Gut.")
    with pytest.raises(TypeError, match="int"):
        read_jsonl(3)  # raised at the call, not at the first line
    with pytest.raises(TypeError, match="destination must be a path or an open text file"):
        write_jsonl([a], 3)
    with pytest.raises(ValueError, match="key 'text'"):
        write_jsonl([(a, 1)], io.StringIO(), key="text")
    with pytest.raises(TypeError, match="pairs"):
        write_jsonl([a], io.StringIO(), key="path")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="got str"):
        write_jsonl(["Gut."], tmp_path / "x.jsonl")  # type: ignore[list-item]
    assert not (tmp_path / "x.jsonl").exists()
