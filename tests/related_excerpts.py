"""Excerpts of real versioned documents kept in related_pairs/, one file a version."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.document import Document
from treatyviewer.core.segment import make_document

FOLDER = Path(__file__).parent / "related_pairs"


def versions(name: str, older: int, newer: int) -> tuple[Document, Document]:
    """The two versions of ``name``, whose braces take the year
    ("brussels-i-{}-fr-iii-viii.txt"), each segmented on its own."""
    old, new = (
        make_document((FOLDER / name.format(year)).read_text("utf-8")) for year in (older, newer)
    )
    return old, new
