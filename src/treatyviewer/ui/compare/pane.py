"""One read-only text pane: shows a rendered side, reports hovers and dropped files."""

from __future__ import annotations

import textwrap
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QWidget

from ...core.bidi import RIGHT_TO_LEFT
from .copy_words import version_text
from .edited_region import repaint_edited_only
from .formats import CHANGE_PROP
from .letting_go import let_go
from .placeholders import MAX_LINES, SIDE_MARGIN, Placeholder, fit_lines
from .related_links import article_target
from .scroll_room import ScrollRoom
from .span_overlay import SpanOverlay
from .structure_marks import reference_target

NO_CHANGE = -2
TIP_WIDTH = 60
LINK_REACH = (0, -4, 4, -7, 7)
"""Offsets (pixels) at which a click or a hover still finds a link (``link_at``)."""
"""Tooltips wrap at about this many characters (Qt leaves plain text on one line)."""


def wrapped(text: str) -> str:
    """A tooltip broken into lines of about ``TIP_WIDTH`` characters, paragraphs kept."""
    return "\n".join(
        textwrap.fill(line, TIP_WIDTH) if len(line) > TIP_WIDTH else line
        for line in text.split("\n")
    )


FORWARD_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_End)
"""Keys that move the cursor on through the text (the others move it back)."""


def selected_text(cursor: QTextCursor) -> str:
    """The selection's text, line by line, as Qt copies it, but for the empty blocks
    that are not shown (around the frames of a long text, see ``frames``); the lines of
    a parked article are text like any other."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = cursor.document().findBlock(start)
    lines = []
    while block.isValid() and block.position() <= end:
        if block.isVisible() or block.length() > 1:
            at = block.position()
            lines.append(block.text()[max(start - at, 0) : min(end - at, block.length() - 1)])
        block = block.next()
    return "\n".join(lines).replace("\u00a0", " ").replace("\u2028", "\n")


class ComparisonPane(QTextEdit):
    """A QTextEdit that only displays; layout resizes are announced (debounced)."""

    fileDropped = Signal(str)
    filesDropped = Signal(list)
    """Several files dropped at once: a pair or a chain, in the order dropped."""
    changeHovered = Signal(int)
    """Change id under the mouse, or NO_CHANGE."""
    relayouted = Signal()
    """The text width changed; positions must be recomputed."""
    widthChanging = Signal()
    """The pane's width changed: its text is wrapped anew (``relayouted`` follows)."""
    widthChanged = Signal()
    """...and it is wrapped anew, before the pane is painted at its new width."""
    placeholderClicked = Signal(int)
    """A moved article's placeholder was clicked: the index of its pair."""
    referenceClicked = Signal(int)
    """A cross-reference was clicked: the index of the segment it names."""
    articleClicked = Signal(int, int)
    """A related article named after an unpaired article's heading was clicked:
    (text 0 old / 1 new, segment index)."""
    clicked = Signal(int)
    """A click that selected nothing: the document position clicked."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.copy_keep = "new"
        """Whose words a copy from the inline redline keeps (plain Copy: the newer text's)."""
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.tooltip_for: Callable[[int], str] = lambda _cid: ""
        self._hovered = NO_CHANGE
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._layer_ranges: dict[str, tuple[list[tuple[int, int]], str]] = {}
        """Each layer's ranges and colour: its selections are made again from them
        once the document is edited (a parked article written back collapses them)."""
        self._layer_reach = 0
        """The end of the furthest range of any layer."""
        self._layers_stale = QTimer(self, singleShot=True, interval=0)
        self._layers_stale.timeout.connect(self._remake_layers)
        self._width = -1
        self._shown: QTextDocument | None = None
        self._relayout_timer = QTimer(self, singleShot=True, interval=120)
        self._relayout_timer.timeout.connect(self.relayouted)
        self.overlay = SpanOverlay(self)
        """Painted span layers (entity mentions, noted passages, the flash after a jump)."""
        self.context_actions: list[QAction] = []
        self.context_for: Callable[[QMenu, int], list[QAction]] | None = None
        """Actions about what lies at a position of the pane's text (a place's name),
        made for one context menu, whose children they become."""
        """Added below Copy / Select All in the context menu (e.g. Annotate Selection)."""
        self.reveal: Callable[[int], None] = lambda _position: None
        """Lays out the article holding a document position, before it is measured or
        scrolled to (a long text keeps only what is near the view laid out)."""
        self.placeholders: list[Placeholder] = []
        self._placeholder_ys: list[float] = []
        """Set side by side: where the other text has an article this one lacks."""
        self.to_end: Callable[[], bool] = lambda: False
        self.to_start: Callable[[], bool] = lambda: False
        """Ctrl+End, Ctrl+Home in a text the pane holds a stretch of: True when the
        pane was given the stretch at that end (``stretches``)."""
        self.scroll_room = ScrollRoom(self)
        """Room past the end of the text, so its last article can come to the top."""

    def show_document(self, document: QTextDocument) -> None:
        previous = self._shown
        self._layers.clear()
        self._layer_ranges.clear()
        self._layer_reach = 0
        self.setExtraSelections([])
        self.overlay.clear()
        document.setUndoRedoEnabled(False)
        document.setParent(self)
        document.contentsChange.connect(self._document_edited, Qt.ConnectionType.UniqueConnection)
        self.setDocument(document)
        repaint_edited_only(self)
        self._shown = document
        if previous is not None and previous is not document:
            let_go(previous)  # (a long text's a slice at a time)
        self._width = -1

    # -- extra selections in named layers (counterpart, find) ---------------
    def set_layer(self, name: str, ranges: list[tuple[int, int]], colour: str) -> None:
        self._layer_ranges[name] = (ranges, colour)
        self._layer_reach = max(
            (end for spans, _ in self._layer_ranges.values() for _, end in spans), default=0
        )
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        selections = []
        for start, end in ranges:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self._layers[name] = selections
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def _document_edited(self, position: int, removed: int, added: int) -> None:
        # Text written after every range (a long text written on) moves none of them.
        if (removed or added) and position < self._layer_reach:
            self._layers_stale.start()

    def _remake_layers(self) -> None:
        if self.document() is not self._shown:
            return
        for name, (ranges, colour) in list(self._layer_ranges.items()):
            self.set_layer(name, ranges, colour)

    def set_placeholders(self, items: list[Placeholder]) -> None:
        """Faint lines where the other text has an article this one lacks."""
        if items != self.placeholders:
            self.placeholders = sorted(items, key=lambda item: item.y)
            self._placeholder_ys = [item.y for item in self.placeholders]
            self.viewport().update()

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if self.placeholders:
            self._paint_placeholders()
        self.overlay.paint()

    def _placeholder_font(self, text: str = "") -> QFont:
        """Italic, unless the text holds Arabic or Hebrew: no italic face has their
        letters, and Qt then draws empty boxes instead of falling back to another font."""
        font = QFont(self.document().defaultFont())
        font.setItalic(RIGHT_TO_LEFT.search(text) is None)
        return font

    def placeholder_rects(self) -> list[tuple[QRectF, list[str], Placeholder]]:
        """Where each placeholder on screen is drawn (viewport coordinates) and its
        wrapped lines; those off screen are not measured (a long text has thousands)."""
        metrics = QFontMetricsF(self._placeholder_font())
        offset = self.verticalScrollBar().value()
        width = self.viewport().width()
        tallest = metrics.height() * (MAX_LINES + 0.6)
        first = bisect_left(self._placeholder_ys, offset - tallest)
        last = bisect_right(self._placeholder_ys, offset + self.viewport().height())
        out = []
        for item in self.placeholders[first:last]:
            upright = RIGHT_TO_LEFT.search(item.text) is not None
            lines = fit_lines(
                QFontMetricsF(self._placeholder_font(item.text)) if upright else metrics,
                item.text,
                width - 2 * SIDE_MARGIN,
                MAX_LINES,
            )
            height = metrics.height() * (len(lines) + 0.6)
            rect = QRectF(SIDE_MARGIN, item.y - offset, width - 2 * SIDE_MARGIN, height)
            out.append((rect, lines, item))
        return out

    def placeholder_at(self, point: QPoint) -> Placeholder | None:
        for rect, _lines, item in self.placeholder_rects():
            if rect.contains(QPointF(point)):
                return item
        return None

    def _paint_placeholders(self) -> None:
        painter = QPainter(self.viewport())
        painter.setFont(self._placeholder_font())
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for rect, lines, item in self.placeholder_rects():
            if rect.bottom() < 0 or rect.top() > self.viewport().height():
                continue
            font = self._placeholder_font(item.text)
            font.setUnderline(item.pair is not None)  # a link: it jumps to the other end
            painter.setFont(font)
            painter.setPen(
                self.palette().color(QPalette.ColorRole.Link) if item.pair is not None else colour
            )
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
        painter.end()

    def createMimeDataFromSelection(self) -> QMimeData:
        """What Copy puts on the clipboard: the selected text as it reads, without the
        empty lines Qt keeps between the frames a long text is written in; from the
        inline redline, one version's words (``copy_keep``): deleted and inserted words
        run together are neither text."""
        mime = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        if cursor.hasSelection():
            mime.text()  # (Qt's own text is made when first asked for: then replaced)
            if self.side == "inline":
                mime.setText(version_text(cursor, self.copy_keep))
            else:
                mime.setText(selected_text(cursor))
        return mime

    def drop_selection(self) -> None:
        """Clear the selection where it is, without scrolling to the cursor: a passage
        selected earlier in this pane is not the one the reader means any more."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            bar = self.verticalScrollBar()
            value = bar.value()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            bar.setValue(value)

    def copy_version(self, keep: str) -> None:
        """Copy the selection as the ``keep`` ("old" or "new") text has it."""
        self.copy_keep = keep
        try:
            self.copy()
        finally:
            self.copy_keep = "new"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+End (Ctrl+Home) goes all the way to the end (start), not just far enough
        to show the cursor: the last article is then the one being read. The cursor
        never stays in a line that is not shown (``frames``, ``parking``); a key that
        does not move it (Ctrl or Alt alone, on the way to a shortcut or a menu) leaves
        it and the view as they are: setting it again scrolled to it, and a text laid
        out anew has it at its very beginning, in a line not shown, so Ctrl+Plus after
        a zoom had put the Preamble at the top."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and event.key() == Qt.Key.Key_End and self.to_end():
            return  # (another stretch: its end is followed, see ``stretches``)
        if ctrl and event.key() == Qt.Key.Key_Home and self.to_start():
            self.verticalScrollBar().setValue(0)
            return
        before = self._cursor_place()
        super().keyPressEvent(event)
        if self._cursor_place() != before:
            self._out_of_hidden(event.key() in FORWARD_KEYS)
        if ctrl:
            bar = self.verticalScrollBar()
            if event.key() == Qt.Key.Key_End:
                bar.setValue(self.scroll_room.end_value)
            elif event.key() == Qt.Key.Key_Home:
                bar.setValue(0)

    def _cursor_place(self) -> tuple[int, int]:
        """(anchor, position) of the text cursor."""
        cursor = self.textCursor()
        return cursor.anchor(), cursor.position()

    def _out_of_hidden(self, forward: bool) -> None:
        """A cursor moved into a block that is not shown: a parked article's line is
        written back (``reveal``); an empty one between frames is stepped over."""
        cursor = self.textCursor()
        if cursor.block().isVisible():
            return
        anchor, position = cursor.anchor(), cursor.position()
        if cursor.block().length() > 1:
            self.reveal(position)  # (written back: the same text, at the same positions)
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        block = cursor.block()
        for ahead in (forward, not forward):
            while block.isValid() and not block.isVisible():
                block = block.next() if ahead else block.previous()
            if block.isValid():
                break
            block = cursor.block()
        if block.isValid() and block != cursor.block():
            end = block.position() + block.length() - 1
            where = block.position() if block.position() > position else end
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.setPosition(
                where, keep if anchor != position else QTextCursor.MoveMode.MoveAnchor
            )
        self.setTextCursor(cursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.placeholder_at(event.position().toPoint())
        if item is not None and item.pair is not None:
            self.placeholderClicked.emit(item.pair)
            return
        anchor = self.link_at(event.position().toPoint())
        target = reference_target(anchor)
        if target is not None and event.button() == Qt.MouseButton.LeftButton:
            self.referenceClicked.emit(target)
            return
        article = article_target(anchor)
        if article is not None and event.button() == Qt.MouseButton.LeftButton:
            self.articleClicked.emit(*article)
            return
        super().mousePressEvent(event)

    def link_at(self, point: QPoint) -> str:
        """The link under ``point``, or one a few pixels to either side: a link one
        letter wide ("I" of "its matter went to I, II") is hard to hit exactly."""
        for dx in LINK_REACH:
            anchor = self.anchorAt(point + QPoint(dx, 0))
            if anchor:
                return anchor
        return ""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        at = self.cursorForPosition(event.pos()).position()
        extra = self.context_for(menu, at) if self.context_for is not None else []
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- geometry -----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        changing = event.oldSize().width() > 0 and event.size().width() != event.oldSize().width()
        if changing:
            # Said before the text is wrapped anew (and the other pane scrolled to
            # follow it), while the scroll offset still means what it meant; also the
            # first time after a text is shown (``_width`` is then unset).
            self.widthChanging.emit()
        super().resizeEvent(event)
        if changing:
            self.widthChanged.emit()
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            self._relayout_timer.start()

    def flush_relayout(self) -> bool:
        """Emit a pending relayout now (tests and screenshots); say whether there was one."""
        if self._relayout_timer.isActive():
            self._relayout_timer.stop()
            self.relayouted.emit()
            return True
        return False

    # -- hover --------------------------------------------------------------
    def change_at(self, point: QPoint) -> int:
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        pos = cursor.position()
        if pos + 1 <= block.position() + block.length() - 1:
            cursor.setPosition(pos + 1)
        value = cursor.charFormat().property(CHANGE_PROP)
        return int(value) if isinstance(value, int) else NO_CHANGE

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        item = self.placeholder_at(event.position().toPoint())
        link = item is not None and item.pair is not None
        anchor = self.link_at(event.position().toPoint())
        link = link or reference_target(anchor) is not None or article_target(anchor) is not None
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.IBeamCursor
        )
        cid = self.change_at(event.position().toPoint())
        if cid != self._hovered:
            self._hovered = cid
            self.changeHovered.emit(cid)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered != NO_CHANGE:
            self._hovered = NO_CHANGE
            self.changeHovered.emit(NO_CHANGE)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            placeholder = self.placeholder_at(pos)
            if placeholder is not None:
                QToolTip.showText(event.globalPos(), wrapped(placeholder.text), self.viewport())  # type: ignore[attr-defined]
                return True
            cid = self.change_at(pos)
            text = self.tooltip_for(cid) if cid >= 0 else ""
            if not text:
                cursor = self.cursorForPosition(pos)
                cursor.setPosition(min(cursor.position() + 1, self.document().characterCount() - 1))
                fmt = cursor.charFormat()
                # A link's tip only where a click follows it.
                text = "" if fmt.isAnchor() and not self.link_at(pos) else fmt.toolTip()
                text = text or self.overlay.tooltip_at(cursor.position())
            if text:
                QToolTip.showText(event.globalPos(), wrapped(text), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- drag and drop ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if not urls:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if len(urls) > 1:
            self.filesDropped.emit([u.toLocalFile() for u in urls])
            return
        self.fileDropped.emit(urls[0].toLocalFile())
