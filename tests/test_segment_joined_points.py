"""A draft's chapters of numbered points as a transcription gives them: the "; and"
that ends the last point but one moved onto the next line ("and 4. To afford…"),
and a chapter heading with a long lead-in under it ("In pursuit of … the following
principles:"). The fourth point was read as the end of the third, and the next
chapter's heading and lead-in as the end of its last point."""

from __future__ import annotations

from treatyviewer.core.segment import make_document

DRAFT = """There should be set up a fellowship of mountain huts.

CHAPTER I

PURPOSES

The purposes of the Fellowship should be:

1. To keep the huts open to every walker in all seasons;

2. To develop friendly ties among the wardens;

3. To achieve co-operation in the solution of common problems of supply and rescue;

and 4. To afford a meeting place for harmonizing the work of the wardens.

CHAPTER II

PRINCIPLES

In pursuit of the purposes in Chapter I the Fellowship and its members should act on the following principles:

1. The Fellowship is based on the equal standing of all its huts, high or low.

2. All members of the Fellowship shall carry out in good faith the duties they take on.
"""


def _units(text: str) -> dict[str, str]:
    doc = make_document(text)
    return {s.label: doc.text[s.start : s.end] for s in doc.segments}


def test_a_point_whose_number_follows_the_joiner_of_the_one_above_is_a_unit() -> None:
    units = _units(DRAFT)
    assert units["I:4"].startswith("4. To afford a meeting place"), units
    assert units["I:3"].startswith("3. To achieve")
    assert "To afford" not in units["I:3"]


def test_a_chapters_heading_and_long_lead_in_open_its_first_point() -> None:
    units = _units(DRAFT)
    assert units["II:1"].startswith("CHAPTER II"), units
    assert "following principles:" in units["II:1"]
    assert "CHAPTER II" not in units["I:4"]


def test_a_joiner_before_a_number_that_does_not_follow_opens_nothing() -> None:
    # "and 7." after point 3 is no point of that list, nor a sentence going on after a
    # number that a wrapped line cut ("paragraphs 1" / "and 2. The wardens…").
    skipped = DRAFT.replace("and 4. To afford", "and 7. To afford")
    assert "I:7" not in _units(skipped)
    wrapped = DRAFT.replace(
        "2. To develop friendly ties among the wardens;",
        "2. To develop friendly ties among the wardens under paragraphs 1\nand 3. The wardens meet;",
    )
    assert "I:3#2" not in _units(wrapped) and list(_units(wrapped)).count("I:3") == 1
