"""The encodings a reader can choose when a text file was decoded wrongly.

Names are Python codec names; ``encoding_label`` shows a detected codec the way
people know it ("cp1251" → "Windows-1251").
"""

from __future__ import annotations

from encodings import normalize_encoding
from encodings.aliases import aliases
from functools import cache

from .translatable import QT_TRANSLATE_NOOP

COMMON_ENCODINGS: tuple[tuple[str, str, str], ...] = (
    ("utf-8", "UTF-8", QT_TRANSLATE_NOOP("encodings", "all languages")),
    ("utf-16", "UTF-16", QT_TRANSLATE_NOOP("encodings", "all languages")),
    ("cp1251", "Windows-1251", QT_TRANSLATE_NOOP("encodings", "Cyrillic")),
    ("koi8-r", "KOI8-R", QT_TRANSLATE_NOOP("encodings", "Cyrillic")),
    ("mac-cyrillic", "Mac Cyrillic", QT_TRANSLATE_NOOP("encodings", "Cyrillic")),
    ("cp866", "DOS-866", QT_TRANSLATE_NOOP("encodings", "Cyrillic")),
    ("iso8859-5", "ISO-8859-5", QT_TRANSLATE_NOOP("encodings", "Cyrillic")),
    ("cp1254", "Windows-1254", QT_TRANSLATE_NOOP("encodings", "Turkish")),
    ("iso8859-9", "ISO-8859-9", QT_TRANSLATE_NOOP("encodings", "Turkish")),
    ("cp1252", "Windows-1252", QT_TRANSLATE_NOOP("encodings", "Western")),
    ("latin-1", "Latin-1", QT_TRANSLATE_NOOP("encodings", "Western")),
    ("cp1250", "Windows-1250", QT_TRANSLATE_NOOP("encodings", "Central European")),
)
"""(codec, name as people know it, script it serves)."""


def canonical(name: str) -> str:
    """The codec module's name for ``name`` ("latin-1", "ISO-8859-1" → "latin_1"),
    found in the table of aliases: looking the codec up would import it, and the
    dozen of ``COMMON_ENCODINGS`` at the first comparison shown held the window up
    by a tenth of a second on a busy machine."""
    key = normalize_encoding(name).lower()
    return aliases.get(key, key)


@cache
def _labels() -> dict[str, str]:
    labels = {canonical(codec): label for codec, label, _script in COMMON_ENCODINGS}
    more = {"utf-8-sig": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}
    labels.update({canonical(codec): label for codec, label in more.items()})
    return labels


def encoding_label(name: str) -> str:
    """ "cp1251" → "Windows-1251"; unknown codecs are shown as they are named."""
    return _labels().get(canonical(name), name)
