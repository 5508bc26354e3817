"""Ctrl+Y in a field being typed in redoes the typing there.

Redo answers Ctrl+Y too (on X11 the platform's Redo is Ctrl+Shift+Z alone). A text
field takes the platform's own Redo key for its typing; Ctrl+Y went past it to the
window's Redo, which redid a correction undone before while the reader wrote a note.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

TypingField = QLineEdit | QPlainTextEdit | QTextEdit


def _typed_in(widget: QObject) -> TypingField | None:
    """The field, when ``widget`` is one the reader types in with its own undo."""
    if isinstance(widget, QLineEdit):
        return widget if not widget.isReadOnly() else None
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        typed = not widget.isReadOnly() and widget.isUndoRedoEnabled()
        return widget if typed else None
    return None


def _is_ctrl_y(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() == Qt.Key.Key_Y
        and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )


class TypingRedo(QObject):
    """Installed on the application: Ctrl+Y in an editable field is the field's Redo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not _is_ctrl_y(event):
            return False
        field = _typed_in(watched)
        if field is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the field, not to the window's Redo
        else:
            field.redo()
        return True
