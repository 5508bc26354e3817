"""How a pane draws text: the char and block formats for one colour scheme and font.

A change's format carries its id (``CHANGE_PROP``) and a heading block its segment
(``SEGMENT_PROP``): that is how hover, tooltips, navigation and tests find them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat

from ...core.change_classes import SUBSTANCE
from ..common.colours import Scheme
from ..common.vocabulary import class_text

CHANGE_PROP = int(QTextFormat.Property.UserProperty.value) + 1
"""Char-format property: index into ``Rendered.changes`` (or -1 for a whole article)."""
SEGMENT_PROP = int(QTextFormat.Property.UserProperty.value) + 2
"""Block-format property on a heading block: the segment index in its document."""
WORDS_PROP = int(QTextFormat.Property.UserProperty.value) + 3
"""Char-format property of a change: whose words these are, "old" or "new" (copying
from the redline keeps one version's words)."""
FORM_LIGHTER = 0.55
"""How far a change of form's colours move towards the page and muted text."""
LINE_HEIGHT = 140
HEADING_GAP = 22.0
LINE_GAP = 4.0
"""Space (px) under each line of a heading: a badge that wraps under the heading
("rewritten" under "Article 73 [modified]" in a narrow pane) had touched the badge above
it and the text below."""
UNDER_HEADING = 4.0
"""Space (px) under a heading's block, after its last line's ``LINE_GAP``."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Formats", text)


def blend(colour: QColor, toward: QColor, share: float) -> QColor:
    """``colour`` moved ``share`` of the way towards ``toward``."""

    def mix(a: int, b: int) -> int:
        return round(a + (b - a) * share)

    return QColor(
        mix(colour.red(), toward.red()),
        mix(colour.green(), toward.green()),
        mix(colour.blue(), toward.blue()),
    )


class Formats:
    """Char and block formats for one scheme and font."""

    def __init__(self, scheme: Scheme, font: QFont) -> None:
        self.scheme = scheme
        self.font = font
        self.plain = QTextCharFormat()
        self.plain.setForeground(QColor(scheme.text))
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.heading.setFontPointSize(font.pointSizeF() * 1.12)
        self.heading.setForeground(QColor(scheme.heading))
        self.muted = QTextCharFormat()
        self.muted.setForeground(QColor(scheme.muted))
        self.muted.setFontPointSize(font.pointSizeF() * 0.9)
        self.body_block = QTextBlockFormat()
        self.body_block.setLineHeight(LINE_HEIGHT, 1)  # ProportionalHeight
        self.body_block.setBottomMargin(font.pointSizeF() * 0.6)
        self.heading_block = QTextBlockFormat()
        self.heading_block.setTopMargin(HEADING_GAP)
        self.heading_block.setLineHeight(LINE_GAP, 4)  # LineDistanceHeight
        self.heading_block.setBottomMargin(UNDER_HEADING)
        self._changes: dict[tuple[str, str, str], QTextCharFormat] = {}
        self._badges: dict[str, QTextCharFormat] = {}

    def change(self, op: str, side: str, change_id: int, form: str = "") -> QTextCharFormat:
        """How a change is drawn; a change of ``form`` (its class) is drawn lighter.
        A long text has thousands of changes of a few looks: each look is made once."""
        key = (op, side, form)
        look = self._changes.get(key)
        if look is None:
            look = self._changes[key] = self._change_look(op, side, form)
        fmt = QTextCharFormat(look)
        fmt.setProperty(CHANGE_PROP, change_id)
        return fmt

    def _change_look(self, op: str, side: str, form: str) -> QTextCharFormat:
        s = self.scheme
        fmt = QTextCharFormat()
        fmt.setProperty(WORDS_PROP, side)
        if op == "insert" or (op == "replace" and side == "new"):
            bg, fg = (
                (s.replaced_bg, s.replaced_fg)
                if op == "replace"
                else (s.inserted_bg, s.inserted_fg)
            )
            fmt.setFontUnderline(True)
        else:
            bg, fg = (
                (s.replaced_bg, s.replaced_fg) if op == "replace" else (s.deleted_bg, s.deleted_fg)
            )
            fmt.setFontStrikeOut(True)
        # Replaced words on both sides have a line above them, as in the reports: struck
        # or underlined alike, they differed from deleted or inserted ones by hue alone.
        fmt.setFontOverline(op == "replace")
        fmt.setBackground(QColor(bg))
        fmt.setForeground(QColor(fg))
        if form:
            fmt.setBackground(blend(QColor(bg), QColor(s.base), FORM_LIGHTER))
            fmt.setForeground(blend(QColor(fg), QColor(s.muted), FORM_LIGHTER))
            fmt.setToolTip(form)
        if s.high_contrast:
            # Bold thickens the underline and strike line; replacements get a dashed
            # underline so that shape, not hue alone, tells them from insertions.
            fmt.setFontWeight(QFont.Weight.Bold)
            if op == "replace" and side == "new":
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        return fmt

    def form_label(self, change_class: str) -> str:
        """Tooltip of a change of form ("Change of form: spelling"); "" for substance."""
        if change_class in SUBSTANCE:
            return ""
        return tr("Change of form: {0}").format(class_text(change_class))

    def badge(self, kind: str, tooltip: str = "") -> QTextCharFormat:
        """A badge's look (made once per kind: a long text has 40,000 headings)."""
        look = self._badges.get(kind)
        if look is None:
            look = self._badges[kind] = self._badge_look(kind)
        fmt = QTextCharFormat(look)
        if tooltip:
            fmt.setToolTip(tooltip)
        return fmt

    def _badge_look(self, kind: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        colour = self.scheme.status(kind)
        fmt.setBackground(colour)
        fmt.setForeground(self.scheme.badge_text(colour))
        fmt.setFontPointSize(self.font.pointSizeF() * 0.78)
        fmt.setFontWeight(QFont.Weight.DemiBold)
        fmt.setFontFamilies(["DejaVu Sans", "Sans Serif"])
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        return fmt
