"""What the connector band and the overview bar draw, computed from the laid-out panes."""

from __future__ import annotations

from ...core.comparison import Comparison
from ..common.colours import Scheme
from .connector import Band
from .geometry import SideGeometry
from .overview import Tick
from .render import Rendered
from .scrollsync import ScrollSync


def bands(cmp: Comparison, geo: tuple[SideGeometry, SideGeometry], sync: ScrollSync) -> list[Band]:
    """One band per aligned pair of segments; added and removed ones open from a gap."""
    out = []
    old_r, new_r = geo[0].ranges, geo[1].ranges
    for pair in cmp.pairs:
        status = "moved" if pair.moved else pair.status
        for o in pair.old:
            for n in pair.new:
                if o in old_r and n in new_r:
                    out.append(Band(old_r[o], new_r[n], status))
    for j in cmp.added:
        if j in new_r:
            top, bottom = new_r[j]
            gap = (sync.map(1, top), sync.map(1, bottom))
            out.append(Band(gap, (top, bottom), "added"))
    for i in cmp.removed:
        if i in old_r:
            top, bottom = old_r[i]
            out.append(Band((top, bottom), (sync.map(0, top), sync.map(0, bottom)), "removed"))
    return out


def ticks(
    cmp: Comparison,
    rendered: tuple[Rendered, Rendered],
    geo: tuple[SideGeometry, SideGeometry],
    scheme: Scheme,
    known: tuple[dict[int, float], dict[int, float]] | None = None,
    height: float | None = None,
) -> list[Tick]:
    """Overview ticks: each word change where it lies, and whole added/removed articles.

    ``known`` gives the height of the changes laid out so far, by change id (a text
    still being written: the others are left out), ``height`` the whole text's
    expected height."""
    colours = {"insert": scheme.status("added").name(), "delete": scheme.status("removed").name()}
    amber = scheme.status("modified").name()
    out = []
    for side in (0, 1):
        side_rendered, side_geo = rendered[side], geo[side]
        whole = max(height or side_geo.height, 1.0)
        doc = side_rendered.document
        for cid, (_k, c) in enumerate(side_rendered.changes):
            start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
            if end <= start:
                continue
            if known is None:
                y = side_geo.y_of_position(doc, side_rendered.map.to_qt(start)) / whole
            elif cid in known[side]:
                y = known[side][cid] / whole
            else:
                continue
            out.append(Tick(y, y, colours.get(c.op, amber), side))
        lonely = cmp.removed if side == 0 else cmp.added
        for i in lonely:
            if i in side_geo.ranges:
                top, bottom = side_geo.ranges[i]
                colour = colours["delete" if side == 0 else "insert"]
                out.append(Tick(top / whole, bottom / whole, colour, side))
    return out
