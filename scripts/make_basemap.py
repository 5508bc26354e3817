"""Cut the map's base geometry out of Natural Earth.

Run once by a maintainer, not at build time:

    python scripts/make_basemap.py NATURAL_EARTH_GEOJSON_DIR

The folder holds Natural Earth's GeoJSON layers (1:10m land, lakes, rivers and
lake centre-lines, land boundary lines and elevation points).
Natural Earth is in the public domain. Needs shapely (not a runtime
dependency). Writes resources/geo/basemap.json: the region of the Caucasus
frontier simplified to about 600 m and a small overview from the Straits to
Moscow simplified to about 1 km, coordinates rounded to three decimals; and
resources/geo/treaty-shapes.json: the treaty's lines and areas traced on the
land boundaries (their descriptions are in treaty-features.json).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiLineString, Point, Polygon, box, mapping, shape
from shapely.ops import linemerge, polygonize, unary_union

REGION = (36.0, 37.0, 50.5, 44.0)  # west, south, east, north in degrees
OVERVIEW = (24.0, 36.0, 52.0, 58.0)
RIVERS = {
    "Aras": "Araxes",
    "Kura": "Kura",
    "Firat": "Euphrates",
    "Murat": "Murat",
    "Dicle": "Tigris",
    "Kelkit": "Kelkit",
    "Qezel Owzan": "Qezel Owzan",
}
GEO = Path(__file__).resolve().parents[1] / "resources" / "geo"
OUT = GEO / "basemap.json"
SHAPES = GEO / "treaty-shapes.json"
# The schematic northern limit of the Batum area (Art. II of the Moscow treaty):
# from the mouth of the Choloki on the coast along the ridge to the frontier.
# Hand-placed, low confidence; see resources/geo/treaty-features.json.
BATUM_NORTH = [(41.775, 41.93), (42.1, 41.86), (42.4, 41.79), (42.56, 41.7), (42.6, 41.56)]


def _features(folder: Path, name: str) -> list[tuple[dict[str, Any], Any]]:
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return [(f["properties"], shape(f["geometry"])) for f in data["features"] if f["geometry"]]


def _round(coords: Any) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 3), round(coords[1], 3)]
    return [_round(c) for c in coords]


def _polygons(geom: Any) -> list[list[list[list[float]]]]:
    """Polygons as lists of rings (outer first), whatever shapely returned."""
    found = []
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Polygon" and not part.is_empty:
            found.append(_round(mapping(part)["coordinates"]))
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            found.extend(_polygons(part))
    return found


def _lines(geom: Any) -> list[list[list[float]]]:
    found = []
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "LineString" and not part.is_empty:
            found.append(_round(list(part.coords)))
        elif part.geom_type in ("MultiLineString", "GeometryCollection"):
            found.extend(_lines(part))
    return found


def cut(folder: Path) -> dict[str, Any]:
    region = box(*REGION)
    tol = 0.006
    land = unary_union([g for _, g in _features(folder, "ne_10m_land") if g.intersects(region)])
    land = land.intersection(region).simplify(tol, preserve_topology=True)
    lakes = [
        {"name": p.get("name") or "", "polygons": _polygons(g.intersection(region).simplify(tol))}
        for p, g in _features(folder, "ne_10m_lakes")
        if g.intersects(region) and g.area > 0.01
    ]
    rivers: dict[str, list[list[list[float]]]] = {}
    for p, g in _features(folder, "ne_10m_rivers_lake_centerlines"):
        name = RIVERS.get(p.get("name") or "")
        if name and g.intersects(region):
            rivers.setdefault(name, []).extend(_lines(g.intersection(region).simplify(tol)))
    borders = unary_union(
        [
            g
            for _, g in _features(folder, "ne_10m_admin_0_boundary_lines_land")
            if g.intersects(region)
        ]
    )
    peaks = [
        {
            "name": p["name"],
            "lon": round(g.x, 3),
            "lat": round(g.y, 3),
            "elevation": p.get("elevation"),
        }
        for p, g in _features(folder, "ne_10m_geography_regions_elevation_points")
        if region.contains(g)
    ]
    overview = box(*OVERVIEW)
    wide = unary_union([g for _, g in _features(folder, "ne_10m_land") if g.intersects(overview)])
    wide = wide.intersection(overview).simplify(0.01, preserve_topology=True)
    return {
        "schema": "treatyviewer.basemap/1",
        "source": "Natural Earth 1:10m physical and cultural vectors (public domain); "
        "cut and simplified by scripts/make_basemap.py",
        "licence": "Public domain (Natural Earth terms of use)",
        "extent": list(REGION),
        "land": _polygons(land),
        "lakes": [lake for lake in lakes if lake["polygons"]],
        "rivers": [{"name": n, "lines": ls} for n, ls in sorted(rivers.items())],
        "borders": _lines(borders.intersection(region).simplify(tol)),
        "peaks": peaks,
        "overview": {"extent": list(OVERVIEW), "land": _polygons(wide)},
    }


def _border(segs: dict[frozenset[str], list[Any]], a: str, b: str) -> LineString:
    merged = linemerge(MultiLineString([c for g in segs[frozenset((a, b))] for c in _lines(g)]))
    return merged if merged.geom_type == "LineString" else max(merged.geoms, key=lambda g: g.length)


def treaty_shapes(folder: Path) -> dict[str, Any]:
    """The shapes of the treaty's frontier and areas, traced on today's borders."""
    segs: dict[frozenset[str], list[Any]] = {}
    for p, g in _features(folder, "ne_10m_admin_0_boundary_lines_land"):
        segs.setdefault(frozenset((p["adm0_left"], p["adm0_right"])), []).append(g)
    parts = [_border(segs, "Turkey", other) for other in ("Georgia", "Armenia", "Azerbaijan")]
    coords: list[tuple[float, float]] = []
    for part in parts:  # Sarp to the Araxes: orient each part to continue the last
        pts = list(part.coords)
        if coords and Point(coords[-1]).distance(Point(pts[0])) > Point(coords[-1]).distance(
            Point(pts[-1])
        ):
            pts.reverse()
        if not coords and pts[0][1] < pts[-1][1]:
            pts.reverse()  # start at the Black Sea, the northern end
        coords.extend(pts)
    frontier = LineString(coords).simplify(0.004)
    georgian = _border(segs, "Georgia", "Turkey")
    west = [c for c in georgian.coords if c[0] <= BATUM_NORTH[-1][0]]
    west.sort(key=lambda c: -c[0])
    sea_edge = [(41.3, west[-1][1]), (41.3, BATUM_NORTH[0][1])]  # closed on land by the coast below
    land = unary_union(
        [g for _, g in _features(folder, "ne_10m_land") if g.intersects(box(41, 41, 43, 42.5))]
    )
    batum = Polygon(BATUM_NORTH + west + sea_edge).buffer(0).intersection(land).simplify(0.004)
    lines = [g for k, v in segs.items() if "Azerbaijan" in k for g in v]
    area = box(44.6, 38.7, 46.3, 39.95)
    pieces = polygonize(unary_union([g.intersection(area) for g in lines]))
    nakh = next(p for p in pieces if p.contains(Point(45.41, 39.21))).simplify(0.004)
    return {
        "schema": "treatyviewer.treaty-shapes/1",
        "source": "Traced by scripts/make_basemap.py on Natural Earth 1:10m land boundaries",
        "shapes": {
            "moscow-frontier": _round(list(frontier.coords)),
            "batum-area": _polygons(batum)[0],
            "nakhichevan-area": _polygons(nakh)[0],
        },
    }


# Gazetteer id → its name in Natural Earth's populated places, where it is there.
NE_TOWNS = {"kars": "Kars", "batum": "Batumi", "tiflis": "Tbilisi", "erivan": "Yerevan",
            "alexandropol": "Gyumri", "nakhichevan": "Naxcivan", "artvin": "Artvin", "baku": "Baku",
            "moscow": "Moscow", "ankara": "Ankara", "constantinople": "Istanbul", "sinop": "Sinop",
            "kastamonu": "Kastamonu", "adrianople": "Edirne", "burdur": "Burdur"}  # fmt: skip
NE_PEAKS = {"ararat": "Mount Ararat"}
NE_LAKES = {"lake-van": "Lake Van"}
CHECKS = GEO / "coordinate-checks.json"


def check_places(folder: Path) -> dict[str, Any]:
    """Each gazetteer coordinate against Natural Earth, the second source, in km."""
    gazetteer = json.loads((GEO.parent / "gazetteer.json").read_text(encoding="utf-8"))
    towns: dict[str, list[Any]] = {}
    for p, g in _features(folder, "ne_10m_populated_places_simple"):
        towns.setdefault(p["name"], []).append(g)
    peaks = {
        p["name"]: g for p, g in _features(folder, "ne_10m_geography_regions_elevation_points")
    }
    lakes = {p.get("name"): g for p, g in _features(folder, "ne_10m_lakes")}
    rivers = unary_union(
        [
            g
            for p, g in _features(folder, "ne_10m_rivers_lake_centerlines")
            if p.get("name") == "Aras"
        ]
    )
    checks: dict[str, Any] = {}
    for entity in gazetteer["entities"]:
        coords = entity.get("coordinates")
        if not coords:
            continue
        point = Point(coords[1], coords[0])
        eid = entity["id"]
        if eid in NE_TOWNS and NE_TOWNS[eid] in towns:
            other = min(towns[NE_TOWNS[eid]], key=point.distance)  # the namesake nearest
            checks[eid] = {"source": f"Natural Earth populated places: {NE_TOWNS[eid]}",
                           "km": round(point.distance(other) * 111.2, 1)}  # fmt: skip
        elif eid in NE_PEAKS:
            checks[eid] = {"source": f"Natural Earth elevation points: {NE_PEAKS[eid]}",
                           "km": round(point.distance(peaks[NE_PEAKS[eid]]) * 111.2, 1)}  # fmt: skip
        elif eid in NE_LAKES:
            checks[eid] = {"source": f"Natural Earth lakes: {NE_LAKES[eid]} (inside)",
                           "km": 0.0 if lakes[NE_LAKES[eid]].contains(point) else None}  # fmt: skip
        elif eid == "araxes":
            checks[eid] = {"source": "Natural Earth river centre-lines: Aras",
                           "km": round(point.distance(rivers) * 111.2, 1)}  # fmt: skip
    return {"schema": "treatyviewer.coordinate-checks/1",
            "note": "Distances between the gazetteer's coordinates and a second source; "
                    "places not listed here were placed from one source only.",
            "checks": checks}  # fmt: skip


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    _write(OUT, cut(Path(argv[1])))
    _write(SHAPES, treaty_shapes(Path(argv[1])))
    _write(CHECKS, check_places(Path(argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
