"""The Notes dock fits a 1000×700 window in every interface language: a new reader saw
its list show one note, the Remove link / Remove tag buttons and the filters' arrows cut
off, and a scroll bar across the whole panel."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

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
            if control.window() is window and editor.isAncestorOf(control):
                # The editor scrolls where the dock is too short for all its rows.
                panel.scroller.ensureWidgetVisible(control, 0, 0)
                QApplication.processEvents()
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
    assert panel.scroller.height() <= panel.editor_needs() + 4
    assert panel.editor.height() <= panel.scroller.viewport().height()  # (no scroll bar)


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


def test_the_note_editor_scrolls_rather_than_draw_its_rows_over_one_another(make_window) -> None:
    """At 1024×700, with the Concordance open below, a new reader saw the Entities box
    drawn over the note's text and the Tags box over the entity chips: the editor had
    been squeezed below the height its rows need. It keeps that height, and scrolls."""
    window = make_window(size=(1024, 700))
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    window.concordance.show()
    for _ in range(5):
        QApplication.processEvents()
    panel = window.reading.notes
    panel.table.selectRow(3)
    for _ in range(5):
        QApplication.processEvents()
    editor = panel.editor
    assert editor.height() >= editor.minimumSizeHint().height()
    rows = [editor.note_edit, editor.entity_edit, editor.entity_list, editor.tag_edit,
            editor.tag_list]  # fmt: skip
    spans = [(w.mapTo(editor, w.rect().topLeft()).y(), w.height()) for w in rows]
    for (top, height), (next_top, _) in pairwise(spans):
        assert top + height <= next_top, spans


def test_the_chips_of_a_note_turn_dark_with_the_window(make_window) -> None:
    """Dark chosen in the menu: the note's entity and tag chips stayed in white boxes
    on the dark panel (their style sheet had fixed the light colours)."""
    window = make_window(size=(1280, 800))
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    panel = window.reading.notes
    panel.table.selectRow(3)
    for _ in range(5):
        QApplication.processEvents()
    editor = panel.editor
    assert editor.entity_list.count() and editor.tag_list.count()
    try:
        window.look.set_dark(True)
        for _ in range(5):
            QApplication.processEvents()
        base = QApplication.palette().base().color()
        for chips in (editor.entity_list, editor.tag_list):
            image = chips.grab().toImage()
            seen = Counter(
                image.pixelColor(x, y).name()
                for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)
            )
            assert seen.most_common(1)[0][0] == base.name(), chips.accessibleName()
    finally:
        window.look.set_dark(False)
