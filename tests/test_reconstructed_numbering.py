"""A move or renumbering that rests on a reconstructed number is said to be one.

Only the numbers of the 1920 draft's Articles 3 and 4 are attested; the others are the
editors' reconstruction. The Concordance, the Outline and the reports had called draft
Art. 5 "moved" to 1921 Art. V, at 100 % link confidence, with no hint that the draft's
order is itself a conjecture: a historian could cite the move as a fact.
"""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from treatyviewer.core.attested_numbers import move_conjectured, numbering_reconstructed
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import export_html, export_pdf
from treatyviewer.ui.concordance.concordance import COLUMNS

OLD = "Article 1\n\nThe first rule of the text.\n\nArticle 2\n\nThe second rule of the text.\n"
NEW = "Article 1\n\nThe second rule of the text.\n\nArticle 2\n\nThe first rule of the text.\n"


def _bundled():  # type: ignore[no-untyped-def]
    return compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))


def _pair(cmp, old: str):  # type: ignore[no-untyped-def]
    return next(p for p in cmp.pairs if cmp.label_of("old", p.old) == [old])


def test_the_draft_says_which_numbers_are_attested() -> None:
    draft = load_bundled("draft-1920")
    assert not numbering_reconstructed(draft, "3") and not numbering_reconstructed(draft, "4")
    assert all(numbering_reconstructed(draft, label) for label in ("1", "2", "5", "6"))


def test_a_move_from_a_reconstructed_number_is_a_conjecture_an_attested_one_not() -> None:
    cmp = _bundled()
    moved, attested = _pair(cmp, "5"), _pair(cmp, "3")
    assert moved.moved and move_conjectured(cmp.old, cmp.new, moved)
    assert attested.renumbered and not move_conjectured(cmp.old, cmp.new, attested)
    kept = _pair(cmp, "1")  # 1 → I: neither moved nor renumbered, nothing to say
    assert not move_conjectured(cmp.old, cmp.new, kept)


def test_texts_without_such_metadata_are_unaffected() -> None:
    cmp = compare(make_document(OLD, source="a.txt"), make_document(NEW, source="b.txt"))
    assert any(p.moved or p.renumbered for p in cmp.pairs)
    assert not any(move_conjectured(cmp.old, cmp.new, p) for p in cmp.pairs)


@pytest.mark.gui
def test_the_concordance_says_the_draft_numbering_is_reconstructed(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    model = window.concordance.model
    status = COLUMNS.index("status")

    def cell(old: str, role: Qt.ItemDataRole) -> str:
        row = next(r for r in range(model.rowCount()) if model.labels(r)[0] == (old,))
        return model.index(row, status).data(role) or ""

    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    assert cell("5", display) == "moved (modified, numbering reconstructed)"
    assert "editors' reconstruction" in cell("5", tip) and "conjecture" in cell("5", tip)
    assert "Moscow draft (1920)" in cell("5", tip)
    assert cell("2", display) == "modified (renumbered, numbering reconstructed)"
    assert cell("3", display) == "modified (renumbered)"  # the draft's number 3 is attested
    assert "conjecture" not in cell("3", tip)


@pytest.mark.gui
def test_the_outline_says_it_too(make_window) -> None:  # type: ignore[no-untyped-def]
    from treatyviewer.ui.outline.outline_model import unit_status

    window = make_window()
    cmp = window.session.comparison
    moved = unit_status(cmp, 0, cmp.old.index_of("5"))
    assert "numbering reconstructed" in moved.shown and "conjecture" in moved.full
    assert "numbering reconstructed" not in unit_status(cmp, 0, cmp.old.index_of("3")).shown


def _row(text: str, old: str, new: str) -> str:
    """The status of the concordance line of ``old`` → ``new`` in a report's text: up to
    its first figure."""
    found = re.search(rf"(?:^| ){old} {new} ([^%]*?)\d+%", text)
    assert found, (old, new)
    return found.group(1)


@pytest.mark.gui
def test_the_pdf_concordance_says_the_numbering_is_reconstructed(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.pdf"
    export_pdf(_bundled(), path, annotations=[])
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    summary = text[text.index("Concordance") : text.index("Article by article")]
    assert _row(summary, "5", "V") == "MODIFIED MOVED numbering reconstructed "
    assert _row(summary, "3", "IX") == "MODIFIED RENUMBERED "  # the draft's 3 is attested
    assert "Numbering reconstructed: the article's number in Moscow draft (1920)" in summary
    assert "is a conjecture, not a fact to cite" in text  # under the article's heading


@pytest.mark.gui
def test_the_html_concordance_says_the_numbering_is_reconstructed(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.html"
    export_html(_bundled(), path, annotations=[])
    page = path.read_text(encoding="utf-8")
    start = page.index('<table class="conc">')
    table = page[start : page.index("</table>", start)]
    rows = {re.sub(r"<[^>]+>", "", r.split("</td>")[0]): r for r in table.split("<tr>")[2:]}
    assert "numbering reconstructed" in rows["5"]
    assert "conjecture" in html.unescape(rows["5"])  # its tooltip says why
    assert "numbering reconstructed" not in rows["3"]
    assert "Numbering reconstructed: the article's number in" in html.unescape(page)


def test_the_json_and_text_outputs_say_so() -> None:
    run = [sys.executable, "-m", "treatyviewer", "compare", "draft-1920", "moscow-1921"]
    data = json.loads(subprocess.run([*run, "--format", "json"], capture_output=True,
                                     text=True, check=True).stdout)  # fmt: skip
    flags = {p["old"][0]: p["numbering_reconstructed"] for p in data["pairs"]}
    assert flags["5"] is True and flags["2"] is True and flags["3"] is False
    assert flags["1"] is False  # not moved: nothing to doubt
    text = subprocess.run([*run, "--format", "text"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    line = next(ln for ln in text.splitlines() if re.match(r"\s+5\s+→\s+V\b", ln))
    assert "moved, numbering reconstructed" in line
    line = next(ln for ln in text.splitlines() if re.match(r"\s+3\s+→\s+IX\b", ln))
    assert "numbering reconstructed" not in line


def test_the_readme_documents_the_json_field() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "numbering_reconstructed" in readme
