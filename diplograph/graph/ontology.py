"""What the graph's codes mean: CAMEO event codes, states, relation kinds.

The CAMEO table (``graph/data/cameo.tsv``) is the project's own, written by
``scripts/build_cameo_table.py`` from the facts of the CAMEO codebook: names,
Goldstein values, quad classes and the PLOVER mapping. The states table
(``graph/data/states.tsv``) lists ISO 3166-1 states, observers, Taiwan, Kosovo
and historical states (USSR = SUN, Yugoslavia = YUG, ...).

>>> cameo("042").name, cameo("042").goldstein, cameo("042").quad_class
('Make a visit', 1.9, 1)
>>> quad_name(4)
'material conflict'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "QUAD_CLASSES",
    "RELATION_KINDS",
    "CameoCode",
    "StateRecord",
    "cameo",
    "cameo_codes",
    "is_cameo",
    "quad_name",
    "state",
    "state_name",
    "states",
]

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

RELATION_KINDS = {
    "trend": "the state of a dyad's relations over time (polarity positive/negative, label)",
    "role": "an office or role a person holds in a state or organisation (title)",
    "kinship": "a family tie between persons (kin: father, uncle, sister, ...)",
    "membership": "membership of a state or person in an organisation or group",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its meaning."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    type: str

    @property
    def root_name(self) -> str:
        return cameo(self.root).name

    @property
    def quad_name(self) -> str:
        return QUAD_CLASSES[self.quad_class]


@dataclass(frozen=True, slots=True)
class StateRecord:
    """A state of the ISO 3166-1 list, an observer, or a historical state."""

    iso3: str
    iso2: str | None
    numeric: str | None
    name: str
    official_name: str | None
    wikidata: str | None
    status: str
    valid_from: str | None
    valid_to: str | None
    successors: tuple[str, ...]


def _read_tsv(name: str) -> list[dict[str, str]]:
    path = resources.files("diplograph.graph") / "data" / name
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@cache
def _cameo_table() -> dict[str, CameoCode]:
    table = {}
    for r in _read_tsv("cameo.tsv"):
        table[r["code"]] = CameoCode(
            code=r["code"], name=r["name"], root=r["root"], quad_class=int(r["quad_class"]),
            goldstein=float(r["goldstein"]), plover_event=r["plover_event"] or None,
            plover_mode=r["plover_mode"] or None, type=r["type"],
        )
    return table


def cameo(code: str) -> CameoCode:
    """The CAMEO code ``code`` ("042"); unknown codes raise KeyError naming the code."""
    try:
        return _cameo_table()[str(code)]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_cameo(code: str) -> bool:
    """True when ``code`` is a CAMEO code of the table."""
    return str(code) in _cameo_table()


def cameo_codes() -> list[CameoCode]:
    """All CAMEO codes, in code order."""
    return list(_cameo_table().values())


def quad_name(quad_class: int) -> str:
    """The name of a quad class (1-4)."""
    return QUAD_CLASSES[quad_class]


@cache
def _states_table() -> dict[str, StateRecord]:
    table = {}
    for r in _read_tsv("states.tsv"):
        iso3 = r["iso3"].strip()
        table[iso3] = StateRecord(
            iso3=iso3, iso2=r.get("iso2") or None, numeric=r.get("numeric") or None, name=r["name"],
            official_name=r.get("official_name") or None, wikidata=r.get("wikidata") or None,
            status=r.get("status") or "", valid_from=r.get("from") or None, valid_to=r.get("to") or None,
            successors=tuple((r.get("successors") or "").split()),
        )
    return table


def states() -> list[StateRecord]:
    """Every state the project knows, current and historical."""
    return list(_states_table().values())


def state(iso3: str) -> StateRecord | None:
    """The state with ISO 3166-1 alpha-3 code ``iso3``, or None."""
    return _states_table().get(iso3.upper())


def state_name(iso3: str) -> str:
    """The common English name of a state, or the code itself when unknown."""
    rec = state(iso3)
    return rec.name if rec else iso3
