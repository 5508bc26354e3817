"""The map in the reports: an inline SVG section for HTML and a painted page for PDF.

Both show the places the two texts name and, for the bundled treaty, the lines
and areas its articles describe, with the same legend and caveat as the dock.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..core.entities import Gazetteer
from ..core.map_places import bundled_map
from ..core.map_scene import MapScene, build_scene, rough_measure
from ..core.resources import is_bundled_id
from .map_paint import marker, paint_base, paint_overlay
from .map_style import MARKERS, colours
from .map_svg import render_svg
from .map_words import WORDS, map_words
from .report_model import Report
from .report_words import report_language

TITLE = WORDS["title"]
"""The map page's title as written (English); ``map_words`` gives it translated."""
LEGEND = ("both", "old", "new")
"""The markers the legend explains, by their keys in ``map_words``."""


def report_scene(report: Report, size: tuple[float, float],
                 measure: Callable[[str, float], float] = rough_measure,
                 label_size: float = 11.0) -> MapScene | None:  # fmt: skip
    """None when the texts name no place the map can show and draw no treaty line."""
    named: dict[str, set[str]] = {}
    for side, _offset, entity_id in report.mentions:
        named.setdefault(entity_id, set()).add(side)
    texts = {side: doc.source for side, doc in (("old", report.old), ("new", report.new))
             if is_bundled_id(doc.source)}  # fmt: skip
    basemap, treaty = bundled_map()
    words = map_words()
    scene = build_scene(basemap, treaty, Gazetteer.bundled(), named, texts=texts, size=size,
                        measure=measure, label_size=label_size, lang=report_language(),
                        article_word=words["art"])  # fmt: skip
    return scene if scene.places or scene.features else None


def html_section(report: Report) -> str:
    """The map as a section of the HTML report ("" when there is nothing to show)."""
    scene = report_scene(report, (760.0, 500.0))
    if scene is None:
        return ""
    words = map_words()
    svg = render_svg(scene, title=words["title"], labels=words)
    svg = svg[svg.index("<svg") :]  # inline: no XML declaration
    title = escape(words["title"])
    return f'<section id="map"><h2>{title}</h2><div class="map">{svg}</div></section>'


def pdf_page(report: Report) -> Callable[[QPainter, QRectF], None] | None:
    """A painter for one PDF page holding the map, or None when there is nothing to show."""
    probe = report_scene(report, (700.0, 460.0))
    if probe is None:
        return None

    def paint(p: QPainter, rect: QRectF) -> None:
        # Drawn in screen pixels (1/96 in) and scaled, so lines, markers and
        # labels keep the proportions they have in the Map dock.
        unit = p.device().logicalDpiY() / 96.0
        width, height = rect.width() / unit, rect.height() / unit
        font = QFont("DejaVu Sans")
        font.setPixelSize(11)
        metrics = QFontMetricsF(font)
        title_font = QFont(font)
        title_font.setPixelSize(17)
        title_font.setBold(True)
        p.save()
        p.translate(rect.topLeft())
        p.scale(unit, unit)
        p.setFont(title_font)
        p.setPen(QColor("#222222"))
        title_h = 30.0
        words = map_words()
        p.drawText(
            QRectF(0, 0, width, title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            words["title"],
        )
        scene = report_scene(report, (width, height * 0.64),
                             lambda text, size: metrics.horizontalAdvance(text) * size / 11.0, 11.0)  # fmt: skip
        assert scene is not None
        p.translate(0, title_h)
        p.setClipRect(QRectF(0, 0, scene.width, scene.height))
        paint_base(p, scene, colours(False))
        paint_overlay(p, scene, colours(False), font)
        p.setClipping(False)
        p.setPen(QPen(QColor("#888888"), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(0, 0, scene.width, scene.height))
        _legend(p, scene, QPointF(0, scene.height + 22), width, font, 11.0, words)
        p.restore()

    return paint


def _legend(p: QPainter, scene: MapScene, at: QPointF, width: float, font: QFont, px: float,
            words: dict[str, str]) -> None:  # fmt: skip
    """What the markers, lines and areas mean, and the places the map could not name."""
    c = colours(False)
    p.setFont(font)
    x, y = at.x(), at.y()
    line = px * 1.6
    fills = {"both": c.both, "old": c.old_only, "new": c.new_only}
    for key in LEGEND:
        marker(
            p, MARKERS[key], x + px * 0.4, y - px * 0.35, 4.2, QColor(fills[key]), QColor(c.halo)
        )
        p.setPen(QColor(c.text))
        p.drawText(QPointF(x + px * 1.4, y), words[key])
        y += line
    for feature in scene.features:
        if feature.kind == "line":
            p.setPen(QPen(QColor(c.frontier), 3.0))
            p.drawLine(QPointF(x, y - px * 0.35), QPointF(x + px, y - px * 0.35))
        else:
            colour = c.areas[0][0] if feature.id == "batum-area" else c.areas[1][0]
            style = (
                Qt.BrushStyle.BDiagPattern
                if feature.id == "batum-area"
                else Qt.BrushStyle.Dense6Pattern
            )
            p.setPen(QPen(QColor(colour), 1.0))
            p.setBrush(QColor(colour))
            p.setBrush(style)
            p.drawRect(QRectF(x, y - px * 0.9, px, px * 0.8))
        p.setPen(QColor(c.text))
        sure = words["confidence"].format(words.get(feature.confidence, feature.confidence))
        p.drawText(QPointF(x + px * 1.4, y), f"{feature.label} — {sure}.")
        y += line
        p.drawText(QRectF(x + px * 1.4, y - px, width - px * 1.4, line * 3),
                   int(Qt.TextFlag.TextWordWrap), feature.provenance)  # fmt: skip
        y += line * 2.2
    if scene.keyed():
        p.drawText(
            QPointF(x, y),
            words["keyed"] + ": " + ", ".join(f"{q.key} {q.name}" for q in scene.keyed()) + ".",
        )
        y += line
    if scene.unnamed():
        p.drawText(
            QPointF(x, y),
            words["unnamed"] + ": " + ", ".join(q.name for q in scene.unnamed()) + ".",
        )
        y += line
    if scene.unlocated:
        p.drawText(
            QPointF(x, y),
            words["unlocated"] + ": " + ", ".join(n for _, n in scene.unlocated) + ".",
        )
        y += line
    p.drawText(QRectF(x, y - px, width, line * 3), int(Qt.TextFlag.TextWordWrap),
               f"{scene.disclaimer} {words['base']}: {scene.source.split(';')[0]}.")  # fmt: skip
