"""The last articles of a text can be brought to the top of the pane (the panes
scroll on past the end of the text, as editors do), so a session saved there
reopens there, and Ctrl+End still stops at the end of the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import wait_compared
from test_ui_session_return import close_launched, start_again
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.dialogs.go_to_article import article_choices
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui


def _window(qtbot, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(), state_dir=tmp_path / "state")
    qtbot.addWidget(window)
    window.progress.enabled = False
    window.ask_to_save = False
    window.resize(1400, 900)
    window.show()
    window.open_bundled()
    wait_compared(qtbot, window)
    return window


def test_each_of_the_last_articles_comes_to_the_top(qtbot, tmp_path) -> None:
    window = _window(qtbot, tmp_path)
    rows = [row for _name, row in article_choices(window.session.comparison)]
    for row in rows[-4:]:
        window.view.navigator.show_row(row)
        assert window.view.navigator.row_at_top() == row
    pane = window.view.primary()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    bar = pane.verticalScrollBar()
    assert bar.value() == pane.scroll_room.end_value < bar.maximum()
    # At the end of the text its last line is at the bottom of the pane, not above a gap.
    last = pane.document().documentLayout().documentSize().height() - bar.value()
    assert pane.viewport().height() - 2 <= last <= pane.viewport().height() + 2
    window.close()


def test_a_session_left_at_the_last_article_reopens_there(qtbot, tmp_path, monkeypatch) -> None:
    first = _window(qtbot, tmp_path)
    assert first.reading.controller.save_as(tmp_path / "end.tvproj")
    last = [row for _name, row in article_choices(first.session.comparison)][-2]
    first.view.navigator.show_row(last)
    assert first.view.navigator.row_at_top() == last
    first.close()

    second = start_again(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: second.view.navigator.row_at_top() == last, timeout=5_000)
    close_launched(second)
