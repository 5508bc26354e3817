"""The annotated PDF: Qt lays out and paints the pages, pypdf adds what Qt cannot.

Qt draws text, tables and colours and embeds subset fonts; the PDF features a
reader expects from a redline (bookmarks, internal links, comment highlights,
metadata) are added by pypdf in the same pass, using positions measured in the
Qt layout (design.md, "Annotated PDF: a recipe that works").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextFormat,
)

from .paper import draw_on_paper
from .pdf_geometry import FOOT_PT, HEAD_PT, PageGeometry
from .report_model import Report
from .report_names import kind_name
from .report_textdoc import SANS, TextDocBuilder, TextDocLayout, family
from .report_textdoc_pairs import write_articles
from .report_textdoc_sections import PAGE_CELL, write_front_matter, write_index
from .report_words import ReportWords

PagePainter = Callable[[QPainter, QRectF], None]
"""Paints one page outside the text document into the body rectangle."""
DPI = 300
MARGINS_MM = QMarginsF(20, 16, 20, 14)
KEEP_PASSES = 12
"""Rebuilds allowed for moving stranded headings (each may strand a later one). An
800-article pair in the inline layout needed six (40, 23, 8, 4, 1 moved), at 0.4 s
more than the three allowed before, which left six headings alone at page feet."""
_BOTTOM_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning True cancels the export."""


class ExportCancelled(InterruptedError):
    """The user cancelled a long export; nothing was written."""


def page_of(page: int, pages: int) -> str:
    """A page's footer: "page 3 of 12"."""
    return ReportWords.tr("page {0} of {1}").format(page, pages)


def _writer(buffer: QBuffer, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
    writer.setResolution(DPI)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("treatyviewer")
    return writer


def _index_entries(report: Report, geo: PageGeometry) -> list[tuple[str, str, list[int]]]:
    pages: dict[str, set[int]] = {}
    for side, offset, entity_id in report.mentions:
        pos = geo.out.qt_pos(side, offset)
        if pos is not None:
            pages.setdefault(entity_id, set()).add(geo.page_of(pos))
    entries = [
        (report.entity_labels.get(e, e), kind_name(report.entity_kinds.get(e, "")), sorted(p))
        for e, p in pages.items()
    ]
    return sorted(entries, key=lambda item: item[0].casefold())


def _drawn_on(geo: PageGeometry, pos: int) -> int:
    """The page a position's line is drawn on. Qt lays the first line of a table row
    that would cross the page foot across it, but draws the row on the next page."""
    line = geo.line_at(pos)
    if line is None:
        return 0
    page, _top, bottom = line
    return page + 1 if bottom > geo.page_h + 0.5 else page


ORPHAN_ROOM = 1.5
"""Lines' height left under a pair's first line at a page's foot below which that line
is alone there, its heading with it, and the rest of the pair runs on overleaf."""


def _stranded(out: TextDocLayout, geo: PageGeometry) -> set[str]:
    """Blocks whose heading sits at the foot of a page while their text starts on the
    next, or has its first line alone there (``_orphaned``), or whose divisions'
    headings ("Titre Ier", "Section 1") were left at the foot of the page before."""
    return {
        key
        for key, (_, head, *texts) in out.keep_together.items()
        if any(_drawn_on(geo, text) != geo.page_of(head) for text in texts)
        or _orphaned(out, geo, key, texts)
        or _divisions_left(out, geo, key, head)
    }


def _divisions_left(out: TextDocLayout, geo: PageGeometry, key: str, head: int) -> bool:
    """Whether the headings of the divisions a block opens are printed on another page
    than the block's own heading (Qt moves a pair's table whole to the next page and
    left "Titre Ier", "Chapitre Ier" and "Section 1" alone at a page's foot)."""
    first = out.division_pos.get(key)
    return first is not None and geo.page_of(first) != _drawn_on(geo, head)


def _orphaned(out: TextDocLayout, geo: PageGeometry, key: str, texts: list[int]) -> bool:
    """Whether a pair's text starts with one line at a page's foot and runs on to the
    next page (a reader met Art. VI's heading and its first line alone under Art. V)."""
    firsts = [line for line in map(geo.line_at, texts) if line is not None]
    if not firsts:
        return False
    page = firsts[0][0]
    alone = any(geo.page_h - bottom < ORPHAN_ROOM * (bottom - top) for _, top, bottom in firsts)
    if not alone:
        return False
    ends = [line for end in out.block_end.get(key, ()) if (line := geo.line_at(end - 1))]
    return any(line[0] > page for line in ends)


def _notes_cut(out: TextDocLayout, geo: PageGeometry) -> set[str]:
    """Notes whose first line Qt lays across a page's foot: the first under a pair's
    table can be, and its top then showed as a short tinted rule at the foot of one
    page, the rest of the line overleaf. A page break puts the note overleaf whole."""
    found = set()
    for key, pos in out.note_starts.items():
        line = geo.line_at(pos)
        if line is not None and line[2] > geo.page_h + 0.5:
            found.add(key)
    return found


WIDOW_SHARE = 0.1
"""Least share of a page an article pair's last lines fill on a page of their own (a
line or two of each text under the table's repeated head): less, and the whole pair
starts that page instead..."""
WIDOW_PAIR_MOST = 0.8
"""...when the pair is this short, so that it then fits on it."""


def _widowed(out: TextDocLayout, geo: PageGeometry) -> set[str]:
    """The article pairs that start the page they run on to instead: one whose last
    line or two run on alone to the report's last page (it held the end of one
    sentence of each text and nothing else), and one anywhere that carries a single
    line of each text over, under the table's repeated head. Only these: a pair moved
    whole from the foot of every page it crosses costs a page in five."""
    found = set()
    final = out.doc.pageCount() - 1
    for key, start in out.block_pos.items():
        head = geo.line_at(start)
        ends = [end for end in out.block_end.get(key, ()) if end > start]
        lines = [line for line in map(geo.line_at, (end - 1 for end in ends)) if line]
        if head is None or key not in out.break_formats or not lines:
            continue
        page, top, _ = head
        last = max(line[0] for line in lines)
        tail = max(line[2] for line in lines if line[0] == last)
        if last != page + 1 or (geo.page_h - top) + tail >= WIDOW_PAIR_MOST * geo.page_h:
            continue  # on one page, or too long to fit on one
        if (last == final and tail < WIDOW_SHARE * geo.page_h) or _one_line_over(
            geo, start, ends, last
        ):
            found.add(key)
    return found


def _one_line_over(geo: PageGeometry, start: int, ends: list[int], page: int) -> bool:
    """Whether what a pair carries over to ``page`` is at most one line of each of its
    texts (and none of its notes): ``ends`` are where its columns and notes end."""
    most = 0
    for end in ends:
        count, pos = 0, end - 1
        while pos >= start:
            line = geo.line_at(pos)
            if line is None or line[0] != page:
                break
            count += 1
            pos = geo.line_start(pos) - 1
        most = max(most, count)
    return most == 1


def _continued(report: Report, out: TextDocLayout, geo: PageGeometry) -> dict[int, str]:
    """Page → title of the article pair that runs on from the page before."""
    pages: dict[int, str] = {}
    for block in report.blocks:
        start = out.block_pos.get(block.key)
        if start is None:
            continue
        first = geo.page_of(start)
        last = max((geo.page_of(end - 1) for end in out.block_end.get(block.key, ()) if end > 0),
                   default=first)  # fmt: skip
        for page in range(first + 1, last + 1):
            pages[page] = block.title
    return pages


def _paint(writer: QPagedPaintDevice, out: TextDocLayout, geo: PageGeometry, heading: str,
           progress: Progress | None, continued: dict[int, str] | None = None,
           extra: tuple[PagePainter, ...] = (),
           numbers: list[tuple[int, QPointF, str]] | None = None,
           only: range | None = None) -> None:  # fmt: skip
    """Every page (or the pages ``only`` holds, counted from 0, still numbered as the
    whole report's); a pair that runs on from the page before is named in the running
    head. ``extra`` pages (the map) follow the text, with the same head and foot;
    ``numbers`` are the concordance's page numbers, drawn in their cells."""
    continued = continued or {}
    by_page: dict[int, list[tuple[QPointF, str]]] = {}
    for page, baseline, text in numbers or ():
        by_page.setdefault(page, []).append((baseline, text))
    cell_font = family(SANS, QFont.StyleHint.SansSerif)
    cell_font.setPointSizeF(8.5)
    doc = out.doc
    text_pages = doc.pageCount()
    pages = text_pages + len(extra)
    width = doc.pageSize().width()
    font = family(SANS, QFont.StyleHint.SansSerif)
    font.setPointSizeF(7.5)
    painted = [k for k in range(pages) if only is None or k in only]
    if not painted:
        return  # a range past the report's end: nothing to print
    painter = QPainter(writer)
    try:
        painter.setFont(font)
        foot_top = geo.head_px + geo.page_h
        for k in painted:
            if k != painted[0]:
                writer.newPage()
            if k >= text_pages:
                _furniture(painter, out, geo, heading, page_of(k + 1, pages), width)
                extra[k - text_pages](painter, QRectF(0, geo.head_px, width, geo.page_h))
                painter.setFont(font)
                continue
            painter.setPen(QColor("#666666"))
            if k:
                head_rect = QRectF(0, 0, width, geo.head_px * 0.7)
                painter.drawText(head_rect, _BOTTOM_LEFT, heading)
                painter.setPen(QPen(QColor("#BBBBBB"), out.dev(0.4)))
                y = geo.head_px * 0.78
                painter.drawLine(QPointF(0, y), QPointF(width, y))
                painter.setPen(QColor("#666666"))
                if k in continued:
                    _continued_mark(painter, head_rect, heading, continued[k])
            painter.drawText(
                QRectF(0, foot_top + out.dev(6), width, out.dev(FOOT_PT - 6)),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                page_of(k + 1, pages),
            )
            painter.save()
            painter.translate(0, geo.head_px - k * geo.page_h)
            draw_on_paper(doc, painter, QRectF(0, k * geo.page_h, width, geo.page_h))
            painter.restore()
            if k in by_page:
                painter.save()
                painter.setFont(cell_font)
                painter.setPen(QColor("#000000"))
                metrics = painter.fontMetrics()
                for baseline, text in by_page[k]:
                    advance = metrics.horizontalAdvance(text)
                    painter.drawText(QPointF(baseline.x() - advance, baseline.y()), text)
                painter.restore()
            if progress is not None and k % 10 == 0 and progress(55 + 35 * k // pages, 100):
                raise ExportCancelled("export cancelled")
    finally:
        painter.end()


def _continued_mark(painter: QPainter, head: QRectF, heading: str, title: str) -> None:
    """ "<pair> (continued)" at the right of the running head, where nothing of the page
    can lie under it (a long heading of the repeated table header, or the notes of a
    pair that run on without one); the pair's title is shortened to fit beside the
    report's heading."""
    metrics = painter.fontMetrics()
    said = ReportWords.tr("{0} (continued)", "a running head: the article pair that runs on")
    room = head.width() - metrics.horizontalAdvance(heading + "  " + said.format(""))
    title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, int(room)))
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    painter.drawText(head, align, said.format(title))


def _furniture(painter: QPainter, out: TextDocLayout, geo: PageGeometry, heading: str,
               foot: str, width: float) -> None:  # fmt: skip
    """Running head, rule and page number of a page drawn outside the text document."""
    painter.save()
    painter.setPen(QColor("#666666"))
    painter.drawText(QRectF(0, 0, width, geo.head_px * 0.7), _BOTTOM_LEFT, heading)
    painter.setPen(QPen(QColor("#BBBBBB"), out.dev(0.4)))
    painter.drawLine(QPointF(0, geo.head_px * 0.78), QPointF(width, geo.head_px * 0.78))
    painter.setPen(QColor("#666666"))
    painter.drawText(QRectF(0, geo.head_px + geo.page_h + out.dev(6), width, out.dev(FOOT_PT - 6)),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, foot)  # fmt: skip
    painter.restore()


def _builder(
    report: Report,
    layout: str,
    writer: QPagedPaintDevice,
    body: QSizeF,
    breaks: set[str] | None = None,
) -> TextDocBuilder:
    """A builder whose document is laid out on the PDF's pages as it is written.

    The builder writes in one edit block, so Qt lays the document out once, when
    the block ends; a layout attached after writing costs about twice as much."""
    builder = TextDocBuilder(report, layout, writer.logicalDpiY(), body, breaks=breaks)
    builder.out.doc.documentLayout().setPaintDevice(writer)
    builder.out.doc.setPageSize(body)
    return builder


def _geometry(out: TextDocLayout, writer: QPagedPaintDevice, body: QSizeF) -> PageGeometry:
    out.doc.pageCount()  # finishes any layout still pending
    return PageGeometry(out, writer, body.height())


def _keep_together(builder: TextDocBuilder, geo: PageGeometry) -> PageGeometry:
    """Page breaks before stranded headings, one edit a pass (Qt re-lays out what
    follows the first), until none is left (Qt has no keep-with-next)."""
    for _ in range(KEEP_PASSES):
        out = builder.out
        stranded = (
            _stranded(out, geo) | _widowed(out, geo) | _notes_cut(out, geo)
        ) - builder.breaks
        if not stranded:
            break
        builder.break_before(stranded)
        builder.out.doc.pageCount()
        geo = PageGeometry(builder.out, geo.writer, geo.page_h)
    return geo


def _lay_out(
    report: Report, layout: str, writer: QPagedPaintDevice, body: QSizeF
) -> tuple[TextDocBuilder, PageGeometry]:
    """The report laid out, its headings kept with their text.

    The front matter is laid out alone first: nothing after it can move it, and the
    summary of a long comparison never fits under the title, so its page break is
    known before the long part is laid out, which then needs no second layout."""
    front = _builder(report, layout, writer, body)
    front.write(lambda: write_front_matter(front))
    _keep_together(front, _geometry(front.out, writer, body))
    builder = _builder(report, layout, writer, body, breaks=front.breaks)
    geo = _geometry(builder.build(write_front_matter, write_articles), writer, body)
    # A section that runs on after a few lines moves every heading after it: kept
    # with their text again.
    geo = _no_blank_pages(builder, _keep_together(builder, geo))
    return builder, _keep_together(builder, geo)


def _no_blank_pages(builder: TextDocBuilder, geo: PageGeometry) -> PageGeometry:
    """No page break after a page left blank: a table that ends right at a page's
    foot runs past it by its margins, and a heading set to open a new page after it
    then opened the page after the next (a short report had an empty second page)."""
    doc = builder.out.doc
    layout = doc.documentLayout()
    used: set[int] = set()
    blank_before: list[int] = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        first, last = (
            int(rect.top() // geo.page_h),
            int(max(rect.top(), rect.bottom() - 1) // geo.page_h),
        )
        always = (
            block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        )
        if always and first >= 1 and first - 1 not in used and used:
            blank_before.append(block.position())
        elif always and first >= 1 and _nearly_empty(layout, block.previous(), first - 1, geo):
            blank_before.append(block.position())  # the section runs on after a few lines
        used.update(range(first, last + 1))
        block = block.next()
    if not blank_before:
        return geo
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for pos in blank_before:
        cursor.setPosition(pos)
        fmt = cursor.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setBlockFormat(fmt)
    cursor.endEditBlock()
    doc.pageCount()  # laid out again
    return PageGeometry(builder.out, geo.writer, geo.page_h)


NEARLY_EMPTY = 0.25
"""Share of a page below which what ends a section there is no page of its own: the
next section runs on after it (two rows of a concordance were a page alone)."""


def _nearly_empty(
    layout: QAbstractTextDocumentLayout, before: QTextBlock, page: int, geo: PageGeometry
) -> bool:
    """Whether the text before a section's heading ends high on ``page``, the page that
    it began on holding nothing else."""
    if not before.isValid():
        return False
    ends = layout.blockBoundingRect(before).bottom()
    if int(max(0.0, ends - 1) // geo.page_h) != page:
        return False
    return ends - page * geo.page_h < NEARLY_EMPTY * geo.page_h and _page_starts_inside(
        layout, before, page, geo
    )


def _page_starts_inside(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, page: int, geo: PageGeometry
) -> bool:
    """Whether ``page`` opens in the middle of what ``block`` ends (a table's last
    rows, a paragraph's last lines), not with a heading of its own."""
    start = block
    while start.previous().isValid() and (
        layout.blockBoundingRect(start.previous()).bottom() > page * geo.page_h
    ):
        start = start.previous()
    policy = start.blockFormat().pageBreakPolicy()
    return not policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def _concordance_pages(geo: PageGeometry) -> list[tuple[int, QPointF, str]]:
    """(page, right end of the baseline, number) for each page cell of the concordance.

    The cells hold figure spaces while the document is laid out; the numbers are
    painted over them, so learning the pages costs no second layout.
    """
    out = geo.out
    numbers = []
    for key, (_, end) in out.row_span.items():
        start = out.block_pos.get(key)
        quads = geo.quads(end - len(PAGE_CELL), end)
        if start is None or not quads:
            continue
        q = quads[0]
        block = out.doc.findBlock(end - 1)
        line = block.layout().lineForTextPosition(end - 1 - block.position())
        # The number stands on the line's baseline, flush with the cell's right edge.
        baseline = QPointF(q.x2, geo.head_px + q.y1 + line.ascent())
        numbers.append((q.page, baseline, str(geo.page_of(start) + 1)))
    return numbers


def render_pdf(
    report: Report,
    layout: str = "side-by-side",
    paper: str = "a4",
    progress: Progress | None = None,
) -> bytes:
    """The finished PDF as bytes (nothing is written; the caller saves atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper, report.heading)
    out, geo, extra_titles = paint_report(writer, report, layout, progress)
    buffer.close()
    if progress is not None and progress(90, 100):
        raise ExportCancelled("export cancelled")
    from .pdf_export_features import add_features

    return add_features(bytes(data.data()), report, out, geo, extra_titles)


def print_report(
    printer: QPagedPaintDevice,
    report: Report,
    layout: str = "side-by-side",
    progress: Progress | None = None,
    pages: tuple[int, int] | None = None,
) -> int:
    """Print the report as the PDF lays it out, on the paper the printer has, less what
    only a PDF holds (bookmarks, links, comments): every page, or the pages ``pages``
    names (first and last, counted from 1, as the print dialog gives them); returns
    the number of pages printed."""
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    only = range(pages[0] - 1, pages[1]) if pages is not None else None
    out, _geo, extra_titles = paint_report(printer, report, layout, progress, only)
    whole = range(out.doc.pageCount() + len(extra_titles))
    return len(whole if only is None else whole[only.start : only.stop])


def paint_report(
    device: QPagedPaintDevice,
    report: Report,
    layout: str = "side-by-side",
    progress: Progress | None = None,
    only: range | None = None,
) -> tuple[TextDocLayout, PageGeometry, tuple[str, ...]]:
    """Lay the report out on the pages of ``device`` (a PDF writer or a printer, its
    margins set) and paint them (those ``only`` holds, counted from 0, when given);
    returns the layout, where everything landed, and the titles of the pages painted
    after the text (the map)."""

    def step(done: int) -> None:
        if progress is not None and progress(done, 100):
            raise ExportCancelled("export cancelled")

    dpi = device.logicalDpiY()
    paint = device.pageLayout().paintRectPixels(dpi)
    body = QSizeF(paint.width(), paint.height() - (HEAD_PT + FOOT_PT) * dpi / 72.0)
    # The concordance's page numbers are painted into their cells and the index
    # appended after the layout, so no further layout is needed.
    step(2)
    builder, geo = _lay_out(report, layout, device, body)
    numbers = _concordance_pages(geo)
    step(45)
    # The index goes after everything else, on pages of its own, so its page numbers
    # are those of this layout; appending it lays out only the new pages. Texts that
    # name no party or place get no index: an empty page would close the report.
    entries = _index_entries(report, geo)
    out = builder.out
    if entries:
        builder.write(lambda: write_index(builder, entries))
        out.doc.pageCount()
        geo = PageGeometry(out, device, body.height())
    step(55)
    continued = _continued(report, out, geo)
    from .map_report import TITLE, pdf_page

    map_page = pdf_page(report)
    extra = (map_page,) if map_page else ()
    _paint(device, out, geo, report.heading, progress, continued, extra, numbers, only)
    return out, geo, (ReportWords.tr(TITLE),) if map_page else ()
