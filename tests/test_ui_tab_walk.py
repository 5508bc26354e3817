"""Tab walks only through controls the reader can see, and out of every list.

With the Notes tab in front of Parties and Places, Tab from the newer text went to
four controls of the hidden panel (its filter, both boxes, its tree): four presses
with the focus nowhere on screen. In the notes list Tab went from cell to cell and
never left, so a reader working by keyboard was held there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui


def _tab() -> QWidget:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_passes_over_the_panel_behind_a_tab(make_window) -> None:
    window = make_window(size=(1280, 720))
    window.reading.notes_dock.raise_()
    QApplication.processEvents()
    window.view.panes()[1].setFocus()
    unseen = []
    for _ in range(12):
        widget = _tab()
        if widget.visibleRegion().isEmpty():
            unseen.append(widget.accessibleName() or type(widget).__name__)
    assert not unseen, unseen


def test_tab_leaves_the_notes_list(make_window) -> None:
    window = make_window(size=(1280, 720))
    window.reading.notes_dock.raise_()
    QApplication.processEvents()
    table = window.reading.notes.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert table.hasFocus()
    assert _tab() is not table


def test_tab_into_the_notes_list_leaves_the_texts_where_they_were(make_window, qtbot) -> None:
    """Passing through the notes list by Tab moved the texts to the first note's
    passage; the arrow keys, once there, still walk the notes and the texts follow."""
    window = make_window(size=(1280, 720))
    window.reading.notes_dock.raise_()
    QApplication.processEvents()
    panel = window.reading.notes
    assert panel.table.model().rowCount() > 1
    bar = window.view.panes()[0].verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    place = bar.value()
    panel.origin_combo.setFocus(Qt.FocusReason.TabFocusReason)
    while QApplication.focusWidget() is not panel.table:
        _tab()
    for _ in range(5):
        QApplication.processEvents()
    assert bar.value() == place
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bar.value() != place)
