"""The main window: menus from the action registry, panes, docks, message and status bars.

Which files are open (and in which encoding) is ``pair_files``; the status bar is
``status_line``; File → Export runs in ``exporting``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from ...core.comparison import Comparison, Row
from ...core.document import Document, short_title
from ...core.resources import DEFAULT_PAIR
from ..common.actions import ActionRegistry
from ..common.colours import Scheme
from ..common.dock_toggle import toggle_dock
from ..common.folders import named_with_folder
from ..common.i18n import ensure_english_plurals
from ..compare.comparison_view import ComparisonView
from ..compare.find import FindBar
from ..concordance.concordance_dock import ConcordanceDock
from ..outline.outline_dock import OutlineDock
from ..state.session import ComparisonSession
from ..state.settings import Settings
from ..state.undo import OverridesCommand, link_command, unlink_command
from .appearance_actions import Appearance, declare_appearance
from .chain_window import ChainWindow, WindowParts
from .class_filter import ClassFilter
from .dock_room import DockRoom
from .dock_tabs import DockTabs
from .exporting import EXPORTED, WindowExport, is_about
from .map_room import MapRoom
from .message_bar import FAILED_OPEN, KNOCK_ON, MessageBar
from .pair_files import REREADING, PairFiles, same_text
from .pane_focus import start_reading, tab_to_seen
from .places_aside import PlacesAside
from .printing import WindowPrint
from .progress import ProgressWatcher
from .reader_notices import COMPARED, ReaderNotices
from .reading_memory import reading_place, restore_reading_place
from .reading_position import ReadingPosition
from .reading_tools import ReadingTools
from .restart import reopening_args, restart
from .status_line import StatusLine
from .text_look import TextLook
from .while_loading import WhileLoading
from .window_actions import bind_undo, declare, restore_checked, show_palette_checks
from .window_menus import WindowMenus
from .writing_notices import WritingNotices

NOTHING_CHANGED = "nothing-changed"
"""Tag of the message that no article changed, while only changed ones are shown."""
DOCK_SHARE = 0.25
"""Share of the window height the concordance gets on first start; the texts get the rest..."""
ABOVE_DOCK = 550
"""...or this much of it at least (the notes beside the texts need it in a small window)."""
DOCK_LEAST = 150


FRAME_SETTLES_MS = 300
"""After the first show, time for the window manager to put its frame on the window."""


def fit_into(room: QRect, frame: QRect, size: QSize) -> QRect | None:
    """Where a window whose frame is ``frame`` around ``size`` fits in ``room``: its
    new size and the top left of its frame; None when it fits already."""
    if room.contains(frame):
        return None
    extra = frame.size() - size  # the title bar and borders
    inner = size.boundedTo(room.size() - extra)
    left = min(frame.left(), room.right() + 1 - inner.width() - extra.width())
    top = min(frame.top(), room.bottom() + 1 - inner.height() - extra.height())
    return QRect(QPoint(max(left, room.left()), max(top, room.top())), inner)


class MainWindow(QMainWindow):
    def __init__(
        self, settings: Settings | None = None, *, state_dir: str | Path | None = None
    ) -> None:
        super().__init__()
        ensure_english_plurals(QApplication.instance())  # "1 note", not "1 note(s)"
        self.settings = settings or Settings()
        self.persist = True
        """False for screenshot runs: nothing about the window is remembered."""
        self.keep_geometry = True
        """False for a size given for one run (``--size``): the next start keeps its own."""
        self.fall_back_to_bundled = True
        """When the first texts cannot be read, show the bundled pair (not an empty window)."""
        self.setWindowTitle(self.tr("treatyviewer"))
        self.setAccessibleName(self.tr("treatyviewer"))
        self.setDockNestingEnabled(True)
        self.session = ComparisonSession(self)
        self.classes = ClassFilter(self)
        """Which change classes are shown (Show menu); the session compares them all."""
        self.classes.changed.connect(self._classes_changed)
        self.session.review_below = float(self.settings.get("review_below"))
        self.undo_stack = QUndoStack(self)
        self.look = TextLook(self.settings, self)
        self.view = ComparisonView(self.scheme, self.look.font())
        self.message_bar = MessageBar()
        self.find_bar = FindBar(self.view.shown_panes, self.scheme)
        self.concordance = ConcordanceDock(self.scheme, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.concordance)
        self.outline = OutlineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.outline.hide()  # shown for texts with numbered structure, or from the View menu
        self.dock_room = DockRoom(self, self.outline, self.view, self.concordance)
        self.dock_tabs = DockTabs(self)
        self.progress = ProgressWatcher(self.session, self)
        self.notices = ReaderNotices(self.message_bar, self.session)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.message_bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.actions_ = ActionRegistry(self)
        """Every command, declared once (``declare`` below); menus are built from it."""
        self.reading = ReadingTools(
            self,
            self.session,
            self.undo_stack,
            self.view,
            self.concordance,
            self.message_bar,
            self.actions_,
            state_dir,
            self.settings,
            classes=self.classes,
        )
        self.reading.controller.dirtyChanged.connect(self.setWindowModified)
        self.reading.controller.pathChanged.connect(lambda _path: self.update_title())
        self.files = PairFiles(
            self.session,
            self.settings,
            self.message_bar,
            self.reading.store,
            self.reading.files,
            self.reading.controller,
            self,
        )
        self.files.openRequested.connect(self.open_pair)
        self.watcher = self.files.watcher
        self.exports = WindowExport(
            self.session, self.settings, self.message_bar, self.reading.store, self,
            shown=self.classes.apply,
        )  # fmt: skip
        self.export_progress = ProgressWatcher(self.exports, self)
        self.printing = WindowPrint(
            self.session, self.settings, self.message_bar, self.exports, self,
            shown=self.classes.apply,
        )  # fmt: skip
        self.print_progress = ProgressWatcher(self.printing, self)
        self.map_room = MapRoom(
            self, self.session, self.reading.gazetteer, self.reading.entities, self.concordance,
            self.reading.store, self.reading.go_to, self.scheme.dark, self.reading.notes_dock,
        )  # fmt: skip
        declare(self, self.actions_)
        self.map_room.declare(self.actions_)
        self.places_aside = PlacesAside(
            self, self.reading, self.map_room.dock, self.settings, self.actions_
        )
        declare_appearance(
            self.actions_,
            Appearance(self.settings, self.message_bar, self.look.set_dark, self.restart),
            self,
        )
        self.chains = ChainWindow(
            self,
            WindowParts(
                self.actions_,
                self.session,
                self.scheme,
                self.view,
                self.concordance,
                self.message_bar,
                self.reading.controller,
                self.open_pair,
                self.jump_row,
            ),
        )
        self.files.chainRequested.connect(self.chains.open_chain)
        self.reading.chain_pair = lambda: (
            self.chains.state.pair if self.chains.state.active else None
        )
        self.reading.resume_in_pair = self.chains.resume_in_pair
        self.chains.state.opened.connect(self._chain_opened)
        self.exports.chain = lambda: self.chains.state.chain if self.chains.state.active else None
        self.exports.session_file = lambda: self.reading.controller.path
        pair_titles = self.reading.files.titles
        self.reading.files.titles = lambda: (
            [short_title(d) for d in chain.documents]
            if self.chains.state.active and (chain := self.chains.state.chain) is not None
            else pair_titles()
        )  # Save As names a chain's session after all its texts
        self.exports.titles = self.reading.files.titles  # and the exports the same way
        self.exports.pair_titles = pair_titles
        self.exports.viewing = lambda: self.view.mode
        self.chains.state.opened.connect(self.update_title)
        self.chains.state.closed.connect(self.update_title)
        self.loads = WhileLoading(
            self.session, self.actions_, self.undo_stack, self.message_bar,
            self.open_bundled, self.files.open_dialog, self.view, self._show,
            self.classes.apply, lambda: self.status,
        )  # fmt: skip
        self.loads.titled, self.loads.untitled = self.show_comparing_title, self.update_title
        self.loads.titled_names = self.show_comparing_names
        self.reading.place_before = self.loads.place_before
        self.menu_bar_ = WindowMenus(self, self.actions_, self.files.recent_menu)
        self.menus = self.menu_bar_.menus
        self.files.fill_recent()
        self._build_status_bar()
        self._connect()
        self._default_state = self.saveState()
        """The docks as a first start places them, for View → Reset Layout."""
        self._restore()
        self.reading.attach_actions()
        self.position = ReadingPosition(self.view, self.concordance, self.statusBar(), self)
        self.position.rowAtTop.connect(self.outline.follow_row)
        self.position.rowAtTop.connect(self.chains.follow_row)
        self.position.otherPairsChanged.connect(self._tell_other_pairs)
        # The news of a link's knock-on, with its Undo, is about the last correction:
        # another edit or an undo makes it stale (its Undo would undo something else).
        self.undo_stack.indexChanged.connect(
            lambda _index: self.message_bar.clear_tagged(lambda tag: tag != KNOCK_ON)
        )
        # Reading the texts: the stage in words, where the mention legend and the place
        # among the changes of the previous texts stood (1024 px cut it to "Comparing th…").
        self.progress.gives_way = [self.position.change_label, self.reading.legend]
        self.status.gives_way += self.progress.gives_way  # and to a long hint of a menu
        self.find_bar.reading_pane = self.position.reading_pane
        self.find_bar.beyond = self.view.stretching.find_beyond
        self.find_bar.moved.connect(self.view.navigator.reset)
        self.find_bar.matchShown.connect(self.position.hold_position)
        self.view.segmentJumped.connect(self.position.hold)
        self.reading.found_passage = lambda: (
            self.view.passage(*match) if (match := self.find_bar.current_match()) else None
        )
        self.reading.passageShown.connect(self._hold_segment)
        self.writing_notices = WritingNotices(self.view, self.find_bar, self.message_bar, self)

    def _tell_other_pairs(self, text: str) -> None:
        self.message_bar.show_message(
            text, "info", [(self.tr("Undo"), self.undo_stack.undo)], tag=KNOCK_ON, replace=True
        )

    @property
    def ask_to_save(self) -> bool:
        """Ask Save / Discard / Cancel before unsaved work goes (tests switch it off)."""
        return self.reading.files.ask_to_save

    @ask_to_save.setter
    def ask_to_save(self, on: bool) -> None:
        self.reading.files.ask_to_save = on

    # -- construction --------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.status = StatusLine(self.statusBar(), self.scheme)
        self.counts = self.status.counts
        self.legend = self.status.legend
        self.view.old_box.set_menu(self.files.encoding_menus["old"])
        self.view.new_box.set_menu(self.files.encoding_menus["new"])

    def _connect(self) -> None:
        s = self.session
        s.changed.connect(self._comparison_changed)
        s.failed.connect(self._failed)
        # Texts read: an earlier attempt that failed is over ("… is not text" stayed
        # above a long pair being compared), though the pair is not shown yet.
        s.textsRead.connect(lambda _old, _new: self.message_bar.drop_failures())
        # Another pair asked for: the error of the attempt before is over (it stood in
        # red above the blue "Reading …" note); one that says the bundled pair came in
        # its stead stays with that pair.
        s.started.connect(
            lambda _what: self.message_bar.clear_tagged(lambda tag: tag != FAILED_OPEN)
        )
        s.started.connect(lambda _what: self._leave_pair())
        self.look.fontChanged.connect(self._font_changed)
        self.look.schemeChanged.connect(self._scheme_changed)
        self.look.schemeChanged.connect(self.message_bar.retint)
        for pane, side in ((self.view.old_pane, "old"), (self.view.new_pane, "new")):
            pane.fileDropped.connect(lambda path, side=side: self.files.open_side(side, path))
        self.concordance.jumpRequested.connect(self._jump_row)
        self.outline.jumpRequested.connect(self._jump_outline)
        self.concordance.linkRequested.connect(self.link)
        self.concordance.unlinkRequested.connect(self.unlink)
        self.concordance.acceptRequested.connect(self._accept)
        self.concordance.visibilityChanged.connect(
            lambda _v: self.actions_["view.concordance"].setChecked(self.concordance.isVisible())
        )
        self.outline.visibilityChanged.connect(
            lambda _v: self.actions_["view.outline"].setChecked(self.outline.isVisible())
        )
        bind_undo(self.actions_, self.undo_stack)
        # Redo's Ctrl+Y, typed in a note or a box, redoes the typing there.
        app = QApplication.instance()
        if app is not None:
            from ..common.typing_redo import TypingRedo

            app.installEventFilter(TypingRedo(self))

    def _restore(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.geometry("state")
        self._size_docks = state is None or not self.restoreState(state)
        self.chains.leave_chain_view()  # a chain's docks saved open: no chain is open yet
        self._first_show = True
        self._left: tuple[str, str] | None = None
        """The texts on screen when another pair was last asked for."""
        splitter = self.settings.geometry("splitter")
        if splitter is not None:
            self.view.splitter.restoreState(splitter)
        restore_checked(self.actions_, self.settings)

    def reset_layout(self) -> None:
        """The docks where a first start puts them (one dragged away by mistake comes
        back) and the two texts side by side at equal widths; a chain open keeps its
        docks."""
        self.restoreState(self._default_state)
        self.places_aside.laid_out_afresh()
        if self.chains.state.active:
            self.chains.show_docks()
        self._place_docks()
        left, middle, right = self.view.splitter.sizes()  # the texts and the connector
        half = (left + right) // 2
        self.view.splitter.setSizes([half, middle, left + right - half])

    def _place_docks(self) -> None:
        height = max(DOCK_LEAST, min(int(self.height() * DOCK_SHARE), self.height() - ABOVE_DOCK))
        self.resizeDocks([self.concordance], [height], Qt.Orientation.Vertical)
        self.reading.size_docks()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and event.oldSize().isValid():
            self.dock_room.resized(event.oldSize(), event.size())
        self.dock_room.fit()
        self.reading.cap_docks()  # (beside the texts only: where fit has put them)

    def focusNextPrevChild(self, next: bool) -> bool:
        return tab_to_seen(lambda: super(MainWindow, self).focusNextPrevChild(next))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_docks:
            self._size_docks = False
            self._place_docks()
        elif self._first_show:  # as the reader left them, but the texts keep most room
            self.dock_room.restored()
        if self._first_show:
            self._first_show = False
            if self.persist:  # after the first paint: it looks for autosaves on disk
                QTimer.singleShot(0, self, self.reading.files.offer_recovery)
            if self.keep_geometry:  # (a size asked for on the command line stays)
                QTimer.singleShot(FRAME_SETTLES_MS, self, self.fit_screen)

    def fit_screen(self) -> None:
        """The whole window, its title bar too, inside the screen's free area: a size
        kept from a larger screen, or a first size that left no room for the title
        bar, had put the status line and the last rows below the screen's edge. (An
        offscreen render has no screen to fit: its size is the one asked for.)"""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        if QGuiApplication.platformName() == "offscreen":
            return
        fitted = fit_into(screen.availableGeometry(), self.frameGeometry(), self.size())
        if fitted is not None:
            self.resize(fitted.size())
            self.move(fitted.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist and not self.reading.files.may_discard():
            event.ignore()
            return
        self.reading.files.shutdown(self.persist)
        if not self.persist:
            super().closeEvent(event)
            return
        self._remember_pair()
        if self.keep_geometry:
            self.settings.set_geometry("geometry", self.saveGeometry())
            self.dock_room.side_docks_back()  # saved beside the texts, as a wide window has them
            self.places_aside.back()  # saved as the reader has them
            self.settings.set_geometry("state", self.saveState())
            self.settings.set_geometry("splitter", self.view.splitter.saveState())
        self.session.cancel()
        self.exports.cancel()
        self.printing.cancel()
        super().closeEvent(event)

    def _reading_a_pair(self) -> bool:
        """Whether two texts are read (or about to be shown) with no saved session or
        chain around them: their place is the window's to remember (a session keeps
        its own)."""
        return (
            self.persist and self.reading.controller.path is None and not self.chains.state.active
        )

    def _pair_read(self) -> tuple[tuple[str, str], dict[str, Any]] | None:
        """The two texts the reader is reading, by the names they were opened by, and
        where in them: those of the comparison on screen; while a long pair's texts
        stand in for them, not yet compared, the pair read before and its place."""
        before = self.loads.place_before()
        if before is not None:
            return (self._left, before) if self._left is not None else None
        cmp = self.view.cmp
        if cmp is None or not (cmp.old.source and cmp.new.source):
            return None
        return (cmp.old.source, cmp.new.source), reading_place(self.view, None)

    def _leave_pair(self) -> None:
        """Another pair is asked for: where the reader was in the one on screen is kept
        for when it is opened again (File → Open Recent, or the next start). Called at
        each stage of a load too: a long pair shown in part while it is compared is the
        pair asked for, not one left (at a start, its top had been kept as the place to
        reopen it at, over the article the reader had left it at, and the place was not
        gone back to)."""
        if (
            not self._reading_a_pair()
            or self.loads.place_before() is not None
            or self.loads.partial is not None
        ):
            return  # a session's own, or a long pair's texts standing in: nothing new read
        if (read := self._pair_read()) is not None:
            self._left = read[0]
            self.settings.set_pair_place(*read)

    def _remember_pair(self) -> None:
        """On close: the two texts read with no saved session, and where, so that the
        next start without texts opens them there (it had opened the bundled pair at
        its preamble); with a session or a chain open, that opens instead. A quit before
        any pair was compared leaves the last one as it was."""
        if not self._reading_a_pair():
            self.settings.set_last_pair(None, {})
        elif (read := self._pair_read()) is not None:
            self.settings.set_last_pair(*read)

    def restart(self) -> None:
        """Close and open again on the same session or texts (a language chosen applies)."""
        s = self.session
        place = reading_place(self.view, None)

        def args() -> list[str]:
            """Asked once the window has closed: a session saved in answer to "Save your
            notes?" is the one to open (the bare texts had opened, the notes left out,
            and quitting the new window then forgot the session saved)."""
            chain = self.chains.state
            return reopening_args(
                self.reading.controller.path,
                s.old_name,
                s.new_name,
                chain.names if chain.active else [],
            )

        def close() -> bool:
            closed = self.close()
            if closed and len(args()) == 2:  # the same texts again: the same place in them
                self.settings.set_restart_place((s.old_name, s.new_name), place)
            return closed

        if not restart(close, args):
            self.message_bar.show_message(
                self.tr(
                    "treatyviewer cannot start itself again from {0}: quit and start it as "
                    "usual for the language chosen."
                ).format(sys.executable),
                "warning",
            )

    # -- files -----------------------------------------------------------------
    def open_pair(self, old: str, new: str) -> bool:
        """Compare two texts; other texts than the open ones start a new session (after
        asking about unsaved work), the same ones are read again within this session.
        False when the reader cancelled."""
        return self.files.open_pair(old, new)

    def open_bundled(self) -> None:
        """The bundled pair alone: a chain open before is closed (its first two texts
        are this pair, and its strip and lineages would stay)."""
        chain = self.chains.state.active
        self.chains.state.close()
        if chain:  # its pair is read again, on its own
            self.open_pair(*DEFAULT_PAIR)
        else:
            self.files.open_bundled(*DEFAULT_PAIR)

    # -- reacting to the session ---------------------------------------------------
    def _comparison_changed(self) -> None:
        cmp = self.session.comparison
        if cmp is None:
            return
        names = (self.session.old_name, self.session.new_name)
        # Messages about texts no longer open (a guessed encoding…) go with them.
        self.message_bar.clear_tagged(
            lambda tag: (
                (
                    is_about(tag, names)  # a report on this pair, not on one sharing a text
                    if tag.startswith(EXPORTED)
                    else any(same_text(tag.rpartition("\n")[2], n) for n in names)
                    and not tag.startswith(REREADING)
                )  # read again and shown: that is over
                # What the comparison warns of is the notices' to retire (another pair):
                # a pairing accepted had taken "the texts share almost no wording" away.
                or tag == COMPARED
            )
        )
        self.view.from_file = (self.files.from_file("old"), self.files.from_file("new"))
        another = names != self.view.names
        if another:  # another pair: a filter typed for the last one
            self.concordance.filter.clear()  # would show its table empty
        stepped = another and self._in_chain(self.view.names)
        self.view.names = names
        place = self.settings.take_restart_place(names) if self.persist else None
        if (
            place is None
            and names != self._left
            and self._reading_a_pair()
            and not self.reading.controller.is_dirty  # a recovered session keeps its own
        ):
            place = self.settings.pair_place(names)  # opened again: where it was left
        if place:
            restore_reading_place(self.view, lambda: self.reading.notes, place)
        self._left = names
        self.outline.set_comparison(cmp)
        if not self.outline.isVisible() and (
            any(s.parts for s in cmp.old.segments + cmp.new.segments) or cmp.new.divisions
        ):
            self.outline.show()
            # wide enough for most titles, the texts keeping most of the window
            most = max(300, self.width() * 2 // 7)
            width = min(max(300, self.outline.wanted_width()), most)
            self.resizeDocks([self.outline], [width], Qt.Orientation.Horizontal)
            layout = self.layout()
            if layout is not None:  # the panes get their width before texts go in
                layout.activate()
        self._show(cmp)
        if another and not stepped:  # a step along a chain leaves the focus where it is
            start_reading(self.view)
        self._tell_if_all_left_out()
        self.update_title()
        self.notices.show(cmp.old, cmp.new, names)
        self.notices.show_comparison(cmp)
        if self.persist and not self.chains.state.active:  # (a chain is remembered whole)
            self.settings.add_recent_pair(self.session.old_name, self.session.new_name)
        self.files.fill_recent()
        self.files.watch()
        self.find_bar.search()

    def _in_chain(self, names: tuple[str, str]) -> bool:
        """Both texts are versions in the open chain: the reader steps along it."""
        chain = self.chains.state
        return chain.active and all(chain.index_of(n) is not None for n in names)

    def _chain_opened(self) -> None:
        """A chain that opened goes to File → Open Recent, whole."""
        if self.persist:
            self.settings.add_recent_chain(self.chains.state.names)
            self.files.fill_recent()

    def _pair_name(self, old_title: str, new_title: str) -> str:
        return self.tr("{0} ↔ {1}").format(_short(old_title), _short(new_title))

    def show_comparing_title(self, old: Document, new: Document) -> None:
        """The texts on screen while they are compared (a long pair is shown as read)."""
        self.show_comparing_names(short_title(old), short_title(new))

    def show_comparing_names(self, old: str, new: str) -> None:
        comparing = self.tr("{0} (comparing…)").format(self._pair_name(old, new))
        self.setWindowTitle(" — ".join([comparing, self.tr("treatyviewer")]))

    def update_title(self) -> None:
        """Session name, the texts, and "*" while there is unsaved work."""
        cmp = self.session.comparison
        name = self.reading.files.session_name()
        titles = ("", "")
        if cmp is not None:
            # The names the panes and a chain give them ("Moscow draft (1920)"): the
            # full formal titles were cut mid-word in the title bar.
            titles = (short_title(cmp.old), short_title(cmp.new))
            if (
                titles[0] == titles[1]
            ):  # two versions under one heading: their files tell them apart
                titles = (cmp.old.source_name or titles[0], cmp.new.source_name or titles[1])
            if titles[0] == titles[1]:  # two files of one name: their folders do
                titles = (
                    named_with_folder(self.session.old_name),
                    named_with_folder(self.session.new_name),
                )
        pair = self._pair_name(*titles) if cmp is not None else ""
        chains = getattr(self, "chains", None)  # asked before the chain view is built too
        chain = chains.state.chain if chains is not None and chains.state.active else None
        if chain is not None:  # the versions of the chain, not only the two side by side
            from ...io.lineage_table import version_name

            pair = " → ".join(version_name(d, k) for k, d in enumerate(chain.documents))
        if name and not self.reading.controller.file_fits:
            # a chain opened over a session of two texts: it is not that session, whose
            # file keeps the two texts; its notes came from there
            parts = [f"{pair}[*]", self.tr("not saved, notes from {0}").format(name)]
        else:
            parts = [f"{name}[*]", pair] if name else [f"{pair}[*]"]
        self.setWindowTitle(" — ".join([*(p for p in parts if p), self.tr("treatyviewer")]))

    def _failed(self, text: str) -> None:
        """A text could not be read. With nothing shown yet, show the bundled pair."""
        # The note that a text was being read again (tagged with its name) is over.
        names = (self.session.old_name, self.session.new_name)
        self.message_bar.clear_tagged(
            lambda tag: tag not in names and not tag.startswith(REREADING)
        )
        if self.session.comparison is not None or not self.fall_back_to_bundled:
            # It goes once another pair is shown (the attempt is over then).
            self.message_bar.show_failure(text)
            return
        self.fall_back_to_bundled = False  # once: never loop if the bundled pair fails
        self.message_bar.show_failure(
            _sentence(text) + " " + self.tr("The bundled pair is shown instead."),
            [(self.tr("Open Two Texts…"), self.files.open_dialog)],
            about=DEFAULT_PAIR[0],  # it goes when other texts open
        )
        self.open_bundled()

    def open_instead_of_session(self, path: str, old: str, new: str) -> None:
        """The session the window was to reopen could not be read (its error is on
        show): ``old`` and ``new`` are shown in its stead, and the error, saying so, stays
        with them, as a text that could not be read does (it had gone as they opened,
        and the start looked as if no session had been open)."""
        failures = [m.text for m in self.message_bar.messages() if m.tag == FAILED_OPEN]
        why = failures[-1] if failures else self.tr("{0} could not be opened").format(path)
        self.message_bar.show_failure(
            _sentence(why) + " " + self.tr("The bundled pair is shown instead."),
            [(self.tr("Open Session…"), self.reading.files.open_session)],
            about=old,
        )
        self.open_pair(old, new)

    # -- user intents ------------------------------------------------------------------
    def link(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        if self.loads.allows_corrections():
            self._push_correction(link_command(self.session, old, new))
            self.position.show_pair_when_aligned(old, new)

    def _accept(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        if self.loads.allows_corrections():
            command = link_command(self.session, old, new, self.tr("Accept"))
            self._push_correction(command)
            # Undone or redone, the pairing is shown and chosen (in "To review" the next
            # pair to review had stayed, and the History on it); done, "To review" goes on.
            command.then = lambda: self.position.show_pair_when_aligned(old, new, tell=False)

    def unlink(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        if self.loads.allows_corrections():
            command = unlink_command(self.session, old, new)
            # Done, undone or done again: the articles stay in view, each in its pane;
            # but a decision in "To review" goes on to the next pair to review.
            if self.concordance.proxy.scope != "review":
                command.then = lambda: self.position.show_articles_when_aligned(old, new)
            self._push_correction(command)

    def _push_correction(self, command: OverridesCommand) -> None:
        """A correction of the alignment is undone and redone in the texts it was made
        in, another step of a chain brought back for it (it had been applied to the
        step on show)."""
        self.chains.keep_to_pair(command)
        self.undo_stack.push(command)

    def jump_row(self, row: Row) -> None:
        self._jump_row(row)

    def _jump_row(self, row: Row) -> None:
        if row.kind == "pair":
            self.view.jump_to_pair(row.index)
        else:
            self.view.jump_to_segment(0 if row.kind == "removed" else 1, row.index)
        self.position.hold(row)  # the chosen row stays current until the reader scrolls on

    def _jump_outline(self, side: int, segment: int, offset: int) -> None:
        self.view.jump_to_segment(side, segment)
        cmp = self.session.comparison
        if cmp is not None and offset > (cmp.old, cmp.new)[side].segments[segment].start:
            self.view.navigator.show_offset(side, offset)  # a clause: its own line on top
        self._hold_segment(side, segment)

    def _hold_segment(self, side: int, segment: int) -> None:
        cmp = self.session.comparison
        if cmp is not None:
            self.position.hold(cmp.row_of_segment(side, segment))

    def set_mode(self, mode: str) -> None:
        self.settings.set("view_mode", mode)
        self.view.set_mode(mode, self._found_row())
        self.find_bar.search()
        self._view_changed()

    def _found_row(self) -> Row | None:
        """The article of the word Find shows, when it shows one: the article read (the
        end of the article before may stand at the top of the pane)."""
        match = self.find_bar.current_match()
        return None if match is None else self.view.navigator.row_at_position(*match[:2])

    def set_only_changed(self, on: bool) -> None:
        self.settings.set("only_changed", on)
        self.view.set_only_changed(on)
        self._view_changed()
        self._tell_if_all_left_out()

    def _tell_if_all_left_out(self) -> None:
        """Two texts in which no article changed are said to be so: the counts at the
        foot of the window were all that told it. With only the changed articles shown,
        the panes would be blank, unexplained: one click shows them all."""
        self.message_bar.clear_tagged(lambda tag: tag != NOTHING_CHANGED)
        cmp = self.view.cmp
        if cmp is None or cmp.added or cmp.removed:
            return
        if any(p.status != "unchanged" or p.moved for p in cmp.pairs):
            return
        if not self.view.only_changed:
            self.message_bar.show_message(
                self.tr("The two texts read the same: no article changed."),
                "info",
                tag=NOTHING_CHANGED,
            )
            return
        self.message_bar.show_message(
            self.tr("No article changed: every article reads the same in both texts."),
            "info",
            [
                (
                    self.tr("Show All Articles"),
                    lambda: self.actions_["view.only_changed"].setChecked(False),
                )
            ],
            tag=NOTHING_CHANGED,
        )

    def set_outline_visible(self, on: bool) -> None:
        toggle_dock(self.outline, on, self.actions_["view.outline"])

    def set_concordance_visible(self, on: bool) -> None:
        toggle_dock(self.concordance, on, self.actions_["view.concordance"])

    def _show(self, cmp: Comparison) -> None:
        """The comparison with only the shown change classes, in every view."""
        shown = self.classes.apply(cmp)
        if shown is not self.view.cmp:
            self.view.show_comparison(shown)
        else:  # shown already while its texts were scanned: the files are named now
            self.view.show_titles(shown)
        self.concordance.model.set_comparison(shown)
        self.status.show_counts(shown)

    def _classes_changed(self) -> None:
        if self.session.comparison is not None:
            self._show(self.session.comparison)
        self._view_changed()

    def _view_changed(self) -> None:
        """View options are saved with a session: changing them is unsaved work."""
        self.reading.controller.view_changed()

    @property
    def scheme(self) -> Scheme:
        return self.look.scheme

    @property
    def font_size(self) -> float:
        return self.look.size

    def _font_changed(self) -> None:
        """The reader's font or text size: how the texts look, not a change to the session
        (zooming had marked a saved session unsaved)."""
        self.view.set_look(self.scheme, self.look.font())

    def _scheme_changed(self) -> None:
        show_palette_checks(self.actions_, self.settings)
        self.find_bar.scheme = self.scheme
        self.status.scheme = self.scheme
        self.concordance.model.scheme = self.scheme
        self.chains.set_scheme(self.scheme)
        self.view.set_look(self.scheme, self.look.font())
        self.reading.show_legend(self.scheme.dark)
        self.map_room.set_dark(self.scheme.dark)
        if self.session.comparison is not None:  # the counts' colour squares follow
            self.status.show_counts(self.classes.apply(self.session.comparison))


def _sentence(text: str) -> str:
    """A message ending as a sentence ends, before another is put after it (each of
    its lines: one for each text that could not be read)."""
    return "\n".join(
        line if line.endswith((".", "!", "?", "…")) else line + "."
        for line in text.rstrip().splitlines()
    )


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
