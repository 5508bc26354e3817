"""Clicking a line of the outline in every view: the view stays, the article comes up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.outline.outline_dock import SEGMENT_ROLE

pytestmark = pytest.mark.gui


def _unit_line(window, side: int, segment: int) -> QModelIndex:  # type: ignore[no-untyped-def]
    """The outline line of one unit of one text (the one the dock selects for it)."""
    dock = window.outline
    dock.sides.setCurrentIndex(side)
    dock.follow(side, segment)
    line = dock.tree.currentIndex()
    assert line.data(SEGMENT_ROLE) == (segment, -1)
    return line


def test_an_outline_click_in_inline_view_stays_inline_and_jumps(make_window) -> None:
    window = make_window(size=(1200, 700))
    window.outline.show()
    window.actions_["view.mode.inline"].trigger()
    QApplication.processEvents()
    cmp = window.session.comparison
    segment = cmp.new.index_of("XV")
    line = _unit_line(window, 1, segment)
    window.outline._clicked(line)  # what a click on the line does
    QApplication.processEvents()
    assert window.view.mode == "inline"
    assert window.actions_["view.mode.inline"].isChecked()
    assert window.view.inline_pane.isVisible() and not window.view.new_pane.isVisible()
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(1, segment)


@pytest.mark.parametrize(("mode", "shown", "other"), [("old", 0, 1), ("new", 1, 0)])
def test_a_click_in_the_hidden_texts_outline_brings_up_its_counterpart(
    make_window, mode: str, shown: int, other: int
) -> None:
    """With one text shown, the other text's outline tab still leads somewhere: to the
    shown text's counterpart of the clicked article."""
    window = make_window(size=(1200, 700))
    window.outline.show()
    window.actions_[f"view.mode.{mode}"].trigger()
    QApplication.processEvents()
    cmp = window.session.comparison
    pair = cmp.pairs[cmp.pair_of_old(cmp.old.index_of("2"))]  # draft Art. 2 → Moscow Art. VI
    segment = (pair.old, pair.new)[other][0]
    window.outline._clicked(_unit_line(window, other, segment))
    QApplication.processEvents()
    assert window.view.mode == mode
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(shown, (pair.old, pair.new)[shown][0])
