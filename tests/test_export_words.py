"""Words and figures of the reports in Russian and Turkish as the window has them:
percentages written the language's way everywhere, one word for a mention, and no
"Translation:" label before a note that says the text is not a translation."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from bundled_exports import export_bundled

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
SIGN = {"ru": r"\d\u00a0%", "tr": r"%\d"}
WRONG = {"ru": r"\d%", "tr": r"\d[ \u00a0]?%(?!\d)"}


def _export(tmp_path: Path, lang: str) -> tuple[str, str]:
    """The bundled pair's PDF text and HTML in ``lang``."""
    pdf, html = export_bundled(tmp_path, lang)
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    return "\n".join(p.extract_text() or "" for p in pages), html.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_percentages_are_written_the_languages_way(tmp_path: Path, lang: str) -> None:
    """The Turkish PDF had "benzerlik 39%" where its window has "%39"; the Russian "39%"
    where its window has "39 %"."""
    pdf, html = _export(tmp_path, lang)
    body = html[html.index("<body>") :]
    body = re.sub(r"<[^>]+>", " ", body)  # attributes hold CSS widths ("100%")
    for text in (pdf, body):
        text = re.sub(r"https?://\S+", " ", text)  # addresses escape letters as "%C5"
        assert len(re.findall(SIGN[lang], text)) > 20
        assert not re.search(WRONG[lang], text), re.search(WRONG[lang], text)
    if lang == "tr":
        assert "Çeviri:" not in pdf


def _translation(lang: str, context: str, source: str) -> str:
    root = ET.parse(CATALOGUES / f"treatyviewer_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for m in ctx.iter("message"):
                if m.findtext("source") == source:
                    return m.findtext("translation") or ""
    raise KeyError(source)


def test_turkish_names_a_mention_with_one_word() -> None:
    """The Mentions pane was "Geçişler", the legend and checkbox "anılma"."""
    word = _translation("tr", "ReadingTools", "mention").casefold()
    assert word == "anılma"
    for context, source in (
        ("EntityPanel", "Mentions"),
        ("ReadingTools", "Legend of mentions and notes"),
    ):
        assert word in _translation("tr", context, source).casefold(), source
