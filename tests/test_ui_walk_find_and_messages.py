"""A new reader's walk through the window (find, messages, layout), checked on the real app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

pytestmark = pytest.mark.gui


def test_enter_in_the_find_field_goes_to_the_next_match_not_the_one_after(make_window, qtbot):
    """Enter stepped twice (the field's own signal and the bar's key handler), so
    with four matches the count went 1, 3, 1, 3 and half of them were never shown."""
    window = make_window()
    bar = window.find_bar
    bar.open()
    bar.edit.setText("Batum")
    bar.search()
    qtbot.waitUntil(lambda: len(bar.matches) > 2)
    first = bar.current
    seen = []
    for _ in range(3):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        seen.append(bar.current)
    n = len(bar.matches)
    assert seen == [(first + k) % n for k in (1, 2, 3)]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == (first + 2) % n


def test_a_word_found_can_be_annotated_without_selecting_it(make_window, qtbot):
    """Find "Batum", then Annotate: the note is on the match shown (it asked the reader
    to select a passage first, though the word was marked on screen)."""
    window = make_window()
    bar = window.find_bar
    bar.open()
    bar.edit.setText("Batum")
    bar.search()
    qtbot.waitUntil(lambda: bar.current_match() is not None)
    shown = window.view.primary().verticalScrollBar().value()
    assert shown > 0  # the first Batum is far below the Preamble
    note_id = window.reading.annotate_selection()
    qtbot.wait(300)
    # The panes stay at the word (the text cursor, at the top, pulled them back there).
    assert abs(window.view.primary().verticalScrollBar().value() - shown) < 50
    assert note_id is not None
    entry = next(e for e in window.reading.store.entries() if e.annotation.id == note_id)
    side, start, end = entry.place
    doc = window.session.old if side == "old" else window.session.new
    assert doc.text[start:end] == "Batum"


def test_a_word_found_stays_chosen_after_escape_and_can_be_annotated(make_window, qtbot):
    """Find "Kars", Enter, Escape, then Annotate: it asked the reader to select a passage,
    though the word had just been shown; the scroll stays at the word."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    bar = window.find_bar
    window.actions_["edit.find"].trigger()
    qtbot.keyClicks(bar.edit, "Kars")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.current_match() is not None)
    pane = bar.current_match()[0]
    shown = pane.verticalScrollBar().value()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert pane.hasFocus() and pane.textCursor().selectedText() == "Kars"
    note_id = window.reading.annotate_selection()
    assert note_id is not None
    entry = next(e for e in window.reading.store.entries() if e.annotation.id == note_id)
    side, start, end = entry.place
    doc = window.session.old if side == "old" else window.session.new
    assert doc.text[start:end] == "Kars"
    qtbot.wait(100)
    assert abs(pane.verticalScrollBar().value() - shown) < 50


def test_f3_with_the_find_bar_closed_opens_it_on_the_word_last_sought(make_window, qtbot):
    """F3 with no search on show did nothing and said nothing."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    bar = window.find_bar
    window.actions_["edit.find_next"].trigger()
    assert bar.isVisible() and bar.edit.hasFocus() and not bar.edit.text()
    qtbot.keyClicks(bar.edit, "Batum")
    qtbot.waitUntil(lambda: bar.current_match() is not None)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    window.actions_["edit.find_next"].trigger()
    assert bar.isVisible() and bar.edit.text() == "Batum"
    qtbot.waitUntil(lambda: bar.current_match() is not None)
    first = bar.current_match()
    window.actions_["edit.find_next"].trigger()
    assert bar.current_match() != first
    # Escape after the second match, then F3: the third, not the first again (with the
    # second still chosen, two had looked current).
    second = bar.current_match()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    window.actions_["edit.find_next"].trigger()
    qtbot.waitUntil(lambda: bar.current_match() is not None)
    assert bar.matches.index(bar.current_match()) == bar.matches.index(second) + 1
    assert not any(p.textCursor().hasSelection() for p in window.view.panes())


def test_a_failed_open_is_forgotten_once_other_texts_are_shown(make_window, qtbot, tmp_path):
    """The red bar of a file that could not be read stayed after a chain or another
    pair had been opened, and each export added one more note."""
    from conftest import wait_compared

    window = make_window()
    broken = tmp_path / "scan.txt"
    broken.write_bytes(b"\x00\x01\x02 not text")
    window.open_pair(str(broken), "moscow-1921")
    qtbot.waitUntil(lambda: any("scan.txt" in t for t in window.message_bar.texts()))
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any("scan.txt" in t for t in window.message_bar.texts())
    for name in ("a.html", "b.html"):
        with qtbot.waitSignal(window.exports.done, timeout=60000):
            assert window.exports.start("html", tmp_path / name)
    exported = [t for t in window.message_bar.texts() if "Exported" in t]
    assert len(exported) == 1 and "b.html" in exported[0]


def test_a_session_that_could_not_be_opened_is_forgotten_once_texts_are(
    make_window, qtbot, tmp_path
):
    """ "random.tvproj is not a project file" stayed above the pair opened after it."""
    from conftest import wait_compared

    window = make_window()
    junk = tmp_path / "random.tvproj"
    junk.write_bytes(b"\x89PNG not a session")
    assert not window.reading.controller.open(junk)
    assert any("random.tvproj" in t for t in window.message_bar.texts())
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any("random.tvproj" in t for t in window.message_bar.texts())


def test_view_reset_panels_brings_a_dragged_dock_back(make_window, qtbot):
    """A panel dragged to the top of the window by a slip stayed there (also after a
    restart), and nothing put it back."""
    window = make_window(size=(1400, 900))
    notes = window.reading.notes_dock
    home = window.dockWidgetArea(notes)
    window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, notes)
    window.view.splitter.setSizes([900, 40, 100])
    assert window.dockWidgetArea(notes) == Qt.DockWidgetArea.TopDockWidgetArea
    window.actions_["view.reset_layout"].trigger()
    assert window.dockWidgetArea(notes) == home
    left, _connector, right = window.view.splitter.sizes()
    assert abs(left - right) <= 2


def test_a_long_article_with_one_word_changed_never_shows_100_percent(make_window, tmp_path):
    """ "modified" beside "100%" read as a contradiction: one word in a long article
    rounds up to it. The figures shown stop at 99% (0.99); the JSON keeps the exact one."""
    from treatyviewer.core.comparison_text import comparison_text
    from treatyviewer.ui.concordance.concordance import COLUMNS

    words = " ".join(f"word{k}" for k in range(400))
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(f"Article 1\n\n{words} end.\n\nArticle 2\n\nShort.\n", encoding="utf-8")
    new.write_text(f"Article 1\n\n{words} close.\n\nArticle 2\n\nShort.\n", encoding="utf-8")
    window = make_window(old, new)
    cmp = window.session.comparison
    pair = cmp.pairs[0]
    assert pair.changes and pair.similarity > 0.995
    model = window.concordance.table.model()
    row = next(r for r in range(model.rowCount()) if "1" in str(model.index(r, 0).data()))
    assert model.index(row, COLUMNS.index("similarity")).data() == "99%"
    assert "similarity 0.99" in comparison_text(cmp)


def test_open_two_texts_goes_field_to_field_and_enter_opens(qtbot, tmp_path):
    """Tab went from the older text's field to its Browse button, so a reader who typed
    a path, pressed Tab and Enter got a file chooser instead of the next field."""

    from treatyviewer.ui.dialogs.open_dialog import OpenPairDialog

    dialog = OpenPairDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.old_edit.setFocus()
    qtbot.keyClicks(dialog.old_edit, "draft-1920")
    qtbot.keyClick(dialog.old_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.new_edit
    qtbot.keyClicks(dialog.new_edit, "moscow-1921")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)
    assert dialog.names() == ("draft-1920", "moscow-1921")


def test_the_note_of_a_save_goes_when_other_texts_are_opened(make_window, qtbot, tmp_path):
    """ "Saved …" came back after newer notes closed, over other texts opened since,
    as if the work open then were saved."""
    from conftest import wait_compared

    window = make_window()
    path = tmp_path / "reading.tvproj"
    assert window.reading.files.controller.save_as(path)
    assert any("Saved" in t for t in window.message_bar.texts())
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any("Saved" in t for t in window.message_bar.texts())


def test_next_and_previous_change_come_right_after_find_on_the_toolbar(make_window):
    """At 1024 px in Russian the last toolbar buttons went behind the overflow arrow,
    and those were Next and Previous Change, the buttons used most while reading."""
    window = make_window()
    bar = window.findChild(QToolBar, "main-toolbar")
    keys = [a.objectName() for a in bar.actions() if not a.isSeparator()]
    find = keys.index("edit.find")
    assert keys[find + 1 : find + 3] == ["go.next_change", "go.prev_change"]


def test_f11_gives_the_screen_to_the_texts_and_back(make_window) -> None:
    """F11 did nothing: there was no way to a full screen."""
    window = make_window()
    action = window.actions_["view.full_screen"]
    assert "F11" in [k.toString() for k in action.shortcuts()]
    action.trigger()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    action.trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_a_new_session_is_saved_beside_the_texts_it_reads(make_window, qtbot, tmp_path):
    """Save As on two files of one folder proposes that folder (it opened in the home
    folder, far from the texts)."""
    from conftest import open_texts

    window = make_window()
    folder = tmp_path / "texts"
    folder.mkdir()
    open_texts(qtbot, window, folder, "Article 1\nOne.\n", "Article 1\nOne, amended.\n")
    assert window.reading.files._folder() == str(folder.resolve())
    # The first export goes there too (it opened in the home folder).
    assert window.exports._default_path("pdf").parent == folder.resolve()


def test_the_bundled_pair_is_saved_in_the_readers_folder_not_the_programs(
    make_window, tmp_path, monkeypatch
):
    """Bundled texts have no folder: Save As and the first export opened in the folder
    the program was started from (its own checkout)."""
    from treatyviewer.ui.common.folders import readers_folder

    started_in = tmp_path / "program"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    window = make_window()
    window.settings.set("session_folder", "")
    window.settings.set("export_folder", "")
    assert window.reading.files._folder() == readers_folder() != str(started_in)
    assert str(window.exports._default_path("pdf").parent) == readers_folder()


def test_the_note_of_a_save_goes_by_itself(make_window, qtbot, tmp_path, monkeypatch):
    """ "Saved …", "Exported …" and "1 more message…" piled up above the texts and
    took their room: news of a save goes by itself once read."""
    from treatyviewer.ui.app import message_bar

    monkeypatch.setattr(message_bar, "PASSING_MS", 50)
    window = make_window()
    assert window.reading.files.controller.save_as(tmp_path / "reading.tvproj")
    assert any("Saved" in t for t in window.message_bar.texts())
    qtbot.waitUntil(lambda: not any("Saved" in t for t in window.message_bar.texts()), timeout=2000)


def test_the_exports_of_a_saved_session_go_beside_it(make_window, tmp_path):
    """With a session saved in a folder of its own, Export PDF… opened in the home
    folder: the bundled texts have no folder, and the session's was not asked."""
    window = make_window()
    window.settings.set("export_folder", "")
    folder = tmp_path / "reading"
    folder.mkdir()
    assert window.reading.controller.save_as(folder / "session1.tvproj")
    assert window.exports._default_path("pdf").parent == folder
    # A session saved elsewhere later: its exports go beside it, not where the last went.
    window.settings.set("export_folder", str(folder))
    other = tmp_path / "elsewhere"
    other.mkdir()
    assert window.reading.controller.save_as(other / "session2.tvproj")
    assert window.exports._default_path("pdf").parent == other


def test_the_open_dialogs_offer_every_kind_of_text_the_readers_take(qapp) -> None:
    """AsciiDoc and ".markdown" files compare from the command line, but the open
    dialogs' "Texts" filter hid them."""
    from treatyviewer.ui.dialogs.open_dialog import text_filters

    texts = text_filters().split(";;")[0]
    for pattern in ("*.adoc", "*.asciidoc", "*.markdown", "*.md", "*.docx", "*.pdf", "*.xml"):
        assert pattern in texts.split("(")[1].rstrip(")").split(), pattern


def _two_copies(tmp_path):  # type: ignore[no-untyped-def]
    """Two files holding one short text."""
    text = "Article 1\nThe Parties agree.\n\nArticle 2\nThis Treaty enters into force.\n"
    same = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in same:
        path.write_text(text, encoding="utf-8")
    return same


def test_only_changed_articles_of_a_pair_with_none_says_so(make_window, tmp_path) -> None:
    """Both panes went blank, unexplained, when no article of the pair had changed."""
    window = make_window(*_two_copies(tmp_path))
    window.actions_["view.only_changed"].setChecked(True)
    said = [t for t in window.message_bar.texts() if "No article changed" in t]
    assert said
    button = next(
        b for m in window.message_bar.messages() for b in m.buttons if "Show All" in b.text()
    )
    button.click()
    assert not window.actions_["view.only_changed"].isChecked()
    assert not any("No article changed" in t for t in window.message_bar.texts())


def test_tab_from_a_text_goes_to_fields_that_show_their_focus(make_window) -> None:
    """A keyboard reader pressed Tab in a text: the first stops were the frames of the
    side panels, which show no focus, so the keys seemed to go nowhere."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea, QTextEdit

    window = make_window(size=(1400, 900))
    stop, stops = window.view.new_pane, []
    while len(stops) < 40:
        stop = stop.nextInFocusChain()
        if stop is window.view.new_pane:
            break
        takes_tab = bool(stop.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and stop.isVisible() and stop.isEnabled():
            stops.append(stop)
    assert stops
    frames = [s for s in stops if isinstance(s, QScrollArea) and not isinstance(s, QTextEdit)]
    assert not frames, [type(s).__name__ for s in stops]


def _fewer_matches_with(window, qtbot, word: str, option: str) -> list:  # type: ignore[no-untyped-def]
    """The matches of ``word``, found first without and then with the find bar's
    ``option`` ("whole", "case") checked; the second search finds fewer, but some."""
    bar = window.find_bar
    bar.open()
    bar.edit.setText(word)
    bar.search()
    qtbot.waitUntil(lambda: bool(bar.matches))
    every = len(bar.matches)
    getattr(bar, option).setChecked(True)
    qtbot.waitUntil(lambda: 0 < len(bar.matches) < every)
    return bar.matches


def test_whole_words_leaves_out_matches_inside_longer_words(make_window, qtbot):
    """ "the" found "other", "they" and "Brotherhood" with no way to ask for the word."""
    for pane, start, end in _fewer_matches_with(make_window(), qtbot, "the", "whole"):
        text = pane.toPlainText()
        assert text[start:end].casefold() == "the"
        assert not text[start - 1 : start].isalpha() and not text[end : end + 1].isalpha()


def test_match_case_finds_the_word_as_typed(make_window, qtbot):
    """ "government" found "Government" too, with no way to ask for the lower case."""
    found = _fewer_matches_with(make_window(), qtbot, "government", "case")
    assert all(pane.toPlainText()[start:end] == "government" for pane, start, end in found)


def test_two_texts_that_read_the_same_are_said_to(make_window, tmp_path) -> None:
    """Two copies of one text: only the counts at the window's foot told it."""
    window = make_window(*_two_copies(tmp_path))
    assert any("read the same" in t for t in window.message_bar.texts())
    other = make_window()  # the bundled pair, which differs
    assert not any("read the same" in t for t in other.message_bar.texts())


def test_a_phrase_typed_in_quotation_marks_is_found_as_the_phrase(make_window, qtbot) -> None:
    """'"the Straits"' found nothing while 'the Straits' found three."""
    window = make_window()
    bar = window.find_bar
    bar.open()
    counts = []
    for typed in ("the Straits", '"the Straits"', "“the Straits”"):
        bar.edit.setText(typed)
        bar.search()
        qtbot.waitUntil(lambda: bool(bar.matches), timeout=5000)
        counts.append(len(bar.matches))
    assert counts[0] > 0 and counts == [counts[0]] * 3


def test_the_note_that_the_bundled_pair_stands_in_goes_when_other_texts_open(
    qtbot, tmp_path
) -> None:
    """The first texts' opening cancelled, the bundled pair came with a note saying so;
    the note then stayed above every pair opened after it."""
    from conftest import new_window, open_texts, wait_compared

    window = new_window(tmp_path)
    qtbot.addWidget(window)
    big = tmp_path / "big.txt"
    big.write_text("".join(f"Article {n}\n\nText of article {n}.\n\n" for n in range(1, 60_000)))
    window.open_pair(str(big), str(big))
    window.session.cancel()
    wait_compared(qtbot, window)
    said = "Opening the texts was cancelled. The bundled pair is shown instead."
    qtbot.waitUntil(lambda: said in window.message_bar.texts(), timeout=5000)
    old = "Article 1\n\nKars stays.\n\nArticle 2\n\nBatum goes.\n"
    open_texts(qtbot, window, tmp_path, old, old.replace("goes", "stays"))
    assert said not in window.message_bar.texts()
