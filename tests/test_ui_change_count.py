"""The count of stops says what it counts, and agrees with the word counts.

The status bar gave "31 word changes" while Next Change said "Change 1 of 46": the
stops also hold the 15 whole articles added or removed, which only a tooltip said.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_the_stops_are_the_word_changes_and_the_whole_articles(make_window) -> None:
    window = make_window(size=(1600, 900))
    window.actions_["go.next_change"].trigger()
    QApplication.processEvents()
    cmp = window.view.cmp
    words = sum(cmp.class_counts().values())
    articles = len(cmp.added) + len(cmp.removed)
    total = words + articles
    text = window.position.change_label.text()
    assert text.startswith(f"Change 1 of {total} ({words} word changes, {articles} whole articles)")
    assert f"{words} word changes" in window.counts.toolTip() + window.counts.shown()
