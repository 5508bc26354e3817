"""Write a map scene as a standalone SVG (CLI ``map --svg``, HTML report)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

from ..core.map_data import WATER_KINDS
from ..core.map_scene import OVERVIEW_TEXT, XY, MapPlace, MapScene
from .map_style import MARKERS, MapColours, colours, version_key
from .map_words import ENGLISH

PANEL = 250.0


def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def _path(rings: Iterable[Sequence[XY]], close: bool) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 2:
            continue
        head, *rest = ring
        parts.append(
            f"M{_f(head[0])},{_f(head[1])}" + "".join(f"L{_f(x)},{_f(y)}" for x, y in rest)
        )
        if close:
            parts[-1] += "Z"
    return "".join(parts)


def marker_svg(kind: str, x: float, y: float, r: float, fill: str, stroke: str) -> str:
    if kind == "square":
        return f'<rect x="{_f(x - r)}" y="{_f(y - r)}" width="{_f(2 * r)}" height="{_f(2 * r)}" fill="{fill}" stroke="{stroke}"/>'
    if kind == "diamond":
        pts = f"{_f(x)},{_f(y - r * 1.3)} {_f(x + r * 1.3)},{_f(y)} {_f(x)},{_f(y + r * 1.3)} {_f(x - r * 1.3)},{_f(y)}"
        return f'<polygon points="{pts}" fill="{fill}" stroke="{stroke}"/>'
    return f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" fill="{fill}" stroke="{stroke}"/>'


def haloed_text(x: float, y: float, text: str, attrs: str, fill: str, halo: str) -> str:
    """Text on a halo, as two elements: not every renderer knows ``paint-order``."""
    body = escape(text)
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" {attrs} fill="none" stroke="{halo}" stroke-width="3.2" '
        f'stroke-linejoin="round" aria-hidden="true">{body}</text>'
        f'<text x="{_f(x)}" y="{_f(y)}" {attrs} fill="{fill}">{body}</text>'
    )


def _defs(c: MapColours) -> str:
    (hatch_col, _), (dots_col, _) = c.areas
    return (
        "<defs>"
        f'<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<line x1="0" y1="0" x2="0" y2="8" stroke="{hatch_col}" stroke-width="2.2"/></pattern>'
        f'<pattern id="dots" width="7" height="7" patternUnits="userSpaceOnUse">'
        f'<circle cx="3.5" cy="3.5" r="1.4" fill="{dots_col}"/></pattern>'
        f'<clipPath id="main"><rect x="0" y="0" width="{{w}}" height="{{h}}"/></clipPath>'
        "</defs>"
    )


def _place(p: MapPlace, c: MapColours, size: float) -> str:
    key = version_key(p.named_in)
    fill = {"both": c.both, "old": c.old_only, "new": c.new_only}[key]
    r = 4.2 if p.frame == "main" else 3.0
    out = [
        f'<g class="place" id={quoteattr("place-" + p.entity_id)}><title>{escape(p.tooltip)}</title>'
    ]
    if p.emphasised and p.kind not in WATER_KINDS:
        out.append(
            f'<circle cx="{_f(p.at[0])}" cy="{_f(p.at[1])}" r="{_f(r + 5)}" fill="{c.focus}" opacity="0.85"/>'
        )
    if p.has_marker:
        out.append(marker_svg(MARKERS[key], p.at[0], p.at[1], r, fill, c.halo))
    if p.label_box is not None:
        weight = "bold" if p.emphasised else "normal"
        style = "italic" if p.kind in ("river", "sea", "strait") else "normal"
        fs = size if p.frame == "main" else size * OVERVIEW_TEXT
        attrs = f'text-anchor="{p.label_anchor}" font-size="{_f(fs)}" font-weight="{weight}" font-style="{style}"'
        out.append(haloed_text(p.label_at[0], p.label_at[1], p.label_text, attrs, c.text, c.halo))
    out.append("</g>")
    return "".join(out)


def _legend(scene: MapScene, c: MapColours, x: float, labels: dict[str, str]) -> list[str]:
    out, y = [], 24.0
    size = scene.label_size

    def line(text: str, bold: bool = False, dy: float = 1.45) -> None:
        nonlocal y
        weight = ' font-weight="bold"' if bold else ""
        out.append(
            f'<text x="{_f(x)}" y="{_f(y)}" font-size="{_f(size)}"{weight} fill="{c.text}">{escape(text)}</text>'
        )
        y += size * dy

    line(labels["legend"], bold=True)
    for key in ("both", "old", "new"):
        fill = {"both": c.both, "old": c.old_only, "new": c.new_only}[key]
        out.append(marker_svg(MARKERS[key], x + 5, y - size * 0.35, 4.2, fill, c.halo))
        out.append(
            f'<text x="{_f(x + 16)}" y="{_f(y)}" font-size="{_f(size)}" fill="{c.text}">{escape(labels[key])}</text>'
        )
        y += size * 1.45
    for feature in scene.features:
        if feature.kind == "line":
            out.append(
                f'<line x1="{_f(x)}" y1="{_f(y - 4)}" x2="{_f(x + 12)}" y2="{_f(y - 4)}" stroke="{c.frontier}" stroke-width="3"/>'
            )
        else:
            pattern = "hatch" if feature.id == "batum-area" else "dots"
            out.append(
                f'<rect x="{_f(x)}" y="{_f(y - 10)}" width="12" height="10" fill="url(#{pattern})" stroke="{c.text}" stroke-width="0.6"/>'
            )
        out.append(
            f'<text x="{_f(x + 16)}" y="{_f(y)}" font-size="{_f(size)}" fill="{c.text}">{escape(feature.label)}</text>'
        )
        y += size * 1.2
        out.append(
            f'<text x="{_f(x + 16)}" y="{_f(y)}" font-size="{_f(size * 0.85)}" fill="{c.text}">'
            f"{escape(labels['confidence'].format(labels.get(feature.confidence, feature.confidence)))}</text>"
        )
        y += size * 1.45
    if scene.keyed():
        y += size * 0.6
        line(labels["keyed"], bold=True)
        for place in scene.keyed():
            line(f"{place.key} {place.name}")
    if scene.unnamed():
        y += size * 0.6
        line(labels["unnamed"], bold=True)
        for place in scene.unnamed():
            line("· " + place.name)
    if scene.unlocated:
        y += size * 0.6
        line(labels["unlocated"], bold=True)
        for _, name in scene.unlocated:
            line("· " + name)
    return out


def render_svg(
    scene: MapScene, *, dark: bool = False, title: str = "", labels: dict[str, str] | None = None
) -> str:
    """The scene with a side panel (legend, places not on the map) and the disclaimer."""
    c = colours(dark)
    labels = {**ENGLISH, **(labels or {})}  # what ``labels`` does not give, in English
    w, h = scene.width, scene.height
    total_w, total_h = w + PANEL, h + 44
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(total_w)}" height="{_f(total_h)}" '
        f'viewBox="0 0 {_f(total_w)} {_f(total_h)}" font-family="DejaVu Sans, sans-serif" role="img">',
        f"<title>{escape(title or labels['title'])}</title>",
        _defs(c).replace("{w}", _f(w)).replace("{h}", _f(h)),
        f'<rect width="{_f(total_w)}" height="{_f(total_h)}" fill="{c.halo}"/>',
        f'<g clip-path="url(#main)"><rect width="{_f(w)}" height="{_f(h)}" fill="{c.water}"/>',
        f'<path d="{_path((r for poly in scene.land for r in poly), True)}" fill="{c.land}" fill-rule="evenodd"/>',
        f'<path d="{_path((r for _, poly in scene.lakes for r in poly), True)}" fill="{c.lake}" fill-rule="evenodd"/>',
        f'<path d="{_path((line for _, line in scene.rivers), False)}" fill="none" stroke="{c.river}" stroke-width="1.1"/>',
        f'<path d="{_path(scene.borders, False)}" fill="none" stroke="{c.border}" stroke-width="0.8" stroke-dasharray="4 3"/>',
    ]
    for i, feature in enumerate(f for f in scene.features if f.kind == "area"):
        pattern = "hatch" if i == 0 else "dots"
        out.append(
            f'<path class="treaty-area" id={quoteattr(feature.id)} d="{_path([feature.points], True)}" '
            f'fill="url(#{pattern})" stroke="{c.areas[min(i, 1)][0]}" stroke-width="{2.4 if feature.emphasised else 1.2}">'
            f"<title>{escape(feature.label + ' — ' + feature.provenance)}</title></path>"
        )
    for feature in (f for f in scene.features if f.kind == "line"):
        width = 4.5 if feature.emphasised else 3.0
        out.append(
            f'<path d="{_path([feature.points], False)}" fill="none" stroke="{c.halo}" stroke-width="{width + 2.5}"/>'
        )
        out.append(
            f'<path class="treaty-line" id={quoteattr(feature.id)} d="{_path([feature.points], False)}" fill="none" '
            f'stroke="{c.frontier}" stroke-width="{width}" stroke-linejoin="round" aria-label={quoteattr(feature.label)}>'
            f"<title>{escape(feature.label + ' — ' + feature.provenance)}</title></path>"
        )
    for feature in scene.features:
        if feature.label_box is None:
            continue
        attrs = f'class="feature-label" font-size="{_f(scene.label_size)}" font-weight="bold"'
        colour = c.frontier if feature.kind == "line" else c.text
        out.append(
            haloed_text(
                feature.label_box[0],
                feature.label_box[3] - scene.label_size * 0.3,
                feature.short_label,
                attrs,
                colour,
                c.halo,
            )
        )
    ix0, iy0, ix1, iy1 = scene.inset_frame
    out.append("</g>")
    # Not every renderer clips: cover whatever overflows the map with the page.
    out.append(
        f'<rect x="{_f(w)}" y="0" width="{_f(PANEL)}" height="{_f(total_h)}" fill="{c.halo}"/>'
    )
    out.append(
        f'<rect x="0" y="{_f(h)}" width="{_f(total_w)}" height="{_f(total_h - h)}" fill="{c.halo}"/>'
    )
    inset = f'x="{_f(ix0)}" y="{_f(iy0)}" width="{_f(ix1 - ix0)}" height="{_f(iy1 - iy0)}"'
    # the overview's coasts run on past its frame: clipped, and the frame drawn last
    out.append(f'<clipPath id="inset"><rect {inset}/></clipPath><g clip-path="url(#inset)">')
    out.append(f'<rect {inset} fill="{c.water}"/>')
    out.append(
        f'<path d="{_path((r for poly in scene.inset_land for r in poly), True)}" fill="{c.land}" fill-rule="evenodd"/>'
    )
    rx0, ry0, rx1, ry1 = scene.inset_region
    out.append(
        f'<rect x="{_f(rx0)}" y="{_f(ry0)}" width="{_f(rx1 - rx0)}" height="{_f(ry1 - ry0)}" fill="none" stroke="{c.frontier}" stroke-width="1.2"/></g>'
    )
    out.append(f'<rect {inset} fill="none" stroke="{c.text}" stroke-width="0.8"/>')
    out.extend(_place(p, c, scene.label_size) for p in scene.places)
    out.extend(_legend(scene, c, w + 14, labels))
    out.append(
        f'<text x="8" y="{_f(h + 18)}" font-size="{_f(scene.label_size * 0.9)}" fill="{c.text}">{escape(scene.disclaimer)}</text>'
        f'<text x="8" y="{_f(h + 34)}" font-size="{_f(scene.label_size * 0.8)}" fill="{c.text}">'
        f"{escape(labels['base'])}: {escape(scene.source.split(';')[0])}</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"
