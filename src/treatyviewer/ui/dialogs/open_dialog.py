"""Ask for the older and the newer text (files or bundled ids)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

TEXT_PATTERNS = (
    "*.txt *.text *.md *.markdown *.adoc *.asciidoc *.docx *.docm *.dotx *.pdf *.xml *.tei "
    "*.html *.htm *.xhtml"
)
"""Every kind of text the readers take, by its name (AsciiDoc was left out)."""


def text_filters() -> str:
    """The open dialogs' filters: the texts first, then any file."""
    return QCoreApplication.translate("OpenPairDialog", "Texts ({0});;All files (*)").format(
        TEXT_PATTERNS
    )


class OpenPairDialog(QDialog):
    def __init__(self, old: str = "", new: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open two texts"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.old_edit, self.new_edit = QLineEdit(old), QLineEdit(new)
        self._browsers: list[QPushButton] = []
        form.addRow(self.tr("&Older text:"), self._row(self.old_edit))
        form.addRow(self.tr("&Newer text:"), self._row(self.new_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        opening = buttons.button(QDialogButtonBox.StandardButton.Open)
        opening.setDefault(True)  # Enter in a field opens the texts, not a file chooser
        form.addRow(buttons)
        # Tab goes from one field to the other, then to the choosers and the buttons.
        chain = [self.old_edit, self.new_edit, *self._browsers, opening]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _row(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        edit.setPlaceholderText(self.tr("a file, or a bundled id such as draft-1920"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse(edit))
        self._browsers.append(browse)
        lay.addWidget(edit, 1)
        lay.addWidget(browse)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a text"), edit.text(), text_filters()
        )
        if path:
            edit.setText(path)

    def names(self) -> tuple[str, str]:
        return self.old_edit.text().strip(), self.new_edit.text().strip()
