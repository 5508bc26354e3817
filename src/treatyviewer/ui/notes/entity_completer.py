"""Completion for the note editor's entity field: every name the gazetteer knows.

Each name the gazetteer lists (label, Russian and Turkish names, historical
spellings: Kars, Карс, Qars) is one row, matched anywhere in it and whatever its
case (an inflected form such as "Kars'ta" is understood when typed whole, but not
offered: it would only crowd the list); a row that is not the entity's own label shows the label beside it ("Карс —
Kars"), so the reader sees which entity a spelling stands for. The entities the
open texts name come first, the most often named at the top.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from ...core.entities import Entity, Gazetteer, fold

FORM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The spelling a row completes to (what is matched and put into the field)."""
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The gazetteer id of the entity a row stands for."""


def names(entity: Entity) -> tuple[str, ...]:
    """The names a reader may look an entity up by: its label, names and aliases."""
    found = [entity.label, *(n for ns in entity.names.values() for n in ns), *entity.aliases]
    return tuple(dict.fromkeys(f for f in found if f.strip()))


class EntityCompleter(QCompleter):
    """Completes gazetteer labels and every listed spelling (Latin and Cyrillic)."""

    def __init__(self, gazetteer: Gazetteer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gazetteer = gazetteer
        self._ids: dict[str, str] = {}
        for entity in gazetteer:
            for form in (entity.id, *entity.listed_forms()):
                self._ids.setdefault(fold(form), entity.id)
        # Parented to the completer: a model only Python holds is collected at once,
        # and the field then completes nothing.
        self.rows = QStandardItemModel(self)
        self.setModel(self.rows)
        self.setCompletionRole(FORM_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setMaxVisibleItems(12)
        self.named: dict[str, int] = {}
        self.prefix = ""
        """What the reader has typed, folded (``prefer``)."""
        self._fill()

    def entity_id(self, text: str) -> str | None:
        """The entity a typed or completed name stands for, if any."""
        return self._ids.get(fold(" ".join(text.split())))

    def first_offered(self, typed: str) -> str | None:
        """The entity of the first name the list offers for ``typed`` ("Kar" → Kars),
        as Enter takes it when the reader did not pick one."""
        self.prefer(typed)
        self.setCompletionPrefix(" ".join(typed.split()))
        if self.completionCount() == 0:
            return None
        found = self.completionModel().index(0, 0).data(ENTITY_ROLE)
        return str(found) if found else None

    def set_named(self, named: Mapping[str, int]) -> None:
        """How often the open texts name each entity: those they name come first."""
        named = {k: v for k, v in named.items() if v > 0}
        if named != self.named:
            self.named = named
            self._fill()

    def prefer(self, typed: str) -> None:
        """Names that begin with what the reader typed come first among those the texts
        name, and among the rest ("Kar" offers Kars before "Ankara government", which
        the texts name more often)."""
        prefix = fold(typed.strip())
        if prefix != self.prefix:
            self.prefix = prefix
            self._fill()

    def _order(self, entity: Entity) -> tuple[int, int, str]:
        count = self.named.get(entity.id, 0)
        return (0 if count else 1, -count, fold(entity.label))

    def _begins(self, form: str) -> bool:
        return bool(self.prefix) and any(w.startswith(self.prefix) for w in fold(form).split())

    def _fill(self) -> None:
        """The names in order, put in at once: row by row, a completer showing its list
        filtered it anew for each of hundreds of rows, and typing lagged by a second."""
        self.rows.clear()
        items: list[QStandardItem] = []
        ordered = [(e, f) for e in sorted(self.gazetteer, key=self._order) for f in names(e)]
        # Named in the texts first still; among those, and among the rest, the names that
        # begin with what was typed, an entity's own label before its other spellings
        # ("Kar": Kars before Karadeniz, the Black Sea's Turkish name), a stable sort:
        # each keeps its order otherwise.
        ordered.sort(
            key=lambda p: (
                not self.named.get(p[0].id),
                not self._begins(p[1]),
                fold(p[1]) != fold(p[0].label),
            )
        )
        for entity, form in ordered:
            shown = form if fold(form) == fold(entity.label) else f"{form} — {entity.label}"
            item = QStandardItem(shown)
            item.setData(form, FORM_ROLE)
            item.setData(entity.id, ENTITY_ROLE)
            item.setEditable(False)
            items.append(item)
        self.rows.invisibleRootItem().appendRows(items)
