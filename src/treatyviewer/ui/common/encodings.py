"""The encodings a reader can choose when a text file was decoded wrongly.

Names are Python codec names; ``encoding_label`` (shared with the reports) shows a
detected codec the way people know it ("cp1251" → "Windows-1251").
"""

from __future__ import annotations

from ...io.encoding_names import ENCODING_NAMES, canonical, encoding_label
from .translatable import QT_TRANSLATE_NOOP

_SCRIPTS = {
    "utf-8": QT_TRANSLATE_NOOP("encodings", "all languages"),
    "utf-16": QT_TRANSLATE_NOOP("encodings", "all languages"),
    "cp1251": QT_TRANSLATE_NOOP("encodings", "Cyrillic"),
    "koi8-r": QT_TRANSLATE_NOOP("encodings", "Cyrillic"),
    "mac-cyrillic": QT_TRANSLATE_NOOP("encodings", "Cyrillic"),
    "cp866": QT_TRANSLATE_NOOP("encodings", "Cyrillic"),
    "iso8859-5": QT_TRANSLATE_NOOP("encodings", "Cyrillic"),
    "cp1254": QT_TRANSLATE_NOOP("encodings", "Turkish"),
    "iso8859-9": QT_TRANSLATE_NOOP("encodings", "Turkish"),
    "cp1252": QT_TRANSLATE_NOOP("encodings", "Western"),
    "latin-1": QT_TRANSLATE_NOOP("encodings", "Western"),
    "cp1250": QT_TRANSLATE_NOOP("encodings", "Central European"),
}
COMMON_ENCODINGS: tuple[tuple[str, str, str], ...] = tuple(
    (codec, label, _SCRIPTS[codec]) for codec, label in ENCODING_NAMES
)
"""(codec, name as people know it, script it serves)."""

__all__ = ["COMMON_ENCODINGS", "canonical", "encoding_label"]
