"""The structure fields of the comparison JSON: parts, divisions, references.

Kept apart from ``comparison`` so that the contract's core stays short; every
field here is an addition to ``treatyviewer.comparison`` that older readers skip.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .document import Document, Segment
from .parts import group_part_pairs, unit_part_pairs
from .xrefs import Reference, ReferenceChange


def segment_json(seg: Segment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "label": seg.label, "kind": seg.kind.value, "start": seg.start, "end": seg.end
    }  # fmt: skip
    if seg.parts:
        out["parts"] = [
            {"label": p.key, "level": p.level, "start": p.start, "end": p.end} for p in seg.parts
        ]
    if seg.division is not None:
        out["division"] = seg.division
    return out


def divisions_json(doc: Document) -> list[dict[str, Any]]:
    return [
        {"term": d.term, "label": d.label, "title": d.title, "level": d.level,
         "start": d.start, "parent": d.parent}
        for d in doc.divisions
    ]  # fmt: skip


def parts_json(
    old: Document, new: Document, old_indices: Sequence[int], new_indices: Sequence[int]
) -> list[dict[str, Any]]:
    """Sub-pairs of numbered paragraphs and points of a pair. In a split or merge, a
    part on the side of several units names its unit (``old_segment`` or
    ``new_segment``, as a split's changes do)."""
    if len(old_indices) == 1 and len(new_indices) == 1:
        return [
            {"old": p.old, "new": p.new, "similarity": p.similarity} | _moved(p.moved)
            for p in unit_part_pairs(old, new, old_indices[0], new_indices[0])
        ]
    out = []
    for g in group_part_pairs(old, new, old_indices, new_indices):
        item: dict[str, Any] = {"old": g.pair.old, "new": g.pair.new}
        for side, doc, indices, at in (
            ("old", old, old_indices, g.old_segment),
            ("new", new, new_indices, g.new_segment),
        ):
            if len(indices) > 1 and at is not None:
                item[f"{side}_segment"] = doc.segments[at].label
        item["similarity"] = g.pair.similarity
        out.append(item | _moved(g.pair.moved))
    return out


def _moved(moved: bool) -> dict[str, bool]:
    """``"moved": true`` on a part matched out of order; nothing on the others."""
    return {"moved": True} if moved else {}


def _reference_json(doc: Document, ref: Reference) -> dict[str, Any]:
    target = doc.segments[ref.target].label if ref.target is not None else None
    return {
        "text": ref.text, "segment": doc.segments[ref.segment].label, "start": ref.start,
        "end": ref.end, "target": target, "target_part": ref.target_part,
    }  # fmt: skip


def references_json(
    old: Document, new: Document, changes: Sequence[ReferenceChange]
) -> list[dict[str, Any]]:
    """References renumbered along with their target, and references that now
    point to a different provision (offsets absolute, like ``segments``)."""
    out = []
    for rc in changes:
        if rc.status not in ("renumbered", "retargeted") or rc.old is None or rc.new is None:
            continue
        out.append(
            {"status": rc.status, "pair": rc.pair,
             "old": _reference_json(old, rc.old), "new": _reference_json(new, rc.new)}
        )  # fmt: skip
    return out
