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

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ..common.colours import Scheme
from .pane import ComparisonPane

LONG_BAND = 4000.0
"""Pixels a band may span (top of one end to bottom of the other) to be found by where it
begins; longer ones are few (moved articles) and are always looked at."""


TAB_SHARE = 0.4
"""How far across the strip the wedge of a band whose other end is off screen reaches."""
TAB_RISE = 10.0
"""Pixels the wedge's tip rises (or falls) toward the end off screen."""


@dataclass(frozen=True)
class Band:
    """Document-coordinate y ranges on each side and the status that colours the band."""

    old: tuple[float, float]
    new: tuple[float, float]
    status: str


def _top(band: Band) -> float:
    return min(band.old[0], band.new[0])


def _long(band: Band) -> bool:
    return max(band.old[1], band.new[1]) - _top(band) > LONG_BAND


def _by_top(bands: list[Band]) -> tuple[list[float], list[Band], list[Band]]:
    """The short bands by where they begin (and those beginnings), then the long ones.
    (Written out, not through ``_top`` and ``_long``: a 20 MB pair has tens of thousands
    of bands, all sorted in the turn its last article is written.)"""
    tops = [min(b.old[0], b.new[0]) for b in bands]
    long = [max(b.old[1], b.new[1]) - top > LONG_BAND for b, top in zip(bands, tops, strict=True)]
    short = sorted((n for n in range(len(bands)) if not long[n]), key=tops.__getitem__)
    starts = [tops[n] for n in short]
    return (
        starts,
        [bands[n] for n in short],
        [b for b, is_long in zip(bands, long, strict=True) if is_long],
    )


class ConnectorBand(QWidget):
    WIDTH = 44

    def __init__(self, old: ComparisonPane, new: ComparisonPane, scheme: Scheme) -> None:
        super().__init__()
        self.panes = (old, new)
        self.scheme = scheme
        self._given_list: list[Band] = []
        self._given_count = 0
        self._more: list[Band] = []
        self._starts: list[float] = []
        self._sorted: list[Band] = []
        """The bands that span at most ``LONG_BAND``, by where they begin (``_starts``)."""
        self._long: list[Band] = []
        self._more_starts: list[float] = []
        self._more_sorted: list[Band] = []
        self._more_long: list[Band] = []
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

    @property
    def bands(self) -> list[Band]:
        """Every band, in the order given."""
        return [*self._given_list[: self._given_count], *self._more]

    def set_bands(self, bands: list[Band], more: list[Band] | None = None) -> None:
        """Show ``bands`` and ``more``. A text being written hands the same list of
        ``bands`` again each time, longer (only what was added is looked at then), and
        the few that change each time (the added and removed articles') as ``more``."""
        grown = bands is self._given_list and len(bands) >= self._given_count
        if not grown:
            self._starts, self._sorted, self._long = [], [], []
            self._given_count = 0
        self._given_list = bands
        self._index(bands[self._given_count :])
        self._given_count = len(bands)
        self._more = list(more or [])
        self._more_starts, self._more_sorted, self._more_long = _by_top(self._more)
        self.update()

    def _index(self, added: list[Band]) -> None:
        if not self._starts and not self._long:  # all at once: one sort, not an insert each
            self._starts, self._sorted, self._long = _by_top(added)
            return
        for band in added:
            if _long(band):
                self._long.append(band)
                continue
            top = _top(band)
            at = bisect_right(self._starts, top)
            self._starts.insert(at, top)
            self._sorted.insert(at, band)

    def _near(self, low: float, high: float) -> list[Band]:
        """The bands that may reach ``[low, high]`` (document heights)."""
        out = []
        for starts, ordered in (
            (self._starts, self._sorted),
            (self._more_starts, self._more_sorted),
        ):
            first = bisect_left(starts, low - LONG_BAND)
            out.extend(ordered[first : bisect_right(starts, high)])
        return [*out, *self._long, *self._more_long]

    def _offset(self, pane: ComparisonPane) -> float:
        """Where document y=0 of the pane is, in this widget's coordinates, at its scroll."""
        origin = pane.viewport().mapTo(self.window(), QPoint(0, 0)).y()
        mine = self.mapTo(self.window(), QPoint(0, 0)).y()
        return origin - mine - pane.verticalScrollBar().value()

    def _text_rows(self) -> tuple[float, float]:
        """The rows of this widget beside both panes' texts (their headers above, a
        scroll bar below, are not), in this widget's coordinates."""
        mine = self.mapTo(self.window(), QPoint(0, 0)).y()
        tops, bottoms = [], []
        for pane in self.panes:
            top = pane.viewport().mapTo(self.window(), QPoint(0, 0)).y() - mine
            tops.append(top)
            bottoms.append(top + pane.viewport().height())
        return float(max(0, *tops)), float(min(self.height(), *bottoms))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        # Only beside the texts: a band of an article above the view had reached into
        # the row of the panes' titles.
        top, bottom = self._text_rows()
        painter.setClipRect(QRectF(0.0, top, w, max(0.0, bottom - top)))
        off_old, off_new = self._offset(self.panes[0]), self._offset(self.panes[1])
        mid = w / 2
        x_old, x_new = (w, 0.0) if self.swapped else (0.0, w)
        low, high = -max(off_old, off_new), h - min(off_old, off_new)
        for band in self._near(low, high):
            o1, o2 = band.old[0] + off_old, band.old[1] + off_old
            n1, n2 = band.new[0] + off_new, band.new[1] + off_new
            old_seen, new_seen = o2 >= top and o1 <= bottom, n2 >= top and n1 <= bottom
            near = o2 >= -h and o1 <= 2 * h and n2 >= -h and n1 <= 2 * h
            if (old_seen or new_seen) and near:  # both ends within a screen of the view
                path = QPainterPath(QPointF(x_old, o1))
                path.cubicTo(QPointF(mid, o1), QPointF(mid, n1), QPointF(x_new, n1))
                path.lineTo(QPointF(x_new, n2))
                path.cubicTo(QPointF(mid, n2), QPointF(mid, o2), QPointF(x_old, o2))
                path.closeSubpath()
            elif old_seen:
                path = _tab(x_old, x_new, (o1, o2), n1, (top, bottom))
            elif new_seen:
                path = _tab(x_new, x_old, (n1, n2), o1, (top, bottom))
            else:  # both ends far off screen: a band across the strip says nothing readable
                continue
            self._fill(painter, path, band.status)
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.SolidLine))
        painter.end()

    def _fill(self, painter: QPainter, path: QPainterPath, status: str) -> None:
        if self.scheme.high_contrast:  # saturated fill, a black edge
            painter.fillPath(path, self.scheme.status(status))
            painter.setPen(QPen(Qt.GlobalColor.black, 1.0))
        else:
            painter.fillPath(path, self.scheme.status_tint(status, 90))
            edge = self.scheme.status(status)
            edge.setAlpha(170)
            painter.setPen(QPen(edge, 1.0))
        painter.drawPath(path)


def _tab(
    x_seen: float,
    x_other: float,
    seen: tuple[float, float],
    other: float,
    rows: tuple[float, float],
) -> QPainterPath:
    """A short wedge at the end on screen, pointing up or down toward the other end
    (off screen): a moved article's band no longer crosses the whole strip. ``rows``:
    the strip's rows beside the texts."""
    first, last = rows
    top, bottom = max(seen[0], first), min(seen[1], last)
    reach = x_seen + (x_other - x_seen) * TAB_SHARE
    tip = top - TAB_RISE if other < seen[0] else bottom + TAB_RISE
    path = QPainterPath(QPointF(x_seen, top))
    path.lineTo(QPointF(reach, min(max(tip, first), last)))
    path.lineTo(QPointF(x_seen, bottom))
    path.closeSubpath()
    return path
