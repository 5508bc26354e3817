"""Which places a text names, and which belong to the article being read."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import cache

from .document import Document
from .entities import Gazetteer
from .map_data import PLACE_KINDS, BaseMap, TreatyFeatures, load_basemap, load_treaty_features
from .resources import load_json


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
    return {
        f.id for f in treaty.features if any(f.described_by(text_id, label) for label in labels)
    }


@cache
def bundled_map() -> tuple[BaseMap, TreatyFeatures]:
    """The base map and the treaty's lines and areas that ship with the app (read once)."""
    return load_basemap(load_json("geo", "basemap.json")), load_treaty_features(
        load_json("geo", "treaty-features.json"), load_json("geo", "treaty-shapes.json")
    )
