"""A report's legend explains what the report shows, and the same in every language."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bundled_exports import export_bundled
from treatyviewer.core.comparison import compare
from treatyviewer.io.export import export_html, export_pdf
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIRS = Path(__file__).parent / "real_pairs"


def _legend_html(html: str) -> str:
    return html[html.index('<table class="legend">') :].split("</table>")[0]


def _front_pages(pdf: Path, pages: int = 3) -> str:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[:pages])


def test_a_report_without_notes_or_forms_has_no_rows_for_them(qapp, tmp_path: Path) -> None:
    """The Korean constitutions (no notes, no names) had the note row and "Batumi"."""
    folder = PAIRS / "kr-const"
    cmp = compare(
        read_document(folder / "constitution-1972.md"),
        read_document(folder / "constitution-1980.md"),
    )
    export_pdf(cmp, tmp_path / "kr.pdf")
    export_html(cmp, tmp_path / "kr.html")
    front = _front_pages(tmp_path / "kr.pdf")
    assert "Legend" in front
    assert "annotated passage" not in front and "Batumi" not in front
    legend = _legend_html((tmp_path / "kr.html").read_text(encoding="utf-8"))
    assert "annotated passage" not in legend and "Batumi" not in legend
    assert 'class="note"' not in legend
    assert "b-reconstructed" not in legend and "b-paraphrased" not in legend


def _export(tmp_path: Path, lang: str) -> tuple[Path, Path]:
    return export_bundled(tmp_path, lang)


def test_the_legend_has_the_same_rows_in_every_language(tmp_path: Path) -> None:
    """The Russian legend lacked the RECONSTRUCTED and PARAPHRASED rows of the English one
    (it looked for the English words in Russian provenance lines)."""
    rows = {}
    for lang in ("en", "ru", "tr"):
        pdf, html = _export(tmp_path, lang)
        legend = _legend_html(html.read_text(encoding="utf-8"))
        rows[lang] = re.findall(r'class="(?:badge b-)?([a-z-]+)"', legend)
        if lang == "ru":
            front = _front_pages(pdf)
            assert "содержание по вторичным источникам" in front
    assert "reconstructed" in rows["en"] and "paraphrased" in rows["en"]
    assert rows["ru"] == rows["en"] == rows["tr"]
