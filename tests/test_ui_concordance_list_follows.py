"""The Concordance's lists follow the article read.

A reader went on through the texts while the Concordance listed "To review", which
lacks the article read, then chose "All articles": no row was selected there, though
the article read was listed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.concordance.concordance_dock import SCOPES

pytestmark = pytest.mark.gui


def test_all_articles_chosen_selects_the_article_read(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    conc, view, cmp = window.concordance, window.view, window.session.comparison
    view.new_pane.setFocus()
    conc.tabs.setCurrentIndex(SCOPES.index("review"))
    xi = cmp.new.index_of("XI")
    article = cmp.row_of_segment(1, xi)
    assert conc.proxy.mapFromSource(conc.model.index(conc.row_of(article), 0)).row() < 0
    window.actions_["go.next_article"].trigger()  # on through the texts
    view.jump_to_segment(1, xi)
    qtbot.waitUntil(lambda: window.position.current_row() == article)
    assert conc.selected_rows() == []  # not listed: nothing to select

    conc.tabs.setCurrentIndex(SCOPES.index("all"))
    qtbot.waitUntil(lambda: conc.selected_rows() == [conc.row_of(article)])
    assert QApplication.focusWidget() is not conc.table  # the keyboard stays in the text
