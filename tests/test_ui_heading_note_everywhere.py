"""A note on an article's heading shows in the inline redline and on the overview bar
too: it was drawn over the heading side by side and printed in the PDF, but the redline
marked nothing there and the overview had no tick for it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import wait_compared

pytestmark = pytest.mark.gui


def _heading_of(doc, label: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    seg = next(s for s in doc.segments if s.label == label)
    return seg.start, doc.text.find("\n", seg.start, seg.body_start)


def _redline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_["view.mode.inline"].trigger()
    wait_compared(qtbot, window)
    qtbot.waitUntil(lambda: window.view.inline is not None and window.view.inline.done)
    QApplication.processEvents()


@pytest.mark.parametrize(("side", "label", "words"), [("new", "V", "V"), ("old", "5", "5")])
def test_a_note_on_a_heading_is_drawn_in_the_redline(
    make_window, qtbot, side, label, words
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1400, 900))
    doc = window.session.new if side == "new" else window.session.old
    start, end = _heading_of(doc, label)
    _redline(window, qtbot)
    pane = window.view.inline_pane
    before = pane.overlay.spans("annotation")
    window.reading.store.create_from_selection(side, start, end, "the heading")
    QApplication.processEvents()
    added = [s for s in pane.overlay.spans("annotation") if s not in before]
    assert len(added) == 1
    a, b, _tip = added[0]
    block = pane.document().findBlock(a)
    assert block.blockNumber() in window.view.inline.row_blocks  # a heading of the redline
    shown = block.text()[a - block.position() : b - block.position()]
    assert words in shown and "Article" in shown


def test_a_note_on_a_heading_is_ticked_on_the_overview(make_window) -> None:
    window = make_window(size=(1400, 900))
    start, end = _heading_of(window.session.new, "V")
    before = list(window.view.layers.marks())
    window.reading.store.create_from_selection("new", start, end, "the heading")
    QApplication.processEvents()
    added = [m for m in window.view.layers.marks() if m not in before]
    assert len(added) == 1 and added[0][1] == 1
    geo = window.view.geo[1]
    index = window.session.new.segments.index(
        next(s for s in window.session.new.segments if s.label == "V")
    )
    top, _bottom = geo.ranges[index]
    assert abs(added[0][0] * geo.height - top) < 60  # at the article's heading


def test_going_to_a_heading_note_from_the_redline_stays_there(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Chosen in the Notes panel while reading the redline, a note on a heading had
    switched the window to Side by Side: the redline found no words of it to go to."""
    from PySide6.QtGui import QTextCursor

    window = make_window(size=(1400, 900))
    start, end = _heading_of(window.session.new, "V")
    window.reading.store.create_from_selection("new", start, end, "the Straits article")
    _redline(window, qtbot)
    for _ in range(10):
        QApplication.processEvents()
    window.reading.go_to("new", start, end)
    for _ in range(10):
        QApplication.processEvents()
    assert window.view.mode == "inline"
    pane = window.view.inline_pane
    (a, _b, _tip) = next(s for s in pane.overlay.spans("annotation") if "Straits" in s[2])
    cursor = QTextCursor(pane.document())
    cursor.setPosition(a)
    assert pane.viewport().rect().contains(pane.cursorRect(cursor).center())
