"""The cached pipeline can be used from several threads and after fork."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import polittext

TEXTS = [
    "Kallas betonte, dass Europa stark sei. Die Lage sei ernst.",
    "„Wir sind bereit“, sagte Merz. Die EU verhängte ein Ölembargo.",
    "Laut Bundesregierung wird die Wehrpflicht nicht wieder eingeführt.",
    "BERLIN (dpa) – Die Opposition fordert eine Gaspreisbremse.",
] * 5


def test_threads_give_the_same_results_as_one_thread() -> None:
    expected = [polittext.analyze(text) for text in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(polittext.analyze, TEXTS))
    assert got == expected


def _analyze_in_child(text: str) -> dict[str, object]:
    return polittext.analyze(text).to_dict()


@pytest.mark.skipif(sys.platform == "win32", reason="fork is not available on Windows")
def test_engine_works_after_fork() -> None:
    polittext.analyze("Warm-up, damit der Elternprozess die Engine schon gebaut hat.")
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        got = pool.map(_analyze_in_child, TEXTS[:4])
    assert got == [polittext.analyze(text).to_dict() for text in TEXTS[:4]]


RACE = """
import sys, threading, polittext, polittext.engine as engine
builds = []
real_build = engine._build
def counting_build(base):
    builds.append(base)
    return real_build(base)
engine._build = counting_build
texts = [f"Merz{i} sagte, es sei gut. „Ja“, so Kallas. Die EU plant Sanktionen." * (i + 1) for i in range(8)]
barrier = threading.Barrier(8)
results = [None] * 8
def work(i):
    barrier.wait()
    results[i] = polittext.analyze(texts[i])
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
assert builds == ["blank"], builds
assert results == [polittext.analyze(t) for t in texts]
print("ok")
"""


def test_first_use_from_eight_threads_at_once_builds_one_pipeline() -> None:
    # A fresh interpreter, so that the pipeline is not built yet when the threads start.
    done = subprocess.run(
        [sys.executable, "-c", RACE], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_threads_interleaving_inside_long_texts_give_the_same_results() -> None:
    # Texts long enough that the interpreter switches threads in the middle of one.
    long_texts = [text * 150 for text in TEXTS[:4]] + ["Gut. " * 3000, "„" * 5000]
    expected = [polittext.analyze(text) for text in long_texts]
    with ThreadPoolExecutor(max_workers=3) as pool:
        got = list(pool.map(polittext.analyze, long_texts * 2))
    assert got == expected * 2


@pytest.mark.skipif(sys.platform == "win32", reason="fork is not available on Windows")
def test_pipe_with_workers_after_threads_used_the_pipeline() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(polittext.analyze, TEXTS[:4]))
    got = list(polittext.pipe(TEXTS[:6], n_process=2, batch_size=2))
    assert got == [polittext.analyze(text) for text in TEXTS[:6]]


def test_the_garbage_collector_is_paused_only_during_an_analysis() -> None:
    import gc

    assert gc.isenabled()
    polittext.analyze("Kallas sagte, es sei gut.")
    assert gc.isenabled()
    gc.disable()
    try:
        polittext.analyze("Kallas sagte, es sei gut.")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
