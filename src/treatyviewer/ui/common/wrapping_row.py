"""A row of controls that puts them one under the other when it is too narrow.

Side by side, two check boxes in a dock beside the texts need about 270 px in
English and 300 px in Russian or Turkish; the dock is 276 px wide in a 1024 px
window, so the longer captions pushed the whole panel sideways under a scroll bar.
The row asks only for its widest control's width and stacks the controls whenever
it gets less than they need side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

Direction = QBoxLayout.Direction


class WrappingRow(QWidget):
    def __init__(self, controls: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls = tuple(controls)
        self.box = QBoxLayout(Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for control in self.controls:
            self.box.addWidget(control)
        self.box.addStretch(1)

    def side_by_side_width(self) -> int:
        gaps = max(0, self.box.spacing()) * (len(self.controls) - 1)
        return sum(c.sizeHint().width() for c in self.controls) + gaps

    def stacked(self) -> bool:
        return self.box.direction() == Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max((c.minimumSizeHint().width() for c in self.controls), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # captions changed (another language)
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        wanted = (
            Direction.LeftToRight if width >= self.side_by_side_width() else Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
