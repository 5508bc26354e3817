"""While a long pair is compared, the side panels do not show the previous pair's rows
beside the new texts: a new reader saw the outline, the concordance and the parties
and places of the bundled pair, greyed, beside a pair of 4,000 articles for as long as
it was compared. They say the panel is filled in once the texts are compared; a Cancel
brings the previous pair's rows back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QWidget

from conftest import wait_compared

pytestmark = pytest.mark.gui


def _docks(window) -> list[QDockWidget]:  # type: ignore[no-untyped-def]
    return [window.concordance, window.outline, window.reading.entity_dock]


def _in_sight(dock: QDockWidget) -> list[QWidget]:
    """What a reader sees over the dock's content: the widgets at points spread over it."""
    content = dock.widget()
    assert content is not None
    area = content.geometry()
    points = [
        area.center(),
        area.topLeft() + QPoint(area.width() // 4, area.height() // 4),
        area.bottomRight() - QPoint(area.width() // 4, area.height() // 4),
    ]
    return [w for p in points if (w := dock.childAt(p)) is not None]


def _shows_rows(dock: QDockWidget) -> bool:
    """A list or table of the dock is what is in sight."""
    return any(
        isinstance(w, QAbstractItemView) or isinstance(w.parent(), QAbstractItemView)
        for w in _in_sight(dock)
    )


def _says_comparing(dock: QDockWidget) -> bool:
    return all(isinstance(w, QLabel) and "compared" in w.text() for w in _in_sight(dock))


def _open_with_docks(make_window):  # type: ignore[no-untyped-def]
    window = make_window(size=(1600, 1000))
    window.session.apart_from = 0  # compared in a process of its own, as a long pair is
    window.actions_["view.outline"].trigger()
    window.reading.entity_dock.show()
    window.reading.entity_dock.raise_()
    for dock in _docks(window):
        assert dock.isVisible() and _shows_rows(dock), dock.objectName()
    return window


def test_the_side_panels_say_they_wait_for_the_comparison(
    make_window, small_pair, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("treatyviewer.ui.state.session.PARTIAL_FROM", 0)  # a long pair's way
    window = _open_with_docks(make_window)
    previous = window.session.comparison
    seen: list[tuple[str, dict[str, bool]]] = []

    def look(stage: str) -> None:
        seen.append(
            (
                stage,
                {d.objectName(): _shows_rows(d) or not _says_comparing(d) for d in _docks(window)},
            )
        )

    window.session.textsRead.connect(lambda _old, _new: look("read"))
    window.session.partial.connect(lambda _cmp: look("paired"))
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous)
    assert {stage for stage, _ in seen} == {"read", "paired"}
    for stage, stale in seen:
        assert not any(stale.values()), (stage, stale)
    for dock in _docks(window):  # filled with the new pair
        assert _shows_rows(dock), dock.objectName()
    model = window.concordance.model
    assert model.cmp is not None and model.cmp.new.source == window.session.comparison.new.source
    assert window.outline.cmp is window.session.comparison


def test_cancel_brings_back_the_previous_pair_s_panels(make_window, small_pair, qtbot) -> None:
    window = _open_with_docks(make_window)
    previous = window.session.comparison
    rows = window.concordance.model.rowCount()
    covered: list[bool] = []

    def cancel(_old, _new) -> None:  # type: ignore[no-untyped-def]
        covered.append(all(_says_comparing(d) for d in _docks(window)))
        window.session.cancel()

    window.session.textsRead.connect(cancel)
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    qtbot.waitUntil(lambda: bool(covered) and not window.session.busy, timeout=30000)
    assert covered == [True]
    assert window.session.comparison is previous
    assert window.concordance.model.rowCount() == rows
    assert window.outline.cmp is previous
    for dock in _docks(window):
        assert _shows_rows(dock) and dock.widget().isEnabled(), dock.objectName()
