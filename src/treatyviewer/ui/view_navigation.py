"""Moving through a comparison view: next article, next change, jumps to a pair."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from .geometry import SideGeometry

if TYPE_CHECKING:
    from .comparison_view import ComparisonView

ARTICLE_MARGIN = 28
"""Headings land this far below the top (the document margin, as at the very top)."""
CHANGE_FOCUS = 0.3
"""Jumping to a change puts it this far down the viewport."""


class ViewNavigator:
    """Scrolls the view's primary pane to articles and changes; reads, never renders."""

    def __init__(self, view: ComparisonView) -> None:
        self.view = view

    def _article_targets(self) -> list[tuple[float, int]]:
        """(heading top, heading block number) in the primary pane, top to bottom."""
        v = self.view
        pane = v.primary()
        doc = pane.document()
        layout = doc.documentLayout()
        if pane is v.inline_pane:
            blocks = v.inline.row_blocks if v.inline else []
        elif v.rendered is None:
            return []
        else:
            blocks = list(v.rendered[0 if pane is v.old_pane else 1].map.heading_block.values())
        out = []
        for number in blocks:
            block = doc.findBlockByNumber(number)
            out.append(
                (layout.blockBoundingRect(block).top() + block.blockFormat().topMargin(), number)
            )
        return sorted(out)

    def _change_positions(self) -> list[int]:
        v = self.view
        pane = v.primary()
        if pane is v.inline_pane:
            return sorted(v.inline.change_positions.values()) if v.inline else []
        if v.rendered is None:
            return []
        side = 0 if pane is v.old_pane else 1
        r = v.rendered[side]
        out = []
        for _k, c in r.changes:
            start = c.old_start if side == 0 else c.new_start
            out.append(r.map.to_qt(start))
        return sorted(set(out))

    def _go(self, ys: list[float], direction: int, margin: float) -> int | None:
        """Scroll so the next (previous) target sits ``margin`` below the viewport top."""
        bar = self.view.primary().verticalScrollBar()
        value = bar.value()
        wanted = [round(y - margin) for y in ys]
        if direction > 0:
            k = bisect_right(wanted, value + 2)
        else:
            k = bisect_left(wanted, min(value, bar.maximum()) - 2) - 1
        if not 0 <= k < len(ys):
            return None
        bar.setValue(wanted[k])
        return k

    def next_article(self, direction: int = 1) -> int | None:
        targets = self._article_targets()
        k = self._go([t for t, _ in targets], direction, ARTICLE_MARGIN)
        if k is not None:
            doc = self.view.primary().document()
            self._place_cursor(doc.findBlockByNumber(targets[k][1]).position())
        return k

    def _place_cursor(self, position: int) -> None:
        """Move the text cursor (for keyboard and screen-reader users) without scrolling."""
        pane = self.view.primary()
        bar = pane.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        pane.setTextCursor(cursor)
        bar.setValue(value)

    def next_change(self, direction: int = 1) -> int | None:
        pane = self.view.primary()
        positions = self._change_positions()
        doc = pane.document()
        geo = SideGeometry()
        ys = [geo.y_of_position(doc, p) for p in positions]
        order = sorted(range(len(ys)), key=lambda i: ys[i])
        ys_sorted = [ys[i] for i in order]
        k = self._go(ys_sorted, direction, pane.viewport().height() * CHANGE_FOCUS)
        if k is not None:
            self._place_cursor(positions[order[k]])
        return k

    def segment_at_top(self, side: int) -> int | None:
        """The segment whose heading is nearest the top of the viewport (for tests)."""
        v = self.view
        pane = v.old_pane if side == 0 else v.new_pane
        y = pane.verticalScrollBar().value() + ARTICLE_MARGIN
        best = None
        for seg, (top, bottom) in v.geo[side].ranges.items():
            if top - 4 <= y < bottom:
                best = seg
        return best

    def jump_to_pair(self, k: int) -> None:
        cmp = self.view.cmp
        if cmp is None or not 0 <= k < len(cmp.pairs):
            return
        pair = cmp.pairs[k]
        self.jump_to_segments(pair.old[0], pair.new[0])

    def jump_to_segments(self, old: int | None, new: int | None) -> None:
        v = self.view
        if v.mode == "inline":
            v.set_mode("side")
        v.sync.enabled = False
        try:
            for side, seg in ((0, old), (1, new)):
                if seg is not None and seg in v.geo[side].ranges:
                    pane = v.old_pane if side == 0 else v.new_pane
                    top = v.geo[side].ranges[seg][0]
                    pane.verticalScrollBar().setValue(round(top - ARTICLE_MARGIN))
        finally:
            v.sync.enabled = v.mode == "side"
        if (old is None) != (new is None):
            v.sync.resync(0 if old is not None else 1)
