"""A long text's comparison replaced, in the panes, by a fuller one of the same pairing.

A long pair is shown as soon as its articles are paired, the wording of most pairs
still being compared (``ArticlePair.pending``); the whole comparison follows. Its
pairing is the same, so what is written stays where it is: each article of a pair
gets its heading again (the pair's badges), and one that is laid out gets its lines
again, highlighted (a parked one, see ``parking``, is highlighted when it is written
back). The articles go in a few dozen per edit (Qt walks what lies below an edit),
and the positions an edit moves are moved in the map. Highlighting takes no room, so
every height stays; that is checked, and where one did not (a badge wrapping the
heading onto another line) the text is written afresh instead.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

from PySide6.QtGui import QTextCursor

from ...core.comparison import Comparison
from ...core.document import SegmentKind
from ..common.slices import Steps
from .frames import ARTICLES_PER_FRAME
from .parking import SideParking
from .render import SideMap, SideRenderer

EXACT = 0.01
"""Largest change of a height (pixels) taken for none."""


def same_pairing(a: Comparison, b: Comparison) -> bool:
    """Whether ``b`` pairs the same articles of the same texts as ``a`` (its pairs may
    be diffed where ``a``'s were not)."""
    if a.old is not b.old or a.new is not b.new or len(a.pairs) != len(b.pairs):
        return False
    if a.added != b.added or a.removed != b.removed:
        return False
    return all(
        p.old == q.old and p.new == q.new and p.moved == q.moved
        for p, q in zip(a.pairs, b.pairs, strict=True)
    )


def same_lines(written: Iterator[int], before: SideRenderer, after: SideRenderer) -> bool:
    """Whether each written article begins its lines where it did: an unnumbered heading
    shows its own name as a line only when a change touches it."""
    doc = before.doc
    named = (SegmentKind.HEADING, SegmentKind.PREAMBLE)
    return all(
        before.body_from(i) == after.body_from(i) for i in written if doc.segments[i].kind in named
    )


class SidePatch:
    """Patches the written articles of one pane for the fuller comparison."""

    def __init__(
        self, before: Comparison, after: Comparison, parking: SideParking, side: int
    ) -> None:
        self.parking = parking
        self.side = side
        self.before, self.after = before, after
        self.pair_of = after.old_to_pair if side == 0 else after.new_to_pair

    def _changed(self, i: int) -> bool:
        """Whether article ``i``'s heading reads otherwise in the fuller comparison."""
        k = self.pair_of.get(i)
        return k is not None and self.before.pairs[k] != self.after.pairs[k]

    def steps(self, patched: Callable[[list[int]], None]) -> Steps[bool]:
        """Patch a frame's worth of written articles at a time, each batch then handed to
        ``patched``; False (and stop) when a height changed."""
        written = list(self.parking.indices)
        total = len(written)
        for n in range(0, total, ARTICLES_PER_FRAME):
            batch = written[n : n + ARTICLES_PER_FRAME]
            if not self._patch(batch):
                return False
            patched(batch)
            yield n + len(batch), total
        return True

    def _patch(self, batch: list[int]) -> bool:
        parking = self.parking
        doc, side_map = parking.document, parking.rendered.map
        renderer = parking.writer.renderer
        patch = [
            i for i in batch if i in self.pair_of and (i not in parking.parked or self._changed(i))
        ]
        if not patch:
            return True
        before = {i: self._extent(i) for i in patch}
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        shift = 0
        """How far the positions after the article at hand have moved so far."""
        end = 0
        for i in batch:
            seg = renderer.doc.segments[i]
            first = bisect_left(side_map.run_src, seg.start)
            end = bisect_left(side_map.run_src, seg.end)
            if i not in patch:
                _move(side_map, first, end, shift)
                continue
            head = doc.findBlockByNumber(side_map.heading_block[i])
            start, length = head.position(), head.length()
            cursor.setPosition(start)
            cursor.setPosition(start + length - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            renderer.heading_line(cursor, i, seg)
            shift += doc.findBlockByNumber(side_map.heading_block[i]).length() - length
            if i in parking.parked:
                _move(side_map, first, end, shift)
                continue
            shift += self._lines(cursor, i, first, end)
            if cursor.block().blockNumber() != side_map.last_block[i]:
                cursor.endEditBlock()
                return False
        cursor.endEditBlock()
        _move(side_map, end, len(side_map.run_qt), shift)
        for i in patch:
            if i not in parking.parked:
                parking.marks.mark(i)
        return all(self._extent(i) == before[i] for i in patch)

    def _lines(self, cursor: QTextCursor, i: int, first: int, end: int) -> int:
        """Write article ``i``'s lines again, highlighted; how far that moved what follows."""
        parking = self.parking
        doc, side_map = parking.document, parking.rendered.map
        head = doc.findBlockByNumber(side_map.heading_block[i])
        last = doc.findBlockByNumber(side_map.last_block[i])
        start = head.position() + head.length() - 1
        stop = last.position() + last.length() - 1
        cursor.setPosition(start)
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        runs = SideMap()
        parking.writer.write_body(cursor, i, runs)
        if len(runs.run_src) != end - first:
            return 0  # (the block count check that follows fails too)
        side_map.run_src[first:end] = runs.run_src
        side_map.run_qt[first:end] = runs.run_qt
        side_map.run_len[first:end] = runs.run_len
        return cursor.position() - stop

    def _extent(self, i: int) -> tuple[float, float]:
        """Height of article ``i``'s heading, and of all of it when it is laid out."""
        doc, side_map = self.parking.document, self.parking.rendered.map
        layout = doc.documentLayout()
        head = layout.blockBoundingRect(doc.findBlockByNumber(side_map.heading_block[i]))
        if i in self.parking.parked:
            return round(head.height() / EXACT), 0.0
        last = layout.blockBoundingRect(doc.findBlockByNumber(side_map.last_block[i]))
        return round(head.height() / EXACT), round((last.bottom() - head.top()) / EXACT)


def _move(side_map: SideMap, first: int, end: int, shift: int) -> None:
    """Move the runs ``first:end`` of the map by ``shift`` positions."""
    if shift and end > first:
        side_map.run_qt[first:end] = [q + shift for q in side_map.run_qt[first:end]]
