"""Lettered appendices after numbered sections are sections of their own."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

CHARTER = """1. Purpose

This charter says how the rowing club decides.

2. Crew

2.1. Duties

The crew keeps the boats in order.

2.2. Meetings

The crew meets every month.

3. Captain

3.1. Duties

The captain sets the course.

3.2. Meetings

The captain meets the crew before a race.

A. Elections

These rules apply to every election.

A.1. Counting

Ballots are counted {how}.

B. Words

Shall means a duty.
"""


def test_lettered_appendices_after_numbered_sections_are_sections_of_their_own() -> None:
    old = make_document(CHARTER.format(how="by a show of hands"), "old")
    new = make_document(CHARTER.format(how="in secret by the secretary"), "new")
    labels = [s.label for s in old.segments]
    assert labels[-3:] == ["A. Elections", "A.1. Counting", "B. Words"], labels
    cmp = compare(old, new)
    changed = [cmp.label_of("old", p.old) for p in cmp.pairs if p.changes]
    assert changed == [["A.1. Counting"]]


def test_a_lettered_list_item_with_a_sentence_stays_in_its_section() -> None:
    text = CHARTER.split("A. Elections")[0].format() + (
        "B. The crew may also meet when the captain calls it.\n\n"
        "C. The captain calls it in writing.\n"
    )
    labels = [s.label for s in make_document(text, "one").segments]
    assert labels[-1] == "3.2", labels
