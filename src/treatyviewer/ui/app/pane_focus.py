"""F6 and Shift+F6: the keyboard focus goes from text to text and panel to panel.

A reader working by keyboard could reach the texts and the docks only by clicking
or by many presses of Tab through every button of a dock. As in other programs
with panes, F6 moves the focus to the next of them: the texts shown first, then
each dock in view, left to right and top to bottom (a dock behind another's tab is
passed over). In a dock it is its list that takes the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QMainWindow, QWidget

from ..compare.comparison_view import ComparisonView


def _in_view(dock: QDockWidget) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _stop_in(dock: QDockWidget) -> QWidget | None:
    """Where the focus lands in a dock: its first list or table, else its first field."""
    content = dock.widget()
    if content is None:
        return None
    for view in content.findChildren(QAbstractItemView):
        if view.isVisible() and view.isEnabled() and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return view
    for widget in content.findChildren(QWidget):
        policy = widget.focusPolicy()
        if widget.isVisible() and widget.isEnabled() and policy & Qt.FocusPolicy.TabFocus:
            return widget
    return None


def focus_stops(window: QMainWindow, view: ComparisonView) -> list[QWidget]:
    """The texts on show, then a stop in each dock in view, in reading order."""
    stops: list[QWidget] = [p for p in view.shown_panes() if p.isVisible()]
    docks = [d for d in window.findChildren(QDockWidget) if _in_view(d)]
    origin = QPoint(0, 0)
    docks.sort(key=lambda d: (d.mapTo(window, origin).x(), d.mapTo(window, origin).y()))
    for dock in docks:
        stop = _stop_in(dock)
        if stop is not None:
            stops.append(stop)
    return stops


def move_focus(window: QMainWindow, view: ComparisonView, step: int) -> QWidget | None:
    """Give the focus to the next stop (``step`` 1) or the one before (-1); the
    widget that took it, or None when there is nowhere to go."""
    stops = focus_stops(window, view)
    if not stops:
        return None
    focused = QApplication.focusWidget()
    here = next(
        (
            k
            for k, s in enumerate(stops)
            if focused is not None and (s is focused or s.isAncestorOf(focused))
        ),
        -1 if step > 0 else 0,
    )
    target = stops[(here + step) % len(stops)]
    # A list given the focus by the keyboard makes its first row current, and the
    # notes' list shows that note's passage: the texts left the article being read.
    # (Qt leaves the current row alone for a click, so the focus comes as by a click.)
    as_by = (
        Qt.FocusReason.MouseFocusReason
        if isinstance(target, QAbstractItemView)
        else Qt.FocusReason.TabFocusReason
    )
    target.setFocus(as_by)
    return target


def start_reading(view: ComparisonView) -> None:
    """The keys go to the first text shown (the older one side by side), where reading
    starts: the window had opened with the focus on the concordance's tabs, so that
    Page Down moved nothing and the arrow keys switched tabs. A text that has the
    focus keeps it."""
    panes = view.shown_panes()
    focused = view.window().focusWidget()
    if focused is None or not any(p is focused or p.isAncestorOf(focused) for p in panes):
        panes[0].setFocus(Qt.FocusReason.OtherFocusReason)


TAB_TRIES = 64
"""At most this many controls out of view passed over in one press of Tab."""


def tab_to_seen(step: Callable[[], bool]) -> bool:
    """Move the focus by ``step`` (one Tab or Shift+Tab) until it lands on a control
    the reader can see: Qt counts the panel behind a dock's tab as shown, and Tab
    went through its filter, boxes and list with the focus nowhere on screen."""
    start = QApplication.focusWidget()
    for _ in range(TAB_TRIES):
        if not step():
            return False
        now = QApplication.focusWidget()
        if now is None or now is start or not now.visibleRegion().isEmpty():
            return True
    return True
