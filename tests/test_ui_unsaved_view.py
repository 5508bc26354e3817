"""Closing after changing only the view of a saved session says so.

Switching a saved session to Inline and closing asked "Save your notes and
corrections in …?", though no note or correction had changed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from conftest import when_modal

pytestmark = pytest.mark.gui


def _answer_cancel(seen: list[str], buttons: list[str]) -> None:
    """Read the question the window asks, then answer Cancel."""

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        buttons.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(QMessageBox, answer)


def _asked(window) -> str:
    files = window.reading.files
    files.ask_to_save = True
    seen: list[str] = []
    buttons: list[str] = []
    _answer_cancel(seen, buttons)
    try:
        assert not files.may_discard()  # Cancel keeps the window open
    finally:
        files.ask_to_save = False  # closing at the end of the test asks nothing
    # Save and Discard are chosen with Alt+S and Alt+D (Qt's own names had no letter).
    assert "&Save" in buttons and "&Discard" in buttons, buttons
    return seen[0]


def test_a_view_change_alone_is_named_as_such(make_window, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    window.actions_["view.mode.inline"].trigger()
    assert window.reading.controller.is_dirty
    assert _asked(window) == "Save the changed view (layout, filters) in reading?"


def test_a_note_is_still_named_as_notes(make_window, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    window.actions_["view.mode.inline"].trigger()
    conc = window.concordance
    old, new = conc.model.labels(1)
    window.unlink(old, new)  # a correction
    assert _asked(window) == "Save your notes and corrections in reading?"


def test_zooming_leaves_a_saved_session_saved(make_window, tmp_path) -> None:
    """Ctrl++ marked a saved session unsaved ("sess1*" in the title), and closing then
    asked to save it. The text size suits the reader's eyes and screen, not the work:
    the settings remember it for every session, and the session file does not record it."""
    import json

    window = make_window()
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    size = window.font_size
    for _ in range(4):
        window.actions_["view.zoom_in"].trigger()
    assert window.font_size > size
    assert not window.reading.controller.is_dirty
    assert not window.isWindowModified()
    assert window.settings.get("font_size") == window.font_size
    assert window.reading.controller.save_as(path)
    assert "font_size" not in json.loads(path.read_text(encoding="utf-8")).get("view", {})


def test_the_question_is_wide_enough_for_its_title_in_russian(make_window, tmp_path, qapp) -> None:
    """The Russian title bar read "Несохранённая р… а — treatyviewer": Qt sized the box
    by its short question, not by its title and the program's name the title bar adds
    after it, centred between the window's icon and its three buttons."""
    from PySide6.QtGui import QFont, QFontMetrics

    from treatyviewer.ui.common import i18n

    name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("treatyviewer")
    try:
        assert i18n.install(qapp, "ru") == "ru"
        window = make_window()
        assert window.reading.controller.save_as(tmp_path / "sess1.tvproj")
        window.unlink(*window.concordance.model.labels(1))  # a correction: a short question
        files = window.reading.files
        files.ask_to_save = True
        seen: dict[str, object] = {}

        def answer(box: QMessageBox) -> None:
            seen["title"], seen["width"], seen["text"] = box.windowTitle(), box.width(), box.text()
            box.button(QMessageBox.StandardButton.Cancel).click()

        when_modal(QMessageBox, answer)
        assert not files.may_discard()
        files.ask_to_save = False
    finally:
        i18n.install(qapp, "en")
        qapp.setApplicationDisplayName(name)
    assert seen["title"] == "Несохранённая работа"
    assert seen["text"] == "Сохранить заметки и правки в sess1?"
    bold = QFont(qapp.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    # the title, centred between the icon and three buttons and as far from either side
    title = metrics.horizontalAdvance("Несохранённая работа — treatyviewer")
    assert seen["width"] >= title + 6 * metrics.height(), (seen, title, metrics.height())
