"""Long texts are put into the panes in slices: the result reads exactly like a text
built at once, and Cancel during the slices keeps the previous pair."""

from __future__ import annotations

from conftest import wait_compared


def _walk(window, stops: int = 10) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Where Next Change and then Find take the reader: both panes' scroll positions."""
    panes = window.view.panes()[:2]
    seen = []
    for _ in range(stops):
        window.actions_["go.next_change"].trigger()
        seen.append(tuple(p.verticalScrollBar().value() for p in panes))
    window.find_bar.edit.setText("Kars")
    window.find_bar.search()
    for _ in range(3):
        window.find_bar.step(1)
        seen.append(tuple(p.verticalScrollBar().value() for p in panes))
    return seen


def test_a_pair_built_in_slices_reads_like_one_built_at_once(make_window, qtbot) -> None:
    whole = make_window()  # the bundled pair, built at once
    sliced = make_window()
    stages: list[str] = []
    sliced.session.started.connect(stages.append)
    sliced.session.slice_above = 0  # treat even the bundled pair as a long text
    previous = sliced.session.comparison
    sliced.session.reload()
    wait_compared(qtbot, sliced, previous)
    assert len(stages) == 2  # reading and comparing, then laying out in slices
    for a, b in zip(whole.view.panes()[:2], sliced.view.panes()[:2], strict=True):
        assert a.toPlainText() == b.toPlainText()
    for side in (0, 1):
        assert sliced.view.geo[side].ranges == whole.view.geo[side].ranges
    assert sliced.view.overview.ticks == whole.view.overview.ticks
    assert _walk(sliced) == _walk(whole)


def test_cancel_while_laying_out_keeps_the_previous_pair(make_window, small_pair, qtbot) -> None:
    window = make_window()
    session = window.session
    previous, shown = session.comparison, window.view.panes()[0].toPlainText()
    session.slice_above = 0

    def cancel_when_laying_out(label: str) -> None:
        if label == session.tr("Laying out the texts…"):
            session.cancel()

    session.started.connect(cancel_when_laying_out)
    with qtbot.waitSignal(session.idle, timeout=30_000):
        window.open_pair(str(small_pair[0]), str(small_pair[1]))
    qtbot.wait(100)
    assert session.comparison is previous
    assert (session.old_name, session.new_name) == ("draft-1920", "moscow-1921")
    assert window.view.panes()[0].toPlainText() == shown
