"""A page of rich text with a Close button: the help dialogs are all one of these."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

WEB_SCHEMES = ("http", "https")


def open_web_link(url: QUrl) -> bool:
    """Opens web links in the browser; any other scheme (file:, javascript:…) is ignored."""
    if url.scheme().lower() not in WEB_SCHEMES:
        return False
    return QDesktopServices.openUrl(url)


class TextPage(QDialog):
    """Read-only rich text. Links are followed by hand so only http(s) reaches a browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.anchorClicked.connect(self.open_link)
        self.view.installEventFilter(self)
        lay.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def fill(self, title: str, reader_name: str, html: str, size: tuple[int, int]) -> None:
        """Subclasses call this with their own translated strings."""
        self.setWindowTitle(title)
        self.view.setAccessibleName(reader_name)
        self.view.setHtml(html)
        self.resize(*size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Home and Ctrl+End go to the page's start and end, as in any reader (the
        page has no text cursor to move, so they had done nothing)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event)
            ends = {Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
                    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum}  # fmt: skip
            if key.modifiers() == Qt.KeyboardModifier.ControlModifier and key.key() in ends:
                self.view.verticalScrollBar().triggerAction(ends[Qt.Key(key.key())])
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """The keys read the page (Page Down, End, the arrows): the focus had been on
        Close, where they did nothing until the reader pressed Tab."""
        super().showEvent(event)
        self.view.setFocus()

    def open_link(self, url: QUrl) -> bool:
        return open_web_link(url)
