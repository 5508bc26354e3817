"""Real licence texts every Debian system ships: numbered sections, their points,
unnumbered headings, and section-by-section alignment checked against truth
tables written from reading both versions.

The texts are read from /usr/share/common-licenses (base-files) and never copied
into the repository. GPL-1 → GPL-2, LGPL-2 → LGPL-2.1 and GFDL-1.2 → GFDL-1.3 are
kept aside for independent checks and are not used here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.parts import unit_part_pairs
from treatyviewer.core.segment import make_document
from treatyviewer.core.xrefs import compare_references

LICENCES = Path("/usr/share/common-licenses")
needs_licences = pytest.mark.skipif(
    not (LICENCES / "GPL-3").exists(), reason="the system's licence texts are not installed"
)


def _doc(name: str) -> Document:
    return make_document((LICENCES / name).read_text(encoding="utf-8"), source=name)


def _links(old: Document, new: Document) -> set[tuple]:
    cmp = compare(old, new)
    links = {("link", tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new)))
             for p in cmp.pairs}  # fmt: skip
    return (
        links
        | {("added", label) for label in cmp.label_of("new", cmp.added)}
        | {("removed", label) for label in cmp.label_of("old", cmp.removed)}
    )


def _f1(want: set[tuple], got: set[tuple]) -> float:
    hits = len(want & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def _truth(
    links: list[tuple[str, str | tuple[str, ...]]], added: list[str], removed: list[str]
) -> set[tuple]:
    return (
        {("link", (o,), n if isinstance(n, tuple) else (n,)) for o, n in links}
        | {("added", n) for n in added}
        | {("removed", o) for o in removed}
    )


TERMS_2 = (
    "GNU GENERAL PUBLIC LICENSE TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION"
)
HOW_TO = "How to Apply These Terms to Your New Programs"
END = "END OF TERMS AND CONDITIONS"
# From reading both texts: each GPL-2 section and the GPL-3 sections that carry
# its provisions on. GPL-2 § 0 split: its definitions went to GPL-3 § 0, its
# paragraph on running the Program and its output to § 2 (Basic Permissions).
# GPL-3 § 1, 3, 7, 11, 13 and 17 are new; GPL-2 § 8 (the geographical limitation)
# and § 10 (asking the author) have no successor.
GPL_TRUTH = _truth(
    [("title", "title"), ("preamble", "preamble"), (TERMS_2, "TERMS AND CONDITIONS"),
     ("0", ("0", "2")), ("1", "4"), ("2", "5"), ("3", "6"), ("4", "8"), ("5", "9"), ("6", "10"),
     ("7", "12"), ("9", "14"), ("11", "15"), ("12", "16"), (END, END), (HOW_TO, HOW_TO)],
    added=["1", "3", "7", "11", "13", "17"],
    removed=["8", "10", "NO WARRANTY"],
)  # fmt: skip
# MPL-1.1 → MPL-2.0: Termination moved up (8 → 5), the disclaimers follow it, the
# version clause went to the end (6 → 10), Miscellaneous split: its venue and
# governing-law sentences became § 8 Litigation, the rest § 9. § 5, 10, 12 and
# 13 were dropped.
MPL_TRUTH = _truth(
    [("preamble", "preamble"), ("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("8", "5"),
     ("7", "6"), ("9", "7"), ("11", ("8", "9")), ("6", "10"), ("A", "A")],
    added=["B"],
    removed=["5", "10", "12", "13"],
)  # fmt: skip


@needs_licences
def test_gpl2_sections_points_and_unnumbered_headings():
    doc = _doc("GPL-2")
    assert [s.label for s in doc.segments] == [
        "title", "preamble", TERMS_2, *[str(n) for n in range(11)], "NO WARRANTY", "11", "12",
        END, HOW_TO,
    ]  # fmt: skip
    two = doc.by_label("2")
    assert two.display_name() == "2."  # named as printed, not "§ 2"
    assert [p.key for p in two.parts] == ["a)", "b)", "c)"]  # as printed, not "(a)"
    # A point ends where the text steps back to the section's margin.
    assert (
        doc.text[two.parts[-1].start : two.parts[-1].end]
        .rstrip()
        .endswith("is not required to print an announcement.)")
    )
    assert "13 numbered sections (0–12)" in doc.structure
    assert doc.by_label("NO WARRANTY").kind is SegmentKind.HEADING


@needs_licences
def test_a_sentence_opening_with_a_number_does_not_cut_gpl3():
    """GPL-3 § 5 (b) wraps "... under section\\n    7.  This requirement ..."."""
    doc = _doc("GPL-3")
    units = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert units == [str(n) for n in range(18)]
    assert [p.key for p in doc.by_label("5").parts] == ["a)", "b)", "c)", "d)"]
    assert [p.key for p in doc.by_label("7").parts] == [f"{c})" for c in "abcdef"]


@needs_licences
def test_mpl_dotted_parts_nest_under_their_section():
    old, new = _doc("MPL-1.1"), _doc("MPL-2.0")
    assert [s.label for s in old.segments if s.kind is SegmentKind.ARTICLE] == [
        str(n) for n in range(1, 14)
    ]
    keys = [p.key for p in old.by_label("1").parts]
    assert keys[:3] == ["1.0.1", "1.1", "1.2"] and "1.8.1" in keys and "1.10.1" in keys
    assert [p.key for p in old.by_label("3").parts][3:7] == ["3.4", "3.4(a)", "3.4(b)", "3.4(c)"]
    nested = {p.key: p for p in old.by_label("2").parts}
    assert (
        nested["2.1(a)"].level == 2
        and old.by_label("2").parts[nested["2.1(a)"].parent or 0].key == "2.1"
    )
    # The boxed disclaimers of MPL-2.0 are sections too; the exhibits are annexes.
    assert [s.label for s in new.segments if s.kind is SegmentKind.ARTICLE] == [
        str(n) for n in range(1, 11)
    ]
    assert [s.label for s in new.segments if s.kind is SegmentKind.ANNEX] == ["A", "B"]


@needs_licences
def test_gpl2_to_gpl3_section_links_match_the_truth_table():
    """§ 0 split (definitions to § 0, running the Program to § 2), § 2 rewritten
    as § 5 and kept apart from § 3 → § 6."""
    got = _links(_doc("GPL-2"), _doc("GPL-3"))
    assert got == GPL_TRUTH, (sorted(got - GPL_TRUTH, key=str), sorted(GPL_TRUTH - got, key=str))
    assert _f1(GPL_TRUTH, got) == 1.0


@needs_licences
def test_mpl11_to_mpl20_section_links_match_the_truth_table():
    """§ 11 split into Litigation (§ 8) and Miscellaneous (§ 9); § 6 moved to § 10;
    the two exhibits of the licence notice pair although recast."""
    got = _links(_doc("MPL-1.1"), _doc("MPL-2.0"))
    assert got == MPL_TRUTH, (sorted(got - MPL_TRUTH, key=str), sorted(MPL_TRUTH - got, key=str))
    assert _f1(MPL_TRUTH, got) == 1.0


@needs_licences
def test_a_numbered_paragraph_nested_under_another_is_matched_in_its_own_right():
    """MPL-1.1 nests 1.8.1 "Licensable" under 1.8 "License"; MPL-2.0 numbers it 1.9."""
    old, new = _doc("MPL-1.1"), _doc("MPL-2.0")
    pairs = {
        (p.old, p.new) for p in unit_part_pairs(old, new, old.index_of("1"), new.index_of("1"))
    }
    assert {("1.8", "1.8"), ("1.8.1", "1.9"), ("1.10.1", "1.11"), ("1.12", "1.14")} <= pairs
    termination = unit_part_pairs(old, new, old.index_of("8"), new.index_of("5"))
    assert [(p.old, p.new) for p in termination if p.old and p.new] == [
        ("8.1", "5.1"), ("8.2", "5.2"), ("8.4", "5.3")
    ]  # fmt: skip


@needs_licences
def test_points_pair_inside_sections_and_references_follow_renumbering():
    """On the true section pairs (the truth table above), the points pair up and a
    reference that follows its renumbered target is marked so."""
    old, new = _doc("GPL-2"), _doc("GPL-3")
    parts = unit_part_pairs(old, new, old.index_of("3"), new.index_of("6"))
    assert [(p.old, p.new) for p in parts][:3] == [("a)", "a)"), ("b)", "b)"), ("c)", "c)")]
    # § 2 → § 5 was rewritten: a new point (b) came in and the old (b) and (c)
    # (licence the whole work; interactive notices) moved down a letter.
    parts = unit_part_pairs(old, new, old.index_of("2"), new.index_of("5"))
    assert [(p.old, p.new) for p in parts] == [
        ("a)", "a)"), (None, "b)"), ("b)", "c)"), ("c)", "d)")
    ]  # fmt: skip
    # The word diff follows: the new point reads as inserted whole, not glued to
    # the changes at the end of (a).
    cmp = compare(old, new)
    [pair] = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["2"]]
    inserted = [c.new_text for c in pair.changes if c.op == "insert"]
    assert any(t.startswith("b) The work must carry") and "c)" not in t for t in inserted)
    assert not any("b) The work must carry" in c.new_text for c in pair.changes if c.op != "insert")

    @dataclass(frozen=True)
    class TruePair:
        old: tuple[int, ...]
        new: tuple[int, ...]

    true_pairs = [
        TruePair(tuple(old.index_of(o) for o in olds), tuple(new.index_of(n) for n in news))
        for kind, *rest in GPL_TRUTH
        if kind == "link"
        for olds, news in [rest]
    ]
    changes = compare_references(old, new, true_pairs)
    renumbered = {(rc.old.text, rc.new.text) for rc in changes
                  if rc.status == "renumbered" and rc.old and rc.new}  # fmt: skip
    # GPL-2 § 2 cites "Section 1", which GPL-3 § 5 cites as "section 4".
    assert ("Section 1", "section 4") in renumbered


@needs_licences
def test_a_split_section_is_diffed_paragraph_by_new_section():
    """GPL-2 § 0's second paragraph (running the Program, its output) went to GPL-3
    § 2: the word diff compares it with § 2, not with the end of the definitions."""
    old, new = _doc("GPL-2"), _doc("GPL-3")
    cmp = compare(old, new)
    [split] = [p for p in cmp.pairs if len(p.new) > 1]
    two = new.by_label("2")
    second = old.text.index("Activities other than copying")
    touching = [
        c for c in split.changes if c.old_start <= second < c.old_end or c.old_start == second
    ]
    assert touching and all(two.start <= c.new_start <= two.end for c in touching)
