"""Whether a leftover article is the rest of its neighbour's counterpart, read in order.

Splits and merges are judged first by sets of stems and shingles. That fails
where a part is made of the text's commonest formulas (a one-sentence part of a
formula-built article, a protocol article that repeats its neighbour's template):
the other part of the pair already holds every one of those features, so the
leftover seems to bring nothing. Read as running text, it does: the words of
the counterpart that the pair's own articles leave unexplained are, in order,
the leftover's words. An unrelated article next door matches such a remainder
only in scattered single words, never in runs.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from functools import lru_cache

from .align_features import words_of as _split
from .token_diff import equal_runs

RUN = 3
"""Least run of words in order that counts as shared text."""
ORDERED_SHARE = 0.6
"""Least share of the leftover's words found in runs in the unexplained remainder..."""
CONFIRM_SHARE = 0.05
"""Least share so found that confirms a part whose standing by shared features is marginal."""
ORDERED_WORDS = 5
"""...and least number of such words."""


KEPT_WORDINGS = 1024
"""Articles' words kept for when a later stage reads the same article again (a pair's
parts are read when they join, for the pair's confidence, and by the stage that
weighs splits in gaps): a few megabytes at most, until the alignment ends."""


@lru_cache(maxsize=KEPT_WORDINGS)
def words_of(body: str) -> list[str]:
    """The words of ``body`` in lower case (one list per wording, which callers only read)."""
    return _split(body.casefold())


def kept_share(a: Sequence[Hashable], b: Sequence[Hashable]) -> tuple[float, float]:
    """Share of the two sequences' items that keep their order in both: twice the
    length of their longest common subsequence over their lengths summed, and that
    length over the shorter one's (a split's or merge's part against the whole).

    An article edited here and there keeps most of its words in order however
    the edits break its runs; two articles that only draw on the same formulas keep
    those formulas and little between them. Found bit-parallel (one machine-word
    pass over ``a``'s items per item of ``b``), not by difflib, whose greedy
    choice of the longest block first can match one article's closing formula with
    the other's opening one and lose everything in between."""
    if not a or not b:
        return 0.0, 0.0
    kept = len(a) - kept_rows(a, b)[-1].bit_count()
    return 2 * kept / (len(a) + len(b)), kept / min(len(a), len(b))


def kept_rows(a: Sequence[Hashable], b: Sequence[Hashable], every: bool = False) -> list[int]:
    """The bit-parallel count of ``a`` and ``b``'s longest common subsequence: a row of
    ``len(a)`` bits after each item of ``b``, whose zero bits mark the items of ``a``
    where the subsequence so far grows (their count is its length). Only the last row,
    or with ``every`` the first (all ones) and one per item of ``b``."""
    places: dict[Hashable, int] = {}
    for k, item in enumerate(a):
        places[item] = places.get(item, 0) | 1 << k
    full = (1 << len(a)) - 1
    row = full
    rows = [full]
    for item in b:
        matched = row & places.get(item, 0)
        row = ((row + matched) | (row - matched)) & full
        if every:
            rows.append(row)
    if not every:
        rows[0] = row
    return rows


KEPT_READINGS = 4096
"""Readings kept for when they are asked again, until the alignment ends (about 17 KB
each). Every part that joined a pair is read again for its confidence, in the order
it was first read: with fewer kept than parts (1,326 at 20 MB) the oldest is always
the one let go just before it is asked for, and none was found again."""

Block = tuple[int, int, int]
"""A run of items in common: where it starts in ``a`` and in ``b``, and its length."""


def long_blocks(a: Sequence[Hashable], b: Sequence[Hashable], least: int = RUN) -> list[Block]:
    """The blocks of at least ``least`` items among ``difflib.SequenceMatcher(None, a, b,
    autojunk=False).get_matching_blocks()``, found without its dynamic programme.

    difflib takes the longest run in common (the first by its place in ``a``, then
    in ``b``), then does the same on either side of it. Every run in common lies
    within a maximal run along its diagonal, so the longest one in a range is the
    longest maximal run clipped to that range; the maximal runs of ``least`` items
    or more are found once, through the places of each ``least`` items in ``b``.
    A range whose longest run is shorter than ``least`` holds no longer one, so the
    search stops there; difflib's further, shorter blocks are of no use here. (The
    order of the blocks is not difflib's: callers only mark or count them.)

    Two long sequences (from ``DIRECT_CELLS`` pairs of items) take the runs a word
    diff keeps instead: with formulas repeated throughout, the maximal runs alone
    grow with the product of the lengths (minutes for two texts read as a few huge
    paragraphs)."""
    if len(a) * len(b) > DIRECT_CELLS:
        return equal_runs(list(map(str, a)), list(map(str, b)), least, RUNS_BUDGET)
    return blocks_among(maximal_runs(a, b, least), len(a), len(b), least)


DIRECT_CELLS = 1_000_000
"""Pairs of items (two articles of a thousand words) from which runs in common are
read from a word diff rather than searched for."""
RUNS_BUDGET = 0.5
"""Seconds that word diff may take (a gap left unsolved holds no run: less is found
in common, never more)."""


def blocks_among(runs: list[Block], len_a: int, len_b: int, least: int = RUN) -> list[Block]:
    """``long_blocks`` chosen among the given maximal ``runs`` of two sequences of
    ``len_a`` and ``len_b`` items (some of their runs may be left out)."""
    found: list[Block] = []
    queue = [(0, len_a, 0, len_b, runs)]
    while queue:
        alo, ahi, blo, bhi, inside = queue.pop()
        best: Block | None = None
        for i, j, k in inside:
            shift = j - i
            start = max(i, alo, blo - shift)
            size = min(i + k, ahi, bhi - shift) - start
            if size >= least and (best is None or size > best[2] or (
                size == best[2] and (start, start + shift) < best[:2]
            )):  # fmt: skip
                best = (start, start + shift, size)
        if best is None:
            continue
        found.append(best)
        i, j, k = best
        # A run that reaches a side is kept for it (clipped again there).
        left = [r for r in inside if r[0] < i and r[1] < j]
        right = [r for r in inside if r[0] + r[2] > i + k and r[1] + r[2] > j + k]
        if left:
            queue.append((alo, i, blo, j, left))
        if right:
            queue.append((i + k, ahi, j + k, bhi, right))
    return found


def maximal_runs(a: Sequence[Hashable], b: Sequence[Hashable], least: int) -> list[Block]:
    """Every maximal run of ``least`` items or more that ``a`` and ``b`` have in common."""
    if min(len(a), len(b)) < least:
        return []
    places: dict[tuple[Hashable, ...], list[int]] = {}
    for j, key in enumerate(_grams(b, least)):
        places.setdefault(key, []).append(j)
    runs: list[Block] = []
    for i, key in enumerate(_grams(a, least)):
        found = places.get(key)
        if found is None:
            continue
        for j in found:
            if i and j and a[i - 1] == b[j - 1]:
                continue  # inside a run that began earlier
            k = least
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            runs.append((i, j, k))
    return runs


def _grams(items: Sequence[Hashable], size: int) -> Iterator[tuple[Hashable, ...]]:
    """The ``size`` items from each place on, as tuples made in C (``zip`` of the
    shifted copies ends with the shortest: at the last place that has ``size``)."""
    return zip(*(items[s:] for s in range(size)), strict=False)


def ordered_share(
    whole: Sequence[str], held: Sequence[Sequence[str]], part: Sequence[str]
) -> float:
    """Share of ``part``'s words that continue ``whole`` where the articles ``held``
    leave it unexplained (runs of at least ``RUN`` words in order), or 0.0 when
    fewer than ``ORDERED_WORDS`` words are so found."""
    if len(part) < ORDERED_WORDS:
        return 0.0
    # The same reading is asked again (a split or merge weighed when it joins, then
    # when its confidence is found): kept by the words themselves.
    return _ordered_share(tuple(whole), tuple(map(tuple, held)), tuple(part))


def forget_readings() -> None:
    """Let go of the kept readings and words (they hold the words of the articles read)."""
    _ordered_share.cache_clear()
    words_of.cache_clear()


@lru_cache(maxsize=KEPT_READINGS)
def _ordered_share(
    whole: tuple[str, ...], held: tuple[tuple[str, ...], ...], part: tuple[str, ...]
) -> float:
    explained = _explained(whole, held)
    # Explained words become gaps that no run can cross (no word is empty).
    rest = ["" if done else w for w, done in zip(whole, explained, strict=True)]
    runs = [(b, size) for _, b, size in long_blocks(rest, part)]
    found = sum(size for _, size in runs)
    if found >= ORDERED_WORDS:
        return found / len(part)
    if not found or not any(explained):
        return 0.0
    # A part that repeats the lead-in its sibling already holds ("Requests X to
    # provide assistance to Member States in (a) ...; (b) ..." cut into one
    # paragraph per item, each with the lead-in) is judged on the words it has of
    # its own: at least a run of them, every one continuing the counterpart's
    # remainder in order.
    said = [w if done else "" for w, done in zip(whole, explained, strict=True)]
    repeated = [(b, size) for _, b, size in long_blocks(said, part)]
    own = [True] * len(part)
    for b, size in (*repeated, *runs):
        own[b : b + size] = [False] * size
    mine = len(part) - sum(size for _, size in repeated)
    return 1.0 if mine >= RUN and not any(own) else 0.0


def held_share(whole: Sequence[str], held: Sequence[Sequence[str]], part: Sequence[str]) -> float:
    """Share of ``whole``'s words that the articles ``held`` hold in runs, or ``part``
    holds in runs where they leave ``whole`` unexplained."""
    if not whole:
        return 0.0
    explained = _explained(whole, held)
    rest = ["" if done else w for w, done in zip(whole, explained, strict=True)]
    for a, _, size in long_blocks(rest, part):
        explained[a : a + size] = [True] * size
    return explained.count(True) / len(whole)


def _explained(whole: Sequence[str], held: Sequence[Sequence[str]]) -> list[bool]:
    """Which words of ``whole`` the articles ``held`` hold in runs."""
    explained = [False] * len(whole)
    for text in held:
        for a, _, size in long_blocks(whole, text):
            explained[a : a + size] = [True] * size
    return explained


def parts_in_order(
    bodies: tuple[Sequence[str], Sequence[str]],
    olds: Sequence[int],
    news: Sequence[int],
    core: tuple[int, int],
) -> float:
    """The least share of the words of a split or merged part of a pair (grown from
    ``core``) that read, in order, as what the pair's other articles leave of the
    counterpart: true parts read so nearly whole, an article that only borrows the
    counterpart's formulas in scattered pieces."""
    (old_bodies, new_bodies), (i, j) = bodies, core
    split = least_in_order(
        words_of(old_bodies[i]), [words_of(new_bodies[k]) for k in news], list(news).index(j)
    )
    merged = least_in_order(
        words_of(new_bodies[j]), [words_of(old_bodies[k]) for k in olds], list(olds).index(i)
    )
    return min(split, merged)


def least_in_order(whole: Sequence[str], parts: Sequence[Sequence[str]], core: int) -> float:
    """The least ``ordered_share`` of the parts of a split or merge other than its
    ``core``, each read against what the other parts leave of ``whole`` (1.0 when
    there is no other part)."""
    return min(
        (
            ordered_share(whole, [p for m, p in enumerate(parts) if m != k], part)
            for k, part in enumerate(parts)
            if k != core
        ),
        default=1.0,
    )
