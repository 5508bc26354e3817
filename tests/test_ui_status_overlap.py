"""Nothing in the status bar is drawn over anything else: not its labels at any
window width, and not a passing message over the counts, even one that came
while the window was hidden."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QStatusBar, QWidget

pytestmark = pytest.mark.gui


def _shown(bar: QStatusBar) -> list[QWidget]:
    return [w for w in bar.findChildren(QWidget) if w.parent() is bar and w.isVisible()]


def test_the_labels_never_overlap_at_any_width(make_window, qtbot) -> None:
    window = make_window()
    window.position.show_change(40, 41, "last")  # the longest text that label shows
    bar = window.statusBar()
    for width in range(500, 1700, 150):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() == w or window.width() > w)
        for a, b in itertools.combinations(_shown(bar), 2):
            assert not a.geometry().intersects(b.geometry()), (width, a, b)


def test_a_message_that_came_while_hidden_is_not_drawn_over_the_counts(make_window, qtbot) -> None:
    window = make_window()
    counts = window.status.counts
    assert counts.isVisible()
    window.hide()
    window.statusBar().showMessage("Saved the session")
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage() == "Saved the session"
    assert not counts.isVisible()  # the message has their place
    window.statusBar().clearMessage()
    assert counts.isVisible() and counts.text()  # and they come back
