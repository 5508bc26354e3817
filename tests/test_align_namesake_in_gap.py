"""An article rewritten under its number beside a lettered article put in after it.

An amendment that keeps a text's numbers rewrites an article in place and puts
what it adds in a new lettered article beside it ("6A", "§ 5a", "7 bis"). The old
wording may live on more in the inserted article than in the rewritten one, yet
the reader looks for the old article under its number: between two pairs that
kept their numbers, an old article whose namesake is open beside it pairs with
that namesake, not with the inserted article that shares more of its words.
"""

from __future__ import annotations

from alignment_score import part_links
from related_excerpts import versions
from treatyviewer.core.align import align


def test_an_article_rewritten_in_place_keeps_its_number_beside_an_inserted_one() -> None:
    """Constitution of Indonesia, chapters I to VI, as of 1945 and after the four
    amendments. Pasal 18 (regions, and the rights of the special regions) is
    rewritten in place; 18A and 18B are put in after it, and 18B on the special
    regions holds more of the old words than the new 18 does. Pasal 18 had been
    reported rewritten as 18B, the new 18 added."""
    old, new = versions("uud-{}-excerpt.txt", 1945, 2002)
    links = set(part_links(old, new, align(old, new)))
    assert (("18",), ("18",)) in links
    assert (("6",), ("6",)) in links
    added = {new.segments[j].label for j in range(len(new.segments))} - {
        label for _, news in links for label in news
    }
    assert {"18A", "18B", "6A"} <= added
