"""A new reader's walk through the window (find, messages, layout), checked on the real app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_enter_in_the_find_field_goes_to_the_next_match_not_the_one_after(make_window, qtbot):
    """Enter stepped twice (the field's own signal and the bar's key handler), so
    with four matches the count went 1, 3, 1, 3 and half of them were never shown."""
    window = make_window()
    bar = window.find_bar
    bar.open()
    bar.edit.setText("Batum")
    bar.search()
    qtbot.waitUntil(lambda: len(bar.matches) > 2)
    first = bar.current
    seen = []
    for _ in range(3):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        seen.append(bar.current)
    n = len(bar.matches)
    assert seen == [(first + k) % n for k in (1, 2, 3)]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == (first + 2) % n
