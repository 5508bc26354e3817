"""Once the reader has decided every pairing offered for review, the empty "To review"
list says so: it said "No pairing below 90 % confidence: nothing to review", as if
there had never been any."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import wait_compared
from treatyviewer.ui.concordance.concordance import ROW_ROLE

pytestmark = pytest.mark.gui
PAIR = Path(__file__).parent / "resolution_pair"


def test_the_empty_review_list_says_every_pairing_was_reviewed(make_window, qtbot) -> None:
    # Two unrelated texts: their openings are paired with little confidence.
    window = make_window(PAIR / "newer.txt", "moscow-1921")
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)  # To review
    qtbot.waitUntil(lambda: conc.proxy.rowCount() > 0)
    while conc.proxy.rowCount():
        conc.select_row(int(conc.proxy.index(0, 0).data(ROW_ROLE)))
        cmp = window.session.comparison
        QTest.mouseClick(conc.accept_button, Qt.MouseButton.LeftButton)
        wait_compared(qtbot, window, previous=cmp)
    qtbot.waitUntil(lambda: conc.empty_note.isVisible())
    text = conc.empty_note.text()
    assert "Nothing left to review" in text and not text.startswith("No pairing"), text


def test_a_list_with_nothing_ever_to_review_still_says_so(make_window, qtbot) -> None:
    window = make_window()
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: conc.empty_note.isVisible())
    assert conc.empty_note.text().startswith("No pairing below")
