"""The docks give way to the texts.

Two columns of docks (the outline on the left, parties, notes and map on the
right) leave two text panes of ~170 px each in a 1024 px window. Below
``NARROW`` the outline therefore joins the right-hand docks as a tab whenever it
is shown or the window narrows, so only one column is taken from the texts; when
the window is wide again, it goes back to the left as wide as it was.

However far a dock is dragged, the texts keep ``TEXT_MIN_WIDTH`` by
``TEXT_MIN_HEIGHT``; and a layout saved with a dock dragged wide or tall opens
with that dock at most at its share (``SIDE_SHARE``, ``BELOW_SHARE``): a
concordance made tall for one look once left the texts ~280 px at every start.
Below ``CRAMPED`` even one column beside the texts is too much (at 800 px it took 45 %
of the width and left each text two to four words a line): the side docks then become
tabs beside the concordance below the texts (the View menu brings each forward), and go
back beside the texts, together as they were, when the window is wide again.

Qt squeezes the side docks to fit a cramped window before the window hears of its new
size: the docks' sizes are therefore kept as each change of a dock's size in a wide window
leaves them, and given back (in proportion to the window) when the docks come back beside
the texts. (Kept only as the docks were moved below, the parties and places came back
~180 px wide, every name cut to "P…s", the concordance three rows tall, and so they were
saved for the next start.)

When the window is made smaller, the docks shrink with it, each keeping its share:
Qt takes the whole loss from the texts (a concordance of 270 px left them 330 px
of a 700 px window); made larger again, they grow back to their share (Qt gave the
whole gain to the texts, and a concordance shrunk to two rows stayed so).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

NARROW = 1400
"""Window width (px) below which the side docks share one column."""
CRAMPED = 1000
"""Window width (px) below which the side docks are tabs below the texts."""
TEXT_MIN_WIDTH = 440
"""The texts never narrower (px): side by side, two columns of about 20 characters. With
the right-hand docks' least width (their tabs, or the map) this lets the window be 800 px
wide: at 560 the window could not be narrower than ~830 px, and a window made 800 px wide
had the newer pane, its scroll bar and the overview strip under the docks."""
TEXT_MIN_HEIGHT = 240
"""The text panes never shorter (px): about ten lines."""
SIDE_SHARE = 0.4
"""At start, docks beside the texts take at most this share of the window's width."""
BELOW_SHARE = 0.35
"""At start, docks above or below the texts take at most this share of its height."""
Area = Qt.DockWidgetArea
SIDES = (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)
ENDS = (Area.TopDockWidgetArea, Area.BottomDockWidgetArea)


class DockRoom(QObject):
    def __init__(
        self, window: QMainWindow, outline: QDockWidget, texts: QWidget, below: QDockWidget
    ) -> None:
        super().__init__(window)
        self.window = window
        self.outline = outline
        self.below = below
        """The dock under the texts (the concordance) the side docks join in a cramped window."""
        self._wide_state: QByteArray | None = None
        """The docks as they were before a cramped window put the side docks below."""
        self._wide_sizes: dict[Area, int] = {}
        """The width of each column of docks beside the texts, and the height of those
        above and below them, as last seen in a wide window..."""
        self._wide_window = QSize()
        """...and the window's size then."""
        self._hidden_down: set[QDockWidget] = set()
        """Side docks too tall to lie below, hidden in a cramped window."""
        self._moving = False
        texts.setMinimumSize(TEXT_MIN_WIDTH, TEXT_MIN_HEIGHT)
        for dock in window.findChildren(QDockWidget):
            dock.installEventFilter(self)
        outline.visibilityChanged.connect(self._shown)
        window.installEventFilter(self)
        self._left_width = 0
        """The outline's width on the left while the window was last wide (when it
        narrows, Qt has squeezed the docks before ``fit`` moves the outline)."""
        self._outline_width: int | None = None
        """The outline's width on the left before a narrow window put it among the
        right-hand docks (None: it was not moved so, or has gone back)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tabs of docks put together show every dock by its whole name, rather
        than scroll arrows with a tab or two behind them ("Parties and places" was out
        of sight in a 1000 px window) or names cut to "No…": the column is as wide
        as its tabs."""
        kind = event.type()
        if kind == QEvent.Type.Resize and isinstance(watched, QDockWidget):
            self._keep_size(watched)
        elif kind == QEvent.Type.ChildPolished and watched is self.window:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDockWidget):
                child.installEventFilter(self)  # a dock made after the window's first
            elif isinstance(child, QTabBar):
                child.setUsesScrollButtons(False)
                child.setElideMode(Qt.TextElideMode.ElideNone)
        return False

    def _keep_size(self, dock: QDockWidget) -> None:
        """Keep the width of a dock's column beside the texts (or its height above or
        below them) while the window is wide and the docks are where the reader put
        them: not while they are moved, nor while they are tabs below."""
        window = self.window
        if self._moving or self._wide_state is not None or not window.isVisible():
            return
        if window.width() < CRAMPED or dock.isFloating() or dock.visibleRegion().isEmpty():
            return  # (a dock behind another's tab is put out of sight, not hidden)
        area = window.dockWidgetArea(dock)
        self._wide_sizes[area] = dock.width() if area in SIDES else dock.height()
        self._wide_window = window.size()

    def _shown(self, visible: bool) -> None:
        if visible:
            self.fit()

    def _docked(self) -> list[QDockWidget]:
        """The docks shown in the window (not floating), in the order they were made."""
        return [
            dock
            for dock in self.window.findChildren(QDockWidget)
            if not dock.isFloating() and not dock.isHidden()
        ]

    def _right_column(self) -> QDockWidget | None:
        """A shown, docked right-hand dock the outline can join."""
        for dock in self._docked():
            if dock is not self.outline and self.window.dockWidgetArea(dock) == SIDES[1]:
                return dock
        return None

    def fit(self) -> None:
        """In a narrow window, put a docked left-hand outline into the right column; in
        a wide one, put an outline moved so back on the left. In a cramped one, put the
        side docks below; wider, put them back."""
        if self._moving:
            return  # the window resized by the docks being moved
        if self.window.width() < CRAMPED:
            self._side_docks_down()
            return
        self.side_docks_back()
        self._fit_outline()

    def _side_docks_down(self) -> None:
        window, below = self.window, self.below
        if below.isHidden() or below.isFloating() or window.dockWidgetArea(below) not in ENDS:
            return
        beside = [d for d in self._docked() if window.dockWidgetArea(d) in SIDES]
        if not beside:
            return
        size = window.size()
        room = max(below.minimumSizeHint().height(), int(size.height() * BELOW_SHARE))
        if self._wide_state is None:
            self._wide_state = window.saveState()
        self._moving = True
        try:
            for dock in beside:
                if dock.minimumSizeHint().height() > room:
                    dock.hide()  # (the map) too tall to lie below: View brings it back
                    self._hidden_down.add(dock)
                else:
                    window.tabifyDockWidget(below, dock)
        finally:
            self._moving = False
        below.raise_()  # the concordance in front: the list of what became of what
        # Docks on the move can make the window taller for a moment (Qt keeps that size):
        # it gets back the size it was given.
        QTimer.singleShot(0, self, lambda: window.resize(size))

    def side_docks_back(self) -> None:
        """Put the docks back as they were before the window was cramped (Qt crashed
        moving tabs from one group to another), each shown or closed as the reader
        has it now; those hidden for want of room come back."""
        state, self._wide_state = self._wide_state, None
        hidden, self._hidden_down = self._hidden_down, set()
        if state is None:
            return
        docks = self.window.findChildren(QDockWidget)
        shown = {d: not d.isHidden() or d in hidden for d in docks}
        self._moving = True
        try:
            self.window.restoreState(state)
            for dock in docks:
                dock.setVisible(shown[dock])
            self._wide_sizes_back()
        finally:
            self._moving = False

    def _wide_sizes_back(self) -> None:
        """The docks at the sizes they had in the wide window, in proportion to this one
        (the state kept as they went below has them squeezed to the cramped window)."""
        kept, wide, window = self._wide_sizes, self._wide_window, self.window
        if wide.isEmpty():
            return
        done: set[Area] = set()
        for dock in self._docked():
            area = window.dockWidgetArea(dock)
            if area in kept and area not in done:
                done.add(area)
                beside = area in SIDES
                size = kept[area] * (
                    window.width() / wide.width() if beside else window.height() / wide.height()
                )
                across = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
                window.resizeDocks([dock], [max(1, round(size))], across)

    def _fit_outline(self) -> None:
        outline, window = self.outline, self.window
        if outline.isHidden() or outline.isFloating():
            return
        if window.width() >= NARROW:
            self._outline_back()
            if window.dockWidgetArea(outline) == SIDES[0]:
                self._left_width = outline.width()
            return
        if window.dockWidgetArea(outline) != SIDES[0]:
            return
        right = self._right_column()
        if right is None:
            return
        width = self._left_width or outline.width()
        window.tabifyDockWidget(right, outline)
        outline.raise_()
        self._outline_width = width

    def _outline_back(self) -> None:
        width, self._outline_width = self._outline_width, None
        if width is None or self.window.dockWidgetArea(self.outline) != SIDES[1]:
            return  # never moved, or the reader has put it elsewhere since
        self.window.addDockWidget(SIDES[0], self.outline)
        # once the layout has taken the dock in (at once, Qt sizes it afresh after)
        QTimer.singleShot(
            0, lambda: self.window.resizeDocks([self.outline], [width], Qt.Orientation.Horizontal)
        )

    def restored(self) -> None:
        """A saved layout was put back (call once the window has its size, before it is
        painted): docks that take more than their share of the window give it back."""
        window = self.window
        layout = window.layout()
        if layout is not None:
            layout.activate()  # the docks at their restored sizes in this window
        self._share(SIDES, Qt.Orientation.Horizontal, int(window.width() * SIDE_SHARE))
        self._share(ENDS, Qt.Orientation.Vertical, int(window.height() * BELOW_SHARE))

    def _share(self, areas: tuple[Area, Area], across: Qt.Orientation, room: int) -> None:
        """Shrink the docks of ``areas`` alike so that together they take at most ``room``
        px ``across`` (width for the side areas, height for the top and bottom)."""
        horizontal = across == Qt.Orientation.Horizontal
        by_area: dict[Area, list[QDockWidget]] = {}
        for dock in self._docked():
            area = self.window.dockWidgetArea(dock)
            if area in areas:
                by_area.setdefault(area, []).append(dock)

        def extent(dock: QDockWidget) -> int:
            return dock.width() if horizontal else dock.height()

        taken = {area: max(extent(d) for d in docks) for area, docks in by_area.items()}
        total = sum(taken.values())
        if total <= room:
            return
        docks = [docks[0] for docks in by_area.values()]
        sizes = [max(1, taken[area] * room // total) for area in by_area]
        self.window.resizeDocks(docks, sizes, across)

    def resized(self, before: QSize, after: QSize) -> None:
        """The window went from ``before`` to ``after``: docks keep their share of the
        window rather than leaving the texts to give up, or take, all of the change."""
        for areas, across, old, new in (
            (SIDES, Qt.Orientation.Horizontal, before.width(), after.width()),
            (ENDS, Qt.Orientation.Vertical, before.height(), after.height()),
        ):
            if 0 < new != old > 0:
                self._scale(areas, across, new / old)

    def _scale(self, areas: tuple[Area, Area], across: Qt.Orientation, factor: float) -> None:
        horizontal = across == Qt.Orientation.Horizontal
        docks = [d for d in self._docked() if self.window.dockWidgetArea(d) in areas]
        if docks:
            sizes = [
                max(1, round((d.width() if horizontal else d.height()) * factor)) for d in docks
            ]
            self.window.resizeDocks(docks, sizes, across)
