"""A reader who saved a session finds it again: the next start without texts opens it,
and File → Open Recent lists it (above the recent pairs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import wait_compared
from treatyviewer.ui.app.launch import launch
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui


def windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_the_last_saved_session_reopens_and_is_listed(
    qtbot, small_pair, tmp_path, monkeypatch
) -> None:
    first = MainWindow(Settings(), state_dir=tmp_path / "state")
    qtbot.addWidget(first)
    first.progress.enabled = False
    first.ask_to_save = False
    first.show()
    first.open_pair(*map(str, small_pair))
    wait_compared(qtbot, first)
    path = tmp_path / "my reading.tvproj"
    assert first.reading.controller.save_as(path)
    recent = [a.text() for a in first.files.recent_menu.actions()]
    assert recent[0] == "my reading.tvproj" and recent[1] == ""  # then a separator, then pairs
    first.close()
    assert Settings().last_session() == str(path.resolve())

    before = set(windows())
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    assert launch([]) == 0
    (second,) = set(windows()) - before
    qtbot.addWidget(second)
    second.progress.enabled = False
    second.ask_to_save = False
    qtbot.waitUntil(lambda: second.reading.controller.path is not None, timeout=30_000)
    wait_compared(qtbot, second)
    assert second.reading.controller.path == path.resolve()
    assert second.session.new_name == str(small_pair[1])
    assert second.windowTitle().startswith("my reading")
    second.reading.controller.new_session()  # an untitled session open at close: none comes back
    second.close()
    assert Settings().last_session() is None
