"""Which articles of the other text are worth scoring, found through an inverted index.

Every open article of each text is indexed by its less common features. An
article of the other text counts, for each indexed article, how many of those
features they share; the best few by that count are then scored exactly. An article edited by a third and moved anywhere still shares most of
its rarer stems and shingles with its source, so it is found wherever it went,
and the work grows with the number of features, not with the square of the
number of articles. Features that occur in very many articles carry little
weight and are left out of the sum (not out of the exact score).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from .align_features import Vectors, cosine

PER_ARTICLE = 5
"""How many of the best matches by shared features of each article are scored exactly."""


def _posting_limit(n: int) -> int:
    return max(8, min(24, int(math.sqrt(n))))


def _best_matches(
    queries: Sequence[int], query_vecs: Vectors, rare: dict[str, list[int]]
) -> Iterator[tuple[int, list[int]]]:
    """Each query's articles sharing the most of its rarer features."""
    indexed = rare.keys()
    for q in queries:
        hits = Counter(chain.from_iterable(map(rare.__getitem__, indexed & query_vecs[q].keys())))
        # Ties go to the earlier article, so that the outcome never depends on set order.
        best = heapq.nsmallest(PER_ARTICLE, hits.items(), key=lambda e: (-e[1], e[0]))
        yield q, [k for k, _ in best]


def _rare_index(
    ids: Sequence[int], vecs: Vectors, rare: frozenset[str], limit: int
) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for k in ids:
        for t in rare.intersection(vecs[k]):
            index[t].append(k)
    return {t: found for t, found in index.items() if len(found) <= limit}


def retrieve(
    old: Vectors,
    new: Vectors,
    old_open: Sequence[int],
    new_open: Sequence[int],
    allowed: Callable[[int, int], bool],
) -> dict[tuple[int, int], float]:
    """Exact similarity of every pair that either side ranks among its best few."""
    limit = _posting_limit(max(len(old_open), len(new_open)))
    rare = frozenset(t for t, n in old.df.items() if 1 < n <= 2 * limit)
    chosen: set[tuple[int, int]] = set()
    for j, olds in _best_matches(new_open, new, _rare_index(old_open, old, rare, limit)):
        chosen.update((i, j) for i in olds)
    for i, news in _best_matches(old_open, old, _rare_index(new_open, new, rare, limit)):
        chosen.update((i, j) for j in news)
    return {(i, j): cosine(old[i], new[j]) for i, j in chosen if allowed(i, j)}
