"""A badge that wraps under the heading keeps its distance: "rewritten" ("yeniden
yazıldı") under "Article 73 [modified]" in a narrow pane touched the badge above it and
the first line of text below."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui
PAIR = Path(__file__).parent / "real_pairs" / "fr-const"
GAP = 3
"""Least space (px) between a wrapped badge and the lines above and below it."""


def _lines(pane, block):  # type: ignore[no-untyped-def]
    """(top, bottom) of each line of ``block`` in the pane's document."""
    top = pane.document().documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [
        (top + layout.lineAt(n).y(), top + layout.lineAt(n).y() + layout.lineAt(n).height())
        for n in range(layout.lineCount())
    ]


def test_a_wrapped_badge_has_room_above_and_below(make_window, qapp) -> None:
    i18n.install(qapp, "tr")
    try:
        window = make_window(
            PAIR / "Constitution-1976-excerpt.md",
            PAIR / "Constitution-2003-excerpt.md",
            size=(1000, 700),
        )
        QApplication.processEvents()
        pane = window.view.new_pane
        pane.flush_relayout()
        block = pane.document().begin()
        while block.isValid() and not block.text().startswith("Article 73"):
            block = block.next()
        assert block.isValid()
        lines = _lines(pane, block)
        assert len(lines) >= 2, "the badges fit on one line: the pane is not narrow enough"
        for (_top, bottom), (top, _bottom) in pairwise(lines):
            assert top - bottom >= GAP, lines
        below = _lines(pane, block.next())[0][0]
        assert below - lines[-1][1] >= 2 * GAP + 2, (lines, below)
    finally:
        i18n.install(qapp, "en")
