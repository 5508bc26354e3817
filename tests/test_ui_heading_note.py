"""A note made on an article's heading shows on that heading in the pane.

Selecting "Article V" (the pane draws headings apart from the text's words) and
annotating it notes the heading's words; the note was made, listed and exported, but
the pane marked nothing where it was made, so the reader could not see it there."""

from __future__ import annotations

import pytest
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
