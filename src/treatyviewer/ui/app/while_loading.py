"""The window while texts are read and compared: what waits, and what a Cancel leaves.

The previous texts stay on screen and readable during a load, and the menus work.
Commands that would compare the previous texts again (Reload, another encoding,
Undo or Redo of a pairing correction, a new correction) would cancel the load the
reader asked for; they are disabled until it ends. A load cancelled before any
texts were shown (the texts named at start-up) leaves the bundled pair, or, if
that was what was cancelled, an empty window that says how to open texts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from ...core.resources import DEFAULT_PAIR
from ..common.actions import ActionRegistry
from ..state.session import ComparisonSession
from .message_bar import MessageBar

WAITING = ("file.reload", "file.encoding.old", "file.encoding.new", "edit.undo", "edit.redo")
"""Commands disabled while a load runs."""


class WhileLoading(QObject):
    def __init__(
        self,
        session: ComparisonSession,
        actions: ActionRegistry,
        undo_stack: QUndoStack,
        messages: MessageBar,
        open_bundled: Callable[[], None],
        open_dialog: Callable[[], None],
    ) -> None:
        super().__init__(session)
        self.session, self.actions, self.undo_stack = session, actions, undo_stack
        self.messages = messages
        self._open_bundled, self._open_dialog = open_bundled, open_dialog
        self._loading: tuple[str, str] | None = None
        session.started.connect(self._started)
        session.idle.connect(self._idle)
        session.cancelled.connect(self._cancelled)

    @property
    def loading(self) -> bool:
        return self.session.busy

    def allows_corrections(self) -> bool:
        """False (and says why) while a load runs: a correction would cancel it."""
        if not self.session.busy:
            return True
        self.messages.show_message(
            self.tr("Wait until the texts are compared, or cancel, to correct a pairing."),
            tag="while-loading",  # goes when the texts are compared
            replace=True,
        )
        return False

    def _started(self, _what: str) -> None:
        if self._loading is None:
            self._loading = self.session.loading_names
            for key in WAITING:
                self.actions[key].setEnabled(False)

    def _idle(self) -> None:
        self._loading = None
        for key in WAITING:
            self.actions[key].setEnabled(True)
        self.actions["edit.undo"].setEnabled(self.undo_stack.canUndo())
        self.actions["edit.redo"].setEnabled(self.undo_stack.canRedo())

    def _cancelled(self, names: tuple[str, str]) -> None:
        """A load was cancelled; with nothing on screen, show something usable."""
        if self.session.comparison is not None:
            return
        open_button = [(self.tr("Open Two Texts…"), self._open_dialog)]
        if tuple(names) != tuple(DEFAULT_PAIR):
            self.messages.show_message(
                self.tr("Opening the texts was cancelled. The bundled pair is shown instead."),
                "info",
                open_button,
            )
            self._open_bundled()
            return
        self.messages.show_message(
            self.tr("Cancelled: no texts are open. Open two texts to compare them."),
            "info",
            open_button,
        )
