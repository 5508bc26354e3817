"""The options of an annotated PDF export, asked before the save dialog and remembered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...io.report_notes import NOTE_CHOICES
from ..state.settings import Settings

LAYOUTS = ("side-by-side", "inline")
PAPERS = ("a4", "letter")
DIALOG_WIDTH = 420
"""Wide enough for the introduction to read as one or two lines."""


@dataclass(frozen=True)
class ExportOptions:
    layout: str = "side-by-side"
    changed_only: bool = False
    paper: str = "a4"
    notes: str = "all"
    """Which notes: "all", "mine" or "curated" (the command line's --notes)."""

    @classmethod
    def remembered(cls, settings: Settings, viewing: str = "side") -> ExportOptions:
        """The choices of the last export; the layout, before any, the one being read
        (``viewing``: the window's layout, "inline" for the redline)."""
        layout = settings.get("export_layout")
        if not settings.chosen("export_layout"):
            layout = "inline" if viewing == "inline" else "side-by-side"
        paper = settings.get("export_paper")
        notes = settings.get("export_notes")
        return cls(
            layout if layout in LAYOUTS else LAYOUTS[0],
            bool(settings.get("export_changed_only")),
            paper if paper in PAPERS else PAPERS[0],
            notes if notes in NOTE_CHOICES else NOTE_CHOICES[0],
        )

    def remember(self, settings: Settings) -> None:
        settings.set("export_layout", self.layout)
        settings.set("export_changed_only", self.changed_only)
        settings.set("export_paper", self.paper)
        settings.set("export_notes", self.notes)


class ExportOptionsDialog(QDialog):
    """Layout, changed articles only, paper; OK goes on to choosing the file."""

    def __init__(
        self, options: ExportOptions, parent: QWidget | None = None, chain: bool = False
    ) -> None:
        """``chain``: the report of a chain of versions, which has one layout: that
        choice is shown disabled, and the introduction says why."""
        super().__init__(parent)
        self.setMinimumWidth(DIALOG_WIDTH)
        if chain:
            self.setWindowTitle(self.tr("Export the Chain Report"))
            intro = QLabel(
                self.tr(
                    "Every version of each article in turn, with the changes of each step "
                    "highlighted and the notes under the version they are on."
                )
            )
        else:
            self.setWindowTitle(self.tr("Export Annotated PDF"))
            intro = QLabel(
                self.tr(
                    "The comparison with every change highlighted and the notes as PDF comments."
                )
            )
        intro.setWordWrap(True)
        self.side = QRadioButton(self.tr("&Side by side (two columns)"))
        self.inline = QRadioButton(self.tr("&Inline redline (one column)"))
        self.layouts = QButtonGroup(self)
        for button in (self.side, self.inline):
            self.layouts.addButton(button)
        (self.inline if options.layout == "inline" else self.side).setChecked(True)
        self.changed_only = QCheckBox(self.tr("Only &changed articles"))
        self.changed_only.setToolTip(self.tr("Leave out articles that did not change"))
        self.changed_only.setChecked(options.changed_only)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        self.notes = QComboBox()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.addItem(self.tr("Mine and the curated notes"), "all")
        self.notes.addItem(self.tr("Only mine"), "mine")
        self.notes.addItem(self.tr("Only the curated notes"), "curated")
        self.notes.setCurrentIndex(max(0, self.notes.findData(options.notes)))
        for choice in (self.side, self.inline):
            choice.setEnabled(not chain)
        layout_box = QVBoxLayout()
        layout_box.setSpacing(2)
        layout_box.addWidget(self.side)
        layout_box.addWidget(self.inline)
        form = QFormLayout()
        form.addRow(self.tr("Layout:"), layout_box)
        form.addRow("", self.changed_only)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose &File…"))  # Alt+C is "Only &changed articles"
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addStretch(1)
        lay.addWidget(buttons)

    def options(self) -> ExportOptions:
        return ExportOptions(
            "inline" if self.inline.isChecked() else "side-by-side",
            self.changed_only.isChecked(),
            str(self.paper.currentData()),
            str(self.notes.currentData()),
        )
