"""Short licences whose conditions are an indented numbered list, in texts of our own
written in the layouts of real versioned licences. Each case paired a condition with
text that was never part of it: a disclaimer under the list, the closing notice, a
version that struck a condition out and so was read paragraph by paragraph, or
roman points of an appendix taken for the sections."""

from __future__ import annotations

import json

from treatyviewer.cli import run
from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.segment import BY_PARAGRAPH, make_document
from treatyviewer.core.segment_alike import segmented_alike

HEAD = """\
Orchard Code Licence, revision {rev}

Anyone may plant, graft and share this code if the conditions below are kept:

"""
CONDITIONS = {
    "keep": "Each copy of the code keeps the grower's notice in full.",
    "build": "Each built copy shows the grower's notice in its papers.",
    "name": "No one uses the grower's name to praise a copy without leave.",
    "patch": "Each change travels apart from the grower's own releases, as a patch.",
    "mark": "Each changed file carries a plain note saying who changed it and when.",
}
WARRANTY = """\
THE CODE COMES AS IT IS, WITH NO PROMISE OF ANY KIND, AND THE GROWER ANSWERS FOR NO \
HARM THAT COMES OF PLANTING IT.
"""
NOTICE = "Many gardeners gave their work to this code over the years.\n"


def licence(rev: str, keys: list[str], warranty_heading: str | None, notice: bool = True) -> str:
    items = "\n".join(f"     {n}. {CONDITIONS[k]}\n" for n, k in enumerate(keys, start=1))
    text = HEAD.format(rev=rev) + items
    if warranty_heading is not None:
        text += f"\n{warranty_heading}\n\n{WARRANTY}"
    if notice:
        text += f"\n{NOTICE}"
    return text


def _kinds(doc: Document) -> list[tuple[str, SegmentKind]]:
    return [(s.label, s.kind) for s in doc.segments]


def _links(old: Document, new: Document) -> set[tuple[str, str]]:
    cmp = compare(old, new)
    return {
        (old.segments[p.old[0]].label, new.segments[p.new[0]].label)
        for p in cmp.pairs
        if len(p.old) == 1 and len(p.new) == 1
    }


def test_a_heading_set_flush_left_under_an_indented_list_ends_its_last_condition() -> None:
    doc = make_document(licence("1", ["keep", "build", "name", "patch"], "Warranty"))
    assert _kinds(doc)[-2:] == [("4", SegmentKind.ARTICLE), ("Warranty", SegmentKind.HEADING)]
    last = doc.segments[-2]
    assert doc.text[last.start : last.end].strip().endswith("as a patch.")


def test_a_struck_condition_is_not_paired_with_the_one_put_in_for_it() -> None:
    """Before: the warranty and the notice inside the last condition of each version
    made "4 → 3" a renumbered, modified pair at 0.99 confidence."""
    old = make_document(licence("1", ["keep", "build", "name", "patch"], "Warranty"))
    new = make_document(licence("2", ["keep", "build", "mark"], "Warranty"))
    links = _links(old, new)
    assert {("1", "1"), ("2", "2"), ("Warranty", "Warranty")} <= links
    assert not any(o in {"3", "4"} or n == "3" for o, n in links)


def test_prose_set_flush_left_under_an_indented_list_is_the_closing() -> None:
    doc = make_document(licence("1", ["keep", "build", "patch"], None))
    assert _kinds(doc)[-1] == ("closing", SegmentKind.CLOSING)
    assert doc.text[doc.segments[-1].start :].strip() == NOTICE.strip()


def test_a_version_with_two_conditions_is_cut_as_the_version_with_three() -> None:
    """Two numbers alone make no list, and that version was read paragraph by paragraph:
    the old condition 3 was then paired with the new closing notice."""
    old = make_document(licence("1", ["keep", "name", "patch"], None))
    new = make_document(licence("2", ["keep", "mark"], None))
    assert BY_PARAGRAPH in new.warnings
    old, new = segmented_alike(old, new)
    assert BY_PARAGRAPH not in new.warnings
    assert [s.label for s in new.segments] == ["preamble", "1", "2", "closing"]
    links = _links(old, new)
    assert links >= {("preamble", "preamble"), ("1", "1"), ("closing", "closing")}
    assert not any(o in {"2", "3"} or n == "2" for o, n in links)


def test_prose_with_two_numbered_sentences_stays_paragraphs_beside_a_list() -> None:
    """Only a shorter run of the other version's own numbering is re-cut: a text with
    no numbered conditions keeps its paragraphs."""
    old = make_document(licence("1", ["keep", "name", "patch"], None))
    prose = "Orchard Code Licence\n\nPlant it.\n\nShare it.\n\nGraft it.\n"
    new = make_document(prose)
    assert segmented_alike(old, new)[1] is new


def test_the_command_line_reads_a_two_condition_version_as_sections(tmp_path, capsys) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(licence("1", ["keep", "name", "patch"], None), encoding="utf-8")
    new.write_text(licence("2", ["keep", "mark"], None), encoding="utf-8")
    assert run(["compare", str(old), str(new), "--format", "json"]) == 0
    value = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in value["new"]["segments"]] == ["preamble", "1", "2", "closing"]
    assert not value["new"].get("warnings")


APPENDIX = """\
Lantern Public Licence {rev}

1. Terms. "Lantern" means the program under this Licence.

2. Leave. The Keeper lets You copy and change Lantern{share}.
{patents}
{n3}. Ending. Your leave ends at once if You break a term of this Licence.

{n4}. Courts. The courts of the Keeper's town hear any quarrel over this Licence.

ADDITIONS

     I. Reach. These further terms bind only the desktop edition.

     II. Marks. Nothing here lets You use the Keeper's lantern mark.

     III. Quarrels. Quarrels over these further terms go to the Keeper's own town.
"""


def test_roman_points_of_an_appendix_after_the_sections_are_not_the_units() -> None:
    old = make_document(APPENDIX.format(rev="1.0", share="", patents="", n3=3, n4=4))
    new = make_document(
        APPENDIX.format(
            rev="1.1",
            share=" and pass it on",
            patents="\n3. Patents. Each Keeper gives You leave under its patents.\n",
            n3=4,
            n4=5,
        )
    )
    assert [s.label for s in old.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2", "3", "4"]
    links = _links(old, new)
    assert {("1", "1"), ("2", "2"), ("3", "4"), ("4", "5")} <= links
    assert "3" in {new.segments[i].label for i in compare(old, new).added}


CLAUSED = """\
GREENHOUSE DESIGN LICENCE v{rev}

1. Terms
In this Licence, "Plans" means the drawings of the greenhouse.

2. Reach
2.1 This Licence covers the use and copying of the Plans.
2.2 The Designer grants this Licence to each Builder directly.

3. Copying, changing, showing to the public and handing on of the Plans and of any greenhouse built
3.1 The Builder keeps every notice of the Designer in the Plans{extra}.
3.2 The Builder may copy and hand on exact copies of the Plans.

4. Other terms
4.1 The Designer may publish new versions of this Licence.
"""


def test_a_long_title_right_over_its_first_clause_keeps_that_clause_s_number() -> None:
    """Before: "3." with a title of more than eighty characters was taken for a
    sentence, and clause 3.1 under it went into a unit labelled "3"."""
    old = make_document(CLAUSED.format(rev="1.1", extra=""))
    new = make_document(CLAUSED.format(rev="1.2", extra=" and every note on where they are kept"))
    labels = [s.label for s in old.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == ["1", "2.1", "2.2", "3.1", "3.2", "4.1"]
    cmp = compare(old, new)
    changed = [old.segments[p.old[0]].label for p in cmp.pairs if p.status == "modified"]
    assert "3.1" in changed and "3" not in changed


ADDITIONS_FIRST = """\
Lantern Public Licence, with its further terms

ADDITIONS

Further terms of the Lantern Public Licence.

     I. Reach. These further terms bind only the desktop edition.

     II. Marks. Nothing here lets You use the Keeper's lantern mark.

     III. Quarrels. Quarrels over these further terms go to the Keeper's own town.

Lantern Public Licence 1.1

1. Terms. "Lantern" means the program under this Licence.

2. Leave. The Keeper lets You copy and change Lantern and pass it on.

3. Patents. Each Keeper gives You leave under its patents.

4. Ending. Your leave ends at once if You break a term of this Licence.

5. Courts. The courts of the Keeper's town hear any quarrel over this Licence.
"""


def test_roman_points_moved_to_the_top_of_a_version_do_not_hide_its_sections() -> None:
    """NPL 1.1 put its amendments (I.–VI.) before the sections that NPL 1.0 ends with
    them: read alone, the roman points were the newer text's units, and every section
    of the older one was "removed"."""
    old = make_document(
        APPENDIX.format(rev="1.0", share="", patents="", n3=3, n4=4).replace(
            "ADDITIONS\n", "ADDITIONS\nFurther terms of the Lantern Public Licence.\n"
        )
    )
    new = make_document(ADDITIONS_FIRST)
    assert new.unit_style == "roman."  # alone, the points number it
    old, new = segmented_alike(old, new)
    assert [s.label for s in new.segments if s.kind is SegmentKind.ARTICLE] == list("12345")
    links = _links(old, new)
    assert {("1", "1"), ("2", "2"), ("3", "4"), ("4", "5"), ("ADDITIONS", "ADDITIONS")} <= links
    cmp = compare(old, new)
    assert not cmp.removed
    assert "3" in {new.segments[i].label for i in cmp.added}


FLUSH = """\
The Alder Licence
Revision {rev}

Use and sharing of this code are allowed if these conditions are kept:

{items}
{trailer}"""
ALDER = {
    "source": "Shared source copies must keep the grower's notice in full.",
    "binary": "Shared built copies must repeat that notice in their papers.",
    "name": "The name of the grower may not praise a copy without leave in writing.",
    "credit": "Credit for the code should be given to the grower in every shared copy.",
    "copy": "Shared copies must carry an exact copy of this very document with them.",
}
ALDER_TRAILER = (
    "THE CODE IS GIVEN AS IT IS AND EVERY PROMISE IS DISCLAIMED. THE GROWER ANSWERS "
    "FOR NO HARM OF ANY KIND.\n"
)


def _alder(rev: str, keys: list[str], revise: bool = False) -> str:
    items = "\n".join(f"{n}. {ALDER[k]}\n" for n, k in enumerate(keys, start=1))
    trailer = (
        "The grower may revise this licence at any time.\n\n" if revise else ""
    ) + ALDER_TRAILER
    return FLUSH.format(rev=rev, items=items, trailer=trailer)


def test_a_disclaimer_under_conditions_of_one_sentence_each_is_not_the_last_one_s() -> None:
    """Conditions flush left, a sentence each, then a disclaimer in capitals: in both
    versions it went into the last condition, and the two last conditions (credit,
    a copy of the document), which share no wording, were paired as renumbered."""
    old = make_document(_alder("1", ["source", "binary", "name", "credit"]))
    new = make_document(_alder("2", ["source", "binary", "copy"], revise=True))
    assert [s.label for s in old.segments][-2:] == ["4", "closing"]
    assert [s.label for s in new.segments][-2:] == ["3", "closing"]
    links = _links(old, new)
    assert {("1", "1"), ("2", "2"), ("closing", "closing")} <= links
    assert not any(o == "4" or n == "3" for o, n in links)


BILINGUAL = """\
Licence du Verger, version {rev}

1.   Définitions

« Code » désigne le programme publié sous la présente licence.

2.   Octroi

Chaque jardinier vous permet de copier le Code.
{fr4}
Orchard Licence, Version {rev}

Your use of the Code is subject to the following terms:

1. Definitions

"Code" means the program published under this licence.

2. Grant

Each gardener lets you copy the Code.
{en4}"""
FR4 = "\n3.   Langue\n\nLa version française prévaut.\n"
EN4 = "\n3. Language\n\nThe French version prevails.\n"


def test_the_second_language_of_a_bilingual_licence_is_numbered_again_under_its_title() -> None:
    """The English text, numbered from 1 again under its title and a lead-in, went
    into the last French article: the new French article 3 read as a split of 2, and
    no English article was compared with its own older version."""
    old = make_document(BILINGUAL.format(rev="1", fr4="", en4=""))
    new = make_document(BILINGUAL.format(rev="2", fr4=FR4, en4=EN4))
    labels = [s.label for s in new.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == ["1", "2", "3", "1#2", "2#2", "3#2"]
    first_english = new.segments[[s.label for s in new.segments].index("1#2")]
    assert new.text[first_english.start :].startswith("Orchard Licence, Version 2")
    cmp = compare(old, new)
    assert _links(old, new) >= {("1", "1"), ("2", "2"), ("1#2", "1#2"), ("2#2", "2#2")}
    assert sorted(new.segments[i].label for i in cmp.added) == ["3", "3#2"]
    assert all(len(p.old) == len(p.new) == 1 for p in cmp.pairs)


def test_indented_numbers_over_text_set_flush_left_keep_their_text() -> None:
    """Numbers indented as a list, each over paragraphs set flush left: the last
    section's text is its own, not a closing."""
    text = "Orchard Terms\n\n" + "".join(
        f"  {n}. {title}.\n\nThe grower {verb} under these terms, in every season of the year.\n\n"
        for n, (title, verb) in enumerate(
            [("Grant", "lets you plant"), ("Care", "asks you to water"), ("End", "may stop you")],
            start=1,
        )
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]
    assert doc.text[doc.segments[-1].start : doc.segments[-1].end].rstrip().endswith("year.")


ROWAN = """\
Rowan Seed Licence, version {rev}

1. Seeds may be shared by anyone who keeps this notice with every packet given away.

2. Names of the growers must not be used to sell seed without their written leave.
{note}
3. Changed seed must be packed apart from the growers' own, as a separate packet.

Disclaimer

THE SEED IS GIVEN AS IT IS. THE GROWERS ARE NOT LIABLE FOR ANY LOSS OF ANY HARVEST
OR FOR ANY DAMAGE, HOWEVER CAUSED, THAT THE SEED MAY BRING ABOUT.
"""
ROWAN_NOTE = """
"This packet holds seed grown by the Rowan growers."

Packets sold whole need not carry the line above.
"""


def test_a_disclaimer_titled_after_conditions_of_several_paragraphs_stands_apart() -> None:
    """A titled "Disclaimer" after the last condition is a part of its own, also when
    an earlier condition runs over several paragraphs (a quoted line and a note under
    it): there it had stayed in the last condition, while the version with one
    paragraph to each condition had it apart, and the disclaimer read as added and
    the condition as removed."""
    old = make_document(ROWAN.format(rev="1.1", note=ROWAN_NOTE))
    new = make_document(ROWAN.format(rev="2.0", note=""))
    for doc in (old, new):
        assert [s.label for s in doc.segments][-2:] == ["3", "Disclaimer"]
    links = _links(old, new)
    assert {("3", "3"), ("Disclaimer", "Disclaimer")} <= links


PACKED = """\
Hazel Code Licence {rev}
Copyright (c) {year} The Hazel Group. All rights reserved.
Use of the code, changed or not, is allowed if these conditions are met:
   1. Copies of the code must keep the notice above and this list of conditions.
   2. Builds of the code must show the notice above in their documentation.
   3. The name "Hazel" must not be used to promote other work without written leave.
   4. Copies of any kind must keep this line:
   "This product holds code written by the Hazel Group for the Hazel project."
THE CODE IS GIVEN AS IT IS AND THE HAZEL GROUP IS NOT LIABLE FOR ANY DAMAGE IT DOES.
This code was written by many people for the Hazel Group{thanks}.
"""


def test_a_disclaimer_under_an_indented_list_with_no_blank_lines_is_not_a_condition() -> None:
    """A licence copied a paragraph to a line, no blank line anywhere, its conditions
    set in and its disclaimer at the margin: the disclaimer and the note under it are
    the closing, not text of the last condition. Read as one paragraph, they had made
    the last two conditions of one version a merge into the other's last."""
    old = make_document(PACKED.format(rev="1.0", year="1999", thanks=""))
    new = make_document(PACKED.format(rev="1.1", year="2000", thanks=" and its friends"))
    for doc in (old, new):
        assert [s.label for s in doc.segments][-2:] == ["4", "closing"]
        last = doc.segments[-2]
        assert doc.text[last.start : last.end].rstrip().endswith('Hazel project."')
    assert {("4", "4"), ("closing", "closing")} <= _links(old, new)
