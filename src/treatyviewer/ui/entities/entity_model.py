"""Models for the entity panel: entities grouped by kind with mention counts per
text, and the mentions of one entity with a little context.

Counts sit side by side ("Kars — draft 0 · 1921 2") so a reader sees at a glance
which territories enter or leave the text between versions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...core.document import Document, short_title
from ...core.entities import Entity, Gazetteer, Mention, fold
from ..common.filtering import refilter
from ..common.i18n import shown_name
from ..common.model_index import ACCESSIBLE, ALIGNMENT, DISPLAY, TOOLTIP, Index
from ..common.names import about_entity, segment_name
from ..common.translatable import QT_TRANSLATE_NOOP

Side = Literal["old", "new"]
ROOT = QModelIndex()

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
MENTIONED_ROLE = Qt.ItemDataRole.UserRole + 3
SPAN_ROLE = Qt.ItemDataRole.UserRole + 4
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
"""How counts are aligned; combined once, not for every cell painted."""

CONTEXT_WORDS = 6
"""Words shown either side of a mention: enough to tell two mentions apart."""

# (group title, gazetteer kinds); titles are marked for lupdate, translated when shown.
KIND_GROUPS: tuple[tuple[object, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("EntityPanel", "Parties and states"), frozenset({"party", "state"})),
    (QT_TRANSLATE_NOOP("EntityPanel", "Persons"), frozenset({"person"})),
    (QT_TRANSLATE_NOOP("EntityPanel", "Territories and places"), frozenset({"territory", "town"})),
    (
        QT_TRANSLATE_NOOP("EntityPanel", "Waters and mountains"),
        frozenset({"river", "sea", "strait", "mountain"}),
    ),
    (QT_TRANSLATE_NOOP("EntityPanel", "Concepts"), frozenset({"concept"})),
)
_NO_GROUP = 0  # internalId of a group row; entity rows carry group index + 1


def group_of(entity: Entity) -> int:
    for i, (_title, kinds) in enumerate(KIND_GROUPS):
        if entity.kind in kinds:
            return i
    return len(KIND_GROUPS) - 1


class EntityTreeModel(QAbstractItemModel):
    """Groups of entities; columns: name, mentions in the old text, in the new text."""

    def __init__(self, gazetteer: Gazetteer, parent: Any = None) -> None:
        super().__init__(parent)
        self._gazetteer = gazetteer
        self._groups: list[list[Entity]] = [[] for _ in KIND_GROUPS]
        self._names = {e.id: shown_name(e) for e in gazetteer}
        for entity in sorted(gazetteer, key=lambda e: fold(self._names[e.id])):
            self._groups[group_of(entity)].append(entity)
        self._search = {e.id: " ".join(fold(f) for f in e.listed_forms()) for e in gazetteer}
        self._counts: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        self._titles = ("", "")
        self._docs: tuple[Document | None, Document | None] = (None, None)
        self._years: tuple[str, ...] = ("", "")

    def set_mentions(
        self,
        old: Document | None,
        new: Document | None,
        old_mentions: Sequence[Mention],
        new_mentions: Sequence[Mention],
    ) -> None:
        self.beginResetModel()
        self._counts = (
            Counter(m.entity_id for m in old_mentions),
            Counter(m.entity_id for m in new_mentions),
        )
        self._titles = (short_title(old) if old else "", short_title(new) if new else "")
        self._docs = (old, new)
        years = tuple(str(d.metadata.get("date") or "")[:4] if d else "" for d in (old, new))
        self._years = years if years[0] != years[1] else ("", "")
        self.endResetModel()

    def count(self, entity_id: str, side: Side) -> int:
        return self._counts[0 if side == "old" else 1][entity_id]

    def entity_index(self, entity_id: str, column: int = 0) -> QModelIndex:
        for g, entities in enumerate(self._groups):
            for row, entity in enumerate(entities):
                if entity.id == entity_id:
                    return self.createIndex(row, column, g + 1)
        return QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # The bounds checked here rather than by hasIndex(), which would call rowCount()
        # and columnCount() back in Python: the view asks for every index it lays out.
        if row < 0 or not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, _NO_GROUP)
        if parent.internalId() != _NO_GROUP or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _NO_GROUP)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return QCoreApplication.translate("EntityPanel", "Entity")
            generic = (
                QCoreApplication.translate("EntityPanel", "Older")
                if section == 1
                else QCoreApplication.translate("EntityPanel", "Newer")
            )
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._titles[section - 1] or generic
            # The count columns are narrow: the year says which text, the tooltip the rest.
            return self._years[section - 1] or generic
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._group_data(index, role)
        entity = self._groups[index.internalId() - 1][index.row()]
        col = index.column()
        if role == DISPLAY:
            if col == 0:
                return self._names[entity.id]
            return self._counts[col - 1][entity.id]
        if role == TOOLTIP:
            return self._tooltip(entity)
        if role == ALIGNMENT and col > 0:
            return RIGHT
        if role == ENTITY_ID_ROLE:
            return entity.id
        if role == SEARCH_ROLE:
            return self._search[entity.id]
        if role == MENTIONED_ROLE:
            return bool(self._counts[0][entity.id] or self._counts[1][entity.id])
        if role == ACCESSIBLE and col > 0:
            return f"{self.headerData(col, Qt.Orientation.Horizontal)}: {self.data(index)}"
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        title, _kinds = KIND_GROUPS[index.row()]
        if role == DISPLAY and index.column() == 0:
            return QCoreApplication.translate("EntityPanel", str(title))
        if role == DISPLAY:
            side = self._counts[index.column() - 1]
            return sum(side[e.id] for e in self._groups[index.row()])
        if role == ALIGNMENT and index.column() > 0:
            return RIGHT
        return None

    def _tooltip(self, entity: Entity) -> str:
        forms = ", ".join(entity.listed_forms()[:8])
        name = self._names.get(entity.id, entity.label)
        lines = [entity.label if name == entity.label else f"{name} — {entity.label}", forms]
        if entity.description:
            lines.append(about_entity(entity.description, self._docs))
        if entity.wikidata:
            lines.append(f"Wikidata {entity.wikidata}")
        return "\n".join(lines)


class EntityFilterProxy(QSortFilterProxyModel):
    """Keeps entities whose any spelling (Latin or Cyrillic) contains the filter text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._only_mentioned = True
        self.setRecursiveFilteringEnabled(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_needle", fold(" ".join(text.split()))))

    def set_only_mentioned(self, only: bool) -> None:
        refilter(self, lambda: setattr(self, "_only_mentioned", only))

    def lessThan(self, left: Index, right: Index) -> bool:
        if not left.parent().isValid():  # groups keep their reading order
            return left.row() < right.row()
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return False  # a group shows when one of its entities does
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._only_mentioned and not index.data(MENTIONED_ROLE):
            return False
        return not self._needle or self._needle in index.data(SEARCH_ROLE)


@dataclass(frozen=True, slots=True)
class MentionRow:
    side: Side
    start: int
    end: int
    text: str
    segment: str
    before: str
    after: str


def context_words(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str]:
    """A few words either side of ``[start, end)``, on one line."""
    window = 12 * words
    before = text[max(0, start - window) : start].split()
    after = text[end : end + window].split()
    head = ("…" if len(before) > words else "") + " ".join(before[-words:])
    tail = " ".join(after[:words]) + ("…" if len(after) > words else "")
    return head, tail


def mention_rows(side: Side, doc: Document, mentions: Sequence[Mention]) -> list[MentionRow]:
    rows = []
    for m in mentions:
        index = doc.segment_at(m.start)
        segment = segment_name(doc.segments[index]) if index is not None else ""
        before, after = context_words(doc.text, m.start, m.end)
        rows.append(MentionRow(side, m.start, m.end, m.text, segment, before, after))
    return rows


class MentionListModel(QAbstractListModel):
    """The selected entity's mentions, old text first, each with its article and context.

    A place named in every article of a long text has tens of thousands of mentions:
    each line (its article, the words around it) is made when the list first shows it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._found: Sequence[tuple[Side, Document, Mention]] = ()
        self._made: dict[int, MentionRow] = {}
        self._titles = {"old": "", "new": ""}

    def set_mentions(
        self, found: Sequence[tuple[Side, Document, Mention]], old_title: str, new_title: str
    ) -> None:
        """(side, text, mention) of each mention to list, in order."""
        self.beginResetModel()
        self._found, self._made = found, {}
        self._titles = {"old": old_title, "new": new_title}
        self.endResetModel()

    def row(self, n: int) -> MentionRow:
        made = self._made.get(n)
        if made is None:
            side, doc, mention = self._found[n]
            made = self._made[n] = mention_rows(side, doc, [mention])[0]
        return made

    def rows(self) -> list[MentionRow]:
        return [self.row(n) for n in range(len(self._found))]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._found)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            where = f"{self._titles[row.side]} · {row.segment}" if row.segment else row.side
            gap = "" if row.after[:1] in tuple(",.;:)]!?") else " "
            return f"{where}: {row.before} «{row.text}»{gap}{row.after}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "EntityPanel", "Double-click or press Enter to go to this mention"
            )
        if role == SPAN_ROLE:
            return (row.side, row.start, row.end)
        return None
