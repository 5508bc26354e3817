"""Reports name a text known by its file name by the title the file gives itself (its
front matter's title, its opening heading), with the file's name beside it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.comparison import compare
from treatyviewer.io.export import export_html, export_pdf
from treatyviewer.io.front_matter import first_heading, split_front_matter
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIRS = Path(__file__).parent / "real_pairs"


def test_a_front_matter_title_and_an_opening_heading_are_read() -> None:
    assert split_front_matter(
        "---\n제목: 대한민국헌법\n공포일자: 1980-10-27\n---\n제1조\n"
    ).title == ("대한민국헌법")
    assert split_front_matter("---\ntitle: 'Licence'\nslug: x\n---\ntext\n").title == "Licence"
    assert split_front_matter("---\nslug: x\n---\ntext\n").title == ""
    assert first_heading("\n# 中华人民共和国立法法\n\n第一条\n") == "中华人民共和国立法法"
    assert first_heading("Livre III : L'ACCÈS\n\n# Later\n") == ""


@pytest.mark.parametrize(
    ("folder", "old", "new", "title"),
    [
        ("kr-const", "constitution-1972.md", "constitution-1980.md", "대한민국헌법"),
        ("cn-legislation", "lifa-2015.md", "lifa-2023.md", "中华人民共和国立法法"),
    ],
)
def test_reports_name_a_pair_by_its_own_titles(qapp, tmp_path, folder, old, new, title) -> None:
    """Titled "lifa-2015 ↔ lifa-2023" by their files, though both open with a title."""
    cmp = compare(read_document(PAIRS / folder / old), read_document(PAIRS / folder / new))
    export_pdf(cmp, tmp_path / "r.pdf")
    export_html(cmp, tmp_path / "r.html")
    stems = (Path(old).stem, Path(new).stem)
    heading = f"{title} ({stems[0]}) ↔ {title} ({stems[1]})"
    reader = PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes()))
    assert reader.metadata.title == f"Comparison: {heading}"
    first = "".join((reader.pages[0].extract_text() or "").split())
    assert title in first and all(f"({stem})" in first for stem in stems)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert re.search(r"<h1>([^<]*)</h1>", html).group(1) == heading
