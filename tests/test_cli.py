"""The command line: polittext.cli.main and ``python -m polittext``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import polittext
from polittext.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_919184c9a5fb0886.txt"
# The keys of Analysis.to_dict() this file relies on (newer versions may add more).
KEYS = {"text", "sentences", "speakers", "quotes", "measures"}

TEXT = (
    "Politik\n\n"
    "Außenministerin Annalena Baerbock sagte, Europa müsse Sanktionen verhängen. "
    "„Wir sind bereit“, sagte sie.\n"
)


def test_analyze_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS
    assert data["text"] == TEXT
    assert [s["text"] for s in data["sentences"]] == [
        "Politik",
        "Außenministerin Annalena Baerbock sagte, Europa müsse Sanktionen verhängen.",
        "„Wir sind bereit“, sagte sie.",
    ]
    assert [s["name"] for s in data["speakers"]] == ["Annalena Baerbock"]
    assert [q["kind"] for q in data["quotes"]] == ["indirect", "direct"]
    assert {q["speaker"] for q in data["quotes"]} == {data["speakers"][0]["id"]}
    assert [m["type"] for m in data["measures"]] == ["SANCTION_GENERAL"]


def test_json_equals_the_library_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert polittext.Analysis.from_dict(data) == polittext.analyze(TEXT)


def test_compact_output_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", "--compact", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert set(json.loads(out)) >= KEYS


def test_non_ascii_is_written_as_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    assert "Außenministerin" in capsys.readouterr().out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Die Bundesregierung kündigte an, dass das Bürgergeld reformiert werde."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert main(["analyze", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS
    assert data["text"] == text
    assert [(q["kind"], q["content"]["text"]) for q in data["quotes"]] == [
        ("indirect", "dass das Bürgergeld reformiert werde")
    ]


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["analyze", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= KEYS
    assert data["text"] == ""
    assert all(data[key] == [] for key in KEYS - {"text"})


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gibt_es_nicht.txt"
    assert main(["analyze", str(missing)]) == 2
    captured = capsys.readouterr()
    message = captured.out + captured.err
    assert str(missing) in message
    assert "No such file" in message


def test_directory_instead_of_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert str(tmp_path) in captured.out + captured.err


def test_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Die Bürger wählen.".encode("latin-1"))
    assert main(["analyze", str(path)]) == 2
    captured = capsys.readouterr()
    assert "UTF-8" in captured.out + captured.err


def test_unknown_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["analyze", "--model", "de_not_installed", str(path)]) == 2
    captured = capsys.readouterr()
    assert "python -m spacy download de_not_installed" in captured.out + captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"polittext {polittext.__version__}"


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "analyze" in capsys.readouterr().out


def test_python_dash_m_on_the_seed_article() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "polittext", "analyze", str(SEED.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= KEYS
    assert len(data["sentences"]) == 19
    assert data["text"] == SEED.read_text(encoding="utf-8")


def test_several_paths_give_one_json_line_each_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Merz sagte, die Lage sei ernst.", encoding="utf-8")
    second.write_text("Die EU verhängte ein Ölembargo.", encoding="utf-8")
    assert main(["analyze", str(first), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(first), str(second)]
    assert records[0]["speakers"][0]["name"] == "Merz"
    assert records[0]["quotes"][0]["speaker"] == "S1"
    assert records[1]["measures"][0]["type"] == "IMPORT_EMBARGO"


def test_batch_reports_a_bad_file_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, latin = tmp_path / "gut.txt", tmp_path / "latin1.txt"
    good.write_text("Eins. Zwei.", encoding="utf-8")
    latin.write_bytes("Müller sagte etwas.".encode("latin-1"))
    missing = tmp_path / "fehlt.txt"
    assert main(["analyze", "--jsonl", str(latin), str(missing), str(good)]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert "not UTF-8" in records[0]["error"]
    assert "cannot read" in records[1]["error"]
    assert len(records[2]["sentences"]) == 2
    assert "fehlt.txt" in captured.err


def test_batch_with_two_processes_equals_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for i, text in enumerate([TEXT, "Kallas: Europa zeigt Stärke", "", TEXT]):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["analyze", "--jsonl", *paths]) == 0
    one = capsys.readouterr().out
    assert main(["analyze", "--jsonl", "--n-process", "2", *paths]) == 0
    assert capsys.readouterr().out == one
    assert len(one.splitlines()) == 4


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--n-process", "0", "x.txt"], "--n-process"),
        (["--n-process", "2", "--model", "de_core_news_sm", "x.txt"], "blank model"),
        (["-", "x.txt"], "standard input"),
        ([], "either paths or --input-jsonl"),
        (["--input-jsonl", "x.jsonl", "x.txt"], "either paths or --input-jsonl"),
        (["--field", "body", "x.txt"], "--field goes with --input-jsonl"),
        (["--input-jsonl", "/no/such/file.jsonl"], "cannot read /no/such/file.jsonl"),
    ],
)
def test_batch_option_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_directory_stands_for_its_txt_files_sorted_not_recursive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.txt").write_text("Merz sagte, die Lage sei ernst.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Eins. Zwei.", encoding="utf-8")
    (tmp_path / "notiz.md").write_text("Nicht analysieren.", encoding="utf-8")
    (tmp_path / "unter").mkdir()
    (tmp_path / "unter" / "c.txt").write_text("Drei.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"] for r in records] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert [len(r["sentences"]) for r in records] == [2, 1]
    assert records[1]["quotes"][0]["content"]["text"] == "die Lage sei ernst"


def test_a_directory_with_one_file_still_gives_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Eins. Zwei.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["path"] == str(tmp_path / "a.txt")


def test_input_jsonl_keeps_the_other_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "korpus.jsonl"
    rows = [
        {"id": "a1", "body": TEXT, "quelle": "dpa"},
        {"id": "a2", "body": "Die EU verhängte ein Ölembargo."},
    ]
    source.write_text(
        "\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n\n", encoding="utf-8"
    )
    assert main(["analyze", "--input-jsonl", str(source), "--field", "body"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r.get("quelle")) for r in records] == [("a1", "dpa"), ("a2", None)]
    assert all("body" not in r for r in records)
    analysis = {k: v for k, v in records[0].items() if k not in ("id", "quelle")}
    assert analysis == polittext.analyze(TEXT).to_dict()
    assert records[1]["measures"][0]["type"] == "IMPORT_EMBARGO"


def test_input_jsonl_from_stdin_with_the_default_field(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 1, "text": "Eins. Zwei."}\n'))
    assert main(["analyze", "--input-jsonl", "-"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (record["id"], len(record["sentences"])) == (1, 2)


def test_input_jsonl_bad_lines_give_error_lines_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "korpus.jsonl"
    source.write_text(
        '{"id": 1, "text": "Eins."}\n'
        "kein JSON\n"
        '{"id": 3}\n'
        '{"id": 4, "text": 42}\n'
        '["keine", "Zeile"]\n'
        '{"id": 6, "text": "Gut.", "quotes": "eigenes Feld"}\n'
        '{"id": 7, "text": "Zwei. Drei."}\n',
        encoding="utf-8",
    )
    assert main(["analyze", "--input-jsonl", str(source)]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) == 7
    assert [len(records[0]["sentences"]), len(records[6]["sentences"])] == [1, 2]
    assert [records[i].get("id") for i in (0, 2, 3, 5, 6)] == [1, 3, 4, 6, 7]
    assert records[1] == {"line": 2, "error": records[1]["error"]}
    assert records[1]["error"].startswith("line 2 is not JSON")
    assert records[2]["error"] == "line 3: the record has no field 'text'"
    assert "TypeError: text must be str, got int" in records[3]["error"]
    assert records[4]["error"] == "line 5: each record must be a dict, got list"
    assert "['quotes']" in records[5]["error"]
    assert "line 2 is not JSON" in captured.err


def test_input_jsonl_with_two_processes_equals_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "korpus.jsonl"
    texts = [TEXT, "Kallas: Europa zeigt Stärke", "", 7, TEXT]
    source.write_text(
        "".join(json.dumps({"n": i, "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    assert main(["analyze", "--input-jsonl", str(source)]) == 1
    one = capsys.readouterr().out
    assert main(["analyze", "--input-jsonl", str(source), "--n-process", "2"]) == 1
    assert capsys.readouterr().out == one
    assert [json.loads(line)["n"] for line in one.splitlines()] == [0, 1, 2, 3, 4]


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Eins.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Eins.", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["analyze", str(tmp_path)]) == 0
    assert "2/2" in terminal.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 2
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["analyze", "--no-progress", str(tmp_path)]) == 0
    assert terminal.getvalue() == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_progress_bar_leaves_the_workers_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tqdm import tqdm

    from polittext import streaming

    # tqdm's monitor thread would make pipe spawn its workers (no fork with threads).
    monkeypatch.setattr(tqdm, "monitor_interval", tqdm.monitor_interval)
    forked: list[bool] = []
    can_fork = streaming._can_fork
    monkeypatch.setattr(streaming, "_can_fork", lambda: forked.append(can_fork()) or forked[-1])
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Merz sagte, es sei gut.", encoding="utf-8")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    alone = threading.active_count() == 1  # other tests may leave threads behind
    assert main(["analyze", "--jsonl", "--n-process", "2", str(tmp_path)]) == 0
    assert set(forked) == {alone}  # asked before each worker starts
    assert len(capsys.readouterr().out.splitlines()) == 3
