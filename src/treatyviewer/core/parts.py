"""Numbered paragraphs and points of two paired units, matched to each other.

When GPL-2 § 2 (a)–(c) became GPL-3 § 5 (a)–(d), the reader wants (a) compared
with (a), and the new (b) shown as inserted, not a word diff that drifts across
point boundaries. Parts are matched in order (they rarely move inside a unit) by
the words they share, their labels breaking ties; the word diff then runs
between matched parts.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from .document import Document, Part, Segment
from .textdiff import Change, DiffOptions, DiffResult, diff_words

MIN_PART_SIMILARITY = 0.35
"""Two parts sharing less than this share of their words are not one part."""
_LABEL_BONUS = 0.05


@dataclass(frozen=True, slots=True)
class PartPair:
    """A part of the old unit and its counterpart in the new one (either may be None)."""

    old: str | None
    new: str | None
    similarity: float


def _words(text: str) -> set[str]:
    """Content words: short function words say little about which part is which."""
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


def _similarity(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / math.sqrt(max(1, len(a) * len(b)))


def top_parts(seg: Segment) -> list[Part]:
    """The first level of a unit's parts (what a reader numbers it by)."""
    return [p for p in seg.parts if p.level == 1]


def match_parts(old: Document, new: Document, a: list[Part], b: list[Part]) -> list[PartPair]:
    """An order-keeping matching of two lists of parts that maximises shared words."""
    wa = [_words(old.text[p.body_start : p.end]) for p in a]
    wb = [_words(new.text[p.body_start : p.end]) for p in b]
    n, m = len(a), len(b)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            sim = _similarity(wa[i], wb[j])
            take = sim - MIN_PART_SIMILARITY + (_LABEL_BONUS if a[i].key == b[j].key else 0.0)
            best = max(score[i + 1][j], score[i][j + 1])
            if sim >= MIN_PART_SIMILARITY:
                best = max(best, take + score[i + 1][j + 1])
            score[i][j] = best
    pairs: list[PartPair] = []
    i = j = 0
    while i < n and j < m:
        sim = _similarity(wa[i], wb[j])
        take = sim - MIN_PART_SIMILARITY + (_LABEL_BONUS if a[i].key == b[j].key else 0.0)
        if sim >= MIN_PART_SIMILARITY and score[i][j] == take + score[i + 1][j + 1]:
            pairs.append(PartPair(a[i].key, b[j].key, round(sim, 3)))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            pairs.append(PartPair(a[i].key, None, 0.0))
            i += 1
        else:
            pairs.append(PartPair(None, b[j].key, 0.0))
            j += 1
    pairs.extend(PartPair(a[k].key, None, 0.0) for k in range(i, n))
    pairs.extend(PartPair(None, b[k].key, 0.0) for k in range(j, m))
    return pairs


def unit_part_pairs(old: Document, new: Document, i: int, j: int) -> list[PartPair]:
    """Matched first-level parts of old segment ``i`` and new segment ``j``."""
    return match_parts(old, new, top_parts(old.segments[i]), top_parts(new.segments[j]))


def sectioned_diff(
    old: Document, new: Document, i: int, j: int, options: DiffOptions
) -> DiffResult | None:
    """The word diff of two units cut at their matched parts, or None when they
    have no matched parts (the plain diff is then the right one).

    Offsets in the result are relative to each segment's body, as for a plain diff.
    """
    a_seg, b_seg = old.segments[i], new.segments[j]
    a_parts = {p.key: p for p in top_parts(a_seg)}
    b_parts = {p.key: p for p in top_parts(b_seg)}
    matched = [
        (a_parts[p.old].start, b_parts[p.new].start)
        for p in unit_part_pairs(old, new, i, j)
        if p.old is not None and p.new is not None
    ]
    if not matched:
        return None
    cuts = [(a_seg.body_start, b_seg.body_start), *matched, (a_seg.end, b_seg.end)]
    changes: list[Change] = []
    old_tokens = new_tokens = equal = 0
    coarse = False
    for (a0, b0), (a1, b1) in itertools.pairwise(cuts):
        a0, b0 = max(a0, a_seg.body_start), max(b0, b_seg.body_start)
        if a1 < a0 or b1 < b0:
            return None
        piece = diff_words(old.text[a0:a1], new.text[b0:b1], options)
        changes.extend(
            c.shifted(a0 - a_seg.body_start, b0 - b_seg.body_start) for c in piece.changes
        )
        old_tokens += piece.old_tokens
        new_tokens += piece.new_tokens
        equal += piece.equal_tokens
        coarse = coarse or piece.coarse
    return DiffResult(tuple(changes), old_tokens, new_tokens, equal, coarse)
