"""Texts shown as they were read, while they are still being compared.

Pairing and diffing a long pair takes its time; meanwhile the reader can already
read both texts. Each is shown with its articles' headings and paragraphs only: no
badge, counterpart or highlight, since nothing about what changed is known yet.
Only what the reader can reach soon is written: the first screens at once, then,
a slice at a time, a few screens ahead of wherever the reader scrolls.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument

from ...core.document import Document
from ...core.own_name import shown_from
from ..common.colours import Scheme
from ..common.slices import SlicedRun, Steps, first_then_sliced
from .connector import ConnectorBand
from .formats import SEGMENT_PROP, Formats
from .overview import OverviewBar
from .pane import ComparisonPane
from .pane_header import PaneHeader
from .render import heading_text, paragraphs, reflow
from .scrollsync import ScrollSync
from .view_navigation import ViewNavigator

FIRST_SCREENS = 2.0
"""Viewport heights written before the text is first painted."""
AHEAD_SCREENS = 4.0
"""How far below the reading position the text is kept written."""
STEP_CHARS = 4000
"""Characters written in one step (one edit block): a paragraph or a few."""
ARTICLE_MARGIN = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("UnpairedView", text)


class UnpairedText:
    """One text, written into one pane ahead of the reader."""

    def __init__(self, pane: ComparisonPane, doc: Document, formats: Formats) -> None:
        self.pane, self.doc, self.f = pane, doc, formats
        self.document = QTextDocument()
        self.document.setDefaultFont(formats.font)
        self.document.setDocumentMargin(28)
        self.document.setUndoRedoEnabled(False)
        self.heading_block: dict[int, int] = {}
        """Block number of each segment's heading written so far."""
        self._cursor = QTextCursor(self.document)
        self._pieces = self._all_pieces()
        self._run: SlicedRun[None] | None = None
        self.finished = False
        self._target: int | None = None
        """A segment to bring to the top once it is written (``go_to``)."""
        pane.show_document(self.document)
        pane.verticalScrollBar().valueChanged.connect(self.follow)
        want = pane.viewport().height() * FIRST_SCREENS
        self._run = first_then_sliced(
            self._steps(),
            lambda: self.document.size().height() > want,
            self._ended,
            self._failed,
        )

    def stop(self) -> None:
        self.pane.verticalScrollBar().valueChanged.disconnect(self.follow)
        if self._run is not None:
            self._run.stop()
            self._run.deleteLater()
            self._run = None

    def _wanted(self) -> bool:
        """More is to be written: the text ends less than ``AHEAD_SCREENS`` below the
        reading position."""
        pane = self.pane
        below = pane.verticalScrollBar().value() + pane.viewport().height() * AHEAD_SCREENS
        far = self._target is not None or self.document.size().height() < below
        return not self.finished and far

    def go_to(self, segment: int) -> None:
        """Bring a segment's heading to the top, once it is written."""
        self._target = segment
        self._reach()
        self.follow()

    def _reach(self) -> None:
        number = self.heading_block.get(self._target) if self._target is not None else None
        if number is None:
            return
        self._target = None
        block = self.document.findBlockByNumber(number)
        top = self.document.documentLayout().blockBoundingRect(block).top()
        self.pane.verticalScrollBar().setValue(round(top - ARTICLE_MARGIN))

    def follow(self) -> None:
        """The reader scrolled: write on if the end of what is written comes near."""
        if (self._run is None or not self._run.running) and self._wanted():
            if self._run is not None:
                self._run.deleteLater()
            self._run = SlicedRun(self._steps(), self._ended, self._failed)

    def _ended(self, _result: None) -> None:
        pass

    def _failed(self, exc: BaseException) -> None:
        raise exc

    def _steps(self) -> Steps[None]:
        while self._wanted():
            cursor = self._cursor
            cursor.beginEditBlock()
            written = 0
            for piece in self._pieces:
                written += piece
                if written >= STEP_CHARS:
                    break
            else:
                self.finished = True
            cursor.endEditBlock()
            self._reach()
            yield self.document.characterCount(), len(self.doc.text)

    def _all_pieces(self) -> Iterator[int]:
        """Write the text a heading or a paragraph at a time (each says its length)."""
        text, cursor, f = self.doc.text, self._cursor, self.f
        for i, seg in enumerate(self.doc.segments):
            block = QTextBlockFormat(f.heading_block)
            block.setProperty(SEGMENT_PROP, i)
            if i == 0:
                block.setTopMargin(0)
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block)
            self.heading_block[i] = cursor.block().blockNumber()
            title = heading_text(self.doc, seg)
            cursor.insertText(title, f.heading)
            yield len(title)
            for a, b in paragraphs(text, shown_from(text, seg, ()), seg.end):
                cursor.insertBlock(f.body_block, f.plain)
                cursor.insertText(reflow(text[a:b]), f.plain)
                yield b - a

    def segment_at_top(self) -> int | None:
        """The segment whose heading is last above the top of the pane (the one read)."""
        doc, top = self.document, self.pane.verticalScrollBar().value() + ARTICLE_MARGIN + 2
        layout = doc.documentLayout()
        found = None
        for i, number in self.heading_block.items():
            if layout.blockBoundingRect(doc.findBlockByNumber(number)).top() - 4 > top:
                break
            found = i
        return found


class UnpairedView(Protocol):
    """What of the comparison view the unpaired texts use."""

    mode: str
    scheme: Scheme
    font_: QFont
    old_pane: ComparisonPane
    new_pane: ComparisonPane
    inline_pane: ComparisonPane
    old_box: PaneHeader
    new_box: PaneHeader
    sync: ScrollSync
    connector: ConnectorBand
    overview: OverviewBar
    navigator: ViewNavigator


class UnpairedTexts:
    """Both texts shown unpaired in the panes of the view's mode (the redline's pane
    shows the newer text), each scrolled on its own, titled as not compared yet."""

    def __init__(self, view: UnpairedView) -> None:
        self.view = view
        self.texts: list[tuple[int, UnpairedText]] = []
        self.shown: tuple[Document, Document] | None = None

    def show(self, old: Document, new: Document, at: Sequence[tuple[int, int]] = ()) -> None:
        """``at``: (side, segment) of each pane to bring to the top, unless texts shown
        as read are on screen already (their reader's place is kept)."""
        v = self.view
        kept = self.stop()
        places = [kept] if kept is not None else list(at)
        self.shown = (old, new)
        v.sync.enabled = False  # nothing is known to face anything
        v.connector.set_bands([])
        v.overview.set_ticks([])
        v.overview.set_marks([])
        v.navigator.reset()
        formats = Formats(v.scheme, v.font_)
        panes = [(1, v.inline_pane, new)]
        if v.mode != "inline":
            panes = [(0, v.old_pane, old), (1, v.new_pane, new)]
        for box, doc in ((v.old_box, old), (v.new_box, new)):
            box.show_document(tr("{0} — not compared yet").format(doc.title), doc, False)
        for pane in (v.old_pane, v.new_pane):
            pane.set_placeholders([])
        self.texts = [(side, UnpairedText(pane, doc, formats)) for side, pane, doc in panes]
        for side, text in self.texts:
            for place_side, segment in places:
                if side == place_side:
                    text.go_to(segment)

    def stop(self) -> tuple[int, int] | None:
        """Stop showing the texts; (side, segment) of the article read in them."""
        if not self.texts:
            return None
        wanted = 0 if self.view.mode == "old" else 1
        reading = None
        for side, text in self.texts:
            segment = text.segment_at_top()
            if side == wanted and segment is not None:
                reading = (side, segment)
            text.stop()
        self.texts, self.shown = [], None
        self.view.sync.enabled = self.view.mode == "side"
        return reading
