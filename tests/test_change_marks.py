"""Change kinds told apart without colour: struck deleted and struck replaced words,
underlined inserted and replaced ones, had differed by hue alone, and a black-and-white
print made the four kinds two."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextCharFormat

from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io.export import make_report
from treatyviewer.io.html_export import render_html
from treatyviewer.io.report_palette import DELETE_BG, INSERT_BG, REPLACE_BG
from treatyviewer.io.report_textdoc import TextDocBuilder
from treatyviewer.io.report_textdoc_pairs import write_articles
from treatyviewer.io.report_textdoc_sections import write_front_matter
from treatyviewer.ui.common.colours import LIGHT
from treatyviewer.ui.compare.formats import Formats

pytestmark = pytest.mark.gui


def _lines(fmt: QTextCharFormat) -> tuple[bool, bool, bool, object]:
    """What a format draws besides colour: underline, strike, overline, line style."""
    return (fmt.fontUnderline(), fmt.fontStrikeOut(), fmt.fontOverline(), fmt.underlineStyle())


@pytest.fixture(scope="module")
def report():
    return make_report(compare(load_bundled("draft-1920"), load_bundled("moscow-1921")))


def test_the_pdf_draws_replaced_words_unlike_deleted_and_inserted_ones(qapp, report) -> None:
    builder = TextDocBuilder(report, "side-by-side", 300, QSizeF(2000, 3000))
    doc = builder.build(write_front_matter, write_articles).doc
    looks: dict[str, set[tuple[bool, bool, bool, object]]] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            colour = fmt.background().color().name().upper()
            if colour in (INSERT_BG, DELETE_BG, REPLACE_BG):
                looks.setdefault(colour, set()).add(_lines(fmt))
            it += 1
        block = block.next()
    assert set(looks) == {INSERT_BG, DELETE_BG, REPLACE_BG}
    assert not looks[REPLACE_BG] & (looks[INSERT_BG] | looks[DELETE_BG]), looks


def test_the_html_draws_replaced_words_unlike_deleted_and_inserted_ones(report) -> None:
    html = render_html(report)
    decoration = {
        name: re.search(r"\n\." + name + r"\{[^}]*text-decoration:([^;}]+)", html).group(1)
        for name in ("insert", "delete", "replace-old", "replace-new")
    }
    assert len(set(decoration.values())) == 4, decoration
    assert "line-through" in decoration["replace-old"]
    assert "underline" in decoration["replace-new"]


def test_the_window_draws_replaced_words_unlike_deleted_and_inserted_ones(qapp) -> None:
    formats = Formats(LIGHT, QFont())
    inserted = _lines(formats.change("insert", "new", 1))
    deleted = _lines(formats.change("delete", "old", 2))
    replaced_old = _lines(formats.change("replace", "old", 3))
    replaced_new = _lines(formats.change("replace", "new", 3))
    assert len({inserted, deleted, replaced_old, replaced_new}) == 4
    assert replaced_old[1] and replaced_new[0]  # still struck, still underlined
