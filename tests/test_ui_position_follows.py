"""Whichever way the reader moves (concordance, Next/Previous Change, Go to Article,
Ctrl+End, another view), the outline, the concordance and the "Change N of M" label
all describe the same place: the article and the change being read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from conftest import write_treaty_pair
from treatyviewer.core.comparison import Row
from treatyviewer.ui.outline.outline_dock import SEGMENT_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def long_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Sixty short articles: more than the outline shows without scrolling."""
    return write_treaty_pair(tmp_path, "long", articles=60, words_per_article=40, edits=40, seed=5)


def outline_segment(window) -> int | None:  # type: ignore[no-untyped-def]
    """The new-text segment of the outline's current line, once it is on screen."""
    tree = window.outline.tree
    index = tree.currentIndex()
    if not index.isValid():
        return None
    assert tree.viewport().rect().intersects(tree.visualRect(index)), "scrolled to"
    segment, _offset = index.data(SEGMENT_ROLE)
    return int(segment)


def new_segment(window, row: Row) -> int:  # type: ignore[no-untyped-def]
    cmp = window.session.comparison
    return cmp.pairs[row.index].new[0] if row.kind == "pair" else row.index


def concordance_row(window) -> Row:  # type: ignore[no-untyped-def]
    selected = window.concordance.selected_rows()
    assert len(selected) == 1, selected
    (source,) = selected
    return window.concordance.model.rows[source]


def settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Let the position catch up after scrolling, as it does for a reader."""
    QApplication.processEvents()
    window.position.follow()


def showing_new_outline(window) -> None:  # type: ignore[no-untyped-def]
    """The outline of the newer text, with the panes laid out again at their new width."""
    window.outline.show()
    window.outline.sides.setCurrentIndex(1)
    QApplication.processEvents()
    for pane in window.view.panes():
        pane.flush_relayout()
    QApplication.processEvents()


def test_outline_follows_the_concordance_and_next_change(make_window, long_pair, qtbot) -> None:
    window = make_window(*long_pair, size=(1200, 800))
    showing_new_outline(window)
    cmp = window.session.comparison
    rows = window.concordance.model.rows
    chosen = rows[45]
    window.concordance.select_row(45)
    window.concordance.jumpRequested.emit(chosen)  # what a click on the row does
    settle(qtbot, window)
    assert outline_segment(window) == new_segment(window, chosen)

    seen = set()
    while len(seen) < 3:  # on through the next articles with changes
        window.actions_["go.next_change"].trigger()
        settle(qtbot, window)
        here = window.view.navigator.current_row
        assert outline_segment(window) == new_segment(window, here)
        assert concordance_row(window) == here
        seen.add(here)

    for _ in range(3):
        window.actions_["go.prev_change"].trigger()
        settle(qtbot, window)
        here = window.view.navigator.current_row
        assert outline_segment(window) == new_segment(window, here)
        assert concordance_row(window) == here

    # Chosen in the outline: the concordance follows too.
    line = window.outline.tree.model().index(10, 0, QModelIndex())
    window.outline._clicked(line)
    settle(qtbot, window)
    assert concordance_row(window) == cmp.row_of_segment(1, line.data(SEGMENT_ROLE)[0])


def test_a_hidden_outline_shows_the_article_being_read_when_opened(make_window, long_pair) -> None:
    window = make_window(*long_pair, size=(1200, 800))
    window.outline.hide()
    window.concordance.jumpRequested.emit(window.concordance.model.rows[30])
    QApplication.processEvents()
    showing_new_outline(window)
    QApplication.processEvents()
    assert outline_segment(window) == new_segment(window, window.concordance.model.rows[30])


def test_ctrl_end_makes_the_last_article_current(make_window, long_pair, qtbot) -> None:
    window = make_window(*long_pair, size=(1200, 800))
    showing_new_outline(window)
    pane = window.view.primary()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    last = window.concordance.model.rows[-1]
    assert pane.verticalScrollBar().value() == pane.scroll_room.end_value  # the text's end
    assert concordance_row(window) == last
    assert outline_segment(window) == new_segment(window, last)
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert concordance_row(window) == window.concordance.model.rows[0]


def test_change_label_describes_the_change_in_view(make_window, monkeypatch) -> None:
    window = make_window(size=(1400, 900))
    label = window.position.change_label
    assert label.text() == "No change selected"
    for _ in range(3):
        window.actions_["go.next_change"].trigger()
    QApplication.processEvents()
    assert label.text().startswith("Change 3 of ")
    total = label.text().split(" of ")[1].split()[0]

    # Inline view keeps the change being read, and says so.
    window.actions_["view.mode.inline"].trigger()
    QApplication.processEvents()
    window.position.follow()
    assert label.text().startswith("Change 3 of "), label.text()
    assert window.view.navigator.current_in_view()
    window.actions_["view.mode.side"].trigger()
    QApplication.processEvents()
    window.position.follow()
    assert label.text().startswith("Change 3 of "), label.text()
    window.actions_["go.next_change"].trigger()
    assert label.text().startswith("Change 4 of " + total)

    # Go to Article, far from that change: no change is current any more.
    cmp = window.session.comparison
    monkeypatch.setattr(
        "treatyviewer.ui.dialogs.go_to_article.ask_article",
        lambda *_a: cmp.row_of_segment(1, cmp.new.index_of("XV")),
    )
    window.actions_["go.article"].trigger()
    QApplication.processEvents()
    window.position.follow()
    assert label.text() == "No change selected"
    window.actions_["go.next_change"].trigger()
    n = int(label.text().split()[1])
    assert n > 4, "F7 goes on from the article read, not from the old change"
