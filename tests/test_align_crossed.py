"""An article moved into an annex (or out of one) keeps its words: it is the same
text, renumbered, not one removed and another added."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

MEMO = """\
1. Scope

   This note sets out how the ferry timetable is published each season.

2. Format

   The timetable is a table of sailings, one line for each crossing.

3. Thanks

   The harbour office thanks the crews, the ticket clerks and the pilots
   of the northern route for checking every sailing time against the log.

Appendix A. Sample

   A sample timetable line reads: 07:10 North Quay to Island Pier.
"""

MOVED = """\
1. Scope

   This note sets out how the ferry timetable is published each season.

2. Format

   The timetable is a table of sailings, one line for each crossing.

Appendix A. Sample

   A sample timetable line reads: 07:10 North Quay to Island Pier.

Appendix B. Thanks

   The harbour office thanks the crews, the pilots and the ticket clerks
   of the northern route for checking every sailing time against the log.
"""


def test_a_section_moved_into_an_appendix_is_paired_as_renumbered():
    """The sections and the appendices were paired each among their own kind, so
    "3. Thanks" read as removed and "Appendix B. Thanks" as added."""
    cmp = compare(make_document(MEMO), make_document(MOVED))
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))): p for p in cmp.pairs
    }
    moved = pairs[(("3",), ("B",))]
    assert moved.renumbered and moved.similarity > 0.8
    assert not cmp.added and not cmp.removed
    # and back again: an appendix taken into the body
    back = compare(make_document(MOVED), make_document(MEMO))
    assert [
        (back.label_of("old", p.old), back.label_of("new", p.new))
        for p in back.pairs
        if p.renumbered
    ] == [(["B"], ["3"])]
