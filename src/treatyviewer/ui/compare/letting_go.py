"""A long text's document let go a slice at a time, not in one stall.

A pane shown another document lets the previous one go. Destroying a document of a
long text (millions of characters, tens of thousands of laid-out blocks) takes a
tenth of a second or more at once on the GUI thread, and the panes of a pair too
tall for Qt change documents each time they move to another stretch (``stretches``).
So a long one has its text taken out from the end, a frame (see ``frames``) or a run
of characters per turn of the event loop, and is deleted once it is small.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
)

from .frames import last_frame

BIG = 400_000
"""Characters above which a document is let go a slice at a time."""
SLICE_S = 0.012
"""Processor time spent taking text out per turn of the event loop."""
CHUNK = 50_000
"""Characters taken out at a time from a document written without frames."""


class _Unlaid(QAbstractTextDocumentLayout):
    """The layout of a document on its way out: none."""

    def draw(self, painter: QPainter, context: QAbstractTextDocumentLayout.PaintContext) -> None:
        pass

    def hitTest(self, point: object, accuracy: Qt.HitTestAccuracy) -> int:
        return -1

    def pageCount(self) -> int:
        return 0

    def documentSize(self) -> QSizeF:
        return QSizeF()

    def frameBoundingRect(self, frame: QTextFrame) -> QRectF:
        return QRectF()

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        return QRectF()

    def documentChanged(self, position: int, removed: int, added: int) -> None:
        pass


class _LettingGo(QObject):
    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.queue: list[QTextDocument] = []
        self.timer = QTimer(self, singleShot=False, interval=0)
        self.timer.timeout.connect(self.step)

    def add(self, document: QTextDocument) -> None:
        document.setParent(self)  # (kept, whatever becomes of the pane it was in)
        # A text no longer shown needs no layout: with its own, the first text taken
        # out had the rest of a long text laid out first (seconds at 20 MB, in one
        # turn of the event loop, if it was laid out only as far as it was read).
        document.setDocumentLayout(_Unlaid(document))
        self.queue.append(document)
        self.timer.start()

    def step(self) -> None:
        began = time.thread_time()
        while self.queue and time.thread_time() - began < SLICE_S:
            document = self.queue[0]
            if document.characterCount() <= CHUNK or not _take_last(document):
                self.queue.pop(0)
                document.deleteLater()
        if not self.queue:
            self.timer.stop()


def _take_last(document: QTextDocument) -> bool:
    """Take the last frame (or the last ``CHUNK`` characters) out; False when nothing
    could be taken."""
    cursor = QTextCursor(document)
    root, frame = document.rootFrame(), last_frame(document)
    if frame is root:
        end = root.lastPosition()
        start = max(0, end - CHUNK)
    else:  # (what is left of its group after it is Qt's empty block: taken along)
        end = frame.parentFrame().lastPosition()
        start = frame.firstPosition() - 1
    if start >= end:
        return False
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    return True


_instance: list[_LettingGo] = []


def let_go(document: QTextDocument) -> None:
    """Delete ``document``: at once when it is short, a slice at a time when long."""
    if document.characterCount() < BIG:
        document.deleteLater()
        return
    if not _instance:
        _instance.append(_LettingGo(QCoreApplication.instance()))
    _instance[0].add(document)
