"""No PDF text is printed over other text: a pair table that ends at a page foot used
to have its heading rows repeated at the top of the next page, over the notes there."""

from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.annotations import annotate_selection
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import export_pdf
from treatyviewer.io.pdf_export import MARGINS_MM
from treatyviewer.io.pdf_geometry import FOOT_PT, HEAD_PT
from treatyviewer.io.report_notes import bundled_annotations

pytestmark = pytest.mark.gui

MM = 72 / 25.4


def line_starts(path: Path, numbers: range) -> dict[int, list[tuple[float, float, str]]]:
    """Per page number (from 1), (baseline, type size, first word) of each piece of
    text at the left edge of the page body, top first. Only the body counts: Qt also
    writes the lines a page cuts off, which the clipping hides."""
    pages = {}
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    for number in numbers:
        page = reader.pages[number - 1]
        height = float(page.mediabox.height)
        top = height - MARGINS_MM.top() * MM - HEAD_PT
        bottom = MARGINS_MM.bottom() * MM + FOOT_PT
        starts: list[tuple[float, float, float, str]] = []

        def visit(text, cm, tm, _font, size, starts=starts, top=top, bottom=bottom):  # type: ignore[no-untyped-def]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and bottom < y < top:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                starts.append((x, y, size * abs(cm[3]), text.split()[0]))

        page.extract_text(visitor_text=visit)
        left = min((x for x, *_ in starts), default=0.0)
        at_edge = sorted((s for s in starts if s[0] < left + 12), key=lambda s: -s[1])
        pages[number] = [(y, size, word) for _x, y, size, word in at_edge]
    return pages


def clashing_lines(pages: dict[int, list[tuple[float, float, str]]]) -> list[tuple[int, str, str]]:
    """(page, word, word) for two lines whose baselines are closer than their type
    allows: text printed over other text."""
    found = []
    for number, starts in pages.items():
        for (y1, size1, word1), (y2, size2, word2) in combinations(starts, 2):
            if 0.5 < abs(y1 - y2) < 0.7 * max(size1, size2):
                found.append((number, word1, word2))
    return found


def test_notes_after_a_table_ending_at_a_page_foot_are_not_overprinted(qapp, tmp_path) -> None:
    """The reader's case: a note on "Constantinople" in Art. V of the 1921 text moves
    Art. 2 → Art. VI down until its table ends at the foot of page 7; its notes [19]
    and [20] open page 8, where its heading rows were printed over them. (With the
    wider gutter between the columns, and the notes quoting their passages, other
    articles' notes run on to open a page now.)"""
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    new = cmp.new
    article = next(s for s in new.segments if s.label == "V")
    at = new.text.index("Constantinople", article.start)
    note = annotate_selection(
        new, at, at + len("Constantinople"),
        "Istanbul named as capital; absent from the 1920 draft.",
        entity_ids=["constantinople"],
    )  # fmt: skip
    path = tmp_path / "notes.pdf"
    export_pdf(cmp, path, [*bundled_annotations(cmp), note])
    pages = line_starts(path, range(6, 13))  # reading every page takes seconds
    # Still the reader's case: a table ends on a page and its notes open the next (in
    # the notes' smaller type, a note's number or a note running on).
    assert any(starts and starts[0][1] < 9 for starts in pages.values())
    assert clashing_lines(pages) == []
