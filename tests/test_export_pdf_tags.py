"""A change's class tag is seen on the page but is not part of the PDF's text, so that a
passage copied or searched in the PDF reads as the treaty does."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import export_pdf
from treatyviewer.io.report_tags import OBJECT_CHARACTER, install, tag_format

pytestmark = pytest.mark.gui


def _squeezed(path: Path) -> str:
    """The PDF's text without whitespace (extractors space a drawn gap differently)."""
    pages = PdfReader(str(path)).pages
    return "".join(unicodedata.normalize("NFKC", "".join(p.extract_text() for p in pages)).split())


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_a_quotation_copied_from_the_pdf_has_no_tag_in_it(qapp, tmp_path: Path, layout) -> None:
    """Draft Art. 5 begins "The Contracting Parties agree…", its "The" tagged "case"
    (the treaty writes "the"), and the treaty's comma before it "punct.": the words
    follow each other in the text with no tag between them."""
    path = tmp_path / "out.pdf"
    export_pdf(
        compare(load_bundled("draft-1920"), load_bundled("moscow-1921")), path, layout=layout
    )
    text = _squeezed(path)
    for tagged in ("Thecase", "thecase", "peoples,punct."):
        assert tagged not in text, tagged
    if layout == "side-by-side":
        assert "TheContractingPartiesagreetoentrustthefinaldefinition" in text
        assert "peoples,theContractingPartiesagree" in text


def test_a_tag_is_drawn_small_and_raised_after_its_word(qapp) -> None:
    doc = QTextDocument()
    keep = install(doc)
    cursor = QTextCursor(doc)
    plain = QTextCharFormat()
    plain.setFont(QFont("DejaVu Serif", 20))
    look = QTextCharFormat()
    look.setFont(QFont("DejaVu Sans", 14))
    look.setForeground(QColor("#000000"))
    cursor.insertText("The", plain)
    cursor.insertText(OBJECT_CHARACTER, tag_format("case", look, 20))
    cursor.insertText(" Contracting", plain)
    assert doc.toPlainText() == f"The{OBJECT_CHARACTER} Contracting"

    image = QImage(600, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    line = doc.firstBlock().layout().lineAt(0)
    left, right = round(line.cursorToX(3)[0]) + 2, round(line.cursorToX(4)[0]) - 2
    baseline = round(line.y() + line.ascent())
    assert right - left > 20  # room for the tag's four letters
    inked = [
        y
        for y in range(int(line.y()), baseline + 1)
        for x in range(left, right)
        if image.pixelColor(x, y).lightness() < 128
    ]
    assert inked, "the tag is drawn in the room it takes"
    word_top = min(
        y
        for y in range(int(line.y()), baseline + 1)
        for x in range(0, left)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert max(inked) < baseline - 3  # raised: it stops well above the line's foot
    assert min(inked) >= word_top - 2  # and stays within the line's height
    del keep
