"""The central widget: two panes, the connector band, the inline redline, the overview bar."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.comparison import Comparison
from .alignment import Padding, align_documents, anchors
from .colours import Scheme
from .connector import Band, ConnectorBand
from .geometry import SideGeometry
from .inline import InlineRenderer
from .overview import OverviewBar, Tick
from .pane import NO_CHANGE, ComparisonPane
from .render import Formats, Rendered, SideRenderer
from .scrollsync import ScrollSync
from .span_layers import Side, SpanLayers

MODES = ("side", "inline", "old", "new")
ARTICLE_MARGIN = 28
"""Headings land this far below the top (the document margin, as at the very top)."""
CHANGE_FOCUS = 0.3
"""Jumping to a change puts it this far down the viewport."""
QUOTE_LIMIT = 240


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:QUOTE_LIMIT]}{'…' if len(text) > QUOTE_LIMIT else ''}”"


class ComparisonView(QWidget):
    laidOut = Signal()
    """Rendering and alignment finished (panes, bands, overview are current)."""

    def __init__(self, scheme: Scheme, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme, self.font_ = scheme, font
        self.mode = "side"
        self.only_changed = False
        self.cmp: Comparison | None = None
        self.rendered: tuple[Rendered, Rendered] | None = None
        self.inline: InlineRenderer | None = None
        self.geo = (SideGeometry(), SideGeometry())
        self.pads = (Padding(), Padding())
        self.old_pane = ComparisonPane("old")
        self.new_pane = ComparisonPane("new")
        self.inline_pane = ComparisonPane("inline")
        self.old_pane.setAccessibleName(self.tr("Older text"))
        self.new_pane.setAccessibleName(self.tr("Newer text"))
        self.inline_pane.setAccessibleName(self.tr("Inline comparison"))
        self.old_title, self.new_title = QLabel(), QLabel()
        self.connector = ConnectorBand(self.old_pane, self.new_pane, scheme)
        self.overview = OverviewBar()
        self.sync = ScrollSync(self.old_pane, self.new_pane)
        self.layers = SpanLayers(self)
        self._build()
        for pane in self.panes():
            pane.tooltip_for = self.tooltip_for
            pane.changeHovered.connect(lambda cid, p=pane: self._hovered(p, cid))
            pane.verticalScrollBar().valueChanged.connect(self._update_overview_view)
        for pane in (self.old_pane, self.new_pane):
            pane.relayouted.connect(self.realign)
        self.inline_pane.relayouted.connect(self.realign)
        self.overview.jumpRequested.connect(self._jump_fraction)

    def _titled(self, label: QLabel, pane: ComparisonPane) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(10, 4, 10, 2)
        label.setWordWrap(False)
        label.setMinimumWidth(40)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        lay.addWidget(label)
        lay.addWidget(pane, 1)
        return box

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.old_box = self._titled(self.old_title, self.old_pane)
        self.new_box = self._titled(self.new_title, self.new_pane)
        self.splitter.addWidget(self.old_box)
        self.splitter.addWidget(self.connector)
        self.splitter.addWidget(self.new_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.inline_pane)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.overview)

    def panes(self) -> tuple[ComparisonPane, ComparisonPane, ComparisonPane]:
        return self.old_pane, self.new_pane, self.inline_pane

    def primary(self) -> ComparisonPane:
        return {"inline": self.inline_pane, "old": self.old_pane}.get(self.mode, self.new_pane)

    # -- showing ---------------------------------------------------------------
    def show_comparison(self, cmp: Comparison | None) -> None:
        self.cmp = cmp
        self.inline = None
        if cmp is None:
            return
        value = self.primary().verticalScrollBar().value()
        formats = Formats(self.scheme, self.font_)
        hidden = self._hidden(cmp)
        self.rendered = (
            SideRenderer(cmp, "old", formats).render(hidden[0]),
            SideRenderer(cmp, "new", formats).render(hidden[1]),
        )
        for pad in self.pads:
            pad.reset()
        self.old_pane.show_document(self.rendered[0].document)
        self.new_pane.show_document(self.rendered[1].document)
        self.layers.apply_all()
        for label, doc in ((self.old_title, cmp.old), (self.new_title, cmp.new)):
            label.setText(self._title(doc))
            label.setToolTip(self._title(doc))
        if self.mode == "inline":
            self._render_inline()
        self.realign()
        self.primary().verticalScrollBar().setValue(value)

    def _title(self, doc: object) -> str:
        title = str(getattr(doc, "title", ""))
        meta = getattr(doc, "metadata", {}) or {}
        date = meta.get("date") if isinstance(meta, dict) else None
        return f"{title} ({date})" if date and str(date) not in title else title

    def _hidden(self, cmp: Comparison) -> tuple[frozenset[int], frozenset[int]]:
        if not self.only_changed:
            return frozenset(), frozenset()
        same = [p for p in cmp.pairs if p.status == "unchanged" and not p.moved]
        return (
            frozenset(i for p in same for i in p.old),
            frozenset(j for p in same for j in p.new),
        )

    def _render_inline(self) -> None:
        if self.cmp is None:
            return
        self.inline = InlineRenderer(self.cmp, Formats(self.scheme, self.font_))
        self.inline_pane.show_document(self.inline.render(self.only_changed))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.stack.setCurrentIndex(1 if mode == "inline" else 0)
        self.old_box.setVisible(mode in ("side", "old"))
        self.new_box.setVisible(mode in ("side", "new"))
        self.connector.setVisible(mode == "side")
        self.sync.enabled = mode == "side"
        if mode == "inline" and self.inline is None:
            self._render_inline()
        self.realign()

    def set_only_changed(self, on: bool) -> None:
        self.only_changed = on
        self.show_comparison(self.cmp)

    def set_look(self, scheme: Scheme, font: QFont) -> None:
        self.scheme, self.font_ = scheme, font
        self.connector.scheme = scheme
        self.show_comparison(self.cmp)

    # -- span layers in Document.text offsets (entity mentions, notes) -------------
    def highlight_spans(
        self, side: Side, spans: list[tuple[int, int]], kind: str, tips: list[str] | None = None
    ) -> None:
        """Show a layer ("entity" or "annotation") of source spans in one text."""
        self.layers.highlight(side, spans, kind, tips)

    def go_to(self, side: Side, start: int, end: int) -> bool:
        """Scroll to a source span and flash it; False if it is not rendered."""
        return self.layers.go_to(side, start, end)

    def selection(self) -> tuple[Side, int, int] | None:
        """The reader's selection as (side, start, end) in Document.text offsets."""
        return self.layers.selection()

    # -- layout-dependent state -------------------------------------------------
    def realign(self) -> None:
        if self.cmp is None or self.rendered is None:
            return
        docs = (self.rendered[0].document, self.rendered[1].document)
        maps = (self.rendered[0].map, self.rendered[1].map)
        if self.mode == "side":
            align_documents(anchors(self.cmp, *maps), docs, maps, self.pads)
        self.geo = (SideGeometry.measure(docs[0], maps[0]), SideGeometry.measure(docs[1], maps[1]))
        chain = anchors(self.cmp, *maps)
        self.sync.set_points(
            [(self.geo[0].ranges[o][0], self.geo[1].ranges[n][0]) for o, n in chain]
            + [(self.geo[0].height, self.geo[1].height)]
        )
        self.connector.set_bands(self._bands())
        self.overview.set_ticks(self._ticks())
        self.overview.set_marks(self.layers.marks())
        self._update_overview_view()
        self.sync.resync(1)
        self.laidOut.emit()

    def _bands(self) -> list[Band]:
        assert self.cmp is not None
        bands = []
        old_r, new_r = self.geo[0].ranges, self.geo[1].ranges
        for pair in self.cmp.pairs:
            status = "moved" if pair.moved else pair.status
            for o in pair.old:
                for n in pair.new:
                    if o in old_r and n in new_r:
                        bands.append(Band(old_r[o], new_r[n], status))
        for j in self.cmp.added:
            if j in new_r:
                top, bottom = new_r[j]
                gap = (self.sync.map(1, top), self.sync.map(1, bottom))
                bands.append(Band(gap, (top, bottom), "added"))
        for i in self.cmp.removed:
            if i in old_r:
                top, bottom = old_r[i]
                bands.append(
                    Band(
                        (top, bottom), (self.sync.map(0, top), self.sync.map(0, bottom)), "removed"
                    )
                )
        return bands

    def _ticks(self) -> list[Tick]:
        if self.cmp is None or self.rendered is None:
            return []
        s = self.scheme
        colours = {"insert": s.status("added").name(), "delete": s.status("removed").name()}
        amber = s.status("modified").name()
        ticks = []
        for side in (0, 1):
            rendered, geo = self.rendered[side], self.geo[side]
            height = max(geo.height, 1.0)
            doc = rendered.document
            for _k, c in rendered.changes:
                start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
                if end <= start:
                    continue
                y = geo.y_of_position(doc, rendered.map.to_qt(start)) / height
                ticks.append(Tick(y, y, colours.get(c.op, amber), side))
            lonely = self.cmp.removed if side == 0 else self.cmp.added
            for i in lonely:
                if i in geo.ranges:
                    top, bottom = geo.ranges[i]
                    colour = colours["delete" if side == 0 else "insert"]
                    ticks.append(Tick(top / height, bottom / height, colour, side))
        return ticks

    def _update_overview_view(self) -> None:
        pane = self.primary()
        bar = pane.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total <= 0:
            return
        self.overview.set_view(bar.value() / total, (bar.value() + bar.pageStep()) / total)

    def _jump_fraction(self, fraction: float) -> None:
        bar = self.primary().verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        bar.setValue(round(fraction * total - bar.pageStep() / 2))

    # -- hover ---------------------------------------------------------------
    def tooltip_for(self, cid: int) -> str:
        if self.cmp is None or self.rendered is None:
            return ""
        if cid == -1:
            return self.tr("This article has no counterpart in the other text")
        if not 0 <= cid < len(self.rendered[0].changes):
            return ""
        c = self.rendered[0].changes[cid][1]
        if c.op == "replace":
            return self.tr("Replaced {0}\nby {1}").format(_quote(c.old_text), _quote(c.new_text))
        if c.op == "delete":
            return self.tr("Deleted from the older text: {0}").format(_quote(c.old_text))
        return self.tr("Inserted in the newer text: {0}").format(_quote(c.new_text))

    def _hovered(self, pane: ComparisonPane, cid: int) -> None:
        if self.rendered is None:
            return
        colour = self.scheme.counterpart_bg
        targets = {self.old_pane: (self.new_pane, 1), self.new_pane: (self.old_pane, 0)}
        if pane not in targets:
            return
        other, side = targets[pane]
        if cid == NO_CHANGE or not 0 <= cid < len(self.rendered[side].changes):
            other.set_layer("counterpart", [], colour)
            return
        c = self.rendered[side].changes[cid][1]
        start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
        m = self.rendered[side].map
        a, b = m.to_qt(start), m.to_qt(end)
        if b <= a:  # an insertion point: mark the character beside it
            b = a + 1
        other.set_layer("counterpart", [(a, b)], colour)

    # -- navigation -----------------------------------------------------------
    def _article_targets(self) -> list[tuple[float, int]]:
        """(heading top, heading block number) in the primary pane, top to bottom."""
        pane = self.primary()
        doc = pane.document()
        layout = doc.documentLayout()
        if pane is self.inline_pane:
            blocks = self.inline.row_blocks if self.inline else []
        elif self.rendered is None:
            return []
        else:
            blocks = list(
                self.rendered[0 if pane is self.old_pane else 1].map.heading_block.values()
            )
        out = []
        for number in blocks:
            block = doc.findBlockByNumber(number)
            out.append(
                (layout.blockBoundingRect(block).top() + block.blockFormat().topMargin(), number)
            )
        return sorted(out)

    def _change_positions(self) -> list[int]:
        pane = self.primary()
        if pane is self.inline_pane:
            return sorted(self.inline.change_positions.values()) if self.inline else []
        if self.rendered is None:
            return []
        side = 0 if pane is self.old_pane else 1
        r = self.rendered[side]
        out = []
        for _k, c in r.changes:
            start = c.old_start if side == 0 else c.new_start
            out.append(r.map.to_qt(start))
        return sorted(set(out))

    def _go(self, ys: list[float], direction: int, margin: float) -> int | None:
        """Scroll so the next (previous) target sits ``margin`` below the viewport top."""
        bar = self.primary().verticalScrollBar()
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
            self._place_cursor(
                self.primary().document().findBlockByNumber(targets[k][1]).position()
            )
        return k

    def _place_cursor(self, position: int) -> None:
        """Move the text cursor (for keyboard and screen-reader users) without scrolling."""
        pane = self.primary()
        bar = pane.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        pane.setTextCursor(cursor)
        bar.setValue(value)

    def next_change(self, direction: int = 1) -> int | None:
        pane = self.primary()
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
        pane = self.old_pane if side == 0 else self.new_pane
        y = pane.verticalScrollBar().value() + ARTICLE_MARGIN
        best = None
        for seg, (top, bottom) in self.geo[side].ranges.items():
            if top - 4 <= y < bottom:
                best = seg
        return best

    def jump_to_pair(self, k: int) -> None:
        if self.cmp is None or not 0 <= k < len(self.cmp.pairs):
            return
        pair = self.cmp.pairs[k]
        self._jump_segments(pair.old[0], pair.new[0])

    def jump_to_segment(self, side: int, index: int) -> None:
        self._jump_segments(index if side == 0 else None, index if side == 1 else None)

    def _jump_segments(self, old: int | None, new: int | None) -> None:
        if self.mode == "inline":
            self.set_mode("side")
        self.sync.enabled = False
        try:
            for side, seg in ((0, old), (1, new)):
                if seg is not None and seg in self.geo[side].ranges:
                    pane = self.old_pane if side == 0 else self.new_pane
                    top = self.geo[side].ranges[seg][0]
                    pane.verticalScrollBar().setValue(round(top - ARTICLE_MARGIN))
        finally:
            self.sync.enabled = self.mode == "side"
        if (old is None) != (new is None):
            self.sync.resync(0 if old is not None else 1)
