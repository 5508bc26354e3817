"""The notes dock keeps to its width in every interface language: a note on a long
passage, or a filter entry quoting an article at length, must not make the panel wider
than the dock (it scrolled sideways, cutting the quote and the filters)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from test_ui_reading_walk import kars_sentence
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_a_note_on_a_long_passage_fits_the_notes_dock(make_window, qapp, lang) -> None:
    try:
        i18n.install(qapp, lang)
        window = make_window(size=(1400, 900))
        note = window.reading.store.create_from_selection("new", *kars_sentence(window), "n")
        window.reading.show_note(note)
        for _ in range(5):
            QApplication.processEvents()
        panel = window.reading.notes
        scroller = next(
            w for w in (panel.parent(), panel.parent().parent()) if isinstance(w, QScrollArea)
        )
        assert panel.isVisible()
        assert scroller.horizontalScrollBar().maximum() == 0, lang  # nothing off to the side
        assert len(panel.editor.quote_label.text()) > 200  # the long passage is quoted
        for combo in (panel.origin_combo, panel.side_combo):  # short, fixed entries: whole
            metrics = combo.fontMetrics()
            assert combo.width() > metrics.horizontalAdvance(combo.currentText()), lang
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("size", [(1000, 700), (1400, 900)])
def test_the_notes_own_words_are_in_view_in_the_list(make_window, size) -> None:
    """In a dock 380 pixels wide the Note column began at its right edge: a reader had
    to scroll sideways, or open each note, to read what they wrote."""
    from treatyviewer.ui.notes.annotation_model import COLUMNS

    window = make_window(size=size)
    window.reading.store.create_from_selection("new", *kars_sentence(window), "Kars settled")
    panel = window.reading.notes
    window.reading.show_note(next(iter(window.reading.store.entries())).annotation.id)
    for _ in range(5):
        QApplication.processEvents()
    table = panel.table
    header = table.horizontalHeader()
    note = COLUMNS.index("note")
    start = header.sectionViewportPosition(note)
    shown = min(table.viewport().width(), start + header.sectionSize(note)) - start
    assert shown >= table.fontMetrics().averageCharWidth() * 12, (start, shown)


def test_a_note_says_which_text_by_the_year_its_files_name() -> None:
    """The list said "Art. 12 · ley-…", cut: the two files' names differ by the year."""
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.notes.annotation_model import side_caption

    old = make_document("Artículo 1. Objeto.\n", source="/tmp/leyes/ley-1998.txt")
    new = make_document("Artículo 1. Objeto y ámbito.\n", source="/tmp/leyes/ley-2022.txt")
    assert (side_caption(old, new), side_caption(new, old)) == ("1998", "2022")
    same = make_document("Artículo 1. Objeto.\n", source="/tmp/otras/ley-1998.txt")
    assert side_caption(old, same) != "1998"  # one year for both tells nothing


def test_the_arrow_keys_walk_the_notes_and_their_passages(make_window, qtbot) -> None:
    """Arrowing through the Notes list chose each note but left the texts where they
    were: only a click went to its passage."""
    from PySide6.QtCore import Qt

    window = make_window(size=(1400, 900))
    panel = window.reading.notes
    panel.table.setFocus()
    panel.table.selectRow(0)
    QApplication.processEvents()
    with qtbot.waitSignal(panel.goTo, timeout=3000) as went:
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    side, start, _end = went.args
    assert side in ("old", "new") and start >= 0
