"""Families harder than those the benchmark holds to its bars, written once those passed.

Inflected Turkish edited by a quarter and moved, and runs of struck-out and new articles
with edited moves across them, pass; protocol articles edited and moved among their
near-copies are found by the names and figures they cite, but where a new article
repeats an old one's clause word for word they do not pass yet: their case says what
was measured and fails once fixed. Some cases are pairs (of any family) where a removed
and an added article were once paired by chance."""

from __future__ import annotations

import pytest

from test_align import assert_bars_held

NOT_YET = (
    pytest.param(
        "protocol-moves", 300, 202,
        marks=pytest.mark.xfail(strict=True, reason=(
            "measured P 0.996, R 0.996, added F1 0.955, removed F1 1.0: old Art. 244 (one "
            "clause) pairs with a new article that repeats it word for word and adds "
            "a second, not with its own version reworded far away")),
    ),
)  # fmt: skip


CASES = [
    ("turkish-heavy", 40, 11),
    ("turkish-heavy", 40, 12),
    # An added article next to a removed one took most of its formulas from it, and
    # the two are the only open articles between their neighbours' pairs.
    ("turkish-heavy", 40, 505),
    ("protocol-moves", 40, 404),
    # A removed and an added article of two states, each other's best, share only the
    # protocol's formulas ("the Government", "this Protocol") and a common figure.
    ("protocol", 40, 202),
    ("crowded-runs", 40, 202),
    *NOT_YET,
]


@pytest.mark.parametrize(("family", "articles", "seed"), CASES)
def test_harder_family_is_aligned_to_its_truth(family: str, articles: int, seed: int):
    assert_bars_held(family, articles, seed)
