"""Restart Now after a language chosen, with a note written and not yet saved: the reader
answers "Save", names a session file, and the new window is to open that session with
the note (it had opened the two texts bare, and quitting it then forgot the session)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from conftest import wait_compared, when_modal
from test_ui_session_return import close_launched, first_window, windows
from treatyviewer.ui.app.launch import launch

pytestmark = pytest.mark.gui


def _note_on_kars(window) -> str:  # type: ignore[no-untyped-def]
    """A note on "Kars" in Art. XVI of the newer text, written as a reader selects it."""
    new = window.session.comparison.new
    xvi = next(s for s in new.segments if s.label == "XVI")
    at = new.text.index("Kars", xvi.start, xvi.end)
    pane, side_map = window.view.new_pane, window.view.layers.map("new")
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(at))
    cursor.setPosition(side_map.to_qt(at + 4), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    note_id = window.reading.annotate_selection()
    assert note_id is not None
    window.reading.store.set_note(note_id, "the frontier")
    return note_id


def _launched(qtbot, args: list[str]):  # type: ignore[no-untyped-def]
    """The window the program opens on ``args``, once it has opened its session."""
    before = set(windows())
    assert launch(args) == 0
    (window,) = set(windows()) - before
    qtbot.addWidget(window)
    window.progress.enabled = False
    window.ask_to_save = False
    qtbot.waitUntil(lambda: window.reading.controller.path is not None, timeout=30_000)
    wait_compared(qtbot, window)
    return window


def test_restart_now_opens_the_session_saved_in_answer_and_keeps_it_last(
    qtbot, tmp_path, monkeypatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda p, a: started.append((p, a)) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    saved = tmp_path / "kars.tvproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))

    first = first_window(qtbot, tmp_path)
    first.open_pair("draft-1920", "moscow-1921")
    wait_compared(qtbot, first)
    _note_on_kars(first)
    first.ask_to_save = True  # the reader is asked, and answers Save
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Save).click())
    first.restart()
    assert not first.isVisible()
    assert saved.is_file()

    (_program, args) = started[0]
    assert args[-1] == str(saved.resolve())  # not "draft-1920 moscow-1921"
    assert args[:2] == ["-m", "treatyviewer"]
    again = _launched(qtbot, args[2:])
    assert again.reading.controller.path == saved.resolve()
    assert [a.note for a in again.reading.store.annotations()] == ["the frontier"]
    close_launched(again)  # the restarted window quit: the session is still the last one

    third = _launched(qtbot, [])
    assert third.reading.controller.path == saved.resolve()
    assert [a.note for a in third.reading.store.annotations()] == ["the frontier"]
    close_launched(third)
