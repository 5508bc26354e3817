"""Span layers in ``Document.text`` offsets, and the reader's selection in the same terms.

The reading tools speak in offsets of the compared documents (entity mentions,
note anchors); the panes show rendered QTextDocuments. This module translates
both ways through the renderer's ``SideMap`` and keeps the layers across
re-renders (options, zoom, "only changed"), so callers set a layer once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QTextCursor

from ...core.comparison import Row
from .formats import SEGMENT_PROP
from .geometry import SideGeometry
from .pane import ComparisonPane
from .render import SideMap, heading_parts

if TYPE_CHECKING:
    from ...core.document import Document, Segment
    from .view_parts import ViewParts

Side = Literal["old", "new"]
SIDES: tuple[Side, Side] = ("old", "new")
KINDS = ("entity", "annotation")
GO_TO_FOCUS = 0.3
"""A passage jumped to lands this far down the viewport."""


class SpanLayers:
    def __init__(self, view: ViewParts) -> None:
        self.view = view
        self._spans: dict[tuple[Side, str], list[tuple[int, int, str]]] = {}
        self._texts: dict[tuple[Side, str], str | None] = {}
        """The text each layer's spans were given for (None: given before any text was
        shown, for the next one): a pair shown while it is still compared
        (``while_loading``) is another text, on which they mark nothing."""
        self._last: ComparisonPane | None = None
        for pane in (view.old_pane, view.new_pane):
            pane.selectionChanged.connect(lambda p=pane: self._selection_changed(p))

    # -- where things are -----------------------------------------------------------
    def pane(self, side: Side) -> ComparisonPane:
        return self.view.old_pane if side == "old" else self.view.new_pane

    def map(self, side: Side) -> SideMap | None:
        rendered = self.view.rendered
        return None if rendered is None else rendered[0 if side == "old" else 1].map

    def _text(self, side: Side) -> str:
        cmp = self.view.cmp
        return "" if cmp is None else (cmp.old if side == "old" else cmp.new).text

    # -- layers ---------------------------------------------------------------------
    def highlight(
        self,
        side: Side,
        spans: Sequence[tuple[int, int]],
        kind: str,
        tips: Sequence[str] | None = None,
        text: str | None = None,
    ) -> None:
        """``text``: the text the spans are of (by default the one shown, if any)."""
        tips = list(tips) if tips is not None else [""] * len(spans)
        self._spans[(side, kind)] = [(a, b, t) for (a, b), t in zip(spans, tips, strict=False)]
        if text is None and self.view.cmp is not None:
            text = self._text(side)
        self._texts[(side, kind)] = text
        self._apply(side, kind)
        if kind == "annotation":
            self.view.overview.set_marks(self.marks())

    def source_spans(self, side: Side, kind: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b, _t in self._spans.get((side, kind), [])]

    def apply_all(self) -> None:
        """Put every layer on freshly rendered documents."""
        for side in SIDES:
            self.pane(side).overlay.dark = self.view.scheme.dark
            for kind in KINDS:
                self._apply(side, kind)

    def _apply(self, side: Side, kind: str) -> None:
        side_map = self.map(side)
        if side_map is not None:
            shown = self._shown(side, kind, side_map)
            if kind == "annotation":
                shown += self._on_headings(side, side_map)
            self.pane(side).overlay.set_spans(kind, shown)
        inline = self.view.inline
        if inline is not None:  # the redline shows the words of both texts
            if kind == "annotation":  # a note may hold struck words and kept ones
                shown = self._shown("new", kind, inline.maps["new"]) + self._old_in_redline()
                shown += self._on_redline_headings()
            else:
                shown = [s for sd in SIDES for s in self._shown(sd, kind, inline.maps[sd])]
            self.view.inline_pane.overlay.set_spans(kind, shown)

    def _old_in_redline(self) -> list[tuple[int, int, str]]:
        """Notes on the older text where the redline shows them: over its struck words
        and over the words it shares with the newer one, which the redline writes once,
        from the newer text."""
        out = []
        cmp = self.view.cmp
        for a, b, tip in self._current("old", "annotation"):
            if cmp is not None and _heading_words(cmp.old, a, b):
                continue  # drawn on the redline's heading (``_on_redline_headings``)
            span = self._in_redline("old", a, b) if b > a else None
            if span is not None:
                out.append((*span, tip))
        return out

    def _on_redline_headings(self) -> list[tuple[int, int, str]]:
        """Notes on an article's heading (or the chapter's over it) where the redline
        writes that heading: they were drawn side by side and in the PDF only."""
        out: list[tuple[int, int, str]] = []
        inline = self.view.inline
        if inline is None:
            return out
        for side in SIDES:
            for a, b, tip in self._current(side, "annotation"):
                if b > a and not inline.maps[side].covers(a):
                    found = self._redline_heading_at(side, a, b)
                    if found is not None:
                        out.append((*found, tip))
        return out

    def _redline_heading_at(self, side: Side, a: int, b: int) -> tuple[int, int] | None:
        """Where the heading words ``a``-``b`` of one text stand in the redline's heading
        of their article: a pair's heading names the older article, an arrow, then the
        newer one, under the newer text's chapter line."""
        inline, cmp = self.view.inline, self.view.cmp
        doc = None if cmp is None else cmp.old if side == "old" else cmp.new
        index = doc.segment_at(a) if doc is not None else None
        if inline is None or cmp is None or doc is None or index is None:
            return None
        seg = doc.segments[index]
        if b > seg.body_start:
            return None
        k = (cmp.old_to_pair if side == "old" else cmp.new_to_pair).get(index)
        lonely = Row("removed", index) if side == "old" else Row("added", index)
        number = inline.block_of(Row("pair", k) if k is not None else lonely)
        if number is None:
            return None
        block = inline.document.findBlockByNumber(number)
        if not block.isValid() or not block.isVisible():
            return None
        text, (above, head) = block.text(), heading_parts(doc, seg)
        lo, hi = _heading_range(doc, seg, a, b)
        on_above = bool(above) and lo < len(above) and text.startswith(above)
        start = len(above) + 1 if above and text.startswith(above) else 0
        at = text.rfind(head, start) if side == "new" else text.find(head, start)
        if at < 0:
            return (block.position(), block.position() + len(above)) if on_above else None
        first = 0 if on_above else at
        last = at + len(head) if hi > len(above) or not on_above else len(above)
        return block.position() + first, block.position() + last

    def _in_redline(self, side: Side, start: int, end: int) -> tuple[int, int] | None:
        """Where a passage stands in the inline redline. Its two ends are placed apart:
        a note that closes on kept words after struck ones ran on past them by the length
        of the struck words, into the next article."""
        first = self._redline_position(side, start)
        if first is None:
            return None
        last = self._redline_position(side, max(start, end - 1))
        return first, max(first, last + 1) if last is not None else first

    def _redline_position(self, side: Side, offset: int) -> int | None:
        """Where a character of a text is written in the redline (the older text's
        kept words are written from the newer text), or None where it is not shown."""
        inline, cmp = self.view.inline, self.view.cmp
        if inline is None:
            return None
        side_map = inline.maps[side]
        if side_map.covers(offset):
            return side_map.to_qt(offset)
        if side == "old" and cmp is not None:
            at = cmp.new_offset_of_old(offset)
            if at is not None and inline.maps["new"].covers(at):
                return inline.maps["new"].to_qt(at)
        return None

    def _current(self, side: Side, kind: str) -> list[tuple[int, int, str]]:
        """A layer's spans, if they were given for the text shown now."""
        given, shown = self._texts.get((side, kind)), self._text(side)
        if given is not None and not (given is shown or given == shown):
            return []
        return self._spans.get((side, kind), [])

    def _shown(self, side: Side, kind: str, side_map: SideMap) -> list[tuple[int, int, str]]:
        return [
            (side_map.to_qt(a), side_map.to_qt(b), tip)
            for a, b, tip in self._current(side, kind)
            if b > a and side_map.covers(a)
        ]

    def _on_headings(self, side: Side, side_map: SideMap) -> list[tuple[int, int, str]]:
        """Notes on the words of an article's heading or of the chapter heading above it
        ("Article V", what selecting the heading notes), over the heading the pane draws:
        the pane draws headings apart from the text's words, and such a note showed
        nowhere in it."""
        out = []
        for a, b, tip in self._current(side, "annotation"):
            found = self._heading_at(side, side_map, a, b) if not side_map.covers(a) else None
            if found is not None:
                out.append((*found, tip))
        return out

    def _heading_at(self, side: Side, side_map: SideMap, a: int, b: int) -> tuple[int, int] | None:
        """Where the words ``a``-``b`` of a text stand in the heading its pane draws, or
        None when they are no heading's words (or the heading is not shown)."""
        cmp = self.view.cmp
        doc = None if cmp is None else cmp.old if side == "old" else cmp.new
        index = doc.segment_at(a) if doc is not None and b > a else None
        if doc is None or index is None or b > doc.segments[index].body_start:
            return None
        number = side_map.heading_block.get(index)
        block = self.pane(side).document().findBlockByNumber(number) if number is not None else None
        if block is None or not block.isValid() or not block.isVisible():
            return None  # (an article hidden by Show Only Changed Articles)
        lo, hi = _heading_range(doc, doc.segments[index], a, b)
        return block.position() + lo, block.position() + hi

    def marks(self) -> list[tuple[float, int]]:
        """Noted passages as (fraction of the text height, column) for the overview bar."""
        out: list[tuple[float, int]] = []
        cmp = self.view.cmp
        if self.view.stretching.by_characters() and cmp is not None:  # (the whole pair)
            for column, side in enumerate(SIDES):
                whole = max(len((cmp.old if column == 0 else cmp.new).text), 1)
                spans = self._current(side, "annotation")
                out.extend((a / whole, column) for a, b, _tip in spans if b > a)
            return out
        for column, side in enumerate(SIDES):
            side_map, geo = self.map(side), self.view.geo[column]
            document = self.pane(side).document()
            height = max(geo.height, 1.0)
            for a, b, _tip in self._current(side, "annotation"):
                if side_map is None or b <= a:
                    continue
                at = side_map.to_qt(a) if side_map.covers(a) else None
                if at is None:  # a note on a heading, which the pane draws apart
                    found = self._heading_at(side, side_map, a, b)
                    at = found[0] if found is not None else None
                if at is not None:
                    out.append((geo.y_of_position(document, at) / height, column))
        return out

    # -- navigation -------------------------------------------------------------------
    def on_screen(self, side: Side, spans: list[tuple[int, int]]) -> bool:
        """Whether any of these source spans is in view in its pane."""
        pane, side_map = self.pane(side), self.map(side)
        if side_map is None or not pane.isVisible():
            return False
        height = pane.viewport().height()
        for a, _b in spans:
            position = side_map.to_qt(a)
            if side_map.covers(a) and pane.document().findBlock(position).isVisible():
                cursor = QTextCursor(pane.document())
                cursor.setPosition(position)
                if 0 <= pane.cursorRect(cursor).center().y() < height:
                    return True
        return False

    def go_to(self, side: Side, start: int, end: int) -> bool:
        """Scroll that pane so the passage sits near the top and flash it; False when
        the passage is not rendered (its article is hidden)."""
        inline = self.view.inline if self.view.mode == "inline" else None
        if inline is not None:  # the inline redline holds the words of both texts
            cmp = self.view.cmp
            doc = None if cmp is None else cmp.old if side == "old" else cmp.new
            heading = doc is not None and _heading_words(doc, start, end)
            span = (
                self._redline_heading_at(side, start, end)  # (it is written apart)
                if heading
                else self._in_redline(side, start, max(end, start + 1))
            )
            if span is None:
                return False
            (a, b), pane = span, self.view.inline_pane
        else:
            self.view.stretching.reach_offset(SIDES.index(side), start)  # (a pair too tall for Qt)
            side_map, pane = self.map(side), self.pane(side)
            if side_map is None:
                return False
            if side_map.covers(start):
                a, b = side_map.to_qt(start), side_map.to_qt(max(end, start + 1))
            else:  # words of a heading, drawn apart from the text's (or not shown)
                found = self._heading_at(side, side_map, start, end)
                if found is None:
                    return False
                a, b = found
        pane.reveal(a)  # laid out (a far article of a long text is not)
        cursor = QTextCursor(pane.document())
        cursor.setPosition(a)
        pane.setTextCursor(cursor)
        y = SideGeometry().y_of_position(pane.document(), a)
        pane.verticalScrollBar().setValue(round(y - pane.viewport().height() * GO_TO_FOCUS))
        pane.overlay.flash(a, b)
        return True

    # -- the reader's selection ----------------------------------------------------------
    def _selection_changed(self, pane: ComparisonPane) -> None:
        """One passage is selected at a time: a selection left in the other text (shown
        dimmed there, or not at all) was taken for a note on the one just selected."""
        if pane.textCursor().hasSelection():
            self._last = pane
            for other in (self.view.old_pane, self.view.new_pane):
                if other is not pane:
                    other.drop_selection()

    def selection(self) -> tuple[Side, int, int] | None:
        """The selected passage as (side, start, end) in ``Document.text`` offsets: the
        focused pane's selection, else the most recent one; None when nothing is selected."""
        candidates = [
            p
            for p in (self.view.old_pane, self.view.new_pane)
            if p.isVisible() and p.textCursor().hasSelection()
        ]
        if not candidates:
            return self._inline_selection()
        focused = [p for p in candidates if p.hasFocus()]
        pane = focused[0] if focused else self._last if self._last in candidates else candidates[0]
        cursor = pane.textCursor()
        found = self.passage(pane, cursor.selectionStart(), cursor.selectionEnd())
        return found if found is not None else self._heading_selected(pane, cursor)

    def _heading_selected(
        self, pane: ComparisonPane, cursor: QTextCursor
    ) -> tuple[Side, int, int] | None:
        """An article's heading as the pane shows it, selected (after Go to Article, the
        cursor stands on it): the heading's words in the text. The pane draws its heading
        apart from the text's words, so the selection had held none of them, and the
        reader was asked to select a passage with one selected in plain view."""
        cmp = self.view.cmp
        if cmp is None or pane is self.view.inline_pane:
            return None
        block = pane.document().findBlock(cursor.selectionStart())
        index = block.blockFormat().property(SEGMENT_PROP)
        side: Side = "old" if pane is self.view.old_pane else "new"
        doc = cmp.old if side == "old" else cmp.new
        if not isinstance(index, int) or not 0 <= index < len(doc.segments):
            return None
        seg = doc.segments[index]
        line_end = doc.text.find("\n", seg.start, seg.body_start)
        return self._trimmed(side, seg.start, seg.body_start if line_end < 0 else line_end)

    def passage(self, pane: ComparisonPane, lo: int, hi: int) -> tuple[Side, int, int] | None:
        """A range of a pane's rendered text (a match of Find, say) as (side, start, end)
        in ``Document.text`` offsets; None when it holds none of a text's words."""
        if pane is self.view.inline_pane:
            inline = self.view.inline
            if inline is None:
                return None
            for text in SIDES[::-1]:  # the new text's words first
                found = _source_span(inline.maps[text], lo, hi)
                if found is not None:
                    return self._trimmed(text, *found)
            return None
        side: Side = "old" if pane is self.view.old_pane else "new"
        side_map = self.map(side)
        if side_map is None:
            return None
        return self._trimmed(side, side_map.to_src(lo, forward=True), side_map.to_src(hi))

    def _inline_selection(self) -> tuple[Side, int, int] | None:
        """The redline's selection in the words of one text: the new text's when the
        selection holds any of its words (struck words alone: the old text's)."""
        pane = self.view.inline_pane
        if not pane.isVisible() or not pane.textCursor().hasSelection():
            return None
        cursor = pane.textCursor()
        return self.passage(pane, cursor.selectionStart(), cursor.selectionEnd())

    def _trimmed(self, side: Side, start: int, end: int) -> tuple[Side, int, int] | None:
        text = self._text(side)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (side, start, end) if end > start else None


def _source_span(side_map: SideMap, lo: int, hi: int) -> tuple[int, int] | None:
    """The source offsets of the words of one text that a rendered range ``lo``-``hi``
    holds, first to last, or None when it holds none of them."""
    start = end = None
    for src, qt, length in zip(side_map.run_src, side_map.run_qt, side_map.run_len, strict=True):
        a, b = max(lo, qt), min(hi, qt + length)
        if a < b:
            first, last = src + a - qt, src + b - qt
            start = first if start is None else min(start, first)
            end = last if end is None else max(end, last)
    return None if start is None or end is None else (start, end)


def _heading_words(doc: Document, a: int, b: int) -> bool:
    """Whether ``a``-``b`` lies within the heading of an article of ``doc``."""
    index = doc.segment_at(a) if b > a else None
    return index is not None and b <= doc.segments[index].body_start


def _heading_range(doc: Document, seg: Segment, a: int, b: int) -> tuple[int, int]:
    """Where the words ``a``-``b`` of a heading stand in the heading the pane draws
    (``heading_parts``), from its start: the chapter's line over the article's own, the
    article's line, or both."""
    above, head = heading_parts(doc, seg)
    if not above:
        return 0, len(head)
    own = _own_line(doc.text, seg.start, seg.body_start, seg.heading)
    if b <= own:
        return 0, len(above)
    return (len(above) + 1 if a >= own else 0), len(above) + 1 + len(head)


def _own_line(text: str, start: int, end: int, heading: str) -> int:
    """Where an article's own heading line begins among the lines of its heading
    (``start``-``end``), below the divisions' and captions' lines (``heading_parts``)."""
    own, at = start, start
    for line in text[start:end].split("\n"):
        if heading and line.strip().startswith(heading):
            own = at + len(line) - len(line.lstrip())
        at += len(line) + 1
    return own
