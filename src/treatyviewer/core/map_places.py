"""Which places a text names, and which belong to the article being read."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import cache

from .document import Document
from .entities import Gazetteer, Mention, find_mentions
from .map_data import PLACE_KINDS, BaseMap, TreatyFeatures, load_basemap, load_treaty_features
from .resources import load_json

PlaceMentions = dict[str, list[Mention]]
"""Entity id → its mentions in one text, in text order."""


def place_mentions(doc: Document, gazetteer: Gazetteer) -> PlaceMentions:
    """The mentions of places in a text, found in one scan and grouped by place."""
    grouped: PlaceMentions = {}
    for mention in find_mentions(doc, gazetteer):
        entity = gazetteer.get(mention.entity_id)
        if entity is not None and entity.kind in PLACE_KINDS:
            grouped.setdefault(mention.entity_id, []).append(mention)
    return grouped


def named_in(mentions: Mapping[str, PlaceMentions]) -> dict[str, set[str]]:
    """Entity id → the versions ("old", "new") whose mentions include the place."""
    named: dict[str, set[str]] = {}
    for version, grouped in mentions.items():
        for entity_id in grouped:
            named.setdefault(entity_id, set()).add(version)
    return named


def named_versions(versions: Mapping[str, Document], gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Entity id → the versions ("old", "new") that name the place."""
    return named_in({v: place_mentions(doc, gazetteer) for v, doc in versions.items()})


def places_in(doc: Document, indices: Iterable[int], mentions: PlaceMentions) -> set[str]:
    """The places named in some segments of a document (the article being read),
    from the mentions already found rather than a new scan of the text."""
    spans = [(doc.segments[i].start, doc.segments[i].end) for i in indices]
    return {
        entity_id
        for entity_id, found in mentions.items()
        if any(start <= m.start < end for m in found for start, end in spans)
    }


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
