"""Opening other texts switches every view to them: the panes, the concordance, the
status line's counts and the overview, whatever the previous texts left pending."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from conftest import wait_compared, write_treaty_pair
from treatyviewer.core.comparison import Row
from treatyviewer.ui.compare.view_marks import ticks


def assert_every_view_shows(window, cmp) -> None:  # type: ignore[no-untyped-def]
    """The concordance, the status line and the overview describe ``cmp``."""
    model = window.concordance.model
    assert model.cmp is not None and model.cmp.old is cmp.old and model.cmp.new is cmp.new
    assert model.rows == cmp.rows()
    said = window.counts.text()
    window.status.show_counts(window.classes.apply(cmp))
    assert window.counts.text() == said
    view = window.view
    assert view.cmp.old is cmp.old and view.cmp.new is cmp.new
    assert view.overview.ticks == ticks(view.cmp, view.rendered, view.geo, view.scheme)


def test_the_bundled_pair_after_a_long_pair_read_in_another_view(
    make_window, qtbot, tmp_path: Path
) -> None:
    """A long pair is written step by step; the reader goes deep into it, to the
    redline and back, then opens the bundled pair: nothing of the long pair stays."""
    window = make_window()
    short_text = window.view.long_text
    window.view.long_text = 0  # this pair is written step by step, as a long pair is
    old, new = write_treaty_pair(tmp_path, "deep", articles=30, words_per_article=40, edits=60)
    previous = window.session.comparison
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, previous)
    long_pair = window.session.comparison
    window.jump_row(Row("pair", 25))
    for mode in ("inline", "side"):
        window.set_mode(mode)
        qtbot.waitUntil(lambda: not window.view.writing())
    window.view.long_text = short_text  # the bundled pair is short: laid out at once
    gone = weakref.ref(long_pair)
    del long_pair
    window.open_bundled()
    wait_compared(qtbot, window, previous)
    bundled = window.session.comparison
    assert bundled.new.title.startswith("Treaty of Friendship and Brotherhood")
    assert_every_view_shows(window, bundled)
    # It opens at its beginning, not where the reader was in the long pair.
    assert [p.verticalScrollBar().value() for p in window.view.panes()[:2]] == [0, 0]
    # The long pair's comparison is let go (the memory comes back).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    assert gone() is None


def test_a_long_pair_opened_while_another_is_compared_is_the_one_shown(
    make_window, qtbot, tmp_path: Path
) -> None:
    """The first pair's late result never lands over the second, in any view."""
    window = make_window()
    window.session.apart_from = 0  # both compared in a process of their own, as long pairs are
    first = write_treaty_pair(tmp_path, "first", articles=60, words_per_article=80, edits=200)
    second = write_treaty_pair(tmp_path, "second", articles=9, words_per_article=40, edits=20)
    bundled = window.session.comparison
    window.open_pair(str(first[0]), str(first[1]))
    qtbot.waitUntil(lambda: window.view.unpaired.shown is not None, timeout=20000)
    window.open_pair(str(second[0]), str(second[1]))
    wait_compared(qtbot, window, bundled)
    chosen = window.session.comparison
    assert chosen.old.title == "second-old"
    qtbot.wait(1500)  # time enough for the first comparison to end as well
    assert window.session.comparison is chosen
    assert_every_view_shows(window, chosen)
    assert window.outline.cmp is chosen
