"""Whether a place kept in one comparison (a row, a change) means the same in another."""

from __future__ import annotations

from ...core.comparison import Comparison


def same_places(a: Comparison | None, b: Comparison | None) -> bool:
    """The same texts, paired alike: another choice of shown changes keeps every place,
    other texts or a pairing correction do not (a row number would point elsewhere)."""
    if a is None or b is None or a.old is not b.old or a.new is not b.new:
        return False
    return len(a.pairs) == len(b.pairs) and all(
        p.old == q.old and p.new == q.new for p, q in zip(a.pairs, b.pairs, strict=True)
    )
