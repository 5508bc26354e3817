"""A saved session reopened after one of its texts changed on disk says so, naming the
text and what became of the notes (it had reopened without a word, although the session
records each text's checksum)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import new_window, wait_compared
from treatyviewer.ui.app.main_window import MainWindow

pytestmark = pytest.mark.gui

OLD = "Article 1\nThe Parties establish a joint commission on the boundary.\n\nArticle 2\nIt meets twice a year.\n"
NEW = "Article 1\nThe Parties establish a mixed commission on the frontier.\n\nArticle 2\nIt meets once a year.\n"


def _window(qtbot, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = new_window(tmp_path)
    qtbot.addWidget(window)
    return window


def test_a_text_changed_since_the_save_is_named_when_the_session_reopens(qtbot, tmp_path) -> None:
    old, new = tmp_path / "charter_old.txt", tmp_path / "charter_new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    first = _window(qtbot, tmp_path)
    first.open_pair(str(old), str(new))
    wait_compared(qtbot, first)
    for word in ("frontier", "once"):
        start = NEW.index(word)
        first.reading.store.create_from_selection("new", start, start + len(word), word)
    path = tmp_path / "charter.tvproj"
    assert first.reading.controller.save_as(path)
    first.close()

    edited = NEW.replace("The Parties", "Having regard to the Treaty, the Parties")
    new.write_text(edited.replace("once", "every other month"), encoding="utf-8")
    second = _window(qtbot, tmp_path)
    assert second.reading.controller.open(path)
    qtbot.waitUntil(lambda: not second.reading.controller.loading, timeout=30_000)
    wait_compared(qtbot, second)
    said = [t for t in second.message_bar.texts() if "charter_new.txt" in t]
    assert said, second.message_bar.texts()
    assert said == [
        "The newer text, charter_new.txt, has changed since this session was saved: it is "
        "shown as it is now. The notes were placed again by the words they quote. "
        "1 note could not be placed (listed as orphans)."
    ], said
    # Nothing lost: both notes are there, the one whose words went listed as an orphan.
    status = {e.annotation.note: e.status for e in second.reading.store.entries()}
    assert status == {"frontier": "moved", "once": "orphan"}, status
    assert second.reading.controller.save_as(path)  # saved again: the file records the text
    assert not [t for t in second.message_bar.texts() if "charter_new.txt" in t]


def test_the_changed_text_outranks_the_notes_of_numbering_found(qtbot, tmp_path) -> None:
    """Reopened after its newer text changed, a session on the French pair showed two
    blue "numbering found" notes and hid the amber warning behind "1 more message…"."""
    pair = Path(__file__).parent / "real_pairs" / "fr-const"
    old, new = (tmp_path / p.name for p in sorted(pair.glob("*.md")))
    for copy in (old, new):
        shutil.copy(pair / copy.name, copy)
    first = _window(qtbot, tmp_path)
    first.open_pair(str(old), str(new))
    wait_compared(qtbot, first)
    path = tmp_path / "fr.tvproj"
    assert first.reading.controller.save_as(path)
    first.close()

    text = new.read_text(encoding="utf-8")
    new.write_text(text.replace("Article 73", "Article 73\n\nUne phrase ajoutée.", 1), "utf-8")
    second = _window(qtbot, tmp_path)
    assert second.reading.controller.open(path)
    qtbot.waitUntil(lambda: not second.reading.controller.loading, timeout=30_000)
    wait_compared(qtbot, second)
    bar = second.message_bar
    assert any("numbering found" in t for t in [m.text for m in bar.messages() + bar.waiting()])
    shown = bar.messages()
    assert any(new.name in m.text and m.level == "warning" for m in shown), bar.texts()
    assert shown[0].level == "warning", [m.level for m in shown]  # above the notes
