"""A small screen (1024×700): the texts keep a reading width and the status bar one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_the_status_line_stays_one_line_and_tells_the_rest_in_its_tooltip(make_window) -> None:
    window = make_window(size=(1024, 700))
    QApplication.processEvents()
    counts = window.counts
    line = counts.fontMetrics().height()
    assert window.statusBar().height() < line * 2.2, "one line, not two or three"
    assert counts.shown().endswith("…")
    assert "removed" in counts.text() and "Changes:" in counts.text()
    assert "Changes:" in counts.toolTip() and "removed" in counts.toolTip()
    window.resize(1900, 700)
    QApplication.processEvents()
    assert not counts.shown().endswith("…") and "Changes:" in counts.shown()


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
