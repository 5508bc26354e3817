"""The first PDF export offers the layout being read.

Reading the redline (Inline) and choosing Export PDF… offered "Side by side": the
reader had to notice and change it. Once a layout was chosen for an export, that
choice is offered again, whatever is being read.
"""

from __future__ import annotations

import pytest

from conftest import when_modal
from treatyviewer.ui.dialogs.export_dialog import ExportOptionsDialog

pytestmark = pytest.mark.gui


def _offered(window) -> str:
    """Open File → Export → PDF, read the layout the dialog offers, cancel."""
    seen: list[str] = []

    def read(dialog: ExportOptionsDialog) -> None:
        seen.append("inline" if dialog.inline.isChecked() else "side-by-side")
        dialog.reject()

    when_modal(ExportOptionsDialog, read)
    window.actions_["file.export.pdf"].trigger()
    return seen[0]


def test_the_first_export_takes_the_layout_being_read(make_window) -> None:
    window = make_window()
    assert _offered(window) == "side-by-side"
    window.actions_["view.mode.inline"].trigger()
    assert _offered(window) == "inline"


def test_a_layout_chosen_for_an_export_is_offered_again(make_window) -> None:
    window = make_window()
    window.settings.set("export_layout", "side-by-side")  # as an earlier export left it
    window.actions_["view.mode.inline"].trigger()
    assert _offered(window) == "side-by-side"
