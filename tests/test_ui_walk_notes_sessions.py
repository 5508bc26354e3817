"""What a reader walking through notes, sessions and their autosave ran into."""

from __future__ import annotations

import pytest

from treatyviewer.core.autosave import find_recoverable

pytestmark = pytest.mark.gui


def test_undoing_back_to_the_saved_session_leaves_nothing_to_recover(
    make_window, qtbot, tmp_path
) -> None:
    """A note written, autosaved, then undone: the session was as saved again, but its
    autosave stayed, and the next start said treatyviewer had not closed cleanly and
    offered to "recover" the note the reader had taken back."""
    window = make_window()
    controller = window.reading.controller
    state = controller.state_dir
    assert controller.save_as(tmp_path / "walk.tvproj")
    store = window.reading.store
    start = window.session.new.text.index("Kars")
    store.create_from_selection("new", start, start + 4, "A note taken back")
    qtbot.waitUntil(lambda: len(find_recoverable(state)) == 1, timeout=5000)
    window.undo_stack.undo()
    assert not controller.is_dirty
    qtbot.waitUntil(lambda: find_recoverable(state) == [], timeout=5000)
