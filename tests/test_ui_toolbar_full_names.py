"""A wide window names the toolbar's buttons in full ("Next Change", "Open the Bundled
Pair"): they had kept their short names ("Next", "Bundled Pair") at every width. A
narrow one still shows the short names, and every button stays in sight."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from test_ui_toolbar_fit import hidden_buttons
from treatyviewer.ui.app.window_menus import full_name
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def window_in(make_window, qapp):  # type: ignore[no-untyped-def]
    def make(lang: str, width: int):  # type: ignore[no-untyped-def]
        assert i18n.install(qapp, lang) == lang
        return make_window(size=(width, 900))

    yield make
    i18n.install(qapp, "en")


def shortened(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The toolbar's buttons that show a name other than their full one."""
    QApplication.processEvents()
    bar = window.menu_bar_.toolbar
    return [a.iconText() for a in bar.actions() if a.text() and a.iconText() != full_name(a)]


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_a_1600_pixel_window_names_every_button_in_full(window_in, lang: str) -> None:
    window = window_in(lang, 1600)
    assert shortened(window) == []
    assert hidden_buttons(window) == []
    names = [a.iconText() for a in window.menu_bar_.toolbar.actions() if a.text()]
    if lang == "en":
        assert "Next Change" in names and "Open the Bundled Pair" in names


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_names_shorten_when_the_window_narrows_and_come_back(window_in, qtbot, lang) -> None:  # type: ignore[no-untyped-def]
    window = window_in(lang, 1600)
    window.resize(1024, 900)
    qtbot.waitUntil(lambda: shortened(window) != [])
    assert hidden_buttons(window) == []
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: shortened(window) == [])
    assert hidden_buttons(window) == []
