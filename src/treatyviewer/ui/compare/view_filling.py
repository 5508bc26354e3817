"""The comparison view's side of a long text written step by step (see ``progressive``):
the first screens at once, the rest from the event loop, with the scroll sync, the
connectors, the placeholders and the overview kept up with what is written."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, QSizeF, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont

from ...core.comparison import Comparison
from ..common.slices import SlicedRun, Steps, run_through
from .formats import Formats
from .overview import Tick
from .pane import ComparisonPane
from .progressive import Filling
from .render import Rendered
from .swapping import same_pairing
from .view_marks import band_steps, lonely_bands, tick_steps
from .view_navigation import ViewNavigator
from .whole_layout import MarkedView

LONG_TEXT = 200_000
"""Characters in both texts above which a comparison is written into the panes step by step."""
FIRST_SCREENS = 2.0
"""Viewport heights written before the panes are first painted."""
RESTART_MS = 1000
"""How long the panes keep a new width before a long text is written again at it."""
PUBLISH_S = 0.3
"""How often the scroll sync, connectors and placeholders catch up while a text is written."""
PUBLISH_SPREAD = 10.0
"""...but at most once in this many times what the last catching up cost: each walks all
that is written, so at a fixed pace it would take a growing share of the writing (a 20 MB
pair: most of it by the end)."""
TICKS_EVERY = 0.1
"""The overview (every change: the dearest to redo) catches up each time this share of
the texts more is written."""


def _written_past(filling: Filling, side: int, index: int, room: float) -> bool:
    """Whether segment ``index`` of one side is written, and ``room`` below it."""
    geo = filling.geo[side]
    if filling.next[side] <= index:
        return False
    return index not in geo.ranges or geo.height > geo.ranges[index][0] + room


def is_long(cmp: Comparison, limit: int = LONG_TEXT) -> bool:
    return len(cmp.old.text) + len(cmp.new.text) > limit


@dataclass(frozen=True)
class Writing:
    """What the panes' texts are written from: the comparison, its formats, the
    articles of each text left out, the height of a line, and the newer text's segment
    the writing begins at (``stretches``)."""

    cmp: Comparison
    formats: Formats
    hidden: tuple[frozenset[int], frozenset[int]]
    line_height: float
    begin: int = 0


class WholeTicks(Protocol):
    """The overview of a pair too tall for Qt, by characters (``whole_overview``)."""

    def by_characters(self) -> bool: ...

    def tick_steps(self) -> Steps[list[Tick]]: ...


class FilledView(MarkedView, Protocol):
    """What of the comparison view a filling reads and sets."""

    laidOut: SignalInstance
    navigator: ViewNavigator
    stretching: WholeTicks

    def panes(self) -> tuple[ComparisonPane, ComparisonPane, ComparisonPane]: ...


class ViewFilling(QObject):
    """Runs one ``Filling`` for the view and tells the view what is written."""

    finished = Signal()
    """The whole text is written and laid out."""

    def __init__(self, view: FilledView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.filling: Filling | None = None
        self._run: SlicedRun[None] | None = None
        self._publishing: SlicedRun[None] | None = None
        """Handing the view what is written, a slice at a time (``publish_steps``)."""
        self._swapping: SlicedRun[bool] | None = None
        """Patching what is written for a fuller comparison (``swap``)."""
        self._steps: Steps[None] | None = None
        """The steps of the filling shown (``begin`` goes on with them)."""
        self._behind: SlicedRun[None] | None = None
        """Writing a filling the panes do not show yet (``start_behind``)."""
        self._coming: tuple[Filling, Steps[None], Callable[[], None]] | None = None
        """That filling, its steps, and what shows it once it reaches the place read."""
        self._taking = False
        """One pane has taken the text written behind it, the other takes it next turn."""
        self._published = 0.0
        self._publish_cost = 0.0
        """Processor seconds the last catching up took (``PUBLISH_SPREAD``)."""
        self._ticked = -1.0
        """The share of the texts written when the overview last caught up."""
        self._whole_ticked = False
        """Whether the overview shows the whole of a pair too tall for Qt already."""
        self._started_as: tuple[str, int, int] = ("", 0, 0)
        """The view's mode and pane widths when the writing started."""
        self._restart = QTimer(self, singleShot=True, interval=RESTART_MS)
        self._restart_with: Callable[[], None] = lambda: None
        self._restart.timeout.connect(self._restart_now)
        self.through: dict[int, int] = {}
        """Segments ({side: index}) the next ``begin`` writes before the panes are
        painted (a stretch begun above the article the reader goes to: ``stretches``)."""
        self._follow_soon = QTimer(self, singleShot=True, interval=0)
        self._follow_soon.timeout.connect(self.follow)
        for pane in view.panes()[:2]:
            bar = pane.verticalScrollBar()
            bar.valueChanged.connect(self.follow)
            # The range changes at every edit of a text being written (which follows
            # the panes itself after each step): once a turn of the loop is enough.
            bar.rangeChanged.connect(self._follow_soon.start)

    def follow(self) -> None:
        """Lay out what the panes come near; let go of what they left far behind."""
        if self.filling is not None and not self._taking:
            self.filling.parking.follow()

    def _view_of(self, side: int) -> tuple[float, float]:
        pane = self.view.panes()[side]
        return float(pane.verticalScrollBar().value()), float(pane.viewport().height())

    @property
    def active(self) -> bool:
        """Still writing, handing the view the last of it, or about to start again."""
        runs = (self._run, self._publishing, self._swapping, self._behind)
        running = any(r is not None and r.running for r in runs)
        return running or self._restart.isActive()

    @property
    def behind(self) -> bool:
        """A text is being written that the panes do not show yet (``start_behind``)."""
        return self._coming is not None

    @property
    def settle_ms(self) -> int:
        """How long the panes keep a new width before the text is written again at it
        (``RESTART_MS``)."""
        return self._restart.interval()

    @settle_ms.setter
    def settle_ms(self, ms: int) -> None:
        self._restart.setInterval(ms)  # a wait under way starts again, this long

    def restart_when_settled(self, restart: Callable[[], None]) -> None:
        """The panes changed width: ``restart`` the writing at the new width once they
        have kept it ``RESTART_MS`` (a window dragged wider, or a dock sliding open,
        changes it many times), unless they are back at the width it started with."""
        self._restart_with = restart
        self._restart.start()

    def _restart_now(self) -> None:
        if self.filling is not None and not self.as_started():
            self._restart_with()

    def stop(self) -> None:
        self._restart.stop()
        self._restart_with = lambda: None  # (it holds the comparison written)
        self._stop_behind()
        self._stop_runs()
        self.filling = None
        self._steps = None
        for pane in self.view.panes()[:2]:
            pane.reveal = lambda _position: None

    def _stop_runs(self) -> None:
        """Stop writing the filling shown and handing it to the view (what is written of
        it stays on screen, and its parking follows the panes)."""
        for run in (self._run, self._publishing, self._swapping):
            if run is not None:
                run.stop()
                run.deleteLater()
        self._run = self._publishing = self._swapping = None

    def _stop_behind(self) -> None:
        if self._behind is not None:
            self._behind.stop()
            self._behind.deleteLater()
        self._behind = None
        self._coming = None
        self._taking = False

    def _publish_sliced(self, then: Callable[[], None]) -> None:
        """Start handing the view what is written (unless that is under way)."""
        if self._publishing is not None and self._publishing.running:
            return
        if self._publishing is not None:
            self._publishing.deleteLater()
        self._publishing = SlicedRun(
            self._costed(self.publish_steps()), lambda _: then(), self._failed, parent=self
        )

    def start(self, writing: Writing) -> tuple[Rendered, Rendered]:
        """Empty documents for the panes (from the anchor written with segment
        ``writing.begin`` of the newer text on: ``stretches``);
        ``begin`` fills them once the panes hold them."""
        self.stop()
        self.filling = filling = self._new_filling(writing)
        self._steps = filling.steps()
        for side, pane in enumerate(self.view.panes()[:2]):
            pane.reveal = partial(filling.parking.wake_at, side)
        return self.filling.rendered

    def _new_filling(
        self, writing: Writing, views: Callable[[int], tuple[float, float]] | None = None
    ) -> Filling:
        self._ticked = -1.0
        self._whole_ticked = False
        self._started_as = self._layout_now()
        w = writing
        font = QFont(w.formats.font)
        font.setItalic(True)  # as the view's placeholders are drawn
        views = views or self._view_of
        filling = Filling(w.cmp, w.formats, w.hidden, w.line_height, font, views, w.begin)
        widths = self._started_as[1:]
        filling.parking.steady = lambda: self._layout_now()[1:] == widths
        return filling

    def start_behind(
        self,
        writing: Writing,
        through: dict[int, int],
        show: Callable[[tuple[Rendered, Rendered]], None],
        show_one: Callable[[int, Rendered, float], None],
    ) -> None:
        """``start``, but the panes keep what they show (the text at the width before,
        or as read) while the new text is written, at the panes' widths, through
        segments ``through`` ({side: segment}: the article read) and the screens below
        them; then ``show_one`` gives each pane its document, at a height (the top of
        the article read), and ``show`` is given both (the view calls ``begin``, which
        writes the rest), each in a turn of its own: a pane that takes a long text has
        Qt lay out again all that is written of it (at Art. 3000 of a 5 MB pair, near
        a fifth of a second). Written from the start, the new text showed its beginning
        for seconds before it reached the article read."""
        self._restart.stop()
        self._stop_behind()
        self._stop_runs()  # (at the old width: not shown for long)
        made: list[Filling] = []
        views = partial(self._place_of, made, through)
        filling = self._new_filling(writing, views)
        made.append(filling)
        for document, pane in zip(filling.documents(), self.view.panes()[:2], strict=True):
            # As the pane lays out what it shows (it lays them out the same when it takes them).
            document.setPageSize(QSizeF(pane.viewport().width(), -1))
        steps = filling.steps()
        self._coming = (filling, steps, partial(show, filling.rendered))
        self._behind = SlicedRun(
            self._steps_through(filling, steps, through, show_one),
            lambda _: self._arrived(through),
            self._failed,
            parent=self,
        )

    def _place_of(
        self, made: list[Filling], through: dict[int, int], side: int
    ) -> tuple[float, float]:
        """Where a text written behind the panes is to be shown (what its parking keeps
        laid out): at the article read once it is written (in either text: they face
        each other), else where the writing is. The panes' own scroll offsets are the
        text's on screen: far from the same article in a text of another width, they
        had it parked, and the panes showed its headings over blank room."""
        height = self._view_of(side)[1]
        if not made:
            return 0.0, height
        filling = made[0]
        for near in (side, 1 - side):
            span = filling.geo[near].ranges.get(through.get(near, -1))
            if span is not None:
                return span[0], height
        return filling.geo[side].height, height

    def _steps_through(
        self,
        filling: Filling,
        steps: Steps[None],
        through: dict[int, int],
        show_one: Callable[[int, Rendered, float], None],
    ) -> Steps[None]:
        """``steps`` until the first screens of ``through`` are written (``begin``);
        then the panes take their texts, one a turn (``start_behind``)."""
        want = self._first_height()
        for step in steps:
            yield step
            if self._enough(filling, through, want):
                break
        self._taking = True  # (the text a pane showed is not followed: it is let go)
        for side in (0, 1):
            span = filling.geo[side].ranges.get(through.get(side, -1))
            if span is None:  # (an article only one text has: the other as it faces it)
                other = next(iter(through.items()), None)
                span = filling.geo[1 - side].ranges.get(other[1]) if other else None
            show_one(side, filling.rendered[side], span[0] if span is not None else 0.0)
            yield filling.next[0] + filling.next[1], 0

    def _arrived(self, through: dict[int, int]) -> None:
        """The text written behind reaches the place read: the panes show it now."""
        if self._behind is not None:
            self._behind.deleteLater()
            self._behind = None
        coming, self._coming = self._coming, None
        if coming is None:
            return
        filling, steps, show = coming
        started_as = self._started_as
        self._taking = False
        self.stop()  # (the filling shown until now)
        self._started_as = started_as
        self.filling, self._steps = filling, steps
        filling.parking.views = self._view_of  # (the panes show it now)
        for side, pane in enumerate(self.view.panes()[:2]):
            pane.reveal = partial(filling.parking.wake_at, side)
        self.through = through
        show()

    def _first_height(self) -> float:
        """How much of the text ``begin`` writes before the panes are painted."""
        return max(p.viewport().height() for p in self.view.panes()[:2]) * FIRST_SCREENS

    @staticmethod
    def _enough(filling: Filling, through: dict[int, int], want: float) -> bool:
        """All is written, or ``want`` of each text and that much below ``through``."""
        return filling.done or (
            min(g.height for g in filling.geo) > want
            and all(_written_past(filling, side, seg, want) for side, seg in through.items())
        )

    def swap(
        self,
        cmp: Comparison,
        formats: Formats,
        hidden: tuple[frozenset[int], frozenset[int]],
        afresh: Callable[[], None],
    ) -> bool:
        """Show ``cmp`` in what is written, when it pairs the articles as the comparison
        being written does (its pairs diffed where those were pending): patched in
        place, see ``swapping``; ``afresh`` writes it anew if that fails half way.
        False when it cannot be swapped in (nothing was started)."""
        filling = self.filling
        if filling is None or filling.hidden != hidden or not self.as_started() or self.behind:
            return False
        look = filling.writers[0].renderer.f
        if look.scheme is not formats.scheme or look.font != formats.font:
            return False
        if (self._swapping is not None and self._swapping.running) or not same_pairing(
            filling.cmp, cmp
        ):
            return False
        self._restart.stop()
        self._swapping = SlicedRun(
            filling.swap_steps(cmp),
            lambda ok: self._swapped(ok, afresh),
            self._failed,
            parent=self,
            first=True,  # the writing waits: it writes from the comparison patched in
        )
        return True

    def _swapped(self, ok: bool, afresh: Callable[[], None]) -> None:
        if self._swapping is not None:
            self._swapping.deleteLater()
            self._swapping = None
        if not ok:
            afresh()
        elif self._run is None or not self._run.running:  # it was all written
            self._finish()
        else:
            self._publish_sliced(self.view.navigator.retry)

    def _layout_now(self) -> tuple[str, int, int]:
        old, new = (p.viewport().width() for p in self.view.panes()[:2])
        return self.view.mode, old, new

    def as_started(self) -> bool:
        """Whether the panes have the mode and widths the writing started with (a
        relayout that changed neither needs no new start)."""
        return self._layout_now() == self._started_as

    def begin(self) -> None:
        """Write the first screens now, then the rest a slice at a time."""
        filling, steps = self.filling, self._steps
        assert filling is not None and steps is not None
        view = self.view
        self.view.pads = filling.pads
        view.geo = filling.geo
        want = self._first_height()
        through, self.through = self.through, {}
        if not self._enough(filling, through, want):
            for _ in steps:
                if self._enough(filling, through, want):
                    break
        self.publish()
        if filling.done:
            self._finish()
            return
        self._run = SlicedRun(steps, lambda _: self._finish(), self._failed, self._progress, self)
        view.laidOut.emit()  # the first screens are in place: the reading position can follow

    def _progress(self, _done: int, _total: int) -> None:
        due = max(PUBLISH_S, PUBLISH_SPREAD * self._publish_cost)
        if time.perf_counter() - self._published > due:
            self._publish_sliced(self.view.navigator.retry)

    def _costed(self, steps: Steps[None]) -> Steps[None]:
        """``steps``, adding up the processor time they take into ``_publish_cost``."""
        cost = 0.0
        while True:
            began = time.thread_time()
            try:
                item = next(steps)
            except StopIteration:
                self._publish_cost = cost + time.thread_time() - began
                return
            cost += time.thread_time() - began
            yield item

    def _failed(self, exc: BaseException) -> None:
        self._run = None
        raise exc

    def _finish(self) -> None:
        """All is written: hand the view all of it, then it is laid out."""
        self._run = None
        if self._publishing is not None:
            self._publishing.stop()  # it may have started before the last steps
            self._publishing.deleteLater()
            self._publishing = None
        self._publish_sliced(self._finished)

    def _finished(self) -> None:
        view = self.view
        view.layers.apply_all()
        view.overview.set_marks(view.layers.marks())
        view.navigator.retry()
        view.laidOut.emit()
        self.finished.emit()

    def publish(self) -> None:
        """Hand the view what is measured so far, at once."""
        run_through(self.publish_steps())

    def publish_steps(self) -> Steps[None]:
        """Hand the view what is measured so far: scroll sync, connectors, placeholders,
        and (each tenth of the text, and at the end) the overview. Each walks every
        article or change written, so it yields every few thousand of them."""
        filling, view = self.filling, self.view
        if filling is None or view.cmp is None:
            return
        cmp = view.cmp
        self._published = time.perf_counter()
        view.sync.set_points(filling.points())
        yield 0, 0
        if filling.done:  # in pair order, exactly as a text laid out whole has them
            found = yield from band_steps(cmp, filling.geo, view.sync)
            view.connector.set_bands(found)
        else:  # (the same list, longer: only what was added is looked at)
            view.connector.set_bands(filling.bands, lonely_bands(cmp, filling.geo, view.sync))
        side_by_side = view.mode == "side"
        old, new = filling.placer.placed() if side_by_side else ([], [])
        view.old_pane.set_placeholders(old)
        view.new_pane.set_placeholders(new)
        share = filling.written_share()
        if view.stretching.by_characters():  # (the whole pair: once)
            if not self._whole_ticked:
                self._whole_ticked = True
                view.overview.set_ticks((yield from view.stretching.tick_steps()))
        elif filling.done or share - self._ticked >= TICKS_EVERY:
            self._ticked = share
            height = None if filling.done else filling.expected_height()
            marks = yield from tick_steps(
                cmp, filling.rendered, filling.geo, view.scheme, filling.known, height
            )
            view.overview.set_ticks(marks)
        view.update_overview_view()
        view.sync.resync(1)
        self._published = time.perf_counter()
