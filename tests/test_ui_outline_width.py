"""The outline opens wide enough for the titles of a law's articles, and a line cut
with "…" says itself whole in its tooltip (the Swiss ordinance's outline had opened
reading "Art. 3 …", "Art. 8c … Geschlechter")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from treatyviewer.ui.outline.outline_model import ROOT

pytestmark = pytest.mark.gui

PAIR = Path(__file__).parent / "real_pairs" / "ch-rvov"


def label_widths(tree) -> list[tuple[int, QModelIndex]]:  # type: ignore[no-untyped-def]
    """What each unit line's label needs, with its indentation, and its index."""
    model = tree.model()
    out = []
    for node in model.spread_units(200):
        depth, up = 1, model.parent_of(node)
        while up != ROOT:
            depth, up = depth + 1, model.parent_of(up)
        index = model.index_of(node)
        out.append((tree.sizeHintForIndex(index).width() + depth * tree.indentation(), index))
    return out


def test_the_outline_opens_showing_most_titles_whole(make_window, qtbot) -> None:
    window = make_window(PAIR / "RVOV-2010.md", PAIR / "RVOV-2019.md", size=(1400, 900))
    assert window.outline.isVisible()
    qtbot.wait(50)
    tree = window.outline.tree
    column = tree.header().sectionSize(0)
    widths = label_widths(tree)
    whole = [w for w, _ in widths if w <= column]
    assert len(whole) >= len(widths) / 2, (column, sorted(w for w, _ in widths))
    assert window.outline.width() <= window.width() * 2 // 7  # the texts keep their room
    for width, index in widths:
        if width > column:  # cut: its tooltip gives it whole
            label = index.data(Qt.ItemDataRole.DisplayRole)
            assert label in (index.data(Qt.ItemDataRole.ToolTipRole) or "")
