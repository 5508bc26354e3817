"""Small sequence algorithms shared by the aligner and the word diff."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def longest_increasing_run(values: Sequence[int]) -> list[int]:
    """Indices of a longest strictly increasing subsequence of ``values``, in order.

    O(n log n). The aligner uses it to tell which pairs kept their order (the
    rest moved); the word diff to keep only anchors that agree in both texts.
    """
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(values)
    for k, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[slot] = value
            tail_at[slot] = k
        back[k] = tail_at[slot - 1] if slot else -1
    run: list[int] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        run.append(k)
        k = back[k]
    return run[::-1]
