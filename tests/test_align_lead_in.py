"""A paragraph with a list cut into one paragraph per item, each repeating the
lead-in (as resolutions are often redrafted): the second paragraph is a part of
the split, though most of its words are the lead-in its sibling already holds."""

from __future__ import annotations

from pathlib import Path

from alignment_score import predicted
from treatyviewer.core.comparison import compare
from treatyviewer.io.readers import read_document

HERE = Path(__file__).parent / "related_pairs"


def test_items_given_a_paragraph_each_with_the_lead_in_are_a_split() -> None:
    old = read_document(HERE / "lead-in-old.txt")
    new = read_document(HERE / "lead-in-new.txt")
    got = predicted(compare(old, new))
    # 3 (with items (a) and (b), the second of four words) → 3 + 4; the rest keep
    # their wording and move down one number.
    assert ("link", ("3",), ("3", "4")) in got
    assert not {kind for kind, *_ in got} & {"added", "removed"}
    assert ("link", ("4",), ("5",)) in got and ("link", ("6",), ("7",)) in got
