"""What a first-time reader met walking the bundled pair and real licence texts,
each checked on the real window or the real classifier."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_opening_a_dock_first_thing_keeps_the_article_being_read(make_window, qtbot):
    """The first change of the panes' width after the texts are shown (here the Outline
    opened beside them) wraps the text anew: the article at the top stays there."""
    window = make_window(size=(1400, 900))
    view, cmp = window.view, window.session.comparison
    view.jump_to_pair(next(k for k, p in enumerate(cmp.pairs) if p.moved))  # 5 → V
    QApplication.processEvents()
    before = view.navigator.row_at_top()
    assert before is not None and before.index > 0
    width = view.new_pane.viewport().width()
    window.actions_["view.outline"].trigger()
    qtbot.waitUntil(lambda: view.new_pane.viewport().width() < width)
    for pane in view.panes():
        pane.flush_relayout()
    qtbot.wait(50)
    assert view.navigator.row_at_top() == before


def test_a_moved_article_whose_wording_changed_says_so_in_the_concordance(make_window):
    """Draft Art. 5 became Art. V with five changes: the row said only "moved", while the
    badges, the outline and the PDF say modified and moved."""
    window = make_window()
    proxy = window.concordance.proxy
    rows = {
        str(proxy.index(r, 0).data()): str(proxy.index(r, 2).data())
        for r in range(proxy.rowCount())
    }
    # (the draft's numbers 5 and 2 are reconstructed: the row says so)
    assert rows["5"] == "moved (modified, numbering reconstructed)"
    assert rows["2"] == "modified (renumbered, numbering reconstructed)"
    assert rows["1"] == "modified"


def test_the_outline_keeps_its_status_column_in_view_in_a_narrow_dock(make_window, qtbot, tmp_path):
    """Long headings ("3. Distribution Obligations") sized the label column to their
    text and pushed the status column out of the dock: it read "un" and "mo"."""
    from structured_texts import statute

    law = statute(50).text
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(law, encoding="utf-8")
    new.write_text(law.replace("Matters of kind 2", "Matters of a second and longer kind"))
    window = make_window(old, new, size=(1024, 700))
    dock = window.outline
    assert dock.isVisible()
    window.resizeDocks([dock], [190], Qt.Orientation.Horizontal)  # as it opened beside CDDL
    tree, header = dock.tree, dock.tree.header()
    qtbot.waitUntil(lambda: dock.width() < 300)  # as narrow as its tabs' names let it
    status = tree.model().index(0, 1)
    needed = tree.fontMetrics().horizontalAdvance(str(status.data()))
    assert header.sectionSize(1) >= needed
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= tree.viewport().width()


@pytest.mark.parametrize(("lang", "width", "stacked"), [("ru", 1024, None), ("tr", 1024, None),
                                                        ("en", 1400, False)])  # fmt: skip
def test_the_parties_panel_fits_its_dock_in_every_language(make_window, qapp, lang, width, stacked):
    """At 1024 px in Russian or Turkish the two check boxes side by side were wider than
    the dock: the panel scrolled sideways, cutting the 1921 column; and the mentions
    hint, wrapped over two lines, had the height of one."""
    from treatyviewer.ui.common import i18n

    i18n.install(qapp, lang)
    try:
        window = make_window(size=(width, 700))
        QApplication.processEvents()
        scroller = window.reading.entity_dock.widget()
        panel = scroller.widget()
        assert not scroller.horizontalScrollBar().isVisible()
        assert panel.width() <= scroller.viewport().width()
        boxes = (panel.only_mentioned, panel.show_all)
        for box in boxes:
            right = box.mapTo(panel, box.rect().topRight()).x()
            assert right < panel.width() and box.width() >= box.sizeHint().width(), box.text()
        # (stacked or side by side as the dock's width allows: at 1024 px the dock is now
        # as wide as the parties' names need, and may hold both)
        assert stacked is None or (boxes[0].y() != boxes[1].y()) == stacked
        hint = panel.mentions_hint  # "Select an entity…", two lines in Russian: both shown
        assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())
        assert hint.mapTo(panel.mentions_part, hint.rect().bottomLeft()).y() < (
            panel.mentions_part.height()
        )
    finally:
        i18n.install(qapp, "en")


def test_one_mended_line_or_word_of_a_pdf_is_told_in_the_singular(qapp):
    """Reading a PDF said "1 lines printed twice across a page break were kept once" and
    "1 words hyphenated at line ends were rejoined"; the window's translations still
    read the singular."""
    from treatyviewer.io.page_text import paragraphs_of
    from treatyviewer.ui.common import i18n
    from treatyviewer.ui.common.reader_warnings import translate_warning

    pages = [
        ["Article 1", "The parties agree to demar-", "cate the frontier.", "Article 2", "They"],
        ["They", "exchange ratifications at Kars."],
    ]
    text, warnings = paragraphs_of(pages)
    assert "demarcate" in text and text.count("They") == 1
    assert warnings == [
        "1 line printed twice across a page break was kept once",
        "1 word hyphenated at line ends was rejoined",
    ]
    try:
        for lang in ("ru", "tr"):
            assert i18n.install(qapp, lang) == lang
            for warning in warnings:
                shown = translate_warning(warning)
                assert "1" in shown and "printed" not in shown and "hyphenated" not in shown
    finally:
        i18n.install(qapp, "en")


def test_stacked_docks_keep_their_whole_names_on_their_tabs(make_window, qtbot):
    """With the outline on the left, the four tabs on the right of the bundled chain read
    "Parties and…", "N…", "Map", "History of this…"; the history now stands beside
    the lineage table it tells about, and the tabs keep their whole names."""
    from PySide6.QtWidgets import QTabBar

    window = make_window(size=(1400, 900))
    window.chains.open_chain(["draft-1920", "moscow-1921", "kars-1921"])
    state = window.chains.state
    qtbot.waitUntil(lambda: state.chain is not None and not state.busy, timeout=30_000)
    window.actions_["view.map"].trigger()
    window.resizeDocks([window.reading.entity_dock], [280], Qt.Orientation.Horizontal)
    qtbot.wait(100)
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    names = [b.tabText(i) for b in bars for i in range(b.count())]
    assert {"Parties and places", "Notes", "Map"} <= set(names)
    history = window.chains.history_dock
    assert window.dockWidgetArea(history) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert history.isVisible() and not history.visibleRegion().isEmpty()
    for bar in bars:
        for i in range(bar.count()):
            text = bar.tabText(i)
            assert bar.tabRect(i).width() > bar.fontMetrics().horizontalAdvance(text), text


def test_a_view_switched_after_find_opens_at_the_article_of_the_word_found(make_window, qtbot):
    """Find "Batum", its second match in Art. II; Inline Redline then opened at
    Art. I, whose last lines stood at the top of the pane above the match."""
    window = make_window(size=(1400, 900))
    view, cmp = window.view, window.session.comparison
    window.find_bar.open()
    window.find_bar.edit.setText("Batum")
    window.find_bar.search()
    for _ in range(8):
        match = window.find_bar.current_match()
        passage = view.passage(*match) if match else None
        if passage and passage[0] == "new":
            segment = cmp.new.segment_at(passage[1])
            top = view.navigator.row_at_top()
            if top is not None and cmp.segment_of_row(top) != (1, segment):
                break  # the word's article is not the one at the top
        window.find_bar.step(1)
    else:
        raise AssertionError("no match of Batum lies below another article's lines")
    wanted = cmp.row_of_segment(1, segment)
    window.set_mode("inline")
    for pane in view.panes():
        pane.flush_relayout()
    qtbot.wait(50)
    assert view.navigator.row_at_top() == wanted


def test_what_a_markdown_reader_left_out_is_said_in_the_interface_language(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A law kept in Markdown with its metadata between "---" lines, comments and
    Pandoc's fences: the window says what was not compared in Russian and Turkish (the
    front matter's notice had stayed in English in a Russian banner)."""
    from treatyviewer.io.readers import read_document
    from treatyviewer.ui.common import i18n
    from treatyviewer.ui.common.reader_warnings import translate_warning

    law = tmp_path / "law.md"
    law.write_text(
        "---\ntitle: Wohngeldgesetz\njurabk: WoGG\n---\n\n<!-- consolidated -->\n\n"
        "::: {#p1 .section}\n## § 1 Zweck\n\nDas Wohngeld dient der Sicherung.\n:::\n\n"
        "## § 2 Wohnraum {#p2}\n\nWohnraum ist jeder Raum.\n",
        encoding="utf-8",
    )
    warnings = read_document(law).warnings
    assert len(warnings) == 3, warnings
    try:
        for lang in ("ru", "tr"):
            assert i18n.install(qapp, lang) == lang
            for warning in warnings:
                shown = translate_warning(warning)
                assert "not compared" not in shown and "metadata" not in shown, shown
    finally:
        i18n.install(qapp, "en")
