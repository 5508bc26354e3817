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


def _new_note_on_a_word(window):
    """A new, empty note on the word "detailed" of the newer text: the store, the note's
    id, the editor it opened in, and how many notes there were before."""
    store = window.reading.store
    before = len(store.annotations())
    word = window.session.new.text.index("detailed")
    _select(window, "new", word, word + len("detailed"))
    note_id = window.reading.annotate_selection()
    assert len(store.annotations()) == before + 1
    return store, note_id, window.reading.notes.editor, before


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


def test_a_note_on_a_word_of_a_longer_name_links_the_name(make_window) -> None:
    """A reader double-clicked "Straits" in Article V: the name found there is "the
    Straits", which the word selected did not hold whole, and the note linked nothing
    (selecting "Kars" had linked Kars)."""
    window = make_window(size=(1400, 900))
    panel = window.reading.entities
    new = window.session.new
    straits = next(m for m in panel._mentions["new"] if new.text[m.start : m.end] == "the Straits")
    word = straits.end - len("Straits")
    _select(window, "new", word, straits.end)
    note_id = window.reading.annotate_selection()
    assert window.reading.store.entry(note_id).annotation.entity_ids == (straits.entity_id,)
    # a word of the sentence around it names nothing
    before = new.text.rindex(" ", 0, straits.start - 1) + 1
    _select(window, "new", before, straits.start - 1)
    note_id = window.reading.annotate_selection()
    assert window.reading.store.entry(note_id).annotation.entity_ids == ()


def test_escape_from_a_new_note_left_empty_takes_it_back(make_window, qtbot) -> None:
    """Annotate, then Escape without a word: an empty note stayed in the list, to be
    found and deleted. It is taken back; a note with words stays, and Escape goes
    back to the text either way."""
    from PySide6.QtCore import Qt

    window = make_window(size=(1400, 900))
    window.show()
    store, note_id, editor, before = _new_note_on_a_word(window)
    word = window.session.new.text.index("detailed")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert len(store.annotations()) == before
    assert store.entry(note_id) is None
    assert not store.undo_stack.canRedo()  # Redo had brought the empty note back
    assert not window.actions_["edit.redo"].isEnabled()

    _select(window, "new", word, word + len("detailed"))
    kept = window.reading.annotate_selection()
    qtbot.keyClicks(editor.note_edit, "compare the 1920 wording")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert store.entry(kept).annotation.note == "compare the 1920 wording"
    assert len(store.annotations()) == before + 1


def test_a_note_on_this_pair_with_the_review_list_empty_is_on_the_pair_read(
    make_window, qtbot
) -> None:
    """The concordance showed "To review", where the pair on screen was not listed:
    Note on This Pair said to select a pair first, with Article V plainly read."""
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    dock = window.concordance
    dock.tabs.setCurrentIndex(1)  # "To review"
    dock.table.clearSelection()
    dock.select_row(0)  # a row the list kept selected from before (the Preamble)
    k = next(k for k, p in enumerate(cmp.pairs) if cmp.label_of("new", p.new) == ["V"])
    window.view.jump_to_pair(k)
    for pane in window.view.panes():
        pane.flush_relayout()
    note_id = window.reading.note_on_pair()
    assert note_id is not None
    target = window.reading.store.entry(note_id).annotation.targets[0]
    assert target.pair is not None and target.pair.new == ("V",)


def test_escape_from_a_new_empty_note_on_a_pair_or_in_the_redline(make_window, qtbot) -> None:
    """Note on This Pair, then Escape, left an empty note; in the inline redline,
    Escape from a note left no text with the keyboard focus."""
    from PySide6.QtCore import Qt

    window = make_window(size=(1400, 900))
    window.show()
    store = window.reading.store
    before = len(store.annotations())
    window.reading.note_on_pair()
    editor = window.reading.notes.editor
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert len(store.annotations()) == before and not store.undo_stack.canRedo()

    new = window.session.new
    word = new.text.index("detailed")
    _select(window, "new", word, word + len("detailed"))
    assert window.reading.annotate_selection() is not None
    window.actions_["view.mode.inline"].trigger()  # read on in the redline
    qtbot.keyClicks(editor.note_edit, "a word on it")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert window.view.inline_pane.hasFocus()


def test_a_new_note_left_empty_by_clicking_away_is_taken_back(make_window, qtbot) -> None:
    """Annotate, then a click back in the text without a word written: the empty note
    stayed in the list (only Escape took it back). It goes, and Redo does not bring it
    back; a note written and left at once by a click keeps its words."""
    from PySide6.QtCore import QPoint, Qt

    window = make_window(size=(1400, 900))
    window.show()
    window.activateWindow()
    pane = window.view.new_pane
    store, note_id, editor, before = _new_note_on_a_word(window)
    word = window.session.new.text.index("detailed")
    qtbot.waitUntil(editor.note_edit.hasFocus)

    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    qtbot.waitUntil(lambda: store.entry(note_id) is None, timeout=2000)
    assert len(store.annotations()) == before
    assert not store.undo_stack.canRedo()
    redo = window.actions_["edit.redo"]  # Edit offered "Redo Add note on …", to no effect
    assert not redo.isEnabled() and "Add note" not in redo.text()
    store.undo_stack.undo()  # nor does Undo: it takes back what came before
    assert all(a.note for a in store.annotations())
    store.undo_stack.redo()

    _select(window, "new", word, word + len("detailed"))
    left = window.reading.annotate_selection()
    qtbot.waitUntil(editor.note_edit.hasFocus)
    window.actions_["notes.pair"].trigger()  # another note at once
    qtbot.waitUntil(lambda: store.entry(left) is None, timeout=2000)
    assert len(store.annotations()) == before + 1  # the note on the pair alone
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Escape)
    assert len(store.annotations()) == before and not window.actions_["edit.redo"].isEnabled()

    _select(window, "new", word, word + len("detailed"))
    kept = window.reading.annotate_selection()
    qtbot.waitUntil(editor.note_edit.hasFocus)
    qtbot.keyClicks(editor.note_edit, "compare the 1920 wording")
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    qtbot.wait(50)
    assert store.entry(kept).annotation.note == "compare the 1920 wording"
    assert len(store.annotations()) == before + 1
