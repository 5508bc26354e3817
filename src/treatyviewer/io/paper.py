"""Text documents drawn on paper: black on white whatever the window's palette.

A QTextDocument takes the colour of text it does not colour itself from the
application's palette, so a PDF exported while the window was in its dark palette
came out light grey on white, nearly unreadable.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextBlock,
    QTextDocument,
)


def paper_palette() -> QPalette:
    palette = QPalette()
    ink, paper = QColor("#000000"), QColor("#FFFFFF")
    for role, colour in (
        (QPalette.ColorRole.Text, ink),
        (QPalette.ColorRole.WindowText, ink),
        (QPalette.ColorRole.Base, paper),
        (QPalette.ColorRole.Window, paper),
        (QPalette.ColorRole.Link, QColor("#1A4F8B")),
        (QPalette.ColorRole.LinkVisited, QColor("#1A4F8B")),
        (QPalette.ColorRole.Highlight, QColor("#CCE0F5")),
        (QPalette.ColorRole.HighlightedText, ink),
    ):
        palette.setColor(role, colour)
    return palette


EDGE = 1.0
"""Device pixels of a page's top and bottom edge that do not make a line the page's."""


def draw_on_paper(doc: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """Draw the part of ``doc`` within ``clip`` (document coordinates), and no line of it
    outside: a line drawn clipped is invisible, but its words stay in the PDF's text, so
    a search, a copy or a screen reader finds them twice."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    # A line that only touches the page's edge (ending exactly where the page ends) is
    # not the page's.
    context.clip = clip.adjusted(0, EDGE, 0, -EDGE)
    painter.save()
    painter.setClipRect(clip)  # the layout draws every block the clip touches
    # A paragraph that runs on from the page before is drawn by its lines: the layout
    # draws each paragraph from the last line above the clip (one line of every column
    # of an article carried over, under the running head).
    cut = _cut_at(doc, context.clip.top())
    for block, _ in cut:
        block.setVisible(False)  # skipped when drawn; its layout is kept as it is
    try:
        doc.documentLayout().draw(painter, context)
    finally:
        for block, _ in cut:
            block.setVisible(True)
    painter.setPen(context.palette.color(QPalette.ColorRole.Text))
    for block, at in cut:
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            if line.rect().translated(at).intersects(context.clip):
                line.draw(painter, at)
    painter.restore()


def _cut_at(doc: QTextDocument, top: float) -> list[tuple[QTextBlock, QPointF]]:
    """The paragraphs with lines both above and below ``top``, each with where its lines
    are drawn from (its layout's place in the document)."""
    return [(block, at) for block, at, bottom in _paragraphs(doc) if at.y() < top < bottom]


_PARAGRAPHS: weakref.WeakKeyDictionary[
    QTextDocument, tuple[tuple[int, int], list[tuple[QTextBlock, QPointF, float]]]
] = weakref.WeakKeyDictionary()
"""A document's paragraphs of more than one line, found once for all its pages."""


def _paragraphs(doc: QTextDocument) -> list[tuple[QTextBlock, QPointF, float]]:
    """Each paragraph of ``doc`` of more than one line: where its lines are drawn from
    and the bottom of its last line (document coordinates)."""
    state = (doc.revision(), doc.pageCount())
    known = _PARAGRAPHS.get(doc)
    if known is not None and known[0] == state:
        return known[1]
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        lines = block.layout().lineCount()
        if lines > 1 and block.isVisible():
            at = layout.blockBoundingRect(block).topLeft()
            bottom = block.layout().lineAt(lines - 1).rect().translated(at).bottom()
            found.append((block, at, bottom))
        block = block.next()
    _PARAGRAPHS[doc] = (state, found)
    return found
