"""What the second new-user review asked for: single texts without gaps, the concordance
on the current change, moved articles named at both ends, titles that fit, an honest
Swap Sides, files changed on disk, orphaned notes, columns that fit, high contrast."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from conftest import wait_compared
from test_ui_reading_walk import shoot
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.common.colours import HIGH_CONTRAST_HUES
from treatyviewer.ui.compare.placeholders import fit_lines
from treatyviewer.ui.notes.annotation_model import COLUMNS


def heading_top(window: MainWindow, side: int, label: str) -> float:
    cmp = window.session.comparison
    doc = cmp.old if side == 0 else cmp.new
    return window.view.geo[side].ranges[doc.index_of(label)][0]


def settle(window: MainWindow) -> None:
    for pane in window.view.panes():
        pane.flush_relayout()
    window.view.realign()


# --- 1. one text alone has no alignment gaps ------------------------------------------------


def test_single_text_modes_drop_the_alignment_padding(make_window) -> None:
    window = make_window(size=(1000, 700))
    view = window.view
    padded = view.old_pane.document().size().height()
    assert view.pads[0].extra  # side by side, the older text is padded to line up
    window.actions_["view.mode.old"].trigger()
    settle(window)
    assert view.pads[0].extra == {} and view.pads[1].extra == {}
    assert view.old_pane.document().size().height() < padded - 150
    shoot(window, "review2-older-only.png")
    window.actions_["view.mode.side"].trigger()
    settle(window)
    assert view.pads[0].extra  # back side by side: lined up again
    assert abs(heading_top(window, 0, "1") - heading_top(window, 1, "I")) < 1


# --- 2. Next Change selects the pair of the change ------------------------------------------


def test_next_change_selects_the_pair_that_holds_the_change(make_window, qtbot) -> None:
    window = make_window(size=(1000, 700))
    view, conc = window.view, window.concordance
    for _ in range(12):
        view.next_change(1)
    row = view.navigator.current_row
    assert row is not None
    wanted = conc.row_of(row)
    assert conc.selected_rows() == [wanted]
    qtbot.wait(400)  # the scroll-following timer must not take it back to the top row
    assert conc.selected_rows() == [wanted]
    view.next_change(1)
    row2 = view.navigator.current_row
    assert row2 is not None
    qtbot.wait(300)
    assert conc.selected_rows() == [conc.row_of(row2)]


# --- 3. moved articles are named where they were and where they are ------------------------


def test_a_moved_article_gets_a_clickable_wrapped_placeholder(make_window, qtbot) -> None:
    window = make_window(size=(1000, 700))
    view, cmp = window.view, window.session.comparison
    k = next(i for i, p in enumerate(cmp.pairs) if p.moved)
    items = [p for p in view.old_pane.placeholders if p.pair == k]
    assert items, "the older pane says where the moved article now stands"
    item = items[0]
    assert "Art. V" in item.text and "Art. 5" in item.text
    assert abs(item.y - heading_top(window, 1, "V")) < 1
    pane = view.old_pane
    pane.verticalScrollBar().setValue(round(item.y - 100))
    rects = [(r, lines) for r, lines, p in pane.placeholder_rects() if p is item]
    rect, lines = rects[0]
    assert len(lines) == 2  # wrapped inside the pane, never wider than it
    assert rect.right() <= pane.viewport().width()
    assert all(
        QFontMetricsF(pane._placeholder_font()).horizontalAdvance(line) <= rect.width() + 1
        for line in lines
    )
    shoot(window, "review2-moved-placeholder.png")
    with qtbot.waitSignal(pane.placeholderClicked) as clicked:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == [k]
    new_top = view.new_pane.verticalScrollBar().value()
    assert abs(new_top - (heading_top(window, 1, "V") - 28)) < 3  # jumped to Art. V


def test_placeholder_lines_are_elided_after_two_lines() -> None:
    metrics = QFontMetricsF(QFont())
    text = "Art. 5 of the " + "very long title " * 20 + "stood here — now Art. 21"
    lines = fit_lines(metrics, text, 150)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 150 for line in lines)


def test_a_placeholder_s_closing_dash_never_stands_on_a_line_of_its_own() -> None:
    """ "— отсутствует в «Moscow draft (1920)» —" wrapped with the last dash alone."""
    metrics = QFontMetricsF(QFont())
    text = "— отсутствует в «Moscow draft (1920)» —"
    for width in range(60, 400, 5):
        lines = fit_lines(metrics, text, width, 3)
        assert all(line.strip() not in ("—", "—…") for line in lines), (width, lines)


# --- 4. long, equal titles ------------------------------------------------------------------

KARS = (
    "The province of Kars stays with the party that holds it, and the frontier runs along"
    " the river as the mixed commission shall draw it on the map within three months."
)
LONG = "TREATY OF FRIENDSHIP BETWEEN ARMENIA AND TURKEY (CONCLUDED AT KARS, DRAFT FOR DISCUSSION)"


def _docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    document.core_properties.title = LONG
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _same_titled_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two .docx drafts with the same long title (as exported from one template)."""
    old = ["Article 1", "The parties agree.", "Article 2", KARS]
    new = ["Article 1", "The parties agree fully."]
    return _docx(tmp_path / "old_en.docx", old), _docx(tmp_path / "new_en.docx", new)


def test_equal_long_titles_lead_with_the_file_name_and_elide_in_the_middle(
    make_window, tmp_path
) -> None:
    a, b = _same_titled_pair(tmp_path)
    window = make_window(a, b, size=(1000, 700))
    view = window.view
    old, new = view.old_title.text(), view.new_title.text()
    assert old.startswith("old_en.docx") and new.startswith("new_en.docx")
    assert "…" in old
    for label in (view.old_title, view.new_title):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert LONG in view.old_title.toolTip() and str(a) in view.old_title.toolTip()
    texts = [p.text for p in view.old_pane.placeholders + view.new_pane.placeholders]
    assert texts and all("older text" in t or "newer text" in t for t in texts)
    shoot(window, "review2-long-titles.png")


# --- 5. Swap Sides moves the panes, not the comparison --------------------------------------


def test_swap_sides_puts_the_older_text_on_the_right_and_keeps_its_meaning(
    make_window, qtbot
) -> None:
    window = make_window(size=(1000, 700))
    view = window.view
    before = window.session.comparison
    window.actions_["view.swap"].trigger()
    qtbot.wait(50)
    assert window.session.comparison is before  # nothing recompared
    assert view.old_box.x() > view.new_box.x()
    assert view.old_box.full_title.startswith("Moscow draft (1920)")  # the older, on the right
    assert window.concordance.model.headerData(0, Qt.Orientation.Horizontal) == "Older"
    assert view.connector.swapped
    shoot(window, "review2-swapped.png")
    window.actions_["view.swap"].trigger()
    assert view.old_box.x() < view.new_box.x()


# --- 6. a file changed on disk ----------------------------------------------------------------


def test_changed_file_with_notes_asks_then_reports_the_notes(make_window, qtbot, tmp_path) -> None:
    a, b = _same_titled_pair(tmp_path)
    window = make_window(a, b)
    store = window.reading.store
    text = window.session.old.text
    start = text.index("the frontier runs")
    store.create_from_selection("old", start, start + 33, "kept")
    start = text.index("The parties agree")
    store.create_from_selection("old", start, start + 17, "lost")
    _docx(a, ["Article 1", "Nothing alike at all.", "Article 2", KARS])
    previous = window.session.comparison
    for _ in range(3):  # editors save in several steps: one message, not three
        window.watcher.fileChanged.emit(str(a))
    bar = window.message_bar
    assert bar.texts() == ["old_en.docx changed on disk"]
    assert window.session.comparison is previous  # not reloaded behind the reader's back
    buttons = [b.text() for b in bar.messages()[0].buttons]
    assert buttons == ["Reload", "Keep"]
    shoot(window, "review2-changed-on-disk.png")
    # What opening the session said of the notes is stale once they are placed again.
    window.reading.controller.placed.emit("2 notes could not be placed.", "warning")
    assert any("could not be placed" in m.text for m in bar.messages() + bar.waiting())
    bar.messages()[0].buttons[0].click()
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(lambda: any("read again" in t for t in bar.texts()))
    text = next(t for t in bar.texts() if "read again" in t)
    assert "1 note placed again" in text and "1 not found" in text
    assert len(bar.messages()) <= 2
    assert not any("could not be placed" in m.text for m in bar.messages() + bar.waiting())


def test_changed_file_without_notes_is_read_again_at_once(make_window, qtbot, tmp_path) -> None:
    a, b = _same_titled_pair(tmp_path)
    window = make_window(a, b)
    previous = window.session.comparison
    _docx(a, ["Article 1", "Changed.", "Article 2", KARS])
    window.watcher.fileChanged.emit(str(a))
    window.watcher.fileChanged.emit(str(a))
    wait_compared(qtbot, window, previous)
    # Said once for the two signals (the texts, now sharing no word, are warned of too).
    said = window.message_bar.texts()
    assert said.count("old_en.docx changed on disk and was read again") == 1, said


# --- 7. orphaned notes stand out ------------------------------------------------------------


def test_orphaned_notes_are_italic_flagged_and_listed_first(make_window, qtbot, tmp_path) -> None:
    a, b = _same_titled_pair(tmp_path)
    window = make_window(a, b)
    store, panel = window.reading.store, window.reading.notes
    text = window.session.old.text
    start = text.index("the frontier runs")
    store.create_from_selection("old", start, start + 33, "placed")
    start = text.index("The parties agree")
    store.create_from_selection("old", start, start + 17, "orphan to be")
    _docx(a, ["Article 1", "Nothing alike at all.", "Article 2", KARS])
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
    window.reading.notes_dock.show()
    window.reading.notes_dock.raise_()
    proxy = panel.proxy
    status = COLUMNS.index("status")
    first = proxy.index(0, status)
    assert first.data() == "⚠ not found"
    assert first.data(Qt.ItemDataRole.FontRole).italic()
    assert proxy.index(0, COLUMNS.index("note")).data(Qt.ItemDataRole.FontRole).italic()
    assert proxy.index(1, status).data(Qt.ItemDataRole.FontRole) is None
    panel.table.sortByColumn(COLUMNS.index("note"), Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, status).data() == "⚠ not found"  # orphans first either way
    qtbot.wait(50)
    header = panel.table.horizontalHeader()
    right = header.sectionViewportPosition(status) + header.sectionSize(status)
    assert right <= panel.table.viewport().width()  # visible at the dock's width
    shoot(window, "review2-orphans.png")


# --- 8. narrow columns and the side dock ---------------------------------------------------


def test_entity_count_columns_fit_their_captions_and_the_dock_gives_way(
    make_window, tmp_path
) -> None:
    a, b = _same_titled_pair(tmp_path)
    window = make_window(a, b, size=(1000, 700))
    tree = window.reading.entities.tree
    header = tree.header()
    for col, caption in ((1, "Older"), (2, "Newer")):
        assert tree.model().headerData(col, Qt.Orientation.Horizontal) == caption
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(caption) + 8
    dock = window.reading.entity_dock
    window.resizeDocks([dock], [700], Qt.Orientation.Horizontal)
    window.resize(1000, 700)
    assert dock.width() <= 0.3 * window.width() + 1
    assert window.view.old_pane.width() + window.view.new_pane.width() > 0.55 * window.width()
    shoot(window, "review2-narrow.png")


# --- 9. high contrast --------------------------------------------------------------------


def test_high_contrast_bands_badges_and_page(make_window, qtbot) -> None:
    window = make_window(size=(1000, 700))
    window.actions_["view.high_contrast"].trigger()
    for pane in window.view.panes():
        pane.flush_relayout()
    qtbot.wait(50)
    view = window.view
    assert view.old_pane.viewport().palette().base().color() == QColor("#ffffff")
    badge = window.view.rendered[0].document
    texts = []
    block = badge.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().background().color() == QColor(HIGH_CONTRAST_HUES["modified"]):
                texts.append(frag.charFormat().foreground().color())
            it += 1
        block = block.next()
    assert texts and all(c == QColor("#000000") for c in texts)
    image = view.connector.grab().toImage()
    band = next(b for b in view.connector.bands if b.status == "modified")
    y = round((band.old[0] + band.old[1]) / 2) - view.old_pane.verticalScrollBar().value()
    y += view.old_pane.viewport().mapTo(view, QPoint(0, 0)).y()
    y -= view.connector.mapTo(view, QPoint(0, 0)).y()
    pixel = image.pixelColor(3, max(1, min(y, image.height() - 2)))
    assert pixel == QColor(HIGH_CONTRAST_HUES["modified"])  # saturated, not a pale tint
    page = view.old_pane.viewport().grab().toImage().pixelColor(3, 3)
    assert page == QColor("#ffffff")
    shoot(window, "review2-high-contrast.png")
    window.actions_["view.high_contrast"].trigger()
