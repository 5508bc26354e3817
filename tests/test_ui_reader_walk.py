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


LEASE = """Lease

1.1 The Landlord is Jane Smith.
1.2 The Tenant is John Brown.
2.1 The rent is 900 pounds a month.
2.2 Rent is paid in advance.
"""


def test_a_notice_both_texts_share_is_shown_once_as_a_sentence(make_window, tmp_path: Path):
    old, new = tmp_path / "lease-2019.txt", tmp_path / "lease-2023.txt"
    old.write_text(LEASE, encoding="utf-8")
    new.write_text(LEASE.replace("900", "950"), encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert notices == ["Both texts: numbering found: clauses 1.1 to 2.2, 4 in all."]
    cmp = window.session.comparison
    assert [s.label for s in cmp.old.segments] == ["preamble", "1.1", "1.2", "2.1", "2.2"]


def test_texts_with_no_numbering_are_told_so_once(make_window, tmp_path: Path):
    old, new = tmp_path / "letter-a.txt", tmp_path / "letter-b.txt"
    old.write_text("Dear friend,\n\nThe rent is due.\n\nYours.\n", encoding="utf-8")
    new.write_text("Dear friend,\n\nThe rent is late.\n\nYours.\n", encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert len(notices) == 1
    assert notices[0].startswith("Both texts: no article headings found")
    assert notices[0].endswith("paragraph by paragraph.")


def test_a_notice_of_one_text_names_that_text(make_window, tmp_path: Path):
    old, new = tmp_path / "lease.txt", tmp_path / "letter.txt"
    old.write_text(LEASE, encoding="utf-8")
    new.write_text("Dear friend,\n\nThe rent is late.\n\nYours.\n", encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert "The older text: numbering found: clauses 1.1 to 2.2, 4 in all." in notices
    assert any(n.startswith("The newer text: no article headings found") for n in notices)
