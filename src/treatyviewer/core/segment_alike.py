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

from dataclasses import replace

from .document import Document, SegmentKind
from .segment import BY_PARAGRAPH, Cut, segment_text
from .structure import MIN_HEADED_UNITS


def _recut(doc: Document, other: Document) -> Cut | None:
    """``doc`` cut as ``other`` is, or None when it is cut so already or cannot be."""
    style = other.unit_style
    if BY_PARAGRAPH in doc.warnings and _cut_by_titles(other):
        cut = segment_text(doc.text, lone_titles=True)
        return None if BY_PARAGRAPH in cut.warnings else cut
    if not style.startswith("num") or doc.unit_style == style or BY_PARAGRAPH in other.warnings:
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
