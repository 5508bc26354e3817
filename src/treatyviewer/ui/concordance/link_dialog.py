"""Link with…: the article of the other text to link with, found by typing part of its
name or title.

A long text offers tens of thousands of articles; a plain drop-down of them could only
be scrolled. Here a field filters the list below it as the reader types (any part of
an article's name, what it is paired with, or its title or first words, in any case);
Up, Down and the page keys move through what is left, and Enter links with the article
chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
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

from ...core.likeness import WordSets
from ..common.list_field import ListField, Narrowed

MEASURED_LINES = 200
"""Lines whose width the dialog's width is fitted to (measuring all would hold it)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("LinkDialog", text)


class Candidates(Narrowed, QStringListModel):
    """The other text's articles as Link with… lists them, each with what it opens
    with; or only those that hold what the reader typed. A list of strings held by Qt:
    a model of our own was asked for its length twice for each of 23,000 lines at
    each key, and a filter model for each line's text, a tenth of a second and more."""

    def __init__(
        self,
        lines: list[str],
        openings: Sequence[str],
        parent: QWidget | None = None,
        words: WordSets | None = None,
    ) -> None:
        """``words``: the articles' words, when found, so that typing finds a word
        anywhere in an article ("Batum"), not only in its opening."""
        super().__init__(parent)
        self.lines = lines
        self.words = words
        with_words = tr("{0} — “{1}”")
        self.listed = [
            with_words.format(line, words) if words else line
            for line, words in zip(lines, openings, strict=True)
        ]
        """Each line as listed: "Art. VI — unpaired — “The Contracting Parties…”"."""
        self._folded = [f"{a} {b}".casefold() for a, b in zip(lines, openings, strict=True)]
        """What typing is matched against, folded before the dialog shows rather than
        at the first key (some 50 ms for 23,000; both hold single spaces only)."""
        self.shown: list[int] | None = None
        """Indices of ``lines`` listed while a typed filter holds (None: all)."""
        self.setStringList(self.listed)

    def narrow(self, typed: str) -> None:
        """List only the lines whose name, pairing or opening holds ``typed`` (any case,
        any spacing), then the articles that hold its words further on; all of them for
        nothing typed."""
        sought = " ".join(typed.casefold().split())
        if sought:
            named = [k for k, text in enumerate(self._folded) if sought in text]
            within = self.words.holding(sought) if self.words is not None else None
            # Those named or opening with it first, then those that hold its words.
            seen = set(named)
            self.shown = named + sorted((within or set()) - seen)
        else:
            self.shown = None
        self.setStringList(
            self.listed if self.shown is None else [self.listed[k] for k in self.shown]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, where it is cut
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) & ~Qt.ItemFlag.ItemIsEditable & ~Qt.ItemFlag.ItemIsDragEnabled


class LinkDialog(QDialog):
    """Asks for one of ``lines`` (the other text's articles; ``openings``: what each
    opens with), starting at ``start``, or at none where no article is likely (Enter
    had linked with whatever line the list started at).

    ``comboBoxItems``, ``textValue`` and ``setTextValue`` read and set the choice as
    they did on the input dialog this one replaced."""

    def __init__(
        self,
        prompt: str,
        lines: list[str],
        openings: Sequence[str],
        start: int | None,
        parent: QWidget | None = None,
        words: WordSets | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link with…"))
        self.model = Candidates(lines, openings, self, words)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no measuring of every line
        # A line too long for the dialog gives way at its end (its tooltip has it all).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(tr("Articles of the other text"))
        self.list.activated.connect(lambda _index: self._accept_chosen())
        self.field = ListField(self.list, self)
        self.field.setPlaceholderText(
            tr("Type part of a name, title or a word of the article to narrow the list")
        )
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
        self.list.selectionModel().currentChanged.connect(lambda *_: self._allow_ok())
        self.model.modelReset.connect(self._allow_ok)
        self._lay_out()
        self._fit_width(prompt)
        if start is not None:
            self._choose(start)
        self._allow_ok()
        self.field.setFocus()

    def _lay_out(self) -> None:
        lay = QVBoxLayout(self)
        for widget in (self.label, self.field):
            lay.addWidget(widget)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.buttons)

    def _fit_width(self, prompt: str) -> None:
        """Wide enough for its title, the question and the lines as listed, within
        reason (a narrow dialog had cut its title to "Link w… iewer")."""
        shown = self.model.listed[:MEASURED_LINES]
        width = max(map(self.fontMetrics().horizontalAdvance, [*shown, prompt]))
        self.resize(min(max(420, width + 120), 900), max(self.sizeHint().height(), 460))

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
        matching nothing or no article being likely)."""
        current = self.list.currentIndex()
        return self.model.at(current.row()) if current.isValid() else None

    def _choose(self, k: int) -> None:
        row = self.model.row_of(k)
        if row is not None:
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _narrow(self, typed: str) -> None:
        """The lines holding ``typed``; the one chosen stays chosen while it is among
        them, else the first of them is."""
        was = self.chosen()
        self.model.narrow(typed)
        if was is not None and self.model.row_of(was) is not None:
            self._choose(was)
        elif self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.empty.setVisible(self.model.rowCount() == 0)
        self._allow_ok()

    def _allow_ok(self) -> None:
        """OK links with the article chosen: with none chosen, it cannot be pressed."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None
        )

    def _accept_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()
