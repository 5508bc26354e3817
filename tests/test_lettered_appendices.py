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


def _convention(appendices: str) -> str:
    return (
        "Article I\n\nFor the purpose of this Convention, a vessel is any craft afloat.\n\n"
        "Article II\n\nAppendix I lists the craft that may not enter the estuary.\n\n"
        "Article III\n\nThe Parties shall keep the channel clear.\n\n"
        "IN WITNESS WHEREOF the undersigned have signed this Convention.\n\n" + appendices
    )


OLD_APPENDICES = _convention(
    "Appendix I\n\nBarges Lighters Hulks\n\n"
    "Appendix II\n\nRafts Floats Pontoons\n\n"
    "Appendix IV\n\nThe form of the permit.\n"
)
NEW_APPENDICES = _convention(
    "Appendices I, II and III\n\nvalid from 5 February 2015\n\n"
    "Barges Lighters Hulks Rafts Floats Pontoons Dredgers\n\n"
    "Appendix IV\n\nThe form of the permit.\n"
)


def test_one_heading_over_several_appendices_heads_them_all() -> None:
    """ "Appendices I, II and III" heads one annex that took the place of two: the
    two earlier appendices merged into it, not struck out beside a closing that
    grew by their lists (the convention on trade in wild species, 2015)."""
    doc = make_document(NEW_APPENDICES)
    annexes = [(s.label, s.kind.value) for s in doc.segments][-2:]
    assert annexes == [("I, II and III", "annex"), ("IV", "annex")]
    cmp = compare(make_document(OLD_APPENDICES), doc)
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("Appendix I", "Appendix II"), ("I, II and III",)) in pairs
    assert not cmp.removed and not cmp.added


def test_appendices_rewritten_whole_merge_into_the_heading_that_lists_them() -> None:
    """Lists replaced wholesale share no word with what they replaced; the heading
    that names the old appendices' numbers still says what became of them. Read
    the other way, the one appendix splits into those it listed."""
    old = _convention(
        "Appendix I\n\nBarges Lighters Hulks\n\n"
        "Appendix II\n\nRafts Floats Pontoons\n\n"
        "Appendix III\n\nCanoes Skiffs\n\n"
        "Appendix IV\n\nThe form of the permit.\n"
    )
    new = _convention(
        "Appendices I, II and III\n\nTugs Dredgers Ferries Tenders Launches\n\n"
        "Appendix IV\n\nThe form of the permit.\n"
    )
    cmp = compare(make_document(old), make_document(new))
    merged = [p for p in cmp.pairs if len(p.old) > 1]
    assert [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in merged] == [
        (["Appendix I", "Appendix II", "Appendix III"], ["I, II and III"])
    ]
    assert not cmp.removed and not cmp.added
    back = compare(make_document(new), make_document(old))
    split = [p for p in back.pairs if len(p.new) > 1]
    assert [back.label_of("new", p.new) for p in split] == [
        ["Appendix I", "Appendix II", "Appendix III"]
    ]
