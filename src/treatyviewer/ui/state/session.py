"""The reading session: two documents, diff options, reader overrides, the comparison.

Widgets never compute; they ask the session, which recomputes off the GUI thread
and announces the result with one ``changed`` signal. The reading-session code
(saving projects) can persist ``old_name``, ``new_name``, ``options`` and
``overrides`` from here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.align import Overrides
from ...core.comparison import UNCERTAIN_BELOW, Comparison
from ...core.document import Document
from ...core.errors import TreatyViewerError
from ...core.streamed import Pieces
from ...io.limits import ReadLimits
from .comparing import SCALE, Begun, Receiver
from .request import LONG_PAIR_BYTES, Loaded, Request
from .worker import CancellableWork, Job, Progress, settle

PARTIAL_FROM = 200_000
"""Bytes in two texts from which their comparison is shown as soon as it is aligned,
before every pair is diffed (a shorter one is diffed in a blink)."""
SETTLE_FROM = 1_000_000
"""Characters in two texts from which a comparison is kept out of later collections
(``worker.settle``): below it a full collection is quick anyway."""


def _long(cmp: Comparison) -> bool:
    return len(cmp.old.text) + len(cmp.new.text) >= SETTLE_FROM


class _Stages:
    """A job's progress, with each stage's key put in words. The bar only moves
    forward: a check that reports nothing (total 0) or an earlier point of a stage
    (a sub-step starting over) leaves it where it is. A long pair is shown before it
    is compared: the texts as read (``unpaired``), then the comparison (``partial``)
    once every pair is diffed, while the texts are still scanned for the side panels;
    with ``pending_first``, already as soon as it is aligned, the pairs not yet
    diffed marked as pending."""

    def __init__(
        self,
        progress: Progress,
        names: dict[str, str],
        unpaired: dict[str, str] | None = None,
        partial: dict[str, str] | None = None,
        pending_first: bool = False,
    ) -> None:
        self.progress, self.names = progress, names
        self.share = 0.0
        self.unpaired = unpaired
        """Stage names once the texts are shown as read (None: they are not shown early)."""
        self.partial_names = partial
        """Stage names once the comparison is shown in part (None: it is not)."""
        self.pending_first = pending_first
        self.shown_in_part = False
        self.whole_shown = False
        self.current = ""
        """The stage running now (its key)."""

    def __call__(self, done: int, total: int) -> bool:
        if total > 0:
            self.share = max(self.share, done / total)
        return self.progress(round(self.share * SCALE), SCALE)

    def stage(self, key: str) -> None:
        self.current = key
        self.progress.stage(self.names.get(key, key))

    def texts(self, old: Document, new: Document) -> None:
        """A long pair is read: shown as read while it is compared (``textsRead``)."""
        if self.unpaired is not None:
            self.names = self.unpaired
            self.progress.early((old, new))

    def partial(self, pieces: Pieces) -> None:
        """More of a long pair's comparison is in: show it if it is time to (see the
        class). The whole comparison shown early is the object the end hands over:
        the panes need not show it again then."""
        if self.partial_names is None:
            return
        if pieces.complete:
            if self.whole_shown:
                return
            self.whole_shown = True
        elif self.shown_in_part or not self.pending_first:
            return
        self.shown_in_part = True
        renamed = self.names is not self.partial_names
        self.names = self.partial_names
        self.progress.early(pieces.comparison().warm())  # (this runs off the GUI thread)
        if renamed and self.current in self.names:  # no more "highlights will follow"
            self.progress.stage(self.names[self.current])


class ComparisonSession(CancellableWork):
    changed = Signal()
    """A new comparison is ready (documents, options or overrides changed)."""
    failed = Signal(str)
    """A user-caused problem (unreadable file…); the previous comparison stays."""
    cancelled = Signal(tuple)
    """(old name, new name) of a reading or comparing the reader cancelled."""
    textsRead = Signal(object, object)
    """(old, new) documents of a long pair, read and not yet compared: shown meanwhile."""
    partial = Signal(object)
    """The comparison of a long pair as soon as it is aligned, its first pairs diffed and
    the others pending (``ArticlePair.pending``): shown meanwhile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ...core.textdiff import DiffOptions

        self.old_name = ""
        self.new_name = ""
        self.old: Document | None = None
        self.new: Document | None = None
        self.options = DiffOptions()
        self.overrides = Overrides()
        self.limits = ReadLimits()
        """What a file may weigh and expand to (``--max-size`` and the other limit
        options for one run, else the saved preferences)."""
        self.encodings: dict[str, str | None] = {"old": None, "new": None}
        """Encoding the reader chose per side (None: detected); kept when reloading."""
        self.comparison: Comparison | None = None
        self.review_below = UNCERTAIN_BELOW
        """Pairs less likely than this to be right are offered for review."""
        self.loading_names: tuple[str, str] = ("", "")
        """The texts being read or compared (while ``busy``)."""
        self.apart_from = LONG_PAIR_BYTES
        """Texts at least this long are compared in a process of their own (``apart``)."""
        self.head_start: Begun | None = None
        """The first pair, begun in a forked process at launch; the first open takes it."""

    # -- requests -------------------------------------------------------------
    def open_pair(
        self,
        old_name: str,
        new_name: str,
        overrides: Overrides | None = None,
        encodings: tuple[str | None, str | None] | None = None,
    ) -> None:
        """Read both texts and compare; reader overrides start afresh unless given.

        ``encodings`` force the decoding of each side (None: detect); when not
        given, a side keeps the encoding chosen for it while its file stays the same.
        """
        options, review_below = self.options, self.review_below
        kept = overrides or Overrides()
        if encodings is None:
            encodings = (
                self.encodings["old"] if old_name == self.old_name else None,
                self.encodings["new"] if new_name == self.new_name else None,
            )
        request = Request(
            old_name,
            new_name,
            options,
            kept,
            review_below=review_below,
            encodings=encodings,
            limits=self.limits,
        )
        head, self.head_start = self.head_start, None
        if head is not None and not head.serves(request):
            head.drop()
            head = None
        self._run(
            self.tr("Reading and comparing the texts…"),
            request,
            reset_overrides=True,
            encodings=encodings,
            head=head,
        )

    def set_encoding(self, side: str, encoding: str | None) -> None:
        """Read one side again decoded as ``encoding`` (None: detect), keeping the other
        side and the alignment corrections; a failure leaves everything as it was."""
        if not (self.old_name and self.new_name):
            return
        chosen = (
            (encoding, self.encodings["new"])
            if side == "old"
            else (self.encodings["old"], encoding)
        )
        self.open_pair(self.old_name, self.new_name, self.overrides, chosen)

    def replace_side(self, side: str, name: str) -> None:
        if side == "old":
            self.open_pair(name, self.new_name or name)
        else:
            self.open_pair(self.old_name or name, name)

    def reload(self) -> None:
        if self.old_name and self.new_name:
            self.open_pair(self.old_name, self.new_name, self.overrides)

    def set_options(self, **changes: bool) -> None:
        self.options = replace(self.options, **changes)
        self._recompare()

    def set_review_threshold(self, below: float) -> None:
        """Offer for review the pairs less likely than ``below`` to be right."""
        self.review_below = below
        if self.comparison is not None:
            self.comparison = self.comparison.with_review_threshold(below)
            self.changed.emit()

    def set_overrides(self, overrides: Overrides) -> None:
        self.overrides = overrides
        self._recompare()

    def swap(self) -> None:
        if self.old is None or self.new is None:
            return
        self.old_name, self.new_name = self.new_name, self.old_name
        self.old, self.new = self.new, self.old
        self.encodings = {"old": self.encodings["new"], "new": self.encodings["old"]}
        self.overrides = self.overrides.swapped()
        self._recompare()

    # -- machinery ------------------------------------------------------------
    def _recompare(self) -> None:
        old, new = self.old, self.new
        if old is None or new is None:
            return
        request = Request(
            self.old_name,
            self.new_name,
            self.options,
            self.overrides,
            self.review_below,
            documents=(old, new),
        )
        self._run(self.tr("Comparing the texts…"), request, reset_overrides=False)

    def cancel(self) -> None:
        """Stop the running work; the previous comparison stays."""
        if self.busy:
            super().cancel()
            self.cancelled.emit(self.loading_names)

    def stage_names(self) -> dict[str, str]:
        return {
            "read-old": self.tr("Reading the older text and finding its articles…"),
            "read-new": self.tr("Reading the newer text and finding its articles…"),
            "read-both": self.tr("Reading both texts and finding their articles…"),
            "align": self.tr("Aligning the articles…"),
            "diff": self.tr("Comparing the wording of each pair…"),
            "find": self.tr("Finding references and names…"),
        }

    def partial_stage_names(self) -> dict[str, str]:
        """The stages after the comparison is shown in part: say what is still to come."""
        return {
            "diff": self.tr("Comparing the wording of the pairs marked “comparing…”…"),
            "find": self.tr("Finding references and names…"),
        }

    def unpaired_stage_names(self) -> dict[str, str]:
        """The stages after the texts are shown as read: say what is still to come."""
        return {
            "align": self.tr("Pairing the articles; highlights will follow…"),
            "diff": self.tr("Comparing the wording of each pair; highlights will follow…"),
            "find": self.tr("Finding references and names; highlights will follow…"),
        }

    def _run(
        self,
        what: str,
        request: Request,
        reset_overrides: bool,
        encodings: tuple[str | None, str | None] | None = None,
        head: Begun | None = None,
    ) -> None:
        """Compare in a worker thread; a long pair in a process of its own (``apart``),
        the first pair from the process begun at launch (``head``) when there is one."""
        names = self.stage_names()
        apart = request.weight() >= self.apart_from
        read = request.documents is None
        unpaired = self.unpaired_stage_names() if apart and read else None
        partial = self.partial_stage_names() if request.weight() >= PARTIAL_FROM else None
        # At every size the comparison is shown as soon as it is aligned and its first
        # screens diffed, then again once every pair is diffed. On a long pair that second
        # writing costs the window a stall (about a second at 20 MB), but the reader sees
        # the highlights long before the last pairs are diffed (at 5 and 20 MB, a fifth
        # to a quarter of the time after the texts are read). The cross-references come
        # with the alignment, so that showing it searches no long text on the GUI thread.
        pending_first = True
        self.loading_names = (request.old_name, request.new_name)
        if head is not None and head.finished():
            taken = head.take()
            if taken is not None:
                # Compared before the window was even built: shown at once, ahead of the
                # window's first paint (no empty panes painted only to be painted again).
                job = Job(lambda _progress: (request.old_name, request.new_name, taken))
                job.signals.finished.connect(
                    lambda result: self._done(job, result, reset_overrides, encodings)
                )
                self._start(what, job, here=True)
                return
            head = None  # the child failed (``take`` said why): compare here

        def work(progress: Progress) -> tuple[str, str, Loaded]:
            stages = _Stages(progress, names, unpaired, partial, pending_first)
            loaded = head.take(Receiver(stages, request)) if head is not None else None
            if loaded is None:
                receiver = Receiver(stages, request)
                if apart:  # multiprocessing is imported for a long pair only
                    from .apart import run_apart

                    loaded = run_apart(request, receiver)
                else:
                    loaded = receiver.run()
            return request.old_name, request.new_name, loaded

        job = Job(work)
        job.signals.finished.connect(
            lambda result: self._done(job, result, reset_overrides, encodings)
        )
        job.signals.failed.connect(lambda exc: self._fail(job, exc))
        job.signals.early.connect(lambda part: self._early(job, part))
        self._start(what, job)

    def _done(
        self,
        job: Job,
        result: object,
        reset_overrides: bool,
        encodings: tuple[str | None, str | None] | None,
    ) -> None:
        """The comparison is ready to be shown: make it current and announce it."""
        if not self._is_current(job):
            return
        loaded = cast(tuple[str, str, Loaded], result)
        old_name, new_name, (old, new, comparison) = loaded
        self.old_name, self.new_name = old_name, new_name
        if encodings is not None:
            self.encodings = {"old": encodings[0], "new": encodings[1]}
        long_before = self.comparison is not None and _long(self.comparison)
        if comparison.pairs and comparison.pairs[0].review_below != self.review_below:
            # Compared before the window read the reader's threshold (the pair begun
            # at launch): the threshold set in Preferences had waited for its next OK.
            comparison = comparison.with_review_threshold(self.review_below)
        self.old, self.new, self.comparison = old, new, comparison
        if reset_overrides:
            self.overrides = comparison.overrides
        self._end(job)
        self.changed.emit()
        if _long(comparison) or long_before:  # (a long one let go: its memory goes back)
            # The previous comparison is let go by now; the new one is kept. A turn of the
            # loop later: the collection is not added to the panes' first writing.
            QTimer.singleShot(0, lambda: settle(let_go=long_before))

    def _early(self, job: Job, part: object) -> None:
        if not self._is_current(job):
            return
        if isinstance(part, Comparison):
            self.partial.emit(part)
        else:
            old, new = cast(tuple[Document, Document], part)
            self.textsRead.emit(old, new)

    def _fail(self, job: Job, exc: object) -> None:
        if not self._end(job):
            return
        if isinstance(exc, TreatyViewerError):
            self.failed.emit(str(exc))
        elif isinstance(exc, InterruptedError):
            return
        else:
            self.failed.emit(self.tr("Unexpected error: {0}").format(exc))
