"""Faint lines in one pane where the other text has something this one lacks here.

Side by side, an article only one text has leaves an empty band in the other
pane (alignment pads the next shared heading down). The band gets a faint
placeholder at the lonely article's height, as the PDF report prints one, so the
emptiness reads as "absent here", not as a rendering gap. A moved article leaves
such a band at both ends: each gets a line saying where the article went (or came
from), which jumps there when clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from ...core.comparison import Comparison
from ...core.document import Document
from ...io.report_model import short_title
from ..common.names import segment_name
from .geometry import SideGeometry

MAX_LINES = 2
"""A placeholder wraps to at most this many lines; the rest is elided (tooltip: all)."""
SIDE_MARGIN = 12.0
"""Room left on either side of a placeholder line, in pixels."""


@dataclass(frozen=True)
class Placeholder:
    y: float
    """Top of the line, in document coordinates."""
    text: str
    pair: int | None = None
    """A moved pair's index: clicking the placeholder jumps to it."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("placeholders", text)


def placeholder_text(absent_from: str) -> str:
    return _tr("— not in the {0} —").format(absent_from)


def fit_lines(
    metrics: QFontMetricsF, text: str, width: float, max_lines: int = MAX_LINES
) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines of ``width``; elide the last."""
    width = max(width, metrics.horizontalAdvance("…") + 1)
    lines: list[str] = []
    words = text.split(" ")
    while words:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if len(lines) == max_lines - 1 and words:
            line = " ".join([line, *words])
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


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


def side_names(cmp: Comparison) -> tuple[str, str]:
    """How a placeholder names each text: its short title, or "older"/"newer text" when
    the two short titles read the same (two drafts both titled "TREATY OF …")."""
    old, new = short_title(cmp.old), short_title(cmp.new)
    if old.casefold() == new.casefold():
        return _tr("older text"), _tr("newer text")
    return old, new


def _name(doc: Document, index: int) -> str:
    return segment_name(doc.segments[index])


def moved_texts(cmp: Comparison, k: int, names: tuple[str, str]) -> tuple[str, str]:
    """(in the newer pane where the article stood, in the older pane where it now stands)."""
    pair = cmp.pairs[k]
    old = " + ".join(_name(cmp.old, i) for i in pair.old)
    new = " + ".join(_name(cmp.new, j) for j in pair.new)
    in_new = _tr("{0} of the {1} stood here — now {2}").format(old, names[0], new)
    in_old = _tr("{0} of the {1} stands here — moved from {2}").format(new, names[1], old)
    return in_new, in_old


def placeholders(
    cmp: Comparison,
    docs: tuple[QTextDocument, QTextDocument],
    geo: tuple[SideGeometry, SideGeometry],
    line_height: float,
    font: QFont | None = None,
) -> tuple[list[Placeholder], list[Placeholder]]:
    """What each pane (old, new) shows for the articles only the other text has here."""
    out: tuple[list[Placeholder], list[Placeholder]] = ([], [])
    names = side_names(cmp)
    metrics = QFontMetricsF(font if font is not None else docs[0].defaultFont())

    def place(target: int, top: float, text: str, pair: int | None = None) -> None:
        width = docs[target].textWidth() - 2 * SIDE_MARGIN
        lines = len(fit_lines(metrics, text, width))
        height = line_height + (lines - 1) * metrics.height()
        if top + height > docs[target].size().height():
            return
        if is_blank(docs[target], top, height):
            out[target].append(Placeholder(top, text, pair))

    for side, indices in ((0, cmp.removed), (1, cmp.added)):
        text = placeholder_text(names[1 - side])
        for i in indices:
            if i in geo[side].ranges:
                place(1 - side, geo[side].ranges[i][0], text)
    for k, pair in enumerate(cmp.pairs):
        if not pair.moved:
            continue
        in_new, in_old = moved_texts(cmp, k, names)
        o, n = pair.old[0], pair.new[0]
        if o in geo[0].ranges and n in geo[1].ranges:
            old_top, new_top = geo[0].ranges[o][0], geo[1].ranges[n][0]
            place(1, old_top, in_new + (" ↓" if new_top > old_top else " ↑"), k)
            place(0, new_top, in_old + (" ↑" if old_top < new_top else " ↓"), k)
    for items in out:
        items.sort(key=lambda p: p.y)
    return out
