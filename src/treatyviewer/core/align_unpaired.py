"""The last look at the articles that every other stage left unpaired on both sides.

An article moved far and edited in one word of three, in a text built of a few
formulas, scores against its source hardly above what unrelated articles score
against each other: a bag of stems and shingles cannot tell the two apart. A
reader can, because the two still read alike from beginning to end: most of
their words come in the same order, in runs of two and more, with an edited
word here and there. Two unrelated articles that draw on the same formulas
share runs too, but fewer, and in one stretch of each rather than throughout.

The articles still open are few, so each open article of one text is read
against every open article of the other, word by word in order. What these
articles share by chance is measured among themselves (nearly all of them are
unrelated). As in ``align_hubness``, an article made of the commonest formulas
shares much with everything, so each pair is judged by its share less the
typical share of its two articles. A pair is made when it is each one's best by
a margin, stands far above what the others share, and shares running text in
every part of both articles. A pair each one's best that falls short of the margin
or the bar is read again by the words the two keep in order (``align_kept``).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise

from .align_attach import combined_z
from .align_decide import Background
from .align_features import Vectors, words_of
from .align_kept import KeptOrder
from .align_order import ORDERED_SHARE, Block, blocks_among, held_share, ordered_share
from .align_scatter import Passages, Scattered

RUN = 2
"""Least run of words in order that counts as text in common here (pairs of words that
follow each other): an edit every third word leaves runs of two."""
UNPAIRED_Z = 4.0
"""How far above the open articles' chance shares (hub-adjusted) a pair must stand..."""
MARGIN_Z = 2.0
"""...by how much more than with anything else each of the two must share..."""
COMBINED_Z = 6.2
"""...how far both together must stand out (Stouffer's sum: they read the same words,
so the bar is far above what a few thousand tries reach by chance)..."""
EVEN_SHARE = 0.15
"""...and the least share of words in common runs in each third of either article:
two articles that share one passage and nothing else are not one article edited..."""
UNEVEN_SHARE = EVEN_SHARE / 2
UNEVEN_Z = 8.0
"""...or half that share when both together stand this far out and neither article
reads better as one with a next-door article (a merge or split leaves a third of
the whole bare): one third of one of them was then rewritten nearly throughout, and
the two are still one article. Measured on formula-built texts made apart from the
test suite: wrong pairs that were each one's best stood at 5.3 at most; a right one
whose least third kept 0.14 of its words in common runs stood at 9.9."""
RUNNING_SHARE = 0.25
RUNNING_Z = 5.0
"""A pair that keeps this share of its words in common runs in every third of both
articles passes at this lower standing: it reads as one article edited throughout,
where two articles of one formula share a passage or two. Measured on 37 formula-built
texts in five languages made apart from the test suite: the wrong pairs that were
each one's best and this even stood at 4.2 at most; the right ones below the usual
bar, moved far and edited by a third, at 5.4 to 6.0 (one at 4.3 stays apart)."""
SCATTERED_Z = (UNPAIRED_Z + MARGIN_Z) / math.sqrt(2)
"""A close call that neither the runs nor the words kept in order settle passes when
its edits are scattered (``align_scatter``) as far beyond chance, and as far ahead of
its rivals, as a pair must stand on the runs alone (``UNPAIRED_Z``, ``MARGIN_Z``)."""
PHRASES_Z = 1.0
"""Least standing above runner-up pairs of how scattered a pair's edits are (``align_scatter``)
for any pair made here: two articles that differ by whole phrases put in each
other's place are two articles of one formula, however many runs of it they share.
Measured on 63 formula-built texts in five languages made apart from the test suite:
the 382 right pairs made here stood 2.8 or more, the three wrong ones 0.1, 1.7 and
2.6. In a protocol of near-copies for other states, whose runner-up pairs differ by
names here and there, right pairs moved and reworded stood 1.6 and 1.8. A sentence
that only one of the two holds is left out of this reading (``align_scatter.Passages``):
on the formula-built texts of 500 and 1,500 articles, it had kept apart 40 right pairs,
moved far and edited in a few words besides, and 16 wrong ones; now 19 and 17."""
PLACED_Z = 3.0
"""Where the two are the only open articles between two pairs that keep both texts'
order, each one's best is enough at this standing, however close its runner-up: an
article heavily edited where it stood has its place for it, while its runner-up
(another article drawing on the same formulas) would have moved. Measured on
formula-built texts made apart from the test suite: such pairs, edited in one word of
three, stood 5.6 and 7.3 out with a runner-up 1.9 spreads behind; short ones of two
sentences, three words changed, 3.1 to 4.0. On 26 texts of the test suite's families
and 28 made apart from it, the wrong pairs so placed and each one's best stood 0.9 at
most, but for one at 4.7 whose edits were whole phrases (``PHRASES_Z``)."""
PLACED_CLEAR_Z = 6.0
"""Where the two are also this far out, and each one's best by ``MARGIN_Z``, their
runs need not reach every third of each: sentences put in another order, or a short
article's third rewritten whole, leave a third with no run where it was. Measured on
formula-built texts made apart from the test suite (edits of up to 30 % with
sentences reordered): of 125 articles edited in place and left unpaired, 23 were
each one's best and the only open ones between their neighbours' pairs, most of them
6 to 7 spreads out and 2 to 5 ahead; on 8 further such texts, read after this bar
was set, 17 more links were made and no wrong one. Nor need their edits be few
and scattered (``PHRASES_Z``): on 26 texts of the test suite's families and 28 made
apart from it, no pair so placed, each one's best and this far out was wrong, while
two right ones had their sentences rewritten in whole phrases."""
PLACE_WORTH = MARGIN_Z
"""How many spreads its place is worth to a pair of the only open articles between
two pairs that keep both texts' order, against a rival from elsewhere: that rival
would have moved, and a rewording where it stood had left this pair its place."""
PARTS = 3
BAND_WORDS = 40
"""The same in words, for long articles: edits by a third drift a sentence by a dozen
words or so, and a wider band only finds more chance runs, at more cost."""
BAND = 0.25
"""How far (as a share of the article) a run may start from where the other article
has it: an article edited in place keeps its sentences in their order and about
where they were, while articles of one formula share runs anywhere (and a run
matched across the article would block the runs in order)."""
MOST_PAIRS = 40_000
"""Open pairs read word by word at most (about a second); beyond that, only the pairs
the earlier stages scored are read, and next-door articles are not read as one."""
_BIAS = 3.0
_PER_Z = 0.6
"""Confidence of a pair found here: about 0.95 at the bar, rising with the standing
(weaker evidence than the earlier stages'). Checked on 116 formula-built texts of 150
to 2,000 articles in English, French and German, generated apart from the test suite:
212 pairs found here, none wrong, at a mean confidence of 0.988."""
CHANCE_PRIOR = (0.0, 0.08)
"""Hub-adjusted share assumed for unrelated articles before any is measured."""
PART_CANDIDATES = 3
"""Best-scored articles of the other text that are read for an open article in order."""
PART_ACCOUNTS = 0.85
"""Least share of an article's words that its counterpart and a far part must hold
between them, in runs, for the part to join (``far_parts``): the rest of an article
whose sibling stayed where it was. An article that only borrows a heavily reworded
article's formulas reads in order in what that article's counterpart leaves of it,
but the two leave much of it unheld. Measured on texts made apart from the test
suite: 15 far parts so joined, all wrong, left 11 to 51 % of the article unheld; the
true parts of the test suite's far halves left 1 to 7 %."""
PART_SHINGLES = 0.3
"""Share of a part's shingles an article must hold before it is read for the part in
order (a part read in order at ``ORDERED_SHARE`` keeps at least two in five)."""

Words = Sequence[str]


@dataclass(frozen=True)
class Found:
    """A pair found here, with its standing (in spreads above chance)."""

    old: int
    new: int
    standing: float
    more_old: tuple[int, ...] = ()
    more_new: tuple[int, ...] = ()
    """The next-door article joined to ``old`` (a merge) or to ``new`` (a split)."""


def confidence(standing: float) -> float:
    """Probability that a pair found here with this standing is right."""
    x = _BIAS + _PER_Z * (standing - COMBINED_Z)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


class Reading:
    """An article's words, with the places of each pair of words that follow each
    other (read once, then matched against every open article of the other text)."""

    __slots__ = ("places", "steps", "words")

    def __init__(self, words: Words) -> None:
        self.words = words
        self.steps = list(pairwise(words))
        self.places: dict[tuple[str, str], list[int]] = {}
        for j, step in enumerate(self.steps):
            self.places.setdefault(step, []).append(j)


def running_share(a: Reading, b: Reading) -> tuple[float, float]:
    """Share of the two articles' words that lie in runs of two or more words common
    to both in the same order, about where each article has them (``BAND``), and the
    least such share over the thirds of each."""
    la, lb = len(a.words), len(b.words)
    if not la or not lb:
        return 0.0, 0.0
    in_a, in_b = [False] * la, [False] * lb
    found = 0
    for i, j, k in blocks_among(banded_runs(a, b), la, lb, RUN):
        in_a[i : i + k] = [True] * k
        in_b[j : j + k] = [True] * k
        found += k
    return 2 * found / (la + lb), min(_least_part(in_a), _least_part(in_b))


SPARSE = 4
"""A long article's word pairs are looked up one by one only when more than one in
this many of its distinct pairs are also the other article's."""


def banded_runs(a: Reading, b: Reading) -> list[Block]:
    """The maximal runs of two or more words that ``a`` and ``b`` have in common,
    each starting at about the same place in both (within ``BAND`` of the article)."""
    wa, wb = a.words, b.words
    la, lb = len(wa), len(wb)
    runs: list[Block] = []
    width, scale, places = min(BAND * lb, BAND_WORDS), lb / max(1, la), b.places
    steps = a.steps
    common = a.places.keys() & places.keys()  # (walks the shorter of the two)
    visit: Iterable[int] = range(len(steps))
    if len(common) * SPARSE < len(a.places):
        # Only where a step both have stands can a run start: when those are few (a
        # long article against a short one), they are all that is visited, in order.
        visit = sorted(chain.from_iterable(map(a.places.__getitem__, common)))
    for i in visit:
        found = places.get(steps[i])
        if found is None:
            continue
        at = i * scale
        for j in found[bisect_left(found, at - width) : bisect_right(found, at + width)]:
            if i and j and wa[i - 1] == wb[j - 1]:
                continue  # inside a run that began earlier
            k = RUN
            while i + k < la and j + k < lb and wa[i + k] == wb[j + k]:
                k += 1
            runs.append((i, j, k))
    return runs


def _bar(evenness: float) -> float:
    return RUNNING_Z if evenness >= RUNNING_SHARE else COMBINED_Z


def figures_alike(a: Words, b: Words) -> bool:
    """Whether the two articles cite a figure in common, or one cites none: a reworded
    article keeps its figures, while two articles of one formula differ by them."""
    figures_a = {w for w in a if w.isdigit()}
    figures_b = {w for w in b if w.isdigit()}
    return not (figures_a and figures_b) or not figures_a.isdisjoint(figures_b)


def _least_part(marks: list[bool]) -> float:
    n = len(marks)
    shares = []
    for p in range(PARTS):
        lo, hi = n * p // PARTS, n * (p + 1) // PARTS
        if hi > lo:
            shares.append(sum(marks[lo:hi]) / (hi - lo))
    return min(shares, default=0.0)


def _floors(shares: dict[tuple[int, int], float]) -> tuple[dict[int, float], dict[int, float]]:
    """Each article's mean share with the open articles other than its best."""
    rows: dict[int, list[float]] = {}
    cols: dict[int, list[float]] = {}
    for (i, j), s in shares.items():
        rows.setdefault(i, []).append(s)
        cols.setdefault(j, []).append(s)

    def floor(values: list[float]) -> float:
        rest = sorted(values, reverse=True)[1:]
        return sum(rest) / len(rest) if rest else float("nan")

    return {i: floor(v) for i, v in rows.items()}, {j: floor(v) for j, v in cols.items()}


def _rival(ranked: list[tuple[float, int]], other: int, default: float) -> float:
    """The highest value in ``ranked`` of an article other than ``other``."""
    return next((v for v, k in ranked if k != other), default)


def pair_unpaired(
    words: tuple[Callable[[int], Words], Callable[[int], Words]],
    open_: tuple[Sequence[int], Sequence[int]],
    allowed: Callable[[int, int], bool],
    scored: Collection[tuple[int, int]],
    placed: Collection[tuple[int, int]] = (),
) -> list[Found]:
    """Pairs of open articles that read alike throughout, far beyond chance.
    ``words`` gives each text's article as a list of stems; ``allowed`` says whether
    two articles may pair at all (a kind apart, a reader's unlink, two articles about
    different states); ``scored`` says whether the earlier stages scored a pair (the
    only ones read when the open articles are too many to read every pair);
    ``placed`` are the pairs of the only open article of either text between two
    pairs that keep both texts' order (see ``PLACED_Z``)."""
    olds, news = open_
    old_words, new_words = words
    every = len(olds) * len(news) <= MOST_PAIRS
    shares: dict[tuple[int, int], float] = {}
    evenness: dict[tuple[int, int], float] = {}
    read = {j: Reading(new_words(j)) for j in news}
    for i in olds:
        a = Reading(old_words(i))
        for j, b in read.items():
            if (every or (i, j) in scored) and allowed(i, j):
                shares[(i, j)], evenness[(i, j)] = running_share(a, b)
    if not shares:
        return []
    rows, cols = _floors(shares)
    known = sorted(v for v in [*rows.values(), *cols.values()] if v == v)
    default = known[len(known) // 2] if known else 0.0

    def floor(table: dict[int, float], k: int) -> float:
        v = table.get(k, default)
        return default if v != v else v

    adjusted = {(i, j): s - (floor(rows, i) + floor(cols, j)) / 2 for (i, j), s in shares.items()}
    chance = Background.from_values(list(adjusted.values()), prior=CHANCE_PRIOR)
    ranked_row: dict[int, list[tuple[float, int]]] = {}
    ranked_col: dict[int, list[tuple[float, int]]] = {}
    for (i, j), v in adjusted.items():
        ranked_row.setdefault(i, []).append((v, j))
        ranked_col.setdefault(j, []).append((v, i))
    for side in (ranked_row, ranked_col):
        for ranked in side.values():
            ranked.sort(reverse=True)
    best_row = {i: [v for v, _ in ranked] for i, ranked in ranked_row.items()}
    best_col = {j: [v for v, _ in ranked] for j, ranked in ranked_col.items()}
    kept_order = KeptOrder(words, ranked_row, ranked_col)
    scattered = Scattered(words, ranked_row, ranked_col)
    passages = Passages(words, ranked_row, ranked_col)
    found, uneven = [], []
    for (i, j), v in adjusted.items():
        runner = max(
            _rival(ranked_row[i], j, chance.centre), _rival(ranked_col[j], i, chance.centre)
        )
        if (i, j) in placed:
            runner -= PLACE_WORTH * chance.spread
        if v < runner:
            continue
        z, margin = chance.z(v), (v - runner) / chance.spread
        standing = combined_z(z, margin)
        placed_clear = False
        if (i, j) in placed:
            if z < PLACED_Z or margin <= 0.0:
                continue
            placed_clear = z >= PLACED_CLEAR_Z and margin >= MARGIN_Z
        elif z < UNPAIRED_Z:
            continue
        elif margin < MARGIN_Z or standing < _bar(evenness[(i, j)]):
            close = v - MARGIN_Z * chance.spread
            if evenness[(i, j)] < EVEN_SHARE:
                continue
            in_order = kept_order.standing(i, j, close, COMBINED_Z, MARGIN_Z)
            if in_order is None:
                in_order = scattered.standing(i, j, close, SCATTERED_Z, MARGIN_Z)
            if in_order is None:
                continue
            standing = in_order
        if not figures_alike(old_words(i), new_words(j)):
            continue
        if not placed_clear and passages.chance.z(passages.share(i, j)) < PHRASES_Z:
            continue
        if evenness[(i, j)] >= EVEN_SHARE or placed_clear:
            found.append(Found(i, j, standing))
        elif evenness[(i, j)] >= UNEVEN_SHARE and standing >= UNEVEN_Z:
            uneven.append(Found(i, j, standing))
    taken: tuple[set[int], set[int]] = (set(), set())
    kept = one_each(found, taken)
    left = (
        [i for i in olds if i not in taken[0]],
        [j for j in news if j not in taken[1]],
    )
    judge = Judge(
        chance,
        (best_row, best_col),
        ({i: floor(rows, i) for i in olds}, {j: floor(cols, j) for j in news}),
    )
    joined = joined_pairs(words, left, allowed, judge)
    for f in joined:
        taken[0].update((f.old, *f.more_old))
        taken[1].update((f.new, *f.more_new))
    # An uneven pair whose bare part is a next-door article (a merge or split) was
    # read above as the two together.
    return kept + joined + one_each(uneven, taken)


def one_each(found: list[Found], taken: tuple[set[int], set[int]]) -> list[Found]:
    """The pairs of ``found``, surest first, whose articles are not ``taken`` yet (they
    are then): ties aside, a pair that is each one's best is the only one for either."""
    kept = []
    for f in sorted(found, key=lambda f: (-f.standing, f.old, f.new)):
        if f.old not in taken[0] and f.new not in taken[1]:
            taken[0].add(f.old)
            taken[1].add(f.new)
            kept.append(f)
    return kept


@dataclass(frozen=True)
class Judge:
    """What a pair of two next-door articles read as one is judged against: the open
    articles' chance shares, each article's best share alone, and the typical floor."""

    chance: Background
    best: tuple[dict[int, list[float]], dict[int, list[float]]]
    floors: tuple[dict[int, float], dict[int, float]]

    def standing(self, values: list[float], members: Sequence[float]) -> tuple[float, float]:
        """Standing and margin of the best of ``values`` (a unit's hub-adjusted shares)
        over its runner-up and over what ``members`` reach alone."""
        ranked = sorted(values, reverse=True)
        runner = max([*ranked[1:2], *members, self.chance.centre])
        return self.chance.z(ranked[0]), (ranked[0] - runner) / self.chance.spread


def joined_pairs(
    words: tuple[Callable[[int], Words], Callable[[int], Words]],
    left: tuple[Sequence[int], Sequence[int]],
    allowed: Callable[[int, int], bool],
    judge: Judge,
) -> list[Found]:
    """Two next-door open articles of one text that, read as one, read alike throughout
    with an open article of the other: a merge (or split) of an article that also moved.
    Not looked for among more than ``MOST_PAIRS`` open pairs (no earlier stage scored
    two articles read as one)."""
    if len(left[0]) * len(left[1]) > MOST_PAIRS:
        return []
    found: list[Found] = []
    taken: tuple[set[int], set[int]] = (set(), set())
    for side in (0, 1):
        mine, theirs = set(left[side]), left[1 - side]
        read = {x: Reading(words[1 - side](x)) for x in theirs}
        for k in sorted(mine):
            if k + 1 not in mine or {k, k + 1} & taken[side]:
                continue
            unit = Reading([*words[side](k), *words[side](k + 1)])
            row = {}
            for x, other in read.items():
                pair = (k, x) if side == 0 else (x, k)
                after = (pair[0] + 1 - side, pair[1] + side)
                if x not in taken[1 - side] and allowed(*pair) and allowed(*after):
                    row[x] = running_share(unit, other)
            if not row:
                continue
            rest = sorted((v for v, _ in row.values()), reverse=True)[1:]
            floors = judge.floors
            floor = sum(rest) / len(rest) if rest else floors[side][k]
            adjusted = [v - (floor + floors[1 - side][y]) / 2 for y, (v, _) in row.items()]
            alone = [judge.best[side][m][0] for m in (k, k + 1) if m in judge.best[side]]
            best = max(range(len(adjusted)), key=adjusted.__getitem__)
            x = list(row)[best]
            even = row[x][1]
            alone += judge.best[1 - side].get(x, [])[:1]
            z, margin = judge.standing(adjusted, alone)
            if z < UNPAIRED_Z or margin < MARGIN_Z or combined_z(z, margin) < COMBINED_Z:
                continue
            if even < EVEN_SHARE or not figures_alike(unit.words, words[1 - side](x)):
                continue
            taken[side].update((k, k + 1))
            taken[1 - side].add(x)
            standing = combined_z(z, margin)
            if side == 0:
                found.append(Found(k, x, standing, more_old=(k + 1,)))
            else:
                found.append(Found(x, k, standing, more_new=(k + 1,)))
    return found


def stems_in_order(vecs: Vectors, k: int) -> list[str]:
    """The stems of article ``k``'s words, in reading order."""
    words = words_of(vecs.bodies[k])
    vecs.stems.learn(set(words))
    cache = vecs.stems.cache
    return [cache[w] for w in words]


def far_parts(
    words: tuple[Callable[[int], Words], Callable[[int], Words]],
    open_: tuple[Sequence[int], Sequence[int]],
    groups: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    scored: Mapping[tuple[int, int], float],
    features: tuple[Callable[[int], Collection[str]], Callable[[int], Collection[str]]],
    more: Sequence[tuple[int, int]] = (),
) -> tuple[dict[int, int], dict[int, int]]:
    """Open articles that read, in order, as the rest of a paired article that the
    pair leaves unexplained: the other half of a split (or merge) moved away from
    its sibling. New article → the old article it was cut from, and old article →
    the new one it was merged into; each group here is (olds, news) of a pair.
    ``features`` gives each text's articles' stems and shingles: an article that
    holds few of a part's shingles cannot hold it in order, and is not read.
    ``more`` are further (old, new) pairs to read, unscored (``align_remainders``)."""
    sides = (Side(*words_features) for words_features in zip(words, features, strict=True))
    old, new = next(sides), next(sides)
    olds, news = set(open_[0]), set(open_[1])
    single_old = {g[0][0]: g[1] for g in groups if len(g[0]) == 1}
    single_new = {g[1][0]: g[0] for g in groups if len(g[1]) == 1}
    splits: dict[int, tuple[float, int]] = {}
    merges: dict[int, tuple[float, int]] = {}
    for i, j in [*_best_scored(scored, olds, news), *more]:
        if j in news and i in single_old:
            _keep_best(splits, j, i, _part_share(old, i, single_old[i], new, j))
        elif i in olds and j in single_new:
            _keep_best(merges, i, j, _part_share(new, j, single_new[j], old, i))
    if not splits and not merges:
        return {}, {}
    scored_with: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for i, j in scored:
        if j in splits:
            scored_with[1].setdefault(j, []).append(i)
        if i in merges:
            scored_with[0].setdefault(i, []).append(j)
    return (
        {
            j: i
            for j, (share, i) in splits.items()
            if _accounts(old, i, single_old[i], new, j)
            and not _held_elsewhere(old, i, scored_with[1].get(j, []), new, j, share)
        },
        {
            i: j
            for i, (share, j) in merges.items()
            if _accounts(new, j, single_new[j], old, i)
            and not _held_elsewhere(new, j, scored_with[0].get(i, []), old, i, share)
        },
    )


def _held_elsewhere(
    whole: Side, k: int, others: Sequence[int], parts: Side, part: int, share: float
) -> bool:
    """Whether another article of ``k``'s text that the part was scored against holds
    the part in order as fully as what ``k``'s counterpart leaves of ``k`` does: the
    part's sentences are then the text's formulas, found in many articles, and tell
    nothing of where it came from."""
    words = parts.words(part)
    return any(ordered_share(whole.words(o), [], words) >= share for o in others if o != k)


def _accounts(whole: Side, k: int, held: Sequence[int], parts: Side, part: int) -> bool:
    """Whether article ``k`` is held, nearly whole, by its counterparts ``held`` and
    the far ``part`` together (``PART_ACCOUNTS``)."""
    share = held_share(whole.words(k), [parts.words(x) for x in held], parts.words(part))
    return share >= PART_ACCOUNTS


@dataclass(frozen=True)
class Side:
    """One text's articles as stems in order, and as stems and shingles."""

    words: Callable[[int], Words]
    features: Callable[[int], Collection[str]]


def _part_share(whole: Side, k: int, held: Sequence[int], parts: Side, part: int) -> float:
    """``ordered_share`` of article ``part`` in article ``k`` of the other text, beside
    the articles ``held`` that ``k`` is paired with (0.0 when ``k`` holds too few of
    its shingles to hold it in order)."""
    if not _may_hold(whole.features(k), parts.features(part)):
        return 0.0
    return ordered_share(whole.words(k), [parts.words(x) for x in held], parts.words(part))


def _keep_best(best: dict[int, tuple[float, int]], part: int, whole: int, share: float) -> None:
    if share >= ORDERED_SHARE and share > best.get(part, (0.0, -1))[0]:
        best[part] = (share, whole)


def _may_hold(whole: Collection[str], part: Collection[str]) -> bool:
    """Whether ``whole`` holds enough of ``part``'s shingles to hold it in order."""
    shingles = [t for t in part if " " in t]
    held = sum(t in whole for t in shingles)
    return held >= PART_SHINGLES * len(shingles)


def _best_scored(
    scored: Mapping[tuple[int, int], float], olds: Collection[int], news: Collection[int]
) -> list[tuple[int, int]]:
    """For each open article, the ``PART_CANDIDATES`` best-scored pairs it has with an
    article of the other text (the article it was cut from is nearly always its best)."""
    rows: dict[tuple[int, int], list[tuple[float, tuple[int, int]]]] = {}
    for (i, j), s in scored.items():
        if j in news:
            rows.setdefault((1, j), []).append((s, (i, j)))
        elif i in olds:
            rows.setdefault((0, i), []).append((s, (i, j)))
    return [
        pair for row in rows.values() for _, pair in sorted(row, reverse=True)[:PART_CANDIDATES]
    ]
