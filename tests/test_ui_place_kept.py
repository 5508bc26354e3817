"""Changing what is shown, or opening a panel, keeps the reader's place.

A reader four changes into the bundled pair who turns Substance Only on and off
again, or opens the Outline, must find the same article at the top of the panes,
not the Preamble.
"""

from __future__ import annotations


def _walk_to_an_added_article(qtbot, window):  # type: ignore[no-untyped-def]
    """Next Article until the top of the panes is an article only the 1921 text has."""
    for _ in range(12):
        window.actions_["go.next_article"].trigger()
        qtbot.wait(20)
        row = window.position.row_at_top()
        if row is not None and row.kind == "added":
            break
    assert row is not None and row.kind == "added"
    return row, [p.verticalScrollBar().value() for p in window.view.panes()[:2]]


def _settled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The panes laid out at their width, as they are long before a reader's next step
    (a layout still pending from opening a panel made the step race it)."""
    for pane in window.view.panes():
        pane.flush_relayout()
    qtbot.wait(50)


def test_all_changes_after_substance_only_keeps_the_article(qtbot, make_window) -> None:
    window = make_window()
    window.set_outline_visible(True)
    qtbot.waitUntil(lambda: window.outline.isVisible())
    _settled(qtbot, window)
    row, before = _walk_to_an_added_article(qtbot, window)
    window.actions_["show.substance_only"].trigger()
    _settled(qtbot, window)
    window.actions_["show.all"].trigger()
    _settled(qtbot, window)
    after = [p.verticalScrollBar().value() for p in window.view.panes()[:2]]
    assert window.position.row_at_top() == row, (before, after)


def test_opening_the_outline_keeps_the_article(qtbot, make_window) -> None:
    window = make_window()
    window.outline.hide()
    row, before = _walk_to_an_added_article(qtbot, window)
    window.actions_["view.outline"].trigger()
    qtbot.wait(100)
    after = [p.verticalScrollBar().value() for p in window.view.panes()[:2]]
    assert window.position.row_at_top() == row, (before, after)


def test_opening_the_outline_at_a_change_keeps_that_change(qtbot, make_window) -> None:
    """Next Change nine times stops in Art. I with the end of the Preamble above it at
    the top of the newer text; opening the Outline then put the Preamble at the top
    and dropped the change."""
    window = make_window(size=(1600, 1000))
    window.outline.hide()
    qtbot.wait(50)
    for _ in range(9):
        window.actions_["go.next_change"].trigger()
    qtbot.wait(50)
    nav = window.view.navigator
    before = nav.current_key
    assert nav.current_in_view()
    window.actions_["view.outline"].trigger()
    qtbot.waitUntil(lambda: window.outline.isVisible())
    for pane in window.view.panes():
        pane.flush_relayout()
    qtbot.wait(300)
    assert nav.current_key == before
    assert nav.current_in_view()
    assert "Change 9 of" in window.position.change_label.text()


def test_substance_only_and_back_at_a_change_keeps_its_article(qtbot, make_window) -> None:
    """At change 9, in Art. I (the end of the Preamble above it at the top), Substance
    Only then All Changes put the Preamble at the top of both panes."""
    window = make_window(size=(1600, 1000))
    for _ in range(9):
        window.actions_["go.next_change"].trigger()
    qtbot.wait(50)
    cmp = window.session.comparison
    art_one = window.view.navigator.current_row
    assert art_one is not None and cmp.old.segments[cmp.pairs[art_one.index].old[0]].label == "1"
    for action in ("show.substance_only", "show.all"):
        window.actions_[action].trigger()
        for pane in window.view.panes():
            pane.flush_relayout()
        qtbot.wait(50)
        assert window.position.row_at_top() == art_one, action


def _written_step_by_step(qtbot, make_window):  # type: ignore[no-untyped-def]
    """The bundled pair in a window that writes it step by step, as a long text is."""
    from conftest import wait_compared

    window = make_window(size=(1200, 700))
    window.view.long_text = 0
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
    return window


def test_substance_only_in_a_long_text_keeps_the_article(qtbot, make_window) -> None:
    """A long text is written again step by step when what is shown changes: reading
    Art. 704 of 1,500, Substance Only had put Art. 11 at the top (the old scroll offset
    on the few articles written so far)."""
    window = _written_step_by_step(qtbot, make_window)
    view = window.view
    cmp = window.session.comparison
    segment = cmp.new.index_of("XIV")
    view.jump_to_segment(1, segment)
    window.position.hold(cmp.row_of_segment(1, segment))
    qtbot.wait(50)
    row = window.position.row_at_top()
    assert row == cmp.row_of_segment(1, segment)
    view.filler.settle_ms = 0
    window.actions_["show.substance_only"].trigger()
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    _settled(qtbot, window)
    assert window.position.row_at_top() == row
    window.actions_["show.all"].trigger()
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    _settled(qtbot, window)
    assert window.position.row_at_top() == row


def _heading_ys(window, row):  # type: ignore[no-untyped-def]
    """Where the article of ``row`` starts in each side pane, from the pane's top edge."""
    cmp, view = window.view.cmp, window.view
    pair = cmp.pairs[row.index]
    return [
        view.geo[side].ranges[seg][0] - pane.verticalScrollBar().value()
        for side, seg, pane in ((0, pair.old[0], view.old_pane), (1, pair.new[0], view.new_pane))
    ]


def test_switching_the_palette_keeps_the_place(qtbot, make_window) -> None:
    """Reading Art. XIV with its heading half-way down the panes (the end of the article
    before it above): the dark palette, high contrast and the light palette again put
    the heading of that article before it at the top, the article before the one read.
    The same article stays at the same place through every switch."""
    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    view, cmp = window.view, window.view.cmp
    xiv = Row("pair", cmp.new_to_pair[cmp.new.index_of("XIV")])
    view.navigator.show_row(xiv)
    _settled(qtbot, window)
    bar = view.primary().verticalScrollBar()
    bar.setValue(bar.value() - view.primary().viewport().height() // 2)
    _settled(qtbot, window)
    row = window.position.row_at_top()
    assert row != xiv  # the end of the article before it is at the top
    before = _heading_ys(window, xiv)
    for action in ("view.dark", "view.dark"):  # colours only: the very same place
        window.actions_[action].trigger()
        _settled(qtbot, window)
        assert window.position.row_at_top() == row, action
        assert _heading_ys(window, xiv) == before, action
    for action in ("view.high_contrast", "view.high_contrast"):  # bold marks wrap anew
        window.actions_[action].trigger()
        _settled(qtbot, window)
        assert window.position.row_at_top() == row, action
        ys = _heading_ys(window, xiv)
        assert all(abs(y - y0) < 40 for y, y0 in zip(ys, before, strict=True)), (action, ys)
    assert _heading_ys(window, xiv) == before


def test_switching_the_palette_in_a_long_text_keeps_the_place(qtbot, make_window) -> None:
    """A long text is written again step by step in the new colours: the panes went to
    the heading of the article at the top once it was written, not back to the place
    in it the reader had scrolled to."""
    window = _written_step_by_step(qtbot, make_window)
    view = window.view
    view.filler.settle_ms = 0
    cmp = window.session.comparison
    view.jump_to_segment(1, cmp.new.index_of("XIV"))
    bar = view.primary().verticalScrollBar()
    bar.setValue(bar.value() - view.primary().viewport().height() // 2)
    _settled(qtbot, window)
    row = window.position.row_at_top()
    before = [p.verticalScrollBar().value() for p in view.panes()[:2]]
    for action in ("view.dark", "view.dark"):
        window.actions_[action].trigger()
        qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
        _settled(qtbot, window)
        assert window.position.row_at_top() == row, action
        assert [p.verticalScrollBar().value() for p in view.panes()[:2]] == before, action


def _go_to_article_typed(qtbot, window, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+G, the article's number typed, Enter: as the reader does it."""
    from PySide6.QtCore import Qt

    from conftest import when_modal
    from treatyviewer.ui.dialogs.article_dialog import ArticleDialog

    def answer(dialog: ArticleDialog) -> None:
        qtbot.keyClicks(dialog.field, typed)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    when_modal(ArticleDialog, answer)
    window.actions_["go.article"].trigger()
    _settled(qtbot, window)


def test_zooms_and_palettes_after_go_to_article_keep_the_article(qtbot, make_window) -> None:
    """Go to Article XIII leaves the keyboard in the reading pane. The Ctrl of the next
    Ctrl++ (or the Alt of the View menu) reaches that pane first: after one zoom or
    palette switch, which lays the texts out anew with the text cursor back at their
    very beginning, that key put the Preamble at the top, and the switch then kept
    the Preamble. The article stays through any number of them, and the arrow keys
    read on from it."""
    from PySide6.QtCore import Qt

    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    xiii = cmp.row_of_segment(1, cmp.new.index_of("XIII"))
    _go_to_article_typed(qtbot, window, "XIII")
    assert window.position.row_at_top() == xiii
    pane = window.view.primary()
    steps = ("view.zoom_in", "view.zoom_in", "view.dark", "view.high_contrast")
    for action in (*steps, "view.high_contrast", "view.dark", "view.zoom_out"):
        qtbot.keyClick(pane, Qt.Key.Key_Control)
        window.actions_[action].trigger()
        _settled(qtbot, window)
        qtbot.wait(200)  # the concordance follows the panes a moment after they stop
        assert window.position.row_at_top() == xiii, action
        assert window.concordance.selected_rows() == [window.concordance.row_of(xiii)], action
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    _settled(qtbot, window)
    assert window.position.row_at_top() == xiii


def test_next_change_after_a_palette_switch_goes_on(qtbot, make_window) -> None:
    """Three changes in, the dark palette then F7 came back to the third change (found
    again from the top of the pane) instead of going on to the fourth."""
    window = make_window(size=(1600, 1000))
    label = window.position.change_label
    for _ in range(3):
        window.actions_["go.next_change"].trigger()
    _settled(qtbot, window)
    assert label.text().startswith("Change 3 of"), label.text()
    for action in ("view.dark", "view.high_contrast", "view.zoom_in"):
        window.actions_[action].trigger()
        _settled(qtbot, window)
    window.actions_["go.next_change"].trigger()
    assert label.text().startswith("Change 4 of"), label.text()
