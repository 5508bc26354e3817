"""Turn a path or bundled id into a Document for the window."""

from __future__ import annotations

from ...core.document import Document
from ...io.readers import DEFAULT_MAX_BYTES, read_document


def read_any(
    name: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a file or a bundled id, decoding text as ``encoding`` when given (else
    detected). Raises InputError with a message for the reader."""
    return read_document(name, encoding=encoding, max_bytes=max_bytes)
