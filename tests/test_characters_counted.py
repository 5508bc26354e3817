"""Texts written without spaces count characters, and say so.

The diff takes each character of a Chinese or Japanese text for a word: the Chinese
Legislation Law's revision read "206 words deleted, 1,753 inserted" where 206 were
characters, in the status bar, the text output and the reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.cli import run
from treatyviewer.core.word_chars import written_without_spaces

ROOT = Path(__file__).parent / "real_pairs" / "cn-legislation"
OLD, NEW = ROOT / "lifa-2015.md", ROOT / "lifa-2023.md"


def test_a_text_mostly_in_an_unspaced_script_counts_characters() -> None:
    assert written_without_spaces(OLD.read_text(encoding="utf-8"))
    assert not written_without_spaces("The Treaty of Kars (卡尔斯条约) was signed in 1921.")
    assert not written_without_spaces("제1조 대한민국은 민주공화국이다.")  # Korean is spaced


def test_the_text_output_counts_characters(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["compare", str(OLD), str(NEW), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "characters deleted" in out and "words deleted" not in out
    assert run(["compare", "draft-1920", "moscow-1921", "--format", "text"]) == 0
    assert "words deleted" in capsys.readouterr().out


def test_the_html_report_counts_characters(tmp_path: Path) -> None:
    html = tmp_path / "r.html"
    assert run(["export", str(OLD), str(NEW), "--html", str(html)]) == 0
    text = html.read_text(encoding="utf-8")
    assert "characters deleted" in text and "words deleted" not in text


def test_the_status_bar_counts_characters(make_window) -> None:
    window = make_window(OLD, NEW, size=(1600, 900))
    assert "character" in window.counts.text() and "word(s) deleted" not in window.counts.text()
    assert "words deleted" not in window.counts.text()
