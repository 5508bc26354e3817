"""The PDF and HTML reports give, beside similarity, the share of the earlier wording the
later text keeps, in the concordance and over each pair (the HTML says what the two
figures measure): the 1920 draft's Article 1, kept word for word in the 1921 treaty's Article I
under three new paragraphs, read "similarity 26%" alone, as if largely rewritten."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.gui


def test_the_reports_give_the_wording_kept_beside_similarity(tmp_path: Path) -> None:
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", "--pdf", str(pdf), "--html", str(html)],
        check=True, capture_output=True, env=env, timeout=180,
    )  # fmt: skip
    whole = " ".join(
        unicodedata.normalize("NFKC", " ".join((page.extract_text() or "").split()))
        for page in PdfReader(pdf).pages
    )
    assert "Older Newer Status Similarity Kept Changes Page" in whole
    assert "1 I MODIFIED 26% 100% 1 " in whole
    assert "Art. 1 → Art. I MODIFIED similarity 26% · kept 100% · 1 change " in whole

    page = html.read_text(encoding="utf-8")
    assert '<th class="num">Similarity</th><th class="num">Kept</th>' in page
    assert '<td class="num">26%</td><td class="num">100%</td><td class="num">1</td>' in page
    assert "similarity 26% · kept 100% · 1 change" in page
    assert "Kept: the share of the older article&#x27;s words" in page
