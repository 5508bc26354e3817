"""The outline dock and cross-reference links in the panes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor

from structured_texts import renumbered_pair, statute
from treatyviewer.ui.compare.structure_marks import reference_target
from treatyviewer.ui.outline.outline_dock import SEGMENT_ROLE

pytestmark = pytest.mark.gui


def _write(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return a, b


def _rows(model, parent: QModelIndex | None = None) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    parent = parent if parent is not None else QModelIndex()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def _top_new_segment(window) -> int | None:  # type: ignore[no-untyped-def]
    row = window.position.row_at_top()
    cmp = window.session.comparison
    if row is None or row.kind != "pair":
        return row.index if row is not None and row.kind == "added" else None
    return cmp.pairs[row.index].new[0]


def test_outline_shows_the_tree_with_status_and_jumps(make_window, tmp_path: Path) -> None:
    law = statute(50).text
    new = law.replace("Article 40\n\n", "Article 40\n\nA sentence the new text adds. ", 1)
    window = make_window(*_write(tmp_path, law, new))
    dock = window.outline
    assert dock.isVisible(), "a text with divisions and points opens with its outline"
    dock.sides.setCurrentIndex(1)
    model = dock.tree.model()
    preamble, *parts = _rows(model)
    assert preamble.data() == "Preamble"  # above Part I, as in the text
    assert [i.data(Qt.ItemDataRole.ToolTipRole) for i in parts][:2] == [
        "Part I — General rules",
        "Part II — Matters of kind 2",
    ]
    chapters = _rows(model, parts[3])
    assert [c.data() for c in chapters] == [f"Chapter {n}" for n in range(1, 6)]
    # Divisions inside divisions open too: no article hides two levels down.
    assert all(dock.tree.isExpanded(i) for i in [parts[3], *chapters])
    units = {i.data(): i for c in chapters for i in _rows(model, c)}
    assert list(units)[:2] == ["Art. 31", "Art. 32"]  # unchanged numbers: no arrow
    assert units["Art. 40"].siblingAtColumn(1).data() == "modified"
    assert units["Art. 31"].siblingAtColumn(1).data() == "unchanged"
    assert [i.data() for i in _rows(model, units["Art. 33"])] == ["(a)", "(b)"]
    assert [i.data() for i in _rows(model, units["Art. 31"])] == ["1", "2"]
    target = units["Art. 40"]
    dock.tree.setCurrentIndex(target)
    dock._clicked(target)  # what a click on the line does
    window.position.follow()
    segment, _ = target.data(SEGMENT_ROLE)
    assert _top_new_segment(window) == segment
    assert window.session.comparison.new.segments[segment].label == "40"


def test_a_reference_in_a_pane_is_a_link_to_its_target(make_window, qtbot, tmp_path: Path) -> None:
    pair = renumbered_pair(articles=14, inserted_at=2, seed=2)
    window = make_window(*_write(tmp_path, pair.old, pair.new))
    pane = window.view.new_pane
    doc = pane.document()
    found = None
    block = doc.lastBlock()
    while block.isValid() and found is None:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            target = reference_target(frag.charFormat().anchorHref())
            if target is not None and target < 4:
                found = (frag.position() + 1, target)
                break
            it += 1
        block = block.previous()
    assert found is not None, "the references to early articles are links"
    position, target = found
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
    )
    window.position.follow()
    assert _top_new_segment(window) == target


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_the_structure_found_is_told_in_the_interface_language(qapp, lang: str) -> None:
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common import i18n
    from treatyviewer.ui.common.reader_warnings import structure_message

    doc = make_document(statute(50).text)
    english = structure_message(doc)
    assert english.startswith("numbering found: articles 1 to 50, 50 in all")
    assert i18n.install(qapp, lang) == lang
    try:
        translated = structure_message(doc)
    finally:
        i18n.install(qapp, "en")
    assert "1" in translated and "50" in translated
    assert "numbering found" not in translated and "points inside them" not in translated


def test_the_outline_follows_the_order_of_the_text(make_window, tmp_path: Path) -> None:
    """The preamble stands above the first chapter, and a section in capitals after
    the last article below the last chapter, not inside it."""
    text = (
        "ДОГОВОР О ДРУЖБЕ\n\nГЛАВА I\nОБЩИЕ ПОЛОЖЕНИЯ\n\nСтатья 1. Стороны сохраняют мир.\n\n"
        "Статья 2. Граница проходит по реке Аракс.\n\nГЛАВА II\nЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ\n\n"
        "Статья 3. Договор подлежит ратификации.\n\nДОПОЛНИТЕЛЬНЫЙ ПРОТОКОЛ\n\n"
        "Стороны договорились о транзите товаров через порт Батум.\n"
    )
    window = make_window(*_write(tmp_path, text, text.replace("Аракс", "Аракс до моря")))
    model = window.outline.tree.model()
    top = _rows(model)
    assert [i.data(Qt.ItemDataRole.ToolTipRole).split(":")[0] for i in top] == [
        "Preamble", "Глава I — ОБЩИЕ ПОЛОЖЕНИЯ", "Глава II — ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ",
        "ДОПОЛНИТЕЛЬНЫЙ ПРОТОКОЛ",
    ]  # fmt: skip
    assert [i.data()[:6] for i in _rows(model, top[1])] == ["Art. 1", "Art. 2"]
    assert [i.data()[:6] for i in _rows(model, top[2])] == ["Art. 3"]


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_articles_numbered_again_in_an_annex_are_told_apart(qapp, lang: str) -> None:
    """The notice gives the text's own range and counts the quoted repeats, in every
    interface language (a reader saw "articles 1 to 7#2" for the Basic Law)."""
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.common import i18n
    from treatyviewer.ui.common.reader_warnings import structure_message

    annex = "\nAnnex\n\nThe agreement of 1990 provides:\n\n" + "".join(
        f"Article {n}\nThe earlier act said that rule {n} would lapse within two years.\n\n"
        for n in (3, 4)
    )
    doc = make_document(statute(50).text + annex)
    english = structure_message(doc)
    assert english.startswith("numbering found: articles 1 to 50, 52 in all")
    assert "(2 of them numbered again after 50)" in english and "#" not in english
    assert i18n.install(qapp, lang) == lang
    try:
        translated = structure_message(doc)
    finally:
        i18n.install(qapp, "en")
    assert "50" in translated and "numbered again" not in translated


def test_an_added_article_s_status_says_where_its_matter_came_from() -> None:
    """The outline called 1921 Art. II only "added", while the concordance said its
    matter came from draft Art. 4; both say it now, and draft Art. 4 where it went, in
    the status, with no arrow beside the label (it is paired with none of them)."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.outline.outline_model import unit_status

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    status = unit_status(cmp, 1, cmp.new.index_of("II"))
    assert status.full == status.shown == "added · its matter came from 4"
    assert status.where == ""
    status = unit_status(cmp, 0, cmp.old.index_of("4"))
    assert status.shown == "removed · its matter went to I, II, III, XV"
    assert status.where == ""
    assert unit_status(cmp, 1, cmp.new.index_of("X")) == ("added", "", "added")


def test_the_outline_status_is_the_concordance_s_beside_an_arrow() -> None:
    """The arrow beside the label says where a renumbered article went, to the bare
    label ("Art. 170 → Art. CLXXIII" had been cut before its number); the status says
    what the concordance says ("modified (renumbered)", not the bare "modified")."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.outline.outline_model import unit_status

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    status = unit_status(cmp, 0, cmp.old.index_of("3"))  # the draft's number 3 is attested
    assert status == ("modified (renumbered)", " → IX", "modified (renumbered)")


def test_a_section_of_one_paragraph_has_no_line_to_unfold(qapp) -> None:  # type: ignore[no-untyped-def]
    """A statute's sections of one paragraph each had a line "(1)" to unfold, which
    doubled the outline of a 120-section law and told nothing."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.outline.outline_model import OutlineModel

    text = (
        "§ 1 Zweck\n\n(1) Dieses Gesetz regelt den Schutz.\n\n"
        "§ 2 Begriffe\n\n(1) Erreger ist ein Agens.\n\n(2) Krankheit ist ein Zustand.\n\n"
        "§ 3 Geltung\n\n(1) Es gilt ab sofort.\n"
    )
    doc = make_document(text)
    model = OutlineModel(compare(doc, doc), 1)
    units = {
        model.index(r, 0).data(): model.index(r, 0) for r in range(model.rowCount(QModelIndex()))
    }
    rows = {label: model.rowCount(index) for label, index in units.items()}
    assert [n for label, n in rows.items() if "2" in label] == [2], rows
    assert all(model.hasChildren(i) == ("2" in label) for label, i in units.items()), rows
