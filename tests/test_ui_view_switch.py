"""Switching between the side-by-side and the inline view keeps the article in view."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def settle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Let the panes that were hidden take their width and be laid out again."""
    qtbot.wait(400)
    for pane in view.panes():
        pane.flush_relayout()
    qtbot.wait(50)


@pytest.mark.parametrize("there", ["inline", "new", "old"])
def test_switching_views_and_back_keeps_the_article_being_read(make_window, qtbot, there) -> None:
    window = make_window()
    view = window.view
    cmp = window.session.comparison
    art2 = next(k for k, p in enumerate(cmp.pairs) if cmp.label_of("old", p.old) == ["2"])
    reading = next(r for r in cmp.rows() if r.kind == "pair" and r.index == art2)
    view.navigator.show_row(reading)
    qtbot.wait(50)
    assert view.navigator.row_at_top() == reading
    view.set_mode(there)
    settle(qtbot, view)
    assert view.navigator.row_at_top() == reading, there
    view.set_mode("side")
    settle(qtbot, view)
    assert view.navigator.row_at_top() == reading
