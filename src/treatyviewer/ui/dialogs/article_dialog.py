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
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison, Row
from .article_lookup import Clause, row_name, typed_article, typed_clause

TYPING_PAUSE_MS = 150
"""What the reader types is looked up once they pause this long."""


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


class ArticleNames(QAbstractListModel):
    """Every row of a comparison, named when first shown."""

    def __init__(self, cmp: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cmp = cmp
        self.rows = cmp.rows()
        self._names: dict[int, str] = {}

    def name(self, n: int) -> str:
        found = self._names.get(n)
        if found is None:
            found = self._names[n] = row_name(self.cmp, self.rows[n])
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.name(index.row())
        return None


class _Field(QLineEdit):
    """The typing field: Up, Down and the page keys move through the list below it."""

    def __init__(self, keys_to: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys_to = keys_to

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QCoreApplication.sendEvent(self.keys_to, event)
            return
        super().keyPressEvent(event)


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
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Articles"))
        self.field = _Field(self.list, self)
        self.field.setPlaceholderText(tr("Number or name: 5, V, Art. 12, old 30"))
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
        self.resize(420, 420)
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
            self.field.setText(self.model.name(self.list.currentIndex().row()))
            self.field.selectAll()
        self.field.setFocus()

    def _select(self, n: int) -> None:
        self._quiet = True
        try:
            index = self.model.index(n, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row picked in the list (keys or mouse) goes into the field."""
        if not self._quiet and current.isValid():
            self.field.setText(self.model.name(current.row()))

    def _follow_typing(self) -> None:
        row = self._lookup()
        if row is not None:
            self._select(self.model.rows.index(row))

    def _lookup(self) -> Row | None:
        text = self.field.text()
        current = self.list.currentIndex()
        if current.isValid() and self.model.name(current.row()) == text:
            return self.model.rows[current.row()]
        return typed_article(self.cmp, self.model.rows, text, self.model.name)

    def _go(self) -> None:
        self._typing.stop()
        row = self._lookup()
        if row is None and (clause := typed_clause(self.cmp, self.field.text())):
            self.clause, row = clause, clause.row
        if row is None:
            self.label.setText(
                tr("Neither text has an article “{0}”. Article:").format(self.field.text().strip())
            )
            self.field.selectAll()
            return
        self.row = row
        self.accept()
