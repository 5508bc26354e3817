"""Reading and writing notes as W3C JSON-LD files, forgiving item by item.

``core.annotation_jsonld.load_collection`` refuses a whole file for one bad item;
a reader importing a colleague's notes would rather get the good ones and a
list of what was wrong, each line naming the file, in the interface's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...core.annotation_jsonld import dump_collection, from_jsonld
from ...core.annotations import Annotation
from ...core.atomic import atomic_write_text
from ...core.entities import Gazetteer
from ...core.errors import InputError
from ..common.reader_warnings import tr, translate_warning


@dataclass(frozen=True)
class ImportReport:
    """What an import did: notes added, duplicates skipped, items that were malformed."""

    added: int
    skipped: int
    problems: tuple[str, ...] = ()


def read_annotations(path: str | Path) -> tuple[list[Annotation], list[str]]:
    """The well-formed notes of a collection (or bare list) and a message per bad item.

    Raises InputError, naming the file, when it cannot be read or holds no list.
    """
    path = Path(path)
    try:
        raw: Any = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise InputError(
            tr("{0}: cannot read the annotations ({1})").format(path, exc.strerror or exc)
        ) from exc
    except UnicodeDecodeError:
        raise InputError(tr("{0}: the annotations are not UTF-8 text").format(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            tr("{0}: the annotations are not valid JSON (line {1}, column {2})").format(
                path, exc.lineno, exc.colno
            )
        ) from None
    items = raw.get("items", raw.get("first")) if isinstance(raw, Mapping) else raw
    if isinstance(items, Mapping):  # the first page of a paged collection
        items = items.get("items")
    if isinstance(raw, Mapping) and raw.get("type") == "Annotation":
        items = [raw]
    if not isinstance(items, list):
        raise InputError(
            tr("{0}: expected an AnnotationCollection with a list of items").format(path)
        )
    found: list[Annotation] = []
    problems: list[str] = []
    for number, item in enumerate(items, start=1):
        try:
            found.append(from_jsonld(item))
        except InputError as exc:
            problems.append(
                tr("{0}: item {1}: {2}").format(path, number, translate_warning(str(exc)))
            )
    return found, problems


def export_annotations(
    path: str | Path, annotations: Iterable[Annotation], gazetteer: Gazetteer | None
) -> None:
    """Write an AnnotationCollection atomically; raises SaveError naming the file."""
    collection = dump_collection(annotations, gazetteer=gazetteer)
    atomic_write_text(path, json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
