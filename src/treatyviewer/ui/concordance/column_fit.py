"""Concordance columns as wide as their widest cell, measured once whenever the rows change.

Qt's own "resize to contents" asks the delegate for the size of every cell of the first
rows, each question a round of calls into the Python model for eight roles, and does it
again on every layout pass (three before the first screen is painted). Here the cells'
texts are measured in Python, the widest few of each column are sized by Qt's delegate
as before, and the sections get the width Qt would have given them, once per change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from .concordance import ConcordanceModel

ROWS_MEASURED = 40
"""Rows (from the top of the sorted, filtered list) a column fits: measuring every row of
a long treaty on each change would cost more than the rest of the table..."""
ROWS_SAMPLED = 200
"""...and rows taken evenly from the rest: a long treaty's first rows may all read
"modified" while "unchanged · renumbered" comes further down, clipped to "unchang…"."""
CANDIDATES = 3
"""Cells per column whose exact size is asked of Qt: the widest by measured text, a few
in case the delegate's rounding orders near-equal widths otherwise."""
UNBOUNDED = 1_048_575
"""Qt's own most width of a header section."""
_REFIT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


class ColumnFit(QObject):
    """Sizes every column but the last (which takes the spare width) to its contents.

    A column held to the header's most width ("added · its matter came from 4", a long
    heading) gets back what the others leave spare before the last one takes it: a wide
    window gave half its width to "Decided by" while the status beside it was cut."""

    def __init__(
        self, table: QTableView, model: ConcordanceModel, proxy: QSortFilterProxyModel
    ) -> None:
        super().__init__(table)
        self.table, self.model, self.proxy = table, model, proxy
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.wanted: list[int] = []
        """Each column's width for its widest cell, before the most width..."""
        header = table.horizontalHeader()
        self.most = header.maximumSectionSize()
        """...the header's, set by the table; the header itself lets this class widen a
        column beyond it (Qt ignores a section made wider than its header's most)."""
        header.setMaximumSectionSize(UNBOUNDED)
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted,
                       proxy.rowsRemoved):  # fmt: skip
            signal.connect(self.fit)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in _REFIT_EVENTS:
            self.fit()
        elif watched is self.table and event.type() == QEvent.Type.Resize:
            self._spread()
        return False

    def fit(self, *_args: object) -> None:
        table, header = self.table, self.table.horizontalHeader()
        table.ensurePolished()
        rows = self._rows()
        plain = table.fontMetrics()
        italic_font = QFont(table.font())
        italic_font.setItalic(True)
        italic = QFontMetrics(italic_font)
        self.wanted = []
        for column in range(header.count()):  # the last stretches, but claims its width
            widths = []
            for row in rows:
                text, absent = self.model.shown_text(row, column)
                widths.append(((italic if absent else plain).horizontalAdvance(text), row))
            widest = sorted(widths, reverse=True)[:CANDIDATES]
            hint = max((self._hint(row, column) for _, row in widest), default=0)
            if table.showGrid():
                hint += 1
            self.wanted.append(
                max(hint, header.sectionSizeHint(column), header.minimumSectionSize())
            )
        self._spread()

    def _spread(self) -> None:
        """Every column at its width, up to the most; the width left over goes first to
        the columns so held, the rest to the last column."""
        header = self.table.horizontalHeader()
        if len(self.wanted) != header.count() or not self.wanted:
            return
        most = self.most
        sizes = [min(w, most) for w in self.wanted]
        spare = self.table.viewport().width() - sum(sizes)
        for column, want in enumerate(self.wanted[:-1]):
            more = min(max(spare, 0), want - sizes[column])
            if more > 0:
                sizes[column] += more
                spare -= more
        for column, size in enumerate(sizes[:-1]):
            header.resizeSection(column, size)

    def _rows(self) -> list[int]:
        """The model rows of the first ``ROWS_MEASURED`` rows shown, and of
        ``ROWS_SAMPLED`` rows spread over the others."""
        proxy = self.proxy
        total = proxy.rowCount()
        shown = list(range(min(ROWS_MEASURED, total)))
        rest = total - len(shown)
        if rest > 0:
            step = max(1, rest // ROWS_SAMPLED)
            shown += range(len(shown), total, step)
        return [proxy.mapToSource(proxy.index(r, 0)).row() for r in shown]

    def _hint(self, row: int, column: int) -> int:
        index = self.proxy.mapFromSource(self.model.index(row, column))
        return self.table.sizeHintForIndex(index).width()
