""" "Parties and places" on texts that name none: a Swiss ordinance (RVOV, 2010 and
2019) left the panel empty at ~330 px of a 1400 px window, and the texts, narrowed,
broke long German words mid-word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from conftest import open_texts, wait_compared

pytestmark = pytest.mark.gui
RVOV = Path(__file__).parent / "real_pairs" / "ch-rvov"
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def _right_column(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The docks shown beside the texts on the right, by name."""
    return [
        d.objectName()
        for d in window.findChildren(QDockWidget)
        if not d.isHidden() and not d.isFloating() and window.dockWidgetArea(d) == RIGHT
    ]


def _ordinance(make_window):  # type: ignore[no-untyped-def]
    return make_window(RVOV / "RVOV-2010.md", RVOV / "RVOV-2019.md", size=(1400, 900))


def test_texts_naming_no_place_leave_the_room_to_the_texts(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ordinance(make_window)
    qtbot.wait(50)
    assert _right_column(window) == []
    assert not window.actions_["view.entities"].isChecked()
    pane = window.view.old_pane
    assert pane.width() > 400, pane.width()  # two columns of docks had left it ~265 px


def test_view_brings_the_panel_back_and_remembers_it(make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _ordinance(make_window)
    window.actions_["view.entities"].trigger()
    dock = window.reading.entity_dock
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert window.reading.entities.none_named.isVisible()  # says why it is empty
    assert window.settings.get("places_when_none") is True
    previous = window.session.comparison
    open_texts(
        qtbot, window, tmp_path,
        "Licence\n\n1. You may copy the program.\n",
        "Licence\n\n1. You may copy and share the work.\n",
    )  # fmt: skip
    assert window.session.comparison is not previous
    assert not dock.isHidden()  # the reader's choice for texts that name none


def test_texts_naming_places_bring_the_panel_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ordinance(make_window)
    dock = window.reading.entity_dock
    assert dock.isHidden()
    previous = window.session.comparison
    window.open_pair("draft-1920", "moscow-1921")  # Kars, Batum, …
    wait_compared(qtbot, window, previous)
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=5000)
    assert window.actions_["view.entities"].isChecked()
    assert {"entities", "notes"} <= set(_right_column(window))


def test_the_bundled_treaties_keep_the_panel(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1400, 900))
    dock = window.reading.entity_dock
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()
    assert window.reading.entities.names_any()


def test_the_layout_saved_is_the_readers(make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Closed on the ordinance, the window saved its layout with the panel put aside:
    the next start, on the treaties, had no parties and places."""
    from conftest import new_window

    window = _ordinance(make_window)
    assert window.reading.entity_dock.isHidden()
    window.close()
    again = new_window(tmp_path, (1400, 900))
    qtbot.addWidget(again)
    qtbot.waitExposed(again)
    again.open_pair("draft-1920", "moscow-1921")
    wait_compared(qtbot, again)
    dock = again.reading.entity_dock
    assert not dock.isHidden() and again.actions_["view.entities"].isChecked()
