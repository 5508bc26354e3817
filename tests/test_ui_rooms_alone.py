"""Rooms of the window built on their own, with only what they use and no main window:
the concordance, the reading surface and the export each work and signal upward."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QWidget

from treatyviewer.ui.app.exporting import WindowExport
from treatyviewer.ui.app.message_bar import MessageBar
from treatyviewer.ui.common.colours import LIGHT
from treatyviewer.ui.compare.comparison_view import ComparisonView
from treatyviewer.ui.concordance.concordance_dock import ConcordanceDock
from treatyviewer.ui.state.annotation_store import AnnotationStore
from treatyviewer.ui.state.session import ComparisonSession
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


@pytest.fixture
def session(qtbot) -> ComparisonSession:  # type: ignore[no-untyped-def]
    session = ComparisonSession()
    with qtbot.waitSignal(session.changed, timeout=TIMEOUT):
        session.open_pair("draft-1920", "moscow-1921")
    return session


def test_concordance_alone_asks_to_jump_to_the_row_the_reader_activates(qtbot, session):  # type: ignore[no-untyped-def]
    dock = ConcordanceDock(LIGHT)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    assert session.comparison is not None
    dock.model.set_comparison(session.comparison)
    rows = dock.model.rows
    added = next(k for k, row in enumerate(rows) if row.kind == "added")
    dock.table.setFocus()
    dock.table.setCurrentIndex(dock.proxy.mapFromSource(dock.model.index(added, 0)))
    with qtbot.waitSignal(dock.jumpRequested, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    assert blocker.args == [rows[added]]


def test_comparison_view_alone_steps_to_the_first_change(qtbot, session):  # type: ignore[no-untyped-def]
    view = ComparisonView(LIGHT, QFont())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_comparison(session.comparison)
    for pane in view.panes():
        pane.flush_relayout()
    with qtbot.waitSignal(view.changeVisited, timeout=TIMEOUT) as blocker:
        view.next_change(1)
    index, total, _edge = blocker.args
    assert index == 0
    assert total > 1


def test_export_alone_writes_the_comparison_and_says_so(qtbot, tmp_path: Path, session):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    messages = MessageBar()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store = AnnotationStore(session, QUndoStack())
    exports = WindowExport(session, settings, messages, store, host)
    target = tmp_path / "pair.json"
    with qtbot.waitSignal(exports.done, timeout=TIMEOUT) as blocker:
        assert exports.start("json", target)
    assert blocker.args == [str(target), True]
    assert not exports.busy
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"].startswith("treatyviewer.comparison/")
    assert data["pairs"]
    assert any("pair.json" in text for text in messages.texts())


def test_an_offer_to_recover_is_never_hidden_behind_more(qtbot):  # type: ignore[no-untyped-def]
    """The offer to recover unsaved work came first at start-up and was folded under
    "1 more message…" by the two notices of the texts that followed it."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    recovered: list[bool] = []
    bar.show_message("The last session did not close cleanly.", "warning",
                     choices=[("Recover", lambda: recovered.append(True))])  # fmt: skip
    bar.show_message("The older text: numbering found", tag="old")
    bar.show_message("The newer text: numbering found", tag="new")
    assert bar.texts()[0] == "The last session did not close cleanly."
    assert [m.text for m in bar.waiting()] == []
    assert len(bar.texts()) == 3


def test_message_bar_keeps_the_earlier_notices_behind_a_more_button(qtbot):  # type: ignore[no-untyped-def]
    """Both texts of a real pair may bring notices (front matter, numbering, encoding):
    the bar shows two at a time, but the earlier ones wait instead of being dropped,
    come back as the shown ones are dismissed, and all show on "more"."""
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    for n in range(1, 5):
        bar.show_message(f"notice {n}", tag="old" if n < 3 else "new")
    assert bar.texts() == ["notice 3", "notice 4"]
    assert [m.text for m in bar.waiting()] == ["notice 1", "notice 2"]
    assert bar.more.isVisible() and bar.more.text() == "2 more messages…"
    bar.messages()[-1].closed.emit()  # the reader dismisses notice 4
    assert bar.texts() == ["notice 2", "notice 3"] and bar.more.text() == "1 more message…"
    qtbot.mouseClick(bar.more, Qt.MouseButton.LeftButton)
    assert bar.texts() == ["notice 1", "notice 2", "notice 3"] and not bar.more.isVisible()
    assert all(m.isVisible() for m in bar.messages())
    bar.clear_tagged(lambda tag: tag != "old")
    assert bar.texts() == ["notice 3"] and bar.isVisible()
