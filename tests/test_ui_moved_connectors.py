"""The connector strip of a long text: a moved article's band, whose other end is
far off screen, is a short wedge at the end on screen pointing toward it, not a
band across the whole strip (the 5 MB pair's strip was striped with them)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from conftest import WORDS

pytestmark = pytest.mark.gui
ARTICLES = 40


def moved_pair(tmp_path):  # type: ignore[no-untyped-def]
    """Forty articles; the newer text takes the third to the end (numbered as it stands)."""
    rnd = random.Random(11)
    bodies = [
        " ".join(rnd.choice(WORDS) for _ in range(70)).capitalize() + "." for _ in range(ARTICLES)
    ]
    order = [k for k in range(ARTICLES) if k != 2] + [2]
    old = "Treaty\n\n" + "\n\n".join(f"Article {k + 1}\n\n{b}" for k, b in enumerate(bodies))
    new = "Treaty\n\n" + "\n\n".join(f"Article {n + 1}\n\n{bodies[k]}" for n, k in enumerate(order))
    a, b = tmp_path / "order-old.txt", tmp_path / "order-new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return a, b


def sky_blue_columns(image: QImage) -> set[int]:
    """Columns of the strip where the moved colour (sky blue) is painted."""
    found = set()
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            if c.blue() - c.red() > 40 and c.blue() > 150:
                found.add(x)
                break
    return found


def test_a_far_moved_band_is_a_wedge_at_its_end_on_screen(make_window, tmp_path) -> None:
    window = make_window(*moved_pair(tmp_path), size=(1200, 800))
    view = window.view
    moved = [b for b in view.connector.bands if b.status == "moved"]
    assert len(moved) == 1, [b.status for b in view.connector.bands]
    bar = view.new_pane.verticalScrollBar()
    # the moved article's new end, at the foot of the text (the scroll bar's maximum
    # shows the room below it, where the last article stands above the view)
    bar.setValue(view.new_pane.scroll_room.end_value)
    strip = view.connector
    image = strip.grab().toImage()
    columns = sky_blue_columns(image)
    assert columns, "the end on screen is marked"
    assert max(columns) >= strip.width() - 3  # from the newer pane's edge…
    assert min(columns) >= strip.width() // 2  # …reaching less than half across
    bar.setValue(bar.maximum() // 2)  # neither end on screen
    assert not sky_blue_columns(strip.grab().toImage())


def test_a_band_above_the_view_is_not_painted_beside_the_titles(make_window, tmp_path) -> None:
    """Scrolled past the end, the moved article stands just above the newer text's
    view: its wedge had been painted in the strip's rows beside the panes' titles."""
    window = make_window(*moved_pair(tmp_path), size=(1200, 800))
    view = window.view
    bar = view.new_pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    strip = view.connector
    origin = QPoint(0, 0)
    top = view.new_pane.viewport().mapTo(window, origin).y() - strip.mapTo(window, origin).y()
    assert top > 0  # the titles' row stands beside the strip's top
    image = strip.grab().toImage()
    above = image.copy(0, 0, image.width(), int(top))
    assert not sky_blue_columns(above)
