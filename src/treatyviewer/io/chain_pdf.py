"""The chain report as PDF: Qt lays out the same HTML the HTML export writes, and the
outline (a bookmark for the table and for each article's history) is added after."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ..core.chain import Chain
from .chain_notes import AnchoredNote
from .chain_report import chain_html, history_title
from .lineage_table import version_name
from .paper import draw_on_paper
from .pdf_export import DPI, MARGINS_MM, PAPERS
from .pdf_geometry import FOOT_PT, HEAD_PT

TEXT_LINES_KEPT = 2
"""Lines of text a heading keeps with it on its page."""
HISTORY_LEVEL = 2
"""The heading level of an article's history (its steps are one below)."""


def render_chain_pdf(
    chain: Chain,
    paper: str = "a4",
    changed_only: bool = False,
    notes: Sequence[AnchoredNote] = (),
) -> bytes:
    """The finished PDF as bytes; the lineage table first, then one history per article,
    ``notes`` printed under the versions they are on."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
    writer.setResolution(DPI)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    title = " → ".join(version_name(d, k) for k, d in enumerate(chain.documents))
    writer.setTitle(title)
    writer.setCreator("treatyviewer")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(chain_html(chain, for_print=True, changed_only=changed_only, notes=notes))
    # Laid out on the writer's pages (less a foot for the page number) and painted
    # page by page, so that the page each history starts on is known for its bookmark.
    page = writer.pageLayout().paintRectPixels(DPI)
    foot, head = FOOT_PT * DPI / 72.0, HEAD_PT * DPI / 72.0
    body_h = page.height() - foot - head
    doc.setPageSize(QSizeF(page.width(), body_h))
    _keep_heads_with_text(doc, body_h)
    starts = _history_pages(doc, body_h)
    heads = _continued(_history_tops(doc), body_h, doc.pageCount(), _opening(doc, body_h))
    _paint(writer, doc, page.width(), (head, body_h, foot), (title, heads))
    buffer.close()
    return _with_outline(bytes(data.data()), chain, title, starts)


def _paint(
    writer: QPdfWriter,
    doc: QTextDocument,
    width: float,
    heights: tuple[float, float, float],
    heads: tuple[str, dict[int, str]],
) -> None:
    """Every page of ``doc`` under a running head (the chain's versions, from the second
    page on, and the history that runs on at its top) and over "page N of M", as the
    pair reports are; ``heights``: the head, the body and the foot."""
    head, body_h, foot = heights
    title, continued = heads
    total = doc.pageCount()
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    try:
        for n in range(total):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, head - n * body_h)
            draw_on_paper(doc, painter, QRectF(0, n * body_h, width, body_h))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#666666"))
            if n:
                metrics, rect = painter.fontMetrics(), QRectF(0, 0, width, head * 0.7)
                history = continued.get(n, "")
                mark = f"{history} (continued)" if history else ""
                # the title takes what the mark leaves (the mark at most half the line)
                gap = metrics.height()
                taken = min(metrics.horizontalAdvance(mark) + gap, width / 2) if mark else 0
                room = int(width - taken)
                shown = metrics.elidedText(
                    f"History of the articles: {title}", Qt.TextElideMode.ElideRight, room
                )
                painter.drawText(rect, _BOTTOM_LEFT, shown)
                if mark:
                    room = int(width - metrics.horizontalAdvance(shown) - gap)
                    mark = metrics.elidedText(mark, Qt.TextElideMode.ElideMiddle, max(0, room))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | _BOTTOM, mark)
                painter.setPen(QPen(QColor("#BBBBBB"), DPI * 0.4 / 72.0))
                painter.drawLine(QPointF(0, head * 0.78), QPointF(width, head * 0.78))
                painter.setPen(QColor("#666666"))
            painter.drawText(
                QRectF(0, head + body_h, width, foot),
                Qt.AlignmentFlag.AlignCenter,
                f"page {n + 1} of {total}",
            )
    finally:
        painter.end()


_BOTTOM = Qt.AlignmentFlag.AlignBottom
_BOTTOM_LEFT = Qt.AlignmentFlag.AlignLeft | _BOTTOM


def _history_tops(doc: QTextDocument) -> list[tuple[float, str]]:
    """(top in the document, heading) of each article's history, in order."""
    out = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == HISTORY_LEVEL:
            out.append((next(_line_spans(doc, block), (0.0, 0.0, ""))[0], block.text().strip()))
        block = block.next()
    return out


def _continued(
    tops: list[tuple[float, str]], page_h: float, pages: int, opening: set[int]
) -> dict[int, str]:
    """Page → the article's history that runs on at its top from the page before (none
    when a history's heading opens the page: ``opening``)."""
    out: dict[int, str] = {}
    for n in range(1, pages):
        before = [title for top, title in tops if top < n * page_h - 1]
        if before and n not in opening:
            out[n] = before[-1]
    return out


def _opening(doc: QTextDocument, page_h: float) -> set[int]:
    """The pages whose first line of text is a history's heading. (A heading's top,
    below its margin, had been looked for in the first 2 % of the page: at 2.3 % it was
    missed, and the page's head called the history before it "continued".)"""
    firsts: dict[int, tuple[float, bool]] = {}
    block = doc.begin()
    while block.isValid():
        head = block.blockFormat().headingLevel() == HISTORY_LEVEL
        for top, _, words in _line_spans(doc, block):
            if words.strip():
                n = int((top + 1) // page_h)
                if n not in firsts or top < firsts[n][0]:
                    firsts[n] = (top, head)
        block = block.next()
    return {n for n, (_, head) in firsts.items() if head}


def _keep_heads_with_text(doc: QTextDocument, page_h: float) -> None:
    """Histories run on from page to page; a heading that would end a page apart
    from the first lines of its text starts the next page instead.

    One pass in reading order: a break moves all that follows, so each later heading
    is measured after the breaks before it (Qt lays out again only from the edit on).
    Breaks decided all at once on the first layout left pages three-quarters empty
    where an earlier break had moved a heading off the page foot it was measured at."""
    doc.pageCount()  # laid out whole first: measured while laid out piecemeal, many
    # headings read as stranded that were not (40 pages for the bundled chain, not 15)
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        if not _is_head(block):
            block = block.next()
            continue
        last = _last_head(block)
        if _stranded(doc, block, last, page_h):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = last.next()


def _is_head(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() in (2, 3)


def _line_spans(doc: QTextDocument, block: QTextBlock) -> Iterator[tuple[float, float, str]]:
    """Top, bottom and text of each of the block's lines, in the document."""
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    text = block.text()
    for k in range(layout.lineCount()):
        line = layout.lineAt(k)
        yield (
            top + line.y(),
            top + line.y() + line.height(),
            text[line.textStart() : line.textStart() + line.textLength()],
        )


def _text_bottom(doc: QTextDocument, block: QTextBlock) -> float | None:
    """Bottom of the second line with words from ``block`` on (a label such as
    "Article II" alone is not enough to keep a heading with)."""
    seen = 0
    while block.isValid():
        for _, bottom, words in _line_spans(doc, block):
            seen += bool(words.strip())
            if seen == TEXT_LINES_KEPT:
                return bottom
        block = block.next()
    return None


def _last_head(block: QTextBlock) -> QTextBlock:
    """The last heading of the run that ``block`` opens: a history's title runs on
    into the heads of its first steps, never into the next history's title."""
    last = block
    while _is_head(last.next()) and last.next().blockFormat().headingLevel() != HISTORY_LEVEL:
        last = last.next()
    return last


def _stranded(doc: QTextDocument, block: QTextBlock, last: QTextBlock, page_h: float) -> bool:
    """Whether the run of headings from ``block`` to ``last`` starts on another page
    than the lines of text under it (a run with no text under it, a version the
    article is not in, stays where it falls)."""
    after = last.next()
    if not after.isValid() or _is_head(after):
        return False
    bottom = _text_bottom(doc, after)
    top = next(_line_spans(doc, block), (0.0, 0.0, ""))[0]
    return bottom is not None and int(top // page_h) != int((bottom - 0.5) // page_h)


def _history_pages(doc: QTextDocument, page_h: float) -> dict[str, int]:
    """Each heading's text mapped to the page (from 0) its first line is on (a block
    moved to a new page begins where the page before ends)."""
    pages: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (1, 2):
            top = next(_line_spans(doc, block), (0.0, 0.0, ""))[0]
            pages.setdefault(block.text().strip(), int(top // page_h))
        block = block.next()
    return pages


def _with_outline(pdf: bytes, chain: Chain, title: str, starts: dict[str, int]) -> bytes:
    """The PDF with a bookmark for its lineage table and each article's history, and
    the metadata the pair reports carry."""
    from pypdf import PdfReader, PdfWriter  # on first use, as the pair reports do

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    last = len(writer.pages) - 1
    if "Lineage table" in starts:
        writer.add_outline_item(
            title="Lineage table", page_number=min(starts["Lineage table"], last)
        )
    for n, lineage in enumerate(chain.lineages, start=1):
        heading = history_title(chain, n, lineage)
        if heading in starts:
            writer.add_outline_item(title=heading, page_number=min(starts[heading], last))
    writer.add_metadata(
        {
            "/Title": title,
            "/Subject": f"History of the articles of {len(chain.documents)} versions",
            "/Keywords": "treaty; versions; lineage; "
            + "; ".join(d.source_name for d in chain.documents if d.source_name),
            "/Author": "treatyviewer",
            "/Creator": "treatyviewer (Qt, pypdf)",
        }
    )
    writer.page_mode = "/UseOutlines"  # the bookmarks open beside the pages, as the pair's do
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
