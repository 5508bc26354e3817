"""A note made on an article's heading shows on that heading in the pane.

Selecting "Article V" (the pane draws headings apart from the text's words) and
annotating it notes the heading's words; the note was made, listed and exported, but
the pane marked nothing where it was made, so the reader could not see it there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_a_note_on_an_article_s_heading_is_drawn_over_it(make_window) -> None:
    window = make_window(size=(1400, 900))
    new = window.session.new
    seg = next(s for s in new.segments if s.label == "V")
    index = new.segments.index(seg)
    end = new.text.find("\n", seg.start, seg.body_start)
    assert new.text[seg.start : end] == "Article V"
    pane = window.view.new_pane
    before = pane.overlay.spans("annotation")
    window.reading.store.create_from_selection("new", seg.start, end, "the Straits article")
    QApplication.processEvents()
    side_map = window.view.rendered[1].map
    block = pane.document().findBlockByNumber(side_map.heading_block[index])
    added = [s for s in pane.overlay.spans("annotation") if s not in before]
    assert [(a, b) for a, b, _tip in added] == [
        (block.position(), block.position() + len("Article V"))
    ]
    assert block.text().startswith("Article V")


def test_a_note_on_a_chapter_heading_is_drawn_over_its_line(make_window) -> None:
    """The chapter's heading stands on a line of its own over the article's heading
    ("제2장 국민의 권리와 의무" over "제9조"): a note on it marks that line alone."""
    pairs = Path(__file__).parent / "real_pairs" / "kr-const"
    window = make_window(pairs / "constitution-1972.md", pairs / "constitution-1980.md")
    new = window.session.new
    chapter = new.divisions[1]
    end = new.text.index(chapter.title, chapter.start) + len(chapter.title)
    index = new.segment_at(chapter.start)
    pane = window.view.new_pane
    before = pane.overlay.spans("annotation")
    window.reading.store.create_from_selection("new", chapter.start, end, "the rights chapter")
    QApplication.processEvents()
    block = pane.document().findBlockByNumber(window.view.rendered[1].map.heading_block[index])
    (added,) = [s for s in pane.overlay.spans("annotation") if s not in before]
    assert block.text()[added[0] - block.position() : added[1] - block.position()] == (
        "제2장 국민의 권리와 의무"
    )


def test_going_to_a_note_on_a_heading_shows_the_heading(make_window) -> None:
    """Choosing such a note in the Notes panel, or opening a session saved with it
    chosen, had left the panes where they were (at the end of the texts for a saved
    session): the passage was "not shown", being no words of the text."""
    window = make_window(size=(1400, 900))
    new = window.session.new
    seg = next(s for s in new.segments if s.label == "V")
    index = new.segments.index(seg)
    end = new.text.find("\n", seg.start, seg.body_start)
    pane = window.view.new_pane
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())  # far from it
    QApplication.processEvents()
    assert window.view.go_to("new", seg.start, end)
    QApplication.processEvents()
    block = pane.document().findBlockByNumber(window.view.rendered[1].map.heading_block[index])
    cursor = QTextCursor(block)
    assert pane.viewport().rect().contains(pane.cursorRect(cursor).center())
