"""Room below the end of a text, so its last article can be scrolled to the top.

A text pane scrolls only until its last line reaches the bottom, so a jump to one
of the last few articles (from the outline, the concordance, or a session that
remembers Art. 14) stopped short and left an earlier article at the top. As
editors do, the scroll bar here reaches on past the end, until only a couple of
lines of the text are left at the top of the pane. Where the text itself ends
(``end_value``) stays known: Ctrl+End and following the end of a text being
written go there, not into the blank room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTextEdit

LINES_LEFT = 2
"""Lines of the text still in view at the top when scrolled all the way down."""


class ScrollRoom(QObject):
    """Keeps a pane's scroll bar reaching a pane's height (less a few lines) past the
    end of its text; Qt sets the range afresh whenever the text or the pane changes
    size, and the room is added each time."""

    def __init__(self, pane: QTextEdit) -> None:
        super().__init__(pane)
        self.pane = pane
        self.end_value = 0
        """The scroll value at which the text's last line is at the bottom of the pane."""
        self._setting = False
        pane.verticalScrollBar().rangeChanged.connect(self._range_changed)
        pane.installEventFilter(self)

    def room(self) -> int:
        viewport = self.pane.viewport().height()
        return max(0, viewport - LINES_LEFT * self.pane.fontMetrics().lineSpacing())

    def _range_changed(self, _low: int, _high: int) -> None:
        if not self._setting:
            self._extend()

    def _extend(self) -> None:
        """The range Qt gives (the text's height less the pane's), and the room."""
        pane = self.pane
        text = pane.document().documentLayout().documentSize().height()
        self.end_value = max(0, round(text) - pane.viewport().height())
        bar = pane.verticalScrollBar()
        want = self.end_value + self.room() if self._has_text() else 0
        if bar.maximum() != want:
            self._setting = True
            try:
                bar.setMaximum(want)
            finally:
                self._setting = False

    def _has_text(self) -> bool:
        return self.pane.document().characterCount() > 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # Qt sets the range only when it changes; a taller pane wants more room.
            QTimer.singleShot(0, self, self._extend)
        return False
