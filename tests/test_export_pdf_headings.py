"""Division headings ("Titre Ier", "Section 1") printed with the first article they
head, and their bookmarks on the page they are printed on."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.comparison import compare
from treatyviewer.io.export import export_pdf
from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

CODE = Path(__file__).parent / "real_pairs" / "fr-crpa"
DIVISIONS = ("Livre", "Titre", "Chapitre", "Section")


@pytest.fixture(scope="module")
def code_pdf(qapp, tmp_path_factory) -> PdfReader:
    """The French administrative code, where "Titre Ier", "Chapitre Ier" and "Section 1"
    were the last lines of a page and their first article began the next."""
    cmp = compare(read_document(CODE / "CRPA-L3-2016.md"), read_document(CODE / "CRPA-L3-2025.md"))
    path = tmp_path_factory.mktemp("headings") / "code.pdf"
    export_pdf(cmp, path)
    return PdfReader(io.BytesIO(path.read_bytes()))


_READ: dict[tuple[int, int], list[str]] = {}


def _lines(reader: PdfReader, page: int) -> list[str]:
    """A page's lines of text (read once: the code's 54 pages are read again and again)."""
    if (id(reader), page) not in _READ:
        text = reader.pages[page].extract_text() or ""
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        _READ[id(reader), page] = lines
    return _READ[id(reader), page]


def _outline(reader: PdfReader) -> list[tuple[str, int, bool]]:
    """(title, page, has children) of every bookmark, in order."""
    found: list[tuple[str, int, bool]] = []

    def walk(items: list) -> None:
        for k, item in enumerate(items):
            if isinstance(item, list):
                walk(item)
                continue
            nested = k + 1 < len(items) and isinstance(items[k + 1], list)
            found.append((item.title, reader.get_destination_page_number(item), nested))

    walk(reader.outline)
    return found


def test_a_division_heading_is_printed_on_the_page_of_its_first_article(code_pdf) -> None:
    outline = _outline(code_pdf)
    checked = 0
    for k, (title, _, _) in enumerate(outline):
        if not title.startswith(DIVISIONS):
            continue
        article = next(t for t, _, _ in outline[k + 1 :] if t.startswith("Art."))
        first = article.split(" → ")[0].split(" · ")[0]
        head = _flat(title)[:30]
        pages = [n for n in range(len(code_pdf.pages)) if head in _flat(*_lines(code_pdf, n))]
        assert pages, title
        lines = _lines(code_pdf, pages[0])
        at = next(n for n, line in enumerate(lines) if _flat(line).startswith(head[:20]))
        after = _flat(*lines[at:])
        assert _flat(first) in after, (title, pages[0] + 1, lines[-3:])
        checked += 1
    assert checked > 10


def test_a_division_bookmark_opens_the_page_its_heading_is_printed_on(code_pdf) -> None:
    divisions = [(t, p) for t, p, nested in _outline(code_pdf) if t.startswith(DIVISIONS)]
    assert len(divisions) > 10
    for title, page in divisions:
        assert _flat(title)[:30] in _flat(*_lines(code_pdf, page)), (title, page + 1)


def _flat(*lines: str) -> str:
    """Lines as one, spaces and ligatures ("ﬀ") as written in the bookmarks."""
    return unicodedata.normalize("NFKC", " ".join(" ".join(lines).split()))
