"""The HTML report printed from a browser: headings stay with what they head."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import make_report
from treatyviewer.io.html_export import render_html


@pytest.fixture(scope="module")
def bundled_html() -> str:
    return render_html(
        make_report(compare(load_bundled("draft-1920"), load_bundled("moscow-1921")))
    )


def _print_rules(html: str) -> str:
    """The rules of the report's ``@media print`` block."""
    css = html[html.index("<style>") : html.index("</style>")]
    start = css.index("@media print{") + len("@media print{")
    depth, end = 1, start
    while depth:
        depth += {"{": 1, "}": -1}.get(css[end], 0)
        end += 1
    return css[start : end - 1]


def test_printed_headings_keep_with_what_follows(bundled_html: str) -> None:
    rules = _print_rules(bundled_html)
    kept = re.search(r"([^{}]*)\{[^}]*break-after:avoid", rules)
    assert kept is not None, rules
    selectors = kept.group(1).split(",")
    assert {"h2", "h3"} <= set(selectors)
    assert re.search(r"#map\{[^}]*break-inside:avoid", rules), rules


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs a browser to print")
def test_a_printed_heading_is_not_the_last_line_of_a_page(bundled_html: str, tmp_path) -> None:
    """Printed, "Article by article" had sat alone under the concordance and the map's
    title at the foot of the index page."""
    page = tmp_path / "report.html"
    page.write_text(bundled_html, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    if not pdf.exists():
        pytest.skip("the browser printed nothing")
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages]
    for heading in ("Article by article", "Map of the places the texts name"):
        found = [text for text in pages if heading in text]
        assert found, heading
        after = found[0][found[0].index(heading) + len(heading) :]
        assert after.strip(), heading
