"""The version strip: the texts of the chain in order; pick any two to read side by side.

Each version is a chip. Two are chosen at a time (the older one is shown on the
left); clicking a third replaces the one chosen longer ago. The arrows between
neighbours choose that pair in one click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...core.document import Document
from ...io.lineage_table import version_name


class VersionStrip(QWidget):
    pairChosen = Signal(int, int)
    """Versions (older, newer) to show side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("version-strip")
        self.setAccessibleName(self.tr("Versions of the chain"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 2, 6, 2)
        self._layout.setSpacing(4)
        self.chips: list[QToolButton] = []
        self.arrows: list[QToolButton] = []
        self.chosen: list[int] = []
        """The two chosen versions, the one chosen longer ago first."""

    def set_versions(self, documents: list[Document] | tuple[Document, ...]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips, self.arrows = [], []
        title = QLabel(self.tr("Side by side:"))
        title.setToolTip(self.tr("Pick any two versions; an arrow picks two neighbours"))
        self._layout.addWidget(title)
        for k, doc in enumerate(documents):
            if k:
                arrow = QToolButton()
                arrow.setText("→")
                arrow.setAutoRaise(True)
                arrow.setToolTip(self.tr("Compare version {0} with version {1}").format(k, k + 1))
                arrow.clicked.connect(lambda _c=False, k=k: self.choose(k - 1, k))
                self.arrows.append(arrow)
                self._layout.addWidget(arrow)
            chip = QToolButton()
            chip.setCheckable(True)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            date = doc.metadata.get("date") if doc.metadata else None
            chip.setText(f"{k + 1}. {version_name(doc, k)}")
            chip.setToolTip("\n".join(str(x) for x in (doc.title, date, doc.source) if x))
            chip.setAccessibleName(chip.text())
            chip.clicked.connect(lambda _c=False, k=k: self._clicked(k))
            self.chips.append(chip)
            self._layout.addWidget(chip)
        self._layout.addStretch(1)
        self.chosen = []

    def choose(self, a: int, b: int, emit: bool = True) -> None:
        """Show versions ``a`` and ``b`` (in either order) as chosen; announce the pair."""
        self.chosen = [a, b]
        self._sync()
        if emit:
            self.pairChosen.emit(min(a, b), max(a, b))

    def _clicked(self, k: int) -> None:
        if k in self.chosen:
            self._sync()  # a chosen chip stays chosen: two are always shown
            return
        keep = self.chosen[-1] if self.chosen else (1 if k == 0 else 0)
        self.choose(keep, k)

    def _sync(self) -> None:
        for k, chip in enumerate(self.chips):
            chip.setChecked(k in self.chosen)
            font = chip.font()
            font.setBold(k in self.chosen)
            chip.setFont(font)
        for k, arrow in enumerate(self.arrows):
            arrow.setDown(sorted(self.chosen) == [k, k + 1])
