"""The panes hold their articles in frames of a few dozen (an edit then makes Qt move
the frames below it, not every line): the frames add no height, padding lines the
panes up exactly across them, and a click between two frames or at the left edge
lands where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QTextDocument, QTextFrame

from conftest import make_treaty_pair
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.ui.common.colours import LIGHT
from treatyviewer.ui.compare import frames, render
from treatyviewer.ui.compare.alignment import Padding, align_documents, anchors
from treatyviewer.ui.compare.pane import ComparisonPane
from treatyviewer.ui.compare.render import Rendered, render_side

pytestmark = pytest.mark.gui

WIDTH = 640


@pytest.fixture(scope="module")
def cmp() -> Comparison:
    old, new = make_treaty_pair(articles=40, words_per_article=60, edits=120, seed=5)
    return compare(make_document(old), make_document(new))


def _sides(cmp: Comparison, per_frame: int, monkeypatch) -> tuple[Rendered, Rendered]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(render, "ARTICLES_PER_FRAME", per_frame)
    monkeypatch.setattr(frames, "FRAMES_PER_GROUP", 3)  # groups of frames too, as at 20 MB
    out = (render_side(cmp, "old", LIGHT, QFont()), render_side(cmp, "new", LIGHT, QFont()))
    for side in out:
        side.document.setTextWidth(WIDTH)
    return out


def article_frames(document: QTextDocument) -> list[QTextFrame]:
    """The frames the articles are written in (each in a group of frames), in order."""
    return [f for group in document.rootFrame().childFrames() for f in group.childFrames()]


def _tops(rendered: Rendered) -> tuple[list[float], float]:
    doc = rendered.document
    layout = doc.documentLayout()
    blocks = [doc.findBlockByNumber(b) for _, b in sorted(rendered.map.heading_block.items())]
    return [layout.blockBoundingRect(b).top() for b in blocks], doc.size().height()


def test_articles_in_frames_stand_where_they_stand_in_one(cmp, monkeypatch, qapp) -> None:
    in_one = _sides(cmp, 10**6, monkeypatch)
    in_fours = _sides(cmp, 4, monkeypatch)
    assert len(article_frames(in_one[1].document)) == 1
    written = len(in_fours[1].map.heading_block)
    assert len(article_frames(in_fours[1].document)) == -(-written // 4) > 8
    assert len(in_fours[1].document.rootFrame().childFrames()) == -(-written // 12) > 3
    for one, fours in zip(in_one, in_fours, strict=True):
        assert _tops(fours) == _tops(one)
        assert fours.document.toPlainText().split() == one.document.toPlainText().split()


def test_padding_lines_up_articles_that_open_a_frame_exactly(cmp, monkeypatch, qapp) -> None:
    sides = _sides(cmp, 4, monkeypatch)
    docs = (sides[0].document, sides[1].document)
    maps = (sides[0].map, sides[1].map)
    chain = anchors(cmp, *maps)
    align_documents(chain, docs, maps, (Padding(), Padding()))
    tops = [_tops(side)[0] for side in sides]
    opened = 0
    for o, n in chain:
        assert tops[0][o] == pytest.approx(tops[1][n], abs=1e-6)
        opened += o % 4 == 0 and n % 4 == 0
    assert opened > 3  # anchors at the top of a frame on both sides were among them


def test_a_click_between_two_frames_lands_there_not_at_the_end(cmp, monkeypatch, qtbot) -> None:
    sides = _sides(cmp, 4, monkeypatch)
    pane = ComparisonPane("new")
    qtbot.addWidget(pane)
    pane.resize(WIDTH + 40, 400)
    pane.show_document(sides[1].document)
    pane.show()
    qtbot.waitExposed(pane)
    doc = pane.document()
    for opening in (8, 12):  # the third frame; the fourth, which opens the second group
        heading = doc.findBlockByNumber(sides[1].map.heading_block[opening])
        top = doc.documentLayout().blockBoundingRect(heading).top()
        pane.verticalScrollBar().setValue(round(top - 100))
        # In the margin above the heading, on the line before it, and at the pane's left
        # edge (where Find and the painted layers ask what the pane shows).
        for x, y in ((40, 60), (40, 90), (0, 90), (0, 110)):
            position = pane.cursorForPosition(QPoint(x, y)).position()
            assert abs(position - heading.position()) < 400, (opening, x, y, position)
