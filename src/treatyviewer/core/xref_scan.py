"""Where a cross-reference can begin: the matches of the reference pattern,
exactly as ``pattern.finditer`` gives them, without trying the pattern at every
position of a long text.

Every reference holds a keyword ("article", "annex", "пункт", "madde",
"preceding", …). The keywords are found by plain substring search in a folded
copy of the text, and the pattern is tried only where a match holding one of
them can begin: at the keyword itself, or a few words before "madde" and
"preceding". Trying the pattern at every position cost about a microsecond a
character, most of the time of a large comparison.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .replacing import replaced

# Characters that a case-insensitive pattern letter matches although their
# lower case is another letter (or, for "İ", two characters).
_FOLD = {
    "İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с", "ᲄ": "т",
    "ᲅ": "т", "ᲆ": "ъ",
}  # fmt: skip
# Before "madde": "5 inci", "5.", "on birinci", "yirmi-birinci". Read backwards:
# spaces, a word, separators, a word or a number.
_BEFORE_MADDE = re.compile(r"\s*[^\W\d_]*[\s'’.\-]*[^\W_]*")
_SPACES = re.compile(r"\s*")


def folded(text: str) -> str:
    """Lower case of the same length, in which a keyword occurs exactly where a
    case-insensitive pattern finds it."""
    return replaced(text, _FOLD).lower()


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _walk_back(text: str, end: int, rule: re.Pattern[str]) -> int:
    """Where the run ``rule`` describes (read backwards) begins, ending at ``end``."""
    span = 256
    while True:
        lo = max(0, end - span)
        eaten = rule.match(text[lo:end][::-1])
        length = eaten.end() if eaten else 0
        if length < end - lo or lo == 0:
            return end - length
        span *= 4


@dataclass(frozen=True, slots=True)
class Keywords:
    """The keywords of a reference pattern, by where a match holding them begins."""

    starts: tuple[str, ...]
    """A match begins at the keyword ("article 5", "пункт 2")."""
    after_the: tuple[str, ...] = ()
    """A match begins at "the" and spaces before the keyword ("the preceding paragraph")."""
    after_words: tuple[str, ...] = ()
    """A match begins up to two words or a number before the keyword ("5 inci madde")."""


def candidates(text: str, keywords: Keywords) -> list[int]:
    """Every position where a match of the pattern may begin, in order."""
    low = folded(text)
    found: set[int] = set()
    for word in keywords.starts:
        found.update(_occurrences(low, word))
    for word in keywords.after_the:
        for at in _occurrences(low, word):
            begin = _walk_back(text, at, _SPACES) - 3
            if begin >= 0:
                found.add(begin)
    for word in keywords.after_words:
        for at in _occurrences(low, word):
            found.update(range(_walk_back(text, at, _BEFORE_MADDE), at + 1))
    return sorted(found)


def matches(
    pattern: re.Pattern[str], text: str, starts: list[int], pos: int, endpos: int
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, trying only the ``starts`` positions.

    The pattern must not match the empty string, and every match must begin at
    one of ``starts``.
    """
    k = bisect_left(starts, pos)
    while k < len(starts) and starts[k] < endpos:
        m = pattern.match(text, starts[k], endpos)
        if m is None:
            k += 1
            continue
        yield m
        k = bisect_left(starts, m.end(), k + 1)
