"""What classing a comparison's changes needs from it: both texts, the bundled
gazetteer, and the article concordance of the alignment (for cross-references)."""

from __future__ import annotations

from .align import Alignment
from .change_classes import ClassContext
from .document import Document, SegmentKind
from .entities import Gazetteer
from .xrefs import compare_references


def class_context(old: Document, new: Document, alignment: Alignment) -> ClassContext:
    """The texts, the bundled gazetteer and the article concordance of an alignment."""
    concordance: dict[int, set[int]] = {}
    for link in alignment.links:
        for i in link.old:
            a = old.segments[i]
            if a.kind is not SegmentKind.ARTICLE or a.number is None:
                continue
            for j in link.new:
                b = new.segments[j]
                if b.kind is SegmentKind.ARTICLE and b.number is not None:
                    concordance.setdefault(a.number, set()).add(b.number)

    def renumbered() -> list[tuple[int, int, int, int]]:
        return [
            (rc.old.number_start, rc.old.number_end, rc.new.number_start, rc.new.number_end)
            for rc in compare_references(old, new, alignment.links)
            if rc.status == "renumbered" and rc.old is not None and rc.new is not None
        ]

    return ClassContext(
        old.text,
        new.text,
        Gazetteer.bundled(),
        {k: frozenset(v) for k, v in concordance.items()},
        renumbered,
    )
