"""Tooltips of a paragraph's length, as a paragraph.

Qt draws a plain-text tooltip on one line however long (the concordance's column tips
ran ~1300 px across the screen) and wraps rich text at a width of its own choosing,
narrow for a paragraph. A long tip is therefore rich text of a set width: about
``TIP_CHARS`` characters of the tooltip font.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip

TIP_CHARS = 60
"""Characters a line of a long tip holds, about."""


def paragraph_tip(text: str) -> str:
    """``text`` as a tooltip wrapped at about ``TIP_CHARS`` characters (as it is, when
    shorter)."""
    if len(text) <= TIP_CHARS:
        return text
    width = QFontMetrics(QToolTip.font()).averageCharWidth() * TIP_CHARS
    body = "<br>".join(html.escape(line) for line in text.split("\n"))
    # (a table is the width Qt's rich text lets a block be given)
    return f"<table width='{width}'><tr><td>{body}</td></tr></table>"
