"""Reading a split or merged part in order: the runs of words it shares with its
counterpart are exactly those difflib finds, however they are found."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core.align_order import long_blocks, ordered_share

# A few words, so that runs in common, repeats and ties between equally long runs
# are the rule rather than the exception.
words = st.lists(st.sampled_from(["the", "parties", "shall", "frontier", "Kars", ""]), max_size=60)


def _difflib_blocks(a: list[str], b: list[str], least: int) -> list[tuple[int, int, int]]:
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sorted((m.a, m.b, m.size) for m in blocks if m.size >= least)


@given(words, words, st.integers(min_value=1, max_value=4))
def test_long_blocks_are_difflibs_long_blocks(a: list[str], b: list[str], least: int) -> None:
    assert sorted(long_blocks(a, b, least)) == _difflib_blocks(a, b, least)


def test_longest_run_first_then_the_earliest() -> None:
    # Two runs of three in common: difflib takes the one earlier in ``a``, and the
    # later one then no longer fits beside it in ``b``.
    a = ["x", "y", "z", "q", "x", "y", "z"]
    b = ["x", "y", "z"]
    assert long_blocks(a, b) == [(0, 0, 3)] == _difflib_blocks(a, b, 3)


def test_a_part_that_continues_the_counterpart_reads_in_order() -> None:
    head = ["the", "parties", "agree", "that", "the", "frontier", "shall", "follow"]
    part = ["the", "river", "to", "the", "sea"]
    whole, held = head + part, [head]
    assert ordered_share(whole, held, part) == 1.0
    # The same words scattered out of order share no run.
    assert ordered_share(whole, held, ["sea", "the", "to", "river", "the"]) == 0.0
