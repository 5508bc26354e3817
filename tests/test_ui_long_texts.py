"""Long texts are written into the panes step by step: the first screen at once, highlighted
and aligned, the rest while the reader reads; in the end they read exactly like texts laid
out at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from conftest import wait_compared
from test_ui_window import change_ids, on_screen_changes
from treatyviewer.ui.app.dock_room import CRAMPED
from treatyviewer.ui.compare.view_filling import RESTART_MS


def _walk(window, stops: int = 10) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Where Next Change and then Find take the reader: both panes' scroll positions."""
    panes = window.view.panes()[:2]
    seen = []
    for _ in range(stops):
        window.actions_["go.next_change"].trigger()
        seen.append(tuple(p.verticalScrollBar().value() for p in panes))
    window.find_bar.edit.setText("Kars")
    window.find_bar.search()
    for _ in range(3):
        window.find_bar.step(1)
        seen.append(tuple(p.verticalScrollBar().value() for p in panes))
    return seen


def _layout(view) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Everything the panes, connectors and overview show, as numbers and text."""
    old, new = view.old_pane, view.new_pane
    return {
        "text": (old.toPlainText(), new.toPlainText()),
        "ranges": (view.geo[0].ranges, view.geo[1].ranges),
        "heights": (old.document().size().height(), new.document().size().height()),
        "padding": (dict(view.pads[0].extra), dict(view.pads[1].extra)),
        "sync": view.sync.points,
        "bands": view.connector.bands,
        "ticks": view.overview.ticks,
        "placeholders": (old.placeholders, new.placeholders),
    }


def _seen(view) -> list[tuple[int, list[int], list[int]]]:  # type: ignore[no-untyped-def]
    """Page by page down the newer pane: the changes highlighted on screen in each pane
    (a long text keeps only the articles near the view highlighted)."""
    out = []
    bar = view.new_pane.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, bar.pageStep()):
        bar.setValue(value)
        out.append((value, *(on_screen_changes(p) for p in (view.old_pane, view.new_pane))))
    bar.setValue(0)
    return out


def _writing_when_shown(window) -> list[bool]:  # type: ignore[no-untyped-def]
    """Records, each time a comparison is shown, whether it was still being written."""
    seen: list[bool] = []
    window.session.changed.connect(lambda: seen.append(window.view.writing()))
    return seen


def _long_window(make_window):  # type: ignore[no-untyped-def]
    """A low window on the bundled pair, where any text counts as long (so a short
    pair is written step by step, as a long one is)."""
    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    return window


def _open(window, pair, qtbot) -> None:  # type: ignore[no-untyped-def]
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    wait_compared(qtbot, window, previous)


def test_a_pair_written_step_by_step_reads_like_one_laid_out_at_once(make_window, qtbot) -> None:
    whole = make_window(size=(1200, 500))  # the bundled pair is short: laid out at once
    stepwise = make_window(size=(1200, 500))
    stepwise.view.long_text = 0  # treat even the bundled pair as a long text
    writing = _writing_when_shown(stepwise)
    previous = stepwise.session.comparison
    stepwise.session.reload()
    wait_compared(qtbot, stepwise, previous)
    assert writing == [True]  # the first screens were shown before the rest was written
    assert _layout(stepwise.view) == _layout(whole.view)
    assert _seen(stepwise.view) == _seen(whole.view)
    assert _walk(stepwise) == _walk(whole)


def test_a_pair_resized_while_it_is_written_ends_as_one_laid_out_at_that_width(
    make_window, qtbot
) -> None:
    stepwise = _long_window(make_window)
    view = stepwise.view
    widths: list[tuple[bool, int]] = []

    def narrow() -> None:  # as a dock opening beside a text just shown would
        if not widths:
            widths.append((view.writing(), view.new_pane.viewport().width()))
            stepwise.resize(CRAMPED + 20, 500)  # narrower, the docks still beside the texts
            QApplication.sendPostedEvents()
            for pane in view.panes():
                pane.flush_relayout()

    stepwise.session.changed.connect(narrow)
    previous = stepwise.session.comparison
    stepwise.session.reload()
    wait_compared(qtbot, stepwise, previous)
    assert widths[0][0] and view.new_pane.viewport().width() < widths[0][1]
    written = _layout(view)
    view.long_text = 10**9  # the same texts laid out at once, at the width they have now
    view.show_comparison(view.cmp)
    assert written == _layout(view)


def test_a_long_text_resized_again_and_again_is_written_again_once_at_the_last_width(
    make_window, qtbot
) -> None:
    window = _long_window(make_window)
    view = window.view
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
    written = view.new_pane.document()
    # The reader drags on: however slow this machine is, no width holds long enough.
    view.filler.settle_ms = 600_000
    for width in (1000, 1100, 900):  # a window dragged narrower, or a dock sliding open
        window.resize(width, 500)
        QApplication.sendPostedEvents()
        for pane in view.panes():
            pane.flush_relayout()
        QApplication.processEvents()
        assert view.new_pane.document() is written and view.writing()
    view.filler.settle_ms = RESTART_MS  # and lets go: the last width holds
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    rewritten = view.new_pane.document()
    assert rewritten is not written  # once, at the last width
    laid_out = _layout(view)
    view.long_text = 10**9  # the same texts laid out at once, at that width
    view.show_comparison(view.cmp)
    assert laid_out == _layout(view)


def test_a_long_text_shows_its_first_screen_highlighted_and_aligned_at_once(
    make_window, small_pair, qtbot
) -> None:
    window = _long_window(make_window)
    view = window.view
    first: list[tuple[int, list[int], tuple[float, float]]] = []

    def shown() -> None:
        cmp = window.session.comparison
        k = next(k for k, p in enumerate(cmp.pairs) if p.changes and not p.moved)
        o, n = cmp.pairs[k].old[0], cmp.pairs[k].new[0]
        tops = (view.geo[0].ranges[o][0], view.geo[1].ranges[n][0])
        first.append(
            (view.new_pane.document().characterCount(), change_ids(view.new_pane.document()), tops)
        )

    writing = _writing_when_shown(window)
    window.session.changed.connect(shown)
    _open(window, small_pair, qtbot)
    assert writing == [True]
    written, highlighted, (old_top, new_top) = first[0]
    whole = view.new_pane.document().characterCount()
    assert written < whole / 2  # only the first screens, not the whole text
    assert highlighted and set(highlighted) <= set(change_ids(view.new_pane.document()))
    assert abs(old_top - new_top) < 1  # the first changed pair faces itself


def test_jumping_to_the_last_article_while_it_is_written_shows_it_highlighted(
    make_window, small_pair, qtbot
) -> None:
    window = _long_window(make_window)
    view = window.view
    jumped: list[int] = []

    def jump_to_last() -> None:
        cmp = window.session.comparison
        k = max(k for k, p in enumerate(cmp.pairs) if p.changes and not p.moved)
        jumped.append(k)
        view.jump_to_pair(k)  # the reader asks for it before it is written

    window.session.changed.connect(jump_to_last)
    _open(window, small_pair, qtbot)
    cmp = window.session.comparison
    pair = cmp.pairs[jumped[0]]
    o, n = pair.old[0], pair.new[0]
    assert view.segment_at_top(1) == n and view.segment_at_top(0) == o
    band = next(b for b in view.connector.bands if b.old == view.geo[0].ranges[o])
    assert band.new == view.geo[1].ranges[n]
    # The article at the top carries its changes' highlighting, where it is laid out.
    doc = view.new_pane.document()
    ours = [
        (c.new_start, cid)
        for cid, (k, c) in enumerate(view.rendered[1].changes)
        if k == jumped[0] and c.new_end > c.new_start
    ]
    assert ours and {cid for _s, cid in ours} <= set(change_ids(doc))
    y = view.geo[1].y_of_position(doc, view.rendered[1].map.to_qt(min(ours)[0]))
    top, bottom = view.geo[1].ranges[n]
    assert top < y < bottom


def test_another_pair_opened_while_a_long_one_is_written_replaces_it(
    make_window, small_pair, qtbot
) -> None:
    window = _long_window(make_window)
    bundled = window.view.new_pane.toPlainText()
    interrupted: list[bool] = []

    def open_another() -> None:
        if not interrupted:
            interrupted.append(window.view.writing())
            window.open_bundled()  # while the small pair is still being written

    window.session.changed.connect(open_another)
    _open(window, small_pair, qtbot)
    assert interrupted == [True]
    assert (window.session.old_name, window.session.new_name) == ("draft-1920", "moscow-1921")
    assert window.view.new_pane.toPlainText() == bundled


def test_a_menu_opens_while_a_long_text_is_written_and_the_writing_goes_on_under_it(
    make_window, small_pair, qtbot
) -> None:
    window = _long_window(make_window)
    view = window.view
    menu = window.menus["view"]
    shares: list[float | None] = []

    def open_menu() -> None:
        window.session.changed.disconnect(open_menu)
        shares.append(view.written_share())
        menu.popup(window.mapToGlobal(QPoint(10, 10)))

    window.session.changed.connect(open_menu)
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    qtbot.waitUntil(menu.isVisible, timeout=60_000)
    assert shares and shares[0] is not None  # the text was being written as it opened
    written = shares[0]

    def more_written() -> bool:
        share = view.written_share()
        return share is None or share > written

    qtbot.waitUntil(more_written, timeout=30_000)
    assert menu.isVisible()  # written further under the open menu
    menu.close()
    wait_compared(qtbot, window)


def test_both_panes_end_at_the_same_height_once_written(make_window, qtbot) -> None:
    """The shorter text is padded at its end, so the last articles face each other and
    the panes scroll together to the very end (the draft is the shorter text here)."""
    window = _long_window(make_window)
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
    old, new = (p.document().size().height() for p in window.view.panes()[:2])
    assert window.view.pads[0].bottom > 100  # the draft needed padding, and got it
    assert abs(old - new) < 1.0


def test_a_view_switched_while_a_jump_waits_for_its_article_keeps_that_article(
    make_window, small_pair, qtbot
) -> None:
    """On a 7 MB pair, Go to Article 2000, then the Outline toggled (or Ctrl+2, Ctrl+1)
    while the text was written again at the new width: the panes stayed at Article 3,
    the place the text's first screens reached, for good."""
    window = _long_window(make_window)
    view = window.view
    jumped: list[int] = []
    read: list[object] = []

    def jump_then_switch() -> None:
        cmp = window.session.comparison
        k = max(k for k, p in enumerate(cmp.pairs) if p.changes and not p.moved)
        jumped.append(k)
        view.jump_to_pair(k)
        if view.navigator.waiting is not None:
            read.append(view.navigator.row_at_top())
            window.actions_["view.mode.inline"].trigger()
            window.actions_["view.mode.side"].trigger()

    window.session.changed.connect(jump_then_switch)
    _open(window, small_pair, qtbot)
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    cmp = window.session.comparison
    assert read, "the jump did not wait: nothing was switched while it did"
    assert read[0] == cmp.row_of_segment(1, cmp.pairs[jumped[0]].new[0])
    qtbot.waitUntil(lambda: view.navigator.row_at_top() is not None)
    assert view.navigator.row_at_top() == read[0], (view.navigator.row_at_top(), read[0])
