"""The concordance dock: table, filter, review list, and the reader's alignment corrections."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import UNCERTAIN_BELOW, Comparison, Row
from ...core.document import Document, SegmentKind
from ...core.likeness import MOST_ARTICLES, WordSets, shared_words
from ...core.openings import Openings
from ..common.colours import Scheme
from ..common.names import label_names, segment_name
from ..common.vocabulary import percent
from .column_fit import ColumnFit
from .concordance import ROW_ROLE, ConcordanceFilter, ConcordanceModel

Labels = tuple[str, ...]
SCOPES = ("all", "review", "changed")
SHOWN_SHARE = 0.2
"""Least share of words in common that Link with… tells (less is any two articles')."""
LIKELY_SHARE = 0.35
"""Least share that makes an article the one Link with… starts at, when none is related."""
MAX_COLUMN_EMS = 22
"""Widest a column sizes itself to, in widths of the letter M."""
MEASURED_AT_ONCE = 1_000
"""Articles of the other text whose words Link with… finds at once (some 50 ms)..."""
SLICE_ARTICLES = 150
"""...and of a longer text, how many in each slice between the window's events."""


class ArticlesRead:
    """What Link with… reads of one text's articles before it asks: their words, for
    the shares in common (of a text not too long to measure), and their openings, shown
    and searched in its list. Read a slice at a time (``find``) and kept."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words = WordSets(doc)
        self.openings = Openings(doc)

    @property
    def done(self) -> bool:
        return self.openings.done and (self.words.done or not self._measured)

    @property
    def _measured(self) -> bool:
        return len(self.doc.segments) <= MOST_ARTICLES

    def find(self, articles: int) -> bool:
        """Read up to ``articles`` more articles; True once all are read."""
        self.openings.find(articles)
        if self._measured:
            self.words.find(articles)
        return self.done


class ConcordanceDock(QDockWidget):
    jumpRequested = Signal(object)
    """A core ``Row`` to show in the panes."""
    linkRequested = Signal(tuple, tuple)
    unlinkRequested = Signal(tuple, tuple)
    acceptRequested = Signal(tuple, tuple)

    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Concordance"), parent)
        self.setObjectName("concordance")
        self.model = ConcordanceModel(scheme, self)
        self._found: list[ArticlesRead] = []
        """The words and openings of the shown texts' articles, read for Link with…"""
        self._linking: tuple[Comparison, int] | None = None
        """(comparison, row) of a Link with… waiting for those words to be found."""
        self.context_actions: list[QAction] = []
        """Added at the end of the row context menu (e.g. Note on This Pair)."""
        self.proxy = ConcordanceFilter(self)
        self.proxy.setSourceModel(self.model)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabBar()
        for text in (self.tr("All articles"), self.tr("To review"), self.tr("Changed")):
            self.tabs.addTab(text)
        self.tabs.setExpanding(False)
        self.tabs.setAccessibleName(self.tr("Which articles to list"))
        self.tabs.currentChanged.connect(lambda i: self.proxy.set_scope(SCOPES[i]))
        self.tabs.currentChanged.connect(self._review_opened)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by label or status…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the concordance"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # rows are chosen whole: Tab goes on
        self.table.setAccessibleName(self.tr("Concordance of articles"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        # Every column fits its text (``ColumnFit``); the last one ("Decided by") takes
        # the spare width, so no translation of it is ever cut at the window's edge.
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        # A long section heading ("How to Apply These Terms to Your New Programs")
        # would push the other columns off the dock; it is elided, the tooltip has it.
        header.setMaximumSectionSize(self.fontMetrics().horizontalAdvance("M") * MAX_COLUMN_EMS)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.columns = ColumnFit(self.table, self.model, self.proxy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(self._moved_by_keys)
        self._make_actions()
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.accept_button = self._button(self.tr("Accept"), self.accept_action)
        self.link_button = self._button(self.tr("Link with…"), self.link_with_action)
        self.merge_button = self._button(self.tr("Link selected"), self.link_selected_action)
        self.unlink_button = self._button(self.tr("Unlink"), self.unlink_action)
        for button in (self.accept_button, self.link_button, self.merge_button, self.unlink_button):
            buttons.addWidget(button)
        # One row of controls (scope tabs, filter, corrections) leaves the height to rows.
        lay.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.tabs)
        top.addWidget(self.filter, 1)
        top.addLayout(buttons)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        # In the middle of the empty table, where the rows would be: a line under it
        # read as a stray footnote below an empty grid.
        self.empty_note = QLabel(self.table.viewport())
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_note.hide()
        self.table.viewport().installEventFilter(self)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged, self.tabs.currentChanged):  # fmt: skip
            signal.connect(self._say_why_empty)
        self.filter.textChanged.connect(self._say_why_empty)
        self._say_why_empty()
        self.setWidget(body)
        self._resume_at: int | None = None
        """The "To review" row a decision was taken on: the next item is shown there
        once the comparison is made again (the decided pair has left the list)."""
        self.proxy.modelReset.connect(self._resume_review)
        self._reviewing: tuple[tuple[str, str], tuple[Labels, Labels] | None] | None = None
        """The texts and the pair chosen in "To review" as the comparison is made again
        (another threshold in Preferences), chosen again after it: the list had lost its
        choice and Accept was greyed until the reader clicked a row."""
        self.model.modelAboutToBeReset.connect(self._note_review_choice)
        self._texts: tuple[str, str] | None = None
        """The texts listed last: other texts open on "All articles" when nothing of
        theirs is to review (an empty queue, once used, met every pair after it)."""
        self.model.modelReset.connect(self._new_texts)
        self._keyed = False
        """A key pressed in the table is being handled (``_moved_by_keys``)."""
        self.table.installEventFilter(self)  # the menu key: the menu at the current row
        self.table.selectionModel().selectionChanged.connect(self._allow_actions)
        self.table.selectionModel().currentRowChanged.connect(self._allow_actions)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._allow_actions)
        self._allow_actions()

    # -- the corrections, as buttons and in the menu ----------------------------------------
    def _make_actions(self) -> None:
        """Accept, Link with…, Link selected and Unlink, each defined once for the
        buttons and the row menu, so both offer them for the rows they apply to alone."""
        self.accept_action = QAction(self.tr("Accept this pairing"), self)
        self.accept_action.setToolTip(self.tr("Keep this pairing as your own decision"))
        self.link_with_action = QAction(self.tr("Link with…"), self)
        self.link_with_action.setToolTip(self.tr("Pair the selected article with another one"))
        self.link_selected_action = QAction(self.tr("Link selected rows (split/merge)"), self)
        self.link_selected_action.setToolTip(
            self.tr("Link all selected rows into one pair (a split or a merge)")
        )
        self.unlink_action = QAction(self.tr("Unlink"), self)
        self.unlink_action.setToolTip(self.tr("Separate the selected pair"))
        self.accept_action.triggered.connect(self.accept_selected)
        self.link_with_action.triggered.connect(self.link_with_selected)
        self.link_selected_action.triggered.connect(self.link_selected)
        self.unlink_action.triggered.connect(self.unlink_selected)
        self.corrections = [
            self.accept_action,
            self.link_with_action,
            self.link_selected_action,
            self.unlink_action,
        ]

    def _button(self, text: str, action: QAction) -> QPushButton:
        """A button that does what ``action`` does, when it can."""
        button = QPushButton(text)
        button.setToolTip(action.toolTip())
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _allow_actions(self, *_args: object) -> None:
        """Each correction offered only where it applies to the rows selected: Accept
        and Unlink to a pair (on an article only one text has, Accept had done nothing
        without a word), Link with… to any one row, Link selected to rows that hold
        articles of both texts."""
        rows = self.selected_rows() if self.model.cmp is not None else []
        labels = [self.model.labels(r) for r in rows]
        pair = any(old and new for old, new in labels)
        self.accept_action.setEnabled(pair)
        self.unlink_action.setEnabled(pair)
        self.link_with_action.setEnabled(bool(rows))
        self.link_selected_action.setEnabled(
            len(rows) > 1 and any(old for old, _ in labels) and any(new for _, new in labels)
        )

    def _say_why_empty(self, *_args: object) -> None:
        """An empty list says why, rather than look like a failure: a filter that no
        row meets, or a "To review" list with nothing below the threshold."""
        typed = self.filter.text().strip()
        empty = self.proxy.rowCount() == 0 and (bool(typed) or self.proxy.scope == "review")
        if not empty:
            text = ""
        elif typed:
            text = self.tr("No article here matches “{0}”.").format(typed)
        elif self._all_reviewed():
            text = self.tr(
                "Nothing left to review: every pairing below {0} confidence has been decided."
            ).format(percent(self._threshold()))
        else:
            text = self.tr("No pairing below {0} confidence: nothing to review.").format(
                percent(self._threshold())
            )
        self.empty_note.setText(text)
        self.empty_note.setGeometry(self.table.viewport().rect().adjusted(12, 0, -12, 0))
        self.empty_note.setVisible(empty)

    def _all_reviewed(self) -> bool:
        """Whether the reader has decided pairings (a decided one leaves the list): "No
        pairing below 90 %" had read, after the last Accept, as if none had been there."""
        cmp = self.model.cmp
        return cmp is not None and any(p.origin == "reader" for p in cmp.pairs)

    def _threshold(self) -> float:
        """The confidence below which pairs are offered for review (Preferences)."""
        cmp = self.model.cmp
        return cmp.pairs[0].review_below if cmp is not None and cmp.pairs else UNCERTAIN_BELOW

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            self._keyed = True  # (a row made current by this key is the reader's move)
            QTimer.singleShot(0, self._key_handled)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.empty_note.setGeometry(self.table.viewport().rect().adjusted(12, 0, -12, 0))
        if (
            watched is self.table
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            # The menu key gives a place in the table, which the row menu read as one in
            # its rows: under the header, that was the row below the current one.
            current = self.table.currentIndex()
            if current.isValid():
                self._menu(self.table.visualRect(current).center())
            return True
        return super().eventFilter(watched, event)

    # -- selection -------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows.add(self.proxy.mapToSource(current).row())
        return sorted(rows)

    def select_row(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            # Not selectRow: with Ctrl held (Ctrl+End in a pane) it adds to the selection.
            flags = QItemSelectionModel.SelectionFlag
            selection = self.table.selectionModel()
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)

    def _clicked(self, index: QModelIndex) -> None:
        row = int(index.data(ROW_ROLE))
        self.jumpRequested.emit(self.model.rows[row])

    def _moved_by_keys(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The texts follow the row the reader moves to with the arrow keys, as they
        follow a click; a row chosen as the texts scroll (``select_row``), by the mouse
        (``clicked``) or by the table itself is not sent back to them (after Unlink the
        table, given the focus back, made its first row current, and the texts went to
        the Preamble)."""
        if (
            current.isValid()
            and self._keyed
            and self.table.hasFocus()
            and QApplication.mouseButtons() == Qt.MouseButton.NoButton
        ):
            self._clicked(current)

    def _key_handled(self) -> None:
        self._keyed = False

    # -- corrections -------------------------------------------------------------
    def accept_selected(self) -> None:
        self._decide(self.acceptRequested)

    def unlink_selected(self) -> None:
        self._decide(self.unlinkRequested)

    def _decide(self, signal: SignalInstance) -> None:
        for row in self.selected_rows():
            old, new = self.model.labels(row)
            if old and new:
                if self.proxy.scope == "review":
                    at = self.proxy.mapFromSource(self.model.index(row, 0)).row()
                    self._resume_at = at if at >= 0 else None
                signal.emit(old, new)
                return

    def _new_texts(self) -> None:
        cmp = self.model.cmp
        texts = (cmp.old.text, cmp.new.text) if cmp is not None else None
        if texts == self._texts:
            return
        self._texts = texts
        if self.proxy.scope == "review" and self.proxy.rowCount() == 0:
            self.tabs.setCurrentIndex(SCOPES.index("all"))

    def _review_opened(self, tab: int) -> None:
        """On "To review", its first item (or the one chosen already) is chosen and
        shown: the list had opened with a row framed but not chosen and the texts where
        they were, and Accept took the framed pair the reader had not seen."""
        if SCOPES[tab] != "review" or self.proxy.rowCount() == 0:
            return
        chosen = [self.proxy.mapFromSource(self.model.index(r, 0)) for r in self.selected_rows()]
        shown = [i for i in chosen if i.isValid() and self.table.selectionModel().isSelected(i)]
        index = shown[0] if shown else self.proxy.index(0, 0)
        self.select_row(self.proxy.mapToSource(index).row())
        self.jumpRequested.emit(self.model.rows[int(index.data(ROW_ROLE))])

    def _resume_review(self) -> None:
        """After a decision in "To review", the item that took its place is chosen and
        shown, so the reader goes through the list with Accept alone."""
        at, self._resume_at = self._resume_at, None
        kept, self._reviewing = self._reviewing, None
        if self.proxy.scope != "review" or self.proxy.rowCount() == 0:
            return
        if at is None:
            self._choose_again(kept)
            return
        index = self.proxy.index(min(at, self.proxy.rowCount() - 1), 0)
        self.select_row(self.proxy.mapToSource(index).row())
        self.jumpRequested.emit(self.model.rows[int(index.data(ROW_ROLE))])

    def _note_review_choice(self) -> None:
        cmp = self.model.cmp
        if cmp is None or self.proxy.scope != "review":
            self._reviewing = None
            return
        rows = self.selected_rows()
        chosen = self.model.labels(rows[0]) if rows else None
        self._reviewing = ((cmp.old.text, cmp.new.text), chosen)

    def _choose_again(
        self, kept: tuple[tuple[str, str], tuple[Labels, Labels] | None] | None
    ) -> None:
        """The same texts listed again: the pair chosen before, if still to review (the
        texts stay where they are), else the first item, shown."""
        cmp = self.model.cmp
        if kept is None or cmp is None or kept[0] != (cmp.old.text, cmp.new.text):
            return  # other texts: they open where the reader left them
        rows = [int(self.proxy.index(k, 0).data(ROW_ROLE)) for k in range(self.proxy.rowCount())]
        same = [row for row in rows if kept[1] is not None and self.model.labels(row) == kept[1]]
        self.select_row(same[0] if same else rows[0])
        if not same:
            self.jumpRequested.emit(self.model.rows[rows[0]])

    def link_selected(self) -> None:
        """All selected rows become one pair: their old articles with their new ones."""
        old: list[str] = []
        new: list[str] = []
        for row in self.selected_rows():
            o, n = self.model.labels(row)
            old += [x for x in o if x not in old]
            new += [x for x in n if x not in new]
        if old and new:
            self.linkRequested.emit(tuple(old), tuple(new))

    def link_with_selected(self) -> None:
        """Ask which article of the other text to link the selected one with. The words
        and openings of the other text's articles are read first, once for the texts
        shown: a long text's a slice at a time between the window's events (all at once
        had held a 20 MB pair's window for a third of a second and more), then the
        dialog opens, and typing in it waits on nothing."""
        rows = self.selected_rows()
        cmp = self.model.cmp
        if not rows or cmp is None:
            return
        old, _new = self.model.labels(rows[0])
        other = cmp.new if old else cmp.old
        found = self._read(other)
        if len(other.segments) <= MEASURED_AT_ONCE:
            found.find(MEASURED_AT_ONCE)
        if found.done:
            self._ask_link(rows[0], found)
            return
        waiting = self._linking is not None
        self._linking = (cmp, rows[0])
        if not waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._find_then_ask()

    def _read(self, doc: Document) -> ArticlesRead:
        """What is read of ``doc``'s articles so far (kept for the texts shown)."""
        cmp = self.model.cmp
        shown = (cmp.old, cmp.new) if cmp is not None else ()
        self._found = [f for f in self._found if any(f.doc is d for d in shown)]
        found = next((f for f in self._found if f.doc is doc), None)
        if found is None:
            found = ArticlesRead(doc)
            self._found.append(found)
        return found

    def _find_then_ask(self) -> None:
        """One slice of the other text's articles read; the dialog once all are, unless
        other texts are shown by then."""
        if self._linking is None:
            return
        cmp, row = self._linking
        found = self._read(cmp.new if self.model.labels(row)[0] else cmp.old)
        if cmp is self.model.cmp and not found.find(SLICE_ARTICLES):
            QTimer.singleShot(0, self._find_then_ask)
            return
        self._linking = None
        QApplication.restoreOverrideCursor()
        if cmp is self.model.cmp:
            self._ask_link(row, found)

    def _ask_link(self, row: int, found: ArticlesRead) -> None:
        cmp = self.model.cmp
        assert cmp is not None
        old, new = self.model.labels(row)
        side_old = bool(old)
        doc = cmp.new if side_old else cmp.old
        related = self._related(row)
        mine_doc, labels = (cmp.old, old) if side_old else (cmp.new, new)
        shares = (
            shared_words(mine_doc, mine_doc.index_of(labels[0]), doc, found.words)
            if labels
            else None
        )
        choices = [
            self._choice(k, side_old, k in related, shares[k] if shares else 0.0)
            for k in range(len(doc.segments))
        ]
        mine = label_names(old, cmp.old) if side_old else label_names(new, cmp.new)  # not "2#2"
        prompt = self.tr("Link {0} ({1} text) with:").format(
            mine, self.tr("older") if side_old else self.tr("newer")
        )
        start = self._likely(doc, mine_doc, labels, side_old, related, shares)
        chosen = self._ask_target(prompt, choices, found.openings.found, start, found.words)
        if chosen is None:
            return
        self._resume_at = None  # the new pair is shown, not the next one to review
        other = (doc.segments[chosen].label,)
        if side_old:
            self.linkRequested.emit(old, other)
        else:
            self.linkRequested.emit(other, new)

    def _ask_target(
        self,
        prompt: str,
        choices: list[str],
        openings: list[str],
        start: int | None,
        words: WordSets | None = None,
    ) -> int | None:
        """The article the reader chose among ``choices`` (None: cancelled), in a list
        they narrow by typing, each with what it opens with (``openings``): a long
        text's thousands of articles had been a drop-down to scroll through, by name."""
        from .link_dialog import LinkDialog  # on first use

        dialog = LinkDialog(prompt, choices, openings, start, self, words)
        try:
            return dialog.chosen() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def _choice(self, k: int, other_is_new: bool, related: bool = False, share: float = 0.0) -> str:
        """An article of the other text as the list of Link with… offers it: its name,
        what it is paired with now ("Art. XV — paired with Art. 6", "— unpaired"),
        whether it took up part of the chosen article's matter ("; related") and how
        many of their words the two have in common ("· 64% words in common")."""
        cmp = self.model.cmp
        assert cmp is not None
        doc, mine = (cmp.new, cmp.old) if other_is_new else (cmp.old, cmp.new)
        name = segment_name(doc.segments[k])
        pair = (cmp.new_to_pair if other_is_new else cmp.old_to_pair).get(k)
        if pair is None:
            text = self.tr("{0} — unpaired").format(name)
        else:
            with_ = cmp.pairs[pair].old if other_is_new else cmp.pairs[pair].new
            paired = " + ".join(segment_name(mine.segments[i]) for i in with_)
            text = self.tr("{0} — paired with {1}").format(name, paired)
        text = self.tr("{0}; related").format(text) if related else text
        if share >= SHOWN_SHARE:
            text = self.tr("{0} · {1} words in common").format(text, percent(share))
        return text

    def _related(self, row: int) -> dict[int, float]:
        """The other text's articles that hold part of an unpaired row's matter, by
        index: those the texts' notes name ("Articles II, III and XV", with no score)
        and those the aligner found, with their scores (nothing for a pair)."""
        cmp, r = self.model.cmp, self.model.rows[row]
        assert cmp is not None
        if r.kind == "pair":
            return {}
        other, found = (
            (cmp.new, cmp.related_old) if r.kind == "removed" else (cmp.old, cmp.related_new)
        )
        named = set(self.model.noted(row))
        out = {k: 0.0 for k, s in enumerate(other.segments) if s.label in named}
        out.update({x.index: x.score for x in found.get(r.index, ())})
        return out

    def _likely(
        self,
        doc: Document,
        mine: Document,
        labels: tuple[str, ...],
        other_is_new: bool,
        related: dict[int, float],
        shares: list[float] | None = None,
    ) -> int | None:
        """The article the list starts at: the unpaired one of the same label and kind
        (the treaty's Annex 2 is no counterpart of the draft's Art. 2: Enter had linked
        them), else the most related one (by the aligner's score, then the words in
        common) that is unpaired, else the unpaired one that has most of its words (if
        many), else none, so that Enter links nothing the reader has not chosen (it had
        linked with the first unpaired article, the preamble or an article paired with
        another, whose pair it broke: the draft's Art. 4 started at Art. I, related to
        it and paired with Art. 1)."""
        cmp = self.model.cmp
        assert cmp is not None
        paired = cmp.new_to_pair if other_is_new else cmp.old_to_pair
        kinds = {(label, mine.segments[mine.index_of(label)].kind) for label in labels}
        same = next((k for k, s in enumerate(doc.segments) if (s.label, s.kind) in kinds), None)
        if same is not None and same not in paired:
            return same
        open_related = [k for k in related if k not in paired]
        if open_related:  # (one paired with another: Enter would break that pair unasked)
            return max(open_related, key=lambda k: (related[k], shares[k] if shares else 0.0))
        open_ = [k for k in range(len(shares or ())) if k not in paired]
        if shares and open_:  # an unpaired one: Enter must not break another's pair
            best = max(open_, key=shares.__getitem__)
            if shares[best] >= LIKELY_SHARE and doc.segments[best].kind is not SegmentKind.PREAMBLE:
                return best
        return None

    def _menu(self, pos: QPoint) -> None:
        """The row menu: the corrections for the rows selected (a right-click selects
        the row under it, unless it is one of those selected), those that cannot apply
        to them offered but not enabled."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = int(index.data(ROW_ROLE))
        self._allow_actions()
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show in the texts"))
        show.triggered.connect(lambda: self.jumpRequested.emit(self.model.rows[row]))
        menu.addSeparator()
        menu.addActions(self.corrections)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def row_of(self, row: Row) -> int | None:
        try:
            return self.model.rows.index(row)
        except ValueError:
            return None
