"""Reader corrections of the alignment as undoable commands on the session's overrides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.align import Overrides
from ...core.document import Document
from ..common.names import label_names
from .session import ComparisonSession


def tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def names(labels: tuple[str, ...] | list[str], doc: Document | None = None) -> str:
    """The articles as the texts name them ("Section 23", not "Art. 23")."""
    return label_names(labels, doc)


class OverridesCommand(QUndoCommand):
    """Replace the session's overrides; undo restores the previous ones."""

    def __init__(self, session: ComparisonSession, after: Overrides, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = session.overrides
        self.after = after
        self.then: Callable[[], object] = lambda: None
        """Called before each redo and undo sets the overrides (the window keeps the
        reader's place in the comparison made again)."""
        self.elsewhere: Callable[[Overrides], bool] = lambda _overrides: False
        """Given the overrides a redo or undo sets: True when they belong to texts no
        longer on show (another step of a chain), which it has brought back with them."""

    def redo(self) -> None:
        self.then()
        self._set(self.after)

    def undo(self) -> None:
        self.then()
        self._set(self.before)

    def _set(self, overrides: Overrides) -> None:
        if not self.elsewhere(overrides):
            self.session.set_overrides(overrides)


def link_command(
    session: ComparisonSession, old: tuple[str, ...], new: tuple[str, ...], verb: str = ""
) -> OverridesCommand:
    verb = verb or tr("Link")
    after = session.overrides.with_link(old, new)
    text = tr("{0} {1} ↔ {2}").format(verb, names(old, session.old), names(new, session.new))
    return OverridesCommand(session, after, text)


def unlink_command(
    session: ComparisonSession, old: tuple[str, ...], new: tuple[str, ...]
) -> OverridesCommand:
    after = session.overrides.with_unlink(old, new)
    text = tr("Unlink {0} ↔ {1}").format(names(old, session.old), names(new, session.new))
    return OverridesCommand(session, after, text)
