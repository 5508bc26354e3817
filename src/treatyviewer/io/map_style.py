"""The map's colours and marks, shared by the dock and the SVG writer.

Okabe–Ito colours as in the rest of the app, each with a second signal: the
treaty's areas carry hatching or dots, and a place's marker shape says which
version names it (circle: both; square: only the earlier; diamond: only the later).
"""

from __future__ import annotations

from dataclasses import dataclass

from .report_palette import DELETE, INSERT, SPLIT, YELLOW


@dataclass(frozen=True, slots=True)
class MapColours:
    water: str
    land: str
    lake: str
    river: str
    border: str
    text: str
    halo: str
    frontier: str
    both: str
    old_only: str
    new_only: str
    focus: str
    areas: tuple[tuple[str, str], ...]
    """(fill colour, pattern) for the treaty's areas in order: hatch, dots."""


LIGHT = MapColours(
    water="#DCEBF5", land="#F4F1EA", lake="#C9DFF0", river="#5B9BD5", border="#A8A196",
    text="#1E1E1E", halo="#FFFFFF", frontier=DELETE, both="#1E1E1E", old_only=DELETE,
    new_only=INSERT, focus=YELLOW, areas=((SPLIT, "hatch"), (INSERT, "dots")),
)  # fmt: skip
DARK = MapColours(
    water="#16212B", land="#2B2E33", lake="#2E5577", river="#6FA8DC", border="#6A6F77",
    text="#ECECEC", halo="#101214", frontier="#FF8A3D", both="#ECECEC", old_only="#FF8A3D",
    new_only="#3DD6A5", focus=YELLOW, areas=(("#56B4E9", "hatch"), ("#3DD6A5", "dots")),
)  # fmt: skip

MARKERS = {"both": "circle", "old": "square", "new": "diamond"}


def colours(dark: bool) -> MapColours:
    return DARK if dark else LIGHT


def version_key(named_in: frozenset[str]) -> str:
    """Which of the three marker kinds a place gets."""
    if named_in >= {"old", "new"}:
        return "both"
    return "old" if "old" in named_in else "new"
