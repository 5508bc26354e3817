"""A ring drawn around a text pane while it has the keyboard focus.

The reading panes showed nothing but a thin caret when they took the focus, so a
reader working by keyboard could not tell which text Page Down would move. The ring
is a transparent child laid over the pane: it takes no clicks and paints only a
frame in the palette's highlight colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

RING_WIDTH = 2


class FocusRing(QWidget):
    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.target and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setGeometry(self.target.rect())
            self.setVisible(kind == QEvent.Type.FocusIn)
            self.raise_()
        elif watched is self.target and kind == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
