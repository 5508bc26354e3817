"""Where a redline puts a space after struck-out words.

Struck-out words come from the other text, so nothing in the text they stand in
separates them from what follows: ``~~"Agreement"~~“Agreement”`` reads as one
glued word. A space goes in unless what follows is a space or a mark that closes
what stands before it (a stop, a comma, a closing quote or bracket), and never in
a script written without spaces between words (Chinese, Japanese, Thai).
"""

from __future__ import annotations

CLOSERS = ".,;:!?)]}”’»"

_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x30FF),  # CJK marks and stops, hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x31F0, 0x31FF),  # katakana extensions
    (0x3400, 0x4DBF),  # CJK ideographs, extension A
    (0x4E00, 0x9FFF),  # CJK ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFF65),  # full-width stops, brackets, digits ("，", "（")
    (0x20000, 0x3134F),  # CJK ideographs, later extensions
)
"""Code points of scripts that set words without spaces between them, and of their
marks. Korean spaces its words, so Hangul is not among them."""


def closes(first: str) -> bool:
    """Does text beginning with ``first`` go right on after struck-out words?"""
    return first != "" and (first.isspace() or first in CLOSERS)


def unspaced(ch: str) -> bool:
    """Is ``ch`` a character of a script written without spaces between words?"""
    code = ord(ch)
    return any(low <= code <= high for low, high in _UNSPACED)


def apart(left: str, right: str, beside: str = "") -> bool:
    """May a space part ``left`` from ``right`` where a struck run meets its neighbour?
    Not when either, or ``beside`` (the character the older text had next to the run),
    is written without spaces: "第~~七~~八十五条", not "第 ~~七~~ 八十五条", and
    "第~~7~~8条" (the older text's "条" after the struck "7")."""
    return not any(unspaced(ch) for ch in (left[-1:], right[:1], beside[:1]) if ch)
