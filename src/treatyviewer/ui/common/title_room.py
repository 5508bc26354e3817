"""Room in a message box for its title, as the window system shows it.

Qt sizes a message box by its text and buttons, and allows for the title it was given;
but the title bar also shows the program's name after it (" — treatyviewer"), in a bold
face, beside the window's icon and buttons. A short question under a long Russian
title left the title bar "Несохранённая р… а — treatyviewer".
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

TITLE_BAR_ITEMS = 8
"""Room beside the title, in lines of its height: a title centred in its bar keeps as
far from the icon on one side as from the three buttons (minimise, maximise, close)
on the other, so three buttons' room on each side, and the bar's margins."""
TITLE_SEPARATOR = " \u2014 "
"""What the window system puts between a window's title and the program's name."""


def shown_title(title: str) -> str:
    """The title as the title bar shows it: with the program's name after it."""
    name = QGuiApplication.applicationDisplayName()
    return f"{title}{TITLE_SEPARATOR}{name}" if name and name not in title else title


def title_width(title: str) -> int:
    """How wide a title bar has to be to show ``title`` whole."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(shown_title(title)) + TITLE_BAR_ITEMS * metrics.height()


def make_room_for_title(box: QMessageBox) -> None:
    """Widen ``box`` (within the screen) so that its title bar shows its title whole:
    a row as wide as the title under its text and buttons (the box sets its own size
    from its layout's when shown, so a minimum width set on it would not hold)."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    screen = box.screen() or QGuiApplication.primaryScreen()
    most = screen.availableGeometry().width() - 40 if screen is not None else 1000
    width = min(title_width(box.windowTitle()), most)
    spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
