"""A unit that is only a heading ("TERMS AND CONDITIONS") is named once: as its
heading in the panes, the inline redline and the PDF, not again as its first line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.comparison import compare
from treatyviewer.io.export import export_pdf
from treatyviewer.io.readers import read_document

WALK = Path(__file__).parent / "walk_pairs"
OLD, NEW = WALK / "headings-old.txt", WALK / "headings-new.txt"
NAME = "TERMS AND CONDITIONS"


def lines_naming(text: str) -> int:
    """Lines that are the heading itself (the closing "END OF TERMS…" is not)."""
    return sum(1 for line in text.splitlines() if line.strip().startswith(NAME))


@pytest.mark.gui
def test_the_panes_and_the_redline_name_a_heading_unit_once(make_window) -> None:
    window = make_window(OLD, NEW)
    for pane in (window.view.old_pane, window.view.new_pane):
        assert lines_naming(pane.toPlainText()) == 1, pane.toPlainText()
    assert "Definitions." in window.view.new_pane.toPlainText()  # the sections are still there
    window.actions_["view.mode.inline"].trigger()
    inline = window.view.inline_pane.toPlainText()
    assert lines_naming(inline) == 1, inline
    assert "PREAMBLE" not in inline and "Preamble" in inline  # a preamble printed "PREAMBLE" too


@pytest.mark.gui
def test_a_reworded_heading_still_shows_what_changed(make_window, tmp_path) -> None:
    new = tmp_path / "new.txt"
    new.write_text(NEW.read_text().replace(f"\n{NAME}\n", "\nTERMS AND CONDITIONS OF USE\n"))
    window = make_window(OLD, new)
    shown = window.view.new_pane.toPlainText()
    assert "TERMS AND CONDITIONS OF USE" in shown  # as its text, where "OF USE" is marked


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_the_pdf_names_a_heading_unit_once(qapp, tmp_path, layout) -> None:
    cmp = compare(read_document(OLD), read_document(NEW))
    out = tmp_path / "out.pdf"
    export_pdf(cmp, out, layout=layout)
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    lines = [" ".join(line.split()) for page in pages for line in page.splitlines()]
    pairs = "\n".join(lines[lines.index("Article by article") :])
    assert f"{NAME} → {NAME}" not in pairs
    assert lines_naming(pairs) == 1, pairs  # the pair's heading; no line below repeats it
