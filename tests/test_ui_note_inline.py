"""Going to a note while reading the redline shows the note's passage there.

In Inline Redline a click on a note switched to Side by Side and stayed where the
reader was; only a second click went to the note. Later it went to the note, but in
Side by Side, a view the reader had not asked for: the redline holds the words of
both texts, and shows the passage itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from conftest import wait_compared

pytestmark = pytest.mark.gui


def _on_screen(window, side: str, offset: int) -> bool:
    pane = window.view.inline_pane
    side_map = window.view.inline.maps[side]
    if not side_map.covers(offset):  # words both texts share: written from the newer one
        side, offset = "new", window.session.comparison.new_offset_of_old(offset)
        side_map = window.view.inline.maps[side]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(offset))
    return pane.viewport().rect().contains(pane.cursorRect(cursor).center())


def _noted_in_redline(window, qtbot, start: int, end: int, text: str) -> None:
    """A note on the older text's ``start:end``, then the whole redline written."""
    window.reading.store.create_from_selection("old", start, end, text)
    window.actions_["view.mode.inline"].trigger()
    wait_compared(qtbot, window)
    qtbot.waitUntil(
        lambda: window.view.inline is not None and window.view.inline.done, timeout=10000
    )
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("side", "word"),
    [("new", "consular"), ("old", "Draft"), ("old", "struggle against imperialism")],
)
def test_a_note_gone_to_from_the_redline_is_on_screen_there(make_window, qtbot, side, word) -> None:
    window = make_window(size=(1400, 900))
    text = (window.session.new if side == "new" else window.session.old).text
    start = text.index(word)  # far down the newer text; a word the draft alone has
    window.actions_["view.mode.inline"].trigger()
    wait_compared(qtbot, window)
    qtbot.waitUntil(
        lambda: window.view.inline is not None and window.view.inline.done, timeout=10000
    )
    QApplication.processEvents()
    window.reading.go_to(side, start, start + len(word))
    QApplication.processEvents()
    assert window.view.mode == "inline"
    assert _on_screen(window, side, start)


def test_a_note_on_words_both_texts_share_is_drawn_in_the_redline(make_window, qtbot) -> None:
    """A note on the older text's words that the newer one kept had no tint and no bar
    in the redline, which writes those words once, from the newer text."""
    window = make_window(size=(1400, 900))
    old = window.session.old.text
    word = "struggle against imperialism"
    start = old.index(word)
    _noted_in_redline(window, qtbot, start, start + len(word), "shared words")
    inline = window.view.inline
    at = window.session.comparison.new_offset_of_old(start)
    where = inline.maps["new"].to_qt(at)
    spans = window.view.inline_pane.overlay.spans("annotation")
    assert any(a <= where + 1 and b >= where + len(word) - 1 for a, b, *_ in spans), spans


def test_a_note_ending_on_kept_words_after_struck_ones_stops_there(make_window, qtbot) -> None:
    """A note on draft Art. 2 from "tsarist" to its last word ran on, in the redline,
    past "government." over the next article's heading and first words: its end was
    placed by the length of the older passage, which holds words the newer one struck."""
    from PySide6.QtGui import QTextCursor

    window = make_window(size=(1400, 900))
    old = window.session.old.text
    start = old.index("tsarist")
    end = old.index("government.", start) + len("government.")
    assert "Ottoman" in old[start:end]  # struck words inside the note
    _noted_in_redline(window, qtbot, start, end, "struck and kept words")
    pane = window.view.inline_pane
    cursor = QTextCursor(pane.document())
    drawn = []
    for a, b, *_ in pane.overlay.spans("annotation"):
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        drawn.append(cursor.selectedText())
    ours = [t for t in drawn if "tsarist" in t]
    assert ours, drawn
    assert all(t.rstrip(" .").endswith("Ottoman government") for t in ours), ours
    assert not any("Article VII" in t for t in drawn), drawn
