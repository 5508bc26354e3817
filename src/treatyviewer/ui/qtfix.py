"""Work around a PySide6 6.12 / CPython 3.11 reference-count bug.

Every PySide6 call that returns nothing drops one reference to ``None`` without
taking it (shiboken assumes the immortal ``None`` of CPython 3.12+). After some
tens of thousands of such calls CPython aborts with "none_dealloc: deallocating
None". Until the binding is fixed we give ``None`` a reference count so large
that no session can use it up, which is what 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 46


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    if refcnt.value < _RESERVE:
        refcnt.value += _RESERVE


keep_none_alive()
