"""What a new reader sees: provenance, one palette, readable redline, plurals, labels."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont

from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.io import report_palette
from treatyviewer.io.report_textdoc_sections import provenance
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.colours import DARK, LIGHT
from treatyviewer.ui.compare.formats import Formats
from treatyviewer.ui.compare.inline import render_inline
from treatyviewer.ui.compare.render import render_side
from treatyviewer.ui.dialogs.about import AboutTextsDialog
from treatyviewer.ui.dialogs.guide_parts import badges_html


@pytest.fixture(scope="module")
def bundled():
    return compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))


def heading_badges(rendered, segment_index: int) -> list[tuple[str, str]]:
    """(text, tooltip) of the badge fragments in one heading block."""
    block = rendered.document.findBlockByNumber(rendered.map.heading_block[segment_index])
    out = []
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if fmt.background().style() != 0 and fmt.fontPointSize() > 0:
            out.append((it.fragment().text().strip("\u00a0 "), fmt.toolTip()))
        it += 1
    return out


def test_about_these_texts_shows_all_the_metadata(qtbot, bundled) -> None:
    dialog = AboutTextsDialog(bundled.old, bundled.new)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    html = dialog.view.toHtml()
    assert "shared content, not proven shared wording" in text  # the draft's rendering note
    assert "Bekir Sami Bey" in text and "Yusuf Kemal Bey" in text  # signatories
    assert "Dokumenty vneshnei politiki SSSR" in text  # full reference
    assert 'href="https://allturkey.narod.ru/rusturk1921.htm"' in html
    assert "Annex 1 (C)" in text and "paraphrased from a source" in text
    assert "uncertain" in text and "Original languages" in text


def test_about_these_texts_opens_only_web_links(qtbot, bundled, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(
        "treatyviewer.ui.dialogs.text_page.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    dialog = AboutTextsDialog(bundled.old, bundled.new)
    qtbot.addWidget(dialog)
    assert not dialog.view.openExternalLinks()
    assert dialog.open_link(QUrl("file:///etc/passwd")) is False
    assert dialog.open_link(QUrl("https://example.org/")) is True
    assert [u.toString() for u in opened] == ["https://example.org/"]


def test_unattested_articles_carry_a_provenance_badge_on_both_sides(qapp, bundled) -> None:
    old = render_side(bundled, "old", LIGHT, QFont())
    new = render_side(bundled, "new", LIGHT, QFont())
    draft_art1 = bundled.old.index_of("1")
    assert any(
        t == "reconstructed" and "probable" in tip for t, tip in heading_badges(old, draft_art1)
    )
    art3 = bundled.new.index_of("III")
    badges = heading_badges(new, art3)
    assert any(t == "paraphrased" and "Safarli" in tip for t, tip in badges)
    annex = next(i for i, s in enumerate(bundled.new.segments) if s.reference == "Annex 1 (C)")
    assert any(t == "paraphrased" for t, _ in heading_badges(new, annex))
    attested = bundled.new.index_of("XIV")
    assert not any(t in ("paraphrased", "reconstructed") for t, _ in heading_badges(new, attested))


def test_window_and_reports_share_one_palette(qapp) -> None:
    import treatyviewer.io.report_palette as module

    assert "PySide6" not in inspect.getsource(module)
    for scheme in (LIGHT, DARK):
        for status in ("moved", "renumbered", "added", "removed", "modified"):
            assert scheme.status(status) == QColor(report_palette.BADGE_COLOURS[status])
    assert LIGHT.inserted_bg.upper() == report_palette.RUN_STYLES["insert"][0].upper()
    badges = badges_html()
    assert report_palette.MOVED in badges and report_palette.RENUMBERED in badges


def test_moved_badge_pixels_use_the_palette_colour(qapp, bundled) -> None:
    rendered = render_side(bundled, "new", LIGHT, QFont())
    moved = next(j for p in bundled.pairs if "moved" in p.badges for j in p.new)
    block = rendered.document.findBlockByNumber(rendered.map.heading_block[moved])
    colours = set()
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        if it.fragment().text().strip("\u00a0 ") == "moved":
            colours.add(fmt.background().color().name().upper())
        it += 1
    assert colours == {report_palette.MOVED}


def test_inline_redline_keeps_words_apart_and_in_their_paragraph(qapp, bundled) -> None:
    text = render_inline(bundled, Formats(LIGHT, QFont()), False).document.toPlainText()
    assert "Draft Treaty of Friendship" in text
    assert "a an indissoluble" in text
    assert "Moscow, 24 August 1920 16 March 1921" in text
    assert "of Turkey\nMoscow" in text
    for glued in ("DraftTreaty", "aan indissoluble", "192016", "1920Turkey", "ofTurkey"):
        assert glued not in text


def test_status_counts_agree_in_russian_whatever_the_count(make_window, qapp) -> None:
    """Each count reads "word: number" in one form ("изменено: 7 · перемещено: 1"): the
    forms that agreed with each number had mixed genders in one line ("7 изменено ·
    1 перемещена") and named a removed article otherwise than the table."""
    window = make_window()
    try:
        assert i18n.install(qapp, "ru") == "ru"
        status = window.status
        assert status.status_count("modified", 7) == "изменено: 7"
        assert status.status_count("modified", 3) == "изменено: 3"
        assert status.status_count("moved", 1) == "перемещено: 1"
        assert status.status_count("added", 21) == "добавлено: 21"
        assert status.status_count("removed", 1) == "исключено: 1"
        assert status.word_counts(89, 1) == "89 слов удалено, 1 вставлено"
        assert i18n.install(qapp, "tr") == "tr"
        assert status.status_count("modified", 7) == "7 değiştirildi"
    finally:
        i18n.install(qapp, "en")
    assert window.status.status_count("modified", 7) == "7 modified"


def test_annexes_are_named_as_annexes_in_the_concordance(make_window) -> None:
    window = make_window()
    model = window.concordance.model
    shown = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "Annex 1 (C)" in shown and "1 (C)" not in shown
    row = shown.index("Annex 1 (C)")
    assert model.labels(row)[1] == ("1 (C)",)  # links and JSON keep the bare label


def test_an_empty_side_shows_a_placeholder_where_the_other_has_an_article(make_window) -> None:
    window = make_window()
    texts = [p.text for p in window.view.old_pane.placeholders if p.pair is None]
    assert texts and all(t == "— not in the Moscow draft (1920) —" for t in texts)
    # (the moved Art. 5 → V has its own placeholders: test_ui_review_fixes)
    # The draft's removed Art. 4 faces 1921's added Art. X: no blank band, no placeholder.
    assert window.view.new_pane.placeholders == []
    geo = window.view.geo[1]
    art2 = geo.ranges[window.session.comparison.new.index_of("II")]
    assert any(abs(p.y - art2[0]) < 1 for p in window.view.old_pane.placeholders)
    window.actions_["view.mode.inline"].trigger()
    assert window.view.old_pane.placeholders == []


def test_pane_titles_are_short_with_the_whole_title_in_the_tooltip(make_window) -> None:
    """The draft's title says it is a reconstruction: a new reader had found that only
    in a badge's tooltip, and read every difference as the historical texts'."""
    window = make_window(size=(1400, 800))
    title = window.view.old_title
    # the metadata's short title, not elided
    assert title.text() == "Moscow draft (1920) — a reconstruction"
    assert title.toolTip().startswith("Draft Treaty of Friendship between")
    assert "(1920-08-24)\n\nThis is a reconstruction by the treatyviewer editors" in title.toolTip()
    assert not title.toolTip().endswith("…")
    assert window.view.new_title.text() == "Treaty of Moscow (1921)"


def test_pdf_sources_read_as_sentences(bundled) -> None:
    for doc in (bundled.old, bundled.new):
        sources = dict(provenance(doc))["Sources"]
        assert ".;" not in sources and "HTML report" not in sources
        assert sources.endswith(".") and "(1) " in sources


def test_about_these_texts_describes_the_treaty_of_kars_like_the_others(qtbot) -> None:
    dialog = AboutTextsDialog(load_bundled("moscow-1921"), load_bundled("kars-1921"))
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "Treaty of Kars (1921)" in text and "1921-10-13" in text
    assert "Kâzım Karabekir Pasha" in text and "Yakov Ganetsky" in text  # signatories
    assert "summarised in brackets" in text  # the rendering note
    assert "Dokumenty vneshnei politiki SSSR, vol. IV" in text  # sources
    assert "Annex III" in text and "reconstructed" in text  # article by article
    assert "Known correspondences" in text  # what Kars repeats from Moscow, with provenance
    assert "haberalp.com (Turkish text of Art. 2)" in text


def test_a_heading_names_its_counterpart_only_when_the_number_differs(qtbot, bundled) -> None:
    """ "Art. 7 → Art. 7" beside every article of two texts numbered alike was clutter;
    "Art. 1 → Art. I" tells the reader something."""
    from treatyviewer.core.segment import make_document

    def heading(cmp, i: int) -> str:
        rendered = render_side(cmp, "old", LIGHT, QFont())
        return rendered.document.findBlockByNumber(rendered.map.heading_block[i]).text()

    draft = bundled.old
    third = draft.index_of("3")
    assert "\u2192\u00a0" in heading(bundled, third) and "Art.\u00a0IX" in heading(bundled, third)
    # Draft Art. 1 is Art. I of the treaty: the same number, in another numeral.
    assert "\u2192" not in heading(bundled, draft.index_of("1"))
    old = make_document("Article 7\n\nThe frontier runs north.\n", "a")
    new = make_document("Article 7\n\nThe frontier runs south.\n", "b")
    plain = compare(old, new)
    assert "\u2192" not in heading(plain, old.index_of("7"))
