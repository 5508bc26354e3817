"""Colours and labels every report shares, so the PDF and the HTML read alike.

Okabe–Ito colours (design.md, "Visual language"): safe for colour-blind
readers, and each paired with a second signal (strike-through, underline, a
text badge) so a black-and-white print still carries the meaning.
"""

from __future__ import annotations

INSERT = "#009E73"
DELETE = "#D55E00"
REPLACE = "#E69F00"
NOTE = "#F0E442"
MOVED = "#56B4E9"
RENUMBERED = "#CC79A7"
SPLIT = "#0072B2"
NEUTRAL = "#777777"


def tint(colour: str, strength: float = 0.28) -> str:
    """The colour mixed with white: a background light enough to read text on."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * strength) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def shade(colour: str, factor: float = 0.62) -> str:
    """A darker version for text drawn in the colour (contrast on white)."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * factor):02X}" for c in rgb)


# How each run kind of a report is drawn: background, text colour, decoration.
RUN_STYLES: dict[str, tuple[str, str, str]] = {
    "insert": (tint(INSERT), shade(INSERT), "underline"),
    "delete": (tint(DELETE), shade(DELETE), "line-through"),
    "replace_old": (tint(REPLACE), shade(REPLACE, 0.5), "line-through"),
    "replace_new": (tint(REPLACE), shade(REPLACE, 0.5), "underline"),
}

BADGE_COLOURS: dict[str, str] = {
    "unchanged": NEUTRAL,
    "modified": REPLACE,
    "moved": MOVED,
    "renumbered": RENUMBERED,
    "split": SPLIT,
    "merged": SPLIT,
    "added": INSERT,
    "removed": DELETE,
}

BADGE_MEANINGS: dict[str, str] = {
    "unchanged": "same wording in both texts",
    "modified": "wording changed",
    "moved": "stands at another place in the order",
    "renumbered": "carries another number",
    "split": "one article became several",
    "merged": "several articles became one",
    "added": "only in the later text",
    "removed": "only in the earlier text",
}

LEGEND: tuple[tuple[str, str, str], ...] = (
    ("insert", "inserted words", "blue-green tint, underlined"),
    ("delete", "deleted words", "vermillion tint, struck through"),
    ("replace_old", "replaced words (old)", "amber tint, struck through"),
    ("replace_new", "replaced words (new)", "amber tint, underlined"),
)
