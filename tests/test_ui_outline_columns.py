"""The outline's labels stay readable beside the status column, in every interface
language: the status is what gives way ("…") when the dock is narrow. A new reader saw
"Prea…", "Art. 2 → Art…" or only "…" beside a 2,000-article text, and in Russian or
Turkish next to nothing of the labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from conftest import make_treaty_pair
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


def _renumbered_long_pair(
    folder: Path, articles: int = 2000, at: int = 2, seed: int = 11
) -> tuple[Path, Path]:
    """``articles`` articles; the newer text puts one in at ``at``, so every later one
    moves up."""
    old, new = make_treaty_pair(
        articles=articles, words_per_article=24, edits=articles // 10, seed=seed
    )
    new = re.sub(r"(?m)^Article (\d+)$", lambda m: f"Article {int(m[1]) + (int(m[1]) >= at)}", new)
    inserted = f"Article {at}\n\nThe Parties set up a joint commission that meets every year.\n\n"
    new = new.replace(f"Article {at + 1}\n\n", inserted + f"Article {at + 1}\n\n", 1)
    a, b = folder / "old.txt", folder / "new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return a, b


def _shown_lines(tree: QTreeView) -> list[QModelIndex]:
    """The lines of the tree on screen, top to bottom."""
    lines, index = [], tree.indexAt(tree.viewport().rect().topLeft())
    while index.isValid() and tree.visualRect(index).top() < tree.viewport().height():
        lines.append(index)
        index = tree.indexBelow(index)
    return lines


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_outline_labels_stay_whole_and_the_status_gives_way(
    make_window, qapp, tmp_path: Path, lang: str
) -> None:
    i18n.install(qapp, lang)
    try:
        window = make_window(*_renumbered_long_pair(tmp_path), size=(1000, 700))
        if not window.outline.isVisible():
            window.actions_["view.outline"].trigger()
        for _ in range(5):
            QApplication.processEvents()
        tree = window.outline.tree
        lines = _shown_lines(tree)
        assert len(lines) > 5
        labels = [str(i.data()) for i in lines]
        assert any("→" in label for label in labels), labels  # "Art. 2 → 3"
        for index in lines:
            needed = tree.sizeHintForIndex(index).width()  # the label's text and margins
            assert tree.visualRect(index).width() >= needed, (lang, index.data())
        header, room = tree.header(), tree.viewport().width()
        status = header.sectionViewportPosition(1)
        assert header.sectionSize(1) > 0 and status + header.sectionSize(1) <= room, lang
        assert status < room - tree.fontMetrics().averageCharWidth() * 3, lang  # in view
    finally:
        i18n.install(qapp, "en")


def test_the_outline_key_brings_a_tab_behind_another_to_the_front(make_window, qtbot) -> None:
    """The Outline a tab behind Parties and places: Shift+F9 hid it, and a second press
    showed it still behind, so the key seemed to do nothing."""
    window = make_window(size=(1000, 700))
    action = window.actions_["view.outline"]
    if not window.outline.isVisible():
        action.trigger()
    qtbot.waitUntil(window.outline.isVisible)
    if window.outline not in window.tabifiedDockWidgets(window.reading.entity_dock):
        window.tabifyDockWidget(window.reading.entity_dock, window.outline)
    window.reading.entity_dock.raise_()
    qtbot.waitUntil(lambda: window.outline.visibleRegion().isEmpty())
    action.trigger()  # the reader's Shift+F9
    qtbot.waitUntil(lambda: not window.outline.visibleRegion().isEmpty())
    assert action.isChecked() and window.outline.isVisible()
    action.trigger()  # in front now: the key hides it
    qtbot.waitUntil(lambda: not window.outline.isVisible())
    assert not action.isChecked()


def test_the_last_lines_of_a_long_text_keep_their_whole_labels(make_window, qapp, tmp_path):
    """An article put in at 201 of 300: the label column was sized from the first lines
    ("Art. 7"), and every line after 200 read "Art. 2…" where "Art. 201 → Art. 202"
    stood, its numbers cut."""
    window = make_window(*_renumbered_long_pair(tmp_path, 300, 201, 7), size=(1000, 700))
    if not window.outline.isVisible():
        window.actions_["view.outline"].trigger()
    tree = window.outline.tree
    bar = tree.verticalScrollBar()
    for _ in range(5):
        QApplication.processEvents()
        bar.setValue(bar.maximum())
    lines = _shown_lines(tree)
    assert any(str(index.data()).endswith("→ 301") for index in lines), [i.data() for i in lines]
    for index in lines:
        assert tree.visualRect(index).width() >= tree.sizeHintForIndex(index).width(), index.data()


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_a_narrow_outline_keeps_whole_statuses_and_cuts_at_the_end(
    make_window, qapp, lang: str
) -> None:
    """In Russian, a dock of 200 pixels read "пере…щена" and "Заклю…часть": twelve
    average letters were too few for a Russian status, and the tree cut every text in
    its middle. The status itself stays whole; what the concordance says beside it
    ("(renumbered)", "· its matter went to …") is what gives way."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    i18n.install(qapp, lang)
    try:
        window = make_window(size=(1000, 700))
        if not window.outline.isVisible():
            window.actions_["view.outline"].trigger()
        window.outline.setFixedWidth(200)
        for side in (0, 1):
            window.outline.sides.setCurrentIndex(side)
            for _ in range(5):
                QApplication.processEvents()
            tree = window.outline.tree
            metrics, status = tree.fontMetrics(), tree.header().sectionSize(1)
            margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
            for index in _shown_lines(tree):
                word = index.siblingAtColumn(1)
                shown = re.split(r" \(| · ", str(word.data()))[0]
                needed = metrics.horizontalAdvance(shown) + 2 * (margin + 1)  # as drawn
                assert needed <= status, (lang, shown, status)
                for cell in (word, index):
                    option = QStyleOptionViewItem()
                    tree.itemDelegate().initStyleOption(option, cell)
                    plain = cell.column() == 1 or not re.search(
                        r"[\d→←⇢⇠]|\b[IVXLC]+\b", option.text
                    )
                    mode = option.textElideMode
                    assert (mode == Qt.TextElideMode.ElideRight) == plain, (lang, option.text)
    finally:
        i18n.install(qapp, "en")
