"""Every command of the window, declared once: menus, toolbar and shortcut list read this."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .translatable import QT_TRANSLATE_NOOP

MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("show", QT_TRANSLATE_NOOP("MainWindow", "&Show")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)
"""The menu bar, in order: menu id and title."""
LAST_SECTION = "quit"
"""The section that ends its menu whoever declares actions after it (File → Quit)."""


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    """Top-level menu id: file, edit, view, show, go, help (others may add their own)."""
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    tooltip: str = ""
    checkable: bool = False
    toolbar: bool = False
    toolbar_text: str = ""
    """A shorter name for the toolbar button ("Open…"), shown only when the window has no
    room for the full names (``window_menus.ToolbarNames``); the menu keeps ``text``,
    the tooltip says what it does: the toolbar fits a 1024-pixel window in every language."""
    section: str = ""
    """Actions in the same menu are grouped by section, separated by lines."""


class ActionRegistry(QObject):
    """Holds QActions by id. Add specs, connect handlers, then build menus and toolbar."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}

    def add(self, spec: ActionSpec, handler: Callable[..., object] | None = None) -> QAction:
        if spec.id in self.specs:
            raise ValueError(f"action {spec.id!r} declared twice")
        action = QAction(spec.text, self.parent())
        action.setObjectName(spec.id)
        _dress(action, spec)
        if spec.toolbar_text:
            action.setIconText(spec.toolbar_text)
        action.setCheckable(spec.checkable)
        if handler is not None:
            signal = action.toggled if spec.checkable else action.triggered
            signal.connect(handler)
        self.specs[spec.id] = spec
        self.actions[spec.id] = action
        return action

    def add_menu(self, spec: ActionSpec, menu: QMenu) -> QAction:
        """Register a submenu (e.g. View → Language); menus place it like an action."""
        action = self.add_action(spec, menu.menuAction())
        action.setText(spec.text)
        menu.setTitle(spec.text)
        action.setStatusTip(spec.tooltip)
        return action

    def add_action(self, spec: ActionSpec, action: QAction) -> QAction:
        """Register an action Qt made (a dock's show/hide toggle) under ``spec``."""
        if spec.id in self.specs:
            raise ValueError(f"action {spec.id!r} declared twice")
        action.setObjectName(spec.id)
        if spec.shortcuts:
            _dress(action, spec)
        self.specs[spec.id] = spec
        self.actions[spec.id] = action
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def in_menu(self, menu: str) -> list[tuple[str, QAction]]:
        """(section, action) in menu order: each section together, where it first
        appeared, so actions declared later (by a room) join their section; the
        "quit" section always last."""
        items = [(s.section, self.actions[i]) for i, s in self.specs.items() if s.menu == menu]
        first: dict[str, int] = {}
        for n, (section, _action) in enumerate(items):
            first.setdefault(section, n)
        return sorted(items, key=lambda item: (item[0] == LAST_SECTION, first[item[0]]))

    def toolbar_actions(self) -> list[QAction]:
        return [self.actions[i] for i, s in self.specs.items() if s.toolbar]

    def shortcut_table(self) -> Iterable[tuple[str, str]]:
        for action in self.actions.values():
            for key in action.shortcuts():
                yield key.toString(QKeySequence.SequenceFormat.PortableText), action.objectName()


def _dress(action: QAction, spec: ActionSpec) -> None:
    """The spec's shortcuts on ``action``, and a tooltip that names the first of them."""
    keys: list[QKeySequence] = []
    for key in spec.shortcuts:
        found = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        keys.extend(k for k in found if k not in keys)  # a key bound once
    action.setShortcuts(keys)
    tip = spec.tooltip or spec.text.replace("&", "").rstrip("…")
    if keys:
        tip += f" ({_key_names(keys[0], spec)})"
    action.setToolTip(tip)
    action.setStatusTip(spec.tooltip)


def _key_names(first: QKeySequence, spec: ActionSpec) -> str:
    """The first key, then those the spec adds to a standard key by name ("Ctrl+Shift+Z,
    Ctrl+Y" for Redo under X11): a second key named nowhere is not found."""
    portable = QKeySequence.SequenceFormat.PortableText
    names = [first.toString(portable)]
    if any(isinstance(key, QKeySequence.StandardKey) for key in spec.shortcuts):
        for key in spec.shortcuts:
            if isinstance(key, str) and QKeySequence(key).toString(portable) not in names:
                names.append(QKeySequence(key).toString(portable))
    return ", ".join(names)
