"""Paired articles long enough beyond their counterparts to hold an open article.

When a text cuts an article in two and moves one half far away, the half left
in place is usually paired at once, by its wording where it stands
(``align_inplace``). The article it was cut from is then never looked up again:
the candidates are found among the articles still open after that first stage
(``align_candidates``), so the far half meets no candidate that could explain
it and would be read as added. The same holds for an article merged into a far
one.

What marks such a pair is its length: the article cut from is longer than the
half it was paired with by about the other half. So the paired articles that
outrun their counterparts by enough to hold an open article are read for the
open articles of the other text, by the word pairs they have in common; the
best few per open article are then read in order (``align_unpaired.far_parts``)
like any other candidate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain, pairwise

from .align_order import ORDERED_WORDS, words_of

SURPLUS = 0.5
"""Share of an open article's length (in characters) by which a paired article must
be longer than the articles it is paired with to be read for it: a part is read in
order at ``ORDERED_SHARE`` of its words at the least, and an edit by a few words
either way moves the lengths by far less."""
CANDIDATES = 3
"""Paired articles read in order for each open article, those sharing most of its
word pairs."""
COMMON_PAIRS = 4
"""A word pair that more than this share of the open articles hold (a formula every
article uses) tells nothing of where an open article came from, and is not counted;
it is kept where the open articles are fewer than ``FEW_OPEN``."""
FEW_OPEN = 32

Group = tuple[tuple[int, ...], tuple[int, ...]]


def remainder_pairs(
    bodies: tuple[Sequence[str], Sequence[str]],
    open_: tuple[Sequence[int], Sequence[int]],
    groups: Sequence[Group],
) -> list[tuple[int, int]]:
    """(old, new) pairs of an open article and a paired article of the other text
    that is long enough beyond its counterparts (``groups``: olds and news of each
    pair) to hold it, best first for each open article."""
    old_bodies, new_bodies = bodies
    cut = {g[0][0]: g[1] for g in groups if len(g[0]) == 1}
    joined = {g[1][0]: g[0] for g in groups if len(g[1]) == 1}
    splits = _holders(old_bodies, new_bodies, cut, open_[1])
    merges = _holders(new_bodies, old_bodies, joined, open_[0])
    return [*splits, *((i, j) for j, i in merges)]


def _holders(
    wholes: Sequence[str],
    parts: Sequence[str],
    held: dict[int, tuple[int, ...]],
    open_parts: Sequence[int],
) -> list[tuple[int, int]]:
    """(whole, part) for each open part and the ``CANDIDATES`` wholes long enough to
    hold it that share most of its word pairs."""
    lengths = {p: len(parts[p]) for p in open_parts}
    if not lengths:
        return []
    least = SURPLUS * min(lengths.values())
    surplus = {w: len(wholes[w]) - sum(len(parts[x]) for x in xs) for w, xs in held.items()}
    long_ones = [w for w, s in surplus.items() if s >= least]
    if not long_ones:
        return []
    places: dict[tuple[str, str], list[int]] = {}
    for p in open_parts:
        words = words_of(parts[p])
        if len(words) >= ORDERED_WORDS:
            for step in set(pairwise(words)):
                places.setdefault(step, []).append(p)
    if len(open_parts) >= FEW_OPEN:
        most = len(open_parts) // COMMON_PAIRS
        places = {step: found for step, found in places.items() if len(found) <= most}
    rows: dict[int, list[tuple[int, int]]] = {}
    for w in long_ones:
        steps = places.keys() & set(pairwise(words_of(wholes[w])))
        hits = Counter(chain.from_iterable(map(places.__getitem__, steps)))
        for p, count in hits.items():
            if surplus[w] >= SURPLUS * lengths[p]:
                rows.setdefault(p, []).append((-count, w))
    return [(w, p) for p, row in rows.items() for _, w in sorted(row)[:CANDIDATES]]
