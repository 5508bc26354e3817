"""What the connector band and the overview bar draw, computed from the laid-out panes."""

from __future__ import annotations

from ...core.comparison import Comparison
from ..common.colours import Scheme
from ..common.slices import Steps, run_through
from .change_stops import moved_only
from .connector import Band
from .geometry import SideGeometry
from .overview import Tick
from .render import Rendered
from .scrollsync import ScrollSync

STEP = 2000
"""Pairs or changes between two looks at the clock (``Steps`` versions)."""
ROWS = 2000
"""Overview rows a tick is placed in: far finer than any screen, and ticks in one row
are drawn as one (the last of them, as painting them all in order would show)."""


def bands(cmp: Comparison, geo: tuple[SideGeometry, SideGeometry], sync: ScrollSync) -> list[Band]:
    """One band per aligned pair of segments; added and removed ones open from a gap."""
    return run_through(band_steps(cmp, geo, sync))


def band_steps(
    cmp: Comparison, geo: tuple[SideGeometry, SideGeometry], sync: ScrollSync
) -> Steps[list[Band]]:
    """``bands`` a few thousand pairs at a time (a text of 40,000 articles)."""
    out = []
    old_r, new_r = geo[0].ranges, geo[1].ranges
    total = len(cmp.pairs)
    for k, pair in enumerate(cmp.pairs):
        if k % STEP == 0:
            yield k, total
        status = "moved" if pair.moved else pair.status
        for o in pair.old:
            for n in pair.new:
                if o in old_r and n in new_r:
                    out.append(Band(old_r[o], new_r[n], status))
    out.extend(lonely_bands(cmp, geo, sync))
    return out


def lonely_bands(
    cmp: Comparison, geo: tuple[SideGeometry, SideGeometry], sync: ScrollSync
) -> list[Band]:
    """Bands of the added and removed segments laid out: each opens from a gap."""
    out = []
    old_r, new_r = geo[0].ranges, geo[1].ranges
    for j in cmp.added:
        if j in new_r:
            top, bottom = new_r[j]
            gap = (sync.map(1, top), sync.map(1, bottom))
            out.append(Band(gap, (top, bottom), cmp.unpaired_status("added", j)))
    for i in cmp.removed:
        if i in old_r:
            top, bottom = old_r[i]
            gap = (sync.map(0, top), sync.map(0, bottom))
            out.append(Band((top, bottom), gap, cmp.unpaired_status("removed", i)))
    return out


def ticks(
    cmp: Comparison,
    rendered: tuple[Rendered, Rendered],
    geo: tuple[SideGeometry, SideGeometry],
    scheme: Scheme,
) -> list[Tick]:
    """Overview ticks of a text laid out whole, in one go (see ``tick_steps``)."""
    return run_through(tick_steps(cmp, rendered, geo, scheme))


def tick_steps(
    cmp: Comparison,
    rendered: tuple[Rendered, Rendered],
    geo: tuple[SideGeometry, SideGeometry],
    scheme: Scheme,
    known: tuple[dict[int, float], dict[int, float]] | None = None,
    height: float | None = None,
) -> Steps[list[Tick]]:
    """Overview ticks, a few thousand changes at a time: each word change where it lies
    (those in one overview row as one tick), whole added/removed articles, and articles
    moved with every word kept (a swap had left the bar blank).

    ``known`` gives the height of the changes laid out so far, by change id (a text
    still being written: the others are left out), ``height`` the whole text's
    expected height."""
    colours = {"insert": scheme.status("added").name(), "delete": scheme.status("removed").name()}
    amber = scheme.status("modified").name()
    out: list[Tick] = []
    for side in (0, 1):
        side_rendered, side_geo = rendered[side], geo[side]
        whole = max(height or side_geo.height, 1.0)
        doc = side_rendered.document
        rows: dict[int, str] = {}
        changes = side_rendered.changes
        measured = (
            sorted(known[side].items())  # in change order, as a whole text gives them
            if known is not None
            else ((cid, None) for cid in range(len(changes)))
        )
        total = len(known[side]) if known is not None else len(changes)
        for n, (cid, known_y) in enumerate(measured):
            if n % STEP == 0:
                yield n, total
            c = changes[cid][1]
            start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
            if end <= start:
                continue
            if known_y is None:
                y = side_geo.y_of_position(doc, side_rendered.map.to_qt(start)) / whole
            else:
                y = known_y / whole
            rows[round(y * ROWS)] = colours.get(c.op, amber)
        out.extend(Tick(row / ROWS, row / ROWS, colour, side) for row, colour in rows.items())
        moved = scheme.status("moved").name()  # moved with every word kept: no word ticks
        for _k, i in moved_only(cmp, side):
            if i in side_geo.ranges:
                top, bottom = side_geo.ranges[i]
                out.append(Tick(top / whole, bottom / whole, moved, side))
        lonely = cmp.removed if side == 0 else cmp.added
        unknown = scheme.status("unknown").name()  # a fate not known (``Comparison.unknown``)
        for i in lonely:
            if i in side_geo.ranges:
                top, bottom = side_geo.ranges[i]
                colour = colours["delete" if side == 0 else "insert"]
                if i in cmp.unknown[side]:
                    colour = unknown
                out.append(Tick(top / whole, bottom / whole, colour, side))
    return out
