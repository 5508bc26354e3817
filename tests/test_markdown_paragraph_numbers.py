"""Paragraph numbers that a Markdown copy of a law sets in bold at a line's start
("**①** 대통령은 …"), as Korea's law site exports its statutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyviewer.cli import run

OLD = """\
# 대한민국헌법

##### 제39조

**①** 대통령은 통일주체국민회의에서 토론없이 무기명투표로 선거한다.

**②** 통일주체국민회의에서 재적대의원 과반수의 찬성을 얻은 자를 대통령당선자로 한다.

**③** 제2항의 득표자가 없는 때에는 2차 투표를 하고, 2차 투표에도 제2항의 득표자가 없는 때에는 결선투표를 한다.

##### 제40조

**①** 대통령의 임기는 6년으로 한다.
"""
NEW = """\
# 대한민국헌법

##### 제39조

**①** 대통령은 대통령선거인단에서 무기명투표로 선거한다.

**②** 대통령에 입후보하려는 자는 정당의 추천을 받아야 한다.

**③** 대통령선거인단에서 재적대통령선거인 과반수의 찬성을 얻은 자를 대통령당선자로 한다.

**④** 제3항의 득표자가 없을 때에는 2차투표를 하고, 2차투표에도 제3항의 득표자가 없을 때에는 결선투표를 한다.

##### 제40조

**①** 대통령의 임기는 7년으로 한다.
"""


@pytest.fixture
def compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    old, new = tmp_path / "1972.md", tmp_path / "1980.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    assert run(["compare", str(old), str(new), "--format", "json", "--with-text"]) == 0
    return json.loads(capsys.readouterr().out)


def test_bold_paragraph_numbers_leave_no_asterisks_in_the_texts_or_changes(
    compared: dict,
) -> None:
    """The bold around "①" is how the page is drawn, not a word of the law: its stars
    showed in the panes, the exports and the changes, and a change of Art. 39 began
    inside the marks ("③** 제2항의…" against "④** 제3항의…")."""
    pairs = {tuple(p["old"]): p for p in compared["pairs"]}
    assert set(pairs) >= {("39",), ("40",)}
    changes = [c for p in compared["pairs"] for c in p["changes"]]
    assert changes
    assert all("*" not in c["old_text"] + c["new_text"] for c in changes)
    for side in ("old", "new"):
        assert "*" not in compared[side]["text"]
        assert "①" in compared[side]["text"]


def test_the_paragraph_numbers_still_read_as_paragraphs(compared: dict) -> None:
    """Without their bold the numbers still open the paragraphs: the articles pair as
    before and no paragraph number heads an article of its own."""
    assert [(p["old"], p["new"]) for p in compared["pairs"] if p["old"] != ["preamble"]] == [
        (["39"], ["39"]),
        (["40"], ["40"]),
    ]
