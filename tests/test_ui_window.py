"""The reading and comparison window: opening, highlighting, navigation, alignment."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from conftest import make_treaty_pair, wait_compared
from treatyviewer.ui.compare.formats import CHANGE_PROP

pytestmark = pytest.mark.gui


def change_ids(doc: QTextDocument, strike: bool | None = None, underline: bool | None = None):  # type: ignore[no-untyped-def]
    """Change ids found in the char formats, optionally only struck or underlined ones."""
    ids = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            cid = fmt.property(CHANGE_PROP)
            if isinstance(cid, int) and cid >= 0:
                if (strike is not None and fmt.fontStrikeOut() != strike) or (
                    underline is not None and fmt.fontUnderline() != underline
                ):
                    pass
                else:
                    ids.append(cid)
            it += 1
        block = block.next()
    return ids


def on_screen_changes(pane, strike: bool | None = None, underline: bool | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """Change ids highlighted in the blocks a pane shows (in reading order, once each),
    optionally only struck or underlined ones."""
    doc = pane.document()
    layout = doc.documentLayout()
    top = pane.verticalScrollBar().value()
    bottom = top + pane.viewport().height()
    first = pane.cursorForPosition(QPoint(0, 0)).block()
    ids: list[int] = []
    block = first
    while block.isValid() and layout.blockBoundingRect(block).top() < bottom:
        if block.isVisible() and layout.blockBoundingRect(block).bottom() > top:
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                cid = fmt.property(CHANGE_PROP)
                wanted = (strike is None or fmt.fontStrikeOut() == strike) and (
                    underline is None or fmt.fontUnderline() == underline
                )
                if isinstance(cid, int) and cid >= 0 and cid not in ids and wanted:
                    ids.append(cid)
                it += 1
        block = block.next()
    return ids


def test_window_opens_the_bundled_pair_with_both_texts(make_window) -> None:
    window = make_window()
    assert "Article 1" in window.view.old_pane.toPlainText()
    assert "Article I" in window.view.new_pane.toPlainText()
    assert window.concordance.model.rowCount() > 3
    assert "modified" in window.counts.text()


def test_next_article_and_next_change_move_the_view(make_window, small_pair) -> None:
    window = make_window(*small_pair)
    view = window.view
    view.new_pane.verticalScrollBar().setValue(0)
    view.next_article(1)
    assert view.segment_at_top(1) == 1
    view.next_article(1)
    assert view.segment_at_top(1) == 2
    view.next_article(-1)
    assert view.segment_at_top(1) == 1
    before = view.new_pane.verticalScrollBar().value()
    window.actions_["go.next_change"].trigger()
    window.actions_["go.next_change"].trigger()
    cursor = view.new_pane.textCursor()
    cursor.setPosition(cursor.position() + 1)
    assert isinstance(cursor.charFormat().property(CHANGE_PROP), int)
    assert view.new_pane.verticalScrollBar().value() >= before


def test_manual_link_changes_the_concordance_and_survives_undo(make_window, qtbot) -> None:
    window = make_window()
    model = window.concordance.model
    cmp = window.session.comparison

    def row_labels() -> set:
        return {model.labels(r) for r in range(model.rowCount())}

    before = row_labels()
    link = (("4",), ("III",))
    assert link not in before
    window.link(*link)
    wait_compared(qtbot, window, cmp)
    assert link in row_labels()
    k = next(
        k
        for k, p in enumerate(window.session.comparison.pairs)
        if window.session.comparison.label_of("new", p.new) == ["III"]
    )
    assert window.session.comparison.pairs[k].origin == "reader"
    assert "Link Art. 4 ↔ Art. III" in window.actions_["edit.undo"].text()
    linked = window.session.comparison
    window.actions_["edit.undo"].trigger()
    wait_compared(qtbot, window, linked)
    assert row_labels() == before
    undone = window.session.comparison
    window.actions_["edit.redo"].trigger()
    wait_compared(qtbot, window, undone)
    assert link in row_labels()


def test_dropping_a_file_on_a_pane_replaces_that_side(make_window, small_pair, qtbot) -> None:
    window = make_window(*small_pair)
    other = small_pair[1].with_name("dropped.txt")
    other.write_text(make_treaty_pair(articles=5, seed=11)[1], encoding="utf-8")
    cmp = window.session.comparison
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    target = window.view.new_pane.viewport()
    pos = QPointF(20, 20)
    enter = QDragEnterEvent(
        QPointF(20, 20).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    wait_compared(qtbot, window, cmp)
    assert window.session.new_name == str(other)
    assert window.session.old_name == str(small_pair[0])


def test_hiding_case_changes_changes_the_counts(make_window, tmp_path: Path, qtbot) -> None:
    old = tmp_path / "a.txt"
    new = tmp_path / "b.txt"
    old.write_text("Article 1\n\nThe Parties agree on the frontier of Kars.\n", encoding="utf-8")
    new.write_text("Article 1\n\nTHE PARTIES agree on the frontier of KARS.\n", encoding="utf-8")
    window = make_window(old, new)
    cmp = window.session.comparison
    assert sum(len(p.changes) for p in cmp.pairs) > 0
    assert change_ids(window.view.new_pane.document())
    window.actions_["show.class.case"].trigger()
    assert window.session.comparison is cmp  # nothing recomputed
    assert not change_ids(window.view.new_pane.document())
    assert "hidden" in window.counts.text()


def test_inline_view_shows_the_same_changes(make_window, small_pair) -> None:
    window = make_window(*small_pair)
    view = window.view
    struck_side = set(change_ids(view.old_pane.document(), strike=True))
    underlined_side = set(change_ids(view.new_pane.document(), underline=True))
    window.actions_["view.mode.inline"].trigger()
    assert view.mode == "inline"
    inline = view.inline_pane.document()
    assert set(change_ids(inline, strike=True)) == struck_side
    assert set(change_ids(inline, underline=True)) == underlined_side


def test_inserted_text_is_painted_in_the_inserted_colour(make_window, small_pair) -> None:
    window = make_window(*small_pair)
    view = window.view
    rendered = view.rendered[1]
    _cid, change = next((i, c) for i, (_k, c) in enumerate(rendered.changes) if c.op == "insert")
    position = rendered.map.to_qt(change.new_start)
    view.new_pane.verticalScrollBar().setValue(0)
    cursor = view.new_pane.textCursor()
    cursor.setPosition(position)
    view.new_pane.setTextCursor(cursor)
    QApplication.processEvents()
    rect = view.new_pane.cursorRect(cursor)
    image = view.new_pane.viewport().grab().toImage()
    probe = image.pixelColor(rect.x() + 3, rect.y() + 2)
    expected = QColor(window.scheme.inserted_bg)
    assert abs(probe.green() - expected.green()) < 40 and probe.green() > probe.red()


def test_no_two_actions_share_a_shortcut(make_window) -> None:
    window = make_window()
    keys = [key for key, _ in window.actions_.shortcut_table()]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates


DESKTOP_KEYS = {
    "Ctrl+Alt+Left", "Ctrl+Alt+Right", "Ctrl+Alt+Up", "Ctrl+Alt+Down",  # workspaces
    "Ctrl+Alt+L",  # lock the screen
    "Ctrl+Alt+T",  # a terminal
    "Ctrl+Alt+D", "Ctrl+Alt+Del", "Ctrl+Alt+Backspace", "Alt+Tab", "Alt+F4", "Alt+F2",
}  # fmt: skip
"""Keys that GNOME, KDE, XFCE, Cinnamon or Openbox keep for themselves: the window never
hears them (Ctrl+Alt+Right, Next Pair of Versions, switched the reader's workspace)."""


def test_no_action_takes_a_key_the_desktop_keeps(make_window) -> None:
    window = make_window()
    keys = {key for key, _ in window.actions_.shortcut_table()}
    assert not keys & DESKTOP_KEYS


def test_bad_input_shows_a_message_and_keeps_the_pair(make_window, tmp_path: Path, qtbot) -> None:
    window = make_window()
    cmp = window.session.comparison
    window.open_pair(str(tmp_path / "missing.txt"), "moscow-1921")
    qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
    assert window.session.comparison is cmp
    assert "missing.txt" in window.message_bar.texts()[-1]


def test_concordance_model_is_consistent(make_window, qtmodeltester) -> None:
    window = make_window()
    qtmodeltester.check(window.concordance.model)
    qtmodeltester.check(window.concordance.proxy)


def test_two_versions_under_one_heading_are_told_apart_in_the_title(make_window, tmp_path) -> None:
    """Two .docx versions of one agreement carry one title: the window's title names
    their files instead of "Agreement on Trade ↔ Agreement on Trade"."""
    import docx

    paths = []
    for name, last in (("trade-2019.docx", "trade."), ("trade-2023.docx", "trade freely.")):
        document = docx.Document()
        document.core_properties.title = "Agreement on Trade"
        for line in (
            "Article 1",
            f"The Parties shall {last}",
            "Article 2",
            "Disputes go to a panel.",
        ):
            document.add_paragraph(line)
        document.save(str(tmp_path / name))
        paths.append(tmp_path / name)
    window = make_window(*paths)
    assert "trade-2019.docx ↔ trade-2023.docx" in window.windowTitle()


def test_an_undo_names_sections_as_the_texts_do(make_window, qtbot, tmp_path) -> None:
    """Unlinking two sections of an act read "Undo Unlink Art. 2 ↔ Art. 2"."""
    from conftest import open_texts

    act = "".join(
        f"Section {n}. Rule {n}\nThe office keeps register {n} open on weekdays.\n\n"
        for n in range(1, 6)
    )
    window = make_window()
    open_texts(qtbot, window, tmp_path, act, act.replace("weekdays", "working days"))
    cmp = window.session.comparison
    window.unlink(("2",), ("2",))
    wait_compared(qtbot, window, cmp)
    text = window.actions_["edit.undo"].text()
    assert "Section 2" in text and "Art. 2" not in text, text


def test_ctrl_y_redoes_too_and_redo_names_it(make_window, qtbot) -> None:
    """Redo was Ctrl+Shift+Z alone under X11, where readers used to Windows press Ctrl+Y
    and nothing came back. Ctrl+Y redoes too, taken by no other command, and Redo's
    tooltip names both keys; in a note being written it redoes the typing, as
    Ctrl+Shift+Z does there, not a correction undone before."""
    from PySide6.QtGui import QKeySequence

    from test_ui_note_names import _select

    window = make_window(size=(1400, 900))
    window.activateWindow()
    redo = window.actions_["edit.redo"]
    portable = QKeySequence.SequenceFormat.PortableText
    keys = [k.toString(portable) for k in redo.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    assert [a for k, a in window.actions_.shortcut_table() if k == "Ctrl+Y"] == ["edit.redo"]
    assert "Ctrl+Y" in redo.toolTip() and "Ctrl+Shift+Z" in redo.toolTip()

    link, cmp = (("4",), ("III",)), window.session.comparison
    window.link(*link)
    wait_compared(qtbot, window, cmp)
    linked = window.session.comparison
    pane = window.view.new_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_compared(qtbot, window, linked)
    assert window.undo_stack.canRedo()
    undone = window.session.comparison
    qtbot.keyClick(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_compared(qtbot, window, undone)
    assert window.session.overrides.links and not window.undo_stack.canRedo()

    window.undo_stack.undo()  # a correction to redo, while a note is written
    wait_compared(qtbot, window, window.session.comparison)
    new = window.session.new
    word = new.text.index("detailed")
    _select(window, "new", word, word + len("detailed"))
    note_id = window.reading.annotate_selection()
    field = window.reading.notes.editor.note_edit
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "first words")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == ""
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "first words"
    window.reading.notes.editor.apply_note()
    assert window.reading.store.entry(note_id).annotation.note == "first words"
    assert not window.session.overrides.links  # the correction stayed undone


def test_preferences_have_a_key_on_every_platform(make_window) -> None:
    """Preferences had no key under Linux and Windows (their key schemes give it none):
    a reader at the keyboard went through the Edit menu for it."""
    window = make_window()
    action = window.actions_["edit.preferences"]
    assert [k.toString() for k in action.shortcuts()][-1:] == ["Ctrl+,"]
    assert "Ctrl+," in action.toolTip()
