"""A placeholder ("— not in the … —", "9 of the … stood here") goes only where its pane
shows no text: never over the last line of the pane's own paragraph beside the band,
however that paragraph wraps, and below that line when the band has room there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.compare.placeholders import (
    MAX_LINES,
    SIDE_MARGIN,
    fit_lines,
    free_top,
    is_blank,
)

pytestmark = pytest.mark.gui

PAIR = Path(__file__).parent / "resolution_pair"


def text_lines(doc: QTextDocument) -> list[tuple[float, float, str]]:
    """(top, bottom, text) of every laid-out line that shows text, in document coordinates."""
    out = []
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect, lines = layout.blockBoundingRect(block), block.layout()
        for n in range(lines.lineCount() if lines is not None else 0):
            line = lines.lineAt(n)
            shown = block.text()[line.textStart() : line.textStart() + line.textLength()]
            if shown.strip():
                top = rect.top() + line.y()
                out.append((top, top + line.height(), shown))
        block = block.next()
    return out


def drawn_over_text(pane) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(placeholder, line of text) pairs where a placeholder is drawn across text."""
    metrics = QFontMetricsF(pane._placeholder_font())
    width = pane.viewport().width() - 2 * SIDE_MARGIN
    lines = text_lines(pane.document())
    hits = []
    for item in pane.placeholders:
        shown = len(fit_lines(metrics, item.text, width, MAX_LINES))
        top = item.y + 0.3 * metrics.height()  # drawn centred in (lines + 0.6) line heights
        bottom = top + shown * metrics.height()
        hits += [(item.text, text) for a, b, text in lines if a < bottom and b > top]
    return hits


def settle(window) -> None:  # type: ignore[no-untyped-def]
    """Until the panes are laid out at the new width and placed again (a busy machine
    may take a while)."""
    view = window.view
    clock = QElapsedTimer()
    clock.start()
    seen, still = None, QElapsedTimer()
    still.start()
    while clock.elapsed() < 10_000:
        QApplication.processEvents()
        now = (view.old_pane.placeholders, view.new_pane.placeholders, view.geo)
        if now != seen or view.writing():
            seen = now
            still.restart()
        elif still.elapsed() > 300:
            return


def test_a_short_last_line_between_sampled_heights_is_still_text(qapp) -> None:
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Serif", 12))
    doc.setTextWidth(300)
    doc.setPlainText("Requests the Secretary-General to appoint a focal point for wetlands "
                     "within the Secretariat;")  # fmt: skip
    spaced = QTextBlockFormat()  # lines spaced as the panes space them: gaps between
    spaced.setLineHeight(160, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spaced)
    lines = text_lines(doc)
    top, bottom, text = lines[-1]
    assert len(lines) >= 2 and text.strip().endswith("Secretariat;")
    assert lines[-2][1] < top - 3  # a gap above the last line
    # A band that begins in that gap and reaches well below the line: the line lies
    # between the heights a look at its top, middle and bottom would see.
    height = 3 * (bottom - top)
    assert not is_blank(doc, top - 3, height)
    below = free_top(doc, top - 3, height, bottom + 4 * height)
    assert below is not None and below >= bottom  # room found under the line, not over it
    assert free_top(doc, top - 3, height, bottom + height / 2) is None  # no room: none


def test_no_placeholder_is_drawn_over_text_at_any_width(make_window) -> None:
    window = make_window(PAIR / "older.txt", PAIR / "newer.txt", size=(900, 900))
    # The resolutions name no place, so "Parties and places" steps aside; shown again
    # (the reader's choice), it leaves the panes the widths this test was made for.
    window.actions_["view.entities"].trigger()
    view = window.view
    moved_shown = 0
    for width in range(900, 1500, 40):
        window.resize(width, 900)
        settle(window)
        assert drawn_over_text(view.old_pane) == [], width
        assert drawn_over_text(view.new_pane) == [], width
        moved_shown += any(item.pair is not None for item in view.new_pane.placeholders)
    # Where old 8 stood, the newer text has its added 9 beside it: the line saying
    # where 8 went still finds room below that paragraph at most widths.
    assert moved_shown >= 10


def test_no_placeholder_over_a_removed_article_at_the_end(make_window, tmp_path: Path) -> None:
    """A moved article faced, at the foot of the other pane, an article only that pane
    has: the line saying where it moved was drawn over that article's heading. The
    blocks past the last article are not laid out, and the search for text in the
    band bisected off into them and found none."""
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "Article 1\nThe Parties agree to keep the peace along the river frontier near Kars.\n\n"
        "Article 2\nTrade between the Parties shall be free of all customs duties.\n\n"
        "Article 3\nA joint commission shall meet at Batum every year.\n\n"
        "Article 4\nPrisoners of war shall be exchanged within three months.\n",
        encoding="utf-8",
    )
    new.write_text(
        "Article 1\nThe Parties agree to keep a lasting peace along the river frontier near "
        "Kars.\n\nArticle 2\nA joint commission shall meet at Batum every year.\n\n"
        "Article 3\nTrade between the Parties shall be free of customs duties, except on arms.\n",
        encoding="utf-8",
    )
    window = make_window(old, new, size=(1400, 900))
    settle(window)
    assert drawn_over_text(window.view.old_pane) == []
    assert drawn_over_text(window.view.new_pane) == []
    assert any(item.pair is not None for item in window.view.new_pane.placeholders)
