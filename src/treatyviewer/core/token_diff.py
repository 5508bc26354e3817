"""diff-match-patch on token strings: compiled when installed, with a time budget.

Each distinct word stands for one character (see ``textdiff``), so a passage is a
short string. The pair is cut at its shared head and tail and at tokens found
exactly once on each side (as in patience diff); diff-match-patch then solves the
small gaps between. ``diff_main`` runs in the C++ port of diff-match-patch
(``fast_diff_match_patch``) when it is installed, else in Google's own Python; the
two give the same diffs (a test compares them), the compiled one many times
faster, and it lets other threads run meanwhile.

A pair has a budget of time. When it is spent, the gaps not yet solved are
reported whole (all of the old gap deleted, all of the new inserted): coarser, and
flagged so that the reader is told, but never a hang.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from diff_match_patch import diff_match_patch

from .sequences import longest_increasing_run

Diffs = list[tuple[int, str]]

ANCHOR_MIN_TOKENS = 2000
"""Shorter passages (nearly every article) go to diff-match-patch whole, in one
call; longer ones are cut at anchors first, which keeps even the Python
implementation fast on long passages with scattered edits."""
PAIR_BUDGET = 2.0
"""Seconds the diff of one pair may take before the rest is reported coarsely.
A positive value also lets diff-match-patch split long gaps at a shared middle
run first, which is much faster."""
EDIT_COST = 3
"""Shared runs shorter than this many words, caught between changes on both
sides, are folded into the change ("of the" between two rewrites reads better
as part of one replacement). Three shared words stay visible: "une formation de"
between "chaque année" -> "tous les deux ans" and "deux" -> "trois" is kept, or
the change of figure inside the sentence would be lost in one long replacement.
Semantic cleanup folds far longer runs still, so it is not used."""
_OPS = {"-": -1, "+": 1, "=": 0}


def _compiled() -> Callable[..., list[tuple[str, str]]] | None:
    try:
        from fast_diff_match_patch import diff
    except ImportError:  # no wheel for this platform: Google's Python does the work
        return None
    return diff  # type: ignore[no-any-return]


_COMPILED = _compiled()
COMPILED = _COMPILED is not None
"""Whether the compiled diff-match-patch is in use."""


# Code points used to stand for tokens: skip controls and surrogates.
_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)


def encode_keys(old_keys: list[str], new_keys: list[str]) -> tuple[str, str]:
    """Both key lists as strings of one private character per distinct token."""
    distinct = dict.fromkeys(chain(old_keys, new_keys))  # one dict, in order of first use
    codes = dict(zip(distinct, _code_points(len(distinct)), strict=True))
    lookup = codes.__getitem__
    return "".join(map(lookup, old_keys)), "".join(map(lookup, new_keys))


def _code_points(count: int) -> list[str]:
    """The first ``count`` characters that stand for tokens. Every pair of articles
    asks for a few hundred: they are made once, in a list replaced whole (never
    extended in place) when a longer one is needed, so threads may share it."""
    global _POINTS
    points = _POINTS
    if count > len(points):
        points = _POINTS = _first_points(max(count, 2 * len(points)))
    return points[:count]


def _first_points(count: int) -> list[str]:
    points = list(map(chr, range(_FIRST_CODE, min(_SURROGATES.start, _FIRST_CODE + count))))
    if len(points) < count:
        rest = count - len(points)
        points.extend(map(chr, range(_SURROGATES.stop, _SURROGATES.stop + rest)))
    return points


_POINTS: list[str] = []


@dataclass
class TokenDiff:
    """Token-string diffs of one pair, and whether the budget forced coarse gaps."""

    diffs: Diffs
    coarse: bool


class _Differ:
    def __init__(self, budget: float, compiled: bool) -> None:
        self.dmp = diff_match_patch()
        self.deadline = time.monotonic() + budget
        self.compiled = compiled and _COMPILED is not None
        self.coarse = False

    def gap(self, a: str, b: str, out: Diffs) -> None:
        """Diffs of one gap appended to ``out``; whole when the budget is spent."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            self.coarse = True
            out.append((-1, a))
            out.append((1, b))
            return
        if self.compiled:
            assert _COMPILED is not None
            found = _COMPILED(
                a, b, timelimit=left, checklines=False, cleanup="No", counts_only=False
            )
            out.extend((_OPS[op], text) for op, text in found)
        else:
            self.dmp.Diff_Timeout = left
            out.extend(self.dmp.diff_main(a, b, False))
        if time.monotonic() >= self.deadline:  # diff-match-patch stopped early
            self.coarse = True

    def whole(self, a: str, b: str) -> TokenDiff:
        """diff-match-patch's own diff and efficiency cleanup, in one call."""
        left = self.deadline - time.monotonic()
        if self.compiled:
            assert _COMPILED is not None
            found = _COMPILED(
                a, b, timelimit=left, checklines=False, cleanup="No", counts_only=False
            )
            diffs: Diffs = [(_OPS[op], text) for op, text in found]
        else:
            self.dmp.Diff_Timeout = left
            diffs = self.dmp.diff_main(a, b, False)
        # The compiled cleanup's edit cost is fixed at diff-match-patch's default (4);
        # the diff list is short, so Google's cleanup on it costs next to nothing.
        self.dmp.Diff_EditCost = EDIT_COST
        self.dmp.diff_cleanupEfficiency(diffs)
        return TokenDiff(diffs, time.monotonic() >= self.deadline)


def common_prefix(a: str, b: str) -> int:
    """Length of the shared head, found by halving (string compares run in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_suffix(a: str, b: str) -> int:
    """Length of the shared tail, found by halving."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def unique_anchors(a: str, b: str) -> list[tuple[int, int]]:
    """Positions of tokens found exactly once in each text, kept in common order."""
    count_a, count_b = Counter(a), Counter(b)
    once_b = {ch for ch, n in count_b.items() if n == 1}
    once = [ch for ch, n in count_a.items() if n == 1 and ch in once_b]
    if not once:
        return []
    wanted = set(once)
    pos_a = {ch: i for i, ch in enumerate(a) if ch in wanted}
    pos_b = {ch: j for j, ch in enumerate(b) if ch in wanted}
    pairs = sorted((pos_a[ch], pos_b[ch]) for ch in once)
    return [pairs[k] for k in longest_increasing_run([j for _, j in pairs])]


def _middle(differ: _Differ, a: str, b: str, out: Diffs) -> None:
    """Diffs of two token strings that share no head or tail."""
    if not a or not b:
        if a:
            out.append((-1, a))
        if b:
            out.append((1, b))
        return
    if len(a) < ANCHOR_MIN_TOKENS or len(b) < ANCHOR_MIN_TOKENS:
        differ.gap(a, b, out)
        return
    i0 = j0 = 0
    run_start = -1  # start in ``a`` of the current run of adjacent anchors
    for i, j in [*unique_anchors(a, b), (len(a), len(b))]:
        gap_a, gap_b = a[i0:i], b[j0:j]
        if gap_a or gap_b:
            if run_start >= 0:
                out.append((0, a[run_start:i0]))
                run_start = -1
            if gap_a and gap_b:
                differ.gap(gap_a, gap_b, out)
            elif gap_a:
                out.append((-1, gap_a))
            else:
                out.append((1, gap_b))
        if i < len(a) and run_start < 0:
            run_start = i
        i0, j0 = i + 1, j + 1
    if run_start >= 0:
        out.append((0, a[run_start:]))


def equal_runs(a: list[str], b: list[str], least: int, budget: float) -> list[tuple[int, int, int]]:
    """The runs of at least ``least`` words that a word diff of ``a`` and ``b`` keeps
    in common, as (start in ``a``, start in ``b``, length), within ``budget`` seconds
    (a gap left unsolved then holds none). Near-linear however long the lists, where
    ``difflib`` grows with the product of their lengths."""
    old, new = encode_keys(a, b)
    runs: list[tuple[int, int, int]] = []
    i = j = 0
    for op, text in token_diff(old, new, budget).diffs:
        if op == 0 and len(text) >= least:
            runs.append((i, j, len(text)))
        i += len(text) if op <= 0 else 0
        j += len(text) if op >= 0 else 0
    return runs


def token_diff(a: str, b: str, budget: float = PAIR_BUDGET, compiled: bool = True) -> TokenDiff:
    """Cleaned-up diffs of two token strings within ``budget`` seconds.

    ``compiled=False`` forces Google's Python implementation (tests compare the two).
    """
    differ = _Differ(budget, compiled)
    if min(len(a), len(b)) < ANCHOR_MIN_TOKENS:
        return differ.whole(a, b)
    head = common_prefix(a, b)
    tail = common_suffix(a[head:], b[head:])
    diffs: Diffs = [(0, a[:head])] if head else []
    _middle(differ, a[head : len(a) - tail], b[head : len(b) - tail], diffs)
    if tail:
        diffs.append((0, a[len(a) - tail :]))
    dmp = differ.dmp
    dmp.diff_cleanupMerge(diffs)
    dmp.Diff_EditCost = EDIT_COST
    dmp.diff_cleanupEfficiency(diffs)
    return TokenDiff(diffs, differ.coarse)
