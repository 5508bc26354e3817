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


def test_one_of_each_is_said_in_the_singular(make_window, qtbot, tmp_path) -> None:
    """One word changed and one article added: the bar read "1 word changes, 1 whole
    articles"."""
    from conftest import open_texts

    old = "Article 1\n\nKars stays with Turkey.\n\nArticle 2\n\nBatum goes to Georgia.\n"
    new = old.replace("goes", "passes") + "\nArticle 3\n\nThe Straits stay open.\n"
    window = make_window(size=(1600, 900))
    open_texts(qtbot, window, tmp_path, old, new)
    window.actions_["go.next_change"].trigger()
    QApplication.processEvents()
    text = window.position.change_label.text()
    assert text.startswith("Change 1 of 2 (1 word change, 1 whole article)"), text
    assert (
        "2 changes: 1 word change, 1 whole article added" in window.position.change_label.toolTip()
    )
