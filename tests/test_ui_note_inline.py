"""Going to a note while reading the redline shows the note's passage.

In Inline Redline a click on a note switched to Side by Side and stayed where the
reader was; only a second click went to the note.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from conftest import wait_compared

pytestmark = pytest.mark.gui


def _on_screen(window, side: str, offset: int) -> bool:
    pane = window.view.new_pane if side == "new" else window.view.old_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(window.view.layers.map(side).to_qt(offset))
    return pane.viewport().rect().contains(pane.cursorRect(cursor).center())


def test_a_note_gone_to_from_the_redline_is_on_screen(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    new = window.session.new
    start = new.text.index("consular")  # far down the newer text
    window.actions_["view.mode.inline"].trigger()
    wait_compared(qtbot, window)
    QApplication.processEvents()
    window.reading.go_to("new", start, start + len("consular"))
    qtbot.waitUntil(lambda: window.view.mode == "side", timeout=5000)
    qtbot.waitUntil(lambda: _on_screen(window, "new", start), timeout=5000)
