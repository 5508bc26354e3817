"""Qt's own file dialog speaks the reader's language whole.

In Turkish (and Russian) every Save and Open dialog still read "Look in:" and
"Files of type:": Qt's catalogues lack those two labels with their shortcut marks.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from treatyviewer.ui.common import i18n


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_the_file_dialog_labels_are_translated(qapp, lang: str) -> None:
    try:
        assert i18n.install(qapp, lang) == lang
        dialog = QFileDialog(None, "")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        dialog.deleteLater()
    finally:
        i18n.install(qapp, "en")
    assert len(labels) == 3, labels
    assert not any(word in text for text in labels for word in ("Look in", "Files of", "File name"))
