"""A split or merge whose paragraphs changed order: each paragraph diffed against its own.

Two articles merged into one often do not keep their order: the second article's
paragraphs may come first, or be set between the first one's. Diffed as the old
units joined in their order, the paragraphs that changed place read as deleted
and inserted again although their words are the same. Here the paragraphs of the
single unit are matched to the paragraphs of the several units (each the other's
best match, as numbered parts are matched in ``parts``), whatever their order; the
matches that keep both orders are the backbone, the others moved, and the
paragraphs no match took are compared stretch against stretch between the
backbone's matches, or shown inserted or deleted whole.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .document import Document
from .parts import PARAGRAPHS_MAX, claimed_pairs, divided_cuts, paragraph_words
from .sequences import longest_increasing_run

Piece = tuple[int, int, int, int]
"""Offsets (single start, single end, several start, several end) diffed together."""
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


def _bounds(text: str, cuts: Sequence[int]) -> list[int]:
    found = {0, len(text), *cuts, *(m.end() for m in _PARAGRAPH_RE.finditer(text))}
    return sorted(b for b in found if 0 <= b <= len(text))


def _stretches(indices: list[int]) -> list[list[int]]:
    """Runs of consecutive indices."""
    out: list[list[int]] = []
    for i in indices:
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def moved_pieces(single: str, several: str, starts: Sequence[int]) -> list[Piece] | None:
    """The pieces to diff when some paragraph of ``single`` matches one of ``several``
    (the units joined, each beginning at ``starts``) out of order; None when every
    matched paragraph keeps its order (the in-order division serves then)."""
    sb, mb = _bounds(single, []), _bounds(several, starts)
    if max(len(sb), len(mb)) - 1 > PARAGRAPHS_MAX or min(len(sb), len(mb)) < 3:
        return None  # too long to match, or too few paragraphs to change order
    s_par, m_par = list(itertools.pairwise(sb)), list(itertools.pairwise(mb))
    anchors = sorted(
        claimed_pairs(
            [paragraph_words(single[x:y]) for x, y in s_par],
            [paragraph_words(several[x:y]) for x, y in m_par],
        )
    )
    kept = [anchors[k] for k in longest_increasing_run([j for _, j in anchors])]
    if len(kept) == len(anchors):
        return None
    taken_s = {i for i, _ in anchors}
    taken_m = {j for _, j in anchors}
    pieces = [(*s_par[i], *m_par[j]) for i, j in anchors]
    fences = [(-1, -1), *kept, (len(s_par), len(m_par))]
    for (i0, j0), (i1, j1) in itertools.pairwise(fences):
        s_runs = _stretches([i for i in range(i0 + 1, i1) if i not in taken_s])
        m_runs = _stretches([j for j in range(j0 + 1, j1) if j not in taken_m])
        # A stretch one side has stands, on the other, just after the fence before it.
        s_at, m_at = sb[i0 + 1], mb[j0 + 1]
        none: list[int] = []
        for s_run, m_run in itertools.zip_longest(s_runs, m_runs, fillvalue=none):
            x0, x1 = (s_par[s_run[0]][0], s_par[s_run[-1]][1]) if s_run else (s_at, s_at)
            y0, y1 = (m_par[m_run[0]][0], m_par[m_run[-1]][1]) if m_run else (m_at, m_at)
            pieces.append((x0, x1, y0, y1))
    return pieces


def pieces_of_moved(
    a: str, a_starts: Sequence[int], b: str, b_starts: Sequence[int]
) -> list[Piece] | None:
    """``moved_pieces`` of a split (one old unit ``a``) or a merge (one new unit
    ``b``), as (old start, old end, new start, new end); None for other pairs."""
    if len(a_starts) == 1 and len(b_starts) > 1:
        return moved_pieces(a, b, b_starts)
    if len(b_starts) == 1 and len(a_starts) > 1:
        found = moved_pieces(b, a, a_starts)
        return None if found is None else [(y0, y1, x0, x1) for x0, x1, y0, y1 in found]
    return None


def in_order_cuts(
    old: Document, new: Document, olds: Sequence[int], news: Sequence[int]
) -> list[tuple[int, int]] | None:
    """``divided_cuts`` of a split or merge whose paragraphs kept their order; None
    when some moved (then no cut lines up the two columns)."""
    a, a_starts = _joined(old, olds)
    b, b_starts = _joined(new, news)
    if pieces_of_moved(a, a_starts, b, b_starts) is not None:
        return None
    return divided_cuts(old, new, olds, news)


def _joined(doc: Document, indices: Sequence[int]) -> tuple[str, list[int]]:
    bodies = [doc.text[doc.segments[i].body_start : doc.segments[i].end] for i in indices]
    starts = list(itertools.accumulate((len(x) + 2 for x in bodies[:-1]), initial=0))
    return "\n\n".join(bodies), starts
