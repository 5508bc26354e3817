"""A cancellable progress dialog that appears only when work takes longer than ~0.5 s."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500


class LongWork(Protocol):
    """What the watcher follows: the comparison session, an export…"""

    started: Any
    """Signal(str): work began; the text says what."""
    progress: Any
    """Signal(int, int): done, total."""
    idle: Any
    """Signal(): the work ended or was cancelled."""

    @property
    def busy(self) -> bool: ...

    def cancel(self) -> None: ...


class ProgressWatcher(QObject):
    def __init__(self, session: LongWork, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.enabled = True
        self.dialog: QProgressDialog | None = None
        self._label = ""
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show)
        session.started.connect(self._started)
        session.progress.connect(self._progress)
        session.idle.connect(self._idle)

    def _started(self, label: str) -> None:
        self._label = label
        if self.dialog is not None:
            self.dialog.setLabelText(label)  # the next stage of the same work
        elif self.enabled:
            self._timer.start()

    def _show(self) -> None:
        if not self.session.busy:
            return
        parent = self.parent()
        assert isinstance(parent, QWidget)
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.session.cancel)
        dialog.show()
        self.dialog = dialog

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _idle(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.session.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
