"""A comparison that keeps only some classes of change, and counts what it leaves out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .change_classes import CLASSES
from .comparison import Comparison


def only_classes(cmp: Comparison, classes: Iterable[str]) -> Comparison:
    """The same comparison keeping only changes of ``classes``; what is left
    out is counted in ``hidden``. Pairs keep their status and similarity."""
    keep = frozenset(classes) & set(CLASSES)
    hidden: Counter[str] = Counter(cmp.hidden)
    pairs = []
    for p in cmp.pairs:
        kept = tuple(c for c in p.changes if c.change_class in keep)
        hidden.update(c.change_class for c in p.changes if c.change_class not in keep)
        pairs.append(p if len(kept) == len(p.changes) else replace(p, changes=kept))
    counts: dict[str, int] = {c: hidden[c] for c in CLASSES if hidden[c]}
    return replace(cmp, pairs=tuple(pairs), shown=keep & cmp.shown, hidden=counts)
