"""Which places a text names, and which belong to the article being read."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from .document import Document
from .entities import Gazetteer
from .map_data import PLACE_KINDS, BaseMap, TreatyFeatures, load_basemap, load_treaty_features


def named_versions(versions: Mapping[str, Document], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Entity id → the versions ("old", "new") that name the place."""
    named: dict[str, set[str]] = {}
    for version, doc in versions.items():
        for mention in gazetteer.find(doc.text):
            entity = gazetteer.get(mention.entity_id)
            if entity is not None and entity.kind in PLACE_KINDS:
                named.setdefault(mention.entity_id, set()).add(version)
    return named


def places_in(doc: Document, indices: Iterable[int], gazetteer: Gazetteer) -> set[str]:
    """The places named in some segments of a document (the article being read)."""
    found: set[str] = set()
    for i in indices:
        seg = doc.segments[i]
        found.update(m.entity_id for m in gazetteer.find(doc.text[seg.start : seg.end]))
    return found


def features_of(treaty: TreatyFeatures, text_id: str, labels: Collection[str]) -> set[str]:
    """The treaty lines and areas that these articles of a bundled text describe."""
    return {f.id for f in treaty.features if any(f.described_by(text_id, label) for label in labels)}


def load_map_folder(folder: Path) -> tuple[BaseMap, TreatyFeatures]:
    """The bundled base map and treaty features from their folder."""
    import json

    def read(name: str) -> Any:
        with (folder / name).open(encoding="utf-8") as fh:
            return json.load(fh)

    return load_basemap(read("basemap.json")), load_treaty_features(
        read("treaty-features.json"), read("treaty-shapes.json")
    )
