"""Articles whose wording is the same in both texts, paired so that order is kept.

Formula-built texts repeat whole articles word for word, so "the same wording"
alone does not say which copy is which: the first free copy may sit anywhere.
The pairs are chosen as a chain that keeps both texts' order (a longest common
subsequence over the wordings, found as a heaviest increasing chain of the
candidate pairs). Among equally long chains the one that pairs more articles
of the same label wins ("8" with "8", not the "8#2" of a text pasted in again),
then of the same number, then the one whose pairs have more next-door articles
that read alike across the texts (of identical copies of a final clause, the one
that stayed among its neighbours, edited or not, rather than a copy put in far
away), then the one whose pairs move least. A wording that
occurs once in each text and is left off the chain pairs afterwards: that article
really moved. A repeated wording left off the chain does not: which copy went where
is not in the words (an article cut down to the sentence that two far articles
consist of is still itself), so the later stages weigh the places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence

from .sequences import Weight, heaviest_increasing_chain

ALL_PAIRS_LIMIT = 4096
"""Most candidate pairs of one wording taken whole; beyond it, each new copy is
offered only the old copies about its own place (cost bound for huge repeats)."""
WINDOW = 8
"""Old copies about a new copy's place offered to it beyond that limit."""


def _candidates(olds: list[int], news: list[int], n_old: int, n_new: int) -> list[tuple[int, int]]:
    if len(olds) * len(news) <= ALL_PAIRS_LIMIT:
        return [(i, j) for i in olds for j in news]
    out = []
    for j in news:
        at = bisect_left(olds, j * n_old // max(n_new, 1))
        for i in olds[max(0, at - WINDOW // 2) : at + WINDOW // 2]:
            out.append((i, j))
    return out


def verbatim_pairs(
    old_bodies: Sequence[str],
    new_bodies: Sequence[str],
    same_number: Callable[[int, int], bool],
    free: Callable[[int, int], bool],
    same_label: Callable[[int, int], bool],
) -> list[tuple[int, int, bool]]:
    """(old, new, repeated) for the free articles paired by identical wording;
    ``repeated`` says the wording occurs more than once in either text."""
    old_at: dict[str, list[int]] = defaultdict(list)
    new_at: dict[str, list[int]] = defaultdict(list)
    for i, body in enumerate(old_bodies):
        if body:
            old_at[body].append(i)
    for j, body in enumerate(new_bodies):
        if body and body in old_at:
            new_at[body].append(j)
    n_old, n_new = len(old_bodies), len(new_bodies)
    pairs = [
        (i, j)
        for body, news in new_at.items()
        for i, j in _candidates(old_at[body], news, n_old, n_new)
        if free(i, j)
    ]
    # Only copies make a choice that next-door articles settle.
    copies = any(len(news) > 1 or len(old_at[body]) > 1 for body, news in new_at.items())
    alike = _Beside(old_bodies, new_bodies).alike if copies else _none
    weights: list[Weight] = [
        (
            1,
            int(same_label(i, j)),
            int(same_number(i, j)),
            alike(i, j),
            -abs(i * n_new - j * n_old),
        )
        for i, j in pairs
    ]
    chosen = [pairs[k] for k in heaviest_increasing_chain(pairs, weights)]
    taken_old = {i for i, _ in chosen}
    taken_new = {j for _, j in chosen}
    for body, news in new_at.items():
        olds = old_at[body]
        if len(olds) == len(news) == 1:  # a wording each text holds once: that article moved
            i, j = olds[0], news[0]
            if i not in taken_old and j not in taken_new and free(i, j):
                chosen.append((i, j))
    return [
        (i, j, len(old_at[old_bodies[i]]) > 1 or len(new_at[new_bodies[j]]) > 1) for i, j in chosen
    ]


class _Beside:
    """How many of a pair's next-door articles read nearly alike across the two texts:
    which of several identical copies is the one that stayed in its place."""

    def __init__(self, old_bodies: Sequence[str], new_bodies: Sequence[str]) -> None:
        self.bodies = (old_bodies, new_bodies)
        self.words: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})

    def _of(self, side: int, k: int) -> frozenset[str]:
        found = self.words[side].get(k)
        if found is None:
            found = self.words[side][k] = frozenset(self.bodies[side][k].split())
        return found

    def alike(self, i: int, j: int) -> int:
        n_old, n_new = len(self.bodies[0]), len(self.bodies[1])
        count = 0
        for d in (-1, 1):
            if 0 <= i + d < n_old and 0 <= j + d < n_new:
                if self.bodies[0][i + d] == self.bodies[1][j + d]:  # most, read as they are
                    count += 1
                    continue
                a, b = self._of(0, i + d), self._of(1, j + d)
                shared = len(a & b)
                if shared and shared >= NEXT_DOOR_ALIKE * (len(a) + len(b) - shared):
                    count += 1
        return count


def _none(i: int, j: int) -> int:
    return 0


NEXT_DOOR_ALIKE = 0.6
"""Share of their distinct words two next-door articles have in common to read alike."""

_DIGITS = re.compile(r"\d+")
_ROMAN = re.compile(
    r"\b(?=[IVXLCDM]+\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?<=[IVXLCDM])\b"
)
"""An upper-case roman numeral standing alone ("Article XII")."""
_ROMAN_WORD = re.compile(r"[IVXLCDM](?<!\w.)[IVXLCDM]*\b")
"""A word of roman numerals' letters alone ("XII", "CD", "MIX"), found by its first
letter (the boundary before it checked behind): what ``_ROMAN`` may match whole."""
_FIGURES = "0123456789"


def has_figures(body: str) -> bool:
    """Whether ``body`` holds a figure or a roman numeral (``_DIGITS`` or ``_ROMAN``
    finds one). Most open articles of a long text hold neither and are read through
    to the end: an ASCII one is asked of each digit in C, and only its words of roman
    letters are tried as numerals (the numeral's pattern tried at every place of every
    article was most of this stage's time)."""
    if body.isascii():
        if any(map(body.__contains__, _FIGURES)):
            return True
    elif _DIGITS.search(body):
        return True
    return any(map(_ROMAN.fullmatch, _ROMAN_WORD.findall(body)))


LEAST_WORDS = 5
"""Words a wording needs for its figures alone to be what tells it apart."""


def figures_masked(body: str) -> str:
    """``body`` with each run of figures made one "0" (``_DIGITS.sub("0", body)``), an
    upper-case roman numeral too: "as provided in Article XII" renumbered with its
    article is as much the same wording as "Article 12". A text in ASCII is done on
    its bytes (every figure made "0", then runs of "0" halved until none is left): a
    fifth of the time of the regex, on every open article."""
    body = _ROMAN.sub("0", body)
    if not body.isascii():
        return _DIGITS.sub("0", body)
    flat = body.encode("ascii").translate(_FIGURES_TO_ZERO)
    while b"00" in flat:
        flat = flat.replace(b"00", b"0")
    return flat.decode("ascii")


_FIGURES_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")


def figures_apart_pairs(
    bodies: tuple[Sequence[str], Sequence[str]],
    open_: tuple[Sequence[int], Sequence[int]],
    free: Callable[[int, int], bool],
    paired: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Open articles (``open_``, each text's) whose wordings differ in their figures
    only, each such wording (figures aside) held once by each text's open articles,
    beside another such pair or a pair already made (``paired``): a contract
    renumbered after an article put in near its start moves every cross-reference
    on by one, and its short formula-built articles had paired by their old numbers
    instead. Alone, figures apart say nothing: in a text of formulas that differ by
    their figures, an article edited and moved leaves a near-copy that differs from
    another in its figures only."""

    def masked(side: int) -> dict[str, list[int]]:
        at: dict[str, list[int]] = defaultdict(list)
        texts = bodies[side]
        for k in open_[side]:
            body = texts[k]
            if body.count(" ") + 1 >= LEAST_WORDS and has_figures(body):
                at[figures_masked(body)].append(k)
        return at

    old_at, new_at = masked(0), masked(1)
    found = {
        (olds[0], news[0])
        for key, news in new_at.items()
        if len(news) == 1 and len(olds := old_at.get(key, [])) == 1 and free(olds[0], news[0])
    }

    def beside(i: int, j: int) -> bool:
        return any((i + d, j + d) in found or paired(i + d, j + d) for d in (-1, 1))

    return sorted((i, j) for i, j in found if beside(i, j))
