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
    assert _asked(window) == "Save the changed view (layout, filters, text size) in reading?"


def test_a_note_is_still_named_as_notes(make_window, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "reading.tvproj"
    assert window.reading.controller.save_as(path)
    window.actions_["view.mode.inline"].trigger()
    conc = window.concordance
    old, new = conc.model.labels(1)
    window.unlink(old, new)  # a correction
    assert _asked(window) == "Save your notes and corrections in reading?"
