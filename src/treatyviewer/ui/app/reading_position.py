"""Where the reader is: the concordance row that follows the article at the top of the
reading pane (and the outline line of that article), the "Change 3 of 41" label while
that change is in view, and which pane Find starts from.

Reads the view and the concordance; never scrolls the panes and never takes focus.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...core.comparison import Comparison, Row
from ...core.document import Document
from ...core.relinking import knock_on
from ..common.names import label_names, segment_name
from ..common.vocabulary import number
from ..compare.pane import ComparisonPane
from .status_line import ElidingLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from ..compare.comparison_view import ComparisonView
    from ..concordance.concordance_dock import ConcordanceDock

CHANGE_LABEL_SHARE = 0.42
"""At most this share of the status bar for "Change 3 of 41 · …": the counts keep the rest
(a long note, in Russian more so, would push them out); the whole note is in its tooltip."""
FOLLOW_DELAY_MS = 120
"""The concordance catches up this long after scrolling stops (no churn while flinging)."""


@dataclass
class PairToShow:
    """A pair the reader made (Link, Link with…), to show once the texts are aligned
    again around it, by its articles' labels (pairs are numbered anew)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    seen_in: object
    """The comparison last shown (before the link, at first): each new one is looked at."""
    told: bool = False
    """Whether what the link changed elsewhere was said (once)."""
    apart: bool = False
    """The articles are shown side by side whether paired or not (an Unlink, or its Undo
    and Redo): the old one in the old text's pane, the new one in the new text's."""

    def index_in(self, cmp: Comparison) -> int | None:
        """The index of the pair among ``cmp``'s pairs, if it has it."""
        for k, pair in enumerate(cmp.pairs):
            labels = (tuple(cmp.label_of("old", pair.old)), tuple(cmp.label_of("new", pair.new)))
            if labels == (self.old, self.new):
                return k
        return None


class ReadingPosition(QObject):
    rowAtTop = Signal(object)
    """The core ``Row`` of the article now at the top of the reading pane."""
    otherPairsChanged = Signal(str)
    """A reader's link changed pairs elsewhere (``core.relinking``): what, in a sentence."""

    def __init__(
        self,
        view: ComparisonView,
        concordance: ConcordanceDock,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.concordance = concordance
        self.change_label = ElidingLabel(share=CHANGE_LABEL_SHARE)
        self.change_label.setObjectName("change-position")
        self.change_label.setAccessibleName(self.tr("Position among the changes"))
        # Left of the legends: index 1 is the first place after the counts.
        status_bar.insertPermanentWidget(1, self.change_label)
        self._so_far: tuple[int, str] | None = None
        """The change shown and its edge while the count was still growing."""
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.follow)
        self._held: tuple[ComparisonPane, int] | None = None
        self._held_row: tuple[weakref.ref[Comparison] | None, Row] | None = None
        """The row held (in the comparison it was chosen in, not kept alive by it: a long
        pair's comparison is let go when another pair opens), while ``_held`` stands."""
        self._last_pane: ComparisonPane | None = None
        self._pending_pair: PairToShow | None = None
        view.laidOut.connect(self._show_pending_pair)
        for pane in view.panes():
            pane.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.laidOut.connect(self._timer.start)
        view.laidOut.connect(self._settle_count)
        view.changeVisited.connect(self.show_change)
        # Another list chosen ("All articles" after "To review"): the article read is
        # selected in it, as it was not while the list chosen before lacked it.
        concordance.tabs.currentChanged.connect(self._list_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- Find starts where the reader is --------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, ComparisonPane):
            self._last_pane = new

    def reading_pane(self) -> ComparisonPane:
        """The pane the reader last clicked into, if still shown; else the main one."""
        pane = self._last_pane
        if pane is not None and pane.isVisible():
            return pane
        return self.view.primary()

    # -- "Change 3 of 41" ------------------------------------------------------------------
    def _settle_count(self) -> None:
        """Once the texts are written and compared, "Change 5 of 586 so far" becomes the
        whole count ("Change 5 of 923") without waiting for the next key."""
        cmp = self.view.cmp
        if self._so_far is None or self.view.writing() or cmp is None:
            return
        if any(p.pending for p in cmp.pairs):
            return
        place = self.view.navigator.current_place()
        if place is not None:
            self.show_change(*place, self._so_far[1])

    def show_change(self, index: int, total: int, edge: str) -> None:
        if edge == "none":
            self.change_label.set_parts([self.tr("No changes")])
            self.change_label.setToolTip("")
            return
        if total <= 0 or index < 0:
            self._none_selected()
            return
        wrapped = (
            self.tr("past the last change: round to the first")
            if index == 0
            else self.tr("before the first change: round to the last")
        )
        notes = {
            "last": (self.tr("Last change — press F7 again to start over"), self.tr("last change")),
            "first": (
                self.tr("First change — press Shift+F7 again to go to the last"),
                self.tr("first change"),
            ),
            "wrapped": (wrapped, wrapped),
        }
        cmp = self.view.cmp
        # pairs still being compared, or a long text still being written into the
        # panes, add their changes: the total grows (a reader saw "Change 1 of 58",
        # "Change 5 of 586", then "923 of 923", and nothing said why)
        growing = self.view.writing() or (cmp is not None and any(p.pending for p in cmp.pairs))
        self._so_far = (index, edge) if growing else None
        if growing:
            where = self.tr("Change {0} of {1} so far").format(number(index + 1), number(total))
        else:
            where = self.tr("Change {0} of {1}").format(number(index + 1), number(total))
        words, articles = self.view.navigator.counts
        # The stops are more than the word changes the counts beside it give ("31 word
        # changes" there, "Change 1 of 46" here): where there is room, it says why.
        said_words = self.tr("%Ln word change(s)", "", words)
        said_articles = self.tr("%Ln whole article(s)", "", articles)
        why = (
            self.tr("Change {0} of {1} ({2}, {3})").format(
                number(index + 1), number(total), said_words, said_articles
            )
            if articles and not growing
            else where
        )
        if growing and edge == "last":  # not the last: more come as the texts are written
            notes["last"] = (
                self.tr("The last change written so far — more come as the texts are laid out"),
                self.tr("more to come"),
            )
        whole = [w for w in (self._whole_article(),) if w]
        note, short = ([notes[edge][0]], [notes[edge][1]]) if edge in notes else ([], [])
        # Where the status bar is narrow, what the stops are goes first, then the note
        # is shortened, the article dropped, then the note: "Change 44 of 44" stays.
        self.change_label.set_parts(
            [why, *whole, *note],
            [[where, *whole, *note], [where, *whole, *short], [where, *short], [where]],
        )
        self.change_label.setToolTip(
            self.change_label.text()
            + "\n"
            + self.tr("%Ln change(s): {0}, {1} added, removed or moved", "", total).format(
                said_words, said_articles
            )
        )
        self._select_pair_of_change()

    def _none_selected(self) -> None:
        """The reader is away from any change they went to (or went to none yet)."""
        self.change_label.set_parts([self.tr("No change selected")])
        self.change_label.setToolTip(
            self.tr("F7 goes to the next change below the reading position, Shift+F7 above it")
        )

    def _whole_article(self) -> str:
        """ "Art. II added" when the current stop is an article only one text has;
        "Art. 3 → 5 moved" when it is an article moved with its words kept."""
        row, cmp = self.view.navigator.current_row, self.view.cmp
        key = self.view.navigator.current_key
        if cmp is not None and isinstance(key, Row) and key.kind == "pair":
            pair = cmp.pairs[key.index]
            old, new = cmp.old.segments[pair.old[0]], cmp.new.segments[pair.new[0]]
            return self.tr("{0} → {1} moved (its words kept)").format(
                segment_name(old), segment_name(new)
            )
        if row is None or row.kind == "pair" or cmp is None:
            return ""
        doc = cmp.new if row.kind == "added" else cmp.old
        name = segment_name(doc.segments[row.index])
        if row.kind == "added":
            return self.tr("{0} added (a whole article)").format(name)
        return self.tr("{0} removed (a whole article)").format(name)

    def _select_pair_of_change(self) -> None:
        """Stepping through changes: the concordance shows the row of the current
        change (not the article at the top), until the reader scrolls on."""
        row = self.view.navigator.current_row
        if row is None:
            return
        self.hold(row)

    # -- after a correction --------------------------------------------------------------
    def show_pair_when_aligned(
        self, old: tuple[str, ...], new: tuple[str, ...], tell: bool = True
    ) -> None:
        """Once the texts are aligned again, show the pair the reader just made (``tell``:
        and say what the link changed elsewhere; not for an Accept undone, whose texts
        may be another step of a chain)."""
        self._pending_pair = PairToShow(old, new, self.view.cmp, told=not tell)

    def show_articles_when_aligned(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        """Once the texts are aligned again, show these articles, the old one in the
        older text and the new one in the newer, paired or not: after an Unlink (and its
        Undo and Redo) the panes and the Concordance had gone to the first article."""
        self._pending_pair = PairToShow(old, new, self.view.cmp, told=True, apart=True)

    def _show_pending_pair(self) -> None:
        """Called after every layout: shows the pair the reader made in each new
        comparison that has it, until one that is whole (a long pair is shown first
        with some pairs still being compared, then again once all are: showing it in
        the first alone, or waiting for it there, had left the view elsewhere)."""
        pending, cmp = self._pending_pair, self.view.cmp
        if pending is None or cmp is None or cmp is pending.seen_in:
            return
        if not pending.told and isinstance(pending.seen_in, Comparison):
            self._tell_knock_on(pending.seen_in, cmp, pending.old, pending.new)
            pending.told = True
        pending.seen_in = cmp
        if not any(p.pending for p in cmp.pairs):
            self._pending_pair = None
        # After the view has put back its scroll position (it does so after laying out).
        QTimer.singleShot(0, lambda: self._show_pair(pending))

    def _tell_knock_on(
        self, before: Comparison, after: Comparison, old: tuple[str, ...], new: tuple[str, ...]
    ) -> None:
        knock = knock_on(before, after, old, new)
        if not knock:
            return

        def listed(pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> str:
            shown = [
                f"{label_names(o, after.old)} ↔ {label_names(n, after.new)}" for o, n in pairs[:3]
            ]
            more = len(pairs) - len(shown)
            return ", ".join(shown) + (self.tr(" and %n more", "", more) if more > 0 else "")

        parts = []
        if knock.undone:
            parts.append(self.tr("no longer paired: %1").replace("%1", listed(knock.undone)))
        if knock.made:
            parts.append(self.tr("newly paired: %1").replace("%1", listed(knock.made)))
        self.otherPairsChanged.emit(
            self.tr("The texts were aligned again around your link; elsewhere, %1.").replace(
                "%1", "; ".join(parts)
            )
        )

    def _show_pair(self, pending: PairToShow) -> None:
        """The pair made, in the comparison shown now, at the top and selected."""
        cmp = self.view.cmp
        if pending.apart:
            self._show_articles(pending)
            return
        k = None if cmp is None else pending.index_in(cmp)
        if k is None:
            return
        self.view.jump_to_pair(k)  # (what a layout was to bring back is dropped)
        self.hold(Row("pair", k))

    def _show_articles(self, pending: PairToShow) -> None:
        """The articles of ``pending``, each at the top of its text's pane, and the row
        of the newer one (of both, when they are paired) selected."""
        cmp = self.view.cmp
        if cmp is None:
            return
        old = _first_segment(cmp.old, pending.old)
        new = _first_segment(cmp.new, pending.new)
        if old is None and new is None:
            return
        self.view.show_articles(old, new)
        side, segment = (1, new) if new is not None else (0, old)
        assert segment is not None  # (one of the two is, checked above)
        row = cmp.row_of_segment(side, segment)
        self.hold(row)

    # -- the concordance follows the reading position --------------------------------------
    def hold(self, row: Row | None = None) -> None:
        """The reader chose a row (or a change in it): every view of the position (the
        outline too) shows it, and the selection stays until they scroll on."""
        pane = self.view.primary()
        self._held = (pane, pane.verticalScrollBar().value())
        cmp = self.view.cmp
        self._held_row = None if row is None else (None if cmp is None else weakref.ref(cmp), row)
        if row is not None:
            self._show_row(row)

    def hold_position(self, pane: ComparisonPane, position: int) -> None:
        """A Find match was gone to: its article is the current row, wherever on the
        screen the match was put."""
        row = self.view.navigator.row_at_position(pane, position)
        if row is not None:
            self.hold(row)

    def _scrolled(self) -> None:
        self._timer.start()

    def catching_up(self) -> bool:
        """Whether the concordance is yet to follow a scroll of the panes."""
        return self._timer.isActive()

    def follow(self) -> None:
        """Make the row of the article at the top of the reading pane the current row."""
        pane = self.view.primary()
        value = pane.verticalScrollBar().value()
        if not self.view.navigator.current_in_view():
            self._none_selected()
        if self._held is not None:
            if self._held == (pane, value):
                return
            self._held = None
        table = self.concordance.table
        if len(table.selectionModel().selectedRows()) > 1:
            return  # the reader is choosing rows to link: keep them
        row = self.row_at_top()
        if row is not None:
            self._show_row(row)

    def _list_changed(self, _index: int) -> None:
        """The Concordance lists other articles: the row of the one read is selected
        there (the selection, not the keyboard focus, moves)."""
        if len(self.concordance.table.selectionModel().selectedRows()) > 1:
            return  # the reader is choosing rows to link: keep them
        row = self.current_row()
        if row is not None:
            self._show_row(row)

    def _show_row(self, row: Row) -> None:
        """The concordance and the outline show the article being read."""
        self.rowAtTop.emit(row)
        source = self.concordance.row_of(row)
        if source is not None and source not in self.concordance.selected_rows():
            self.concordance.select_row(source)

    def row_at_top(self) -> Row | None:
        """The concordance row of the article at the top of the reading pane."""
        return self.view.navigator.row_at_top()

    def current_row(self) -> Row | None:
        """The row the reader is at: the one they chose (in the outline, the
        concordance, Go to Article, by a change) until they scroll on from it, else the
        article at the top of the reading pane. The two differ where the article chosen
        is not at the top: the draft's Art. 4, which the treaty lacks, has no place in
        the treaty's pane, whose top showed Art. IX (so Go to Article had offered
        "Art. 3 → IX")."""
        pane = self.view.primary()
        if (
            self._held_row is not None
            and self._held == (pane, pane.verticalScrollBar().value())
            and (self._held_row[0] and self._held_row[0]()) is self.view.cmp
        ):
            return self._held_row[1]
        return self.row_at_top()


def _first_segment(doc: Document, labels: tuple[str, ...]) -> int | None:
    """The index of the first of ``labels`` in ``doc`` (None when it has none of them)."""
    for label in labels:
        try:
            return doc.index_of(label)
        except KeyError:
            continue
    return None
