"""The menu bar and the main toolbar, filled from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
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
        self.names = ToolbarNames(self.toolbar, actions)
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


class ToolbarNames(QObject):
    """The toolbar's buttons named in full ("Next Change", "Open the Bundled Pair")
    whenever the window is wide enough for all of them, and by their short names
    ("Next", "Bundled Pair") only when the row would not fit otherwise."""

    def __init__(self, toolbar: QToolBar, actions: ActionRegistry) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.short = {
            a: actions.specs[a.objectName()].toolbar_text
            for a in toolbar.actions()
            if a.objectName() in actions.specs and actions.specs[a.objectName()].toolbar_text
        }
        """Each button that has a short name, and that name."""
        self.full_shown = False
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Full names when the row holds them, short ones otherwise."""
        room = self.toolbar.contentsRect().width()
        want = room >= self.width_with_full_names()
        if want != self.full_shown:
            self.full_shown = want
            for action, short in self.short.items():
                action.setIconText("" if want else short)  # "": Qt names it by its text

    def width_with_full_names(self) -> int:
        """The row's width were every button named in full: its width now, plus what
        each full name adds to the shown one."""
        layout = self.toolbar.layout()
        now = layout.sizeHint().width() if layout is not None else 0
        if self.full_shown:
            return now
        extra = 0
        for action, short in self.short.items():
            button = self.toolbar.widgetForAction(action)
            metrics = (button or self.toolbar).fontMetrics()
            extra += metrics.horizontalAdvance(full_name(action)) - metrics.horizontalAdvance(short)
        return now + extra


def full_name(action: QAction) -> str:
    """The name a toolbar button shows when given none of its own: the menu's, without
    its mnemonic or trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")
