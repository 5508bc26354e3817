"""What a reader's link changed beyond the articles it joins.

A link is a fixed point the aligner works around: the articles it joins leave their
former partners, and that can tip a decision elsewhere (draft Art. 2 ↔ Art. VI held
only while Art. 4 stood apart). The reader is told of every such change, so that a
count of "1 removed" that now names another article does not pass unseen.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .comparison import Comparison

Labels = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Knock:
    """Pairs undone and pairs made by re-aligning, other than the reader's own."""

    undone: tuple[Labels, ...]
    made: tuple[Labels, ...]

    def __bool__(self) -> bool:
        return bool(self.undone or self.made)


def _pairs(cmp: Comparison) -> set[Labels]:
    return {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }


def knock_on(
    before: Comparison, after: Comparison, old: Collection[str], new: Collection[str]
) -> Knock:
    """The pairs ``after`` lost and gained against ``before`` among articles other than
    ``old`` and ``new`` (those the reader linked or unlinked), in reading order."""

    def elsewhere(pair: Labels) -> bool:
        return not (set(pair[0]) & set(old) or set(pair[1]) & set(new))

    was, now = _pairs(before), _pairs(after)
    order = {label: k for k, label in enumerate(s.label for s in after.old.segments)}

    def key(pair: Labels) -> int:
        return min((order.get(label, len(order)) for label in pair[0]), default=len(order))

    return Knock(
        tuple(sorted(filter(elsewhere, was - now), key=key)),
        tuple(sorted(filter(elsewhere, now - was), key=key)),
    )
