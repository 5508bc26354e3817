"""Lay the map out: project the data into a frame, choose the places, place the labels.

The scene is plain data in drawing units (pixels for the window, points for
PDF and SVG), so the dock, the SVG writer and the exports draw the same map.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .entities import Entity, Gazetteer
from .map_data import (
    PLACE_KINDS,
    WATER_KINDS,
    BaseMap,
    Extent,
    Point,
    Polygon,
    TreatyFeatures,
    place_point,
)

Version = Literal["old", "new", "both"]
Anchor = Literal["start", "middle", "end"]
Measure = Callable[[str, float], float]
"""Width of a label in drawing units at a font size."""
XY = tuple[float, float]
Box = tuple[float, float, float, float]
"""Left, top, right, bottom."""

LABEL_SIZE = 11.0
INSET_SHARE = 0.3
OVERVIEW_TEXT = 0.82
"""Labels in the overview inset are this much smaller than on the regional map."""
MARKER_ROOM = 6.0
LABEL_GAP = 5.0
"""Half the side of the square round a marker that article tags keep out of."""
_OFFSETS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1))
_KIND_RANK = {"town": 0, "territory": 1, "river": 2, "mountain": 3, "sea": 4, "strait": 4}


def rough_measure(text: str, size: float) -> float:
    """A width estimate for a sans-serif face, when no font metrics are at hand."""
    return len(text) * size * 0.56


class Projection:
    """Equirectangular, scaled by the cosine of the middle latitude, fitted to a frame."""

    def __init__(self, extent: Extent, frame: Box) -> None:
        self.extent, self.frame = extent, frame
        west, south, east, north = extent
        left, top, right, bottom = frame
        k = math.cos(math.radians((south + north) / 2))
        self.scale = min((right - left) / ((east - west) * k), (bottom - top) / (north - south))
        self._kx = k * self.scale
        self._x0 = left + ((right - left) - (east - west) * self._kx) / 2 - west * self._kx
        self._y0 = top + ((bottom - top) - (north - south) * self.scale) / 2 + north * self.scale

    def __call__(self, point: Point) -> XY:
        return (self._x0 + point[0] * self._kx, self._y0 - point[1] * self.scale)

    def ring(self, ring: Iterable[Point]) -> tuple[XY, ...]:
        kx, s, x0, y0 = self._kx, self.scale, self._x0, self._y0
        return tuple((x0 + x * kx, y0 - y * s) for x, y in ring)

    def polygon(self, polygon: Polygon) -> tuple[tuple[XY, ...], ...]:
        return tuple(self.ring(r) for r in polygon)


@dataclass(slots=True)
class MapPlace:
    entity_id: str
    name: str
    kind: str
    frame: Literal["main", "overview"]
    at: XY
    emphasised: bool
    named_in: frozenset[str]
    tooltip: str
    label_box: Box | None = None
    label_anchor: Anchor = "start"
    label_at: XY = (0.0, 0.0)
    key: str = ""
    """A number printed instead of the name where the name does not fit (the legend
    says which place it is)."""

    @property
    def label_text(self) -> str:
        return self.key or self.name

    @property
    def has_marker(self) -> bool:
        """Towns and areas have a marker; a sea or strait only when its label could not
        sit on the water itself (the label then points at the marker)."""
        return self.kind not in WATER_KINDS or (
            self.label_box is not None and self.label_anchor != "middle"
        )


@dataclass(slots=True)
class MapFeature:
    id: str
    kind: Literal["line", "area"]
    label: str
    short_label: str
    """The article, printed on the map beside the line or inside the area."""
    articles: str
    points: tuple[XY, ...]
    emphasised: bool
    confidence: str
    provenance: str
    note: str
    anchor: XY
    label_box: Box | None = None


@dataclass(slots=True)
class MapScene:
    extent: Extent
    """The part of the region shown in the main frame."""
    width: float
    height: float
    main_frame: Box
    inset_frame: Box
    land: list[tuple[tuple[XY, ...], ...]]
    lakes: list[tuple[str, tuple[tuple[XY, ...], ...]]]
    rivers: list[tuple[str, tuple[XY, ...]]]
    borders: list[tuple[XY, ...]]
    inset_land: list[tuple[tuple[XY, ...], ...]]
    inset_region: Box
    features: list[MapFeature]
    places: list[MapPlace]
    unlocated: list[tuple[str, str]]
    """Places the texts name that have no coordinates: (entity id, name)."""
    disclaimer: str
    source: str
    version: Version
    label_size: float = LABEL_SIZE
    extra: dict[str, str] = field(default_factory=dict)

    def keyed(self) -> list[MapPlace]:
        """Places shown by a number where their name does not fit, in number order."""
        return sorted((p for p in self.places if p.key), key=lambda p: int(p.key))

    def unnamed(self) -> list[MapPlace]:
        """Places with a marker but no room even for a number: the legend names them."""
        return sorted((p for p in self.places if p.label_box is None), key=lambda p: p.name)

    def place(self, entity_id: str) -> MapPlace | None:
        return next((p for p in self.places if p.entity_id == entity_id), None)

    def place_at(self, xy: XY, radius: float = 8.0) -> MapPlace | None:
        """The place whose marker or label is under a point (for clicks and hovers)."""
        best: tuple[float, MapPlace] | None = None
        for p in self.places:
            d = math.hypot(p.at[0] - xy[0], p.at[1] - xy[1])
            box = p.label_box
            if box and box[0] <= xy[0] <= box[2] and box[1] <= xy[1] <= box[3]:
                d = min(d, radius / 2)
            if d <= radius and (best is None or d < best[0]):
                best = (d, p)
        return best[1] if best else None

    def keyboard_order(self) -> list[MapPlace]:
        """West to east, then north to south: the order Tab walks the places."""
        return sorted(self.places, key=lambda p: (p.frame != "main", round(p.at[0] / 40), p.at[1]))


def display_name(entity: Entity, lang: str) -> str:
    names = entity.names.get(lang) or entity.names.get("en") or ()
    return names[0] if names else entity.label


def _tooltip(entity: Entity, lang: str) -> str:
    others = []
    for code in ("en", "ru", "tr", "hy", "ka"):
        names = entity.names.get(code)
        if code != lang and names:
            others.append(f"{code}: {names[0]}")
    head = display_name(entity, lang)
    return head + (" — " + "; ".join(others) if others else "")


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(a: Box, frame: Box) -> bool:
    return a[0] >= frame[0] and a[1] >= frame[1] and a[2] <= frame[2] and a[3] <= frame[3]


def place_labels(
    places: list[MapPlace],
    measure: Measure,
    size: float,
    frames: Mapping[str, Box],
    keep_out: Iterable[Box] = (),
    lines: Iterable[Box] = (),
) -> None:
    """Greedy placement: most important first, eight positions each, no overlaps.

    A name goes where its own marker is the nearest; failing that, an emphasised
    place or a main town is still named, since readers look for them by name, then
    numbered, and only where not even a number fits is its name set to the right
    whatever stands there; other places keep only their marker and tooltip.
    """
    taken: dict[str, list[Box]] = {frame: [] for frame in frames}
    taken["main"] += keep_out
    for p in places:
        taken[p.frame].append((p.at[0] - 3, p.at[1] - 3, p.at[0] + 3, p.at[1] + 3))
    firm = list(taken["main"])  # what not even a main town's name may cover
    taken["main"] += lines
    order = sorted(places, key=lambda p: (not p.emphasised, _rank(p), p.name))
    keys = 0
    marks = {frame: [p.at for p in places if p.frame == frame] for frame in frames}
    for p in order:
        fs = size if p.frame == "main" else size * OVERVIEW_TEXT
        frame = frames[p.frame]
        others = [q for q in marks[p.frame] if q != p.at]
        w = measure(p.name, fs)
        chosen = _label_spot(p, w, fs, frame, taken[p.frame], others)
        named_always = p.frame == "main" and (p.emphasised or p.kind in ("town", "territory"))
        if chosen is None and named_always:
            # a main town is named, if need be a little nearer another marker, or over a line
            chosen = _label_spot(p, w, fs, frame, taken[p.frame]) or _label_spot(
                p, w, fs, frame, firm
            )
        if chosen is None:  # a number instead, which the legend explains
            key = str(keys + 1)
            chosen = _label_spot(p, measure(key, fs), fs, frame, taken[p.frame], others)
            if chosen is not None:
                keys += 1
                p.key = key
        if chosen is None and named_always:  # to its right, whatever stands there
            h = fs * 1.15
            x = min(p.at[0] + LABEL_GAP, frame[2] - w)
            box = (x, p.at[1] - h / 2, x + w, p.at[1] + h / 2)
            chosen = (box, "start", (box[0], box[3] - h * 0.25))
        if chosen:
            p.label_box, p.label_anchor, p.label_at = chosen
            taken[p.frame].append(chosen[0])
            if p.frame == "main":
                firm.append(chosen[0])
    # Numbered by where they are, not by the order they were placed in (which a place
    # emphasised changes): the regional map first, top to bottom, then the overview.
    keyed = sorted(
        (p for p in places if p.key), key=lambda p: (p.frame != "main", p.at[1], p.at[0])
    )
    for n, p in enumerate(keyed, start=1):
        p.key = str(n)


def _rank(p: MapPlace) -> int:
    """Towns first; on the small overview map, the seas and straits before them: their
    names are what place the little map for the reader."""
    if p.frame == "overview" and p.kind in WATER_KINDS:
        return -1
    return _KIND_RANK.get(p.kind, 9)


def _label_spot(
    p: MapPlace, w: float, fs: float, frame: Box, taken: list[Box], others: Sequence[XY] = ()
) -> tuple[Box, Anchor, XY] | None:
    """The first of the eight places round the marker where a label this wide fits
    (a sea's or strait's name sits on the water itself, else beside its point), and
    that no other marker is as near to: a reader gives a name to the nearest marker."""
    h = fs * 1.15
    for dx, dy in ((0, 0), *_OFFSETS) if p.kind in WATER_KINDS else _OFFSETS:
        x = p.at[0] + dx * LABEL_GAP + (0 if dx > 0 else -w if dx < 0 else -w / 2)
        y = p.at[1] + dy * LABEL_GAP + (-h / 2 if dy == 0 else -h if dy < 0 else 0)
        box = (x, y, x + w, y + h)
        own = _distance(p.at, box) + LABEL_GAP * 0.6
        if (
            _inside(box, frame)
            and not any(_overlaps(box, t) for t in taken)
            and all(_distance(q, box) > own for q in others)
        ):
            anchor: Anchor = "start" if dx > 0 else "end" if dx < 0 else "middle"
            ax = box[0] if anchor == "start" else box[2] if anchor == "end" else (x + w / 2)
            return box, anchor, (ax, box[3] - h * 0.25)
    return None


def _distance(point: XY, box: Box) -> float:
    dx = max(box[0] - point[0], 0.0, point[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[3])
    return math.hypot(dx, dy)


def _tag_anchors(feature: MapFeature) -> list[XY]:
    """Where an article tag may sit: by its anchor first, then elsewhere along the
    line (or round the area), so a tag never has to cover a town's marker."""
    pts = feature.points
    if not pts:
        return [feature.anchor]
    if feature.kind == "line":
        spots = [pts[min(len(pts) - 1, int(len(pts) * f))] for f in (0.5, 0.66, 0.2, 0.8)]
    else:
        spots = [pts[k] for k in range(0, len(pts), max(1, len(pts) // 6))]
    return [feature.anchor, *spots]


def _dense(points: tuple[XY, ...], step: float) -> list[XY]:
    """The points of a line, with more put in so no gap is longer than ``step``."""
    out: list[XY] = list(points[:1])
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        n = max(1, int(math.hypot(x2 - x1, y2 - y1) / step))
        out += [(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n) for i in range(1, n + 1)]
    return out


def fitted_extent(points: list[Point], limit: Extent, aspect: float, margin: float = 0.6) -> Extent:
    """The smallest view of the points (with a margin) at the frame's aspect, inside ``limit``.

    Readers see the treaty's ground large rather than a whole region with the
    places crowded in one corner; with no points, the whole region.
    """
    if not points:
        return limit
    west = max(limit[0], min(p[0] for p in points) - margin)
    east = min(limit[2], max(p[0] for p in points) + margin)
    south = max(limit[1], min(p[1] for p in points) - margin)
    north = min(limit[3], max(p[1] for p in points) + margin)
    k = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * k, north - south
    if width / height < aspect:  # too tall: widen around the middle
        grow = (height * aspect / k - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = (width / aspect - height) / 2
        south, north = south - grow, north + grow
    shift_x = max(0.0, limit[0] - west) - max(0.0, east - limit[2])
    shift_y = max(0.0, limit[1] - south) - max(0.0, north - limit[3])
    west, east, south, north = west + shift_x, east + shift_x, south + shift_y, north + shift_y
    return (max(limit[0], west), max(limit[1], south), min(limit[2], east), min(limit[3], north))


def build_scene(
    basemap: BaseMap,
    treaty: TreatyFeatures,
    gazetteer: Gazetteer,
    named: Mapping[str, Collection[str]],
    *,
    texts: Mapping[str, str] | None = None,
    version: Version = "both",
    focus_places: Collection[str] = (),
    focus_features: Collection[str] = (),
    lang: str = "en",
    size: tuple[float, float] = (900.0, 560.0),
    measure: Measure = rough_measure,
    label_size: float = LABEL_SIZE,
    article_word: str = "Art.",
    fit: bool = True,
) -> MapScene:
    """The map of the places the texts name.

    ``named`` maps an entity id to the versions ("old", "new") that name it;
    ``texts`` maps "old"/"new" to a bundled text id, so the treaty's own lines
    are drawn for the version that describes them.
    """
    width, height = size
    main_frame: Box = (0.0, 0.0, width, height)
    shown = {"old": {"old"}, "new": {"new"}, "both": {"old", "new"}}[version]
    text_ids = {texts[v] for v in shown if texts and v in texts}
    # The treaty's lines belong to the texts that describe them, not to a reader's own texts.
    chosen = [f for f in treaty.features if any(t in f.articles for t in text_ids)]

    located: list[tuple[Entity, Point, Literal["main", "overview"], frozenset[str]]] = []
    unlocated: list[tuple[str, str]] = []
    for entity_id, versions in named.items():
        entity = gazetteer.get(entity_id)
        if entity is None or entity.kind not in PLACE_KINDS:
            continue
        if not frozenset(versions) & shown and version != "both":
            continue
        point = place_point(entity.coordinates)
        region = basemap.region_of(point) if point else None
        if point is None or region is None:
            unlocated.append((entity_id, display_name(entity, lang)))
            continue
        located.append((entity, point, region, frozenset(versions)))

    extent = fitted_extent(
        [p for _, p, region, _ in located if region == "main"] + [q for f in chosen for q in f.points],
        basemap.extent, width / max(height, 1.0),
    ) if fit else basemap.extent  # fmt: skip
    main = Projection(extent, main_frame)
    inset_w = min(width * INSET_SHARE, 210.0)
    ow, os_, oe, on = basemap.overview_extent
    inset_h = inset_w * (on - os_) / ((oe - ow) * math.cos(math.radians((os_ + on) / 2)))
    inset_frame: Box = (6.0, height - inset_h - 6.0, 6.0 + inset_w, height - 6.0)
    over = Projection(basemap.overview_extent, inset_frame)
    w_, s_, e_, n_ = extent
    tl, br = over((w_, n_)), over((e_, s_))

    features = []
    for f in chosen:
        pts = tuple(main(p) for p in f.points)
        arts = "; ".join(f"{t}: {', '.join(a)}" for t, a in f.articles.items())
        order = [texts[v] for v in ("old", "new") if texts and v in texts and v in shown] or list(
            f.articles
        )
        parts = [", ".join(f.articles[t]) for t in dict.fromkeys(order) if t in f.articles]
        short = article_word + " " + " → ".join(dict.fromkeys(parts))
        anchor = (
            pts[len(pts) // 3]
            if f.kind == "line"
            else (sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts))
        )
        features.append(
            MapFeature(
                f.id,
                f.kind,
                f.label_in(lang),
                short,
                arts,
                pts,
                f.id in focus_features,
                f.confidence,
                f.provenance_in(lang),
                f.note,
                anchor,
            )
        )

    places = [
        MapPlace(entity.id, display_name(entity, lang), entity.kind, region,
                 main(point) if region == "main" else over(point), entity.id in focus_places,
                 versions, _tooltip(entity, lang))
        for entity, point, region, versions in located
    ]  # fmt: skip

    keep_out = [inset_frame]
    markers = [
        (p.at[0] - MARKER_ROOM, p.at[1] - MARKER_ROOM, p.at[0] + MARKER_ROOM, p.at[1] + MARKER_ROOM)
        for p in places
        if p.frame == "main"
    ]
    for feature in features:  # the article tags first: they say what the lines are
        w, h = measure(feature.short_label, label_size), label_size * 1.15
        for x, y in _tag_anchors(feature):
            for dx, dy in ((8, -h / 2), (-w - 8, -h / 2), (-w / 2, 6), (-w / 2, -h - 6)):
                box = (x + dx, y + dy, x + dx + w, y + dy + h)
                if _inside(box, main_frame) and not any(
                    _overlaps(box, k) for k in keep_out + markers
                ):
                    feature.label_box = box
                    keep_out.append(box)
                    break
            if feature.label_box is not None:
                break
    lines = [  # the other labels keep off the lines (areas may hold labels)
        (x - 2.5, y - 2.5, x + 2.5, y + 2.5)
        for drawn in features
        if drawn.kind == "line"
        for x, y in _dense(drawn.points, 5.0)
    ]
    place_labels(
        places,
        measure,
        label_size,
        {"main": main_frame, "overview": inset_frame},
        keep_out=keep_out,
        lines=lines,
    )
    return MapScene(
        extent=extent,
        width=width,
        height=height,
        main_frame=main_frame,
        inset_frame=inset_frame,
        land=[main.polygon(p) for p in basemap.land],
        lakes=[
            (lake.name, poly)
            for lake in basemap.lakes
            for poly in (main.polygon(p) for p in lake.polygons)
        ],
        rivers=[(r.name, main.ring(line)) for r in basemap.rivers for line in r.lines],
        borders=[main.ring(line) for line in basemap.borders],
        inset_land=[over.polygon(p) for p in basemap.overview_land],
        inset_region=(tl[0], tl[1], br[0], br[1]),
        features=features,
        places=sorted(places, key=lambda p: p.entity_id),
        unlocated=sorted(unlocated, key=lambda u: u[1]),
        disclaimer=treaty.disclaimer_in(lang),
        source=basemap.source,
        version=version,
        label_size=label_size,
    )
