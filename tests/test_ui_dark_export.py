"""A PDF exported while the window is dark is printed black on white.

With View → Dark Palette on, every line of an exported PDF came out in the dark
palette's light grey on white paper, nearly unreadable; only the highlights showed.
"""

from __future__ import annotations

from collections import Counter

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from treatyviewer.io.export import export_pdf

pytestmark = pytest.mark.gui


def _text_colours(path) -> Counter:
    """How many text runs are drawn in each fill colour, on the first pages."""
    seen: Counter = Counter()
    for page in PdfReader(path).pages[:4]:
        fill: list[tuple[float, ...]] = [(0.0, 0.0, 0.0)]

        def before(op, args, _cm, _tm, fill=fill) -> None:
            if op in (b"rg", b"sc", b"scn") and len(args) == 3:
                fill[0] = tuple(round(float(a), 2) for a in args)
            if op in (b"Tj", b"TJ"):
                seen[fill[0]] += 1

        page.extract_text(visitor_operand_before=before)
    return seen


def test_the_pdf_of_a_dark_window_has_black_text(make_window, tmp_path) -> None:
    window = make_window()
    window.actions_["view.dark"].trigger()
    assert QApplication.palette().text().color().lightness() > 180  # the window is dark
    path = tmp_path / "dark.pdf"
    export_pdf(window.session.comparison, path)
    colours = _text_colours(path)
    body, runs = colours.most_common(1)[0]
    assert body == (0.0, 0.0, 0.0), colours.most_common(4)
    light = sum(n for c, n in colours.items() if min(c) > 0.7)
    assert light == 0, colours.most_common(4)
    assert runs > 1000
    window.actions_["view.dark"].trigger()


def test_the_encoding_buttons_follow_the_palette_back_to_light(
    make_window, tmp_path, qtbot
) -> None:
    """Dark colours on, then off: the "UTF-8 ▾" buttons over the panes take the light
    palette again (they kept the dark one's pale text, on grey)."""
    from PySide6.QtGui import QPalette

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Article 1\nThe parties agree.\n", encoding="utf-8")
    new.write_text("Article 1\nThe parties agreed.\n", encoding="cp1252")
    window = make_window(old, new)
    buttons = [window.view.old_box.encoding, window.view.new_box.encoding]
    assert all(b.isVisible() for b in buttons)
    text = QPalette.ColorRole.ButtonText
    for dark in (True, False):
        window.actions_["view.dark"].trigger()
        qtbot.wait(20)
        wanted = QApplication.palette().color(text).name()
        assert [b.palette().color(text).name() for b in buttons] == [wanted, wanted], dark
    assert QApplication.palette().color(text).lightness() < 100  # light colours again
