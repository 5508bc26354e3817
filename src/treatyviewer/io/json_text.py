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
MAX_LEAF = 200
"""Lists of scalars longer than this are still spread out, one member a line."""


def _one_line_encoder() -> Callable[[Any], str]:
    """``_ONE_LINE.encode``, with the C encoder made once rather than on every call
    (a long comparison writes tens of thousands of small objects)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ONE_LINE.encode
    chunks = make(
        None, _ONE_LINE.default, json.encoder.encode_basestring, None, ": ", ", ",
        False, False, True,
    )  # fmt: skip
    text = json.encoder.encode_basestring

    def encode(value: Any) -> str:
        return text(value) if isinstance(value, str) else "".join(chunks(value, 0))

    return encode


encode = _one_line_encoder()
"""A scalar, or a container of scalars, as JSON text on one line."""
_SCALARS = frozenset((str, int, float, bool, type(None)))
_CONTAINERS = (dict, list, tuple)


class Written(str):
    """JSON text already written (by ``json_text_at``), taken as it stands."""


def json_text_at(value: Any, indent: str) -> Written:
    """``value`` as it would be written at ``indent`` inside a larger value: pieces
    of a long value may so be written by other processes."""
    out: list[str] = []
    _write(value, indent, out.append, _nothing)
    return Written("".join(out))


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
        if isinstance(item, dict | Written):
            return False
        if isinstance(item, list | tuple) and any(isinstance(x, _CONTAINERS) for x in item):
            return False
    return True


def _write(
    value: Any, indent: str, emit: Callable[[str], object], flush: Callable[[], object]
) -> None:
    if type(value) is Written:
        emit(value)
        return
    if _flat(value) and not (isinstance(value, list | tuple) and len(value) > MAX_LEAF):
        emit(encode(value))
        return
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            emit("{}")
            return
        emit("{")
        sep = f"\n{inner}"
        for key, item in value.items():
            emit(f"{sep}{encode(str(key))}: ")
            _write(item, inner, emit, flush)
            sep = f",\n{inner}"
        emit(f"\n{indent}}}")
        return
    if not value:
        emit("[]")
        return
    emit("[")
    sep = f"\n{inner}"
    for item in value:
        emit(sep)
        _write(item, inner, emit, flush)
        sep = f",\n{inner}"
        flush()
    emit(f"\n{indent}]")


def json_text(value: Any) -> str:
    """``value`` as indented JSON with small objects on one line, ending in a newline."""
    out: list[str] = []
    _write(value, "", out.append, _nothing)
    out.append("\n")
    return "".join(out)


def _nothing() -> None:
    return None


def write_json(value: Any, stream: TextIO) -> None:
    """``json_text(value)`` written to ``stream`` a few thousand pieces at a time, so
    that the text of a long comparison is never held whole in memory."""
    out: list[str] = []

    def flush() -> None:
        if len(out) >= _PIECES:
            stream.write("".join(out))
            out.clear()

    _write(value, "", out.append, flush)
    out.append("\n")
    stream.write("".join(out))


_PIECES = 4096
"""Pieces gathered before they are written (each write to a stream costs more than
the joining)."""
