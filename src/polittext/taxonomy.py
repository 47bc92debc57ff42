"""The policy-measure taxonomy ``polittext-measure-v0`` as typed objects.

29 measure types in eight families (sanction, trade, treasure, security,
diplomacy, authority, organisation, nodality), each mapped to Comparative
Agendas Project major topics and Hood's NATO tools. The data file
``polittext/data/measures/taxonomy_v0.json`` is our own work (CC0).

>>> t = measure_type("SERVICE_BAN")
>>> t.family, t.label_en
('sanction', 'ban on services (e.g. maritime, insurance, consulting)')
>>> len(measure_types())
29
"""

from __future__ import annotations

import functools
import json
from typing import Any

import attrs

from polittext.lexicon import data_text

__all__ = ["MeasureType", "measure_type", "measure_types", "taxonomy_info"]


@attrs.frozen(slots=True)
class MeasureType:
    """One type of policy measure.

    >>> measure_type("PRICE_CAP").nato
    ('authority',)
    """

    id: str
    family: str
    label_de: str
    label_en: str
    cap_major: tuple[int, ...]
    nato: tuple[str, ...]
    gsdb: str | None
    vedung: str | None
    triggers_de: tuple[str, ...]
    note: str


@functools.lru_cache(maxsize=1)
def taxonomy_info() -> dict[str, Any]:
    """The whole taxonomy file as a dict (scheme, licence, modality values, …).

    >>> taxonomy_info()["scheme"]
    'polittext-measure-v0'
    """
    data: dict[str, Any] = json.loads(data_text("measures/taxonomy_v0.json"))
    return data


@functools.lru_cache(maxsize=1)
def measure_types() -> dict[str, MeasureType]:
    """All measure types by id, in the order of the taxonomy file.

    >>> list(measure_types())[:2]
    ['SANCTION_GENERAL', 'IMPORT_EMBARGO']
    """
    types: dict[str, MeasureType] = {}
    for entry in taxonomy_info()["types"]:
        types[entry["id"]] = MeasureType(
            id=entry["id"],
            family=entry["family"],
            label_de=entry["label_de"],
            label_en=entry["label_en"],
            cap_major=tuple(int(c) for c in entry.get("cap_major", ())),
            nato=tuple(entry.get("nato", ())),
            gsdb=entry.get("gsdb"),
            vedung=entry.get("vedung"),
            triggers_de=tuple(entry.get("triggers_de", ())),
            note=entry.get("note", ""),
        )
    return types


def measure_type(type_id: str) -> MeasureType:
    """Look up one measure type by its id.

    Raises:
        TypeError: if ``type_id`` is not a ``str``.
        ValueError: for an id that is not in the taxonomy.

    >>> measure_type("TARIFF").family
    'trade'
    """
    types = measure_types()
    if not isinstance(type_id, str):
        raise TypeError(f"type_id must be str, got {type(type_id).__name__}")
    try:
        return types[type_id]
    except KeyError:
        raise ValueError(
            f"unknown measure type {type_id!r}; expected one of: {', '.join(types)}"
        ) from None
