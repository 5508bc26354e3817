"""A pair too tall for Qt to lay out whole, held in the panes a stretch at a time.

Qt places no line of a QTextDocument below about 8.4 million pixels (its lengths are
fixed-point numbers): the lines past that are all put at the top, and the panes of a
20 MB pair were blank from about Art. 16437 on. So the panes of such a pair hold a
stretch of it: the aligned pairs from one anchor of the chain (``alignment.anchors``)
on, written as any long text is (``progressive``), until the text written reaches
``STRETCH_HEIGHT``. Everything the view knows of the panes (scroll sync, connectors,
placeholders, overview, change stops, Find) is then of that stretch, exactly as for a
text laid out whole. The reader who scrolls to either end of it, or jumps to an
article outside it (Go to, the outline, the concordance, a note, Ctrl+End), gets the
stretch that holds it, begun a little above it, at the same place on screen.

A pair that Qt can lay out whole is written whole, as before: one stretch.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from ...core.comparison import Comparison
from ..common.colours import Scheme
from ..common.slices import Steps
from . import stretch_chain
from .geometry import SideGeometry
from .overview import Tick
from .pane import ComparisonPane
from .progressive import Filling
from .scrollsync import ScrollSync
from .stretch_chain import (
    anchor_of,
    group,
    next_changed,
    offset_of,
    search_back,
    search_forward,
    segment_span,
)
from .view_filling import ViewFilling
from .whole_overview import CharScale, char_tick_steps, segment_at_share

ABOVE = 12
"""Anchors written above an article the reader jumps to, or scrolls on to, in a new
stretch (scrolling up a little stays within it)."""
STEP_BACK = 16
"""Anchors a stretch begins earlier when the reader scrolls up to its top."""
AT_END = 24
"""Anchors of the stretch that Ctrl+End shows (the last of the chain)."""
FAR_AHEAD = 64
"""A jump to an article further than this many anchors below what is written so far
starts a stretch there, rather than waiting for the writing to get there."""


class StretchedView(Protocol):
    """What of the comparison view the stretching reads and moves."""

    cmp: Comparison | None
    mode: str
    filler: ViewFilling
    geo: tuple[SideGeometry, SideGeometry]
    sync: ScrollSync
    old_pane: ComparisonPane
    new_pane: ComparisonPane
    scheme: Scheme

    def panes(self) -> tuple[ComparisonPane, ComparisonPane, ComparisonPane]: ...

    def primary(self) -> ComparisonPane: ...

    def writing(self) -> bool: ...

    def show_comparison(
        self,
        cmp: Comparison | None,
        keep_inline: bool = False,
        swap: bool = True,
        *,
        behind: bool = True,
    ) -> None: ...


def holds(filling: Filling, side: int, index: int) -> bool:
    """Whether the stretch being written holds segment ``index`` of one side."""
    k = anchor_of(filling.chain, side, index)
    return filling.first <= k < filling.end or k == filling.end == len(filling.chain)


def too_tall(filling: Filling) -> bool:
    """Whether the panes hold a stretch, or will: the texts are taller than one, as far
    as what is written so far tells."""
    return not filling.whole or filling.expected_height() > stretch_chain.STRETCH_HEIGHT


def _share(filling: Filling, anchors: int) -> int:
    """``anchors``, or a quarter of the anchors the stretch shown holds if that is
    fewer (a stretch of very long articles: it still reaches the article read)."""
    return max(1, min(anchors, (filling.end - filling.first) // 4))


class Stretching(QObject):
    """Which stretch of a long pair the panes hold, and moving it where the reader goes."""

    def __init__(self, view: StretchedView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.begin = 0
        """The segment of the newer text whose anchor the next writing of a long text
        begins at (a segment, not an anchor: showing only changed articles chains
        other anchors)."""
        self._ticks: tuple[Comparison, Scheme, list[Tick]] | None = None
        self._scales: list[CharScale | None] = [None, None]
        self._edges = QTimer(self, singleShot=True, interval=0)
        self._edges.timeout.connect(self._at_edge)
        for pane in view.panes()[:2]:
            pane.verticalScrollBar().valueChanged.connect(lambda _value: self._edges.start())
        view.filler.finished.connect(lambda: self._edges.start())

    def _filling(self) -> Filling | None:
        filling = self.view.filler.filling
        return filling if filling is not None and self.view.mode != "inline" else None

    def partial(self) -> bool:
        """Whether the panes hold a stretch of the texts, not all of them."""
        filling = self._filling()
        return filling is not None and not filling.whole

    # -- the overview of the whole pair (``whole_overview``) -----------------------------
    def by_characters(self) -> bool:
        """Whether the overview shows the whole pair by characters: the panes hold a
        stretch of it, or will (no height of the whole is measured)."""
        filling = self._filling()
        return filling is not None and too_tall(filling)

    def tick_steps(self) -> Steps[list[Tick]]:
        """The overview's ticks for the whole pair (computed once per comparison)."""
        cmp = self.view.cmp
        if cmp is None:
            return []
        if self._ticks is None or self._ticks[0] is not cmp or self._ticks[1] != self.view.scheme:
            ticks = yield from char_tick_steps(cmp, self.view.scheme)
            self._ticks = (cmp, self.view.scheme, ticks)
        return self._ticks[2]

    def shares(self, pane: ComparisonPane) -> tuple[float, float]:
        """The share of its text from the top to the bottom of a pane's view."""
        view = self.view
        side = 0 if pane is view.old_pane else 1
        scale = self._scales[side]
        if (scale is None or scale.geo is not view.geo[side]) and view.cmp is not None:
            doc = view.cmp.old if side == 0 else view.cmp.new
            scale = self._scales[side] = CharScale(doc, view.geo[side])
        if scale is None:
            return 0.0, 1.0
        scale.catch_up()
        value = pane.verticalScrollBar().value()
        return scale.share(value), scale.share(value + pane.viewport().height())

    def segment_at_share(self, side: int, share: float) -> int | None:
        """The segment of one text at a share of it (a click on the overview)."""
        cmp = self.view.cmp
        if cmp is None:
            return None
        return segment_at_share(cmp.old if side == 0 else cmp.new, share)

    def span(self) -> tuple[int, int] | None:
        """The first and last segments of the newer text the panes hold (None: all)."""
        filling = self._filling()
        if filling is None or filling.whole or self.view.cmp is None:
            return None
        cmp = self.view.cmp
        return segment_span(filling, 1, (len(cmp.old.segments), len(cmp.new.segments)))

    def reach(self, old: int | None, new: int | None) -> bool:
        """Make the panes hold segments ``old``/``new`` (either may be None) when the
        stretch shown does not, or has them far below what is written: a stretch is
        begun a little above them and written through them. True when it was."""
        filling = self._filling()
        if filling is None or (filling.whole and filling.done):
            return False
        targets = [(side, seg) for side, seg in ((0, old), (1, new)) if seg is not None]
        if not targets:
            return False
        wanted = min(anchor_of(filling.chain, side, seg) for side, seg in targets)
        inside = all(holds(filling, side, seg) for side, seg in targets)
        written = filling.lined_up + filling.first
        near = filling.done or wanted <= written + FAR_AHEAD or not too_tall(filling)
        if inside and near:
            return False
        self.rewrite(max(0, wanted - _share(filling, ABOVE)), dict(targets))
        return True

    def reach_offset(self, side: int, offset: int) -> bool:
        """``reach`` for the segment holding a source offset of one text."""
        if self.view.cmp is None:
            return False
        doc = self.view.cmp.old if side == 0 else self.view.cmp.new
        index = doc.segment_at(offset)
        if index is None:
            return False
        return self.reach(index if side == 0 else None, index if side == 1 else None)

    def to_end(self) -> bool:
        """Ctrl+End: the last stretch, when the panes hold (or will hold) an earlier one."""
        filling = self._filling()
        if filling is None or filling.first >= len(filling.chain) - AT_END:
            return False
        if filling.end >= len(filling.chain) and (filling.done or not too_tall(filling)):
            return False
        self.rewrite(max(0, len(filling.chain) - _share(filling, AT_END)), {})
        return True

    def to_start(self) -> bool:
        """Ctrl+Home: the first stretch, when the panes hold a later one."""
        filling = self._filling()
        if filling is None or filling.first == 0:
            return False
        self.rewrite(0, {})
        return True

    def rewrite(self, first: int, through: dict[int, int]) -> None:
        """Write the panes afresh from anchor ``first``, at once through segments
        ``through`` ({side: segment})."""
        view = self.view
        if view.cmp is None:
            return
        filling = view.filler.filling
        chain = filling.chain if filling is not None else []
        self.begin = (
            chain[first][1]
            if 0 < first < len(chain)
            else 0
            if first <= 0
            else len(view.cmp.new.segments)
        )
        view.filler.through = through
        view.show_comparison(view.cmp, keep_inline=True, swap=False, behind=False)

    def _changed_beyond(self, direction: int) -> int | None:
        """The anchor of the next (previous) change after (before) what the panes hold."""
        filling, view = self._filling(), self.view
        if filling is None or filling.whole or view.cmp is None:
            return None
        written = filling.end if filling.done else filling.first + filling.lined_up
        start = written if direction > 0 else filling.first - 1
        return next_changed(view.cmp, filling.chain, start, direction)

    def more(self, direction: int) -> bool:
        """Whether there are changes after (before) the stretch the panes hold."""
        return self._changed_beyond(direction) is not None

    def beyond(self, direction: int) -> bool:
        """Next (Previous) Change past the last (first) change of the stretch shown: the
        stretch that holds the next (previous) change, with the reading position just
        above (below) the article that has it. False when there is none."""
        filling, view = self._filling(), self.view
        a = self._changed_beyond(direction)
        if filling is None or view.cmp is None or a is None:
            return False
        ends = (len(view.cmp.old.segments), len(view.cmp.new.segments))
        olds, news = group(filling.chain, a, ends)
        side = 0 if view.primary() is view.old_pane else 1
        indices = olds if side == 0 else news
        if not indices:
            return False
        seg = indices[0] if direction > 0 else indices[-1]
        self.rewrite(max(0, a - _share(filling, ABOVE)), {side: seg})
        ranges = view.geo[side].ranges
        if seg not in ranges:
            return False
        pane = view.primary()
        top, bottom = ranges[seg]
        pane.verticalScrollBar().setValue(round(top - 4 if direction > 0 else bottom - 4))
        return True

    def find_beyond(
        self, pattern: re.Pattern[str], direction: int
    ) -> tuple[ComparisonPane, int] | None:
        """Find past the last (first) match of the stretch shown: the stretch that holds
        the next (previous) match in the reading pane's text, and where it now is
        (the pane and a position at the match's start). None when there is none."""
        filling, view = self._filling(), self.view
        if filling is None or filling.whole or view.cmp is None:
            return None
        pane = view.primary()
        side = 0 if pane is view.old_pane else 1
        doc = view.cmp.old if side == 0 else view.cmp.new
        ends = (len(view.cmp.old.segments), len(view.cmp.new.segments))
        first, last = segment_span(filling, side, ends)
        if not filling.done:  # (the rest of the stretch is not written yet)
            last = min(last, filling.next[side] - 1)
        if direction > 0:
            offset = search_forward(pattern, doc.text, offset_of(doc, last + 1))
        else:
            offset = search_back(pattern, doc.text, offset_of(doc, first))
        if offset is None:
            return None
        self.reach_offset(side, offset)
        filling = view.filler.filling
        index = doc.segment_at(offset)
        if filling is None or index is None:
            return None
        side_map = filling.rendered[side].map
        if side_map.covers(offset):
            return pane, side_map.to_qt(offset)
        number = side_map.heading_block.get(index)  # (a match in a heading)
        if number is None:
            return None
        return pane, pane.document().findBlockByNumber(number).position()

    def _at_edge(self) -> None:
        """The reader scrolled to the top of a stretch that is not the first, or to the
        end of one that is not the last: the stretch moves, the text stays in place."""
        filling, view = self._filling(), self.view
        if filling is None or filling.whole:
            return
        pane = view.primary()
        side = 0 if pane is view.old_pane else 1
        bar = pane.verticalScrollBar()
        screen = pane.viewport().height()
        if filling.first > 0 and bar.value() < screen:
            self._move(side, max(0, filling.first - _share(filling, STEP_BACK)))
        elif (
            filling.done
            and filling.end < len(filling.chain)
            and bar.value() > pane.scroll_room.end_value - screen
        ):
            seg = self._segment_at_top(side)
            if seg is not None:
                first = anchor_of(filling.chain, side, seg) - _share(filling, ABOVE)
                self._move(side, max(0, first))

    def _segment_at_top(self, side: int) -> int | None:
        """The segment of one pane that the top of its view is in (or last above it)."""
        pane = self.view.old_pane if side == 0 else self.view.new_pane
        y = pane.verticalScrollBar().value()
        above = [(top, i) for i, (top, _bottom) in self.view.geo[side].ranges.items() if top <= y]
        return max(above)[1] if above else None

    def _move(self, side: int, first: int) -> None:
        """Write the panes from anchor ``first``, the text on screen where it was."""
        view = self.view
        seg = self._segment_at_top(side)
        if seg is None:
            return
        pane = view.old_pane if side == 0 else view.new_pane
        offset = pane.verticalScrollBar().value() - view.geo[side].ranges[seg][0]
        self.rewrite(first, {side: seg})
        ranges = view.geo[side].ranges
        if seg in ranges:
            view.sync.enabled = False
            pane.verticalScrollBar().setValue(round(ranges[seg][0] + offset))
            view.sync.enabled = view.mode == "side"
            view.sync.resync(side)
