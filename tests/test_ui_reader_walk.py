"""What a new reader met on a walk through the window, each checked on the real app."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.cli import run as run_cli

pytestmark = pytest.mark.gui


def test_two_unreadable_texts_are_both_named_in_the_window(make_window, tmp_path: Path, qtbot):
    window = make_window()
    cmp = window.session.comparison
    binary, empty = tmp_path / "scan.txt", tmp_path / "blank.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    empty.write_bytes(b"")
    window.open_pair(str(binary), str(empty))
    qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
    assert window.session.comparison is cmp
    said = window.message_bar.texts()[-1]
    assert "scan.txt" in said and "not text" in said
    assert "blank.txt" in said and "empty" in said


def test_two_unreadable_texts_on_the_command_line_are_both_named(tmp_path: Path, capsys):
    binary, empty = tmp_path / "scan.txt", tmp_path / "blank.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    empty.write_bytes(b"")
    assert run_cli(["compare", str(binary), str(empty)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("treatyviewer: ") and "scan.txt" in lines[0]
    assert lines[1].startswith("treatyviewer: ") and "blank.txt" in lines[1]
