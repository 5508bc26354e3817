"""Alt+letter chooses one menu item in every menu and every language.

A new reader pressed Alt+F, E for Export and got Export Notes…; in Russian and Turkish
whole menus shared letters (Alt+V, П cycled between five items instead of choosing).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu

from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.mnemonics import distinct, parse

pytestmark = pytest.mark.gui


def _letter(text: str) -> str | None:
    m = parse(text)
    return None if m.at is None else m.plain[m.at].casefold()


def _open_and_check(menu: QMenu, path: str, found: list[str]) -> None:
    """Open ``menu`` as the reader does, check its letters, then its submenus."""
    menu.popup(QPoint(0, 0))
    QApplication.processEvents()
    items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    seen: dict[str, str] = {}
    for action in items:
        letter = _letter(action.text())
        if letter is None:
            found.append(f"{path}: no letter on {action.text()!r}")
        elif letter in seen:
            found.append(f"{path}: {seen[letter]!r} and {action.text()!r} share {letter!r}")
        else:
            seen[letter] = action.text()
    menu.hide()
    for action in items:
        sub = action.menu()
        if isinstance(sub, QMenu):
            _open_and_check(sub, f"{path} > {parse(action.text()).plain}", found)


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_every_menu_item_has_a_letter_of_its_own(make_window, qapp, lang) -> None:
    i18n.install(qapp, lang)
    try:
        window = make_window()
        found: list[str] = []
        bar = window.menuBar()
        titles = [a.text() for a in bar.actions()]
        letters = [_letter(t) for t in titles]
        assert None not in letters, titles
        assert len(set(letters)) == len(letters), titles
        for action in bar.actions():
            _open_and_check(action.menu(), parse(action.text()).plain, found)
        assert not found, "\n".join(found)
    finally:
        i18n.install(qapp, "en")


def test_the_export_submenu_is_alt_f_e_in_english(make_window) -> None:
    window = make_window()
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(QPoint(0, 0))
    QApplication.processEvents()
    by_letter = {_letter(a.text()): a for a in file_menu.actions() if not a.isSeparator()}
    file_menu.hide()
    assert by_letter["e"].menu() is not None
    assert parse(by_letter["e"].text()).plain == "Export"
    assert parse(by_letter["n"].text()).plain == "Export Notes…"


def test_a_taken_letter_moves_to_a_free_word_start() -> None:
    # The first claimant keeps its letter; the second moves to the start of a word
    # of its own that is free, else to any free letter; "&&" stays a plain "&".
    assert distinct(["Open &Session…", "&Save Session", "Save Session &As…"]) == [
        "Open &Session…",
        "Sa&ve Session",
        "Save Session &As…",
    ]
    assert distinct(["&Terms && Conditions", "&Text"]) == ["&Terms && Conditions", "T&ext"]
    assert distinct(["UTF-8", "UTF-16"]) == ["&UTF-8", "UTF-&16"]
    assert distinct(["&A", "&a", "&A"]) == ["&A", "a", "A"]
