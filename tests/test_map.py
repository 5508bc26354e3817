"""The map's data and layout, as plain Python: what a reader relies on the map to show."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from treatyviewer.cli import run
from treatyviewer.core.entities import Gazetteer
from treatyviewer.core.map_data import (
    PLACE_KINDS,
    WATER_KINDS,
    in_polygon,
    place_point,
    polyline_distance_km,
)
from treatyviewer.core.map_places import bundled_map, named_versions
from treatyviewer.core.map_scene import _distance as _gap
from treatyviewer.core.map_scene import _overlaps, build_scene, fitted_extent
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.map_svg import render_svg

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.bundled()


def _scene(gazetteer: Gazetteer, **kw):  # type: ignore[no-untyped-def]
    basemap, treaty = bundled_map()
    docs = {"old": load_bundled("draft-1920"), "new": load_bundled("moscow-1921")}
    named = named_versions(docs, gazetteer)
    texts = {"old": "draft-1920", "new": "moscow-1921"}
    return build_scene(basemap, treaty, gazetteer, named, texts=texts, **kw)


def test_every_place_with_coordinates_lies_where_it_should(gazetteer: Gazetteer) -> None:
    """Inside one of the map's frames; towns and lands on land, seas on water,
    rivers on a river or on the treaty line that follows them."""
    basemap, treaty = bundled_map()
    lines = {e: f.points for f in treaty.features for e in f.entities}
    checked = 0
    for entity in gazetteer:
        point = place_point(entity.coordinates)
        if entity.kind not in PLACE_KINDS or point is None:
            continue
        checked += 1
        assert basemap.region_of(point), f"{entity.id} at {point} is outside the map"
        if entity.kind in WATER_KINDS:
            assert not basemap.on_land(point) or basemap.in_lake(point), (
                f"{entity.id} is on dry land"
            )
        elif entity.kind == "river":
            near = min(
                basemap.river_distance_km(point),
                polyline_distance_km(point, lines.get(entity.id, (point,))),
            )
            assert near < 5, f"{entity.id} is {near:.1f} km from any river line"
        else:
            assert basemap.on_land(point), f"{entity.id} at {point} is in the water"
    assert checked >= 25


def test_the_frontier_runs_from_sarp_to_the_lower_kara_su(gazetteer: Gazetteer) -> None:
    _, treaty = bundled_map()
    frontier = next(f for f in treaty.features if f.id == "moscow-frontier")
    sarp = place_point(gazetteer.get("sarp").coordinates)  # type: ignore[union-attr]
    kara_su = place_point(gazetteer.get("lower-kara-su").coordinates)  # type: ignore[union-attr]
    assert polyline_distance_km(sarp, frontier.line[:2]) < 5  # type: ignore[arg-type]
    assert polyline_distance_km(kara_su, frontier.line[-2:]) < 5  # type: ignore[arg-type]
    # Kars and Ardahan stay south of it: both are well inside Turkey's side.
    for town in ("kars", "ardahan"):
        point = place_point(gazetteer.get(town).coordinates)  # type: ignore[union-attr]
        assert polyline_distance_km(point, frontier.line) > 5  # type: ignore[arg-type]
    assert frontier.confidence and frontier.provenance
    assert frontier.articles == {"moscow-1921": ("I",), "kars-1921": ("IV",)}


def test_the_areas_hold_their_towns(gazetteer: Gazetteer) -> None:
    _, treaty = bundled_map()
    areas = {f.id: f.area for f in treaty.features if f.kind == "area"}
    batum = place_point(gazetteer.get("batum").coordinates)  # type: ignore[union-attr]
    nakh = place_point(gazetteer.get("nakhichevan").coordinates)  # type: ignore[union-attr]
    kars = place_point(gazetteer.get("kars").coordinates)  # type: ignore[union-attr]
    assert in_polygon(batum, areas["batum-area"])  # type: ignore[arg-type]
    assert in_polygon(nakh, areas["nakhichevan-area"])  # type: ignore[arg-type]
    assert not in_polygon(kars, areas["batum-area"])  # type: ignore[arg-type]


def test_labels_never_overlap_and_the_main_places_are_named(gazetteer: Gazetteer) -> None:
    for size in ((900.0, 560.0), (420.0, 300.0)):
        scene = _scene(gazetteer, size=size)
        boxes = [p.label_box for p in scene.places if p.label_box and p.frame == "main"]
        boxes += [f.label_box for f in scene.features if f.label_box]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not _overlaps(a, b), (a, b)  # type: ignore[arg-type]
        named = {p.entity_id for p in scene.places if p.label_box}
        assert {"kars", "ardahan", "batum", "nakhichevan"} <= named, size


def test_the_view_fits_the_treaty_ground() -> None:
    limit = (36.0, 37.0, 50.5, 44.0)
    extent = fitted_extent([(41.5, 41.5), (45.5, 39.2)], limit, 1.6)
    assert limit[0] <= extent[0] < 41.5 and 45.5 < extent[2] <= limit[2]
    assert extent[2] - extent[0] < limit[2] - limit[0]
    assert fitted_extent([], limit, 1.6) == limit


def test_versions_say_what_each_text_names(gazetteer: Gazetteer) -> None:
    draft = _scene(gazetteer, version="old")
    treaty = _scene(gazetteer, version="new")
    assert draft.place("kars") is None and treaty.place("kars") is not None
    assert draft.features == [] and {f.id for f in treaty.features} == {
        "moscow-frontier", "batum-area", "nakhichevan-area"}  # fmt: skip
    assert "kanny-dag" in {e for e, _ in treaty.unlocated}


def test_map_command_writes_an_svg_with_the_places_and_the_frontier(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    assert run(["map", "--svg", str(out)]) == 0
    root = ET.parse(out).getroot()
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    for name in ("Kars", "Ardahan", "Batum", "Nakhichevan", "Sarp", "Araxes"):
        assert re.search(rf"\b{name}\b", text), name
    frontier = [p for p in root.iter(f"{SVG}path") if p.get("id") == "moscow-frontier"]
    assert len(frontier) == 1 and frontier[0].get("aria-label") == "Frontier of Art. I"
    assert frontier[0].get("d", "").count("L") > 20
    assert "Art. I" in text and "not surveyed" in text


def test_map_command_in_russian_and_dark(tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    assert (
        run(["map", "draft-1920", "moscow-1921", "--svg", str(out), "--lang", "ru", "--dark"]) == 0
    )
    svg = out.read_text(encoding="utf-8")
    assert "Карс" in svg and "Нахичевань" in svg and "#16212B" in svg


def test_map_command_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["map"]) == 2
    assert "--svg" in capsys.readouterr().err


def test_escapes_text_in_svg(gazetteer: Gazetteer) -> None:
    scene = _scene(gazetteer)
    svg = render_svg(scene, title="<script>alert(1)</script>")
    assert "<script>" not in svg
    ET.fromstring(svg)


def test_coordinates_agree_with_a_second_source(gazetteer: Gazetteer) -> None:
    """Where a second source places the same town, peak, lake or river, it agrees."""
    from treatyviewer.core.resources import load_json

    checks = load_json("geo", "coordinate-checks.json")["checks"]
    assert len(checks) >= 15
    for entity_id, check in checks.items():
        assert gazetteer.get(entity_id) is not None, entity_id
        assert check["km"] is not None and check["km"] <= 15, (entity_id, check)


def test_kars_draws_the_lines_it_repeats(gazetteer: Gazetteer) -> None:
    """Kars Arts. IV–VI repeat Moscow's frontier, Nakhichevan and Batum (its metadata's table)."""
    from treatyviewer.core.resources import bundled_metadata

    _, treaty = bundled_map()
    table = bundled_metadata("kars-1921")["correspondences"]
    assert table["with"] == "moscow-1921"
    pairs = {(p["here"], p["there"]) for p in table["pairs"]}
    for feature in treaty.features:
        for kars in feature.articles["kars-1921"]:
            assert any((kars, m) in pairs for m in feature.articles["moscow-1921"]), feature.id


def test_pdf_and_html_of_the_bundled_pair_have_a_map(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from treatyviewer.io.map_report import TITLE

    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    assert run(["export", "--pdf", str(pdf), "--html", str(html)]) == 0
    reader = PdfReader(pdf)
    last = len(reader.pages) - 1
    entry = next(o for o in reader.outline if not isinstance(o, list) and o.title == TITLE)
    assert reader.get_destination_page_number(entry) == last
    text = " ".join((reader.pages[last].extract_text() or "").split())
    for word in ("Kars", "Batum", "Frontier of Art. I", "not surveyed"):
        assert word in text, word
    page = html.read_text(encoding="utf-8")
    section = page[page.index('<section id="map">') :]
    assert 'id="moscow-frontier"' in section and "Nakhichevan" in section


def test_map_command_writes_a_png(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "map.png"
    assert run(["map", "--png", str(out), "--lang", "tr"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_a_readers_own_texts_get_places_but_not_the_treatys_lines(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Article 1\n\nThe parties meet at Tiflis and at Kars.\n", encoding="utf-8")
    new.write_text(
        "Article 1\n\nThe parties meet at Erivan, at Kars and at Baku.\n", encoding="utf-8"
    )
    out = tmp_path / "map.svg"
    assert run(["map", str(old), str(new), "--svg", str(out)]) == 0
    root = ET.parse(out).getroot()
    ids = {p.get("id") for p in root.iter(f"{SVG}g")}
    assert {"place-kars", "place-tiflis", "place-erivan", "place-baku"} <= ids
    assert not [p for p in root.iter(f"{SVG}path") if p.get("id") == "moscow-frontier"]


def test_labels_keep_off_the_frontier(gazetteer: Gazetteer) -> None:
    from treatyviewer.core.map_scene import _dense

    scene = _scene(gazetteer, size=(900.0, 560.0))
    frontier = next(f for f in scene.features if f.id == "moscow-frontier")
    dots = _dense(frontier.points, 5.0)
    for place in scene.places:
        box = place.label_box
        if box is None or place.frame != "main":
            continue
        inside = [d for d in dots if box[0] < d[0] < box[2] and box[1] < d[1] < box[3]]
        assert not inside, place.entity_id


def test_article_tags_and_names_keep_off_the_markers_and_each_other(gazetteer: Gazetteer) -> None:
    """'Art. II' once sat on the Batum and Sarp markers."""
    for size in ((900.0, 560.0), (640.0, 420.0), (420.0, 300.0)):
        scene = _scene(gazetteer, size=size)
        for frame in ("main", "overview"):
            places = [p for p in scene.places if p.frame == frame]
            boxes = [p.label_box for p in places if p.label_box]
            if frame == "main":
                boxes += [f.label_box for f in scene.features if f.label_box]
            for i, a in enumerate(boxes):
                for b in boxes[i + 1 :]:
                    assert not _overlaps(a, b), (size, a, b)  # type: ignore[arg-type]
            tags = [f.label_box for f in scene.features if f.label_box] if frame == "main" else []
            for p in places:
                if p.kind in WATER_KINDS:
                    continue
                dot = (p.at[0] - 4, p.at[1] - 4, p.at[0] + 4, p.at[1] + 4)
                for box in tags + [q.label_box for q in places if q is not p and q.label_box]:
                    assert not _overlaps(dot, box), (size, p.entity_id, box)  # type: ignore[arg-type]


def test_constantinople_the_straits_and_the_black_sea_are_on_the_map(
    gazetteer: Gazetteer, tmp_path: Path
) -> None:
    for size in ((900.0, 560.0), (420.0, 300.0)):
        scene = _scene(gazetteer, size=size)
        for entity_id in ("constantinople", "straits", "black-sea"):
            place = scene.place(entity_id)
            assert place is not None, (size, entity_id)
            # Named on the map, or numbered there, or listed as too close to name.
            assert place.label_box is not None or place in scene.unnamed(), entity_id
            assert place.key == "" or place in scene.keyed(), entity_id
        assert scene.place("straits").label_box is not None or size[0] < 900
    out = tmp_path / "map.svg"
    assert run(["map", "--svg", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    scene = _scene(gazetteer, size=(900.0, 560.0))
    for place in scene.keyed():
        assert f"{place.key} {place.name}" in svg  # the legend says which place a number is
    assert "Black Sea" in svg and "Straits" in svg and "Constantinople" in svg


def test_every_name_sits_nearest_its_own_marker(gazetteer: Gazetteer) -> None:
    """On the crowded overview, 'Kastamonu' once sat beside Constantinople's marker,
    so a reader took the one town for the other."""
    for size in ((900.0, 560.0), (735.0, 700.0), (640.0, 420.0), (420.0, 300.0)):
        scene = _scene(gazetteer, size=size)
        for p in scene.places:
            if p.label_box is None or (p.kind in WATER_KINDS and _gap(p.at, p.label_box) == 0):
                continue
            others = [q for q in scene.places if q.frame == p.frame and q.at != p.at]
            nearest = min(others, key=lambda q: _gap(q.at, p.label_box))  # type: ignore[arg-type]
            assert _gap(p.at, p.label_box) < _gap(nearest.at, p.label_box), (
                size,
                p.entity_id,
                nearest.entity_id,
            )


def test_the_overview_keeps_inside_its_frame(gazetteer: Gazetteer) -> None:
    """Its coasts ran on past the frame and covered the frame's own edge."""
    svg = render_svg(_scene(gazetteer, size=(900.0, 560.0)))
    root = ET.fromstring(svg)
    clip = root.find(f".//{SVG}clipPath[@id='inset']")
    assert clip is not None
    group = root.find(f".//{SVG}g[@clip-path='url(#inset)']")
    assert group is not None and group.find(f"{SVG}path") is not None
    frame = clip.find(f"{SVG}rect")
    edges = [
        r
        for r in root.iter(f"{SVG}rect")
        if r.get("stroke") and r.get("fill") == "none" and r.get("x") == frame.get("x")  # type: ignore[union-attr]
    ]
    assert edges, "the inset's frame is drawn over its land"


def test_numbered_places_are_numbered_by_where_they_are(gazetteer: Gazetteer) -> None:
    """A click on a place renumbered the others (1 was Moscow, then the Black Sea): the
    numbers followed the order the names were placed in, which emphasis changes."""
    for size in ((420.0, 300.0), (300.0, 230.0)):
        for focus in ((), ("arpa-chai",), ("kars",)):
            scene = _scene(gazetteer, size=size, focus_places=focus)
            keyed = scene.keyed()
            assert keyed, size
            where = sorted(keyed, key=lambda p: (p.frame != "main", p.at[1], p.at[0]))
            assert [p.key for p in where] == [str(n) for n in range(1, len(keyed) + 1)]
