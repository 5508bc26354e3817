"""The rewritten are among the modified, and every count says so: "6 modified · 2
rewritten" in the status bar and "13 unchanged, 6 modified, 2 rewritten, 1 split, 9
added" in the reports and the text output read as separate groups, 31 for 29 articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from treatyviewer.core.comparison import compare
from treatyviewer.core.comparison_text import comparison_text
from treatyviewer.io.readers import read_document
from treatyviewer.io.report_textdoc_sections import status_counts

PAIR = Path(__file__).parent / "real_pairs" / "fr-const"
OLD, NEW = (PAIR / "Constitution-1976-excerpt.md", PAIR / "Constitution-2003-excerpt.md")


@pytest.fixture(scope="module")
def french():  # type: ignore[no-untyped-def]
    cmp = compare(read_document(OLD), read_document(NEW))
    stats = cmp.stats()
    assert stats["rewritten"] and stats["modified"] > stats["rewritten"]
    return cmp


def test_the_text_output_counts_the_rewritten_within_the_modified(french) -> None:
    stats = french.stats()
    text = comparison_text(french)
    said = f"{stats['modified']} modified ({stats['rewritten']} rewritten)"
    assert said in text, text.splitlines()[-3:]
    assert f", {stats['rewritten']} rewritten" not in text


def test_the_reports_count_the_rewritten_within_the_modified(french) -> None:
    stats = french.stats()
    line = status_counts(stats)
    assert f"{stats['modified']} modified ({stats['rewritten']} rewritten)" in line, line
    assert f", {stats['rewritten']} rewritten" not in line


@pytest.mark.gui
def test_the_status_bar_counts_the_rewritten_within_the_modified(make_window) -> None:
    window = make_window(OLD, NEW, size=(1600, 1000))
    QApplication.processEvents()
    stats = window.session.comparison.shown_stats()
    shown = window.counts.shown()
    assert f"{stats['modified']} modified ({stats['rewritten']} rewritten)" in shown, shown
    assert f"■ {stats['rewritten']} rewritten" not in shown, shown
