"""The reading-session commands, declared once into the window's action registry.

``window_actions.declare`` calls these at the place in each menu where they belong:
the session and notes files in File, the note commands in Edit, the docks in View.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..common.actions import ActionSpec

if TYPE_CHECKING:
    from .reading_tools import ReadingTools
    from .session_files import SessionFiles

Add = Callable[[ActionSpec, Callable[..., object] | None], QAction]
Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def declare_session_files(a: Add, files: SessionFiles) -> None:
    for spec, handler in (
        (
            ActionSpec(
                "file.open_session",
                tr("Open Sess&ion…"),
                "file",
                (Std.Open,),
                tr("Open a saved reading session (.tvproj): texts, corrections, notes"),
                section="session",
            ),
            files.open_session,
        ),
        (
            ActionSpec(
                "file.save_session",
                tr("&Save Session"),
                "file",
                (Std.Save,),
                tr("Save the texts, your alignment corrections and your notes"),
                section="session",
            ),
            files.save,
        ),
        (
            ActionSpec(
                "file.save_session_as",
                tr("Save Session &As…"),
                "file",
                (Std.SaveAs,),
                tr("Save the reading session under a new name"),
                section="session",
            ),
            files.save_as,
        ),
        (
            ActionSpec(
                "file.import_notes",
                tr("I&mport Notes…"),
                "file",
                (),
                tr("Add the notes of a W3C Web Annotation file (JSON-LD)"),
                section="notes",
            ),
            files.import_notes,
        ),
        (
            ActionSpec(
                "file.export_notes",
                tr("Export &Notes…"),
                "file",
                (),
                tr("Write your notes as W3C Web Annotations (JSON-LD)"),
                section="notes",
            ),
            files.export_notes,
        ),
    ):
        a(spec, lambda _checked=False, h=handler: h())


def declare_note_actions(a: Add, tools: ReadingTools) -> None:
    a(
        ActionSpec(
            "notes.annotate",
            tr("&Annotate Selection…"),
            "edit",
            ("Ctrl+Shift+A",),
            tr("Write a note on the passage selected in a text"),
            section="notes",
        ),
        lambda: tools.annotate_selection(),
    )
    a(
        ActionSpec(
            "notes.pair",
            tr("Note on This &Pair…"),
            "edit",
            (),
            tr(
                "Write a note on the pair of articles selected in the concordance, or else on the pair being read"
            ),
            section="notes",
        ),
        lambda: tools.note_on_pair(),
    )


def declare_dock_toggles(a: Add, tools: ReadingTools) -> None:
    a(
        ActionSpec(
            "view.entities",
            tr("&Parties and Places"),
            "view",
            ("Ctrl+Shift+E",),
            tr("Show or hide the index of parties, persons and places"),
            checkable=True,
            section="docks",
        ),
        lambda on: tools.set_dock_visible(tools.entity_dock, on, "view.entities"),
    )
    a(
        ActionSpec(
            "view.notes",
            tr("Not&es"),
            "view",
            ("Ctrl+Shift+N",),
            tr("Show or hide the notes and the note editor"),
            checkable=True,
            section="docks",
        ),
        lambda on: tools.set_dock_visible(tools.notes_dock, on, "view.notes"),
    )
