"""A pair that keeps its number between neighbours that keep theirs is never shown
as unlikely.

In a French treaty whose articles differ by a word or two ("… concernant les
minorités dans un délai de trente jours …"), Art. 4 → Art. 4, one figure changed,
was shown at 13 % and Art. 9 → Art. 9 at 16 %: other articles of the same formula
read nearly as much like them, but the place of each said which it was.
"""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.align import align
from treatyviewer.io.readers import read_document

WALK = Path(__file__).parent / "walk_pairs"


def test_same_numbered_pairs_in_place_are_offered_at_the_kept_number_level() -> None:
    old = read_document(str(WALK / "treaty-fr-old.txt"))
    new = read_document(str(WALK / "treaty-fr-new.txt"))
    links = {
        (old.segments[lk.old[0]].label, new.segments[lk.new[0]].label): lk.confidence
        for lk in align(old, new).links
        if len(lk.old) == len(lk.new) == 1
    }
    assert links[("4", "4")] >= 0.6 and links[("9", "9")] >= 0.6
    assert min(links.values()) >= 0.6, links
