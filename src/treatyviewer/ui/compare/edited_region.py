"""A pane repaints only the part of its text that an edit can have changed.

Qt's layout reports an edit inside a child frame as a change of the whole text
(a rectangle from the top, as high as can be), and a long text sits in frames
(see ``frames``): every step that wrote the next articles far below the view,
and every article parked or woken far from it, repainted all that the pane
shows (a 20 MB pair: some 2,700 whole-view paints, an eighth of the time it
takes to write it). The code that edits a long text knows where the edit can
reach: it says so around the edit (``edits_between``), and the pane repaints
the part of that band it shows. An edit nobody bounded repaints what Qt says,
as a plain text view does.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QScrollBar, QWidget

REGION = "editedRegion"
"""The document's dynamic property holding (top, bottom) of the edit under way."""


@contextmanager
def edits_between(document: QTextDocument, top: float, bottom: float = math.inf) -> Iterator[None]:
    """Edits of ``document`` within this block change nothing outside ``[top, bottom]``
    (document coordinates): text above an edit keeps its place, and below it too when
    the edit keeps every height."""
    before = document.property(REGION)
    document.setProperty(REGION, (top, bottom))
    try:
        yield
    finally:
        document.setProperty(REGION, before)


class Scrolled(Protocol):
    def document(self) -> QTextDocument: ...
    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def horizontalScrollBar(self) -> QScrollBar: ...


def repaint_edited_only(pane: Scrolled) -> None:
    """Take the pane's document's layout updates from Qt's text view (call after each
    ``setDocument``) and repaint what they change, bounded as said above."""
    layout = pane.document().documentLayout()
    layout.update.disconnect()  # (the view's own link, made by setDocument)
    layout.update.connect(lambda rect: repaint(pane, rect))


def repaint(pane: Scrolled, rect: QRectF) -> None:
    """What Qt's text view does with a layout update, within the edit's bounds."""
    if not rect.isValid():
        pane.viewport().update()
        return
    region = pane.document().property(REGION)
    if region is not None:
        top, bottom = region
        low, high = max(rect.top(), top), min(rect.bottom(), bottom)
        if high <= low:
            return
        rect = QRectF(rect.left(), low, rect.width(), high - low)
    x, y = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    view = pane.viewport()
    shown = QRectF(x, y, view.width(), view.height())
    part: QRect = rect.intersected(shown).toAlignedRect()
    if not part.isEmpty():
        view.update(part.translated(-x, -y))
