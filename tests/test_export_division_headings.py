"""The headings of parts and chapters in the reports of a constitution that renamed
its chapters: Korea's of 1972 has "제3장 통일주체국민회의", its 1980 text
"제3장 정부" over "제1절 대통령". The older Chapter 3's removed article had stood for the
newer one: "제3장 — 정부" was never printed, and "제1절 — 대통령" three times, after
each removed article that broke in."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.io.export import make_report
from treatyviewer.io.export_structure import divisions_opened
from treatyviewer.io.html_export import render_html
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIRS = Path(__file__).parent / "real_pairs" / "kr-const"
EXPECTED = [
    "제1장 — 총강",
    "제2장 — 국민의 권리와 의무",
    "제3장 — 통일주체국민회의 (constitution-1972)",  # over the older text's removed Art. 35
    "제3장 — 정부",
    "제1절 — 대통령",
    "제2절 — 행정부",
    "제1관 — 국무총리와 국무위원",
    "제2관 — 국무회의",
    "제3관 — 행정각부",
    "제4관 — 감사원",
    "제4장 — 국회",
    "제5장 — 법원",
    "제6장 — 헌법위원회",
    "제7장 — 선거관리",
    "제8장 — 지방자치",
    "제9장 — 경제",
    "제10장 — 헌법개정",
]


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    cmp = compare(
        read_document(PAIRS / "constitution-1972.md"), read_document(PAIRS / "constitution-1980.md")
    )
    return cmp, make_report(cmp, [])


def test_each_chapter_is_headed_once_in_the_text_s_order(report) -> None:
    _cmp, built = report
    opened = divisions_opened(built)
    keys = [b.key for b in built.blocks]
    titles = [t for key in keys if key in opened for t in opened[key].titles]
    assert titles == EXPECTED


def test_the_pdf_and_the_html_print_those_headings(qapp, report) -> None:
    from PySide6.QtCore import QSizeF

    from treatyviewer.io.report_textdoc import TextDocBuilder
    from treatyviewer.io.report_textdoc_pairs import write_articles

    _cmp, built = report
    page = render_html(built)
    assert [page.count(f">{title}</h3>") for title in EXPECTED] == [1] * len(EXPECTED)
    # the PDF's pages as laid out (its text layer spells Korean words twice over)
    laid = TextDocBuilder(built, "side-by-side", 300, QSizeF(2000, 3000))
    lines = laid.build(lambda _b: None, write_articles).doc.toPlainText().split("\n")
    assert [line for line in lines if line in EXPECTED] == EXPECTED


def test_a_heading_of_the_older_text_says_so(qapp) -> None:
    """The Social Charter's older Part IV (its supervision, struck out in 1996): its
    removed articles stand among the newer Part III's, under "Part IV", which read as
    the newer Part IV printed twice."""
    pairs = Path(__file__).parent / "real_pairs" / "esc"
    cmp = compare(read_document(pairs / "esc-1961.md"), read_document(pairs / "esc-1996.md"))
    built = make_report(cmp, [])
    opened = divisions_opened(built)
    titles = [t for b in built.blocks if b.key in opened for t in opened[b.key].titles]
    assert titles == [  # (Parts I and II are headed by their units "PART I", "PART II")
        "Part III",
        "Part IV (esc-1961)",
        "Part III",
        "Part IV",
        "Part V",
        "Part VI",
    ]


def test_a_part_whose_unit_is_its_heading_is_headed_once(qapp) -> None:
    """The Social Charter's "PART I" is a unit of its own, the Part's heading with the
    text under it: the PDF printed "Part I" and right under it "PART I modified …"."""
    from PySide6.QtCore import QSizeF

    from treatyviewer.io.report_textdoc import TextDocBuilder
    from treatyviewer.io.report_textdoc_pairs import write_articles

    pairs = Path(__file__).parent / "real_pairs" / "esc"
    cmp = compare(read_document(pairs / "esc-1961.md"), read_document(pairs / "esc-1996.md"))
    built = make_report(cmp, [])
    laid = TextDocBuilder(built, "side-by-side", 300, QSizeF(2000, 3000))
    text = laid.build(lambda _b: None, write_articles).doc.toPlainText()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    twice = [  # (the table that sets out a pair begins with an empty line)
        (line, after)
        for line, after in pairwise(lines)
        if after.casefold().startswith(line.casefold() + " ")
    ]
    assert twice == []
    assert any(line.startswith("PART I ") for line in lines)  # headed by its unit
    page = render_html(built)
    assert ">Part I</h3>" not in page and ">Part III</h3>" in page
