"""The note editor's entity field completes what the reader starts to type: any part of
a name, in any case, in any spelling the gazetteer knows, the entities the open texts
name first; choosing a completion links the note to that entity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from test_ui_reading_walk import kars_sentence
from treatyviewer.core.entities import find_mentions
from treatyviewer.ui.notes.entity_completer import ENTITY_ROLE

pytestmark = pytest.mark.gui


def offered(editor, qtbot, typed: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(shown, entity id) of each completion popped up for ``typed``, in order."""
    editor.entity_edit.clear()
    editor.entity_edit.setFocus()
    for char in typed:  # as a keyboard types it (QTest's key clicks know only ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(editor.entity_edit, event)
    popup = editor.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5_000)
    model = popup.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    return [(i.data(), i.data(ENTITY_ROLE)) for i in rows]


@pytest.fixture
def editor(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    note_id = window.reading.store.create_from_selection("new", *kars_sentence(window), "n")
    window.reading.show_note(note_id)
    window.activateWindow()
    editor = window.reading.notes.editor
    editor.note_id = note_id
    return editor


def test_part_of_a_name_in_any_case_and_script_is_completed(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown = offered(editor, qtbot, "kar")
    assert ("Kars", "kars") in shown
    cyrillic = offered(editor, qtbot, "карс")
    assert ("Карс — Kars", "kars") in cyrillic  # the alias says which entity it is
    assert {entity for _, entity in cyrillic} >= {"kars"}


def test_the_entities_the_texts_name_come_first(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = editor.store.session
    named = {
        m.entity_id
        for doc in (session.old, session.new)
        for m in find_mentions(doc, editor.gazetteer)
    }
    shown = offered(editor, qtbot, "a")
    entities = [entity for _, entity in shown]
    unnamed = [k for k, entity in enumerate(entities) if entity not in named]
    assert unnamed, "every entity of the gazetteer is named: nothing to order"
    assert all(entity in named for entity in entities[: unnamed[0]])
    assert all(entity not in named for entity in entities[unnamed[0] :])


def test_choosing_a_completion_links_the_note(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown = offered(editor, qtbot, "Ардаг")
    assert shown and shown[0][1] == "ardahan"
    popup = editor.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    entry = editor.store.entry(editor.note_id)
    qtbot.waitUntil(lambda: "ardahan" in editor.store.entry(editor.note_id).annotation.entity_ids)
    assert entry is not None
    qtbot.waitUntil(lambda: editor.entity_edit.text() == "", timeout=2_000)


def test_names_that_begin_with_what_was_typed_come_first(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Kar" offered "Ankara government" first (the texts name it more often than
    Kars); a reader typing the start of a name wants that name."""
    shown = offered(editor, qtbot, "Kar")
    names = [name for name, _ in shown]
    assert names[0].casefold().startswith("kar")  # among the names the texts name
    assert names.index("Kars") < next(k for k, n in enumerate(names) if n.startswith("Ankara"))


def test_an_entity_typed_and_not_linked_goes_with_its_note(make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "frontier" typed in the entity box stayed there over the next texts opened,
    under "No note selected"."""
    from conftest import wait_compared

    window = make_window()
    note_id = window.reading.store.create_from_selection("new", *kars_sentence(window), "n")
    window.reading.show_note(note_id)
    editor = window.reading.notes.editor
    editor.entity_edit.setText("frontier")
    editor.tag_edit.setText("to check")
    previous = window.session.comparison
    assert window.reading.files.controller.save_as(tmp_path / "notes.tvproj")
    assert editor.entity_edit.text() == "frontier"
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(lambda: editor.annotation_id is None)
    assert editor.entity_edit.text() == "" and editor.tag_edit.text() == ""


def test_with_no_note_shown_the_editor_takes_no_typing(make_window) -> None:  # type: ignore[no-untyped-def]
    """The fields stood white, took the focus and dropped every key typed."""
    window = make_window()
    editor = window.reading.notes.editor
    assert editor.annotation_id is None
    assert not any(w.isEnabled() for w in (editor.note_edit, editor.entity_edit, editor.tag_edit))
    note_id = window.reading.store.create_from_selection("new", *kars_sentence(window), "n")
    window.reading.show_note(note_id)
    assert all(w.isEnabled() for w in (editor.note_edit, editor.entity_edit, editor.tag_edit))
