"""A comparison laid out whole (not written step by step): line the panes up at
their current width and measure everything that depends on it (the scroll sync,
the connector bands, the placeholders, the overview's ticks)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from ...core.comparison import Comparison
from ..common.colours import Scheme
from .alignment import Padding, align_documents, anchors, remove_padding
from .connector import ConnectorBand
from .geometry import SideGeometry
from .overview import OverviewBar
from .pane import ComparisonPane
from .placeholders import Placeholder, placeholders
from .render import Rendered
from .scrollsync import ScrollSync
from .span_layers import SpanLayers
from .view_marks import bands, ticks


class MarkedView(Protocol):
    """What of the comparison view a layout (whole, or step by step) reads and sets."""

    cmp: Comparison | None
    mode: str
    scheme: Scheme
    pads: tuple[Padding, Padding]
    geo: tuple[SideGeometry, SideGeometry]
    old_pane: ComparisonPane
    new_pane: ComparisonPane
    sync: ScrollSync
    connector: ConnectorBand
    overview: OverviewBar
    layers: SpanLayers

    def update_overview_view(self) -> None: ...


class WholeView(MarkedView, Protocol):
    rendered: tuple[Rendered, Rendered] | None
    font_: QFont


def lay_out_whole(view: WholeView) -> None:
    """Pad (side by side) or unpad (one text alone) the panes, then measure."""
    if view.cmp is None or view.rendered is None:
        return
    cmp, rendered = view.cmp, view.rendered
    docs = (rendered[0].document, rendered[1].document)
    maps = (rendered[0].map, rendered[1].map)
    chain = anchors(cmp, *maps)
    if view.mode == "side":
        align_documents(chain, docs, maps, view.pads)
    else:  # one text alone (or inline): no gaps waiting for the other text
        remove_padding(docs, view.pads)
    view.geo = geo = (
        SideGeometry.measure(docs[0], maps[0]),
        SideGeometry.measure(docs[1], maps[1]),
    )
    view.sync.set_points(
        [(geo[0].ranges[o][0], geo[1].ranges[n][0]) for o, n in chain]
        + [(geo[0].height, geo[1].height)]
    )
    view.connector.set_bands(bands(cmp, geo, view.sync))
    _place_placeholders(view, docs)
    view.overview.set_ticks(ticks(cmp, rendered, geo, view.scheme))
    view.overview.set_marks(view.layers.marks())
    view.update_overview_view()
    view.sync.resync(1)


def _place_placeholders(view: WholeView, docs: tuple[QTextDocument, QTextDocument]) -> None:
    old: list[Placeholder] = []
    new: list[Placeholder] = []
    if view.cmp is not None and view.mode == "side":
        line = QFontMetricsF(view.font_).height() * 1.6
        font = QFont(view.old_pane.document().defaultFont())
        font.setItalic(True)
        old, new = placeholders(view.cmp, docs, view.geo, line, font)
    view.old_pane.set_placeholders(old)
    view.new_pane.set_placeholders(new)
