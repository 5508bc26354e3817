"""Faint lines in one pane where the other text has something this one lacks here.

Side by side, an article only one text has leaves an empty band in the other
pane (alignment pads the next shared heading down). The band gets a faint
placeholder at the lonely article's height, as the PDF report prints one, so the
emptiness reads as "absent here", not as a rendering gap. A moved article leaves
such a band at both ends: each gets a line saying where the article went (or came
from), which jumps there when clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextDocument

from ...core.comparison import Comparison
from ...core.document import Document, short_title
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
    """True when no text is laid out across ``[top, top + height)`` (padding only).

    Looks up the block at each height by bisection: Qt's own hit test walks every
    block below a point that falls in padding, which in a long text is seconds."""
    width = document.textWidth() if document.textWidth() > 0 else document.size().width()
    xs = [width * k / 8 for k in range(1, 8)]
    return not any(_text_at(document, y, xs) for y in (top + 2, top + height / 2, top + height - 2))


def block_at(document: QTextDocument, y: float) -> QTextBlock:
    """The last block whose top is at or above ``y`` (invalid above the first)."""
    layout = document.documentLayout()
    lo, hi = 0, document.blockCount() - 1
    found = QTextBlock()
    while lo <= hi:
        mid = (lo + hi) // 2
        block = document.findBlockByNumber(mid)
        if layout.blockBoundingRect(block).top() <= y:
            found, lo = block, mid + 1
        else:
            hi = mid - 1
    return found


def _text_at(document: QTextDocument, y: float, xs: list[float]) -> bool:
    """Whether a laid-out line crosses height ``y`` at one of ``xs``."""
    block = block_at(document, y)
    if not block.isValid():
        return False
    rect = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    if not rect.top() <= y < rect.bottom() or lines is None:
        return False  # block rectangles leave out margins, and so the padding
    for n in range(lines.lineCount()):
        line = lines.lineAt(n)
        line_top = rect.top() + line.y()
        if line_top <= y < line_top + line.height():
            left = rect.left() + line.x()
            return any(left <= x <= left + line.naturalTextWidth() for x in xs)
    return False


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


class Placer:
    """Puts the placeholders of one comparison into its two panes, as articles are laid out."""

    def __init__(
        self,
        cmp: Comparison,
        docs: tuple[QTextDocument, QTextDocument],
        line_height: float,
        font: QFont | None = None,
    ) -> None:
        self.cmp, self.docs, self.line_height = cmp, docs, line_height
        self.names = side_names(cmp)
        self.metrics = QFontMetricsF(font if font is not None else docs[0].defaultFont())
        self.out: tuple[list[Placeholder], list[Placeholder]] = ([], [])
        self.reveal: Callable[[int, float, float], None] = lambda _side, _top, _bottom: None
        """Lays out the articles of one pane across a band of heights (a long text
        keeps only those near the view laid out: ``parking``)."""

    def _place(self, target: int, top: float, text: str, pair: int | None = None) -> None:
        doc, metrics = self.docs[target], self.metrics
        lines = len(fit_lines(metrics, text, doc.textWidth() - 2 * SIDE_MARGIN))
        height = self.line_height + (lines - 1) * metrics.height()
        if top + height > doc.size().height():
            return
        self.reveal(target, top, top + height)
        if is_blank(doc, top, height):
            self.out[target].append(Placeholder(top, text, pair))

    def lonely(self, side: int, i: int, geo: SideGeometry) -> None:
        """Where article ``i`` of one side (removed or added) stands, in the other pane."""
        if i in geo.ranges:
            self._place(1 - side, geo.ranges[i][0], placeholder_text(self.names[1 - side]))

    def moved(self, k: int, geo: tuple[SideGeometry, SideGeometry]) -> None:
        """Both ends of moved pair ``k``: where it stood, and where it stands now."""
        in_new, in_old = moved_texts(self.cmp, k, self.names)
        pair = self.cmp.pairs[k]
        o, n = pair.old[0], pair.new[0]
        if o in geo[0].ranges and n in geo[1].ranges:
            old_top, new_top = geo[0].ranges[o][0], geo[1].ranges[n][0]
            self._place(1, old_top, in_new + (" ↓" if new_top > old_top else " ↑"), k)
            self._place(0, new_top, in_old + (" ↑" if old_top < new_top else " ↓"), k)

    def placed(self) -> tuple[list[Placeholder], list[Placeholder]]:
        """Those placed so far, top to bottom in each pane."""
        old, new = (sorted(items, key=lambda p: p.y) for items in self.out)
        return old, new


def placeholders(
    cmp: Comparison,
    docs: tuple[QTextDocument, QTextDocument],
    geo: tuple[SideGeometry, SideGeometry],
    line_height: float,
    font: QFont | None = None,
) -> tuple[list[Placeholder], list[Placeholder]]:
    """What each pane (old, new) shows for the articles only the other text has here."""
    placer = Placer(cmp, docs, line_height, font)
    for side, indices in ((0, cmp.removed), (1, cmp.added)):
        for i in indices:
            placer.lonely(side, i, geo[side])
    for k, pair in enumerate(cmp.pairs):
        if pair.moved:
            placer.moved(k, geo)
    return placer.placed()
