"""A long text is written in frames of a few dozen articles, and articles far from the
view are parked (not laid out): neither shows when the reader copies text or moves the
cursor with the keys. A copy reads as the text does (no blank line where a frame ends),
and the cursor never stops in a line that is not shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from conftest import wait_compared, write_treaty_pair
from treatyviewer.ui.compare import frames
from treatyviewer.ui.compare.frames import ARTICLES_PER_FRAME

pytestmark = pytest.mark.gui


@pytest.fixture
def long_window(make_window, tmp_path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(frames, "FRAMES_PER_GROUP", 2)  # frames in groups too, as at 20 MB
    pair = write_treaty_pair(tmp_path, "copy", articles=80, words_per_article=60, edits=200)
    window = make_window(size=(1200, 500))
    window.view.long_text = 0  # written in frames, far articles parked
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    wait_compared(qtbot, window, previous)
    return window


def test_copying_a_long_text_gives_its_lines_without_blank_lines_between_frames(
    long_window, qtbot
) -> None:
    view = long_window.view
    pane = view.new_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    pane.copy()
    copied = QApplication.clipboard().text()
    lines = copied.split("\n")
    assert "" not in lines  # no blank line, also where one frame ends
    cmp = view.cmp
    doc = pane.document()
    headings = [
        doc.findBlockByNumber(view.rendered[1].map.heading_block[j]).text().replace("\u00a0", " ")
        for j in range(len(cmp.new.segments))
    ]
    assert len(headings) > 2 * ARTICLES_PER_FRAME  # (three frames at least: two groups)
    assert len(doc.rootFrame().childFrames()) >= 2
    assert [line for line in lines if line in headings] == headings  # each once, in order
    # Far articles are parked (not laid out): their lines are copied all the same.
    body = cmp.new.segments[-1]
    first_line = cmp.new.text[body.body_start : body.end].strip().split("\n")[0]
    last_words = " ".join(first_line.split()[-5:])
    assert last_words in copied


def test_the_cursor_moved_with_the_keys_never_stops_in_a_hidden_line(long_window, qtbot) -> None:
    view = long_window.view
    pane, side_map = view.new_pane, view.rendered[1].map
    doc = pane.document()
    pane.setFocus()
    # From the end of a frame's last line on into the next frame, and back.
    last = doc.findBlockByNumber(side_map.last_block[ARTICLES_PER_FRAME - 1])
    head = doc.findBlockByNumber(side_map.heading_block[ARTICLES_PER_FRAME])
    pane.verticalScrollBar().setValue(0)
    cursor = QTextCursor(doc)
    cursor.setPosition(last.position() + last.length() - 1)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Right)
    assert pane.textCursor().block() == head and pane.textCursor().positionInBlock() == 0
    qtbot.keyClick(pane, Qt.Key.Key_Left)
    assert pane.textCursor().block() == last
    # Down into a parked article's lines: they are written back and shown.
    far = 2 * ARTICLES_PER_FRAME + 5
    heading = doc.findBlockByNumber(side_map.heading_block[far])
    assert not heading.next().isVisible()  # parked
    cursor.setPosition(heading.position())
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    block = pane.textCursor().block()
    assert block.isVisible() and block.blockNumber() > heading.blockNumber()
    # Ctrl+Home and Ctrl+End land in text that is shown.
    for key in (Qt.Key.Key_Home, Qt.Key.Key_End):
        qtbot.keyClick(pane, key, Qt.KeyboardModifier.ControlModifier)
        assert pane.textCursor().block().isVisible()
