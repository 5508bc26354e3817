"""A page of the PDF holds in its text only what it prints: the layout drew every
paragraph carried over from the page before from the last line above the page, hidden
under the running head but there for a search, a copy or a screen reader."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextTableFormat,
)

from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import export_pdf
from treatyviewer.io.paper import draw_on_paper
from treatyviewer.io.pdf_export import MARGINS_MM
from treatyviewer.io.pdf_geometry import HEAD_PT
from treatyviewer.io.report_notes import bundled_annotations

pytestmark = pytest.mark.gui

MM = 72 / 25.4


def _above_body(path: Path) -> dict[int, list[str]]:
    """Page number (from 1) → the pieces of text drawn above the page's body (where
    only the running head is printed)."""
    out: dict[int, list[str]] = {}
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    for number, page in enumerate(reader.pages, start=1):
        top = float(page.mediabox.height) - MARGINS_MM.top() * MM - HEAD_PT
        pieces: list[str] = []

        def visit(text, cm, tm, _font, _size, pieces=pieces, top=top):  # type: ignore[no-untyped-def]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and y > top:
                pieces.append(" ".join(text.split()))

        page.extract_text(visitor_text=visit)
        out[number] = pieces
    return out


def test_an_article_carried_over_is_not_in_the_next_page_s_text_twice(qapp, tmp_path) -> None:
    """The reader's case: the bundled pair with its notes; "government of Russia and
    the Ottoman" ended p. 8 and was in p. 9's text again, above the running head."""
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    path = tmp_path / "b.pdf"
    export_pdf(cmp, path, bundled_annotations(cmp))
    heading = "Moscow draft (1920) ↔ Treaty of Moscow (1921)"
    pages = _above_body(path)
    assert sum(heading in pieces for pieces in pages.values()) == len(pages) - 1
    hidden = {
        n: [p for p in pieces if p != heading and not p.endswith("(continued)")]
        for n, pieces in pages.items()
    }
    assert {n: p for n, p in hidden.items() if p} == {}


def test_every_line_of_a_document_is_in_the_pdf_once(qapp, tmp_path) -> None:
    """Drawn page by page, a paragraph and a two-column table running over several
    pages put each of their words in the PDF's text once: none twice, none lost."""
    doc = QTextDocument()
    words = [f"w{i:03d}" for i in range(700)]
    cursor = QTextCursor(doc)
    cursor.insertText(" ".join(f"p{w}" for w in words[:400]))
    cursor.insertBlock()
    table_format = QTextTableFormat()
    table_format.setHeaderRowCount(1)
    table = cursor.insertTable(2, 2, table_format)
    for column, letter in enumerate("ab"):
        table.cellAt(0, column).firstCursorPosition().insertText(f"HEAD{letter}")
        table.cellAt(1, column).firstCursorPosition().insertText(
            " ".join(f"{letter}{w}" for w in words)
        )
    width, height = 400.0, 300.0
    doc.setPageSize(QSizeF(width, height))
    path = tmp_path / "doc.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(width, height), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    for k in range(doc.pageCount()):
        if k:
            writer.newPage()
        painter.save()
        painter.translate(0, -k * height)
        draw_on_paper(doc, painter, QRectF(0, k * height, width, height))
        painter.restore()
    painter.end()
    assert doc.pageCount() > 5
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    texts = ["".join(page.extract_text().split()) for page in reader.pages]
    # counted in the text with its spaces taken out: the extraction may split a word
    found = Counter(w for text in texts for w in re.findall(r"[pab]w\d{3}", text))
    expected = Counter([f"p{w}" for w in words[:400]] + [f"{c}{w}" for c in "ab" for w in words])
    assert found == expected
