"""Paints a map scene and lets the reader point at places with the mouse or the keyboard.

The scene is rebuilt for each size with the widget's own font metrics, so labels
are placed where they are drawn; the base layers are cached as a pixmap and only
the places and the treaty's lines are painted again when the emphasis changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.map_scene import XY, MapFeature, MapPlace, MapScene
from ...io.map_paint import paint_base, paint_overlay, scene_path
from ...io.map_style import MapColours, colours

_OWN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Left,
             Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)  # fmt: skip
SceneBuilder = Callable[[tuple[float, float], Callable[[str, float], float]], MapScene]
"""Builds the scene for a size, measuring labels with the given function."""


class MapCanvas(QWidget):
    placeActivated = Signal(str)
    """A place was clicked, or chosen with Enter: its gazetteer id."""
    currentChanged = Signal(str)
    """The keyboard or mouse moved to a place (empty: none)."""
    sceneBuilt = Signal()
    """The scene was laid out again (its numbered places may differ at the new size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MapCanvas")
        self.setAccessibleName(self.tr("Map of the places the texts name"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(280, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.builder: SceneBuilder | None = None
        self._scene: MapScene | None = None
        self._dirty = True
        self.dark = False
        self.current: str = ""
        self._base: QPixmap | None = None
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(8.0, self._font.pointSizeF()))

    # -- data ------------------------------------------------------------------------
    def set_builder(self, builder: SceneBuilder | None, dark: bool = False) -> None:
        self.builder, self.dark = builder, dark
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the scene out again (new texts, focus, version or size) when next needed."""
        self._dirty = True
        self._base = None
        self.update()

    @property
    def scene(self) -> MapScene | None:
        if self._dirty:
            self._dirty = False
            self._scene = self._build()
            if self.current and (self._scene is None or self._scene.place(self.current) is None):
                self.current = ""
            self.sceneBuilt.emit()
        return self._scene

    def _build(self) -> MapScene | None:
        if self.builder is None or self.width() < 10:
            return None
        metrics = QFontMetricsF(self._font)
        scale = self._font.pointSizeF()

        def measure(text: str, size: float) -> float:
            return metrics.horizontalAdvance(text) * size / scale

        return self.builder((float(self.width()), float(self.height())), measure)

    @property
    def label_size(self) -> float:
        return self._font.pointSizeF() * self.logicalDpiY() / 72.0

    # -- painting --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rebuild()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = colours(self.dark)
        scene = self.scene
        if scene is None:
            painter.fillRect(self.rect(), QColor(c.water))
            return
        if self._base is None or self._base.size() != self.size() * self.devicePixelRatioF():
            self._base = self._paint_base(scene, c)
        painter.drawPixmap(0, 0, self._base)
        paint_overlay(painter, scene, c, self._font, self.current)
        if self.hasFocus() and self.current:
            place = scene.place(self.current)
            if place is not None:
                painter.setPen(QPen(QColor(c.text), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(*place.at), 11, 11)
        painter.end()

    def _paint_base(self, scene: MapScene, c: MapColours) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_base(p, scene, c)
        p.end()
        return pixmap

    # -- pointing ------------------------------------------------------------------------
    def _place_under(self, pos: QPointF) -> MapPlace | None:
        return self.scene.place_at((pos.x(), pos.y())) if self.scene else None

    def _feature_under(self, pos: QPointF) -> MapFeature | None:
        if self.scene is None:
            return None
        for feature in self.scene.features:
            path = scene_path([feature.points], feature.kind == "area")
            if feature.kind == "area" and path.contains(pos):
                return feature
            if feature.kind == "line":
                stroker_hit = any(
                    abs(x - pos.x()) + abs(y - pos.y()) < 6 for x, y in feature.points
                )
                if stroker_hit:
                    return feature
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        place = self._place_under(pos)
        if place is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), place.tooltip, self)
            return
        self.unsetCursor()
        feature = self._feature_under(pos)
        if feature is not None:
            tip = f"<b>{feature.label}</b><br>{feature.note}<br><i>{feature.provenance}</i><br>"
            tip += self.tr("Confidence: {0}").format(feature.confidence)
            QToolTip.showText(
                event.globalPosition().toPoint(), f"<div style='width:360px'>{tip}</div>", self
            )
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        place = self._place_under(event.position())
        if place is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current(place.entity_id)
            self.placeActivated.emit(place.entity_id)
        super().mousePressEvent(event)

    def place_point(self, entity_id: str) -> QPointF | None:
        """Where a place's marker is drawn (for tests and for scrolling to it)."""
        place = self.scene.place(entity_id) if self.scene else None
        return QPointF(*place.at) if place else None

    def set_current(self, entity_id: str) -> None:
        if entity_id != self.current:
            self.current = entity_id
            self.currentChanged.emit(entity_id)
            self.update()

    def event(self, event: QEvent) -> bool:
        """Enter, Space and the arrows belong to the map while it has the focus,
        even where a window shortcut uses them too."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _OWN_KEYS
        ):
            scene = self.scene
            if scene is not None and scene.places:
                event.accept()
                return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by keyboard shows where one is at once: the first place, ringed."""
        super().focusInEvent(event)
        scene = self.scene
        if not self.current and scene is not None and scene.places:
            self.set_current(scene.keyboard_order()[0].entity_id)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Tab walk the places west to east; Enter opens the one shown."""
        order = [p.entity_id for p in self.scene.keyboard_order()] if self.scene else []
        key = event.key()
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(key)  # type: ignore[call-overload]
        if order and step is not None:
            i = order.index(self.current) if self.current in order else -1 if step > 0 else 0
            self.set_current(order[(i + step) % len(order)])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current:
            self.placeActivated.emit(self.current)
            return
        super().keyPressEvent(event)

    def focus_position(self) -> XY | None:
        place = self.scene.place(self.current) if self.scene and self.current else None
        return place.at if place else None
