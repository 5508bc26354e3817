"""The outline dock: a tree by level of the older or the newer text.

Divisions ("Part II", "Chapter 3") hold their units, units hold their numbered
paragraphs and points; each unit shows what became of it (modified, renumbered,
added…). Clicking a line shows that place in the panes; the current unit
follows the reading position.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison, Row
from ..common.fitting_tabs import FittingTabBar
from ..common.vocabulary import status_text
from .outline_model import ROOT, SEGMENT_ROLE, Node, OutlineModel

__all__ = ["SEGMENT_ROLE", "OutlineDock"]

SIZED_BY = 200
"""Lines whose labels size the label column (cut to a few words, so a sample tells)."""
STATUS_MOST = 12
"""Letters of the status kept in view however long the labels: as many as the widest
status the lines show needs ("unchanged"), up to this many (then "…"), or up to the
widest status word of the interface's language where that is wider ("перенумерована":
twelve average letters had cut "пере…щена" in Russian). Four had left "m…" and "un…"
beside a Chinese law's long titles."""
OUTLINE_STATUSES = ("unchanged", "modified", "moved", "renumbered", "split", "merged",
                    "added", "removed", "repealed", "unknown")  # fmt: skip
"""The statuses the outline's lines can show."""
INDENT_LETTERS = 2
"""Each level of the tree is indented by this many average letters."""
EXPAND_ALL_UP_TO = 500
"""Top-level lines up to which all are opened (a unit shows its paragraphs); beyond
that only the divisions are: opening tens of thousands of units asks each for its
paragraphs at once."""

TYPICAL_SHARE = 0.6
"""Share of the lines whose labels the outline shows whole when it first opens (then
the texts' width decides: see ``OutlineDock.wanted_width``)."""

FILLED_AT_ONCE = 4000
"""Units of both texts up to which the outline is filled with the comparison's arrival."""


class Elision(QStyledItemDelegate):
    """Where a line's text is cut when its column is too narrow: a status, and a label
    that is only words, at their end ("Заключительна…"); a label with a number or
    where its unit went in the middle, so that it keeps its number and its target
    ("Прилож…ние 2", "Ст. XI…← 4"). Cut in the middle, the statuses and the names had
    read "пере…щена", "Заклю…часть"."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        middle = index.column() == 0 and not only_words(option.text)
        option.textElideMode = (
            Qt.TextElideMode.ElideMiddle if middle else Qt.TextElideMode.ElideRight
        )
        if middle and option.rect.width() > 0:
            room = option.rect.width() - TEXT_PADDING
            metrics = option.fontMetrics
            cut = words_elided(option.text, lambda t: metrics.horizontalAdvance(t) <= room)
            if cut is not None:
                option.text = cut


TEXT_PADDING = 8
"""Pixels of a line's cell that its text does not get (the style's margins)."""


def words_elided(text: str, fits: Callable[[str], bool]) -> str | None:
    """``text`` with whole words left out for "…" until it fits: after the arrow and
    the first article it points to ("Art. 3970 → 3968 …"), the words at its end; else
    those of its middle, its first two words (the unit's own name, "Art. 5706") kept
    before any at its end. None when even that does not fit. Cut letter by letter, a
    line read "Art. 57…6, 5707"; cut in its middle, "Art. 3970 … 3969" read as a range."""
    if fits(text):
        return text
    words = text.split(" ")
    arrow = next((k for k, w in enumerate(words) if w in ARROWS), None)
    if arrow is not None:
        for keep in range(len(words) - 1, min(arrow + 2, len(words)) - 1, -1):
            shown = " ".join([*words[:keep], "…"])
            if fits(shown):
                return shown
        shown = " ".join([*words[: min(2, arrow)], "…"])  # its own name at least
        return shown if fits(shown) else None
    for keep in range(len(words) - 1, 1, -1):
        head = max(2, (keep + 1) // 2)
        tail = keep - head
        shown = " ".join([*words[:head], "…", *(words[len(words) - tail :] if tail else [])])
        if fits(shown):
            return shown
    return None


ARROWS = frozenset("→←")
"""The marks between a unit and the units of the other text it went to or came from."""


def only_words(label: str) -> bool:
    """A label of words alone ("Заключительная часть"), no number ("XVI", "2", "(C)")
    nor arrow ("← 4") a reader looks for at its end."""
    return all(word.isalpha() and not word.isupper() for word in label.split())


class OutlineTree(QTreeView):
    """The outline's tree. The labels are what a reader finds an article by, so they
    keep the width they need; the status column takes the rest and gives way, cut with
    "…" (it once took its whole width first, leaving the labels "Prea…" or "…", and
    in Russian and Turkish next to nothing). Only in a very narrow dock are the labels
    cut too, so that a few letters of the status stay in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A line keeps its number and where it went ("→ Art. VI"), a status its start.
        self.setItemDelegate(Elision(self))
        # Articles sit three levels down in a statute: a narrower step leaves both
        # columns more room (the branch arrows still fit).
        self.setIndentation(self.fontMetrics().averageCharWidth() * INDENT_LETTERS)
        self._labels = 0
        """The width the labels need, as ``fit_columns`` last measured it."""
        self._statuses = 0
        """The width the statuses need, measured with the labels."""
        self.typical = 0
        """The width that shows most labels whole (``TYPICAL_SHARE``), with the last."""
        self._refit = QTimer(self)
        """Lines opened or closed (deeper lines are wider): fitted once they all are."""
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.fit_columns)
        self.expanded.connect(lambda _index: self._refit.start(0))
        self.collapsed.connect(lambda _index: self._refit.start(0))

    def fit_columns(self) -> None:
        """The labels as wide as they need (measured again: the lines or the model
        changed), the status the rest."""
        self._labels = self._labels_width() if self.model() is not None else 0
        self._statuses = self.sizeHintForColumn(1) if self.model() is not None else 0
        self._place_columns()

    def _place_columns(self) -> None:
        """The columns at this width, from the labels' width measured last (a resize
        changes the room, not the labels: they are not measured again while dragging)."""
        header = self.header()
        if self.model() is None or header.count() < 2:
            return
        header.setStretchLastSection(False)  # a stretched last section keeps its first size
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(SIZED_BY)
        least = self.status_least()
        room = self.viewport().width() - least
        header.setMinimumSectionSize(least)  # the status, stretched into what is left
        header.resizeSection(0, max(least, min(self._labels, room)))

    def status_least(self) -> int:
        """The status column's width however narrow the dock: as the statuses need, up
        to ``STATUS_MOST`` letters."""
        metrics = self.fontMetrics()
        most = max(metrics.averageCharWidth() * STATUS_MOST, self._status_word_width())
        most += metrics.horizontalAdvance("…")
        return min(max(self._statuses, metrics.horizontalAdvance("…")), most)

    def _status_word_width(self) -> int:
        """What the widest word of a status needs in the interface's language, with the
        margins a line's text is drawn within."""
        metrics = self.fontMetrics()
        words = (w for status in OUTLINE_STATUSES for w in status_text(status).split())
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return max(metrics.horizontalAdvance(w) for w in words) + 2 * (margin + 1)

    def _labels_width(self) -> int:
        """What the units' labels need (a division's heading spans the row: not asked),
        measured on the first lines and on lines spread over the whole text."""
        sampled = max(self.sizeHintForColumn(0), self.header().sectionSizeHint(0))
        self.typical = sampled
        model = self.model()
        if not isinstance(model, OutlineModel):
            return sampled
        widths = []
        for node in model.spread_units(SIZED_BY):
            depth, up = 1, model.parent_of(node)
            while up != ROOT:
                depth, up = depth + 1, model.parent_of(up)
            width = self.sizeHintForIndex(model.index_of(node)).width()
            widths.append(width + depth * self.indentation())
        if widths:
            widths.sort()
            self.typical = widths[min(len(widths) - 1, int(len(widths) * TYPICAL_SHARE))]
        return max(sampled, *widths)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_columns()


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
        self.sides = FittingTabBar(
            (self.tr("Older text"), self.tr("Newer text")),
            (self.tr("Older", "the older text, where its full name does not fit"),
             self.tr("Newer", "the newer text, where its full name does not fit")),
        )  # fmt: skip
        self.sides.setAccessibleName(self.tr("Which text to outline"))
        self.sides.currentChanged.connect(lambda _i: self._fill())
        self._later = QTimer(self)
        """Fills a long text's outline on the next turn of the event loop."""
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._fill)
        self.tree = OutlineTree()
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

    def wanted_width(self) -> int:
        """The dock's width that shows most lines' labels whole beside their status
        (a Swiss ordinance's titles had opened cut to "Art. 3 …")."""
        tree = self.tree
        chrome = self.width() - tree.viewport().width() if tree.viewport().width() > 0 else 0
        chrome = max(
            chrome, tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth() + 8
        )
        return tree.typical + tree.status_least() + chrome

    def set_comparison(self, cmp: Comparison) -> None:
        """A long text's outline is filled a turn of the event loop later: the tree lays
        out every line of it (a tenth of a second for 23,000), and that had come on top
        of the panes taking the new comparison, one stall of a quarter of a second.
        The place read in another pair names nothing in this one."""
        if self.cmp is not None and _sources(self.cmp) != _sources(cmp):
            self.reading = None
        self.cmp = cmp
        if len(cmp.old.segments) + len(cmp.new.segments) > FILLED_AT_ONCE:
            self._later.start()
        else:
            self._later.stop()
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
        model = OutlineModel(self.cmp, self.side, self)
        model.headers = [self.tr("Outline"), self.tr("Status")]
        old = self.tree.model()
        self.tree.setModel(model)
        if old is not None:
            old.deleteLater()
        self._expand(model)
        self.tree.fit_columns()  # a new model resets the header
        self.follow_row(self.reading)

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

    def _expand(self, model: OutlineModel) -> None:
        """Open the top level: every line of a short outline, the divisions of a long one;
        and every division inside an open one ("Hlava I" in "Část druhá"), so that no
        article hides two levels down."""
        top = model.lines(())
        if len(top) <= EXPAND_ALL_UP_TO:
            self.tree.expandToDepth(0)
        self._expand_divisions(model, top)

    def _expand_divisions(self, model: OutlineModel, nodes: list[Node]) -> None:
        """Each division's heading spans both columns (it has no status): a long one
        ("Part II — Matters of…") does not widen the label column the units share."""
        for node in nodes:
            if node[0] == "d":
                index = model.index_of(node)
                self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
                self.tree.expand(index)
                self._expand_divisions(model, model.lines(node))

    def follow(self, side: int, segment: int) -> None:
        """Select the line of the unit the reader is at (without jumping) and scroll to it."""
        model = self.tree.model()
        if not isinstance(model, OutlineModel) or side != self.side or self._later.isActive():
            return  # (an outline about to be filled follows the reading row then)
        index = model.index_of(("s", segment))
        if not index.isValid():
            return
        if self.tree.currentIndex() != index:
            self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)


def _sources(cmp: Comparison) -> tuple[str, str]:
    return cmp.old.source, cmp.new.source
