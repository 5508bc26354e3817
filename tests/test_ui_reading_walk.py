"""The reader's walk through the window: Kars in the entity index, a note on a sentence
linked to Armenia and Kars, the session saved, the window closed, the session reopened.

Runs the real window on the bundled pair (draft-1920 / moscow-1921) with a
temporary state directory for autosaves.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from conftest import wait_compared
from treatyviewer.core.autosave import find_recoverable
from treatyviewer.ui.app.launch import _session_file, launch
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.compare.pane import ComparisonPane
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui
TIMEOUT = 30_000
SHOTS = os.environ.get("TREATYVIEWER_SHOTS", "")
"""A folder to save screenshots of the walk in, for people to look at; unset, none are saved."""


def pane_text(pane: ComparisonPane, start: int, end: int) -> str:
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def shoot(window: MainWindow, name: str) -> None:
    QApplication.processEvents()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / name), "PNG")


def kars_sentence(window: MainWindow) -> tuple[int, int]:
    """Source offsets of the first sentence of the 1921 treaty that names Kars."""
    text = window.session.new.text
    at = text.index("Kars")
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.index(".", at) + 1
    while text[start].isspace():
        start += 1
    return start, end


def select_in_pane(window: MainWindow, side: str, start: int, end: int) -> None:
    """Select source offsets [start, end) in a pane the way a mouse drag would."""
    view = window.view
    pane = view.old_pane if side == "old" else view.new_pane
    side_map = view.rendered[0 if side == "old" else 1].map
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(start))
    cursor.setPosition(side_map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.setFocus()
    pane.setTextCursor(cursor)


def bare_window(qtbot, tmp_path: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown window with nothing open, sharing the test's autosave folder."""
    store = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Settings(store), state_dir=tmp_path / "state")
    window.progress.enabled = False
    window.ask_to_save = False
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_session(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reading.controller.opened, timeout=TIMEOUT):
        assert window.reading.controller.open(path)
    wait_compared(qtbot, window)


# --- the walk --------------------------------------------------------------------------


def test_selecting_kars_highlights_every_mention_and_lists_them(make_window) -> None:
    window = make_window(size=(1600, 1000))
    panel = window.reading.entities
    assert panel.select_entity("kars")
    new_spans = window.view.new_pane.overlay.spans("entity")
    assert len(new_spans) == panel.model.count("kars", "new") >= 1
    assert all(pane_text(window.view.new_pane, a, b) == "Kars" for a, b, _ in new_spans)
    assert len(window.view.old_pane.overlay.spans("entity")) == panel.model.count("kars", "old")
    assert panel.mention_model.rowCount() == len(new_spans) + len(
        window.view.old_pane.overlay.spans("entity")
    )
    bar = window.view.new_pane.verticalScrollBar()
    bar.setValue(0)
    last = panel.mention_model.index(panel.mention_model.rowCount() - 1, 0)
    panel.mention_view.clicked.emit(last)
    a, b, _ = new_spans[-1]
    rect = window.view.new_pane.cursorRect(QTextCursor(window.view.new_pane.document()))
    cursor = QTextCursor(window.view.new_pane.document())
    cursor.setPosition(a)
    rect = window.view.new_pane.cursorRect(cursor)
    assert bar.value() > 0
    assert 0 <= rect.top() < window.view.new_pane.viewport().height()
    assert window.view.new_pane.overlay.spans("flash") == [(a, b, "")]
    shoot(window, "kars-selected.png")


def test_annotate_link_save_close_and_reopen(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window(size=(1600, 1000))
    start, end = kars_sentence(window)
    select_in_pane(window, "new", start, end)
    assert window.view.selection() == ("new", start, end)

    window.actions_["notes.annotate"].trigger()
    tools = window.reading
    note_id = tools.notes.current_annotation()
    assert note_id is not None
    editor = tools.notes.editor
    assert editor.annotation_id == note_id
    editor.note_edit.setPlainText("Kars and Ardahan pass to Turkey; Armenia is not a party.")
    editor.apply_note()
    editor.entity_edit.setText("Armenia")
    assert editor.link_typed_entity()
    tools.store.link_entity(note_id, "kars")
    entry = tools.store.entry(note_id)
    assert entry.annotation.entity_ids == ("armenia", "kars")
    assert (start, end) in window.view.layers.source_spans("new", "annotation")
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.reading.entities.select_entity("kars")
    shoot(window, "annotated.png")

    path = tmp_path / "walk.tvproj"
    assert tools.controller.save_as(path)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("walk[*]")
    window.close()
    assert not window.isVisible()
    assert not find_recoverable(tmp_path / "state")

    again = bare_window(qtbot, tmp_path, "again")
    open_session(qtbot, again, path)
    entry = again.reading.store.entry(note_id)
    assert entry is not None and entry.status == "anchored"
    assert entry.place == ("new", start, end)
    assert entry.annotation.note.startswith("Kars and Ardahan")
    assert entry.annotation.entity_ids == ("armenia", "kars")
    side_map = again.view.rendered[1].map
    shown = [(a, b) for a, b, _ in again.view.new_pane.overlay.spans("annotation")]
    assert (side_map.to_qt(start), side_map.to_qt(end)) in shown
    assert again.reading.notes.model.row_of(note_id) >= 0
    assert any(column == 1 for _y, column in again.view.overview.marks)
    assert again.windowTitle().startswith("walk[*]") and not again.isWindowModified()


def test_command_line_detects_a_session_file(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    tools = window.reading
    start, end = kars_sentence(window)
    tools.store.create_from_selection("new", start, end, "On the command line")
    path = tmp_path / "cli.tvproj"
    assert tools.controller.save_as(path)
    assert _session_file(str(path), None) == str(path)
    assert _session_file("draft-1920", "moscow-1921") is None
    out = Path(SHOTS or tmp_path) / "session-from-cli.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert launch([str(path), "--screenshot", str(out), "--size", "900x600"]) == 0
    assert out.exists()


def test_undo_covers_alignment_links_and_note_edits(make_window, qtbot) -> None:
    window = make_window()
    store = window.reading.store
    start, end = kars_sentence(window)
    note_id = store.create_from_selection("new", start, end, "first thought")
    model = window.concordance.model

    def labels() -> set:
        return {model.labels(r) for r in range(model.rowCount())}

    before = labels()
    link = (("4",), ("III",))
    cmp = window.session.comparison
    window.link(*link)
    wait_compared(qtbot, window, cmp)
    assert link in labels()
    store.set_note(note_id, "second thought")
    assert "Edit note" in window.actions_["edit.undo"].text()

    window.actions_["edit.undo"].trigger()
    assert store.entry(note_id).annotation.note == "first thought"
    assert "Link Art. 4" in window.actions_["edit.undo"].text()
    linked = window.session.comparison
    window.actions_["edit.undo"].trigger()
    wait_compared(qtbot, window, linked)
    assert labels() == before

    unlinked = window.session.comparison
    window.actions_["edit.redo"].trigger()
    wait_compared(qtbot, window, unlinked)
    window.actions_["edit.redo"].trigger()
    assert link in labels()
    assert store.entry(note_id).annotation.note == "second thought"


def test_recovery_is_offered_in_the_message_bar(make_window, qtbot, tmp_path: Path) -> None:
    first = make_window()
    start, end = kars_sentence(first)
    note_id = first.reading.store.create_from_selection("new", start, end, "unsaved")
    first.close()  # unsaved work, no question asked in tests: it goes to the autosave
    assert find_recoverable(tmp_path / "state")

    second = bare_window(qtbot, tmp_path, "second")
    # Offered once the window has painted (looking for autosaves waits for that).
    qtbot.waitUntil(lambda: any(m.buttons for m in second.message_bar.messages()), timeout=5000)
    offers = [m for m in second.message_bar.messages() if m.buttons]
    assert len(offers) == 1
    # When, on the reader's clock: not the autosave's UTC stamp ("…T22:20:38Z")
    assert re.search(r"\(\d{4}-\d\d-\d\d \d\d:\d\d\)\?$", offers[0].text), offers[0].text
    assert [b.text() for b in offers[0].buttons] == ["Recover", "Discard"]
    with qtbot.waitSignal(second.reading.controller.opened, timeout=TIMEOUT):
        offers[0].buttons[0].click()
    assert second.reading.store.entry(note_id).annotation.note == "unsaved"
    assert second.isWindowModified()


def test_declining_recovery_removes_the_autosave(make_window, qtbot, tmp_path: Path) -> None:
    first = make_window()
    first.reading.store.create_from_selection("new", *kars_sentence(first), "unsaved")
    first.close()
    second = bare_window(qtbot, tmp_path, "second")
    qtbot.waitUntil(lambda: any(m.buttons for m in second.message_bar.messages()), timeout=5000)
    offer = next(m for m in second.message_bar.messages() if m.buttons)
    offer.buttons[1].click()
    assert not find_recoverable(tmp_path / "state")


def test_closing_with_unsaved_work_asks_save_discard_cancel(
    make_window, monkeypatch, tmp_path: Path
) -> None:
    window = make_window()
    window.reading.store.create_from_selection("new", *kars_sentence(window), "unsaved")
    window.ask_to_save = True
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: next(answers))
    window.close()
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert not find_recoverable(tmp_path / "state")


def test_session_and_note_commands_are_in_the_registry(make_window) -> None:
    window = make_window()
    actions = window.actions_
    assert QKeySequence(QKeySequence.StandardKey.Open) in actions["file.open_session"].shortcuts()
    assert actions["file.open"].shortcut() == QKeySequence("Ctrl+Shift+O")
    assert actions["file.save_session"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions["notes.annotate"].shortcut() == QKeySequence("Ctrl+Shift+A")
    assert actions["notes.annotate"] in window.view.new_pane.context_actions
    assert actions["notes.pair"] in window.concordance.context_actions
    for action_id in ("file.save_session_as", "file.import_notes", "file.export_notes"):
        assert actions[action_id].toolTip()
    assert actions["view.entities"].isChecked() and actions["view.notes"].isChecked()
    notes = window.reading.notes_dock
    if notes.visibleRegion().isEmpty():  # a tab behind Parties and places: to the front
        actions["view.notes"].setChecked(False)
        assert not notes.isHidden() and actions["view.notes"].isChecked()
    actions["view.notes"].setChecked(False)
    assert notes.isHidden()


def test_note_on_this_pair_from_the_concordance(make_window) -> None:
    window = make_window()
    window.concordance.select_row(0)
    window.actions_["notes.pair"].trigger()
    note_id = window.reading.notes.current_annotation()
    entry = window.reading.store.entry(note_id)
    assert entry.annotation.targets[0].pair is not None
    assert entry.status == "anchored"


def test_annotating_without_a_selection_says_what_to_do(make_window) -> None:
    window = make_window()
    window.actions_["notes.annotate"].trigger()
    assert any("Select a passage" in t for t in window.message_bar.texts())
    assert window.reading.store.annotations() == []
    # once the reader has selected a passage and made the note, the hint is gone
    text = window.session.new.text
    start = text.index("Batum")
    select_in_pane(window, "new", start, start + len("Batum"))
    window.actions_["notes.annotate"].trigger()
    assert len(window.reading.store.annotations()) == 1
    assert not any("Select a passage" in t for t in window.message_bar.texts())


def test_view_options_travel_with_the_session(make_window) -> None:
    window = make_window()
    options = window.reading.view_options()
    assert {"mode", "only_changed", "shown_classes"} <= set(options)
    size = window.font_size
    window.reading.restore_view({"mode": "inline", "font_size": size + 3})
    assert window.view.mode == "inline"
    assert window.actions_["view.mode.inline"].isChecked()
    # the text size is the reader's: one saved by an earlier version is not applied
    assert "font_size" not in options and window.font_size == size


def test_a_deleted_note_put_back_by_undo_is_shown_in_the_editor(make_window, qtbot) -> None:
    """Before, the note came back with its row marked but the editor said "No note
    selected", and clicking the row did nothing until another row had been clicked."""
    window = make_window()
    store, notes = window.reading.store, window.reading.notes
    start, end = kars_sentence(window)
    note_id = store.create_from_selection("new", start, end, "a thought to keep")
    notes.select_annotation(note_id)
    assert notes.editor.note_edit.toPlainText() == "a thought to keep"
    notes.editor.delete_button.click()
    assert store.entry(note_id) is None and notes.editor.note_edit.toPlainText() == ""
    window.actions_["edit.undo"].trigger()
    assert notes.current_annotation() == note_id
    assert notes.editor.note_edit.toPlainText() == "a thought to keep"


def test_notes_by_keyboard_tab_leaves_the_note_and_del_deletes_from_the_list(
    make_window, qtbot
) -> None:
    """Tab in the note typed a tab character (there was no way on to Entities without
    the mouse), and Del in the list of notes did nothing."""
    window = make_window()
    store, notes = window.reading.store, window.reading.notes
    window.reading.notes_dock.show()
    note_id = store.create_from_selection("new", *kars_sentence(window), "by keyboard")
    notes.select_annotation(note_id)
    notes.editor.note_edit.setFocus()
    qtbot.keyClick(notes.editor.note_edit, Qt.Key.Key_Tab)
    assert notes.editor.note_edit.toPlainText() == "by keyboard"
    assert not notes.editor.note_edit.hasFocus()
    notes.table.setFocus()
    qtbot.keyClick(notes.table, Qt.Key.Key_Delete)
    assert store.entry(note_id) is None
    window.actions_["edit.undo"].trigger()
    assert store.entry(note_id) is not None


def test_tab_leaves_the_concordance_for_the_next_part_of_the_window(make_window, qtbot) -> None:
    """A reader on the keyboard alone pressed Tab 14 times and stayed in the concordance,
    walking from cell to cell of rows that are chosen whole."""
    window = make_window()
    window.show()
    table = window.concordance.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 0))
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert table.currentIndex().row() == 2


def test_the_request_to_select_a_passage_first_goes_once_one_is_selected(
    make_window, qtbot
) -> None:
    """Annotate with nothing selected asks for a passage; the request stayed on the bar
    after the reader had selected one and annotated it."""
    window = make_window()
    window.actions_["notes.annotate"].trigger()
    assert any("then annotate it" in t for t in window.message_bar.texts())
    pane = window.view.new_pane
    side_map = window.view.rendered[1].map
    at = window.session.comparison.new.text.index("Batum")
    cursor = pane.textCursor()
    cursor.setPosition(side_map.to_qt(at))
    cursor.setPosition(side_map.to_qt(at + 5), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert not any("then annotate it" in t for t in window.message_bar.texts())


def test_arrow_keys_in_the_concordance_take_the_texts_along(make_window, qtbot) -> None:
    """A reader who clicked a row and walked on with the arrow keys saw the selection
    move while the texts stayed where the click had put them, until Enter."""
    window = make_window()
    window.show()
    table = window.concordance.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(1, 0)).center(),
    )
    qtbot.waitUntil(table.hasFocus)
    bar = window.view.new_pane.verticalScrollBar()
    before = bar.value()
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bar.value() > before)
    assert table.currentIndex().row() == 5
    shown = bar.value()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: bar.value() < shown)
    assert table.currentIndex().row() == 4


def test_a_change_gone_to_with_the_keyboard_is_annotated_without_a_selection(make_window) -> None:
    """Next Change, then Annotate: the note is on the change read (the new wording, or
    the old one struck out). It had asked for a selection, which the keyboard alone
    could not make there."""
    window = make_window()
    window.actions_["go.next_change"].trigger()
    passage = window.view.change_passage()
    assert passage is not None
    window.actions_["notes.annotate"].trigger()
    (note,) = window.reading.store.annotations()
    side, start, end = passage
    doc = window.session.new if side == "new" else window.session.old
    assert note.targets[0].source == doc.source
    assert note.targets[0].exact.strip() in doc.text[start:end] or doc.text[start:end].strip() in (
        note.targets[0].exact
    )
    assert not any("Select a passage" in t for t in window.message_bar.texts())


def test_an_added_article_gone_to_with_the_keyboard_is_annotated_whole(make_window) -> None:
    """Next Change stops at Art. XVI, which only the 1921 treaty has; Annotate had
    answered "Select a passage…, or go to a change" although the reader was on one,
    and the note typed next was lost."""
    from treatyviewer.core.comparison import Row

    window = make_window()
    cmp = window.view.cmp
    sixteen = cmp.new.index_of("XVI")
    for _ in range(200):
        window.actions_["go.next_change"].trigger()
        if window.view.navigator.current_key == Row("added", sixteen):
            break
    else:
        raise AssertionError("Next Change never stopped at Art. XVI")
    window.actions_["notes.annotate"].trigger()
    (note,) = window.reading.store.annotations()
    seg = cmp.new.segments[sixteen]
    assert note.targets[0].source == window.session.new.source
    assert note.targets[0].exact == cmp.new.text[seg.body_start : seg.end].strip()
    assert not any("Select a passage" in t for t in window.message_bar.texts())


def test_selecting_in_one_text_drops_the_selection_left_in_the_other(make_window) -> None:
    """A word selected earlier in the newer text, then another in the older one: the note
    goes on the one selected last (it had gone on the newer text's leftover)."""
    window = make_window()
    new_text = window.session.new.text
    at = new_text.index("Batum")
    select_in_pane(window, "new", at, at + len("Batum"))
    old_text = window.session.old.text
    at = old_text.index("Straits")
    select_in_pane(window, "old", at, at + len("Straits"))
    assert not window.view.new_pane.textCursor().hasSelection()
    window.actions_["notes.annotate"].trigger()
    (note,) = window.reading.store.annotations()
    assert note.targets[0].source == window.session.old.source
    assert note.targets[0].exact == "Straits"
