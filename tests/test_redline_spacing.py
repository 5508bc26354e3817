"""Struck-out words never run into the words that replace them, also where those
begin with a quote (EPL 1.0 → 2.0: straight quotes became curly ones; only the marks
changed, so only the marks are struck and inserted, a struck opening quote kept apart
from the new one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.io.readers import read_document
from treatyviewer.io.report_model import build_report

EPL = Path(__file__).parent / "real_pairs" / "epl"
OLD, NEW = EPL / "EPL-1.0.txt", EPL / "EPL-2.0.txt"


@pytest.mark.gui
def test_the_inline_view_keeps_old_and_new_quoted_words_apart(make_window) -> None:
    window = make_window(OLD, NEW)
    window.actions_["view.mode.inline"].trigger()
    text = window.view.inline_pane.toPlainText().replace("punct.", "")  # class marks
    assert '(" “AGREEMENT"”)' in text, text[:600]
    assert '" “Contribution"”' in text
    assert "distributed Distributed" in text  # words were kept apart already
    assert "Agreement." in text and "Agreement ." not in text  # a stop still closes up


def test_the_pdf_redline_keeps_old_and_new_quoted_words_apart() -> None:
    report = build_report(compare(read_document(OLD), read_document(NEW)))
    text = "".join(r.text for block in report.blocks for r in block.inline_runs)
    text = text.replace("punct", "")  # the marks that name a change's class
    assert '" “Contribution"”' in text, text[:2000]
    assert '"Contribution" “Contribution”' not in text  # the word itself did not change
    assert "Agreement." in text and "Agreement ." not in text
