"""polittext.dask: a Bag of texts or records analysed on a local cluster of 2 worker processes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import polittext

db = pytest.importorskip("dask.bag")  # the extra "dask"; part of "dev", so it runs in CI
distributed = pytest.importorskip("distributed")

from polittext.dask import analyze_bag  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_919184c9a5fb0886.txt"
TEXTS = [
    "Merz sagte, die Lage sei ernst.",
    "",
    "„Wir helfen“, sagte Kallas. Die EU plant neue Sanktionen gegen Russland.",
    "Berlin (dpa) - Der Bundestag beschloss am 3. Oktober ein Gesetz.",
    SEED.read_text(encoding="utf-8"),
    "Die Bundesregierung lehnt ein Gasembargo ab.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_texts_on_two_workers_equal_analyze(client: object) -> None:
    bag = db.from_sequence(TEXTS, npartitions=3)
    results = analyze_bag(bag).compute()
    assert results == [polittext.analyze(text).to_dict() for text in TEXTS]


def test_each_worker_process_loads_the_pipeline_once(client: object) -> None:
    def pipeline_id(_: object) -> list[tuple[int, int]]:
        return [(os.getpid(), id(polittext.load()))]

    bag = db.from_sequence(range(8), npartitions=8)
    ids = bag.map_partitions(pipeline_id).compute()
    workers = client.run(lambda: (os.getpid(), id(polittext.load())))  # type: ignore[attr-defined]
    assert len(workers) == 2
    # Every partition ran in a worker process, on that process's one pipeline.
    assert set(ids) <= set(workers.values())
    assert os.getpid() not in {pid for pid, _ in ids}


def test_records_keep_their_fields(client: object) -> None:
    records = [{"id": i, "source": "dpa", "body": text} for i, text in enumerate(TEXTS)]
    bag = db.from_sequence(records, npartitions=2)
    results = analyze_bag(bag, text_field="body").compute()
    assert [(r["id"], r["source"]) for r in results] == [(i, "dpa") for i in range(len(TEXTS))]
    assert all("body" not in r for r in results)
    for record, text in zip(results, TEXTS, strict=True):
        analysis = {key: value for key, value in record.items() if key not in ("id", "source")}
        assert analysis == polittext.analyze(text).to_dict()


def test_a_bad_item_gives_an_error_record_not_a_failed_computation(client: object) -> None:
    records = [
        {"id": 0, "text": "Eins. Zwei."},
        {"id": 1, "text": b"bytes"},
        {"id": 2},
        {"id": 3, "text": "Gut.", "quotes": "mine"},
        "no record",
        {"id": 5, "text": "Drei."},
    ]
    results = analyze_bag(db.from_sequence(records, npartitions=2), text_field="text").compute()
    assert [len(results[0]["sentences"]), len(results[5]["sentences"])] == [2, 1]
    assert [results[0]["id"], results[5]["id"]] == [0, 5]
    errors = [(r.get("id"), r["error"]) for r in results[1:5]]
    assert errors == [(1, "TypeError"), (2, "ValueError"), (3, "ValueError"), (None, "TypeError")]
    assert "decode" in results[1]["message"]
    assert results[2]["message"] == "the record has no field 'text'"
    assert "quotes" in results[3]["message"]
    assert "dict" in results[4]["message"]


def test_texts_given_records_without_text_field_are_errors() -> None:
    bag = db.from_sequence([{"text": "Gut."}], npartitions=1)
    [record] = analyze_bag(bag).compute(scheduler="sync")
    assert record["error"] == "TypeError"
    assert "text field" in record["message"]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match=r"dask\.bag\.Bag, got list"):
        analyze_bag(["Gut."])
    bag = db.from_sequence(["Gut."])
    with pytest.raises(TypeError, match="text_field must be str or None, got int"):
        analyze_bag(bag, text_field=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="model must be str, got NoneType"):
        analyze_bag(bag, model=None)  # type: ignore[arg-type]


def test_a_missing_model_fails_the_computation_with_the_install_hint() -> None:
    bag = analyze_bag(db.from_sequence(["Gut."]), model="de_no_such_pipeline")
    with pytest.raises(ValueError, match="is not installed"):
        bag.compute(scheduler="sync")
