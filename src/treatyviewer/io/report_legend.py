"""Which rows a report's legend has: only what the report shows (a Korean constitution
with no notes and no names had a note row and the treaty sample "Batumi")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .report_palette import BADGE_MEANINGS, LEGEND
from .report_words import ReportWords

if TYPE_CHECKING:
    from .report_model import Report
    from .report_runs import Run

PROVENANCE_WORDS = {"reconstructed": "reconstructed", "paraphrased": "paraphrased from a source"}
"""Badges the report shows as words of an article's provenance line, by those words."""


@dataclass(frozen=True)
class LegendRows:
    kinds: tuple[str, ...]
    """The change kinds its texts have, in the legend's order."""
    notes: bool
    """Whether it prints a note."""
    own_notes: bool
    """Whether one of its notes is the reader's own (marked apart from the curated ones)."""
    forms: bool
    """Whether it has a change of form (drawn lighter, tagged)."""
    badges: tuple[str, ...]
    """The badges it shows, and provenance words its articles carry, in legend order."""


def own_note_meaning() -> str:
    """What the legend says of the reader's own notes."""
    return ReportWords.tr(
        "your own note, from your reading session: its number in blue, labelled; "
        "the other notes are the editors' curated notes"
    )


def legend_rows(report: Report) -> LegendRows:
    """The rows of ``report``'s legend, the same whatever its language or layout."""
    runs: list[Run] = []
    for block in report.blocks:
        runs += (*block.old_runs, *block.new_runs, *block.inline_runs)
        for old, new in block.rows:
            runs += (*old, *new)
    kinds = {run.kind for run in runs}
    shown = {badge for block in report.blocks for badge in block.badges}
    origins = " ".join(b.old_provenance + " " + b.new_provenance for b in report.blocks)
    for status, word in PROVENANCE_WORDS.items():
        if ReportWords.tr(word) in origins:
            shown.add(status)
    return LegendRows(
        kinds=tuple(kind for kind, _, _ in LEGEND if kind in kinds),
        notes=any(block.notes for block in report.blocks) or bool(report.other_notes),
        own_notes=bool(report.own_markers),
        forms="tag" in kinds,
        badges=tuple(status for status in BADGE_MEANINGS if status in shown),
    )
