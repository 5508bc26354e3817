"""Two versions of one text cut the same way.

Each text is segmented on its own, and a short licence whose conditions are
numbered "1.", "2.", "3." is read as sections while a version that struck one of
them out, leaving two, has too few numbers for a list and is read paragraph by
paragraph. The two would then be compared on different cuts (section 1 against
paragraph 3). Read together, the version with two numbers is cut as the other is.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Document
from .segment import BY_PARAGRAPH, segment_text
from .structure import MIN_HEADED_UNITS, find_structure


def _numbered_alike(doc: Document, other: Document) -> Document:
    """``doc`` cut into bare-numbered sections as ``other`` is, when ``doc`` fell
    back to paragraphs and holds a shorter run of the same numbers; else ``doc``."""
    if BY_PARAGRAPH not in doc.warnings or BY_PARAGRAPH in other.warnings:
        return doc
    style = find_structure(other.text).unit_style
    if not style.startswith("num"):
        return doc
    if find_structure(doc.text, MIN_HEADED_UNITS).unit_style != style:
        return doc
    cut = segment_text(doc.text, fewest_bare=MIN_HEADED_UNITS)
    if BY_PARAGRAPH in cut.warnings:
        return doc
    kept = tuple(w for w in doc.warnings if w != BY_PARAGRAPH)
    return replace(
        doc,
        segments=tuple(cut.segments),
        warnings=kept + tuple(cut.warnings),
        divisions=cut.divisions,
        structure=cut.structure,
    )


def segmented_alike(old: Document, new: Document) -> tuple[Document, Document]:
    """The two versions, the one read paragraph by paragraph re-cut as the other's
    numbered sections where its own numbers allow it."""
    return _numbered_alike(old, new), _numbered_alike(new, old)
