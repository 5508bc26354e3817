"""The meaning colours (Okabe–Ito, colour-blind safe) for light and dark palettes.

Every view that shows a change or a status reads its colours here, so panes,
connector, overview bar and concordance table always agree. The hues themselves
come from ``io.report_palette`` (no Qt), which the PDF and HTML reports read too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from ...io import report_palette as palette

# Okabe–Ito base hues, named by colour.
BLUE_GREEN = palette.INSERT
VERMILLION = palette.DELETE
AMBER = palette.REPLACE
SKY_BLUE = palette.MOVED
BLUE = palette.SPLIT
REDDISH_PURPLE = palette.RENUMBERED
GREY = palette.NEUTRAL


@dataclass(frozen=True)
class Scheme:
    """Colours for one palette (light or dark)."""

    dark: bool
    text: str
    base: str
    heading: str
    muted: str
    inserted_bg: str
    inserted_fg: str
    deleted_bg: str
    deleted_fg: str
    replaced_bg: str
    replaced_fg: str
    counterpart_bg: str
    find_bg: str
    find_current_bg: str
    high_contrast: bool = False
    """Black on white, saturated hues, bold changes (thicker underline and strike)."""

    def status(self, status: str) -> QColor:
        hues = HIGH_CONTRAST_HUES if self.high_contrast else STATUS_HUES
        return QColor(hues.get(status, STATUS_HUES.get(status, GREY)))

    def badge_text(self, colour: QColor) -> QColor:
        """Text on a badge: always black in high contrast (its hues are all light enough)."""
        if self.high_contrast:
            return QColor("#000000")
        return QColor(palette.badge_text_colour(colour.name().upper()))

    def status_tint(self, status: str, alpha: int = 70) -> QColor:
        colour = self.status(status)
        colour.setAlpha(alpha)
        return colour


PENDING = "#E4E4E4"
"""A pair still being compared: paler than "unchanged", so that neither is taken for
the other (the badge also says "comparing…")."""
STATUS_HUES = {**palette.BADGE_COLOURS, "comparing": PENDING}

HIGH_CONTRAST_HUES: dict[str, str] = {
    "unchanged": "#B0B0B0",
    "modified": "#F0E442",  # yellow, as replaced words
    "rewritten": AMBER,
    "moved": BLUE_GREEN,
    "renumbered": REDDISH_PURPLE,
    "split": "#5FA8E0",
    "merged": "#5FA8E0",
    "added": SKY_BLUE,  # as inserted words
    "removed": AMBER,  # as deleted words
    "repealed": AMBER,
    "unknown": "#D0D0D0",
}
"""Saturated, light enough for black text; the same hues as the word marks."""

LIGHT = Scheme(
    dark=False,
    text="#1b1b1b",
    base="#fdfcf8",
    heading="#2b2b2b",
    muted="#6b6b6b",
    inserted_bg=palette.INSERT_BG,
    inserted_fg=palette.INSERT_FG,
    deleted_bg=palette.DELETE_BG,
    deleted_fg=palette.DELETE_FG,
    replaced_bg=palette.REPLACE_BG,
    replaced_fg=palette.REPLACE_FG,
    counterpart_bg="#bfe0f5",
    find_bg="#fff27a",
    find_current_bg="#ffb000",
)

DARK = Scheme(
    dark=True,
    text="#e6e4df",
    base="#1f2022",
    heading="#f2f0ea",
    muted="#a0a0a0",
    inserted_bg="#0e4d3b",
    inserted_fg="#8ff0cf",
    deleted_bg="#5e2a0c",
    deleted_fg="#ffb58a",
    replaced_bg="#5a430c",
    replaced_fg="#ffd98a",
    counterpart_bg="#1f4f70",
    find_bg="#6b6314",
    find_current_bg="#a06d00",
)


HIGH_CONTRAST = Scheme(
    dark=False,
    text="#000000",
    base="#ffffff",
    heading="#000000",
    muted="#333333",
    inserted_bg=SKY_BLUE,
    inserted_fg="#000000",
    deleted_bg=AMBER,
    deleted_fg="#000000",
    replaced_bg="#F0E442",  # Okabe–Ito yellow
    replaced_fg="#000000",
    counterpart_bg="#d0d0d0",
    find_bg=REDDISH_PURPLE,
    find_current_bg=VERMILLION,
    high_contrast=True,
)
"""High contrast wins over dark: insert, delete and replace differ by hue and by line."""


def scheme(dark: bool, high_contrast: bool = False) -> Scheme:
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if dark else LIGHT


def apply_high_contrast_palette(app: QApplication) -> None:
    pal = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.ToolTipBase,
        QPalette.ColorRole.HighlightedText,
        QPalette.ColorRole.Light,
    ):
        pal.setColor(role, white)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.Dark,
        QPalette.ColorRole.Shadow,
        QPalette.ColorRole.Mid,
    ):
        pal.setColor(role, black)
    pal.setColor(QPalette.ColorRole.Highlight, QColor(BLUE))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#4d4d4d"))
    pal.setColor(QPalette.ColorRole.Link, QColor(BLUE))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#595959"))
    app.setPalette(pal)


INDICATOR_EDGE = "#9a9a9a"
"""The edge of a check box or radio button on the dark palette."""
_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
               QStyle.PrimitiveElement.PE_IndicatorRadioButton)  # fmt: skip


_TITLE_BUTTONS = (
    QStyle.StandardPixmap.SP_TitleBarNormalButton,
    QStyle.StandardPixmap.SP_TitleBarCloseButton,
    QStyle.StandardPixmap.SP_DockWidgetCloseButton,
)
TITLE_BUTTON_SIZES = (10, 12, 16, 20, 24, 32)
TITLE_BUTTON = "#e6e4df"
"""The dark palette's text colour, for the docks' float and close buttons."""


def _tinted(icon: QIcon, colour: str) -> QIcon:
    """``icon`` drawn in one colour, where it is drawn at all."""
    out = QIcon()
    for side in TITLE_BUTTON_SIZES:
        pixmap = icon.pixmap(QSize(side, side))
        if pixmap.isNull():
            continue
        tinted = QPixmap(pixmap.size())
        tinted.setDevicePixelRatio(pixmap.devicePixelRatio())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), QColor(colour))
        painter.end()
        out.addPixmap(tinted)
    return out


_FOCUS = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
FOCUS_WIDTH = 2


def _keyboard_focus(option: QStyleOption) -> bool:
    return (option.state & _FOCUS) == _FOCUS


class _FocusSeen(QProxyStyle):
    """Fusion, with the keyboard focus drawn in the text's own colour: Fusion tints
    its frame from the highlight, which on the dark palette differed from the grey
    behind it by 1.2 to 1 (a check box, a tab) and on the light one by under 3 to 1,
    so a reader moving by Tab lost the focus on check boxes, tabs and buttons."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            if _keyboard_focus(option):
                _ring(painter, option.rect, option.palette.color(QPalette.ColorRole.WindowText))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element is QStyle.PrimitiveElement.PE_PanelButtonCommand and _keyboard_focus(option):
            inner = option.rect.adjusted(2, 2, -2, -2)
            _ring(painter, inner, option.palette.color(QPalette.ColorRole.ButtonText))

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion draws a tab's focus itself, past this style: drawn again over it.
        if element is QStyle.ControlElement.CE_TabBarTabLabel and _keyboard_focus(option):
            inner = option.rect.adjusted(3, 3, -3, -3)
            _ring(painter, inner, option.palette.color(QPalette.ColorRole.WindowText))


def _ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A frame ``FOCUS_WIDTH`` wide just inside ``rect``."""
    w, r = FOCUS_WIDTH, rect
    for side in (
        QRect(r.left(), r.top(), r.width(), w),
        QRect(r.left(), r.bottom() - w + 1, r.width(), w),
        QRect(r.left(), r.top(), w, r.height()),
        QRect(r.right() - w + 1, r.top(), w, r.height()),
    ):
        painter.fillRect(side, colour)


class _EdgedIndicators(_FocusSeen):
    """Fusion, with an edge a reader can see round check boxes and radio buttons:
    Fusion draws it darker than the window, so on a dark palette an unticked box
    ("Show all mentions") was a dark square on dark grey. The float and close buttons
    of the docks, drawn dark on dark too, are drawn light."""

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standardIcon, option, widget)
        return _tinted(icon, TITLE_BUTTON) if standardIcon in _TITLE_BUTTONS else icon

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        painter.save()
        painter.setPen(QPen(QColor(INDICATOR_EDGE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(0, 0, -1, -1)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(box)
        else:
            painter.drawRect(box)  # crisp on whole pixels
        painter.restore()


def apply_palette(app: QApplication, dark: bool, high_contrast: bool = False) -> None:
    """Fusion with a light or dark palette; the meaning colours stay distinct in both."""
    app.setStyle(_EdgedIndicators("Fusion") if dark and not high_contrast else _FocusSeen("Fusion"))
    if high_contrast:
        apply_high_contrast_palette(app)
        return
    if not dark:
        app.setPalette(app.style().standardPalette())
        return
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2c2f",
        QPalette.ColorRole.WindowText: "#e6e4df",
        QPalette.ColorRole.Base: DARK.base,
        QPalette.ColorRole.AlternateBase: "#27282b",
        QPalette.ColorRole.Text: DARK.text,
        QPalette.ColorRole.Button: "#34363a",
        QPalette.ColorRole.ButtonText: "#e6e4df",
        QPalette.ColorRole.Highlight: "#3d6f99",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#34363a",
        QPalette.ColorRole.ToolTipText: "#e6e4df",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Link: SKY_BLUE,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777777"))
    app.setPalette(pal)
