"""Progress of long work, shown in the status bar with a Cancel button.

Nothing is modal: while a long text is read and compared, the menus work and the
previous texts stay readable. The panel appears only when the work takes longer
than ~0.5 s; Escape cancels as the button does.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

SHOW_AFTER_MS = 500
BAR_STEPS = 1000


class LongWork(Protocol):
    """What the watcher follows: the comparison session, an export…"""

    started: Any
    """Signal(str): work began, or went on to its next stage; the text says what."""
    progress: Any
    """Signal(int, int): done, total."""
    idle: Any
    """Signal(): the work ended or was cancelled."""

    @property
    def busy(self) -> bool: ...

    def cancel(self) -> None: ...


LEAST_LABEL_PX = 120
"""Narrowest the stage label gets when the status bar is crowded (then elided)."""
STAGE_SHARE = 0.5
"""Share of the window the stage label may claim before the counts beside it: at
1024 px the longest English stage ("Comparing the wording of the pairs marked
“comparing…”") is read whole."""


class StageLabel(QLabel):
    """What the work is doing, in one line: as much as the status bar has room for,
    ending in "…" when cut (a long stage name in Russian or Turkish, a narrow window),
    the whole of it in the tooltip. ``text()`` is the whole text."""

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self.updateGeometry()
        self._fit()

    def text(self) -> str:
        return self._whole

    def shown(self) -> str:
        """What is on screen now."""
        return super().text()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._whole) + margins.left() + margins.right()
        return QSize(width + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Its whole text, up to ``STAGE_SHARE`` of the window: the counts beside it
        give way first (they are cut to shorter forms)."""
        hint = self.sizeHint()
        room = max(LEAST_LABEL_PX, int(self.window().width() * STAGE_SHARE))
        return QSize(min(room, hint.width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._whole) <= room:
            super().setText(self._whole)
        else:
            super().setText(metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, room))


class ProgressPanel(QWidget):
    """A label, a bar and Cancel, for the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.setSpacing(6)
        self.label = StageLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this work (Esc)"))
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)

    def set_share(self, done: int, total: int) -> None:
        """``done`` of ``total``; a total of 0 shows a bar that only says "busy"."""
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setValue(round(BAR_STEPS * min(1.0, done / total)))


class ProgressWatcher(QObject):
    """Follows one kind of long work with a panel in the window's status bar."""

    def __init__(self, session: LongWork, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.window = parent
        self.session = session
        self.enabled = True
        self.panel: ProgressPanel | None = None
        """The panel while it is shown (None before ~0.5 s of work and after it)."""
        self.gives_way: list[QWidget] = []
        """Status bar widgets hidden while the panel is shown, so that what the work
        is doing can be read whole (they come back when it ends)."""
        self._hidden: list[QWidget] = []
        self._label = ""
        self._share = (0, 0)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.cancel)
        session.started.connect(self._started)
        session.progress.connect(self._progress)
        session.idle.connect(self._idle)

    def cancel(self) -> None:
        if self.session.busy:
            self.session.cancel()

    def _started(self, label: str) -> None:
        self._label = label
        self._escape.setEnabled(True)
        if self.panel is not None:
            self.panel.label.setText(label)  # the next stage of the same work
            self.panel.set_share(0, 0)
        elif self.enabled and not self._timer.isActive():
            self._share = (0, 0)
            self._timer.start()

    def _show(self) -> None:
        if not self.session.busy:
            return
        panel = ProgressPanel()
        panel.label.setText(self._label)
        panel.set_share(*self._share)
        panel.cancel_button.clicked.connect(self.cancel)
        self._hidden = [w for w in self.gives_way if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.window.statusBar().addPermanentWidget(panel)
        panel.show()
        self.panel = panel

    def _progress(self, done: int, total: int) -> None:
        self._share = (done, total)
        if self.panel is not None:
            self.panel.set_share(done, total)

    def _idle(self) -> None:
        self._timer.stop()
        self._escape.setEnabled(False)
        if self.panel is not None:
            panel, self.panel = self.panel, None
            panel.hide()
            self.window.statusBar().removeWidget(panel)
            panel.deleteLater()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
