"""Two versions of one text cut the same way.

Each text is segmented on its own, and two versions of one licence can come out
cut differently: conditions numbered "1.", "2.", "3." are read as sections, while a
version that struck one of them out, leaving two, has too few numbers for a list
and is read paragraph by paragraph; or a block of roman points ("AMENDMENTS I.–VI.")
moved from the end to the top of a version becomes that version's units in place
of its numbered sections. The two would then be compared on different cuts
(section 1 against paragraph 3, every section "removed"). Read together, a version
is cut by the other's numbering where its own numbers allow it; and a version read
paragraph by paragraph is cut by its titles where the other is (its title "Privacy
Statement" had no text under it, the next version's had: "¶1" was removed, "Privacy
Statement" added).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .document import Division, Document, Segment, SegmentKind
from .section_units import MIN_ARTICLES
from .segment import BY_PARAGRAPH, Cut, segment_text
from .structure import MIN_HEADED_UNITS


def _cut_in_sections(segments: Sequence[Segment], divisions: Sequence[Division]) -> bool:
    """Whether the units are the numbered sections of two or more numbered sections
    above them ("3.1", "3.2" in "3. Syntax")."""
    holding = {
        seg.division
        for seg in segments
        if seg.kind is SegmentKind.ARTICLE
        and seg.division is not None
        and seg.label.startswith(divisions[seg.division].label + ".")
    }
    return len(holding) >= MIN_ARTICLES


def _recut(doc: Document, other: Document) -> Cut | None:
    """``doc`` cut as ``other`` is, or None when it is cut so already or cannot be."""
    style = other.unit_style
    if BY_PARAGRAPH in doc.warnings and _cut_by_titles(other):
        cut = segment_text(doc.text, lone_titles=True)
        return None if BY_PARAGRAPH in cut.warnings else cut
    if not style.startswith("num") or BY_PARAGRAPH in other.warnings:
        return None
    if _cut_in_sections(other.segments, other.divisions) and not _cut_in_sections(
        doc.segments, doc.divisions
    ):  # sections under most of one version's numbers, under half of the other's
        cut = segment_text(doc.text, sections_share=0.0)
        return cut if _cut_in_sections(cut.segments, cut.divisions) else None
    if doc.unit_style == style:
        return None
    if BY_PARAGRAPH in doc.warnings:  # two numbers left of three
        cut = segment_text(doc.text, fewest_bare=MIN_HEADED_UNITS, prefer=style)
    elif doc.unit_style == "roman.":  # roman points ahead of the numbered sections
        cut = segment_text(doc.text, prefer=style)
    else:
        return None
    return cut if cut.unit_style == style else None


def _cut_by_titles(doc: Document) -> bool:
    """Whether a text's units are sections named by their title lines, no number."""
    units = [s for s in doc.segments if s.kind is not SegmentKind.PREAMBLE]
    return bool(units) and all(s.kind is SegmentKind.HEADING for s in units)


def _cut_alike(doc: Document, other: Document) -> Document:
    cut = _recut(doc, other)
    if cut is None:
        return doc
    kept = tuple(w for w in doc.warnings if w != BY_PARAGRAPH)
    return replace(
        doc,
        segments=tuple(cut.segments),
        warnings=kept + tuple(w for w in cut.warnings if w not in kept),
        divisions=cut.divisions,
        structure=cut.structure,
        unit_style=cut.unit_style,
    )


def segmented_alike(old: Document, new: Document) -> tuple[Document, Document]:
    """The two versions, either re-cut by the other's numbered sections where one
    was read paragraph by paragraph or by roman points instead."""
    return _cut_alike(old, new), _cut_alike(new, old)
