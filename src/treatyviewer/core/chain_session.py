"""A chain in a saved session: the texts in order and each neighbouring pair's corrections.

A chain of N texts is saved as documents ``v1`` … ``vN``; ``old`` and ``new``
name the first two as well, so a reader that knows only pairs still opens the
file. The first pair's corrections are the session's ``alignment``; the later
pairs' are ``chain_alignments``. A session without ``v1`` is a two-text session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .align import Overrides
from .annotations import Annotation
from .project import AlignmentEdits, DocumentRef, Project, alignment_from, overrides_from


def version_role(k: int) -> str:
    return f"v{k + 1}"


def chain_refs(project: Project) -> list[DocumentRef]:
    """The texts of the session, oldest first (two for a pair session)."""
    docs = project.documents
    if version_role(0) not in docs:
        return [project.old, project.new]
    refs = []
    k = 0
    while version_role(k) in docs:
        refs.append(docs[version_role(k)])
        k += 1
    return refs


def chain_overrides(project: Project) -> list[Overrides]:
    """The reader's corrections for each neighbouring pair, in chain order."""
    steps = len(chain_refs(project)) - 1
    edits = [project.alignment, *project.chain_alignments]
    edits += [AlignmentEdits()] * max(0, steps - len(edits))
    return [overrides_from(e) for e in edits[:steps]]


def chain_project(
    refs: Sequence[DocumentRef],
    overrides: Sequence[Overrides],
    annotations: Sequence[Annotation] = (),
    view: Mapping[str, Any] | None = None,
) -> Project:
    """A session for ``refs`` (two or more); a pair is saved exactly as before."""
    if len(refs) < 2:
        raise ValueError("a session needs at least two texts")
    documents: dict[str, DocumentRef] = {"old": refs[0], "new": refs[1]}
    if len(refs) > 2:
        documents.update({version_role(k): ref for k, ref in enumerate(refs)})
    edits = [alignment_from(o) for o in overrides] or [AlignmentEdits()]
    return Project(
        documents=documents,
        alignment=edits[0],
        annotations=tuple(annotations),
        view=dict(view or {}),
        chain_alignments=tuple(edits[1:]) if len(refs) > 2 else (),
    )


def with_overrides(project: Project, k: int, overrides: Overrides) -> Project:
    """The session after the reader corrected neighbouring pair ``k``."""
    edits = [project.alignment, *project.chain_alignments]
    edits += [AlignmentEdits()] * max(0, k + 1 - len(edits))
    edits[k] = alignment_from(overrides, edits[k].accepted)
    return replace(project, alignment=edits[0], chain_alignments=tuple(edits[1:]))
