"""Where the reader is: the concordance row that follows the article at the top of the
reading pane, the "Change 3 of 41" label, and which pane Find starts from.

Reads the view and the concordance; never scrolls the panes and never takes focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ...core.comparison import Row
from ..compare.pane import ComparisonPane
from ..compare.view_navigation import ARTICLE_MARGIN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ..compare.comparison_view import ComparisonView
    from ..concordance.concordance_dock import ConcordanceDock

FOLLOW_DELAY_MS = 120
"""The concordance catches up this long after scrolling stops (no churn while flinging)."""


class ReadingPosition(QObject):
    rowAtTop = Signal(object)
    """The core ``Row`` of the article now at the top of the reading pane."""

    def __init__(
        self,
        view: ComparisonView,
        concordance: ConcordanceDock,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.concordance = concordance
        self.change_label = QLabel()
        self.change_label.setObjectName("change-position")
        self.change_label.setAccessibleName(self.tr("Position among the changes"))
        # Left of the legends: index 1 is the first place after the counts.
        status_bar.insertPermanentWidget(1, self.change_label)
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.follow)
        self._held: tuple[ComparisonPane, int] | None = None
        self._last_pane: ComparisonPane | None = None
        for pane in view.panes():
            pane.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.laidOut.connect(self._timer.start)
        view.changeVisited.connect(self.show_change)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- Find starts where the reader is --------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, ComparisonPane):
            self._last_pane = new

    def reading_pane(self) -> ComparisonPane:
        """The pane the reader last clicked into, if still shown; else the main one."""
        pane = self._last_pane
        if pane is not None and pane.isVisible():
            return pane
        return self.view.primary()

    # -- "Change 3 of 41" ------------------------------------------------------------------
    def show_change(self, index: int, total: int, edge: str) -> None:
        if edge == "none":
            self.change_label.setText(self.tr("No changes"))
            return
        if total <= 0 or index < 0:
            self.change_label.setText("")
            return
        notes = {
            "last": self.tr("Last change — press F7 again to start over"),
            "first": self.tr("First change — press Shift+F7 again to go to the last"),
            "wrapped": self.tr("back at the first change")
            if index == 0
            else self.tr("back at the last change"),
        }
        text = self.tr("Change {0} of {1}").format(index + 1, total)
        if edge in notes:
            text += " · " + notes[edge]
        self.change_label.setText(text)
        self._select_pair_of_change()

    def _select_pair_of_change(self) -> None:
        """Stepping through changes: the concordance shows the pair of the current
        change (not the article at the top), until the reader scrolls on."""
        k = self.view.navigator.current_pair
        if k is None:
            return
        source = self.concordance.row_of(Row("pair", k))
        if source is not None and source not in self.concordance.selected_rows():
            self.concordance.select_row(source)
        self.hold()

    # -- the concordance follows the reading position --------------------------------------
    def hold(self) -> None:
        """The reader chose a row: leave the selection alone until they scroll on."""
        pane = self.view.primary()
        self._held = (pane, pane.verticalScrollBar().value())

    def _scrolled(self) -> None:
        self._timer.start()

    def follow(self) -> None:
        """Make the row of the article at the top of the reading pane the current row."""
        pane = self.view.primary()
        value = pane.verticalScrollBar().value()
        if self._held is not None:
            if self._held == (pane, value):
                return
            self._held = None
        table = self.concordance.table
        if len(table.selectionModel().selectedRows()) > 1:
            return  # the reader is choosing rows to link: keep them
        row = self.row_at_top()
        if row is None:
            return
        self.rowAtTop.emit(row)
        source = self.concordance.row_of(row)
        if source is None or source in self.concordance.selected_rows():
            return
        self.concordance.select_row(source)

    def row_at_top(self) -> Row | None:
        """The concordance row of the article at the top of the reading pane."""
        v = self.view
        cmp = v.cmp
        if cmp is None:
            return None
        pane = v.primary()
        y = pane.verticalScrollBar().value() + ARTICLE_MARGIN + 2
        if pane is v.inline_pane:
            return self._inline_row_at(y)
        side = 0 if pane is v.old_pane else 1
        seg = None
        for index, (top, _bottom) in sorted(v.geo[side].ranges.items(), key=lambda kv: kv[1]):
            if top - 4 > y:
                break
            seg = index
        if seg is None:
            return None
        k = (cmp.old_to_pair if side == 0 else cmp.new_to_pair).get(seg)
        if k is not None:
            return Row("pair", k)
        return Row("removed" if side == 0 else "added", seg)

    def _inline_row_at(self, y: float) -> Row | None:
        v = self.view
        if v.inline is None or v.cmp is None:
            return None
        rows = [
            r
            for r in v.cmp.rows()
            if not (
                v.only_changed
                and r.kind == "pair"
                and v.cmp.pairs[r.index].status == "unchanged"
                and not v.cmp.pairs[r.index].moved
            )
        ]
        doc = v.inline_pane.document()
        layout = doc.documentLayout()
        found = None
        for row, number in zip(rows, v.inline.row_blocks, strict=False):
            if layout.blockBoundingRect(doc.findBlockByNumber(number)).top() - 4 > y:
                break
            found = row
        return found
