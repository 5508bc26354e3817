"""A long text resized while it is written into the panes (a window made narrower, a
dock sliding open) is written again at the new width: the article the reader had at
the top stays there, as it does for a text laid out at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import wait_compared, write_treaty_pair
from treatyviewer.ui.compare import render

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("width", [900, 1500])
def test_the_article_read_stays_at_the_top_when_a_text_being_written_is_resized(
    make_window, qtbot, tmp_path, monkeypatch, width
) -> None:
    monkeypatch.setattr(render, "ARTICLES_PER_FRAME", 2)  # written slowly: still under way
    old, new = write_treaty_pair(tmp_path, "long", articles=80, words_per_article=80, edits=200)
    window = make_window(size=(1200, 600))
    view = window.view
    view.long_text = 0  # written step by step, as a long text is
    view.filler.settle_ms = 50
    previous = window.session.comparison
    window.open_pair(str(old), str(new))
    qtbot.waitUntil(lambda: window.session.comparison is not previous, timeout=30_000)
    k = 12
    pair = view.cmp.pairs[k]
    qtbot.waitUntil(lambda: pair.new[0] in view.geo[1].ranges, timeout=30_000)
    assert view.writing()
    view.jump_to_pair(k)
    QApplication.processEvents()
    before = view.navigator.row_at_top()
    assert before is not None and before.index == k

    window.resize(width, 600)  # while the rest of the text is being written
    QApplication.sendPostedEvents()
    for pane in view.panes():
        pane.flush_relayout()
    wait_compared(qtbot, window, previous, timeout=60_000)
    assert view.new_pane.viewport().width() != 0
    assert view.navigator.row_at_top() == before
