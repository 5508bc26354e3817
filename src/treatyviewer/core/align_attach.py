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

from collections import defaultdict
from collections.abc import Callable, Collection
from typing import Protocol

from .align_decide import Background
from .align_features import Vector, Vectors, containment
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


ATTACH_Z = 3.5
"""How far above its share in unrelated articles a leftover's share in a neighbour's
counterpart must lie for it to join that pair."""
CLEAR_Z = 5.0
JOINT_KEPT = 0.9
"""Share of a pair's score that must remain when a leftover joins it."""
RELATED_Z = 3.0
"""The same, for an unpaired article's related articles."""
RELATED_MAX = 4
YARDSTICK = 60
"""Articles of the other text that an article is measured against."""

Group = tuple[tuple[int, ...], tuple[int, ...], tuple[int, int], float]
"""Old articles, new articles, the one-to-one pair they grew from, and the least
standing (in yardstick units) of the articles that joined it (inf if none did)."""
Side = tuple[Callable[[int], Vector], Callable[[int], Collection[str]], int]


def yardstick(
    part: Vector, features: Callable[[int], Collection[str]], count: int, skip: set[int]
) -> Background:
    """How much of ``part`` articles of the other text hold, over the whole text."""
    step = max(1, count // YARDSTICK)
    values = [containment(part, features(x)) for x in range(0, count, step) if x not in skip]
    return Background.from_values(values, prior=(0.1, 0.05), prior_weight=3)


def _attach(
    own: dict[int, int],
    mine: Side,
    theirs: Side,
    allowed: Callable[[int, int], bool],
    joint: Callable[[tuple[int, ...], int], float],
) -> dict[int, tuple[int, float]]:
    """Leftover articles of one side → the other side's article they came from.

    ``own`` maps this side's paired articles to their counterparts. A leftover
    joins the pair of a next-door article, or of a next-door leftover that has
    joined one (a three-way split); across one other article (a moved-in article
    between the halves) only when its share stands clearly out. Unless its
    share stands clearly out next door, the pair read as one must still score about
    as well (``joint`` scores the counterpart against a group of this side's
    articles): an unrelated article dilutes it. Each joined article comes with
    how far above its yardstick its share lay.
    """
    vector, _, count = mine
    _, features, other_count = theirs
    extra: dict[int, tuple[int, float]] = {}
    rulers: dict[int, Background] = {}
    groups: dict[int, list[int]] = defaultdict(list)
    for q, r in own.items():
        groups[r].append(q)
    changed = True
    while changed:
        changed = False
        for k in range(count):
            if k in own or k in extra:
                continue
            best: tuple[float, int, bool] | None = None
            for step in (-1, 1, -2, 2):
                p = own.get(k + step, extra.get(k + step, (None, 0.0))[0])
                if p is None or not allowed(k, p):
                    continue
                if k not in rulers:
                    rulers[k] = yardstick(vector(k), features, other_count, {p - 1, p, p + 1})
                c = rulers[k].z(containment(vector(k), features(p)))
                near = abs(step) == 1
                if c >= (ATTACH_Z if near else CLEAR_Z) and (best is None or c > best[0]):
                    best = (c, p, near)
            if best is None:
                continue
            p = best[1]
            group = tuple(groups[p])
            clear = best[0] >= CLEAR_Z and best[2]
            if clear or joint((*group, k), p) >= JOINT_KEPT * joint(group, p):
                extra[k] = (p, best[0])
                groups[p].append(k)
                changed = True
    return extra


def _sides(a: Aligner) -> tuple[Side, Side]:
    old: Side = (a.old_vecs.__getitem__, a.old_vecs.features, len(a.old_segs))
    new: Side = (a.new_vecs.__getitem__, a.new_vecs.features, len(a.new_segs))
    return old, new


def attach_leftovers(a: Aligner) -> list[Group]:
    """Every pair with the splits and merges joined to it, and the pair it grew from."""
    old, new = _sides(a)
    split = _attach(
        a.new_partner,
        new,
        old,
        lambda k, p: a.allowed(p, k),
        lambda news, p: a.score_many((p,), tuple(sorted(news))),
    )
    merged = _attach(
        a.old_partner, old, new, a.allowed, lambda olds, p: a.score_many(tuple(sorted(olds)), (p,))
    )
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
    vector, _, _ = mine
    _, features, count = theirs
    ruler = yardstick(vector(k), features, count, set(candidates))
    found = []
    for x in candidates:
        share = containment(vector(k), features(x))
        if ruler.z(share) >= RELATED_Z:
            found.append((share, x))
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
