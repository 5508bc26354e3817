"""Notes on words the PDF prints as headings: a chapter's heading ("제2장 국민의 권리와
의무") and an article's own heading ("Article V", which selecting the heading in the
window notes, as Note on This Pair marks its pair). The report prints such words
above the columns, not in them, and their notes had no marker and no comment: the note
stood under the pair with nothing on the page to say what it was on."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.annotations import annotate_selection
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import export_pdf, make_report
from treatyviewer.io.html_export import render_html
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

PAIRS = Path(__file__).parent / "real_pairs"


def _pdf(path: Path) -> tuple[str, list[str]]:
    """The PDF's words (runs of white space as one space) and its comments' words."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    comments = [
        str(ref.get_object()["/Contents"])
        for page in reader.pages
        for ref in page.get("/Annots") or []
        if ref.get_object().get("/Subtype") == "/Highlight"
    ]
    return text, comments


def test_a_note_on_a_chapter_heading_is_marked_on_it(qapp, tmp_path) -> None:
    old = read_document(PAIRS / "kr-const" / "constitution-1972.md")
    new = read_document(PAIRS / "kr-const" / "constitution-1980.md")
    chapter = new.divisions[1]
    assert (chapter.label, chapter.title) == ("제2장", "국민의 권리와 의무")
    end = new.text.index(chapter.title, chapter.start) + len(chapter.title)
    note = annotate_selection(new, chapter.start, end, "the rights chapter")
    cmp = compare(old, new)
    report = make_report(cmp, [note])
    (placed,) = [n for block in report.blocks for n in block.notes]
    path = tmp_path / "chapter.pdf"
    export_pdf(cmp, path, report=report)
    text, comments = _pdf(path)
    # (the text layer spaces and repeats Korean words its own way: the marker follows
    # the heading's last word, which no other marker does)
    assert f"의무[{placed.number}]" in "".join(text.split())
    assert any("the rights chapter" in c for c in comments)


def test_a_note_on_an_article_s_heading_is_marked_on_the_pair_s_heading(qapp, tmp_path) -> None:
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    new = cmp.new
    seg = next(s for s in new.segments if s.label == "V")
    end = new.text.find("\n", seg.start, seg.body_start)
    assert new.text[seg.start : end] == "Article V"
    report = make_report(cmp, [annotate_selection(new, seg.start, end, "the Straits article")])
    (placed,) = [n for block in report.blocks for n in block.notes]
    path = tmp_path / "heading.pdf"
    export_pdf(cmp, path, report=report)
    text, comments = _pdf(path)
    assert f"Art. 5 → Art. V[{placed.number}]" in text.replace(" [", "[")
    assert any("the Straits article" in c for c in comments)


def test_the_html_report_heads_chapters_and_marks_notes_on_headings(qapp) -> None:
    """The HTML had printed no chapter headings, and no marker for a note on one or on
    a pair's heading: it heads each chapter as the PDF does, the note's marker on it,
    and a note on an article's heading is marked on the pair's heading."""
    old = read_document(PAIRS / "kr-const" / "constitution-1972.md")
    new = read_document(PAIRS / "kr-const" / "constitution-1980.md")
    chapter = new.divisions[1]
    end = new.text.index(chapter.title, chapter.start) + len(chapter.title)
    seg = next(s for s in new.segments if s.label == "10")
    line_end = new.text.index("\n", seg.start)
    cmp = compare(old, new)
    notes = [
        annotate_selection(new, chapter.start, end, "the rights chapter"),
        annotate_selection(new, seg.start, line_end, "equality"),
    ]
    report = make_report(cmp, notes)
    numbers = {n.note: n.number for block in report.blocks for n in block.notes}
    page = render_html(report)
    first = page.index('<h3 class="division level0">제1장 — 총강</h3>')
    rights = page.index(
        '<h3 class="division level0"><mark class="note">제2장 — 국민의 권리와 의무</mark>'
        f'<sup class="marker own"><a href="#note-{numbers["the rights chapter"]}">'
    )
    assert first < rights < page.index("Art. 8 → Art. 9")
    assert page.count('<h3 class="division') == 17  # as many as the PDF prints
    heading = page[page.index("Art. 9 → Art. 10") :]
    assert f'href="#note-{numbers["equality"]}">' in heading[: heading.index("</h3>")]
