"""A chapter whose articles were all struck out keeps its heading and a note under it:
a section of its own, not the end of the article before."""

from __future__ import annotations

import pytest

from treatyviewer.core.comparison import compare, comparison_json
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document

COUNCIL = [
    "The Council is composed of one representative of each Member State.",
    "Each Member State has one vote in the Council.",
    "The Council meets in regular session once a year, and in special session at the "
    "request of a third of its members.",
    "The Council adopts its own rules of procedure.",
]
COMMITTEE = [
    "The Executive Committee is composed of nine Member States elected by the Council "
    "for two years.",
    "The Executive Committee prepares the work of the Council and reports to it.",
]
ADMINISTRATION = [
    "The Administration comprises a Director General and such staff as the Council determines.",
    "The Director General is elected by the Council for five years.",
    "The seat of the Organization is determined by the Council.",
]


def _constitution(committee: list[str] | None) -> str:
    articles = iter(range(1, 20))

    def chapter(number: str, name: str, texts: list[str]) -> str:
        body = "".join(f"Article {next(articles)}\n{text}\n\n" for text in texts)
        return f"CHAPTER {number} - {name}\n\n{body}"

    first = chapter("I", "COUNCIL", COUNCIL)
    middle = (
        chapter("II", "EXECUTIVE COMMITTEE", committee)
        if committee
        else "CHAPTER II - EXECUTIVE COMMITTEE\nRepealed with effect from 21 November 2013\n\n"
    )
    last = chapter("III", "ADMINISTRATION", ADMINISTRATION)
    return f"Constitution of the Organization\n\n{first}{middle}{last}"


def test_a_chapter_struck_out_is_a_section_of_its_own_not_the_end_of_an_article():
    """The chapter's heading and its note had been read as the end of Article 4, which
    then read as changed although its words were kept."""
    new = make_document(_constitution(None))
    four = next(s for s in new.segments if s.label == "4")
    assert new.text[four.body_start : four.end].strip() == COUNCIL[3]
    struck = next(s for s in new.segments if s.kind is SegmentKind.HEADING)
    assert struck.label == "CHAPTER II - EXECUTIVE COMMITTEE"
    assert new.text[struck.body_start : struck.end] == "Repealed with effect from 21 November 2013"
    cmp = compare(make_document(_constitution(COMMITTEE)), new)
    status = {tuple(cmp.old.segments[i].label for i in p.old): p for p in cmp.pairs}
    assert not status[("4",)].changes
    assert cmp.label_of("old", cmp.removed) == ["5", "6"]


def test_a_chapter_struck_out_is_counted_repealed_as_the_pane_calls_it():
    """The pane calls the heading kept over the notice repealed; the counts had called it
    added and counted nothing repealed."""
    cmp = compare(make_document(_constitution(COMMITTEE)), make_document(_constitution(None)))
    data = comparison_json(cmp)
    assert data["repealed"] == ["CHAPTER II - EXECUTIVE COMMITTEE"]
    assert data["removed"] == ["5", "6"]
    assert data["stats"]["repealed"] == 1
    shown = cmp.shown_stats()
    assert (shown["added"], shown["removed"], shown["repealed"]) == (0, 2, 1)


@pytest.mark.gui
def test_the_status_bar_counts_a_chapter_struck_out_as_the_pane_calls_it(
    make_window, qtbot, tmp_path
):  # type: ignore[no-untyped-def]
    """The pane badges the chapter's heading "repealed"; the status bar had said
    "1 added" of it."""
    from conftest import open_texts

    window = make_window()
    open_texts(qtbot, window, tmp_path, _constitution(COMMITTEE), _constitution(None))
    pane = window.view.new_pane.toPlainText()
    heading = next(line for line in pane.splitlines() if "EXECUTIVE COMMITTEE" in line)
    assert "repealed" in heading and "added" not in heading
    counts = window.counts.text()
    assert "1 repealed" in counts and "2 removed" in counts and "added" not in counts, counts
