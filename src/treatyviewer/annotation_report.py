"""Annotations with their anchoring status, for the ``annotations`` subcommand."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from .core.anchoring import annotations_json
from .core.annotation_jsonld import load_collection
from .core.annotations import Annotation
from .core.chain_session import chain_refs
from .core.entities import Gazetteer
from .core.project import load_project, locate_source
from .core.resources import bundled_ids, is_bundled_id, resource_path


@cache
def curated_annotations() -> tuple[Annotation, ...]:
    """The editors' notes shipped with the bundled texts (read-only)."""
    return tuple(load_collection(resource_path("annotations", "curated.json")))


def annotations_report(project_path: str | None) -> dict[str, Any]:
    """Curated notes against every bundled text, or a reading session's own notes."""
    from .io.readers import read_document

    if project_path is None:
        documents = [read_document(text_id) for text_id in bundled_ids()]
        items: tuple[Annotation, ...] = curated_annotations()
    else:
        project = load_project(project_path)
        folder = Path(project_path).resolve().parent
        documents = [
            read_document(locate_source(ref.source, folder, is_bundled_id), encoding=ref.encoding)
            for ref in chain_refs(project)  # (every version of a chain: notes on its third)
        ]
        items = tuple(project.annotations)
    return annotations_json(items, documents, Gazetteer.bundled())
