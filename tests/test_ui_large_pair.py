"""The window on a large pair (450 articles): fully highlighted, panes aligned while
scrolling, and an export of it cancelled. Opening the pair takes seconds, so these tests
share one window; each leaves it as it found it."""

from __future__ import annotations

import time

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import make_treaty_pair, new_window
from test_ui_window import on_screen_changes

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def large_window(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("large-window")
    old, new = make_treaty_pair()
    a, b = folder / "large-old.txt", folder / "large-new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    window = new_window(folder)
    QTest.qWaitForWindowExposed(window)
    window.open_pair(str(a), str(b))
    deadline = time.monotonic() + 60
    while window.session.busy or window.session.comparison is None or window.view.writing():
        assert time.monotonic() < deadline, "the large pair was not compared within a minute"
        QApplication.processEvents()
        time.sleep(0.002)
    for pane in window.view.panes():
        pane.flush_relayout()
    yield window
    window.persist = False
    window.close()


def _seen_on_screen(pane, **which: bool) -> set[int]:  # type: ignore[no-untyped-def]
    """The changes highlighted on screen, paging through the whole pane."""
    bar = pane.verticalScrollBar()
    seen: set[int] = set()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)
        seen |= set(on_screen_changes(pane, **which))
    bar.setValue(0)
    return seen


def test_large_pair_opens_fully_highlighted(large_window) -> None:
    window = large_window
    cmp = window.session.comparison
    assert len(cmp.pairs) >= 450
    # Only the articles near the view are highlighted: read it all, page by page.
    struck = _seen_on_screen(window.view.old_pane, strike=True)
    underlined = _seen_on_screen(window.view.new_pane, underline=True)
    with_old = {
        i for i, (_k, c) in enumerate(window.view.rendered[0].changes) if c.old_end > c.old_start
    }
    with_new = {
        i for i, (_k, c) in enumerate(window.view.rendered[1].changes) if c.new_end > c.new_start
    }
    assert struck == with_old and underlined == with_new
    assert len(with_old) > 500


def test_panes_stay_aligned_after_scrolling(large_window) -> None:
    window = large_window
    view = window.view
    old_bar = view.old_pane.verticalScrollBar()
    for value in (old_bar.maximum() // 3, old_bar.maximum() // 2 + 137):
        old_bar.setValue(value)
        QApplication.processEvents()
        centre = value + view.old_pane.viewport().height() / 2
        seg = next(
            s for s, (top, bottom) in view.geo[0].ranges.items() if top <= centre < bottom + 40
        )
        k = window.session.comparison.pair_of_old(seg)
        pair = window.session.comparison.pairs[k]
        old_top = view.geo[0].ranges[pair.old[0]][0] - old_bar.value()
        new_top = view.geo[1].ranges[pair.new[0]][0] - view.new_pane.verticalScrollBar().value()
        assert abs(old_top - new_top) <= 3


def test_cancelling_a_long_export_writes_nothing(large_window, qtbot, tmp_path) -> None:
    window = large_window
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(window.exports.done, timeout=60000) as blocker:
        window.exports.start("pdf", out / "large.pdf")
        # The progress panel appears in the status bar after half a second; press Cancel.
        qtbot.waitUntil(lambda: window.export_progress.panel is not None, timeout=10000)
        window.export_progress.panel.cancel_button.click()
        assert not window.exports.busy
    assert blocker.args == [str(out / "large.pdf"), False]
    assert list(out.iterdir()) == []
    assert window.export_progress.panel is None
    assert "cancelled; nothing was written" in window.message_bar.texts()[-1]


def test_cancelling_at_once_leaves_no_temporary_file(large_window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window = large_window
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(window.exports.done, timeout=60000) as blocker:
        window.exports.start("pdf", out / "large.pdf")
        window.exports.cancel()
    assert blocker.args[1] is False
    assert list(out.iterdir()) == []


def test_the_change_count_groups_its_digits(large_window) -> None:
    """ "Change 2 of 47903" was the only count in the window without digit grouping."""
    from PySide6.QtCore import QLocale

    window = large_window
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        window.actions_["go.next_change"].trigger()
        QApplication.processEvents()
        total = len(window.view.navigator._change_stops())
        assert total >= 1000
        assert f" of {total:,}" in window.position.change_label.text()
    finally:
        QLocale.setDefault(before)
