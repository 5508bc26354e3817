"""The menu bar and the main toolbar, filled from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ..common.actions import MENUS, ActionRegistry
from ..common.mnemonics import menubar_distinct


class WindowMenus:
    def __init__(self, window: QMainWindow, actions: ActionRegistry, recent: QMenu) -> None:
        self.actions = actions
        self.recent = recent
        """Recent Pairs, a submenu of File kept by its owner."""
        self.menus: dict[str, QMenu] = {}
        for menu_id, title in MENUS:
            self.menus[menu_id] = window.menuBar().addMenu(
                QCoreApplication.translate("MainWindow", title)
            )
        self.rebuild()
        menubar_distinct(window.menuBar())
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(self.toolbar)
        group = None
        for action in toolbar_order(actions.toolbar_actions()):
            if group is not None and _group(action) != group:
                self.toolbar.addSeparator()  # "Next" and "Previous" read as changes'
            group = _group(action)
            self.toolbar.addAction(action)
        self.mode_group = QActionGroup(window)
        for mode in ("side", "inline", "old", "new"):
            self.mode_group.addAction(actions[f"view.mode.{mode}"])

    def rebuild(self) -> None:
        """Fill the menus from the registry (call again after others add actions)."""
        for menu_id, menu in self.menus.items():
            menu.clear()
            section = None
            for sec, action in self.actions.in_menu(menu_id):
                if section is not None and sec != section:
                    menu.addSeparator()
                section = sec
                menu.addAction(action)
            if menu_id == "file":
                menu.insertMenu(self.actions["file.reload"], self.recent)


STEPPING = ("go.next_change", "go.prev_change")
"""The toolbar's most used buttons, set right after Find: in a narrow window (or in
Russian, whose words are longer) the last buttons go behind the overflow arrow."""


def toolbar_order(found: list[QAction]) -> list[QAction]:
    stepping = [a for key in STEPPING for a in found if a.objectName() == key]
    rest = [a for a in found if a not in stepping]
    at = next((k + 1 for k, a in enumerate(rest) if a.objectName() == "edit.find"), len(rest))
    return [*rest[:at], *stepping, *rest[at:]]


def _group(action: QAction) -> str:
    """Which of the toolbar's groups a button is in: opening, finding, stepping through
    changes, the view's mode, what is shown."""
    name = action.objectName()
    if name.startswith("view.mode."):
        return "mode"
    if name in ("view.only_changed", "show.substance_only"):
        return "shown"
    return name.split(".", 1)[0]
