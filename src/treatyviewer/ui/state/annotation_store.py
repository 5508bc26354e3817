"""The session's notes, plus the bundled editors' notes, with their anchoring.

The reader's own notes are an ordered list of core ``Annotation`` values; every
change is a ``QUndoCommand`` on the window's one ``QUndoStack``, so "Undo link
note to Kars" sits beside "Undo link Art. 4 ↔ Art. IX" and the stack's clean
state says whether the session needs saving. Curated notes are read-only; a
reader who wants to change one copies it into the session first. Anchoring is
recomputed whenever the compared texts change, and a note that can no longer
be placed stays in the list as an orphan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...core.anchoring import Anchoring, retarget
from ...core.annotations import (
    Annotation,
    Creator,
    PairRef,
    Target,
    annotate_selection,
    new_id,
)
from ...core.annotations import target_from_selection as _target
from ...core.comparison import Comparison
from ...core.document import Document
from ...core.entities import Gazetteer
from ...core.session_storage import utc_now
from .annotation_commands import NOTE_EDIT_ID, AddAnnotations, DeleteAnnotation, ReplaceAnnotation
from .annotation_places import Entry, Origin, Side, anchor, describe, document_of, make_entry
from .annotation_transfer import ImportReport, export_annotations, read_annotations
from .session import ComparisonSession


class AnnotationStore(QObject):
    changed = Signal()
    """The notes or their anchoring changed; views re-read ``entries()``."""
    deleted = Signal(str)
    """A note was deleted (by the reader, undoably): where it was, for a notice."""

    def __init__(
        self,
        session: ComparisonSession,
        undo_stack: QUndoStack,
        gazetteer: Gazetteer | None = None,
        *,
        curated: Iterable[Annotation] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if curated is None:
            from ...annotation_report import curated_annotations

            curated = curated_annotations()
        self.session = session
        self.undo_stack = undo_stack
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
        self._curated: tuple[Annotation, ...] = tuple(curated)
        self._mine: list[Annotation] = []
        self._docs: tuple[Document | None, Document | None] = (None, None)
        self._anchors: dict[Annotation, tuple[Anchoring, ...]] = {}
        self._entries: list[Entry] | None = None
        self.signer: Callable[[], str] = lambda: ""
        """The name the reader set to sign their notes ('' when none is set): a new note
        records it as its creator, so every report of it names who wrote it."""
        session.changed.connect(self.refresh)
        self.refresh()

    # -- reading ----------------------------------------------------------------
    def annotations(self) -> list[Annotation]:
        """The reader's own notes, in the order they were made (what a project saves)."""
        return list(self._mine)

    def curated(self) -> tuple[Annotation, ...]:
        return self._curated

    def entries(self) -> list[Entry]:
        """Every note shown: the reader's first, then curated notes about the open texts."""
        if self._entries is None:
            old, new = self._docs
            mine = [self._entry(a, "mine") for a in self._mine]
            curated = [
                self._entry(a, "curated")
                for a in self._curated
                if any(document_of(t, old, new) for t in a.targets)
            ]
            self._entries = mine + curated
        return list(self._entries)

    def entry(self, annotation_id: str) -> Entry | None:
        return next((e for e in self.entries() if e.id == annotation_id), None)

    def orphans(self) -> list[Entry]:
        return [e for e in self.entries() if e.status == "orphan"]

    def tags(self) -> list[str]:
        """Every tag in use, sorted, for filters and completion."""
        return sorted({t for e in self.entries() for t in e.annotation.tags}, key=str.casefold)

    def spans(self, side: Side, origin: Origin | None = None) -> list[tuple[int, int]]:
        """Placed note passages in one text (of one origin, or all), for the panes."""
        return [
            (start, end)
            for e in self.entries()
            for s, start, end in ([e.place] if e.place else [])
            if s == side and end > start and origin in (None, e.origin)
        ]

    def annotations_for_saving(self) -> list[Annotation]:
        """The reader's notes with moved passages re-recorded where they now lie,
        so the next open finds them at once; orphans are saved as they were."""
        old, new = self._docs
        out = []
        for annotation in self._mine:
            anchorings = self._anchoring(annotation)
            targets = []
            for target, anchoring in zip(annotation.targets, anchorings, strict=False):
                side = document_of(target, old, new)
                doc = old if side == "old" else new if side == "new" else None
                targets.append(retarget(target, anchoring, doc) if doc else target)
            out.append(replace(annotation, targets=tuple(targets)))
        return out

    # -- anchoring ----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-anchor every note if the compared texts are not the ones last seen."""
        docs = (self.session.old, self.session.new)
        if docs[0] is self._docs[0] and docs[1] is self._docs[1]:
            return
        self._docs = docs
        self._anchors.clear()
        self._entries = None
        self.changed.emit()

    def _anchoring(self, annotation: Annotation) -> tuple[Anchoring, ...]:
        found = self._anchors.get(annotation)
        if found is None:
            found = anchor(annotation, *self._docs)
            self._anchors[annotation] = found
        return found

    def _entry(self, annotation: Annotation, origin: Origin) -> Entry:
        old, new = self._docs
        return make_entry(annotation, origin, self._anchoring(annotation), old, new)

    # -- creating -------------------------------------------------------------------
    def create_from_selection(
        self,
        side: Side,
        start: int,
        end: int,
        note: str = "",
        *,
        tags: Iterable[str] = (),
        entity_ids: Iterable[str] = (),
    ) -> str:
        """A new note on ``[start, end)`` of one text; returns its id.

        Raises ValueError when that text is not open or the range is empty.
        """
        doc = self._doc(side)
        annotation = annotate_selection(doc, start, end, note, tags=tags, entity_ids=entity_ids)
        self._push_add(annotation)
        return annotation.id

    def create_for_pair(self, pair_index: int, note: str = "") -> str:
        """A note on a whole aligned pair (Art. 4 ↔ Art. V), kept while both labels exist."""
        comparison = self._comparison()
        pair = comparison.pairs[pair_index]
        ref = PairRef(
            tuple(comparison.old.segments[i].label for i in pair.old),
            tuple(comparison.new.segments[j].label for j in pair.new),
        )
        target = Target("", segment=(ref.new or ref.old)[0], pair=ref)
        return self._add_new((target,), note)

    def create_for_change(self, pair_index: int, change_index: int, note: str = "") -> str:
        """A note on one word change of a pair: the old and/or new wording, quoted."""
        comparison = self._comparison()
        pair = comparison.pairs[pair_index]
        change = pair.changes[change_index]
        ref = PairRef(
            tuple(comparison.old.segments[i].label for i in pair.old),
            tuple(comparison.new.segments[j].label for j in pair.new),
        )
        targets = []
        for doc, start, end in (
            (comparison.old, change.old_start, change.old_end),
            (comparison.new, change.new_start, change.new_end),
        ):
            if end > start:
                targets.append(replace(_target(doc, start, end), pair=ref, change=change.op))
        return self._add_new(tuple(targets), note)

    def copy_curated(self, annotation_id: str) -> str:
        """An editable copy of a curated note, in the session; returns the copy's id."""
        original = next(a for a in self._curated if a.id == annotation_id)
        copy = replace(
            original,
            id=new_id(),
            creator=None,
            created=utc_now(),
            modified=None,
        )
        text = self.tr("Copy curated note on {0}").format(self._describe(original))
        self.undo_stack.push(AddAnnotations(self, [copy], text))
        return copy.id

    def _add_new(self, targets: tuple[Target, ...], note: str) -> str:
        annotation = Annotation(new_id(), targets, note=note, created=utc_now())
        self._push_add(annotation)
        return annotation.id

    def _push_add(self, annotation: Annotation) -> None:
        name = self.signer().strip()
        if name and annotation.creator is None:
            annotation = replace(annotation, creator=Creator(name))
        text = self.tr("Add note on {0}").format(self._describe(annotation))
        self.undo_stack.push(AddAnnotations(self, [annotation], text))

    # -- editing --------------------------------------------------------------------
    def set_note(self, annotation_id: str, note: str) -> None:
        before = self._mine_by_id(annotation_id)
        if before.note == note:
            return
        text = self.tr("Edit note on {0}").format(self._describe(before))
        self._push_replace(before, replace(before, note=note), text, NOTE_EDIT_ID)

    def link_entity(self, annotation_id: str, entity_id: str) -> None:
        before = self._mine_by_id(annotation_id)
        if entity_id in before.entity_ids:
            return
        after = replace(before, entity_ids=(*before.entity_ids, entity_id))
        text = self.tr("Link note to {0}").format(self._entity_label(entity_id))
        self._push_replace(before, after, text)

    def unlink_entity(self, annotation_id: str, entity_id: str) -> None:
        before = self._mine_by_id(annotation_id)
        if entity_id not in before.entity_ids:
            return
        after = replace(
            before,
            entity_ids=tuple(e for e in before.entity_ids if e != entity_id),
            entity_uris=tuple(u for u in before.entity_uris if u[0] != entity_id),
        )
        text = self.tr("Unlink note from {0}").format(self._entity_label(entity_id))
        self._push_replace(before, after, text)

    def add_tag(self, annotation_id: str, tag: str) -> None:
        before = self._mine_by_id(annotation_id)
        tag = " ".join(tag.split())
        if not tag or tag in before.tags:
            return
        after = replace(before, tags=(*before.tags, tag))
        self._push_replace(before, after, self.tr("Add tag “{0}”").format(tag))

    def remove_tag(self, annotation_id: str, tag: str) -> None:
        before = self._mine_by_id(annotation_id)
        if tag not in before.tags:
            return
        after = replace(before, tags=tuple(t for t in before.tags if t != tag))
        self._push_replace(before, after, self.tr("Remove tag “{0}”").format(tag))

    def delete(self, annotation_id: str) -> None:
        annotation = self._mine_by_id(annotation_id)
        where = self._describe(annotation)
        text = self.tr("Delete note on {0}").format(where)
        self.undo_stack.push(DeleteAnnotation(self, annotation, text))
        self.deleted.emit(where)

    def _push_replace(
        self, before: Annotation, after: Annotation, text: str, merge_key: int = -1
    ) -> None:
        after = replace(after, modified=utc_now())
        self.undo_stack.push(ReplaceAnnotation(self, before, after, text, merge_key))

    # -- whole collections ----------------------------------------------------------
    def replace_all(self, annotations: Sequence[Annotation]) -> None:
        """Start over with these notes (opening or recovering a session); not undoable,
        the caller clears the undo stack."""
        if not annotations and not self._mine:
            return  # none before, none now (a new session): the views show the same notes
        self._mine = list(annotations)
        self._entries = None
        self.changed.emit()

    def import_jsonld(self, path: str | Path) -> ImportReport:
        """Add the notes of a W3C JSON-LD file as one undo step.

        Notes whose id is already here are skipped; malformed items are reported
        (naming the file) and the rest still come in. Raises InputError when the
        file cannot be read at all.
        """
        known = {a.id for a in self._mine} | {a.id for a in self._curated}
        found, problems = read_annotations(path)
        fresh: list[Annotation] = []
        for annotation in found:
            if annotation.id not in known:
                fresh.append(annotation)
                known.add(annotation.id)
        if fresh:
            text = self.tr("Import %n note(s)", "", len(fresh))
            self.undo_stack.push(AddAnnotations(self, fresh, text))
        return ImportReport(len(fresh), len(found) - len(fresh), tuple(problems))

    def signed(self, reader: str) -> list[Annotation]:
        """The reader's notes, those that name no author signed ``reader``: a note
        written before a name was set in Preferences went out unsigned from Export
        Notes and the chain's report, while the pair's report signed it."""
        from ...io.reader_name import signed

        return signed(self._mine, reader)

    def export_jsonld(
        self, path: str | Path, *, include_curated: bool = False, reader: str = ""
    ) -> int:
        """Write the reader's notes (optionally the curated ones too) atomically as an
        AnnotationCollection, unsigned ones signed ``reader``; returns how many. Raises
        SaveError."""
        items = self.signed(reader) + (list(self._curated) if include_curated else [])
        export_annotations(path, items, self.gazetteer)
        return len(items)

    # -- primitives for the undo commands -------------------------------------------
    def _insert_many(self, items: Sequence[tuple[int | None, Annotation]]) -> None:
        for index, annotation in items:
            self._mine.insert(len(self._mine) if index is None else index, annotation)
        self._entries = None
        self.changed.emit()

    def _remove_many(self, ids: Sequence[str]) -> list[int]:
        indices = []
        for annotation_id in ids:
            index = next(i for i, a in enumerate(self._mine) if a.id == annotation_id)
            del self._mine[index]
            indices.append(index)
        self._entries = None
        self.changed.emit()
        return indices

    def _replace(self, annotation: Annotation) -> None:
        index = next(i for i, a in enumerate(self._mine) if a.id == annotation.id)
        self._mine[index] = annotation
        self._entries = None
        self.changed.emit()

    # -- helpers --------------------------------------------------------------------
    def _mine_by_id(self, annotation_id: str) -> Annotation:
        for annotation in self._mine:
            if annotation.id == annotation_id:
                return annotation
        raise KeyError(f"no editable note {annotation_id}")

    def _doc(self, side: Side) -> Document:
        doc = self.session.old if side == "old" else self.session.new
        if doc is None:
            raise ValueError(f"the {side} text is not open")
        return doc

    def _comparison(self) -> Comparison:
        if self.session.comparison is None:
            raise ValueError("no comparison is open")
        return self.session.comparison

    def _describe(self, annotation: Annotation) -> str:
        return describe(annotation, *self._docs)

    def _entity_label(self, entity_id: str) -> str:
        entity = self.gazetteer.get(entity_id)
        return entity.label if entity is not None else entity_id
