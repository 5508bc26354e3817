"""Families harder than those the benchmark holds to its bars, written once those passed.

Inflected Turkish edited by a quarter and moved, runs of struck-out and new articles
with edited moves across them, and protocol articles edited and moved among their
near-copies (found by the names and figures they cite), and articles moved and
reworded in a text whose citations were renumbered with their articles pass. Some cases are pairs (of
any family) where a removed and an added article were once paired by chance."""

from __future__ import annotations

import pytest

from test_align import assert_bars_held

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
    ("protocol-moves", 300, 202),
    # Articles moved far and edited by a fifth among 2,000 that keep a quarter of
    # their words in common runs in every third, yet stand out of the open articles
    # less than the usual bar asks.
    ("protocol-moves", 2000, 202),
    # Articles moved and reworded among near-copies that cite the same names in the
    # same order, for the same state, and differ only by a figure.
    ("protocol-moves", 2000, 101),
    # Articles moved far and reworded by nearly a third in formula-built text whose
    # citations follow the renumbering ("as provided in Article 12" now cites 15): read
    # with their old numbers, they stood too little out of the open articles.
    ("cross-referenced", 300, 6),
    ("cross-referenced", 800, 4),
    # A law amended in place, half its articles word for word one of three stock
    # articles: copies paired off their numbers had left runs of edited copies open.
    ("amended", 300, 3),
    ("amended", 40, 1),
]


@pytest.mark.parametrize(("family", "articles", "seed"), CASES)
def test_harder_family_is_aligned_to_its_truth(family: str, articles: int, seed: int):
    assert_bars_held(family, articles, seed)
