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

from .align_features import Postings, Vectors, postings, same_cosine
from .cancel import StopCheck, check, interval, part
from .parallel import Background, lent_helpers

PER_ARTICLE = 5
FEW_RARE = 3
"""Rare features in common below which an article's best matches are doubtful..."""
WIDER = 4
"""...and it is looked up again by features this many times less rare."""
"""How many of the best matches by shared features of each article are scored exactly."""


APART_FROM = 1000
"""Articles to look up from which a helper pays for its fork (about 1 MB of text)."""


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
        if len(hits) <= PER_ARTICLE:
            best = sorted(hits, key=lambda k: (-hits[k], k))
            yield q, best, hits[best[0]] if best else 0
            continue
        # Only the counts are sorted (small numbers, in C); the articles at or above
        # the last place's count are picked out in C, and only they are ordered:
        # most shared first, ties to the earlier article (never set order).
        counts = sorted(hits.values(), reverse=True)
        edge = counts[PER_ARTICLE - 1]
        kept = sorted(
            compress(hits.keys(), map(edge.__lt__, hits.values())), key=lambda k: (-hits[k], k)
        )
        tied = list(compress(hits.keys(), map(edge.__eq__, hits.values())))
        if counts[PER_ARTICLE] == edge:
            best = kept + _nearest_among_ties(tied, q / query_count, other_count, len(kept))
        else:
            best = kept + sorted(tied)
        yield q, best, counts[0]


def _nearest_among_ties(tied: list[int], place: float, other_count: int, kept: int) -> list[int]:
    """When more articles share the last place's count than there are places left
    (copies of one wording), those nearest the query's own place take them, so
    that a repeated section's counterpart where it stands is always scored."""
    tied.sort(key=lambda k: (abs(k / other_count - place), k))
    return tied[: PER_ARTICLE - kept]


def _rare_index(ids: Sequence[int], vecs: Vectors, rare: frozenset[str], limit: int) -> Postings:
    """The articles of ``ids`` that hold each rare feature, if they are ``limit`` at most."""
    once, more = postings((k, rare.intersection(vecs.features(k))) for k in ids)
    return once, {t: found for t, found in more.items() if len(found) <= limit}


def _band(df: Mapping[str, int], top: int) -> frozenset[str]:
    """Features held by two to ``top`` open articles. Each feature's count is looked up
    in a table of the few counts there are: asked of a range, it had cost two
    comparisons, a subtraction and a remainder for every feature of the texts."""
    within = {c: 2 <= c <= top for c in set(df.values())}
    return frozenset(compress(df.keys(), map(within.__getitem__, df.values())))


def _look_up(
    queries: Sequence[int],
    query_vecs: Vectors,
    others: Sequence[int],
    other_vecs: Vectors,
    band: frozenset[str],
    limit: int,
    should_stop: StopCheck | None = None,
) -> tuple[dict[int, list[int]], list[int]]:
    """Each query's best matches by the features of ``band``, and the queries whose
    best match shares fewer than ``FEW_RARE`` of them; ``should_stop`` hears how many
    queries are done.

    Only features that some query holds can count for it, so the index leaves out
    the rest (the count of articles holding a feature does not change by that)."""
    if not queries:
        return {}, []
    held = band.intersection(set().union(*map(query_vecs.features, queries)))
    index = _rare_index(others, other_vecs, held, limit)
    found: dict[int, list[int]] = {}
    weak: list[int] = []
    every = interval(len(queries), CHECK_EVERY)
    for n, (q, best, shared) in enumerate(
        _best_matches(queries, query_vecs, index, max(1, len(other_vecs.bodies)))
    ):
        if n % every == 0:
            check(should_stop, n, len(queries))
        found[q] = best
        if shared < FEW_RARE:
            weak.append(q)
    return found, weak


Found = list[dict[int, list[int]]]
"""Each width's best matches of the queries looked up at that width."""


def _direction(
    queries: Sequence[int],
    query_vecs: Vectors,
    others: Sequence[int],
    other_vecs: Vectors,
    limit: int,
    should_stop: StopCheck | None = None,
    bands: dict[int, frozenset[str]] | None = None,
) -> Found:
    """One direction's look-ups: every query at the first width, then those it left
    weak at the wider one (``WIDER_SHARE`` of ``should_stop``'s scale). ``bands``
    keeps each width's band for the other direction (both count features alike)."""
    found: Found = []
    asked = list(queries)
    bands = {} if bands is None else bands
    for width, (start, end) in zip(
        (1, WIDER), ((0, WIDER_SHARE), (WIDER_SHARE, 1000)), strict=True
    ):
        if not asked:
            break
        band = bands.get(width)
        if band is None:
            band = bands[width] = _band(query_vecs.df, 2 * limit * width)
        stop = part(should_stop, start, end, 1000)
        of, asked = _look_up(asked, query_vecs, others, other_vecs, band, limit * width, stop)
        found.append(of)
    return found


WIDER_SHARE = 600
"""Thousandths of a direction's look-ups spent at the first width (on every query;
the wider look-up asks about a quarter of them again, each at four times the cost)."""
LOOK_UP_SHARE = 550
"""Thousandths of ``retrieve`` spent looking up (the rest: exact scores)."""
PAIRS_APART = 4000
"""Pairs to score from which a helper scoring half of them pays for its fork."""


def retrieve(
    old: Vectors,
    new: Vectors,
    old_open: Sequence[int],
    new_open: Sequence[int],
    allowed: Callable[[int, int], bool],
    should_stop: StopCheck | None = None,
) -> dict[tuple[int, int], float]:
    """Exact similarity of every pair that either side ranks among its best few;
    ``should_stop`` hears how far it is (``core.cancel``).

    An article whose best match shares fewer than ``FEW_RARE`` of its rare features
    (an article of formulas has hardly any: edits put in the text's common words) is
    looked up again by features held by up to ``WIDER`` times as many articles."""
    limit = _posting_limit(max(len(old_open), len(new_open)))
    # The two directions do not depend on each other: on long texts a helper looks
    # up the old articles (at both widths) while this process looks up the new ones.
    apart = lent_helpers() if len(old_open) >= APART_FROM else 0
    # The texts' features are counted together (``weigh``), so a band found one way is
    # the band the other way (without a helper, the old articles are looked up second).
    bands: dict[int, frozenset[str]] | None = {} if old.df is new.df else None
    if apart and bands is not None:  # found once, before the helper starts with a copy
        bands[1] = _band(new.df, 2 * limit)
    other = Background(partial(_direction, old_open, old, new_open, new, limit, None, bands), apart)
    try:
        stop = part(should_stop, 0, LOOK_UP_SHARE, 1000)
        of_new = _direction(new_open, new, old_open, old, limit, stop, bands)
    except BaseException:
        other.cancel()
        raise
    of_old = other.result()
    # The pairs in the order that one process looking up both directions width by
    # width would find them (a set's order follows the order it was filled in).
    chosen: set[tuple[int, int]] = set()
    for width in range(max(len(of_new), len(of_old))):
        for j, olds in (of_new[width] if width < len(of_new) else {}).items():
            chosen.update((i, j) for i in olds)
        for i, news in (of_old[width] if width < len(of_old) else {}).items():
            chosen.update((i, j) for j in news)
    pairs = [key for key in chosen if allowed(*key)]
    scores = _scores(old, new, pairs, part(should_stop, LOOK_UP_SHARE, 1000, 1000))
    return dict(zip(pairs, scores, strict=True))


def _scores(
    old: Vectors, new: Vectors, pairs: list[tuple[int, int]], should_stop: StopCheck | None
) -> list[float]:
    """``same_cosine`` of each pair; on long texts a helper scores the later half of
    the pairs while this process scores the first. The articles' vectors are made
    here first: the helper has them from its start, and the later stages here need
    most of them anyway."""
    apart = lent_helpers() if len(pairs) >= PAIRS_APART else 0
    if not apart:
        return _cosines(old, new, pairs, should_stop)
    for i, j in pairs:
        old[i], new[j]  # made and kept by ``Vectors``
    half = len(pairs) // 2
    other = Background(partial(_cosines, old, new, pairs[half:]), apart)
    try:
        here = _cosines(old, new, pairs[:half], should_stop)
    except BaseException:
        other.cancel()
        raise
    return here + other.result()


def _cosines(
    old: Vectors, new: Vectors, pairs: list[tuple[int, int]], should_stop: StopCheck | None = None
) -> list[float]:
    out = []
    every = interval(len(pairs), PAIRS_PER_CHECK)
    for n, (i, j) in enumerate(pairs):
        if n % every == 0:
            check(should_stop, n, len(pairs))
        out.append(same_cosine(old[i], new[j]))
    return out


PAIRS_PER_CHECK = 1024
"""Pairs scored between two progress reports: a few milliseconds."""
CHECK_EVERY = 256
"""Queries looked up between two progress reports: a few milliseconds."""
