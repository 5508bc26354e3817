"""Turkish divisions numbered by an ordinal before their word: "BİRİNCİ BÖLÜM",
"YİRMİ BİRİNCİ BÖLÜM", "İkinci Kısım".

Turkish laws head their chapters so, each on a line over its title. Python's
case-insensitive matching does not pair "İ" with "i" nor "I" with "ı" (their case
mappings are Turkish, not Unicode's simple ones), so each of those letters is
written out as both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .numerals import fold

_UNITS = (
    "birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yedinci", "sekizinci",
    "dokuzuncu",
)  # fmt: skip
_TENS_ORDINAL = {"onuncu": 10, "yirminci": 20, "otuzuncu": 30, "kırkıncı": 40, "ellinci": 50}
_TENS = {"on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50}
WORDS = {"kitap": 0, "kısım": 1, "bölüm": 3, "ayırım": 4}
"""The division words and their ranks (``headings.DIVISION_RANKS``): book, part,
chapter, and the section some codes put under a chapter."""


def _letters(word: str) -> str:
    """A word as a pattern that matches it in any case, dotted and dotless i too."""
    out = []
    for ch in word:
        if ch in "iİ":
            out.append("[iİ]")
        elif ch in "ıI":
            out.append("[ıI]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _either(words: Iterable[str]) -> str:
    return "|".join(_letters(w) for w in sorted(words, key=len, reverse=True))


ORDINAL = (
    rf"(?:(?:{_either(_TENS)})[ \t]+)?(?:{_either(_UNITS)})(?![^\W\d_])"
    rf"|(?:{_either(_TENS_ORDINAL)})(?![^\W\d_])"
)
DIVISION = rf"(?i:(?:{ORDINAL})[ \t]+(?:{_either(WORDS)}))(?![^\W\d_])"
"""A Turkish ordinal and a division word, as a pattern without groups."""
DIVISION_RE = re.compile(
    rf"(?P<num>(?i:{ORDINAL}))[ \t]+(?P<word>(?i:{_either(WORDS)}))(?![^\W\d_])"
    r"(?P<punct>[ \t]*[.:\-–—]*)[ \t]*(?P<rest>.*)"
)
FIRST_LETTERS = frozenset("BİIÜDAYSOKEbiüdaysoke")
"""The letters a Turkish ordinal may begin with."""


# Looked up folded (``numerals.fold``: dotted and dotless i alike), as typed in any case.
_FOLDED_UNITS = {fold(w): k for k, w in enumerate(_UNITS, start=1)}
_FOLDED_TENS_ORDINAL = {fold(w): n for w, n in _TENS_ORDINAL.items()}
_FOLDED_TENS = {fold(w): n for w, n in _TENS.items()}
_FOLDED_WORDS = {fold(w): rank for w, rank in WORDS.items()}


def ordinal_value(text: str) -> int | None:
    """The number an ordinal names ("YİRMİ BİRİNCİ" → 21), or None."""
    words = fold(text).split()
    if len(words) == 1:
        return _FOLDED_TENS_ORDINAL.get(words[0], _FOLDED_UNITS.get(words[0]))
    if len(words) == 2 and words[0] in _FOLDED_TENS and words[1] in _FOLDED_UNITS:
        return _FOLDED_TENS[words[0]] + _FOLDED_UNITS[words[1]]
    return None


def division_rank(word: str) -> int | None:
    return _FOLDED_WORDS.get(fold(word))
