"""The notes dock: a filterable table of every note, and the editor for one.

Rows are the reader's notes and the curated ones, each with its anchoring
status; orphans stay listed. Clicking a row asks the panes to go to the
passage; the editor below changes the selected note through the store.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.document import short_title
from ...core.entities import Gazetteer
from ..common.i18n import shown_name
from ..state.annotation_places import segment_name
from ..state.annotation_store import AnnotationStore
from .annotation_editor import AnnotationEditor
from .annotation_model import (
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    AnnotationFilterProxy,
    AnnotationTableModel,
)

QUOTE_CHARS = 24
"""Width of the Quote column, in average characters."""
QUOTE_LEAST = 6
NOTE_LEAST = 12
"""Fewest average characters of quote and note a narrow dock still shows."""
ARTICLE_MOST = 20
"""Widest the Article column grows, in average characters; a longer name is cut in
its middle, keeping which text ("Заключит…ть · 1920")."""
LEAST_ROWS = 3
"""Notes the list shows however short the dock (the editor gives way first)."""


COMBO_LETTERS = 24
"""Letters a filter list filled from the notes asks room for, at most."""


class FilterCombo(QComboBox):
    """A filter list filled from the notes (entities, tags, articles): an entry quoting
    an article at length or a party's full name must not make the whole panel wider
    than its dock. It asks for ``COMBO_LETTERS`` at most and can shrink to half that;
    the list itself still opens as wide as its longest entry."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._letters(COMBO_LETTERS)), hint.height())

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return QSize(min(least.width(), self._letters(COMBO_LETTERS // 2)), least.height())

    def _letters(self, count: int) -> int:
        return self.fontMetrics().averageCharWidth() * count


class AnnotationPanel(QWidget):
    goTo = Signal(str, int, int)
    """(side "old"|"new", start, end) of the clicked note's passage."""
    annotationSelected = Signal(str)
    """Id of the note now selected ("" when none)."""

    def __init__(
        self,
        store: AnnotationStore,
        gazetteer: Gazetteer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AnnotationPanel")
        self.setAccessibleName(self.tr("Notes"))
        self.store = store
        self.gazetteer = gazetteer if gazetteer is not None else store.gazetteer
        self.model = AnnotationTableModel(store, self)
        self.proxy = AnnotationFilterProxy(self.gazetteer, self)
        self.proxy.setSourceModel(self.model)
        self._selected: str | None = None
        self._entering = False
        """The list is taking the focus: the note Qt makes current then is not chosen."""
        self._kept: str | None = None
        self._build()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        store.changed.connect(self._fill_filters)
        self._fill_filters()

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search notes, quotes, tags, entities…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search notes"))
        self.search_edit.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.entity_combo = self._combo(self.tr("Filter by entity"), "entity_id")
        self.tag_combo = self._combo(self.tr("Filter by tag"), "tag")
        self.article_combo = self._combo(self.tr("Filter by article"), "article")
        self.side_combo = self._combo(self.tr("Filter by text"), "side")
        self.origin_combo = self._combo(self.tr("Filter by origin"), "origin")
        self.origin_combo.addItem(self.tr("Mine and curated"), None)
        self.origin_combo.addItem(self.tr("Mine"), "mine")
        self.origin_combo.addItem(self.tr("Curated"), "curated")

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Notes"))
        self.table.setTabKeyNavigation(False)  # a note is chosen whole: Tab goes on
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("article"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self._rows_high(LEAST_ROWS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The quote tells notes apart in the list: room for a few words of it, after
        # the note's own words, which take what the width in view leaves it
        # (``_fit_columns``).
        header.resizeSection(
            COLUMNS.index("quote"), self.fontMetrics().averageCharWidth() * QUOTE_CHARS
        )
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        # Status is short and must stay whole ("⚠ not found"): sized to its contents.
        header.setSectionResizeMode(
            COLUMNS.index("status"), QHeaderView.ResizeMode.ResizeToContents
        )
        # The article's name and which text: cut at its end, "Preamble · 1…" no longer
        # said whether the note was on the draft or on the treaty (``_fit_columns``).
        self.table.setItemDelegateForColumn(COLUMNS.index("article"), _MiddleCut(self.table))
        for signal in (self.proxy.rowsInserted, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._fit_columns)
        self.table.clicked.connect(self.go_to_row)
        self.table.activated.connect(self.go_to_row)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = AnnotationEditor(self.store, self.gazetteer, self)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)

        filters = QGridLayout()
        filters.setSpacing(3)
        filters.addWidget(self.search_edit, 0, 0)
        filters.addWidget(self.origin_combo, 0, 1)
        filters.addWidget(self.entity_combo, 1, 0)
        filters.addWidget(self.tag_combo, 1, 1)
        filters.addWidget(self.article_combo, 2, 0)
        filters.addWidget(self.side_combo, 2, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        # In a short window the editor scrolls: squeezed below the height its rows need,
        # they were drawn over one another (Entities over the note, Tags over the chips).
        scroller = QScrollArea(self)
        scroller.setWidget(self.editor)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller = scroller
        splitter.addWidget(scroller)
        splitter.setCollapsible(1, False)
        # The list takes what the editor leaves: with the editor stretched too, the list
        # showed one note in a 700 px window.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """On first show the editor starts at the height it needs, the list takes the
        rest (the splitter had given the editor its hint, and its rows spread apart)."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = sum(self.splitter.sizes())
            editor = self.editor_needs()
            if total > editor:
                self.splitter.setSizes([total - editor, editor])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        elif (
            event.type() == QEvent.Type.FocusIn
            and watched is self.table
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
        ):
            # Qt makes the first note current when Tab brings the focus here: passing
            # through by Tab moved the texts to that note's passage.
            self._entering = True
            QTimer.singleShot(0, self, self._entered)
        return super().eventFilter(watched, event)

    def _entered(self) -> None:
        self._entering = False

    def _fit_columns(self) -> None:
        """The note's own words in view in a narrow dock (its column began at the
        dock's right edge): the note takes the width in view but for the start of
        the quote; the quote's other words and the columns after it (which text,
        entities, tags) lie beyond, a scroll away."""
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        article = COLUMNS.index("article")
        header.resizeSection(
            article, min(self.table.sizeHintForColumn(article), ARTICLE_MOST * char)
        )
        before = header.sectionPosition(COLUMNS.index("note"))
        room = self.table.viewport().width() - before - QUOTE_LEAST * char
        header.resizeSection(COLUMNS.index("note"), max(NOTE_LEAST * char, room))

    def _rows_high(self, rows: int) -> int:
        table = self.table
        row = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        scroll = table.horizontalScrollBar().sizeHint().height()  # the columns scroll
        return header + rows * row + scroll + 2 * table.frameWidth()

    def _delete_current(self) -> None:
        """Del in the list deletes the note shown in the editor (undoable; a curated
        note, read-only, is not deleted)."""
        if self.editor.delete_button.isEnabled():
            self.editor.delete_button.click()

    def _combo(self, accessible: str, key: str) -> QComboBox:
        combo = FilterCombo(self)  # the fixed ones too: "Mine and curated" can shrink
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(**{key: combo.currentData()})
        )
        return combo

    # -- public API ---------------------------------------------------------------
    def set_filters(
        self,
        *,
        entity_id: str | None = None,
        tag: str | None = None,
        article: str | None = None,
        side: str | None = None,
        origin: str | None = None,
        text: str = "",
    ) -> None:
        """Set every filter at once (None or "" clears one), through the widgets."""
        for combo, value in (
            (self.entity_combo, entity_id),
            (self.tag_combo, tag),
            (self.article_combo, article),
            (self.side_combo, side),
            (self.origin_combo, origin),
        ):
            if not value:
                combo.setCurrentIndex(0)
                continue
            index = combo.findData(value)
            if index < 0:  # not offered yet (e.g. an entity no note links): add it
                shown = self._entity_label(value) if combo is self.entity_combo else value
                combo.addItem(str(shown), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.search_edit.setText(text)

    def visible_ids(self) -> list[str]:
        """Ids of the notes the filters let through, in the table's order."""
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    def current_annotation(self) -> str | None:
        return self._selected

    def select_annotation(self, annotation_id: str) -> bool:
        """Select a note's row (clearing filters that hide it); False if it is unknown."""
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.set_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def go_to_row(self, index: QModelIndex) -> None:
        """Ask the panes to show the passage of the note in this (proxy) row."""
        entry = self.model.entry_at(self.proxy.mapToSource(index).row())
        if entry.place is not None:
            self.goTo.emit(*entry.place)

    # -- internals --------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        annotation_id = current.data(ID_ROLE) if current.isValid() else None
        if annotation_id == self._selected:
            return
        self._selected = annotation_id
        self.editor.set_annotation(annotation_id)
        # (after the editor's own layout has taken in the note: before, its chip lists
        # counted at a whole list's height)
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._fit_editor))
        self.annotationSelected.emit(annotation_id or "")
        if current.isValid() and self.table.hasFocus() and not self._entering:
            self.go_to_row(current)  # the arrow keys walk the notes as clicks do

    def _fit_editor(self) -> None:
        """The editor given the height a note's rows need (its place on two lines, its
        chips) from the list, as far as the list can spare it; past that it scrolls."""
        top, bottom = self.splitter.sizes()
        short = self.editor_needs() - bottom
        spare = top - self.table.minimumHeight()
        if short > 0 and spare > 0:
            give = min(short, spare)
            self.splitter.setSizes([top - give, bottom + give])

    def editor_needs(self) -> int:
        """The height the editor's rows take at its width (a place on two lines, chips)."""
        editor, least = self.editor, self.editor.minimumSizeHint().height()
        if not editor.hasHeightForWidth():
            return least
        return max(least, editor.heightForWidth(self.scroller.viewport().width()))

    def _remember_selection(self) -> None:
        if self._selected is not None:  # a deleted note stays remembered until another is chosen
            self._kept = self._selected

    def _restore_selection(self) -> None:
        kept = self._kept
        # The reset cleared the table's current row: what the editor shows is chosen
        # afresh (a note put back by Undo was left in an empty editor, unselectable).
        self._selected = None
        if kept is not None and self.model.row_of(kept) >= 0:
            self.select_annotation(kept)
        elif self.table.currentIndex().isValid():
            self._current_changed(self.table.currentIndex(), QModelIndex())
        else:
            self.editor.set_annotation(None)

    def _fill_filters(self) -> None:
        entries = self.store.entries()
        entity_ids = {e for entry in entries for e in entry.annotation.entity_ids}
        entities = sorted(
            ((self._entity_label(e), e) for e in entity_ids), key=lambda p: p[0].casefold()
        )
        session = self.store.session
        names: dict[str, set[str]] = {}
        for entry in entries:
            if entry.segment:
                doc = session.old if entry.side == "old" else session.new
                names.setdefault(entry.segment, set()).add(segment_name(doc, entry.segment))
        articles = [
            (" / ".join(sorted(names[label])), label) for label in sorted(names, key=_label_key)
        ]
        sides = [
            (short_title(doc), side)
            for side, doc in (("old", session.old), ("new", session.new))
            if doc is not None
        ]
        self._refill(self.entity_combo, self.tr("All entities"), entities)
        self._refill(self.tag_combo, self.tr("All tags"), [(t, t) for t in self.store.tags()])
        self._refill(self.article_combo, self.tr("All articles"), articles)
        self._refill(self.side_combo, self.tr("Both texts"), sides)

    def _refill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current else 0
        if index < 0:
            combo.addItem(str(current), current)  # keep a filter the reader chose
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _entity_label(self, entity_id: str) -> str:
        entity = self.gazetteer.get(entity_id)
        return shown_name(entity) if entity is not None else entity_id


def _label_key(label: str) -> tuple[int, str]:
    return (0, label.zfill(6)) if label.isdigit() else (1, label)


class _MiddleCut(QStyledItemDelegate):
    """Cuts a cell's text in its middle: an article's name loses letters, not the year
    that says which text the note is on."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
