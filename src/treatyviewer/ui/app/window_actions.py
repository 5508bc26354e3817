"""The window's commands, declared once. Menus, toolbar and the shortcut test read them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ..common.actions import ActionRegistry, ActionSpec
from .file_actions import declare_encoding_menus, declare_export
from .reading_actions import declare_dock_toggles, declare_note_actions, declare_session_files

if TYPE_CHECKING:
    from .main_window import MainWindow

Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def declare(w: MainWindow) -> ActionRegistry:
    reg = ActionRegistry(w)
    a = reg.add
    v = w.view
    # File
    a(
        ActionSpec(
            "file.open",
            tr("&Open Two Texts…"),
            "file",
            ("Ctrl+Shift+O",),
            tr("Open an older and a newer text"),
            toolbar=True,
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
        ),
        w.open_bundled,
    )
    a(
        ActionSpec("file.reload", tr("&Reload"), "file", ("F5",), tr("Read both files again")),
        w.session.reload,
    )
    declare_encoding_menus(reg, w)
    declare_session_files(a, w)
    declare_export(reg, w)
    a(ActionSpec("file.quit", tr("&Quit"), "file", (Std.Quit,), section="quit"), w.close)
    # Edit
    a(
        ActionSpec("edit.undo", tr("&Undo"), "edit", (Std.Undo,), tr("Undo the last correction")),
        w.undo_stack.undo,
    )
    a(
        ActionSpec("edit.redo", tr("&Redo"), "edit", (Std.Redo,), tr("Redo the correction")),
        w.undo_stack.redo,
    )
    a(
        ActionSpec(
            "edit.find",
            tr("&Find…"),
            "edit",
            (Std.Find,),
            tr("Find in both texts"),
            toolbar=True,
            section="find",
        ),
        w.find_bar.open,
    )
    a(
        ActionSpec("edit.find_next", tr("Find &Next"), "edit", (Std.FindNext,), section="find"),
        lambda: w.find_bar.step(1),
    )
    a(
        ActionSpec(
            "edit.find_prev", tr("Find Pre&vious"), "edit", (Std.FindPrevious,), section="find"
        ),
        lambda: w.find_bar.step(-1),
    )
    declare_note_actions(a, w)
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
                section="mode",
            ),
            lambda on, m=mode: on and w.set_mode(m),
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
            tr("Show Only &Changed Articles"),
            "view",
            ("Ctrl+Shift+H",),
            tr("Hide articles that did not change"),
            checkable=True,
            toolbar=True,
            section="mode",
        ),
        w.set_only_changed,
    )
    a(
        ActionSpec(
            "view.concordance",
            tr("C&oncordance"),
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
            tr("O&utline"),
            "view",
            ("Shift+F9",),
            tr("Show or hide the outline of sections and points"),
            checkable=True,
            section="docks",
        ),
        w.outline.setVisible,
    )
    declare_dock_toggles(a, w)
    for name, text, tip in (
        ("ignore_case", tr("Ignore &Case"), tr("Treat Kars and KARS alike")),
        ("ignore_punctuation", tr("Ignore &Punctuation"), tr("Ignore commas, stops, quotes")),
        ("ignore_whitespace", tr("Ignore &Whitespace"), tr("Ignore spacing and line breaks")),
        ("ignore_numbering", tr("Ignore &Numbering"), tr("Treat 4 and IV alike")),
    ):
        a(
            ActionSpec(f"view.{name}", text, "view", (), tip, checkable=True, section="ignore"),
            lambda on, n=name: w.set_option(n, on),
        )
    a(
        ActionSpec("view.zoom_in", tr("Zoom &In"), "view", (Std.ZoomIn,), section="zoom"),
        lambda: w.zoom(1),
    )
    a(
        ActionSpec("view.zoom_out", tr("Zoom &Out"), "view", (Std.ZoomOut,), section="zoom"),
        lambda: w.zoom(-1),
    )
    a(
        ActionSpec("view.zoom_reset", tr("&Reset Zoom"), "view", ("Ctrl+0",), section="zoom"),
        lambda: w.zoom(0),
    )
    a(
        ActionSpec(
            "view.font",
            tr("Text &Font…"),
            "view",
            (),
            tr("Choose the font of the texts"),
            section="zoom",
        ),
        w.choose_font,
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
        w.set_dark,
    )
    # Go
    a(
        ActionSpec("go.next_change", tr("&Next Change"), "go", ("F7", "Alt+Down"), toolbar=True),
        lambda: w.view.next_change(1),
    )
    a(
        ActionSpec(
            "go.prev_change", tr("&Previous Change"), "go", ("Shift+F7", "Alt+Up"), toolbar=True
        ),
        lambda: w.view.next_change(-1),
    )
    a(
        ActionSpec("go.next_article", tr("Next &Article"), "go", ("Ctrl+Down",), section="article"),
        lambda: v.next_article(1),
    )
    a(
        ActionSpec(
            "go.prev_article", tr("Previous A&rticle"), "go", ("Ctrl+Up",), section="article"
        ),
        lambda: v.next_article(-1),
    )
    # Help
    a(
        ActionSpec(
            "help.guide",
            tr("&User Guide"),
            "help",
            ("F1",),
            tr("How to read, correct and annotate a comparison; all shortcuts"),
            section="guide",
        ),
        w.user_guide,
    )
    a(
        ActionSpec(
            "help.texts", tr("About These &Texts"), "help", (), tr("Where the texts come from")
        ),
        w.about_texts,
    )
    a(ActionSpec("help.about", tr("&About treatyviewer"), "help", ()), w.about)
    return reg
