"""Where each segment sits, vertically, in each pane: read by aligner, connector, overview."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument

from .render import SideMap


@dataclass
class SideGeometry:
    """Document-coordinate y ranges (text top, text bottom) per segment index."""

    ranges: dict[int, tuple[float, float]] = field(default_factory=dict)
    height: float = 0.0
    block_tops: dict[int, float] = field(default_factory=dict)
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
        block = document.findBlock(position)
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
