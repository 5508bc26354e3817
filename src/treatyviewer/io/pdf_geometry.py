"""Where things landed on the PDF pages: positions in the laid-out Qt document mapped to
pages and PDF points, for the features pypdf adds (links, highlights, bookmarks)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QTextLine

if TYPE_CHECKING:
    from .report_textdoc import TextDocLayout

HEAD_PT, FOOT_PT = 22.0, 20.0
"""Running head and foot of every page, in points."""


def x_at(line: QTextLine, pos: int) -> float:
    """``QTextLine.cursorToX`` returns ``(x, pos)`` in PySide6; older bindings a float."""
    value = line.cursorToX(pos)  # typed as object in the stubs
    return float(value[0] if isinstance(value, tuple) else cast(float, value))


@dataclass(frozen=True)
class Quad:
    page: int
    x1: float
    y1: float
    x2: float
    y2: float
    """Device pixels; y relative to the top of the page body."""
    edge: float = 0.0
    """Where the line's column starts (a noted passage's bar goes just left of it)."""


class PageGeometry:
    """Maps positions in the laid-out Qt document to pages and PDF points."""

    def __init__(self, out: TextDocLayout, writer: QPagedPaintDevice, body_height: float):
        self.out = out
        self.doc = out.doc
        self.writer = writer
        self.layout = out.doc.documentLayout()
        """Asked for once: PySide6 spends a tenth of a millisecond on each request."""
        self._line_at: dict[int, tuple[int, float, float] | None] = {}
        self.page_h = body_height
        layout = writer.pageLayout()
        paint = layout.paintRect(QPageLayout.Unit.Point)
        self.left_pt, self.top_pt = paint.left(), paint.top()
        self.page_height_pt = layout.fullRect(QPageLayout.Unit.Point).height()
        self.scale = 72.0 / out.dpi
        self.head_px = out.dev(HEAD_PT)

    def _lines(self, start: int, end: int) -> Iterator[tuple[QTextLine, float, float, int, int]]:
        """Each line the range covers: the line, the x and y of its block's layout,
        and the range's ends within the block."""
        block = self.doc.findBlock(start)
        while block.isValid() and block.position() < end:
            layout = block.layout()
            rect = self.layout.blockBoundingRect(block)
            origin = rect.topLeft() - layout.boundingRect().topLeft()
            a = max(start, block.position()) - block.position()
            b = min(end, block.position() + block.length() - 1) - block.position()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                lo, hi = line.textStart(), line.textStart() + line.textLength()
                s, e = max(a, lo), min(b, hi)
                if s >= e and not (s == e == a == b):
                    continue
                yield line, origin.x(), origin.y(), s, e
            block = block.next()

    def quads(self, start: int, end: int) -> list[Quad]:
        """One quad per line the range covers (wrapped ranges give several)."""
        out: list[Quad] = []
        for line, x, y0, s, e in self._lines(start, end):
            # right to left (Arabic, Hebrew) the range's end stands left of its start
            x1, x2 = sorted((x_at(line, s), x_at(line, e)))
            y = y0 + line.y()
            page = int(y // self.page_h)
            top = y - page * self.page_h
            out.append(Quad(page, x + x1, top, x + x2, top + line.height(), x + line.x()))
        return out

    def line_at(self, pos: int) -> tuple[int, float, float] | None:
        """Page, top and bottom of the line holding ``pos`` (those of ``quads(pos,
        pos + 1)[0]``, without measuring across the line, which is slow)."""
        if pos not in self._line_at:
            found = None
            for line, _x, y0, _s, _e in self._lines(pos, pos + 1):
                y = y0 + line.y()
                page = int(y // self.page_h)
                top = y - page * self.page_h
                found = (page, top, top + line.height())
                break
            self._line_at[pos] = found
        return self._line_at[pos]

    def line_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (``pos`` when it holds none)."""
        block = self.doc.findBlock(pos)
        if not block.isValid():
            return pos
        line = block.layout().lineForTextPosition(pos - block.position())
        return block.position() + line.textStart() if line.isValid() else pos

    def page_of(self, pos: int) -> int:
        found = self.line_at(pos)
        return found[0] if found else 0

    def to_pdf(self, x: float, y: float) -> tuple[float, float]:
        """Device pixels in the page body to PDF points (origin bottom left)."""
        px = self.left_pt + x * self.scale
        py = self.page_height_pt - (self.top_pt + (self.head_px + y) * self.scale)
        return px, py
