"""Wires the Map room into the window: its dock, its View toggle, and its links to reading.

The map is built the first time its dock is shown, so start-up does not pay for
it. It follows the article being read (the concordance's current row), and a
place chosen on the map is chosen in "Parties and places" too, and back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ...core.entities import Gazetteer
from ..common.actions import ActionRegistry, ActionSpec
from ..common.i18n import current_language
from ..concordance.concordance_dock import ConcordanceDock
from ..entities.entity_panel import EntityPanel
from ..state.annotation_store import AnnotationStore
from ..state.session import ComparisonSession

if TYPE_CHECKING:
    from ..map.map_panel import MapPanel

GoTo = Callable[[str, int, int], None]


class MapRoom(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: ComparisonSession,
        gazetteer: Gazetteer,
        entities: EntityPanel,
        concordance: ConcordanceDock,
        store: AnnotationStore,
        go_to: GoTo,
        dark: bool = False,
        beside: QDockWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.gazetteer = window, session, gazetteer
        self.entities, self.concordance, self.store, self.go_to = (
            entities,
            concordance,
            store,
            go_to,
        )
        self.dark = dark
        self.panel: MapPanel | None = None
        self.dock = QDockWidget(self.tr("Map"), window)
        self.dock.setObjectName("map")
        self.dock.setAccessibleName(self.tr("Map"))
        self.dock.setWidget(QWidget())
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if beside is not None:  # a tab beside "Parties and places": the column's full height
            window.tabifyDockWidget(beside, self.dock)
            beside.raise_()
        self.dock.visibilityChanged.connect(self._visible)
        self._follow = QTimer(self, singleShot=True, interval=60)
        self._follow.timeout.connect(self._focus_current)

    def declare(self, registry: ActionRegistry) -> None:
        action = registry.add(
            ActionSpec(
                "view.map",
                self.tr("&Map"),
                "view",
                ("Ctrl+Shift+M",),
                self.tr("Show or hide the map of the places the texts name"),
                checkable=True,
                section="docks",
            ),
            self.set_visible,
        )
        self.dock.toggleViewAction().toggled.connect(action.setChecked)

    def set_visible(self, on: bool) -> None:
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.panel is not None:
            self.panel.set_dark(dark)

    # -- built on first show ------------------------------------------------------------
    def _visible(self, on: bool) -> None:
        if on and self.panel is None:
            self.build()

    def build(self) -> MapPanel:
        if self.panel is not None:
            return self.panel
        from ..map.map_panel import MapPanel  # on first use: the map's data is large

        panel = MapPanel(self.gazetteer)
        panel.set_language(current_language())
        panel.notes_for = self._notes_for
        panel.set_dark(self.dark)
        panel.placeChosen.connect(self._place_chosen)
        panel.goTo.connect(self.go_to)
        self.panel = panel
        self.dock.setWidget(panel)
        self.session.changed.connect(self._comparison_changed)
        self.store.changed.connect(lambda: panel.show_place(panel.canvas.current))
        self.concordance.table.selectionModel().selectionChanged.connect(self._follow.start)
        self.entities.tree.selectionModel().selectionChanged.connect(self._entity_chosen)
        # A place chosen in "Parties and places" before the map was first shown is
        # shown on it once its scene is laid out (at the dock's size).
        panel.canvas.sceneBuilt.connect(self._entity_chosen)
        self._comparison_changed()
        self._entity_chosen()
        return panel

    def _comparison_changed(self) -> None:
        if self.panel is None:
            return
        self.panel.set_comparison(self.session.comparison)
        self._follow.start()  # the concordance is refilled after us: follow it next turn
        self._give_way_when_empty()

    def _give_way_when_empty(self) -> None:
        """Texts that name no place the map shows and draw no treaty line (two
        licences) get "Parties and places" in front of an empty map, when the map is
        the front tab beside it; the docks the reader has open stay open."""
        scene = self.panel.canvas.scene if self.panel is not None else None
        in_front = not self.dock.visibleRegion().isEmpty()  # a tab behind is "visible" too
        if scene is None or scene.places or scene.features or not in_front:
            return
        for dock in self.window.tabifiedDockWidgets(self.dock):
            if dock.isAncestorOf(self.entities):
                dock.raise_()

    def _focus_current(self) -> None:
        panel, cmp = self.panel, self.session.comparison
        if panel is None or cmp is None:
            return
        rows = [self.concordance.model.rows[r] for r in self.concordance.selected_rows()]
        old: set[int] = set()
        new: set[int] = set()
        for row in rows:
            if row.kind == "pair":
                pair = cmp.pairs[row.index]
                old.update(pair.old)
                new.update(pair.new)
            elif row.kind == "removed":
                old.add(row.index)
            else:
                new.add(row.index)
        panel.set_focus(old, new)

    def _place_chosen(self, entity_id: str) -> None:
        self.entities.select_entity(entity_id)

    def _entity_chosen(self) -> None:
        entity_id = self.entities.selected_entity()
        if self.panel is not None and entity_id and entity_id != self.panel.canvas.current:
            self.panel.select_place(entity_id)

    def _notes_for(self, entity_id: str) -> list[tuple[str, str, int, int]]:
        found: list[tuple[str, str, int, int]] = []
        for entry in self.store.entries():
            if entity_id in entry.annotation.entity_ids and entry.place is not None:
                note = " ".join(entry.annotation.note.split())
                found.append((f"{entry.place_name}: {note[:120]}", *entry.place))
        return found
