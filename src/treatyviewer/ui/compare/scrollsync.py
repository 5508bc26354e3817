"""Keep two panes aligned while either scrolls, by the pair at the viewport centre."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject

from .pane import ComparisonPane


class ScrollSync(QObject):
    """Maps a scroll position on one side to the other through aligned anchor heights."""

    def __init__(self, old: ComparisonPane, new: ComparisonPane) -> None:
        super().__init__(old)
        self.panes = (old, new)
        self.points: list[tuple[float, float]] = [(0.0, 0.0)]
        self._columns: tuple[list[float], list[float]] = ([0.0], [0.0])
        """The points' old and new heights apart (read by every ``map``)."""
        self.enabled = True
        self._busy = False
        old.verticalScrollBar().valueChanged.connect(lambda v: self._follow(0, v))
        new.verticalScrollBar().valueChanged.connect(lambda v: self._follow(1, v))

    def set_points(self, points: list[tuple[float, float]]) -> None:
        """Increasing (old y, new y) pairs that must face each other."""
        clean: list[tuple[float, float]] = [(0.0, 0.0)]
        for a, b in sorted(points):
            if a > clean[-1][0] and b > clean[-1][1]:
                clean.append((a, b))
        self.points = clean
        self._columns = ([p[0] for p in clean], [p[1] for p in clean])

    def map(self, side: int, y: float) -> float:
        src, dst = self._columns[side], self._columns[1 - side]
        k = bisect_right(src, y) - 1
        if k >= len(src) - 1:
            return dst[-1] + (y - src[-1])
        k = max(k, 0)
        span = src[k + 1] - src[k]
        t = (y - src[k]) / span if span else 0.0
        return dst[k] + t * (dst[k + 1] - dst[k])

    def _follow(self, side: int, value: int) -> None:
        if self._busy or not self.enabled:
            return
        source, target = self.panes[side], self.panes[1 - side]
        if not target.isVisible() and not source.isVisible():
            return
        half = source.viewport().height() / 2
        centre = self.map(side, value + half)
        self._busy = True
        try:
            target.verticalScrollBar().setValue(round(centre - target.viewport().height() / 2))
        finally:
            self._busy = False

    def resync(self, side: int = 1) -> None:
        self._follow(side, self.panes[side].verticalScrollBar().value())
