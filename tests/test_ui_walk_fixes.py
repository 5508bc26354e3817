"""What a new reader found walking the app: each behaviour checked on the real window."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.chains.lineage_model import LINEAGE_ROLE as LINEAGE

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("TREATYVIEWER_SHOTS")


def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name), "PNG")


def settle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.writing(), timeout=10000)
    qtbot.wait(200)
    for pane in view.panes():
        pane.flush_relayout()
    qtbot.wait(50)


def click_text(qtbot, pane, text: str, after: str = "") -> None:  # type: ignore[no-untyped-def]
    """Click the middle of the first ``text`` that follows ``after`` in a pane (in view)."""
    plain = pane.document().toPlainText()
    at = plain.index(text, plain.index(after) if after else 0)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(at + len(text) // 2)
    rect = pane.cursorRect(cursor)
    assert pane.viewport().rect().contains(rect.center())
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- 1. related articles: in every view, and each a link ------------------------------------


@pytest.mark.parametrize("mode", ["inline", "side"])
def test_related_articles_of_draft_art_4_are_shown_and_lead_there(make_window, qtbot, mode):
    window = make_window(size=(1400, 900))
    view, cmp = window.view, window.session.comparison
    view.set_mode(mode)
    settle(qtbot, view)
    pane = view.inline_pane if mode == "inline" else view.old_pane
    plain = pane.document().toPlainText()
    assert "its matter went to I, II, III, XV" in plain
    assert "What became of it: Replaced in 1921" in plain
    view.jump_to_segment(0, cmp.old.index_of("4"))
    settle(qtbot, view)
    shoot(window, f"related-{mode}.png")
    click_text(qtbot, pane, "III", after="its matter went to")
    settle(qtbot, view)
    shoot(window, f"related-{mode}-clicked.png")
    target = cmp.new.index_of("III")
    if mode == "inline":
        assert view.navigator.row_at_top() == cmp.row_of_segment(1, target)
    else:
        top = view.geo[1].ranges[target][0]
        assert abs(view.new_pane.verticalScrollBar().value() - (top - 28)) < 3


# --- 2. copying from the inline redline gives one version's wording --------------------------


def select_line(pane, starts: str) -> None:  # type: ignore[no-untyped-def]
    plain = pane.document().toPlainText()
    at = plain.index(starts)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(at)
    cursor.setPosition(plain.index("\n", at), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def test_copy_from_the_inline_redline_gives_the_newer_or_the_older_wording(make_window, qtbot):
    window = make_window()
    view = window.view
    view.set_mode("inline")
    settle(qtbot, view)
    pane = view.inline_pane
    select_line(pane, "Moscow, ")
    clipboard = QApplication.clipboard()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "Moscow, 16 March 1921"
    actions = window.actions_.actions
    actions["edit.copy_old"].trigger()
    assert clipboard.text() == "Moscow, 24 August 1920"
    actions["edit.copy"].trigger()
    assert clipboard.text() == "Moscow, 16 March 1921"
    assert "newer text" in actions["edit.copy"].toolTip()
    assert "older text" in actions["edit.copy_old"].toolTip()
    # A removed article's words are the older text's: plain Copy leaves them out.
    plain = pane.document().toPlainText()
    start = plain.index("Article 4")
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(plain.index("Article X", start), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    actions["edit.copy"].trigger()
    assert "Russia undertakes" not in clipboard.text()
    actions["edit.copy_old"].trigger()
    assert "Russia undertakes to offer its mediation" in clipboard.text()


# --- 3. chain view leaves no leftovers ------------------------------------------------------


def test_chain_view_is_left_for_the_bundled_pair_and_stays_away_after_a_restart(
    make_window, qtbot, tmp_path
):
    from conftest import new_window, wait_compared

    window = make_window()
    chains = window.chains
    chains.open_bundled()
    qtbot.waitUntil(lambda: chains.state.chain is not None and not chains.state.busy, timeout=30000)
    wait_compared(qtbot, window, None)
    assert chains.table_dock.isVisible() and chains.toolbar.isVisible()
    # The lineage rows follow the first version's order: draft Art. 1 before Art. 2.
    panel, chain = chains.table, chains.state.chain
    first = [
        chain.documents[0].segments[chain.lineages[int(panel.proxy.index(r, 0).data(LINEAGE))].steps[0].segments[0]].label
        for r in range(panel.proxy.rowCount())
        if chain.lineages[int(panel.proxy.index(r, 0).data(LINEAGE))].steps[0].present
    ]  # fmt: skip
    assert first[:4] == ["preamble", "1", "2", "3"]
    numbers = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert numbers == list(range(1, len(numbers) + 1))
    shoot(window, "chain-open.png")
    window.actions_["file.bundled"].trigger()
    qtbot.waitUntil(lambda: not chains.state.active, timeout=10000)
    wait_compared(qtbot, window, None)
    assert not chains.toolbar.isVisible()
    assert not chains.table_dock.isVisible() and not chains.history_dock.isVisible()
    assert window.concordance.isVisible()
    # Saved with the lineage dock open (as a reader left it), the next start shows the
    # pair's concordance, not an empty lineage table.
    chains.open_bundled()
    qtbot.waitUntil(lambda: chains.state.chain is not None and not chains.state.busy, timeout=30000)
    wait_compared(qtbot, window, None)
    window.close()
    again = new_window(tmp_path)
    qtbot.addWidget(again)
    qtbot.waitExposed(again)
    again.open_pair("draft-1920", "moscow-1921")
    wait_compared(qtbot, again)
    shoot(again, "chain-after-restart.png")
    assert not again.chains.table_dock.isVisible()
    assert not again.chains.toolbar.isVisible()
    assert again.concordance.isVisible()


# --- 4. Go to Article opens at once and says when the article is not laid out yet ----------


def test_go_to_an_article_not_laid_out_yet_says_so_and_goes_when_it_is(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from conftest import new_window, wait_compared, write_treaty_pair

    old, new = write_treaty_pair(tmp_path, "long", articles=120, words_per_article=80, edits=300)
    window = new_window(tmp_path, (1200, 500))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.view.long_text = 0  # written step by step, as a long text is
    said: list[str] = []
    named: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "field"):
            QTimer.singleShot(5, answer)
            return
        # Only the rows shown are named: the dialog does no work over every article.
        named.append(len(dialog.model._names))
        dialog.field.setText("Art. 120")
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)

    def go() -> None:
        window.session.changed.disconnect(go)
        assert window.view.writing()
        QTimer.singleShot(0, answer)
        window.actions_["go.article"].trigger()
        said.extend(window.message_bar.texts())

    window.session.changed.connect(go)
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, None)
    assert named and named[0] < 60, named
    assert any("Art. 120 is not laid out yet" in text for text in said), said
    cmp = window.session.comparison
    last = cmp.row_of_segment(1, cmp.new.index_of("120"))
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == last, timeout=10000)
    qtbot.waitUntil(
        lambda: not any("not laid out" in t for t in window.message_bar.texts()), timeout=5000
    )


# --- 5. high contrast reaches the legend and the lineage table ------------------------------


def test_high_contrast_colours_the_legend_and_the_lineage_table(make_window, qtbot):
    from conftest import wait_compared

    window = make_window()
    chains = window.chains
    chains.open_bundled()
    qtbot.waitUntil(lambda: chains.state.chain is not None and not chains.state.busy, timeout=30000)
    wait_compared(qtbot, window, None)
    panel = chains.table
    added = next(
        panel.model.index(r, c)
        for r in range(panel.model.rowCount())
        for c in range(1, panel.model.columnCount())
        if "added" in panel.model.index(r, c).data()
    )
    before = added.data(Qt.ItemDataRole.BackgroundRole)
    assert window.scheme.inserted_bg in window.status.legend.text()
    window.actions_["view.high_contrast"].setChecked(True)
    scheme = window.scheme
    assert scheme.high_contrast
    assert scheme.inserted_bg in window.status.legend.text()
    after = added.data(Qt.ItemDataRole.BackgroundRole)
    assert after == scheme.status_tint("added") != before
    assert (
        panel.table.model().data(panel.proxy.mapFromSource(added), Qt.ItemDataRole.BackgroundRole)
        == after
    )
    shoot(window, "high-contrast.png")


# --- 6. the map's lower part never draws its texts over one another -------------------------


@pytest.mark.parametrize("size", [(1200, 700), (1500, 950)])
def test_map_mentions_and_place_lists_do_not_overlap(make_window, qtbot, size):
    window = make_window(size=size)
    window.actions_["view.map"].setChecked(True)
    qtbot.waitUntil(lambda: window.map_room.panel is not None, timeout=20000)
    panel = window.map_room.panel
    qtbot.waitUntil(lambda: panel.canvas.scene is not None and bool(panel.canvas.scene.places))
    point = panel.canvas.place_point("kars")
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    qtbot.wait(100)
    shoot(window.map_room.dock, f"map-kars-{size[1]}.png")
    shown = [
        w
        for w in (panel.legend, panel.unlocated, panel.details_title, panel.details, panel.caption)
        if w.isVisible()
    ]
    assert panel.unlocated in shown and panel.details in shown
    for above, below in pairwise(shown):
        assert above.geometry().bottom() < below.geometry().top(), (above, below)
        assert below.height() >= min(below.sizeHint().height(), below.minimumSizeHint().height())


# --- 7. small things -------------------------------------------------------------------------


# --- 7. small things -------------------------------------------------------------------------


def test_a_new_pair_clears_the_concordance_filter(make_window, qtbot):
    from conftest import wait_compared

    window = make_window()
    conc = window.concordance
    conc.filter.setText("removed")
    assert conc.proxy.rowCount() == 1
    pairs = Path(__file__).parent / "related_pairs"
    previous = window.session.comparison
    window.open_pair(str(pairs / "commission-old.txt"), str(pairs / "commission-new.txt"))
    wait_compared(qtbot, window, previous)
    assert conc.filter.text() == ""
    assert conc.proxy.rowCount() == conc.model.rowCount() > 0
    # The same pair read again keeps what the reader typed.
    conc.filter.setText("added")
    shown = conc.proxy.rowCount()
    previous = window.session.comparison
    window.session.reload()
    wait_compared(qtbot, window, previous)
    assert conc.filter.text() == "added" and conc.proxy.rowCount() == shown


def test_an_empty_file_message_reads_as_two_sentences(qtbot, tmp_path):
    from conftest import new_window, wait_compared

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = new_window(tmp_path)
    qtbot.addWidget(window)
    window.fall_back_to_bundled = True
    window.open_pair(str(empty), str(empty))
    wait_compared(qtbot, window)
    said = [t for t in window.message_bar.texts() if "0 bytes" in t]
    assert said and said[0].endswith("is empty (0 bytes). The bundled pair is shown instead.")


def test_note_details_and_the_language_notice_read_in_the_interface_language(
    make_window, qtbot, qapp
):
    from treatyviewer.ui.common import i18n

    window = make_window()
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    editor = window.reading.notes.editor
    entry = next(e for e in window.reading.store.entries() if e.status == "anchored")
    try:
        i18n.install(qapp, "ru")
        editor.set_annotation(entry.annotation.id)
        assert " · на месте · " in editor.place_label.text()
        assert "anchored" not in editor.place_label.text()
    finally:
        i18n.install(qapp, "en")
    next(
        a
        for a in window.actions_["view.language"].menu().actions()
        if a.objectName() == "view.language.ru"
    ).trigger()
    assert "Language chosen: Русский. It applies the next time treatyviewer starts." in (
        window.message_bar.texts()
    )


def test_the_bundled_pair_s_stand_in_message_goes_when_other_texts_open(qtbot, tmp_path):
    """A new reader opened an empty file, then two other texts: "… is empty. The bundled
    pair is shown instead." stayed above the texts opened after it."""
    from conftest import new_window, wait_compared

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = new_window(tmp_path)
    qtbot.addWidget(window)
    window.fall_back_to_bundled = True
    window.open_pair(str(empty), "moscow-1921")
    wait_compared(qtbot, window)
    assert any("0 bytes" in t for t in window.message_bar.texts())
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any("0 bytes" in t for t in window.message_bar.texts())


def test_restart_now_reopens_the_same_texts_in_the_language_chosen(
    make_window, qtbot, tmp_path, monkeypatch
):
    """A new reader chose Русский and was told it applies "the next time": the notice
    stayed above every pair opened after it, and there was no way to apply it now."""
    from PySide6.QtCore import QProcess

    from conftest import open_texts

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda p, a: started.append((p, a)) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window = make_window()
    open_texts(qtbot, window, tmp_path, "Article 1\nOne.\n", "Article 1\nOne, amended.\n")
    menu = window.actions_["view.language"].menu()
    for code in ("ru", "tr"):
        next(a for a in menu.actions() if a.objectName() == f"view.language.{code}").trigger()
    notices = [t for t in window.message_bar.texts() if t.startswith("Language chosen")]
    assert notices == ["Language chosen: Türkçe. It applies the next time treatyviewer starts."]
    message = next(m for m in window.message_bar._items if m.text == notices[0])
    button = next(b for b in message.buttons if b.text() == "Restart Now")
    button.click()
    assert not window.isVisible()
    assert len(started) == 1
    assert started[0][1][-2:] == [window.session.old_name, window.session.new_name]
    assert Path(started[0][1][-1]).name == "new.txt"


def test_restart_now_reopens_an_unsaved_chain_as_a_chain(make_window, qtbot, monkeypatch):
    """Russian chosen with the three treaties open and Restart Now: the new window had
    opened the bundled pair, the chain gone."""
    from PySide6.QtCore import QProcess

    from conftest import wait_compared

    started: list[list[str]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda p, a: started.append(a) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window = make_window()
    window.chains.open_bundled()
    state = window.chains.state
    qtbot.waitUntil(lambda: state.chain is not None and not state.busy, timeout=30000)
    wait_compared(qtbot, window, None)
    window.restart()
    assert not window.isVisible()
    assert started[0][-3:] == ["draft-1920", "moscow-1921", "kars-1921"]


def test_restart_now_that_cannot_start_the_program_keeps_the_window(
    make_window, monkeypatch, tmp_path
):
    """An interpreter that cannot be run again: the window stays, says why, loses nothing."""
    import sys

    window = make_window()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "gone" / "python"))
    window.restart()
    assert window.isVisible()
    assert any("cannot start itself again" in t for t in window.message_bar.texts())


def test_restart_now_reopens_the_texts_where_the_reader_was(make_window, qtbot, monkeypatch):
    """After a language chosen and Restart Now, the new window had opened the same
    texts at the preamble, though the reader had been at Art. 11."""
    from PySide6.QtCore import QProcess

    monkeypatch.setattr(QProcess, "startDetached", lambda p, a: True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window = make_window()
    cmp = window.session.comparison
    xi = [s.label for s in cmp.new.segments].index("XI")
    window.view.jump_to_segment(1, xi)
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == cmp.row_of_segment(1, xi))
    window.restart()
    assert not window.isVisible()
    again = make_window()
    top = again.view.navigator
    qtbot.waitUntil(lambda: top.row_at_top() == again.session.comparison.row_of_segment(1, xi))
    # Once: a later start on the same texts opens at their beginning as before.
    assert again.settings.take_restart_place(("draft-1920", "moscow-1921")) is None
