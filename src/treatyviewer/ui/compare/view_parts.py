"""What the view's companions (span layers, navigation) read from the comparison view.

They are handed the view itself; this names the parts they use, so neither has to
import ``comparison_view`` (which builds them)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from ...core.comparison import Comparison, Row
from ..common.colours import Scheme
from .geometry import SideGeometry
from .inline import InlineRenderer
from .overview import OverviewBar
from .pane import ComparisonPane
from .render import Rendered
from .scrollsync import ScrollSync


class Reaching(Protocol):
    """Makes the panes hold articles of a pair too tall for Qt (``stretches``)."""

    def reach(self, old: int | None, new: int | None) -> bool: ...

    def reach_offset(self, side: int, offset: int) -> bool: ...

    def beyond(self, direction: int) -> bool: ...

    def more(self, direction: int) -> bool: ...

    def by_characters(self) -> bool: ...


class ViewParts(Protocol):
    changeVisited: SignalInstance
    cmp: Comparison | None
    rendered: tuple[Rendered, Rendered] | None
    inline: InlineRenderer | None
    geo: tuple[SideGeometry, SideGeometry]
    mode: str
    only_changed: bool
    scheme: Scheme
    old_pane: ComparisonPane
    new_pane: ComparisonPane
    inline_pane: ComparisonPane
    overview: OverviewBar
    sync: ScrollSync
    stretching: Reaching

    def primary(self) -> ComparisonPane: ...

    def panes(self) -> tuple[ComparisonPane, ComparisonPane, ComparisonPane]: ...

    def shown_panes(self) -> list[ComparisonPane]: ...

    def set_mode(self, mode: str) -> None: ...

    def held_row(self) -> Row | None: ...

    def writing(self) -> bool:
        """A long text is still being written into the panes."""
        ...
