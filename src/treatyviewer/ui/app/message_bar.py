"""Non-modal messages inside the window (warnings, errors, notes), each dismissable."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
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
DARK_LEVELS = {
    "info": ("#13293b", "#cfe6fa", "#56B4E9"),
    "warning": ("#3a2e12", "#f8e3b0", "#E69F00"),
    "error": ("#3d2014", "#f8d0bc", "#D55E00"),
}
"""The same tints on a dark palette: a light bar there glares and its text is lost."""
MAX_MESSAGES = 2
"""The bar shows no more at once (the texts must not be pushed away); the older ones
wait behind a "more" button and come back as the shown ones are dismissed."""
RANKS = {"error": 0, "warning": 0, "info": 1}
"""Errors and warnings stand above notes and are shown first, newest first; notes take
the room left. (A session reopened on a text changed since it was saved hid that warning
behind "1 more message…" under two notes of the numbering found.)"""
KEPT_MESSAGES = 20
"""Messages kept in all; beyond that the oldest go."""
PASSING_MS = 6000
"""How long news of a thing done (a session saved) stays before it goes by itself."""


FAILED_OPEN = "failed-open"
"""Tag of a message that texts (or a session) could not be opened: it goes once other
texts are shown (the attempt is over then)."""
KNOCK_ON = "knock-on"
"""Tag of the news that a correction changed other pairs too: it goes with the next
edit or undo, whose Undo button would otherwise undo something else."""
NOTES_PLACED = "notes-placed"
"""Start of the tag of the report that a session's texts changed since it was saved and
what became of its notes (the open texts' names follow): it stays while those texts are
open, goes when the session is saved again, and a later report takes its place."""


def _rank(msg: _Message) -> int:
    return RANKS.get(msg.level, RANKS["info"])


class _Message(QFrame):
    closed = Signal()

    def __init__(
        self, text: str, level: str, choices: Sequence[Choice] = (), tag: str = ""
    ) -> None:
        super().__init__()
        icon = LEVELS.get(level, LEVELS["info"])[3]
        self.level, self.text, self.tag = level, text, tag
        self.asks = bool(choices)
        """It offers a choice (Recover / Discard): never hidden behind "more"."""
        self.setObjectName("message")
        self.tint()
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

    def tint(self) -> None:
        """Colour the message for the palette now in use (light or dark)."""
        dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        bg, fg, edge = (DARK_LEVELS if dark else LEVELS).get(self.level, LEVELS["info"])[:3]
        style = f"#message {{ background: {bg}; border-left: 4px solid {edge}; }} QLabel {{ color: {fg}; }}"
        if style != self.styleSheet():
            self.setStyleSheet(style)


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Messages"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        self._items: list[_Message] = []
        self._expanded = False
        self.more = QToolButton(self)
        self.more.setAutoRaise(True)
        self.more.setToolTip(self.tr("Show the earlier messages as well"))
        self.more.clicked.connect(self._expand)
        self._layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_message(
        self,
        text: str,
        level: str = "info",
        choices: Sequence[Choice] = (),
        tag: str = "",
        replace: bool = False,
        passing: bool = False,
    ) -> None:
        """Show a message; ``choices`` add buttons (e.g. Recover / Discard) that close it.
        ``tag`` ties it to something (a text's name) so ``clear_tagged`` can retire it;
        with ``replace`` it takes the place of the messages with the same tag (news about
        one file supersedes the older news). A ``passing`` message (that a session was
        saved) goes by itself after ``PASSING_MS``, unless the pointer rests on it:
        such news piled up above the texts and took their room."""
        for msg in list(self._items):
            if replace and tag and msg.tag == tag:
                self._remove(msg)
            elif msg.text == text:
                return
        msg = _Message(text, level, choices, tag)
        msg.closed.connect(lambda: self._remove(msg))
        if passing:
            self._pass_later(msg)
        # after the messages of its rank and above (the "more" button stays last)
        at = sum(1 for m in self._items if _rank(m) <= _rank(msg))
        self._layout.insertWidget(at, msg)
        self._items.insert(at, msg)
        while len(self._items) > KEPT_MESSAGES:
            self._remove(min(self._items, key=lambda m: -_rank(m)))  # the first note
        self._show_latest()

    def show_failure(self, text: str, choices: Sequence[Choice] = (), about: str = "") -> None:
        """An error that texts (or a session) could not be opened. The attempt before
        it is over, so its error goes: one such error at a time (an empty file's stayed
        above a binary file's tried after it). ``about``: the name of the pair shown in
        their stead, with which the message stays."""
        self.drop_failures()
        tag = f"{FAILED_OPEN}\n{about}" if about else FAILED_OPEN
        self.show_message(text, "error", choices, tag=tag)

    def drop_failures(self) -> None:
        """Close the errors that texts could not be opened: a later attempt is on."""
        self.clear_tagged(lambda tag: tag.partition("\n")[0] != FAILED_OPEN)

    def messages(self) -> list[_Message]:
        """The messages on show, oldest first (those waiting behind "more" are not)."""
        return [m for m in self._items if self._shown(m)]

    def waiting(self) -> list[_Message]:
        """The earlier messages behind the "more" button."""
        return [m for m in self._items if not self._shown(m)]

    def texts(self) -> list[str]:
        return [m.text for m in self.messages()]

    def _shown(self, msg: _Message) -> bool:
        return self._expanded or msg.asks or msg in self._in_front()

    def _in_front(self) -> list[_Message]:
        """The messages shown beside those that ask, when the bar is not expanded: the
        highest rank first, the newest first within a rank."""
        others = [(i, m) for i, m in enumerate(self._items) if not m.asks]
        newest_first = sorted(others, key=lambda item: (_rank(item[1]), -item[0]))
        return [m for _i, m in newest_first[:MAX_MESSAGES]]

    def _show_latest(self) -> None:
        if len(self._items) <= MAX_MESSAGES:
            self._expanded = False
        for msg in self._items:
            msg.setVisible(self._shown(msg))
        hidden = len(self.waiting())
        self.more.setText(
            self.tr("1 more message…")
            if hidden == 1
            else self.tr("{0} more messages…").format(hidden)
        )
        self.more.setAccessibleName(self.more.text())
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(self._items))

    def _expand(self) -> None:
        self._expanded = True
        self._show_latest()

    def _pass_later(self, msg: _Message) -> None:
        timer = QTimer(msg)
        timer.setSingleShot(True)
        timer.setInterval(PASSING_MS)

        def gone() -> None:
            if msg.underMouse():
                timer.start()  # read now: it waits for the pointer to leave
            elif msg in self._items:
                self._remove(msg)

        timer.timeout.connect(gone)
        timer.start()

    def _remove(self, msg: _Message) -> None:
        if msg in self._items:
            self._items.remove(msg)
        msg.hide()
        msg.setParent(None)  # out of the window at once (a search of its labels finds none)
        msg.deleteLater()
        self._show_latest()

    def clear_tagged(self, keep: Callable[[str], bool]) -> None:
        """Close the tagged messages whose tag ``keep`` rejects (untagged ones stay)."""
        for msg in list(self._items):
            if msg.tag and not keep(msg.tag):
                self._remove(msg)

    def clear(self) -> None:
        for msg in list(self._items):
            self._remove(msg)

    def retint(self) -> None:
        """Dark mode was turned on or off: every message takes its colours."""
        for msg in self._items:
            msg.tint()
