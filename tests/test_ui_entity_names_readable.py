"""The parties and places read by name in a window just wide enough for docks beside
the texts (1000 px): Russian showed every name as "…" ("Ст…ва"), English "Gover…urkey",
leaving a column of counts. A name too long for its column keeps a readable start and
end (cut in the middle, so that names alike but for their end stay apart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui
LEAST_SHOWN = 6
"""Characters of a name that must show on each side of its cut."""


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_entity_names_are_read_from_their_start_at_1000_px(make_window, qapp, lang) -> None:
    i18n.install(qapp, lang)
    try:
        window = make_window(size=(1000, 700))
        for _ in range(3):
            QApplication.processEvents()
        dock = window.reading.entity_dock
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        tree = window.reading.entities.tree
        model = tree.model()
        margin = 2 * tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
        room = tree.header().sectionSize(0) - 2 * tree.indentation() - margin
        metrics = tree.fontMetrics()
        names = [
            model.index(row, 0, model.index(group, 0)).data()
            for group in range(model.rowCount())
            for row in range(model.rowCount(model.index(group, 0)))
        ]
        assert len(names) > 10
        for name in names:
            shown = metrics.elidedText(name, tree.textElideMode(), room)
            whole = shown == name
            ends = shown.startswith(name[:LEAST_SHOWN]) and shown.endswith(name[-LEAST_SHOWN:])
            assert whole or ends, (name, shown, room)
    finally:
        i18n.install(qapp, "en")
