"""Clicking a line of the outline in every view: the view stays, the article comes up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.outline.outline_dock import SEGMENT_ROLE

pytestmark = pytest.mark.gui


def _unit_line(window, side: int, segment: int) -> QModelIndex:  # type: ignore[no-untyped-def]
    """The outline line of one unit of one text (the one the dock selects for it)."""
    dock = window.outline
    dock.sides.setCurrentIndex(side)
    dock.follow(side, segment)
    line = dock.tree.currentIndex()
    assert line.data(SEGMENT_ROLE) == (segment, -1)
    return line


def test_an_outline_click_in_inline_view_stays_inline_and_jumps(make_window) -> None:
    window = make_window(size=(1200, 700))
    window.outline.show()
    window.actions_["view.mode.inline"].trigger()
    QApplication.processEvents()
    cmp = window.session.comparison
    segment = cmp.new.index_of("XV")
    line = _unit_line(window, 1, segment)
    window.outline._clicked(line)  # what a click on the line does
    QApplication.processEvents()
    assert window.view.mode == "inline"
    assert window.actions_["view.mode.inline"].isChecked()
    assert window.view.inline_pane.isVisible() and not window.view.new_pane.isVisible()
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(1, segment)


@pytest.mark.parametrize(("mode", "shown", "other"), [("old", 0, 1), ("new", 1, 0)])
def test_a_click_in_the_hidden_texts_outline_brings_up_its_counterpart(
    make_window, mode: str, shown: int, other: int
) -> None:
    """With one text shown, the other text's outline tab still leads somewhere: to the
    shown text's counterpart of the clicked article."""
    window = make_window(size=(1200, 700))
    window.outline.show()
    window.actions_[f"view.mode.{mode}"].trigger()
    QApplication.processEvents()
    cmp = window.session.comparison
    pair = cmp.pairs[cmp.pair_of_old(cmp.old.index_of("2"))]  # draft Art. 2 → Moscow Art. VI
    segment = (pair.old, pair.new)[other][0]
    window.outline._clicked(_unit_line(window, other, segment))
    QApplication.processEvents()
    assert window.view.mode == mode
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(shown, (pair.old, pair.new)[shown][0])


def test_a_click_on_a_clause_brings_that_clause_up(make_window) -> None:
    """CeCILL's Article 3 holds clauses 3.1 and 3.2: a click on 3.2 in the outline had
    shown the top of Article 3, the clause the reader asked for out of sight."""
    from pathlib import Path

    folder = Path(__file__).parent / "real_pairs" / "cecill-fr"
    window = make_window(folder / "CeCILL-2.0-fr.txt", folder / "CeCILL-2.1-fr.txt", (1200, 700))
    window.outline.show()
    QApplication.processEvents()
    cmp = window.session.comparison
    segment = cmp.new.index_of("5")
    parts = cmp.new.segments[segment].parts
    clause = next(k for k, p in enumerate(parts) if p.key == "5.3")
    dock = window.outline
    dock.sides.setCurrentIndex(1)
    dock.follow(1, segment)
    article = dock.tree.currentIndex()
    dock.tree.expand(article)
    model = dock.tree.model()
    lines = [model.index(r, 0, article) for r in range(model.rowCount(article))]
    line = next(x for x in lines if x.data(SEGMENT_ROLE) == (segment, parts[clause].start))
    window.outline._clicked(line)  # what a click on the line does
    QApplication.processEvents()
    pane = window.view.new_pane
    top = pane.cursorForPosition(pane.viewport().rect().topLeft()).block().text()
    shown = pane.toPlainText()
    at = shown.find("5.3 DROIT DE DISTRIBUTION")
    assert at >= 0
    cursor = pane.textCursor()
    cursor.setPosition(at)
    y = pane.cursorRect(cursor).top()
    assert 0 <= y < pane.viewport().height() // 3, (y, top)
    # The row read stays Article 5 and its counterpart, the older pane beside it.
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(1, segment)


def test_go_to_article_takes_a_clause_number(make_window, qtbot) -> None:
    """ "5.3" in Go to Article: Article 5 of the newer text with its clause 5.3 on top
    (it had answered that neither text has an article 5.3)."""
    from pathlib import Path

    from PySide6.QtCore import Qt, QTimer

    from treatyviewer.ui.dialogs.article_dialog import ArticleDialog

    folder = Path(__file__).parent / "real_pairs" / "cecill-fr"
    window = make_window(folder / "CeCILL-2.0-fr.txt", folder / "CeCILL-2.1-fr.txt", (1200, 700))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleDialog)
        dialog.field.setText("5.3")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(100, answer)
    window.actions_["go.article"].trigger()
    QApplication.processEvents()
    pane = window.view.new_pane
    cursor = pane.textCursor()
    cursor.setPosition(pane.toPlainText().find("5.3 DROIT DE DISTRIBUTION"))
    assert 0 <= pane.cursorRect(cursor).top() < pane.viewport().height() // 3
    cmp = window.session.comparison
    window.position.follow()
    assert window.position.row_at_top() == cmp.row_of_segment(1, cmp.new.index_of("5"))


def test_a_heading_selected_by_the_keyboard_can_be_annotated(make_window) -> None:
    """Go to Article leaves the cursor on the heading; Ctrl+Shift+Right selects its
    words, Ctrl+Shift+A annotates: the note is on "Article VI" (it had asked to select
    a passage, with "Article VI" selected in plain view)."""
    from PySide6.QtGui import QTextCursor

    window = make_window(size=(1400, 900))
    view = window.view
    cmp = view.cmp
    six = cmp.new.index_of("VI")
    pane = view.new_pane
    block = pane.document().findBlockByNumber(view.rendered[1].map.heading_block[six])
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    note = window.reading.annotate_selection()
    assert note is not None
    entry = window.reading.store.entry(note)
    start, end = entry.place[1], entry.place[2]
    assert entry.place[0] == "new" and cmp.new.text[start:end].startswith("Article VI")
    assert not any("Select a passage" in t for t in window.message_bar.texts())


def test_go_to_article_starts_at_the_article_chosen_in_the_outline(make_window, qtbot) -> None:
    """Draft Art. 4 clicked in the outline, then Go to Article: the dialog starts on
    Art. 4 (the treaty lacks it, so the treaty's pane had Art. 3 → IX at its top, and
    the dialog had started there)."""
    from PySide6.QtCore import QTimer

    from treatyviewer.ui.dialogs.article_dialog import ArticleDialog

    window = make_window(size=(1400, 900))
    window.outline.show()
    cmp = window.session.comparison
    segment = cmp.old.index_of("4")
    window.outline._clicked(_unit_line(window, 0, segment))  # what a click on the line does
    QApplication.processEvents()
    window.position.follow()  # as the window does once the panes have stopped moving
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleDialog)
        seen["field"], seen["row"] = dialog.field.text(), dialog._lookup()
        dialog.reject()

    QTimer.singleShot(100, look)
    window.actions_["go.article"].trigger()
    qtbot.waitUntil(lambda: "row" in seen)
    assert seen["row"] == cmp.row_of_segment(0, segment), seen
    assert seen["field"] == "Art. 4, only in the older text", seen
