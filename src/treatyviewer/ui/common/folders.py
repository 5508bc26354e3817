"""Where file dialogs open: near what the reader is working on."""

from __future__ import annotations

from pathlib import Path


def folder_of_texts(*names: str | None) -> str | None:
    """The folder of the first of ``names`` that is a file (a bundled text is none)."""
    for name in names:
        if name and Path(name).is_file():
            return str(Path(name).resolve().parent)
    return None
