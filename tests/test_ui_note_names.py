"""A note on a passage that names a place is linked to that place from the start.

A reader selected "Kars" in the treaty, wrote a note, and found it linked to nothing:
the note showed under Kars in Parties and Places only once linked by hand.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

pytestmark = pytest.mark.gui


def _select(window, side: str, start: int, end: int) -> None:
    pane = window.view.new_pane if side == "new" else window.view.old_pane
    side_map = window.view.layers.map(side)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(start))
    cursor.setPosition(side_map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def test_a_note_on_a_named_place_links_it(make_window) -> None:
    window = make_window(size=(1400, 900))
    panel = window.reading.entities
    new = window.session.new
    kars = next(m for m in panel._mentions["new"] if new.text[m.start : m.end] == "Kars")
    _select(window, "new", kars.start, kars.end)
    note_id = window.reading.annotate_selection()
    assert window.reading.store.entry(note_id).annotation.entity_ids == (kars.entity_id,)


def test_a_note_on_a_few_names_links_each_once_in_order(make_window) -> None:
    window = make_window(size=(1400, 900))
    panel = window.reading.entities
    mentions = panel._mentions["new"]
    first = mentions[0]
    last = next(m for m in mentions if m.entity_id != first.entity_id and m.start > first.end)
    _select(window, "new", first.start, last.end)
    note_id = window.reading.annotate_selection()
    inside = [m.entity_id for m in mentions if first.start <= m.start and m.end <= last.end]
    linked = window.reading.store.entry(note_id).annotation.entity_ids
    assert 2 <= len(set(inside)) <= 3, inside
    assert linked == tuple(dict.fromkeys(inside))


def test_a_note_on_a_sentence_of_many_names_is_the_readers_to_link(make_window) -> None:
    window = make_window(size=(1400, 900))
    panel = window.reading.entities
    mentions = panel._mentions["new"]
    # From the first name to the fourth different one: too many to be what it is about.
    ids: list[str] = []
    for m in mentions:
        if m.entity_id not in ids:
            ids.append(m.entity_id)
        if len(ids) == 4:
            break
    _select(window, "new", mentions[0].start, m.end)
    note_id = window.reading.annotate_selection()
    assert window.reading.store.entry(note_id).annotation.entity_ids == ()


def test_a_passage_without_names_links_nothing(make_window) -> None:
    window = make_window(size=(1400, 900))
    new = window.session.new
    word = new.text.index("detailed")
    _select(window, "new", word, word + len("detailed"))
    note_id = window.reading.annotate_selection()
    assert window.reading.store.entry(note_id).annotation.entity_ids == ()
