""" "Parties and places" step aside for texts that name none.

A Swiss ordinance names no party or place the gazetteer knows: the panel (and the
empty Notes tab beside it) still took ~330 px of a 1400 px window, and the texts,
narrowed, broke long German words mid-word. Such a pair opens with that column out of
the way; View brings it back, and a reader who does so for such texts keeps it from
then on (their choice is remembered). Texts that do name parties or places bring back
what was put aside; a panel the reader closed stays closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from ..common.actions import ActionRegistry
    from ..state.settings import Settings
    from .reading_tools import ReadingTools

KEEP = "places_when_none"
"""Setting: the reader keeps "Parties and places" open for texts that name none."""


class PlacesAside(QObject):
    def __init__(
        self,
        window: QMainWindow,
        tools: ReadingTools,
        map_dock: QDockWidget,
        settings: Settings,
        actions: ActionRegistry,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tools = tools
        self.map_dock = map_dock
        self.settings = settings
        self.aside: list[QDockWidget] = []
        """The docks put aside here (not closed by the reader), to come back."""
        # After the panel has looked for names in the new texts (it listens first).
        tools.session.changed.connect(self.fit)
        actions["view.entities"].triggered.connect(self._reader_chose)
        actions["view.notes"].triggered.connect(lambda _on: self._reader_wants_column(False))

    def fit(self) -> None:
        """Put the column aside for texts that name no party or place; bring it back
        for texts that do."""
        session, tools = self.tools.session, self.tools
        if session.old is None or session.new is None:
            return  # not yet read: nothing to judge by
        if tools.entities.names_any():
            self.back()
            return
        dock = tools.entity_dock
        if self.aside or self.settings.get(KEEP) or dock.isHidden() or dock.isFloating():
            return  # aside already, kept by the reader, or closed or moved by them
        if not self.map_dock.isHidden():
            return  # the reader's map holds the column: the panel is its front tab there
        aside = [dock]
        notes = tools.notes_dock
        mates = self.window.tabifiedDockWidgets(dock)
        if notes in mates and not notes.isHidden() and not tools.store.entries():
            aside.append(notes)  # the empty Notes tab alone would keep the room
        self.aside = aside
        for each in aside:
            each.hide()

    def back(self) -> None:
        """Show what was put aside, "Parties and places" in front (before the layout is
        saved, too: the saved layout is the reader's)."""
        self._bring_back(self.tools.entity_dock)

    def laid_out_afresh(self) -> None:
        """The docks as a first start has them (View → Reset Layout): aside again for
        texts that name none."""
        self.aside = []
        self.fit()

    def _reader_chose(self, on: bool) -> None:
        """View → Parties and Places on texts that name none: the reader's choice for
        such texts from then on."""
        if not self.tools.entities.names_any() and self.tools.session.old is not None:
            self.settings.set(KEEP, on)
        if on:
            self._reader_wants_column(True)

    def _reader_wants_column(self, places_first: bool) -> None:
        """A dock of the column shown by the reader: its tab-mates put aside come back
        with it."""
        self._bring_back(self.tools.entity_dock if places_first else self.tools.notes_dock)

    def _bring_back(self, front: QDockWidget) -> None:
        aside, self.aside = self.aside, []
        for dock in reversed(aside):
            dock.show()
        if aside:
            front.raise_()
