"""A long text written again (a side panel opened or closed, which changes the panes'
width; File → Reload) keeps the article read on screen the whole time.

A long text is written into the panes from its start, a slice at a time. Written
again at a new width, or read and compared again, it showed the beginning of both
texts for seconds (at Art. 3000 of a 5 MB pair, 5 to 15) before the writing reached
the article read and the panes came back to it. The reader is never shown the
beginning in between: at every turn of the event loop, the article at the top of each
pane, as Qt lays it out, is the one read.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from conftest import wait_compared, write_treaty_pair
from treatyviewer.core.comparison import Row
from treatyviewer.ui.compare.formats import SEGMENT_PROP
from treatyviewer.ui.compare.pane import ComparisonPane

pytestmark = pytest.mark.gui

READ = "260"
"""The article read, most of the way down a pair of 300 articles."""


def shown_at_top(pane: ComparisonPane) -> int | None:
    """The segment whose article Qt shows at the top of a pane (what the reader sees,
    not what the view has measured); None when its lines are not laid out (a long text
    keeps only what is near the view laid out: the heading shows, over blank room)."""
    block = pane.cursorForPosition(QPoint(20, 20)).block()
    while block.isValid():
        index = block.blockFormat().property(SEGMENT_PROP)
        if isinstance(index, int):
            return index if block.next().isVisible() else None
        block = block.previous()
    return None


def _reading_a_long_pair(make_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """A window on a pair written step by step, as a long one is, at Art. ``READ``."""
    old, new = write_treaty_pair(tmp_path, "long", articles=300, words_per_article=60, edits=400)
    window = make_window(size=(1200, 600))
    view = window.view
    view.long_text = 0  # (written step by step, as a long text is)
    view.filler.settle_ms = 50
    for dock in window.findChildren(QDockWidget):  # (the Outline alone beside the texts)
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
            dock.hide()
    previous = window.session.comparison
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, previous)
    cmp = window.session.comparison
    row = Row("pair", cmp.pair_of_new(cmp.new.index_of(READ)))
    view.jump_to_pair(row.index)
    qtbot.wait(20)
    assert view.navigator.row_at_top() == row
    pair = cmp.pairs[row.index]
    assert [shown_at_top(view.old_pane), shown_at_top(view.new_pane)] == [pair.old[0], pair.new[0]]
    return window, row


def _tops_at_every_turn(qtbot, window, act: Callable[[], None]):  # type: ignore[no-untyped-def]
    """``act``, then the segment at the top of each pane at every turn of the event loop
    until the texts are written again (and compared, when they are read again)."""
    view = window.view
    seen: list[tuple[int | None, int | None]] = []
    said: list[Row | None] = []
    """...and the article the view says is at the top (the Concordance and the Outline
    follow it), where the texts shown are the ones read (not a reload's texts)."""

    def turn() -> None:
        seen.append((shown_at_top(view.old_pane), shown_at_top(view.new_pane)))
        if view.cmp is window.session.comparison:
            said.append(view.navigator.row_at_top())

    turns = QTimer()
    turns.setInterval(0)
    turns.timeout.connect(turn)
    turns.start()
    try:
        act()
        qtbot.waitUntil(lambda: view.writing() or window.session.busy, timeout=10_000)
        qtbot.waitUntil(lambda: not (view.writing() or window.session.busy), timeout=60_000)
        qtbot.wait(50)
    finally:
        turns.stop()
    return seen, said


def _measured_as_laid_out(window) -> None:  # type: ignore[no-untyped-def]
    """What the view measured of each text written again (the connectors, the scroll
    sync and the overview go by it) is where Qt lays it out in the pane that shows it."""
    view = window.view
    for side, pane in enumerate((view.old_pane, view.new_pane)):
        document, side_map = pane.document(), view.rendered[side].map
        assert document is view.rendered[side].document
        layout = document.documentLayout()
        near = view.navigator.segment_at_top(side)
        for index in range(max(0, near - 3), near + 4):
            if index in side_map.heading_block:
                block = document.findBlockByNumber(side_map.heading_block[index])
                top = layout.blockBoundingRect(block).top()
                assert abs(view.geo[side].ranges[index][0] - top) < 0.5, (side, index)


def _far_from(seen, window, row):  # type: ignore[no-untyped-def]
    """The turns whose panes showed an article other than the one read (or the one
    next to it) at the top."""
    cmp = window.view.cmp
    pair = cmp.pairs[row.index]
    wanted = (pair.old[0], pair.new[0])
    return [
        (turn, tops)
        for turn, tops in enumerate(seen)
        if any(top is None or abs(top - want) > 1 for top, want in zip(tops, wanted, strict=True))
    ]


@pytest.mark.parametrize("panel", ["open", "close"])
def test_a_side_panel_opened_or_closed_keeps_the_article_read_on_screen_throughout(
    make_window, qtbot, tmp_path, panel
) -> None:
    window, row = _reading_a_long_pair(make_window, qtbot, tmp_path)
    if panel == "close":  # opened first (and the text written again at its width)
        _tops_at_every_turn(qtbot, window, window.actions_["view.outline"].trigger)
        window.view.jump_to_pair(row.index)
        qtbot.wait(20)
    width = window.view.new_pane.viewport().width()

    seen, said = _tops_at_every_turn(qtbot, window, window.actions_["view.outline"].trigger)

    assert window.outline.isVisible() == (panel == "open")
    assert window.view.new_pane.viewport().width() != width  # written again at a new width
    assert len(seen) > 5
    assert _far_from(seen, window, row) == []
    assert set(said) <= {row}
    assert window.view.navigator.row_at_top() == row
    _measured_as_laid_out(window)


@pytest.mark.parametrize("apart", [False, True])
def test_reload_keeps_the_article_read_on_screen_throughout(
    make_window, qtbot, tmp_path, apart
) -> None:
    """``apart``: compared in a process of its own, as a long pair is (its texts were
    shown as read meanwhile, written from their beginning)."""
    window, row = _reading_a_long_pair(make_window, qtbot, tmp_path)
    if apart:
        window.session.apart_from = 0
    previous = window.session.comparison
    read_again: list[bool] = []
    window.session.textsRead.connect(lambda *_texts: read_again.append(True))

    seen, said = _tops_at_every_turn(qtbot, window, window.session.reload)

    assert window.session.comparison is not previous  # compared and written again
    assert read_again == ([True] if apart else [])
    assert len(seen) > 5
    assert _far_from(seen, window, row) == []
    assert set(said) <= {row}
    assert window.view.navigator.row_at_top() == row
    _measured_as_laid_out(window)
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)
