"""The cached pipeline can be used from several threads and after fork."""

from __future__ import annotations

import multiprocessing
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
