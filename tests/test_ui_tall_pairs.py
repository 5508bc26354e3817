"""A pair too tall for Qt to lay out whole (about 8.4 million pixels: a 20 MB pair at
the usual width) is held in the panes a stretch at a time: every article can still be
read there, highlighted, with the other text beside it and the overview on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import wait_compared, write_treaty_pair
from test_ui_window import on_screen_changes
from treatyviewer.core.comparison import Row
from treatyviewer.ui.compare import stretch_chain

pytestmark = pytest.mark.gui


@pytest.fixture
def tall_window(make_window, tmp_path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """A window on a pair of 120 articles whose panes hold some 25 screens at most: the
    pair stands for one taller than Qt lays out (a stretch is the same whatever its
    height)."""
    pair = write_treaty_pair(tmp_path, "tall", articles=120, words_per_article=80, edits=400)
    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    monkeypatch.setattr(stretch_chain, "STRETCH_HEIGHT", 12_000.0)
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    wait_compared(qtbot, window, previous)
    return window


def _segment_at_centre(view, side: int) -> int:  # type: ignore[no-untyped-def]
    """The segment of one pane at the middle of its view."""
    pane = view.old_pane if side == 0 else view.new_pane
    y = pane.verticalScrollBar().value() + pane.viewport().height() / 2
    return max((top, i) for i, (top, _bottom) in view.geo[side].ranges.items() if top <= y)[1]


def _facing(window) -> bool:  # type: ignore[no-untyped-def]
    """Whether the panes show an article and its counterpart side by side (at the
    middle of the view; an article only one text has is passed over)."""
    view, cmp = window.view, window.session.comparison
    old, new = _segment_at_centre(view, 0), _segment_at_centre(view, 1)
    k = cmp.new_to_pair.get(new)
    if k is None or cmp.old_to_pair.get(old) is None:
        return True
    return old in cmp.pairs[k].old


def _last_pair(window) -> int:  # type: ignore[no-untyped-def]
    cmp = window.session.comparison
    return max(range(len(cmp.pairs)), key=lambda k: cmp.pairs[k].new[0])


def test_the_panes_of_a_tall_pair_hold_a_stretch_of_it(tall_window) -> None:
    view = tall_window.view
    cmp = tall_window.session.comparison
    assert view.stretching.partial()
    for pane in view.panes()[:2]:
        assert pane.document().size().height() < 2 * stretch_chain.STRETCH_HEIGHT
    assert len(cmp.new.segments) - 1 not in view.geo[1].ranges
    assert any("hold a stretch" in t for t in tall_window.message_bar.texts())


def test_ctrl_end_shows_the_last_article_highlighted(tall_window, qtbot) -> None:
    view = tall_window.view
    pane = view.new_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.writing(), timeout=20000)
    assert pane.verticalScrollBar().value() == pane.scroll_room.end_value > 0
    cmp = tall_window.session.comparison
    last = len(cmp.new.segments) - 1
    top, bottom = view.geo[1].ranges[last]
    bar = pane.verticalScrollBar()
    assert top < bar.value() + pane.viewport().height() and bottom > bar.value()
    assert on_screen_changes(pane)  # highlighted
    assert _facing(tall_window)  # the older text beside it is at its counterpart
    # Ctrl+Home goes back to the first.
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.writing(), timeout=20000)
    assert pane.verticalScrollBar().value() == 0
    assert view.segment_at_top(1) == 0


def test_going_to_the_last_article_shows_it_beside_its_counterpart(tall_window, qtbot) -> None:
    view = tall_window.view
    k = _last_pair(tall_window)
    pair = tall_window.session.comparison.pairs[k]
    view.navigator.show_row(Row("pair", k))
    qtbot.waitUntil(lambda: view.navigator.waiting is None, timeout=20000)
    for side, pane, seg in ((0, view.old_pane, pair.old[0]), (1, view.new_pane, pair.new[0])):
        assert view.segment_at_top(side) == seg
        assert on_screen_changes(pane)
    assert view.navigator.row_at_top() == Row("pair", k)
    # The overview is of the whole pair: its box frames that article where it stands
    # in the text, and a click there goes to the article that stands there.
    doc = tall_window.session.comparison.new
    low, high = view.overview.view
    assert low <= doc.segments[pair.new[0]].start / len(doc.text) <= high
    assert high < 1.0 or view.stretching.span()[1] == len(doc.segments) - 1
    ticks = {round(t.start, 2) for t in view.overview.ticks if t.column == 1}
    assert min(ticks) < 0.1 and max(ticks) > 0.9  # changes all along, not one stretch's
    middle = len(doc.segments) // 2
    view.overview.jumpRequested.emit(doc.segments[middle].start / len(doc.text) + 1e-9)
    assert view.segment_at_top(1) == middle


def test_scrolling_on_past_a_stretch_reads_on_without_a_jump(tall_window, qtbot) -> None:
    """Scrolling down half a screen at a time reads every article in turn, into the
    next stretch and on to the last; scrolling back up reads them back to the first."""
    view = tall_window.view
    cmp = tall_window.session.comparison
    pane = view.new_pane
    bar = pane.verticalScrollBar()
    last = len(cmp.new.segments) - 1
    stretches = set()
    for direction in (1, -1):
        seen = [_segment_at_centre(view, 1)]
        for _ in range(1000):
            bar.setValue(bar.value() + direction * pane.viewport().height() // 2)
            qtbot.wait(1)  # (the stretch moves from the event loop)
            seen.append(_segment_at_centre(view, 1))
            assert 0 <= (seen[-1] - seen[-2]) * direction <= 2  # on, never back nor far
            # The other pane follows from the event loop: on a busy machine a turn later.
            qtbot.waitUntil(lambda: _facing(tall_window), timeout=5000)
            stretches.add(view.stretching.span())
            if seen[-1] == last if direction > 0 else bar.value() == 0:
                break
        assert seen[-1] == last if direction > 0 else view.segment_at_top(1) == 0
    assert len(stretches) > 2


def test_next_change_goes_on_into_the_next_stretch_and_back(tall_window, qtbot) -> None:
    """Next Change past the last change of a stretch goes to the first change after it,
    in the stretch that holds it; Previous Change comes back the same way; the end is
    announced only at the last change of the text."""
    view = tall_window.view
    cmp = tall_window.session.comparison
    changed = [j for j in range(len(cmp.new.segments)) if _has_change(cmp, j)]
    edges: list[str] = []
    view.changeVisited.connect(lambda _k, _n, edge: edges.append(edge))

    def article() -> int:
        y = view.navigator.current_y
        return max((top, i) for i, (top, _b) in view.geo[1].ranges.items() if top <= y + 1)[1]

    pane = view.new_pane
    span = view.stretching.span()
    pane.verticalScrollBar().setValue(pane.scroll_room.end_value)
    visited = []
    while not visited or visited[-1] <= span[1]:
        view.next_change(1)
        visited.append(article())
        assert edges[-1] == ""
        assert len(visited) <= len(changed), visited  # F7 went on past every change
    assert view.stretching.span() != span
    after = visited[-1]
    assert after == min(j for j in changed if j > span[1])  # none passed over
    while visited[-1] == after:
        view.next_change(-1)
        visited.append(article())
        assert len(visited) <= 2 * len(changed), visited  # Shift+F7 stays on one change
    assert visited[-1] == max(j for j in changed if j < after)
    # Ctrl+End, then on to the last change: announced as the last.
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.writing(), timeout=20000)
    view.next_change(-1)
    for _ in range(50):
        view.next_change(1)
        if edges[-1]:
            break
    assert article() == changed[-1] and edges[-1] == "last"


def _has_change(cmp, j: int) -> bool:  # type: ignore[no-untyped-def]
    k = cmp.new_to_pair.get(j)
    return k is None or cmp.pairs[k].status != "unchanged" or cmp.pairs[k].moved


def test_find_goes_on_to_a_match_in_another_stretch(tall_window, qtbot) -> None:
    """A match that the stretch shown does not hold is found, and gone to, in the
    stretch that holds it; Previous Match comes back past the stretch's start."""
    view, bar = tall_window.view, tall_window.find_bar
    cmp = tall_window.session.comparison
    last = max(j for j, seg in enumerate(cmp.new.segments) if seg.kind.name == "ARTICLE")
    label = cmp.new.segments[last].label
    bar.open()
    bar.search(f"Article {label}")
    qtbot.waitUntil(lambda: bar.current >= 0, timeout=20000)
    pane, start, _end = bar.matches[bar.current]
    assert pane is view.new_pane
    assert view.stretching.span()[0] <= last <= view.stretching.span()[1]
    y = pane.verticalScrollBar().value() + pane.viewport().height() // 3
    assert _segment_at_y(view, 1, y) == last
    # Articles 7 and 70-79 are before that stretch: the search goes back to the last
    # of them (its own stretch).
    before = view.stretching.span()[0]
    bar.search("Article 7")
    qtbot.waitUntil(lambda: bar.current >= 0 and not bar.scan.running, timeout=20000)
    pane, start, _end = bar.matches[bar.current]
    wanted = max(j for j in range(before) if cmp.new.segments[j].label.startswith("7"))
    assert view.stretching.span()[0] <= wanted <= view.stretching.span()[1]
    assert f"Article {cmp.new.segments[wanted].label}" in pane.document().findBlock(start).text()


def _segment_at_y(view, side: int, y: float) -> int:  # type: ignore[no-untyped-def]
    return max((top, i) for i, (top, _b) in view.geo[side].ranges.items() if top <= y)[1]


def test_showing_only_changed_articles_keeps_the_stretch_read(tall_window, qtbot) -> None:
    """Show Only Changed Articles chains other anchors: the panes still begin where the
    stretch read began, not at the anchor of the same number in the new chain."""
    view = tall_window.view
    k = _last_pair(tall_window)
    middle = tall_window.session.comparison.pairs[k // 2].new[0]
    view.navigator.jump_to_segments(None, middle)
    first = view.stretching.span()[0]
    assert 0 < first <= middle
    previous = view.filler.filling
    view.set_only_changed(True)
    qtbot.waitUntil(
        lambda: view.filler.filling is not previous and not view.writing(), timeout=20000
    )
    span = view.stretching.span()
    assert span is not None and 0 < span[0] <= first <= span[1]


def test_a_long_document_let_go_is_deleted_a_slice_at_a_time(qtbot) -> None:
    """A pane shown another document lets a long one go over a few turns of the event
    loop (deleting it at once stalled the window), a short one at once."""
    from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrameFormat

    from treatyviewer.ui.compare import letting_go

    gone: list[str] = []
    for name, frames in (("short", 2), ("long", 60)):
        doc = QTextDocument()
        cursor = QTextCursor(doc)
        for _ in range(frames):
            cursor.setPosition(doc.rootFrame().lastPosition())
            cursor.insertFrame(QTextFrameFormat())
            cursor.insertText("word " * 2000)
        doc.destroyed.connect(lambda _obj=None, n=name: gone.append(n))
        letting_go.let_go(doc)
        del doc
    qtbot.wait(0)
    assert "long" not in gone
    qtbot.waitUntil(lambda: "long" in gone and "short" in gone, timeout=10000)
