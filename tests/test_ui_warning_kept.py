"""What the comparison warns of stays while the same texts are read: accepting a
pairing (the comparison made again) took "the two texts share almost no wording" off
the message bar, though the reader had not closed it and the texts had not changed.
Another pair still retires it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import wait_compared
from treatyviewer.ui.concordance.concordance import ROW_ROLE

pytestmark = pytest.mark.gui
PAIR = Path(__file__).parent / "resolution_pair"


def _warned(window) -> bool:  # type: ignore[no-untyped-def]
    return any("share almost no wording" in t for t in window.message_bar.texts())


def test_the_warning_stays_after_a_pairing_is_accepted(make_window, qtbot) -> None:
    window = make_window(PAIR / "newer.txt", "moscow-1921")
    assert _warned(window)
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)  # To review
    conc.select_row(int(conc.proxy.index(0, 0).data(ROW_ROLE)))
    cmp = window.session.comparison
    QTest.mouseClick(conc.accept_button, Qt.MouseButton.LeftButton)
    wait_compared(qtbot, window, previous=cmp)
    assert _warned(window)
    cmp = window.session.comparison
    window.open_pair("draft-1920", "moscow-1921")  # texts of one treaty
    wait_compared(qtbot, window, previous=cmp)
    assert not _warned(window)
