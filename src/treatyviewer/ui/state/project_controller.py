"""Saving, opening and recovering a reading session (.tvproj), without dialogs.

The controller gathers what the reader made (which texts, alignment
corrections, notes, view options) into a ``core.project.Project`` and back.
It never asks questions: it reports through ``message`` and leaves dialogs to
the window, which keeps it testable. Nothing is refused that can be shown: a
text that changed since the save is opened anyway and the notes re-anchor
(orphans are listed); only a file that cannot be understood is refused, with
a message naming it, and the current session stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...core.autosave import (
    Recoverable,
    autosave_path,
    default_state_dir,
    discard_autosave,
    find_recoverable,
    write_autosave,
)
from ...core.chain_session import chain_refs
from ...core.errors import ProjectError
from ...core.project import (
    DocumentRef,
    Link,
    Project,
    alignment_from,
    load_project,
    locate_source,
    overrides_from,
    save_project,
)
from ...core.resources import is_bundled_id
from ..common.reader_warnings import translate_warning
from .annotation_store import AnnotationStore
from .session import ComparisonSession

AUTOSAVE_INTERVAL_MS = 2 * 60 * 1000
"""Work lost in a crash is at most this old."""
AUTOSAVE_AFTER_EDIT_MS = 500
"""An edit is written to the autosave this long after the last edit of a run of them:
a crash a minute after a note was written had lost it, with five seconds here a crash
three seconds after, and with one second a crash a second and a half after the last
key (the note's words are applied half a second after typing pauses, then saved)."""


@dataclass(frozen=True)
class _Pending:
    """A project waiting for its texts to be read by the session."""

    project: Project
    path: Path | None
    recovered: Recoverable | None = None
    names: tuple[str, str] = ("", "")
    """The texts asked of the session, to tell its answer from other recomparisons."""
    place: dict[str, Any] | None = None
    """Where to show instead of the place the file records (the window's own return
    to its last session); None: the file's own place."""


TRANSIENT_VIEW = ("reading",)
"""View entries saved with a session that are no edit: moving around leaves it saved."""


def _lasting(view: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in view.items() if k not in TRANSIENT_VIEW}


SAVE_FAILED = "save-failed"
"""The level of the message that a save failed: an error that the next save that
works puts to rest (it stayed above a session saved since)."""


class ProjectController(QObject):
    message = Signal(str, str)
    """(text, level) with level "info", "warning" or "error"; the window shows it."""
    placed = Signal(str, str)
    """(text, level): what became of the notes when a session's texts had changed (a
    later report on them, after a reload, takes its place)."""
    saved = Signal(str)
    """The note that the session was saved (it goes when other texts are opened, and
    a later save takes its place: left in the pile, it came back after newer notes
    closed, as if the work open then were saved)."""
    dirtyChanged = Signal(bool)
    """True when there is unsaved work (for the "*" in the window title)."""
    pathChanged = Signal(str)
    """The session's file ("" while untitled)."""
    viewRestored = Signal(object)
    """The view options (a dict) saved with an opened or recovered session."""
    opened = Signal()
    """An opened or recovered session is fully loaded (texts, overrides, notes)."""
    renewed = Signal()
    """Another pair of texts is open in a new, untitled session (no notes, no undo)."""

    def __init__(
        self,
        session: ComparisonSession,
        store: AnnotationStore,
        undo_stack: QUndoStack,
        *,
        state_dir: str | Path | None = None,
        view_provider: Callable[[], Mapping[str, Any]] | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
        autosave_after_edit_ms: int = AUTOSAVE_AFTER_EDIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.undo_stack = undo_stack
        self._state_dir = Path(state_dir) if state_dir is not None else None
        self.view_provider = view_provider or dict
        self.path: Path | None = None
        self._accepted: tuple[Link, ...] = ()
        self._pending: _Pending | None = None
        self._fresh: tuple[str, str] | None = None
        self.decorate: Callable[[Project], Project] = lambda project: project
        """Adds what other features keep in a session (a chain's texts) to a saved project."""
        self.opened_project: Project | None = None
        """The project most recently opened or recovered (read by features on ``opened``)."""
        """A different pair being opened; the session starts afresh once it is read."""
        self._file_documents: frozenset[str] | None = None
        """The texts the session file records (Save must not write other ones there)."""
        self._saved_view: dict[str, Any] | None = None
        """The view options the session file records (changing them is unsaved work)."""
        self._unread: tuple[Any, ...] = ()
        """Notes of the session file that could not be read, saved back as they were."""
        undo_stack.cleanChanged.connect(self._clean_changed)
        session.changed.connect(self._session_changed)
        session.failed.connect(self._session_failed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_interval_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.edited_timer = QTimer(self)
        self.edited_timer.setSingleShot(True)
        self.edited_timer.setInterval(autosave_after_edit_ms)
        self.edited_timer.timeout.connect(self.autosave_now)
        undo_stack.indexChanged.connect(self._edited)
        self.unanswered: set[Path] = set()
        """Autosaves offered for recovery that the reader has not yet taken or declined:
        kept whatever this session does (quitting had removed the crashed work)."""
        self._written: Path | None = None
        """The autosave this window last wrote, until it is saved over or removed."""

    # -- state ------------------------------------------------------------------------
    @property
    def state_dir(self) -> Path:
        """Where autosaves go: looked up when first needed, not while the window starts."""
        if self._state_dir is None:
            self._state_dir = default_state_dir()
        return self._state_dir

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean() or self._view_differs()

    @property
    def only_view_changed(self) -> bool:
        """Unsaved, but only in how the session is shown (layout, filters): the
        notes and corrections are as saved."""
        return self.undo_stack.isClean() and self._view_differs()

    def _view_differs(self) -> bool:
        """A saved session whose view options (saved with it) were changed since."""
        if self.path is None or self._saved_view is None:
            return False
        return _lasting(self.view_provider()) != _lasting(self._saved_view)

    def view_changed(self) -> None:
        """The window changed a view option that sessions save: update the "*" marker."""
        self.dirtyChanged.emit(self.is_dirty)

    def open_documents(self) -> frozenset[str] | None:
        """The open texts as a session file records them, every version of an open chain
        included (None while nothing is open)."""
        session = self.session
        if not (session.old_name and session.new_name):
            return None
        try:
            return _texts_of(self.build_project())
        except ProjectError:
            return None

    @property
    def file_fits(self) -> bool:
        """False when the session file records other texts than the open ones, so
        saving there would replace that session with another pair, or a pair's session
        with a chain (use Save As)."""
        return self.path is None or self._file_documents == self.open_documents()

    @property
    def loading(self) -> bool:
        """True while an opened or recovered session waits for its texts."""
        return self._pending is not None

    def build_project(self) -> Project:
        """The current session as a project (texts, corrections, notes, view).

        Raises ProjectError when no texts are open, since there is nothing to refer to.
        """
        session = self.session
        if session.old is None or session.new is None:
            raise ProjectError(self.tr("There is nothing to save: no texts are open."))
        documents = {
            role: DocumentRef(
                source_name(name),
                doc.content_hash,
                session.encodings.get(role) or doc.encoding or None,
            )
            for role, name, doc in (
                ("old", session.old_name, session.old),
                ("new", session.new_name, session.new),
            )
        }
        alignment = alignment_from(session.overrides, self._accepted)
        return self.decorate(
            Project(
                documents=documents,
                alignment=alignment,
                annotations=tuple(self.store.annotations_for_saving()),
                view=dict(self.view_provider()),
                unread=self._unread,
            )
        )

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the current file; the window calls ``save_as`` while untitled."""
        if self.path is None:
            raise RuntimeError("the session has no file yet: use save_as")
        if not self.file_fits:
            self.message.emit(
                self.tr("{0} is a session on other texts; save this one under a new name.").format(
                    self.path.name
                ),
                "warning",
            )
            return False
        return self.save_as(self.path)

    def save_as(self, path: str | Path) -> bool:
        """Save atomically to ``path`` and make it the session's file; False on failure
        (the message says why and the previous file is untouched)."""
        path = Path(path)
        try:
            save_project(path, self.build_project())
        except ProjectError as exc:
            self.message.emit(translate_warning(str(exc)), SAVE_FAILED)
            return False
        previous = self.path
        self.path = path
        self._remember_file_state()
        self.undo_stack.setClean()
        self.dirtyChanged.emit(self.is_dirty)
        for stale in {previous, path}:
            self._discard(autosave_path(stale, self.state_dir))
        if previous != path:
            self.pathChanged.emit(str(path))
        self.saved.emit(self.tr("Saved {0}").format(path))
        return True

    # -- opening --------------------------------------------------------------------------
    def open(self, path: str | Path, place: dict[str, Any] | None = None) -> bool:
        """Start opening a session file; ``opened`` follows once its texts are read.

        ``place``: where the reader was when the window last closed on this file, for
        the start that comes back to it; a file the reader opens shows its own place.

        False (with a message) when the file cannot be read, is malformed or was
        written by a newer version; the current session is then left untouched.
        """
        path = Path(path)
        try:
            project = load_project(path)
        except ProjectError as exc:
            self.message.emit(translate_warning(str(exc)), "error")
            return False
        self._start(_Pending(project, path, place=place))
        return True

    def new_session(self) -> None:
        """Forget the file and the notes (the window opens the texts it wants)."""
        self._leave()
        self._pending = None
        self._fresh = None
        self.path = None
        self._file_documents = None
        self._saved_view = None
        self._accepted = ()
        self._unread = ()
        self.store.replace_all([])
        self.undo_stack.clear()
        self.pathChanged.emit("")
        self.dirtyChanged.emit(self.is_dirty)

    def open_pair(self, old: str, new: str) -> None:
        """Read another pair of texts; once they are read, a new untitled session starts
        (the window has asked about unsaved work first). A failure changes nothing."""
        self._pending = None
        self._fresh = (old, new)
        self.session.open_pair(old, new)

    # -- autosave and recovery -------------------------------------------------------------
    def recoverable(self) -> list[Recoverable]:
        """Autosaves left by a session that did not end cleanly, newest first; the window
        offers "Recover unsaved work from <written>?" for each."""
        found = find_recoverable(self.state_dir)
        self.unanswered.update(item.autosave for item in found)
        return found

    def recover(self, recoverable: Recoverable) -> bool:
        """Load an autosave; the session is then unsaved work of its original file."""
        self.unanswered.discard(recoverable.autosave)
        self._start(_Pending(recoverable.project, recoverable.project_path, recoverable))
        return True

    def decline(self, recoverable: Recoverable) -> None:
        """The reader does not want this autosave back: remove it."""
        self.unanswered.discard(recoverable.autosave)
        self._discard(recoverable.autosave)

    def autosave_now(self) -> Path | None:
        """Write the autosave if there is unsaved work (timer and quit call this); with
        none, remove the one written for work since undone: left behind, the next start
        said treatyviewer had not closed cleanly and offered the undone work back."""
        if self.loading:
            return None
        if not self.is_dirty:
            self._drop_written()
            return None
        if autosave_path(self.path, self.state_dir) in self.unanswered:
            return None  # it holds the crashed work the reader is still asked about
        try:
            self._written = write_autosave(self.build_project(), self.path, self.state_dir)
        except ProjectError as exc:
            self.message.emit(translate_warning(str(exc)), "warning")
            return None
        return self._written

    def _drop_written(self) -> None:
        """Remove the autosave this window wrote (only that one: another window's, or a
        crashed session's, is not this window's to remove)."""
        written, self._written = self._written, None
        if written is not None:
            self._discard(written)

    def shutdown(self) -> None:
        """On quit: keep unsaved work in the autosave, or remove a stale one."""
        self.autosave_timer.stop()
        self.edited_timer.stop()
        if self.is_dirty:
            self.autosave_now()
        else:
            self.discard_autosave()

    def discard_autosave(self) -> None:
        """Remove this session's autosave (after the reader chose to discard changes)."""
        self._discard(autosave_path(self.path, self.state_dir))

    # -- machinery --------------------------------------------------------------------------
    def _leave(self) -> None:
        """Another session takes this one's place: an autosave written for work undone
        since goes (unsaved work keeps its autosave, which the window asked about)."""
        self.edited_timer.stop()
        if not self.is_dirty:
            self._drop_written()
        self._written = None

    def _start(self, pending: _Pending) -> None:
        self._leave()
        project = pending.project
        overrides = overrides_from(project.alignment)
        where = pending.path.parent if pending.path is not None else None
        names = (
            locate_source(project.old.source, where, is_bundled_id),
            locate_source(project.new.source, where, is_bundled_id),
        )
        self._pending = replace(pending, names=names)
        self._fresh = None
        encodings = tuple(
            None if is_bundled_id(name) else ref.encoding
            for name, ref in zip(names, (project.old, project.new), strict=True)
        )
        self.session.open_pair(*names, overrides, encodings)  # type: ignore[arg-type]

    def _edited(self, _index: int) -> None:
        self.edited_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        # Not is_dirty: the stack also reports while the window is being destroyed, when
        # the docks that the view options are read from may be gone already.
        try:
            differs = self._view_differs()
        except RuntimeError:  # a dock's C++ object deleted: the window is closing
            differs = False
        self.dirtyChanged.emit(not clean or differs)

    def _remember_file_state(self, project: Project | None = None) -> None:
        """What the session file now records; ``project``: the one just read from it (a
        chain's other versions are not open yet)."""
        if self.path is None:
            self._file_documents = None
        else:
            self._file_documents = _texts_of(project) if project else self.open_documents()
        self._saved_view = dict(self.view_provider()) if self.path is not None else None

    def _session_changed(self) -> None:
        fresh, self._fresh = self._fresh, None
        if fresh is not None and (self.session.old_name, self.session.new_name) == fresh:
            self.new_session()
            self.renewed.emit()
            return
        pending, self._pending = self._pending, None
        if pending is None:
            return
        if (self.session.old_name, self.session.new_name) != pending.names:
            # Another recomparison superseded (and cancelled) the opening.
            self.message.emit(self.tr("Opening the session was interrupted."), "warning")
            return
        project = pending.project
        self.opened_project = project
        self.store.refresh()
        self.store.replace_all(project.annotations)
        self._unread = project.unread
        if project.unread_reasons:
            self.message.emit(
                self.tr(
                    "%n note(s) of {0} could not be read and will be saved back unchanged ({1}).",
                    "",
                    len(project.unread_reasons),
                ).format(
                    pending.path.name if pending.path else self.tr("the recovered session"),
                    "; ".join(map(translate_warning, project.unread_reasons)),
                ),
                "warning",
            )
        self._accepted = project.alignment.accepted
        self.undo_stack.clear()
        self.path = pending.path
        if pending.recovered is not None:
            self._discard(pending.recovered.autosave)
            self.undo_stack.resetClean()  # recovered work is not saved anywhere yet
            self.autosave_now()  # and a second crash must not lose it
        self.pathChanged.emit(str(self.path) if self.path else "")
        self._report_changed_texts(project)
        view = dict(project.view)
        if pending.place is not None:
            view["reading"] = pending.place
        self.viewRestored.emit(view)
        self._remember_file_state(project)
        self.dirtyChanged.emit(self.is_dirty)
        self.opened.emit()

    def _session_failed(self, text: str) -> None:
        self._fresh = None
        pending, self._pending = self._pending, None
        if pending is None:
            return
        name = str(pending.path) if pending.path else self.tr("the recovered session")
        self.message.emit(
            self.tr("Could not open the texts of {0}: {1}").format(name, text), "error"
        )

    def _report_changed_texts(self, project: Project) -> None:
        """Say which text differs from the one the session was saved with (a historian
        cites a particular text), and what became of the notes: they were looked for
        again by the words they quote, and those not found are listed as orphans."""
        changed = [
            (role, ref.source if not is_bundled_id(ref.source) else doc.title)
            for role, ref, doc in (
                ("old", project.old, self.session.old),
                ("new", project.new, self.session.new),
            )
            if doc is not None and ref.sha256 and ref.sha256 != doc.content_hash
        ]
        mine = [e for e in self.store.entries() if e.origin == "mine"]
        orphans = sum(e.status == "orphan" for e in mine)
        lost = self.tr("%n note(s) could not be placed (listed as orphans).", "", orphans)
        if not changed:
            if orphans:
                self.placed.emit(lost, "warning")
            return
        text = self._changed_since_saved(changed)
        if mine:
            text += " " + self.tr("The notes were placed again by the words they quote.")
        if orphans:
            text += " " + lost
        self.placed.emit(text, "warning")

    def _changed_since_saved(self, changed: list[tuple[str, str]]) -> str:
        """ "The newer text, charter_new.docx, has changed since this session was saved." """
        names = [Path(source).name for _role, source in changed]
        if len(changed) == 2:
            return self.tr(
                "Both texts, {0} and {1}, have changed since this session was saved: "
                "they are shown as they are now."
            ).format(*names)
        if changed[0][0] == "old":
            return self.tr(
                "The older text, {0}, has changed since this session was saved: it is "
                "shown as it is now."
            ).format(names[0])
        return self.tr(
            "The newer text, {0}, has changed since this session was saved: it is shown "
            "as it is now."
        ).format(names[0])

    def _discard(self, path: Path) -> None:
        if path in self.unanswered:
            return  # the reader has yet to say whether to recover it
        try:
            discard_autosave(path)
        except ProjectError as exc:
            self.message.emit(translate_warning(str(exc)), "warning")


def source_name(name: str) -> str:
    """What a project records for a text: a bundled id as is, a file by absolute path."""
    return name if is_bundled_id(name) else str(Path(name).expanduser().resolve())


def _texts_of(project: Project) -> frozenset[str]:
    """The texts a session records: its pair, or every version of its chain."""
    return frozenset(ref.source for ref in chain_refs(project))
