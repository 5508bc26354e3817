"""The outline dock: a tree by level of the older or the newer text.

Divisions ("Part II", "Chapter 3") hold their units, units hold their numbered
paragraphs and points; each unit shows what became of it (modified, renumbered,
added…). Clicking a line shows that place in the panes; the current unit
follows the reading position.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTabBar, QTreeView, QVBoxLayout, QWidget

from ...core.comparison import Comparison, Row
from ...core.document import Document
from ...core.structure_summary import unit_title
from ..common.names import segment_name
from ..common.vocabulary import status_text

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""(segment index, part start offset or -1) of a line."""


def _status(cmp: Comparison, side: int, index: int) -> tuple[str, str]:
    """What became of a unit ("modified") and where it went, when it moved or was
    renumbered ("→ § 5"; "← § 2" on the newer side)."""
    k = cmp.pair_of_old(index) if side == 0 else cmp.pair_of_new(index)
    if k is None:
        return status_text("removed" if side == 0 else "added"), ""
    pair = cmp.pairs[k]
    others = pair.new if side == 0 else pair.old
    other = cmp.new if side == 0 else cmp.old
    if not (pair.renumbered or pair.moved or len(others) > 1):
        return status_text(pair.status), ""
    names = ", ".join(segment_name(other.segments[j]) for j in others)
    return status_text(pair.status), f" {'→' if side == 0 else '←'} {names}"


LABEL_CHARS = 24
"""Longer headings are cut with an ellipsis so the status column stays in view."""


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _unit_item(doc: Document, k: int, status: str, where: str) -> QStandardItem:
    seg = doc.segments[k]
    name = " ".join(filter(None, (segment_name(seg), unit_title(doc.text, seg))))
    item = QStandardItem(_short(name) + where)
    item.setData((k, -1), SEGMENT_ROLE)
    for part in seg.parts:
        if part.level != 1:
            continue
        child = QStandardItem(part.key)
        child.setData((k, part.start), SEGMENT_ROLE)
        item.appendRow([child, QStandardItem("")])
        for sub in seg.parts:
            if sub.parent is not None and seg.parts[sub.parent] is part:
                grand = QStandardItem(sub.key)
                grand.setData((k, sub.start), SEGMENT_ROLE)
                child.appendRow([grand, QStandardItem("")])
    item.setToolTip(f"{name}{where}: {status}")
    return item


def build_outline(cmp: Comparison, side: int) -> QStandardItemModel:
    """The tree of one text: divisions, their units with status, and the parts."""
    doc = cmp.old if side == 0 else cmp.new
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Outline", "Status"])
    division_items: list[QStandardItem] = []
    # Rows at the top level, in the order of the text: a preamble before "Chapter I",
    # an unnumbered section after the last chapter.
    top: list[tuple[int, list[QStandardItem]]] = []
    for d in doc.divisions:
        name = f"{d.name} — {d.title}" if d.title else d.name
        item = QStandardItem(_short(name))
        item.setToolTip(name)
        item.setData((-1, d.start), SEGMENT_ROLE)
        if d.parent is None:
            top.append((d.start, [item, QStandardItem("")]))
        else:
            division_items[d.parent].appendRow([item, QStandardItem("")])
        division_items.append(item)
    for k, seg in enumerate(doc.segments):
        status, where = _status(cmp, side, k)
        row = [_unit_item(doc, k, status, where), QStandardItem(status)]
        if seg.division is not None and seg.division < len(division_items):
            division_items[seg.division].appendRow(row)
        else:
            top.append((seg.start, row))
    for _, row in sorted(top, key=lambda entry: entry[0]):
        model.invisibleRootItem().appendRow(row)
    return model


class OutlineDock(QDockWidget):
    jumpRequested = Signal(int, int, int)
    """(side 0 old / 1 new, segment index, offset or -1) to show in the panes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outline")
        self.cmp: Comparison | None = None
        self._stale = False
        """The comparison changed while the dock was hidden: filled when it shows."""
        self.reading: Row | None = None
        """The row being read, followed again when the dock is shown or changes text."""
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.sides = QTabBar()
        self.sides.addTab(self.tr("Older text"))
        self.sides.addTab(self.tr("Newer text"))
        self.sides.setExpanding(False)
        self.sides.setAccessibleName(self.tr("Which text to outline"))
        self.sides.currentChanged.connect(lambda _i: self._fill())
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Outline of the text"))
        self.tree.setUniformRowHeights(True)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._clicked)
        lay.addWidget(self.sides)
        lay.addWidget(self.tree, 1)
        self.setWidget(body)

    @property
    def side(self) -> int:
        return self.sides.currentIndex()

    def set_comparison(self, cmp: Comparison) -> None:
        self.cmp = cmp
        self._fill()

    def _fill(self) -> None:
        """The outline of the current text; while hidden, only noted (a long text's
        outline is thousands of lines nobody sees)."""
        if self.cmp is None:
            return
        if self.isHidden():
            self._stale = True
            return
        self._stale = False
        model = build_outline(self.cmp, self.side)
        model.setHorizontalHeaderLabels([self.tr("Outline"), self.tr("Status")])
        old = self.tree.model()
        self.tree.setModel(model)
        if old is not None:
            old.deleteLater()
        self.tree.expandToDepth(0)
        self.follow_row(self.reading)
        # A new model resets the header: size the label column to its text again.
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _clicked(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(0)
        data = first.data(SEGMENT_ROLE)
        if not data:
            return
        segment, offset = data
        if segment < 0:  # a division: its first unit
            child = first.model().index(0, 0, first)
            while child.isValid() and child.data(SEGMENT_ROLE)[0] < 0:
                child = first.model().index(0, 0, child)
            if not child.isValid():
                return
            segment, offset = child.data(SEGMENT_ROLE)
        self.jumpRequested.emit(self.side, segment, offset)

    def follow_row(self, row: Row | None) -> None:
        """Follow the reading position: select the unit of this reading-order row (none
        when this text does not have it: an added article in the older text)."""
        self.reading = row
        if self.cmp is None or row is None or not self.isVisible():
            return
        side = self.side
        indices: list[int] = []
        if row.kind == "pair" and row.index < len(self.cmp.pairs):
            pair = self.cmp.pairs[row.index]
            indices = list(pair.old if side == 0 else pair.new)
        elif (row.kind == "removed") == (side == 0):
            indices = [row.index]
        if indices:
            self.follow(side, indices[0])
        else:
            self.tree.selectionModel().clearSelection()
            self.tree.setCurrentIndex(QModelIndex())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill()
        self.follow_row(self.reading)  # it did not follow while hidden

    def follow(self, side: int, segment: int) -> None:
        """Select the line of the unit the reader is at (without jumping) and scroll to it."""
        model = self.tree.model()
        if model is None or side != self.side:
            return
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(model.rowCount(parent)):
                index = model.index(r, 0, parent)
                if index.data(SEGMENT_ROLE) == (segment, -1):
                    if self.tree.currentIndex() != index:
                        self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return
                stack.append(index)
