"""Numbered structure found by evidence: units, divisions, points, references."""

from __future__ import annotations

import pytest

from structured_texts import renumbered_pair, statute
from treatyviewer.core.comparison import compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document
from treatyviewer.core.xrefs import find_references, renumbered_reference


def test_statute_with_parts_chapters_articles_and_points_gives_the_right_tree():
    law = statute(300)
    doc = make_document(law.text)
    articles = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in articles] == [str(n) for n in range(1, 301)]
    parts = [d for d in doc.divisions if d.level == 0]
    chapters = [d for d in doc.divisions if d.level == 1]
    assert [d.name for d in parts] == [f"Part {p}" for p, _ in law.parts]
    assert parts[0].title == "General rules"
    assert len(chapters) == 25 and all(doc.divisions[c.parent or 0].level == 0 for c in chapters)
    for part_label, chapter_list in law.parts:
        for chapter_label, numbers in chapter_list:
            for n in numbers:
                seg = articles[n - 1]
                chapter = doc.divisions[seg.division or 0]
                assert (chapter.name, doc.divisions[chapter.parent or 0].name) == (
                    f"Chapter {chapter_label}",
                    f"Part {part_label}",
                )
                assert len(seg.parts) == law.points[n], seg.label
    # "2. is not a point here." stands inside a sentence and is not a part.
    assert [p.key for p in articles[0].parts] == ["1", "2"]
    assert [p.key for p in articles[2].parts] == ["(a)", "(b)"]


@pytest.mark.parametrize(
    ("text", "labels", "term"),
    [
        ("Terms\n\n§ 1 Scope.\n\nText.\n\n§ 2 Use.\n\nText.\n\n§ 4 Repeal.\n\nText.\n", ["1", "2", "4"], "§"),
        ("Section 1. Scope.\n\nSection 2. Use.\n\nSection 3. End.\n", ["1", "2", "3"], "Section"),
        ("Clause 1 One.\n\nClause 2 Two.\n\nClause 3 Three.\n", ["1", "2", "3"], "Clause"),
        ("1. One thing.\n\n1.1 A detail.\n\n2. Another.\n\n3. A third.\n", ["1", "2", "3"], "§"),
        ("I. First.\n\nII. Second.\n\nIII. Third.\n", ["I", "II", "III"], ""),
    ],
)  # fmt: skip
def test_units_are_labelled_as_printed(text: str, labels: list[str], term: str):
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == labels
    assert units[0].term == term
    assert doc.structure.startswith("numbering found")


def test_a_numbered_list_inside_a_section_does_not_cut_the_text():
    text = (
        "1. Scope.\n\nThis applies.\n\n2. Duties.\n\nThe party shall:\n\n1. pay;\n\n2. report;\n\n"
        "3. keep records.\n\n3. Term.\n\nOne year.\n\n4. End.\n\nNo more.\n"
    )
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3", "4"]
    assert [p.key for p in units[1].parts] == ["1", "2", "3"]


def test_prose_that_starts_with_a_number_stays_prose():
    text = "Rules.\n\nThe fee was raised\n7. Nothing follows from that.\n\nMore prose.\n"
    doc = make_document(text)
    assert all(s.kind is SegmentKind.PARAGRAPH for s in doc.segments)


@pytest.mark.parametrize(
    ("body", "target", "part"),
    [
        ("as in Article 2 above", "2", None),
        ("see Art. II", "2", None),
        ("under paragraph 2 of Article 3", "3", "2"),
        ("согласно статье 2", "2", None),
        ("2 nci madde uyarınca", "2", None),
        ("l'article 3 s'applique", "3", None),
    ],
)
def test_references_resolve_to_their_target(body: str, target: str, part: str | None):
    text = (
        "Article 1\n\nFirst rule.\n\nArticle 2\n\nSecond rule.\n\n"
        f"Article 3\n\n1. One.\n\n2. Two.\n\nArticle 4\n\nThe rule applies {body}.\n"
    )
    doc = make_document(text)
    refs = [r for r in find_references(doc) if doc.segments[r.segment].label == "4"]
    assert len(refs) == 1, refs
    assert refs[0].target is not None and doc.segments[refs[0].target].label in (target, "II")
    assert refs[0].target_part == part


def test_annex_with_a_part_and_the_preceding_paragraph():
    text = (
        "Article 1\n\nFirst.\n\nSecond, as said in the preceding paragraph.\n\n"
        "Article 2\n\nSee Annex 1 (C).\n\nAnnex 1\n\nMap.\n\nAnnex 1 (C)\n\nList.\n"
    )
    doc = make_document(text)
    refs = {r.text: r for r in find_references(doc)}
    assert doc.segments[refs["the preceding paragraph"].target or 0].label == "1"
    assert doc.segments[refs["Annex 1 (C)"].target or 0].label == "1 (C)"


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_renumbered_references_are_marked_and_retargeted_ones_flagged(seed: int):
    pair = renumbered_pair(seed=seed, inserted_at=1 + seed % 4)
    cmp = compare(make_document(pair.old), make_document(pair.new))
    marked = {(rc.old.text, rc.new.text): rc.status for rc in cmp.reference_changes
              if rc.old is not None and rc.new is not None}  # fmt: skip
    assert pair.renumbered and all(marked[r] == "renumbered" for r in pair.renumbered)
    assert all(marked[r] == "retargeted" for r in pair.retargeted)
    substantive = [
        c for p in cmp.pairs for c in p.changes
        if not renumbered_reference(cmp.reference_changes, c)
    ]  # fmt: skip
    # Only the deliberately retargeted reference is a substantive change.
    assert [c.new_text for c in substantive] == [next(iter(pair.retargeted))[1].split()[-1]]
    data = cmp.to_json()
    assert {(r["old"]["text"], r["new"]["text"]) for r in data["references"]
            if r["status"] == "renumbered"} == pair.renumbered  # fmt: skip


def test_turkish_ordinal_references_one_or_two_words() -> None:
    from treatyviewer.core.xrefs import find_references

    body = "Bu hüküm beşinci madde ile yirmi birinci maddeye göre uygulanır; bu madde de."
    text = f"Madde 1\n\n{body}\n\n" + "".join(f"Madde {i}\n\nMetin {i}.\n\n" for i in range(2, 25))
    refs = find_references(make_document(text, language="tr"))
    assert [(r.text, r.target) for r in refs] == [
        ("beşinci madde", 4),
        ("yirmi birinci maddeye", 20),
    ]


def test_sections_whose_number_lost_its_space_in_a_pdf_copy_are_still_sections():
    """Text taken from a PDF prints "1.Definitions"; a decimal like "2.5 per cent"
    or an initial like "3.J. Smith" at the start of a line is no heading."""
    body = "\n\n".join(
        f"{n}.{title}\nThe parties agree on the {title.lower()} set out here."
        for n, title in enumerate(["Definitions", "Scope", "Duration", "Termination"], 1)
    )
    doc = make_document("Agreement\n\n" + body + "\n\n2.5 per cent is the rate.\n")
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3", "4"]
    assert units[1].heading == "2." and doc.segment_text(units[1]).startswith("2.Scope\n")
    assert doc.segment_text(units[3]).endswith("2.5 per cent is the rate.")


def test_a_copyright_line_and_a_quoted_notice_are_not_headings():
    """A short line in title case before the first section is a heading unless it
    is a copyright notice or is set out after a sentence ending in a colon."""
    text = (
        "Example Public Licence V. 1.0\n\n"
        "EPL (c) the Example Foundation 2007\n\n"
        "Copyright 1999 Example Project\n\n"
        "The Work is licensed when its owner has placed the following notice:\n\n"
        "     Licensed under the Example Licence V.1.0\n\n"
        "or has expressed his willingness to license under it.\n\n"
        "Using This Licence\n\nRead it before use.\n\n"
        + "".join(f"{n}. Section {n}\n\nThe terms of section {n}.\n\n" for n in range(1, 6))
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == [
        "preamble",
        "Using This Licence",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


@pytest.mark.parametrize("edition", ["Attribution 3.0 Unported", "Signed at Moscow, 16 March 1921"])
def test_an_edition_or_date_line_under_the_title_stays_with_the_title(edition: str):
    sections = "".join(f"{n}. Section {n}\n\nThe terms of section {n}.\n\n" for n in range(1, 6))
    text = f"Example Legal Code\n\n{edition}\n\nThis text is no law firm.\n\n" + sections
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "4", "5"]
    assert edition in doc.segment_text(doc.segments[0])


def test_points_of_an_article_pair_by_letter_when_one_of_two_or_a_lone_one_was_edited():
    """With two points a side the typical share of unrelated points must not be one of
    the true pairs: an edited "a)" beside an unchanged "b)" stays "a)" → "a)"."""
    from treatyviewer.core.parts import unit_part_pairs

    old = make_document(
        "Article 1\nThe parties agree as follows:\n"
        "a) the frontier commission shall meet at Kars within one month of signature;\n"
        "b) the garrisons shall withdraw from the districts named in the annex.\n\n"
        "Article 2\nTrade between the two states shall be free of duties.\n"
        "a) goods carried through Batum shall pay no transit charge.\n",
        "old",
    )
    new = make_document(
        "Article 1\nThe parties agree as follows:\n"
        "a) the frontier commission shall meet at Kars within two months of signature;\n"
        "b) the garrisons shall withdraw from the districts named in the annex.\n\n"
        "Article 2\nTrade between the two states shall be free of all duties.\n"
        "a) goods carried through Batum shall pay no transit charge.\n",
        "new",
    )
    units = [i for i, s in enumerate(old.segments) if s.kind is SegmentKind.ARTICLE]
    first = unit_part_pairs(old, new, units[0], units[0])
    assert [(p.old, p.new) for p in first] == [("a)", "a)"), ("b)", "b)")]
    assert [(p.old, p.new) for p in unit_part_pairs(old, new, units[1], units[1])] == [("a)", "a)")]


def test_two_titled_sections_ahead_of_appendices_are_the_units() -> None:
    """Bare numbers need three headings in a row to count as units, so a memo cut to
    "1. Scope" and "2. Format" before its appendices fell back to paragraphs, and
    nothing of it paired with its longer earlier version."""

    memo = (
        "1. Scope\n\n   This note says how the timetable is published.\n\n"
        "2. Format\n\n   The timetable is a table of sailings.\n\n"
        "Appendix A. Sample\n\n   07:10 North Quay to Island Pier.\n"
    )
    doc = make_document(memo)
    assert [(s.label, s.kind.value) for s in doc.segments] == [
        ("1", "article"), ("2", "article"), ("A", "annex")
    ]  # fmt: skip
    # two numbered lines in running text stay text
    listed = "The parties agree:\n\n1. to meet yearly;\n\n2. to share the costs.\n"
    assert all(s.kind.value != "article" for s in make_document(listed).segments)


def test_sections_after_a_gap_left_by_repealed_ones_are_units() -> None:
    """A consolidated text drops the sections repealed since: "§ 3" then "§ 7". The
    numbers counted up by at most three, so the shorter run (§ 1–3) went into the
    preamble and read as removed, or "§ 9" after "§ 3" was taken into § 3."""
    titles = {1: "Scope", 2: "Terms", 3: "Fault", 7: "Warning", 8: "Fine", 9: "Ban", 10: "Costs"}
    text = "".join(
        f"§ {n}\n{title}\n\n(1) The rule on matter {n} binds every town and every person.\n\n"
        for n, title in titles.items()
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == [
        "1", "2", "3", "7", "8", "9", "10"
    ]  # fmt: skip
    gap = "".join(
        f"§ {n}\n{titles.get(n, 'Rule')}\n\n(1) The rule on matter {n} binds every town.\n\n"
        for n in (1, 2, 3, 9)
    )
    assert [s.label for s in make_document(gap).segments if s.kind is SegmentKind.ARTICLE] == [
        "1", "2", "3", "9"
    ]  # fmt: skip


def test_a_flush_left_heading_after_the_last_section_of_an_indented_text_is_a_section():
    """A standard sets its headings flush left and its text indented; its unnumbered
    "Author's Address" after the last numbered section was read as text of that
    section, so a changed reference list and a moved address were one change."""
    memo = (
        "1.  Scope\n\n   This note says how the timetable is published.\n\n"
        "2.  Format\n\n   The timetable is a table of sailings.\n\n"
        "3.  References\n\n   [T1] Timetable rules, 1999.\n\n"
        "Author's Address\n\n   Jo Smith\n   Harbour Office\n   12 Quay Street\n"
    )
    doc = make_document(memo)
    assert [s.label for s in doc.segments] == ["1", "2", "3", "Author's Address"]
    assert doc.text[doc.segments[2].start : doc.segments[2].end].endswith("rules, 1999.")
    # a line flush left inside a text that is not indented stays text, unless it
    # titles a standard's back matter, which heads a part wherever it is set
    flat = memo.replace("\n   ", "\n").replace("Author's Address", "Harbour Contact")
    assert [s.label for s in make_document(flat).segments] == ["1", "2", "3"]
    flat = memo.replace("\n   ", "\n")
    assert [s.label for s in make_document(flat).segments] == ["1", "2", "3", "Author's Address"]


def test_a_section_numbered_under_another_keeps_the_sections_after_it():
    """ "Section 5.5.1" after "Section 5.5" took the place of the open sections, and
    5.6 to 5.8 were no parts at all: a change in 5.7 named no section."""
    sections = [f"**Section 5.{n}. Meetings {n}.** The Board meets {n} times." for n in range(1, 6)]
    sections.append("**Section 5.5.1 Officers.** Officers may sit on the Board.")
    sections += [f"**Section 5.{n}. Meetings {n}.** The Board meets {n} times." for n in (6, 7, 8)]
    text = "ARTICLE IV\n\nThe Board.\n\nARTICLE V\n\n" + "\n\n".join(sections) + "\n"
    doc = make_document(text, source="bylaws")
    article = doc.segments[doc.index_of("V")]
    assert [(p.label, p.level) for p in article.parts] == [
        *((f"5.{n}", 1) for n in range(1, 6)),
        ("5.5.1", 2),
        *((f"5.{n}", 1) for n in (6, 7, 8)),
    ]


def test_a_two_item_list_after_numbered_sections_does_not_take_their_place():
    """A bylaw's sections "0.0" to "2.1" under chapters, then an appendix listing two
    revisions "1." and "2.": the two items had been read as the units (each holding
    clauses "1.x" and "2.x", though those came before them) and the sections as
    their preamble."""
    duties = ["report to the Board", "keep the records of the office",
              "attend each meeting of Council", "submit a written report before each meeting"]  # fmt: skip

    def section(number: str, title: str) -> str:
        return f"{number}. {title}\n\n" + "".join(
            f"{number}.{k}. The {title} shall {duty}.\n\n" for k, duty in enumerate(duties, 1)
        )

    text = (
        "THE OFFICERS BYLAW\n\nCHAPTER 0 - GENERAL\n\n" + section("0.0", "General")
        + "CHAPTER 1 - PRESIDENT\n\n" + section("1.0", "President")
        + "CHAPTER 2 - VICE-PRESIDENTS\n\n" + section("2.0", "Vice-President Finance")
        + section("2.1", "Vice-President Communications")
        + "APPENDIX\n\nThe following changes were made from the previous version:\n\n"
        "1. Revised as per the November 2015 decision.\n\n"
        "2. Revised section 0 as per the February 2016 decision.\n"
    )  # fmt: skip
    doc = make_document(text)
    units = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert units == ["0.0", "1.0", "2.0", "2.1"]


def _draft_spec(contents: str) -> str:
    sections = {
        "1. General operation": ["1.1. Terminology", "1.2. Bandwidth"],
        "2. Building circuits": ["2.1. When we build", "2.2. Path selection"],
        "3. Attaching streams": [],
        "4. Guard nodes": ["4.1. Weights"],
    }
    body = "".join(
        f"{head}\n\n   Relays follow the rules of {head[3:].lower()} set out here.\n\n"
        + "".join(f"{sub}\n\n   Each relay applies {sub[5:].lower()} as below.\n\n" for sub in subs)
        for head, subs in sections.items()
    )
    return "Tor Path Specification\n\n" + contents + body


def test_a_table_of_contents_set_as_an_indented_outline_is_no_units():
    """A plain-text draft lists its sections at every depth in one block under "Table of
    Contents", without page numbers: its "1." and "2." had been sections 1 and 2, the
    second running on to the real section 3 over sections 1 to 2.2."""
    contents = (
        "Table of Contents\n\n    1. General operation\n        1.1. Terminology\n"
        "        1.2. Bandwidth\n    2. Building circuits\n        2.1. When we build\n"
        "        2.2. Path selection\n    3. Attaching streams\n    4. Guard nodes\n"
        "        4.1. Weights\n\n"
    )
    doc = make_document(_draft_spec(contents))
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    alone = make_document(_draft_spec(""))
    assert [s.label for s in units] == [
        s.label for s in alone.segments if s.kind is SegmentKind.ARTICLE
    ]
    assert doc.text[units[0].start :].startswith("1. General operation\n\n   Relays")


def test_an_editor_s_placeholder_line_is_no_heading():
    """ "   XXXX" left in a draft between two paragraphs of a section had been read as
    two headed units ("XXXX", "XXXX#2") that cut the section in three."""
    text = (
        _draft_spec("")
        .replace("2.1. When we build\n\n", "2.1. When we build\n\n   XXXX\n\n   More to come.\n\n")
        .replace("4.1. Weights\n\n", "4.1. Weights\n\n   XXXX\n\n")
    )
    labels = [s.label for s in make_document(text).segments]
    assert labels == [s.label for s in make_document(_draft_spec("")).segments]
