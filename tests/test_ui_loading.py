"""The window while a long pair is read and compared in a process of its own: progress
in the status bar (never a modal dialog), menus that open, Escape that cancels and
leaves the previous texts (or, at start-up, the bundled pair), SIGTERM that quits
with the reader's work autosaved, and the comparing process ended every time."""

from __future__ import annotations

import multiprocessing
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from conftest import new_window, wait_compared, write_treaty_pair
from quitting import quit_by_sigterm
from treatyviewer.core.autosave import autosave_path
from treatyviewer.core.document_cache import once_per_document
from treatyviewer.core.resources import DEFAULT_PAIR

pytestmark = pytest.mark.gui


def _in_a_process(window) -> None:  # type: ignore[no-untyped-def]
    """Compare whatever comes next in a process of its own, with its progress shown."""
    window.session.apart_from = 0
    window.progress.enabled = True


def _no_comparing_process(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)


def test_progress_is_in_the_status_bar_and_the_menus_open_meanwhile(
    make_window, large_pair, qtbot
) -> None:
    window = make_window()
    _in_a_process(window)
    stages: list[str] = []
    shares: list[float] = []
    window.session.started.connect(stages.append)
    window.session.progress.connect(lambda done, total: shares.append(done / max(total, 1)))
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: window.progress.panel is not None, timeout=30_000)
    panel = window.progress.panel
    assert panel.isVisible() and panel.window() is window  # in the window, not a dialog
    assert QApplication.activeModalWidget() is None
    menu = window.menus["file"]
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    assert window.session.busy  # the menu opened while the texts were being compared
    assert not window.actions_["file.reload"].isEnabled()  # would cancel the load
    menu.close()
    wait_compared(qtbot, window, timeout=120_000)
    assert window.progress.panel is None
    assert window.actions_["file.reload"].isEnabled()
    assert window.session.old_name == str(large_pair[0])
    # Once read, the texts are shown as read: aligning and diffing, the stages say
    # highlights follow; once the first pairs are diffed they are shown, and the stage
    # says which pairs are still compared (no more "highlights will follow"); then the
    # texts are scanned.
    session = window.session
    names, later = session.stage_names(), session.unpaired_stage_names()
    in_part = session.partial_stage_names()
    known = set(names.values()) | set(later.values()) | set(in_part.values())
    # Read side by side where a helper process may read one of them.
    both = names["read-both"] in stages
    reading = [names["read-both"]] if both else [names["read-old"], names["read-new"]]
    after = [later["align"], later["diff"], in_part["diff"], in_part["find"]]
    assert [s for s in stages if s in known] == [*reading, *after], stages
    assert shares == sorted(shares) and shares[-1] >= 0.95  # it moves, and only forwards
    # What the comparing process found in the texts came with them: the panes and
    # docks never search a long text again on the GUI thread.
    unknown = object()
    for doc in (window.session.old, window.session.new):
        assert once_per_document(doc, "references", lambda: unknown) is not unknown
    _no_comparing_process(qtbot)


def test_escape_cancels_and_the_previous_pair_stays(make_window, large_pair, qtbot) -> None:
    window = make_window()  # the bundled pair
    previous = window.session.comparison
    shown = window.view.panes()[0].toPlainText()
    _in_a_process(window)
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: window.progress.panel is not None, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.session.busy
    _no_comparing_process(qtbot)
    qtbot.wait(100)
    assert window.session.comparison is previous
    assert (window.session.old_name, window.session.new_name) == DEFAULT_PAIR
    assert window.view.panes()[0].toPlainText() == shown
    assert window.progress.panel is None


def test_escape_in_the_find_field_closes_the_bar_and_the_load_goes_on(
    make_window, large_pair, qtbot
) -> None:
    window = make_window()
    _in_a_process(window)
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: window.progress.panel is not None, timeout=30_000)
    window.find_bar.open()
    qtbot.waitUntil(window.find_bar.edit.hasFocus, timeout=5_000)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.session.busy  # still comparing: only the Cancel button or Escape elsewhere
    wait_compared(qtbot, window, timeout=120_000)
    assert window.session.old_name == str(large_pair[0])
    _no_comparing_process(qtbot)


def test_cancelling_the_first_texts_leaves_the_bundled_pair(large_pair, qtbot, tmp_path) -> None:
    window = new_window(tmp_path)  # nothing open yet: the texts named at start-up
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    _in_a_process(window)
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: window.progress.panel is not None, timeout=30_000)
    window.progress.panel.cancel_button.click()
    _no_comparing_process(qtbot)
    wait_compared(qtbot, window)
    assert (window.session.old_name, window.session.new_name) == DEFAULT_PAIR
    assert window.view.panes()[0].toPlainText()
    assert any("cancelled" in text for text in window.message_bar.texts())


def test_sigterm_while_comparing_quits_with_the_work_autosaved(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    _in_a_process(window)
    window.link(("4",), ("IV",))  # unsaved work; the texts are compared again for it
    assert window.reading.controller.is_dirty and window.session.busy
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=10_000)
    quit_by_sigterm(window, qtbot)
    assert not window.isVisible()
    assert not window.session.busy
    assert autosave_path(None, tmp_path / "state").exists()
    _no_comparing_process(qtbot)


def test_cancel_of_a_recomparison_ends_its_process_and_keeps_the_pair(
    make_window, small_pair, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = tmp_path / "handed"
    handed.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(handed))  # where the texts are handed over
    window = make_window(*small_pair)
    session = window.session
    previous, shown = session.comparison, window.view.new_pane.toPlainText()
    _in_a_process(window)
    session.set_options(ignore_case=not session.options.ignore_case)  # compared again
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=10_000)
    session.cancel()  # while the process starts
    assert not session.busy
    _no_comparing_process(qtbot)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    assert session.comparison is previous
    assert window.view.new_pane.toPlainText() == shown
    assert not list(handed.iterdir())  # the texts handed over are not left behind


def test_a_recomparison_in_a_process_keeps_the_window_s_own_texts(
    make_window, small_pair, qtbot
) -> None:
    window = make_window(*small_pair)
    session = window.session
    previous, texts = session.comparison, (session.old, session.new)
    _in_a_process(window)
    session.set_options(ignore_case=not session.options.ignore_case)  # compared again
    wait_compared(qtbot, window, previous, timeout=60_000)
    # The texts are not sent back (twice their size through a pipe, at 20 MB seconds):
    # the comparison is made of the window's own.
    assert (session.old, session.new) == texts
    assert session.old is texts[0] and session.new is texts[1]
    assert session.comparison.old is texts[0] and session.comparison.new is texts[1]
    assert session.comparison.options.ignore_case != previous.options.ignore_case
    _no_comparing_process(qtbot)


def test_reloading_a_long_pair_comes_back_to_the_article_read(make_window, qtbot, tmp_path):
    """File → Reload of a long pair shows the texts as read while they are compared
    again: they had been shown from their start, and the reader, at Art. 3435 of a
    5 MB pair, was left at its Preamble once the comparison came."""
    old, new = write_treaty_pair(tmp_path, "reread", articles=400, words_per_article=30)
    window = make_window(old, new, size=(1200, 700))
    _in_a_process(window)
    cmp = window.session.comparison
    rows = window.concordance.model.rows
    chosen = next(n for n, row in enumerate(rows) if row.kind == "pair" and n > 300)
    window.concordance.select_row(chosen)
    window.concordance.jumpRequested.emit(rows[chosen])  # what a click on the row does
    target = cmp.pairs[rows[chosen].index].new[0]
    qtbot.waitUntil(lambda: window.view.segment_at_top(1) == target, timeout=5_000)
    shown_as_read: list[bool] = []
    window.session.textsRead.connect(lambda *_docs: shown_as_read.append(True))
    window.actions_["file.reload"].trigger()
    wait_compared(qtbot, window, cmp, timeout=120_000)
    assert shown_as_read, "the texts were shown as read while compared again"
    qtbot.waitUntil(lambda: window.view.segment_at_top(1) == target, timeout=10_000)
    _no_comparing_process(qtbot)
