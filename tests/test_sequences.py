"""Small sequence algorithms: the aligner's median gives what the standard library's does."""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core.sequences import median

scores = st.lists(st.floats(min_value=-2.0, max_value=2.0, allow_nan=False), min_size=1)


@given(scores)
def test_median_is_the_standard_median(values: list[float]):
    assert median(values) == statistics.median(values)


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert median([0.4, 0.1, 0.3, 0.2]) == 0.25
    assert median([0.3, 0.1, 0.2]) == 0.2
