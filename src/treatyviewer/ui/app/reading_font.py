"""The font the texts are read in: the reader's choice when installed, else a serif."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

SERIF_FAMILIES = ("DejaVu Serif", "Noto Serif", "Liberation Serif", "Georgia", "Times New Roman")
ZOOM_RANGE = (7.0, 28.0)


def reading_font(family: str, size: float) -> QFont:
    families = set(QFontDatabase.families())
    chosen = (
        family if family in families else next((f for f in SERIF_FAMILIES if f in families), "")
    )
    font = QFont(chosen) if chosen else QFont()
    if not chosen:
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(size)
    return font
