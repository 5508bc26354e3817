"""The concordance's column tips read as a paragraph: Kept, Similarity and Link
confidence each showed their text on one line ~1300 px wide, past a small screen's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QToolTip

pytestmark = pytest.mark.gui
WIDEST = 600
"""No column tip wider (px)."""


def _tip_width(tip: str) -> int:
    """How wide Qt draws ``tip`` on a screen wider than it: a tip label wraps only rich
    text (plain text only where it is wider than the screen; offscreen, the screen is
    800 px)."""
    label = QLabel()
    label.setFont(QToolTip.font())
    label.setWordWrap(GuiQt.mightBeRichText(tip))
    label.setText(tip)
    return label.sizeHint().width()


def test_the_column_tips_wrap_to_a_readable_width(make_window) -> None:
    window = make_window(size=(1600, 1000))
    model = window.concordance.proxy
    tips = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for column in range(model.columnCount())
    ]
    assert sum(len(t or "") > 150 for t in tips) >= 3  # Similarity, Kept, Link confidence
    for tip in filter(None, tips):
        assert _tip_width(tip) <= WIDEST, tip
