"""While a long pair is still being written into the panes, Ctrl+End and Find say so
and reach the real end once it is written; the outline of a long text lists every
unit and leads to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import new_window, wait_compared, write_treaty_pair
from treatyviewer.ui.outline.outline_dock import FILLED_AT_ONCE, SEGMENT_ROLE

pytestmark = pytest.mark.gui

LAST_WORD = "Zanzibarite"
"""A word only the last article of the newer text has."""


@pytest.fixture
def long_pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = write_treaty_pair(tmp_path, "long", articles=80, words_per_article=80, edits=300)
    new.write_text(new.read_text(encoding="utf-8").rstrip() + f" {LAST_WORD}.\n", encoding="utf-8")
    return old, new


@pytest.fixture
def writing_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window that writes any pair step by step, and opens a pair calling ``at_once``
    as soon as it is shown (its first screens written, the rest not yet)."""
    window = new_window(tmp_path, (1200, 500))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.view.long_text = 0
    seen: list[bool] = []

    def open_with(pair: tuple[Path, Path], at_once) -> None:  # type: ignore[no-untyped-def]
        def shown() -> None:
            window.session.changed.disconnect(shown)
            seen.append(window.view.writing())
            at_once()

        previous = window.session.comparison
        window.session.changed.connect(shown)  # after the window's own handler
        window.open_pair(str(pair[0]), str(pair[1]))
        wait_compared(qtbot, window, previous)
        assert seen == [True], "the pair was still being written when the reader acted"

    return window, open_with


def test_ctrl_end_while_writing_says_so_and_reaches_the_real_end(writing_window, long_pair):
    window, open_with = writing_window
    pane = window.view.new_pane
    said: list[str] = []

    def press() -> None:
        pane.setFocus()
        QTest.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        said.extend(window.message_bar.texts())

    open_with(long_pair, press)
    assert any("still being laid out" in text for text in said), said
    assert not any("still being laid out" in t for t in window.message_bar.texts())
    bar = pane.verticalScrollBar()
    # The end of the text, not the room the pane keeps below it (``scroll_room``).
    assert bar.maximum() > bar.value() == pane.scroll_room.end_value > 0
    end = pane.document().characterCount() - 1
    assert pane.textCursor().position() == end
    assert LAST_WORD in pane.document().toPlainText()[-200:]


def test_dragging_the_scroll_bar_to_the_end_while_writing_reaches_the_real_end(
    writing_window, long_pair
):
    window, open_with = writing_window
    bar = window.view.new_pane.verticalScrollBar()
    said: list[str] = []
    written_end: list[int] = []

    def drag() -> None:
        bar.setSliderDown(True)
        bar.setValue(bar.maximum())  # the end of what is written so far
        written_end.append(bar.value())
        bar.setSliderDown(False)
        said.extend(window.message_bar.texts())

    open_with(long_pair, drag)
    assert any("still being laid out" in text for text in said), said
    end = window.view.new_pane.scroll_room.end_value  # the text's end, not the room below
    assert bar.value() == end > written_end[0] > 0


def test_find_while_writing_says_so_and_finds_a_word_near_the_end(writing_window, long_pair):
    window, open_with = writing_window
    bar = window.find_bar
    counted: list[str] = []

    def find() -> None:
        bar.open()
        bar.edit.setText(LAST_WORD)
        counted.append(bar.count.text())

    open_with(long_pair, find)
    assert counted[0].startswith("no matches yet") and "laid out" in counted[0], counted
    assert bar.count.text() == "1 of 1"
    pane, start, _end = bar.matches[bar.current]
    assert pane is window.view.new_pane
    assert start > 0.95 * pane.document().characterCount()
    top = pane.cursorForPosition(pane.viewport().rect().topLeft()).position()
    bottom = pane.cursorForPosition(pane.viewport().rect().bottomRight()).position()
    assert top <= start <= bottom, "the match is brought into view"


def test_the_outline_of_a_long_text_lists_every_unit_and_jumps(make_window, qtbot, tmp_path):
    old, new = write_treaty_pair(tmp_path, "many", articles=600, words_per_article=8, edits=40)
    window = make_window(old, new, size=(1200, 700))
    dock = window.outline
    dock.show()
    dock.sides.setCurrentIndex(1)
    model = dock.tree.model()
    cmp = window.session.comparison
    lines = [model.index(r, 0) for r in range(model.rowCount())]
    units = [i.data(SEGMENT_ROLE)[0] for i in lines]
    assert units == list(range(len(cmp.new.segments)))
    assert lines[-1].data().startswith("Art. 600")
    assert lines[-1].siblingAtColumn(1).data() in ("unchanged", "modified")
    target = cmp.new.index_of("450")
    dock.follow(1, target)
    line = dock.tree.currentIndex()
    assert line.data(SEGMENT_ROLE) == (target, -1)
    assert line.data().startswith("Art. 450")
    window.outline._clicked(line)  # what a click on the line does
    qtbot.waitUntil(lambda: window.view.segment_at_top(1) == target, timeout=5000)


def test_the_outline_of_a_very_long_text_comes_whole_and_follows_the_reading(
    make_window, qtbot, tmp_path
):
    """Past a few thousand units the outline is filled a moment after the comparison
    arrives (its layout had lengthened the window's longest stall): it still lists every
    unit and is on the article read, also after File → Reload compares the texts again."""
    old, new = write_treaty_pair(tmp_path, "vast", articles=2100, words_per_article=5, edits=40)
    window = make_window(old, new, size=(1200, 700))
    dock = window.outline
    dock.show()
    dock.sides.setCurrentIndex(1)
    cmp = window.session.comparison
    assert len(cmp.old.segments) + len(cmp.new.segments) > FILLED_AT_ONCE

    def lists_every_unit() -> bool:
        model = dock.tree.model()
        return model is not None and model.rowCount() == len(window.session.comparison.new.segments)

    def on_reading() -> bool:
        row = window.view.navigator.row_at_top()
        here = window.session.comparison.segment_of_row(row) if row else None
        return here is not None and dock.tree.currentIndex().data(SEGMENT_ROLE) == (here[1], -1)

    qtbot.waitUntil(lists_every_unit, timeout=5000)
    rows = window.concordance.model.rows
    chosen = next(n for n, row in enumerate(rows) if row.kind == "pair" and n > 1800)
    window.concordance.select_row(chosen)
    window.concordance.jumpRequested.emit(rows[chosen])  # what a click on the row does
    target = cmp.pairs[rows[chosen].index].new[0]
    qtbot.waitUntil(lambda: dock.tree.currentIndex().data(SEGMENT_ROLE) == (target, -1))

    window.actions_["file.reload"].trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not cmp, timeout=30000)
    qtbot.waitUntil(lists_every_unit, timeout=5000)
    qtbot.waitUntil(on_reading, timeout=5000)
    line = dock.tree.currentIndex()
    assert dock.tree.viewport().rect().intersects(dock.tree.visualRect(line)), "scrolled to"
