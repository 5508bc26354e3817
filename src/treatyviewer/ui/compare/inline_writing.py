"""The inline redline of a long text written while the reader reads it.

Writing the redline of a long text takes as long as writing both panes; done in
one pass on the GUI thread it froze the window for a minute at 20 MB before the
first paint. Here the first screens are written at once and the rest a slice at a
time from the event loop (``common.slices``), ahead of the side panes' own writing
(the reader looks at the redline; the hidden panes wait). An article asked for
before it is written (the reading position kept across a switch of view) is
brought up once it is.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument

from ...core.comparison import Row
from ..common.slices import SlicedRun, first_then_sliced, run_through
from .inline import InlineRenderer
from .pane import ComparisonPane

FIRST_SCREENS = 2.0
"""Viewport heights written before the redline is first painted."""
PUBLISH_S = 0.3
"""How often a waiting article is looked for while the text is written."""


class InlineWriting(QObject):
    """Writes one ``InlineRenderer`` into the inline pane."""

    finished = Signal()
    """The whole redline is written (the span layers can be drawn through its maps)."""
    shown = Signal()
    """The first screens are written."""

    def __init__(
        self,
        pane: ComparisonPane,
        show_row: Callable[[Row], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.show_row = show_row
        self.renderer: InlineRenderer | None = None
        self._run: SlicedRun[None] | None = None
        self._looked = 0.0
        self.share = 0.0
        """How much of the redline is written so far (0..1)."""

    @property
    def active(self) -> bool:
        return self._run is not None and self._run.running

    def stop(self) -> None:
        if self._run is not None:
            self._run.stop()
            self._run.deleteLater()
            self._run = None
        self.renderer = None

    def clear(self) -> None:
        """Stop, and let go of the redline written so far (the pane shows nothing)."""
        self.stop()
        self.pane.show_document(QTextDocument())

    def begin(self, renderer: InlineRenderer, long: bool) -> None:
        """Show ``renderer``'s document in the pane and write it: a long text's first
        screens now, the rest from the event loop."""
        self.stop()
        self.renderer = renderer
        self.share = 0.0
        self.pane.show_document(renderer.document)
        if not long:
            run_through(renderer.steps())
            self._finish(None)
            return
        want = self.pane.viewport().height() * FIRST_SCREENS
        self._run = first_then_sliced(
            renderer.steps(),
            lambda: renderer.document.size().height() > want,
            self._finish,
            self._failed,
            self._progress,
            self,
            first=True,
        )
        if self._run is not None:
            self.shown.emit()

    def _progress(self, done: int, total: int) -> None:
        self.share = done / total if total else 0.0
        if time.perf_counter() - self._looked > PUBLISH_S:
            self._looked = time.perf_counter()
            self._bring_up_waiting()

    def _bring_up_waiting(self) -> None:
        renderer = self.renderer
        if renderer is not None and renderer.waiting is not None:
            row = renderer.waiting
            if renderer.block_of(row) is not None:
                renderer.waiting = None
                self.show_row(row)

    def _failed(self, exc: BaseException) -> None:
        self._run = None
        raise exc

    def _finish(self, _result: None) -> None:
        if self._run is not None:
            self._run.deleteLater()
            self._run = None
        self._bring_up_waiting()
        self.finished.emit()
