"""The Notes dock fits a 1000×700 window in every interface language: a new reader saw
its list show one note, the Remove link / Remove tag buttons and the filters' arrows cut
off, and a scroll bar across the whole panel."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from test_ui_reading_walk import kars_sentence
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


def _inside(widget: QWidget, panel: QWidget) -> bool:
    rect = widget.rect().translated(widget.mapTo(panel, widget.rect().topLeft()))
    return panel.rect().contains(rect)


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_notes_panel_fits_a_small_window(make_window, qapp, lang) -> None:
    try:
        i18n.install(qapp, lang)
        window = make_window(size=(1000, 700))
        store = window.reading.store
        note = store.create_from_selection("new", *kars_sentence(window), "a note")
        store.link_entity(note, "kars")
        store.add_tag(note, "border")
        window.reading.show_note(note)
        for _ in range(5):
            QApplication.processEvents()
        panel = window.reading.notes
        scroller = panel.parent().parent()
        assert isinstance(scroller, QScrollArea) and panel.isVisible()
        assert scroller.horizontalScrollBar().maximum() == 0, lang
        assert scroller.verticalScrollBar().maximum() == 0, lang
        assert panel.height() >= panel.minimumSizeHint().height(), lang  # nothing squeezed
        table, editor = panel.table, panel.editor
        rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
        assert rows >= 3, (lang, rows)
        line = editor.note_edit.fontMetrics().lineSpacing()
        assert editor.note_edit.height() >= 3 * line, lang
        controls = (
            editor.unlink_button, editor.untag_button, editor.delete_button,
            editor.entity_edit, editor.tag_edit, editor.entity_list, editor.tag_list,
            panel.origin_combo, panel.side_combo, panel.entity_combo, panel.tag_combo,
        )  # fmt: skip
        for control in controls:
            assert control.isVisible() and _inside(control, panel), (lang, control)
            assert control.width() >= control.minimumSizeHint().width(), (lang, control)
        assert editor.quote_label.text().startswith("“The north-eastern frontier")
    finally:
        i18n.install(qapp, "en")


def test_the_notes_list_gets_the_room_the_editor_does_not_need(make_window) -> None:
    """At 1280×800 the list showed three notes above an empty editor as tall as the
    list, its rows spread apart: the editor starts at the height it needs."""
    window = make_window(size=(1280, 800))
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    for _ in range(5):
        QApplication.processEvents()
    panel = window.reading.notes
    table = panel.table
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= 6, rows
    assert panel.editor.height() <= panel.editor.minimumSizeHint().height() + 4


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_filter_of_whose_notes_reads_whole(make_window, qapp, lang) -> None:
    """At 1600×1000 the filter read "Мои и редакционн…" and "Benimkiler ve edito…": it
    says "all notes" in the words a narrow box holds."""
    try:
        i18n.install(qapp, lang)
        window = make_window(size=(1600, 1000))
        window.reading.set_dock_visible(window.reading.notes_dock, True)
        for _ in range(5):
            QApplication.processEvents()
        origin = window.reading.notes.origin_combo
        room = origin.width() - origin.iconSize().width() - 16  # the arrow, the margins
        assert origin.fontMetrics().horizontalAdvance(origin.currentText()) <= room, lang
    finally:
        i18n.install(qapp, "en")
