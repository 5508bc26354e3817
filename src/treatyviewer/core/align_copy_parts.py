"""A part of a split or merge that crosses a one-to-one pair of the same words.

An article split in two whose second half is a stock clause, with the same clause
standing alone as the next article in both texts ("22: 1. … fishing. 2. … biological
diversity." and "23: … biological diversity.", become 22, 23 and 24, the last two
that clause): the stages pair the lone clause first, by its number (23 → 23), and
the split takes the copy left over, the one after it (22 → 22 + 24). The copies read
alike to any counterpart, so which one is the part is told by the texts' order
alone: the part next to its article, the lone clause one further on (22 → 22 + 23,
23 → 24). Such a part and pair exchange their copies when the parts then follow one
another and fewer links cross. A part far from its article is left where it is: a
copy nearer to it is no surer (the copy the part was given may be the clause put in
anew, the one far off moved there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .align_attach import Group

Edge = tuple[int, int]


def _edges(group: Group) -> list[Edge]:
    return [(i, j) for i in group[0] for j in group[1]]


def _crossings(mine: Sequence[Edge], others: Sequence[Edge]) -> int:
    """How many of ``others`` cross one of ``mine``, and ``mine`` one another."""
    count = sum(1 for a, b in mine for c, d in others if (a - c) * (b - d) < 0)
    return count + sum(
        1 for x, (a, b) in enumerate(mine) for c, d in mine[x + 1 :] if (a - c) * (b - d) < 0
    )


def _members(group: Group, side: int) -> tuple[int, ...]:
    return group[1] if side else group[0]


def _next_door(members: Sequence[int]) -> bool:
    """Whether ``members`` (sorted) are articles that follow one another."""
    return members[-1] - members[0] == len(members) - 1


def _swapped(group: Group, side: int, part: int, copy: int) -> Group:
    olds, news, core, joined = group
    if side == 0:
        return (tuple(sorted(copy if k == part else k for k in olds)), news, core, joined)
    return (olds, tuple(sorted(copy if k == part else k for k in news)), core, joined)


def parts_uncrossed(
    groups: list[Group],
    bodies: tuple[Sequence[str], Sequence[str]],
    may_trade: Callable[[int, int, int, int, int], bool],
) -> tuple[list[Group], list[tuple[Edge, Edge]]]:
    """``groups`` with each part that crosses a one-to-one pair whose article of the
    part's text reads word for word as the part traded for that article, and the pairs
    so moved (before, after). ``may_trade(side, part, copy, mate, whole)``: whether the
    pair of ``copy`` and ``mate`` may become one of ``part`` and ``mate``, and ``copy`` a
    part of the group grown from ``whole`` (``side`` 0: the part is old)."""
    groups = list(groups)
    moved: list[tuple[Edge, Edge]] = []
    for side in (0, 1):
        copies: dict[str, list[int]] = {}
        for k, body in enumerate(bodies[side]):
            if body.strip():
                copies.setdefault(body, []).append(k)
        single = {g[2][side]: x for x, g in enumerate(groups) if len(g[0]) == len(g[1]) == 1}
        for x in range(len(groups)):
            for part in _members(groups[x], side):
                group = groups[x]
                if len(_members(group, side)) < 2 or part == group[2][side]:
                    continue
                for copy in copies.get(bodies[side][part], []):
                    y = single.get(copy)
                    if y is None or not _crossings(_edges(group), [groups[y][2]]):
                        continue  # no pair of the copy crosses the group: nothing to untangle
                    pair = groups[y]
                    mate = pair[2][1 - side]
                    if not may_trade(side, part, copy, mate, group[2][1 - side]):
                        continue
                    core: Edge = (part, mate) if side == 0 else (mate, part)
                    traded: Group = ((core[0],), (core[1],), core, pair[3])
                    grown = _swapped(group, side, part, copy)
                    if not _next_door(_members(grown, side)):
                        continue  # a far copy was no nearer: the texts' order tells nothing
                    others = [e for z, g in enumerate(groups) if z not in (x, y) for e in _edges(g)]
                    before = _crossings(_edges(group) + _edges(pair), others)
                    if _crossings(_edges(grown) + _edges(traded), others) >= before:
                        continue
                    groups[x], groups[y] = grown, traded
                    del single[copy]
                    single[part] = y
                    moved.append((pair[2], core))
                    break
    return sorted(groups, key=lambda g: g[2]), moved
