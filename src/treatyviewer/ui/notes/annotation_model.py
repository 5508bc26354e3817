"""The notes as a table (one row per note) and the filters the panel offers.

The model reads ``AnnotationStore.entries()`` and resets when the store
changes; it holds no data of its own beyond that list, so sorting and
filtering live in the proxy and the store stays the single source of truth.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...core.document import Document, short_title
from ...core.entities import Gazetteer, fold
from ...core.figures import YEAR_RE
from ..common.colours import VERMILLION
from ..common.filtering import refilter
from ..common.i18n import shown_name
from ..common.model_index import Index
from ..state.annotation_places import ELSEWHERE, Entry
from ..state.annotation_store import AnnotationStore

ROOT = QModelIndex()

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
"""What a column sorts by: reading order for the article and text columns ("Art. IX"
after "Art. V", the older text first), the folded words for the others."""

COLUMNS = ("article", "status", "note", "quote", "text", "entities", "tags", "origin")
"""What the dock's default width shows: where the note is, whether it still anchors
(an orphan must show as one), the reader's own words, and the start of the words it
marks. Which text it is on comes later: the article label and the quote already tell
most notes apart."""
EXCERPT = 80
"""Characters of quote and note shown in a cell; the tooltip has the whole text."""


def excerpt(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def quote_of(entry: Entry) -> str:
    return " / ".join(t.exact for t in entry.annotation.targets if t.exact)


def year_of(doc: Document) -> str:
    """The year of a text: its date, else the one year its file's name or its title
    gives ("ley-1998.txt", "Satzung vom 4. Mai 2021")."""
    date = str(doc.metadata.get("date") or "") if isinstance(doc.metadata, dict) else ""
    if len(date) >= 4 and date[:4].isdigit():
        return date[:4]
    for name in (doc.source_name, doc.title):
        years = set(YEAR_RE.findall(name or ""))
        if len(years) == 1:
            return str(years.pop())
    return ""


def side_caption(doc: Document, other: Document | None) -> str:
    """A narrow column's name for a text: its year ("1920") when that tells the two
    texts apart, else its short title."""
    year = year_of(doc)
    if year and (other is None or year_of(other) != year):
        return year
    return short_title(doc)


def status_name(status: str) -> str:
    """Where a note stands, in the interface language: anchored, moved, not found."""
    return {
        "anchored": QCoreApplication.translate("AnnotationPanel", "anchored"),
        "moved": QCoreApplication.translate("AnnotationPanel", "moved"),
        "orphan": QCoreApplication.translate("AnnotationPanel", "⚠ not found"),
        ELSEWHERE: QCoreApplication.translate("AnnotationPanel", "in another text"),
    }.get(status, status)


def reading_order(entry: Entry) -> int:
    """Notes on the older text first, each text's in the order they are read; notes
    that lie nowhere (not found, or on neither text) last."""
    if entry.place is None:
        return 3 << 40
    side, start, _end = entry.place
    return ((0 if side == "old" else 1) << 40) + start


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, store: AnnotationStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._entries: list[Entry] = store.entries()
        store.changed.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        self._entries = self.store.entries()
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == annotation_id), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "text": QCoreApplication.translate("AnnotationPanel", "Text"),
            "status": QCoreApplication.translate("AnnotationPanel", "Status"),
            "article": QCoreApplication.translate("AnnotationPanel", "Article"),
            "quote": QCoreApplication.translate("AnnotationPanel", "Quote"),
            "note": QCoreApplication.translate("AnnotationPanel", "Note"),
            "entities": QCoreApplication.translate("AnnotationPanel", "Entities"),
            "tags": QCoreApplication.translate("AnnotationPanel", "Tags"),
            "origin": QCoreApplication.translate("AnnotationPanel", "Origin"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return entry.id
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(entry, column)
        if role == SORT_ROLE:
            if column in ("article", "text"):
                return reading_order(entry)
            return self._cell(entry, column).casefold()
        if role == Qt.ItemDataRole.FontRole and entry.status == "orphan":
            font = QFont()
            font.setItalic(True)  # an orphan reads differently in every column
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and entry.status == "orphan"
            and column == "status"
        ):
            return QColor(VERMILLION)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "quote":
                return quote_of(entry) or None
            if column == "note":
                return entry.annotation.note or None
            if column == "status":
                return self._status_tip(entry)
            if column == "text" and entry.side is not None:
                doc = self.store.session.old if entry.side == "old" else self.store.session.new
                return doc.title if doc is not None else None
        return None

    def _cell(self, entry: Entry, column: str) -> str:
        annotation = entry.annotation
        if column == "text":
            return self._side_name(entry)
        if column == "article":
            # "Art. 2 · 1920": the draft's Art. 2 and the treaty's Art. II are different
            # articles, and the text's column is off to the right in a narrow dock.
            side = self._side_name(entry) if entry.side is not None else ""
            return f"{entry.place_name} · {side}" if side else entry.place_name
        if column == "quote":
            return excerpt(quote_of(entry))
        if column == "note":
            return excerpt(annotation.note)
        if column == "entities":
            return ", ".join(self._entity_label(e) for e in annotation.entity_ids)
        if column == "tags":
            return ", ".join(annotation.tags)
        if column == "status":
            return status_name(entry.status)
        if entry.origin == "curated":
            return QCoreApplication.translate("AnnotationPanel", "curated")
        return QCoreApplication.translate("AnnotationPanel", "mine")

    def _side_name(self, entry: Entry) -> str:
        if entry.status == ELSEWHERE:  # the text it is on, by the name it was opened by
            source = entry.annotation.targets[0].source
            return Path(source).name or source
        if entry.side is None:
            if any(t.pair is not None for t in entry.annotation.targets):
                return QCoreApplication.translate("AnnotationPanel", "both")
            return "—"
        session = self.store.session
        doc = session.old if entry.side == "old" else session.new
        if doc is None:
            return entry.side
        return side_caption(doc, session.new if entry.side == "old" else session.old)

    def _status_tip(self, entry: Entry) -> str:
        if entry.status == ELSEWHERE:
            source = entry.annotation.targets[0].source
            return QCoreApplication.translate(
                "AnnotationPanel",
                "The note is on {0}, which is not one of the two texts shown; it is kept.",
            ).format(Path(source).name or source)
        if entry.status == "orphan":
            return QCoreApplication.translate(
                "AnnotationPanel",
                "The passage could not be found in this text; the note is kept.",
            )
        if entry.status == "moved":
            return QCoreApplication.translate(
                "AnnotationPanel", "Found again by its quote, at a new place."
            )
        return QCoreApplication.translate("AnnotationPanel", "At its recorded place.")

    def _entity_label(self, entity_id: str) -> str:
        entity = self.store.gazetteer.get(entity_id)
        return shown_name(entity) if entity is not None else entity_id


class AnnotationFilterProxy(QSortFilterProxyModel):
    """Filters by entity, tag, article, text (old/new) and free text; all combine."""

    def __init__(self, gazetteer: Gazetteer, parent: Any = None) -> None:
        super().__init__(parent)
        self._gazetteer = gazetteer
        self.entity_id: str | None = None
        self.tag: str | None = None
        self.article: str | None = None
        self.side: str | None = None
        self.origin: str | None = None
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, **changes: str | None) -> None:
        """Any of ``entity_id``, ``tag``, ``article``, ``side``, ``origin``, ``text``;
        None clears one."""
        unknown = set(changes) - {"entity_id", "tag", "article", "side", "origin", "text"}
        if unknown:
            raise TypeError(f"unknown filter {sorted(unknown)}")
        refilter(self, lambda: self._apply(changes))

    def _apply(self, changes: dict[str, str | None]) -> None:
        for key, value in changes.items():
            if key == "text":
                self._needle = searchable(" ".join((value or "").split()))
            else:
                setattr(self, key, value or None)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Orphans come first whatever the sort; within each group, by the column."""
        model = self.sourceModel()
        if isinstance(model, AnnotationTableModel):
            a = model.entry_at(left.row()).status == "orphan"
            b = model.entry_at(right.row()).status == "orphan"
            if a != b:
                first = a if self.sortOrder() == Qt.SortOrder.AscendingOrder else b
                return first
        ka, kb = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(ka, int) and isinstance(kb, int):
            return ka < kb  # reading order needs more than the 32 bits Qt would compare
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AnnotationTableModel):
            return True
        entry = model.entry_at(source_row)
        annotation = entry.annotation
        if self.entity_id and self.entity_id not in annotation.entity_ids:
            return False
        if self.tag and self.tag not in annotation.tags:
            return False
        if self.side and entry.side != self.side:
            return False
        if self.origin and entry.origin != self.origin:
            return False
        if self.article and self.article not in _labels(entry):
            return False
        return not self._needle or self._needle in self._haystack(entry)

    def _haystack(self, entry: Entry) -> str:
        annotation = entry.annotation
        labels: list[str] = []
        for entity_id in annotation.entity_ids:
            entity = self._gazetteer.get(entity_id)
            labels += entity.listed_forms() if entity is not None else [entity_id]
        parts = [annotation.note, quote_of(entry), *annotation.tags, *labels, entry.place_name]
        return searchable(" ".join(" ".join(parts).split()))


def searchable(text: str) -> str:
    """Folded and without accents: "Sevres" finds the note on "Sèvres", as Find in the
    texts does (a reader had concluded there was no such note)."""
    decomposed = unicodedata.normalize("NFD", fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _labels(entry: Entry) -> set[str]:
    """Every article label a note touches: where it lies now and where it was made."""
    found = {entry.segment} if entry.segment else set()
    for target in entry.annotation.targets:
        if target.segment:
            found.add(target.segment)
        if target.pair is not None:
            found.update(target.pair.old, target.pair.new)
    return found
