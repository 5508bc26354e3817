"""Find in a long text: typing never waits for the search, which goes through both
panes a slice at a time between events, and then counts and visits every match,
parked articles included."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint

from conftest import WORDS, wait_compared, write_treaty_pair

pytestmark = pytest.mark.gui


def test_find_in_a_long_text_keeps_typing_free_and_reaches_every_match(
    make_window, tmp_path, qtbot
) -> None:
    pair = write_treaty_pair(tmp_path, "find", articles=80, words_per_article=80, edits=300)
    window = make_window(size=(1000, 500))
    window.view.long_text = 0  # laid out lazily: far articles are parked
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    wait_compared(qtbot, window, previous)
    bar = window.find_bar
    bar.scan.at_once, bar.scan.slice = 0, 3000  # this text counts as long, in many slices
    word = WORDS[3]
    expected = sum(
        len(re.findall(re.escape(word), p.read_text(encoding="utf-8"), re.IGNORECASE)) for p in pair
    )
    assert expected > 20
    bar.open()
    qtbot.keyClicks(bar.edit, word)
    # Typing searched nothing yet: the window answered every key at once.
    assert bar.matches == [] and bar.count.text().startswith("searching")
    qtbot.waitUntil(lambda: bar.scan.running, timeout=3000)
    assert bar.matches == []  # the search goes on between events, not in one go
    qtbot.waitUntil(lambda: not bar.scan.running and bool(bar.matches), timeout=10000)
    found = len(bar.matches)
    assert found == expected
    pane = bar.matches[bar.current][0]
    here = [k for k, m in enumerate(bar.matches) if m[0] is pane]
    side = "older" if pane is window.view.old_pane else "newer"
    nth = here.index(bar.current) + 1
    assert bar.count.text() == f"{nth} of {len(here)} in the {side} text · {found} in both"
    assert {pane for pane, _a, _b in bar.matches} == set(window.view.panes()[:2])
    visited = set()
    for _ in range(found):
        bar.step(1)
        pane, start, end = bar.matches[bar.current]
        visited.add((pane.side, start))
        shown = pane.cursorForPosition(QPoint(0, 0)).position() <= start
        assert shown and pane.document().toPlainText()[start:end].lower() == word.lower()
        # Highlighted as the current match, and as a match: a parked article written
        # back collapsed the selections made in it (no highlight at all).
        qtbot.wait(1)
        spans = [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.extraSelections()
        ]
        assert spans.count((start, end)) == 2, (start, end)
    assert len(visited) == found


def test_a_comparison_shown_with_nothing_to_find_takes_no_text_from_the_panes(
    make_window, tmp_path, qtbot
) -> None:
    pair = write_treaty_pair(tmp_path, "empty", articles=40, words_per_article=60, edits=100)
    window = make_window(size=(1000, 500))
    window.view.long_text = 0
    previous = window.session.comparison
    window.open_pair(str(pair[0]), str(pair[1]))
    wait_compared(qtbot, window, previous)
    bar = window.find_bar
    # Every comparison shown searches again for what the bar holds: with nothing there,
    # no pane's whole text is taken from Qt (a long text's is tens of megabytes).
    assert bar.edit.text() == "" and len(bar.scan.texts) == 0
    # A long search takes each pane's text in a turn of its own, then searches it.
    bar.scan.at_once, bar.scan.slice = 0, 3000
    held_after_turn: list[int] = []
    shown = bar.scan.progressed
    bar.scan.progressed = lambda: (held_after_turn.append(len(bar.scan.texts)), shown())
    bar.open()
    qtbot.keyClicks(bar.edit, WORDS[3])
    qtbot.waitUntil(lambda: not bar.scan.running and bool(bar.matches), timeout=10000)
    assert len(bar.scan.texts) == 2
    assert held_after_turn[0] == 1 and held_after_turn.count(1) > 1  # (searched meanwhile)


def test_find_without_accents_finds_the_accented_words(make_window, tmp_path, qtbot) -> None:
    """ "decoration" had found nothing in a French code that says "décoration" 68 times;
    readers type without accents (and Greek without its tonos)."""
    old, new = tmp_path / "ancien.txt", tmp_path / "nouveau.txt"
    old.write_text(
        "Article 1\n\nLa décoration est remise par le grand chancelier.\n\n"
        "Article 2\n\nΗ Διαδικασία ορίζεται με απόφαση.\n",
        "utf-8",
    )
    new.write_text(
        "Article 1\n\nLa Décoration est remise par le grand chancelier de l'ordre.\n\n"
        "Article 2\n\nΗ Διαδικασία ορίζεται με νέα απόφαση.\n",
        "utf-8",
    )
    window = make_window()
    previous = window.session.comparison
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, previous)
    bar = window.find_bar
    for needle, found in (("decoration", 2), ("διαδικασια", 2), ("décoration", 2)):
        bar.open()
        bar.edit.setText(needle)
        bar.search()
        qtbot.waitUntil(lambda: not bar.scan.running and bool(bar.matches), timeout=10000)
        assert len(bar.matches) == found, needle
