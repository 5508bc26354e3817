"""Ctrl+End (or the scroll bar dragged to its end) while a long text is still being
written: go to its end, wherever it gets.

The panes of a long text grow from the event loop (``progressive``); the end a
pane knows at the key press is only the end written so far. The view then keeps
the pane at its end as it grows, until the whole text is written or the reader
moves on by hand (another key, the wheel, the scroll bar).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from .pane import ComparisonPane

MOVES_BY_HAND = (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress)


class EndFollower(QObject):
    following = Signal()
    """Ctrl+End was pressed while the text is written: the pane follows its end (the
    window tells the reader why the end keeps moving)."""

    def __init__(
        self,
        panes: tuple[ComparisonPane, ...],
        writing: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writing = writing
        self.following_pane: ComparisonPane | None = None
        """The pane kept at its end while the text is written (None: none)."""
        for pane in panes:
            pane.installEventFilter(self)
            pane.viewport().installEventFilter(self)
            bar = pane.verticalScrollBar()
            bar.rangeChanged.connect(lambda _lo, _hi, p=pane: self._grown(p))
            bar.sliderPressed.connect(self.stop)
            bar.sliderReleased.connect(lambda p=pane: self._released(p))

    def stop(self) -> None:
        self.following_pane = None

    def follow(self, pane: ComparisonPane) -> None:
        """Keep ``pane`` at its end while its text is written (Ctrl+End)."""
        self.following_pane = pane
        self._grown(pane)
        if self.writing():
            self.following.emit()

    def _released(self, pane: ComparisonPane) -> None:
        """The scroll bar dragged to its end while the text is written: the reader
        wants the end of the text, not of what is written so far (as Ctrl+End)."""
        bar = pane.verticalScrollBar()
        if bar.value() >= pane.scroll_room.end_value and self.writing():
            self.following_pane = pane
            self._grown(pane)
            self.following.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOVES_BY_HAND:
            self.stop()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            to_end = event.key() == Qt.Key.Key_End and bool(
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            self.stop()
            if to_end and self.writing() and isinstance(watched, ComparisonPane):
                self.following_pane = watched
                self._grown(watched)
                self.following.emit()
        return False

    def _grown(self, pane: ComparisonPane) -> None:
        if pane is not self.following_pane:
            return
        cursor = pane.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        pane.setTextCursor(cursor)  # (in the hidden block after the last frame: first)
        bar = pane.verticalScrollBar()
        bar.setValue(pane.scroll_room.end_value)  # the end of the text, not the room past it
        if not self.writing():
            self.stop()  # the whole text is written: its end is the end
