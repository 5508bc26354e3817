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


def test_substance_only_in_a_long_text_keeps_the_article(qtbot, make_window) -> None:
    """A long text is written again step by step when what is shown changes: reading
    Art. 704 of 1,500, Substance Only had put Art. 11 at the top (the old scroll offset
    on the few articles written so far)."""
    from conftest import wait_compared

    window = make_window(size=(1200, 700))
    view = window.view
    view.long_text = 0  # the bundled pair written step by step, as a long one is
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
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
