"""A draft's chapter of short numbered paragraphs made into one article of the final
text, its paragraphs numbered again inside it: each paragraph is a small share of the
article, so none pairs with it alone, and the paragraphs were shown as removed and the
article as added. A run of next-door paragraphs that one article holds, each nearly
whole and in their order, is one merge; paragraphs that only share the article's
subjects and formulas are not."""

from __future__ import annotations

from pathlib import Path

from alignment_score import part_links
from treatyviewer.core.align import Alignment, align
from treatyviewer.core.document import Document
from treatyviewer.io.readers import read_document

PAIRS = Path(__file__).parent / "merged_runs"
DUTIES = tuple(f"II:{n}" for n in range(1, 10))


def _aligned(new_name: str) -> tuple[Document, Document, Alignment]:
    old = read_document(PAIRS / "draft.txt")
    new = read_document(PAIRS / new_name)
    return old, new, align(old, new)


def test_a_chapter_of_numbered_paragraphs_made_into_one_article_is_one_merge() -> None:
    old, new, found = _aligned("statute.txt")
    links = part_links(old, new, found)
    assert (DUTIES, ("2",)) in links, links
    # The paragraph that carries the next chapter's heading and lead-in at its end
    # stays with the article it came from.
    assert (("I:1", "I:2", "I:3"), ("1",)) in links, links
    assert "2" not in [new.segments[j].label for j in found.added]
    assert not set(DUTIES) & {old.segments[i].label for i in found.removed}


def test_paragraphs_that_only_share_the_articles_subjects_are_not_merged_into_it() -> None:
    # The same chapter beside an article of other duties on the same subjects (tolls,
    # the towpath, weirs), in the same formulas.
    old, new, found = _aligned("statute-other-duties.txt")
    merged = [link for link in found.links if set(link.new) == {2} or len(link.old) > 3]
    assert not any(old.segments[i].label in DUTIES for link in merged for i in link.old), (
        part_links(old, new, found)
    )
    assert set(DUTIES) <= {old.segments[i].label for i in found.removed}


def test_a_point_reworded_and_grown_between_two_parts_of_a_merge_joins_it() -> None:
    # Purposes 1 to 4 of a draft (the fourth set after "and", the next chapter's heading
    # and lead-in under it) made into Art. 1, the third reworded around new matter: it
    # reads in order as little of Art. 1 as any article, yet Art. 1 holds it clearly and
    # it stands between two of its parts.
    old = read_document(PAIRS / "aims-draft.txt")
    new = read_document(PAIRS / "aims-final.txt")
    found = align(old, new)
    links = part_links(old, new, found)
    assert (("I:1", "I:2", "I:3", "I:4"), ("1",)) in links, links
    assert (("II:1", "II:2", "II:3"), ("2",)) in links, links
    assert not found.removed and not found.added
