"""Faint lines in one pane where the other text has something this one lacks here.

Side by side, an article only one text has leaves an empty band in the other
pane (alignment pads the next shared heading down). The band gets a faint
placeholder at the lonely article's height, as the PDF report prints one, so the
emptiness reads as "absent here", not as a rendering gap. A moved article leaves
such a band at both ends: each gets a line saying where the article went (or came
from), which jumps there when clicked.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextDocument, QTextLayout

from ...core.comparison import Comparison
from ...core.document import Document, known_by_file_name, short_title
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


def tr(text: str) -> str:
    return QCoreApplication.translate("placeholders", text)


def placeholder_text(absent_from: str) -> str:
    return _about(absent_from, tr("— not in the {0} —"), tr("— not in the older text —"),
                  tr("— not in the newer text —"))  # fmt: skip


def unknown_text(side_name: str) -> str:
    return _about(side_name, tr("— not known whether in the {0} —"),
                  tr("— not known whether in the older text —"),
                  tr("— not known whether in the newer text —"))  # fmt: skip


def _about(name: str, named: str, in_older: str, in_newer: str) -> str:
    """``named`` with the text's name, or the whole sentence for "older text" and
    "newer text": set into «{0}» as they stand they read wrongly in Russian (the case
    of the name) and in Turkish (the word for text twice)."""
    if name == tr("older text"):
        return in_older
    if name == tr("newer text"):
        return in_newer
    return named.format(name)


def fit_lines(
    metrics: QFontMetricsF, text: str, width: float, max_lines: int = MAX_LINES
) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines of ``width``; elide the last.
    A dash that opens or closes it keeps to the word beside it (a line of its own
    held a lone "—")."""
    width = max(width, metrics.horizontalAdvance("…") + 1)
    lines: list[str] = []
    words = text.split(" ")
    if len(words) > 2 and words[0] == "—":
        words[:2] = [f"— {words[1]}"]
    if len(words) > 2 and words[-1] == "—":
        words[-2:] = [f"{words[-2]} —"]
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
    """True when no line of text is laid out across ``[top, top + height)`` (padding only)."""
    return _line_below(document, top, top + height) is None


def free_top(document: QTextDocument, top: float, height: float, limit: float) -> float | None:
    """The highest ``y`` at or below ``top`` where ``[y, y + height)`` holds no text and
    ends by ``limit``; None if there is none. The band a lonely article leaves in the
    other pane may begin beside the last lines of that pane's own article."""
    y = top
    while y + height <= limit:
        below = _line_below(document, y, y + height)
        if below is None:
            return y
        y = below
    return None


def _line_below(document: QTextDocument, top: float, bottom: float) -> float | None:
    """The bottom of the first line of text laid out across ``[top, bottom)``, if any.

    Every line that reaches into the band counts, however short: a paragraph's last
    line ("Secretariat;") may lie between any few heights one could sample. The first
    block is looked up by bisection: Qt's own hit test walks every block below a point
    that falls in padding, which in a long text is seconds."""
    layout = document.documentLayout()
    block = block_at(document, top)
    if not block.isValid():
        block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.top() >= bottom:
            return None
        lines = block.layout()
        if lines is not None and rect.bottom() > top:
            found = _line_within(lines, rect.top(), top, bottom)
            if found is not None:
                return found
        block = block.next()
    return None


def block_at(document: QTextDocument, y: float) -> QTextBlock:
    """The last laid-out block whose top is at or above ``y`` (invalid above the
    first). Blocks Qt does not lay out (a parked article's lines, the padding at
    either end) read as at the top of the page: each is judged by the laid-out
    block before it, else the bisection runs off the end of a text that ends in
    them and finds nothing written anywhere."""
    layout = document.documentLayout()
    lo, hi = 0, document.blockCount() - 1
    found = QTextBlock()
    while lo <= hi:
        mid = (lo + hi) // 2
        block = document.findBlockByNumber(mid)
        while block.isValid() and not block.isVisible():
            block = block.previous()
        if not block.isValid() or layout.blockBoundingRect(block).top() <= y:
            found = block if block.isValid() else found
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def _line_within(lines: QTextLayout, block_top: float, top: float, bottom: float) -> float | None:
    """The bottom of the first line of text of a block laid out at ``block_top`` that
    reaches into ``[top, bottom)`` (block rectangles leave out margins, and so the padding)."""
    for n in range(lines.lineCount()):
        line = lines.lineAt(n)
        line_top = block_top + line.y()
        if line_top < bottom and line_top + line.height() > top and line.naturalTextWidth() > 0:
            return line_top + line.height()
    return None


def side_names(cmp: Comparison) -> tuple[str, str]:
    """How a placeholder names each text: its short title, or "older"/"newer text" when
    the two short titles read the same (two drafts both titled "TREATY OF …") or a text
    is known only by its file's name ("— not in the rfc5322 —" reads badly)."""
    old, new = short_title(cmp.old), short_title(cmp.new)
    if old.casefold() == new.casefold():
        return tr("older text"), tr("newer text")
    return (
        tr("older text") if known_by_file_name(cmp.old) else old,
        tr("newer text") if known_by_file_name(cmp.new) else new,
    )


def _name(doc: Document, index: int) -> str:
    return segment_name(doc.segments[index])


def moved_texts(cmp: Comparison, k: int, names: tuple[str, str]) -> tuple[str, str]:
    """(in the newer pane where the article stood, in the older pane where it now stands)."""
    pair = cmp.pairs[k]
    old = " + ".join(_name(cmp.old, i) for i in pair.old)
    new = " + ".join(_name(cmp.new, j) for j in pair.new)
    in_new = tr("{0} of the {1} stood here — now {2}").format(old, names[0], new)
    in_old = tr("{0} of the {1} stands here — moved from {2}").format(new, names[1], old)
    return in_new, in_old


def _overlapping(taken: list[tuple[float, float]], top: float, bottom: float) -> list[float]:
    """The bottoms of the spans in ``taken`` (sorted, apart) that reach into ``[top,
    bottom)``: a long text has thousands, and each placeholder looked at them all."""
    k = max(bisect_left(taken, (top, top)) - 1, 0)
    out = []
    while k < len(taken) and taken[k][0] < bottom:
        if taken[k][1] > top:
            out.append(taken[k][1])
        k += 1
    return out


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
        self.taken: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        """The heights each pane's placeholders fill, with the room they keep below, in
        order (they do not overlap, so a search looks only beside where it falls)."""
        self.reveal: Callable[[int, float, float], None] = lambda _side, _top, _bottom: None
        """Lays out the articles of one pane across a band of heights (a long text
        keeps only those near the view laid out: ``parking``)."""

    def _place(
        self,
        target: int,
        top: float,
        limit: float,
        text: str,
        pair: int | None = None,
        spill: bool = False,
    ) -> None:
        """A placeholder in pane ``target``, as high in ``[top, limit)`` as it is clear
        of text and of the placeholders already there (the pane's own lines may reach
        into the band beside the article), with half a line to spare below: squeezed
        between two paragraphs, it would read as part of the text. With ``spill`` it
        need only begin in the band: a moved article's line beside a short article
        only that pane has found no room when the two nearly matched in height."""
        doc, metrics = self.docs[target], self.metrics
        lines = len(fit_lines(metrics, text, doc.textWidth() - 2 * SIDE_MARGIN))
        height = self.line_height + (lines - 1) * metrics.height()
        clear = height + metrics.height() / 2
        limit = min(max(limit, top + clear) + (clear if spill else 0.0), doc.size().height())
        if top + clear > limit:
            return
        self.reveal(target, top, limit)
        y = self._free(target, top, clear, limit)
        if y is not None:
            self.out[target].append(Placeholder(y, text, pair))
            insort(self.taken[target], (y, y + clear))

    def _free(self, target: int, top: float, clear: float, limit: float) -> float | None:
        """The highest ``y`` from ``top`` where ``clear`` pixels hold neither text nor
        another placeholder and end by ``limit``."""
        y: float | None = top
        while y is not None:
            y = free_top(self.docs[target], y, clear, limit)
            if y is None:
                return None
            over = _overlapping(self.taken[target], y, y + clear)
            if not over:
                return y
            y = max(over)
        return None

    def lonely(self, side: int, i: int, geo: SideGeometry) -> None:
        """Where article ``i`` of one side (removed or added) stands, in the other pane."""
        if i in geo.ranges:
            top, bottom = geo.ranges[i]
            other = self.names[1 - side]
            text = (
                unknown_text(other)
                if i in self.cmp.unknown[side]  # its stretch is given there only as notes
                else placeholder_text(other)
            )
            self._place(1 - side, top, bottom, text)

    def moved(self, k: int, geo: tuple[SideGeometry, SideGeometry]) -> None:
        """Both ends of moved pair ``k``: where it stood, and where it stands now."""
        in_new, in_old = moved_texts(self.cmp, k, self.names)
        pair = self.cmp.pairs[k]
        o, n = pair.old[0], pair.new[0]
        if o in geo[0].ranges and n in geo[1].ranges:
            (old_top, old_end), (new_top, new_end) = geo[0].ranges[o], geo[1].ranges[n]
            down, up = new_top > old_top, old_top < new_top
            self._place(1, old_top, old_end, in_new + (" ↓" if down else " ↑"), k, spill=True)
            self._place(0, new_top, new_end, in_old + (" ↑" if up else " ↓"), k, spill=True)

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
    for k, pair in enumerate(cmp.pairs):  # first: they may spill into the band below
        if pair.moved:
            placer.moved(k, geo)
    for side, indices in ((0, cmp.removed), (1, cmp.added)):
        for i in indices:
            placer.lonely(side, i, geo[side])
    return placer.placed()
