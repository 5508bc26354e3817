"""Paints a map scene and lets the reader point at places with the mouse or the keyboard.

The scene is rebuilt for each size with the widget's own font metrics, so labels
are placed where they are drawn; the base layers are cached as a pixmap and only
the places and the treaty's lines are painted again when the emphasis changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.map_data import WATER_KINDS
from ...core.map_scene import XY, MapFeature, MapPlace, MapScene
from ...io.map_style import MARKERS, MapColours, colours, version_key

SceneBuilder = Callable[[tuple[float, float], Callable[[str, float], float]], MapScene]
"""Builds the scene for a size, measuring labels with the given function."""


def _path(rings: object, close: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:  # type: ignore[attr-defined]
        if len(ring) < 2:
            continue
        path.moveTo(*ring[0])
        for x, y in ring[1:]:
            path.lineTo(x, y)
        if close:
            path.closeSubpath()
    return path


class MapCanvas(QWidget):
    placeActivated = Signal(str)
    """A place was clicked, or chosen with Enter: its gazetteer id."""
    currentChanged = Signal(str)
    """The keyboard or mouse moved to a place (empty: none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MapCanvas")
        self.setAccessibleName(self.tr("Map of the places the texts name"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(280, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.builder: SceneBuilder | None = None
        self.scene: MapScene | None = None
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
        """Lay the scene out again (new texts, focus, version or size)."""
        self._base = None
        if self.builder is None or self.width() < 10:
            self.scene = None
        else:
            metrics = QFontMetricsF(self._font)
            scale = self._font.pointSizeF()

            def measure(text: str, size: float) -> float:
                return metrics.horizontalAdvance(text) * size / scale

            self.scene = self.builder((float(self.width()), float(self.height())), measure)
            if self.current and self.scene.place(self.current) is None:
                self.current = ""
        self.update()

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
        for i, feature in enumerate(f for f in scene.features if f.kind == "area"):
            self._paint_area(painter, feature, c, i)
        for feature in scene.features:
            if feature.kind == "line":
                self._paint_line(painter, feature, c)
        self._paint_inset(painter, scene, c)
        painter.setFont(self._font)
        for feature in scene.features:
            if feature.label_box is not None:
                colour = c.frontier if feature.kind == "line" else c.text
                box = feature.label_box
                self._text(painter, QPointF(box[0], box[3] - scene.label_size * 0.3), feature.short_label,
                           colour, c.halo, bold=True)  # fmt: skip
        for place in scene.places:
            self._paint_place(painter, place, c, scene.label_size)
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
        pixmap.fill(QColor(c.water))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.land))
        p.drawPath(_path((r for poly in scene.land for r in poly), True))
        p.setBrush(QColor(c.lake))
        p.drawPath(_path((r for _, poly in scene.lakes for r in poly), True))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(c.river), 1.1))
        p.drawPath(_path((line for _, line in scene.rivers), False))
        p.setPen(QPen(QColor(c.border), 0.8, Qt.PenStyle.DashLine))
        p.drawPath(_path(scene.borders, False))
        p.end()
        return pixmap

    def _paint_area(self, p: QPainter, feature: MapFeature, c: MapColours, i: int) -> None:
        colour, pattern = c.areas[min(i, len(c.areas) - 1)]
        path = _path([feature.points], True)
        style = Qt.BrushStyle.BDiagPattern if pattern == "hatch" else Qt.BrushStyle.Dense6Pattern
        fill = QColor(colour)
        if pattern != "hatch":
            fill.setAlpha(200)
        p.setBrush(QBrush(fill, style))
        p.setPen(QPen(QColor(colour), 2.6 if feature.emphasised else 1.3))
        p.drawPath(path)

    def _paint_line(self, p: QPainter, feature: MapFeature, c: MapColours) -> None:
        width = 4.5 if feature.emphasised else 3.0
        path = _path([feature.points], False)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for colour, w in ((c.halo, width + 2.5), (c.frontier, width)):
            pen = QPen(QColor(colour), w)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPath(path)

    def _paint_inset(self, p: QPainter, scene: MapScene, c: MapColours) -> None:
        x0, y0, x1, y1 = scene.inset_frame
        p.setPen(QPen(QColor(c.text), 0.8))
        p.setBrush(QColor(c.water))
        p.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(c.land))
        p.drawPath(_path((r for poly in scene.inset_land for r in poly), True))
        rx0, ry0, rx1, ry1 = scene.inset_region
        p.setPen(QPen(QColor(c.frontier), 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(rx0, ry0, rx1 - rx0, ry1 - ry0))

    def _paint_place(self, p: QPainter, place: MapPlace, c: MapColours, size: float) -> None:
        key = version_key(place.named_in)
        fill = QColor({"both": c.both, "old": c.old_only, "new": c.new_only}[key])
        r = 4.2 if place.frame == "main" else 3.0
        x, y = place.at
        if place.emphasised:
            p.setPen(Qt.PenStyle.NoPen)
            focus = QColor(c.focus)
            focus.setAlpha(220)
            p.setBrush(focus)
            p.drawEllipse(QPointF(x, y), r + 5, r + 5)
        if place.kind not in WATER_KINDS:
            p.setPen(QPen(QColor(c.halo), 1))
            p.setBrush(fill)
            shape = MARKERS[key]
            if shape == "square":
                p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
            elif shape == "diamond":
                d = r * 1.3
                p.drawPolygon(QPolygonF([QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)]))
            else:
                p.drawEllipse(QPointF(x, y), r, r)
        if place.label_box is None:
            return
        box = place.label_box
        scale = 1.0 if place.frame == "main" else 0.82
        font = QFont(self._font)
        font.setPointSizeF(self._font.pointSizeF() * scale)
        font.setBold(place.emphasised or place.entity_id == self.current)
        font.setItalic(place.kind in ("river", "sea", "strait"))
        p.setFont(font)
        h = (box[3] - box[1])
        self._text(p, QPointF(box[0], box[3] - h * 0.25), place.name, c.text, c.halo)
        p.setFont(self._font)

    def _text(self, p: QPainter, at: QPointF, text: str, colour: str, halo: str, bold: bool = False) -> None:
        font = QFont(p.font())
        if bold:
            font.setBold(True)
        path = QPainterPath()
        path.addText(at, font, text)
        pen = QPen(QColor(halo), 3.2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.strokePath(path, pen)
        p.fillPath(path, QColor(colour))

    # -- pointing ------------------------------------------------------------------------
    def _place_under(self, pos: QPointF) -> MapPlace | None:
        return self.scene.place_at((pos.x(), pos.y())) if self.scene else None

    def _feature_under(self, pos: QPointF) -> MapFeature | None:
        if self.scene is None:
            return None
        for feature in self.scene.features:
            path = _path([feature.points], feature.kind == "area")
            if feature.kind == "area" and path.contains(pos):
                return feature
            if feature.kind == "line":
                stroker_hit = any(abs(x - pos.x()) + abs(y - pos.y()) < 6 for x, y in feature.points)
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
            QToolTip.showText(event.globalPosition().toPoint(), f"<div style='width:360px'>{tip}</div>", self)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows and Tab walk the places west to east; Enter opens the one shown."""
        order = [p.entity_id for p in self.scene.keyboard_order()] if self.scene else []
        key = event.key()
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(key)  # type: ignore[call-overload]
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
