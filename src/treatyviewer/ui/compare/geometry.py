"""Where each segment sits, vertically, in each pane: read by aligner, connector, overview."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock, QTextDocument

from .render import SideMap


@dataclass
class SideGeometry:
    """Document-coordinate y ranges (text top, text bottom) per segment index."""

    ranges: dict[int, tuple[float, float]] = field(default_factory=dict)
    height: float = 0.0
    block_tops: dict[int, float] = field(default_factory=dict)
    parked_ys: dict[int, float] = field(default_factory=dict)
    """Top of each block asked for so far: thousands of changes share few blocks."""

    @classmethod
    def measure(cls, document: QTextDocument, side_map: SideMap) -> SideGeometry:
        layout = document.documentLayout()
        geo = cls(height=document.size().height())
        for seg, first in side_map.heading_block.items():
            head = document.findBlockByNumber(first)
            last = document.findBlockByNumber(side_map.last_block[seg])
            # Block rectangles exclude the block's margins (and so our padding).
            top = layout.blockBoundingRect(head).top()
            bottom = layout.blockBoundingRect(last).bottom()
            geo.ranges[seg] = (top, max(bottom, top + 1))
        return geo

    def y_of_position(self, document: QTextDocument, position: int) -> float:
        """Where a position's line is; in an article not laid out (``parking``), the
        bottom of its heading (within the article, however tall, the nearest known)."""
        block = document.findBlock(position)
        if not block.isVisible():
            return self._parked_y(block)
        number = block.blockNumber()
        top = self.block_tops.get(number)
        if top is None:
            top = self.block_tops[number] = document.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        if layout is not None and layout.lineCount():
            line = layout.lineForTextPosition(position - block.position())
            if line.isValid():
                return top + line.y()
        return top

    def _parked_y(self, block: QTextBlock) -> float:
        """The y given to a block that is not laid out: its heading's last line."""
        walked = []
        while not block.isVisible() and block.previous().isValid():
            known = self.parked_ys.get(block.blockNumber())
            if known is not None:
                break
            walked.append(block.blockNumber())
            block = block.previous()
        y = self.parked_ys.get(block.blockNumber())
        if y is None:
            y = self.y_of_position(block.document(), block.position() + block.length() - 1)
        for number in walked:
            self.parked_ys[number] = y
        return y
