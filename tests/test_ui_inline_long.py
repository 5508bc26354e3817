"""The inline redline of a long text is written while the reader reads: its first
articles at once, the rest from the event loop, and in the end it is the redline
written in one pass. Switching views while it is written keeps the reading place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from conftest import wait_compared, write_treaty_pair
from test_ui_window import change_ids
from treatyviewer.core.comparison import Row
from treatyviewer.ui.compare.formats import Formats
from treatyviewer.ui.compare.inline import render_inline


@pytest.fixture
def long_pair(tmp_path: Path) -> tuple[Path, Path]:
    """About 500 KB: long enough to be written step by step as it is (no knob turned)."""
    return write_treaty_pair(tmp_path, "long", articles=220, edits=800)


def test_the_redline_of_a_long_pair_shows_its_first_articles_before_the_rest(
    make_window, long_pair, qtbot
) -> None:
    window = make_window()
    window.actions_["view.mode.inline"].trigger()  # remembered as the reader's view
    view = window.view
    first: list[tuple[int, int, int, bool]] = []
    turns: list[bool] = []
    ticker = QTimer(interval=5)
    ticker.timeout.connect(lambda: turns.append(view.writing()))

    def shown() -> None:
        inline = view.inline
        assert inline is not None
        first.append(
            (
                len(inline.row_blocks),
                len(inline.rows),
                view.inline_pane.document().characterCount(),
                view.writing(),
            )
        )
        ticker.start()

    window.session.changed.connect(shown)
    previous = window.session.comparison
    window.open_pair(str(long_pair[0]), str(long_pair[1]))
    wait_compared(qtbot, window, previous, timeout=90000)
    ticker.stop()
    written, rows, characters, writing = first[0]
    # The first articles, not the whole text. How many depends on how fast the machine
    # writes a slice (a quarter was once exceeded by one row on a busy machine).
    assert writing and 0 < written < rows / 2
    assert characters < view.inline_pane.document().characterCount() / 2
    assert turns.count(True) >= 3  # the event loop ran while the rest was written

    whole = render_inline(view.cmp, Formats(view.scheme, view.font_), False)
    assert view.inline_pane.toPlainText() == whole.document.toPlainText()
    assert change_ids(view.inline_pane.document()) == change_ids(whole.document)
    assert view.inline is not None and view.inline.row_blocks == whole.row_blocks
    assert view.inline.maps["old"] == whole.maps["old"]


def test_switching_to_the_redline_while_it_is_written_keeps_the_article_read(
    make_window, small_pair, qtbot
) -> None:
    window = make_window(size=(1200, 500))
    view = window.view
    view.long_text = 0  # the small pair is written step by step, as a long one is
    target: list[Row] = []

    def read_far_down_then_switch() -> None:
        cmp = window.session.comparison
        if target:
            return
        k = len(cmp.pairs) * 2 // 3
        target.append(Row("pair", k))
        view.navigator.show_row(target[0])  # side by side: waits until it is written
        window.actions_["view.mode.inline"].trigger()  # and the reader switches at once
        assert view.inline is not None and view.inline.block_of(target[0]) is None

    window.session.changed.connect(read_far_down_then_switch)
    previous = window.session.comparison
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous, timeout=30000)
    qtbot.waitUntil(lambda: view.navigator.row_at_top() == target[0], timeout=5000)
    window.actions_["view.mode.side"].trigger()  # and back: the same article at the top
    qtbot.waitUntil(lambda: view.navigator.row_at_top() == target[0], timeout=5000)


def test_a_long_redline_is_let_go_on_leaving_it_and_written_again_on_return(
    make_window, small_pair, qtbot
) -> None:
    window = make_window(size=(1200, 500))
    view = window.view
    view.long_text = 0  # the small pair counts as long
    previous = window.session.comparison
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous, timeout=30000)
    window.actions_["view.mode.inline"].trigger()
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    written = view.inline_pane.toPlainText()
    assert "Article" in written
    window.actions_["view.mode.side"].trigger()  # all of it laid out: too much to keep
    assert view.inline is None and view.inline_pane.document().characterCount() <= 1
    window.actions_["view.mode.inline"].trigger()
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    assert view.inline_pane.toPlainText() == written
