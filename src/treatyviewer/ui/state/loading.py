"""Turn a path or bundled id into a Document for the window."""

from __future__ import annotations

from ...core.cancel import StopCheck
from ...core.document import Document
from ...io.limits import ReadLimits
from ...io.readers import read_document


def read_any(
    name: str,
    encoding: str | None = None,
    limits: ReadLimits | None = None,
    should_stop: StopCheck | None = None,
) -> Document:
    """Read a file or a bundled id, decoding text as ``encoding`` when given (else
    detected), within ``limits``, telling ``should_stop`` how far it is. Raises
    InputError with a message for the reader."""
    return read_document(name, encoding=encoding, limits=limits, should_stop=should_stop)
