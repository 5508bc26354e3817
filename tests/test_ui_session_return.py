"""A reader who saved a session finds it again: the next start without texts opens it,
and File → Open Recent lists it (above the recent pairs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import wait_compared
from treatyviewer.ui.app.launch import launch
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.app.quit_signals import QuitOnSignals
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui


def windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def close_launched(window: MainWindow) -> None:
    """Close a window ``launch`` opened, giving back the quit signals it took."""
    for hook in window.findChildren(QuitOnSignals):
        hook.uninstall()
    window.close()


def first_window(qtbot, tmp_path, size=None) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window of the first run, shown, its settings the test's own."""
    window = MainWindow(Settings(), state_dir=tmp_path / "state")
    qtbot.addWidget(window)
    window.progress.enabled = False
    window.ask_to_save = False
    if size is not None:
        window.resize(*size)
    window.show()
    return window


def launched(qtbot, monkeypatch) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window the app opens when started with no texts named (not yet compared)."""
    before = set(windows())
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    assert launch([]) == 0
    (window,) = set(windows()) - before
    qtbot.addWidget(window)
    window.progress.enabled = False
    window.ask_to_save = False
    return window


def start_again(qtbot, monkeypatch) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app started with no texts named, once it has opened the last saved session."""
    second = launched(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: second.reading.controller.path is not None, timeout=30_000)
    wait_compared(qtbot, second)
    return second


def test_the_last_saved_session_reopens_and_is_listed(
    qtbot, small_pair, tmp_path, monkeypatch
) -> None:
    first = first_window(qtbot, tmp_path)
    first.open_pair(*map(str, small_pair))
    wait_compared(qtbot, first)
    path = tmp_path / "my reading.tvproj"
    assert first.reading.controller.save_as(path)
    recent = [a.text() for a in first.files.recent_menu.actions()]
    assert recent[0] == "my reading.tvproj" and recent[1] == ""  # then a separator, then pairs
    first.close()
    assert Settings().last_session() == str(path.resolve())

    second = start_again(qtbot, monkeypatch)
    assert second.reading.controller.path == path.resolve()
    assert second.session.new_name == str(small_pair[1])
    assert second.windowTitle().startswith("my reading")
    second.reading.controller.new_session()  # an untitled session open at close: none comes back
    close_launched(second)
    assert Settings().last_session() is None


def test_the_session_comes_back_where_the_reader_left_it(qtbot, tmp_path, monkeypatch) -> None:
    """Saved at the preamble, read on to Art. IV with Parties and places in front, quit:
    the next start opens at Art. IV with Parties and places in front."""
    from treatyviewer.ui.dialogs.go_to_article import article_choices

    first = first_window(qtbot, tmp_path, (1400, 900))
    first.open_bundled()
    wait_compared(qtbot, first)
    tools = first.reading
    tools.set_dock_visible(tools.notes_dock, True)
    path = tmp_path / "walk.tvproj"
    assert first.reading.controller.save_as(path)
    article = next(row for name, row in article_choices(first.session.comparison)
                   if name.startswith("Art. IV"))  # fmt: skip
    first.view.navigator.show_row(article)
    tools.set_dock_visible(tools.entity_dock, True)
    assert first.view.navigator.row_at_top() == article
    first.close()

    second = start_again(qtbot, monkeypatch)
    qtbot.waitUntil(lambda: second.view.navigator.row_at_top() == article, timeout=5_000)
    entities, notes = second.reading.entity_dock, second.reading.notes_dock
    assert not entities.visibleRegion().isEmpty() and notes.visibleRegion().isEmpty()
    close_launched(second)


def test_a_last_session_that_cannot_be_read_is_named_beside_the_bundled_pair(
    qtbot, tmp_path, monkeypatch
) -> None:
    """The session open when the reader quit was cut short on disk: the next start had
    shown the bundled pair without a word and forgotten the file. It says which file
    could not be read and why, and that the bundled pair is shown in its stead."""
    path = tmp_path / "chain.tvproj"
    path.write_text('{"format": "treatyviewer-project", "documents": {', encoding="utf-8")
    Settings().set_last_session(str(path))
    before = set(windows())
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    assert launch([]) == 0
    (window,) = set(windows()) - before
    qtbot.addWidget(window)
    window.ask_to_save = False
    wait_compared(qtbot, window)
    qtbot.wait(50)
    assert window.session.old_name == "draft-1920"
    texts = window.message_bar.texts()
    assert any("chain.tvproj" in t and "bundled pair is shown instead" in t for t in texts), texts
    assert path.read_text(encoding="utf-8").endswith('"documents": {')  # nothing written
    close_launched(window)


def test_two_texts_read_without_a_session_come_back_where_the_reader_left_them(
    qtbot, small_pair, tmp_path, monkeypatch
) -> None:
    """No session saved: the next start had opened the bundled pair at its preamble,
    and opening the texts again (File → Open Recent) went to their top."""
    from treatyviewer.ui.dialogs.go_to_article import article_choices

    first = first_window(qtbot, tmp_path, (1400, 900))
    first.open_pair(*map(str, small_pair))
    wait_compared(qtbot, first)
    article = next(row for name, row in article_choices(first.session.comparison)
                   if name.startswith("Art. 7"))  # fmt: skip
    first.view.navigator.show_row(article)
    assert first.view.navigator.row_at_top() == article
    first.close()
    assert Settings().last_pair() == tuple(str(p.resolve()) for p in small_pair)

    second = launched(qtbot, monkeypatch)
    wait_compared(qtbot, second)
    assert second.session.new_name.endswith(small_pair[1].name)
    qtbot.waitUntil(lambda: second.view.navigator.row_at_top() == article, timeout=5_000)

    # Read elsewhere, then opened again: back at the article, not at the top.
    second.open_bundled()
    wait_compared(qtbot, second)
    second.open_pair(*map(str, small_pair))
    wait_compared(qtbot, second)
    qtbot.waitUntil(lambda: second.view.navigator.row_at_top() == article, timeout=5_000)
    close_launched(second)
    assert Settings().last_pair() is not None


def test_a_quit_before_the_last_pair_is_compared_again_keeps_it(
    qtbot, small_pair, tmp_path, monkeypatch
) -> None:
    """Quit while the last pair was being read again at the start: nothing was on
    screen, and the pair was forgotten (the next start opened the bundled pair)."""
    first = first_window(qtbot, tmp_path)
    first.open_pair(*map(str, small_pair))
    wait_compared(qtbot, first)
    first.close()
    remembered = Settings().last_pair()
    assert remembered is not None
    second = launched(qtbot, monkeypatch)
    assert second.view.cmp is None  # still being read
    close_launched(second)
    assert Settings().last_pair() == remembered


def test_a_session_file_the_reader_opens_shows_the_place_it_was_saved_at(qtbot, tmp_path) -> None:
    """Saved at Art. V, read on to Art. VI and quit, then opened from another pair:
    the place remembered at quit had won over the file's own, and a file opened from
    File → Open shows what it was saved with (the start that comes back to the last
    session still shows where the reader left off: the test above)."""
    from treatyviewer.ui.dialogs.go_to_article import article_choices

    first = first_window(qtbot, tmp_path, (1400, 900))
    first.open_bundled()
    wait_compared(qtbot, first)
    rows = dict(article_choices(first.session.comparison))
    saved_at = next(row for name, row in rows.items() if name.startswith("Art. 5 →"))
    read_on = next(row for name, row in rows.items() if name.startswith("Art. 2 →"))
    first.view.navigator.show_row(saved_at)
    path = tmp_path / "at five.tvproj"
    assert first.reading.controller.save_as(path)
    first.view.navigator.show_row(read_on)
    first.close()
    assert Settings().last_place(path) is not None

    other = first_window(qtbot, tmp_path, (1400, 900))
    other.open_pair("draft-1920", "kars-1921")
    wait_compared(qtbot, other)
    other.reading.files.open_path(str(path))
    qtbot.waitUntil(lambda: other.reading.controller.path is not None, timeout=30_000)
    wait_compared(qtbot, other)
    qtbot.waitUntil(lambda: other.view.navigator.row_at_top() == saved_at, timeout=5_000)
    other.close()
