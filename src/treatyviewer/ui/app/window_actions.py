"""The window's commands, declared once. Menus, toolbar and the shortcut test read them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from ..common.actions import ActionRegistry, ActionSpec
from ..compare.actions import declare_copy, declare_find, declare_go
from .class_filter import declare_class_actions
from .file_actions import declare_encoding_menus, declare_export
from .help_menu import declare_help
from .reading_actions import declare_dock_toggles, declare_note_actions, declare_session_files
from .reading_tools import MODES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..compare.comparison_view import ComparisonView
    from ..compare.find import FindBar
    from ..state.session import ComparisonSession
    from ..state.settings import Settings
    from .class_filter import ClassFilter
    from .exporting import WindowExport
    from .message_bar import MessageBar
    from .pair_files import PairFiles
    from .printing import WindowPrint
    from .reading_position import ReadingPosition
    from .reading_tools import ReadingTools
    from .text_look import TextLook

Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowCommands(Protocol):
    """What the window's commands act on: its parts, and what the window itself does
    (modes and options). The main window provides it."""

    view: ComparisonView
    session: ComparisonSession
    files: PairFiles
    reading: ReadingTools
    exports: WindowExport
    printing: WindowPrint
    undo_stack: QUndoStack
    find_bar: FindBar
    classes: ClassFilter
    settings: Settings
    look: TextLook
    message_bar: MessageBar
    position: ReadingPosition

    def window(self) -> QWidget: ...

    def close(self) -> bool: ...

    def open_bundled(self) -> None: ...

    def set_mode(self, mode: str) -> None: ...

    def set_only_changed(self, on: bool) -> None: ...

    def set_concordance_visible(self, on: bool) -> None: ...

    def set_outline_visible(self, on: bool) -> None: ...
    def reset_layout(self) -> None: ...


def declare(w: WindowCommands, reg: ActionRegistry) -> None:
    """The window's own commands, and the rooms' commands where they belong in its menus."""
    a = reg.add
    # File
    a(
        ActionSpec(
            "file.open",
            tr("&Open Two Texts…"),
            "file",
            ("Ctrl+Shift+O",),
            tr("Open an older and a newer text"),
            toolbar=True,
            toolbar_text=tr("Open…"),
        ),
        w.files.open_dialog,
    )
    a(
        ActionSpec(
            "file.bundled",
            tr("Open the &Bundled Pair"),
            "file",
            ("Ctrl+Shift+B",),
            tr("The 1920 draft beside the Treaty of Moscow of 1921"),
            toolbar=True,
            toolbar_text=tr("Bundled Pair"),
        ),
        w.open_bundled,
    )
    a(
        ActionSpec("file.reload", tr("Re&load"), "file", ("F5",), tr("Read both files again")),
        w.session.reload,
    )
    declare_encoding_menus(reg, w.files.encoding_menus)
    declare_session_files(a, w.reading.files)
    declare_export(reg, w.exports.ask, w.window())
    a(
        ActionSpec(
            "file.print",
            tr("&Print…"),
            "file",
            (Std.Print,),
            tr("Print the comparison as the PDF export lays it out"),
            section="export",
        ),
        w.printing.ask,
    )
    # Some key schemes (Windows, a bare X server) give Quit no key: Ctrl+Q everywhere.
    a(ActionSpec("file.quit", tr("&Quit"), "file", (Std.Quit, "Ctrl+Q"), section="quit"), w.close)
    # Edit
    a(
        ActionSpec(
            "edit.undo",
            tr("&Undo"),
            "edit",
            (Std.Undo,),
            tr("Undo the last change (a correction, a note)"),
        ),
        w.undo_stack.undo,
    )
    # Ctrl+Y as well, as on Windows (X11's Redo is Ctrl+Shift+Z alone), and Ctrl+Shift+Z
    # where the platform's Redo is Ctrl+Y alone: readers press either.
    a(
        ActionSpec(
            "edit.redo",
            tr("&Redo"),
            "edit",
            (Std.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
            tr("Redo the change undone last"),
        ),
        w.undo_stack.redo,
    )
    declare_copy(reg, w.view)
    declare_find(reg, w.find_bar)
    declare_note_actions(a, w.reading)
    a(
        ActionSpec(
            "edit.preferences",
            tr("Pr&eferences…"),
            "edit",
            # Linux and Windows give Preferences no standard key: Ctrl+, as most apps do
            (Std.Preferences, "Ctrl+,"),
            tr(
                "Your name for the notes you export, and below what confidence pairings "
                "are offered for review"
            ),
            section="preferences",
        ),
        lambda: _preferences(w),
    )
    # View
    for key, (mode, text, tip) in enumerate(
        (
            ("side", tr("&Side by Side"), tr("Both texts side by side, aligned")),
            (
                "inline",
                tr("&Inline Redline"),
                tr("One column: deletions struck, insertions underlined"),
            ),
            ("old", tr("&Older Text Only"), tr("Only the older text")),
            ("new", tr("&Newer Text Only"), tr("Only the newer text")),
        ),
        start=1,
    ):
        a(
            ActionSpec(
                f"view.mode.{mode}",
                text,
                "view",
                (f"Ctrl+{key}",),
                tip,
                checkable=True,
                toolbar=mode in ("side", "inline"),
                toolbar_text=tr("Redline") if mode == "inline" else "",
                section="mode",
            ),
            partial(_if_checked, w.set_mode, mode),
        )
    a(
        ActionSpec(
            "view.swap",
            tr("S&wap Sides"),
            "view",
            ("Ctrl+Shift+X",),
            tr("Show the older text on the right; it is still compared as the older one"),
            checkable=True,
            section="mode",
        ),
        w.view.set_swapped,
    )
    a(
        ActionSpec(
            "view.only_changed",
            tr("Show Only Chan&ged Articles"),
            "view",
            ("Ctrl+Shift+H",),
            tr("Hide articles that did not change"),
            checkable=True,
            toolbar=True,
            toolbar_text=tr("Changed Only"),
            section="mode",
        ),
        w.set_only_changed,
    )
    a(
        ActionSpec(
            "view.concordance",
            tr("&Concordance"),
            "view",
            ("F9",),
            tr("Show or hide the concordance table"),
            checkable=True,
            section="docks",
        ),
        w.set_concordance_visible,
    )
    a(
        ActionSpec(
            "view.outline",
            tr("Ou&tline"),
            "view",
            ("Shift+F9",),
            tr("Show or hide the outline of sections and points"),
            checkable=True,
            section="docks",
        ),
        w.set_outline_visible,
    )
    declare_dock_toggles(a, w.reading)
    a(
        ActionSpec(
            "view.reset_layout",
            tr("Reset P&anels"),
            "view",
            (),
            tr("Put the panels back where they were at the first start"),
            section="docks",
        ),
        w.reset_layout,
    )
    a(
        ActionSpec(
            "view.full_screen",
            tr("&Full Screen"),
            "view",
            (Std.FullScreen, "F11"),
            tr("Give the whole screen to the texts, or leave full screen"),
            checkable=True,
            section="docks",
        ),
        lambda on: w.window().showFullScreen() if on else w.window().showNormal(),
    )
    a(
        ActionSpec("view.zoom_in", tr("&Zoom In"), "view", (Std.ZoomIn,), section="zoom"),
        lambda: w.look.zoom(1),
    )
    a(
        ActionSpec("view.zoom_out", tr("Zoom O&ut"), "view", (Std.ZoomOut,), section="zoom"),
        lambda: w.look.zoom(-1),
    )
    a(
        ActionSpec("view.zoom_reset", tr("&Reset Zoom"), "view", ("Ctrl+0",), section="zoom"),
        lambda: w.look.zoom(0),
    )
    a(
        ActionSpec(
            "view.font",
            tr("Te&xt Font…"),
            "view",
            (),
            tr("Choose the font of the texts"),
            section="zoom",
        ),
        lambda: w.look.choose_font(w.window()),
    )
    a(
        ActionSpec(
            "view.dark",
            tr("&Dark Palette"),
            "view",
            (),
            tr("Light text on a dark ground"),
            checkable=True,
            section="zoom",
        ),
        w.look.set_dark,
    )
    declare_class_actions(reg, w.classes)
    # Go
    declare_go(reg, w.view)
    a(
        ActionSpec(
            "go.article",
            tr("&Go to Article…"),
            "go",
            ("Ctrl+G",),
            tr("Choose an article by name and read it"),
            section="article",
        ),
        lambda: _go_to_article(w),
    )
    a(
        ActionSpec(
            "go.next_pane",
            tr("Next &Pane"),
            "go",
            ("F6",),
            tr("Move the keyboard focus to the next text or panel"),
            section="panes",
        ),
        lambda: _move_focus(w, 1),
    )
    a(
        ActionSpec(
            "go.previous_pane",
            tr("Previous Pa&ne"),
            "go",
            ("Shift+F6",),
            tr("Move the keyboard focus to the text or panel before"),
            section="panes",
        ),
        lambda: _move_focus(w, -1),
    )
    declare_help(reg, w.session, w.window())


def _move_focus(w: WindowCommands, step: int) -> None:
    from PySide6.QtWidgets import QMainWindow

    from .pane_focus import move_focus  # on first use

    window = w.window()
    if isinstance(window, QMainWindow):
        move_focus(window, w.view, step)


def _if_checked(do: Callable[[str], None], value: str, on: bool) -> None:
    """A checkable choice among several acts when it becomes the checked one."""
    if on:
        do(value)


def bind_undo(reg: ActionRegistry, stack: QUndoStack) -> None:
    """Edit → Undo and Redo follow the stack: enabled when there is a step, named after it."""
    for action_id, verb, text_changed, can_changed in (
        (
            "edit.undo",
            QCoreApplication.translate("MainWindow", "Undo"),
            stack.undoTextChanged,
            stack.canUndoChanged,
        ),
        (
            "edit.redo",
            QCoreApplication.translate("MainWindow", "Redo"),
            stack.redoTextChanged,
            stack.canRedoChanged,
        ),
    ):
        action = reg[action_id]
        text_changed.connect(partial(_name_step, action, verb))
        can_changed.connect(action.setEnabled)
        action.setEnabled(False)


def _name_step(action: QAction, verb: str, text: str) -> None:
    action.setText(f"&{verb} {text}".rstrip())


def restore_checked(reg: ActionRegistry, settings: Settings) -> None:
    """At start: the toggles show the remembered view (the palette without acting)."""
    show_palette_checks(reg, settings)
    reg["view.concordance"].setChecked(True)
    mode = settings.get("view_mode")
    reg[f"view.mode.{mode if mode in MODES else 'side'}"].setChecked(True)
    if settings.get("only_changed"):
        reg["view.only_changed"].setChecked(True)


def _preferences(w: WindowCommands) -> None:
    from ..dialogs.preferences import PreferencesDialog  # on first use

    if PreferencesDialog(w.settings, w.window()).exec():
        w.session.set_review_threshold(float(w.settings.get("review_below")))


def _go_to_article(w: WindowCommands) -> None:
    """Ctrl+G: the article chosen comes to the top of the current view."""
    from ..dialogs.go_to_article import ask_article  # on first use

    cmp = w.view.cmp
    if cmp is None:
        return
    chosen = ask_article(cmp, w.position.current_row(), w.window())
    if chosen is not None:
        from ..dialogs.go_to_article import Clause
        from .article_wait import go_or_wait  # on first use

        row = chosen.row if isinstance(chosen, Clause) else chosen
        go_or_wait(w.view, w.message_bar, row)
        if isinstance(chosen, Clause):  # "3.2": that clause on top, in its article
            w.view.navigator.show_offset(chosen.side, chosen.offset)
        w.position.hold(row)  # the article chosen is the current row, not the one at the top
        # The reader reads on from it: Next Article and Next Change start there, and the
        # arrow keys and Page Down go on from it (the focus had gone back to where it was
        # before, and the text cursor stayed where the reader last clicked).
        w.view.navigator.cursor_to_top()
        w.view.primary().setFocus(Qt.FocusReason.OtherFocusReason)


def show_palette_checks(reg: ActionRegistry, settings: Settings) -> None:
    """Dark Palette and High Contrast ticked as chosen, without acting. Dark Palette
    follows the dark choice, not the colours on screen: under High Contrast those are
    not dark, and a window started so had it unticked, then dark once High Contrast
    was turned off, with a first click on it only adding the tick."""
    for action_id, key in (("view.dark", "dark"), ("view.high_contrast", "high_contrast")):
        action = reg[action_id]
        blocked = action.blockSignals(True)
        action.setChecked(bool(settings.get(key)))
        action.blockSignals(blocked)
