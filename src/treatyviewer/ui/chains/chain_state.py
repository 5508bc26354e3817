"""The open chain: its texts, the lineages, which two versions are side by side, and the
reader's alignment corrections per pair. The chain is built off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from ...core.align import Overrides
from ...core.comparison import Comparison
from ...core.errors import TreatyViewerError
from ...core.textdiff import DiffOptions
from ...io.limits import ReadLimits
from ..state.worker import Job, start

if TYPE_CHECKING:
    from ...core.chain import Chain


class ChainState(QObject):
    changed = Signal()
    """A chain was built, or its lineages changed after a correction."""
    opened = Signal()
    """A new chain (other texts) is ready; the version strip is rebuilt."""
    failed = Signal(str)
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.chain: Chain | None = None
        self.pair: tuple[int, int] = (0, 1)
        """The versions shown side by side."""
        self.overrides: dict[tuple[int, int], Overrides] = {}
        self.limits = ReadLimits()
        self._job: Job | None = None

    @property
    def active(self) -> bool:
        return bool(self.names)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def open(
        self,
        names: Sequence[str],
        options: DiffOptions,
        overrides: Sequence[Overrides] | None = None,
    ) -> None:
        """Read every text and build the chain; the previous chain stays until it is ready.

        ``overrides[k]`` are saved corrections of texts k and k + 1.
        """
        names = list(names)
        limits = self.limits
        saved = list(overrides or [])

        def work(stop: Callable[[int, int], bool]) -> tuple[list[str], Chain]:
            from ...core.chain import build_chain  # loaded when a chain is first opened
            from ..state.loading import read_any

            docs = [read_any(name, None, limits) for name in names]
            return names, build_chain(docs, options, saved, should_stop=stop)

        if self._job is not None:
            self._job.cancel()
        job = Job(work)
        self._job = job
        job.signals.finished.connect(lambda result: self._done(job, result))
        job.signals.failed.connect(lambda exc: self._fail(job, exc))
        start(job)

    def _done(self, job: Job, result: object) -> None:
        if job is not self._job:
            return
        self._job = None
        names, chain = cast("tuple[list[str], Chain]", result)
        self.names, self.chain = names, chain
        self.pair = (0, 1)
        self.overrides = {(k, k + 1): c.overrides for k, c in enumerate(chain.comparisons)}
        self.opened.emit()
        self.changed.emit()

    def _fail(self, job: Job, exc: object) -> None:
        if job is not self._job:
            return
        self._job = None
        if isinstance(exc, TreatyViewerError):
            self.failed.emit(str(exc))
        elif not isinstance(exc, InterruptedError):
            self.failed.emit(self.tr("Unexpected error: {0}").format(exc))

    def close(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if self.active:
            self.names, self.chain, self.overrides = [], None, {}
            self.closed.emit()

    def shows(self, old_name: str, new_name: str) -> bool:
        """True when the window shows the chosen pair of this chain."""
        a, b = self.pair
        return self.active and (self.names[a], self.names[b]) == (old_name, new_name)

    def index_of(self, name: str) -> int | None:
        return self.names.index(name) if name in self.names else None

    def corrected(self, cmp: Comparison) -> None:
        """The window's comparison of the chosen pair changed (a correction or options):
        neighbours feed it back into the lineages."""
        a, b = self.pair
        self.overrides[(a, b)] = cmp.overrides
        if self.chain is None or b != a + 1:
            return
        before = self.chain.comparisons[a]
        if (before.overrides, before.options) == (cmp.overrides, cmp.options):
            return  # the same alignment read again: the lineages stand
        self.chain = self.chain.with_comparison(a, cmp)
        self.changed.emit()
