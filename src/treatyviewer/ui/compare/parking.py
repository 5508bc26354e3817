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
from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from .edited_region import edits_between
from .frames import frame_closed_by
from .render import Rendered, SegmentWriter
from .structure_marks import SegmentMarks

NEAR_SCREENS = 2.0
"""Viewport heights above and below the view that are kept laid out."""
WAKE_SCREENS = 4.0
"""When something near the view is parked, all within this many viewport heights is
woken at once (the next screens then need no edit of the document)."""
FAR_SCREENS = 8.0
"""Articles further than this many viewport heights from the view are parked (the
gap to ``WAKE_SCREENS`` keeps small scrolls from parking and waking the same one)."""
PARK_AT_ONCE = 8
"""Articles left far behind are parked once there are this many (or along with a
wake), so that small scrolls do not park and wake one article after another."""
PARK_MOST = 16
"""Articles parked at most in one turn of the event loop (a jump far away leaves many
behind: the rest are parked in the next turns)."""
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
        self.heads: list[int] = []
        """Their headings' block numbers."""
        self.awake: set[int] = set()
        """Written articles that are laid out and may be parked."""
        self.parked: set[int] = set()
        """Written articles that are not laid out."""
        self.unparkable: set[int] = set()
        """Articles found not to be parkable (see ``_plan``): they stay laid out, and are
        not looked at again (a long text has thousands: one in each frame)."""

    @property
    def document(self) -> QTextDocument:
        return self.rendered.document

    def written(self, i: int, top: float, bottom: float) -> None:
        self.tops.append(top)
        self.bottoms.append(bottom)
        self.indices.append(i)
        self.heads.append(self.rendered.map.heading_block[i])
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
        """Park one article (see ``apply``); False when it cannot be."""
        self.apply([], [i])
        return i in self.parked

    def wake(self, i: int) -> None:
        """Write a parked article's lines back with their highlighting and links."""
        self.apply([i], [])

    def apply(self, wake: list[int], park: list[int]) -> None:
        """Wake and park articles, one edit of the document each: Qt lays out again
        every frame an edit (an edit block: the span from its first change to its
        last) touches, so one edit for articles far apart would lay out all between."""
        wake = [i for i in wake if i in self.parked]
        plans = []
        for i in park:
            plan = self._plan(i)
            if plan is not None:
                plans.append(plan)
            elif i not in self.parked:
                self.unparkable.add(i)
                self.awake.discard(i)
        cursor = QTextCursor(self.document)
        for i in wake:
            with edits_between(self.document, self._range(i)[0]):
                cursor.beginEditBlock()
                self._rewrite(cursor, i)
                cursor.endEditBlock()
            self.parked.discard(i)
            self.awake.add(i)
        for run in self._runs(plans):
            with edits_between(self.document, self._range(run[0].index)[0]):
                cursor.beginEditBlock()
                for plan in run:
                    self._park(cursor, plan)
                cursor.endEditBlock()
                for plan in run:
                    self._settle(cursor, plan)

    def _range(self, i: int) -> tuple[float, float]:
        """The measured top and bottom of written article ``i``."""
        k = bisect_left(self.indices, i)
        return self.tops[k], self.bottoms[k]

    def _runs(self, plans: list[_Plan]) -> list[list[_Plan]]:
        """Plans of articles next to each other (nothing laid out between them), in
        runs: each run is parked in one edit."""
        runs: list[list[_Plan]] = []
        for plan in sorted(plans, key=lambda p: p.head):  # (``indices`` is in text order)
            if (
                runs
                and bisect_left(self.indices, plan.index)
                == bisect_left(self.indices, runs[-1][-1].index) + 1
            ):
                runs[-1].append(plan)
            else:
                runs.append([plan])
        return runs

    def _rewrite(self, cursor: QTextCursor, i: int) -> None:
        head, last = self._blocks(i)
        cursor.setPosition(head.position() + head.length() - 1)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.writer.write_body(cursor, i)
        self.marks.mark(i)

    def _plan(self, i: int) -> _Plan | None:
        """What parking ``i`` takes, measured before anything is edited; None when it
        has no lines below its heading or is the last article of the document or of a
        frame (Qt drops the last margin in a frame, and rounds a frame's height: the
        parked lines could not keep it exactly)."""
        if i in self.parked:
            return None
        head, last = self._blocks(i)
        last_number = last.blockNumber()
        after = _next_shown(last)
        if last_number == head.blockNumber() or not after.isValid() or frame_closed_by(last):
            return None
        layout = self.document.documentLayout()
        rect = layout.blockBoundingRect(head)
        gap = layout.blockBoundingRect(after).top() - rect.bottom()
        # Qt places a block in its frame: the heading's foot, in the frame's terms.
        offset = rect.topLeft() - head.layout().position()
        lines = []
        block = head.next()
        while block.isValid() and block.blockNumber() <= last_number:
            lines.append((block.text(), block.blockFormat()))
            block = block.next()
        # Qt lays out no invisible block, but folds the margin between the last block
        # before a visible one and that one into the larger of the two: the last parked
        # line's bottom margin is the height of them all.
        lines[-1][1].setBottomMargin(gap)
        foot = QPointF(rect.left(), rect.bottom()) - offset
        return _Plan(i, head.blockNumber(), last_number, QPointF(rect.left(), rect.bottom()),
                     foot, gap, lines)  # fmt: skip

    def _park(self, cursor: QTextCursor, plan: _Plan) -> None:
        doc = self.document
        head = doc.findBlockByNumber(plan.head)
        last = doc.findBlockByNumber(plan.last)
        cursor.setPosition(head.position() + head.length() - 1)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        plain = QTextCharFormat()
        for text, block_format in plan.lines:
            cursor.insertBlock(block_format, plain)
            if text:
                cursor.insertText(text)
        block = head.next()
        while block.isValid() and block.blockNumber() <= plan.last:
            block.setVisible(False)
            block = block.next()
        self.parked.add(plan.index)
        self.awake.discard(plan.index)

    def _settle(self, cursor: QTextCursor, plan: _Plan) -> None:
        """Qt never places a block it does not lay out; placed at the heading's foot,
        the parked lines keep its hit test and painting, which bisect by height, right.
        Then the height is checked (margins scaled or not folded after all: corrected)."""
        doc = self.document
        block = doc.findBlockByNumber(plan.head + 1)
        while block.isValid() and block.blockNumber() <= plan.last:
            block.layout().setPosition(plan.local_foot)
            block = block.next()
        last = doc.findBlockByNumber(plan.last)
        top = doc.documentLayout().blockBoundingRect(_next_shown(last)).top()
        missing = plan.gap - (top - plan.foot.y())
        if abs(missing) <= 0.01:
            return
        block_format = plan.lines[-1][1]
        block_format.setBottomMargin(block_format.bottomMargin() + missing)
        cursor.setPosition(last.position())
        cursor.setBlockFormat(block_format)


def _next_shown(block: QTextBlock) -> QTextBlock:
    """The next block Qt lays out (the next article's heading: the blocks between two
    frames are hidden, see ``frames``); invalid after the last."""
    block = block.next()
    while block.isValid() and not block.isVisible():
        block = block.next()
    return block


@dataclass
class _Plan:
    index: int
    head: int
    last: int
    """Block numbers of the heading and of the article's last line."""
    foot: QPointF
    """The heading's bottom left corner."""
    local_foot: QPointF
    """The same in the terms of the frame that holds the article."""
    gap: float
    """From the heading's foot to the next article's text."""
    lines: list[tuple[str, QTextBlockFormat]]


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
        self.steady: Callable[[], bool] = lambda: True
        """Whether the panes show the text at the width it was measured at. At another
        (a side panel opened, until the text is written again at it) Qt wraps it anew,
        and where the panes are says nothing of which measured articles are near them:
        the articles read were parked, their headings shown over blank room."""

    def wake_between(self, side: int, top: float, bottom: float) -> None:
        parking = self.sides[side]
        parking.apply([i for i in parking.between(top, bottom) if i in parking.parked], [])

    def wake_at(self, side: int, position: int) -> None:
        """Lay out the article that holds a document position (to measure or show it)."""
        parking = self.sides[side]
        if not parking.parked:
            return
        block = parking.document.findBlock(position)
        if block.isVisible():
            return
        k = bisect_right(parking.heads, block.blockNumber()) - 1
        if k >= 0:
            parking.wake(parking.indices[k])

    def follow(self) -> None:
        """Wake what is near the view of either pane (and some more, so that the next
        screens need no edit); park what is far from both (``PARK_MOST`` at a time)."""
        if not self.steady():
            return
        for side, parking in enumerate(self.sides):
            value, height = self.views(side)
            height = max(height, MIN_SCREEN)
            near = parking.between(
                value - NEAR_SCREENS * height, value + (1 + NEAR_SCREENS) * height
            )
            wake: list[int] = []
            if any(i in parking.parked for i in near):
                reach = (value - WAKE_SCREENS * height, value + (1 + WAKE_SCREENS) * height)
                wake = [i for i in parking.between(*reach) if i in parking.parked]
            low, high = value - FAR_SCREENS * height, value + (1 + FAR_SCREENS) * height
            keep_from = self.frontier[side] - 2 * height
            park = []
            for i in sorted(parking.awake):
                top, bottom = parking._range(i)
                if (bottom < low or top > high) and bottom < keep_from:
                    park.append(i)
            if len(park) < PARK_AT_ONCE and not wake:
                park = []
            parking.apply(wake, park[:PARK_MOST])
