"""F6 and Shift+F6 move the keyboard focus from text to text and panel to panel.

A reader working by keyboard found no way to reach the concordance or the notes but
by the mouse or by Tab through every button of a dock (Ctrl+Shift+N hid the Notes
instead of going to them).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

pytestmark = pytest.mark.gui


def test_f6_goes_round_the_texts_and_the_docks_and_shift_f6_back(make_window, qtbot) -> None:
    window = make_window(size=(1500, 950))
    window.show()
    window.activateWindow()
    view = window.view
    view.old_pane.setFocus()
    qtbot.waitUntil(view.old_pane.hasFocus, timeout=3000)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
        if len(seen) == 1:  # the text with the focus has a ring round it, the other none
            assert seen[0] is view.new_pane
            assert [ring.isVisible() for ring in view.rings] == [False, True, False]
    table = window.concordance.table
    assert table in seen  # the concordance's list, not its buttons
    assert all(w is view.old_pane or w is view.new_pane or isinstance(w, QAbstractItemView)
               for w in seen)  # fmt: skip
    assert view.old_pane in seen  # round again to the first text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is seen[-2]
    # in the inline redline the one text is the first stop
    window.actions_["view.mode.inline"].trigger()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view.inline_pane


def test_the_ring_is_drawn_round_the_text_with_the_focus(make_window, qtbot, tmp_path) -> None:
    window = make_window(size=(1400, 900))
    window.show()
    window.activateWindow()
    pane = window.view.new_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=3000)
    image = pane.grab().toImage()
    highlight = pane.palette().color(pane.palette().ColorRole.Highlight)
    edge = image.pixelColor(image.width() // 2, 0)
    assert edge == highlight, (edge.name(), highlight.name())


def test_f6_into_the_notes_leaves_the_article_being_read(make_window, qtbot) -> None:
    """F6 to the Notes made its first note current, and the texts went to the
    Preamble it is on, away from Article V being read."""
    window = make_window(size=(1500, 950))
    window.show()
    window.activateWindow()
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    view = window.view
    cmp = window.session.comparison
    k = next(k for k, p in enumerate(cmp.pairs) if cmp.label_of("new", p.new) == ["V"])
    view.jump_to_pair(k)
    for pane in view.panes():
        pane.flush_relayout()
    reading = view.navigator.row_at_top()
    notes_list = window.reading.notes.findChildren(QAbstractItemView)[0]
    view.new_pane.setFocus()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        if window.reading.notes.isAncestorOf(QApplication.focusWidget()):
            break
    assert window.reading.notes.isAncestorOf(QApplication.focusWidget()), notes_list
    qtbot.wait(200)
    assert view.navigator.row_at_top() == reading
