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


Weight = tuple[int, ...]


def heaviest_increasing_chain(
    pairs: Sequence[tuple[int, int]], weights: Sequence[Weight]
) -> list[int]:
    """Indices of the pairs ``(i, j)`` forming a chain increasing in both ``i`` and ``j``
    whose summed weights (tuples, compared in order) are greatest, in order.

    The Hunt–Szymanski view of a longest common subsequence: with one pair per
    match, a weight of ``(1,)`` gives the longest chain; further weight entries
    choose among equally long chains. O(r log n) for r pairs.
    """
    if not pairs:
        return []
    size = max(j for _, j in pairs) + 1
    width = len(weights[0])
    zero: Weight = (0,) * width
    tree: list[tuple[Weight, int]] = [(zero, -1)] * (size + 1)
    back = [-1] * len(pairs)
    total: list[Weight] = [zero] * len(pairs)
    order = sorted(range(len(pairs)), key=lambda k: (pairs[k][0], -pairs[k][1]))
    for k in order:
        j = pairs[k][1]
        best, before = zero, -1
        pos = j  # prefix [0, j) in the 1-based tree
        while pos > 0:
            if tree[pos][0] > best:
                best, before = tree[pos]
            pos -= pos & -pos
        mine = tuple(a + b for a, b in zip(best, weights[k], strict=True))
        total[k], back[k] = mine, before
        pos = j + 1
        while pos <= size:
            if mine > tree[pos][0]:
                tree[pos] = (mine, k)
            pos += pos & -pos
    k = max(range(len(pairs)), key=lambda x: total[x])
    chain: list[int] = []
    while k >= 0:
        chain.append(k)
        k = back[k]
    return chain[::-1]


def nearest(values: Sequence[int], start: int, stop: int, centre: int, count: int) -> list[int]:
    """The ``count`` members of the ascending ``values[start:stop]`` nearest to
    ``centre``, nearest first, the lower first between two as near: what sorting
    the slice by distance gives, found in O(log n + count) instead of O(n log n),
    so that a text with few anchors (two unrelated texts) is not quadratic."""
    hi = bisect_left(values, centre, start, stop)
    lo = hi - 1
    out: list[int] = []
    while len(out) < count and (lo >= start or hi < stop):
        if hi >= stop or (lo >= start and centre - values[lo] <= values[hi] - centre):
            out.append(values[lo])
            lo -= 1
        else:
            out.append(values[hi])
            hi += 1
    return out


def median(values: Sequence[float]) -> float:
    """The middle value of ``values`` (not empty), or the mean of the two middle ones,
    as ``statistics.median`` works it out; that module would bring the exact
    fractions and decimals it also serves into every start-up."""
    ordered = sorted(values)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2
