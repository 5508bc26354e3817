"""The entity index: who and what the two texts name, and how often each.

A dock widget. It reads the session's documents, finds mentions with the
gazetteer (fast enough for the GUI thread: a 500 KB text scans in a fraction
of a second) and emits what the reader asked to see; the panes do the
highlighting and the scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.document import Document, short_title
from ...core.entities import Gazetteer, Mention, find_mentions
from ..common.model_index import Index
from ..common.wrapping_row import WrappingRow
from ..state.session import ComparisonSession
from .entity_model import (
    ENTITY_ID_ROLE,
    SPAN_ROLE,
    EntityFilterProxy,
    EntityTreeModel,
    MentionListModel,
    Side,
)

Spans = list[tuple[int, int]]
COUNT_COLUMN_CHARS = 6
"""Width of each count column: a short title elided to fit, counts in full."""
NAME_CHARS = 16
"""Least width of the name column, in average characters after the two levels of
indent: at 1000 px the column had shrunk to ~80 px beside the counts, and Russian names
read "…" ("Ст…ва")."""


NAMED_FEW = 3
"""Most parties and places a passage may name for a note on it to be linked to them."""


class WrappedNames(QStyledItemDelegate):
    """The names column of the entity tree, each name wrapped to the column's width: a
    row is as tall as its name's lines (the style measures wrapped text only in the
    width the option gives, which a tree leaves unset)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        tree = self.parent()
        if not isinstance(tree, QTreeView):
            return super().sizeHint(option, index)
        depth = 1 if tree.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        sized = QStyleOptionViewItem(option)
        width = tree.header().sectionSize(index.column()) - depth * tree.indentation()
        sized.rect = QRect(0, 0, max(1, width), max(1, option.rect.height()))
        return super().sizeHint(sized, index)


class EntityPanel(QWidget):
    mentionsSelected = Signal(str, object, object)
    """(entity_id, old_spans, new_spans): highlight these mentions in the panes."""
    allMentionsShown = Signal(object, object)
    """(old_spans, new_spans) of every entity; two empty lists when switched off."""
    goTo = Signal(str, int, int)
    noteActivated = Signal(str)
    """The id of a note listed under the selected entity that the reader chose."""
    """(side "old"|"new", start, end): scroll that pane to the mention."""
    leastWidthChanged = Signal()
    """The names and counts need another width (``least_width``)."""

    def __init__(
        self,
        session: ComparisonSession,
        gazetteer: Gazetteer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EntityPanel")
        self.setAccessibleName(self.tr("Entity index"))
        self.session = session
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
        self._mentions: dict[Side, list[Mention]] = {"old": [], "new": []}

        self.model = EntityTreeModel(self.gazetteer, self)
        self.proxy = EntityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.mention_model = MentionListModel(self)
        self._build()
        session.changed.connect(self.recompute)
        self.recompute()

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: Kars, Карс, Batum…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter entities"))
        self.filter_edit.textChanged.connect(self._filter)
        self._filtering = False
        """The filter is being applied: rows come and go, and the view's choice of the
        current one is no choice of the reader's."""
        self._choice: str | None = None
        """The entity the reader chose last, chosen again when the filter shows it."""

        self.only_mentioned = QCheckBox(self.tr("Only mentioned"), self)
        self.only_mentioned.setChecked(True)
        self.only_mentioned.setToolTip(self.tr("Hide entities that neither text names"))
        self.only_mentioned.toggled.connect(self._only_mentioned_toggled)

        self.show_all = QCheckBox(self.tr("Show all mentions"), self)
        self.show_all.setToolTip(self.tr("Highlight every mention of every entity in both texts"))
        self.show_all.toggled.connect(self._emit_all)

        self.none_named = QLabel(
            self.tr(
                "Neither text names a party or place that the gazetteer knows. "
                "Untick \u201cOnly mentioned\u201d to browse all of them."
            ),
            self,
        )
        self.none_named.setWordWrap(True)
        self.none_named.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.none_named.hide()

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Entities and their mentions in each text"))
        # A long name is wrapped at its spaces over as many lines as it needs: cut in
        # its middle to the some 16 letters the column holds beside the counts, nearly
        # every Russian name read "Правительс…ния Турции". A word longer than the
        # column is still cut in the middle, its start and end showing; the tooltip
        # gives the name whole.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegateForColumn(0, WrappedNames(self.tree))
        self.tree.setAlternatingRowColors(True)  # where one wrapped name ends, the next begins
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        count_width = self.fontMetrics().horizontalAdvance("0") * COUNT_COLUMN_CHARS
        header.setMinimumSectionSize(count_width)
        for col in (1, 2):  # as wide as the caption ("1920", "Older"); the tooltip has the title
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._names_resized)
        self._size_count_columns()
        # Sized from the caption when the texts change, not from every row at each layout.
        self.model.modelReset.connect(self._size_count_columns)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.mention_view = QListView(self)
        self.mention_view.setModel(self.mention_model)
        self.mention_view.setAccessibleName(self.tr("Mentions of the selected entity"))
        self.mention_view.setWordWrap(True)
        # Lines of wrapped text each have their own height: laid out a batch at a time
        # from the event loop, a place with thousands of mentions does not hold it up.
        self.mention_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.mention_view.activated.connect(self.go_to_mention)

        self.mentions_label = QLabel(self.tr("Mentions"), self)
        self.mentions_label.setBuddy(self.mention_view)
        self.mentions_hint = QLabel(self.tr("Select an entity to list its mentions."), self)
        self.mentions_hint.setWordWrap(True)
        self.mentions_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a faint hint
        self.mention_model.modelReset.connect(self._fit_mentions)

        options = WrappingRow((self.only_mentioned, self.show_all), self)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.mentions_label)
        lower_layout.addWidget(self.mentions_hint)
        lower_layout.addWidget(self.mention_view, 1)
        self.mention_view.hide()
        self.notes_label = QLabel(self.tr("Notes linked to it"), self)
        self.notes_view = QListWidget(self)
        self.notes_view.setAccessibleName(self.tr("Notes linked to the selected entity"))
        self.notes_view.setWordWrap(True)
        self.notes_view.itemActivated.connect(self._note_chosen)
        self.notes_view.itemClicked.connect(self._note_chosen)
        self.notes_label.setBuddy(self.notes_view)
        lower_layout.addWidget(self.notes_label)
        lower_layout.addWidget(self.notes_view, 1)
        self.set_linked_notes([])

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.mentions_part = lower

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(options)
        layout.addWidget(self.none_named)
        layout.addWidget(splitter, 1)

    # -- public API ---------------------------------------------------------------
    def recompute(self) -> None:
        """Find mentions afresh in the session's texts, keeping the selection."""
        kept = self.selected_entity()
        old, new = self.session.old, self.session.new
        self._mentions = {
            "old": find_mentions(old, self.gazetteer) if old else [],
            "new": find_mentions(new, self.gazetteer) if new else [],
        }
        self.model.set_mentions(old, new, self._mentions["old"], self._mentions["new"])
        self.tree.expandAll()
        self._show_none_named()
        self.mention_model.set_mentions([], *self._titles())
        # Kept while the reader's filters show it: texts that never name it drop the
        # choice, not "Only mentioned" (it had unticked itself on a French pair).
        if kept is not None and self._shown(kept).isValid():
            self.select_entity(kept)
        if self.show_all.isChecked():
            self._emit_all(True)

    def names_any(self) -> bool:
        """Whether either text names a party or place the gazetteer knows."""
        return bool(self._mentions["old"] or self._mentions["new"])

    def mention_spans(self, entity_id: str | None = None) -> tuple[Spans, Spans]:
        """Old and new spans of one entity's mentions, or of all entities."""
        return (
            [(m.start, m.end) for m in self._mentions["old"] if entity_id in (None, m.entity_id)],
            [(m.start, m.end) for m in self._mentions["new"] if entity_id in (None, m.entity_id)],
        )

    def mention_at(self, side: Side, offset: int) -> Mention | None:
        """The mention that holds ``offset`` of a text (a right click on a name)."""
        return next((m for m in self._mentions[side] if m.start <= offset < m.end), None)

    def named_within(self, side: Side, start: int, end: int) -> list[str]:
        """The parties and places named in ``[start, end)`` of a text, in order, when
        they are few: a note on "Kars" (or "Kars and Ardahan") is about them and is
        linked from the start; a note on a sentence naming ten places is the reader's
        to link. A word of a longer name ("Straits" of "the Straits") names it too."""
        found = (
            m.entity_id
            for m in self._mentions[side]
            if (start <= m.start and m.end <= end) or (m.start <= start < end <= m.end)
        )
        named = list(dict.fromkeys(found))
        return named if len(named) <= NAMED_FEW else []

    def selected_entity(self) -> str | None:
        indexes = self.tree.selectionModel().selectedRows(0)
        return indexes[0].data(ENTITY_ID_ROLE) if indexes else None

    def _shown(self, entity_id: str) -> QModelIndex:
        """The entity's row in the list as filtered; invalid when the filters hide it."""
        return self.proxy.mapFromSource(self.model.entity_index(entity_id))

    def select_entity(self, entity_id: str) -> bool:
        """Select an entity (clearing the filters if they hide it); False if unknown."""
        source = self.model.entity_index(entity_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            self.only_mentioned.setChecked(False)
            index = self.proxy.mapFromSource(source)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def set_filter_text(self, text: str) -> None:
        self.filter_edit.setText(text)

    def go_to_mention(self, index: QModelIndex) -> None:
        """Jump to a mention listed below the tree."""
        span = index.data(SPAN_ROLE)
        if span:
            self.goTo.emit(*span)

    def set_linked_notes(self, notes: list[tuple[str, str]]) -> None:
        """(note id, "Art. I · the note's text") for each note linked to the entity."""
        self.notes_view.clear()
        for note_id, text in notes:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note_id)
            item.setToolTip(text)
            self.notes_view.addItem(item)
        self.notes_label.setVisible(bool(notes))
        self.notes_view.setVisible(bool(notes))

    def _note_chosen(self, item: QListWidgetItem) -> None:
        self.noteActivated.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- internals --------------------------------------------------------------------
    def _fit_mentions(self) -> None:
        """The tree has the room until there are mentions to list; then they share it."""
        has_rows = self.mention_model.rowCount() > 0
        if has_rows and not self.mention_view.isHidden():
            return  # already listing mentions: keep the reader's split
        self.mention_view.setVisible(has_rows)
        self.mentions_hint.setVisible(not has_rows)
        total = sum(self.splitter.sizes())
        lower = self._mentions_part_height()
        if has_rows:
            lower = max(lower, int(total * 0.4))
        if total > 0:
            self.splitter.setSizes([max(0, total - lower), lower])

    def _mentions_part_height(self) -> int:
        """The least height that shows the mentions' caption and hint whole at the
        width they have: a hint wrapped over two lines (in Russian at 1024 px) was cut
        to the height of one."""
        part = self.mentions_part
        least = part.minimumSizeHint().height()
        if part.width() > 0 and part.hasHeightForWidth():
            least = max(least, part.heightForWidth(part.width()))
        return least

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mention_view.isHidden():  # the hint may wrap over more lines, or fewer
            self._fit_mentions()

    def _names_resized(self, column: int, _old: int, _new: int) -> None:
        """Names wrap afresh to a column of another width (their rows' heights change)."""
        if column == 0:
            self.tree.scheduleDelayedItemsLayout()

    def _size_count_columns(self) -> None:
        header = self.tree.header()
        for col in (1, 2):
            header.resizeSection(col, max(header.minimumSectionSize(), header.sectionSizeHint(col)))
        self._reckon_least_width()

    def _reckon_least_width(self) -> None:
        """Work out ``least_width``: the counts and ``NAME_CHARS`` of each name beside
        them. (Only asked of the dock where there is room, not a least size: one would
        keep a window from being made 800 px wide, where the docks go below.)"""
        tree, header = self.tree, self.tree.header()
        names = 2 * tree.indentation() + tree.fontMetrics().averageCharWidth() * NAME_CHARS
        counts = header.sectionSize(1) + header.sectionSize(2)
        scroll = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins(4, 4, 4, 4)
        least = names + counts + scroll + 2 * tree.frameWidth()
        self.least_width = least + margins.left() + margins.right()
        self.leastWidthChanged.emit()

    def _titles(self) -> tuple[str, str]:
        old, new = self.session.old, self.session.new
        return (short_title(old) if old else "", short_title(new) if new else "")

    def _only_mentioned_toggled(self, only: bool) -> None:
        self.proxy.set_only_mentioned(only)
        self.tree.expandAll()
        self._show_none_named()

    def _show_none_named(self) -> None:
        """An empty tree says why (texts such as licences name no party or place);
        before any text is read there is nothing to say about them yet."""
        read = self.session.old is not None or self.session.new is not None
        nothing = not (self._mentions["old"] or self._mentions["new"])
        self.none_named.setVisible(read and nothing and self.only_mentioned.isChecked())

    def _filter(self, text: str) -> None:
        """Filter the list, keeping the chosen entity chosen: as rows left the list the
        view had chosen its neighbours one after another, and the texts jumped to each
        (typing "tsarist" went through Nakhichevan to Art. III)."""
        chosen = self.selected_entity() or self._choice
        self._filtering = True
        try:
            self.proxy.set_text(text)
            selection = self.tree.selectionModel()
            index = self._shown(chosen) if chosen is not None else QModelIndex()
            flags = QItemSelectionModel.SelectionFlag
            if index.isValid():
                selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            else:  # hidden by the filter: still the one whose mentions are listed
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), flags.NoUpdate)
        finally:
            self._filtering = False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._filtering:
            return
        entity_id = self._choice = self.selected_entity()
        if entity_id is None:
            self.mention_model.set_mentions([], *self._titles())
            return
        found: list[tuple[Side, Document, Mention]] = []
        sides: tuple[tuple[Side, Document | None], ...] = (
            ("old", self.session.old),
            ("new", self.session.new),
        )
        for side, doc in sides:
            if doc is not None:
                found += [(side, doc, m) for m in self._mentions[side] if m.entity_id == entity_id]
        self.mention_model.set_mentions(found, *self._titles())
        old_spans, new_spans = self.mention_spans(entity_id)
        self.mentionsSelected.emit(entity_id, old_spans, new_spans)

    def _emit_all(self, on: bool) -> None:
        old_spans, new_spans = self.mention_spans() if on else ([], [])
        self.allMentionsShown.emit(old_spans, new_spans)
