"""What a dock shows while the texts on screen are compared: a line saying so.

While a long pair is compared, its texts are shown as read, and then with its articles
paired; the docks (concordance, outline, parties and places, notes, map) still held the
previous pair's rows, greyed, beside the new texts, and read as theirs. A cover over
the dock's content says that it is filled in once the texts are compared. Under it the
previous pair's content stays as it was, so that a Cancel, which brings the previous
pair back, has only to take the cover away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget


class DockCover(QLabel):
    """Lies over ``dock``'s content, as large as it, while shown."""

    def __init__(self, dock: QDockWidget, content: QWidget) -> None:
        super().__init__(dock)
        self.content = content
        self.setObjectName("comparing-cover")
        self.setText(self.tr("Comparing…\nThis panel is filled in once the texts are compared."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(12)
        self.setAutoFillBackground(True)  # the rows under it out of sight
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.hide()
        content.installEventFilter(self)

    def cover(self, on: bool) -> None:
        if on:
            self._fit()
            self.show()
            self.raise_()
        else:
            self.hide()

    def _fit(self) -> None:
        self.setGeometry(self.content.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if watched is self.content and moved and self.isVisible():
            self._fit()
        return False


def cover_docks(docks: list[QDockWidget], on: bool) -> None:
    """Cover (or uncover) the content of each dock built so far."""
    for dock in docks:
        content = dock.widget()
        if content is None:
            continue
        cover = dock.findChild(DockCover, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if cover is None or cover.content is not content:
            if not on:
                continue
            if cover is not None:
                cover.deleteLater()
            cover = DockCover(dock, content)
        content.setEnabled(not on)  # nor can its rows be reached by the keyboard
        cover.cover(on)
