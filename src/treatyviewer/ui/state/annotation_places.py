"""Where a note lies in the two open texts: side, offsets, article name.

Pure functions over core objects (no widgets), shared by the store, the table
model and the command texts, so "Art. IV" is spelt the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ...core.anchoring import Anchoring, anchor_annotation, annotation_status
from ...core.annotations import Annotation, Target
from ...core.document import Document
from ..common.names import label_name

Side = Literal["old", "new"]
Origin = Literal["curated", "mine"]


@dataclass(frozen=True)
class Entry:
    """A note as the panels show it: the annotation, where it came from, where it lies now."""

    annotation: Annotation
    origin: Origin
    status: str
    """``anchored``, ``moved`` or ``orphan`` (the worst over the note's targets), or
    ``elsewhere``: every passage it marks is in a text not open beside the other (a
    note on the Treaty of Kars while a chain shows the draft and Moscow)."""
    anchorings: tuple[Anchoring, ...]
    side: Side | None
    """The text the first target points into; None when it names neither."""
    place: tuple[Side, int, int] | None
    """Where "go to" jumps: side and absolute offsets; None for an orphan."""
    segment: str | None
    place_name: str

    @property
    def id(self) -> str:
        return self.annotation.id

    @property
    def editable(self) -> bool:
        return self.origin == "mine"


def document_of(target: Target, old: Document | None, new: Document | None) -> Side | None:
    """Which open text a target names: by source, then by file name (as core does)."""
    pairs: tuple[tuple[Side, Document | None], ...] = (("old", old), ("new", new))
    docs = [(side, doc) for side, doc in pairs if doc is not None]
    if not target.source:
        return None
    for side, doc in docs:
        if doc.source == target.source:
            return side
    name = Path(target.source).name
    matches = [side for side, doc in docs if doc.source and Path(doc.source).name == name]
    return matches[0] if len(matches) == 1 else None


def segment_name(doc: Document | None, label: str | None) -> str:
    """ "Art. IV", "Preamble", "Annex A": the article's name as a reader says it."""
    if label is None:
        return ""
    return label_name(label, doc)


def target_name(target: Target, old: Document | None, new: Document | None) -> str:
    """The place a target names, from its recorded labels (stable even for orphans)."""
    if target.pair is not None:
        left = " + ".join(segment_name(old, label) for label in target.pair.old) or "—"
        right = " + ".join(segment_name(new, label) for label in target.pair.new) or "—"
        return f"{left} ↔ {right}"
    side = document_of(target, old, new)
    doc = old if side == "old" else new if side == "new" else None
    return segment_name(doc, target.segment)


def describe(annotation: Annotation, old: Document | None, new: Document | None) -> str:
    """A short name for a note's place, used in undo texts ("Add note on Art. IV")."""
    if not annotation.targets:
        return "?"
    return target_name(annotation.targets[0], old, new) or "?"


def make_entry(
    annotation: Annotation,
    origin: Origin,
    anchorings: tuple[Anchoring, ...],
    old: Document | None,
    new: Document | None,
) -> Entry:
    """Combine a note and its fresh anchoring into what the panels display."""
    first = annotation.targets[0] if annotation.targets else None
    side = document_of(first, old, new) if first is not None else None
    place: tuple[Side, int, int] | None = None
    for target, anchoring in zip(annotation.targets, anchorings, strict=False):
        if anchoring.status == "orphan":
            continue
        target_side = document_of(target, old, new)
        if anchoring.start is not None and anchoring.end is not None and target_side:
            place = (target_side, anchoring.start, anchoring.end)
            side = side or target_side
            break
        if target.pair is not None and new is not None and anchoring.segment is not None:
            place = _segment_place(new, "new", anchoring.segment) or place
            side = side or "new"
            break
    first_anchor = anchorings[0] if anchorings else None
    segment = first_anchor.segment if first_anchor and first_anchor.segment else None
    if segment is None and first is not None:
        segment = first.segment
    status = annotation_status(anchorings)
    if status == "orphan" and _on_other_texts(annotation, old, new):
        status = ELSEWHERE
    return Entry(
        annotation=annotation,
        origin=origin,
        status=status,
        anchorings=anchorings,
        side=side,
        place=place,
        segment=segment,
        place_name=describe(annotation, old, new),
    )


ELSEWHERE = "elsewhere"


def _on_other_texts(annotation: Annotation, old: Document | None, new: Document | None) -> bool:
    """Whether each target names a text, and none of them one of the two open."""
    targets = annotation.targets
    return (
        old is not None
        and new is not None
        and bool(targets)
        and all(t.source and t.pair is None and document_of(t, old, new) is None for t in targets)
    )


def _segment_place(doc: Document, side: Side, label: str) -> tuple[Side, int, int] | None:
    try:
        seg = doc.by_label(label)
    except KeyError:
        return None
    return side, seg.start, seg.end


def anchor(
    annotation: Annotation, old: Document | None, new: Document | None
) -> tuple[Anchoring, ...]:
    """Anchor against the open texts (old first, as core expects)."""
    documents = [d for d in (old, new) if d is not None]
    if len(documents) < 2:
        return tuple(Anchoring("orphan", None, None, None, 0.0) for _ in annotation.targets)
    return anchor_annotation(annotation, documents)
