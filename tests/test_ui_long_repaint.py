"""While a long text is written into the panes far below what the reader reads, the
panes do not redraw what they show for every step; yet wherever the text on screen
changes (an article written, woken or let go in view), the screen shows it at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from conftest import new_window, write_treaty_pair
from treatyviewer.ui.compare import parking

pytestmark = pytest.mark.gui


class PaintCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def long_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window that writes the pair step by step, and the pair (not yet opened)."""
    pair = write_treaty_pair(tmp_path, "long", articles=400, words_per_article=60, edits=900)
    window = new_window(tmp_path, (1200, 500))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.view.long_text = 0
    return window, pair


def _open(qtbot, window, pair) -> None:  # type: ignore[no-untyped-def]
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    qtbot.waitUntil(
        lambda: window.session.comparison not in (None, previous) and window.view.writing(),
        timeout=30000,
    )


def _on_screen(pane) -> QImage:  # type: ignore[no-untyped-def]
    """What the screen holds where the pane's text is (not drawn afresh), once every
    part of it that is due to be drawn again is drawn (and nothing else runs)."""
    view = pane.viewport()
    QApplication.sendPostedEvents(view.window(), QEvent.Type.UpdateRequest)
    corner = view.mapTo(view.window(), QPoint(0, 0))
    shot = view.screen().grabWindow(view.window().winId())
    ratio = shot.devicePixelRatio()
    return shot.toImage().copy(
        int(corner.x() * ratio), int(corner.y() * ratio),
        int(view.width() * ratio), int(view.height() * ratio),
    )  # fmt: skip


def _drawn_afresh(pane) -> QImage:  # type: ignore[no-untyped-def]
    view = pane.viewport()
    return view.grab().toImage().convertToFormat(_on_screen(pane).format())


class Turns(QObject):
    """Turns of the event loop in which more of the text was written."""

    def __init__(self, view) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.view, self.count, self.share = view, 0, view.written_share()
        self.timer = QTimer(self, interval=0)
        self.timer.timeout.connect(self.turn)
        self.timer.start()

    def turn(self) -> None:
        share = self.view.written_share()
        if share != self.share:
            self.count += 1
        self.share = share


def test_writing_far_below_the_view_does_not_redraw_the_view(qtbot, long_window) -> None:
    window, pair = long_window
    panes = window.view.panes()[:2]
    counts = [PaintCount(), PaintCount()]
    _open(qtbot, window, pair)
    for pane, count in zip(panes, counts, strict=True):
        pane.viewport().installEventFilter(count)
    turns = Turns(window.view)
    qtbot.waitUntil(lambda: not window.view.writing(), timeout=60000)
    assert turns.count >= 8, "too few turns to tell"
    for count in counts:  # (the last step's placeholders and overview repaint once)
        assert count.paints <= 2 + turns.count // 4, (count.paints, turns.count)


def test_the_screen_shows_the_text_wherever_it_changed(qtbot, long_window, monkeypatch) -> None:
    # Park and wake often, near the view, so that both happen while the reader scrolls.
    monkeypatch.setattr(parking, "FAR_SCREENS", 1.5)
    monkeypatch.setattr(parking, "WAKE_SCREENS", 1.0)
    monkeypatch.setattr(parking, "NEAR_SCREENS", 0.5)
    monkeypatch.setattr(parking, "PARK_AT_ONCE", 1)
    window, pair = long_window
    _open(qtbot, window, pair)
    view = window.view
    bar = view.new_pane.verticalScrollBar()
    compared = 0
    while view.writing() or compared < 12:
        if compared % 3 == 2:  # somewhere else: articles there are woken, others parked
            bar.setValue(bar.maximum() * (compared % 7) // 7)
        else:  # the end of what is written: the next steps write into the view
            bar.setValue(bar.maximum())
        qtbot.wait(10)
        share = view.written_share()
        if share is not None:  # (None: all is written)
            qtbot.waitUntil(lambda: view.written_share() != share, timeout=20000)  # noqa: B023
        qtbot.wait(10)  # the screen is painted
        for side in view.panes()[:2]:
            assert _on_screen(side) == _drawn_afresh(side), f"stale at {bar.value()}"
        compared += 1
    assert bar.maximum() > 10 * bar.pageStep()
