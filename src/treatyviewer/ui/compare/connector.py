"""The band between the panes (Meld's linkmap): one curved band per pair on screen.

A long text has tens of thousands of bands and the band is painted at every step of a
scroll, so the bands are kept sorted by where they begin and a paint looks only at
those that can reach the screen (bands that span more than ``LONG_BAND``, a moved
article's, are looked at on every paint).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..common.colours import Scheme
from .pane import ComparisonPane

LONG_BAND = 4000.0
"""Pixels a band may span (top of one end to bottom of the other) to be found by where it
begins; longer ones are few (moved articles) and are always looked at."""


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
        self._starts: list[float] = []
        self._sorted: list[Band] = []
        """The bands that span at most ``LONG_BAND``, by where they begin (``_starts``)."""
        self._long: list[Band] = []
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
        short = []
        self._long = []
        for band in bands:
            top, bottom = min(band.old[0], band.new[0]), max(band.old[1], band.new[1])
            if bottom - top > LONG_BAND:
                self._long.append(band)
            else:
                short.append((top, band))
        short.sort(key=lambda item: item[0])
        self._starts = [top for top, _band in short]
        self._sorted = [band for _top, band in short]
        self.update()

    def _near(self, low: float, high: float) -> list[Band]:
        """The bands that may reach ``[low, high]`` (document heights), in their order."""
        first = bisect_left(self._starts, low - LONG_BAND)
        last = bisect_right(self._starts, high)
        return [*self._sorted[first:last], *self._long]

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
        low, high = -max(off_old, off_new), h - min(off_old, off_new)
        for band in self._near(low, high):
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
