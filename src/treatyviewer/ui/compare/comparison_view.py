"""The central widget: two panes, the connector band, the inline redline, the overview bar.

The bands and ticks are computed in ``view_marks``, moving around in ``view_navigation``
and the title bars over the panes are ``pane_header.PaneHeader``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ...core.comparison import Comparison, Row
from ...core.document import Document
from ..common.colours import Scheme
from ..common.focus_ring import FocusRing
from .alignment import Padding
from .connector import ConnectorBand
from .end_follow import EndFollower
from .formats import Formats
from .geometry import SideGeometry
from .hover import mark_counterpart, tooltip
from .inline import InlineRenderer
from .inline_writing import InlineWriting
from .overview import OverviewBar
from .pane import ComparisonPane
from .pane_header import PaneHeader, pane_titles
from .places import same_places
from .render import Rendered, SideRenderer
from .scrollsync import ScrollSync
from .span_layers import Side, SpanLayers
from .stretches import Stretching
from .unpaired import UnpairedTexts
from .view_filling import LONG_TEXT, ViewFilling, Writing, is_long
from .view_navigation import ARTICLE_MARGIN, KeptPlace, ViewNavigator
from .whole_layout import lay_out_whole

MODES = ("side", "inline", "old", "new")


@dataclass(frozen=True, slots=True)
class KeptChange:
    """The change being read, to go to again once the texts are laid out anew: its id,
    or the row of a whole article only one text has (which, kept bare, had been taken
    for the article at the top: the status line then lost "Change 30 of 45")."""

    key: int | Row


class ComparisonView(QWidget):
    laidOut = Signal()
    """Rendering and alignment finished (panes, bands, overview are current)."""
    changeVisited = Signal(int, int, str)
    """(index, count, edge) after Next/Previous Change; edge is "", "last", "first",
    "wrapped" or "none" (no changes); index -1 when no change is current."""
    passageClicked = Signal(str, int)
    """(side, offset in that text): the reader clicked into a text without selecting."""
    segmentJumped = Signal(object)
    """A link to an article was followed (a related article, a cited one): its ``Row``,
    which the other views make current."""

    def __init__(self, scheme: Scheme, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheme, self.font_ = scheme, font
        self.mode = "side"
        self.only_changed = False
        self.swapped = False
        """The older text is on the right (Swap Sides); the comparison is unchanged."""
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
        self.navigator = ViewNavigator(self)
        self.filler: ViewFilling = ViewFilling(self, self)
        """Writes a long text into the panes step by step (see ``progressive``)."""
        self.inline_writer = InlineWriting(self.inline_pane, self.navigator.show_row, self)
        """Writes the redline (a long one step by step, see ``inline_writing``)."""
        self.inline_writer.shown.connect(self.layers.apply_all)
        self.inline_writer.finished.connect(self._inline_written)
        self.unpaired = UnpairedTexts(self)
        """The texts of a long pair as read, while they are compared."""
        self.end_follower = EndFollower(self.panes(), self.writing, self)  # Ctrl+End
        self.stretching = Stretching(self, self)
        """Which stretch of a pair too tall for Qt the panes hold (``stretches``)."""
        self.long_text = LONG_TEXT
        """Characters in both texts above which they are written step by step."""
        self.from_file = (False, False)
        """Whether each text was read from a file (its encoding is then shown)."""
        self.names = ("", "")
        """The files (or bundled ids) shown: a file name tells two same-titled texts apart."""
        self._names_shown = self.names
        """The names of the texts last shown (the place read is kept for the same texts)."""
        self._build()
        self._paint_page()
        for pane in self.panes():
            pane.tooltip_for = self.tooltip_for
            pane.changeHovered.connect(lambda cid, p=pane: self._hovered(p, cid))
            bar = pane.verticalScrollBar()
            bar.valueChanged.connect(self.update_overview_view)
            # A pane made taller or shorter shows more or less of the text: the box too.
            bar.rangeChanged.connect(lambda _low, _high: self.update_overview_view())
            pane.placeholderClicked.connect(self.jump_to_pair)
            index = 0 if pane.side == "old" else 1
            pane.referenceClicked.connect(lambda k, i=index: self.jump_to_segment(i, k))
            pane.articleClicked.connect(self.jump_to_segment)
        for side, pane in (("old", self.old_pane), ("new", self.new_pane)):
            pane.clicked.connect(lambda pos, s=side: self._clicked(s, pos))
            pane.to_end = partial(self._to_end, pane)
            pane.to_start = self.stretching.to_start
        # Both panes relayout after one resize: coalesce their signals into one pass.
        self._reading_after_layout: Row | KeptChange | KeptPlace | None = None
        """What to bring back into view once laid out: an article, or a change."""
        self._coming_place: tuple[int, int] | None = None
        """(side, segment) of the article a long text written behind the panes comes
        to (``_write_behind``)."""
        self._realign_timer = QTimer(self)
        self._realign_timer.setSingleShot(True)
        self._realign_timer.setInterval(0)
        self._realign_timer.timeout.connect(self.realign)
        for pane in (self.old_pane, self.new_pane, self.inline_pane):
            pane.relayouted.connect(self._realign_timer.start)
            pane.widthChanging.connect(self._keep_reading_place)
            pane.widthChanged.connect(self._hold_place)
        self.overview.jumpRequested.connect(self._jump_fraction)

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.rings = [FocusRing(pane) for pane in (self.old_pane, self.new_pane, self.inline_pane)]
        """Which text has the keyboard focus, drawn round it (a caret alone did not say)."""
        self.old_box = PaneHeader(self.old_title, self.old_pane)
        self.new_box = PaneHeader(self.new_title, self.new_pane)
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

    def shown_panes(self) -> list[ComparisonPane]:
        """The panes the current mode shows (where Find searches)."""
        return {
            "side": [self.old_pane, self.new_pane],
            "inline": [self.inline_pane],
            "old": [self.old_pane],
            "new": [self.new_pane],
        }[self.mode]

    def primary(self) -> ComparisonPane:
        return {"inline": self.inline_pane, "old": self.old_pane}.get(self.mode, self.new_pane)

    # -- showing ---------------------------------------------------------------
    def show_comparison(
        self,
        cmp: Comparison | None,
        keep_inline: bool = False,
        swap: bool = True,
        *,
        place: Row | KeptPlace | KeptChange | None = None,
        behind: bool = True,
    ) -> None:
        """Render ``cmp`` in every view (``keep_inline``: the side panes only, the
        redline of the same comparison stays as it is written). A long text being
        written (or written) side by side that pairs its articles as ``cmp`` does gets
        it patched in (``swap``, see ``swapping``), not written afresh. A long text
        written afresh while the reader reads the same texts (at ``place``, else at the
        article at the top) is written behind what the panes show until it reaches
        that article (``_write_behind``), unless not ``behind`` (the panes are to hold
        another stretch of a pair too tall for Qt: ``stretches``)."""
        reading = self.unpaired.stop()
        if not same_places(self.cmp, cmp):  # a place kept for a relayout: in other texts
            self._reading_after_layout = None
            self.stretching.begin = 0
        if swap and cmp is not None and self._swapped_in(cmp, keep_inline):
            return
        # The same texts shown again (other change classes hidden or shown): the article
        # being read comes back to the top once laid out; the old scroll offset, taken
        # on a layout not yet finished, put the Preamble there.
        same = self.names == self._names_shown and self.rendered is not None
        again = self._reading_segment() if same and self.mode != "inline" else None
        read_on = self.names == self._names_shown or reading is not None
        if cmp is not None and behind and read_on:
            kept = self._kept_place(cmp, place, reading or again)
            if kept is not None:
                self._write_behind(cmp, keep_inline, kept, unpaired=reading is not None)
                return
        self._coming_place = None
        self.cmp = cmp
        if not keep_inline:
            self.inline = None
            self.inline_writer.stop()
        self.filler.stop()
        if cmp is None:
            return
        value = self.primary().verticalScrollBar().value()
        if self.names != self._names_shown:  # other texts: shown from their beginning
            value = 0
        self._names_shown = self.names
        formats = Formats(self.scheme, self.font_)
        hidden = self._hidden(cmp)
        step_by_step = is_long(cmp, self.long_text)
        if step_by_step:
            line = QFontMetricsF(self.font_).height() * 1.6
            self.rendered = self.filler.start(
                Writing(cmp, formats, hidden, line, self.stretching.begin)
            )
        else:
            self.rendered = (
                SideRenderer(cmp, "old", formats).render(hidden[0]),
                SideRenderer(cmp, "new", formats).render(hidden[1]),
            )
        for pad in self.pads:
            pad.reset()
        self.old_pane.show_document(self.rendered[0].document)
        self.new_pane.show_document(self.rendered[1].document)
        self.layers.apply_all()
        self.show_titles(cmp)
        if self.mode == "inline" and self.inline is None:
            self._render_inline()
        self.navigator.reset()
        if step_by_step:
            self.filler.begin()
        else:
            if again is not None and self._reading_after_layout is None:
                self._reading_after_layout = cmp.row_of_segment(*again)
            self.realign()
        if reading is not None:  # the article read in the unpaired text
            self.jump_to_segment(*reading)
        elif again is None or step_by_step:
            self.primary().verticalScrollBar().setValue(value)

    def _kept_place(
        self,
        cmp: Comparison,
        place: Row | KeptPlace | KeptChange | None,
        segment: tuple[int, int] | None,
    ) -> Row | KeptPlace | KeptChange | None:
        """Where the reader is in ``cmp``, a long text about to be written again while
        the panes show the same texts: ``place``, else the article of ``segment`` (side,
        index), else the one a text still written behind the panes is to come to. None
        when it is written from the start (not long, the redline, nothing on screen)."""
        if self.mode == "inline" or not is_long(cmp, self.long_text):
            return None
        if place is None and segment is not None:
            side, index = segment
            if index < len((cmp.old, cmp.new)[side].segments):
                place = cmp.row_of_segment(side, index)
        coming = self._coming_place
        if place is None and coming is not None and self.filler.behind:
            side, index = coming
            if index < len((cmp.old, cmp.new)[side].segments):
                place = cmp.row_of_segment(side, index)
        shown = self.rendered is not None or self.filler.behind or segment is not None
        return place if shown and self._kept_row(cmp, place) is not None else None

    @staticmethod
    def _kept_row(cmp: Comparison, place: Row | KeptPlace | KeptChange | None) -> Row | None:
        """The article of a place kept (a change: the pair that holds it)."""
        if isinstance(place, KeptPlace):
            return place.row
        if isinstance(place, KeptChange):
            if isinstance(place.key, Row):
                return place.key
            changes = cmp.flat_changes
            return Row("pair", changes[place.key][0]) if 0 <= place.key < len(changes) else None
        return place

    def _write_behind(
        self,
        cmp: Comparison,
        keep_inline: bool,
        place: Row | KeptPlace | KeptChange,
        unpaired: bool,
    ) -> None:
        """Write a long text afresh while the panes keep showing what they show (the
        same texts at the width before, in the look before, or as read), until it is
        written through the article read; then show it there (``filler.start_behind``).
        Shown at once, it showed its beginning for seconds (at Art. 3000 of a 5 MB
        pair: 5 to 15), written from the start before it came back to the article."""
        row = self._kept_row(cmp, place)
        assert row is not None
        if unpaired:  # the texts as read face nothing
            self.sync.enabled = False
        self._names_shown = self.names
        self._coming_place = cmp.segment_of_row(row)
        through: dict[int, int] = {}
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            through = {side: ends[0] for side, ends in enumerate((pair.old, pair.new)) if ends}
        else:
            through = {0 if row.kind == "removed" else 1: row.index}
        line = QFontMetricsF(self.font_).height() * 1.6
        formats = Formats(self.scheme, self.font_)
        self.filler.start_behind(
            Writing(cmp, formats, self._hidden(cmp), line, self.stretching.begin),
            through,
            partial(self._show_written, cmp, keep_inline, place, unpaired),
            self._show_one_written,
        )

    def _show_one_written(self, side: int, rendered: Rendered, top: float) -> None:
        """One pane takes its text written behind it, at ``top`` (the article read),
        a turn before the other (``filler.start_behind``)."""
        self.sync.enabled = False  # (the other pane still shows the text before)
        pane = (self.old_pane, self.new_pane)[side]
        pane.show_document(rendered.document)
        pane.verticalScrollBar().setValue(round(top - ARTICLE_MARGIN))

    def _show_written(
        self,
        cmp: Comparison,
        keep_inline: bool,
        place: Row | KeptPlace | KeptChange,
        unpaired: bool,
        rendered: tuple[Rendered, Rendered],
    ) -> None:
        """The text written behind the panes reaches the article read: shown there
        (``unpaired``: read in the texts as read, it is made current, as a jump is)."""
        later = self._reading_after_layout  # (the place asked for meanwhile, if any)
        # A jump asked for meanwhile to articles not yet written (a long pair opened
        # again at the article it was left at) is made, not the place the writing began at.
        waited = self.navigator.waiting
        if not same_places(self.cmp, cmp):  # (asked for in the texts shown before)
            later = waited = None
        self._reading_after_layout = None
        self._coming_place = None
        self.cmp = cmp
        if not keep_inline:
            self.inline = None
            self.inline_writer.stop()
        self.rendered = rendered
        for pad in self.pads:
            pad.reset()
        for pane, written in zip((self.old_pane, self.new_pane), rendered, strict=True):
            if pane.document() is not written.document:  # (one took it a turn before)
                pane.show_document(written.document)
        self.sync.enabled = self.mode == "side"
        self.layers.apply_all()
        self.show_titles(cmp)
        if self.mode == "inline" and self.inline is None:  # (switched to meanwhile)
            self._render_inline()
        self.navigator.reset()
        self.filler.begin()
        reading = later if isinstance(later, Row | KeptPlace) else place
        if waited is not None and not isinstance(later, Row | KeptPlace):
            self.navigator.jump_to_segments(*waited)
        elif unpaired and isinstance(reading, Row):
            self.jump_to_segment(*cmp.segment_of_row(reading))
        elif isinstance(reading, KeptChange):
            row = self._kept_row(cmp, reading)
            if row is not None:
                self.navigator.show_row(row)
            self.navigator.go_to_key(reading.key)
        else:
            self._show_reading(reading)
        if not self.filler.as_started():  # the panes changed width meanwhile
            self.realign()

    def show_titles(self, cmp: Comparison) -> None:
        """The titles over the panes (file names, encodings: ``names``, ``from_file``)."""
        titles = pane_titles(cmp, self.names, self.from_file)
        for box, doc, from_file, (title, tip) in (
            (self.old_box, cmp.old, self.from_file[0], titles[0]),
            (self.new_box, cmp.new, self.from_file[1], titles[1]),
        ):
            box.show_document(title, doc, from_file, tip)

    def _swapped_in(self, cmp: Comparison, keep_inline: bool) -> bool:
        if self.mode == "inline" or self.inline_writer.active or not is_long(cmp, self.long_text):
            return False
        formats = self.filler.filling.writers[0].renderer.f if self.filler.filling else None
        if formats is None or formats.scheme is not self.scheme or formats.font != self.font_:
            return False
        afresh = partial(self.show_comparison, cmp, keep_inline, False)
        if not self.filler.swap(cmp, formats, self._hidden(cmp), afresh):
            return False
        self.cmp = cmp
        if not keep_inline:
            self.inline = None
        self.show_titles(cmp)
        self.navigator.reset()
        return True

    def show_unpaired(
        self, old: Document, new: Document, at: Sequence[tuple[int, int]] = ()
    ) -> None:
        """Two texts as read, while they are still compared (``unpaired``), each pane
        from the segment ``at`` gives for its side (side, index), if any."""
        self.filler.stop()
        self.inline_writer.stop()
        self.cmp, self.rendered, self.inline = None, None, None
        self.unpaired.show(old, new, at)

    def writing(self) -> bool:
        """A long text is still being written into the panes (see ``progressive``)."""
        return self.filler.active or self.inline_writer.active

    def written_share(self) -> float | None:
        """How much of the texts the current view shows is written so far (0..1), or
        None when all of it is: Find and Ctrl+End reach only what is written."""
        if self.mode == "inline":
            return self.inline_writer.share if self.inline_writer.active else None
        filling = self.filler.filling
        return filling.written_share() if self.filler.active and filling is not None else None

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
        self.inline = InlineRenderer(self.cmp, Formats(self.scheme, self.font_), self.only_changed)
        self.inline_pane.overlay.dark = self.scheme.dark
        self.inline_writer.begin(self.inline, is_long(self.cmp, self.long_text))

    def _inline_written(self) -> None:
        self.layers.apply_all()
        if not self.writing():
            self.laidOut.emit()

    def set_mode(self, mode: str, reading: Row | None = None) -> None:
        """Show another view of the texts, at the article the reader was reading
        (``reading``, else the one at the top)."""
        if reading is None and self.cmp is not None:
            reading = self.navigator.row_at_top()
        change = self.navigator.current_key if self.navigator.current_in_view() else None
        self._set_mode(mode)
        if reading is not None:
            for pane in self.panes():
                pane.flush_relayout()
            self.navigator.show_row(reading)
            # Panes that were hidden are laid out again once they get their width
            # back; the article is brought back to the top after that layout.
            self._reading_after_layout = reading
        if change is not None and self.navigator.go_to_key(change):
            self._reading_after_layout = KeptChange(change)  # it stays current

    def _set_mode(self, mode: str) -> None:
        long = self.cmp is not None and is_long(self.cmp, self.long_text)
        if mode != "inline" and (self.inline_writer.active or (long and self.inline is not None)):
            # A redline still being written goes first: hidden, it would hold up the
            # panes now shown; a long one, all laid out, holds hundreds of megabytes.
            # It is written afresh when it is shown again.
            self.inline_writer.clear()
            self.inline = None
        self.mode = mode
        self.stack.setCurrentIndex(1 if mode == "inline" else 0)
        self.old_box.setVisible(mode in ("side", "old"))
        self.new_box.setVisible(mode in ("side", "new"))
        self.connector.setVisible(mode == "side")
        self.sync.enabled = mode == "side"
        if self.unpaired.shown:
            self.unpaired.show(*self.unpaired.shown)  # in the panes of this view
        elif mode == "inline" and self.inline is None:
            self._render_inline()
        self.navigator.reset()
        self.realign()

    def set_swapped(self, on: bool) -> None:
        """Show the older text on the right (or back on the left). Only the panes move:
        the comparison still reads older → newer, and so do titles and concordance."""
        if on == self.swapped:
            return
        self.swapped = on
        left, right = (self.new_box, self.old_box) if on else (self.old_box, self.new_box)
        sizes = self.splitter.sizes()
        self.splitter.insertWidget(0, left)
        self.splitter.insertWidget(2, right)
        self.splitter.setSizes([sizes[2], sizes[1], sizes[0]])
        self.connector.swapped = on
        self.connector.update()

    def _paint_page(self) -> None:
        """High contrast: the page is pure white whatever the style; else the palette's."""
        for widget in (*self.panes(), self.overview):
            pal = QPalette()
            if self.scheme.high_contrast:
                pal.setColor(QPalette.ColorRole.Base, QColor(self.scheme.base))
                pal.setColor(QPalette.ColorRole.Text, QColor(self.scheme.text))
                widget.setPalette(pal)
            else:
                widget.setPalette(QPalette())
        self.overview.update()

    def set_only_changed(self, on: bool) -> None:
        """Leave out (or show again) the unchanged articles, at the article being read:
        the next one shown when that one is left out."""
        reading = self.navigator.row_at_top() if self.cmp is not None else None
        self.only_changed = on
        self.show_comparison(self.cmp)
        if reading is None or self.cmp is None:
            return
        self._back_to(self._shown_from(self.cmp, reading))

    def _back_to(self, reading: Row | KeptPlace | None) -> None:
        """``reading`` at the top of the panes again, now and after the next layout."""
        if reading is None or self.cmp is None:
            return
        for pane in self.panes():
            pane.flush_relayout()
        self._show_reading(reading)
        self._reading_after_layout = reading

    def _show_reading(self, reading: Row | KeptPlace) -> None:
        if isinstance(reading, KeptPlace):
            self.navigator.show_place(reading)
        else:
            self.navigator.show_row(reading)

    def _shown_from(self, cmp: Comparison, row: Row) -> Row | None:
        """``row``, or the first row after it whose article is not left out."""
        old_hidden, new_hidden = self._hidden(cmp)
        rows = cmp.rows()
        start = rows.index(row) if row in rows else 0
        for r in rows[start:]:
            if r.kind == "pair":
                left_out = cmp.pairs[r.index].old[0] in old_hidden
            else:
                left_out = r.index in (new_hidden if r.kind == "added" else old_hidden)
            if not left_out:
                return r
        return None

    def set_look(self, scheme: Scheme, font: QFont) -> None:
        """Other colours or another text size, at the article being read (at a larger
        size the same scroll offset shows an earlier one)."""
        place = self.navigator.place_at_top() if self.cmp is not None else None
        self.scheme, self.font_ = scheme, font
        self.connector.scheme = scheme
        self._paint_page()
        self.show_comparison(self.cmp)
        self._back_to(place)

    # -- span layers in Document.text offsets (entity mentions, notes) -------------
    def highlight_spans(
        self,
        side: Side,
        spans: list[tuple[int, int]],
        kind: str,
        tips: list[str] | None = None,
        text: str | None = None,
    ) -> None:
        """Show a layer ("entity" or "annotation") of source spans in one text;
        ``text``: the text they are spans of, when it may not be the one shown yet."""
        self.layers.highlight(side, spans, kind, tips, text)

    def go_to(self, side: Side, start: int, end: int) -> bool:
        """Scroll to a source span and flash it; False if it is not rendered."""
        return self.layers.go_to(side, start, end)

    def _clicked(self, side: Side, position: int) -> None:
        side_map = self.layers.map(side)
        if side_map is not None:
            self.passageClicked.emit(side, side_map.to_src(position))

    def copy_selection(self, keep: str) -> None:
        """Edit ▸ Copy: the text selected in the focused widget, or in a shown pane;
        from the inline redline as the ``keep`` ("old" or "new") text has it."""
        focus = QApplication.focusWidget()
        if focus is not None and focus not in self.panes():
            copy = getattr(focus, "copy", None)
            if callable(copy):
                copy()
                return
        panes = sorted(self.shown_panes(), key=lambda p: p is not focus)
        for pane in panes:
            if pane.textCursor().hasSelection():
                pane.copy_version(keep)
                return

    def selection(self) -> tuple[Side, int, int] | None:
        """The reader's selection as (side, start, end) in Document.text offsets."""
        return self.layers.selection()

    def change_passage(self) -> tuple[Side, int, int] | None:
        """The change being read (Next Change) as (side, start, end), while on screen."""
        found = self.navigator.change_passage()
        return None if found is None else ("new" if found[0] == "new" else "old", *found[1:])

    def passage(self, pane: ComparisonPane, lo: int, hi: int) -> tuple[Side, int, int] | None:
        """A range of a pane's text as (side, start, end) in Document.text offsets."""
        return self.layers.passage(pane, lo, hi)

    # -- layout-dependent state -------------------------------------------------
    def _reading_segment(self) -> tuple[int, int] | None:
        """The article being read, as (side, segment): that of the change being read if
        it is on screen, else the one at the top of the reading pane. Segments, not
        rows, since a comparison made again (a reader's link) numbers its pairs anew."""
        nav, cmp = self.navigator, self.cmp
        row = nav.current_row if nav.current_in_view() else None
        row = row or nav.row_at_top()
        return None if row is None or cmp is None else cmp.segment_of_row(row)

    def _keep_reading_place(self) -> None:
        """A pane is made wider or narrower: the change being read, if it is on screen,
        else the article at the top now, is brought back once the texts are laid out at
        the new width (the same scroll offset would show another one). Found from the
        layout of before, still in ``geo``. (Opening the Outline at change 9, in Art. I,
        put the Preamble at the top: the end of the Preamble stood above Art. I.)"""
        if self.cmp is not None and self._reading_after_layout is None:
            nav = self.navigator
            change = nav.current_key if nav.current_in_view() else None
            self._reading_after_layout = nav.row_at_top() if change is None else KeptChange(change)

    def _hold_place(self) -> None:
        """A long text's panes changed width: until it is written again at the new width
        (``restart_when_settled``, ``_write_behind``), Qt wraps the text on screen anew
        and the same scroll offset showed an article before the one read (Art. 287 at
        Art. 300, a dock opened): the article read comes back to the top, where Qt lays
        it out now."""
        cmp, rendered = self.cmp, self.rendered
        row = self._kept_row(cmp, self._reading_after_layout) if cmp is not None else None
        long = self.filler.filling is not None and self.mode != "inline"
        if cmp is None or rendered is None or row is None or not long:
            return
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            segments = [(side, ends[0]) for side, ends in enumerate((pair.old, pair.new)) if ends]
        else:
            segments = [(0 if row.kind == "removed" else 1, row.index)]
        self.sync.enabled = False
        try:
            for side, index in segments:
                number = rendered[side].map.heading_block.get(index)
                if number is None:
                    continue
                document = rendered[side].document
                block = document.findBlockByNumber(number)
                top = document.documentLayout().blockBoundingRect(block).top()
                bar = (self.old_pane, self.new_pane)[side].verticalScrollBar()
                bar.setValue(round(top - ARTICLE_MARGIN))
        finally:
            self.sync.enabled = self.mode == "side"

    def held_row(self) -> Row | None:
        """The article read, while the panes show a long text at another width than it
        was measured at (until it is written again at theirs, ``_hold_place``): by the
        measures, the top of the panes was another article (Art. 2984 at Art. 3000), and
        the Concordance and the Outline went there meanwhile."""
        filling, cmp = self.filler.filling, self.cmp
        if cmp is None or filling is None or self.mode == "inline" or filling.parking.steady():
            return None
        row = self._kept_row(cmp, self._reading_after_layout)
        if row is None and self.filler.behind and self._coming_place is not None:
            side, index = self._coming_place
            if index < len((cmp.old, cmp.new)[side].segments):
                row = cmp.row_of_segment(side, index)
        return row

    def realign(self) -> None:
        self._realign_timer.stop()
        if self.cmp is None or self.rendered is None:
            return
        if self.filler.filling is not None:  # a long text: written again at another width or mode
            if self.mode == "inline" or self.filler.as_started():  # hidden, or as begun
                return None
            cmp = self.cmp
            self._hold_place()
            return self.filler.restart_when_settled(lambda: self._write_again(cmp))
        lay_out_whole(self)
        reading, self._reading_after_layout = self._reading_after_layout, None
        if isinstance(reading, KeptChange):
            self.navigator.go_to_key(reading.key)
        elif reading is not None:
            self._show_reading(reading)
        self.laidOut.emit()

    def _write_again(self, cmp: Comparison) -> None:
        """A long text written again at a new width: the article read at the top when
        the width changed comes back to the top (once it is written, if it is not yet),
        not whatever the old scroll offset shows at the new width."""
        reading, self._reading_after_layout = self._reading_after_layout, None
        self.show_comparison(cmp, True, place=reading)
        if not self.filler.behind and isinstance(reading, Row | KeptPlace) and self.cmp is cmp:
            self._show_reading(reading)

    def _to_end(self, pane: ComparisonPane) -> bool:
        """Ctrl+End in a pair too tall for Qt: its last stretch, followed to its end."""
        if not self.stretching.to_end():
            return False
        self.end_follower.follow(pane)
        return True

    def update_overview_view(self) -> None:
        pane = self.primary()
        if pane is not self.inline_pane and self.stretching.by_characters():
            self.overview.set_view(*self.stretching.shares(pane))  # (the whole pair)
            return
        bar = pane.verticalScrollBar()
        total = pane.scroll_room.end_value + bar.pageStep()  # the text, not the room past it
        if total <= 0:
            return
        self.overview.set_view(bar.value() / total, (bar.value() + bar.pageStep()) / total)

    def _jump_fraction(self, fraction: float) -> None:
        pane = self.primary()
        if pane is not self.inline_pane and self.stretching.by_characters():
            side = 0 if pane is self.old_pane else 1
            index = self.stretching.segment_at_share(side, fraction)
            if index is not None:
                self.jump_to_segment(side, index)
            return
        bar = pane.verticalScrollBar()
        total = pane.scroll_room.end_value + bar.pageStep()
        bar.setValue(round(fraction * total - bar.pageStep() / 2))

    # -- hover ---------------------------------------------------------------
    def tooltip_for(self, cid: int) -> str:
        return tooltip(self.rendered, cid) if self.cmp is not None else ""

    def _hovered(self, pane: ComparisonPane, cid: int) -> None:
        if self.rendered is not None:
            mark_counterpart((self.old_pane, self.new_pane), self.rendered, self.scheme, pane, cid)

    # -- navigation -----------------------------------------------------------
    def next_article(self, direction: int = 1) -> int | None:
        return self.navigator.next_article(direction)

    def next_change(self, direction: int = 1) -> int | None:
        return self.navigator.next_change(direction)

    def segment_at_top(self, side: int) -> int | None:
        """The segment whose heading is nearest the top of the viewport (for tests)."""
        return self.navigator.segment_at_top(side)

    def jump_to_pair(self, k: int) -> None:
        self._reading_after_layout = None  # the reader went elsewhere since a view switch
        self.navigator.jump_to_pair(k)

    def show_articles(self, old: int | None, new: int | None) -> None:
        """The older text's article ``old`` at the top of its pane and the newer text's
        ``new`` at the top of its own, though they are not paired (an article just
        unlinked): now, and again once the panes are laid out (which brings the older
        pane back to face the newer one)."""
        cmp = self.cmp
        if cmp is None or (old is None and new is None):
            return
        side, segment = (1, new) if new is not None else (0, old)
        assert segment is not None  # (one of the two is, checked above)
        row = cmp.row_of_segment(side, segment)
        if self.mode == "inline":
            self._back_to(row)
            return
        marks = tuple(
            (side, seg, 0.0, -float(ARTICLE_MARGIN))
            for side, seg in ((0, old), (1, new))
            if seg is not None
        )
        self._back_to(KeptPlace(row, marks))

    def jump_to_segment(self, side: int, index: int) -> None:
        self._reading_after_layout = None
        self.navigator.jump_to_segments(index if side == 0 else None, index if side == 1 else None)
        if self.cmp is not None:
            self.segmentJumped.emit(self.cmp.row_of_segment(side, index))
