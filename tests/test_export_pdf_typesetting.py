"""Small typesetting of the PDF: a change's class tag stays on its word's line, and an
empty column's closing dash on its words' line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocument

from treatyviewer.core.comparison import compare
from treatyviewer.io.export import make_report
from treatyviewer.io.pdf_export import _writer, paint_report
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIRS = Path(__file__).parent / "real_pairs"
TAGS = ("case", "figure", "spelling", "punct", "name", "spacing", "ref", "num")


def _laid_out(folder: str, old: str, new: str) -> QTextDocument:
    """The PDF's text document of a real pair, laid out on its A4 pages."""
    cmp = compare(read_document(PAIRS / folder / old), read_document(PAIRS / folder / new))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    report = make_report(cmp)
    out, _geo, _ = paint_report(_writer(buffer, "a4", report.heading), report)
    buffer.close()
    return out.doc


def _line(doc: QTextDocument, pos: int) -> tuple[int, int]:
    block = doc.findBlock(pos)
    return block.blockNumber(), block.layout().lineForTextPosition(
        pos - block.position()
    ).lineNumber()


@pytest.fixture(scope="module")
def charter(qapp) -> QTextDocument:
    """The European Social Charter, where "articles" ended a line and its tag "case"
    began the next."""
    return _laid_out("esc", "esc-1961.md", "esc-1996.md")


def test_a_class_tag_is_set_on_the_line_of_its_word(charter: QTextDocument) -> None:
    text = charter.toPlainText()
    starts = [
        k + 1
        for k, ch in enumerate(text)
        if ch == "\u2068" and text[k + 1 : k + 9].startswith(TAGS)
    ]
    assert len(starts) > 20
    apart = []
    for start in starts:
        word = start - 1
        while word > 0 and not text[word].isalnum():
            word -= 1
        if _line(charter, word) != _line(charter, start):
            apart.append(text[word - 20 : start + 8])
    assert not apart, apart


def test_an_empty_columns_closing_dash_is_on_its_words_line(qapp) -> None:
    """The Korean constitutions left the "—" of "— not in the older text (…) —" alone."""
    doc = _laid_out("kr-const", "constitution-1972.md", "constitution-1980.md")
    text = doc.toPlainText()
    notes = [k for k in range(len(text)) if text.startswith("not in the older text", k)]
    notes += [k for k in range(len(text)) if text.startswith("not in the newer text", k)]
    assert notes
    for start in notes:
        end = text.index("—", start)
        assert _line(doc, end) == _line(doc, end - 2), text[start : end + 1]
        assert _line(doc, start - 2) == _line(doc, start), text[start - 2 : end + 1]
