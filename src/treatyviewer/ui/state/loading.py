"""Turn a path or bundled id into a Document for the window."""

from __future__ import annotations

from ...core.document import Document
from ...io.limits import ReadLimits
from ...io.readers import read_document


def read_any(name: str, encoding: str | None = None, limits: ReadLimits | None = None) -> Document:
    """Read a file or a bundled id, decoding text as ``encoding`` when given (else
    detected), within ``limits``. Raises InputError with a message for the reader."""
    return read_document(name, encoding=encoding, limits=limits)
