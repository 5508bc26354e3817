"""Exports follow the structure: a PDF outline by division and part, and
cross-references as links in the PDF and the HTML."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
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


LICENCES = Path("/usr/share/common-licenses")


def _words(cell: str) -> list[str]:
    """The words of one HTML cell as a reader sees them, without the class tags."""
    return re.sub(r"<[^>]+>", "", re.sub(r'<sup class="tag".*?</sup>', "", cell)).split()


@pytest.mark.skipif(not (LICENCES / "GPL-3").exists(), reason="no system licence texts")
def test_side_by_side_rows_follow_the_matched_points(qapp, tmp_path: Path) -> None:
    """GPL-2 § 2 (b) became GPL-3 § 5 (c): in the HTML and the PDF they stand side by
    side, and the new (b) has a row of its own with nothing beside it."""
    old, new = (
        make_document((LICENCES / n).read_text(encoding="utf-8")) for n in ("GPL-2", "GPL-3")
    )
    cmp = compare(old, new)
    html = render_html(make_report(cmp, []))
    section = html[html.index("2. → 5.") :]
    cells = re.findall(
        r'<div dir="auto">(.*?)</div>(?=<div|\n)', section[: section.index("</section>")], re.S
    )
    text = [_words(c) for c in cells]
    starts = [" ".join(t[:5]) for t in text]
    old_b = starts.index("b) You must cause any")
    assert starts[old_b + 1].startswith("c) You must license the")
    new_b = starts.index("b) The work must carry")
    assert new_b % 2 == 1 and starts[new_b - 1] == ""
    # A split likewise: GPL-2 § 0's second paragraph stands beside GPL-3 § 2.
    split = html[html.index("0. → 0. + 2.") :]
    cells = re.findall(
        r'<div dir="auto">(.*?)</div>(?=<div|\n)', split[: split.index("</section>")], re.S
    )
    words = [" ".join(_words(c)[:3]) for c in cells]
    running = words.index("Activities other than")
    assert running % 2 == 0 and words[running + 1].startswith("2.")
    path = tmp_path / "gpl.pdf"
    export_pdf(cmp, path, annotations=[])
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]
    text = " ".join(" ".join(pages).split())
    # Cell by cell, row by row: old (b), then the new (c) beside it, then old (c).
    # (The labels b) and c) carry a small "numbering" tag in between, so the
    # order is read from the words after them.)
    old_b = text.index("You must cause any work")
    assert (
        old_b < text.index("You must license", old_b) < text.index("normally reads commands", old_b)
    )
