"""The one palette: colours and labels the window, the PDF and the HTML all share.

Okabe–Ito colours (design.md, "Visual language"): safe for colour-blind
readers, and each paired with a second signal (strike-through, underline, a
text badge) so a black-and-white print still carries the meaning. This module
imports no Qt: the window's ``ui.colours`` and the exporters both read it, so a
status has the same colour everywhere (moved sky blue, renumbered reddish purple).
Its words are marked for translation and translated where a report prints them
(``report_words``).
"""

from __future__ import annotations

from ..core.article_pair import REWRITTEN_BELOW, whole_percent
from .report_words import QT_TRANSLATE_NOOP, ReportWords, percent_text, upper

INSERT = "#009E73"
DELETE = "#D55E00"
REPLACE = "#E69F00"
YELLOW = "#F0E442"
MOVED = "#56B4E9"
RENUMBERED = "#CC79A7"
SPLIT = "#0072B2"
NEUTRAL = "#999999"
REWRITTEN = "#8F6300"
"""Amber darkened (``shade(REPLACE)``): modified, and more so."""
PROVENANCE = "#8C6D1F"
"""Badge for articles that are reconstructed or paraphrased rather than attested."""

NOTE_WASH = "#B5A25A"
NOTE_ALPHA = 62
"""A noted passage: this yellow-grey laid over the text at this alpha (of 255), so
the change colours beneath still show; on white it gives ``NOTE_TINT``."""
NOTE_TICK = "#8A7420"
"""The bar beside a noted passage: the window's margin tick, the reports' bar."""
OWN_NOTE = "#005A9C"
"""The number of a reader's own note, in the text and in the notes, and its "your note"
label: they had read like the curated editors' notes but for a small signature."""


# Change runs on a light background: (background, text). The window's light scheme,
# the About dialog's samples and the reports all use these.
INSERT_BG, INSERT_FG = "#C9EEE2", "#00573F"
DELETE_BG, DELETE_FG = "#FBD9C4", "#8A3200"
REPLACE_BG, REPLACE_FG = "#FBE6B3", "#6B4800"


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
    "insert": (INSERT_BG, INSERT_FG, "underline"),
    "delete": (DELETE_BG, DELETE_FG, "line-through"),
    "replace_old": (REPLACE_BG, REPLACE_FG, "line-through overline"),
    "replace_new": (REPLACE_BG, REPLACE_FG, "underline overline"),
}
"""Replaced words carry a line above them on both sides besides their colour: struck
deleted and struck replaced words (and underlined inserted and replaced ones) were
told apart by colour alone, and became one in a black-and-white print."""

BADGE_COLOURS: dict[str, str] = {
    "unchanged": NEUTRAL,
    "modified": REPLACE,
    "rewritten": REWRITTEN,
    "moved": MOVED,
    "renumbered": RENUMBERED,
    "split": SPLIT,
    "merged": SPLIT,
    "added": INSERT,
    "removed": DELETE,
    "repealed": DELETE,
    "unknown": "#DDDDDD",
    "reconstructed": PROVENANCE,
    "paraphrased": PROVENANCE,
}


STATUS_WORDS: dict[str, str] = {
    "unchanged": QT_TRANSLATE_NOOP("ReportWords", "unchanged"),
    "modified": QT_TRANSLATE_NOOP("ReportWords", "modified"),
    "rewritten": QT_TRANSLATE_NOOP("ReportWords", "rewritten"),
    "moved": QT_TRANSLATE_NOOP("ReportWords", "moved"),
    "renumbered": QT_TRANSLATE_NOOP("ReportWords", "renumbered"),
    "split": QT_TRANSLATE_NOOP("ReportWords", "split"),
    "merged": QT_TRANSLATE_NOOP("ReportWords", "merged"),
    "added": QT_TRANSLATE_NOOP("ReportWords", "added"),
    "removed": QT_TRANSLATE_NOOP("ReportWords", "removed"),
    "repealed": QT_TRANSLATE_NOOP("ReportWords", "repealed"),
    "unknown": QT_TRANSLATE_NOOP("ReportWords", "not known"),
    "reconstructed": QT_TRANSLATE_NOOP("ReportWords", "reconstructed"),
    "paraphrased": QT_TRANSLATE_NOOP("ReportWords", "paraphrased"),
}
"""How a report's text names each status ("not known" for ``unknown``)."""


def status_word(status: str) -> str:
    """A status as a report's text names it ("not known"), in the report's language."""
    word = STATUS_WORDS.get(status)
    return ReportWords.tr(word) if word else status


def badge_word(status: str) -> str:
    """A status as a report's badge prints it ("NOT KNOWN")."""
    return upper(status_word(status))


def badge_text_colour(colour: str) -> str:
    """Black or white, whichever reads better on a badge filled with ``colour``."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#FFFFFF"


BADGE_MEANINGS: dict[str, str] = {
    "unchanged": QT_TRANSLATE_NOOP("ReportWords", "same wording in both texts"),
    "modified": QT_TRANSLATE_NOOP("ReportWords", "wording changed"),
    "rewritten": QT_TRANSLATE_NOOP(
        "ReportWords", "wording changed nearly throughout: less than {0} similar"
    ),
    "moved": QT_TRANSLATE_NOOP("ReportWords", "stands at another place in the order"),
    "renumbered": QT_TRANSLATE_NOOP("ReportWords", "carries another number"),
    "split": QT_TRANSLATE_NOOP("ReportWords", "one article became several"),
    "merged": QT_TRANSLATE_NOOP("ReportWords", "several articles became one"),
    "added": QT_TRANSLATE_NOOP("ReportWords", "only in the newer text"),
    "removed": QT_TRANSLATE_NOOP("ReportWords", "only in the older text"),
    "repealed": QT_TRANSLATE_NOOP(
        "ReportWords", "struck out; the newer text keeps its number with a notice"
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "ReportWords", "not known: an edition gives an article in this part only as a note"
    ),
    "reconstructed": QT_TRANSLATE_NOOP(
        "ReportWords", "content from secondary accounts, wording ours"
    ),
    "paraphrased": QT_TRANSLATE_NOOP(
        "ReportWords", "a summary of the passage, not a full rendering"
    ),
}

LEGEND_SAMPLE = QT_TRANSLATE_NOOP("ReportWords", "words")
"""The word each legend entry is drawn on (the reader's texts may be about anything)."""
LEGEND: tuple[tuple[str, str, str], ...] = (
    (
        "insert",
        QT_TRANSLATE_NOOP("ReportWords", "inserted words"),
        QT_TRANSLATE_NOOP("ReportWords", "blue-green tint, underlined"),
    ),
    (
        "delete",
        QT_TRANSLATE_NOOP("ReportWords", "deleted words"),
        QT_TRANSLATE_NOOP("ReportWords", "vermilion tint, struck through"),
    ),
    (
        "replace_old",
        QT_TRANSLATE_NOOP("ReportWords", "replaced words (old)"),
        QT_TRANSLATE_NOOP("ReportWords", "amber tint, struck through, a line above"),
    ),
    (
        "replace_new",
        QT_TRANSLATE_NOOP("ReportWords", "replaced words (new)"),
        QT_TRANSLATE_NOOP("ReportWords", "amber tint, underlined, a line above"),
    ),
)


def badge_meaning(status: str) -> str:
    """What a badge means, in the report's language; "rewritten" with its threshold."""
    meaning = ReportWords.tr(BADGE_MEANINGS[status])
    return (
        meaning.format(percent_text(whole_percent(REWRITTEN_BELOW)))
        if status == "rewritten"
        else meaning
    )


def legend_entries(kinds: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """The run kinds of the legend (those of ``kinds``, when given) with their meanings
    ("inserted words: blue-green tint, underlined"), in the report's language."""
    return [
        (kind, f"{ReportWords.tr(name)}: {ReportWords.tr(how)}")
        for kind, name, how in LEGEND
        if kinds is None or kind in kinds
    ]


NOTE_TINT = tint(NOTE_WASH, NOTE_ALPHA / 255)
"""A noted passage on white paper, as the window shows it on a white pane."""
