"""Turn a path or bundled id into a Document, through the io readers when present."""

from __future__ import annotations

from pathlib import Path

from ..core.document import Document
from ..core.errors import InputError
from ..core.segment import make_document
from ..resources import is_bundled_id, load_bundled

MAX_BYTES = 50 * 1024 * 1024
"""Largest file the window will read; larger ones get a message, not a freeze."""


def read_any(name: str, encoding: str | None = None) -> Document:
    """Read a file or a bundled id, decoding text as ``encoding`` when given (else
    detected). Raises InputError with a message for the reader."""
    try:
        from ..io.readers import read_document
    except ImportError:  # the io package is still being written
        return _fallback_read(name)
    return read_document(name, encoding=encoding, max_bytes=MAX_BYTES)


def _fallback_read(name: str) -> Document:
    if is_bundled_id(name):
        return load_bundled(name)
    path = Path(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: the file is larger than {MAX_BYTES // 2**20} MB")
    if b"\0" in data[:4096]:
        raise InputError(f"{name} is not text: it looks like a binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return make_document(text, title=path.stem, source=str(path))
