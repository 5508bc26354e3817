"""JSON for people and scripts alike, written at the speed of the C encoder.

``json.dumps(indent=2)`` falls back to the pure-Python encoder and puts every
number of every offset pair on a line of its own: slow on a long comparison and
hard to scan. Here the outer structure is indented, and each small object or
list (a segment, a change, an offset pair) is written on one line by the C
encoder. Any JSON parser reads the result exactly as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_MAX_LEAF = 200
"""Containers of nested containers longer than this are still spread out."""


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _flat(value: Any) -> bool:
    """A scalar, or a container whose members are scalars or lists of scalars."""
    items: Iterable[Any]
    if isinstance(value, dict):
        items = value.values()
    elif isinstance(value, list | tuple):
        items = value
    else:
        return True
    scalars = _SCALARS
    for item in items:
        if type(item) in scalars:  # nearly every member: decided without isinstance
            continue
        if isinstance(item, dict):
            return False
        if isinstance(item, list | tuple) and any(isinstance(x, dict | list | tuple) for x in item):
            return False
    return True


def _write(value: Any, indent: str, emit: Callable[[str], object]) -> None:
    if _flat(value) and not (isinstance(value, list | tuple) and len(value) > _MAX_LEAF):
        emit(_ONE_LINE.encode(value))
        return
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            emit("{}")
            return
        emit("{")
        for k, (key, item) in enumerate(value.items()):
            emit(f"{',' if k else ''}\n{inner}{_ONE_LINE.encode(str(key))}: ")
            _write(item, inner, emit)
        emit(f"\n{indent}}}")
        return
    if not value:
        emit("[]")
        return
    emit("[")
    for k, item in enumerate(value):
        emit(f"{',' if k else ''}\n{inner}")
        _write(item, inner, emit)
    emit(f"\n{indent}]")


def json_text(value: Any) -> str:
    """``value`` as indented JSON with small objects on one line, ending in a newline."""
    out: list[str] = []
    _write(value, "", out.append)
    out.append("\n")
    return "".join(out)


def write_json(value: Any, stream: TextIO) -> None:
    """``json_text(value)`` written to ``stream`` piece by piece, so that the text of
    a long comparison is never held whole in memory."""
    _write(value, "", stream.write)
    stream.write("\n")
