"""Marks over words written right to left (Arabic): a noted word is tinted across its
width, and the current change's box covers the word, not a sliver at its start."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from treatyviewer.ui.compare.span_overlay import span_rects

pytestmark = pytest.mark.gui


def test_a_span_of_arabic_words_is_as_wide_as_the_words(qapp) -> None:
    text = "تلتزم الأطراف بتنفيذ هذا الاتفاق بحسن نية."
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.setTextWidth(600)
    start = text.index("الاتفاق")
    (rect,) = span_rects(doc, start, start + len("الاتفاق"))
    whole = span_rects(doc, 0, len(text))[0]
    assert rect.width() > 20  # it had been the 2-pixel least
    assert whole.left() <= rect.left() and rect.right() <= whole.right()


def test_the_redline_arrow_points_from_the_older_arabic_article_to_the_newer(qapp) -> None:
    """ "المادة 24 → المادة 22": right to left the older name stands to the right, and
    the arrow had pointed back at it."""
    from PySide6.QtGui import QFont

    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common.colours import LIGHT
    from treatyviewer.ui.compare.formats import Formats
    from treatyviewer.ui.compare.inline import render_inline

    body = "تلتزم الأطراف بتنفيذ هذا الاتفاق بحسن نية."
    old = make_document(f"المادة 1\n{body}\n\nالمادة 2\nيلغى كل حكم يخالف هذا القانون.\n")
    new = make_document(f"المادة 2\n{body}\n")
    cmp = compare(old, new)
    text = render_inline(cmp, Formats(LIGHT, QFont()), False).document.toPlainText()
    assert "المادة 1 ← المادة 2" in text and "→" not in text
