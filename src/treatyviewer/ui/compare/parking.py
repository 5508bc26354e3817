"""Only the articles on screen, or near it, stay laid out and highlighted.

Qt keeps some 30-50 bytes per laid-out character, and keeps them until the text
itself is removed: two 20 MB texts laid out would need about two gigabytes. So
once an article of a long text is written and measured, and lies far from what
either pane shows, it is *parked*: the lines below its heading are written again
as the same characters without their highlighting, in blocks Qt does not lay
out (invisible), and the heading's bottom margin takes the height they had. The
text, every position in it and every height in the pane stay what they were
(Find, the maps, the scroll bar, the connectors and the overview are unchanged);
only the memory goes. When the reader comes near a parked article again it is
written back with its highlighting, which Qt lays out to the same height.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from .render import Rendered, SegmentWriter
from .structure_marks import SegmentMarks

NEAR_SCREENS = 2.0
"""Viewport heights above and below the view that are kept laid out."""
FAR_SCREENS = 4.0
"""Articles further than this many viewport heights from the view are parked (the
gap to ``NEAR_SCREENS`` keeps small scrolls from parking and unparking the same one)."""
MIN_SCREEN = 400.0
"""The viewport height assumed for a pane not shown yet."""


class SideParking:
    """The written articles of one pane, and which of them are parked."""

    def __init__(self, rendered: Rendered, writer: SegmentWriter, marks: SegmentMarks) -> None:
        self.rendered, self.writer, self.marks = rendered, writer, marks
        self.tops: list[float] = []
        self.bottoms: list[float] = []
        self.indices: list[int] = []
        """Written articles in reading order, with their measured text tops and bottoms."""
        self.awake: set[int] = set()
        """Written articles that are laid out (the ones that may be parked)."""
        self.parked: set[int] = set()
        """Written articles that are not laid out."""

    @property
    def document(self) -> QTextDocument:
        return self.rendered.document

    def written(self, i: int, top: float, bottom: float) -> None:
        self.tops.append(top)
        self.bottoms.append(bottom)
        self.indices.append(i)
        self.awake.add(i)

    def between(self, top: float, bottom: float) -> list[int]:
        """The written articles whose text reaches into ``[top, bottom]``."""
        first = max(0, bisect_right(self.tops, top) - 1)
        last = bisect_right(self.tops, bottom)
        return [self.indices[k] for k in range(first, last) if self.bottoms[k] >= top]

    def _blocks(self, i: int) -> tuple[QTextBlock, QTextBlock]:
        side_map, doc = self.rendered.map, self.document
        head = doc.findBlockByNumber(side_map.heading_block[i])
        return head, doc.findBlockByNumber(side_map.last_block[i])

    def park(self, i: int) -> bool:
        """Write the lines below ``i``'s heading again, plain and not laid out, with the
        last one's bottom margin holding their height; False when it has no such lines
        or is the last article (the end of the document keeps its own margins)."""
        head, last = self._blocks(i)
        last_number = last.blockNumber()
        after = last.next()
        if last_number == head.blockNumber() or not after.isValid():
            return False
        layout = self.document.documentLayout()
        head_bottom = layout.blockBoundingRect(head).bottom()
        gap = layout.blockBoundingRect(after).top() - head_bottom
        lines = []
        block = head.next()
        while block.isValid() and block.blockNumber() <= last_number:
            lines.append((block.text(), block.blockFormat()))
            block = block.next()
        # Qt lays out no invisible block, but folds the margin between the last block
        # before a visible one and that one into the larger of the two: the last parked
        # line's bottom margin is the height of them all.
        lines[-1][1].setBottomMargin(gap)
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        cursor.setPosition(head.position() + head.length() - 1)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        plain = QTextCharFormat()
        for text, block_format in lines:
            cursor.insertBlock(block_format, plain)
            if text:
                cursor.insertText(text)
        block = head.next()
        while block.isValid() and block.blockNumber() <= last_number:
            block.setVisible(False)
            block = block.next()
        cursor.endEditBlock()
        # Qt never places a block it does not lay out; placed at the heading's foot,
        # the parked lines keep its hit test and painting, which bisect by height, right.
        foot = QPointF(layout.blockBoundingRect(head).left(), head_bottom)
        block = head.next()
        while block.isValid() and block.blockNumber() <= last_number:
            block.layout().setPosition(foot)
            block = block.next()
        after = self.document.findBlockByNumber(last_number + 1)
        missing = gap - (layout.blockBoundingRect(after).top() - head_bottom)
        if abs(missing) > 0.01:  # margins scaled or not folded after all: correct once
            lines[-1][1].setBottomMargin(gap + missing)
            cursor.setBlockFormat(lines[-1][1])
        self.parked.add(i)
        self.awake.discard(i)
        return True

    def wake(self, i: int) -> None:
        """Write a parked article's lines back with their highlighting and links."""
        if i not in self.parked:
            return
        self.parked.discard(i)
        head, last = self._blocks(i)
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        cursor.setPosition(head.position() + head.length() - 1)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.writer.write_body(cursor, i)
        self.marks.mark(i)
        cursor.endEditBlock()
        self.awake.add(i)


class Parking:
    """Keeps both panes of a long text laid out near what they show, parked elsewhere."""

    def __init__(
        self,
        sides: tuple[SideParking, SideParking],
        views: Callable[[int], tuple[float, float]],
    ) -> None:
        self.sides = sides
        self.views = views
        """``views(side)``: (scroll position, viewport height) of that side's pane."""
        self.frontier = (0.0, 0.0)
        """How far each side is written: the articles near it stay laid out, as the
        placeholders of the next steps look at them."""

    def wake_between(self, side: int, top: float, bottom: float) -> None:
        parking = self.sides[side]
        for i in parking.between(top, bottom):
            if i in parking.parked:
                parking.wake(i)

    def wake_at(self, side: int, position: int) -> None:
        """Lay out the article that holds a document position (to measure or show it)."""
        parking = self.sides[side]
        if not parking.parked:
            return
        block = parking.document.findBlock(position)
        if block.isVisible():
            return
        number = block.blockNumber()
        heads = parking.rendered.map.heading_block
        for k in range(len(parking.indices) - 1, -1, -1):
            i = parking.indices[k]
            if heads[i] <= number:
                parking.wake(i)
                return

    def follow(self) -> None:
        """Wake what is near the view of either pane; park what is far from both."""
        for side, parking in enumerate(self.sides):
            value, height = self.views(side)
            height = max(height, MIN_SCREEN)
            self.wake_between(
                side, value - NEAR_SCREENS * height, value + (1 + NEAR_SCREENS) * height
            )
            if not parking.awake:
                continue
            low, high = value - FAR_SCREENS * height, value + (1 + FAR_SCREENS) * height
            keep_from = self.frontier[side] - 2 * height
            for i in sorted(parking.awake):
                top, bottom = self._range(parking, i)
                if (bottom < low or top > high) and bottom < keep_from:
                    parking.park(i)

    @staticmethod
    def _range(parking: SideParking, i: int) -> tuple[float, float]:
        k = bisect_left(parking.indices, i)
        return parking.tops[k], parking.bottoms[k]
