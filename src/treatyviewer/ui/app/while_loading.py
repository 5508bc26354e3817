"""The window while texts are read and compared: what waits, and what a Cancel leaves.

The previous texts stay on screen and readable during a load, and the menus work.
Commands that would compare the previous texts again (Reload, another encoding,
Undo or Redo of a pairing correction, a new correction) would cancel the load the
reader asked for; they are disabled until it ends. A load cancelled before any
texts were shown (the texts named at start-up) leaves the bundled pair, or, if
that was what was cancelled, an empty window that says how to open texts.

A long pair is shown as soon as it is read, while it is still compared: the texts
as read, marked as not compared yet (``compare.unpaired``); then, as soon as the
articles are paired, the comparison with the first screens highlighted and the pairs
whose wording is still being compared marked "comparing…" (no highlight, no
"unchanged"). If that comparison is cancelled or fails, the previous pair comes back.
Meanwhile the docks (concordance, outline, notes, parties and places) still hold the
previous pair's rows: those are covered with a line saying the panel is filled in once
the texts are compared (``dock_cover``), and the counts say how far the comparing is,
until the comparison ends (a Cancel takes the covers away from the previous pair's).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMenu

from ...core.comparison import Comparison, Row
from ...core.document import Document
from ...core.resources import DEFAULT_PAIR
from ..common.actions import ActionRegistry
from ..common.vocabulary import number
from ..compare.comparison_view import ComparisonView
from ..state.session import ComparisonSession
from .dock_cover import cover_docks
from .message_bar import MessageBar
from .reading_memory import labels_of
from .status_line import StatusLine

WAITING = ("file.reload", "file.encoding.old", "file.encoding.new", "edit.undo", "edit.redo")
"""Commands disabled while a load runs."""
UNPAIRED = "texts-not-compared-yet"
"""Tag of the message shown with texts read and not yet compared."""
WAIT = "while-loading"
"""Tag of a message asking to wait until the texts are compared."""
LOADING_TAGS = (UNPAIRED, WAIT)


class WhileLoading(QObject):
    def __init__(
        self,
        session: ComparisonSession,
        actions: ActionRegistry,
        undo_stack: QUndoStack,
        messages: MessageBar,
        open_bundled: Callable[[], None],
        open_dialog: Callable[[], None],
        view: ComparisonView,
        show: Callable[[Comparison], None],
        filtered: Callable[[Comparison], Comparison],
        status: Callable[[], StatusLine],
    ) -> None:
        """``show`` shows a whole comparison everywhere; ``filtered`` keeps the change
        classes the reader shows; ``status`` is the status line with the counts."""
        super().__init__(session)
        self.session, self.actions, self.undo_stack = session, actions, undo_stack
        self.messages = messages
        self._open_bundled, self._open_dialog = open_bundled, open_dialog
        self.view, self._show = view, show
        self._filtered, self._status = filtered, status
        self._loading: tuple[str, str] | None = None
        self._jump_tip: str | None = None
        self._side_tip: tuple[str, str] | None = None
        self.partial: Comparison | None = None
        self.titled: Callable[[Document, Document], None] = lambda _old, _new: None
        """Names the texts on screen in the window's title while they are compared..."""
        self.titled_names: Callable[[str, str], None] = lambda _old, _new: None
        """...or, before they are read, the names of their files..."""
        self.untitled: Callable[[], None] = lambda: None
        """...and the pair compared, once they are not."""
        self._read_before: Row | None = None
        """The article of the previous pair that was being read when a long pair took
        its place on screen; a Cancel brings the reader back to it."""
        """The comparison shown in part (its pairs still being diffed), if one is."""
        session.started.connect(self._started)
        session.idle.connect(self._idle)
        session.cancelled.connect(self._cancelled)
        session.textsRead.connect(self._texts_read)
        session.partial.connect(self._partial)
        session.changed.connect(self._compared)
        session.failed.connect(lambda _text: self._back_to_previous())

    @property
    def loading(self) -> bool:
        return self.session.busy

    def allows_corrections(self) -> bool:
        """False (and says why) while a load runs: a correction would cancel it."""
        if not self.session.busy:
            return True
        self.messages.show_message(
            self.tr("Wait until the texts are compared, or cancel, to correct a pairing."),
            tag=WAIT,  # goes when the texts are compared
            replace=True,
        )
        return False

    def _article_jumps(self, on: bool) -> None:
        """Go to Article needs paired articles: while a long pair is shown only as
        read, it is disabled, and its tooltip says why."""
        action = self.actions["go.article"]
        if self._jump_tip is None:
            self._jump_tip = action.toolTip()
        action.setEnabled(on)
        tip = (
            self._jump_tip
            if on
            else self.tr(
                "Go to Article works once the articles are paired; they are being paired now."
            )
        )
        action.setToolTip(tip)
        action.setStatusTip(tip)
        for menu in action.associatedObjects():
            if isinstance(menu, QMenu):
                menu.setToolTipsVisible(True)

    def _side_by_side_aligned(self, on: bool) -> None:
        """Side by Side says the texts are aligned, but not of texts shown as read."""
        action = self.actions["view.mode.side"]
        if self._side_tip is None:
            self._side_tip = (action.statusTip(), action.toolTip())
        status, tooltip = self._side_tip
        if not on:
            said = self.tr("Both texts side by side; lined up once the articles are paired")
            status, tooltip = said, tooltip.replace(status, said)  # (the shortcut stays)
        action.setStatusTip(status)
        action.setToolTip(tooltip)

    def _started(self, _what: str) -> None:
        self._article_jumps(self.view.cmp is not None)
        if self._loading is None:
            self._loading = self.session.loading_names
            nothing_shown = self.view.cmp is None and self.view.unpaired.shown is None
            self._reading(*self._loading, nothing_shown)
            for key in WAITING:
                self.actions[key].setEnabled(False)

    def _reading(self, old: str, new: str, nothing_shown: bool) -> None:
        """A line says which texts are being read, at once (a long pair showed empty
        panes for seconds, or the previous pair with its counts beside the progress
        bar as if they were the new pair's); with nothing on screen, the title too."""
        if not (old and new):
            return
        names = tuple(Path(n).name if ("/" in n or "." in n) else n for n in (old, new))
        if nothing_shown:
            self.titled_names(*(Path(n).stem or n for n in names))
            said = self.tr("Reading {0} and {1}: they are shown once read.")
        else:
            said = self.tr(
                "Reading {0} and {1}: the texts on screen, and their counts, are the "
                "previous pair's until these are read."
            )
        self.messages.show_message(said.format(*names), "info", tag=UNPAIRED, replace=True)

    def _docks_enabled(self, on: bool) -> None:
        cover_docks(self.view.window().findChildren(QDockWidget), not on)

    def _idle(self) -> None:
        self._loading = None
        self._article_jumps(True)
        self._side_by_side_aligned(True)
        self._docks_enabled(True)
        for key in WAITING:
            self.actions[key].setEnabled(True)
        self.actions["edit.undo"].setEnabled(self.undo_stack.canUndo())
        self.actions["edit.redo"].setEnabled(self.undo_stack.canRedo())

    def _remember_reading(self) -> None:
        """Before the previous pair leaves the screen for the one being compared."""
        if self.view.unpaired.shown is None and self.partial is None:
            self._read_before = self.view.navigator.row_at_top()

    def place_before(self) -> dict[str, Any] | None:
        """Where the reader was in the previous pair, while a long pair stands in its
        place on screen before it is compared: the place a session saved then keeps
        (a quit while the articles were paired had saved the new texts' top, and the
        session reopened at its preamble). None when no such pair is on screen."""
        shown_early = self.view.unpaired.shown is not None or self.partial is not None
        previous = self.session.comparison
        if not shown_early or previous is None or not self.session.busy:
            return None
        row = self._read_before
        return {} if row is None else {"article": labels_of(previous, row)}

    def _texts_read(self, old: Document, new: Document) -> None:
        """A long pair is read: show it as read while its articles are paired. The same
        texts read again (File → Reload, another encoding) are not: the comparison on
        screen stays at the article read until the new one is written as far (see
        ``ComparisonView.show_comparison``); the texts as read were written from their
        beginning, shown for seconds before they reached that article."""
        self._remember_reading()
        places = self._place_again(old, new)
        if places and self.view.cmp is not None:
            return
        self.view.show_unpaired(old, new, places)
        self.titled(old, new)
        self._article_jumps(False)
        self._side_by_side_aligned(False)
        self._docks_enabled(False)  # they describe the previous pair until this one is compared
        # nor do the previous pair's counts describe the texts now on screen
        self._status().counts.set_parts([self.tr("Not compared yet: no counts")])
        self.messages.show_message(
            self.tr(
                "The texts are shown as read, not compared yet: the articles are being "
                "paired, and the changes will be highlighted when that is done."
            ),
            "info",
            tag=UNPAIRED,
            replace=True,
        )

    def _place_again(self, old: Document, new: Document) -> list[tuple[int, int]]:
        """The article read, in the same texts read again (File → Reload, another
        encoding, a pairing corrected on a long pair): (side, segment) in each text
        that has it, by its label. A 5 MB pair reloaded at Art. 3435 had come back at
        its Preamble."""
        previous, row = self.session.comparison, self._read_before
        if previous is None or row is None or self.session.loading_names != self.view.names:
            return []
        labels = labels_of(previous, row)
        places = []
        for side, doc in ((1, new), (0, old)):
            found = [doc.index_of(label) for label in labels["new" if side else "old"]
                     if doc.has_label(label)]  # fmt: skip
            if found:
                places.append((side, min(found)))
        return places

    def _partial(self, cmp: Comparison) -> None:
        """A long pair is aligned: show it, the pairs not yet diffed marked as such
        (then again once they all are, while the texts are scanned)."""
        view = self.view
        reading = view.navigator.row_at_top() if self.partial is not None else None
        self._remember_reading()
        self.partial = cmp
        self.titled(cmp.old, cmp.new)
        view.names = self.session.loading_names
        view.show_comparison(self._filtered(cmp))
        self._article_jumps(True)
        self._side_by_side_aligned(True)
        if reading is not None:
            view.navigator.show_row(reading)  # the reader stays at the article read
        self._docks_enabled(False)
        pending = sum(p.pending for p in cmp.pairs)
        if pending:
            total = len(cmp.pairs)
            self._status().counts.set_parts(
                [self.tr("{0} of {1} pairs highlighted").format(  # until the rest come at once
                    number(total - pending), number(total))]
            )  # fmt: skip
        else:
            self._status().show_counts(self._filtered(cmp))
        self.messages.show_message(
            self.tr(
                "The articles are paired. The wording of the pairs marked “comparing…” is "
                "still being compared: they are highlighted, and the counts and side panels "
                "filled in, when that is done."
            )
            if pending
            else self.tr(
                "Every pair is compared. The side panels are filled in once the texts are "
                "searched for references and names."
            ),
            "info",
            tag=UNPAIRED,
            replace=True,
        )

    def _compared(self) -> None:
        self.partial = None
        self._read_before = None
        self.messages.clear_tagged(lambda tag: tag not in LOADING_TAGS)

    def _back_to_previous(self) -> None:
        """The texts shown as read, or in part, will not be compared: the previous
        pair comes back."""
        self.messages.clear_tagged(lambda tag: tag not in LOADING_TAGS)
        shown_early = self.view.unpaired.shown is not None or self.partial is not None
        self.partial = None
        reading, self._read_before = self._read_before, None
        self.untitled()
        if shown_early and self.session.comparison is not None:
            self._show(self.session.comparison)
            if reading is not None:  # the reader is back at the article read before
                for pane in self.view.panes():
                    pane.flush_relayout()
                self.view.navigator.show_row(reading)

    def _cancelled(self, names: tuple[str, str]) -> None:
        """A load was cancelled; with nothing on screen, show something usable."""
        self._back_to_previous()
        if self.session.comparison is not None:
            # The previous texts coming back without a word looked like a failure.
            self._status().say(self.tr("Comparison cancelled. The previous texts are still shown."))
            return
        open_button = [(self.tr("Open Two Texts…"), self._open_dialog)]
        if tuple(names) != tuple(DEFAULT_PAIR):
            self.messages.show_message(
                self.tr("Opening the texts was cancelled. The bundled pair is shown instead."),
                "info",
                open_button,
                # Tagged with the pair it stands above: it goes when other texts are shown.
                tag=f"instead\n{DEFAULT_PAIR[0]}",
            )
            self._open_bundled()
            return
        self.messages.show_message(
            self.tr("Cancelled: no texts are open. Open two texts to compare them."),
            "info",
            open_button,
        )
