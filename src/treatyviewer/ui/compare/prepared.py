"""Both panes' documents for a long comparison, built ahead in slices.

A text of many megabytes takes seconds to put into Qt documents and lay out, and
that must happen on the GUI thread. The session has this done in slices (see
``common.slices``) before it announces the comparison, while the previous pair
stays on screen and Cancel still works; the view then shows the documents built
here instead of building them again at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextDocument

from ...core.comparison import Comparison
from ..common.colours import Scheme
from ..common.slices import Steps, share
from .formats import Formats
from .render import Rendered, SideRenderer

SCALE = 1000
BLOCKS_PER_STEP = 100
"""Blocks laid out between two yields."""


@dataclass(frozen=True)
class Prepared:
    cmp: Comparison
    scheme: Scheme
    font: QFont
    hidden: tuple[frozenset[int], frozenset[int]]
    rendered: tuple[Rendered, Rendered]

    def fits(
        self,
        cmp: Comparison,
        scheme: Scheme,
        font: QFont,
        hidden: tuple[frozenset[int], frozenset[int]],
    ) -> bool:
        """Built for this very comparison, look and set of hidden articles."""
        return (
            self.cmp is cmp
            and self.scheme == scheme
            and self.font == font
            and self.hidden == hidden
        )


def layout_steps(document: QTextDocument, width: float) -> Steps[None]:
    """Lay the document out at ``width`` from top to bottom, a few blocks at a time."""
    document.setTextWidth(width)
    layout = document.documentLayout()
    count = document.blockCount()
    for k in range(0, count, BLOCKS_PER_STEP):
        layout.blockBoundingRect(document.findBlockByNumber(k))
        yield k, count
    layout.blockBoundingRect(document.lastBlock())


def preparing_steps(
    cmp: Comparison,
    scheme: Scheme,
    font: QFont,
    hidden: tuple[frozenset[int], frozenset[int]],
    widths: tuple[float, float],
) -> Steps[Prepared]:
    """Render and lay out both sides, reporting progress on one scale of ``SCALE``."""
    formats = Formats(scheme, font)
    sides: list[Rendered] = []
    for k, side in enumerate(("old", "new")):
        base = k * SCALE // 2
        rendered = yield from share(
            SideRenderer(cmp, side, formats).steps(hidden[k]), base, base + SCALE * 4 // 10, SCALE
        )
        yield from share(
            layout_steps(rendered.document, widths[k]),
            base + SCALE * 4 // 10,
            base + SCALE // 2,
            SCALE,
        )
        sides.append(rendered)
    return Prepared(cmp, scheme, font, hidden, (sides[0], sides[1]))
