"""How the texts look: their font and size, and the colour scheme.

The reader's choices are remembered in the settings, whatever session is open: the
text size suits the reader's eyes and screen, not the work, so a session does not
record it and zooming leaves a saved session saved (a size saved with a session by
an earlier version is not applied). The window's parts follow through the two
signals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ..common.colours import Scheme, apply_palette, scheme
from ..state.settings import Settings
from .reading_font import ZOOM_RANGE, reading_font


def _clamped(size: float) -> float:
    return max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], size))


class TextLook(QObject):
    fontChanged = Signal()
    """The font or its size changed (``font()`` gives the new one)."""
    schemeChanged = Signal()
    """Dark or high-contrast colours were switched (``scheme`` holds the new ones)."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.scheme: Scheme = scheme(settings.get("dark"), settings.get("high_contrast"))
        self.size: float = settings.get("font_size")

    def font(self) -> QFont:
        return reading_font(self.settings.get("font_family"), self.size)

    def zoom(self, step: int) -> None:
        """One point larger or smaller; 0 goes back to the default size."""
        default = float(str(self.settings.store.value("view/font_size_default", 11.5)))
        self.size = _clamped(default if step == 0 else self.size + step)
        self.settings.set("font_size", self.size)
        self.fontChanged.emit()

    def choose_font(self, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("MainWindow", "Font of the texts")
        from PySide6.QtWidgets import QFontDialog  # on first use

        ok, font = QFontDialog.getFont(self.font(), parent, title)
        if ok:
            self.settings.set("font_family", font.family())
            self.size = font.pointSizeF()
            self.settings.set("font_size", self.size)
            self.fontChanged.emit()

    def set_dark(self, on: bool) -> None:
        """Dark or light colours, with the high-contrast choice of the settings."""
        self.settings.set("dark", on)
        contrast = bool(self.settings.get("high_contrast"))
        self.scheme = scheme(on, contrast)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, on, contrast)
        self.schemeChanged.emit()
