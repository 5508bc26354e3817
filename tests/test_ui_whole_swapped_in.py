"""A long pair is shown as soon as its articles are paired, most pairs still being
compared; when the whole comparison follows, the panes keep what they have written
(the reader is not taken back to the top, nothing is written twice) and it is patched
in: the badges say what became of each pair, the changed words are highlighted, and
the panes then read exactly as the whole comparison written afresh (but for the
overview's marks of changes in articles let go before the whole came: they stand at
their article's heading, within the article, until it is laid out again)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import wait_compared, write_treaty_pair
from test_ui_long_texts import _layout, _seen
from treatyviewer.core import streamed
from treatyviewer.core.comparison import Comparison
from treatyviewer.io.readers import read_document
from treatyviewer.ui.common.vocabulary import status_text
from treatyviewer.ui.compare.formats import CHANGE_PROP
from treatyviewer.ui.compare.render import reflow
from treatyviewer.ui.state import session as session_module

pytestmark = pytest.mark.gui


@pytest.fixture
def medium_pair(tmp_path: Path) -> tuple[Path, Path]:
    return write_treaty_pair(tmp_path, "medium", articles=80, words_per_article=80, edits=300)


def _wrongly_highlighted(view) -> list[str]:  # type: ignore[no-untyped-def]
    """Highlighted words that are not (part of) the change their highlight names."""
    wrong = []
    for side, pane in enumerate((view.old_pane, view.new_pane)):
        rendered = view.rendered[side]
        text = (view.cmp.old, view.cmp.new)[side].text
        block = pane.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                cid = fragment.charFormat().property(CHANGE_PROP)
                if isinstance(cid, int) and cid >= 0:
                    change = rendered.changes[cid][1]
                    start, end = (
                        (change.old_start, change.old_end)
                        if side == 0
                        else (change.new_start, change.new_end)
                    )
                    at = rendered.map.to_src(fragment.position())
                    inside = start <= at and at + fragment.length() <= end
                    if not inside or reflow(text[at : at + fragment.length()]) != fragment.text():
                        wrong.append(fragment.text())
                it += 1
            block = block.next()
    return wrong


def _near(ticks: list, others: list, room: float, colour: bool = True) -> bool:  # type: ignore[type-arg]
    """Each tick has one in the same column (and of the same colour) within ``room``
    in ``others``."""
    return all(
        any(
            t.column == o.column
            and (t.colour == o.colour or not colour)
            and abs(t.start - o.start) <= room
            for o in others
        )
        for t in ticks
    )


def test_the_whole_comparison_is_patched_into_the_panes_not_written_again(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    # Shown once paired, only its first two articles diffed: the rest "comparing…".
    monkeypatch.setattr(session_module, "PARTIAL_FROM", 0)
    third = read_document(str(medium_pair[1])).segments[2].start
    monkeypatch.setattr(streamed, "FIRST_CHARS", third)
    window = make_window(size=(1200, 500))
    view = window.view
    view.long_text = 0  # written step by step, far articles let go, as a long text is
    shown: list[tuple[bool, object, object]] = []

    def partial(cmp: Comparison) -> None:
        pending = any(p.pending for p in cmp.pairs)
        shown.append((pending, view.old_pane.document(), view.new_pane.document()))

    window.session.partial.connect(partial)
    previous = window.session.comparison
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, previous)
    assert [pending for pending, *_ in shown] == [True, False]
    # The documents written while the pairs were compared are the ones shown now.
    (_, old_doc, new_doc), (_, old_after, new_after) = shown
    assert old_after is old_doc and new_after is new_doc
    assert view.old_pane.document() is old_doc and view.new_pane.document() is new_doc
    assert view.cmp is window.session.comparison
    assert not any(p.pending for p in view.cmp.pairs)
    for pane in (view.old_pane, view.new_pane):
        assert status_text("comparing") not in pane.toPlainText()
    assert _wrongly_highlighted(view) == []
    patched, seen = _layout(view), _seen(view)
    assert _wrongly_highlighted(view) == []  # also in the articles written back when read
    # The same comparison written afresh reads the same, page by page.
    view.show_comparison(view.cmp, swap=False)
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    assert view.new_pane.document() is not new_doc
    afresh = _layout(view)
    patched_ticks, ticks = patched.pop("ticks"), afresh.pop("ticks")
    assert afresh == patched
    assert _seen(view) == seen
    tallest = max(b - t for geo in view.geo for t, b in geo.ranges.values())
    room = tallest / max(geo.height for geo in view.geo)  # an article's share of the bar
    assert _near(patched_ticks, ticks, room)
    assert _near(ticks, patched_ticks, room, colour=False)  # (one row shows one colour)


def test_the_count_of_changes_says_so_far_while_pairs_are_compared(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    """A reader saw "Change 1 of 251", later "923 of 923": the total grew as the pairs
    were compared, and nothing said that it would."""
    monkeypatch.setattr(session_module, "PARTIAL_FROM", 0)
    third = read_document(str(medium_pair[1])).segments[2].start
    monkeypatch.setattr(streamed, "FIRST_CHARS", third)
    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    said: list[tuple[bool, str]] = []

    def partial(cmp: Comparison) -> None:
        window.actions_["go.next_change"].trigger()
        said.append((any(p.pending for p in cmp.pairs), window.position.change_label.text()))

    window.session.partial.connect(partial)
    previous = window.session.comparison
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, previous)
    assert said and said[0][0] and said[0][1].endswith("so far"), said
    # Once compared and written, the count is the whole one without another key press.
    qtbot.waitUntil(lambda: not window.view.writing(), timeout=30000)
    qtbot.waitUntil(lambda: "so far" not in window.position.change_label.text(), timeout=10000)
    label = window.position.change_label.text()
    total = window.view.navigator.current_place()
    assert total is not None and label.startswith(f"Change {total[0] + 1} of {total[1]}"), label


def test_the_last_change_written_so_far_is_not_called_the_last(
    make_window, medium_pair, qtbot, monkeypatch
) -> None:
    """Side by Side on a long pair still being written: F7 at the last change written
    said "Last change — press F7 again to start over", and a reader stopped there with
    thousands of changes to come."""
    monkeypatch.setattr(session_module, "PARTIAL_FROM", 0)
    third = read_document(str(medium_pair[1])).segments[2].start
    monkeypatch.setattr(streamed, "FIRST_CHARS", third)
    window = make_window(size=(1200, 500))
    window.view.long_text = 0
    said: list[str] = []

    def partial(cmp: Comparison) -> None:
        if said:
            return
        for _ in range(500):  # on to the last change written
            window.actions_["go.next_change"].trigger()
            now = window.view.navigator.current_place()
            if now is None or now[0] + 1 >= now[1]:
                break
        said.append(window.position.change_label.text())

    window.session.partial.connect(partial)
    previous = window.session.comparison
    window.open_pair(str(medium_pair[0]), str(medium_pair[1]))
    wait_compared(qtbot, window, previous)
    assert said and "start over" not in said[0] and "more come" in said[0], said
