"""Filter changes on proxy models, the same way in every table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply a filter change the way the running Qt prefers (6.10 deprecates
    ``invalidateFilter`` in favour of begin/endFilterChange)."""
    if hasattr(proxy, "beginFilterChange") and hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()
