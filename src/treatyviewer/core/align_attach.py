"""Splits, merges and related articles: what the one-to-one pairing leaves over.

An article left unpaired next to a pair joins it when its wording came from
that pair's counterpart (a split when the new text cut an article in two, a
merge when it joined two). Whatever is still unpaired is added or removed; for
those the reader is shown the articles of the other text that took up part of
their matter, clearly weaker than a pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from .align_decide import Background
from .align_features import Vector, containment
from .align_types import Related

if TYPE_CHECKING:
    from .align_engine import Aligner

ATTACH_Z = 3.5
"""How far above chance the share of a leftover article's weight that it has in
common with a neighbour's counterpart must lie."""
RELATED_MAX = 4
RELATED_Z = 2.0
"""How far above chance an unpaired article's share in a related article must lie."""
CHANCE_SAMPLE = 300
NEIGHBOURS = (-1, 1, -2, 2)

Group = tuple[tuple[int, ...], tuple[int, ...], tuple[int, int]]


def _chance_containment(a: Aligner) -> Background:
    """How much of an article's weight an unrelated article of the other text shares."""
    runner: dict[int, tuple[float, int]] = {}
    best: dict[int, tuple[float, int]] = {}
    for (i, j), s in a.scores.items():
        if s >= 1.0:
            continue
        if j not in best or s > best[j][0]:
            if j in best:
                runner[j] = best[j]
            best[j] = (s, i)
        elif j not in runner or s > runner[j][0]:
            runner[j] = (s, i)
    sample = sorted(runner.items())[:: max(1, len(runner) // CHANCE_SAMPLE)]
    values = [containment(a.new_vecs[j], a.old_vecs[i]) for j, (_, i) in sample]
    return Background.from_values(values)


def _attach(
    a: Aligner,
    chance: Background,
    own: dict[int, int],
    mine: Callable[[int], Vector],
    theirs: Callable[[int], Vector],
    count: int,
    allowed: Callable[[int, int], bool],
) -> dict[int, int]:
    """Leftover articles of one side → the other side's article they came from.

    ``own`` maps this side's paired articles to their counterparts.
    """
    extra: dict[int, int] = {}
    for k in range(count):
        if k in own:
            continue
        best: tuple[float, int] | None = None
        for step in NEIGHBOURS:
            p = own.get(k + step)
            if p is None or not allowed(k, p):
                continue
            c = chance.z(containment(mine(k), theirs(p)))
            if c >= ATTACH_Z and (best is None or c > best[0]):
                best = (c, p)
        if best is None:
            continue
        extra[k] = best[1]
    return extra


def attach_leftovers(a: Aligner) -> list[Group]:
    """Every pair with the splits and merges joined to it, and the pair it grew from."""
    chance = a.chance_containment = _chance_containment(a)
    split = _attach(
        a,
        chance,
        a.new_partner,
        a.new_vecs.__getitem__,
        a.old_vecs.__getitem__,
        len(a.new_segs),
        lambda k, p: a.allowed(p, k),
    )
    merged = _attach(
        a,
        chance,
        a.old_partner,
        a.old_vecs.__getitem__,
        a.new_vecs.__getitem__,
        len(a.old_segs),
        a.allowed,
    )
    news_of: dict[int, list[int]] = defaultdict(list)  # core old -> extra news
    olds_of: dict[int, list[int]] = defaultdict(list)  # core new -> extra olds
    for k, p in split.items():
        news_of[p].append(k)
    for k, p in merged.items():
        olds_of[p].append(k)
    groups = []
    for i, j in sorted(a.old_partner.items()):
        if a.new_partner.get(j) != i:
            continue  # part of a reader's many-to-many link
        olds = tuple(sorted([i, *olds_of.get(j, ())]))
        news = tuple(sorted([j, *news_of.get(i, ())]))
        groups.append((olds, news, (i, j)))
    return groups


def related_articles(
    a: Aligner, removed: tuple[int, ...], added: tuple[int, ...]
) -> tuple[dict[int, tuple[Related, ...]], dict[int, tuple[Related, ...]]]:
    """For each unpaired article, the other text's articles that hold part of its matter.

    The measure is the share of the unpaired article's weight found in the other
    article, which must lie well above what an unrelated article holds.
    """
    chance = a.chance_containment
    by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    wanted_old, wanted_new = set(removed), set(added)
    for i, j in a.scores:
        if i in wanted_old:
            share = containment(a.old_vecs[i], a.new_vecs[j])
            if chance.z(share) >= RELATED_Z:
                by_old[i].append((share, j))
        if j in wanted_new:
            share = containment(a.new_vecs[j], a.old_vecs[i])
            if chance.z(share) >= RELATED_Z:
                by_new[j].append((share, i))

    def best(found: list[tuple[float, int]]) -> tuple[Related, ...]:
        top = sorted(found, key=lambda e: (-e[0], e[1]))[:RELATED_MAX]
        return tuple(Related(k, round(s, 4)) for s, k in top)

    return (
        {i: best(found) for i, found in by_old.items()},
        {j: best(found) for j, found in by_new.items()},
    )
