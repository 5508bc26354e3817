"""Families harder than those the benchmark holds to its bars, written once those passed.

Inflected Turkish edited by a quarter and moved already passes; protocol articles edited
and moved among their near-copies, and runs of struck-out and new articles with edited
moves across them, do not yet: their cases say what was measured and fail once fixed."""

from __future__ import annotations

import pytest

from test_align import assert_bars_held

NOT_YET = (
    pytest.param(
        "protocol-moves", 101,
        marks=pytest.mark.xfail(strict=True, reason=(
            "measured P 0.972, R 1.0, added F1 0.94, removed F1 0.92: removed Art. 40 is "
            "paired with added Art. XLIV (confidence 0.94), both of one state's templates")),
    ),
    pytest.param(
        "crowded-runs", 202,
        marks=pytest.mark.xfail(strict=True, reason=(
            "measured P 0.968, R 1.0, added F1 0.92, removed F1 0.96: struck-out Art. 31 is "
            "taken to be split into two new articles of the run beside it (confidence 0.05)")),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("family", "seed"), [("turkish-heavy", 11), ("turkish-heavy", 12), *NOT_YET]
)
def test_harder_family_is_aligned_to_its_truth(family: str, seed: int):
    assert_bars_held(family, 40, seed)
