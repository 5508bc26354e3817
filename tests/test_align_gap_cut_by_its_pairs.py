"""A pair made in a gap cuts it in two, as the pairs around the gap do.

How many homes of its matter a pair needs depends on how many chances the gap
gives: in a gap of many open articles one pair or another shares words by chance.
Once a clear pair is made there, the articles left on either side of it meet only
each other; the bars are then theirs, not the whole gap's.
"""

from __future__ import annotations

from alignment_score import part_links
from related_excerpts import versions
from treatyviewer.core.align import align


def test_the_article_after_a_gaps_pair_is_measured_in_its_own_gap() -> None:
    """Council Regulation (EC) No 44/2001 and its recast, Regulation (EU) No
    1215/2012, chapters III to VIII, in French. Articles 62 to 64 (transitional
    rules for some member states) are struck out; 65 is rewritten and 66, the
    transitional article, recast under its number. Between the pairs 61 -> 64 and
    67 -> 67 the gap held four old articles and two new ones; once 65 -> 65 was
    made, 66 and 66 were all that was left, but had been asked for the two homes of
    a gap of eight chances, and were reported removed and added."""
    old, new = versions("brussels-i-{}-fr-iii-viii.txt", 2001, 2012)
    links = set(part_links(old, new, align(old, new)))
    assert {(("65",), ("65",)), (("66",), ("66",)), (("67",), ("67",))} <= links
