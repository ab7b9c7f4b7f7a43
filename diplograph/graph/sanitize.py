"""The one sanitiser for values an export format cannot carry as they are.

Every exporter (GraphML, GEXF, DOT, CSV, Cytoscape/node-link JSON, HTML) passes
its attribute values through here, so a value reads the same in every format:

* ``None`` stays ``None``: JSON writes null, the other formats leave the
  attribute out (or the CSV field empty);
* dates and datetimes become ISO strings, a :class:`When` its EDTF string;
* NaN and infinities become ``None`` (no format has them in common);
* strings lose what XML 1.0 cannot hold (C0 controls other than tab, newline
  and carriage return; lone surrogates; U+FFFE/U+FFFF), replaced by U+FFFD;
* sets become sorted lists, tuples lists, mappings dicts with string keys in
  sorted order; :func:`scalar` turns lists and dicts into compact JSON text for
  the formats whose attributes are scalars;
* anything else (paths, enums, decimals, objects) becomes its string form.

>>> import datetime as dt
>>> plain({"b": {3, 1}, "a": dt.date(2015, 5, 1), "c": float("nan")})
{'a': '2015-05-01', 'b': [1, 3], 'c': None}
>>> scalar(["Kim", "Kim Jong-un"]), scalar("a\\x00b")
('["Kim","Kim Jong-un"]', 'a\\ufffdb')
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from diplograph.graph.when import When

__all__ = ["clean_text", "plain", "scalar"]

Scalar = str | int | float | bool | None

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MAX_INT = 2**63 - 1


def clean_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _BAD_XML.sub("\ufffd", text)


def _sort_key(v: Any) -> tuple[str, str]:
    return (type(v).__name__, str(v))


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: None, bool, int, float, str, list or dict (see the module notes)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and not isinstance(value, enum.Enum):
        return value if -_MAX_INT <= value <= _MAX_INT else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, When):
        return value.edtf
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Decimal):
        return plain(float(value))
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, bytes | bytearray):
        return clean_text(bytes(value).decode("utf-8", "replace"))
    if isinstance(value, Mapping):
        return {clean_text(str(k)): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        return [plain(v) for v in sorted(value, key=_sort_key)]
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return clean_text(str(value))


def scalar(value: Any) -> Scalar:
    """``value`` as one scalar for GraphML, GEXF, DOT and CSV: lists and dicts become compact JSON text."""
    v = plain(value)
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return v
