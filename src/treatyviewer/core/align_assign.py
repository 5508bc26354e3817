"""The best one-to-one pairing of articles, where any article may stay unpaired.

Only candidate pairs whose gain is positive take part, and they fall apart into
small connected groups (an article and its few plausible counterparts), so each
group is solved exactly on its own with the Hungarian method. Leaving an article
unpaired gains nothing, so a pair is made only when it explains both articles
better than "added" and "removed" would. A group too large to solve exactly
(thousands of near-identical paragraphs) is paired greedily, best gain first,
ties in reading order, which pairs repeated paragraphs in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

EXACT_LIMIT = 120
"""Largest group (rows or columns) solved exactly; the method is cubic in it."""


def _components(edges: Mapping[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j in edges:
        a, b = find(("o", i)), find(("n", j))
        if a != b:
            parent[a] = b
    groups: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for i, j in edges:
        groups[find(("o", i))].append((i, j))
    return list(groups.values())


def _hungarian(gain: list[list[float]]) -> list[int]:
    """Column chosen for each row, maximising the total gain (square matrix)."""
    n = len(gain)
    inf = float("inf")
    cost = [[-g for g in row] for row in gain]
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[col] = row, 1-based, 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        match[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = match[col0], inf, 0
            for col in range(1, n + 1):
                if not used[col]:
                    cur = cost[r0 - 1][col - 1] - u[r0] - v[col]
                    if cur < minv[col]:
                        minv[col], way[col] = cur, col0
                    if minv[col] < delta:
                        delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[match[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if match[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            match[col0] = match[col1]
            col0 = col1
    chosen = [0] * n
    for col in range(1, n + 1):
        if match[col]:
            chosen[match[col] - 1] = col - 1
    return chosen


def _solve_group(
    group: list[tuple[int, int]], gain: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    rows = sorted({i for i, _ in group})
    cols = sorted({j for _, j in group})
    if len(group) == 1:
        return group
    if max(len(rows), len(cols)) > EXACT_LIMIT:
        return _greedy(group, gain)
    n = max(len(rows), len(cols))
    r_at = {i: k for k, i in enumerate(rows)}
    c_at = {j: k for k, j in enumerate(cols)}
    matrix = [[0.0] * n for _ in range(n)]
    for i, j in group:
        matrix[r_at[i]][c_at[j]] = gain[(i, j)]
    out = []
    for r, c in enumerate(_hungarian(matrix)):
        if r < len(rows) and c < len(cols) and matrix[r][c] > 0:
            out.append((rows[r], cols[c]))
    return out


def _greedy(
    group: list[tuple[int, int]], gain: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    out = []
    for i, j in sorted(group, key=lambda e: (-gain[e], e[1], e[0])):
        if i not in taken_rows and j not in taken_cols:
            taken_rows.add(i)
            taken_cols.add(j)
            out.append((i, j))
    return out


def assign(gain: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs of maximal total gain; only pairs with a positive gain are considered."""
    positive = {e: g for e, g in gain.items() if g > 0}
    out: list[tuple[int, int]] = []
    for group in _components(positive):
        out.extend(_solve_group(group, positive))
    return sorted(out)
