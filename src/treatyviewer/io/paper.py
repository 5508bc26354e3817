"""Text documents drawn on paper: black on white whatever the window's palette.

A QTextDocument takes the colour of text it does not colour itself from the
application's palette, so a PDF exported while the window was in its dark palette
came out light grey on white, nearly unreadable.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument


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
    """Draw the part of ``doc`` within ``clip`` (document coordinates)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    # A line that only touches the page's edge (ending exactly where the page ends) is
    # not the page's: drawn clipped it is invisible but its words stay in the PDF, so a
    # search or a copy finds them twice.
    context.clip = clip.adjusted(0, EDGE, 0, -EDGE)
    painter.save()
    painter.setClipRect(clip)  # the layout draws every block the clip touches
    doc.documentLayout().draw(painter, context)
    painter.restore()
