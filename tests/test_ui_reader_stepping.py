"""What a new reader stumbled on in the window: stepping through changes, article names
in the interface language."""

from __future__ import annotations

import pytest

from treatyviewer.core.comparison import Row
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.names import label_name
from treatyviewer.ui.common.vocabulary import provenance_text
from treatyviewer.ui.state.undo import link_command

pytestmark = pytest.mark.gui


def test_next_change_stops_at_added_and_removed_articles_once(make_window) -> None:
    """From Art. I, F7 used to jump to Art. V over Art. II (Batum) and III (Nakhichevan)."""
    window = make_window(size=(1400, 900))
    view, label = window.view, window.position.change_label
    cmp = view.cmp
    added = {Row("added", cmp.new.index_of(label)) for label in ("II", "III")}
    removed = Row("removed", cmp.old.index_of("4"))
    art_i = Row("pair", cmp.new_to_pair[cmp.new.index_of("I")])
    art_v = Row("pair", cmp.new_to_pair[cmp.new.index_of("V")])
    window.actions_["go.next_change"].trigger()
    total = int(label.text().split(" of ")[1].split()[0])
    words = sum(len(p.changes) for p in cmp.pairs)
    assert words < total <= words + len(cmp.added) + len(cmp.removed)
    seen = [view.navigator.current_row]
    texts = [label.text()]
    for _ in range(total - 1):
        window.actions_["go.next_change"].trigger()
        seen.append(view.navigator.current_row)
        texts.append(label.text())
    wholes = [row for row in seen if row is not None and row.kind != "pair"]
    assert len(wholes) == len(set(wholes)) == len(cmp.added) + len(cmp.removed)
    assert removed in wholes
    order = [row for row in dict.fromkeys(seen) if row in added | {art_i, art_v}]
    assert order == [art_i, *sorted(added, key=lambda r: r.index), art_v]
    at_ii = seen.index(Row("added", cmp.new.index_of("II")))
    assert "Art. II added" in texts[at_ii]
    assert "word changes" in label.toolTip() and "whole articles" in label.toolTip()
    row = window.concordance.row_of(Row("added", cmp.new.index_of("II")))
    for _ in range(at_ii + 1):
        window.actions_["go.next_change"].trigger()
    assert window.concordance.selected_rows() == [row]


@pytest.fixture
def interface(qapp):  # type: ignore[no-untyped-def]
    def use(lang: str) -> None:
        assert i18n.install(qapp, lang) == lang

    yield use
    i18n.install(qapp, "en")


def test_article_names_and_undo_texts_follow_the_interface_language(make_window, interface) -> None:
    interface("ru")
    window = make_window()
    assert label_name("4") == "Ст. 4" and label_name("preamble") == "Преамбула"
    command = link_command(window.session, ("4",), ("IX",))
    assert "Ст. 4" in command.text() and "Art." not in command.text()
    model = window.concordance.model
    annexes = [
        name
        for row in range(model.rowCount())
        for name in model.references(row)[1]
        if "1 (C)" in name
    ]
    assert annexes == ["Приложение 1 (C)"]
    moved = " ".join(p.text for pane in window.view.panes() for p in pane.placeholders if p.pair)
    assert "Ст. 5" in moved and "Art." not in moved  # "Art. 5 … stood here — now Art. V"


def test_turkish_wording_for_reconstructed_and_mention(interface) -> None:
    interface("tr")
    assert provenance_text("reconstructed") == "yeniden oluşturulmuş"
    assert label_name("IV") == "Md. IV"


def _click_source(qtbot, window, side: str, offset: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    pane = window.view.old_pane if side == "old" else window.view.new_pane
    window.view.go_to(side, offset, offset + 1)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(window.view.layers.map(side).to_qt(offset) + 1)
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
    )


def test_clicking_a_noted_passage_selects_its_note(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    notes = window.reading.notes
    entry = next(
        e for e in window.reading.store.entries()
        if e.place is not None and e.place[0] == "new" and e.place[2] - e.place[1] > 4
    )  # fmt: skip
    assert notes.current_annotation() != entry.annotation.id
    _click_source(qtbot, window, "new", entry.place[1] + 2)
    assert notes.current_annotation() == entry.annotation.id


def test_note_and_badge_tooltips_wrap_at_about_sixty_characters(make_window, monkeypatch) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QToolTip

    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: shown.append(text))
    window = make_window(size=(1400, 900))
    pane = window.view.new_pane
    entry = next(
        e for e in window.reading.store.entries()
        if e.place is not None and e.place[0] == "new" and len(e.annotation.note) > 120
    )  # fmt: skip
    window.view.go_to("new", entry.place[1], entry.place[2])
    cursor = QTextCursor(pane.document())
    cursor.setPosition(window.view.layers.map("new").to_qt(entry.place[1]) + 1)
    point = pane.cursorRect(cursor).center()
    pane.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, pane.mapToGlobal(point)))
    assert shown and len(shown[-1].splitlines()) > 2
    assert max(len(line) for line in shown[-1].splitlines()) <= 62


def test_a_note_on_a_selection_quotes_whole_words(make_window) -> None:
    from PySide6.QtGui import QTextCursor

    window = make_window(size=(1400, 900))
    new = window.session.new
    word = new.text.index("detailed")
    start, end = word - 3, word + len("detaile")  # "he detaile": both ends mid-word
    pane = window.view.new_pane
    side_map = window.view.layers.map("new")
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(start))
    cursor.setPosition(side_map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    note_id = window.reading.annotate_selection()
    (target,) = window.reading.store.entry(note_id).annotation.targets
    assert target.exact == new.text[word - 4 : word + len("detailed")]
    assert target.exact.endswith("detailed") and target.exact[0].isalpha()


def test_an_unpaired_article_shows_where_its_matter_went(make_window) -> None:
    window = make_window()
    cmp = window.view.cmp
    four = cmp.old.index_of("4")
    doc = window.view.old_pane.document()
    heading = doc.findBlockByNumber(window.view.rendered[0].map.heading_block[four])
    assert "its matter went to I, II, III, XV" in heading.text()
    assert heading.next().text().startswith("What became of it: Replaced in 1921")
    model = window.concordance.model
    row = next(r for r in range(model.rowCount()) if model.rows[r] == Row("removed", four))
    assert "its matter went to I, II, III, XV" in model._value(row, "status")[0]


def test_selecting_an_entity_marks_its_mentions_in_view_and_lists_its_notes(make_window) -> None:
    window = make_window(size=(1400, 900))
    view, entities = window.view, window.reading.entities
    assert entities.select_entity("batum")
    old, new = entities.mention_spans("batum")
    assert len(new) >= 4
    assert view.layers.source_spans("new", "entity") == new
    assert view.layers.source_spans("old", "entity") == old
    assert view.layers.on_screen("new", new)  # no click on a mention needed to see them
    linked = {
        e.annotation.id
        for e in window.reading.store.entries()
        if "batum" in e.annotation.entity_ids
    }
    listed = {entities.notes_view.item(k).data(0x0100) for k in range(entities.notes_view.count())}
    assert linked and listed == linked
    note_id = entities.notes_view.item(0).data(0x0100)
    entities.notes_view.itemClicked.emit(entities.notes_view.item(0))
    assert window.reading.notes.current_annotation() == note_id


def test_a_reopened_session_keeps_the_reading_position_and_the_note(
    make_window, qtbot, tmp_path
) -> None:
    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    nine = cmp.new_to_pair[cmp.new.index_of("IX")]
    window.view.navigator.jump_to_pair(nine)
    qtbot.wait(50)
    assert window.position.row_at_top() == Row("pair", nine)
    entry = next(e for e in window.reading.store.entries() if e.segment == "IX")
    window.reading.notes.select_annotation(entry.annotation.id)
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    window.view.navigator.jump_to_pair(0)  # moving around is no edit
    assert not window.reading.controller.is_dirty
    other = make_window(size=(1400, 900))
    with qtbot.waitSignal(other.reading.controller.opened, timeout=30000):
        assert other.reading.controller.open(path)
    qtbot.waitUntil(lambda: other.position.row_at_top() == Row("pair", nine), timeout=5000)
    assert other.reading.notes.current_annotation() == entry.annotation.id


def test_inline_redline_shows_notes_mentions_badges_and_keeps_the_place(make_window) -> None:
    window = make_window(size=(1400, 900))
    view, cmp = window.view, window.view.cmp
    nine = Row("pair", cmp.new_to_pair[cmp.new.index_of("IX")])
    window.reading.entities.select_entity("kars")  # brings a mention into view: Art. I
    view.navigator.show_row(nine)
    assert view.navigator.row_at_top() == nine
    side_notes = len(view.new_pane.overlay.spans("annotation"))
    window.actions_["view.mode.inline"].setChecked(True)  # Ctrl+2
    assert view.navigator.row_at_top() == nine
    inline = view.inline_pane.overlay
    assert len(inline.spans("entity")) == len(view.new_pane.overlay.spans("entity")) == 2
    assert len(inline.spans("annotation")) >= side_notes
    doc = view.inline_pane.document()
    headings = [doc.findBlockByNumber(n).text() for n in view.inline.row_blocks]
    side_badges = sum(
        doc_.findBlockByNumber(n).text().count(word)
        for pane, doc_ in ((view.old_pane, view.old_pane.document()),
                           (view.new_pane, view.new_pane.document()))
        for n in (view.rendered[0] if pane is view.old_pane else view.rendered[1]).map.heading_block.values()
        for word in ("reconstructed", "paraphrased")
    )  # fmt: skip
    inline_badges = sum(h.count(w) for h in headings for w in ("reconstructed", "paraphrased"))
    assert (
        inline_badges >= side_badges * 0.6
    )  # pairs with the same badge on both sides show it once
    window.actions_["view.mode.side"].setChecked(True)
    assert view.navigator.row_at_top() == nine


def test_a_note_on_a_selection_in_the_inline_redline(make_window) -> None:
    """Annotate Selection said "Select a passage first" over a visible selection inline."""
    from PySide6.QtGui import QTextCursor

    window = make_window(size=(1400, 900))
    window.actions_["view.mode.inline"].trigger()
    inline = window.view.inline
    assert inline is not None and window.view.mode == "inline"
    new = window.session.new
    word = new.text.index("detailed")
    side_map = inline.maps["new"]
    pane = window.view.inline_pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(word))
    cursor.setPosition(side_map.to_qt(word + len("detailed")), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    note_id = window.reading.annotate_selection()
    assert note_id is not None
    entry = window.reading.store.entry(note_id)
    (target,) = entry.annotation.targets
    assert target.exact == "detailed"
    assert entry.place is not None and entry.place[0] == "new"


SWAPPED_OLD = "\n\n".join(
    f"Article {n}\n\n{body}"
    for n, body in enumerate(
        [
            "The frontier follows the river from the bridge at Sarp to the sea.",
            "Each party keeps a consul in the port of the other.",
            "Goods in transit through the port pay no customs duty.",
            "The fishing grounds of the lake are shared by both villages.",
            "A mixed commission settles every claim arising from this treaty.",
        ],
        1,
    )
)
SWAPPED_NEW = (
    SWAPPED_OLD.replace("Goods in transit through the port pay no customs duty.", "SWAP")
    .replace(
        "The fishing grounds of the lake are shared by both villages.",
        "Goods in transit through the port pay no customs duty.",
    )
    .replace("SWAP", "The fishing grounds of the lake are shared by both villages.")
)


def test_next_change_stops_at_an_article_moved_with_its_words_kept(
    make_window, qtbot, tmp_path
) -> None:
    """Two articles swapped, every word kept: F7 said "Change 1 of 1" (the numbers)
    or found nothing, and the overview bar showed no mark where they moved."""
    from conftest import open_texts

    window = make_window(size=(1400, 900))
    open_texts(qtbot, window, tmp_path, SWAPPED_OLD, SWAPPED_NEW)
    cmp = window.view.cmp
    moved = {k for k, p in enumerate(cmp.pairs) if p.moved and p.status == "unchanged"}
    assert moved  # the aligner sees the swap
    seen, texts = set(), []
    for _ in range(6):
        window.actions_["go.next_change"].trigger()
        key = window.view.navigator.current_key
        if isinstance(key, Row) and key.kind == "pair":
            seen.add(key.index)
            texts.append(window.position.change_label.text())
    assert seen == moved
    assert any("moved (its words kept)" in t for t in texts)
    moved_colour = window.view.scheme.status("moved").name()
    assert any(t.colour == moved_colour for t in window.view.overview.ticks)
