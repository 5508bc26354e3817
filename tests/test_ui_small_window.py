"""A small screen (1024×700): the texts keep a reading width and the status bar one line
that fits."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from treatyviewer.ui.app.status_line import plain

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900), (1600, 1000)])
def test_the_counts_fit_on_one_line_and_the_tooltip_has_them_all(make_window, size) -> None:
    """At 1400 px the counts were cut with "…" after the words: a shorter form of the
    same counts is shown instead, and the whole of them is in the tooltip."""
    window = make_window(size=size)
    QApplication.processEvents()
    counts, bar = window.counts, window.statusBar()
    line = counts.fontMetrics().height()
    assert bar.height() < line * 2.2, "one line, not two or three"
    shown = counts.shown()
    assert "…" not in shown, shown
    for status, count in window.session.comparison.stats().items():
        if count:
            assert window.status.status_count(status, count) in shown, (status, shown)
    assert "deleted" in shown or "words: −" in shown, shown
    assert "Word changes:" in counts.toolTip() and "removed" in counts.toolTip()
    assert "words deleted" in counts.toolTip()
    room = counts.contentsRect().width()
    assert counts.fontMetrics().horizontalAdvance(shown) <= room
    labels = [w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]
    for a, b in itertools.combinations(labels, 2):
        assert not a.geometry().intersects(b.geometry()), (a, b)


def test_a_wide_window_shows_the_counts_in_full(make_window) -> None:
    window = make_window(size=(1024, 700))
    counts = window.counts
    assert "Word changes:" not in counts.shown()
    window.resize(1900, 700)
    QApplication.processEvents()
    assert counts.shown() == plain(counts.text())


def pane_widths(window) -> list[int]:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return [window.view.old_pane.viewport().width(), window.view.new_pane.viewport().width()]


@pytest.mark.parametrize(("size", "least"), [((1024, 700), 300), ((1366, 768), 380)])
def test_docks_leave_the_texts_a_reading_width(make_window, size, least) -> None:
    """The outline once took a second column: two panes of ~170 px at 1024×700."""
    window = make_window(size=size)
    window.actions_["view.outline"].trigger()
    assert window.outline.isVisible()
    assert min(pane_widths(window)) >= least, pane_widths(window)
    assert window.tabifiedDockWidgets(window.outline), "the outline is a tab of the side docks"


def test_a_wide_window_keeps_the_outline_in_its_own_column(make_window) -> None:
    window = make_window(size=(1600, 1000))
    window.actions_["view.outline"].trigger()
    QApplication.processEvents()
    assert window.outline.isVisible() and not window.tabifiedDockWidgets(window.outline)
    assert min(pane_widths(window)) >= 380


def test_a_window_of_800_by_560_shows_both_panes_whole(qtbot, tmp_path) -> None:
    """Made 800×560 with the outline and the map shown, the window kept the texts 560 px
    wide: the newer pane ran under the right-hand docks, its scroll bar and the overview
    strip out of sight."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDockWidget

    from conftest import new_window, wait_compared

    window = new_window(tmp_path, (1366, 768))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    window.actions_["view.outline"].trigger()
    window.actions_["view.map"].trigger()
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.height() == 560)
    QApplication.processEvents()
    assert window.size().toTuple() == (800, 560), "the window takes the size asked"
    seen = QRect(0, 0, 800, 560)
    docks = [
        QRect(d.mapTo(window, QPoint(0, 0)), d.size())
        for d in window.findChildren(QDockWidget)
        if d.isVisible() and not d.isFloating()
    ]
    pane = window.view.new_pane
    for part in (window.view.new_box, pane.verticalScrollBar(), window.view.overview):
        assert part.isVisible(), part
        where = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
        assert seen.contains(where), (part, where)
        assert not any(d.intersects(where) for d in docks), (part, where, docks)
