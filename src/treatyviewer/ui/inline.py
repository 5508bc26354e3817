"""The inline redline: one column in reading order, deletions struck, insertions underlined."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ..core.comparison import Comparison
from ..core.document import Document, Segment
from ..core.textdiff import Change
from .render import (
    PARA_RE,
    SEGMENT_PROP,
    Formats,
    flat_changes,
    heading_text,
    reflow,
)
from .vocabulary import status_text


class InlineRenderer:
    def __init__(self, cmp: Comparison, formats: Formats) -> None:
        self.cmp = cmp
        self.f = formats
        self.changes = flat_changes(cmp)
        self.first_id: dict[int, int] = {}
        for cid, (k, _c) in enumerate(self.changes):
            self.first_id.setdefault(k, cid)
        self.row_blocks: list[int] = []
        """Heading block number of each row of ``cmp.rows()`` that was rendered."""
        self.change_positions: dict[int, int] = {}

    def render(self, only_changed: bool = False) -> QTextDocument:
        qdoc = QTextDocument()
        qdoc.setDefaultFont(self.f.font)
        qdoc.setDocumentMargin(28)
        qdoc.setUndoRedoEnabled(False)
        cursor = QTextCursor(qdoc)
        first = True
        for row in self.cmp.rows():
            if row.kind == "pair":
                pair = self.cmp.pairs[row.index]
                if only_changed and pair.status == "unchanged" and not pair.moved:
                    continue
                self._pair(cursor, row.index, first)
            elif row.kind == "added":
                self._lonely(cursor, self.cmp.new, row.index, "added", first)
            else:
                self._lonely(cursor, self.cmp.old, row.index, "removed", first)
            first = False
        return qdoc

    def _heading(
        self, cursor: QTextCursor, title: str, badges: tuple[str, ...], first: bool
    ) -> None:
        block = QTextBlockFormat(self.f.heading_block)
        block.setProperty(SEGMENT_PROP, len(self.row_blocks))
        if first:
            block.setTopMargin(0)
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        self.row_blocks.append(cursor.block().blockNumber())
        cursor.insertText(title, self.f.heading)
        for kind in badges:
            cursor.insertText("  ", self.f.plain)
            cursor.insertText(f"\u00a0{status_text(kind)}\u00a0", self.f.badge(kind))

    def _names(self, doc: Document, indices: tuple[int, ...]) -> str:
        return " + ".join(heading_text(doc, doc.segments[i]) for i in indices)

    def _pair(self, cursor: QTextCursor, k: int, first: bool) -> None:
        pair = self.cmp.pairs[k]
        old_name = self._names(self.cmp.old, pair.old)
        new_name = self._names(self.cmp.new, pair.new)
        title = new_name if old_name == new_name else f"{old_name} → {new_name}"
        self._heading(cursor, title, pair.badges, first)
        text = self.cmp.new.text
        base = self.first_id.get(k, 0)
        changes = sorted(enumerate(pair.changes), key=lambda ic: (ic[1].new_start, ic[0]))
        for j in pair.new:
            seg = self.cmp.new.segments[j]
            cursor.insertBlock(self.f.body_block, self.f.plain)
            pos = seg.body_start
            for i, c in changes:
                if not (seg.body_start <= c.new_start <= seg.end):
                    continue
                if c.new_start < pos:
                    continue
                self._write(cursor, text[pos : c.new_start], self.f.plain)
                self._change(cursor, c, base + i)
                pos = max(pos, c.new_end)
            self._write(cursor, text[pos : seg.end].rstrip("\n"), self.f.plain)

    def _change(self, cursor: QTextCursor, c: Change, cid: int) -> None:
        self.change_positions[cid] = cursor.position()
        if c.old_end > c.old_start:
            op = "replace" if c.op == "replace" else "delete"
            self._write(cursor, c.old_text, self.f.change(op, "old", cid))
        if c.new_end > c.new_start:
            op = "replace" if c.op == "replace" else "insert"
            self._write(cursor, c.new_text, self.f.change(op, "new", cid))

    def _lonely(self, cursor: QTextCursor, doc: Document, i: int, kind: str, first: bool) -> None:
        seg: Segment = doc.segments[i]
        self._heading(cursor, heading_text(doc, seg), (kind,), first)
        cursor.insertBlock(self.f.body_block, self.f.plain)
        op = "insert" if kind == "added" else "delete"
        side = "new" if kind == "added" else "old"
        self._write(
            cursor, doc.text[seg.body_start : seg.end].rstrip("\n"), self.f.change(op, side, -1)
        )

    def _write(self, cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
        """Text with paragraph breaks turned into new blocks."""
        parts = PARA_RE.split(text)
        for n, part in enumerate(parts):
            if n:
                cursor.insertBlock(self.f.body_block, self.f.plain)
            if part:
                cursor.insertText(reflow(part), fmt)


def render_inline(cmp: Comparison, formats: Formats, only_changed: bool) -> InlineRenderer:
    renderer = InlineRenderer(cmp, formats)
    renderer.document = renderer.render(only_changed)  # type: ignore[attr-defined]
    return renderer
