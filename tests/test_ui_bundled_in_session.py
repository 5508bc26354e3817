"""Open the Bundled Pair with that pair open inside a saved session opens the plain
pair (it did nothing, said nothing, and the title kept the session's name)."""

from __future__ import annotations

import pytest

from conftest import wait_compared

pytestmark = pytest.mark.gui


def test_the_bundled_pair_opens_plain_over_a_session_on_it(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    window.ask_to_save = False
    store = window.reading.store
    store.create_from_selection("new", 0, 10, "mine")
    path = tmp_path / "sess1.tvproj"
    assert window.reading.controller.save_as(path)
    assert window.windowTitle().startswith("sess1")
    previous = window.session.comparison
    window.open_bundled()
    wait_compared(qtbot, window, previous)
    assert window.reading.controller.path is None, "a new, untitled session"
    assert not store.annotations()  # the session's notes stay in its file
    assert not window.windowTitle().startswith("sess1"), window.windowTitle()
    window.open_bundled()  # open on its own already: it says so
    assert "The bundled pair is open already." in window.message_bar.texts()
