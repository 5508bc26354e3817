"""The dialogs around a reading session: open, save, import and export notes, the
"save your work?" question, and the recovery offer after a crash.

The ``ProjectController`` does the work without asking anything; this module
asks (file dialogs, Save / Discard / Cancel) and reports in the message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.autosave import Recoverable
from ...core.errors import TreatyViewerError
from ...core.project import SUFFIX
from ..common.file_names import titles_stem
from ..common.folders import folder_of_texts, readers_folder
from ..common.reader_warnings import translate_warning
from ..state.annotation_store import AnnotationStore
from ..state.project_controller import ProjectController

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..state.settings import Settings
    from .message_bar import MessageBar

NOTES_SUFFIX = ".jsonld"


class SessionFiles(QObject):
    def __init__(
        self,
        parent: QWidget,
        messages: MessageBar,
        controller: ProjectController,
        store: AnnotationStore,
        flush: Callable[[], None],
        settings: Settings | None = None,
        titles: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self.dialog_parent = parent
        self.messages = messages
        self.ask_to_save = True
        """Ask Save / Discard / Cancel before unsaved work goes (tests switch it off)."""
        self.controller = controller
        self.store = store
        self.flush = flush
        """Applies typing still pending in the note editor (before saving or asking)."""
        self.settings = settings
        """Remembers the folder of the last session saved or opened."""
        self.titles = titles
        """The short titles of the open texts, for the name Save Session As proposes."""
        self._discarded = False
        controller.opened.connect(self._reset)
        controller.renewed.connect(self._reset)
        controller.pathChanged.connect(self._remember_session)

    def _filter(self) -> str:
        return self.tr("treatyviewer sessions (*{0})").format(SUFFIX)

    def _folder(self) -> str:
        """This session's folder, else that of the texts open (a session saved beside
        them), else the folder of the last session, else the reader's documents."""
        path = self.controller.path
        if path is not None:
            return str(path.parent)
        session = self.controller.session
        if texts := folder_of_texts(session.old_name, session.new_name):
            return texts
        last = str(self.settings.get("session_folder") or "") if self.settings else ""
        return last if last and Path(last).is_dir() else readers_folder()

    def _proposed_name(self) -> str:
        """ "Moscow-draft-1920-vs-Treaty-of-Moscow-1921": the texts' short titles."""
        return titles_stem(self.titles(), self.tr("reading-session"))

    def _remember_folder(self, path: str | Path) -> None:
        if self.settings is not None:
            self.settings.set("session_folder", str(Path(path).resolve().parent))

    def session_name(self) -> str:
        """The session file's name without its extension ("" while untitled)."""
        path = self.controller.path
        return path.stem if path is not None else ""

    # -- sessions ------------------------------------------------------------------------
    def open_session(self) -> None:
        if not self.may_discard():
            return
        from PySide6.QtWidgets import QFileDialog  # dialogs: on first use

        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent, self.tr("Open Session"), self._folder(), self._filter()
        )
        if path:
            self._remember_folder(path)
            self.controller.open(path)

    def open_path(self, path: str) -> None:
        """A session chosen from File → Open Recent."""
        if self.may_discard():
            self._remember_folder(path)
            self.controller.open(path)

    def save(self) -> bool:
        self.flush()
        if self.controller.path is None or not self.controller.file_fits:
            return self.save_as()  # never write another pair into this session's file
        return self.controller.save()

    def save_as(self) -> bool:
        self.flush()
        default = self.controller.path
        if default is None or not self.controller.file_fits:
            # A chain opened over a pair's session is not that session: proposing its
            # file had the pair's session replaced by the chain at Enter and Yes.
            default = Path(self._folder()) / self._proposed_name()
        from PySide6.QtWidgets import QFileDialog  # dialogs: on first use

        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Save Session As"), str(default), self._filter()
        )
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        self._remember_folder(path)
        return self.controller.save_as(path)

    # -- notes alone -----------------------------------------------------------------------
    def import_notes(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: on first use

        path, _ = QFileDialog.getOpenFileName(
            self.dialog_parent,
            self.tr("Import Notes"),
            self._folder(),
            self.tr("Web Annotations (*.jsonld *.json)"),
        )
        if not path:
            return
        try:
            report = self.store.import_jsonld(path)
        except TreatyViewerError as exc:
            self._say(translate_warning(str(exc)), "error")
            return
        text = self.tr("Imported %n note(s) from {0}", "", report.added).format(Path(path).name)
        if report.skipped:
            text += " " + self.tr("(%n already here)", "", report.skipped)
        self._say(text, "info")
        for problem in report.problems[:3]:
            self._say(problem, "warning")

    def export_notes(self) -> None:
        self.flush()
        from PySide6.QtWidgets import QFileDialog  # dialogs: on first use

        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent,
            self.tr("Export Notes"),
            str(Path(self._folder()) / (self.tr("notes") + NOTES_SUFFIX)),
            self.tr("Web Annotations (*.jsonld)"),
        )
        if not path:
            return
        from ..dialogs.preferences import reader_name

        reader = reader_name(self.settings) if self.settings is not None else ""
        try:
            count = self.store.export_jsonld(path, reader=reader)
        except TreatyViewerError as exc:
            self._say(translate_warning(str(exc)), "error")
            return
        self._say(self.tr("Exported %n note(s) to {0}", "", count).format(path), "info")

    # -- leaving ---------------------------------------------------------------------------
    def may_discard(self) -> bool:
        """True when the current work may go: it is saved, or the reader saved it now
        or chose to discard it. Asks Save / Discard / Cancel when there is unsaved work."""
        self.flush()
        if not self.controller.is_dirty or not self.ask_to_save:
            return True
        from PySide6.QtWidgets import QMessageBox  # on first use

        from ..common.title_room import make_room_for_title

        # A chain opened over a pair's session is saved under a new name, not in the
        # pair's file: naming that file here promised the notes would go there.
        fits = self.controller.file_fits
        name = (self.session_name() if fits else "") or self.tr("this reading session")
        question = (
            self.tr("Save the changed view (layout, filters) in {0}?")
            if self.controller.only_view_changed
            else self.tr("Save your notes and corrections in {0}?")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved work"),
            question.format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.dialog_parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        make_room_for_title(box)
        # Letters for the keyboard (Alt+S, Alt+D): Qt's own button names have none.
        for button, text in (
            (QMessageBox.StandardButton.Save, self.tr("&Save")),
            (QMessageBox.StandardButton.Discard, self.tr("&Discard")),
        ):
            box.button(button).setText(text)
        choice = box.exec()
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        if choice == QMessageBox.StandardButton.Discard:
            self._discarded = True
            self.controller.discard_autosave()
            return True
        return False

    def may_leave_pair(self) -> bool:
        """Before other texts replace the open ones (and with them this session): True
        when the work is saved, saved now, discarded, or (without asking) autosaved."""
        if not self.may_discard():
            return False
        if self.controller.is_dirty and not self._discarded:
            self.controller.autosave_now()  # not asked: keep it recoverable
        return True

    def _persist(self) -> bool:
        """False in a screenshot run: nothing about it is remembered."""
        return bool(getattr(self.dialog_parent, "persist", True))

    def _remember_session(self, path: str) -> None:
        """A session saved or opened goes to File → Open Recent."""
        if path and self.settings is not None and self._persist():
            self.settings.add_recent_session(path)

    def shutdown(self, persist: bool) -> None:
        """On close: keep unsaved work in the autosave unless discarded (or a screenshot);
        the next start without texts comes back to the saved session open now."""
        if persist and self.settings is not None:
            path = self.controller.path
            self.settings.set_last_session(str(path) if path is not None else None)
            place = self.controller.view_provider().get("reading")
            if path is not None and isinstance(place, dict):
                self.settings.set_last_place(path, place)
        if not persist or self._discarded:
            self.controller.autosave_timer.stop()
            return
        self.controller.shutdown()

    def _reset(self) -> None:
        self._discarded = False

    # -- recovery ----------------------------------------------------------------------------
    def offer_recovery(self) -> list[Recoverable]:
        """Offer, in the message bar, each autosave a crashed session left behind."""
        found = self.controller.recoverable()
        for item in found:
            name = (
                item.project_path.name
                if item.project_path is not None
                else self.tr("an untitled session")
            )
            self.messages.show_message(
                self.tr(
                    "treatyviewer did not close cleanly. Recover the unsaved work on {0} ({1})?"
                ).format(name, _when(item.written)),
                "warning",
                [
                    (self.tr("Recover"), partial(self.controller.recover, item)),
                    (self.tr("Discard"), partial(self.controller.decline, item)),
                ],
            )
        return found

    def _say(self, text: str, level: str) -> None:
        self.messages.show_message(text, level)


def _when(stamp: str) -> str:
    """An autosave's time on the reader's clock ("2026-12-04 22:20"), not its UTC
    stamp with its "T" and "Z"; the stamp itself when it does not read."""
    from PySide6.QtCore import QDateTime, Qt

    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")
