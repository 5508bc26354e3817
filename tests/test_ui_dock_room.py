"""The texts keep most of the window: a dock dragged tall or wide stops at the texts'
least size, and a layout saved that way opens with the docks at most at their share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import new_window, wait_compared
from treatyviewer.ui.app.dock_room import (
    BELOW_SHARE,
    SIDE_SHARE,
    TEXT_MIN_HEIGHT,
    TEXT_MIN_WIDTH,
)
from treatyviewer.ui.app.main_window import MainWindow

pytestmark = pytest.mark.gui
SIZE = (1400, 900)


def _open(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as the reader starts it, with the settings kept in ``folder``."""
    window = new_window(folder, SIZE)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    return window


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_concordance_dragged_tall_opens_next_time_below_its_share(qtbot, tmp_path) -> None:
    first = _open(qtbot, tmp_path)
    fresh = first.concordance.height()
    first.resizeDocks([first.concordance], [650], Qt.Orientation.Vertical)
    _settle()
    assert first.concordance.height() > 0.6 * first.height()  # the reader's drag took
    first.close()

    again = _open(qtbot, tmp_path)
    _settle()
    height = again.concordance.height()
    assert height <= BELOW_SHARE * again.height() + 1
    assert height > fresh  # still taller than at first start: the reader's choice, capped
    panes = again.view.old_pane, again.view.new_pane
    assert all(p.height() > 0.5 * again.height() for p in panes), [p.height() for p in panes]


def test_side_docks_dragged_wide_open_next_time_below_their_share(qtbot, tmp_path) -> None:
    first = _open(qtbot, tmp_path)
    first.outline.show()
    entities = first.reading.entity_dock
    first.resizeDocks([first.outline, entities], [600, 600], Qt.Orientation.Horizontal)
    _settle()
    first.close()

    again = _open(qtbot, tmp_path)
    _settle()
    assert again.outline.isVisible() and again.reading.entity_dock.isVisible()
    sides = again.outline.width() + again.reading.entity_dock.width()
    assert sides <= SIDE_SHARE * again.width() + 2
    panes = again.view.old_pane, again.view.new_pane
    assert sum(p.width() for p in panes) > 0.5 * again.width(), [p.width() for p in panes]


def test_no_dock_squeezes_the_texts_below_their_least_size(make_window) -> None:
    window = make_window(size=SIZE)
    window.outline.show()
    window.resizeDocks([window.concordance], [5000], Qt.Orientation.Vertical)
    window.resizeDocks(
        [window.outline, window.reading.entity_dock], [5000, 5000], Qt.Orientation.Horizontal
    )
    _settle()
    assert window.size().toTuple() == SIZE  # the docks gave way, not the window
    assert window.view.width() >= TEXT_MIN_WIDTH and window.view.height() >= TEXT_MIN_HEIGHT
    assert window.concordance.height() > 0.4 * window.height()  # still dragged far


def test_docks_shrink_with_the_window_and_the_texts_keep_their_share(qtbot, tmp_path) -> None:
    """A window made smaller (1600x1000 to 1000x700) took the whole loss from the
    texts: the concordance kept its 270 px and the texts got 330 px of 700."""
    window = new_window(tmp_path, (1600, 1000))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    _settle()
    share = window.concordance.height() / window.height()
    side = window.reading.entity_dock.width() / window.width()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    _settle()
    assert window.concordance.height() / window.height() == pytest.approx(share, abs=0.03)
    # (or as wide as the parties' names need)
    least = window.reading.entities.least_width / window.width()
    assert window.reading.entity_dock.width() / window.width() == pytest.approx(
        max(side, least), abs=0.03
    )
    panes = window.view.old_pane, window.view.new_pane
    assert all(p.height() > 0.5 * window.height() for p in panes), [p.height() for p in panes]


def test_docks_and_the_outline_come_back_when_the_window_is_wide_again(qtbot, tmp_path) -> None:
    """Made small and then large again, the outline stayed a tab among the right-hand
    docks and the concordance two rows tall: both come back as they were."""
    window = new_window(tmp_path, (1600, 1000))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    window.outline.show()
    _settle()
    assert window.dockWidgetArea(window.outline) == Qt.DockWidgetArea.LeftDockWidgetArea
    tall, wide = window.concordance.height(), window.outline.width()
    window.resize(1000, 650)
    qtbot.waitUntil(lambda: window.width() < 1100)
    _settle()
    assert window.dockWidgetArea(window.outline) == Qt.DockWidgetArea.RightDockWidgetArea
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    _settle()
    assert window.dockWidgetArea(window.outline) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.outline.width() == pytest.approx(wide, abs=12)
    assert window.concordance.height() == pytest.approx(tall, rel=0.15)


def test_docks_made_tabs_by_a_cramped_window_come_back_at_their_width(qtbot, tmp_path) -> None:
    """Made 800 px wide (the side docks became tabs below the texts) and wide again, the
    parties and places came back ~180 px wide, every name cut to "P…s", the concordance
    three rows tall; and the next start opened so."""
    window = new_window(tmp_path, (1500, 950))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    _settle()
    entities = window.reading.entity_dock
    wide, tall = entities.width(), window.concordance.height()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    _settle()
    assert window.dockWidgetArea(entities) == Qt.DockWidgetArea.BottomDockWidgetArea
    window.resize(1500, 950)
    qtbot.waitUntil(lambda: window.width() == 1500)
    _settle()
    assert window.dockWidgetArea(entities) == Qt.DockWidgetArea.RightDockWidgetArea
    assert entities.width() == pytest.approx(wide, abs=12)
    assert window.concordance.height() == pytest.approx(tall, rel=0.15)
    window.close()

    again = new_window(tmp_path, (1500, 950))
    qtbot.addWidget(again)
    qtbot.waitExposed(again)
    again.open_bundled()
    wait_compared(qtbot, again)
    again.reading.entity_dock.raise_()
    _settle()
    assert again.reading.entity_dock.width() == pytest.approx(wide, abs=12)
