"""A second reading of the last stage's close calls: the words two articles keep in order.

The last stage (``align_unpaired``) pairs two open articles by the share of
their words that lie in runs in common. In a text built of a few formulas an
unrelated article may share runs with an article nearly as well as its moved
and reworded counterpart does: both hold the formulas' runs, and an edit every
third word breaks the counterpart's runs. The pair is then each one's best, yet
by too short a margin, or it stands just short of the bar, and it comes out
removed and added. Read whole, the two still differ: the counterpart keeps most
of the article's words in their order (its longest common subsequence), from
its parties to its dates, while the unrelated article keeps the formulas and
loses what they are said of. That share is measured here against the same share
between each open article and its runner-up match, and a pair passes when it
stands far out on it and far ahead of every close rival of either article.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .align_attach import combined_z
from .align_decide import Background
from .align_order import kept_share

Ranked = Mapping[int, Sequence[tuple[float, int]]]
"""Each open article's scores with the open articles of the other text, best first."""


class KeptOrder:
    """The words open pairs keep in order, against those of runner-up pairs."""

    PRIOR = (0.4, 0.1)
    """Share of words kept in order assumed for unrelated articles before any is measured
    (formula-built articles keep about two in five by chance; the spread is generous)."""

    def __init__(
        self,
        words: tuple[Callable[[int], Sequence[str]], Callable[[int], Sequence[str]]],
        rows: Ranked,
        cols: Ranked,
    ) -> None:
        self.words = words
        self.rows = rows
        self.cols = cols
        self.shares: dict[tuple[int, int], float] = {}
        self._chance: Background | None = None

    def share(self, i: int, j: int) -> float:
        found = self.shares.get((i, j))
        if found is None:
            found = self.shares[(i, j)] = self.measure(self.words[0](i), self.words[1](j))
        return found

    def measure(self, a: Sequence[str], b: Sequence[str]) -> float:
        """The reading of two articles' words, higher for a likelier pair."""
        return kept_share(a, b)[0]

    @property
    def chance(self) -> Background:
        """Measured on first use, over every open article's runner-up match."""
        if self._chance is None:
            runners = [self.share(i, row[1][1]) for i, row in self.rows.items() if len(row) > 1]
            runners += [self.share(col[1][1], j) for j, col in self.cols.items() if len(col) > 1]
            self._chance = Background.from_values(runners, prior=self.PRIOR)
        return self._chance

    def standing(self, i: int, j: int, close: float, least: float, margin: float) -> float | None:
        """The standing of pair (i, j) on words kept in order (Stouffer's sum of how far
        it stands above chance and ahead of its rivals), when it is at least ``least``
        and ahead of every rival by ``margin`` spreads at least; else None. Rivals are
        each article's runner-up and every other candidate scoring ``close`` or more."""
        rivals = [
            (i, y) for k, (v, y) in enumerate(self.rows[i]) if y != j and (k < 2 or v >= close)
        ]
        rivals += [
            (x, j) for k, (v, x) in enumerate(self.cols[j]) if x != i and (k < 2 or v >= close)
        ]
        chance = self.chance
        kept = self.share(i, j)
        best_rival = max((self.share(*r) for r in rivals), default=chance.centre)
        ahead = (kept - best_rival) / chance.spread
        standing = combined_z(chance.z(kept), ahead)
        return standing if ahead >= margin and standing >= least else None
