"""Session 15 (issue #7): a worker process of ``pipe`` that dies loses no text and hangs nothing.

Each run with workers that die is a script of its own, in a subprocess with a
timeout, so that a hang fails the test instead of stopping the suite. The
script makes a worker die on a text of its own (``DEADLY``) by replacing a
function of :mod:`polittext.streaming` at the top of the script: forked
workers inherit the replacement, and spawned ones run the script's top (not its
``__main__`` part) when they start. The function dies only in a worker
process, so with one process the same texts are analysed as usual.

``DEADLY`` is the second text of the first batch, and a worker's first batch
is never taken over by the parent: it is always a worker that meets it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections import deque
from pathlib import Path
from typing import Any

import pytest

import polittext
from polittext import PipeError, streaming

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the scripts use signals and fork as on Linux"
)

SCRIPT = textwrap.dedent(
    """
    import json
    import multiprocessing
    import os
    import signal
    import sys

    import polittext
    from polittext import streaming

    MODE, START, FLAG = sys.argv[1], sys.argv[2], sys.argv[3]
    DEADLY = "Dieser Satz bringt den Arbeitsprozess zum Absturz."
    TEXTS = [
        "Die Ministerin sagte am Montag, der Haushalt sei solide.",
        DEADLY,
        "Der Bundestag beschloss ein Gesetz gegen Lebensmittelverschwendung.",
        "„Wir helfen den Kommunen“, versprach der Kanzler.",
        "Eins. Zwei. Drei.",
        "Die Opposition kritisierte den Plan scharf.",
        "Nach Angaben des Ministeriums soll das Tempolimit im Mai kommen.",
        "",
        "Die EU verhängte neue Sanktionen gegen Russland.",
        "Merz erklärte, die Union werde zustimmen.",
        "Berlin (dpa) - Die Koalition will die Schuldenbremse reformieren.",
        "Gut.",
        "Die Grünen fordern ein Verbot von Einwegplastik.",
        "Der Minister betonte: „Das ist nicht verhandelbar.“",
        "Heute regnet es in Hamburg.",
        "Die Landesregierung plant eine Reform der Grundsteuer.",
    ]


    def in_worker():
        return multiprocessing.parent_process() is not None


    _analyze_one = streaming._analyze_one
    _analyze_packed = streaming._analyze_packed


    def analyze_one(item):
        if in_worker():
            if MODE in ("exit", "cli") and item[1] == DEADLY:
                os._exit(3)
            if MODE == "kill" and item[1] == DEADLY:
                os.kill(os.getpid(), signal.SIGKILL)
            if MODE == "bug" and item[1] == DEADLY:
                raise LookupError("a bug")
            if MODE == "once":
                try:  # only the first worker text of the run: the worker is killed from outside
                    os.close(os.open(FLAG, os.O_CREAT | os.O_EXCL))
                except FileExistsError:
                    pass
                else:
                    os.kill(os.getpid(), signal.SIGKILL)
        return _analyze_one(item)


    def analyze_packed(batch, marker=None):
        results = _analyze_packed(batch, marker)
        if in_worker() and MODE == "sending" and any(text == DEADLY for _, text in batch):
            os._exit(3)  # after the analysis: while it sends the results
        return results


    def never_ready(*args):
        os._exit(4)


    streaming._analyze_one = analyze_one
    streaming._analyze_packed = analyze_packed
    if MODE == "start":
        streaming._work = never_ready


    def children():
        # This process's children, live or zombie, but multiprocessing's resource
        # tracker (which spawning starts); None if there are none.
        found = []
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as handle:
                for pid in handle.read().split():
                    with open(f"/proc/{pid}/cmdline", "rb") as handle:
                        if b"resource_tracker" not in handle.read():
                            found.append(pid)
        return found or None


    def record(result):
        if isinstance(result, polittext.PipeError):
            return result.to_dict()
        return result.to_dict()["quotes"]


    if __name__ == "__main__":
        if START == "spawn":
            streaming._can_fork = lambda: False
        if MODE == "cli":
            import contextlib
            import io

            from polittext.cli import main

            with open("records.jsonl", "w", encoding="utf-8") as handle:
                for number, text in enumerate(TEXTS):
                    handle.write(json.dumps({"id": number, "text": text}) + "\\n")
            out = {}
            for n_process in ("1", "2"):
                lines = io.StringIO()
                with contextlib.redirect_stdout(lines):
                    status = main(["analyze", "--input-jsonl", "records.jsonl", "--n-process", n_process])
                out[n_process] = [status, [json.loads(line) for line in lines.getvalue().splitlines()]]
            print(json.dumps(out))
            sys.exit(0)
        n_process = int(sys.argv[4])
        out = {"single": [record(r) for r in polittext.pipe(TEXTS)]}
        got = []
        results = polittext.pipe(TEXTS, n_process=n_process, batch_size=2)
        try:
            for result in results:
                got.append(record(result))
                if MODE == "close" and len(got) == 3:
                    break
                # (The fourth result is the first one back from the second worker:
                # both ignore Ctrl-C by then.)
                if MODE == "sigint" and len(got) == 4:
                    os.killpg(os.getpgrp(), signal.SIGINT)  # Ctrl-C: to the workers too
                if MODE == "orphan" and len(got) == 4:
                    print(json.dumps({"workers": children()}), flush=True)
                    os.kill(os.getpid(), signal.SIGKILL)
        except KeyboardInterrupt:
            out["interrupted"] = True
        except Exception as error:
            out["raised"] = [type(error).__name__, str(error)]
        results.close()
        out["got"] = got
        out["children"] = children()
        print(json.dumps(out))
    """
)


def _run(tmp_path: Path, mode: str, start: str = "fork", n_process: int = 2) -> dict[str, Any]:
    script = tmp_path / "deadly.py"
    script.write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), mode, start, str(tmp_path / "flag"), str(n_process)],
        capture_output=True,
        text=True,
        timeout=180,  # a hang fails here
        cwd=tmp_path,
        env=os.environ.copy(),
        start_new_session=True,  # its Ctrl-C reaches it and its workers only
    )
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout)
    out["stderr"] = done.stderr
    return out


def _errors(got: list[Any]) -> list[dict[str, Any]]:
    return [result for result in got if isinstance(result, dict)]


@pytest.mark.parametrize(("mode", "ended"), [("exit", "exit code 3"), ("kill", "signal SIGKILL")])
def test_the_text_that_kills_a_worker_gets_an_error_and_no_other_text_is_lost(
    tmp_path: Path, mode: str, ended: str
) -> None:
    out = _run(tmp_path, mode)
    single, got = out["single"], out["got"]
    assert len(got) == len(single) == 16
    # Every other text as with one process, in input order (the first text of the
    # batch, which the dead worker had analysed, and the batches it had not begun).
    assert got[:1] + got[2:] == single[:1] + single[2:]
    assert got[1]["index"] == 1
    assert got[1]["error"] == "WorkerDied"
    assert ended in got[1]["message"]
    assert out["children"] is None  # the dead workers were reaped, the others ended


def test_spawned_workers_too(tmp_path: Path) -> None:
    out = _run(tmp_path, "exit", start="spawn")
    single, got = out["single"], out["got"]
    assert got[:1] + got[2:] == single[:1] + single[2:]
    assert (got[1]["index"], got[1]["error"]) == (1, "WorkerDied")
    assert out["children"] is None


def test_a_worker_that_dies_sending_its_results_has_each_text_tried_alone(
    tmp_path: Path,
) -> None:
    # It had analysed both texts of the batch: either could have killed it.
    out = _run(tmp_path, "sending", n_process=3)
    single, got = out["single"], out["got"]
    assert got[:1] + got[2:] == single[:1] + single[2:]
    assert (got[1]["index"], got[1]["error"]) == (1, "WorkerDied")
    assert out["children"] is None


def test_a_worker_killed_from_outside_loses_nothing(tmp_path: Path) -> None:
    # Its text is analysed again alone, and this time the worker survives it.
    out = _run(tmp_path, "once", n_process=3)
    assert (tmp_path / "flag").exists()  # a worker was killed
    assert out["got"] == out["single"]
    assert _errors(out["got"]) == []
    assert out["children"] is None


def test_a_bug_in_a_worker_is_raised_in_its_place_as_with_one_process(tmp_path: Path) -> None:
    out = _run(tmp_path, "bug")
    assert out["got"] == out["single"][:1]
    assert out["raised"] == ["LookupError", "a bug"]
    assert out["children"] is None


def test_a_worker_that_cannot_start_raises_instead_of_hanging(tmp_path: Path) -> None:
    out = _run(tmp_path, "start")
    assert out["raised"][0] == "RuntimeError"
    assert "ended (exit code 4) before it was ready" in out["raised"][1]
    assert out["children"] is None


def test_closing_early_ends_the_workers(tmp_path: Path) -> None:
    out = _run(tmp_path, "close", n_process=3)
    assert out["got"] == out["single"][:3]
    assert out["children"] is None


def test_ctrl_c_ends_the_workers_without_their_tracebacks(tmp_path: Path) -> None:
    out = _run(tmp_path, "sigint", n_process=3)
    assert out["interrupted"] is True
    assert out["children"] is None
    assert "Traceback" not in out["stderr"]


def test_the_command_line_writes_an_error_line_for_the_text_that_kills_workers(
    tmp_path: Path,
) -> None:
    out = _run(tmp_path, "cli")
    (status_one, lines_one), (status_two, lines_two) = out["1"], out["2"]
    assert (status_one, status_two) == (0, 1)  # 1: a line with an error
    assert lines_two[:1] + lines_two[2:] == lines_one[:1] + lines_one[2:]
    assert lines_two[1] == {
        "id": 1,
        "error": "WorkerDied: the worker process analysing this text died (exit code 3), "
        "also with this text alone",
    }
    assert "WorkerDied" in out["stderr"]


def test_the_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "deadly.py"
    script.write_text(SCRIPT, encoding="utf-8")
    # Its output goes to files, not pipes, which workers left behind would hold open.
    with (tmp_path / "out").open("w") as out, (tmp_path / "err").open("w") as err:
        done = subprocess.run(
            [sys.executable, str(script), "orphan", "fork", str(tmp_path / "flag"), "3"],
            stdout=out,
            stderr=err,
            timeout=180,
            cwd=tmp_path,
            env=os.environ.copy(),
            start_new_session=True,
        )
    stderr = (tmp_path / "err").read_text(encoding="utf-8")
    assert done.returncode == -9, stderr
    workers = json.loads((tmp_path / "out").read_text(encoding="utf-8"))["workers"]
    assert len(workers) == 2

    def running(pid: str) -> bool:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
        except FileNotFoundError:
            return False

    # Each sees the end of its pipe (no other worker holds a copy of its
    # parent's end) and exits; a generous limit for a loaded machine.
    deadline = time.monotonic() + 60
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(running, workers))
    assert "Traceback" not in (tmp_path / "err").read_text(encoding="utf-8")  # theirs too


def test_a_text_that_cannot_be_pickled_is_analysed_by_the_parent() -> None:
    texts = ["Gut.", lambda: "Eins.", "Merz sagte, es sei gut."]
    expected = list(polittext.pipe(texts))
    assert isinstance(expected[1], PipeError)
    assert list(polittext.pipe(texts, n_process=2, batch_size=1)) == expected


def test_an_all_good_run_is_the_same_with_three_processes() -> None:
    texts = [
        f"Die Ministerin sagte am {day}. Mai, der Haushalt sei solide." for day in range(1, 30)
    ]
    texts += ["", "Gut.", b"bytes"] * 3  # type: ignore[list-item]
    one = list(polittext.pipe(texts))
    for batch_size in (1, 4, 64):
        assert list(polittext.pipe(texts, n_process=3, batch_size=batch_size)) == one


class _Workers:
    """Records what :func:`streaming._blame` hands on."""

    def __init__(self) -> None:
        self.orphans: deque[Any] = deque()
        self.isolated: list[Any] = []

    def isolate(self, batch: Any) -> None:
        self.isolated.append(batch)


def _pending(*batches: list[int]) -> deque[Any]:
    return deque(streaming._Batch([(i, f"Text {i}.") for i in items]) for items in batches)


def _indexes(batches: Any) -> list[list[int]]:
    return [[index for index, _ in batch.items] for batch in batches]


def test_the_text_being_analysed_is_tried_alone_and_the_others_are_analysed_here() -> None:
    pending, workers = _pending([0, 1], [2, 3, 4], [5]), _Workers()
    streaming._blame(pending, workers, pending[1], 3, "exit code 1")
    assert _indexes(pending) == [[0, 1], [2], [3], [4], [5]]
    assert [batch.suspect for batch in pending] == [False, False, True, False, False]
    assert _indexes(workers.isolated) == [[3]]
    assert _indexes(workers.orphans) == [[2], [4]]


def test_a_batch_not_begun_goes_to_the_parent_and_one_being_sent_is_split() -> None:
    pending, workers = _pending([0, 1], [2, 3]), _Workers()
    streaming._blame(pending, workers, pending[0], streaming._IDLE, "exit code 1")
    assert _indexes(workers.orphans) == [[0, 1]]
    streaming._blame(pending, workers, pending[1], streaming._SENDING, "exit code 1")
    assert _indexes(pending) == [[0, 1], [2], [3]]
    assert _indexes(workers.isolated) == [[2], [3]]


def test_a_suspect_gets_its_error_only_if_the_worker_had_begun_it() -> None:
    pending, workers = _pending([7]), _Workers()
    suspect = pending[0]
    suspect.suspect = True
    streaming._blame(pending, workers, suspect, streaming._IDLE, "exit code 1")
    assert workers.isolated == [suspect]  # killed before it began: again
    assert suspect.results is None
    streaming._blame(pending, workers, suspect, 7, "killed by signal SIGKILL")
    assert suspect.results == [
        PipeError(
            7,
            "WorkerDied",
            "the worker process analysing this text died (killed by signal SIGKILL), "
            "also with this text alone",
        )
    ]


def test_how_a_process_ended() -> None:
    assert streaming._how(-9) == "killed by signal SIGKILL"
    assert streaming._how(3) == "exit code 3"
