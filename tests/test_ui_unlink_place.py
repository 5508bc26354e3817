"""Unlink keeps the reader at the articles unlinked.

A reader chose "5 → V" in the Concordance of the bundled pair and clicked Unlink: the
panes and the Concordance went elsewhere (the older pane to the blank facing V, the
Concordance to the Preamble), and Undo, then Redo, did not bring Art. 5 back either."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from treatyviewer.core.comparison import Row

pytestmark = pytest.mark.gui


def _settled(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The comparison made again is shown and laid out, and what follows layout is done."""
    qtbot.waitUntil(
        lambda: (
            not window.session.busy
            and window.view.cmp is window.session.comparison
            and not window.view.writing()
        ),
        timeout=30000,
    )
    qtbot.wait(300)
    for pane in window.view.panes():
        pane.flush_relayout()
    qtbot.wait(100)


def _at_top(window) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    cmp, view = window.view.cmp, window.view
    tops = (view.segment_at_top(0), view.segment_at_top(1))
    return tuple(  # type: ignore[return-value]
        None if t is None else doc.segments[t].label
        for t, doc in zip(tops, (cmp.old, cmp.new), strict=True)
    )


def _selected(window) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    conc = window.concordance
    return [conc.model.labels(r) for r in conc.selected_rows()]


def test_unlink_undo_and_redo_stay_at_the_articles_unlinked(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    conc, cmp = window.concordance, window.session.comparison
    k = next(i for i, p in enumerate(cmp.pairs) if cmp.label_of("old", p.old) == ["5"])
    assert cmp.label_of("new", cmp.pairs[k].new) == ["V"]
    index = conc.proxy.mapFromSource(conc.model.index(conc.row_of(Row("pair", k)), 0))
    conc.table.scrollTo(index)
    QTest.mouseClick(
        conc.table.viewport(), Qt.MouseButton.LeftButton, pos=conc.table.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: _at_top(window) == ("5", "V"))
    assert _selected(window) == [(("5",), ("V",))]

    QTest.mouseClick(conc.unlink_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.comparison is not cmp, timeout=30000)
    _settled(qtbot, window)
    unlinked = window.session.comparison
    assert (["5"], ["V"]) not in _pairs(unlinked)
    assert _at_top(window) == ("5", "V")
    assert _selected(window) == [((), ("V",))]

    window.actions_["edit.undo"].trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not unlinked, timeout=30000)
    _settled(qtbot, window)
    assert (["5"], ["V"]) in _pairs(window.session.comparison)
    assert _at_top(window) == ("5", "V")
    assert _selected(window) == [(("5",), ("V",))]

    linked = window.session.comparison
    window.actions_["edit.redo"].trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not linked, timeout=30000)
    _settled(qtbot, window)
    assert _at_top(window) == ("5", "V")
    assert _selected(window) == [((), ("V",))]


def _pairs(cmp) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
