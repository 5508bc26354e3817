"""Ctrl+Q quits from anywhere in the window, on every platform's key scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_ctrl_q_closes_the_window_with_a_text_pane_focused(make_window, qtbot) -> None:
    window = make_window()
    quit_action = window.actions_["file.quit"]
    ctrl_q = QKeySequence("Ctrl+Q")
    assert quit_action.shortcuts().count(ctrl_q) == 1, "bound once, whatever the key scheme"
    bound = [a for a in window.findChildren(type(quit_action)) if ctrl_q in a.shortcuts()]
    assert bound == [quit_action], "no other command takes Ctrl+Q"
    pane = window.view.new_pane
    pane.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
    qtbot.keyClick(pane, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
