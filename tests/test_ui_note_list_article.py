"""The Notes list shows each note's article and text whole: its Article column cut
"Preamble · 1921" to "Preamble · 1…", and which text a note was on was lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.notes.annotation_model import COLUMNS

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", [(1600, 1000), (1200, 800)])
def test_the_article_column_shows_its_names_whole(make_window, size) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=size)
    window.reading.show_note(next(iter(window.reading.store.entries())).annotation.id)
    for _ in range(5):
        QApplication.processEvents()
    table = window.reading.notes.table
    column = COLUMNS.index("article")
    width = table.horizontalHeader().sectionSize(column)
    model = table.model()
    names = [
        model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]
    assert any("Preamble" in name for name in names)
    assert table.sizeHintForColumn(column) <= width  # what its names need, margins and all
    metrics = table.fontMetrics()
    note = COLUMNS.index("note")  # and the note's own words still in view beside them
    start = table.horizontalHeader().sectionViewportPosition(note)
    assert table.viewport().width() - start >= metrics.averageCharWidth() * 12
