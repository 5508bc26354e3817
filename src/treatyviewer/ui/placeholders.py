"""Faint "— not in the other text —" lines where one side has no article.

Side by side, an article only one text has leaves an empty band in the other
pane (alignment pads the next shared heading down). The band gets a faint
placeholder at the lonely article's height, as the PDF report prints one, so the
emptiness reads as "absent here", not as a rendering gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QTextDocument

from ..core.comparison import Comparison
from ..io.report_model import short_title
from .geometry import SideGeometry


@dataclass(frozen=True)
class Placeholder:
    y: float
    """Top of the line, in document coordinates."""
    text: str


def placeholder_text(absent_from: str) -> str:
    return QCoreApplication.translate("placeholders", "— not in the {0} —").format(absent_from)


def is_blank(document: QTextDocument, top: float, height: float) -> bool:
    """True when no text is laid out across ``[top, top + height)`` (padding only)."""
    layout = document.documentLayout()
    width = document.textWidth() if document.textWidth() > 0 else document.size().width()
    for y in (top + 2, top + height / 2, top + height - 2):
        for k in range(1, 8):
            hit = layout.hitTest(QPointF(width * k / 8, y), Qt.HitTestAccuracy.ExactHit)
            if hit >= 0:
                return False
    return True


def placeholders(
    cmp: Comparison,
    docs: tuple[QTextDocument, QTextDocument],
    geo: tuple[SideGeometry, SideGeometry],
    line_height: float,
) -> tuple[list[Placeholder], list[Placeholder]]:
    """What each pane (old, new) shows for the articles only the other text has."""
    out: tuple[list[Placeholder], list[Placeholder]] = ([], [])
    lonely = ((0, cmp.removed, cmp.old), (1, cmp.added, cmp.new))
    for side, indices, _doc in lonely:
        target = 1 - side
        absent_from = cmp.new if side == 0 else cmp.old
        text = placeholder_text(short_title(absent_from))
        for i in indices:
            if i not in geo[side].ranges:
                continue
            top = geo[side].ranges[i][0]
            if top + line_height > docs[target].size().height():
                continue
            if is_blank(docs[target], top, line_height):
                out[target].append(Placeholder(top, text))
    return out
