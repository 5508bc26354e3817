"""Cancelling a long comparison leaves the previous pair on screen; signals quit cleanly."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import QThreadPool

from quitting import quit_by_sigterm
from treatyviewer.core.autosave import autosave_path


def test_cancel_of_a_long_comparison_returns_to_the_previous_pair(
    make_window, large_pair, qtbot
) -> None:
    window = make_window()  # the bundled pair
    session = window.session
    previous = session.comparison
    title = window.windowTitle()
    shown = window.view.panes()[0].toPlainText()

    cancelled: list[int] = []

    def cancel_once(done: int, _total: int) -> None:
        if done >= 1 and not cancelled:
            cancelled.append(done)
            session.cancel()  # what the progress panel's Cancel button does

    session.progress.connect(cancel_once)
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60_000)
    assert not session.busy
    # The worker notices within a pair and stops; nothing it made reaches the window.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(50)
    assert session.comparison is previous
    assert (session.old_name, session.new_name) == ("draft-1920", "moscow-1921")
    assert window.windowTitle() == title
    assert window.view.panes()[0].toPlainText() == shown


def test_a_cancelled_comparison_says_the_previous_texts_are_still_shown(
    make_window, large_pair, qtbot
) -> None:
    """The previous pair came back without a word, as if the new one had failed."""
    window = make_window()
    session, bar = window.session, window.statusBar()
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: session.busy, timeout=10_000)
    assert bar.currentMessage() == ""
    session.cancel()  # what the progress panel's Cancel button does
    said = bar.currentMessage()
    assert "cancelled" in said and "previous texts are still shown" in said
    assert not window.counts.isVisible()  # in the counts' place…
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=10_000)
    assert window.counts.isVisible()  # …which come back after a few seconds


def test_sigterm_keeps_unsaved_work_in_the_autosave_and_quits(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    window.link(("4",), ("IV",))  # unsaved work: a manual link
    assert window.reading.controller.is_dirty
    quit_by_sigterm(window, qtbot)
    assert not window.isVisible()
    assert autosave_path(None, tmp_path / "state").exists()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
