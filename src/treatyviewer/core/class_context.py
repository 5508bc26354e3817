"""What classing a comparison's changes needs from it: both texts, the bundled
gazetteer, and the article concordance of the alignment (for cross-references)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

from .align import Alignment
from .change_classes import ClassContext
from .document import Document, SegmentKind
from .entities import Gazetteer
from .renumbering import Span4
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

    @cache
    def renumbered() -> list[Span4]:
        return sorted(
            (rc.old.number_start, rc.old.number_end, rc.new.number_start, rc.new.number_end)
            for rc in compare_references(old, new, alignment.links)
            if rc.status == "renumbered" and rc.old is not None and rc.new is not None
        )

    return context_with(old, new, {k: frozenset(v) for k, v in concordance.items()}, renumbered)


def context_with(
    old: Document,
    new: Document,
    concordance: Mapping[int, frozenset[int]],
    renumbered: Callable[[], Sequence[Span4]] | None = None,
) -> ClassContext:
    """The texts and the bundled gazetteer, with the concordance (and the
    renumbered cross-references) given."""
    return ClassContext(old.text, new.text, Gazetteer.bundled(), concordance, renumbered)
