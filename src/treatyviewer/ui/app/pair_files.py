"""Which files the window compares: opening, dropping, recent pairs, watching for
changes on disk, and reading one side again in another encoding."""

from __future__ import annotations

import os
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ...core.resources import is_bundled_id
from ..common.encodings import COMMON_ENCODINGS, canonical, encoding_label
from .message_bar import NOTES_PLACED

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..state.annotation_store import AnnotationStore
    from ..state.project_controller import ProjectController
    from ..state.session import ComparisonSession
    from ..state.settings import Settings
    from .message_bar import MessageBar
    from .session_files import SessionFiles

SIDES = ("old", "new")


REREADING = "rereading"
BUNDLED = "bundled-open"
"""Tag of the news that the bundled pair is open already."""
"""Tag of the note that a text is being read again: it goes once the text is shown."""


class PairFiles(QObject):
    openRequested = Signal(str, str)
    chainRequested = Signal(list)
    """A chain of versions chosen from File → Open Recent (its names, oldest first)."""
    """(old, new): the reader chose two texts (Open Two Texts…, a recent pair)."""

    def __init__(
        self,
        session: ComparisonSession,
        settings: Settings,
        messages: MessageBar,
        store: AnnotationStore,
        session_files: SessionFiles,
        controller: ProjectController,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.dialog_parent = parent
        self.session = session
        self.settings = settings
        self.messages = messages
        self.store = store
        self.session_files = session_files
        self.controller = controller
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        # Read again by any route (File → Reload…): the pending question is obsolete.
        self.session.changed.connect(self._drop_disk_questions)
        self.recent_menu = QMenu(self.tr("Open &Recent"), parent)
        self.recent_menu.setToolTipsVisible(True)
        controller.pathChanged.connect(lambda _path: self.fill_recent())
        self.encoding_menus = {side: self._encoding_menu(side) for side in SIDES}

    def _side_name(self, side: str) -> str:
        return self.tr("older") if side == "old" else self.tr("newer")

    # -- opening ----------------------------------------------------------------------
    def open_pair(self, old: str, new: str) -> bool:
        """Compare ``old`` with ``new``. The same texts are read again within the
        session; other texts first ask about unsaved work, then start a new session.
        False when the reader cancelled."""
        s = self.session
        if same_text(old, s.old_name) and same_text(new, s.new_name):
            s.open_pair(s.old_name, s.new_name, s.overrides)
            return True
        if not self.session_files.may_leave_pair():
            return False
        self.controller.open_pair(old, new)
        return True

    def open_bundled(self, old: str, new: str) -> bool:
        """The bundled pair on its own, in a new untitled session: open inside a saved
        session (or with notes or corrections), it had been read again within it, the
        button seeming to do nothing. Already open on its own, it says so. False when
        the reader cancelled."""
        s = self.session
        same = same_text(old, s.old_name) and same_text(new, s.new_name)
        if same and self.controller.path is None and self._nothing_to_lose():
            self.messages.show_message(
                self.tr("The bundled pair is open already."),
                tag=BUNDLED,
                replace=True,
                passing=True,
            )
            return True
        if not self.session_files.may_leave_pair():
            return False
        self.controller.open_pair(old, new)
        return True

    def open_side(self, side: str, path: str) -> None:
        s = self.session
        old = path if side == "old" else (s.old_name or path)
        new = path if side == "new" else (s.new_name or path)
        if not self.open_pair(old, new):
            return
        self.messages.show_message(
            self.tr("Opening {0} as the {1} text").format(
                os.path.basename(path), self._side_name(side)
            ),
            tag=path,
        )

    def open_dialog(self) -> None:
        from ..dialogs.open_dialog import OpenPairDialog  # on first use

        dialog = OpenPairDialog(self.session.old_name, self.session.new_name, self.dialog_parent)
        if dialog.exec():
            old, new = dialog.names()
            if old and new:
                self.openRequested.emit(old, new)

    def fill_recent(self) -> None:
        """Saved sessions first (they hold notes and corrections), then pairs of texts."""
        self.recent_menu.clear()
        sessions = self.settings.recent_sessions()
        for path in sessions:
            action = self.recent_menu.addAction(
                os.path.basename(path), partial(self.session_files.open_path, path)
            )
            action.setToolTip(path)
        if sessions:
            self.recent_menu.addSeparator()
        chains = self.settings.recent_chains()
        for names in chains:
            text = "  →  ".join(os.path.basename(name) for name in names)
            self.recent_menu.addAction(text, partial(self.chainRequested.emit, names))
        pairs = self.settings.recent_pairs()
        for old, new in pairs:
            text = f"{os.path.basename(old)}  ↔  {os.path.basename(new)}"
            self.recent_menu.addAction(text, partial(self.openRequested.emit, old, new))
        self.recent_menu.setEnabled(bool(pairs or sessions or chains))

    # -- the files on disk -----------------------------------------------------------------
    def from_file(self, side: str) -> bool:
        name = self.session.old_name if side == "old" else self.session.new_name
        return bool(name) and not is_bundled_id(name)

    def _file_changed(self, path: str) -> None:
        """A text changed on disk. With nothing of the reader's tied to the texts (no notes
        of their own, no alignment corrections) read it again at once; else ask."""
        if not os.path.exists(path):
            return  # being replaced (save by rename): its new version reports again
        bar = self.messages
        name = os.path.basename(path)
        tag = f"disk\n{path}"
        if self._nothing_to_lose():
            bar.show_message(
                self.tr("{0} changed on disk and was read again").format(name),
                tag=tag,
                replace=True,
            )
            self.session.reload()
            return
        bar.show_message(
            self.tr("{0} changed on disk").format(name),
            "warning",
            [
                (self.tr("Reload"), lambda: self._reload_reporting(path)),
                (self.tr("Keep"), lambda: self._keep(path)),
            ],
            tag=tag,
            replace=True,
        )

    def _drop_disk_questions(self) -> None:
        for msg in self.messages.messages():
            if msg.tag.startswith("disk\n") and msg.buttons:
                msg.closed.emit()

    def _nothing_to_lose(self) -> bool:
        store = self.store
        overrides = self.session.overrides
        corrected = bool(overrides.links or overrides.unlinks)
        return not store.annotations() and not corrected

    def _keep(self, path: str) -> None:
        """Keep the text as read; go on watching the file for later changes."""
        if os.path.isfile(path) and path not in self.watcher.files():
            self.watcher.addPath(path)

    def _reload_reporting(self, path: str) -> None:
        """Read the texts again, then say what became of the reader's notes."""
        previous = self.session.comparison
        store = self.store

        def report() -> None:
            if self.session.comparison is previous:
                return
            self.session.changed.disconnect(report)
            mine = [e for e in store.entries() if e.origin == "mine"]
            lost = sum(e.status == "orphan" for e in mine)
            placed = len(mine) - lost
            text = self.tr("{0} was read again.").format(os.path.basename(path))
            if mine:
                text += " " + self.tr("%n note(s) placed again", "", placed)
                if lost:
                    text += ", " + self.tr("%n not found (listed as orphans)", "", lost)
                text += "."
            # What opening the session said of the notes is stale now: this says it anew.
            self.messages.clear_tagged(lambda tag: not tag.startswith(NOTES_PLACED + "\n"))
            self.messages.show_message(
                text, "warning" if lost else "info", tag=f"disk\n{path}", replace=True
            )

        self.session.changed.connect(report)
        self.session.reload()

    def watch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        names = (self.session.old_name, self.session.new_name)
        paths = [p for p in names if os.path.isfile(p)]
        if paths:
            self.watcher.addPaths(paths)

    # -- encodings ---------------------------------------------------------------------------
    def reopen_with_encoding(self, side: str, encoding: str | None) -> None:
        """Read one text again decoded as ``encoding`` (None: detect it again)."""
        if not self.from_file(side):
            return
        name = self.session.old_name if side == "old" else self.session.new_name
        shown = encoding_label(encoding) if encoding else self.tr("the detected encoding")
        self.messages.show_message(
            self.tr("Reading {0} again as {1}").format(os.path.basename(name), shown),
            tag=f"{REREADING}\n{name}",
        )
        self.session.set_encoding(side, encoding)

    def _encoding_menu(self, side: str) -> QMenu:
        menu = QMenu(self.dialog_parent)
        menu.setObjectName(f"encoding-menu-{side}")
        group = QActionGroup(menu)
        auto = QAction(self.tr("&Detect Automatically"), menu)
        auto.setObjectName(f"file.encoding.{side}.auto")
        choices: list[tuple[QAction, str | None]] = [(auto, None)]
        for codec, label, script in COMMON_ENCODINGS:
            text = f"{label} ({QCoreApplication.translate('encodings', script)})"
            action = QAction(text, menu)
            action.setObjectName(f"file.encoding.{side}.{codec}")
            choices.append((action, codec))
        for action, choice in choices:
            action.setCheckable(True)
            action.triggered.connect(partial(self.reopen_with_encoding, side, choice))
            group.addAction(action)
            menu.addAction(action)
            if choice is None:
                menu.addSeparator()
        menu.aboutToShow.connect(lambda: self._check_current(side, choices))
        return menu

    def _check_current(self, side: str, choices: list[tuple[QAction, str | None]]) -> None:
        chosen = self.session.encodings.get(side)
        doc = self.session.old if side == "old" else self.session.new
        for action, codec in choices:
            action.setEnabled(self.from_file(side))
            if chosen is None:
                action.setChecked(codec is None)
            else:
                action.setChecked(codec is not None and canonical(codec) == canonical(chosen))
        if doc is not None and chosen is None and doc.encoding:
            choices[0][0].setText(
                self.tr("&Detect Automatically (now {0})").format(encoding_label(doc.encoding))
            )


def same_text(a: str, b: str) -> bool:
    """Whether two names (paths or bundled ids) stand for the same text."""
    if not a or not b:
        return False
    if is_bundled_id(a) or is_bundled_id(b):
        return a == b
    return os.path.realpath(os.path.expanduser(a)) == os.path.realpath(os.path.expanduser(b))
