"""Help → User Guide and Help → About: complete, generated from the registry, translated."""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from treatyviewer import __version__
from treatyviewer.io import report_palette
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.vocabulary import status_text
from treatyviewer.ui.dialogs.about import LIBRARIES, AboutDialog, about_html, installed_version
from treatyviewer.ui.dialogs.guide_parts import badges_html, on_the_keyboard
from treatyviewer.ui.dialogs.help_guide import UserGuideDialog, guide_html

pytestmark = pytest.mark.gui


def text_of(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")


def shortcut_rows(html: str) -> list[tuple[list[str], str]]:
    """The shortcut table: (keys, command) per row; each key is on a line of its own."""
    table = html[html.rindex("<table") :]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)
        rows.append(([text_of(k).strip() for k in cells[0].split("<br>")], text_of(cells[1])))
    return rows


def test_guide_lists_every_shortcut_of_the_registry_with_its_command(make_window) -> None:
    window = make_window()
    registry = window.actions_
    rows = shortcut_rows(guide_html(registry))
    with_keys = {action_id for _key, action_id in registry.shortcut_table()}
    assert {"help.guide", "file.open", "notes.annotate", "view.concordance"} <= with_keys
    for portable, action_id in registry.shortcut_table():
        sequence = QKeySequence(portable)
        if not on_the_keyboard(sequence):
            value = sequence[0].key().value  # only media keys and F13… (Undo's F14) left out
            assert value >= Qt.Key.Key_Back.value or value >= Qt.Key.Key_F13.value
            continue
        key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        command = registry[action_id].text().replace("&", "")
        assert any(key in keys and command == name.strip() for keys, name in rows), action_id
    # one row per command (plus the header), nothing stale
    assert len(rows) == len(with_keys) + 1


def test_badge_section_names_every_status_in_its_colour(qapp) -> None:
    html = badges_html()
    for status, colour in report_palette.BADGE_COLOURS.items():
        assert status_text(status) in text_of(html), status
        assert colour in html
    assert len(report_palette.BADGE_COLOURS) == 13  # "not known" and "rewritten" among them


def test_about_lists_versions_and_every_library_with_version_and_licence(qapp) -> None:
    html = about_html(__version__)
    text = text_of(html)
    assert __version__ in text and "GPL-3.0-or-later" in text and "CC BY 4.0" in text
    assert "Python" in text and "Qt" in text and "PySide6" in text
    libraries = html[html.rindex("<table") :]
    rows = [text_of(r) for r in re.findall(r"<tr>(.*?)</tr>", libraries)]
    licences = {
        "PySide6 / Qt": "LGPL-3.0",
        "diff-match-patch": "Apache-2.0",
        "pypdf": "BSD-3-Clause",
        "python-docx": "MIT",
        "charset-normalizer": "MIT",
        "defusedxml": "PSF-2.0",
        "platformdirs": "MIT",
    }
    for name, dists, _licence in LIBRARIES:
        version = installed_version(dists)
        assert re.match(r"\d", version), (name, version)  # really installed
    for name, licence in licences.items():
        dists = next(d for n, d, _ in LIBRARIES if n == name)
        row = next(r for r in rows if r.split()[0] == name.split()[0])
        assert licence in row and installed_version(dists) in row, row


def test_about_dialog_opens_from_the_help_menu(make_window, monkeypatch) -> None:
    window = make_window()
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions_["help.about"].trigger()
    assert shown and "GPL-3.0-or-later" in shown[0].view.toPlainText()


def test_f1_opens_one_non_modal_guide(make_window, qtbot) -> None:
    window = make_window()
    assert QKeySequence("F1") in window.actions_["help.guide"].shortcuts()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    QApplication.processEvents()
    guide = window.findChild(UserGuideDialog)
    assert guide is not None and guide.isVisible() and not guide.isModal()
    assert "Keyboard shortcuts" in guide.view.toPlainText()
    window.actions_["help.guide"].trigger()
    assert window.findChildren(UserGuideDialog) == [guide]  # raised again, not a second one


def test_guide_and_about_are_translated_into_russian(make_window, qapp) -> None:
    english_guide = guide_html(make_window().actions_)
    english_about = about_html(__version__)
    try:
        assert i18n.install(qapp, "ru") == "ru"
        russian_window = make_window()
        russian = text_of(guide_html(russian_window.actions_))
        about = text_of(about_html(__version__))
    finally:
        i18n.install(qapp, "en")
    for sample in ("Keyboard shortcuts", "What the window shows", "Correcting the alignment"):
        assert sample in text_of(english_guide) and sample not in russian
    for sample in ("Сочетания клавиш", "Что показывает окно", "Исправление сопоставления"):
        assert sample in russian
    assert "Таблица соответствий" in russian  # menu paths come from the translated registry
    assert "Связать с…" in russian  # the concordance buttons as the dock names them
    assert "Libraries" in text_of(english_about) and "Библиотеки" in about
    assert "GPL-3.0-or-later" in about


def test_guide_tells_what_a_session_keeps_and_names_keys_portably(make_window, qapp) -> None:
    window = make_window()
    text = " ".join(text_of(guide_html(window.actions_)).split())
    assert "not the texts themselves" in text and "send the two texts with it" in text
    assert "Markdown" in text and "Swap Sides" in text
    assert "changes on disk" in text and "orphan" in text
    assert "Ctrl+Shift+O" in text  # File → Open Pair, as printed on keyboards
    try:
        assert i18n.install(qapp, "tr") == "tr"
        turkish = text_of(guide_html(make_window().actions_))
    finally:
        i18n.install(qapp, "en")
    assert "Ctrl+Shift+O" in turkish and "Kontrol" not in turkish


def test_guide_describes_what_a_new_reader_stumbled_on(make_window) -> None:
    html = guide_html(make_window().actions_)
    for words in ("one stop too", "keeps the article you are reading", "what became of it",
                  "widened to whole words", "remembers the article you were reading",
                  "notes linked to it", "Edit → Preferences"):  # fmt: skip
        assert words in html, words
    assert "F14" not in html  # Undo is Ctrl+Z on every keyboard readers have


def test_the_guide_tells_of_chains_and_its_page_takes_the_keys(make_window, qtbot) -> None:
    """A new reader found chains of versions, the lineage table and an article's history
    only as rows of the shortcut table; and Page Down did nothing in the guide until
    Tab took the focus off Close."""
    from PySide6.QtTest import QTest

    window = make_window()
    text = text_of(guide_html(window.actions_))
    section = text[text.index("Chains of versions") :]
    for action_id in ("file.open_chain", "go.next_pair", "view.lineages", "view.history"):
        assert window.actions_[action_id].text().replace("&", "") in section, action_id
    assert "(Alt+Right)" in section
    guide = UserGuideDialog.raise_for(window.actions_, window)
    qtbot.waitExposed(guide)
    assert guide.focusWidget() is guide.view
    bar = guide.view.verticalScrollBar()
    QTest.keyClick(guide.view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    # Ctrl+End and Ctrl+Home go to the page's end and start, as in any reader
    QTest.keyClick(guide.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    QTest.keyClick(guide.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    guide.close()


def test_the_guide_names_commands_as_declared_not_as_renamed_for_a_step(make_window) -> None:
    """After a note was made, the guide read "Edit → Undo Add note on Art. 1 (Ctrl+Z)";
    it names Edit → Undo. It also lists the TEI export the File menu offers."""
    window = make_window()
    cmp = window.view.cmp
    at = cmp.new.text.index("Kars")
    window.reading.store.create_from_selection("new", at, at + 4, "a note")
    assert window.actions_["edit.undo"].text() != "&Undo"  # renamed after the step
    text = " ".join(text_of(guide_html(window.actions_)).split())
    assert "Edit → Undo (" in text and "Undo Add" not in text
    assert "TEI" in text and "Export TEI" in text


def test_the_guide_puts_the_corrections_where_the_dock_has_them(make_window, qtbot, qapp):
    """The guide sent a new reader below the Concordance for Accept, Link with…, Link
    selected and Unlink: they sit above the table, on the row of the filter."""
    from PySide6.QtCore import QPoint

    window = make_window()
    dock = window.concordance
    dock.show()
    qtbot.waitUntil(lambda: dock.table.isVisible() and dock.table.height() > 0)
    table_top = dock.table.mapTo(dock, QPoint(0, 0)).y()
    for button in (dock.accept_button, dock.link_button, dock.merge_button, dock.unlink_button):
        assert button.mapTo(dock, QPoint(0, button.height())).y() <= table_top
    english = " ".join(text_of(guide_html(window.actions_)).split())
    assert "buttons above the table" in english and "below the table" not in english
    for language, words, wrong in (
        ("ru", "кнопками над таблицей", "под таблицей"),
        ("tr", "tablonun üstündeki", "tablonun altındaki"),
    ):
        try:
            assert i18n.install(qapp, language) == language
            translated = " ".join(text_of(guide_html(make_window().actions_)).split())
        finally:
            i18n.install(qapp, "en")
        assert words in translated and wrong not in translated, language
