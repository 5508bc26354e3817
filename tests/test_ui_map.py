"""The Map dock in the real window: built on first show, follows reading, linked both ways."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from conftest import open_texts, wait_compared
from treatyviewer.core.map_scene import _overlaps
from treatyviewer.ui.common import i18n


def _open_map(window, qtbot):  # type: ignore[no-untyped-def]
    window.actions_["view.map"].setChecked(True)
    qtbot.waitUntil(lambda: window.map_room.panel is not None, timeout=20000)
    panel = window.map_room.panel
    qtbot.waitUntil(
        lambda: panel.canvas.scene is not None and bool(panel.canvas.scene.places), timeout=20000
    )
    return panel


def test_map_is_not_built_until_shown(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.map_room.panel is None
    assert not window.map_room.dock.isVisible()


def test_clicking_kars_selects_it_in_parties_and_places(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    # Before a place is chosen no empty list stands under the legend as a blank box.
    assert not panel.details.isVisible()
    point = panel.canvas.place_point("kars")
    assert point is not None
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.reading.entities.selected_entity() == "kars"
    assert panel.details.isVisible()
    # Its mentions are listed: none in the draft, two in the 1921 treaty.
    texts = [panel.details.item(i).text() for i in range(panel.details.count())]
    assert texts[0].startswith("0 mentions in"), texts
    assert sum("[Kars]" in t for t in texts) >= 2, texts
    if os.environ.get("TREATYVIEWER_SHOTS"):
        window.grab().save(str(Path(os.environ["TREATYVIEWER_SHOTS"]) / "map-dock.png"))


def test_choosing_a_place_in_the_index_shows_it_on_the_map(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    assert window.reading.entities.select_entity("batum")
    assert panel.canvas.current == "batum"
    assert "Batum" in panel.details_title.text()


def test_mention_line_jumps_to_the_passage(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    panel.select_place("ardahan")
    item = next(
        panel.details.item(i)
        for i in range(panel.details.count())
        if "[Ardahan]" in panel.details.item(i).text()
    )
    side, start, end = item.data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(panel.goTo):
        panel.details.itemClicked.emit(item)
    cursor = window.view.new_pane.textCursor()
    assert side == "new"
    assert window.view.new_pane.toPlainText()  # the pane shows the treaty
    assert cursor is not None and end > start


def test_reading_article_one_emphasises_the_frontier(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    cmp = window.session.comparison
    row = next(r for r, row in enumerate(window.concordance.model.rows)
               if row.kind == "pair" and cmp.new.segments[cmp.pairs[row.index].new[0]].label == "I")  # fmt: skip
    window.concordance.select_row(row)  # as a click on the row does: select, then jump there
    window.concordance.jumpRequested.emit(window.concordance.model.rows[row])
    qtbot.waitUntil(lambda: "moscow-frontier" in panel.focus_features, timeout=20000)
    scene = panel.canvas.scene
    frontier = next(f for f in scene.features if f.id == "moscow-frontier")
    assert frontier.emphasised
    assert {p.entity_id for p in scene.places if p.emphasised} >= {"kars", "ardahan", "sarp"}


def test_earlier_version_hides_the_1921_lines(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    panel.set_version("old")
    scene = panel.canvas.scene
    assert scene.features == []
    assert scene.place("kars") is None  # the draft does not name Kars
    panel.set_version("new")
    assert panel.canvas.scene.place("kars") is not None


def test_keyboard_walks_the_places(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    panel.canvas.setFocus()
    seen = set()
    for _ in range(len(panel.canvas.scene.places)):
        qtbot.keyClick(panel.canvas, Qt.Key.Key_Right)
        seen.add(panel.canvas.current)
    assert seen == {p.entity_id for p in panel.canvas.scene.places}
    qtbot.keyClick(panel.canvas, Qt.Key.Key_Return)
    assert window.reading.entities.selected_entity() == panel.canvas.current
    assert QPoint(0, 0) is not None


def _in_front(dock) -> bool:  # type: ignore[no-untyped-def]
    """Tabbed docks behind the front one count as visible; they show nothing."""
    return not dock.visibleRegion().isEmpty()


def test_texts_naming_no_mappable_place_bring_parties_and_places_to_the_front(
    make_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Two licences after the treaty: an empty map no longer stays in front."""
    window = make_window(size=(1500, 950))
    _open_map(window, qtbot)
    dock, parties = window.map_room.dock, window.reading.entity_dock
    qtbot.waitUntil(lambda: _in_front(dock) and not _in_front(parties))
    open_texts(
        qtbot, window, tmp_path,
        "Licence\n\n1. You may copy the program.\n",
        "Licence\n\n1. You may copy and share the work.\n",
    )  # fmt: skip
    qtbot.waitUntil(lambda: _in_front(parties) and not _in_front(dock), timeout=5000)
    assert window.actions_["view.map"].isChecked()  # still open, as a tab behind
    previous = window.session.comparison
    window.open_pair("draft-1920", "moscow-1921")  # places again: the tabs stay as they are
    wait_compared(qtbot, window, previous)
    qtbot.wait(100)
    assert _in_front(parties) and not _in_front(dock)


def test_every_place_the_texts_name_is_named_or_listed_at_any_size(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Constantinople, the Straits and the Black Sea were neither drawn nor listed; the
    list under the map must follow the map as laid out at the dock's present size."""
    window = make_window(size=(1500, 950))
    panel = _open_map(window, qtbot)
    for width in (1500, 1100):
        window.resize(width, 950)
        qtbot.waitUntil(lambda: panel.canvas.scene is not None, timeout=10000)
        panel.canvas.repaint()
        scene = panel.canvas.scene
        text = panel.unlocated.text()
        for entity_id in ("constantinople", "straits", "black-sea"):
            place = scene.place(entity_id)
            assert place is not None, entity_id
            if place.key:
                assert f"{place.key} {place.name}" in text, (width, text)
            elif place.label_box is None:
                assert place.name in text, (width, text)
        for numbered in scene.keyed():
            assert f"{numbered.key} {numbered.name}" in text


def test_a_place_chosen_before_the_map_is_opened_is_described_on_it(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Batum chosen in Parties and places, then the map opened: Batum was marked but
    the details said "Choose a place on the map"."""
    window = make_window(size=(1500, 950))
    assert window.reading.entities.select_entity("batum")
    panel = _open_map(window, qtbot)
    qtbot.waitUntil(lambda: "Batum" in panel.details_title.text(), timeout=5000)
    assert "bundled treaties" not in panel.details_title.text()  # these are those treaties


def test_the_description_of_a_place_says_it_is_about_the_bundled_treaties(  # type: ignore[no-untyped-def]
    make_window, qtbot, tmp_path
) -> None:
    """Beside the reader's own texts, "left to Georgia by Art. II" is not about them."""
    window = make_window(size=(1500, 950))
    open_texts(
        qtbot, window, tmp_path,
        "Article 1\n\nThe port of Batum stays open to trade.\n",
        "Article 1\n\nThe port of Batum and the town of Kars stay open to trade.\n",
    )  # fmt: skip
    panel = _open_map(window, qtbot)
    panel.select_place("batum")
    qtbot.waitUntil(lambda: "Batum" in panel.details_title.text(), timeout=5000)
    assert "In the bundled treaties of 1920–1921: Black Sea port" in panel.details_title.text()


def test_a_right_click_on_a_place_offers_it_on_the_map(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The text's context menu offered only Copy and Annotate on "Batum"."""
    from PySide6.QtWidgets import QMenu

    window = make_window(size=(1500, 950))
    view = window.view
    moscow = window.session.comparison.new
    at = moscow.text.index("Batum")
    position = view.layers.map("new").to_qt(at + 2)
    menu = QMenu()
    actions = view.new_pane.context_for(menu, position)
    texts = [a.text() for a in actions]
    assert texts == ["Show Batum in Parties and Places", "Show Batum on the Map"], texts
    window.map_room.set_visible(True)
    window.reading.entity_dock.raise_()  # the map open, behind "Parties and places"
    actions[1].trigger()
    qtbot.waitUntil(lambda: not window.map_room.dock.visibleRegion().isEmpty(), timeout=5000)
    qtbot.waitUntil(lambda: window.map_room.panel is not None, timeout=20000)
    panel = window.map_room.panel
    qtbot.waitUntil(lambda: panel.canvas.current == "batum", timeout=10000)
    assert window.reading.entities.selected_entity() == "batum"
    # Plain words offer nothing more.
    plain = view.layers.map("new").to_qt(moscow.text.index("shall") + 1)
    assert view.new_pane.context_for(menu, plain) == []


def _open_namesakes(qtbot, window, folder, name: str) -> None:  # type: ignore[no-untyped-def]
    """Open two files of one ``name``, in folders a and b, both naming Batum."""
    from conftest import wait_compared

    paths = []
    for sub, text in (("a", "The port of Batum stays open."), ("b", "Batum stays open to all.")):
        (folder / sub).mkdir()
        path = folder / sub / name
        path.write_text(f"Article 1\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    before = window.session.comparison
    window.open_pair(*paths)
    wait_compared(qtbot, window, before)


def test_two_texts_of_one_title_are_told_apart_in_the_mentions(
    make_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Two drafts of one name listed "1 mention in Treaty test" twice."""
    window = make_window(size=(1500, 950))
    _open_namesakes(qtbot, window, tmp_path, "treaty.txt")
    panel = _open_map(window, qtbot)
    panel.show_place("batum")
    headings = [panel.details.item(i).text() for i in range(panel.details.count())]
    assert [t for t in headings if t.startswith("1 mention in")] == [
        "1 mention in treaty (older)",
        "1 mention in treaty (newer)",
    ], headings


def test_two_files_of_one_name_are_told_apart_by_their_folders(
    make_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Both pane headers read "t.txt — t" and the title "t.txt ↔ t.txt"."""
    window = make_window()
    _open_namesakes(qtbot, window, tmp_path, "t.txt")
    headers = [box.title.text() for box in (window.view.old_box, window.view.new_box)]
    assert headers[0].startswith("a/t.txt") and headers[1].startswith("b/t.txt"), headers
    assert "a/t.txt" in window.windowTitle() and "b/t.txt" in window.windowTitle()


@pytest.mark.parametrize("lang", ["ru", "tr"])
@pytest.mark.parametrize("size", [(1500, 950), (1000, 700)])
def test_no_name_covers_an_article_tag_on_the_docked_map(
    make_window, qtbot, qapp, lang, size
) -> None:  # type: ignore[no-untyped-def]
    """In Russian, "Сарп" was set over "Ст. II": with no free spot left round its
    marker, a town's name was pushed to its right, whatever stood there."""
    i18n.install(qapp, lang)
    try:
        scene = _open_map(make_window(size=size), qtbot).canvas.scene
        tags = [f.label_box for f in scene.features if f.label_box]
        for place in scene.places:
            if place.label_box is not None and place.frame == "main":
                for tag in tags:
                    assert not _overlaps(place.label_box, tag), (place.entity_id, tag)
    finally:
        i18n.install(qapp, "en")


def test_the_key_to_the_numbered_places_stands_in_view_under_the_legend(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A docked map numbers the places its inset cannot name ("1", "2", "3"); the line
    saying which place each number is stands under the legend, in view while a chosen
    place's mentions fill the list. It had been under that list, scrolled out of sight."""
    window = make_window(size=(1400, 900))
    panel = _open_map(window, qtbot)
    assert panel.canvas.scene.keyed(), "the docked map numbers some places"
    assert window.reading.entities.select_entity("batum")
    qtbot.waitUntil(lambda: panel.details.count() > 2, timeout=10000)
    view = panel.lower_part.viewport()
    top = panel.unlocated.mapTo(view, QPoint(0, 0)).y()
    assert panel.unlocated.isVisible() and 0 <= top < view.height(), (top, view.height())
    assert panel.unlocated.y() < panel.details.y()


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_map_calls_the_two_texts_what_the_rest_of_the_window_does(
    make_window, qtbot, qapp, lang
) -> None:  # type: ignore[no-untyped-def]
    """The map said "Earlier / Later" and "only in the earlier" beside a concordance
    whose columns read "Older / Newer"."""
    from PySide6.QtWidgets import QRadioButton

    assert i18n.install(qapp, lang) == lang
    try:
        window = make_window()
        panel = _open_map(window, qtbot)
        model = window.concordance.table.model()
        older, newer = (model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1))
        buttons = {b.objectName(): b.text() for b in panel.findChildren(QRadioButton)}
        assert (buttons["map-version-old"], buttons["map-version-new"]) == (older, newer)
        legend = panel.legend.text()
        if lang == "en":
            assert "only in the older" in legend and "only in the newer" in legend
            assert "earlier" not in legend.lower() and "later" not in legend.lower()
    finally:
        i18n.install(qapp, "en")
