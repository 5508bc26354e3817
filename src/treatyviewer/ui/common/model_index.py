"""The index type Qt passes to item-model overrides."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
"""Qt hands models either kind of index; overrides accept both."""
