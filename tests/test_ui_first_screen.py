"""A long pair is shown as soon as its articles are paired: the first screen already
highlighted, the pairs still being compared marked so (no highlight, no "unchanged"),
the counts and docks not claiming a result; the whole comparison follows, and Cancel
meanwhile brings the previous pair back."""

from __future__ import annotations

import json
import multiprocessing
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDockWidget

from conftest import wait_compared, write_treaty_pair
from treatyviewer.core import streamed
from treatyviewer.core.comparison import Comparison, compare, comparison_json
from treatyviewer.io.readers import read_document
from treatyviewer.ui.common.vocabulary import status_text
from treatyviewer.ui.compare.formats import CHANGE_PROP
from treatyviewer.ui.state import session as session_module

pytestmark = pytest.mark.gui


def _highlighted_pairs(window) -> set[int]:  # type: ignore[no-untyped-def]
    """Pairs with a change drawn in the newer text's pane (by the change ids in it)."""
    rendered = window.view.rendered[1]
    doc = rendered.document
    found = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            cid = it.fragment().charFormat().property(CHANGE_PROP)
            if isinstance(cid, int) and cid >= 0:
                found.add(rendered.changes[cid][0])
            it += 1
        block = block.next()
    return found


@pytest.fixture
def medium_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Long enough to be shown once aligned and written into the panes step by step."""
    return write_treaty_pair(tmp_path, "medium", articles=130, edits=600)


def _shown_in_part(monkeypatch, pair) -> None:  # type: ignore[no-untyped-def]
    """A short pair taken for a long one: shown once aligned, its first article diffed
    first (the rest waits for the whole comparison), as a long pair's first screen."""
    monkeypatch.setattr(session_module, "PARTIAL_FROM", 0)
    monkeypatch.setattr(streamed, "FIRST_CHARS", read_document(str(pair[1])).segments[1].start)


def test_a_long_pair_shows_its_first_screen_highlighted_before_the_rest_is_compared(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    # The pairs diffed before the rest end within the first screen, so that the panes
    # show both kinds at first paint.
    # Only the first two articles are diffed before the rest, and a tall window shows
    # more than them at first paint: both kinds are then on screen.
    third = read_document(str(medium_pair[1])).segments[2].start
    monkeypatch.setattr(streamed, "FIRST_CHARS", third)
    window = make_window(size=(1000, 1500))  # the bundled pair
    session = window.session
    seen: list[dict[str, object]] = []

    def first_screen(cmp: Comparison) -> None:
        view = window.view
        pane_text = view.new_pane.toPlainText()
        docks = [d.widget().isEnabled() for d in window.findChildren(QDockWidget) if d.widget()]
        seen.append(
            {
                "pending": [k for k, p in enumerate(cmp.pairs) if p.pending],
                "highlighted": _highlighted_pairs(window),
                "pane": pane_text,
                "counts": window.counts.text(),
                "docks": docks,
                "busy": session.busy,
                "shown": view.cmp is not None and len(view.cmp.pairs) == len(cmp.pairs),
                "cmp": cmp,
            }
        )

    session.partial.connect(first_screen)
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, timeout=120_000)
    # Shown as soon as it was aligned, and again once every pair was diffed (while the
    # texts were still scanned for the side panels).
    assert len(seen) == 2
    early, diffed = seen
    assert early["busy"] and early["shown"]
    whole = session.comparison
    assert whole is not None
    pending = early["pending"]
    assert isinstance(pending, list) and 0 < len(pending) < len(whole.pairs)
    # The first screen is diffed and highlighted; what is still compared is not.
    first = whole.rows()[0].index
    assert first not in pending
    highlighted = early["highlighted"]
    assert isinstance(highlighted, set) and highlighted and not highlighted & set(pending)
    changed_early = {k for k in highlighted if whole.pairs[k].changes}
    assert changed_early == highlighted
    # Pending pairs are marked as such, never "unchanged"; no counts are claimed.
    pane = str(early["pane"])
    assert status_text("comparing") in pane
    assert pane.count(status_text("unchanged")) <= len(whole.pairs) - len(pending)
    assert re.search(r"\d+ of [\d,]+ pairs highlighted", str(early["counts"]))
    assert "unchanged" not in str(early["counts"]) and "modified" not in str(early["counts"])
    assert early["docks"] and not any(early["docks"])  # greyed until the whole is in
    # Then every pair diffed: all counts, side panels still greyed until the scans are in.
    assert diffed["busy"] and not diffed["pending"] and diffed["cmp"] is whole
    assert "modified" in str(diffed["counts"]) and not any(diffed["docks"])
    assert window.view.cmp is whole  # not written into the panes once more at the end
    # The whole comparison: every pair diffed, the one comparing in one go gives.
    assert not any(p.pending for p in whole.pairs)
    assert all(d.widget().isEnabled() for d in window.findChildren(QDockWidget) if d.widget())
    assert status_text("comparing") not in window.view.new_pane.toPlainText()
    here = compare(read_document(str(medium_pair[0])), read_document(str(medium_pair[1])))
    assert json.dumps(comparison_json(whole), sort_keys=True) == json.dumps(
        comparison_json(here), sort_keys=True
    )


def test_cancel_once_the_first_screen_is_shown_returns_the_previous_pair(
    make_window, small_pair, qtbot, monkeypatch
) -> None:
    _shown_in_part(monkeypatch, small_pair)
    window = make_window()  # the bundled pair
    session = window.session
    previous = session.comparison
    title = window.windowTitle()
    shown = window.view.new_pane.toPlainText()
    cancelled: list[bool] = []

    def cancel(cmp: Comparison) -> None:
        cancelled.append(any(p.pending for p in cmp.pairs))
        session.cancel()  # what the progress panel's Cancel button does

    session.partial.connect(cancel)
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60_000)
    assert cancelled == [True]  # cancelled with pairs still being compared
    assert not session.busy
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    qtbot.wait(100)
    assert session.comparison is previous
    assert window.view.cmp is not None and len(window.view.cmp.pairs) == len(previous.pairs)
    assert window.windowTitle() == title
    assert window.view.new_pane.toPlainText() == shown
    assert status_text("comparing") not in window.counts.text()
    assert all(d.widget().isEnabled() for d in window.findChildren(QDockWidget) if d.widget())


def test_a_comparing_process_lost_mid_way_leaves_the_previous_pair_and_says_so(
    make_window, medium_pair, qtbot
) -> None:
    window = make_window()  # the bundled pair
    session = window.session
    previous = session.comparison
    shown = window.view.new_pane.toPlainText()
    session.apart_from = 0  # compared in a process of its own
    killed: list[int] = []

    def kill(*_texts: object) -> None:
        for child in multiprocessing.active_children():
            killed.append(child.pid or 0)
            child.kill()  # as the out-of-memory killer would

    session.textsRead.connect(kill)  # shown as read, being aligned
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    qtbot.waitUntil(lambda: bool(killed) and not session.busy, timeout=120_000)
    assert session.comparison is previous
    assert window.view.new_pane.toPlainText() == shown
    said = window.message_bar.texts()
    assert any("comparing process ended" in text for text in said), said
    assert not any("pairs marked" in text for text in said)  # no promise left standing
    assert all(d.widget().isEnabled() for d in window.findChildren(QDockWidget) if d.widget())
