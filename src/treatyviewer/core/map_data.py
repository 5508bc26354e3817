"""The map's data: base geometry, the treaty's lines and areas, and geometry tests.

Coordinates are (longitude, latitude) pairs in degrees, as in GeoJSON; the
gazetteer stores (latitude, longitude), and ``place_point`` converts. Nothing
here draws: the scene and the writers do.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]
"""Outer ring first, then holes."""
Extent = tuple[float, float, float, float]
"""West, south, east, north."""

PLACE_KINDS = frozenset({"town", "territory", "river", "mountain", "sea", "strait"})
"""Gazetteer kinds that are places on the ground (parties, persons and concepts are not)."""
WATER_KINDS = frozenset({"sea", "strait"})
EARTH_KM_PER_DEGREE = 111.2


class MapDataError(ValueError):
    """The map's bundled data is malformed."""


@dataclass(frozen=True, slots=True)
class NamedLines:
    name: str
    lines: tuple[tuple[Point, ...], ...]


@dataclass(frozen=True, slots=True)
class NamedPolygons:
    name: str
    polygons: tuple[Polygon, ...]


@dataclass(frozen=True, slots=True)
class Peak:
    name: str
    point: Point
    elevation: float | None


@dataclass(frozen=True, slots=True)
class BaseMap:
    extent: Extent
    land: tuple[Polygon, ...]
    lakes: tuple[NamedPolygons, ...]
    rivers: tuple[NamedLines, ...]
    borders: tuple[tuple[Point, ...], ...]
    peaks: tuple[Peak, ...]
    overview_extent: Extent
    overview_land: tuple[Polygon, ...]
    source: str
    licence: str

    def region_of(self, point: Point) -> Literal["main", "overview"] | None:
        """Which frame shows the point: the regional map, the overview, or neither."""
        if inside_extent(point, self.extent):
            return "main"
        if inside_extent(point, self.overview_extent):
            return "overview"
        return None

    def on_land(self, point: Point) -> bool:
        """On land and not in a lake, in the most detailed data that covers the point."""
        if inside_extent(point, self.extent):
            if any(in_polygon(point, p) for lake in self.lakes for p in lake.polygons):
                return False
            return any(in_polygon(point, p) for p in self.land)
        return any(in_polygon(point, p) for p in self.overview_land)

    def in_lake(self, point: Point) -> str | None:
        for lake in self.lakes:
            if any(in_polygon(point, p) for p in lake.polygons):
                return lake.name
        return None

    def river_distance_km(self, point: Point, name: str | None = None) -> float:
        """Distance to the nearest river line (of that name, if given)."""
        lines = [line for r in self.rivers if name in (None, r.name) for line in r.lines]
        return min((polyline_distance_km(point, line) for line in lines), default=math.inf)


@dataclass(frozen=True, slots=True)
class TreatyFeature:
    """A line or area a treaty article describes, as we drew it."""

    id: str
    kind: Literal["line", "area"]
    label: str
    articles: Mapping[str, tuple[str, ...]]
    """Bundled text id → labels of the articles that describe this feature."""
    entities: tuple[str, ...]
    confidence: str
    provenance: str
    note: str
    line: tuple[Point, ...] = ()
    area: Polygon = ()
    labels: Mapping[str, str] | None = None
    """The label in other languages, by language code."""
    provenances: Mapping[str, str] | None = None
    """How we drew it, in other languages, by language code."""

    def label_in(self, lang: str) -> str:
        return (self.labels or {}).get(lang) or self.label

    def provenance_in(self, lang: str) -> str:
        return (self.provenances or {}).get(lang) or self.provenance

    @property
    def points(self) -> tuple[Point, ...]:
        return self.line if self.kind == "line" else (self.area[0] if self.area else ())

    def described_by(self, text_id: str, label: str) -> bool:
        return label in self.articles.get(text_id, ())


@dataclass(frozen=True, slots=True)
class TreatyFeatures:
    features: tuple[TreatyFeature, ...]
    disclaimers: Mapping[str, str]

    @property
    def disclaimer(self) -> str:
        return self.disclaimer_in("en")

    def disclaimer_in(self, lang: str) -> str:
        return self.disclaimers.get(lang) or self.disclaimers.get("en", "")


def inside_extent(point: Point, extent: Extent) -> bool:
    west, south, east, north = extent
    return west <= point[0] <= east and south <= point[1] <= north


def _in_ring(point: Point, ring: Ring) -> bool:
    x, y = point
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def in_polygon(point: Point, polygon: Polygon) -> bool:
    """Even-odd test: inside the outer ring and outside every hole."""
    if not polygon or not _in_ring(point, polygon[0]):
        return False
    return not any(_in_ring(point, hole) for hole in polygon[1:])


def _km(a: Point, b: Point) -> float:
    """Local flat-earth distance; exact enough within a few hundred kilometres."""
    mid = math.radians((a[1] + b[1]) / 2)
    return EARTH_KM_PER_DEGREE * math.hypot((a[0] - b[0]) * math.cos(mid), a[1] - b[1])


def polyline_distance_km(point: Point, line: Sequence[Point]) -> float:
    if len(line) == 1:
        return _km(point, line[0])
    best = math.inf
    scale = math.cos(math.radians(point[1]))
    px, py = point[0] * scale, point[1]
    for (x1, y1), (x2, y2) in itertools.pairwise(line):
        ax, bx = x1 * scale, x2 * scale
        dx, dy = bx - ax, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - y1) * dy) / length))
        best = min(best, math.hypot(px - (ax + t * dx), py - (y1 + t * dy)))
    return best * EARTH_KM_PER_DEGREE


def place_point(coordinates: Sequence[float] | None) -> Point | None:
    """Gazetteer (lat, lon) → map (lon, lat)."""
    if not coordinates or len(coordinates) != 2:
        return None
    return (float(coordinates[1]), float(coordinates[0]))


def _point(raw: Any, where: str) -> Point:
    if not (isinstance(raw, (list, tuple)) and len(raw) == 2):
        raise MapDataError(f"{where}: a point must be [longitude, latitude]")
    return (float(raw[0]), float(raw[1]))


def _line(raw: Any, where: str) -> tuple[Point, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise MapDataError(f"{where}: a line needs at least two points")
    return tuple(_point(p, where) for p in raw)


def _polygon(raw: Any, where: str) -> Polygon:
    if not isinstance(raw, list) or not raw:
        raise MapDataError(f"{where}: a polygon needs an outer ring")
    return tuple(_line(ring, where) for ring in raw)


def _extent(raw: Any, where: str) -> Extent:
    if not (isinstance(raw, list) and len(raw) == 4):
        raise MapDataError(f"{where}: an extent is [west, south, east, north]")
    west, south, east, north = (float(v) for v in raw)
    return (west, south, east, north)


def _polygons(raw: Iterable[Any], where: str) -> tuple[Polygon, ...]:
    return tuple(_polygon(p, where) for p in raw)


def load_basemap(raw: Mapping[str, Any]) -> BaseMap:
    if raw.get("schema") != "treatyviewer.basemap/1":
        raise MapDataError("basemap: unknown schema")
    overview = raw.get("overview") or {}
    return BaseMap(
        extent=_extent(raw.get("extent"), "basemap extent"),
        land=_polygons(raw.get("land", []), "basemap land"),
        lakes=tuple(
            NamedPolygons(
                str(lake.get("name", "")), _polygons(lake.get("polygons", []), "basemap lake")
            )
            for lake in raw.get("lakes", [])
        ),
        rivers=tuple(
            NamedLines(
                str(r.get("name", "")),
                tuple(_line(line, "basemap river") for line in r.get("lines", [])),
            )
            for r in raw.get("rivers", [])
        ),
        borders=tuple(_line(line, "basemap border") for line in raw.get("borders", [])),
        peaks=tuple(
            Peak(str(p["name"]), (float(p["lon"]), float(p["lat"])), p.get("elevation"))
            for p in raw.get("peaks", [])
        ),
        overview_extent=_extent(overview.get("extent"), "basemap overview extent"),
        overview_land=_polygons(overview.get("land", []), "basemap overview land"),
        source=str(raw.get("source", "")),
        licence=str(raw.get("licence", "")),
    )


def load_treaty_features(raw: Mapping[str, Any], shapes: Mapping[str, Any]) -> TreatyFeatures:
    """The hand-written descriptions joined to their traced shapes."""
    geometry = shapes.get("shapes", {})
    out: list[TreatyFeature] = []
    for item in raw.get("features", []):
        fid = str(item["id"])
        kind = item.get("kind")
        if kind not in ("line", "area"):
            raise MapDataError(f"treaty feature {fid}: kind must be line or area")
        if fid not in geometry:
            raise MapDataError(f"treaty feature {fid}: no traced shape")
        out.append(
            TreatyFeature(
                id=fid,
                kind=kind,
                label=str(item.get("label", fid)),
                articles={
                    str(k): tuple(str(v) for v in vs) for k, vs in item.get("articles", {}).items()
                },
                entities=tuple(str(e) for e in item.get("entities", [])),
                confidence=str(item.get("confidence", "")),
                provenance=str(item.get("provenance", "")),
                note=str(item.get("note", "")),
                line=_line(geometry[fid], fid) if kind == "line" else (),
                area=_polygon(geometry[fid], fid) if kind == "area" else (),
                labels={str(k): str(v) for k, v in (item.get("labels") or {}).items()},
                provenances={str(k): str(v) for k, v in (item.get("provenances") or {}).items()},
            )
        )
    disclaimer = raw.get("disclaimer", "")
    if isinstance(disclaimer, str):
        disclaimer = {"en": disclaimer}
    return TreatyFeatures(tuple(out), {str(k): str(v) for k, v in disclaimer.items()})
