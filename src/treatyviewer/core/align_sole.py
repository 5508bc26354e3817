"""The last look: articles alone between two pairs, and parts left beside one.

When every other stage is done, a few articles of each text may be left open
between two pairs that keep both texts' order. Either one was rewritten where it
stood, or one was struck out and another put in its place. The stages before
judge a pair against the articles most like it, which in a text of formulas read
nearly as alike as its counterpart; here it is judged against articles drawn at
random, as the walk of ``align_inplace`` judges articles edited in place, with a
lower bar: its place speaks for it, and little else is left for either article.

Measured on 32 formula-built texts in five languages made apart from the test
suite (300 to 1,300 articles, edits of up to 30 % with words put in from anywhere
in the text and sentences reordered): of the pairs left in such gaps at the end,
the wrong ones stood at most 1.8 spreads above random pairs, but for one at 4.2
whose rival in the same gap stood at 7.7 (``SOLE_MARGIN``); 75 of the 89 right
ones stood at 3.0 or more. On 8 further such texts, made after the bars were set,
19 more links were made and none wrong.

Two articles side by side in such a gap may have become one article there (or
one, two): in a protocol each half reads no more like the whole than any article
of formulas reads like another, while the two read together stand far out of
random pairs of two articles and one. In the test suite's protocol articles moved
and edited among near-copies, at 2,000 articles and four seeds, this made 4 of the
merges and splits that were left open, all of them right, and nothing on the other
families at two seeds of 300 and 2,000 articles.

A short part of a split or merge reworded in one word of three reads as an added
article: too few of its words run in order with its source for ``align_attach``.
Left next to the pair of the rest of its source, with no open article across from
it, it joins that pair when it holds far more of the words the pair leaves
unexplained than articles drawn at random do. On the same 32 texts, 134 parts so
measured that belonged elsewhere stood at most 2.4 spreads out, the 6 true ones
3.9 to 16.1.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from itertools import pairwise

from .align_decide import Background
from .align_inplace import IN_PLACE_FLOOR, PlainWords, overlap

SOLE_Z = 3.0
"""How far above the overlap of random pairs of articles the pair's overlap must lie."""
SOLE_MARGIN = 2.0
"""In a gap of several open articles, by how much the pair must overlap more than any
other pair of either article there."""
FEW_OPEN = 3
"""Most open articles of either text between the two pairs."""
SHARED_WORDS = 3
"""Least distinct words in common: a pair of one-line articles overlaps by chance."""
LEAST_SPREAD = 0.06
"""Least spread of random pairs' overlap a pair is measured in. Between long articles
of formulas random overlaps cluster tightly (0.04 in the test suite's crowded runs),
and a removed article and the one added in its place, sharing a few formulas more,
stood 3 spreads out; on the texts made apart from the test suite the spread was 0.06
to 0.10."""
SOLE_FLOOR = 0.3
"""Least overlap of such a pair, whatever chance is: where most articles are one-line
rules, random pairs share next to nothing, and a long article struck out shares its
function words with the one put in its place. The right pairs of the texts measured
overlapped 0.33 or more."""
SOLE_SURE = 0.45
"""Overlap past which a pair here needs no more than its standing among random pairs.
Below it the pair's score must also stand ``SOLE_SCORE_Z`` above random pairs by the
features the stages before weigh. On 56 formula-built texts in four languages made
after the bars above were set, all 7 pairs made here were wrong: an article struck
out and a new one on the same matter put in its place, overlapping 0.30 to 0.42 and
scoring no better than random pairs (-2.3 to 1.2 spreads); the right pairs of moved
and reworded articles there overlapped 0.42 and more."""
SOLE_SCORE_Z = 2.0
"""How far above random pairs the score of a pair overlapping less than ``SOLE_SURE``
must stand."""
_BIAS = -5.4
_PER_Z = 2.0
"""Confidence of such a pair by its standing: 0.64 at the bar, 0.83 half a spread
above it, 0.93 a spread above, 0.99 two. Refitted on the 89 pairs made here on 60
pairs of texts made apart from the test suite (most of them formula-built), 15 of them
wrong, all standing less than one spread above the bar (55 of 70 right there; all 19
above it right): the earlier 0.95 at the bar read that first spread as sure when one
pair in five was an article struck out beside a new one in its place."""


def standing(chance: Background, value: float) -> float:
    """How many spreads (``LEAST_SPREAD`` at least) ``value`` lies above chance."""
    return (value - chance.centre) / max(chance.spread, LEAST_SPREAD)


def confidence(z: float) -> float:
    """Probability that a pair found here, ``z`` spreads above random pairs, is right."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, _BIAS + _PER_Z * z))))


Found = tuple[tuple[int, ...], tuple[int, ...], float]
"""Old articles, new articles (one of them, or two side by side), standing."""


def sole_pairs(
    plain: PlainWords,
    gaps: Sequence[tuple[Sequence[int], Sequence[int]]],
    allowed: Callable[[int, int], bool],
    scored: Callable[[int, int], float],
) -> list[Found]:
    """(olds, news, standing) of the pairs made in ``gaps`` (each the open articles of
    both texts between two order-keeping pairs, ``FEW_OPEN`` at most on either side):
    those that overlap far beyond random pairs and, in a gap of several, well beyond
    any other pair of either article there (and, overlapping less than ``SOLE_SURE``,
    whose score stands out by ``scored``, in spreads), in the order of both texts; then, among
    the articles still open there, two side by side that read as one article of the
    other text (``joined_pairs``)."""
    if not gaps:
        return []
    old_words, new_words = plain.old, plain.new
    chance = plain.chance()
    joined = JoinedChance(plain)
    out: list[Found] = []
    for olds, news in gaps:
        stood = {}
        for i in olds:
            for j in news:
                a, b = old_words(i), new_words(j)
                if len(a & b) >= SHARED_WORDS:
                    stood[(i, j)] = standing(chance, overlap(a, b))
        made: list[tuple[int, int, float]] = []
        for (i, j), z in sorted(stood.items(), key=lambda kv: (-kv[1], kv[0])):
            rival = max((v for (x, y), v in stood.items() if (x == i) != (y == j)), default=None)
            if z < SOLE_Z or (rival is not None and z - rival < SOLE_MARGIN):
                continue
            value = overlap(old_words(i), new_words(j))
            if value < SOLE_FLOOR or (value < SOLE_SURE and scored(i, j) < SOLE_SCORE_Z):
                continue
            if not allowed(i, j):  # asked last: it reads the names each article cites
                continue
            if all((i < x) == (j < y) and i != x and j != y for x, y, _ in made):
                made.append((i, j, z))
        out.extend(((i,), (j,), z) for i, j, z in made)
        left_old = [i for i in olds if all(i != x for x, _, _ in made)]
        left_new = [j for j in news if all(j != y for _, y, _ in made)]
        out.extend(joined_pairs(plain, joined, left_old, left_new, allowed))
    return out


class JoinedChance:
    """The overlap of an article with two random articles of the other text read as
    one, in either direction, measured on first use: two articles hold more words
    than one, so they overlap a third by chance otherwise than one does."""

    def __init__(self, plain: PlainWords) -> None:
        self.plain = plain
        self.found: dict[int, Background] = {}

    def of(self, side: int) -> Background:
        """Chance for two articles of ``side`` (0: old) read as one."""
        if side not in self.found:
            two, one = self.plain.worded(side), self.plain.worded(1 - side)
            values = [overlap(a | b, c) for a, b, c in zip(two, two[1:], one, strict=False)]
            self.found[side] = Background.from_values(values, prior=(0.2, 0.1))
        return self.found[side]


def joined_pairs(
    plain: PlainWords,
    joined: JoinedChance,
    olds: Sequence[int],
    news: Sequence[int],
    allowed: Callable[[int, int], bool],
) -> list[Found]:
    """Two open articles side by side that read as one open article of the other text
    (a merge, or a split) in a small gap: together they overlap it far beyond chance,
    more than either does alone and as much as an article edited in place overlaps
    its old text (``IN_PLACE_FLOOR``: an article put in where two were struck out
    borrows formulas from both, and overlapped them by 0.34 in the texts made apart
    from the test suite, the true merges and splits by 0.91 and more), and no other
    such reading of any of the three comes near."""
    words = (plain.old, plain.new)
    stood: dict[Found, float] = {}
    for side, twos, ones in ((0, olds, news), (1, news, olds)):
        for a, b in pairwise(twos):
            if b != a + 1:
                continue
            both = words[side](a) | words[side](b)
            for k in ones:
                one = words[1 - side](k)
                together = overlap(both, one)
                alone = max(overlap(words[side](a), one), overlap(words[side](b), one))
                if together <= alone or together < IN_PLACE_FLOOR or len(both & one) < SHARED_WORDS:
                    continue
                z = standing(joined.of(side), together)
                key: Found = ((a, b), (k,), z) if side == 0 else ((k,), (a, b), z)
                stood[key] = z
    out: list[Found] = []
    for found, z in sorted(stood.items(), key=lambda kv: (-kv[1], kv[0])):
        olds_, news_, _ = found
        members = set(olds_) | {-1 - j for j in news_}
        rival = max(
            (v for (o, n, _), v in stood.items()
             if (o, n) != (olds_, news_) and members & (set(o) | {-1 - j for j in n})),
            default=None,
        )  # fmt: skip
        if z < SOLE_Z or (rival is not None and z - rival < SOLE_MARGIN):
            continue
        if not all(allowed(i, j) for i in olds_ for j in news_):
            continue
        out.append(found)
    return out


def place_wins(plain: PlainWords, i: int, far: int, here: int) -> float | None:
    """How far old article ``i`` stands out with new article ``here`` (the only open
    one where ``i`` stood) if that pair should replace the pair with ``far`` (a move):
    when it stands ``SOLE_Z`` above random pairs and no more than ``SOLE_MARGIN``
    below the far pair. Measured on the 40 texts made apart from the test suite: of
    the moves with an open article so placed, the 24 right ones stood with it at 2.1
    at most (the far pair 5.0 to 12.3); the 13 wrong ones at 3.1 to 8.3, and at
    most 1.3 below the far one."""
    chance = plain.chance()
    words = plain.old(i)
    value = overlap(words, plain.new(here))
    if len(words & plain.new(here)) < SHARED_WORDS or value < SOLE_FLOOR:
        return None
    z = standing(chance, value)
    if z < SOLE_Z or z < standing(chance, overlap(words, plain.new(far))) - SOLE_MARGIN:
        return None
    return z


PART_Z = 3.5
"""How far above random articles of its text a stranded part must lie in the words
its neighbour's counterpart has left over."""
PART_SAMPLE = 120
"""Random articles of its text a stranded part is measured against (the same for all)."""


def stranded_parts(
    plain: PlainWords,
    groups: Sequence[tuple[Sequence[int], Sequence[int]]],
    open_: tuple[Collection[int], Collection[int]],
    allowed: Callable[[int, int], bool],
) -> list[tuple[int, int, int, float]]:
    """(group, side, article, standing) of the open articles that are the rest of a
    next-door pair's counterpart: a split (side 1, a new article) or a merge (side 0)
    whose part was edited too much for the stages before. The part must stand next
    to the pair on its side while the other text has no open article there, and hold
    far more of the words the pair's counterpart leaves unexplained than articles
    drawn at random do."""
    words = (plain.old, plain.new)
    samples: dict[int, list[frozenset[str]]] = {}
    candidates: dict[tuple[int, int], list[tuple[float, int]]] = {}
    member: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for g, members in enumerate(groups):
        for side in (0, 1):
            member[side].update(dict.fromkeys(members[side], g))
    for side in (0, 1):
        for k in sorted(open_[side]):
            for near, step in ((member[side].get(k - 1), 1), (member[side].get(k + 1), -1)):
                if near is None:
                    continue
                mine, theirs = groups[near][side], groups[near][1 - side]
                edge = max(mine) if step == 1 else min(mine)
                across = (max(theirs) if step == 1 else min(theirs)) + step
                if edge != k - step or across in open_[1 - side]:
                    continue
                left = (
                    frozenset()
                    .union(*map(words[1 - side], theirs))
                    .difference(*map(words[side], mine))
                )
                part = words[side](k)
                if len(part & left) < SHARED_WORDS:
                    continue
                if side not in samples:  # the same random articles for every part
                    rng, size = plain.seed(1 + side), len(plain.bodies[side])
                    drawn = (words[side](rng.randrange(size)) for _ in range(PART_SAMPLE))
                    samples[side] = [w for w in drawn if w]
                chance = Background.from_values(
                    [len(w & left) / len(w) for w in samples[side]], prior=(0.1, 0.1)
                )
                z = chance.z(len(part & left) / len(part))
                candidates.setdefault((side, k), []).append((z, near))
    out = []
    for (side, k), found in sorted(candidates.items()):
        found.sort(reverse=True)
        z, g = found[0]
        if z < PART_Z or (len(found) > 1 and z - found[1][0] < SOLE_MARGIN):
            continue
        if all(allowed(*((t, k) if side else (k, t))) for t in groups[g][1 - side]):
            out.append((g, side, k, z))
    return out
