"""Articles still open on both sides, paired by the names and figures they cite in order.

Protocols and schedules repeat one wording per state, port or year: unrelated
articles then share nearly every word, and one moved and reworded by a fifth
scores no higher against its source than against its near-copies. What a
rewording keeps is what the article is about: the parties, places and figures
it names, in the order it names them. Two near-copies name another state or
other figures, or the same in another order.

Once every other stage has run, each open article is read as that sequence of
names and figures, and the open articles of the two texts are compared by the
pairs of names and figures that follow each other in both. Two articles pair
when each is the other's clear best by that measure, far above what an open
article shares with its runner-up of the other text (the comparison's own
chance level), and their wording is alike beyond chance too. Both must be
whole articles of about the same length (one sentence of an article repeated
in another is not that article), they must cite mostly the same figures, and
most of the weight of their names (the rarer a name, the more it weighs) must
be common to both. Only articles that cite mostly the same figures are best or
runner-up to each other: a near-copy for the same state and another figure
could never pair, so it does not stand in the way of the true counterpart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import partial
from itertools import pairwise
from typing import Any, NamedTuple

from .align_decide import NEAR_Z, Background
from .align_features import Stems, Vectors, words_of
from .list_markers import without_markers

LEAST_NAMES = 4
"""Names and figures an article must cite for their order to tell it apart..."""
NAMES_Z = 3.0
"""...how far above the runner-ups' share a pair's share of them in order must lie..."""
MOST_NAMES = 0.5
"""...above which share (of the two articles' steps from one name or figure to the next)
a reworded article keeps most of what it names, where two articles that repeat the same
stock clause or two share a part..."""
NAMES_MARGIN = 0.15
"""...and by how much more than with anything else each of the two must share them."""
ALIKE_LENGTH = 0.75
"""Least ratio of the shorter sequence to the longer, each name weighed by its rarity: a
whole article reworded, not a sentence of one that another article repeats (formulas
recur word for word). A rewording that puts in the protocol's own words ("Article",
"the Parties") lengthens the sequence by names that weigh little."""
FIGURES_ALIKE = 0.5
"""Share of their figures two articles must have in common, beyond which they may pair:
a reworded article keeps its figures, while two articles of one formula for one state
differ by them; and a party and a place alone recur by chance in a long text of short
articles, so an article that cites no figure is left to the other stages."""
NAMES_PRIOR = (0.3, 0.15)
"""Share of names in order assumed for unrelated articles before any is measured."""

PARTIES_ALIKE = 0.5
"""Share of the weight of their names (figures aside, each name weighed by its rarity)
that two articles must have in common: a reworded article keeps the parties and places
it is about, while a near-copy for another state shares only the protocol's own words
("the Government", "the Parties") and perhaps the same figures."""

Sequences = dict[int, Counter[tuple[str, str]]]
Figures = dict[int, Counter[str]]
Names = dict[int, frozenset[str]]


def names_in_order(stems: Stems, body: str) -> list[str]:
    """The stems of the names and figures of an article, in reading order, without
    the markers of its items and paragraphs ("1.", "(a)": ``list_markers``), which
    open the paragraphs of every other article and say nothing of this one."""
    heavy = stems.features(body)[2]
    if not heavy:
        return []
    cache = stems.cache
    return [stem for word in words_of(without_markers(body)) if (stem := cache.get(word)) in heavy]


class Cited(NamedTuple):
    """What the open articles of one text cite, by article."""

    steps: Sequences
    """Pairs of names and figures that follow each other."""
    figures: Figures
    parties: Names
    """Names other than figures."""
    weight: dict[int, float]
    """Rarity of the names and figures cited, summed over the sequence."""


def _cited(vecs: Vectors, open_: Sequence[int]) -> Cited:
    cited = Cited({}, {}, {}, {})
    rarity = partial(_rarity, vecs)
    for k in open_:
        names = names_in_order(vecs.stems, vecs.bodies[k])
        if len(names) >= LEAST_NAMES:
            cited.steps[k] = Counter(pairwise(names))
            cited.figures[k] = Counter(name for name in names if name[0].isdigit())
            cited.parties[k] = frozenset(name for name in names if not name[0].isdigit())
            cited.weight[k] = sum(map(rarity, names))
    return cited


def _rarity(vecs: Vectors, name: str) -> float:
    return vecs.idf.get(name, vecs.unseen)


def _parties_alike(a: frozenset[str], b: frozenset[str], vecs: Vectors) -> float:
    """Share of the rarity-weighted names of two articles that both cite (Dice)."""
    rarity = partial(_rarity, vecs)
    weight = sum(map(rarity, a)) + sum(map(rarity, b))
    return 2 * sum(map(rarity, a & b)) / (weight or 1.0)


def _dice(a: Counter[Any], b: Counter[Any]) -> float:
    return 2 * (a & b).total() / ((a.total() + b.total()) or 1)


def _shares(old: Sequences, new: Sequences) -> dict[tuple[int, int], float]:
    """Dice share of steps in common, for every open pair with one step in common."""
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, steps in new.items():
        for step in steps:
            holders[step].append(j)
    totals = {j: steps.total() for j, steps in new.items()}
    out: dict[tuple[int, int], float] = {}
    for i, steps in old.items():
        # The steps in common counted through the holders (as ``_dice`` would count
        # them): most pairs share one or two steps, and intersecting two counters
        # whole for each was most of this stage on a long text.
        common: dict[int, int] = {}
        for step, count in steps.items():
            for j in holders.get(step, ()):
                common[j] = common.get(j, 0) + min(count, new[j][step])
        total = steps.total()
        for j in {j for step in steps for j in holders.get(step, ())}:
            out[(i, j)] = 2 * common[j] / ((total + totals[j]) or 1)
    return out


def _best(
    shares: dict[tuple[int, int], float],
) -> tuple[dict[int, list[float]], dict[int, list[float]]]:
    rows: dict[int, list[float]] = defaultdict(list)
    cols: dict[int, list[float]] = defaultdict(list)
    for (i, j), s in shares.items():
        rows[i].append(s)
        cols[j].append(s)
    for side in (rows, cols):
        for values in side.values():
            values.sort(reverse=True)
    return rows, cols


def pair_by_names(
    vecs: tuple[Vectors, Vectors],
    open_: tuple[Sequence[int], Sequence[int]],
    background: Background,
    score: Callable[[int, int], float],
    allowed: Callable[[int, int], bool],
) -> list[tuple[int, int, float]]:
    """Open pairs that cite the same names and figures in the same order, far beyond
    chance, with their standing (in spreads above the runner-ups' share)."""
    mine, theirs = _cited(vecs[0], open_[0]), _cited(vecs[1], open_[1])
    shares = _shares(mine.steps, theirs.steps)
    if not shares:
        return []
    everyone = _best(shares)
    runners = [v[1] for side in everyone for v in side.values() if len(v) > 1]
    chance = Background.from_values(runners, prior=NAMES_PRIOR)
    # Best and rival among the articles citing mostly the same figures: only those
    # could pair, and a near-copy for another figure is no rival.
    # A pair of which one article cites no figure has none in common (a Dice share of
    # 0): only pairs that both cite figures are counted, most of a long text's not.
    olds = {i for i, found in mine.figures.items() if found}
    news = {j for j, found in theirs.figures.items() if found}
    alike = {
        key: s
        for key, s in shares.items()
        if key[0] in olds
        and key[1] in news
        and _dice(mine.figures[key[0]], theirs.figures[key[1]]) > FIGURES_ALIKE
    }
    rows, cols = _best(alike)
    found = []
    for (i, j), s in alike.items():
        row, col = rows[i], cols[j]
        if s <= MOST_NAMES or s < row[0] or s < col[0]:
            continue
        rival = max(row[1] if len(row) > 1 else 0.0, col[1] if len(col) > 1 else 0.0)
        if s - rival < NAMES_MARGIN or chance.z(s) < NAMES_Z or not allowed(i, j):
            continue
        shorter, longer = sorted((mine.weight[i], theirs.weight[j]))
        if shorter < ALIKE_LENGTH * longer:
            continue
        if _parties_alike(mine.parties[i], theirs.parties[j], vecs[0]) < PARTIES_ALIKE:
            continue
        if background.z(score(i, j)) >= NEAR_Z:
            found.append((i, j, chance.z(s)))
    return found
