"""File → Export from the window: the PDF and the other formats, written off the GUI
thread, with progress, cancelling, and messages for success and failure."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from treatyviewer.ui.app import exporting
from treatyviewer.ui.dialogs.export_dialog import ExportOptions, ExportOptionsDialog

pytestmark = pytest.mark.gui


def highlights(path: Path) -> list[str]:
    """The /Contents of every highlight annotation in the PDF."""
    found = []
    for page in PdfReader(path).pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Highlight":
                found.append(str(annot.get("/Contents") or ""))
    return found


def export_and_wait(qtbot, window, kind: str, path: Path, options=None) -> bool:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.exports.done, timeout=60000) as blocker:
        assert window.exports.start(kind, path, options)
    assert blocker.args[0] == str(path)
    return bool(blocker.args[1])


def test_export_actions_are_declared_once_without_shortcut_clashes(make_window) -> None:
    window = make_window()
    keys = Counter(key for key, _id in window.actions_.shortcut_table())
    assert [k for k, n in keys.items() if n > 1] == []
    for kind in ("pdf", "html", "csv", "json", "tei"):
        action = window.actions_[f"file.export.{kind}"]
        assert action.toolTip() and action.statusTip()
    assert window.actions_["file.export.pdf"].shortcut().toString() == "Ctrl+E"
    menu = window.actions_["file.export"].menu()
    assert [a.objectName() for a in menu.actions()] == [
        f"file.export.{k}" for k in ("pdf", "html", "csv", "json", "tei")
    ]
    assert window.actions_["file.export"] in window.menus["file"].actions()


def test_pdf_from_the_window_has_pages_and_the_notes_as_highlights(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    window = make_window()
    store = window.reading.store
    kars = window.session.new.text.index("Kars")
    store.create_from_selection("new", kars, kars + 4, "My own note on Kars")
    curated = [e for e in store.entries() if e.origin == "curated"]
    assert curated, "the bundled pair has editors' notes"
    path = tmp_path / "out" / "treaty.pdf"
    path.parent.mkdir()
    assert export_and_wait(qtbot, window, "pdf", path, ExportOptions())
    pages = len(PdfReader(path).pages)
    assert pages > 3
    notes = highlights(path)
    assert any("My own note on Kars" in n for n in notes)
    assert len(notes) > len(curated) // 2
    assert sorted(p.name for p in path.parent.iterdir()) == ["treaty.pdf"]
    message = window.message_bar.messages()[-1]
    assert message.text == f"Exported treaty.pdf ({pages} pages)"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    by_text = {b.text(): b for b in message.buttons}
    by_text["Open Folder"].click()
    assert opened[0].isLocalFile() and opened[0].toLocalFile() == str(path.parent)
    assert not window.exports.busy and window.isEnabled()


@pytest.mark.parametrize("where", ["missing", "read-only"])
def test_export_to_an_unwritable_folder_says_why(make_window, qtbot, tmp_path, where) -> None:
    if where == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root may write into read-only folders")
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    else:
        folder = tmp_path / "no" / "such" / "folder"
    window = make_window()
    try:
        assert not export_and_wait(qtbot, window, "pdf", folder / "out.pdf")
    finally:
        if where == "read-only":
            folder.chmod(0o700)
    text = window.message_bar.texts()[-1]
    assert "out.pdf" in text and "could not be saved" in text
    assert ("does not exist" in text) if where == "missing" else ("permission" in text)
    assert window.message_bar.messages()[-1].level == "error"
    # The window goes on working: the next export succeeds, and its news takes the
    # place of the failure (which had stayed above it, and above every later pair).
    assert export_and_wait(qtbot, window, "json", tmp_path / "after.json")
    assert not any(t.startswith("Export failed") for t in window.message_bar.texts())
    assert window.message_bar.texts()[-1] == "Exported after.json"


def test_a_failed_export_is_not_carried_into_the_next_pair(make_window, qtbot, tmp_path) -> None:
    from conftest import open_texts

    window = make_window()
    assert not export_and_wait(qtbot, window, "pdf", tmp_path / "no" / "such" / "out.pdf")
    assert window.message_bar.texts()[-1].startswith("Export failed")
    old = "Article 1\n\nKars stays.\n\nArticle 2\n\nBatum goes.\n"
    open_texts(qtbot, window, tmp_path, old, old.replace("goes", "stays"))
    assert not any(t.startswith("Export failed") for t in window.message_bar.texts())


def test_other_formats_through_the_save_dialog(make_window, qtbot, tmp_path, monkeypatch) -> None:
    window = make_window()
    for kind, suffix in (("html", "html"), ("csv", "csv"), ("json", "json"), ("tei", "xml")):
        target = tmp_path / f"report-{kind}"  # no suffix: the window adds it
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        with qtbot.waitSignal(window.exports.done, timeout=30000) as blocker:
            window.actions_[f"file.export.{kind}"].trigger()
        assert blocker.args == [str(target) + f".{suffix}", True]
        assert Path(blocker.args[0]).stat().st_size > 100
        assert window.message_bar.texts()[-1] == f"Exported report-{kind}.{suffix}"
    tei = (tmp_path / "report-tei.xml").read_text(encoding="utf-8")
    assert "<app" in tei and "Kars" in tei
    assert window.settings.get("export_folder") == str(tmp_path)


def test_the_note_of_an_export_goes_when_another_pair_is_opened(
    make_window, qtbot, tmp_path
) -> None:
    """Notes of files written for the last pair piled up above the texts of the next."""
    from conftest import open_texts

    window = make_window()
    assert export_and_wait(qtbot, window, "json", tmp_path / "bundled.json")
    assert window.message_bar.texts()[-1] == "Exported bundled.json"
    old = "Article 1\n\nKars stays.\n\nArticle 2\n\nBatum goes.\n"
    open_texts(qtbot, window, tmp_path, old, old.replace("goes", "stays"))
    assert not any(t.startswith("Exported") for t in window.message_bar.texts())


def test_pdf_options_are_asked_and_remembered(make_window, qtbot, tmp_path, monkeypatch) -> None:
    window = make_window()
    chosen = ExportOptions("inline", True, "letter")
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ExportOptionsDialog, "options", lambda self: chosen)
    target = tmp_path / "inline.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    with qtbot.waitSignal(window.exports.done, timeout=30000):
        window.actions_["file.export.pdf"].trigger()
    assert ExportOptions.remembered(window.settings) == chosen
    box = PdfReader(target).pages[0].mediabox
    assert round(float(box.width)) == 612  # US Letter
    dialog = ExportOptionsDialog(ExportOptions.remembered(window.settings), window)
    qtbot.addWidget(dialog)
    monkeypatch.undo()
    assert dialog.options() == chosen
    dialog.side.setChecked(True)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    assert dialog.options() == ExportOptions("side-by-side", True, "a4")


def test_default_file_name_comes_from_the_texts(make_window) -> None:
    window = make_window()
    path = window.exports._default_path("pdf")
    assert path.name == "Moscow-draft-1920-vs-Treaty-of-Moscow-1921.pdf"


def test_export_job_writes_nothing_when_cancelled_from_its_progress(qapp, tmp_path) -> None:
    """The worker function honours the progress hook: True means stop, nothing written."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    calls = []

    def stop(done: int, total: int) -> bool:
        calls.append(done)
        return done >= 10

    with pytest.raises(InterruptedError):
        exporting._write("pdf", cmp, str(tmp_path / "x.pdf"), [], ExportOptions(), stop)
    assert calls and list(tmp_path.iterdir()) == []


def test_window_and_command_line_export_the_same_notes_signed_by_the_reader(
    make_window, qtbot, tmp_path
) -> None:
    """One rule for both: mine and the curated notes by default, or either alone."""
    from pypdf import PdfReader as Reader

    from treatyviewer.cli import run

    window = make_window()
    window.settings.set("reader_name", "Ayşe Hanım")
    batum = window.session.new.text.index("Batum")
    window.reading.store.create_from_selection("new", batum, batum + 5, "My note on Batum")
    session = tmp_path / "S.tvproj"
    assert window.reading.controller.save_as(session)
    for which in ("all", "mine"):
        ours, theirs = tmp_path / f"window-{which}.pdf", tmp_path / f"cli-{which}.pdf"
        assert export_and_wait(qtbot, window, "pdf", ours, ExportOptions(notes=which))
        assert run(["export", "--project", str(session), "--pdf", str(theirs),
                    "--notes", which]) == 0  # fmt: skip
        assert sorted(highlights(ours)) == sorted(highlights(theirs)), which
        mine = [c for c in highlights(ours) if "My note on Batum" in c]
        assert bool(mine) == (which != "curated")
        assert (len(highlights(ours)) > 20) == (which != "mine")
    authors = {
        str(ref.get_object()["/T"])
        for page in Reader(tmp_path / "window-all.pdf").pages
        for ref in page.get("/Annots") or []
        if ref.get_object().get("/Subtype") == "/Highlight"
    }
    assert authors == {"Ayşe Hanım", "treatyviewer editors"}
    # the footnote names her too, as the curated notes' name their editors (it named
    # no one, beside "treatyviewer editors" on theirs)
    text = " ".join(
        " ".join(p.extract_text().split()) for p in Reader(tmp_path / "window-all.pdf").pages
    )
    at = text.index("My note on Batum")
    assert "Ayşe Hanım" in text[at : at + 80]


def test_a_window_note_with_no_name_set_is_exported_unsigned(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    """No name in Preferences: the note was signed with the account's login name
    ("root"), beside its text and as its PDF comment's author."""
    import getpass

    from pypdf import PdfReader as Reader

    monkeypatch.setattr(getpass, "getuser", lambda: "loginname")
    window = make_window()
    batum = window.session.new.text.index("Batum")
    window.reading.store.create_from_selection("new", batum, batum + 5, "My note on Batum")
    pdf, html = tmp_path / "mine.pdf", tmp_path / "mine.html"
    assert export_and_wait(qtbot, window, "pdf", pdf, ExportOptions(notes="mine"))
    assert export_and_wait(qtbot, window, "html", html, ExportOptions(notes="mine"))
    (note,) = [
        ref.get_object()
        for page in Reader(pdf).pages
        for ref in page.get("/Annots") or []
        if ref.get_object().get("/Subtype") == "/Highlight"
    ]
    assert "/T" not in note and "loginname" not in str(note["/Contents"])
    text = " ".join(" ".join(p.extract_text().split()) for p in Reader(pdf).pages)
    assert "My note on Batum" in text and "loginname" not in text
    assert "loginname" not in html.read_text(encoding="utf-8")
    from treatyviewer.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert "loginname" not in dialog.name.placeholderText()


def test_preferences_set_the_reader_name(make_window, qtbot, monkeypatch) -> None:
    from treatyviewer.ui.dialogs.preferences import PreferencesDialog, reader_name

    window = make_window()
    assert reader_name(window.settings) == ""  # none set: the notes go unsigned
    assert window.actions_["edit.preferences"] in window.menus["edit"].actions()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Ayşe   Hanım ")
    dialog.accept()
    assert reader_name(window.settings) == "Ayşe Hanım"


def test_messages_take_the_dark_colours_when_dark_mode_is_turned_on(
    make_window, qtbot, tmp_path
) -> None:
    """The bars stayed light on a dark window, their pale text hard to read there."""
    window = make_window()
    assert export_and_wait(qtbot, window, "json", tmp_path / "light.json")
    message = window.message_bar.messages()[-1]
    assert "#e8f1fa" in message.styleSheet()
    try:
        window.look.set_dark(True)
        qtbot.waitUntil(lambda: "#13293b" in message.styleSheet(), timeout=5000)
        assert export_and_wait(qtbot, window, "json", tmp_path / "dark.json")
        message = window.message_bar.messages()[-1]  # (it took the first one's place)
        assert "#13293b" in message.styleSheet()
    finally:
        window.look.set_dark(False)
    qtbot.waitUntil(lambda: "#e8f1fa" in message.styleSheet(), timeout=5000)


def test_export_and_save_session_propose_names_of_one_pattern(make_window) -> None:
    """Save Session offered "Moscow-draft-1920-vs-Treaty-of-Moscow-1921" and Export HTML
    "draft-1920-vs-moscow-1921.html": both now name the texts by their short titles."""
    window = make_window()
    session = window.reading.files._proposed_name()
    assert session == "Moscow-draft-1920-vs-Treaty-of-Moscow-1921"
    for kind, suffix in (("html", "html"), ("pdf", "pdf")):
        assert window.exports._default_path(kind).name == f"{session}.{suffix}"
