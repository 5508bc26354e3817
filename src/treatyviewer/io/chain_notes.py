"""Notes placed in the versions of a chain, for the reports that print them (TEI, PDF, HTML).

A note names the text it was made on by its source; in a chain that text is one of
the versions, and the note is printed in that version's reading of the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.chain import Chain
from ..core.document import Document

if TYPE_CHECKING:
    from ..core.annotations import Annotation


@dataclass(frozen=True, slots=True)
class AnchoredNote:
    """A note placed in one version: absolute offsets of the passage it marks."""

    version: int
    start: int
    end: int
    text: str
    signature: str = ""
    """Who wrote it and when ("Elif Demir, 2026-12-06"), as the pair report signs its
    notes: a reader's own and the curated ones had read alike."""
    own: bool = False
    """The reader's own note, not one of the curated notes (marked apart, as the pair
    reports mark it)."""


def anchored_notes(chain: Chain, annotations: Iterable[Annotation]) -> list[AnchoredNote]:
    """Place each annotation's targets in the version whose source they name."""
    from ..core.anchoring import anchor_target
    from .report_notes import curated_ids

    curated = curated_ids()
    out: list[AnchoredNote] = []
    for ann in annotations:
        text = ann.note or ann.label or ""
        who = ann.creator.name if ann.creator and ann.creator.name else ""
        signature = ", ".join(p for p in (who, (ann.created or "")[:10]) if p)
        for i, target in enumerate(ann.targets):
            version = _version_of(chain.documents, target.source, i)
            if version is None:
                continue
            placed = anchor_target(target, (chain.documents[version],), 0)
            if placed.status != "orphan" and placed.start is not None and placed.end is not None:
                own = ann.id not in curated
                out.append(AnchoredNote(version, placed.start, placed.end, text, signature, own))
    return out


def _version_of(documents: Sequence[Document], source: str, index: int) -> int | None:
    if not source:
        return index if index < len(documents) else None
    for k, doc in enumerate(documents):
        if doc.source == source:
            return k
    name = Path(source).name
    matches = [k for k, d in enumerate(documents) if d.source and Path(d.source).name == name]
    return matches[0] if len(matches) == 1 else None


def notes_ending_in(notes: Sequence[AnchoredNote], start: int, end: int) -> list[AnchoredNote]:
    """The notes whose passage ends inside ``[start, end]``, in the order they end: a
    note is marked where its passage ends, as a footnote mark is."""
    return sorted((x for x in notes if start <= x.end <= end), key=lambda x: x.end)
