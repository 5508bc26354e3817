"""File → Export and File → Reopen with encoding, declared once into the registry.

``window_actions.declare`` calls these where they belong in the File menu.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..common.actions import ActionRegistry, ActionSpec

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

EXPORT_MENU = "file.export"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def declare_encoding_menus(reg: ActionRegistry, encoding_menus: dict[str, QMenu]) -> None:
    """One "Reopen … with Encoding" submenu per side (also on the pane titles)."""
    for side, text, tip in (
        (
            "old",
            tr("Reopen Older &Text with Encoding"),
            tr("Read the older text again in another encoding, if it looks garbled"),
        ),
        (
            "new",
            tr("Reopen Ne&wer Text with Encoding"),
            tr("Read the newer text again in another encoding, if it looks garbled"),
        ),
    ):
        menu = encoding_menus[side]
        reg.add_menu(ActionSpec(f"file.encoding.{side}", text, "file", tooltip=tip), menu)


def declare_export(reg: ActionRegistry, ask: Callable[[str], None], parent: QWidget) -> None:
    """File → Export → PDF, HTML, CSV, JSON, TEI; the submenu is filled from the registry."""
    for kind, text, keys, tip in (
        (
            "pdf",
            tr("Export &PDF…"),
            ("Ctrl+E",),
            tr("A printable PDF of the comparison with the notes as comments"),
        ),
        (
            "html",
            tr("Export &HTML…"),
            (),
            tr("A self-contained web page of the comparison with the notes"),
        ),
        (
            "csv",
            tr("Export &CSV…"),
            (),
            tr("The concordance of articles as a spreadsheet table"),
        ),
        (
            "json",
            tr("Export &JSON…"),
            (),
            tr("The comparison as JSON, for scripts"),
        ),
        (
            "tei",
            tr("Export &TEI…"),
            (),
            tr("The two texts as a TEI critical apparatus with the notes, for editions"),
        ),
    ):
        reg.add(
            ActionSpec(f"file.export.{kind}", text, EXPORT_MENU, keys, tip),
            partial(_ask, ask, kind),
        )
    menu = QMenu(parent)
    menu.setObjectName("export-menu")
    for _section, action in reg.in_menu(EXPORT_MENU):
        menu.addAction(action)
    reg.add_menu(
        ActionSpec(
            EXPORT_MENU,
            tr("&Export"),
            "file",
            tooltip=tr("Write the comparison as PDF, HTML, CSV, JSON or TEI"),
            section="export",
        ),
        menu,
    )


def _ask(ask: Callable[[str], None], kind: str, _checked: bool = False) -> None:
    ask(kind)
