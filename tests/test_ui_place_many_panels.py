"""Several side panels closed one after the other, quicker than a long text is written
again at each new width: the article read stays on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from test_ui_place_while_written_again import _far_from, _reading_a_long_pair, shown_at_top

pytestmark = pytest.mark.gui

PANELS = ("view.concordance", "view.entities", "view.notes", "view.outline")


def test_panels_closed_one_after_another_keep_the_article_read(make_window, qtbot, tmp_path):
    window, row = _reading_a_long_pair(make_window, qtbot, tmp_path)
    view = window.view
    for name in PANELS:
        if not window.actions_[name].isChecked():
            window.actions_[name].trigger()
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not view.writing(), timeout=60_000)
    view.jump_to_pair(row.index)
    qtbot.wait(50)
    seen: list[tuple[int | None, int | None]] = []
    turns = QTimer()
    turns.setInterval(0)
    turns.timeout.connect(
        lambda: seen.append((shown_at_top(view.old_pane), shown_at_top(view.new_pane)))
    )
    turns.start()
    try:
        for name in PANELS:  # closed one after the other, each a moment after the last
            while window.actions_[name].isChecked():  # a panel behind a tab comes forward first
                window.actions_[name].trigger()
                qtbot.wait(40)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: not view.writing(), timeout=60_000)
        qtbot.wait(100)
    finally:
        turns.stop()
    assert [window.actions_[name].isChecked() for name in PANELS] == [False] * len(PANELS)
    assert _far_from(seen, window, row) == []
    assert view.navigator.row_at_top() == row
