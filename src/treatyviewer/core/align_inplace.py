"""Articles edited where they stand, paired by their wording before anything else.

Most articles of a revised text stay where they were and change by a few words.
Between two verbatim articles, the aligner walks the gap from both ends and pairs
old and new article in order for as long as their vocabularies overlap far more
than two unrelated articles of these texts do (measured on random pairs of this
comparison). That needs no stemming, shingles or index, so the costly stages are
left with the articles that actually moved, split, merged or changed much. A
bare numbered heading ("3." with no text) has no wording to compare: met at
its place with the same number, it pairs with its counterpart (which may have
gained text), and the walk goes on past it.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import SequenceMatcher

from .align_decide import Background
from .align_features import compact, words_of

IN_PLACE_FLOOR = 0.6
"""Least share of the two articles' distinct words they must have in common."""
IN_PLACE_Z = 8.0
"""How far above the overlap of unrelated articles that share must lie."""
SAMPLE = 200
WORDED = 3
"""Least distinct words of an article drawn to measure chance over a whole text."""
KEEP_ALL_BELOW = 4000
"""Articles in the two texts (about 3 MB) below which ``PlainWords.forget`` keeps what
it read."""


def words_once(body: str, shared: bool = True) -> frozenset[str]:
    """The distinct words, casefolded, each one string however many articles hold it
    (``shared``): the aligner keeps most articles' words for much of a run, and a
    string per word and article came to some 130 MB of its peak at 20 MB. Texts below
    ``KEEP_ALL_BELOW`` articles skip it: their words are a few megabytes, and the
    look-up was two fifths of reading them. The same words either way, in a set
    filled in the same order."""
    words = words_of(body.casefold())
    return compact(frozenset(map(sys.intern, words) if shared else words))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


_NAME_RE = re.compile(r"(?s)[^\W_a-zà-öø-ÿа-яё](?<!\w.)(?:(?<=\d)[\d.,/]*|(?<!\d)[\w'’-]*)")
r"""A word that opens with a capital, or a number: ``\b(?:[^\W\d_a-zà-öø-ÿа-яё][\w'’-]*|
\d[\d.,/]*)``, written to open with its first character (the boundary checked
behind it, the figure's tail chosen by it), so that the regex engine looks for
that character alone: twice as fast as trying the boundary at every place."""
_ASCII_NAME_RE = re.compile(r"(?s)[A-Z0-9](?<!\w.)(?:(?<=\d)[\d.,/]*|(?<!\d)[\w'’-]*)")
"""``_NAME_RE`` for a text in ASCII, where a word character other than ``_`` and a
small letter is a capital or a digit (so ``_cased``): a range the regex engine tests
sooner than the classes of every script, for the same matches."""


def _cased(first: str) -> bool:
    """Whether a word opening with ``first`` is a name or a figure: a capital or a
    digit, not a letter of a script without capitals (a Chinese clause, run together
    without spaces, had been one long "name", and an article whose edits put two
    characters in read as a template filled in for other parties) nor a lower-case
    letter the pattern lets by (Greek)."""
    return first.isupper() or first.isdigit()


def _sentence_start(body: str, at: int) -> bool:
    before = body[max(0, at - 3) : at].rstrip(' \t\n(«"“')
    return not before or before[-1] in ".!?:;"


class PlainWords:
    """Each article's distinct words, casefolded, read once for the whole run."""

    def __init__(self, old_bodies: Sequence[str], new_bodies: Sequence[str]) -> None:
        self.bodies = (old_bodies, new_bodies)
        self.found: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
        self.by_text: dict[str, frozenset[str]] = {}
        """The words of each wording read: an article kept word for word is read
        once for both texts (most of a revised text's articles are)."""
        self.named: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
        self.every: Background | None = None
        self.shared = len(old_bodies) + len(new_bodies) >= KEEP_ALL_BELOW
        """Each word one string (``words_once``)."""

    def forget(self, draws: Sequence[tuple[int, int]] = ()) -> None:
        """Let go of the words read so far (on a long text, most articles' words: the
        later stages read only a few of them again), but for those of the articles the
        later stages draw at random: ``worded``'s, and the first ``count`` of each
        ``(salt, count)`` of ``draws`` (``seed(salt + side)``). Read again, they had been
        a third of all the words read. Short texts keep all they read: their words
        are a few megabytes, and reading them again was a hundredth of aligning."""
        if len(self.bodies[0]) + len(self.bodies[1]) < KEEP_ALL_BELOW:
            return
        kept: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
        if draws:
            for side in (0, 1):
                found, size = self.found[side], len(self.bodies[side])
                picks: list[Iterable[int]] = (
                    [self._worded_draws(side)] if self.every is None else []
                )
                for salt, count in draws:
                    rng = self.seed(salt + side)
                    picks.append([rng.randrange(size) for _ in range(count if size else 0)])
                for k in itertools.chain.from_iterable(picks):
                    if k in found:
                        kept[side][k] = found[k]
        self.found = kept
        self.by_text = {}

    def _worded_draws(self, side: int) -> Iterator[int]:
        """The articles ``worded`` draws, as far as the words read so far tell (one not
        read yet counts as worded)."""
        rng, size, found = self.seed(3 + side), len(self.bodies[side]), self.found[side]
        worded = 0
        for _ in range(10 * SAMPLE if size else 0):
            k = rng.randrange(size)
            yield k
            words = found.get(k)
            worded += words is None or len(words) >= WORDED
            if worded == SAMPLE:
                return

    def of(self, side: int, k: int) -> frozenset[str]:
        """The words of article ``k`` of the old (``side`` 0) or new text."""
        found = self.found[side].get(k)
        if found is None:
            body = self.bodies[side][k]
            found = self.by_text.get(body)
            if found is None:
                found = self.by_text[body] = words_once(body, self.shared)
            self.found[side][k] = found
        return found

    def names(self, side: int, k: int) -> frozenset[str]:
        """The names and figures article ``k`` of a text (0 old, 1 new) cites: its
        words set with a capital other than at a sentence's start, and its numbers.
        (Read here, apart from the later stages' stems, whose state the order of
        reading would change.)"""
        found = self.named[side].get(k)
        if found is None:
            body = self.bodies[side][k]
            if body.isascii():
                found = frozenset(
                    m[0]
                    for m in _ASCII_NAME_RE.finditer(body)
                    if not _sentence_start(body, m.start())
                )
            else:
                found = frozenset(
                    m[0]
                    for m in _NAME_RE.finditer(body)
                    if _cased(m[0][0]) and not _sentence_start(body, m.start())
                )
            self.named[side][k] = found
        return found

    def old(self, i: int) -> frozenset[str]:
        return self.of(0, i)

    def new(self, j: int) -> frozenset[str]:
        return self.of(1, j)

    def seed(self, salt: int = 0) -> random.Random:
        """A random source that draws the same on every run of the same two texts."""
        return random.Random(len(self.bodies[0]) * 7919 + len(self.bodies[1]) + salt * 104_729)

    def chance(self, olds: Sequence[int] = (), news: Sequence[int] = ()) -> Background:
        """The overlap of random pairs of ``olds`` and ``news`` (nearly all unrelated).
        Without them: of random articles of either text that have ``WORDED`` words at
        least (bare headings and one-word lines would put chance at nothing), measured
        once a run."""
        if olds or news:
            rng = self.seed()
            values = [overlap(self.old(rng.choice(olds)), self.new(rng.choice(news)))
                      for _ in range(SAMPLE)]  # fmt: skip
            return Background.from_values(values, prior=(0.2, 0.1))
        if self.every is None:
            drawn = (self.worded(0), self.worded(1))
            values = [overlap(a, b) for a, b in zip(*drawn, strict=False)]
            self.every = Background.from_values(values, prior=(0.2, 0.1))
        return self.every

    def worded(self, side: int) -> list[frozenset[str]]:
        """The words of ``SAMPLE`` random articles of one text with ``WORDED`` words or
        more (fewer if such articles are rare: ten draws are made for each)."""
        rng, size = self.seed(3 + side), len(self.bodies[side])
        out: list[frozenset[str]] = []
        for _ in range(10 * SAMPLE if size else 0):
            words = self.of(side, rng.randrange(size))
            if len(words) >= WORDED:
                out.append(words)
                if len(out) == SAMPLE:
                    break
        return out


TWIN_REACH = 8
"""How far along the gap a near-copy naming what an article names is looked for..."""
TWIN_NAMES = 0.8
"""...the share of their names and figures it must have in common with the article..."""
TWIN_MARGIN = 0.2
"""...and by how much more than the article's partner in place has."""


def pair_in_place(
    plain: PlainWords,
    anchors: Sequence[tuple[int, int]],
    allowed: Callable[[int, int], bool],
    same_number: Callable[[int, int], bool],
    names: Callable[[int, int], frozenset[str]] | None = None,
) -> list[tuple[int, int, float]]:
    """(old, new, overlap) for the articles edited in place between ``anchors``.

    ``anchors`` are (old, new) pairs already made, in the order of both texts.
    ``names``: the names and figures an article of a text (0 old, 1 new) cites; two
    articles that name different things are left to the later stages when a
    near-copy close by names (nearly) what one of them names (one formula for
    several places, two of them swapped: "Artvin" must not become "Alexandropol").
    """
    old_words, new_words = plain.old, plain.new
    old_bodies, new_bodies = plain.bodies
    bounds = [(-1, -1), *anchors, (len(old_bodies), len(new_bodies))]
    gaps = [(a[0], b[0], a[1], b[1]) for a, b in itertools.pairwise(bounds)]
    gaps = [g for g in gaps if g[1] - g[0] > 1 and g[3] - g[2] > 1]
    if not gaps:
        return []
    olds = [i for lo, hi, _, _ in gaps for i in range(lo + 1, hi)]
    news = [j for _, _, lo, hi in gaps for j in range(lo + 1, hi)]
    chance = plain.chance(olds, news)
    bar = max(IN_PLACE_FLOOR, chance.centre + IN_PLACE_Z * chance.spread)

    def twin_elsewhere(i: int, j: int, o_lo: int, o_hi: int, n_lo: int, n_hi: int) -> bool:
        if names is None:
            return False
        mine, theirs = names(0, i), names(1, j)
        if not (mine - theirs) or not (theirs - mine):
            return False  # the same names, or names added or dropped by an edit
        news = range(max(n_lo + 1, j - TWIN_REACH), min(n_hi, j + TWIN_REACH + 1))
        olds = range(max(o_lo + 1, i - TWIN_REACH), min(o_hi, i + TWIN_REACH + 1))
        return any(_twin(names(1, k), mine, theirs) for k in news if k != j) or any(
            _twin(names(0, k), theirs, mine) for k in olds if k != i
        )

    def close(i: int, j: int, gap: tuple[int, int, int, int]) -> float | None:
        if not allowed(i, j):
            return None
        if not old_words(i) or not new_words(j):  # a bare heading: its number speaks
            return 0.0 if same_number(i, j) else None
        value = overlap(old_words(i), new_words(j))
        if value < bar or twin_elsewhere(i, j, *gap) or rival_beside(i, j, value, gap):
            return None
        return value

    def rival_beside(i: int, j: int, value: float, gap: tuple[int, int, int, int]) -> bool:
        """Whether an open neighbour of either article reads as alike by its words and
        more alike in their order: a clause written once per party ("The Customer shall
        notify the Supplier …" and "The Supplier shall notify the Customer …") has its
        twin's very words, and only their order tells which one was kept; the later
        stages are left to choose."""
        o_lo, o_hi, n_lo, n_hi = gap
        olds = [k for k in (i - 1, i + 1) if o_lo < k < o_hi and not taken[0].get(k)]
        news = [m for m in (j - 1, j + 1) if n_lo < m < n_hi and not taken[1].get(m)]
        mine_old, mine_new = old_words(i), new_words(j)
        rivals = [
            (k, j) for k in olds if allowed(k, j) and overlap(old_words(k), mine_new) >= value
        ]
        rivals += [
            (i, m) for m in news if allowed(i, m) and overlap(mine_old, new_words(m)) >= value
        ]
        if not rivals:
            return False
        here = in_order(old_bodies[i], new_bodies[j])
        return any(in_order(old_bodies[k], new_bodies[m]) > here for k, m in rivals)

    out: list[tuple[int, int, float]] = []
    taken: tuple[dict[int, bool], dict[int, bool]] = ({}, {})
    for gap in gaps:
        o_lo, o_hi, n_lo, n_hi = gap
        i, j = o_lo + 1, n_lo + 1
        while i < o_hi and j < n_hi and (value := close(i, j, gap)) is not None:
            out.append((i, j, value))
            taken[0][i] = taken[1][j] = True
            i, j = i + 1, j + 1
        k, m = o_hi - 1, n_hi - 1
        while k >= i and m >= j and (value := close(k, m, gap)) is not None:
            out.append((k, m, value))
            taken[0][k] = taken[1][m] = True
            k, m = k - 1, m - 1
    return out


def in_order(old: str, new: str) -> float:
    """How much of the two wordings reads in the same order (difflib's ratio over their
    words): what tells a clause from its twin written for the other party."""
    return SequenceMatcher(
        None, words_of(old.casefold()), words_of(new.casefold()), autojunk=False
    ).ratio()


def _twin(other: frozenset[str], mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether ``other`` names what sets ``mine`` apart from ``theirs`` and nothing of
    what sets ``theirs`` apart, sharing nearly all its names with ``mine``."""
    return (
        (mine - theirs) <= other
        and other.isdisjoint(theirs - mine)
        and overlap(other, mine) >= max(TWIN_NAMES, overlap(mine, theirs) + TWIN_MARGIN)
    )
