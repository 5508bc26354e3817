"""Structure in a rendered pane: part numbers stand out, cross-references are links.

Applied after the text is laid in, by merging formats over source ranges, so the
change highlighting underneath is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from ...core.document import Document, Segment
from ...core.xrefs import Reference, SegmentReferences, find_references
from ..common.names import segment_name
from ..common.slices import Steps

STEP = 50
"""References marked between two yields."""
LINK_PREFIX = "#segment-"
"""Anchor of a reference link: the target segment's index follows."""
Marks = tuple[Callable[[int], int], Callable[[int], bool]]
"""(to_qt, covers): source offsets to pane positions, and whether one was rendered."""


def tr(text: str) -> str:
    return QCoreApplication.translate("structure_marks", text)


def reference_target(anchor: str) -> int | None:
    """The segment index a reference link leads to, or None for any other anchor."""
    if not anchor.startswith(LINK_PREFIX):
        return None
    tail = anchor[len(LINK_PREFIX) :]
    return int(tail) if tail.isdigit() else None


def _merge(qdoc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
    cursor = QTextCursor(qdoc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def _bold() -> QTextCharFormat:
    number = QTextCharFormat()
    number.setFontWeight(QFont.Weight.Bold)
    return number


def _mark_parts(qdoc: QTextDocument, seg: Segment, marks: Marks) -> None:
    number = _bold()
    to_qt, covers = marks
    for part in seg.parts:
        end = min(part.body_start, part.end)
        if end > part.start and covers(part.start):
            _merge(qdoc, to_qt(part.start), to_qt(end), number)


def _mark_reference(qdoc: QTextDocument, doc: Document, ref: Reference, marks: Marks) -> bool:
    to_qt, covers = marks
    if ref.target is None or not covers(ref.start):
        return False
    link = QTextCharFormat()
    link.setAnchor(True)
    link.setAnchorHref(f"{LINK_PREFIX}{ref.target}")
    link.setFontUnderline(True)
    link.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    target = doc.segments[ref.target]
    where = segment_name(target) + (f" {ref.target_part}" if ref.target_part else "")
    link.setToolTip(tr("Goes to {0} (click)").format(where))
    _merge(qdoc, to_qt(ref.start), to_qt(ref.end), link)
    return True


def marking_steps(
    qdoc: QTextDocument, doc: Document, to_qt: Callable[[int], int], covers: Callable[[int], bool]
) -> Steps[int]:
    """Bold the numbers of parts and turn resolved references into links, a few
    at a time (see ``common.slices``); returns how many links were made.
    ``to_qt``/``covers`` map source offsets to the pane."""
    total = len(doc.segments)
    for k, seg in enumerate(doc.segments):
        _mark_parts(qdoc, seg, (to_qt, covers))
        yield k, total
    links = 0
    refs = find_references(doc)
    for k, ref in enumerate(refs):
        if k % STEP == 0:
            yield k, len(refs)
        links += _mark_reference(qdoc, doc, ref, (to_qt, covers))
    return links


class SegmentMarks:
    """The same marks, put on one segment as soon as it is written (a long text is
    written article by article while the reader already reads it)."""

    def __init__(
        self,
        qdoc: QTextDocument,
        doc: Document,
        to_qt: Callable[[int], int],
        covers: Callable[[int], bool],
    ) -> None:
        self.qdoc, self.doc, self.marks = qdoc, doc, (to_qt, covers)
        self.refs = SegmentReferences(doc)

    def mark(self, i: int) -> None:
        _mark_parts(self.qdoc, self.doc.segments[i], self.marks)
        for ref in self.refs(i):
            _mark_reference(self.qdoc, self.doc, ref, self.marks)
