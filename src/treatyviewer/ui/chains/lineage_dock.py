"""The lineage table with its filter box and "changed only" (shown in the window's
Lineages dock)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.chain import Chain
from ..common.colours import Scheme
from .lineage_model import LINEAGE_ROLE, LineageFilter, LineageTableModel


class LineagePanel(QWidget):
    lineageChosen = Signal(int)
    """The reader picked a lineage (by click or keyboard); its index in the chain."""
    jumpRequested = Signal(int, int)
    """Show lineage ``n`` at version ``k`` in the panes (double click on a cell)."""
    cellClicked = Signal(int, int)
    """A click on lineage ``n``: at version ``k``, or -1 for its number."""

    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LineageTableModel(scheme, self)
        self.proxy = LineageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # rows are chosen whole: Tab goes on
        self.table.setObjectName("lineage-table")
        self.table.setAccessibleName(self.tr("Lineage table"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.clicked.connect(self._clicked)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: article number or status (e.g. removed)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the lineages"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.changed_only = QCheckBox(self.tr("Changed only"))
        self.changed_only.toggled.connect(self.proxy.set_changed_only)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.changed_only)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self._following = False

    def set_chain(self, chain: Chain | None) -> None:
        current = self.current_lineage()
        self.model.set_chain(chain)
        self._spread()
        if chain is not None and current is not None and current < len(chain.lineages):
            self.follow(current)

    def _spread(self) -> None:
        """The versions' columns share the table's width alike, the last one too (it
        stood cut behind a scroll bar once the window or the table was made narrower)."""
        header = self.table.horizontalHeader()
        header.resizeSection(0, 36)
        chain = self.model.chain
        if chain is None:
            return
        width = max(110, (self.table.viewport().width() - 40) // max(1, len(chain.documents)))
        for column in range(1, len(chain.documents)):
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()

    def set_scheme(self, scheme: Scheme) -> None:
        """Cells tinted in new colours (dark, high contrast)."""
        self.model.scheme = scheme
        rows, columns = self.model.rowCount(), self.model.columnCount()
        if rows and columns:
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(rows - 1, columns - 1)
            )

    def current_lineage(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(LINEAGE_ROLE)) if index.isValid() else None

    def follow(self, lineage: int) -> None:
        """Select ``lineage`` without announcing it as the reader's choice of jump."""
        index = self.proxy.mapFromSource(self.model.index(lineage, 0))
        if not index.isValid() or index.row() == self.table.currentIndex().row():
            return
        self._following = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._following = False
        self.lineageChosen.emit(lineage)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._following:
            self.lineageChosen.emit(int(current.data(LINEAGE_ROLE)))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cellClicked.emit(int(index.data(LINEAGE_ROLE)), index.column() - 1)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() > 0:
            self.jumpRequested.emit(int(index.data(LINEAGE_ROLE)), index.column() - 1)
