"""The look-up that finds each article's candidates by the rarer features it shares."""

from __future__ import annotations

import random
from collections import Counter

from treatyviewer.core.align_candidates import _band


def test_the_band_holds_the_features_two_to_top_open_articles_hold() -> None:
    """Read from a table of the counts there are, the band is what asking each count
    of the range gave: the same features, put in the same order (the order a set is
    built in decides the order of later sums over it)."""
    rng = random.Random(3)
    df = Counter({f"f{k}": rng.choice([1, 1, 1, 2, 3, 5, 8, 40, 41, 900]) for k in range(5000)})
    for top in (1, 2, 8, 40, 41, 2000):
        expected = frozenset(t for t, c in df.items() if 2 <= c <= top)
        band = _band(df, top)
        assert band == expected
        assert list(band) == list(expected)
    assert _band(Counter(), 10) == frozenset()
