"""Runs of next-door articles that one article of the other text holds, in order.

A chapter of numbered paragraphs made into one article of the same paragraphs (a
draft's "Principles: 1. … 6." become "Article 2", its paragraphs 1 to 7): each
paragraph is a small share of the article, so none pairs with it alone, and the
split-and-merge stage (``align_attach``) has no pair to join the others to. Read
the other way round, each paragraph is held nearly whole by the article, far
more than by unrelated articles, and the paragraphs follow one another there in
their old order. Such a run of open next-door articles, held so by one open
article of the same gap between order-keeping pairs, is a merge (a split the
other way round).

Formula-built texts share much wording everywhere, so a run must pass every test:
each part stands far above its own yardstick and has the whole among the homes
of its matter; the parts together hold the whole's matter beyond chance; and read
one after another, the parts are found in the whole in runs of words in their
order (an article that only borrows the formulas of its neighbours matches them
in scattered words, and out of order).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import not_

from .align_attach import CLEAR_Z, Aligner, Joined, combined_z, yardstick
from .align_decide import NEAR_Z
from .align_features import Vector, Vectors, containment, same_containment, weighty
from .align_gaps import _gaps
from .align_order import ORDERED_SHARE, long_blocks, words_of

PART_Z = CLEAR_Z
"""Standing above its yardstick (``align_attach.yardstick``) at which the whole holds
a part: the bar a leftover must clear to join a pair across another article."""
PART_SHARE = 0.3
"""Least share of a part's weight that the whole holds, below which it is not weighed."""
PART_READ = 0.25
"""Least share of each part's words found, in order, in the whole: a paragraph
reworded where it stood keeps a few runs ("every assistance in any action")..."""
RUN_READ = ORDERED_SHARE
"""...and the least share of all the parts' words found so, as a merged part's."""
WHOLE_Z = NEAR_Z
"""Standing above its yardstick at which the parts together hold the whole's matter."""
GAP_CELLS = 40_000
"""Open pairs in a gap beyond which it is left alone (cost bound)."""


@dataclass(frozen=True)
class PartRun:
    """A run found: the parts (next-door articles of one text) and the whole (an
    article of the other), whether the parts are new (a split), each part's standing,
    the run's standing and the share of its words read in order in the whole."""

    parts: tuple[int, ...]
    whole: int
    split: bool
    standings: tuple[float, ...]
    standing: float
    read: float

    @property
    def core(self) -> tuple[int, int]:
        """The pair the run grows from: its part held best."""
        main = self.parts[max(range(len(self.parts)), key=self.standings.__getitem__)]
        return (self.whole, main) if self.split else (main, self.whole)


def read_in_order(whole: Sequence[str], parts: Sequence[Sequence[str]]) -> list[int]:
    """How many words of each part are found in ``whole`` in runs, the parts read
    one after another (no run crosses from one part into the next)."""
    seq: list[str] = []
    owner: list[int] = []
    for m, words in enumerate(parts):
        if m:
            seq.append("")  # no word is empty: a run stops here
            owner.append(-1)
        seq.extend(words)
        owner.extend([m] * len(words))
    found = [0] * len(parts)
    for _, b, size in long_blocks(whole, seq):
        for x in range(b, b + size):
            found[owner[x]] += 1
    return found


class _Side:
    """One direction of the search: parts of ``mine``, wholes of ``theirs``."""

    def __init__(self, a: Aligner, split: bool) -> None:
        self.a = a
        self.split = split
        self.mine: Vectors = a.new_vecs if split else a.old_vecs
        self.theirs: Vectors = a.old_vecs if split else a.new_vecs
        self.n_mine = len(a.new_segs if split else a.old_segs)
        self.n_theirs = len(a.old_segs if split else a.new_segs)

    def allowed(self, part: int, whole: int) -> bool:
        return self.a.allowed(whole, part) if self.split else self.a.allowed(part, whole)

    def held(self, part: int, whole: int) -> float:
        """Standing of the share of ``part`` that ``whole`` holds, against what the
        articles of the whole's text away from it hold (-inf below ``PART_SHARE``)."""
        share = same_containment(self.mine[part], self.theirs.features(whole))
        if share < PART_SHARE:
            return -math.inf
        ruler = yardstick(
            self.mine[part],
            self.theirs.features,
            self.n_theirs,
            {whole - 1, whole, whole + 1},
            kept=True,
        )
        return ruler.z(share)

    def at_home(self, part: int, whole: int) -> bool:
        """Whether no other article of the whole's text holds more of ``part``: a
        paragraph cut off with the heading and lead-in of the next chapter ("3. To
        share the cost…  CHAPTER II  DUTIES  In pursuit of these aims…") is held
        about as much by its own article as by the next one, and belongs to neither
        run. Only articles that hold enough of the part's weightier features can
        hold more (``weighty``), and only they are measured."""
        vector = self.mine[part]
        held = same_containment(vector, self.theirs.features(whole))
        squares, least = weighty(vector, held)
        key = frozenset(squares)
        wordings, holders_of = self.theirs.wordings(self.n_theirs)
        for k in compress(range(len(wordings)), map(not_, map(key.isdisjoint, wordings))):
            if sum(map(squares.__getitem__, key.intersection(wordings[k]))) <= least:
                continue
            if same_containment(vector, wordings[k]) <= held:
                continue
            if any(x != whole and self.allowed(part, x) for x in holders_of[k]):
                return False
        return True

    def whole_held(self, parts: Sequence[int], whole: int) -> float:
        """Standing of the share of ``whole``'s matter the parts together hold, against
        what as many articles' worth of the parts' text holds elsewhere."""
        vector: Vector = self.theirs[whole]
        union: set[str] = set().union(*(self.mine.features(k) for k in parts))
        skip = set(range(parts[0] - 1, parts[-1] + 2))
        ruler = yardstick(vector, self.mine.features, self.n_mine, skip)
        return ruler.z(containment(vector, union))

    def words(self, k: int, mine: bool) -> list[str]:
        return words_of((self.mine if mine else self.theirs).bodies[k])


def _runs(held: Sequence[int]) -> list[list[int]]:
    """Maximal runs of next-door indices among ``held`` (sorted), of two or more."""
    runs: list[list[int]] = []
    for k in held:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [r for r in runs if len(r) > 1]


def _weighed(side: _Side, run: list[int], whole: int, held: dict[int, float]) -> list[PartRun]:
    """The run as a merge into (or split of) ``whole`` if it reads so in order; a
    part that does not read so cuts the run, and the pieces are weighed again."""
    words = side.words(whole, mine=False)
    found = read_in_order(words, [side.words(k, mine=True) for k in run])
    sizes = [len(side.words(k, mine=True)) for k in run]
    weak = [m for m, (f, n) in enumerate(zip(found, sizes, strict=True)) if f < PART_READ * n]
    if weak:
        cuts = [-1, *weak, len(run)]
        return [
            made
            for lo, hi in pairwise(cuts)
            if hi - lo > 2
            for made in _weighed(side, run[lo + 1 : hi], whole, held)
        ]
    read = sum(found) / max(1, sum(sizes))
    if read < RUN_READ:
        return []
    whole_z = side.whole_held(run, whole)
    if whole_z < WHOLE_Z:
        return []
    standings = tuple(combined_z(held[k], whole_z) for k in run)
    return [PartRun(tuple(run), whole, side.split, standings, min(standings), read)]


def _in_gap(side: _Side, parts: list[int], wholes: list[int]) -> list[PartRun]:
    """Every run of ``parts`` that one of ``wholes`` holds in order."""
    found: list[PartRun] = []
    open_parts = set(parts)
    lonely = {k for k in parts if k - 1 not in open_parts and k + 1 not in open_parts}
    for whole in wholes:
        held: dict[int, float] = {}
        for k in parts:
            if k in lonely or not side.allowed(k, whole):
                continue
            z = side.held(k, whole)
            if z >= PART_Z and side.at_home(k, whole):
                held[k] = z
        for run in _runs(sorted(held)):
            found.extend(_weighed(side, run, whole, held))
    return found


def part_runs(a: Aligner, anchors: Sequence[tuple[int, int]], joined: Joined) -> list[PartRun]:
    """The runs of open articles of each gap between ``anchors`` that an open article
    of the same gap holds in order, none sharing an article, the surest first.
    Articles that already joined a pair as parts (``joined``) are not open."""
    split_parts, merged_parts = joined
    found: list[PartRun] = []
    for olds_range, news_range in _gaps(anchors, len(a.old_segs), len(a.new_segs)):
        olds = [i for i in olds_range if i not in a.old_partner and i not in merged_parts]
        news = [j for j in news_range if j not in a.new_partner and j not in split_parts]
        if len(olds) < 1 or len(news) < 1 or len(olds) * len(news) > GAP_CELLS:
            continue
        found += _in_gap(_Side(a, split=False), olds, news)
        found += _in_gap(_Side(a, split=True), news, olds)
    chosen: list[PartRun] = []
    used: set[tuple[bool, int]] = set()
    for run in sorted(found, key=lambda r: (-r.standing, r.split, r.parts)):
        keys = {(not run.split, run.whole), *((run.split, k) for k in run.parts)}
        if used.isdisjoint(keys):
            used |= keys
            chosen.append(run)
    return chosen
