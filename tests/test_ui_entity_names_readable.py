"""The parties and places read by name in a window just wide enough for docks beside
the texts (1000 px): Russian showed every name as "…" ("Ст…ва"), English "Gover…urkey",
leaving a column of counts. A name too long for its column keeps a readable start and
end (cut in the middle, so that names alike but for their end stay apart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui
WRAP = int(Qt.TextFlag.TextWordWrap)
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


def _names(tree):  # type: ignore[no-untyped-def]
    model = tree.model()
    return [
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


@pytest.mark.parametrize(
    ("lang", "width"),
    [("en", 1000), ("en", 1280), ("en", 1600), ("ru", 1280), ("ru", 1600), ("tr", 1280),
     ("tr", 1600)],
)  # fmt: skip
def test_every_entity_name_is_shown_whole(make_window, qapp, lang, width) -> None:
    """In Russian at 1280 px nearly every name was cut in its middle ("Правительс…ния
    Турции"): the column holds some 16 letters. A long name is wrapped at its spaces
    over as many lines as it needs, whatever the window's width."""
    i18n.install(qapp, lang)
    try:
        window = make_window(size=(width, 800))
        dock = window.reading.entity_dock
        dock.show()
        dock.raise_()
        tree = window.reading.entities.tree
        for _ in range(5):
            QApplication.processEvents()
        metrics = tree.fontMetrics()
        margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        names = _names(tree)
        assert len(names) > 10
        for index in names:
            name = str(index.data())
            rect = tree.visualRect(index)
            room = rect.width() - margin
            assert all(metrics.horizontalAdvance(word) <= room for word in name.split()), name
            needs = metrics.boundingRect(QRect(0, 0, room, 10_000), WRAP, name).height()
            assert needs <= rect.height(), (name, needs, rect.height(), room)
        # a long name takes two lines or more, a short one stays on one
        heights = {str(index.data()): tree.visualRect(index).height() for index in names}
        assert min(heights.values()) < max(heights.values()) or lang == "en"
    finally:
        i18n.install(qapp, "en")
