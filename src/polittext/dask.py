"""Analyse a corpus on a Dask cluster: a Bag of texts or records in, a Bag of dicts out.

Needs the extra ``dask`` (``pip install 'polittext[dask]'``), on the client
and on every worker. Each worker process builds the pipeline once
(:func:`polittext.load` caches it per process) and analyses a whole
partition in one loop.

>>> import dask.bag as db
>>> from polittext.dask import analyze_bag
>>> records = db.from_sequence([{"id": 1, "text": "Merz sagte, es sei gut."}], npartitions=1)
>>> [(r["id"], len(r["quotes"])) for r in analyze_bag(records, text_field="text").compute(scheduler="sync")]
[(1, 1)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from polittext.streaming import merge_record, split_record

__all__ = ["analyze_bag"]

_ERRORS = (TypeError, ValueError, RecursionError, MemoryError)


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as error:
        raise ImportError(
            "polittext.dask needs Dask: install it with pip install 'polittext[dask]'"
        ) from error
    return dask.bag


def analyze_bag(bag: Any, *, text_field: str | None = None, model: str = "blank") -> Any:
    """Map a :class:`dask.bag.Bag` of texts (or of dict records) to analysis dicts.

    Each item of the result is :meth:`Analysis.to_dict
    <polittext.analysis.Analysis.to_dict>`. With ``text_field``, the items are
    dicts: the text is taken from that field, and the record's other fields
    (an ``id``, say) are kept in the result next to the analysis keys. An item
    that cannot be analysed (not a ``str``, a record without the field, a
    field whose name is an analysis key …) gives an error record
    ``{"error": <exception name>, "message": …}`` (with the record's other
    fields) instead of failing the computation. ``model`` is the base
    pipeline, as for :func:`polittext.load`; it must be installed on every
    worker.

    The result is lazy: call ``.compute()``, ``.to_textfiles()`` … on it.

    Raises:
        ImportError: if Dask is not installed (extra ``dask``).
        TypeError: if ``bag`` is not a Dask Bag, or ``text_field`` or ``model``
            is not a ``str``.

    >>> import dask.bag as db
    >>> texts = db.from_sequence(["Eins. Zwei.", 42], npartitions=2)
    >>> [r.get("error") or len(r["sentences"]) for r in analyze_bag(texts).compute(scheduler="sync")]
    [2, 'TypeError']
    """
    bag_module = _bag_module()
    if not isinstance(bag, bag_module.Bag):
        raise TypeError(f"bag must be a dask.bag.Bag, got {type(bag).__name__}")
    if text_field is not None and not isinstance(text_field, str):
        raise TypeError(f"text_field must be str or None, got {type(text_field).__name__}")
    if not isinstance(model, str):
        raise TypeError(f"model must be str, got {type(model).__name__}")
    return bag.map_partitions(_analyze_partition, text_field=text_field, model=model)


def _analyze_partition(
    items: Iterable[Any], text_field: str | None, model: str
) -> list[dict[str, Any]]:
    from polittext.engine import load

    pipeline = load(model)
    return [_analyze_record(pipeline, item, text_field) for item in items]


def _analyze_record(pipeline: Any, item: Any, text_field: str | None) -> dict[str, Any]:
    try:
        fields, text = split_record(item, text_field)
        return merge_record(fields, pipeline.analyze(text).to_dict())
    except _ERRORS as error:
        return {**_fields(item, text_field), "error": type(error).__name__, "message": str(error)}


def _fields(item: Any, text_field: str | None) -> dict[str, Any]:
    if text_field is None or not isinstance(item, dict):
        return {}
    return {key: value for key, value in item.items() if key != text_field}
