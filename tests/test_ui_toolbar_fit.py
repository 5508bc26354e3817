"""The main toolbar fits a 1024-pixel-wide window in every interface language: its
last buttons had gone behind the overflow arrow (Russian, Turkish) or been cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def window_in(make_window, qapp):  # type: ignore[no-untyped-def]
    def make(lang: str):  # type: ignore[no-untyped-def]
        assert i18n.install(qapp, lang) == lang
        return make_window(size=(1024, 700))

    yield make
    i18n.install(qapp, "en")


def hidden_buttons(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The main toolbar's commands a reader cannot see or click in the window."""
    bar = window.menu_bar_.toolbar
    QApplication.processEvents()
    out = []
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        right = widget.mapTo(window, widget.rect().topRight()).x() if widget else 0
        if widget is None or not widget.isVisible() or right >= window.width():
            out.append(action.iconText())
    arrow = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    if any(b.isVisible() for b in arrow):
        out.append("»")
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_main_toolbar_fits_a_1024_pixel_window(window_in, lang: str) -> None:
    window = window_in(lang)
    assert window.width() == 1024
    assert hidden_buttons(window) == []
