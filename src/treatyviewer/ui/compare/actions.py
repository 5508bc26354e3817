"""The reading surface's own commands, declared into the window's registry: Find in the
texts (Edit menu) and moving through changes and articles (Go menu). The window calls
these where they belong in its menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ..common.actions import ActionRegistry, ActionSpec

if TYPE_CHECKING:
    from .comparison_view import ComparisonView
    from .find import FindBar

Std = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def declare_copy(reg: ActionRegistry, view: ComparisonView) -> None:
    reg.add(
        ActionSpec(
            "edit.copy",
            tr("&Copy"),
            "edit",
            (Std.Copy,),
            tr(
                "Copy the selected text; from the inline redline, the newer text's wording"
                " (deleted words left out)"
            ),
            section="copy",
        ),
        lambda: view.copy_selection("new"),
    )
    reg.add(
        ActionSpec(
            "edit.copy_old",
            tr("Copy &Older Wording"),
            "edit",
            ("Ctrl+Shift+C",),
            tr(
                "Copy the selected text of the inline redline as the older text has it"
                " (inserted words left out)"
            ),
            section="copy",
        ),
        lambda: view.copy_selection("old"),
    )


def declare_find(reg: ActionRegistry, find_bar: FindBar) -> None:
    a = reg.add
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
        find_bar.open,
    )
    a(
        # F3 alone: Ctrl+G, which FindNext adds on some systems, is Go to Article.
        ActionSpec("edit.find_next", tr("Find &Next"), "edit", ("F3",), section="find"),
        lambda: find_bar.step_or_open(1),
    )
    a(
        ActionSpec("edit.find_prev", tr("Find Pre&vious"), "edit", ("Shift+F3",), section="find"),
        lambda: find_bar.step_or_open(-1),
    )


def declare_go(reg: ActionRegistry, view: ComparisonView) -> None:
    a = reg.add
    a(
        ActionSpec(
            "go.next_change",
            tr("&Next Change"),
            "go",
            ("F7", "Alt+Down"),
            toolbar=True,
            toolbar_text=tr("Next"),
        ),
        lambda: view.next_change(1),
    )
    a(
        ActionSpec(
            "go.prev_change",
            tr("&Previous Change"),
            "go",
            ("Shift+F7", "Alt+Up"),
            toolbar=True,
            toolbar_text=tr("Previous"),
        ),
        lambda: view.next_change(-1),
    )
    a(
        ActionSpec("go.next_article", tr("Next &Article"), "go", ("Ctrl+Down",), section="article"),
        lambda: view.next_article(1),
    )
    a(
        ActionSpec(
            "go.prev_article", tr("Previous A&rticle"), "go", ("Ctrl+Up",), section="article"
        ),
        lambda: view.next_article(-1),
    )
