"""The encoding of each text file is shown over its pane and can be changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import wait_compared

pytestmark = pytest.mark.gui

RUSSIAN = """Договор о дружбе

Статья 1

Российская Социалистическая Федеративная Советская Республика и Турция признают,
что область Карс и округ Ардаган остаются в пределах Турции. Граница проходит по реке
Араксу до горы Агры-даг.

Статья 2

Стороны обязуются немедленно открыть пути сообщения между обеими странами и
обеспечить свободный транзит товаров через свою территорию.

Статья 3

Настоящий договор вступает в силу немедленно после его подписания и подлежит
ратификации в кратчайший срок.
"""


@pytest.fixture
def cp1251_pair(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "dogovor-1251.txt"
    old.write_bytes(RUSSIAN.encode("cp1251"))
    new = tmp_path / "dogovor-utf8.txt"
    new.write_text(RUSSIAN.replace("немедленно открыть", "открыть"), encoding="utf-8")
    return old, new


def reopen(qtbot, window, side: str, codec: str) -> None:  # type: ignore[no-untyped-def]
    previous = window.session.comparison
    menu = window.files.encoding_menus[side]
    menu.aboutToShow.emit()  # as when the reader opens the menu
    action = menu.findChild(object, f"file.encoding.{side}.{codec}")
    assert action.isEnabled()
    action.trigger()
    wait_compared(qtbot, window, previous)


def test_cp1251_file_shows_its_encoding_and_can_be_reread(make_window, cp1251_pair, qtbot) -> None:
    window = make_window(*cp1251_pair)
    old_box, new_box = window.view.old_box, window.view.new_box
    original = window.session.old.text
    assert "Карс" in original
    assert old_box.encoding.isVisible() and new_box.encoding.isVisible()
    assert old_box.encoding.text().lower().startswith("windows-1251")
    assert new_box.encoding.text().startswith("UTF-8")
    assert "cp1251" in window.session.old.encoding
    assert any("decoded as cp1251 (guessed)" in t for t in window.message_bar.texts())

    reopen(qtbot, window, "old", "koi8-r")
    assert window.session.encodings["old"] == "koi8-r"
    assert window.session.old.encoding == "koi8-r"
    assert "Карс" not in window.session.old.text
    assert window.session.old.text != original
    assert "Карс" not in window.view.old_pane.toPlainText()
    assert old_box.encoding.text().startswith("KOI8-R")

    previous = window.session.comparison
    window.actions_["file.reload"].trigger()  # the chosen encoding is kept
    wait_compared(qtbot, window, previous)
    assert window.session.old.encoding == "koi8-r"

    reopen(qtbot, window, "old", "cp1251")
    assert window.session.old.text == original
    assert "Карс" in window.view.old_pane.toPlainText()
    assert old_box.encoding.text().startswith("Windows-1251")
    assert window.session.encodings == {"old": "cp1251", "new": None}

    reopen(qtbot, window, "old", "auto")
    assert window.session.encodings["old"] is None
    assert window.session.old.text == original


def test_an_encoding_that_does_not_fit_says_so_and_keeps_the_text(
    make_window, cp1251_pair, qtbot
) -> None:
    window = make_window(*cp1251_pair)
    before = window.session.comparison
    window.files.reopen_with_encoding("old", "utf-8")
    qtbot.waitUntil(
        lambda: any("cannot be decoded as utf-8" in t for t in window.message_bar.texts())
    )
    qtbot.waitUntil(lambda: not window.session.busy)
    assert window.session.comparison is before
    assert window.session.encodings["old"] is None
    text = next(t for t in window.message_bar.texts() if "cannot be decoded" in t)
    assert "dogovor-1251.txt" in text
    # The note that it was being read again goes with the failure: they said opposite things.
    assert not any(t.startswith("Reading ") for t in window.message_bar.texts())


def test_bundled_texts_show_no_encoding_and_swap_keeps_choices(
    make_window, cp1251_pair, qtbot
) -> None:
    window = make_window()
    assert not window.view.old_box.encoding.isVisible()
    menu = window.actions_["file.encoding.old"].menu()
    menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    window.open_pair(*map(str, cp1251_pair))
    wait_compared(qtbot, window)
    reopen(qtbot, window, "old", "koi8-r")
    previous = window.session.comparison
    window.actions_["view.swap"].trigger()
    # Swap Sides only moves the panes: the older text (and its encoding) stays the older.
    assert window.session.comparison is previous
    assert window.session.encodings == {"old": "koi8-r", "new": None}
    assert window.view.old_box.encoding.text().startswith("KOI8-R")
    assert window.view.splitter.indexOf(window.view.old_box) == 2


def test_encoding_menu_sits_in_the_file_menu_and_on_the_pane_title(make_window) -> None:
    window = make_window()
    file_actions = window.menus["file"].actions()
    for side in ("old", "new"):
        action = window.actions_[f"file.encoding.{side}"]
        assert action in file_actions
        menu = action.menu()
        assert window.view.old_box.encoding.menu() is window.files.encoding_menus["old"]
        names = [a.text() for a in menu.actions() if not a.isSeparator()]
        for expected in ("UTF-8", "UTF-16", "Windows-1251", "KOI8-R", "Windows-1254",
                         "ISO-8859-9", "Mac Cyrillic", "Latin-1"):  # fmt: skip
            assert any(n.startswith(expected) for n in names), expected


def test_the_note_that_a_text_is_read_again_goes_once_it_is_shown(
    make_window, cp1251_pair, qtbot
) -> None:
    """ "Reading … again as Cyrillic (Windows-1251)" stayed after the text was shown."""
    window = make_window(*cp1251_pair)
    reopen(qtbot, window, "old", "cp1251")
    assert window.session.encodings["old"] == "cp1251"
    assert not any(t.startswith("Reading ") for t in window.message_bar.texts())
