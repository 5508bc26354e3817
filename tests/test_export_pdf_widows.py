"""No article pair carries a single line of its texts over to the next page, under
the table's full repeated head, when the pair fits on that page whole: a reader met
one line of Art. X alone there (the bundled pair), and the Korean constitution's
Art. 119 → Art. 123 carried "있다." alone over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QSizeF
from PySide6.QtGui import QTextCursor

from treatyviewer.core.comparison import compare
from treatyviewer.io import pdf_export
from treatyviewer.io.export import make_report
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIR = Path(__file__).parent / "real_pairs" / "kr-const"


def _carried_over(builder, geo) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Pair → the most lines any one of its cells (or its notes) has on the page it
    runs on to, for the pairs that run on to the next page and fit on one."""
    out = builder.out
    doc = out.doc
    found = {}
    for key, start in out.block_pos.items():
        ends = [end for end in out.block_end.get(key, ()) if end > start]
        if not ends:
            continue
        first, top, _ = geo.line_at(start)
        lasts = [line for line in (geo.line_at(end - 1) for end in ends) if line]
        last = max(line[0] for line in lasts)
        tail = max(line[2] for line in lasts if line[0] == last)
        if last != first + 1 or (geo.page_h - top) + tail >= 0.8 * geo.page_h:
            continue
        counts: dict[object, int] = {}
        block = doc.findBlock(start)
        while block.isValid() and block.position() < max(ends):
            table = QTextCursor(block).currentTable()
            cell = table.cellAt(block.position()) if table is not None else None
            where = (cell.row(), cell.column()) if cell is not None else "notes"
            rect = geo.layout.blockBoundingRect(block)
            layout = block.layout()
            for n in range(layout.lineCount()):
                if int((rect.top() + layout.lineAt(n).y()) // geo.page_h) == last:
                    counts[where] = counts.get(where, 0) + 1
            block = block.next()
        found[key] = max(counts.values(), default=0)
    return found


def test_no_pair_carries_one_line_over_when_it_fits_on_a_page(qapp) -> None:
    cmp = compare(
        read_document(str(PAIR / "constitution-1972.md")),
        read_document(str(PAIR / "constitution-1980.md")),
    )
    writer = pdf_export._writer(QBuffer(), "a4", "test")
    dpi = writer.logicalDpiY()
    paint = writer.pageLayout().paintRectPixels(dpi)
    extra = (pdf_export.HEAD_PT + pdf_export.FOOT_PT) * dpi / 72.0
    body = QSizeF(paint.width(), paint.height() - extra)
    builder, geo = pdf_export._lay_out(make_report(cmp, []), "side-by-side", writer, body)
    over = _carried_over(builder, geo)
    assert over  # pairs do run on from page to page here
    assert {key: most for key, most in over.items() if most == 1} == {}
