"""Link with…: the article of the other text to link with, found by typing part of its
name or title.

A long text offers tens of thousands of articles; a plain drop-down of them could only
be scrolled. Here a field filters the list below it as the reader types (any part of
an article's name, what it is paired with, or its title, in any case); Up, Down and the
page keys move through what is left, and Enter links with the article chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..common.list_field import ListField

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""What typing is matched against: the line as shown and the article's title."""


def tr(text: str) -> str:
    return QCoreApplication.translate("LinkDialog", text)


class Candidates(QAbstractListModel):
    """The other text's articles as Link with… lists them. A title is asked for only
    when the list is first searched (reading every title of a long text up front
    would hold the dialog back)."""

    def __init__(
        self, lines: list[str], title: Callable[[int], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lines = lines
        self._title = title
        self._search: list[str] | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.lines[index.row()]
        if role == SEARCH_ROLE:
            return self.search_text(index.row())
        return None

    def search_text(self, k: int) -> str:
        """Line ``k`` and its article's title, as typing is matched against them."""
        if self._search is None:
            self._search = [f"{line} {self._title(n)}" for n, line in enumerate(self.lines)]
        return self._search[k]


class LinkDialog(QDialog):
    """Asks for one of ``lines`` (the other text's articles), starting at ``start``.

    ``comboBoxItems``, ``textValue`` and ``setTextValue`` read and set the choice as
    they did on the input dialog this one replaced."""

    def __init__(
        self,
        prompt: str,
        lines: list[str],
        title: Callable[[int], str],
        start: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link with…"))
        self.model = Candidates(lines, title, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)  # no measuring of every line
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(tr("Articles of the other text"))
        self.list.activated.connect(lambda _index: self._accept_chosen())
        self.field = ListField(self.list, self)
        self.field.setPlaceholderText(tr("Type part of a name or title to narrow the list"))
        self.field.setAccessibleName(tr("Find the article to link with"))
        self.field.textChanged.connect(self._narrow)
        self.label = QLabel(prompt, self)
        self.label.setBuddy(self.field)
        self.label.setWordWrap(True)
        self.empty = QLabel(tr("No article of the other text matches."), self)
        self.empty.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_chosen)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._choose(start)
        self.field.setFocus()

    def _lay_out(self) -> None:
        lay = QVBoxLayout(self)
        for widget in (self.label, self.field):
            lay.addWidget(widget)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.buttons)

    # -- as QInputDialog named them ----------------------------------------------------
    def comboBoxItems(self) -> list[str]:
        return list(self.model.lines)

    def labelText(self) -> str:
        return self.label.text()

    def textValue(self) -> str:
        k = self.chosen()
        return "" if k is None else self.model.lines[k]

    def setTextValue(self, line: str) -> None:
        if line in self.model.lines:
            self.field.clear()  # (a line narrowed away is shown again)
            self._choose(self.model.lines.index(line))

    # -- choosing ------------------------------------------------------------------------
    def chosen(self) -> int | None:
        """The index in ``lines`` of the article chosen (None: none is, the field
        matching nothing)."""
        current = self.list.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else None

    def _choose(self, k: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(k, 0))
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _narrow(self, typed: str) -> None:
        """The lines holding ``typed``; the one chosen stays chosen while it is among
        them, else the first of them is."""
        was = self.chosen()
        self.proxy.setFilterFixedString(" ".join(typed.split()))
        if was is not None and self.proxy.mapFromSource(self.model.index(was, 0)).isValid():
            self._choose(was)
        elif self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.empty.setVisible(self.proxy.rowCount() == 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.proxy.rowCount() > 0
        )

    def _accept_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()
