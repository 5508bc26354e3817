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
