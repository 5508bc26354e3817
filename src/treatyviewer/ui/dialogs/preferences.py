"""Edit → Preferences: who the reader is (the author of their notes in exported PDFs),
and below what confidence a pairing is offered for review."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...io.reader_name import signing_name
from ...io.report_words import percent_text
from ..state.settings import Settings

DIALOG_WIDTH = 440
REVIEW_RANGE = (50, 100)
"""Review thresholds offered, in percent: from "only the doubtful" to "every pairing"."""


def reader_name(settings: Settings) -> str:
    """The name that signs the reader's notes: as set in Preferences, else "" (unsigned)."""
    return signing_name(settings.get("reader_name"))


class PreferencesDialog(QDialog):
    """A small form; OK stores what was typed (an empty name leaves the notes unsigned)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.name = QLineEdit(str(settings.get("reader_name") or ""))
        self.name.setPlaceholderText(self.tr("not set: your notes are exported unsigned"))
        self.name.setAccessibleName(self.tr("Your name"))
        hint = QLabel(
            self.tr(
                "Signs your notes in exports, beside each note and in its PDF comment. "
                "Left empty, your notes are exported without a name."
            )
        )
        hint.setWordWrap(True)
        self.review = QSpinBox()
        self.review.setRange(REVIEW_RANGE[0], REVIEW_RANGE[1])
        # The sign where the interface language writes it: "%15" in Turkish.
        before, _, after = percent_text(0).partition("0")
        self.review.setPrefix(before)
        self.review.setSuffix(after)
        self.review.setValue(round(float(settings.get("review_below")) * 100))
        self.review.setAccessibleName(self.tr("Review pairings below this confidence"))
        self.review.setToolTip(
            self.tr(
                "Pairings the program is less sure of than this are listed under “To review” "
                "in the concordance and marked ⚠."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(hint)
        form.addRow(self.tr("&Review pairings below:"), self.review)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set("reader_name", " ".join(self.name.text().split()))
        self.settings.set("review_below", self.review.value() / 100)
        super().accept()
