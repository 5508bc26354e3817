"""Two versions of a standard whose top sections hold numbered subsections are cut at
the same depth.

A text's subsections ("3.1", "3.2") are its units when two thirds of its top
sections hold some. A message-format standard and the one that replaced it differ
by one top section: the earlier has subsections in four of its eight, the later
(its bibliography now split into "7.1" and "7.2") in five of seven. The earlier had
been compared whole section against runs of subsections ("3" against "3.1" to
"3.6", merged): nothing told the reader which subsection changed. Read together,
the earlier is cut at its subsections too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyviewer.cli import load, run


def _section(number: str, title: str, body: str) -> str:
    return f"{number}. {title}\n\n   {body}\n\n"


REFERENCES = _section(
    "4", "References", "The earlier standard for text messages and the keyword conventions."
)
OLD = (
    "Message Format\n\n"
    "1. Introduction\n\n"
    + _section("1.1", "Scope", "This standard covers the header and body of a message only.")
    + _section("1.2", "Conventions", "MUST and SHOULD are read as the usual requirement words.")
    + "2. Syntax\n\n"
    + _section("2.1", "Tokens", "A token is a run of printable characters other than specials.")
    + _section("2.2", "Fields", "A field is a name, a colon and a body ending with a line break.")
    + _section("3", "Security", "A message carries no proof of its origin; trust no sender field.")
    + REFERENCES
)
NEW = OLD.replace("other than specials", "other than specials and spaces").replace(
    REFERENCES,
    "4. References\n\n"
    + _section("4.1", "Normative References", "The keyword conventions, needed to read this.")
    + _section("4.2", "Informative References", "The earlier standard, which this one replaces."),
)


def test_the_version_with_fewer_subsections_is_cut_at_them_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    assert (
        run(["compare", str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), "--format", "json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    pairs = [(p["old"], p["new"], p["status"]) for p in out["pairs"]]
    assert [old for old, _, _ in pairs] == [
        ["preamble"],
        ["1.1"],
        ["1.2"],
        ["2.1"],
        ["2.2"],
        ["3"],
        ["4"],
    ]
    assert (["4"], ["4.1", "4.2"], "split") in pairs
    assert [old for old, _, status in pairs if status != "unchanged"] == [["2.1"], ["4"]]
    assert out["added"] == out["removed"] == []


def test_each_version_read_alone_keeps_its_own_cut(tmp_path: Path) -> None:
    """Only a comparison cuts one version by the other: read alone, the earlier is
    cut at its top sections, where half of them hold no subsection."""
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    assert [s.label for s in load(str(tmp_path / "old.txt")).segments] == [
        "preamble", "1", "2", "3", "4"
    ]  # fmt: skip
