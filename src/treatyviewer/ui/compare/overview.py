"""The overview bar (Meld's diffmap): every change over the whole text, clickable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

MARK_COLOUR = "#5b4a12"
MARK_COLOUR_DARK = "#e0c66e"
"""Notches for noted passages: olive (pale on a dark palette), apart from every change colour."""


@dataclass(frozen=True)
class Tick:
    start: float
    """Fraction of the whole text height, 0..1."""
    end: float
    colour: str
    column: int = 0
    """0: old side (left half), 1: new side (right half)."""


class OverviewBar(QWidget):
    jumpRequested = Signal(float)
    """Fraction of the text height to centre on."""
    WIDTH = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticks: list[Tick] = []
        self.marks: list[tuple[float, int]] = []
        """Noted passages: (fraction of the text height, column), drawn as notches."""
        self.view = (0.0, 1.0)
        self._cache: QPixmap | None = None
        self.setAccessibleName(self.tr("Overview of changes"))
        self.setToolTip(self.tr("Every change in the texts; click to go there"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 100)

    def set_ticks(self, ticks: list[Tick]) -> None:
        self.ticks = ticks
        self._cache = None
        self.update()

    def set_marks(self, marks: list[tuple[float, int]]) -> None:
        if marks != self.marks:
            self.marks = marks
            self._cache = None
            self.update()

    def set_view(self, start: float, end: float) -> None:
        if (start, end) != self.view:
            self.view = (start, end)
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def _pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pix = QPixmap(self.size() * ratio)
        pix.setDevicePixelRatio(ratio)
        pix.fill(self.palette().base().color())
        painter = QPainter(pix)
        h, w = float(self.height() - 4), float(self.width())
        half = w / 2
        for tick in self.ticks:
            y = 2 + tick.start * h
            height = max(2.0, (tick.end - tick.start) * h)
            painter.fillRect(
                QRectF(tick.column * half + 1, y, half - 1, height), QColor(tick.colour)
            )
        light = self.palette().base().color().lightness() > 128
        notch = QColor(MARK_COLOUR if light else MARK_COLOUR_DARK)
        for fraction, column in self.marks:
            y = 2 + fraction * h
            x = 0.0 if column == 0 else w
            direction = 1.0 if column == 0 else -1.0
            painter.setBrush(notch)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(
                QPolygonF([QPointF(x, y - 3), QPointF(x + direction * 6, y), QPointF(x, y + 3)])
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        painter.end()
        return pix

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None:
            self._cache = self._pixmap()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        h = float(self.height())
        start, end = self.view
        handle = QRectF(0.5, start * h, self.width() - 1.0, max(6.0, (end - start) * h))
        colour = self.palette().text().color()
        colour.setAlpha(40)
        painter.fillRect(handle, colour)
        colour.setAlpha(160)
        painter.setPen(colour)
        painter.drawRect(handle)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.jumpRequested.emit(max(0.0, min(1.0, event.position().y() / max(1, self.height()))))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.mousePressEvent(event)
