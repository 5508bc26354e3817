"""Undo commands for the reader's notes: one command per change to the store.

Commands hold whole ``Annotation`` values (frozen dataclasses), so undo puts
back exactly the object that was there, not a re-derived copy. They call the
store's private primitives, which emit ``changed``; widgets update from that
signal, never from the commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ...core.annotations import Annotation


class NoteStore(Protocol):
    """The store's primitives the commands call (``annotation_store.AnnotationStore``)."""

    def _insert_many(self, items: Sequence[tuple[int | None, Annotation]]) -> None: ...

    def _remove_many(self, ids: Sequence[str]) -> list[int]: ...

    def _replace(self, annotation: Annotation) -> None: ...


NOTE_EDIT_ID = 0x7A6E
"""Consecutive edits of one note's text merge into one undo step."""


class AddAnnotations(QUndoCommand):
    """Add notes at the end of the session (a new note, a curated copy, an import)."""

    def __init__(self, store: NoteStore, annotations: Sequence[Annotation], text: str):
        super().__init__(text)
        self._store = store
        self._annotations = tuple(annotations)

    def redo(self) -> None:
        self._store._insert_many([(None, a) for a in self._annotations])

    def undo(self) -> None:
        self._store._remove_many([a.id for a in self._annotations])


class DeleteAnnotation(QUndoCommand):
    """Delete a note; undo puts it back at the same place in the list."""

    def __init__(self, store: NoteStore, annotation: Annotation, text: str):
        super().__init__(text)
        self._store = store
        self._annotation = annotation
        self._index: int | None = None

    def redo(self) -> None:
        self._index = self._store._remove_many([self._annotation.id])[0]

    def undo(self) -> None:
        self._store._insert_many([(self._index, self._annotation)])


class ReplaceAnnotation(QUndoCommand):
    """Swap one version of a note for another (note text, links, tags)."""

    def __init__(
        self,
        store: NoteStore,
        before: Annotation,
        after: Annotation,
        text: str,
        merge_key: int = -1,
    ):
        super().__init__(text)
        self._store = store
        self.before = before
        self.after = after
        self._merge_key = merge_key

    def id(self) -> int:
        return self._merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceAnnotation) or other.id() != self.id():
            return False
        if other.before.id != self.after.id or other.before != self.after:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._store._replace(self.after)

    def undo(self) -> None:
        self._store._replace(self.before)
