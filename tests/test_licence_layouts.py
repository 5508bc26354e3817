"""Layouts of real licences and charters, in texts of our own: a numbered list in the
preamble before the numbered terms, a title line above the first section, "1- PURPOSE"
headings, and points joined by "; and". Each was read wrongly in a real versioned pair
(the sections then held other sections' text under labels that looked right)."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.segment import make_document


def _articles(doc: Document) -> list[tuple[str, str]]:
    """Each article's label and the first words of its heading line."""
    return [
        (s.label, doc.text[s.start : s.end].split("\n")[0].strip()[:30])
        for s in doc.segments
        if s.kind is SegmentKind.ARTICLE
    ]


PREAMBLE_LIST = """\
Harbour Works Charter
Version 1.0
Preamble
This Preamble explains in plain words what the Charter is for. The terms below govern.
This Charter provides that:
   1. You may moor at any quay of the harbour, alone or with other vessels. No fee is due for the first day.
   2. Both the inner and the outer basin are open to your vessel.
   3. You may repair your vessel at the public slipway and build new boats there.
Any dispute about these points is settled under the terms below.
General Terms
   1. Grant of Berth From the Authority. The Authority grants you a berth, subject to the rights of other users, to do the following:
      a. Load, unload, store and sell goods at the quay.
   2. Grant of Passage. Each pilot grants you passage through the channel, by day and by night, in any weather.
   3. Exclusions. Nothing in this Charter grants any right to the lighthouse, its keepers or its stores of oil.
   4. Application of This Charter. This Charter applies to every vessel that flies the harbour pennant at its mast.
"""


def test_a_numbered_list_in_the_preamble_is_not_the_terms_sections() -> None:
    doc = make_document(PREAMBLE_LIST)
    assert _articles(doc) == [
        ("1", "1. Grant of Berth From the Aut"),
        ("2", "2. Grant of Passage. Each pilo"),
        ("3", "3. Exclusions. Nothing in this"),
        ("4", "4. Application of This Charter"),
    ]
    preamble = doc.segments[0]
    assert preamble.kind is SegmentKind.PREAMBLE
    assert "3. You may repair" in doc.text[preamble.start : preamble.end]


def test_an_edit_in_the_first_term_is_reported_under_it() -> None:
    new_text = PREAMBLE_LIST.replace(
        "grants you a berth,", "grants you, under the terms of this Charter, a berth,"
    )
    cmp = compare(make_document(PREAMBLE_LIST), make_document(new_text))
    changed = {
        cmp.label_of("old", p.old)[0] for p in cmp.pairs if any(c.new_text for c in p.changes)
    }
    assert changed == {"1"}


SECTIONS_UNDER_TITLE = """\
CANAL USERS AGREEMENT
Version 1.0
   1. Definitions.
      1.1. "Boatman" means each person who steers a boat on the canal.
   2. Rights of Passage.
      2.1. The Company Grant.
      The Company grants You the right to pass the locks, subject to the rules of the canal:
         (a) to pass any lock between sunrise and sunset; and
         (b) to moor overnight at the basins named in the schedule.
      2.2. Boatman Grant.
      Each Boatman grants the Company the right to inspect the boat:
         (a) at any lock; and
         (b) at any basin where the boat is moored.
   3. Duties of Boatmen.
      3.1. Application of the Rules.
      The rules of the canal govern every boat that enters it.
"""


def test_three_sections_below_a_title_and_version_line_hold_the_clauses() -> None:
    """Before, the version line kept "1. Definitions." from opening a paragraph, two
    numbers were too few, and the agreement was compared paragraph by paragraph."""
    doc = make_document(SECTIONS_UNDER_TITLE)
    assert not doc.warnings
    assert [label for label, _ in _articles(doc)] == ["1.1", "2.1", "2.2", "3.1"]
    titles = [(d.label, d.title) for d in doc.divisions]
    assert titles == [("1", "Definitions"), ("2", "Rights of Passage"), ("3", "Duties of Boatmen")]


def test_a_point_after_one_that_ends_in_and_is_a_point_of_its_own() -> None:
    doc = make_document(SECTIONS_UNDER_TITLE)
    for label in ("2.1", "2.2"):
        points = doc.by_label(label).parts
        assert [p.key for p in points] == ["(a)", "(b)"]
        assert doc.text[points[0].start : points[0].end].rstrip().endswith("; and")


DASHED = """\
Free Mural Licence 1.3

1- PURPOSE.
This licence sets out the terms on which you may paint over the mural freely.

2. THE EXTENT OF THE USE.
The mural is protected by the painter's copyright, and the painter tells you here what you may do.

3. YOUR OWN RIGHTS.
This licence does not take away your rights in what you add to the mural.

4. THE TERM OF THE LICENCE.
This licence takes effect when you accept its terms.
"""


def test_a_number_and_a_dash_head_the_first_section() -> None:
    doc = make_document(DASHED)
    assert _articles(doc) == [
        ("1", "1- PURPOSE."),
        ("2", "2. THE EXTENT OF THE USE."),
        ("3", "3. YOUR OWN RIGHTS."),
        ("4", "4. THE TERM OF THE LICENCE."),
    ]


def test_a_dash_heading_pairs_with_the_same_section_headed_by_a_stop() -> None:
    old_text = DASHED.replace("1- PURPOSE.", "1. PURPOSE").replace("1.3", "1.2")
    cmp = compare(make_document(old_text), make_document(DASHED))
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("1",), ("1",)) in links
    assert not cmp.added and not cmp.removed


APPENDED = """\
Harbour Public Licence v. {version}

1. Definitions

The Work means the charts distributed under this Licence.

2. Jurisdiction

Any dispute goes before the courts of the port where the Licensor is registered.

3. Applicable Law

This Licence is governed by the law of the port where the Licensor is registered.

{word}

Compatible licences in the sense of Article 3 are:

     - Harbour Charts Licence 1.0
{more}"""


def test_an_appendix_headed_by_its_word_alone_is_an_annex() -> None:
    """A licence ends with "Appendix" alone on its line over a list that the new version
    extends: the list was read as the text of the last section, which then looked
    rewritten."""
    old = make_document(APPENDED.format(version="1.1", word="Appendix", more=""))
    new_text = APPENDED.format(
        version="1.2", word="Appendix", more="     - Open Pilot Licence 2.0\n"
    )  # fmt: skip
    for word in ("Appendix", "APPENDIX", "Annex"):
        doc = make_document(new_text.replace("\nAppendix\n", f"\n{word}\n"))
        assert [(s.label, s.kind) for s in doc.segments][-2:] == [
            ("3", SegmentKind.ARTICLE),
            (word, SegmentKind.ANNEX),
        ]
    cmp = compare(old, make_document(new_text))
    by_label = {cmp.label_of("old", p.old)[0]: p for p in cmp.pairs}
    assert by_label["3"].similarity == 1.0
    assert by_label["Appendix"].similarity < 1.0


NOTICED = """\
HARBOUR DEVELOPMENT LICENSE Version 1.1

1. Definitions.
"You" means a person or a body exercising rights under this License.

2. MISCELLANEOUS.
This License is the whole agreement on the matter it covers.

3. RESPONSIBILITY FOR CLAIMS.
Each party answers for the claims arising out of its own use of the charts.
{notice}"""


def test_a_notice_in_capitals_right_over_its_prose_is_not_the_last_section_s_text() -> None:
    """A licence's later version ends with "NOTICE PURSUANT TO SECTION 2 …" set right
    above its sentence: read as text of section 3, it made section 3 look rewritten
    with a governing-law clause it never had."""
    notice = (
        "\nNOTICE PURSUANT TO SECTION 2 OF THE HARBOUR DEVELOPMENT AND DISTRIBUTION LICENSE (HDDL)\n"
        "The charts released under this License are governed by the laws of the port.\n"
    )
    old = make_document(NOTICED.format(notice=""))
    new = make_document(NOTICED.format(notice=notice))
    assert [s.label for s in new.segments][-2:] == [
        "3",
        "NOTICE PURSUANT TO SECTION 2 OF THE HARBOUR DEVELOPMENT AND DISTRIBUTION LICENSE (HDDL)",
    ]
    cmp = compare(old, new)
    three = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["3"])
    assert three.similarity == 1.0
    assert cmp.label_of("new", cmp.added) == [new.segments[-1].label]
    # A disclaimer wholly in capitals, wrapped over lines, stays the section's text.
    shouting = "\nTHE CHARTS ARE PROVIDED AS IS WITHOUT\nWARRANTY OF ANY KIND EXPRESS OR IMPLIED.\n"
    assert [s.label for s in make_document(NOTICED.format(notice=shouting)).segments][-1] == "3"


_NOTICE = (
    "This licence is Copyright (C) {year} the Harbour Guild. Everyone may copy and hand "
    "on this licence word for word; changing it is not allowed."
)


def test_a_licences_closing_copyright_notice_is_its_own_part_and_follows_it_as_a_section():
    """The notice after the last section was read as that section's text: when the next
    version numbered it as a section, the unchanged last section read as split."""
    sections = (
        "1. Mooring. You may moor at any quay.\n\n"
        "2. Repairs. You may repair your boat at the slipway.\n\n"
        "3. Fees. The first day is free of charge.\n\n"
    )
    old = make_document(
        "Harbour Licence 1.0\n\n" + sections + _NOTICE.format(year=2004) + "\n", source="1.0"
    )
    new = make_document(
        "Harbour Licence 2.0\n\n"
        + sections
        + "4. Changes to This Licence. "
        + _NOTICE.format(year=2005)
        + "\n",
        source="2.0",
    )
    assert [s.kind for s in old.segments][-1] is SegmentKind.CLOSING
    assert old.text[old.segments[-2].start : old.segments[-2].end].endswith("free of charge.")
    result = compare(old, new)
    labels = [
        ([old.segments[i].label for i in p.old], [new.segments[j].label for j in p.new], p.status)
        for p in result.pairs
    ]
    assert (["3"], ["3"], "unchanged") in labels
    assert (["closing"], ["4"], "modified") in labels
    assert not result.added and not result.removed


def test_a_text_of_two_numbered_terms_against_one_read_as_articles_reports_no_change():
    """Two numbered terms are too few to be read as articles, so the older text was
    compared paragraph by paragraph against the newer one's articles: the identical
    terms came out modified, their numbers struck out as changes of figure."""
    terms = "1. Mooring. You may moor at any quay.\n\n2. Repairs. You may use the slipway.\n\n"
    old = make_document("Harbour Licence 1.0\n\n" + terms, source="1.0")
    new = make_document(
        "Harbour Licence 2.0\n\n" + terms + "3. Fees. The first day is free.\n", source="2.0"
    )
    assert {s.kind for s in old.segments} == {SegmentKind.PARAGRAPH}  # as read today
    result = compare(old, new)
    rows = [
        ([old.segments[i].label for i in p.old], [new.segments[j].label for j in p.new], p.status)
        for p in result.pairs
    ]
    assert (["¶2"], ["1"], "unchanged") in rows and (["¶3"], ["2"], "unchanged") in rows
    assert (["¶1"], ["preamble"], "modified") in rows
    assert [new.segments[j].label for j in result.added] == ["3"]
    assert not result.removed


ITEMS_UNDER_NUMBERS = """\
    1. Definitions

1.1. "Keeper" means each person who keeps a mooring.

1.2. "Shared Berth" means a berth

     1.

        that the first Keeper has marked with the harbour sign; or

     2.

        that the Authority has opened to every vessel of the port.

    2. Grants and Conditions

2.1. Grants. Each Keeper grants you the use of the quay.

    3. Duties

3.1. Mooring Lines. You must keep your lines clear of the channel.
"""


def test_numbers_alone_over_lower_case_items_are_points_not_sections() -> None:
    """A list inside a definition sets each number alone on its line with its text on
    the next, in lower case ("     2." / "that the Authority…"): an item, not section
    2, which had swallowed the real "2. Grants and Conditions" (Mozilla's licence)."""
    doc = make_document(ITEMS_UNDER_NUMBERS)
    labels = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == ["1.1", "1.2", "2.1", "3.1"]
    shared = next(s for s in doc.segments if s.label == "1.2")
    assert "opened to every vessel" in doc.text[shared.start : shared.end]
