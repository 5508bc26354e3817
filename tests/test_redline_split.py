"""The redline of a split article: deleted words stay beside their neighbours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.report_model import build_report
from treatyviewer.ui.common.colours import LIGHT
from treatyviewer.ui.compare.formats import Formats
from treatyviewer.ui.compare.inline import render_inline

SHIPS = "Ships of both parties may enter the ports of the Black Sea freely."
BOATS = "Fishing boats of either party may fish in the coastal waters of the other."
END = "\n\nArticle 9\nThe present treaty enters into force on signature.\n"


@pytest.fixture(
    params=[
        (
            f"Treaty\n\nArticle 7\nNavigation and fishing. {SHIPS} {BOATS}{END}",
            f"Treaty\n\nArticle 7\nNavigation. {SHIPS}\n\nArticle 8\nFishing. {BOATS}{END}",
        ),
        (
            f"Treaty\n\nArticle 7\nNavigation and fishing\n{SHIPS} {BOATS}{END}",
            f"Treaty\n\nArticle 7\nNavigation\n{SHIPS}\n\nArticle 8\nFishing\n{BOATS}{END}",
        ),
    ],
    ids=["sentence", "heading-line"],
)
def split_cmp(request):
    old, new = request.param
    cmp = compare(make_document(old, title="old"), make_document(new, title="new"))
    assert [p.status for p in cmp.pairs if p.changes] == ["split"]
    return cmp


def test_window_redline_strikes_the_deletion_after_its_word(qapp, split_cmp) -> None:
    rendered = render_inline(split_cmp, Formats(LIGHT, QFont()), False)
    text = rendered.document.toPlainText()
    assert "Navigation and fishing" in text
    assert "freely. and fishing" not in text and "freely.and fishing" not in text
    doc = rendered.document
    block = doc.findBlock(text.index("Navigation and fishing"))
    it, struck = block.begin(), []
    while not it.atEnd():
        if it.fragment().charFormat().fontStrikeOut():
            struck.append(it.fragment().text().strip())
        it += 1
    assert struck == ["and fishing"]


def test_report_redline_strikes_the_deletion_after_its_word(split_cmp) -> None:
    report = build_report(split_cmp)
    block = next(b for b in report.blocks if b.badges[0] == "split")
    text = "".join(r.text for r in block.inline_runs)
    runs = [r for r in block.inline_runs if r.kind != "label"]
    deleted = next(n for n, r in enumerate(runs) if r.kind == "delete")
    assert runs[deleted].text == "and fishing"
    assert "".join(r.text for r in runs[:deleted]) == "Navigation "
    assert runs[deleted + 1].text[:1] in ".\n\u2028"  # a kept line break is a line separator
    assert "Navigation and fishing" in text
    assert "freely. and fishing" not in text
