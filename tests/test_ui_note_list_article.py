"""The Notes list shows which text each note is on: its Article column cut "Preamble ·
1921" to "Preamble · 1…". Short names now show whole; a long one ("Заключительная
часть · 1920") is cut in its middle, keeping the year, and the note's own words keep
their room beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from treatyviewer.ui.common import i18n
from treatyviewer.ui.notes.annotation_model import COLUMNS

pytestmark = pytest.mark.gui


def _notes_list(make_window, qapp, lang: str, size):  # type: ignore[no-untyped-def]
    assert i18n.install(qapp, lang) == lang
    window = make_window(size=size)
    window.reading.show_note(next(iter(window.reading.store.entries())).annotation.id)
    for _ in range(5):
        QApplication.processEvents()
    return window.reading.notes.table


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
@pytest.mark.parametrize("size", [(1600, 1000), (1200, 800)])
def test_the_article_column_keeps_which_text(make_window, qapp, lang, size) -> None:  # type: ignore[no-untyped-def]
    try:
        table = _notes_list(make_window, qapp, lang, size)
        column = COLUMNS.index("article")
        width = table.horizontalHeader().sectionSize(column)
        model = table.model()
        names = [
            model.index(r, column).data(Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())
        ]
        assert any(name.endswith("1921") for name in names)
        metrics = table.fontMetrics()
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        delegate = table.itemDelegateForColumn(column)
        for row, name in enumerate(names):
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, model.index(row, column))
            shown = metrics.elidedText(name, option.textElideMode, width - 2 * margin)
            assert shown[-4:] == name[-4:], (lang, name, shown)  # the year, whole
        if lang == "en":  # short names, whole
            assert table.sizeHintForColumn(column) <= width
        note = COLUMNS.index("note")  # and the note's own words still in view beside them
        start = table.horizontalHeader().sectionViewportPosition(note)
        assert table.viewport().width() - start >= metrics.averageCharWidth() * 12
    finally:
        i18n.install(qapp, "en")
