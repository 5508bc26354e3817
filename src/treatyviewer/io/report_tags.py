"""A change's class tag ("case", "punct.") drawn as outlines, outside the PDF's text.

The tag is a note about the text, set small and raised after the change. Written as
text, it ran into the words a reader copies or searches in the PDF: "The Contracting
Parties" came out of the page as "Thecase Contracting Parties". Drawn as the outlines
of its letters it looks the same and stays out of the text layer, so a quotation
copied from the PDF is the treaty's wording alone (the page's legend says what the
tags mean).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPainterPath,
    QPyTextObject,
    QRawFont,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

TAG_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
TAG_TEXT = int(QTextFormat.Property.UserProperty) + 1
TAG_BODY_PT = TAG_TEXT + 1
RISE = 0.3
"""How far the tag's baseline sits above the line's, in ems of the text beside it."""
OBJECT_CHARACTER = "\ufffc"
"""What a tag is in the document's text: the one character Qt gives an inline object."""


def tag_format(text: str, look: QTextCharFormat, body_pt: float) -> QTextCharFormat:
    """The format of the object character that stands for tag ``text``, drawn in the
    font and colour of ``look`` and raised as superscript beside ``body_pt`` text."""
    fmt = QTextCharFormat(look)
    fmt.setObjectType(TAG_OBJECT)
    fmt.setProperty(TAG_TEXT, text)
    fmt.setProperty(TAG_BODY_PT, body_pt)
    return fmt


class TagPainter(QPyTextObject):
    """Lays out and draws the tags of one document (``install``). (A Python class
    deriving from both QObject and QTextObjectInterface is not taken as a handler.)"""

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        char = fmt.toCharFormat()
        raw, rise = _raw_font(doc, char)
        width = sum(a.x() for a in raw.advancesForGlyphIndexes(_glyphs(raw, char)))
        return QSizeF(width, raw.ascent() + rise)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        _pos: int,
        fmt: QTextFormat,
    ) -> None:
        char = fmt.toCharFormat()
        raw, _rise = _raw_font(doc, char)
        glyphs = _glyphs(raw, char)
        path = QPainterPath()
        x, baseline = rect.left(), rect.top() + raw.ascent()
        for glyph, advance in zip(glyphs, raw.advancesForGlyphIndexes(glyphs), strict=True):
            path.addPath(raw.pathForGlyph(glyph).translated(QPointF(x, baseline)))
            x += advance.x()
        painter.fillPath(path, char.foreground().color())


def install(doc: QTextDocument) -> TagPainter:
    """Have ``doc`` draw its tags; the caller keeps the painter for as long as the
    document is laid out or drawn."""
    painter = TagPainter()
    doc.documentLayout().registerHandler(TAG_OBJECT, painter)
    return painter


def _raw_font(doc: QTextDocument, char: QTextCharFormat) -> tuple[QRawFont, float]:
    """The tag's font at the size it has on the device the document is laid out for,
    and how far its baseline is raised there."""
    device = doc.documentLayout().paintDevice()
    dpi = device.logicalDpiY() if device is not None else 96
    font = QFont(char.font())
    raw = QRawFont.fromFont(font)
    raw.setPixelSize(font.pointSizeF() * dpi / 72)
    body_pt = float(char.property(TAG_BODY_PT) or font.pointSizeF())
    return raw, RISE * body_pt * dpi / 72


def _glyphs(raw: QRawFont, char: QTextCharFormat) -> list[int]:
    return list(raw.glyphIndexesForString(str(char.property(TAG_TEXT))))
