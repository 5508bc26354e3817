"""A short quote in the note editor shows whole, with no scroll bar: a note on one word
("March") stood beside a scroll bar with both arrows, the box a few pixels short of
its one line. A quote longer than the box still scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from test_ui_reading_walk import kars_sentence

pytestmark = pytest.mark.gui


def _editor_on(window, start: int, end: int):  # type: ignore[no-untyped-def]
    note = window.reading.store.create_from_selection("new", start, end, "")
    window.reading.show_note(note)
    for _ in range(5):
        QApplication.processEvents()
    return window.reading.notes.editor.quote_label


@pytest.mark.parametrize("size", [(1600, 1000), (1200, 800)])
def test_a_one_word_quote_has_no_scroll_bar(make_window, size) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=size)
    text = window.session.new.text
    start = text.index("March")
    quote = _editor_on(window, start, start + len("March"))
    assert quote.isVisible() and quote.text() == "“March”"
    assert not quote.verticalScrollBar().isVisible()
    assert quote.verticalScrollBar().maximum() == 0  # every line in the box


def test_a_long_quote_still_scrolls(make_window) -> None:
    window = make_window(size=(1400, 900))
    start, _end = kars_sentence(window)
    quote = _editor_on(window, start, start + 1200)
    assert quote.verticalScrollBar().maximum() > 0
    assert quote.verticalScrollBar().isVisible()
