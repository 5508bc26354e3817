"""What a reader walking through notes, sessions and their autosave ran into."""

from __future__ import annotations

import pytest

from treatyviewer.core.autosave import find_recoverable

pytestmark = pytest.mark.gui


def test_undoing_back_to_the_saved_session_leaves_nothing_to_recover(
    make_window, qtbot, tmp_path
) -> None:
    """A note written, autosaved, then undone: the session was as saved again, but its
    autosave stayed, and the next start said treatyviewer had not closed cleanly and
    offered to "recover" the note the reader had taken back."""
    window = make_window()
    controller = window.reading.controller
    state = controller.state_dir
    assert controller.save_as(tmp_path / "walk.tvproj")
    store = window.reading.store
    start = window.session.new.text.index("Kars")
    store.create_from_selection("new", start, start + 4, "A note taken back")
    qtbot.waitUntil(lambda: len(find_recoverable(state)) == 1, timeout=5000)
    window.undo_stack.undo()
    assert not controller.is_dirty
    qtbot.waitUntil(lambda: find_recoverable(state) == [], timeout=5000)


def test_save_as_of_a_chain_opened_over_a_session_proposes_its_own_name(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    """The bundled chain opened over a saved session of two texts (its notes carried
    into the chain): Save Session As proposed that session's file, so Enter and Yes
    replaced the pair's session with the chain."""
    from PySide6.QtWidgets import QFileDialog

    from test_ui_chains import wait_chain

    window = make_window()
    session_file = tmp_path / "pair.tvproj"
    assert window.reading.controller.save_as(session_file)
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    assert not window.reading.controller.file_fits
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (proposed.append(a[2]), ("", ""))[1]
    )
    window.actions_["file.save_session"].trigger()
    assert len(proposed) == 1
    assert proposed[0] != str(session_file)
    assert proposed[0].startswith(str(tmp_path))  # beside the session it came from
    assert "Treaty-of-Kars" in proposed[0]  # named after the chain's texts


def test_notes_written_before_a_name_was_set_are_signed_in_every_export(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    """A note written, then a name set in Preferences: the pair's PDF signed the note
    with it, but Export Notes wrote it with no author and the chain's report printed
    it unsigned beside the same reader's later, signed notes."""
    import json

    from PySide6.QtWidgets import QFileDialog

    from test_ui_chains import wait_chain
    from test_ui_export import export_and_wait

    window = make_window()
    store = window.reading.store
    start = window.session.new.text.index("Batum")
    store.create_from_selection("new", start, start + 5, "Written before the name")
    window.settings.set("reader_name", "Elif Demir")

    notes = tmp_path / "notes.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(notes), ""))
    window.reading.files.export_notes()
    (item,) = json.loads(notes.read_text(encoding="utf-8"))["items"]
    assert item["creator"]["name"] == "Elif Demir"
    assert store.annotations()[0].creator is None  # the note itself is left as written

    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    report = tmp_path / "chain.html"
    assert export_and_wait(qtbot, window, "html", report)
    page = report.read_text(encoding="utf-8")
    at = page.index("Written before the name")
    assert "Elif Demir" in page[at : at + 200]


def test_leaving_a_chain_opened_over_a_session_does_not_offer_to_save_in_that_session(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    """A note written in a chain opened over a pair's session, then Quit: the question
    read "Save your notes and corrections in pair?", but Save does not write there (the
    pair's file keeps the pair): it asks for a new file."""
    from PySide6.QtWidgets import QMessageBox

    from test_ui_chains import wait_chain

    window = make_window()
    assert window.reading.controller.save_as(tmp_path / "pair.tvproj")
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    start = window.session.new.text.index("Kars")
    window.reading.store.create_from_selection("new", start, start + 4, "In the chain")
    window.ask_to_save = True
    asked: list[str] = []

    def cancel(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not window.reading.files.may_discard()
    assert asked and "pair" not in asked[0], asked


def test_the_news_of_an_export_goes_when_a_pair_sharing_one_text_is_opened(
    make_window, qtbot, tmp_path
) -> None:
    """Exported from the draft and the Treaty of Moscow, then the Treaty of Moscow and
    the Treaty of Kars opened: "Exported …html — Open File" stayed above them, as if
    that report were of the pair now shown."""
    from conftest import wait_compared
    from test_ui_export import export_and_wait

    window = make_window()
    assert export_and_wait(qtbot, window, "json", tmp_path / "bundled.json")
    assert window.message_bar.texts()[-1] == "Exported bundled.json"
    previous = window.session.comparison
    window.open_pair("moscow-1921", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any(t.startswith("Exported") for t in window.message_bar.texts())
    previous = window.session.comparison
    assert export_and_wait(qtbot, window, "json", tmp_path / "later.json")
    window.session.set_overrides(window.session.overrides)  # the same pair compared again
    qtbot.waitUntil(lambda: not window.session.busy, timeout=30000)
    assert "Exported later.json" in window.message_bar.texts()


def test_the_news_of_a_chain_report_stays_while_stepping_through_its_pairs(
    make_window, qtbot, tmp_path
) -> None:
    """A chain's report covers every version: stepping to its next pair of versions is
    no other pair of texts, and the news of the report stays."""
    from conftest import wait_compared
    from test_ui_chains import wait_chain
    from test_ui_export import export_and_wait

    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    assert export_and_wait(qtbot, window, "json", tmp_path / "chain.json")
    before = window.session.comparison
    window.actions_["go.next_pair"].trigger()
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.session.new_name == "kars-1921", timeout=30000)
    assert "Exported chain.json" in window.message_bar.texts()


def test_the_command_line_signs_a_session_s_notes_as_the_window_does(
    make_window, qtbot, tmp_path
) -> None:
    """A note written before a name was set in Preferences, the session saved: the
    window's reports signed it with that name, but ``export --project`` signed it with
    the login name, and with three texts left it unsigned."""
    from test_ui_export import export_and_wait
    from treatyviewer.cli import run
    from treatyviewer.ui.state.settings import Settings

    window = make_window()
    store = window.reading.store
    start = window.session.new.text.index("Batum")
    store.create_from_selection("new", start, start + 5, "Written before the name")
    session_file = tmp_path / "walk.tvproj"
    assert window.reading.controller.save_as(session_file)
    day = store.annotations()[0].created[:10]
    for settings in (window.settings, Settings()):  # one store when not under test
        settings.set("reader_name", "Elif Demir")

    def signature(page: str) -> str:
        at = page.index("Written before the name")
        return "Elif Demir" if f"Elif Demir, {day}" in page[at : at + 300] else page[at : at + 300]

    in_window = tmp_path / "window.html"
    assert export_and_wait(qtbot, window, "html", in_window)
    assert signature(in_window.read_text(encoding="utf-8")) == "Elif Demir"
    pair, chain = tmp_path / "pair.html", tmp_path / "chain.html"
    assert run(["export", "--project", str(session_file), "--html", str(pair)]) == 0
    assert signature(pair.read_text(encoding="utf-8")) == "Elif Demir"
    texts = ["draft-1920", "moscow-1921", "kars-1921"]
    assert run(["export", *texts, "--project", str(session_file), "--html", str(chain)]) == 0
    assert signature(chain.read_text(encoding="utf-8")) == "Elif Demir"
