"""A long text keeps only the articles near the view laid out and highlighted: wherever
the reader goes, the text there is shown highlighted and at the height it has when the
whole text is laid out, and what the reader left far behind is let go again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from conftest import wait_compared, write_treaty_pair
from test_ui_window import on_screen_changes
from treatyviewer.core.comparison import Row
from treatyviewer.ui.compare import connector as connector_module
from treatyviewer.ui.compare import parking, render

pytestmark = pytest.mark.gui


@pytest.fixture
def medium_pair(tmp_path):  # type: ignore[no-untyped-def]
    return write_treaty_pair(tmp_path, "medium", articles=80, words_per_article=80, edits=300)


@pytest.fixture
def windows(make_window, medium_pair, qtbot):  # type: ignore[no-untyped-def]
    """(lazy, whole): the pair as a long text, and the same pair laid out at once."""
    out = []
    for long_text in (0, 10**9):
        window = make_window(size=(1200, 500))
        window.view.long_text = long_text
        previous = window.session.comparison
        window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
        wait_compared(qtbot, window, previous)
        out.append(window)
    return out


def _laid_out_share(pane) -> float:  # type: ignore[no-untyped-def]
    """The share of the pane's characters that sit in laid-out lines."""
    doc = pane.document()
    laid = 0
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if block.isVisible() and layout is not None and layout.lineCount():
            laid += block.length()
        block = block.next()
    return laid / doc.characterCount()


def _heading_at_top(pane) -> str:  # type: ignore[no-untyped-def]
    return pane.cursorForPosition(QPoint(40, 40)).block().text()


def test_far_articles_are_not_laid_out_but_the_text_is_all_there(windows) -> None:
    lazy, whole = windows
    for pane in lazy.view.panes()[:2]:
        assert _laid_out_share(pane) < 0.5
    bar = lazy.view.new_pane.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)  # read it all: what is left behind is let go again
    assert "Article 80" in _heading_at_top(lazy.view.new_pane) or bar.value() == bar.maximum()
    for pane in lazy.view.panes()[:2]:
        assert _laid_out_share(pane) < 0.5
    for mine, theirs in zip(lazy.view.panes()[:2], whole.view.panes()[:2], strict=True):
        assert mine.toPlainText() == theirs.toPlainText()  # Find and Copy see every word
    # Every article stands where the whole text has it (the very last one's foot is
    # written one line lower step by step than at once, parked or not).
    for side in (0, 1):
        mine, theirs = lazy.view.geo[side].ranges, whole.view.geo[side].ranges
        last = max(theirs)
        assert {i: r for i, r in mine.items() if i != last} == {
            i: r for i, r in theirs.items() if i != last
        }
        assert mine[last][0] == theirs[last][0]
    bands = [
        [b for b in window.view.connector.bands if b.old[1] < window.view.geo[0].ranges[80][0]]
        for window in windows
    ]
    assert bands[0] == bands[1] and len(bands[0]) > 70


def test_an_article_far_down_is_shown_highlighted_where_the_whole_text_has_it(windows) -> None:
    lazy, whole = windows
    cmp = lazy.session.comparison
    k = max(k for k, p in enumerate(cmp.pairs) if p.changes and not p.moved and k < 70)
    n = cmp.pairs[k].new[0]
    shown = []
    for window in (lazy, whole):
        pane = window.view.new_pane
        pane.verticalScrollBar().setValue(round(window.view.geo[1].ranges[n][0] - 28))
        top_block = pane.cursorForPosition(QPoint(40, 40)).block()
        shown.append(
            (
                top_block.text(),
                pane.document().documentLayout().blockBoundingRect(top_block).top(),
                on_screen_changes(pane, underline=True),
                on_screen_changes(window.view.old_pane, strike=True),
            )
        )
    assert shown[0] == shown[1]
    ours = {cid for cid, (kk, c) in enumerate(lazy.view.rendered[1].changes) if kk == k}
    assert ours & set(shown[0][2])  # the article's own changes are highlighted


def test_go_to_article_lands_on_it_and_next_change_and_find_stay_exact(windows) -> None:
    lazy, whole = windows
    cmp = lazy.session.comparison
    seen = []
    for window in (lazy, whole):
        view = window.view
        stops = []
        for k in (60, 5, 75):
            view.navigator.show_row(Row("pair", k))
            pair = cmp.pairs[k]
            assert view.segment_at_top(1) == pair.new[0]
            label = cmp.new.segments[pair.new[0]].label
            assert _heading_at_top(view.new_pane).startswith(f"Article {label}")
            window.actions_["go.next_change"].trigger()
            stops.append(
                (
                    view.new_pane.verticalScrollBar().value(),
                    view.new_pane.textCursor().position(),
                    on_screen_changes(view.new_pane),
                )
            )
        window.find_bar.edit.setText("Article 77")
        window.find_bar.search()
        stops.append((view.new_pane.verticalScrollBar().value(), _heading_at_top(view.new_pane)))
        window.view.new_pane.setFocus()
        seen.append(stops)
    assert seen[0] == seen[1]


def test_articles_that_cannot_be_let_go_do_not_hold_up_the_others(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    # The last article of a frame stays laid out; with frames of two articles and one
    # article let go at a time, every other candidate is one of those.
    monkeypatch.setattr(render, "ARTICLES_PER_FRAME", 2)
    monkeypatch.setattr(parking, "PARK_MOST", 1)
    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    previous = window.session.comparison
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, previous)
    bar = window.view.new_pane.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep() // 2):
        bar.setValue(value)
    for pane in window.view.panes()[:2]:
        assert _laid_out_share(pane) < 0.75


def test_the_connectors_far_down_a_long_text_are_those_of_the_pairs_on_screen(
    windows, monkeypatch
) -> None:
    lazy, _whole = windows
    view = lazy.view
    connector = view.connector
    bar = view.new_pane.verticalScrollBar()
    end = view.new_pane.scroll_room.end_value  # the text's end (past it: the room below)
    shown = []
    for value in (end // 3, 2 * end // 3, end):
        bar.setValue(value)
        shown.append(connector.grab().toImage())
    # Every band looked at on every paint draws the same (a long text's bands are
    # looked up by where they begin).
    monkeypatch.setattr(connector_module, "LONG_BAND", -1.0)
    connector.set_bands(connector.bands)
    for value, image in zip((end // 3, 2 * end // 3, end), shown, strict=True):
        bar.setValue(value)
        assert connector.grab().toImage() == image
    connector.set_bands([])
    assert connector.grab().toImage() != image  # (bands are drawn there)


def test_a_redline_too_tall_for_qt_to_lay_out_says_where_its_end_is_read(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    """Qt lays out no document taller than about 8.4 million pixels (a 20 MB pair at the
    usual width): the side-by-side panes hold such a pair a stretch at a time, but the
    redline cannot, and the reader is told where its end is read."""
    from treatyviewer.ui.app import writing_notices

    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    previous = window.session.comparison
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, previous)
    window.view.set_mode("inline")
    qtbot.waitUntil(lambda: not window.view.writing(), timeout=20000)
    assert not any("too long to show whole" in t for t in window.message_bar.texts())
    # The same pair against a limit below its height stands for a text above Qt's.
    monkeypatch.setattr(writing_notices, "LAYOUT_LIMIT", 2000.0)
    previous = window.session.comparison
    window.session.set_options(ignore_case=True)
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(
        lambda: any("too long to show whole" in t for t in window.message_bar.texts()),
        timeout=5000,
    )
