"""Notes as W3C Web Annotation JSON-LD: one note, and a collection of them.

Reading is strict about shape (a clear message naming the note and the field) and
lenient about what other tools add: unknown keys are ignored, single values may
stand for one-item lists, a paged collection's first page is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .annotations import Annotation, Creator, PairRef, Target
from .entities import Gazetteer
from .errors import InputError
from .json_files import read_json

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_NS = "treatyviewer:"
_CHANGE_OPS = ("insert", "delete", "replace")


# --- reading JSON-LD --------------------------------------------------------


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _str(raw: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = raw.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise InputError(f"{where}: {key} must be text")
    return value


def _offset(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InputError(f"{where}: selector offsets must be whole numbers ≥ 0")
    return value


def _labels(value: Any, where: str) -> tuple[str, ...]:
    items = _as_list(value)
    if not all(isinstance(v, str) for v in items):
        raise InputError(f"{where}: pair labels must be text")
    return tuple(items)


def _parse_target(raw: Any, where: str) -> Target:
    if isinstance(raw, str):
        return Target(source=raw)
    if not isinstance(raw, Mapping):
        raise InputError(f"{where}: a target must be an object or an IRI")
    fields: dict[str, Any] = {"source": _str(raw, "source", where)}
    segment = raw.get(_NS + "segment")
    if segment is not None:
        fields["segment"] = str(segment)
    for sel in _as_list(raw.get("selector")):
        if not isinstance(sel, Mapping):
            continue
        if sel.get("type") == "TextQuoteSelector":
            fields["exact"] = _str(sel, "exact", where)
            fields["prefix"] = _str(sel, "prefix", where)
            fields["suffix"] = _str(sel, "suffix", where)
        elif sel.get("type") == "TextPositionSelector":
            start, end = _offset(sel.get("start"), where), _offset(sel.get("end"), where)
            if end < start:
                raise InputError(f"{where}: selector end {end} is before its start {start}")
            fields["start"], fields["end"] = start, end
    pair = raw.get(_NS + "pair")
    if isinstance(pair, Mapping):
        fields["pair"] = PairRef(_labels(pair.get("old"), where), _labels(pair.get("new"), where))
    change = raw.get(_NS + "change")
    if isinstance(change, Mapping):
        op = change.get("op")
        if op not in _CHANGE_OPS:
            raise InputError(f"{where}: unknown change op {op!r}")
        fields["change"] = op
    return Target(**fields)


def _parse_creator(raw: Any) -> Creator | None:
    if isinstance(raw, str):
        return Creator(raw)
    if isinstance(raw, Mapping) and isinstance(raw.get("name"), str):
        return Creator(raw["name"], str(raw.get("type") or "Person"))
    return None


def from_jsonld(raw: Mapping[str, Any]) -> Annotation:
    """An annotation from its W3C JSON-LD object; unknown keys are ignored."""
    if not isinstance(raw, Mapping):
        raise InputError("an annotation must be a JSON object")
    ann_id = raw.get("id") or raw.get("@id")
    if not isinstance(ann_id, str) or not ann_id:
        raise InputError("an annotation has no id")
    where = f"annotation {ann_id}"
    targets = tuple(_parse_target(t, where) for t in _as_list(raw.get("target")))
    if not targets:
        raise InputError(f"{where} has no target")
    notes: list[str] = []
    language = "en"
    tags: list[str] = []
    entity_ids: list[str] = []
    uris: list[tuple[str, str]] = []
    if isinstance(raw.get("bodyValue"), str):
        notes.append(raw["bodyValue"])
    for body in _as_list(raw.get("body")):
        if not isinstance(body, Mapping):
            continue
        purpose = body.get("purpose")
        if body.get("type") == "SpecificResource" or (
            "value" not in body and isinstance(body.get("source"), str)
        ):
            source = body.get("source")
            if isinstance(source, str) and source:
                entity_ids.append(source)
                uri = body.get(_NS + "wikidata")
                if isinstance(uri, str) and uri:
                    uris.append((source, uri))
        elif purpose == "tagging":
            tags.append(_str(body, "value", where))
        elif isinstance(body.get("value"), str):
            notes.append(body["value"])
            language = _str(body, "language", where, language) or language
    modified = raw.get("modified")
    return Annotation(
        id=ann_id,
        targets=targets,
        note="\n\n".join(notes),
        tags=tuple(tags),
        entity_ids=tuple(entity_ids),
        motivation=_str(raw, "motivation", where, "commenting") or "commenting",
        creator=_parse_creator(raw.get("creator")),
        created=_str(raw, "created", where),
        modified=modified if isinstance(modified, str) else None,
        language=language,
        label=_str(raw, "label", where),
        entity_uris=tuple(uris),
    )


# --- writing JSON-LD --------------------------------------------------------


def _target_jsonld(target: Target) -> dict[str, Any]:
    out: dict[str, Any] = {"source": target.source}
    if target.segment is not None:
        out[_NS + "segment"] = target.segment
    selectors: list[dict[str, Any]] = []
    if target.exact:
        selectors.append(
            {
                "type": "TextQuoteSelector",
                "exact": target.exact,
                "prefix": target.prefix,
                "suffix": target.suffix,
            }
        )
    if target.start is not None and target.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": target.start, "end": target.end})
    if selectors:
        out["selector"] = selectors
    if target.pair is not None:
        out[_NS + "pair"] = {"old": list(target.pair.old), "new": list(target.pair.new)}
    if target.change is not None:
        out[_NS + "change"] = {"op": target.change}
    return out


def _entity_uri(annotation: Annotation, entity_id: str, gazetteer: Gazetteer | None) -> str | None:
    if gazetteer is not None:
        entity = gazetteer.get(entity_id)
        if entity is not None:
            return entity.wikidata_uri
    return dict(annotation.entity_uris).get(entity_id)


def to_jsonld(
    annotation: Annotation, gazetteer: Gazetteer | None = None, *, context: bool = True
) -> dict[str, Any]:
    """The W3C JSON-LD object; entity links carry Wikidata URIs where known."""
    out: dict[str, Any] = {}
    if context:
        out["@context"] = CONTEXT
    out["id"] = annotation.id
    out["type"] = "Annotation"
    out["motivation"] = annotation.motivation
    if annotation.label:
        out["label"] = annotation.label
    if annotation.creator is not None:
        out["creator"] = {"type": annotation.creator.type, "name": annotation.creator.name}
    if annotation.created:
        out["created"] = annotation.created
    if annotation.modified:
        out["modified"] = annotation.modified
    body: list[dict[str, Any]] = []
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/plain",
                "language": annotation.language,
                "value": annotation.note,
            }
        )
    for entity_id in annotation.entity_ids:
        link: dict[str, Any] = {
            "type": "SpecificResource",
            "purpose": "identifying",
            "source": entity_id,
        }
        uri = _entity_uri(annotation, entity_id, gazetteer)
        if uri:
            link[_NS + "wikidata"] = uri
        body.append(link)
    body.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in annotation.tags)
    out["body"] = body
    targets = [_target_jsonld(t) for t in annotation.targets]
    out["target"] = targets[0] if len(targets) == 1 else targets
    return out


# --- collections ------------------------------------------------------------


def load_collection(data: str | Path | Mapping[str, Any]) -> list[Annotation]:
    """Annotations of an ``AnnotationCollection`` (file or parsed dict), or a bare list."""
    where = "annotations"
    raw: Any = data
    if not isinstance(data, Mapping):
        path = Path(data)
        where = str(path)
        raw = read_json(path, "the annotations", plural=True)
    items = raw.get("items", raw.get("first")) if isinstance(raw, Mapping) else raw
    if isinstance(items, Mapping):  # a first page of a paged collection
        items = items.get("items")
    if not isinstance(items, list):
        raise InputError(f"{where}: expected an AnnotationCollection with a list of items")
    try:
        return [from_jsonld(item) for item in items]
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from exc


def dump_collection(
    annotations: Iterable[Annotation],
    label: str = "treatyviewer annotations",
    gazetteer: Gazetteer | None = None,
) -> dict[str, Any]:
    """An ``AnnotationCollection`` JSON-LD object holding the annotations."""
    items = [to_jsonld(a, gazetteer, context=False) for a in annotations]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "items": items,
    }
