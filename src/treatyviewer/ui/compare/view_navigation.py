"""Moving through a comparison view: next article, next change, jumps to a pair."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ...core.comparison import Comparison, Row
from .change_stops import Cursor, Stop, StopIndex, word_positions
from .formats import CHANGE_PROP
from .geometry import SideGeometry

if TYPE_CHECKING:
    from .view_parts import ViewParts

ARTICLE_MARGIN = 28
"""Headings land this far below the top (the document margin, as at the very top)."""
CHANGE_FOCUS = 0.3
"""Jumping to a change puts it this far down the viewport."""


@dataclass(frozen=True)
class KeptPlace:
    """Where the side panes were scrolled to, to come back to once the texts are laid
    out anew (other colours, another size). Kept as the article at the top alone, a
    switch of palette brought that article's heading to the top: a reader with Art. XIV
    half-way down the panes, the end of Art. XIII above it, then found XIII at the top."""

    row: Row
    """The article at the top: the place to go back to where no mark can be used."""
    marks: tuple[tuple[int, int, float, float], ...] = ()
    """For each side pane shown, (side, segment, share, pixels): the pane's top is
    that segment's top plus ``share`` of its height plus ``pixels``. The segment is
    the first whose heading is in view (held at the same height on screen), else the
    one being read (held at the same share of it, which a new size keeps too)."""
    change: int | Row | None = None
    """The change being read (Next Change), when it was on screen: current again once
    back at the place, so that F7 goes on from it (it had started again from the top
    of the pane and come to that change, or one before it, again)."""


class ViewNavigator:
    """Scrolls the view's primary pane to articles and changes; reads, never renders."""

    def __init__(self, view: ViewParts) -> None:
        self.view = view
        self.current: int | None = None
        """Index of the change last gone to, among the primary pane's stops."""
        self._left_at = -1
        """Where that left the scroll bar: moved since, the reader's position counts."""
        self._announced = 0
        """The direction whose end was just announced (pressing on then starts over)."""
        self.current_pair: int | None = None
        """The pair that holds the change last gone to (the concordance selects it)."""
        self.current_row: Row | None = None
        """The concordance row of the stop last gone to (pair, added or removed)."""
        self.current_key: int | Row | None = None
        """The change last gone to as every view knows it: a change id, or the row of
        a whole added/removed article."""
        self.current_y = 0.0
        """Where that change is in the reading pane's document."""
        self.counts = (0, 0)
        """(word changes, whole added/removed articles) among the stops last counted."""
        self._at: Cursor | None = None
        """The current change's cursor among the stops (``change_stops``)."""
        self._words: tuple[tuple[int, int, int], list[tuple[int, int]]] | None = None
        """The word changes' places in the reading pane, and for which pane and extent."""
        self.waiting: tuple[int | None, int | None] | None = None
        """A jump to articles not written yet (a long text being written): done once they are."""
        self._kept: tuple[tuple[int | None, int | None], KeptPlace] | None = None
        """The place to scroll to once that jump (the first item) is made."""

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

    def _stop_index(self) -> StopIndex:
        """The stops of the reading pane as laid out now; the word changes' places in
        the text are found once per pane and written extent."""
        v = self.view
        pane = v.primary()
        rendered = v.inline if pane is v.inline_pane else v.rendered
        key = (id(pane), id(rendered), pane.document().characterCount())
        if self._words is None or self._words[0] != key:
            self._words = (key, word_positions(v))
        index = StopIndex(v, self._words[1])
        self.counts = (len(index.words), len(index.articles))
        return index

    def current_place(self) -> tuple[int, int] | None:
        """(number, count) of the change being read among the stops of the reading pane
        as it is written now; None when it is no longer among them."""
        index = self._stop_index()
        cursor = index.find(self.current_key) if self.current_key is not None else None
        return None if cursor is None else (sum(cursor), index.count)

    def _change_stops(self) -> list[Stop]:
        """Every stop in the primary pane, top to bottom: each word change (changes at
        one position make one stop) and, once as a whole, each article only one text has."""
        return self._stop_index().every()

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

    def cursor_to_top(self, pane: QTextEdit | None = None) -> None:
        """Put the text cursor on the line at the top of a pane (the primary one), where
        a jump (Go to Article) left the view: Page Down and the arrow keys go on from
        there, not from where the reader last clicked."""
        pane = pane or self.view.primary()
        at = pane.cursorForPosition(QPoint(ARTICLE_MARGIN, ARTICLE_MARGIN + 2))
        self._place_cursor(at.position(), pane)

    def _place_cursor(self, position: int, pane: QTextEdit | None = None) -> None:
        """Move the text cursor (for keyboard and screen-reader users) without scrolling."""
        pane = pane or self.view.primary()
        bar = pane.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        pane.setTextCursor(cursor)
        bar.setValue(value)

    def reset(self) -> None:
        """The texts were laid out again: no change is current any more."""
        self.current = None
        self._at = None
        self._words = None
        self.current_pair = None
        self.current_row = None
        self.current_key = None
        self._left_at = -1
        self._outline(None)
        self.view.changeVisited.emit(-1, 0, "")

    def next_change(self, direction: int = 1, crossing: bool = True) -> int | None:
        """Go to the next (previous) change below (above) the reading position, or on
        from the current one; past the last (first) one, start over at the other end."""
        pane = self.view.primary()
        index = self._stop_index()
        n = index.count
        if not n:
            self._outline(None)
            self.view.changeVisited.emit(0, 0, "none")
            return None
        bar = pane.verticalScrollBar()
        moved_on = self._left_at != bar.value()
        cursor: Cursor | None
        if self.current is not None and self._at is not None and not moved_on and self.current < n:
            k = self.current + direction
            cursor = (
                index.after(self._at)
                if direction > 0
                else index.before(self._at)
                if k >= 0
                else None
            )
        else:  # from the reading position: the first change from the top of the pane down
            cursor = index.from_y(bar.value() + 2)
            k = sum(cursor)
            if direction < 0:
                k -= 1
                cursor = index.before(cursor) if k >= 0 else None
        edge = ""
        end = n - 1 if direction > 0 else 0
        if (
            (not 0 <= k < n or cursor is None)
            and crossing
            and self.view.stretching.beyond(direction)
        ):
            self.current = self._at = None  # (from the reading position, in the new stretch)
            return self.next_change(direction, crossing=False)
        if not 0 <= k < n or cursor is None:
            if self.current == end and self._announced != direction and moved_on is False:
                k = end  # say this is the end first; the next press starts over
                edge = "last" if direction > 0 else "first"
            else:
                k, edge = (0 if direction > 0 else n - 1), "wrapped"
            cursor = index.of_index(k)
        elif k == end and not self.view.stretching.more(direction):
            edge = "last" if direction > 0 else "first"
        self._announced = direction if edge in ("last", "first") else 0
        self._visit(index, cursor, k, edge)
        return k

    def _visit(self, index: StopIndex, cursor: Cursor, k: int, edge: str) -> None:
        """Scroll to the stop at ``cursor`` (the ``k``-th), frame it and make it current."""
        pane = self.view.primary()
        stop = index.at(cursor)
        y = self._laid_out_y(stop)
        pane.verticalScrollBar().setValue(round(y - pane.viewport().height() * CHANGE_FOCUS))
        if stop.position is not None:
            self._place_cursor(stop.position)
        for other in self.view.panes():  # the change is the passage read now
            other.drop_selection()
        self._make_current(index, cursor, k, edge, y)

    def _laid_out_y(self, stop: Stop) -> float:
        """Where a stop is in the reading pane's document, laid out there first (a far
        article of a long text is not)."""
        pane = self.view.primary()
        if stop.change is None or stop.position is None:
            return stop.y
        pane.reveal(stop.position)
        return SideGeometry().y_of_position(pane.document(), stop.position)

    def keep_current(self, key: int | Row | None) -> None:
        """Make a change current again where the view stands now, without scrolling:
        the texts were laid out anew (other colours, another size) with the reader
        still at it."""
        if key is None:
            return
        index = self._stop_index()
        cursor = index.find(key)
        if cursor is not None:
            self._make_current(index, cursor, sum(cursor), "", self._laid_out_y(index.at(cursor)))

    def _make_current(self, index: StopIndex, cursor: Cursor, k: int, edge: str, y: float) -> None:
        """The stop at ``cursor`` (the ``k``-th, at ``y``) is the change being read: framed,
        counted in the status line, its row selected."""
        stop = index.at(cursor)
        bar = self.view.primary().verticalScrollBar()
        self.current, self._at, self._left_at, self.current_y = k, cursor, bar.value(), y
        self.current_key = stop.change if stop.change is not None else stop.row
        self._outline(stop.change)
        if stop.row is not None:
            self._outline_article(stop.row)
        self.current_pair = self._pair_of(stop.change) if stop.change is not None else None
        self.current_row = stop.row or (
            Row("pair", self.current_pair) if self.current_pair is not None else None
        )
        self.view.changeVisited.emit(k, index.count, edge)

    def go_to_key(self, key: int | Row | None) -> bool:
        """Go again to a change (its id, or a whole article's row) in the view now shown:
        switching views keeps the change being read current."""
        if key is None:
            return False
        index = self._stop_index()
        cursor = index.find(key)
        if cursor is None:
            return False
        self._visit(index, cursor, sum(cursor), "")
        return True

    def change_passage(self) -> tuple[str, int, int] | None:
        """The change being read (Next Change), while it is on screen, as a passage of a
        text: its new wording, or the wording it struck out; an article only one text
        has, whole (its text after its heading)."""
        cid, rendered, cmp = self.current_key, self.view.rendered, self.view.cmp
        if isinstance(cid, Row) and cid.kind != "pair" and cmp is not None:
            if not self.current_in_view():
                return None
            side, doc = ("new", cmp.new) if cid.kind == "added" else ("old", cmp.old)
            seg = doc.segments[cid.index]
            return side, seg.body_start, seg.end
        if not isinstance(cid, int) or rendered is None or not self.current_in_view():
            return None
        if not 0 <= cid < len(rendered[0].changes):
            return None
        c = rendered[0].changes[cid][1]
        if c.new_end > c.new_start:
            return "new", c.new_start, c.new_end
        return ("old", c.old_start, c.old_end) if c.old_end > c.old_start else None

    def current_in_view(self) -> bool:
        """Whether the current change is still on screen in the reading pane."""
        if self.current is None:
            return False
        pane = self.view.primary()
        top = pane.verticalScrollBar().value()
        return top - 2 <= self.current_y <= top + pane.viewport().height()

    def _outline_article(self, row: Row) -> None:
        """Frame the heading of an added or removed article where it is shown (of a
        moved one, in both texts)."""
        v = self.view
        if v.primary() is v.inline_pane and v.inline is not None:
            number = v.inline.block_of(row)
            if number is not None:
                block = v.inline_pane.document().findBlockByNumber(number)
                v.inline_pane.overlay.set_spans(
                    "current", [(block.position(), block.position() + block.length() - 1, "")]
                )
            return
        if v.rendered is None or v.cmp is None:
            return
        if row.kind == "pair":  # a moved article: its heading in both texts
            pair = v.cmp.pairs[row.index]
            heads = [(0, pair.old[0]), (1, pair.new[0])]
        else:
            heads = [(0 if row.kind == "removed" else 1, row.index)]
        for side, index in heads:
            pane = v.old_pane if side == 0 else v.new_pane
            number = v.rendered[side].map.heading_block.get(index)
            if number is not None:
                block = pane.document().findBlockByNumber(number)
                pane.overlay.set_spans(
                    "current", [(block.position(), block.position() + block.length() - 1, "")]
                )

    def _pair_of(self, cid: int) -> int | None:
        rendered = self.view.rendered
        if rendered is None or not 0 <= cid < len(rendered[0].changes):
            return None
        return rendered[0].changes[cid][0]

    def _outline(self, cid: int | None) -> None:
        """Frame the current change in every pane that shows it."""
        v = self.view
        for pane in v.panes():
            pane.overlay.set_spans("current", [])
        if cid is None:
            return
        if v.inline is not None and cid in v.inline.change_positions:
            start = end = v.inline.change_positions[cid]
            doc = v.inline_pane.document()
            while end < doc.characterCount() - 1 and _change_id_at(doc, end) == cid:
                end += 1
            v.inline_pane.overlay.set_spans("current", [(start, end, "")])
        if v.rendered is None or not 0 <= cid < len(v.rendered[0].changes):
            return
        c = v.rendered[0].changes[cid][1]
        for side, pane, (a, b) in (
            (0, v.old_pane, (c.old_start, c.old_end)),
            (1, v.new_pane, (c.new_start, c.new_end)),
        ):
            m = v.rendered[side].map
            if m.covers(a):
                pane.overlay.set_spans("current", [(m.to_qt(a), m.to_qt(b), "")])

    def row_at_top(self) -> Row | None:
        """The concordance row of the article at the top of the reading pane; while a
        jump waits for its article to be written (a long text written again at a new
        width), that article: the panes show the text's beginning meanwhile, and a dock
        toggled or a view switched then had kept Article 3 for good."""
        v = self.view
        held = v.held_row()
        if held is not None:
            return held
        if self.waiting is not None and v.cmp is not None and v.writing():
            old, new = self.waiting
            if new is not None:
                return v.cmp.row_of_segment(1, new)
            if old is not None:
                return v.cmp.row_of_segment(0, old)
        pane = self.view.primary()
        return self.row_at(pane, self._reading_y(pane))

    def row_at_position(self, pane: QTextEdit, position: int) -> Row | None:
        """The concordance row of the article that holds ``position`` of a pane's text
        (a Find match)."""
        cursor = pane.textCursor()
        cursor.setPosition(min(position, pane.document().characterCount() - 1))
        y = pane.cursorRect(cursor).top() + pane.verticalScrollBar().value()
        return self.row_at(pane, y)

    def row_at(self, pane: QTextEdit, y: float) -> Row | None:
        """The concordance row of the article at ``y`` (document coordinates) of a pane."""
        v = self.view
        cmp = v.cmp
        if cmp is None:
            return None
        if pane is v.inline_pane:
            return v.inline.row_at(y) if v.inline is not None else None
        side = 0 if pane is v.old_pane else 1
        seg = self._segment_at(side, y)
        if seg is None:
            return None
        k = (cmp.old_to_pair if side == 0 else cmp.new_to_pair).get(seg)
        if k is not None:
            return Row("pair", k)
        return Row("removed" if side == 0 else "added", seg)

    def _segment_at(self, side: int, y: float) -> int | None:
        """The segment of a side pane whose article holds ``y`` (its heading above)."""
        seg = None
        for index, (top, _bottom) in sorted(
            self.view.geo[side].ranges.items(), key=lambda kv: kv[1]
        ):
            if top - 4 > y:
                break
            seg = index
        return seg

    def place_at_top(self) -> KeptPlace | None:
        """The article at the top and the place of each side pane shown (``KeptPlace``)."""
        row = self.row_at_top()
        if row is None or self.view.mode == "inline" or self.waiting is not None:
            return None if row is None else KeptPlace(row, change=self._key_in_view())
        panes = (self.view.old_pane, self.view.new_pane)
        marks = (self._mark(side, pane) for side, pane in enumerate(panes) if pane.isVisible())
        return KeptPlace(row, tuple(m for m in marks if m is not None), self._key_in_view())

    def _key_in_view(self) -> int | Row | None:
        """The change being read, while it is on screen."""
        return self.current_key if self.current_in_view() else None

    def _mark(self, side: int, pane: QTextEdit) -> tuple[int, int, float, float] | None:
        value = pane.verticalScrollBar().value()
        ranges = self.view.geo[side].ranges
        in_view = [
            (top, seg)
            for seg, (top, _bottom) in ranges.items()
            if value <= top < value + pane.viewport().height()
        ]
        if in_view:
            top, first = min(in_view)
            return (side, first, 0.0, value - top)
        reading = self._segment_at(side, self._reading_y(pane))
        if reading is None:
            return None
        top, bottom = ranges[reading]
        return (side, reading, (value + ARTICLE_MARGIN - top) / (bottom - top), -ARTICLE_MARGIN)

    def show_place(self, place: KeptPlace) -> None:
        """Each side pane at its kept place again, else the kept article at the top (a
        long text still being written gets there once the article is written)."""
        self.show_row(place.row)
        if self.waiting is not None:
            self._kept = (self.waiting, place)
        else:
            self._back_at(place)

    def _back_at(self, place: KeptPlace) -> None:
        """Each side pane at its kept place, its text cursor there too and the change
        read current again. Texts laid out anew have their cursors at their very
        beginning: a key in the pane (Ctrl of Ctrl+Plus, after Go to Article left the
        keyboard there) then brought the Preamble back to the top."""
        v = self.view
        if v.mode != "inline":
            self._scroll_to(place)
        for pane in v.shown_panes():
            self.cursor_to_top(pane)
        self.keep_current(place.change)

    def _scroll_to(self, place: KeptPlace) -> None:
        v = self.view
        v.sync.enabled = False
        try:
            for side, seg, share, pixels in place.marks:
                span = v.geo[side].ranges.get(seg)
                if span is not None:
                    top, bottom = span
                    pane = v.old_pane if side == 0 else v.new_pane
                    pane.verticalScrollBar().setValue(round(top + share * (bottom - top) + pixels))
        finally:
            v.sync.enabled = v.mode == "side"

    @staticmethod
    def _reading_y(pane: QTextEdit) -> float:
        """Where the article being read starts at the latest: just below the top of the
        pane, or, with the end of the text at the bottom of the pane (Ctrl+End), anywhere
        above the last lines. Past that the pane shows the room below the text, where
        the last articles come to the top (``scroll_room``)."""
        bar = pane.verticalScrollBar()
        room = getattr(pane, "scroll_room", None)
        end = room.end_value if room is not None else bar.maximum()
        if 0 < end == bar.value():
            return bar.value() + max(ARTICLE_MARGIN, pane.viewport().height() - 3 * ARTICLE_MARGIN)
        return bar.value() + ARTICLE_MARGIN + 2

    def show_row(self, row: Row) -> None:
        """Bring a row's article to the top of the current view, whatever the view."""
        v = self.view
        cmp = v.cmp
        if cmp is None:
            return
        if v.mode == "inline":
            if v.inline is None:
                return
            inline = v.inline
            if not inline.shows(row):  # left out as unchanged: the next article shown
                every = cmp.rows()
                after = every[every.index(row) :] if row in every else []
                shown = next((r for r in after if inline.shows(r)), None)
                if shown is None:
                    return
                row = shown
            number = v.inline.block_of(row)
            if number is None:  # not written yet: brought up once it is
                v.inline.waiting = row
                return
            doc = v.inline_pane.document()
            block = doc.findBlockByNumber(number)
            top = doc.documentLayout().blockBoundingRect(block).top()
            v.inline_pane.verticalScrollBar().setValue(round(top - ARTICLE_MARGIN))
            return
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            self.jump_to_segments(pair.old[0], pair.new[0])
        elif row.kind == "added":
            self.jump_to_segments(None, row.index)
        else:
            self.jump_to_segments(row.index, None)

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
        self.waiting = None
        if v.mode == "inline":  # the redline stays: its row of that article comes up
            if v.cmp is not None and old is not None:
                self.show_row(v.cmp.row_of_segment(0, old))
            elif v.cmp is not None and new is not None:
                self.show_row(v.cmp.row_of_segment(1, new))
            return
        if v.mode in ("old", "new") and v.cmp is not None:  # only one text is shown
            old, new = _in_shown_text(v.cmp, v.mode, old, new)
        v.stretching.reach(old, new)  # (a pair too tall for Qt: the panes hold them now)
        if v.writing() and any(
            seg is not None and seg not in v.geo[side].ranges for side, seg in ((0, old), (1, new))
        ):
            self.waiting = (old, new)
            return
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

    def show_offset(self, side: int, offset: int) -> bool:
        """Bring a place inside an article (a numbered clause "3.2") to the top of its
        text's pane, the other pane following; say whether it was laid out to go to."""
        v = self.view
        if v.mode not in ("side", ("old", "new")[side]) or v.rendered is None:
            return False
        m = v.rendered[side].map
        if not m.covers(offset):
            return False
        pane = v.old_pane if side == 0 else v.new_pane
        cursor = pane.textCursor()
        cursor.setPosition(min(m.to_qt(offset), pane.document().characterCount() - 1))
        bar = pane.verticalScrollBar()
        bar.setValue(round(pane.cursorRect(cursor).top() + bar.value() - ARTICLE_MARGIN))
        return True

    def retry(self) -> None:
        """Make the jump that waited for its articles, if they are written now; then the
        place kept in them, if that jump was made for it."""
        if self.waiting is None:
            return
        waited, kept = self.waiting, self._kept
        self.jump_to_segments(*waited)
        if self.waiting is None and kept is not None and kept[0] == waited:
            self._kept = None
            self._back_at(kept[1])


def _in_shown_text(
    cmp: Comparison, mode: str, old: int | None, new: int | None
) -> tuple[int | None, int | None]:
    """A line of the hidden text's outline leads to the shown text's counterpart, or,
    for an article the shown text lacks, to the counterpart of the nearest one before
    it: a click there used to do nothing."""
    shown, hidden = (old, new) if mode == "old" else (new, old)
    if shown is not None or hidden is None:
        return old, new
    pair_of = cmp.pair_of_new if mode == "old" else cmp.pair_of_old
    for seg in range(hidden, -1, -1):
        k = pair_of(seg)
        if k is not None:
            pair = cmp.pairs[k]
            target = (pair.old if mode == "old" else pair.new)[0]
            return (target, None) if mode == "old" else (None, target)
    return old, new


def _change_id_at(doc: QTextDocument, position: int) -> int | None:
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)
    value = cursor.charFormat().property(CHANGE_PROP)
    return int(value) if isinstance(value, int) else None
