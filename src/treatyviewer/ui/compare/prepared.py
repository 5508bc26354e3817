"""Both panes' documents for a long comparison, built ahead in slices.

A text of many megabytes takes seconds to put into Qt documents, and that must
happen on the GUI thread. The session has this done in slices (see
``common.slices``) before it announces the comparison, while the previous pair
stays on screen and Cancel still works; the view then shows the documents built
here instead of building them again at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont

from ...core.comparison import Comparison
from ..common.colours import Scheme
from ..common.slices import Steps, share
from .formats import Formats
from .render import Rendered, SideRenderer

SCALE = 1000


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


def preparing_steps(
    cmp: Comparison,
    scheme: Scheme,
    font: QFont,
    hidden: tuple[frozenset[int], frozenset[int]],
) -> Steps[Prepared]:
    """Render both sides, reporting progress on one scale of ``SCALE``."""
    formats = Formats(scheme, font)
    sides: list[Rendered] = []
    for k, side in enumerate(("old", "new")):
        steps = SideRenderer(cmp, side, formats).steps(hidden[k])
        sides.append((yield from share(steps, k * SCALE // 2, (k + 1) * SCALE // 2, SCALE)))
    return Prepared(cmp, scheme, font, hidden, (sides[0], sides[1]))
