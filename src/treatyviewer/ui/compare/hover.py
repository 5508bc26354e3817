"""What hovering a change shows: a tooltip with its words, its counterpart marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..common.colours import Scheme
from .pane import NO_CHANGE, ComparisonPane
from .render import Rendered

QUOTE_LIMIT = 240


def tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonView", text)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f"“{text[:QUOTE_LIMIT]}{'…' if len(text) > QUOTE_LIMIT else ''}”"


def tooltip(rendered: tuple[Rendered, Rendered] | None, cid: int) -> str:
    """What a change (by id) replaced, deleted or inserted; -1: a lonely article."""
    if rendered is None:
        return ""
    if cid == -1:
        return tr("This article has no counterpart in the other text")
    if not 0 <= cid < len(rendered[0].changes):
        return ""
    c = rendered[0].changes[cid][1]
    if c.op == "replace":
        return tr("Replaced {0}\nby {1}").format(_quote(c.old_text), _quote(c.new_text))
    if c.op == "delete":
        return tr("Deleted from the older text: {0}").format(_quote(c.old_text))
    return tr("Inserted in the newer text: {0}").format(_quote(c.new_text))


def mark_counterpart(
    panes: tuple[ComparisonPane, ComparisonPane],
    rendered: tuple[Rendered, Rendered],
    scheme: Scheme,
    pane: ComparisonPane,
    cid: int,
) -> None:
    """Mark the other side of the change hovered in ``pane`` (NO_CHANGE: unmark)."""
    colour = scheme.counterpart_bg
    if pane not in panes:
        return
    side = 1 if pane is panes[0] else 0
    other = panes[side]
    if cid == NO_CHANGE or not 0 <= cid < len(rendered[side].changes):
        other.set_layer("counterpart", [], colour)
        return
    c = rendered[side].changes[cid][1]
    start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
    m = rendered[side].map
    a, b = m.to_qt(start), m.to_qt(end)
    if b <= a:  # an insertion point: mark the character beside it
        b = a + 1
    other.set_layer("counterpart", [(a, b)], colour)
