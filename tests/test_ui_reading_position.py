"""What a new reader met: sessions that followed other texts, changes with no sense of
where one is, a concordance that did not follow, stale messages, Find from the top,
silently dropped entities, lost encodings, an empty window on a missing file, and an
unsaved-changes marker that ignored view options.

Each test drives the real window on real files (the bundled pair or generated ones).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from conftest import wait_compared
from test_ui_encoding import RUSSIAN, reopen
from test_ui_reading_walk import bare_window, kars_sentence, open_session, shoot
from treatyviewer.ui.app.main_window import MainWindow

pytestmark = pytest.mark.gui
SAVE = QMessageBox.StandardButton
TIMEOUT = 30_000


def mine(window: MainWindow) -> list[str]:
    return [e.annotation.note for e in window.reading.store.entries() if e.origin == "mine"]


def answer(monkeypatch, *choices):  # type: ignore[no-untyped-def]
    """The Save / Discard / Cancel question answers these, in order."""
    asked = iter(choices)
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: next(asked))


# --- 1. other texts start a new session; the saved one stays as it was -----------------


def test_opening_other_texts_asks_then_starts_an_untitled_session(
    make_window, small_pair, qtbot, tmp_path, monkeypatch
) -> None:
    window = make_window()
    store, controller = window.reading.store, window.reading.controller
    store.create_from_selection("new", *kars_sentence(window), "saved note")
    session1 = tmp_path / "session1.tvproj"
    assert controller.save_as(session1)
    saved = session1.read_bytes()
    store.create_from_selection("old", 0, 20, "unsaved note")
    window.ask_to_save = True

    answer(monkeypatch, SAVE.Cancel, SAVE.Cancel)
    window.open_pair(*map(str, small_pair))  # File → Open Two Texts, recent pairs
    window.files.open_side("new", str(small_pair[1]))  # a file dropped on a pane
    QApplication.processEvents()
    assert not window.session.busy and window.session.new_name == "moscow-1921"
    assert mine(window) == ["saved note", "unsaved note"]

    answer(monkeypatch, SAVE.Discard)
    cmp = window.session.comparison
    window.open_pair(*map(str, small_pair))
    wait_compared(qtbot, window, cmp)
    assert window.session.new_name == str(small_pair[1])
    assert controller.path is None and mine(window) == []
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    assert "session1" not in window.windowTitle()

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("save as"), ("", ""))[1]
    )
    window.actions_["file.save_session"].trigger()  # Ctrl+S
    assert asked == ["save as"] and session1.read_bytes() == saved

    window.ask_to_save = False
    open_session(qtbot, window, session1)
    assert (window.session.old_name, window.session.new_name) == ("draft-1920", "moscow-1921")
    assert mine(window) == ["saved note"] and window.windowTitle().startswith("session1")


def test_save_never_writes_another_pair_into_the_session_file(
    make_window, small_pair, qtbot, tmp_path, monkeypatch
) -> None:
    window = make_window()
    controller = window.reading.controller
    window.reading.store.create_from_selection("new", *kars_sentence(window), "note")
    session1 = tmp_path / "session1.tvproj"
    assert controller.save_as(session1)
    saved = session1.read_bytes()

    cmp = window.session.comparison
    window.session.open_pair(*map(str, small_pair))  # reached without the window asking
    wait_compared(qtbot, window, cmp)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("save as"), ("", ""))[1]
    )
    window.actions_["file.save_session"].trigger()
    assert asked == ["save as"] and session1.read_bytes() == saved
    assert not controller.save() and session1.read_bytes() == saved


def test_reload_and_another_encoding_keep_the_session(make_window, qtbot, tmp_path) -> None:
    old = tmp_path / "dogovor-1251.txt"
    old.write_bytes(RUSSIAN.encode("cp1251"))
    new = tmp_path / "dogovor-utf8.txt"
    new.write_text(RUSSIAN.replace("немедленно открыть", "открыть"), encoding="utf-8")
    window = make_window(old, new)
    window.reading.store.create_from_selection("new", 0, 10, "kept")
    assert window.reading.controller.save_as(tmp_path / "kept.tvproj")
    cmp = window.session.comparison
    window.actions_["file.reload"].trigger()
    wait_compared(qtbot, window, cmp)
    reopen(qtbot, window, "old", "koi8-r")
    window.open_pair(str(old), str(new))  # the same texts again
    wait_compared(qtbot, window, window.session.comparison)
    assert window.reading.controller.path == tmp_path / "kept.tvproj"
    assert mine(window) == ["kept"] and window.session.encodings["old"] == "koi8-r"


# --- 2. Next / Previous Change says where you are ------------------------------------


def test_next_change_outlines_the_change_counts_and_wraps(make_window, small_pair, qtbot) -> None:
    window = make_window(*small_pair, size=(1400, 900))
    label = window.position.change_label
    next_change, prev_change = window.actions_["go.next_change"], window.actions_["go.prev_change"]
    next_change.trigger()
    text = label.text()
    assert text.startswith("Change 1 of ")
    total = int(text.split(" of ")[1].split()[0])
    assert total > 3
    old_frame = window.view.old_pane.overlay.spans("current")
    new_frame = window.view.new_pane.overlay.spans("current")
    assert len(new_frame) == 1 and len(old_frame) == 1
    next_change.trigger()
    assert label.text() == f"Change 2 of {total}"
    shoot(window, "change-2.png")
    # the frame is drawn: dark ink just left of the change, where the text has none
    pane = window.view.new_pane
    frame = pane.overlay.spans("current")[0]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(frame[0])
    rect = pane.cursorRect(cursor)
    image = pane.viewport().grab().toImage()
    ink = [
        QColor(image.pixel(x, rect.center().y())).lightness()
        for x in range(max(0, rect.left() - 4), rect.left() + 2)
    ]
    assert min(ink) < 80
    for _ in range(total - 2):
        next_change.trigger()
    assert label.text().startswith(f"Change {total} of {total}")
    assert "Last change — press F7 again to start over" in label.text()
    shoot(window, "last-change.png")
    next_change.trigger()  # pressed again: start over from the top
    assert label.text() == f"Change 1 of {total} · past the last change: round to the first"
    prev_change.trigger()  # nothing before the first: say so, stay
    assert label.text().startswith(f"Change 1 of {total}") and "First change" in label.text()
    prev_change.trigger()  # pressed again: start over from the end
    assert label.text().startswith(f"Change {total} of {total}")
    prev_change.trigger()
    assert label.text() == f"Change {total - 1} of {total}"


# --- 3. the concordance follows the reading position --------------------------------


def test_concordance_follows_the_article_at_the_top(make_window, qtbot) -> None:
    window = make_window(size=(1400, 1000))
    conc, view = window.concordance, window.view
    view.new_pane.setFocus()
    focused = QApplication.focusWidget()
    for _ in range(6):
        view.next_article(1)
    row = window.position.row_at_top()
    assert row is not None and row.kind == "pair" and row.index >= 3
    source = conc.row_of(row)
    qtbot.waitUntil(lambda: conc.selected_rows() == [source], timeout=15_000)
    assert QApplication.focusWidget() is focused  # the reader's focus stays in the text
    shoot(window, "concordance-follows.png")

    last = conc.model.rowCount() - 1  # too near the end to reach the top of the pane
    index = conc.proxy.mapFromSource(conc.model.index(last, 0))
    conc.table.scrollTo(index)
    # A click as the reader makes it, with no key held: a test run before this one in
    # the same process may have left Ctrl as the last modifier Qt saw (a Ctrl+End), and
    # a selection made without an event of its own reads it and adds to the selection.
    qtbot.mouseClick(
        conc.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        conc.table.visualRect(index).center(),
    )
    qtbot.wait(400)
    assert conc.selected_rows() == [last]  # no feedback from the scroll it caused


# --- 4. messages about the previous pair go with it --------------------------------------


def test_reader_warnings_leave_with_their_texts(make_window, qtbot, tmp_path) -> None:
    old = tmp_path / "dogovor-1251.txt"
    old.write_bytes(RUSSIAN.encode("cp1251"))
    new = tmp_path / "dogovor-utf8.txt"
    new.write_text(RUSSIAN.replace("немедленно открыть", "открыть"), encoding="utf-8")
    window = make_window(old, new)
    assert any(t.startswith("The older text:") for t in window.message_bar.texts())
    window.message_bar.show_message("Something not about the texts", "info")
    cmp = window.session.comparison
    window.actions_["file.bundled"].trigger()
    wait_compared(qtbot, window, cmp)
    assert window.message_bar.texts() == ["Something not about the texts"]


# --- 5. Find starts where the reader is ------------------------------------------------------


def test_find_starts_at_the_reading_position(make_window) -> None:
    window = make_window()
    pane = window.view.new_pane
    pane.setFocus()  # the reader reads the newer text (the window opens in the older)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = pane.cursorForPosition(pane.viewport().rect().topLeft()).position()
    window.find_bar.open()
    window.find_bar.edit.setText("the")
    fb = window.find_bar
    shown_pane, start, _end = fb.matches[fb.current]
    assert shown_pane is pane and start >= top
    earlier = [m for m in fb.matches if m[0] is pane and m[1] < top]
    assert earlier  # the match shown is not simply the first one
    newer = [m for m in fb.matches if m[0] is pane]
    total = len(fb.matches)
    # counted in the text it is in: the older text's matches were counted first
    assert (
        fb.count.text() == f"{len(earlier) + 1} of {len(newer)} in the newer text · {total} in both"
    )
    fb.step(1)
    assert (
        fb.count.text() == f"{len(earlier) + 2} of {len(newer)} in the newer text · {total} in both"
    )


# --- 6. an unknown entity is named, not dropped --------------------------------------------


def _note_in_editor(make_window):  # type: ignore[no-untyped-def]
    """The bundled pair with a new note on its Kars sentence, open in the note editor."""
    window = make_window()
    note_id = window.reading.store.create_from_selection("new", *kars_sentence(window), "n")
    window.reading.show_note(note_id)
    return window, note_id, window.reading.notes.editor


def test_unknown_entity_is_reported_in_the_editor(make_window, qtbot) -> None:
    _window, _note_id, editor = _note_in_editor(make_window)
    editor.entity_edit.setText("Dagest")
    qtbot.keyClick(editor.entity_edit, Qt.Key.Key_Return)
    assert editor.entity_problem.isVisibleTo(editor)
    assert editor.entity_problem.text() == "“Dagest” is not in the gazetteer"
    assert editor.entity_edit.text() == "Dagest"
    assert QApplication.activeModalWidget() is None
    editor.entity_edit.clear()
    qtbot.keyClicks(editor.entity_edit, "Dagestan")
    assert not editor.entity_problem.isVisibleTo(editor)


def test_enter_on_a_part_of_a_name_links_the_first_entity_offered(make_window, qtbot) -> None:
    """A new reader typed "Kar" while the list offered Kars and pressed Enter: the
    editor said "'Kar' is not in the gazetteer" instead of taking the first offer."""
    window, note_id, editor = _note_in_editor(make_window)
    before = set(window.reading.store.entry(note_id).annotation.entity_ids)
    editor.entity_edit.setFocus()
    qtbot.keyClicks(editor.entity_edit, "Kar")
    qtbot.keyClick(editor.entity_edit, Qt.Key.Key_Return)
    linked = set(window.reading.store.entry(note_id).annotation.entity_ids) - before
    assert linked == {"kars"}, linked
    assert not editor.entity_problem.isVisibleTo(editor)


def test_delete_on_a_linked_place_unlinks_it(make_window, qtbot) -> None:
    """Linked places showed as plain words with no visible way to take one off."""
    window, note_id, editor = _note_in_editor(make_window)
    editor.entity_edit.setText("Batum")
    qtbot.keyClick(editor.entity_edit, Qt.Key.Key_Return)
    ids = window.reading.store.entry(note_id).annotation.entity_ids
    assert "batum" in ids
    chips = editor.entity_list
    row = next(k for k in range(chips.count()) if chips.item(k).text() == "Batum")
    assert "Delete unlinks it" in chips.item(row).toolTip()
    chips.setFocus()
    chips.setCurrentRow(row)
    qtbot.keyClick(chips, Qt.Key.Key_Delete)
    assert "batum" not in window.reading.store.entry(note_id).annotation.entity_ids


def test_tab_from_entities_goes_to_tags_and_chips_leave_the_note_box_whole(make_window, qtbot):
    """A new reader linked Moscow, pressed Tab and typed a tag: Tab had landed on the
    Moscow chip and the letters were lost; and each row of chips had taken its height
    from the note box, which shrank and scrolled, a line cut in half."""
    window, note_id, editor = _note_in_editor(make_window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):
        QApplication.processEvents()
    box = editor.note_edit.height()
    table = window.reading.notes.table
    listed = table.height()
    editor.entity_edit.setFocus()
    for name in ("Moscow", "Kars", "Batum", "Ardahan", "Armenia", "Georgia"):
        qtbot.keyClicks(editor.entity_edit, name)
        qtbot.keyClick(editor.entity_edit, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert editor.entity_list.isVisible() and editor.entity_list.count() == 6
    assert editor.note_edit.height() >= box
    # the list of notes gives the chips' rows, and no more (it had lost six rows at once)
    assert listed - table.height() <= editor.entity_list.height() + 8
    assert editor.note_edit.verticalScrollBar().value() == 0
    qtbot.keyClick(editor.entity_edit, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.tag_edit
    qtbot.keyClicks(editor.tag_edit, "date")
    qtbot.keyClick(editor.tag_edit, Qt.Key.Key_Return)
    assert window.reading.store.entry(note_id).annotation.tags == ("date",)
    assert editor.note_edit.height() >= box


# --- 7. a session reopens its texts in the encoding the reader chose --------------------------


def test_session_reopens_texts_in_the_chosen_encoding(make_window, qtbot, tmp_path) -> None:
    old = tmp_path / "dogovor-1251.txt"
    old.write_bytes(RUSSIAN.encode("cp1251"))
    new = tmp_path / "dogovor-utf8.txt"
    new.write_text(RUSSIAN.replace("немедленно открыть", "открыть"), encoding="utf-8")
    window = make_window(old, new)
    reopen(qtbot, window, "old", "mac-cyrillic")
    assert window.reading.controller.save_as(tmp_path / "enc.tvproj")
    again = bare_window(qtbot, tmp_path, "enc-again")
    open_session(qtbot, again, tmp_path / "enc.tvproj")
    assert again.session.encodings["old"] == "mac-cyrillic"
    assert again.session.old.text == window.session.old.text


# --- 8. a missing file at start shows the bundled pair ------------------------------------------


def test_missing_file_at_start_falls_back_to_the_bundled_pair(qtbot, tmp_path) -> None:
    window = bare_window(qtbot, tmp_path, "missing")
    window.open_pair(str(tmp_path / "gone-old.txt"), str(tmp_path / "gone-new.txt"))
    wait_compared(qtbot, window)
    assert (window.session.old_name, window.session.new_name) == ("draft-1920", "moscow-1921")
    message = next(m for m in window.message_bar.messages() if m.level == "error")
    assert "gone-old.txt" in message.text and "bundled pair" in message.text
    assert [b.text() for b in message.buttons] == ["Open Two Texts…"]


# --- 9. the modified marker is honest about view options ---------------------------------------


def test_view_options_mark_a_saved_session_modified(make_window, tmp_path, qtbot) -> None:
    window = make_window()
    toggle = window.actions_["show.class.case"]
    toggle.trigger()  # untitled and no notes: nothing to save
    assert not window.isWindowModified()
    toggle.trigger()
    assert window.reading.controller.save_as(tmp_path / "view.tvproj")
    assert not window.isWindowModified()
    toggle.trigger()
    assert window.isWindowModified()
    toggle.trigger()  # back as saved
    assert not window.isWindowModified()
    window.actions_["view.mode.inline"].trigger()
    assert window.isWindowModified()
    assert window.reading.controller.save_as(tmp_path / "view.tvproj")
    assert not window.isWindowModified()


def _thirty_articles(edited: bool) -> str:
    parts = ["Convention on Fisheries\n"]
    for n in range(1, 31):
        body = f"The boats of district {n} fish in the waters named in schedule {n}."
        if edited and n % 3 == 0:
            body = body.replace("fish in", "may fish only in")
        parts.append(f"Article {n}\n\n{body}\n")
    return "\n".join(parts)


@pytest.mark.parametrize("mode", ["side", "inline"])
def test_show_only_changed_articles_stays_at_the_article_being_read(
    make_window, qtbot, tmp_path, mode
) -> None:
    """Switched on at Article 15 (changed), the view went to Article 27; at Article 16
    (unchanged, left out) it goes on to Article 18, the next one shown."""
    from conftest import open_texts

    window = make_window()
    open_texts(qtbot, window, tmp_path, _thirty_articles(False), _thirty_articles(True))
    view = window.view
    view.set_mode(mode)
    cmp = window.session.comparison

    def read(label: str) -> None:
        i = cmp.old.index_of(label)
        view.jump_to_segment(0, i)
        for pane in view.panes():
            pane.flush_relayout()

    def row_label() -> str:
        row = view.navigator.row_at_top()
        assert row is not None and row.kind == "pair"
        return cmp.old.segments[cmp.pairs[row.index].old[0]].label

    for start, want in (("15", "15"), ("16", "18")):
        window.actions_["view.only_changed"].setChecked(False)
        read(start)
        assert row_label() == start
        window.actions_["view.only_changed"].setChecked(True)
        qtbot.waitUntil(lambda: not view.writing(), timeout=10000)
        for pane in view.panes():
            pane.flush_relayout()
        assert row_label() == want


def test_a_deleted_note_says_so_with_undo_at_hand(make_window, qtbot) -> None:
    """Delete Note asked nothing and said nothing: only Edit → Undo brought it back."""
    window, note_id, editor = _note_in_editor(make_window)
    editor.delete_button.click()
    assert window.reading.store.entry(note_id) is None
    message = next(m for m in window.message_bar._items if "is deleted" in m.text)
    undo = next(b for b in message.buttons if b.text() == "Undo")
    undo.click()
    assert window.reading.store.entry(note_id) is not None
    # The note back, the news that it went (with its Undo) goes too.
    assert not any("is deleted" in m.text for m in window.message_bar._items)
    editor.delete_button.click()
    assert any("is deleted" in m.text for m in window.message_bar._items)
    window.reading.store.undo_stack.undo()  # Edit → Undo (Ctrl+Z)
    assert not any("is deleted" in m.text for m in window.message_bar._items)


def test_a_chain_whose_opening_is_cancelled_leaves_the_pair_on_show(
    make_window, small_pair, qtbot, monkeypatch
) -> None:
    """Opening the bundled chain over other texts with unsaved notes asked to save; on
    Cancel the texts stayed, but the chain's strip, lineages and history came anyway,
    and a click on a lineage scrolled the other texts."""
    window = make_window()
    previous = window.session.comparison
    window.open_pair(*map(str, small_pair))
    wait_compared(qtbot, window, previous)
    window.reading.store.create_from_selection("new", 0, 20, "unsaved note")
    window.ask_to_save = True

    def cancel_when_read(_box: QMessageBox) -> QMessageBox.StandardButton:
        # the question waits for the reader, as the chain is read behind it
        qtbot.waitUntil(lambda: not window.chains.state.busy, timeout=TIMEOUT)
        return SAVE.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel_when_read)
    window.actions_["file.bundled_chain"].trigger()
    QApplication.processEvents()
    assert not window.chains.state.active
    assert not window.chains.table_dock.isVisible() and not window.chains.strip.isVisible()
    assert window.session.new_name == str(small_pair[1])
    assert mine(window) == ["unsaved note"]
    window.ask_to_save = False  # the test's window closes without asking
