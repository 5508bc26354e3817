"""Small things a new reader stumbled on: pane titles, the status swatch of a selected
concordance row, where Save Session As proposes to save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

pytestmark = pytest.mark.gui


def test_pane_headers_show_the_short_title_and_keep_the_full_one_as_tooltip(make_window) -> None:
    window = make_window(size=(1400, 900))
    new_box = window.view.new_box
    assert new_box.full_title == "Treaty of Moscow (1921)"
    assert "Brotherhood" in new_box.title.toolTip()


def test_a_selected_concordance_row_keeps_its_status_colour(make_window, qapp) -> None:
    window = make_window(size=(1400, 900))
    conc = window.concordance
    table = conc.table
    conc.select_row(0)
    qapp.processEvents()
    proxy_row = table.selectionModel().selectedRows()[0].row()
    from treatyviewer.ui.concordance.concordance import COLUMNS

    rect = table.visualRect(table.model().index(proxy_row, COLUMNS.index("status")))
    image = table.viewport().grab().toImage()
    wanted = conc.model.scheme.status(conc.model.status(0))
    colours = {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.left() + 30)
        for y in range(rect.top(), rect.bottom())
    }
    assert QColor(wanted).name() in colours


def test_save_session_as_proposes_the_short_titles_in_the_last_folder(
    make_window, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    window = make_window()
    proposed: list[str] = []

    def ask(_parent, _caption, default, _filter):  # type: ignore[no-untyped-def]
        proposed.append(default)
        return str(folder / "first.tvproj"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert window.reading.files.save_as()
    assert Path(proposed[0]).name == "Moscow-draft-1920-vs-Treaty-of-Moscow-1921"
    window.reading.controller.new_session()
    assert window.reading.files.save_as()
    assert Path(proposed[1]).parent == folder


def test_find_clears_the_change_position_it_moved_away_from(make_window) -> None:
    window = make_window(size=(1400, 900))
    label = window.position.change_label
    for _ in range(10):
        window.actions_["go.next_change"].trigger()
    assert label.text().startswith("Change 10 of")
    window.find_bar.open()
    window.find_bar.edit.setText("ratification")
    assert label.text() == "No change selected"
    assert window.view.new_pane.overlay.spans("current") == []


def answer_go_to(answers: list[str | None], seen: list[object]) -> None:
    """Answer the Go to Article dialog the app opens: type each text and press Enter
    (None: press Escape); a text that names no article is asked again in the same
    dialog. Each dialog met is kept in ``seen``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "field"):
            QTimer.singleShot(10, act)
            return
        if dialog not in seen:
            seen.append(dialog)
        typed = answers.pop(0)
        if typed is None:
            QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
        else:
            dialog.field.setText(typed)
            QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        if answers and dialog.isVisible():
            QTimer.singleShot(0, act)

    QTimer.singleShot(0, act)


def test_go_to_article_with_ctrl_g(make_window) -> None:
    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    seen: list[object] = []
    answer_go_to(["Art. 3 → Art. IX"], seen)
    action = window.actions_["go.article"]
    assert action.shortcut().toString() == "Ctrl+G"
    action.trigger()
    cmp = window.view.cmp
    model = seen[0].model
    names = [model.name(n) for n in range(model.rowCount())]
    assert "Art. 4, only in the older text" in names
    assert window.view.navigator.row_at_top() == Row(
        "pair", cmp.new_to_pair[cmp.new.index_of("IX")]
    )


def test_page_down_after_go_to_article_reads_on_from_the_article(make_window) -> None:
    """The reader had clicked in the preamble, gone to Art. XIV with Ctrl+G and pressed
    Page Down: the view jumped back to the preamble, where the text cursor had stayed."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    pane = window.view.primary()
    pane.setFocus()
    pane.moveCursor(QTextCursor.MoveOperation.Start)  # where a click at the top leaves it
    answer_go_to(["XIV"], [])
    window.actions_["go.article"].trigger()
    cmp = window.view.cmp
    rows = cmp.rows()
    chosen = rows.index(Row("pair", cmp.new_to_pair[cmp.new.index_of("XIV")]))
    assert rows.index(window.view.navigator.row_at_top()) == chosen
    QTest.keyClick(window.view.primary(), Qt.Key.Key_PageDown)
    assert rows.index(window.view.navigator.row_at_top()) >= chosen


def test_an_empty_review_list_says_why(make_window, tmp_path) -> None:
    from treatyviewer.core.comparison import UNCERTAIN_BELOW
    from treatyviewer.ui.common.vocabulary import percent

    body = "The parties agree that trade between them shall be free of every duty and delay."
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_text(f"Article 1\n{body}\n\nArticle 2\nPeace shall last for ever.\n", "utf-8")
    new.write_text(f"Article 1\n{body}\n\nArticle 2\nPeace shall last for all time.\n", "utf-8")
    window = make_window(old, new)
    conc = window.concordance
    assert not conc.empty_note.isVisible()
    conc.tabs.setCurrentIndex(1)  # To review
    assert conc.proxy.rowCount() == 0  # every pairing of this pair is confident
    assert (
        conc.empty_note.text()
        == f"No pairing below {percent(UNCERTAIN_BELOW)} confidence: nothing to review."
    )
    assert not conc.empty_note.isHidden()
    conc.tabs.setCurrentIndex(0)
    assert conc.empty_note.isHidden()
    # It names the threshold the reader set, not the default one.
    window.session.set_review_threshold(0.5)
    conc.tabs.setCurrentIndex(1)
    assert conc.empty_note.text().startswith(f"No pairing below {percent(0.5)} confidence")


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_dark_mode_mention_outline_and_its_legend_swatch_stand_out(make_window) -> None:
    import re

    from treatyviewer.ui.common.colours import DARK
    from treatyviewer.ui.compare.span_overlay import STYLES

    window = make_window()
    window.actions_["view.dark"].setChecked(True)
    try:
        style = STYLES[("entity", True)]
        fill = QColor(style.fill)
        base = QColor(DARK.base)
        a = style.alpha / 255
        tinted = QColor.fromRgbF(*(a * f + (1 - a) * b for f, b in (
            (fill.redF(), base.redF()), (fill.greenF(), base.greenF()), (fill.blueF(), base.blueF())
        )))  # fmt: skip
        assert _contrast(style.outline, tinted.name()) >= 4.5  # the frame against its own tint
        swatch = re.search(r"color:(#[0-9A-Fa-f]{6})'>▭", window.reading.legend.text()).group(1)
        assert _contrast(swatch, DARK.base) >= 4.5
    finally:
        window.actions_["view.dark"].setChecked(False)


def test_the_notes_table_gives_the_quote_room_for_a_few_words(make_window) -> None:
    from treatyviewer.ui.notes.annotation_model import COLUMNS

    window = make_window()
    table = window.reading.notes.table
    width = table.horizontalHeader().sectionSize(COLUMNS.index("quote"))
    assert width >= table.fontMetrics().averageCharWidth() * 20


def test_link_selected_shows_the_new_pair(make_window, qtbot) -> None:
    from conftest import wait_compared
    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    conc, cmp = window.concordance, window.view.cmp
    four = conc.row_of(Row("removed", cmp.old.index_of("4")))
    ten = conc.row_of(Row("added", cmp.new.index_of("X")))
    window.view.navigator.jump_to_pair(0)  # reading the preamble
    conc.select_row(four)
    selection = conc.table.selectionModel()
    selection.select(
        conc.proxy.mapFromSource(conc.model.index(ten, 0)),
        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
    )
    assert conc.selected_rows() == sorted([four, ten])
    conc.link_selected()
    wait_compared(qtbot, window, cmp)
    new_cmp = window.view.cmp
    k = next(i for i, p in enumerate(new_cmp.pairs) if new_cmp.label_of("old", p.old) == ["4"])
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == Row("pair", k), timeout=5000)
    assert conc.selected_rows() == [conc.row_of(Row("pair", k))]


def test_wrapped_licence_text_reads_and_finds_as_one_flowing_paragraph(
    make_window, tmp_path
) -> None:
    wrapped = (
        "1. Terms\n\n"
        "    b) Accompany it with a written offer, valid for at least three\n"
        "    years, to give any third party, for a charge no more than your\n"
        "    cost of physically performing source distribution.\n\n"
        "2. Warranty\n\nThere is no warranty for the program.\n"
    )
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(wrapped, encoding="utf-8")
    new.write_text(wrapped.replace("three", "five"), encoding="utf-8")
    window = make_window(old, new)
    shown = window.view.old_pane.document().toPlainText()
    assert "your \u200b\u200b\u200b\u200bcost" in shown  # one visible space, offsets kept
    window.find_bar.open()
    window.find_bar.edit.setText("Your COST of")
    assert [(a, b) for pane, a, b in window.find_bar.matches if pane is window.view.old_pane]
    assert len(window.find_bar.matches) == 2  # once in each text


def test_go_to_article_takes_a_typed_number(make_window) -> None:
    """Typing "2" (or "ix") in Go to Article reads that article; an annex numbered 2
    does not stand in for Art. 2, and something that names no article goes nowhere."""
    from PySide6.QtCore import QTimer

    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    seen: list[object] = []
    action = window.actions_["go.article"]
    # "14" where the newer text prints XIV: a reader types the number as they say it.
    for typed, label in (("2", "VI"), ("article ix", "IX"), ("14", "XIV")):
        answer_go_to([typed], seen)
        action.trigger()
        assert window.view.navigator.row_at_top() == Row(
            "pair", cmp.new_to_pair[cmp.new.index_of(label)]
        )
    answer_go_to(["Annex 2"], seen)
    action.trigger()
    annex = window.view.navigator.row_at_top()
    assert annex.kind == "added" and cmp.new.segments[annex.index].kind == "annex"
    labels: list[str] = []

    def read_label() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is not None and "zzz" in dialog.field.text():
            labels.append(dialog.label.text())
            QTest.keyClick(dialog.field, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(10, read_label)

    def type_zzz() -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "field"):
            QTimer.singleShot(10, type_zzz)
            return
        dialog.field.setText("zzz")
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        QTimer.singleShot(0, read_label)

    QTimer.singleShot(0, type_zzz)
    action.trigger()  # names nothing: the reader stays where they were
    assert window.view.navigator.row_at_top() == annex
    assert "“zzz”" in labels[-1]  # asked again, saying why


def test_go_to_article_takes_a_volume_and_its_chapter(make_window, tmp_path) -> None:
    """A book in volumes whose chapters are counted again in each labels them "II:I";
    Go to Article took only that label: "Vol II", "II I", "Vol. II, Chapter I" or
    "volume 2 chapter 1" named nothing. Each goes to the chapter meant now, a volume
    alone to its first chapter; a bare "2" is still the second chapter of the first."""
    from test_volumes import CHAPTERS, _in_volumes
    from treatyviewer.core.comparison import Row

    old_text = _in_volumes([3, 3, 2])
    for body in CHAPTERS:  # a screen or more each: the chapter gone to is at the top
        old_text = old_text.replace(body, " ".join([body] * 30))
    new_text = old_text.replace("thirty years", "forty years")
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    window = make_window(old, new, size=(1400, 900))
    cmp = window.view.cmp
    action = window.actions_["go.article"]
    for typed, label in (
        ("II:I", "II:I"),
        ("vol ii ch ii", "II:II"),
        ("II I", "II:I"),
        ("Vol. II, Chapter III", "II:III"),
        ("Vol II", "II:I"),
        ("volume 3 chapter 2", "III:II"),
        ("Vol. III", "III:I"),
        ("3:2", "III:II"),
        ("new II.III", "II:III"),
        ("2", "I:II"),
        ("III", "I:III"),
        # a chapter named by its word alone is read as its number alone ("Chapter II"
        # had gone to Vol. II's first chapter, "chapter 2" to none)
        ("Chapter II", "I:II"),
        ("chapter 2", "I:II"),
    ):
        answer_go_to([typed, None], [])  # Escape if asked again: the place stays
        action.trigger()
        wanted = Row("pair", cmp.new_to_pair[cmp.new.index_of(label)])
        assert window.view.navigator.row_at_top() == wanted, typed


def test_zoom_keeps_the_article_being_read(make_window, qtbot) -> None:
    """Go to XIV, then a larger and a smaller text size: XIV stays at the top (the
    same scroll offset at another size showed Art. XIII, then XI, while the outline
    and the concordance still named XIV)."""
    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    xiv = Row("pair", cmp.new_to_pair[cmp.new.index_of("XIV")])
    answer_go_to(["14"], [])
    window.actions_["go.article"].trigger()
    assert window.view.navigator.row_at_top() == xiv
    for action in ("view.zoom_in", "view.zoom_in", "view.zoom_out", "view.zoom_reset"):
        window.actions_[action].trigger()
        qtbot.wait(50)  # the panes are laid out again at the new size
        assert window.view.navigator.row_at_top() == xiv, action


def test_dark_mode_check_boxes_show_their_edge(make_window) -> None:
    """On the dark palette an unticked "Show all mentions" was a dark square on dark
    grey: its edge must stand out from the window behind it."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QCheckBox

    window = make_window()
    window.actions_["view.dark"].setChecked(True)
    QApplication.processEvents()
    try:
        box = next(
            b for b in window.reading.entity_dock.findChildren(QCheckBox) if not b.isChecked()
        )
        image = box.grab().toImage()
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
        assert QColor(window_colour).lightness() < 80  # the dark palette is on
        brightest = max(
            (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
             if x < image.height()),  # the indicator, left of the label
            key=lambda c: c.lightness(),
        )  # fmt: skip
        assert _contrast(brightest.name(), window_colour) >= 3, brightest.name()
    finally:
        window.actions_["view.dark"].setChecked(False)


def test_dark_mode_dock_buttons_stand_out(make_window) -> None:
    """The float and close buttons of the docks were drawn dark grey on the dark
    window: a new reader could hardly find them."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractButton, QApplication

    window = make_window()
    window.actions_["view.dark"].setChecked(True)
    QApplication.processEvents()
    try:
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
        buttons = [
            b for b in window.reading.entity_dock.findChildren(QAbstractButton)
            if b.metaObject().className() == "QDockWidgetTitleButton"
        ]  # fmt: skip
        assert len(buttons) == 2
        for button in buttons:
            image = button.icon().pixmap(16, 16).toImage()
            drawn = [image.pixelColor(x, y) for x in range(image.width())
                     for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]  # fmt: skip
            assert drawn
            brightest = max(drawn, key=lambda c: c.lightness())
            assert _contrast(brightest.name(), window_colour) >= 7, brightest.name()
    finally:
        window.actions_["view.dark"].setChecked(False)


def test_after_go_to_article_the_text_has_the_keys(make_window, qtbot) -> None:
    """After Go to Article the focus had gone back to where it was (the outline), and
    Ctrl+Down (Next Article) or the arrow keys did nothing until the text was clicked."""
    window = make_window(size=(1400, 900))
    window.concordance.setFocus()
    assert window.focusWidget() is not window.view.primary()
    answer_go_to(["Art. 3 → Art. IX"], [])
    window.actions_["go.article"].trigger()
    qtbot.waitUntil(lambda: window.focusWidget() is window.view.primary(), timeout=3000)


@pytest.mark.parametrize(
    ("frame", "size", "fitted"),
    [
        # 1280 × 720 with a title bar of 30: the window had run 30 px below the screen
        ((0, 40, 1280, 750), (1280, 720), (0, 0, 1280, 690)),
        # kept from a larger screen, and placed off its right edge
        ((300, 100, 1408, 938), (1400, 900), (0, 0, 1272, 682)),
        # it fits: left where it is
        ((10, 10, 1000, 700), (992, 662), None),
    ],
)
def test_a_window_larger_than_the_screen_is_fitted_inside_it(frame, size, fitted) -> None:
    from PySide6.QtCore import QRect, QSize

    from treatyviewer.ui.app.main_window import fit_into

    got = fit_into(QRect(0, 0, 1280, 720), QRect(*frame), QSize(*size))
    assert (None if got is None else got.getRect()) == fitted


def test_opening_a_dock_keeps_the_whole_article_stop_being_read(make_window, qtbot) -> None:
    """At "Change 30 of 45 · Art. XII added (a whole article)", showing the Outline laid
    the texts out at a narrower width and the status line said "No change selected",
    while the article stayed framed as the current change."""
    window = make_window(size=(1400, 900))
    label = window.position.change_label
    for _ in range(30):
        window.actions_["go.next_change"].trigger()
    assert "whole article" in label.text()
    before = label.text()
    window.actions_["view.outline"].trigger()
    qtbot.wait(600)  # the texts are laid out again at the new width, then followed
    assert label.text() == before
    assert window.view.navigator.current_in_view()


def test_go_to_article_does_not_stand_another_number_in_for_the_one_typed(qapp) -> None:
    """ "L132-1" where neither text has it named Art. L132-10 (a provision of its own),
    and Enter opened it without a word; "L132" still finds the articles so numbered."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.dialogs.article_lookup import article_choices, typed_article

    text = "\n\n".join(
        f"Article {label}\nLe contrat {n} est conclu par écrit." for n, label in
        enumerate(("L131-8", "L132-10", "L132-11", "L132-20"))
    )  # fmt: skip
    cmp = compare(make_document(text), make_document(text))
    choices = article_choices(cmp)
    rows = [row for _, row in choices]

    def found(typed: str) -> str | None:
        row = typed_article(cmp, rows, typed, lambda n: choices[n][0])
        return None if row is None else cmp.new.segments[cmp.pairs[row.index].new[0]].label

    assert found("L132-1") is None and found("L132-2") is None
    assert found("L132-10") == "L132-10" and found("L132") == "L132-10"


def test_dark_palette_check_after_a_restart_in_high_contrast(make_window, qtbot, tmp_path) -> None:
    """Dark on, then High Contrast, then a restart: with High Contrast turned off the
    window was dark, but View → Dark Palette was not ticked (and a click on it only
    added the tick). The checks say the palette the window shows."""
    from conftest import new_window

    first = make_window()
    first.actions_["view.dark"].trigger()
    first.actions_["view.high_contrast"].trigger()
    first.close()
    window = new_window(tmp_path)  # the same settings, read anew
    qtbot.addWidget(window)
    dark, contrast = window.actions_["view.dark"], window.actions_["view.high_contrast"]
    try:
        assert contrast.isChecked() and window.scheme.high_contrast
        contrast.trigger()
        assert not window.scheme.high_contrast
        assert window.scheme.dark and dark.isChecked()
        dark.trigger()  # one click: light again
        assert not window.scheme.dark and not dark.isChecked()
    finally:
        contrast.setChecked(False)
        dark.setChecked(False)


def test_a_filter_that_no_row_meets_says_so(make_window) -> None:  # type: ignore[no-untyped-def]
    """A filter typed in the concordance that no article meets says so over the empty
    table (it had shown an empty grid, as if the comparison had failed); cleared, the
    rows and no note come back."""
    window = make_window()
    conc = window.concordance
    conc.filter.setText("Constantinople-9")
    assert conc.proxy.rowCount() == 0
    assert not conc.empty_note.isHidden()
    assert conc.empty_note.text() == "No article here matches “Constantinople-9”."
    conc.filter.clear()
    assert conc.proxy.rowCount() > 0 and conc.empty_note.isHidden()
