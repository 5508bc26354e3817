"""Results computed once per document (its cross-references, its entity mentions).

A document never changes, so what is found in it can be kept as long as the
document lives. The window finds these on its worker thread, and the panes,
docks and exports then read the same results instead of scanning a long text
again on the GUI thread.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from .document import Document

T = TypeVar("T")

_caches: dict[int, dict[Hashable, Any]] = {}


def _cache_of(doc: Document) -> dict[Hashable, Any]:
    key = id(doc)
    found = _caches.get(key)
    if found is None:
        found = _caches[key] = {}
        weakref.finalize(doc, _caches.pop, key, None)
    return found


class Same:
    """A key part that stands for one object by identity, and keeps it alive, so that a
    result is never reused for another object that later got the same address."""

    __slots__ = ("obj",)

    def __init__(self, obj: object) -> None:
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.obj is self.obj


def once_per_document(doc: Document, key: Hashable, make: Callable[[], T]) -> T:
    """``make()`` the first time ``key`` is asked of ``doc``; the same result after.

    A key that names another object wraps it in ``Same``."""
    cache = _cache_of(doc)
    try:
        return cache[key]  # type: ignore[no-any-return]
    except KeyError:
        value = cache[key] = make()
        return value


def known(doc: Document, key: Hashable) -> Any:
    """What ``once_per_document`` has for ``key`` of ``doc`` so far, or None (nothing
    is computed)."""
    return _cache_of(doc).get(key)
