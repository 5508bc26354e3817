"""Families harder than those the benchmark holds to its bars, written once those passed.

Inflected Turkish edited by a quarter and moved already passes; protocol articles edited
and moved among their near-copies, and runs of struck-out and new articles with edited
moves across them, do not yet: their tests say what was measured and fail once fixed."""

from __future__ import annotations

import pytest

from alignment_score import score
from synthetic import family_pair
from test_align import links_of, run


def _bars_held(family: str, articles: int, seed: int) -> None:
    pair = family_pair(family, articles, seed)
    cmp = run(pair)
    result = score(pair, cmp)
    wrong = sorted(links_of(cmp) ^ pair.links)[:6]
    assert result.precision >= 0.995, wrong
    assert result.recall >= 0.99, wrong
    assert result.added_f1 >= 0.98, (sorted(pair.added), cmp.label_of("new", cmp.added))
    assert result.removed_f1 >= 0.98, (sorted(pair.removed), cmp.label_of("old", cmp.removed))


@pytest.mark.parametrize("seed", [11, 12])
def test_heavily_edited_and_moved_turkish_is_aligned_to_its_truth(seed: int):
    _bars_held("turkish-heavy", 40, seed)


@pytest.mark.xfail(
    strict=True,
    reason="measured P 0.972, R 1.0, added F1 0.94, removed F1 0.92: removed Art. 40 is "
    "paired with added Art. XLIV (confidence 0.94), both of one state's templates",
)
def test_protocol_articles_moved_among_their_near_copies_are_aligned_to_their_truth():
    _bars_held("protocol-moves", 40, 101)


@pytest.mark.xfail(
    strict=True,
    reason="measured P 0.968, R 1.0, added F1 0.92, removed F1 0.96: struck-out Art. 31 "
    "is taken to be split into two new articles of the run beside it (confidence 0.05)",
)
def test_runs_of_new_articles_beside_struck_out_ones_are_aligned_to_their_truth():
    _bars_held("crowded-runs", 40, 202)
