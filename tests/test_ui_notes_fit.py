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
