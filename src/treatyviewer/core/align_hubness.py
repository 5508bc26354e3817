"""How alike an article is to everything, apart from how alike it is to one article.

In formula-built texts some articles (a long one, one made of the commonest
clauses) score well against every article of the other text. Such a hub would
pair with whatever is left over if its scores were read as they are. Each
article's typical score against its candidates other than its best match (and
that match's near-copies) is its own floor; a pair is judged by how far it
scores above the mean of its two articles' floors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .align_decide import beyond_copies
from .sequences import median

Scores = Mapping[tuple[int, int], float]


@dataclass(frozen=True)
class Hubness:
    """Each open article's floor (old articles by row, new ones by column); the
    median floor for an article that has none."""

    rows: dict[int, float] = field(default_factory=dict)
    cols: dict[int, float] = field(default_factory=dict)
    default: float = 0.0

    def adjusted(self, i: int, j: int, s: float) -> float:
        """The score less what the two articles score against everything."""
        return s - (self.rows.get(i, self.default) + self.cols.get(j, self.default)) / 2

    @classmethod
    def measure(
        cls,
        scores: Scores,
        paired: tuple[Mapping[int, int], Mapping[int, int]],
        bodies: tuple[Sequence[str], Sequence[str]],
    ) -> Hubness:
        """The floors of the articles not ``paired`` yet (old → new, new → old),
        from the candidate ``scores``. Copies of one wording (``bodies`` of the old
        and the new text) count once: they are one rival, not many."""
        old_partner, new_partner = paired
        old_bodies, new_bodies = bodies
        rows: dict[int, dict[str, float]] = defaultdict(dict)
        cols: dict[int, dict[str, float]] = defaultdict(dict)
        for (i, j), s in scores.items():
            if i in old_partner or j in new_partner:
                continue
            rows[i][new_bodies[j]] = s
            cols[j][old_bodies[i]] = s
        row_floor = {i: _runner_mean(list(v.values())) for i, v in rows.items()}
        col_floor = {j: _runner_mean(list(v.values())) for j, v in cols.items()}
        everyone = list(row_floor.values()) + list(col_floor.values())
        return cls(row_floor, col_floor, median(everyone) if everyone else 0.0)


def _runner_mean(values: list[float]) -> float:
    """Mean score of an article's candidates other than its best and its best's
    near-copies (a text that repeats a section with small edits gives it many)."""
    rest = beyond_copies(sorted(values, reverse=True))
    return sum(rest) / len(rest) if rest else 0.0
