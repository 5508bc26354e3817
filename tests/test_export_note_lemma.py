"""Notes in the pair's PDF and HTML say what they are on, and whose they are.

The chain report quoted a note's passage before it ("[1] on «stand together in the
struggle…»") while the pair reports did not, so a note whose marker was on another
page, or missing, said nothing of what it was about; and the reader's own notes read
like the curated editors' notes but for a small grey signature."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.annotations import Annotation, annotate_selection
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.chain_notes import AnchoredNote
from treatyviewer.io.chain_report import Wording, _note_line
from treatyviewer.io.export import export_html, export_pdf, make_report, use_language
from treatyviewer.io.html_export import render_html
from treatyviewer.io.report_notes import bundled_annotations
from treatyviewer.io.report_palette import OWN_NOTE

pytestmark = pytest.mark.gui

LONG = "Turkey agrees to cede to Georgia suzerainty"
"""The start of a passage longer than a note's line quotes (Art. II of 1921)."""


@pytest.fixture(scope="module")
def cmp() -> Comparison:
    return compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))


def _mine(cmp: Comparison) -> Annotation:
    new = cmp.new
    start = new.text.index(LONG)
    end = new.text.index("Batum", start) + len("Batum")
    end = new.text.index("Batum", end) + len("Batum")  # past the first 90 characters
    return annotate_selection(new, start, end, "my note on the cession")


def _pdf_text(path: Path) -> str:
    """The PDF's words, its ligatures ("ﬀ") taken apart."""
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    return "".join(unicodedata.normalize("NFKC", c) if "\ufb00" <= c <= "\ufb06" else c
                   for c in text)  # fmt: skip


def _chain_lemma(cmp: Comparison, start: int, end: int) -> str:
    """What the chain report quotes for a passage of the newer text."""
    line = _note_line(cmp.new, 1, AnchoredNote(1, start, end, "x"), Wording())
    found = re.search(r"(on «[^»]*»)", line)
    assert found is not None
    return found.group(1)


def test_a_pair_report_s_note_quotes_its_passage_as_the_chain_report_does(
    qapp, cmp, tmp_path
) -> None:
    mine = _mine(cmp)
    start = cmp.new.text.index(LONG)
    target = mine.targets[0]
    assert target.exact is not None and len(target.exact) > 90
    lemma = _chain_lemma(cmp, start, start + len(target.exact))
    assert lemma.endswith("…»") and len(lemma) < 100  # shortened
    report = make_report(cmp, [mine, *bundled_annotations(cmp)])
    notes = [n for block in report.blocks for n in block.notes]
    assert all(n.passage for n in notes)
    (placed,) = [n for n in notes if n.note == "my note on the cession"]
    pdf, html = tmp_path / "n.pdf", tmp_path / "n.html"
    export_pdf(cmp, pdf, report=report)
    export_html(cmp, html, report=report)
    text = _pdf_text(pdf)
    assert f"[{placed.number}] your note {lemma} my note on the cession" in text
    page = html.read_text(encoding="utf-8")
    assert lemma in page
    # every note, the editors' too, says what it is on, in the PDF and in the HTML
    for note in notes:
        said = f"on «{note.passage}»"
        assert said in text and said.replace("'", "&#x27;") in page, note.number


def test_the_lemma_is_in_the_report_s_language(qapp, cmp) -> None:
    try:
        assert use_language("ru") == "ru"
        page = render_html(make_report(cmp, [_mine(cmp)]))
    finally:
        use_language("en")
    assert "к «Turkey agrees to cede" in page and "on «" not in page


def test_the_reader_s_own_notes_are_marked_apart_from_the_editors(qapp, cmp, tmp_path) -> None:
    mine = replace(_mine(cmp), created="2026-12-07T10:00:00Z")
    report = make_report(cmp, [mine, *bundled_annotations(cmp)], reader="A. Historian")
    notes = [n for block in report.blocks for n in block.notes]
    own = [n for n in notes if n.own]
    assert [n.note for n in own] == ["my note on the cession"]
    assert report.own_markers == {f"[{own[0].number}]"}
    pdf = tmp_path / "own.pdf"
    export_pdf(cmp, pdf, report=report)
    text = _pdf_text(pdf)
    assert text.count("your note") == 2  # the note, and the legend's sample
    assert "your own note, from your reading session" in text
    for note in notes:
        assert (f"[{note.number}] your note on «" in text) == note.own, note.number
    page = render_html(report)
    assert page.count('<li id="note-') == len(notes)
    assert page.count('class="own"') == 1 and f'id="note-{own[0].number}"' in page
    assert page.count('<sup class="marker own">') == 2  # in the text and the legend
    assert "your own note" in page and OWN_NOTE in page
    assert re.search(r"(^|[,}\s])\.own\{", page) is None  # the note's own words stay black
    # no reader's note: no label, no legend row
    curated = make_report(cmp, bundled_annotations(cmp))
    assert "your note" not in render_html(curated)
    path = tmp_path / "curated.pdf"
    export_pdf(cmp, path, report=curated)
    assert "your note" not in _pdf_text(path)


def test_the_reader_s_marker_is_drawn_in_their_colour(qapp, cmp) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QColor, QTextCursor

    from treatyviewer.io.report_textdoc import TextDocBuilder
    from treatyviewer.io.report_textdoc_pairs import write_articles
    from treatyviewer.io.report_textdoc_sections import write_front_matter

    report = make_report(cmp, [_mine(cmp), *bundled_annotations(cmp)])
    builder = TextDocBuilder(report, "side-by-side", 300, QSizeF(2000, 3000))
    doc = builder.build(write_front_matter, write_articles).doc
    colours: dict[str, set[str]] = {}
    cursor = QTextCursor(doc)
    articles = min(builder.out.block_pos.values())  # after the legend's samples
    for mark in re.finditer(r"\[\d+\]", doc.toPlainText()[articles:]):
        cursor.setPosition(articles + mark.start() + 1)  # the format of the character after it
        colour = cursor.charFormat().foreground().color().name().upper()
        colours.setdefault(mark.group(), set()).add(colour)
    (own,) = report.own_markers
    assert colours[own] == {QColor(OWN_NOTE).name().upper()}
    assert all(OWN_NOTE.upper() not in c for m, c in colours.items() if m != own)


def test_the_chain_report_marks_the_reader_s_notes_as_the_pair_reports_do(qapp) -> None:
    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.textdiff import DiffOptions
    from treatyviewer.io.chain_notes import anchored_notes
    from treatyviewer.io.chain_report import chain_html
    from treatyviewer.io.report_notes import curated_annotations

    docs = [load_bundled(n) for n in ("draft-1920", "moscow-1921", "kars-1921")]
    chain = build_chain(docs, DiffOptions(), [])
    start = docs[1].text.index(LONG)
    mine = annotate_selection(docs[1], start, start + len(LONG), "my note on the cession")
    notes = anchored_notes(chain, [mine, *curated_annotations(d.source for d in docs)])
    assert [x.text for x in notes if x.own] == ["my note on the cession"]
    page = chain_html(chain, notes=notes)
    at = page.index("my note on the cession")
    line = page[page.rindex("<p ", 0, at) : at]
    assert f"color:{OWN_NOTE}" in line and "your note" in line and f"on «{LONG}»" in line
    assert page.count(">your note</span>") == 2  # the note, and the legend
    assert page.count(f"color:{OWN_NOTE};font-weight:bold") == 3  # marker, number, legend


def test_a_pdf_comment_quotes_the_words_its_note_is_on(qapp, cmp, tmp_path) -> None:
    """A viewer lists the PDF's comments apart from the page ("Comments" pane): each
    had said only "[3] The draft closed the …", not which words it is on, which the
    printed note says ("[3] on «…» …")."""
    report = make_report(cmp, [_mine(cmp), *bundled_annotations(cmp)])
    notes = {n.number: n for block in report.blocks for n in block.notes}
    pdf = tmp_path / "comments.pdf"
    export_pdf(cmp, pdf, report=report)
    comments = [
        a.get_object()
        for page in PdfReader(pdf).pages
        for a in page.get("/Annots") or []
        if a.get_object()["/Subtype"] == "/Highlight"
    ]
    assert comments
    for comment in comments:
        number = int(re.match(r"\[(\d+)\]", comment["/Contents"])[1])  # type: ignore[index]
        note = notes[number]
        assert comment["/Contents"].startswith(f"[{number}] on «{note.passage}» {note.note}")
