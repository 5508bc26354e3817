"""View → Language and View → High Contrast: the reader's interface preferences.

Declared into the window's action registry like every other command, so the View
menu places them and the shortcut list sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ..common.actions import ActionSpec
from ..common.i18n import LANGUAGES, NATIVE_NAMES, SYSTEM, current_language, resolve

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..common.actions import ActionRegistry
    from ..state.settings import Settings
    from .message_bar import MessageBar


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Appearance:
    """What the appearance commands change: the saved preference, and the window's
    colours (``set_dark`` repaints with the current dark and contrast settings)."""

    def __init__(
        self,
        settings: Settings,
        messages: MessageBar,
        set_dark: Callable[[bool], None],
        restart: Callable[[], object],
    ) -> None:
        self.settings = settings
        self.messages = messages
        self.set_dark = set_dark
        self.restart = restart


def declare_appearance(reg: ActionRegistry, w: Appearance, parent: QWidget) -> None:
    """Add the High Contrast toggle and the Language submenu to the registry."""
    contrast = reg.add(
        ActionSpec(
            "view.high_contrast",
            tr("&High Contrast"),
            "view",
            ("Ctrl+Shift+K",),
            tr("Black on white with strong colours and bold change marks"),
            checkable=True,
            section="zoom",
        )
    )
    contrast.setChecked(bool(w.settings.get("high_contrast")))
    contrast.toggled.connect(lambda on: set_high_contrast(w, on))
    reg.add_menu(
        ActionSpec(
            "view.language",
            tr("&Language"),
            "view",
            tooltip=tr("The language of menus and messages (not of the texts)"),
            section="zoom",
        ),
        language_menu(w, parent),
    )


def language_menu(w: Appearance, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    chosen = str(w.settings.get("language") or SYSTEM)
    choices = [(code, NATIVE_NAMES[code]) for code in LANGUAGES]
    choices.append((SYSTEM, tr("&System Default")))
    for code, text in choices:
        action = QAction(text, menu)
        action.setObjectName(f"view.language.{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen or (code == SYSTEM and chosen not in LANGUAGES))
        action.triggered.connect(partial(choose_language, w, code))
        group.addAction(action)
        menu.addAction(action)
        if code == LANGUAGES[-1]:
            menu.addSeparator()
    return menu


LANGUAGE_TAG = "language chosen"
"""One notice of a language chosen at a time: the last choice replaces the one before."""


def choose_language(w: Appearance, code: str, _checked: bool = False) -> None:
    """Remember the choice; it applies at the next start (menus are built once)."""
    w.settings.set("language", code)
    if resolve(code) == current_language():
        return
    w.messages.show_message(
        tr("Language chosen: {0}. It applies the next time treatyviewer starts.").format(
            NATIVE_NAMES[resolve(code)]
        ),
        "info",
        [(tr("Restart Now"), w.restart)],
        tag=LANGUAGE_TAG,
        replace=True,
    )


def set_high_contrast(w: Appearance, on: bool) -> None:
    w.settings.set("high_contrast", on)
    w.set_dark(bool(w.settings.get("dark")))
