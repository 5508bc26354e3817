"""A third reading of the last stage's close calls: whether two articles differ by
scattered edits or by whole phrases.

An article edited here and there differs from its source by single words swapped,
dropped or put in, spread over its length: between the words the two keep in
order, each stretch that only one of them holds is a word or two long. Two
articles that draw on the same formulas keep the formulas and differ by whole
phrases put in each other's place (who does what, on what, when): each stretch
between the words they keep is as long as a phrase. Where the runs in common
(``align_unpaired``) and the words kept in order (``align_kept``) leave a moved
and reworded article too short a margin over an article that borrows its formulas,
the mean length of those stretches, against that of runner-up pairs, still tells
the two apart; and a pair that the runs alone would make there, whose edits are no
more scattered than chance, is two articles of one formula. Measured on 63 formula-built texts in five languages made apart from
the test suite: of the close calls that were each one's best, the wrong ones stood
at most 1.2 spreads out on this reading and 1.3 ahead of their rivals; the right
ones left apart by the two other readings stood 4.3 to 5.4 out and 3.4 to 5.9 ahead.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from itertools import pairwise

from .align_kept import KeptOrder
from .align_order import kept_rows

PASSAGE = 8
"""Words of a stretch that only one article holds from which it reads as a passage
put in or struck out, which says nothing of how the rest was edited..."""
PASSAGE_SHARE = 0.25
"""...up to this share of the longer article: a clause added to a short article of
one formula, making it another article of that formula, is more than an edit."""


def kept_places(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int]]:
    """The places in ``a`` and in ``b`` of one longest common subsequence, in order.

    The rows of the bit-parallel count (``align_order.kept_rows``) are kept, one per
    item of ``b``: a zero bit ``k`` in the row after ``t`` items says that the
    subsequence grows at ``a[k]``, so its length up to any place is a count of bits,
    and the usual walk back from the ends needs no table of lengths."""
    if not a or not b:
        return []
    rows = kept_rows(a, b, every=True)

    def length(t: int, c: int) -> int:
        """Length of the longest common subsequence of ``b[:t]`` and ``a[:c]``."""
        return c - (rows[t] & ((1 << c) - 1)).bit_count()

    out = []
    t, c = len(b), len(a)
    while t and c:
        if a[c - 1] == b[t - 1]:
            t, c = t - 1, c - 1
            out.append((c, t))
        elif length(t - 1, c) >= length(t, c - 1):
            t -= 1
        else:
            c -= 1
    return out[::-1]


def stretch(a: Sequence[Hashable], b: Sequence[Hashable], passages: bool = False) -> float:
    """Mean number of words, of both articles together, in each stretch between two
    words they keep in order (or before the first, or after the last) that holds
    any: 0.0 for two equal articles. With ``passages``, a stretch that only one of
    them holds and that is as long as a sentence (``PASSAGE``) is left out."""
    places = [(-1, -1), *kept_places(a, b), (len(a), len(b))]
    longest = PASSAGE_SHARE * max(len(a), len(b)) if passages else 0.0
    sizes = [
        i1 - i0 - 1 + j1 - j0 - 1
        for (i0, j0), (i1, j1) in pairwise(places)
        if (i1 - i0 > 1 or j1 - j0 > 1)
        and not ((i1 - i0 == 1 or j1 - j0 == 1) and PASSAGE <= i1 - i0 + j1 - j0 - 2 <= longest)
    ]
    return sum(sizes) / len(sizes) if sizes else 0.0


class Scattered(KeptOrder):
    """How scattered the edits between open pairs are, against those of runner-up
    pairs: the less a pair's stretches between kept words hold, the higher it reads
    (the negated logarithm, on whose scale a phrase in place of a phrase lies several
    spreads from single words edited here and there)."""

    PRIOR = (-math.log(7.0), 0.25)
    """Runner-up pairs of formula-built articles differ by stretches of about six words."""

    def measure(self, a: Sequence[str], b: Sequence[str]) -> float:
        return -math.log1p(stretch(a, b))


class Passages(Scattered):
    """``Scattered``, with a sentence put in or struck out left out of the reading: an
    article moved and reworded that also gained a sentence still differs from its
    source by single words, while two articles of one formula differ by phrases put
    in each other's place, which both of them hold."""

    def measure(self, a: Sequence[str], b: Sequence[str]) -> float:
        return -math.log1p(stretch(a, b, passages=True))
