"""The File menu ends with Quit, after a separator, whoever adds actions later."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_quit_ends_the_file_menu_after_a_separator(make_window) -> None:
    window = make_window()
    actions = window.menus["file"].actions()
    names = [a.objectName() for a in actions]
    assert names[-1] == "file.quit"
    assert actions[-2].isSeparator()
    opening = names.index("file.open_chain")  # declared by the chains room, after Quit
    assert names.index("file.bundled_chain") == opening + 1
    assert names.index("file.open") < opening  # with the other ways of opening texts


def test_a_save_that_worked_puts_the_failure_of_the_one_before_to_rest(make_window, tmp_path):
    """Saved into a folder that is not there (red: nothing was written), then saved
    elsewhere: the red message had stayed above the session saved since."""
    window = make_window()
    controller = window.reading.controller
    assert not controller.save_as(tmp_path / "gone" / "reading.tvproj")
    assert any("could not be saved" in t for t in window.message_bar.texts())
    assert controller.save_as(tmp_path / "reading.tvproj")
    texts = window.message_bar.texts()
    assert not any("could not be saved" in t for t in texts), texts
    assert any(t.startswith("Saved ") for t in texts)
