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

import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from itertools import chain, compress
from operator import sub

from .align_features import Postings, Vectors, postings, same_cosine
from .parallel import Background, lent_helpers

PER_ARTICLE = 5
FEW_RARE = 3
"""Rare features in common below which an article's best matches are doubtful..."""
WIDER = 4
"""...and it is looked up again by features this many times less rare."""
"""How many of the best matches by shared features of each article are scored exactly."""


APART_FROM = 1000
"""Articles to look up from which a helper pays for its fork (about 1 MB of text)."""

_SCALE = 1 << 40
"""Above any article index: a count and an index make one sortable number."""


def _posting_limit(n: int) -> int:
    return max(8, min(24, int(math.sqrt(n))))


def _best_matches(
    queries: Sequence[int], query_vecs: Vectors, rare: Postings, other_count: int
) -> Iterator[tuple[int, list[int], int]]:
    """Each query's articles sharing the most of its rarer features, and how many
    the best of them shares."""
    once, more = rare
    query_count = max(1, len(query_vecs.bodies))
    for q in queries:
        feats = query_vecs.features(q)
        hits = Counter(map(once.__getitem__, once.keys() & feats))
        hits.update(chain.from_iterable(map(more.__getitem__, more.keys() & feats)))
        # Most shared first, ties to the earlier article (so that the outcome never
        # depends on set order): one number per article, sorted in C.
        ranks = sorted(map(sub, map(_SCALE.__mul__, hits.values()), hits.keys()), reverse=True)
        best = [-r % _SCALE for r in ranks[:PER_ARTICLE]]
        if len(ranks) > PER_ARTICLE and hits[best[-1]] == hits[-ranks[PER_ARTICLE] % _SCALE]:
            best = _nearest_among_ties(best, hits, q / query_count, other_count)
        yield q, best, hits[best[0]] if best else 0


def _nearest_among_ties(
    best: list[int], hits: Counter[int], place: float, other_count: int
) -> list[int]:
    """When more articles share the last place's count than there are places left
    (copies of one wording), those nearest the query's own place take them, so
    that a repeated section's counterpart where it stands is always scored."""
    edge = hits[best[-1]]
    kept = [k for k in best if hits[k] > edge]
    tied = [k for k, c in hits.items() if c == edge]
    tied.sort(key=lambda k: (abs(k / other_count - place), k))
    return kept + tied[: PER_ARTICLE - len(kept)]


def _rare_index(ids: Sequence[int], vecs: Vectors, rare: frozenset[str], limit: int) -> Postings:
    """The articles of ``ids`` that hold each rare feature, if they are ``limit`` at most."""
    once, more = postings((k, rare.intersection(vecs.features(k))) for k in ids)
    return once, {t: found for t, found in more.items() if len(found) <= limit}


def _band(df: Mapping[str, int], top: int) -> frozenset[str]:
    """Features held by two to ``top`` open articles."""
    return frozenset(compress(df.keys(), map(range(2, top + 1).__contains__, df.values())))


def _look_up(
    queries: Sequence[int],
    query_vecs: Vectors,
    others: Sequence[int],
    other_vecs: Vectors,
    band: frozenset[str],
    limit: int,
) -> tuple[dict[int, list[int]], list[int]]:
    """Each query's best matches by the features of ``band``, and the queries whose
    best match shares fewer than ``FEW_RARE`` of them.

    Only features that some query holds can count for it, so the index leaves out
    the rest (the count of articles holding a feature does not change by that)."""
    if not queries:
        return {}, []
    held = band.intersection(set().union(*map(query_vecs.features, queries)))
    index = _rare_index(others, other_vecs, held, limit)
    found: dict[int, list[int]] = {}
    weak: list[int] = []
    for q, best, shared in _best_matches(
        queries, query_vecs, index, max(1, len(other_vecs.bodies))
    ):
        found[q] = best
        if shared < FEW_RARE:
            weak.append(q)
    return found, weak


def retrieve(
    old: Vectors,
    new: Vectors,
    old_open: Sequence[int],
    new_open: Sequence[int],
    allowed: Callable[[int, int], bool],
) -> dict[tuple[int, int], float]:
    """Exact similarity of every pair that either side ranks among its best few.

    An article whose best match shares fewer than ``FEW_RARE`` of its rare features
    (an article of formulas has hardly any: edits put in the text's common words) is
    looked up again by features held by up to ``WIDER`` times as many articles."""
    limit = _posting_limit(max(len(old_open), len(new_open)))
    chosen: set[tuple[int, int]] = set()
    queries = (list(new_open), list(old_open))
    for width in (1, WIDER):
        if not any(queries):
            break
        band = _band(old.df, 2 * limit * width)
        # The two directions do not depend on each other: on long texts a helper
        # looks up the old articles while this process looks up the new ones.
        asked, depth = queries[1], limit * width
        apart = lent_helpers() if len(asked) >= APART_FROM else 0
        look_up = partial(_look_up, asked, old, new_open, new, band, depth)
        other = Background(look_up, apart)
        try:
            of_new, weak_new = _look_up(queries[0], new, old_open, old, band, depth)
        except BaseException:
            other.cancel()
            raise
        of_old, weak_old = other.result()
        chosen.update((i, j) for j, olds in of_new.items() for i in olds)
        chosen.update((i, j) for i, news in of_old.items() for j in news)
        queries = (weak_new, weak_old)
    return {(i, j): same_cosine(old[i], new[j]) for i, j in chosen if allowed(i, j)}
