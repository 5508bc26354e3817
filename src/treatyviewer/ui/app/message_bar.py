"""Non-modal messages inside the window (warnings, errors, notes), each dismissable."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Choice = tuple[str, Callable[[], object]]
"""A button on a message: its text and what it does (the message then closes)."""

LEVELS = {
    "info": ("#e8f1fa", "#0b3f66", "#0072B2", "ℹ"),
    "warning": ("#fdf1d6", "#5a3d00", "#E69F00", "⚠"),
    "error": ("#fbe3d6", "#6b2600", "#D55E00", "✖"),
}
MAX_MESSAGES = 2
"""The bar never stacks more (older ones go): messages must not push the texts away."""


class _Message(QFrame):
    closed = Signal()

    def __init__(
        self, text: str, level: str, choices: Sequence[Choice] = (), tag: str = ""
    ) -> None:
        super().__init__()
        bg, fg, edge, icon = LEVELS.get(level, LEVELS["info"])
        self.level, self.text, self.tag = level, text, tag
        self.setObjectName("message")
        self.setStyleSheet(
            f"#message {{ background: {bg}; border-left: 4px solid {edge}; }}"
            f" QLabel {{ color: {fg}; }}"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 5, 6, 5)
        sign = QLabel(icon)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(text)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.closed)
        lay.addWidget(sign)
        lay.addWidget(label, 1)
        self.buttons: list[QPushButton] = []
        for caption, handler in choices:
            button = QPushButton(caption)
            button.setAccessibleName(caption)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            button.clicked.connect(self.closed)
            lay.addWidget(button)
            self.buttons.append(button)
        lay.addWidget(close)


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Messages"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        self._items: list[_Message] = []
        self.hide()

    def show_message(
        self,
        text: str,
        level: str = "info",
        choices: Sequence[Choice] = (),
        tag: str = "",
        replace: bool = False,
    ) -> None:
        """Show a message; ``choices`` add buttons (e.g. Recover / Discard) that close it.
        ``tag`` ties it to something (a text's name) so ``clear_tagged`` can retire it;
        with ``replace`` it takes the place of the messages with the same tag (news about
        one file supersedes the older news)."""
        for msg in self.messages():
            if replace and tag and msg.tag == tag:
                self._remove(msg)
            elif msg.text == text:
                return
        msg = _Message(text, level, choices, tag)
        msg.closed.connect(lambda: self._remove(msg))
        self._layout.addWidget(msg)
        self._items.append(msg)
        while len(self.messages()) > MAX_MESSAGES:
            self._remove(self.messages()[0])
        self.show()

    def messages(self) -> list[_Message]:
        return list(self._items)

    def texts(self) -> list[str]:
        return [m.text for m in self.messages()]

    def _remove(self, msg: _Message) -> None:
        if msg in self._items:
            self._items.remove(msg)
        msg.hide()
        msg.deleteLater()
        if not self._items:
            self.hide()

    def clear_tagged(self, keep: Callable[[str], bool]) -> None:
        """Close the tagged messages whose tag ``keep`` rejects (untagged ones stay)."""
        for msg in self.messages():
            if msg.tag and not keep(msg.tag):
                self._remove(msg)

    def clear(self) -> None:
        for msg in self.messages():
            self._remove(msg)
