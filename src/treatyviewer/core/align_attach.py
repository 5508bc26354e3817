"""Splits, merges and related articles: what the one-to-one pairing leaves over.

An article left unpaired next to a pair joins it when its wording came from
that pair's counterpart (a split when the new text cut an article in two, a
merge when it joined two). Whatever is still unpaired is added or removed; for
those the reader is shown the articles of the other text that took up part of
their matter, clearly weaker than a pair.

Both judgements rest on the share of a leftover article's weight that another
article holds, measured against the shares the same article has in articles
spread over the whole other text: formula-built treaties share much with
everything, free prose little, and each article is its own yardstick.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Protocol

from .align_decide import Background
from .align_features import Sample, Vector, Vectors, containment
from .align_types import Related
from .document import Segment


class Aligner(Protocol):
    """What these stages read of the aligner's state."""

    old_segs: tuple[Segment, ...]
    new_segs: tuple[Segment, ...]
    old_vecs: Vectors
    new_vecs: Vectors
    old_partner: dict[int, int]
    new_partner: dict[int, int]
    scores: dict[tuple[int, int], float]

    def allowed(self, i: int, j: int) -> bool: ...

    def score_many(self, olds: tuple[int, ...], news: tuple[int, ...]) -> float: ...


ATTACH_Z = 2.5
"""How far above its share in unrelated articles a leftover's share in a neighbour's
counterpart must lie for it to join that pair."""
NEW_MATTER_Z = 2.0
"""The same for the share of the leftover that the counterpart holds and the pair's
own articles do not."""
CLEAR_Z = 5.0
RELATED_Z = 3.0
"""The same, for an unpaired article's related articles."""
RELATED_MAX = 4
LEAST_SHARE = 0.15
"""A share this small never joins or relates an article, whatever the yardstick says
(and the yardstick is not worth measuring)."""
YARDSTICK = 60
"""Articles of the other text that an article is measured against."""

Group = tuple[tuple[int, ...], tuple[int, ...], tuple[int, int], float]
"""Old articles, new articles, the one-to-one pair they grew from, and the least
standing (in yardstick units) of the articles that joined it (inf if none did)."""
Side = tuple[
    Callable[[int], Vector], Callable[[int], Collection[str]], int, Callable[[int], Sample]
]


def yardstick(
    part: Vector, features: Callable[[int], Collection[str]], count: int, skip: set[int]
) -> Background:
    """How much of ``part`` articles of the other text hold, over the whole text."""
    return measured(part, Sample(features, count, YARDSTICK), skip)


def measured(part: Vector, sample: Sample, skip: Collection[int]) -> Background:
    """``yardstick`` against a sample of the other text taken once for many parts."""
    return Background.from_values(sample.shares(part, skip), prior=(0.1, 0.05), prior_weight=3)


def _attach(
    own: dict[int, int], mine: Side, theirs: Side, allowed: Callable[[int, int], bool]
) -> dict[int, tuple[int, float]]:
    """Leftover articles of one side → the other side's article they came from.

    ``own`` maps this side's paired articles to their counterparts. A leftover
    joins the pair of a next-door article, or of a next-door leftover that has
    joined one (a three-way split); across one other article (a moved-in article
    between the halves) only when its share stands clearly out.

    In formula-built texts any article shares much with any other, so the share
    alone does not tell a part from a neighbour; what does is that a part brings
    the matter of the counterpart that the pair's own articles lack. So the
    leftover's weight outside those articles must also stand out in the
    counterpart, against its own yardstick. The surest joins are made first, so
    that a later one is asked for matter that the grown group still lacks. Each
    joined article comes with its standing (both measures combined).
    """
    vector, own_features, count, _ = mine
    _, features, _, sampled = theirs
    sample = sampled(YARDSTICK)
    extra: dict[int, tuple[int, float]] = {}
    rulers: dict[int, Background] = {}
    groups: dict[int, list[int]] = defaultdict(list)
    for q, r in own.items():
        groups[r].append(q)

    def brings(k: int, p: int) -> float:
        held = set().union(*(own_features(q) for q in groups[p]))
        rest = {t: w for t, w in vector(k).items() if t not in held}
        ruler = measured(rest, sample, {p - 1, p, p + 1})
        return ruler.z(containment(rest, features(p)))

    changed = True
    while changed:
        proposals: list[tuple[float, int, int]] = []
        for k in range(count):
            if k in own or k in extra:
                continue
            best: tuple[float, int] | None = None
            for step in (-1, 1, -2, 2):
                p = own.get(k + step, extra.get(k + step, (None, 0.0))[0])
                if p is None or not allowed(k, p):
                    continue
                share = containment(vector(k), features(p))
                if share < LEAST_SHARE:
                    continue
                if k not in rulers:
                    rulers[k] = measured(vector(k), sample, {p - 1, p, p + 1})
                c = rulers[k].z(share)
                if c >= (ATTACH_Z if abs(step) == 1 else CLEAR_Z) and (best is None or c > best[0]):
                    best = (c, p)
            if best is not None:
                proposals.append((best[0], k, best[1]))
        changed = False
        for c, k, p in sorted(proposals, reverse=True):
            new_matter = brings(k, p)
            if new_matter >= NEW_MATTER_Z:
                extra[k] = (p, (c + new_matter) / math.sqrt(2))
                groups[p].append(k)
                changed = True
    return extra


def _sides(a: Aligner) -> tuple[Side, Side]:
    old: Side = (a.old_vecs.__getitem__, a.old_vecs.features, len(a.old_segs), a.old_vecs.sample)
    new: Side = (a.new_vecs.__getitem__, a.new_vecs.features, len(a.new_segs), a.new_vecs.sample)
    return old, new


def attach_leftovers(a: Aligner) -> list[Group]:
    """Every pair with the splits and merges joined to it, and the pair it grew from."""
    old, new = _sides(a)
    split = _attach(a.new_partner, new, old, lambda k, p: a.allowed(p, k))
    merged = _attach(a.old_partner, old, new, a.allowed)
    news_of: dict[int, list[int]] = defaultdict(list)  # core old -> extra news
    olds_of: dict[int, list[int]] = defaultdict(list)  # core new -> extra olds
    weakest: dict[tuple[str, int], float] = defaultdict(lambda: float("inf"))
    for k, (p, z) in split.items():
        news_of[p].append(k)
        weakest[("old", p)] = min(weakest[("old", p)], z)
    for k, (p, z) in merged.items():
        olds_of[p].append(k)
        weakest[("new", p)] = min(weakest[("new", p)], z)
    groups = []
    for i, j in sorted(a.old_partner.items()):
        if a.new_partner.get(j) != i:
            continue  # part of a reader's many-to-many link
        olds = tuple(sorted([i, *olds_of.get(j, ())]))
        news = tuple(sorted([j, *news_of.get(i, ())]))
        groups.append((olds, news, (i, j), min(weakest[("old", i)], weakest[("new", j)])))
    return groups


def _related(k: int, mine: Side, theirs: Side, candidates: list[int]) -> tuple[Related, ...]:
    vector = mine[0]
    _, features, _, sampled = theirs
    shares = [(containment(vector(k), features(x)), x) for x in candidates]
    if not any(share >= LEAST_SHARE for share, _ in shares):
        return ()
    ruler = measured(vector(k), sampled(YARDSTICK), set(candidates))
    found = [(share, x) for share, x in shares if ruler.z(share) >= RELATED_Z]
    top = sorted(found, key=lambda e: (-e[0], e[1]))[:RELATED_MAX]
    return tuple(Related(x, round(share, 4)) for share, x in top)


def related_articles(
    a: Aligner, removed: tuple[int, ...], added: tuple[int, ...]
) -> tuple[dict[int, tuple[Related, ...]], dict[int, tuple[Related, ...]]]:
    """For each unpaired article, the other text's articles that hold part of its matter."""
    old, new = _sides(a)
    wanted_old, wanted_new = set(removed), set(added)
    of_old: dict[int, list[int]] = defaultdict(list)
    of_new: dict[int, list[int]] = defaultdict(list)
    for i, j in a.scores:
        if i in wanted_old:
            of_old[i].append(j)
        if j in wanted_new:
            of_new[j].append(i)
    related_old = {i: _related(i, old, new, found) for i, found in of_old.items()}
    related_new = {j: _related(j, new, old, found) for j, found in of_new.items()}
    return (
        {i: r for i, r in related_old.items() if r},
        {j: r for j, r in related_new.items() if r},
    )
