"""The reports say "rewritten" beside "modified" of a pair that kept next to none of its
wording, as the window does: the French Constitution's Articles 73 and 74, rewritten
in 2003 under their numbers, had read only "MODIFIED" in the PDF and the HTML, a
reader seeing nearly every word struck out and not told why."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.gui

PAIR = Path(__file__).resolve().parent / "real_pairs" / "fr-const"
TEXTS = (str(PAIR / "Constitution-1976-excerpt.md"), str(PAIR / "Constitution-2003-excerpt.md"))


def run(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "treatyviewer", *args],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def pages(path: Path) -> list[str]:
    """Each page's text, its words separated by single spaces, ligatures as letters."""
    return [
        unicodedata.normalize("NFKC", " ".join((page.extract_text() or "").split()))
        for page in PdfReader(path).pages
    ]


def heading_of(texts: list[str], article: str) -> str:
    """What stands after "Art. 73 → Art. 73" on the page that opens that pair."""
    head = f"Art. {article} → Art. {article} "
    page = next(t for t in texts if head in t and f"{head}(continued)" not in t)
    return page.split(head, 1)[1][:40]


def test_the_pdf_and_html_say_a_pair_rewritten_beside_modified(tmp_path: Path) -> None:
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    run("export", *TEXTS, "--pdf", str(pdf), "--html", str(html))
    texts = pages(pdf)
    whole = " ".join(texts)
    # The summary's counts, the concordance's rows and the legend.
    assert "6 modified (2 rewritten), 1 split" in whole
    assert "73 73 MODIFIED REWRITTEN 3%" in whole and "74 74 MODIFIED REWRITTEN 5%" in whole
    assert "60 60 MODIFIED 85%" in whole and "72 72 MODIFIED 31%" in whole
    assert "REWRITTEN wording changed nearly throughout: less than 15% similar" in whole
    # Each pair's own heading.
    assert heading_of(texts, "73").startswith("MODIFIED REWRITTEN similarity 3%")
    assert heading_of(texts, "60").startswith("MODIFIED similarity 85%")

    page = html.read_text(encoding="utf-8")
    badges = re.findall(r'<span class="badge b-rewritten">REWRITTEN</span>', page)
    assert len(badges) == 2 * 2 + 1  # 73 and 74 in the concordance and their headings; legend
    assert '<span class="badge b-modified">MODIFIED</span><span class="badge b-rewritten">' in page
    assert "less than 15% similar" in page and "6 modified (2 rewritten)" in page


@pytest.mark.parametrize(
    ("lang", "badge", "modified", "share"),
    [("ru", "ПЕРЕПИСАНА", "ИЗМЕНЕНА", "3 %"), ("tr", "YENİDEN YAZILDI", "DEĞİŞTİRİLDİ", "%3")],
)
def test_the_reports_say_rewritten_in_their_language(
    tmp_path: Path, lang: str, badge: str, modified: str, share: str
) -> None:
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    run("export", *TEXTS, "--pdf", str(pdf), "--html", str(html), "--lang", lang)
    whole = " ".join(pages(pdf))
    assert f"73 73 {modified} {badge} {share}" in whole  # the percentage as the window has it
    assert "REWRITTEN" not in whole and "less than" not in whole
    assert f'<span class="badge b-rewritten">{badge}</span>' in html.read_text(encoding="utf-8")
