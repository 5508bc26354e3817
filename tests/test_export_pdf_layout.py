"""PDF page layout: legend, summary placement, continued pairs, notes over changes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.annotations import annotate_selection
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import export_pdf

pytestmark = pytest.mark.gui

LONG = " ".join(f"The frontier commission shall meet at Kars in month {n}." for n in range(90))
OLD = f"Treaty\n\nArticle 1\nThe parties agree on peace and friendship.\n\nArticle 2\n{LONG}\n"
NEW = (
    "Treaty\n\nArticle 1\nThe parties agree on lasting peace and friendship.\n\n"
    f"Article 2\n{LONG.replace('month 3.', 'week 3.')}\n"
)


def _pages(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages]


@pytest.fixture
def user_cmp():
    return compare(make_document(OLD, source="a.txt"), make_document(NEW, source="b.txt"))


def test_user_pair_legend_summary_and_continued(qapp, user_cmp, tmp_path) -> None:
    path = tmp_path / "user.pdf"
    export_pdf(user_cmp, path, annotations=[])
    pages = _pages(path)
    assert "RECONSTRUCTED" not in pages[0] and "PARAPHRASED" not in pages[0]
    assert "Summary" in pages[0] and "Concordance" in pages[0]  # no half-empty cover
    continued = [n for n, text in enumerate(pages) if "(continued)" in text]
    assert continued and all("Art. 2" in pages[n] for n in continued)
    inline = tmp_path / "inline.pdf"
    export_pdf(user_cmp, inline, annotations=[], layout="inline")
    assert any("Art. 2 → Art. 2 (continued)" in text for text in _pages(inline))


def test_a_note_over_a_change_is_as_tall_as_one_over_plain_words(qapp, user_cmp, tmp_path) -> None:
    new = user_cmp.new
    start = new.text.index("lasting")
    plain = new.text.index("The frontier")
    notes = [
        annotate_selection(new, start, start + len("lasting"), "over an insertion"),
        annotate_selection(new, plain, plain + len("The frontier"), "over plain words"),
    ]
    path = tmp_path / "notes.pdf"
    export_pdf(user_cmp, path, annotations=notes)
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    heights = {}
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Highlight":
                _x1, y1, _x2, y2 = (float(v) for v in annot["/Rect"])
                heights[str(annot["/Contents"]).split("\n")[0]] = y2 - y1
    changed = next(h for k, h in heights.items() if "over an insertion" in k)
    plain = next(h for k, h in heights.items() if "over plain words" in k)
    assert changed == pytest.approx(plain, rel=0.1)


def test_carry_places_old_offsets_by_words_not_characters():
    """Spacing differs between versions (line breaks are not changes): count words."""
    from treatyviewer.io.report_redline import carry

    old = "the struggle against\nimperialism, and moved"
    new = "the struggle  against imperialism, and moved"
    end = old.index("imperialism") + len("imperialism")
    at = carry(old, 0, end, new, 0)
    assert new[:at].endswith("imperialism")
    start = old.index("and")
    assert new[carry(old, 0, start, new, 0) :].startswith("and moved")


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_a_page_break_put_in_later_gives_the_document_written_with_it(qapp, layout) -> None:
    """The export moves stranded headings to a new page in the laid-out document
    instead of writing the report again; both must give the same document."""
    from PySide6.QtCore import QSizeF

    from treatyviewer.core.resources import load_bundled
    from treatyviewer.io.export import make_report
    from treatyviewer.io.report_textdoc import TextDocBuilder
    from treatyviewer.io.report_textdoc_pairs import write_articles
    from treatyviewer.io.report_textdoc_sections import write_front_matter

    report = make_report(compare(load_bundled("draft-1920"), load_bundled("moscow-1921")))
    later = TextDocBuilder(report, layout, 300, QSizeF(2000, 3000))
    later.build(write_front_matter, write_articles)
    keys = sorted(later.out.break_formats)
    chosen = {"@legend", "@summary", keys[3], keys[-1]}
    at_once = TextDocBuilder(report, layout, 300, QSizeF(2000, 3000), breaks=chosen)
    at_once.build(write_front_matter, write_articles)
    assert at_once.out.doc.toHtml() != later.out.doc.toHtml()
    later.break_before(chosen)
    assert later.out.doc.toHtml() == at_once.out.doc.toHtml()
    assert "page-break-before:always" in at_once.out.doc.toHtml()


def _text_heights(path: Path) -> list[list[tuple[float, str]]]:
    """Per page, each piece of text with the height of its baseline on the page."""
    pages = []
    for page in PdfReader(io.BytesIO(path.read_bytes())).pages:
        found: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, _size, found=found):  # type: ignore[no-untyped-def]
            if text.strip():
                found.append((cm[3] * tm[5] + cm[5], " ".join(text.split())))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_notes_that_run_on_mark_their_pair_continued_in_the_running_head(
    qapp, user_cmp, tmp_path, layout
) -> None:
    """Article 1 is short but its notes fill more than a page: the next page names
    it as continued, and the mark stands in the running head, on the line of the
    report's heading, where no heading of a repeated table header can lie under it."""
    new = user_cmp.new
    start = new.text.index("lasting")
    words = "The commission read this passage again and again before it agreed. " * 6
    notes = [
        annotate_selection(new, start, start + len("lasting"), f"{n}: {words}") for n in range(40)
    ]
    path = tmp_path / f"{layout}.pdf"
    export_pdf(user_cmp, path, annotations=notes, layout=layout)
    assert any("Art. 1 → Art. 1 (continued)" in text for text in _pages(path))
    pages = _text_heights(path)
    marked = [n for n, texts in enumerate(pages) if any("(continued)" in t for _, t in texts)]
    assert len(marked) >= 2  # Article 1's notes and Article 2's long text
    for n in marked:
        mark = max(y for y, t in pages[n] if "(continued)" in t)
        head = max(y for y, t in pages[n] if "Treaty ↔ Treaty" in t)
        assert mark == pytest.approx(head, abs=1), f"page {n + 1}: the mark is not in the head"
