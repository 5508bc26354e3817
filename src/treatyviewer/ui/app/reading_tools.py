"""The reading tools inside the window: the "Parties and places" and "Notes" docks,
the notes store and the session controller, and the signals between them and the panes.

The window owns the one ``QUndoStack``; the store pushes note edits on it and the
concordance pushes alignment corrections, so Edit → Undo covers both and the
stack's clean state is the session's "modified" marker.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QWidget,
)

from ...core.annotations import snap_to_words
from ...core.document import short_title
from ...core.entities import Gazetteer
from ..common.colours import BLUE
from ..common.dock_toggle import toggle_dock
from ..common.lazy_dock import LazyDock
from ..compare.pane import ComparisonPane
from ..compare.span_layers import SIDES, Side
from ..compare.span_overlay import STYLES
from ..entities.entity_panel import EntityPanel, Spans
from ..state.annotation_store import AnnotationStore
from ..state.project_controller import SAVE_FAILED, ProjectController
from .class_filter import ClassFilter
from .message_bar import NOTES_PLACED
from .reading_memory import linked_notes, note_at, reading_place, restore_reading_place, saved_pair
from .session_files import SessionFiles

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from ..common.actions import ActionRegistry
    from ..compare.comparison_view import ComparisonView
    from ..concordance.concordance_dock import ConcordanceDock
    from ..notes.annotation_panel import AnnotationPanel
    from ..state.session import ComparisonSession
    from ..state.settings import Settings
    from .message_bar import MessageBar

MODES = ("side", "inline", "old", "new")
DOCK_WIDTH = 400
"""Width of the right-hand docks on first start (at most); the texts keep the rest."""
DOCK_MIN_WIDTH = 260
DOCK_SHARE = 0.27
DOCK_MAX_SHARE = 0.3
"""However the docks were dragged or restored, the texts keep at least the rest."""
DOCK_FLOOR = 220
SIDE_AREAS = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's "no largest width"."""
DOCK_MIN_HEIGHT = 420
"""Below this the dock scrolls rather than squeezing its table and editor..."""
ENTITY_MIN_HEIGHT = 300
"""...the parties and places below this (their list scrolls on its own: in a 700 px
window a second scroll bar stood beside the list's)..."""
NOTES_MIN_HEIGHT = 300
"""...and the notes below this (the list and the editor each scroll their own)."""
TIP_CHARS = 220
NOTE_TICK = STYLES[("annotation", False)].tick

SAVED = "saved"
DELETED = "note deleted"
"""Tag of the note that the session was saved."""
SELECT_FIRST = "select-first"
"""Tag of the hints that ask for a selection before a note can be made."""


class ReadingTools(QObject):
    """Built by the window with what it uses: the window hosts the docks; the registry
    may still be filling (actions are looked up when used)."""

    passageShown = Signal(int, int)
    """(side 0 or 1, segment) of a passage a note or a mention was gone to: its
    article is the current row, wherever on the screen the passage was put."""

    def __init__(
        self,
        host: QMainWindow,
        session: ComparisonSession,
        undo_stack: QUndoStack,
        view: ComparisonView,
        concordance: ConcordanceDock,
        messages: MessageBar,
        actions: ActionRegistry,
        state_dir: str | Path | None = None,
        settings: Settings | None = None,
        classes: ClassFilter | None = None,
    ) -> None:
        super().__init__(host)
        self.host = host
        self.settings = settings
        self.session = session
        self.view = view
        self.concordance = concordance
        self.messages = messages
        self.actions = actions
        self.classes = classes or ClassFilter(self)
        """Which change classes the window shows (saved with a session's view)."""
        self.gazetteer = Gazetteer.bundled()
        self.store = AnnotationStore(session, undo_stack, self.gazetteer, parent=self)
        if settings is not None:
            chosen = settings
            self.store.signer = lambda: str(chosen.get("reader_name") or "")
        self.controller = ProjectController(
            session,
            self.store,
            undo_stack,
            state_dir=state_dir,
            view_provider=self.view_options,
            parent=self,
        )
        # Before the entity panel recomputes: drop mention spans of the previous texts.
        session.changed.connect(self._clear_entities)
        self.entities = EntityPanel(session, self.gazetteer)
        self._notes: AnnotationPanel | None = None
        self._fresh: tuple[str, int, QWidget] | None = None
        """The note made last from a passage (id, undo index after it, the pane it is
        in), until Escape leaves it: left empty, it is taken back."""
        self._again: tuple[Side, int, int] = ("new", 0, 0)
        self.found_passage: Callable[[], tuple[Side, int, int] | None] = lambda: None
        """The match of Find on show, as a passage (annotated when nothing is selected)."""
        self.place_before: Callable[[], dict[str, Any] | None] = lambda: None
        """The place read in the previous pair while a long one is shown before it is
        compared (set by the window): saved in its stead."""
        self.chain_pair: Callable[[], tuple[int, int] | None] = lambda: None
        """The two versions of a chain on show (set by the window): saved with the place,
        whose labels name articles of that pair."""
        self.resume_in_pair: Callable[[tuple[int, int], Callable[[], None]], bool] = (
            lambda _pair, _restore: False
        )
        """Put a saved pair of a chain back on show, then restore the place in it (set by
        the window); False when no chain takes it."""
        """The passage to go to once the panes are laid out in the layout just chosen."""
        self.entity_dock = QDockWidget(self.tr("Parties and places"), host)
        self.entity_dock.setObjectName("entities")
        self.entity_dock.setAccessibleName(self.entity_dock.windowTitle())
        self.entity_dock.setWidget(_scroller(self.entities, ENTITY_MIN_HEIGHT))
        # Behind "Parties and places" at start: built when first shown or asked for.
        self.notes_dock = LazyDock(self.tr("Notes"), "notes", self._build_notes, host)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entity_dock)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        host.tabifyDockWidget(self.entity_dock, self.notes_dock)
        self.entity_dock.raise_()
        self.files = SessionFiles(
            host,
            messages,
            self.controller,
            self.store,
            self._apply_note,
            settings,
            lambda: [short_title(d) for d in (session.old, session.new) if d is not None],
        )
        self.legend = QLabel()
        """What outlines and ticks mean, in the status bar (placed by attach_actions)."""
        self._connect()

    @property
    def notes(self) -> AnnotationPanel:
        """The Notes dock's panel, built on first use."""
        self.notes_dock.content()
        assert self._notes is not None
        return self._notes

    @property
    def notes_built(self) -> bool:
        return self._notes is not None

    def _build_notes(self) -> QWidget:
        from ..notes.annotation_panel import AnnotationPanel

        panel = AnnotationPanel(self.store, self.gazetteer)
        self._notes = panel
        panel.goTo.connect(self.go_to)
        panel.editor.goTo.connect(self.go_to)
        panel.editor.dismissed.connect(self._note_dismissed)
        return _scroller(panel, NOTES_MIN_HEIGHT)

    def _apply_note(self) -> None:
        """Keep a note being typed before the session is saved (nothing typed: not built)."""
        if self._notes is not None:
            self._notes.editor.apply_note()

    def _connect(self) -> None:
        self.entities.mentionsSelected.connect(self._entity_selected)
        self.entities.noteActivated.connect(self.show_note)
        self.store.changed.connect(self._list_linked_notes)
        self.view.passageClicked.connect(self._select_note_at)
        self.entities.allMentionsShown.connect(self._show_mentions)
        self.entities.goTo.connect(self.go_to)
        self.entities.leastWidthChanged.connect(self.cap_docks)
        # brought in front of the Notes tab (after the tabs have changed over)
        self.entity_dock.visibilityChanged.connect(
            self._names_room, Qt.ConnectionType.QueuedConnection
        )
        self.entities.mention_view.clicked.connect(self.entities.go_to_mention)
        self.store.changed.connect(self._show_notes)
        # A session that could not be opened is news until other texts are shown.
        self.controller.message.connect(self._session_message)
        self.controller.placed.connect(self._notes_placed)
        self.controller.saved.connect(self._saved)
        # Deleting a note asks nothing: it says which note went, with Undo at hand (Edit →
        # Undo was the only way back, and nothing said so), and the news goes by itself.
        self.store.deleted.connect(
            lambda where: self.messages.show_message(
                self.tr("The note on {0} is deleted.").format(where),
                "info",
                [(self.tr("Undo"), self.store.undo_stack.undo)],
                tag=DELETED,
                replace=True,
                passing=True,
            )
        )
        # Undone (or anything else undone or done since), the news of it is old.
        self.store.undo_stack.indexChanged.connect(
            lambda _index: self.messages.clear_tagged(lambda tag: tag != DELETED)
        )
        self.controller.viewRestored.connect(self.restore_view)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._show_notes()

    def _notes_placed(self, text: str, level: str) -> None:
        """What became of the notes on texts changed since the session was saved. Tagged
        with the open texts, it stays while they are shown (the window closes news of
        texts no longer open as each comparison is shown, and had closed this one at
        once); a later report takes its place."""
        self._drop_notes_placed()
        names = f"{self.session.old_name}\n{self.session.new_name}"
        self.messages.show_message(text, level, tag=f"{NOTES_PLACED}\n{names}")

    def _drop_notes_placed(self) -> None:
        self.messages.clear_tagged(lambda tag: not tag.startswith(NOTES_PLACED + "\n"))

    def _saved(self, text: str) -> None:
        """Saved: said in passing, and an earlier save's failure is over, as is the news
        that the texts had changed since the last save (the file now records them)."""
        self.messages.clear_tagged(lambda tag: tag != SAVE_FAILED)
        self._drop_notes_placed()
        self.messages.show_message(text, "info", tag=SAVED, replace=True, passing=True)

    def _session_message(self, text: str, level: str) -> None:
        """An error is that a session could not be opened: the one error about opening
        at a time, gone once other texts are shown."""
        if level == SAVE_FAILED:
            self.messages.show_message(text, "error", tag=SAVE_FAILED, replace=True)
        elif level == "error":
            self.messages.show_failure(text)
        else:
            self.messages.show_message(text, level)

    def attach_actions(self) -> None:
        """Once the registry exists: context menus and the docks' View toggles."""
        annotate = self.actions["notes.annotate"]
        panes: tuple[tuple[ComparisonPane, Side], ...] = (
            (self.view.old_pane, "old"),
            (self.view.new_pane, "new"),
        )
        for pane, side in panes:
            pane.context_actions.append(annotate)
            pane.context_for = partial(self._place_actions, side)
            pane.selectionChanged.connect(self._selected)
        self.concordance.context_actions.append(self.actions["notes.pair"])
        self._add_legend()
        for action_id, dock in (
            ("view.entities", self.entity_dock),
            ("view.notes", self.notes_dock),
        ):
            action = self.actions[action_id]
            action.setChecked(not dock.isHidden())
            dock.toggleViewAction().toggled.connect(action.setChecked)

    def _add_legend(self) -> None:
        """Beside the change legend in the status bar: what outlines and ticks mean."""
        legend = self.legend
        self.show_legend(self.view.scheme.dark)
        legend.setAccessibleName(self.tr("Legend of mentions and notes"))
        legend.setToolTip(
            self.tr("Outlined: mentions of the entity chosen in Parties and places. ")
            + self.tr("Tinted with a tick in the margin: a passage with a note.")
        )
        self.host.statusBar().addPermanentWidget(legend)

    def show_legend(self, dark: bool) -> None:
        """The legend's swatches in the colours the panes use (pale ones when dark)."""
        outline = STYLES[("entity", dark)].outline or BLUE
        tick = STYLES[("annotation", dark)].tick or NOTE_TICK
        self.legend.setText(
            f"<span style='color:{outline}'>▭</span> "
            + self.tr("mention")
            + f" &nbsp;<span style='color:{tick}'>▍</span> "
            + self.tr("note")
        )

    def size_docks(self) -> None:
        """First start: give the right-hand docks a reading width."""
        width = max(DOCK_MIN_WIDTH, min(DOCK_WIDTH, int(self.host.width() * DOCK_SHARE)))
        width = max(width, self.entities.least_width)
        if self.host.dockWidgetArea(self.entity_dock) not in SIDE_AREAS:
            return  # a cramped window has it among the tabs below the texts
        self.host.resizeDocks([self.entity_dock], [width], Qt.Orientation.Horizontal)
        self.entity_dock.raise_()

    def cap_docks(self) -> None:
        """The side docks give way in a narrow window: at most a share of its width."""
        cap = max(DOCK_FLOOR, int(self.host.width() * DOCK_MAX_SHARE))
        for dock in (self.entity_dock, self.notes_dock):
            beside = self.host.dockWidgetArea(dock) in SIDE_AREAS
            least = self.entities.least_width if dock is self.entity_dock else 0
            dock.setMaximumWidth(max(cap, least) if beside else QWIDGETSIZE_MAX)
        # once the docks are laid out in the new size (their widths until then are
        # those before: widened at once, the parties overrode the width given back to
        # docks that had been tabs below)
        QTimer.singleShot(0, self, self._names_room)

    def _names_room(self, _shown: bool = True) -> None:
        """The parties and places beside the texts as wide as their names need, where
        the texts have the room (at 1000 px the names had ~80 px: "Ст…ва")."""
        dock, host = self.entity_dock, self.host
        if host.dockWidgetArea(dock) not in SIDE_AREAS or dock.isFloating():
            return
        if dock.isHidden() or dock.visibleRegion().isEmpty():
            return  # behind the Notes tab: it is widened when shown
        if dock.width() < self.entities.least_width:
            host.resizeDocks([dock], [self.entities.least_width], Qt.Orientation.Horizontal)

    # -- docks -------------------------------------------------------------------------
    def set_dock_visible(self, dock: QDockWidget, on: bool, action: str = "") -> None:
        toggle_dock(dock, on, self.actions[action] if action else None)

    # -- panes ---------------------------------------------------------------------------
    def go_to(self, side: str, start: int, end: int) -> None:
        """Show a passage of one text: switch to a view that shows it, then scroll there."""
        view = self.view
        if side not in SIDES:
            return
        if view.mode == "inline" and view.go_to(side, start, end):
            self._hold_passage(side, start)  # the inline redline shows both texts' words
            return
        if view.mode not in ("side", side):
            self.actions["view.mode.side"].setChecked(True)
            # The panes are laid out again for the new layout, after this returns: the
            # passage is gone to once they are (going at once scrolled the old layout).
            view.laidOut.connect(self._go_again, Qt.ConnectionType.SingleShotConnection)
            self._again = (side, start, end)
        if not view.go_to(side, start, end) and view.only_changed:
            self.actions["view.only_changed"].setChecked(False)
            view.go_to(side, start, end)
        self._hold_passage(side, start)

    def _go_again(self) -> None:
        side, start, end = self._again
        self.view.go_to(side, start, end)
        self._hold_passage(side, start)

    def _hold_passage(self, side: Side, start: int) -> None:
        cmp = self.session.comparison
        if cmp is not None:
            k = SIDES.index(side)
            segment = (cmp.old if k == 0 else cmp.new).segment_at(start)
            if segment is not None:
                self.passageShown.emit(k, segment)

    def _place_actions(self, side: Side, menu: QMenu, position: int) -> list[QAction]:
        """For a right click on a party's or place's name: show it among the parties
        and places, or on the map."""
        side_map = self.view.layers.map(side)
        mention = self.entities.mention_at(side, side_map.to_src(position)) if side_map else None
        entity = self.entities.gazetteer.get(mention.entity_id) if mention else None
        if mention is None or entity is None:
            return []
        name = entity.label
        listed = QAction(self.tr("Show {0} in Parties and Places").format(name), menu)
        listed.triggered.connect(lambda: self._show_entity(entity.id, self.entity_dock))
        out = [listed]
        if "view.map" in self.actions.actions:
            on_map = QAction(self.tr("Show {0} on the Map").format(name), menu)
            on_map.triggered.connect(lambda: self._show_entity(entity.id, None))
            out.append(on_map)
        return out

    def _show_entity(self, entity_id: str, dock: QDockWidget | None) -> None:
        """Choose an entity in "Parties and places" and bring up ``dock`` (None: the map)."""
        self.entities.select_entity(entity_id)
        if dock is None:  # the map: shown, and brought in front of a dock tabbed with it
            self.actions["view.map"].setChecked(True)
            dock = self.host.findChild(QDockWidget, "map")
            if dock is None:
                return
        dock.show()
        dock.raise_()

    def _entity_selected(self, _entity_id: str, old: Spans, new: Spans) -> None:
        """Mark every mention in both texts, bring one into view if none is on
        screen, and list the notes linked to the entity under it."""
        self._show_mentions(old, new)
        self._list_linked_notes()
        view = self.view
        if view.layers.on_screen("old", old) or view.layers.on_screen("new", new):
            return
        first, second = ("old", old), ("new", new)
        if view.primary() is not view.old_pane:
            first, second = second, first
        side, spans = first if first[1] else second
        if spans:
            self.go_to(side, *spans[0])

    def _list_linked_notes(self) -> None:
        self.entities.set_linked_notes(linked_notes(self.store, self.entities.selected_entity()))

    def _select_note_at(self, side: str, offset: int) -> None:
        """A click on a noted passage selects its note (the innermost when notes nest)."""
        entry = note_at(self.store, side, offset)
        if entry is not None:
            self.set_dock_visible(self.notes_dock, True)
            self.notes.select_annotation(entry.annotation.id)

    def _show_mentions(self, old: list[tuple[int, int]], new: list[tuple[int, int]]) -> None:
        self.view.highlight_spans("old", old, "entity")
        self.view.highlight_spans("new", new, "entity")

    def _clear_entities(self) -> None:
        self._show_mentions([], [])

    def _show_notes(self) -> None:
        """Mark the notes placed in the session's texts (which may not be on screen yet,
        or any more, while other texts are compared)."""
        cmp = self.session.comparison
        for side in SIDES:
            text = None if cmp is None else (cmp.old if side == "old" else cmp.new).text
            spans, tips = [], []
            for entry in self.store.entries():
                if entry.place is None or entry.place[0] != side:
                    continue
                spans.append((entry.place[1], entry.place[2]))
                tips.append(self._tip(entry.annotation.note, entry.origin == "curated"))
            self.view.highlight_spans(side, spans, "annotation", tips, text)

    def _tip(self, note: str, curated: bool) -> str:
        note = " ".join(note.split())
        if len(note) > TIP_CHARS:
            note = note[: TIP_CHARS - 1] + "…"
        who = self.tr("Editors' note") if curated else self.tr("Your note")
        return f"{who}: {note}" if note else who

    # -- notes ---------------------------------------------------------------------------
    def _selected(self) -> None:
        """A passage selected: the request to select one first has been answered."""
        if self.view.selection() is not None:
            self.messages.clear_tagged(lambda tag: tag != SELECT_FIRST)

    def annotate_selection(self) -> str | None:
        """A new note on the passage selected in a pane, else on the match of Find on
        show (a word found is the passage the reader means), else on the change being
        read (Next Change: annotating needs no mouse); the editor opens on it."""
        selection = self.view.selection() or self.found_passage() or self.view.change_passage()
        if selection is None:
            self.messages.show_message(
                self.tr(
                    "Select a passage in one of the texts, or go to a change, then annotate it."
                ),
                "info",
                tag=SELECT_FIRST,
            )
            return None
        side, start, end = selection
        doc = self.session.old if side == "old" else self.session.new
        if doc is not None:
            start, end = snap_to_words(doc.text, start, end)
        if start >= end:
            return None
        self._leave_fresh_note()  # another note made at once: the one left empty goes
        note_id = self.store.create_from_selection(
            side, start, end, entity_ids=self.entities.named_within(side, start, end)
        )
        view = self.view
        pane = view.old_pane if selection[0] == "old" else view.new_pane
        cursor = pane.textCursor()
        if cursor.hasSelection():  # (a word found by Find is no selection: the cursor,
            cursor.clearSelection()  # wherever it was, would scroll the pane to it)
            pane.setTextCursor(cursor)  # so the new note's marking shows at once
        self._fresh = (note_id, self.store.undo_stack.index(), pane)
        self.show_note(note_id)
        return note_id

    def _note_dismissed(self, note_id: str) -> None:
        """Escape in the text of a note: back to the passage. A note just made and left
        without a word or a tag is taken back, as if it had not been made (Escape after
        Annotate had left an empty note in the list, to be found and deleted)."""
        fresh, self._fresh = self._fresh, None
        if fresh is None or fresh[0] != note_id:
            self.view.primary().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        _, _index, pane = fresh
        self._take_back_if_empty(fresh)
        if not pane.isVisible():  # made in the two texts, read now in the redline
            pane = self.view.primary()
        pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _take_back_if_empty(self, fresh: tuple[str, int, QWidget]) -> None:
        """The note just made, still without a word or a tag and nothing done since,
        is taken back as if it had not been made."""
        note_id, index, _pane = fresh
        entry = self.store.entry(note_id)
        stack = self.store.undo_stack
        empty = (
            entry is not None and not entry.annotation.note.strip() and not entry.annotation.tags
        )
        if empty and stack.index() == index and stack.canUndo():
            stack.undo()
            # Taken back for good: an obsolete command pushed adds nothing to the history
            # and ends what Redo could bring back (it had offered the empty note again).
            ends_redo = QUndoCommand()
            ends_redo.setObsolete(True)
            stack.push(ends_redo)
            # The stack says nothing of a command it drops: Edit offered "Redo Add
            # note on …" still, to no effect, until something else was done.
            stack.canRedoChanged.emit(stack.canRedo())
            stack.redoTextChanged.emit(stack.redoText())

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A click away from a note just made (into a text, the list of notes...) leaves
        it as Escape does: left empty, it is taken back (it had stayed in the list, to
        be found and deleted). Looked at once the click is done with."""
        if self._fresh is not None and now is not None and not self._in_editor(now):
            QTimer.singleShot(0, self._left_fresh_note)

    def _in_editor(self, widget: QWidget) -> bool:
        return self._notes is not None and (
            widget is self._notes.editor or self._notes.editor.isAncestorOf(widget)
        )

    def _left_fresh_note(self) -> None:
        now = QApplication.focusWidget()
        if now is not None and not self._in_editor(now):
            self._leave_fresh_note()  # (else back in the note: a window gone and come back)

    def _leave_fresh_note(self) -> None:
        """The note just made is left (for another, or by a click away): taken back when
        it is still empty."""
        fresh, self._fresh = self._fresh, None
        if fresh is None or self._notes is None:
            return
        if self._notes.editor.annotation_id == fresh[0]:
            self._notes.editor.apply_note()  # words typed and not yet applied stay
        self._take_back_if_empty(fresh)

    def note_on_pair(self) -> str | None:
        """A new note on the pair of articles selected in the concordance, else on the
        pair being read (the concordance may list only the pairs to review, where the
        one on screen is not: the reader was told to select a pair while reading one)."""
        concordance = self.concordance
        rows = [concordance.model.rows[r] for r in concordance.selected_rows()]
        pairs = [row for row in rows if row.kind == "pair"]
        if self.view.cmp is not None and not concordance.table.hasFocus():
            # Chosen from the menu while reading: the pair read, not a row the list kept
            # selected from before (the Preamble, in a list of pairs to review).
            reading = self.view.navigator.row_at_top()
            if reading is not None and reading.kind == "pair":
                pairs = [reading]
        if not pairs:
            self.messages.show_message(
                self.tr("Select a pair of articles in the concordance first."),
                "info",
                tag=SELECT_FIRST,
            )
            return None
        self._leave_fresh_note()
        note_id = self.store.create_for_pair(pairs[0].index)
        self._fresh = (note_id, self.store.undo_stack.index(), self.view.primary())
        self.show_note(note_id)
        return note_id

    def show_note(self, note_id: str) -> None:
        # the hint to select something first is done with once a note is made
        self.messages.clear_tagged(lambda tag: tag != SELECT_FIRST)
        self.set_dock_visible(self.notes_dock, True)
        self.notes.select_annotation(note_id)
        self.notes.editor.note_edit.setFocus()

    # -- view options saved with a session --------------------------------------------------
    def view_options(self) -> dict[str, Any]:
        place = self.place_before()
        if place is None:
            place = reading_place(self.view, self._notes)
        return {
            "mode": self.view.mode,
            "only_changed": self.view.only_changed,
            "shown_classes": self.classes.view_option(),
            "reading": {
                **place,
                "tab": self._front_tab(),
                **({"pair": list(pair)} if (pair := self.chain_pair()) else {}),
            },
        }

    def _front_tab(self) -> str:
        """Which of the tabbed right-hand docks is in front (its object name)."""
        notes_in_front = (
            self.notes_dock.isVisible() and not self.notes_dock.visibleRegion().isEmpty()
        )
        return "notes" if notes_in_front else "entities"

    def restore_view(self, view: dict[str, Any]) -> None:
        mode = view.get("mode")
        if mode in MODES:
            self.actions[f"view.mode.{mode}"].setChecked(True)
        value = view.get("only_changed")
        if isinstance(value, bool) and self.actions["view.only_changed"].isChecked() != value:
            self.actions["view.only_changed"].setChecked(value)
        self.classes.restore(view)
        place = view.get("reading")
        pair = saved_pair(place)
        restore = partial(restore_reading_place, self.view, lambda: self.notes, place)
        if pair is None or not self.resume_in_pair(pair, restore):
            restore()  # (a chain's later pair is put on show first, then the place)
        tab = place.get("tab") if isinstance(place, dict) else None
        if tab in ("notes", "entities"):
            dock = self.notes_dock if tab == "notes" else self.entity_dock
            if dock.isVisible():
                dock.raise_()


def _scroller(widget: QWidget, least: int = DOCK_MIN_HEIGHT) -> QScrollArea:
    """A dock's panel in a scroll area, so a short window never has to grow to fit it."""
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    # Tab goes to the panel's fields: the frame itself had been a stop that showed no
    # focus, so a keyboard reader lost track of where the keys went.
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroller.setWidget(widget)
    widget.setMinimumHeight(least)
    return scroller
