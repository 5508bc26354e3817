"""A window of 800×600: the docks give the texts the width (the right-hand column took
about 45 % of it, leaving each text pane two to four words a line), the titles are cut
at the end with the whole in a tooltip, and a menu's hint in the status bar is read whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget

pytestmark = pytest.mark.gui
Area = Qt.DockWidgetArea


def _side_docks(window) -> list[QDockWidget]:  # type: ignore[no-untyped-def]
    return [
        d
        for d in window.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and window.dockWidgetArea(d) in (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)
    ]


def test_at_800_by_600_the_side_docks_give_the_texts_the_width(qtbot, make_window) -> None:
    window = make_window(size=(1400, 900))
    tools = window.reading
    tools.set_dock_visible(tools.entity_dock, True)
    window.actions_["view.outline"].trigger()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    QApplication.processEvents()
    assert not _side_docks(window), _side_docks(window)
    panes = [window.view.old_pane.viewport().width(), window.view.new_pane.viewport().width()]
    assert min(panes) >= 300, panes
    # Still at hand: a tab beside the concordance, and the View menu brings it forward.
    below = window.tabifiedDockWidgets(window.concordance)
    assert tools.entity_dock in below and window.outline in below, below
    tools.set_dock_visible(tools.notes_dock, True)
    assert not tools.notes_dock.visibleRegion().isEmpty()
    # Wide again: the docks go back beside the texts.
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.width() == 1400)
    QApplication.processEvents()
    assert window.dockWidgetArea(tools.entity_dock) == Area.RightDockWidgetArea
    assert tools.entity_dock not in window.tabifiedDockWidgets(window.concordance)


def test_a_long_pane_title_is_cut_at_its_end_and_shown_whole_in_its_tooltip(
    qtbot, make_window
) -> None:
    window = make_window(size=(800, 600))
    title, full = window.view.old_title, window.view.old_box.full_title
    title.setMaximumWidth(220)  # as narrow as the pane had it beside the docks
    qtbot.waitUntil(lambda: title.width() <= 220)
    shown = title.text()
    assert full.endswith("— a reconstruction") and shown != full, (shown, full)
    assert shown.endswith("…") and full.startswith(shown[:-1]), (shown, full)  # not its middle
    official = window.session.comparison.old.title  # the tooltip has it whole
    assert title.toolTip().startswith(official) and "a reconstruction" in title.toolTip()


def test_a_long_hint_in_the_status_bar_is_not_cut_by_the_labels_beside_it(
    qtbot, make_window
) -> None:
    window = make_window(size=(800, 600))
    bar = window.statusBar()
    hint = "The language of menus and messages (not of the texts): takes effect after a restart"
    bar.showMessage(hint)
    QApplication.processEvents()
    needed = bar.fontMetrics().horizontalAdvance(hint) + 8
    beside = [
        w
        for w in (window.position.change_label, window.status.legend, window.reading.legend)
        if w.isVisible()
    ]
    assert all(w.mapTo(bar, QPoint(0, 0)).x() >= needed for w in beside), beside
    bar.clearMessage()
    QApplication.processEvents()
    assert window.position.change_label.isVisible() and window.status.legend.isVisible()
