"""How the window shows document styles beyond treaties (see test_document_styles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from test_document_styles import EN_OLD, ZH_NEW, ZH_OLD

pytestmark = pytest.mark.gui


def open_pair(make_window, folder: Path, name: str, old_text: str, new_text: str):
    old, new = folder / f"{name}-old.txt", folder / f"{name}-new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    return make_window(old, new)


def test_no_counterpart_cannot_be_read_as_the_chinese_numeral_one(
    make_window, tmp_path: Path
) -> None:
    window = open_pair(make_window, tmp_path, "zh", ZH_OLD, ZH_NEW)
    model = window.concordance.model
    cells = {
        (model.index(r, 0).data(), model.index(r, 1).data()): r for r in range(model.rowCount())
    }
    absent = [(o, n) for (o, n) in cells if "(none)" in (o, n)]
    # A Chinese article is named as printed ("第三条"), and no cell is a lone "一".
    assert sorted(absent) == [("(none)", "第三条"), ("第五条", "(none)")], sorted(cells)
    first = cells[("第一条", "第一条")]
    removed = cells[("第五条", "(none)")]
    cell = model.index(removed, 1)
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "No counterpart in the new text"
    assert model.index(first, 1).data(Qt.ItemDataRole.FontRole) is None


REPLACED_NEW = """Article 1. Scope
This Act governs the licensing of street traders in the borough.

Article 2. Pitches
Pitches on the market square are allotted by drawing lots each spring.

Article 3. Appeals
A trader refused a licence may appeal to the magistrates within twenty-eight days.
"""


def test_an_unpaired_article_beside_its_namesake_does_not_claim_no_counterpart(
    make_window, tmp_path: Path
) -> None:
    window = open_pair(make_window, tmp_path, "act", EN_OLD, REPLACED_NEW)
    cmp = window.session.comparison
    assert cmp.label_of("old", cmp.removed) == ["2"] and cmp.label_of("new", cmp.added) == ["2"]
    old_text = window.view.old_pane.toPlainText()
    new_text = window.view.new_pane.toPlainText()
    old_heading = next(line for line in old_text.splitlines() if line.startswith("Article 2."))
    new_heading = next(line for line in new_text.splitlines() if line.startswith("Article 2."))
    assert "no counterpart" not in old_heading and "no counterpart" not in new_heading
    assert old_heading.endswith("not paired: Art. 2 there reads otherwise"), old_heading
    assert new_heading.endswith("not paired: Art. 2 there reads otherwise"), new_heading


HU_LAW = (
    "I. FEJEZET\nÁLTALÁNOS RENDELKEZÉSEK\n\n1. A törvény hatálya\n\n1. §\n"
    "A törvény hatálya a vízbázisokra terjed ki.\n\n2. Értelmező rendelkezések\n\n2. §\n"
    "E törvény alkalmazásában üzemeltető az, aki kezeli.\n"
)
AR_OLD = "المادة الأولى\nتنشر الهيئة التقرير السنوي.\n\nالمادة الثانية\nتلتزم البلدية بالخطة.\n"
AR_NEW = "مادة (1)\nتنشر الهيئة التقرير السنوي.\n\nمادة (2)\nملغاة.\n"


def test_a_heading_reads_alone_under_the_divisions_it_opens(qapp) -> None:
    """The division and subtitle lines above "1. §" make a quieter line of their own
    instead of running into one long bold heading with it."""
    from PySide6.QtGui import QFont

    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common.colours import LIGHT
    from treatyviewer.ui.compare.render import render_side

    doc = make_document(HU_LAW)
    raw = render_side(compare(doc, doc), "old", LIGHT, QFont()).document.toRawText()
    assert "I. FEJEZET · ÁLTALÁNOS RENDELKEZÉSEK · 1. A törvény hatálya\u20281. §" in raw
    assert "2. Értelmező rendelkezések\u20282. §" in raw


def test_the_counterpart_of_an_arabic_article_reads_as_one_run(qapp) -> None:
    """In a right-to-left text the note "← Art. الأولى" is isolated left to right,
    each name whole inside it, and an article numbered in words pairs with its
    number in figures, struck out there."""
    from PySide6.QtGui import QFont

    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common.colours import LIGHT
    from treatyviewer.ui.compare.render import render_side

    cmp = compare(make_document(AR_OLD), make_document(AR_NEW))
    assert [(p.old, p.new, p.repealed) for p in cmp.pairs] == [
        ((0,), (0,), False),
        ((1,), (1,), True),
    ]
    raw = render_side(cmp, "new", LIGHT, QFont()).document.toRawText()
    assert "←" not in raw  # the first article is the first: nothing to name
    moved_on = compare(
        make_document(AR_OLD), make_document("مادة (2)\nتنشر الهيئة التقرير السنوي.\n")
    )  # renumbered: its first article is now the second
    raw = render_side(moved_on, "new", LIGHT, QFont()).document.toRawText()
    assert "\u2066←\u00a0\u2068Art.\u00a0الأولى\u2069\u2069" in raw
    from treatyviewer.io.report_model import build_report

    # The report's concordance keeps an Arabic label whole beside the figure it became.
    first = build_report(cmp).blocks[0]
    assert (first.old_cell, first.new_cell) == ("\u2068الأولى\u2069", "1")


def test_arabic_labels_stay_whole_in_the_numbering_notice(qapp) -> None:
    """ "articles الأولى to الثالثة, 3 in all": each Arabic label is isolated, so that
    the comma and the count keep their places after it; a Latin one is left as it is."""
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common.reader_warnings import structure_message

    text = (
        "الباب الأول\nأحكام عامة\n\nالمادة الأولى\n1. تنشر الهيئة التقرير.\n2. تلتزم البلدية.\n\n"
        "المادة الثانية\n1. نص ثان.\n2. نص ثالث.\n\nالمادة الثالثة\nنص رابع.\n"
    )
    message = structure_message(make_document(text))
    assert "\u2068الأولى\u2069 to \u2068الثالثة\u2069, 3 in all" in message
    latin = make_document("Chapter 1\n\nArticle 1\n1. One.\n2. Two.\n\nArticle 2\nThree.\n")
    assert "\u2068" not in structure_message(latin)


MOVED_AWAY_OLD = (
    "Article 1\nThe Parties keep the peace along the whole frontier.\n\n"
    "Article 2\nThe river Araxes marks the frontier from the lake to the sea.\n\n"
    "Article 3\nPrisoners of war are returned within three months at the cost of the "
    "receiving state.\n\nArticle 4\nThis Treaty is ratified within a month.\n"
)
MOVED_AWAY_NEW = (
    "Article 1\nThe Parties keep the peace along the whole frontier.\n\n"
    "Article 2\nThe river Araxes marks the frontier from the lake to the sea.\n\n"
    "Article 3\n[Repealed]\n\nArticle 4\nThis Treaty is ratified within a month.\n\n"
    "Article 5\nPrisoners of war are returned within three months at the cost of the "
    "receiving state.\n"
)


def test_a_notice_left_where_an_article_moved_away_is_called_repealed(
    make_window, tmp_path: Path
) -> None:
    """Art. 3 moved to the end as Art. 5, and its number kept over "[Repealed]": the
    notice has no text of the older version, so it is added, but the concordance, the
    pane and the report call it repealed rather than new law."""
    from treatyviewer.io.report_model import build_report

    window = open_pair(make_window, tmp_path, "moved", MOVED_AWAY_OLD, MOVED_AWAY_NEW)
    cmp = window.session.comparison
    assert cmp.label_of("new", cmp.added) == ["3"] and cmp.notices == frozenset(cmp.added)
    model = window.concordance.model
    rows = {model.index(r, 1).data(): model.status(r) for r in range(model.rowCount())}
    assert rows["3"] == "repealed" and rows["5"] == "moved"
    report = build_report(cmp)
    (block,) = [b for b in report.blocks if b.new_labels == ("3",) and not b.old_labels]
    assert block.badges == ("repealed",)


def test_a_japanese_law_is_numbered_by_its_printed_article_names(qapp) -> None:
    from test_segment_forms import JAPANESE_LAW
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common.reader_warnings import structure_message

    assert "articles 第一条 to 第三条, 3 in all" in structure_message(make_document(JAPANESE_LAW))


def test_a_heading_whose_title_opens_the_text_below_keeps_no_dangling_dash(
    make_window, tmp_path: Path
) -> None:
    """ "Article 8 - RELATED SERVICES": the title begins the text below the heading, so
    the heading line reads "Article 8", not "Article 8 -"."""
    text = (
        "AGREEMENT\n\nArticle 1 - DEFINITIONS\n\nIn this Agreement words have meanings.\n\n"
        "Article 2 – PURPOSE\n\nThe purpose of the Agreement is a licence.\n"
    )
    window = open_pair(make_window, tmp_path, "dash", text, text.replace("a licence", "two"))
    blocks = window.view.new_pane.toPlainText().splitlines()
    headings = [b for b in blocks if b.startswith("Article")]
    assert [h.split()[:2] for h in headings] == [["Article", "1"], ["Article", "2"]]
    assert not any(h.split()[2:3] in (["-"], ["–"]) for h in headings), headings
