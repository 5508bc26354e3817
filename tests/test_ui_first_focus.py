"""The window opens with the keyboard focus in the older text, where reading starts.

The window opened with the focus on the concordance's tabs ("All articles"): a reader
who pressed Page Down or an arrow key to read on moved nothing in the texts (Page
Down did nothing, the arrow keys switched the concordance's tabs), and Tab went
through the concordance's filter and buttons before it reached the texts. Opening
another pair or a saved session left the focus wherever it was, often in that list.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import new_window, wait_compared

pytestmark = pytest.mark.gui


def _opened(qtbot, tmp_path, old: str = "draft-1920", new: str = "moscow-1921"):  # type: ignore[no-untyped-def]
    """A window shown and made active as at start, then given its first pair."""
    window = new_window(tmp_path, (1400, 900))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_pair(old, new)
    wait_compared(qtbot, window)
    return window


def _in_older_text(window) -> bool:  # type: ignore[no-untyped-def]
    return QApplication.focusWidget() is window.view.old_pane


def test_the_window_opens_with_the_focus_in_the_older_text(qtbot, tmp_path) -> None:
    window = _opened(qtbot, tmp_path)
    qtbot.waitUntil(lambda: _in_older_text(window), timeout=3000)
    bar = window.view.old_pane.verticalScrollBar()
    top = bar.value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    QApplication.processEvents()
    assert bar.value() > top, "Page Down moved the older text"


def test_tab_from_the_older_text_goes_to_the_newer(qtbot, tmp_path) -> None:
    window = _opened(qtbot, tmp_path)
    qtbot.waitUntil(lambda: _in_older_text(window), timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.view.new_pane


def test_another_pair_and_a_session_open_with_the_focus_in_the_older_text(qtbot, tmp_path) -> None:
    window = _opened(qtbot, tmp_path)
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    table = window.concordance.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=3000)
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(lambda: _in_older_text(window), timeout=3000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=3000)
    previous = window.session.comparison
    assert window.reading.controller.open(path)
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(lambda: _in_older_text(window), timeout=3000)
