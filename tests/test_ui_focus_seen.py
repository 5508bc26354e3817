"""A reader who moves by the keyboard sees where the focus is, in every palette.

On the dark palette Tab onto the parties' "Only mentioned" box drew a grey frame
barely apart from the grey window, and the concordance's filter and tabs took the
focus almost unseen. The focused look of a control must stand apart from its
unfocused look by at least 3:1 in contrast, the least asked of a focus indicator.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui
LEAST = 3.0


def _luminance(colour: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _focus_contrast(widget: QWidget, elsewhere: QWidget) -> float:
    """The strongest contrast between a pixel of ``widget`` unfocused and reached by Tab."""
    elsewhere.setFocus()
    QApplication.processEvents()
    before = widget.grab().toImage()
    for _ in range(80):
        if widget.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert widget.hasFocus(), "Tab never reaches it"
    after = widget.grab().toImage()
    best = 1.0
    for y in range(after.height()):
        for x in range(after.width()):
            old, new = before.pixelColor(x, y), after.pixelColor(x, y)
            if old != new:
                best = max(best, _ratio(old, new))
    return best


@pytest.mark.parametrize("look", ["light", "dark", "high_contrast"])
def test_tab_focus_is_seen_in_every_palette(make_window, look) -> None:
    window = make_window(size=(1280, 720))
    window.actions_[f"view.{look if look != 'light' else 'dark'}"].trigger()
    if look == "light":
        window.actions_["view.dark"].trigger()  # the light palette, set as the reader sets it
    try:
        dock = window.concordance
        dock.table.selectRow(0)  # Accept applies to the pair selected
        controls = {
            "only mentioned": window.reading.entities.only_mentioned,
            "filter": dock.filter,
            "tabs": dock.tabs,
            "accept": dock.accept_button,
        }
        elsewhere = window.view.panes()[0]
        weak = {}
        for name, widget in controls.items():
            seen = _focus_contrast(widget, elsewhere)
            if seen < LEAST:
                weak[name] = round(seen, 2)
        assert not weak, weak
    finally:
        if look != "light":
            window.actions_[f"view.{look}"].trigger()
