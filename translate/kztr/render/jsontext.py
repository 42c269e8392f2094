"""JSON text as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, several times faster.

The standard library encodes indented JSON in Python, a generator step per
value (a status report of 100,000 units with its findings: millions of
steps); only compact JSON goes through its C encoder.  Reports are plain
data (dicts with string keys, lists, strings, numbers, booleans, None), so
this writes the same text with the C string encoder and one join per object.
tests/test_status.py compares the two on real reports.
"""

from __future__ import annotations

import json
from functools import cache
from json.encoder import encode_basestring  # the C encoder when available, as json.dumps uses

_INDENT = 2


def dumps_indented(value, level: int = 0) -> str:
    """The text ``json.dumps(value, ensure_ascii=False, indent=2)`` gives (``level``: as a value
    nested that many spaces deep gets it inside a bigger one).

    >>> dumps_indented({"a": [1, 2.5, None], "b": {}, "c": "قمة \\"CICA\\"", "d": [], "e": True})
    '{\\n  "a": [\\n    1,\\n    2.5,\\n    null\\n  ],\\n  "b": {},\\n  "c": "قمة \\\\"CICA\\\\"",\\n  "d": [],\\n  "e": true\\n}'
    """  # noqa: E501 - a doctest output is one line
    out: list[str] = []
    _write(value, level, out)
    return "".join(out)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _scalar(value) -> str | None:
    """A scalar as json writes it; None for a list or an object."""
    if type(value) is str:
        return encode_basestring(value)
    if isinstance(value, (dict, list, tuple)):
        return None
    return json.dumps(value, ensure_ascii=False)  # numbers, booleans, None: NaN, Infinity as json has them


@cache
def _flat_encoder(level: int) -> json.JSONEncoder:
    """json's C encoder, writing one object or list of scalars at ``level`` (its items' indent)."""
    return json.JSONEncoder(ensure_ascii=False, separators=(",\n" + " " * level, ": "))


def _write(value, level: int, out: list[str]) -> None:
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    if not value:
        out.append("{}" if isinstance(value, dict) else "[]")
        return
    inner = " " * (level + _INDENT)
    items = value.values() if isinstance(value, dict) else value
    if _SCALARS.issuperset(map(type, items)):  # a flat object (a finding) or list: one C call
        text = _flat_encoder(level + _INDENT).encode(value)
        out.append(f"{text[0]}\n{inner}{text[1:-1]}\n{' ' * level}{text[-1]}")
        return
    if isinstance(value, dict):
        out.append("{")
        for number, (key, item) in enumerate(value.items()):
            out.append(f"{',' if number else ''}\n{inner}{encode_basestring(_key(key))}: ")
            _write(item, level + _INDENT, out)
        out.append("\n" + " " * level + "}")
        return
    out.append("[")
    for number, item in enumerate(value):
        out.append(f"{',' if number else ''}\n{inner}")
        _write(item, level + _INDENT, out)
    out.append("\n" + " " * level + "]")


def _key(key) -> str:
    """An object key as json writes it (json turns numbers, booleans and None into strings)."""
    if isinstance(key, str):
        return key
    return next(iter(json.loads(json.dumps({key: 0}))))
