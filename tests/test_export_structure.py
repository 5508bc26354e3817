"""Exports follow the structure: a PDF outline by division and part, and
cross-references as links in the PDF and the HTML."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from structured_texts import renumbered_pair, statute
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.core.xrefs import find_references
from treatyviewer.io.export import export_pdf, make_report
from treatyviewer.io.html_export import render_html


def _tree(items: list, reader: PdfReader) -> list:  # type: ignore[type-arg]
    """The outline as nested (title, children) lists."""
    out: list = []  # type: ignore[type-arg]
    for item in items:
        if isinstance(item, list):
            out[-1] = (out[-1][0], _tree(item, reader))
        else:
            out.append((item.title, []))
    return out


def test_pdf_outline_nests_articles_under_parts_and_chapters(qapp, tmp_path: Path) -> None:
    law = statute(25).text
    new = law.replace("Article 7\n\n", "Article 7\n\nA sentence the new text adds. ", 1)
    cmp = compare(make_document(law), make_document(new))
    path = tmp_path / "law.pdf"
    export_pdf(cmp, path, annotations=[])
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    tree = dict(_tree(reader.outline, reader))
    by_article = dict(tree["Article by article"])
    parts = [t for t in by_article if t.startswith("Part ")]
    assert parts[:2] == ["Part I — General rules", "Part II — Matters of kind 2"]
    chapters = dict(by_article["Part II — Matters of kind 2"])
    assert list(chapters) == [f"Chapter {n}" for n in range(1, 6)]
    units = dict(chapters["Chapter 1"])
    first = next(t for t in units if t.startswith("Art. 6"))
    assert [t for t, _ in units[first]] == ["(a)", "(b)"]


def test_references_are_links_in_the_html_and_the_pdf(qapp, tmp_path: Path) -> None:
    pair = renumbered_pair(articles=10, inserted_at=2, seed=4)
    cmp = compare(make_document(pair.old), make_document(pair.new))
    html = render_html(make_report(cmp, []))
    links = re.findall(r'<a class="ref" href="#([\w-]+)">', html)
    # Each reference of both texts is a link (a changed number is a link of its own).
    refs = len(find_references(cmp.old)) + len(find_references(cmp.new))
    assert refs >= 2 * len(pair.renumbered) and len(links) >= refs
    anchors = set(re.findall(r'<section class="pair" id="([\w-]+)"', html))
    assert set(links) <= anchors
    path = tmp_path / "pair.pdf"
    export_pdf(cmp, path, annotations=[])
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    internal = [
        a.get_object()
        for page in reader.pages
        for a in page.get("/Annots") or []
        if a.get_object().get("/Subtype") == "/Link" and "/Dest" in a.get_object()
    ]
    rows = len(make_report(cmp, []).blocks)
    # One link per concordance row, plus one per reference in either text.
    assert len(internal) >= rows + refs
