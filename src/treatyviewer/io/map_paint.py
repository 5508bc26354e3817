"""Paint a map scene with QPainter: the Map dock and the PDF's map page draw alike.

Only QtGui: no widgets, so the PDF export can paint in a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from ..core.map_data import WATER_KINDS
from ..core.map_scene import OVERVIEW_TEXT, XY, MapFeature, MapPlace, MapScene
from .map_style import MARKERS, MapColours, version_key


def scene_path(rings: Iterable[Sequence[XY]], close: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        if len(ring) < 2:
            continue
        path.moveTo(*ring[0])
        for x, y in ring[1:]:
            path.lineTo(x, y)
        if close:
            path.closeSubpath()
    return path


def paint_base(p: QPainter, scene: MapScene, c: MapColours) -> None:
    """Water, land, lakes, rivers and today's borders: what does not change with reading."""
    p.fillRect(QRectF(0, 0, scene.width, scene.height), QColor(c.water))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.land))
    p.drawPath(scene_path((r for poly in scene.land for r in poly), True))
    p.setBrush(QColor(c.lake))
    p.drawPath(scene_path((r for _, poly in scene.lakes for r in poly), True))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor(c.river), 1.1))
    p.drawPath(scene_path((line for _, line in scene.rivers), False))
    p.setPen(QPen(QColor(c.border), 0.8, Qt.PenStyle.DashLine))
    p.drawPath(scene_path(scene.borders, False))


def paint_overlay(
    p: QPainter, scene: MapScene, c: MapColours, font: QFont, current: str = ""
) -> None:
    """The treaty's areas and lines, the overview inset, the places and every label."""
    for i, feature in enumerate(f for f in scene.features if f.kind == "area"):
        _area(p, feature, c, i)
    for feature in scene.features:
        if feature.kind == "line":
            _line(p, feature, c)
    _inset(p, scene, c)
    p.setFont(font)
    for feature in scene.features:
        if feature.label_box is not None:
            colour = c.frontier if feature.kind == "line" else c.text
            box = feature.label_box
            bold = QFont(font)
            bold.setBold(True)
            text(
                p,
                QPointF(box[0], box[3] - (box[3] - box[1]) * 0.25),
                feature.short_label,
                bold,
                colour,
                c.halo,
            )
    for place in scene.places:
        _place(p, place, c, font, place.entity_id == current)


def _area(p: QPainter, feature: MapFeature, c: MapColours, i: int) -> None:
    colour, pattern = c.areas[min(i, len(c.areas) - 1)]
    style = Qt.BrushStyle.BDiagPattern if pattern == "hatch" else Qt.BrushStyle.Dense6Pattern
    p.setBrush(QBrush(QColor(colour), style))
    p.setPen(QPen(QColor(colour), 2.6 if feature.emphasised else 1.3))
    p.drawPath(scene_path([feature.points], True))


def _line(p: QPainter, feature: MapFeature, c: MapColours) -> None:
    width = 4.5 if feature.emphasised else 3.0
    path = scene_path([feature.points], False)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for colour, w in ((c.halo, width + 2.5), (c.frontier, width)):
        pen = QPen(QColor(colour), w)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPath(path)


def _inset(p: QPainter, scene: MapScene, c: MapColours) -> None:
    x0, y0, x1, y1 = scene.inset_frame
    frame = QRectF(x0, y0, x1 - x0, y1 - y0)
    p.save()
    p.setClipRect(frame)  # the overview's coasts run on past its frame
    p.fillRect(frame, QColor(c.water))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(c.land))
    p.drawPath(scene_path((r for poly in scene.inset_land for r in poly), True))
    rx0, ry0, rx1, ry1 = scene.inset_region
    p.setPen(QPen(QColor(c.frontier), 1.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(rx0, ry0, rx1 - rx0, ry1 - ry0))
    p.restore()
    p.setPen(QPen(QColor(c.text), 0.8))  # drawn last, so that no coast covers it
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(frame)


def marker(
    p: QPainter, shape: str, x: float, y: float, r: float, fill: QColor, halo: QColor
) -> None:
    p.setPen(QPen(halo, 1))
    p.setBrush(fill)
    if shape == "square":
        p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif shape == "diamond":
        d = r * 1.3
        p.drawPolygon(
            QPolygonF([QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)])
        )
    else:
        p.drawEllipse(QPointF(x, y), r, r)


def _place(p: QPainter, place: MapPlace, c: MapColours, font: QFont, current: bool) -> None:
    key = version_key(place.named_in)
    fill = QColor({"both": c.both, "old": c.old_only, "new": c.new_only}[key])
    r = 4.2 if place.frame == "main" else 3.0
    x, y = place.at
    if place.emphasised and place.kind not in WATER_KINDS:
        focus = QColor(c.focus)
        focus.setAlpha(220)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(focus)
        p.drawEllipse(QPointF(x, y), r + 5, r + 5)
    if place.has_marker:
        marker(p, MARKERS[key], x, y, r, fill, QColor(c.halo))
    if place.label_box is None:
        return
    box = place.label_box
    face = scaled_font(font, 1.0 if place.frame == "main" else OVERVIEW_TEXT)
    face.setBold(place.emphasised or current)
    face.setItalic(place.kind in ("river", "sea", "strait"))
    text(
        p,
        QPointF(box[0], box[3] - (box[3] - box[1]) * 0.25),
        place.label_text,
        face,
        c.text,
        c.halo,
    )


def scaled_font(font: QFont, factor: float) -> QFont:
    """The font at a share of its size, whether it was sized in points or pixels."""
    face = QFont(font)
    if font.pixelSize() > 0:
        face.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        face.setPointSizeF(font.pointSizeF() * factor)
    return face


def text(p: QPainter, at: QPointF, label: str, font: QFont, colour: str, halo: str) -> None:
    """A label on a halo, so it reads over lines and hatching."""
    path = QPainterPath()
    path.addText(at, font, label)
    pen = QPen(QColor(halo), 3.2)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.strokePath(path, pen)
    p.fillPath(path, QColor(colour))
