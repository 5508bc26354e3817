"""Span layers painted over a pane: entity mentions, noted passages, a brief flash.

They are painted on top of the laid-out text instead of being set as character
formats, so a mention or a note never hides the change colours beneath it:
a mention gets a blue outline (Okabe–Ito blue, a hue no change uses) on a pale
blue wash, a noted passage a
pale yellow-grey wash and a tick in the left margin, the passage just jumped to
a short-lived amber wash. Positions are in the pane's QTextDocument.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ...io.report_palette import NOTE_ALPHA, NOTE_TICK, NOTE_WASH
from ..common.colours import BLUE

FLASH_MS = 900
"""How long the passage jumped to stays washed in amber."""
TICK_X = 9.0
TICK_WIDTH = 4.0
"""The note tick sits in the document margin (28 px), clear of the text."""

Span = tuple[int, int, str]
"""(start, end, tooltip) in document positions."""


@dataclass(frozen=True)
class SpanStyle:
    fill: str
    alpha: int
    outline: str | None = None
    tick: str | None = None
    width: float = 1.5
    """Outline pen width."""


STYLES: dict[tuple[str, bool], SpanStyle] = {
    ("entity", False): SpanStyle("#0072B2", 30, outline=BLUE),
    # Dark: a pale outline over a faint fill, so the frame stands out from the tint.
    ("entity", True): SpanStyle("#56B4E9", 40, outline="#BFE6FF", width=2.0),
    ("annotation", False): SpanStyle(NOTE_WASH, NOTE_ALPHA, tick=NOTE_TICK),
    ("annotation", True): SpanStyle("#c9b56a", 70, tick="#e0c66e"),
    ("flash", False): SpanStyle("#E69F00", 120),
    ("flash", True): SpanStyle("#E69F00", 120),
    # The change Next/Previous Change went to: a heavy neutral frame, no fill, so the
    # change colours and strike-through stay readable inside it.
    ("current", False): SpanStyle("#000000", 0, outline="#1b1b1b", width=2.5),
    ("current", True): SpanStyle("#ffffff", 0, outline="#f2f2f2", width=2.5),
}
ORDER = ("annotation", "entity", "flash", "current")
"""Painting order: later kinds are drawn over earlier ones."""


def span_rects(document: QTextDocument, start: int, end: int) -> list[QRectF]:
    """One rectangle per laid-out line the range covers, in document coordinates."""
    rects: list[QRectF] = []
    layout = document.documentLayout()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        text_layout = block.layout()
        origin = layout.blockBoundingRect(block).topLeft()
        a = max(start, block.position()) - block.position()
        b = min(end, block.position() + block.length() - 1) - block.position()
        for i in range(text_layout.lineCount() if text_layout is not None else 0):
            line = text_layout.lineAt(i)
            s = max(a, line.textStart())
            e = min(b, line.textStart() + line.textLength())
            if s >= e:
                continue
            # right to left (Arabic, Hebrew) the range's end stands left of its start
            x1, x2 = sorted(
                (float(line.cursorToX(s)[0]), float(line.cursorToX(e)[0]))  # type: ignore[index]
            )
            rects.append(
                QRectF(origin.x() + x1, origin.y() + line.y(), max(2.0, x2 - x1), line.height())
            )
        block = block.next()
    return rects


class SpanOverlay(QObject):
    """The span layers of one pane; the pane calls ``paint`` after drawing its text."""

    def __init__(self, pane: QTextEdit) -> None:
        super().__init__(pane)
        self.pane = pane
        self.dark = False
        self.layers: dict[str, list[Span]] = {}
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.set_spans("flash", []))

    def set_spans(self, kind: str, spans: list[Span]) -> None:
        self.layers[kind] = sorted(spans)
        self.pane.viewport().update()

    def spans(self, kind: str) -> list[Span]:
        return list(self.layers.get(kind, []))

    def clear(self) -> None:
        self.layers.clear()
        self.pane.viewport().update()

    def flash(self, start: int, end: int) -> None:
        self.set_spans("flash", [(start, end, "")])
        self._flash_timer.start()

    def tooltip_at(self, position: int) -> str:
        tips = [t for s, e, t in self.layers.get("annotation", []) if s <= position < e and t]
        return "\n\n".join(tips)

    def paint(self) -> None:
        if not any(self.layers.values()):
            return
        pane = self.pane
        viewport = pane.viewport()
        first = pane.cursorForPosition(QPoint(0, 0)).position()
        last = pane.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        dx = -pane.horizontalScrollBar().value()
        dy = -pane.verticalScrollBar().value()
        painter = QPainter(viewport)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(dx, dy)
        for kind in ORDER:
            style = STYLES.get((kind, self.dark))
            for start, end, _tip in self.layers.get(kind, []):
                if style is None or end < first or start > last:
                    continue
                rects = span_rects(pane.document(), start, max(end, start + 1))
                if end <= start:  # an insertion point: a bar where the text would be
                    rects = [QRectF(r.left() - 1.0, r.top(), 2.0, r.height()) for r in rects[:1]]
                self._paint_span(painter, style, rects)
        painter.end()

    def _paint_span(self, painter: QPainter, style: SpanStyle, rects: list[QRectF]) -> None:
        if not rects:
            return
        fill = QColor(style.fill)
        fill.setAlpha(style.alpha)
        for rect in rects:
            if style.outline:
                painter.setPen(QPen(QColor(style.outline), style.width))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect.adjusted(-1.5, -0.5, 1.5, 0.5), 3.0, 3.0)
            else:
                painter.fillRect(rect, fill)
        if style.tick:
            top, bottom = rects[0].top(), rects[-1].bottom()
            painter.fillRect(QRectF(TICK_X, top, TICK_WIDTH, bottom - top), QColor(style.tick))
