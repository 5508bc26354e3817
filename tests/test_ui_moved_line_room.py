"""The line saying where a moved article went shows at every width: beside a short
article only its pane has, it found no room once the two nearly matched in height (the
resolutions pair showed it at about two widths in three). It may now begin low in the
band and end below it, and the other placeholders keep clear of it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from test_ui_placeholder_room import PAIR, drawn_over_text, settle
from treatyviewer.ui.compare.placeholders import MAX_LINES, SIDE_MARGIN, fit_lines

pytestmark = pytest.mark.gui


def overlapping(pane) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Placeholders of one pane drawn across one another."""
    metrics = QFontMetricsF(pane._placeholder_font())
    width = pane.viewport().width() - 2 * SIDE_MARGIN
    spans = [
        (
            p.y,
            p.y + (len(fit_lines(metrics, p.text, width, MAX_LINES)) + 0.6) * metrics.height(),
            p.text,
        )
        for p in pane.placeholders
    ]
    return [
        (a[2], b[2])
        for n, a in enumerate(spans)
        for b in spans[n + 1 :]
        if a[0] < b[1] and b[0] < a[1]
    ]


@pytest.mark.parametrize("places_shown", [True, False])
def test_the_moved_line_shows_at_every_width(make_window, places_shown: bool) -> None:
    window = make_window(PAIR / "older.txt", PAIR / "newer.txt", size=(900, 900))
    if places_shown:  # narrower panes; hidden, the panes pass 575 pixels
        window.actions_["view.entities"].trigger()
    view = window.view
    missing = []
    for width in range(900, 1500, 40):
        window.resize(width, 900)
        settle(window)
        if not any(item.pair is not None for item in view.new_pane.placeholders):
            missing.append((width, view.new_pane.viewport().width()))
        for pane in view.panes():
            assert drawn_over_text(pane) == [], width
            assert overlapping(pane) == [], width
    assert missing == []


def test_the_taken_heights_are_looked_up_beside_where_a_search_falls() -> None:
    from treatyviewer.ui.compare.placeholders import _overlapping

    taken = [(0.0, 10.0), (20.0, 30.0), (40.0, 50.0)]
    assert _overlapping(taken, 5, 25) == [10.0, 30.0]
    assert _overlapping(taken, 10, 20) == []
    assert _overlapping(taken, 45, 46) == [50.0]
    assert _overlapping([], 1, 2) == []
