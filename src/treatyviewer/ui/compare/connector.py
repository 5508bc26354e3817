"""The band between the panes (Meld's linkmap): one curved band per pair on screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..common.colours import Scheme
from .pane import ComparisonPane


@dataclass(frozen=True)
class Band:
    """Document-coordinate y ranges on each side and the status that colours the band."""

    old: tuple[float, float]
    new: tuple[float, float]
    status: str


class ConnectorBand(QWidget):
    WIDTH = 44

    def __init__(self, old: ComparisonPane, new: ComparisonPane, scheme: Scheme) -> None:
        super().__init__()
        self.panes = (old, new)
        self.scheme = scheme
        self.bands: list[Band] = []
        self.swapped = False
        """The older pane is on the right: bands start from the right edge."""
        self.setAccessibleName(self.tr("Article connectors"))
        self.setToolTip(self.tr("Each band joins an article to its counterpart"))
        self.band_source: Callable[[], list[Band]] = lambda: []
        for pane in self.panes:
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(self.WIDTH, 100)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.WIDTH // 2, 10)

    def set_bands(self, bands: list[Band]) -> None:
        self.bands = bands
        self.update()

    def _offset(self, pane: ComparisonPane) -> float:
        """Where document y=0 of the pane is, in this widget's coordinates, at its scroll."""
        origin = pane.viewport().mapTo(self.window(), QPoint(0, 0)).y()
        mine = self.mapTo(self.window(), QPoint(0, 0)).y()
        return origin - mine - pane.verticalScrollBar().value()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        off_old, off_new = self._offset(self.panes[0]), self._offset(self.panes[1])
        mid = w / 2
        x_old, x_new = (w, 0.0) if self.swapped else (0.0, w)
        for band in self.bands:
            o1, o2 = band.old[0] + off_old, band.old[1] + off_old
            n1, n2 = band.new[0] + off_new, band.new[1] + off_new
            if max(o2, n2) < 0 or min(o1, n1) > h:
                continue
            path = QPainterPath(QPointF(x_old, o1))
            path.cubicTo(QPointF(mid, o1), QPointF(mid, n1), QPointF(x_new, n1))
            path.lineTo(QPointF(x_new, n2))
            path.cubicTo(QPointF(mid, n2), QPointF(mid, o2), QPointF(x_old, o2))
            path.closeSubpath()
            if self.scheme.high_contrast:  # saturated fill, a black edge
                painter.fillPath(path, self.scheme.status(band.status))
                painter.setPen(QPen(Qt.GlobalColor.black, 1.0))
            else:
                painter.fillPath(path, self.scheme.status_tint(band.status, 90))
                edge = self.scheme.status(band.status)
                edge.setAlpha(170)
                painter.setPen(QPen(edge, 1.0))
            painter.drawPath(path)
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.SolidLine))
        painter.end()
