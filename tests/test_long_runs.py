"""Runs of words two long articles share, found without difflib's quadratic search.

Two texts read as a few huge paragraphs (a law whose article word was not known, so
it was cut at its blank lines) made the aligner spend minutes in difflib; the runs
now come from a word diff, which must find what difflib found."""

from __future__ import annotations

import itertools
import random
from difflib import SequenceMatcher

from treatyviewer.core.align_mutual import common_runs
from treatyviewer.core.align_order import DIRECT_CELLS, RUN, long_blocks

_SENTENCE = (
    "the competent authority shall within thirty days inform the applicant in writing "
    "of any decision taken under this article and of the remedies available"
)
FORMULAS = _SENTENCE.split()


def _long_pair(seed: int) -> tuple[list[str], list[str]]:
    """Two versions of a long formulaic passage: words replaced, runs cut out, new
    runs put in, as an amended law reads."""
    rng = random.Random(seed)
    old = [rng.choice(FORMULAS) if rng.random() < 0.7 else f"w{rng.randrange(400)}"
           for _ in range(1500)]  # fmt: skip
    new = list(old)
    for _ in range(40):
        k = rng.randrange(len(new) - 10)
        what = rng.random()
        if what < 0.4:
            new[k] = f"x{rng.randrange(50)}"
        elif what < 0.7:
            del new[k : k + rng.randrange(1, 6)]
        else:
            new[k:k] = [f"y{rng.randrange(50)}" for _ in range(rng.randrange(1, 6))]
    return old, new


def _difflib_share(a: list[str], b: list[str]) -> float:
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return 2 * sum(size for *_, size in blocks if size >= RUN) / (len(a) + len(b))


def test_long_articles_share_what_difflib_finds() -> None:
    for seed in range(3):
        old, new = _long_pair(seed)
        assert len(old) * len(new) > DIRECT_CELLS  # the word-diff path is the one tried
        share, longest = common_runs(old, new)
        assert abs(share - _difflib_share(old, new)) < 0.02
        blocks = SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
        assert longest == max(size for *_, size in blocks)


def test_long_blocks_are_runs_both_texts_hold_in_order() -> None:
    old, new = _long_pair(7)
    blocks = sorted(long_blocks(old, new))
    assert blocks and all(size >= RUN for *_, size in blocks)
    assert all(old[i : i + k] == new[j : j + k] for i, j, k in blocks)
    assert all(b[0] >= a[0] + a[2] and b[1] >= a[1] + a[2] for a, b in itertools.pairwise(blocks))
