"""Encodings named the way people know them ("cp1251" → "Windows-1251"), for the
window and the reports alike: both tell a reader which encoding a file was read in.

Names are Python codec names.
"""

from __future__ import annotations

from encodings import normalize_encoding
from encodings.aliases import aliases
from functools import cache

from ..core.document import Document

ENCODING_NAMES: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1251", "Windows-1251"),
    ("koi8-r", "KOI8-R"),
    ("mac-cyrillic", "Mac Cyrillic"),
    ("cp866", "DOS-866"),
    ("iso8859-5", "ISO-8859-5"),
    ("cp1254", "Windows-1254"),
    ("iso8859-9", "ISO-8859-9"),
    ("cp1252", "Windows-1252"),
    ("latin-1", "Latin-1"),
    ("cp1250", "Windows-1250"),
)
"""(codec, name as people know it): the encodings a reader can choose, in menu order."""
_MORE = (("utf-8-sig", "UTF-8"), ("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"))


def canonical(name: str) -> str:
    """The codec module's name for ``name`` ("latin-1", "ISO-8859-1" → "latin_1"),
    found in the table of aliases: looking the codec up would import it, and the
    dozen of ``ENCODING_NAMES`` at the first comparison shown held the window up
    by a tenth of a second on a busy machine."""
    key = normalize_encoding(name).lower()
    return aliases.get(key, key)


@cache
def _labels() -> dict[str, str]:
    return {canonical(codec): label for codec, label in (*ENCODING_NAMES, *_MORE)}


def encoding_label(name: str) -> str:
    """ "cp1251" → "Windows-1251"; unknown codecs are shown as they are named."""
    return _labels().get(canonical(name), name)


def guessed_encoding(doc: Document) -> str:
    """The encoding a text was read in when it was guessed, not declared or chosen
    ("" otherwise): a reader should know the letters may be wrong."""
    guessed = any(
        w.startswith("decoded as ") and ("(guessed)" in w or "(no byte-order mark)" in w)
        for w in doc.warnings
    )
    return doc.encoding if guessed and doc.encoding else ""
