"""The concordance's corrections are offered only for the rows they apply to.

A new reader chose the treaty's Art. VIII (only in the newer text) and opened the row
menu with the menu key: it offered "Accept this pairing" and "Unlink", enabled (the
menu was built for the row below, the pair 3 → IX), and Accept then did nothing
without a word; the Accept and Unlink buttons were enabled on any row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import wait_compared
from treatyviewer.core.comparison import Row

pytestmark = pytest.mark.gui


def _menu_offers(qtbot, open_menu, choose: str | None = None) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """What the row menu opened by ``open_menu()`` offers: each entry, enabled or not;
    ``choose``: the entry then chosen (else the menu is closed)."""
    seen: dict[str, bool] = {}

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        seen.update({a.text(): a.isEnabled() for a in menu.actions() if a.text()})
        wanted = next((a for a in menu.actions() if a.text() == choose), None)
        if wanted is not None:
            menu.setActiveAction(wanted)
            QTest.keyClick(menu, Qt.Key.Key_Return)
        else:
            menu.close()

    QTimer.singleShot(0, look)
    open_menu()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)  # a busy machine is slow to pop up
    return seen


def _menu_key(table) -> None:  # type: ignore[no-untyped-def]
    """The menu key on the table, as the window passes it on: a context menu at the
    text cursor's place, which a table gives as its current cell's."""
    pos = table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, table.mapToGlobal(pos))
    QApplication.sendEvent(table, event)


def _right_click(table, row: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, 0)
    pos = table.visualRect(index).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(table.viewport(), event)


def test_an_article_only_one_text_has_is_offered_no_accept_nor_unlink(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    # the concordance follows the panes' first scroll a moment later (on a busy
    # machine after the row below is chosen, which it then took back to the top)
    qtbot.waitUntil(lambda: not window.position.catching_up())
    conc, cmp = window.concordance, window.session.comparison
    conc.select_row(conc.row_of(Row("added", cmp.new.index_of("VIII"))))
    conc.table.setFocus()
    offered = _menu_offers(qtbot, lambda: _menu_key(conc.table))
    assert offered["Link with…"], offered
    assert not offered.get("Accept this pairing") and not offered.get("Unlink"), offered
    assert conc.selected_rows() == [conc.row_of(Row("added", cmp.new.index_of("VIII")))]
    assert not conc.accept_button.isEnabled() and not conc.unlink_button.isEnabled()
    assert conc.link_button.isEnabled()


def test_a_pair_is_offered_accept_and_unlink_and_accept_from_the_menu_decides(
    make_window, qtbot
) -> None:
    window = make_window(size=(1400, 900))
    # the concordance follows the panes' first scroll a moment later (on a busy
    # machine after the row below is chosen, which it then took back to the top)
    qtbot.waitUntil(lambda: not window.position.catching_up())
    conc, cmp = window.concordance, window.session.comparison
    pair = Row("pair", cmp.pair_of_old(cmp.old.index_of("3")))
    conc.select_row(conc.row_of(Row("added", cmp.new.index_of("VIII"))))
    line = conc.proxy.mapFromSource(conc.model.index(conc.row_of(pair), 0)).row()
    offered = _menu_offers(qtbot, lambda: _right_click(conc.table, line), "Accept this pairing")
    assert offered["Accept this pairing"] and offered["Unlink"] and offered["Link with…"]
    assert conc.accept_button.isEnabled() and conc.unlink_button.isEnabled()
    wait_compared(qtbot, window, cmp)  # the pairing accepted: the texts aligned again
    assert window.undo_stack.undoText().startswith("Accept"), window.undo_stack.undoText()


def test_link_selected_is_offered_for_rows_holding_articles_of_both_texts(
    make_window, qtbot
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    window = make_window(size=(1400, 900))
    # the concordance follows the panes' first scroll a moment later (on a busy
    # machine after the row below is chosen, which it then took back to the top)
    qtbot.waitUntil(lambda: not window.position.catching_up())
    conc, cmp = window.concordance, window.session.comparison
    conc.select_row(conc.row_of(Row("added", cmp.new.index_of("VIII"))))
    assert not conc.merge_button.isEnabled()
    removed = conc.proxy.mapFromSource(
        conc.model.index(conc.row_of(Row("removed", cmp.old.index_of("4"))), 0)
    )
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    conc.table.selectionModel().select(removed, flags)
    assert conc.merge_button.isEnabled()
    assert not conc.accept_button.isEnabled()


def test_unlink_from_the_concordance_leaves_the_reader_at_the_article(make_window, qtbot) -> None:
    """Unlink pressed with the table in use: the table, given the focus back after the
    texts were compared again, made its first row current, and the texts went to the
    Preamble."""
    window = make_window(size=(1200, 700))
    cmp = window.session.comparison
    conc = window.concordance
    k = next(i for i, p in enumerate(cmp.pairs) if cmp.label_of("old", p.old) == ["2"])
    conc.select_row(conc.row_of(Row("pair", k)))
    conc.jumpRequested.emit(Row("pair", k))  # what a click on the row does
    qtbot.waitUntil(lambda: window.view.segment_at_top(1) == cmp.pairs[k].new[0], timeout=5000)
    conc.table.setFocus()
    qtbot.mouseClick(conc.unlink_button, Qt.MouseButton.LeftButton)
    wait_compared(qtbot, window, cmp)
    qtbot.wait(200)  # (the table takes the focus back a moment later)
    after = window.session.comparison
    assert window.view.segment_at_top(1) == after.new.index_of("VI")
