"""The words of a change as tokens with positions, and what the classifier asks of
them: punctuation or not, between digits or letters, at a sentence start, an article
number; and where two words run together or a hyphen joins them."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from .numerals import roman_value
from .textdiff import ChangeClass
from .word_chars import APART, WordPattern, has_unspaced

TOKEN = WordPattern(lambda _, spaced_word: rf"{spaced_word}|[^\w\s]|[{APART}]")
WORD = WordPattern(lambda _, spaced_word: spaced_word)
HYPHENS = frozenset("-\u00ad\u2010\u2011")
NOT_PUNCTUATION = frozenset("%‰$£€₽№§")
SENTENCE_END = frozenset('.!?:;"«“„')
SUBSTANCE_CLASSES = frozenset({"wording", "figure"})


class Tok(NamedTuple):
    text: str
    start: int
    end: int


def tokens(text: str, start: int, end: int) -> list[Tok]:
    unspaced = has_unspaced(text)
    if text.isalnum() and not unspaced:
        return [Tok(text, start, end)]
    found = (TOKEN.full() if unspaced else TOKEN.plain()).finditer(text, 0, len(text))
    return [Tok(m.group(), start + m.start(), start + m.end()) for m in found]


def is_punct(token: str) -> bool:
    first = token[:1]
    return (not first.isalnum() or first in APART) and first != "_" and token not in NOT_PUNCTUATION


def between_digits(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isdigit() and text[end].isdigit()


def between_letters(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


def sentence_initial(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n" or text[k] in SENTENCE_END


def numeral(token: str) -> int | None:
    if token.isdecimal():  # superscript digits are digits but not numbers int() reads
        return int(token)
    return roman_value(token) if token.isupper() else None


def joins(ot: list[Tok], nt: list[Tok]) -> dict[tuple[int, int], list[tuple[int, int, str]]]:
    """Words run together or split apart (whitespace) or joined by a hyphen
    (spelling): where they start, how many tokens each side takes, the class."""
    found: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for a, b, wide in ((ot, nt, True), (nt, ot, False)):
        singles: dict[str, list[int]] = {}
        for y, t in enumerate(b):
            singles.setdefault(t.text.casefold(), []).append(y)
        for x in range(len(a) - 1):
            runs = [(2, "whitespace", a[x].text + a[x + 1].text)]
            if x + 2 < len(a) and a[x + 1].text in HYPHENS:
                runs.append((3, "spelling", a[x].text + a[x + 2].text))
            for size, cls, joined in runs:
                for y in singles.get(joined.casefold(), ()):
                    at, step = ((x, y), (size, 1)) if wide else ((y, x), (1, size))
                    found.setdefault(at, []).append((*step, cls))
    return found


def hyphens_follow_words(
    steps: list[tuple[ChangeClass, int, int, int, int]], ot: list[Tok], nt: list[Tok]
) -> list[tuple[ChangeClass, int, int, int, int]]:
    """A hyphen added or dropped next to a changed word ("twenty-fourth" →
    "sixteenth") belongs to that change, not to the spelling."""
    out = list(steps)
    for k, (cls, i0, i1, j0, j1) in enumerate(out):
        lone = (i1 - i0) + (j1 - j0) == 1
        text = ot[i0].text if i1 > i0 else nt[j0].text if j1 > j0 else ""
        if cls != "spelling" or not lone or text not in HYPHENS:
            continue
        for other in (out[k - 1] if k else None, out[k + 1] if k + 1 < len(out) else None):
            if (
                other is not None
                and other[0] in SUBSTANCE_CLASSES
                and (other[2] == i0 or other[1] == i1 or other[4] == j0 or other[3] == j1)
            ):
                out[k] = (other[0], i0, i1, j0, j1)
                break
    return out


def join_keys(toks: list[Tok]) -> set[str]:
    pairs = itertools.pairwise(toks)
    return {"j:" + (a.text + b.text).casefold().replace("-", "") for a, b in pairs}


def span(toks: list[Tok], i: int, j: int, end: int) -> tuple[int, int]:
    if j > i:
        return toks[i].start, toks[j - 1].end
    pos = toks[i].start if i < len(toks) else end
    return pos, pos
