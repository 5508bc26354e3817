"""The Go to Article dialog: a field to type a number or name in, over the list of
articles in reading order.

It opens at once on any text: the list asks for the names of the rows it shows only
(a long pair has tens of thousands of articles), and what the reader types is looked
up when they pause or press Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison, Row
from ...core.document import Document, Segment
from ...core.openings import opening
from ..common.list_field import ListField, Narrowed
from .article_lookup import Clause, row_name, typed_article, typed_clause

TYPING_PAUSE_MS = 150
"""What the reader types is looked up once they pause this long."""
SEARCH_LEAST = 3
"""Letters typed from which words that name no article are sought in the texts."""


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


class ArticleNames(Narrowed, QAbstractListModel):
    """Every row of a comparison, named when first shown, each with its title or its
    first words; or only the rows whose articles mention what the reader typed."""

    def __init__(self, cmp: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cmp = cmp
        self.rows = cmp.rows()
        self.shown: list[int] | None = None
        """Indices of ``rows`` listed while a search by wording holds (None: all)."""
        self._names: dict[int, str] = {}
        self._about: dict[int, str] = {}
        self._texts: list[str] | None = None

    def name(self, n: int) -> str:
        """The name of row ``n`` of ``rows`` ("Art. 4 → Art. IX")."""
        found = self._names.get(n)
        if found is None:
            found = self._names[n] = row_name(self.cmp, self.rows[n])
        return found

    def mentioning(self, typed: str) -> list[int]:
        """The rows whose articles, in either text, hold ``typed`` (any case, any
        spacing), in reading order. The texts are folded once, on the first search."""
        if self._texts is None:
            self._texts = [
                " ".join(_row_text(self.cmp, row).casefold().split()) for row in self.rows
            ]
        sought = " ".join(typed.casefold().split())
        return [n for n, text in enumerate(self._texts) if sought in text] if sought else []

    def show_only(self, rows: list[int] | None) -> None:
        self.beginResetModel()
        self.shown = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.rows) if self.shown is None else len(self.shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        n = self.at(index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self.name(n)
        if role == Qt.ItemDataRole.DisplayRole:
            about = self._about.get(n)
            if about is None:
                about = self._about[n] = _about(self.cmp, self.rows[n])
            return f"{self.name(n)} — {about}" if about else self.name(n)
        return None


def _segments(cmp: Comparison, row: Row) -> list[tuple[Document, Segment]]:
    if row.kind == "pair":
        pair = cmp.pairs[row.index]
        return [(cmp.new, cmp.new.segments[j]) for j in pair.new] + [
            (cmp.old, cmp.old.segments[i]) for i in pair.old
        ]
    doc = cmp.new if row.kind == "added" else cmp.old
    return [(doc, doc.segments[row.index])]


def _row_text(cmp: Comparison, row: Row) -> str:
    return "\n".join(doc.text[seg.start : seg.end] for doc, seg in _segments(cmp, row))


def _about(cmp: Comparison, row: Row) -> str:
    """A row's title as its (newer) article prints it, else its first words: the
    list had said "Art. II, only in the newer text" and nothing of what it is about."""
    doc, seg = _segments(cmp, row)[0]
    return opening(doc.text, seg)


class ArticleDialog(QDialog):
    def __init__(self, cmp: Comparison, current: Row | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Go to Article"))
        self.cmp = cmp
        self.row: Row | None = None
        """The row chosen (once accepted)..."""
        self.clause: Clause | None = None
        """...and the clause in it, when the reader typed one ("3.2")."""
        self.model = ArticleNames(cmp, self)
        self.list = QListView(self)
        self.list.setUniformItemSizes(True)  # no measuring of every row
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # a line's end gives way
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Articles"))
        self.field = ListField(self.list, self)
        self.field.setPlaceholderText(tr("Number, name or words: 5, V, old 30, Kars"))
        self.field.setAccessibleName(tr("Article"))
        self.label = QLabel(tr("Article:"), self)
        self.label.setBuddy(self.field)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.field)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        self.resize(560, 460)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._follow_typing)
        self.field.textEdited.connect(lambda _t: self._typing.start())
        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.list.activated.connect(lambda _i: self._go())
        self._quiet = False
        if current is not None and current in self.model.rows:
            self._select(self.model.rows.index(current))
            self.field.setText(self.model.name(self.model.rows.index(current)))
            self.field.selectAll()
        self.field.setFocus()

    def _select(self, n: int) -> None:
        """Make row ``n`` of the comparison's rows the current line."""
        line = self.model.row_of(n)
        if line is None:
            return
        self._quiet = True
        try:
            index = self.model.index(line, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row picked in the list (keys or mouse) goes into the field, unless the list
        holds what a search by wording found (the words typed stay)."""
        if not self._quiet and current.isValid() and self.model.shown is None:
            self.field.setText(self.model.name(self.model.at(current.row())))

    def _follow_typing(self) -> None:
        """An article the typing names is selected in the whole list; failing that, the
        list holds the articles that mention the words typed."""
        text = self.field.text()
        row = typed_article(self.cmp, self.model.rows, text, self.model.name)
        if row is not None or len(text.strip()) < SEARCH_LEAST:
            self._search(None)
            self.label.setText(tr("Article:"))
            if row is not None:
                self._select(self.model.rows.index(row))
            return
        found = self.model.mentioning(text)
        self._search(found)
        self.label.setText(
            tr("Articles that mention “{0}”: {1}").format(text.strip(), len(found))
            if found
            else tr("Neither text has an article “{0}” or mentions it. Article:").format(
                text.strip()
            )
        )

    def _search(self, found: list[int] | None) -> None:
        if found is None and self.model.shown is None:
            return
        self.model.show_only(found)
        if found:
            self._select(found[0])

    def _lookup(self) -> Row | None:
        text = self.field.text()
        current = self.list.currentIndex()
        if current.isValid() and (
            self.model.shown is not None or self.model.name(self.model.at(current.row())) == text
        ):
            return self.model.rows[self.model.at(current.row())]
        return typed_article(self.cmp, self.model.rows, text, self.model.name)

    def _go(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self._follow_typing()
        row = self._lookup()
        if row is None and (clause := typed_clause(self.cmp, self.field.text())):
            self.clause, row = clause, clause.row
        if row is None and self.model.shown is None:  # Enter before the pause: search now
            self._follow_typing()
            row = self._lookup() if self.model.shown else None
        if row is None:
            self.label.setText(
                tr("Neither text has an article “{0}” or mentions it. Article:").format(
                    self.field.text().strip()
                )
            )
            self.field.selectAll()
            return
        self.row = row
        self.accept()
