"""An unpaired article's line on the other text's parts it shares wording with names
them as the report names them elsewhere: the untitled opening as "Preamble" (in the
report's language), not by its bare label "preamble"."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from test_related_moved_matter import AGE, WHO, _terms
from test_related_moved_matter import SECTIONS as MOVED_SECTIONS
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import make_report
from treatyviewer.io.html_export import render_html
from treatyviewer.io.pdf_export import render_pdf
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui

SECTIONS = list(MOVED_SECTIONS.items())


def _comparison() -> Comparison:
    """The paragraphs of the untitled opening given sections of their own: each added
    section shares its wording with the older text's opening."""
    old = _terms(SECTIONS, f"{WHO}\n\n{AGE}")
    new = _terms([("Who we are", WHO), ("Minimum age", AGE), *SECTIONS], "Welcome.")
    return compare(make_document(old), make_document(new))


def _pdf_text(data: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    pages = (page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", " ".join(" ".join(t.split()) for t in pages))


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "shares wording with Preamble of the older text"),
        ("ru", "имеет общие формулировки со статьями раннего текста: Преамбула"),
        ("tr", "önceki metnin şu maddeleriyle ortak ifadeler taşıyor: Giriş"),
    ],
    ids=["en", "ru", "tr"],
)
def test_a_line_on_shared_wording_names_the_opening_as_the_report_does(
    qapp, tmp_path, lang: str, line: str
) -> None:  # type: ignore[no-untyped-def]
    cmp = _comparison()
    assert i18n.install(qapp, lang) == lang
    try:
        report = make_report(cmp, [])
        added = [b for b in report.blocks if b.key.startswith("added-")]
        assert added and added[0].related == ("preamble",)
        html = render_html(report)
        pdf = _pdf_text(render_pdf(report), tmp_path)
        note = added[0].related_note  # the concordance's status cell
    finally:
        i18n.install(qapp, "en")
    section = re.search(rf'<section class="pair" id="{added[0].key}">.*?</section>', html, re.S)
    assert section is not None
    shown = re.sub(r"<[^>]+>", "", section[0])
    assert line in shown
    assert line in note
    assert line in pdf
    assert "preamble" not in shown and "preamble" not in note


@pytest.mark.parametrize(("lang", "word"), [("en", "preamble"), ("ru", "преамбула"),
                                             ("tr", "giriş")])  # fmt: skip
def test_the_windows_concordance_names_the_opening_in_its_language(
    qapp, lang: str, word: str
) -> None:  # type: ignore[no-untyped-def]
    """The window's concordance lists the opening as "преамбула" in Russian; the cell
    of an added section sharing its wording had named it "preamble" whatever the
    interface language."""
    from treatyviewer.ui.common.colours import LIGHT
    from treatyviewer.ui.concordance.concordance import COLUMNS, ConcordanceModel

    cmp = _comparison()
    assert i18n.install(qapp, lang) == lang
    try:
        model = ConcordanceModel(LIGHT)
        model.set_comparison(cmp)
        rows = range(model.rowCount())
        opening = model.shown_text(0, COLUMNS.index("old"))[0]
        added = [
            model.shown_text(r, COLUMNS.index("old"))[0]
            for r in rows
            if model.rows[r].kind == "added"
        ]
    finally:
        i18n.install(qapp, "en")
    assert opening == word
    assert added and all(cell.endswith(f": {word}") for cell in added), added
