"""A tab bar whose tabs are named in full where there is room for all of them, and by
their short names where there is not, so that no name is cut behind scroll arrows; it
is never narrower than its short names (the dock that holds it stops there).

The outline's "Older text" and "Newer text" fit a narrow dock in English, but in
Russian "Поздний т…" was cut, with arrows to scroll a bar of two tabs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabBar, QWidget


class FittingTabBar(QTabBar):
    """Tabs named ``full`` (each with its full name as tooltip), ``short`` when those
    do not fit the bar's width."""

    def __init__(
        self, full: Sequence[str], short: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.full, self.short = list(full), list(short)
        self._fitting = False
        self.setExpanding(False)
        for name in self.full:
            self.setTabToolTip(self.addTab(name), name)

    def needs(self, names: Sequence[str]) -> int:
        """The width of tabs named ``names`` side by side."""
        metrics = self.fontMetrics()
        return sum(
            self.tabSizeHint(i).width()
            - metrics.horizontalAdvance(self.tabText(i))
            + metrics.horizontalAdvance(name)
            for i, name in enumerate(names)
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(self.needs(self.short), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            names = self.full if self.needs(self.full) <= self.width() else self.short
            for i, name in enumerate(names):
                if self.tabText(i) != name:
                    self.setTabText(i, name)
        finally:
            self._fitting = False
