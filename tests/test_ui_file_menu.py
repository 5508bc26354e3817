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
