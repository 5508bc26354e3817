"""Numbered paragraphs and points of two paired units, matched to each other.

When GPL-2 § 2 (a)–(c) became GPL-3 § 5 (a)–(d), the reader wants (a) compared
with (a), the new (b) shown as inserted and the old (b) and (c) compared with
the new (c) and (d) that carry them on, not a word diff that drifts across
point boundaries. Parts are matched in order (they rarely move inside a unit) by
the words they share, each word weighted by how few parts of the two units use
it: in a rewritten unit the words every part repeats ("License", "work") say
nothing about which part is which, and the few distinctive ones do. A part
pairs with a part when each is the other's best match and they share more than
two parts of these units typically do; between two such pairs, a single part
left on each side pairs by position (as articles left between two anchors do).
Labels break ties. The word diff then runs
between matched parts.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document, Part, Segment
from .textdiff import Change, DiffOptions, DiffResult, diff_words

_LABEL_BONUS = 1e-3
"""Enough to prefer the same label between otherwise equal matchings, never more."""


@dataclass(frozen=True, slots=True)
class PartPair:
    """A part of the old unit and its counterpart in the new one (either may be None)."""

    old: str | None
    new: str | None
    similarity: float
    moved: bool = False
    """Matched out of order: the part moved among the others (a rule taken from 4th
    to 9th place), so the texts are not cut at it."""


def _words(text: str) -> set[str]:
    """Content words: short function words say little about which part is which."""
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}


def paragraph_words(text: str) -> set[str]:
    """The words that tell one paragraph from another (see ``_words``)."""
    return _words(text)


def claimed_pairs(a: list[set[str]], b: list[set[str]]) -> set[tuple[int, int]]:
    """Pairs (index in ``a``, index in ``b``) of word sets that are each other's best
    match, above what two sets of these typically share (any order)."""
    return _claims(_weighted(a, b))[0]


def _weighted(a: list[set[str]], b: list[set[str]]) -> list[list[float]]:
    """Cosine of every part of ``a`` with every part of ``b``, words weighted by rarity
    among the parts of both. Sums are exact (``fsum``): set order follows the string
    hash, and a plain sum could break a tie differently from one run to the next."""
    df = Counter(w for words in (*a, *b) for w in words)
    n = len(a) + len(b)
    weight = {w: math.log((n + 1) / (c + 0.5)) ** 2 for w, c in df.items()}

    def norm(words: set[str]) -> float:
        return math.sqrt(math.fsum(weight[w] for w in words)) or 1.0

    na, nb = [norm(x) for x in a], [norm(y) for y in b]
    return [
        [math.fsum(weight[w] for w in x & y) / (na[i] * nb[j]) for j, y in enumerate(b)]
        for i, x in enumerate(a)
    ]


def _claims(sim: list[list[float]]) -> tuple[set[tuple[int, int]], float]:
    """Pairs that are each other's best match and above the typical share of two parts
    that are not (the median of the other cells), and that typical share. With two
    parts a side, a median over all cells is one of the true pairs, so "a)" with a
    one-word edit was left unpaired beside an unchanged "b)"."""
    if not sim or not sim[0]:  # one side has no parts
        return set(), 0.0
    best_row = [max(row) for row in sim]
    best_col = [max(col) for col in zip(*sim, strict=True)]
    mutual = {
        (i, j)
        for i, row in enumerate(sim)
        for j, v in enumerate(row)
        if v == best_row[i] == best_col[j]
    }
    others = sorted(
        v for i, row in enumerate(sim) for j, v in enumerate(row) if (i, j) not in mutual
    )
    typical = others[len(others) // 2] if others else 0.0
    return {(i, j) for i, j in mutual if sim[i][j] > typical}, typical


def _lone_pairs(
    steps: list[tuple[int | None, int | None]], sim: list[list[float]], typical: float
) -> None:
    """Between two matched parts, one part left on each side is the other's
    counterpart by position when it shares more than parts typically do."""
    run: list[int] = []
    for k in range(len(steps) + 1):
        if k < len(steps) and (steps[k][0] is None or steps[k][1] is None):
            run.append(k)
            continue
        if len(run) == 2:
            (a, _), (_, b) = steps[run[0]], steps[run[1]]
            if a is None:
                (_, b), (a, _) = steps[run[0]], steps[run[1]]
            if a is not None and b is not None and sim[a][b] > typical:
                steps[run[0]] = (a, b)
                steps[run[1]] = (None, None)
        run = []


def top_parts(seg: Segment) -> list[Part]:
    """The first level of a unit's parts (what a reader numbers it by)."""
    return [p for p in seg.parts if p.level == 1]


def match_parts(old: Document, new: Document, a: list[Part], b: list[Part]) -> list[PartPair]:
    """An order-keeping matching of two lists of parts (each read with its own
    sub-parts) that maximises shared weight."""
    return _match(
        [p.key for p in a],
        [old.text[p.body_start : p.end] for p in a],
        [p.key for p in b],
        [new.text[p.body_start : p.end] for p in b],
    )


def _own_texts(doc: Document, seg: Segment) -> list[str]:
    """Each part's text up to where its first sub-part (or the next part) begins;
    a part with sub-parts is taken whole. A section that became a heading over
    sub-sections ("2.3 Advisory Board" → "3.3.1 Advisory Board" over "3.3.1.1 Role
    of the Advisory Board") keeps its words only when taken with them."""
    ends = [p.start for p in seg.parts[1:]] + [seg.end]
    parents = {p.parent for p in seg.parts}
    return [
        doc.text[p.body_start : p.end if k in parents else min(p.end, e)]
        for k, (p, e) in enumerate(zip(seg.parts, ends, strict=False))
    ]


def _match(ka: list[str], ta: list[str], kb: list[str], tb: list[str]) -> list[PartPair]:
    steps, sim, moved = _matched_steps(ka, ta, kb, tb)
    return [_part_pair(ka, kb, sim, a, b, (a, b) in moved) for a, b in steps]


def _part_pair(
    ka: list[str],
    kb: list[str],
    sim: list[list[float]],
    a: int | None,
    b: int | None,
    moved: bool = False,
) -> PartPair:
    return PartPair(
        None if a is None else ka[a],
        None if b is None else kb[b],
        round(sim[a][b], 3) if a is not None and b is not None else 0.0,
        moved,
    )


def _moved(
    steps: list[tuple[int | None, int | None]], claims: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Parts left on both sides that are each other's best match well above the rest:
    one part moved among the others. Each takes its old place in ``steps``, paired."""
    lone_old = {a for a, b in steps if b is None and a is not None}
    lone_new = {b for a, b in steps if a is None and b is not None}
    moved = {(a, b) for a, b in claims if a in lone_old and b in lone_new}
    if moved:
        to = dict(moved)
        gone = set(to.values())
        steps[:] = [
            (a, to[a]) if b is None and a in to else (a, b)
            for a, b in steps
            if not (a is None and b in gone)
        ]
    return moved


def _matched_steps(
    ka: list[str], ta: list[str], kb: list[str], tb: list[str]
) -> tuple[list[tuple[int | None, int | None]], list[list[float]], set[tuple[int, int]]]:
    """The order-keeping matching of parts (by index; a lone part beside None), the
    similarity of every two, and the pairs matched out of order (``_moved``)."""
    sim = _weighted([_words(t) for t in ta], [_words(t) for t in tb])
    claims, typical = _claims(sim)
    n, m = len(ka), len(kb)

    def gain(i: int, j: int) -> float | None:
        if (i, j) not in claims:
            return None
        return sim[i][j] + (_LABEL_BONUS if ka[i] == kb[j] else 0.0)

    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            g = gain(i, j)
            if g is not None:
                best = max(best, g + score[i + 1][j + 1])
            score[i][j] = best
    steps: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        g = gain(i, j)
        if g is not None and score[i][j] == g + score[i + 1][j + 1]:
            steps.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            steps.append((i, None))
            i += 1
        else:
            steps.append((None, j))
            j += 1
    steps.extend((k, None) for k in range(i, n))
    steps.extend((None, k) for k in range(j, m))
    _lone_pairs(steps, sim, typical)
    steps = [(a, b) for a, b in steps if a is not None or b is not None]
    moved = _moved(steps, claims)  # (pairs them in ``steps`` too)
    return steps, sim, moved


def unit_part_pairs(old: Document, new: Document, i: int, j: int) -> list[PartPair]:
    """Matched parts (all levels, each by its own text) of old segment ``i`` and new
    segment ``j``: a numbered paragraph nested under another ("1.8.1" under "1.8")
    is matched in its own right."""
    if not old.segments[i].parts and not new.segments[j].parts:
        return []  # nearly every pair of a long text: nothing to match
    return [g.pair for g in _paired_parts(old, new, (i,), (j,))]


@dataclass(frozen=True, slots=True)
class GroupPartPair:
    """A part of a split's or merge's old units and its counterpart among the new
    ones, each with the index of the unit it is in (None with its part)."""

    old_segment: int | None
    new_segment: int | None
    pair: PartPair


def group_part_pairs(
    old: Document, new: Document, old_ix: Sequence[int], new_ix: Sequence[int]
) -> list[GroupPartPair]:
    """Matched parts of a split or merge, across its units: when a chapter became two,
    its sections are found in whichever of the two carries them on ("2.1.3" became
    "3.2"). Parts are taken in the units' order, so the matching keeps the order in
    which the text runs on from one unit into the next."""
    if not any(old.segments[i].parts for i in old_ix) or not any(
        new.segments[j].parts for j in new_ix
    ):
        return []
    return _paired_parts(old, new, old_ix, new_ix)


def _paired_parts(
    old: Document, new: Document, old_ix: Sequence[int], new_ix: Sequence[int]
) -> list[GroupPartPair]:
    """The parts of these units matched in order (``_matched_steps``), each with its unit."""
    a, b = _parts_of(old, old_ix), _parts_of(new, new_ix)
    ka, kb = [p.key for _, p, _ in a], [p.key for _, p, _ in b]
    steps, sim, moved = _matched_steps(ka, [t for *_, t in a], kb, [t for *_, t in b])
    return [
        GroupPartPair(
            None if x is None else a[x][0],
            None if y is None else b[y][0],
            _part_pair(ka, kb, sim, x, y, (x, y) in moved),
        )
        for x, y in steps
    ]


def _parts_of(doc: Document, indices: Sequence[int]) -> list[tuple[int, Part, str]]:
    """Each part of these units, in order: its unit's index, itself, its own text."""
    return [
        (i, part, text)
        for i in indices
        for part, text in zip(doc.segments[i].parts, _own_texts(doc, doc.segments[i]), strict=True)
    ]


def _cuts(a_seg: Segment, b_seg: Segment, pairs: list[PartPair]) -> list[tuple[int, int]] | None:
    """Where both units are cut, in order: at each matched pair of parts, and at each
    part that only one side has (so that it reads as inserted or deleted whole, not
    glued to its neighbour's changes) when the other side has none there."""
    a_at = {p.key: p.start for p in a_seg.parts}
    b_at = {p.key: p.start for p in b_seg.parts}
    cuts = [(a_seg.body_start, b_seg.body_start)]
    only_old: list[int] = []
    only_new: list[int] = []

    def close_run(next_a: int, next_b: int) -> None:
        if only_old and not only_new:
            cuts.extend((start, next_b) for start in only_old)
        elif only_new and not only_old:
            cuts.extend((next_a, start) for start in only_new)
        only_old.clear()
        only_new.clear()

    matched = False
    inside_old, inside_new = _inside_whole(a_seg, b_seg, pairs)
    for p in pairs:
        if p.moved or (p.new is None and p.old in inside_old) or p.new in inside_new:
            continue  # the texts are not cut at it
        if p.old is not None and p.new is not None:
            close_run(a_at[p.old], b_at[p.new])
            cuts.append((a_at[p.old], b_at[p.new]))
            matched = True
        elif p.old is not None:
            only_old.append(a_at[p.old])
        elif p.new is not None:
            only_new.append(b_at[p.new])
    if not matched:
        return None
    a_tail, b_tail = _tail(a_seg), _tail(b_seg)
    if a_tail is not None and b_tail is not None:
        close_run(a_tail, b_tail)
        cuts.append((a_tail, b_tail))
    close_run(a_seg.end, b_seg.end)
    cuts.append((a_seg.end, b_seg.end))
    return cuts


def _inside_whole(
    a_seg: Segment, b_seg: Segment, pairs: list[PartPair]
) -> tuple[set[str], set[str]]:
    """Keys of lone parts (old, new) nested in a matched part whose counterpart has no
    parts of its own: a paragraph that became a lead-in over a list ("(2) … zusteht:"
    over "1.", "2.", "3.", the old sentences going on under the list) reads against the
    old paragraph whole. Cut at the new points, its unchanged sentences under the list
    had read as deleted from the paragraph and written again after the last point."""
    to_new = {p.old: p.new for p in pairs if p.old is not None and p.new is not None}
    to_old = {new: old for old, new in to_new.items()}
    found: tuple[set[str], set[str]] = (set(), set())
    for side, (seg, other, to_other, lone) in enumerate(
        (
            (a_seg, b_seg, to_new, [p.old for p in pairs if p.old is not None and p.new is None]),
            (b_seg, a_seg, to_old, [p.new for p in pairs if p.new is not None and p.old is None]),
        )
    ):
        parents = {q.parent for q in other.parts}
        childless = {q.key for k, q in enumerate(other.parts) if k not in parents}
        by_key = {q.key: q for q in seg.parts}
        for key in lone:
            up = by_key[key].parent if key in by_key else None
            while up is not None and seg.parts[up].key not in to_other:
                up = seg.parts[up].parent
            if up is not None and to_other[seg.parts[up].key] in childless:
                found[side].add(key)
    return found


def _tail(seg: Segment) -> int | None:
    """Where the unit's own text goes on after its last part ends (the paragraph under
    a list), or None: a point added at the end of the list is then cut from it, not
    read with it as the paragraph deleted and written again."""
    last = max((p.end for p in seg.parts), default=seg.end)
    return last if seg.body_start <= last < seg.end else None


def aligned_cuts(old: Document, new: Document, i: int, j: int) -> list[tuple[int, int]] | None:
    """Offsets (old, new), in order, where two paired units are cut into matching
    pieces: their bodies' starts, their matched and lone parts, their ends. None
    when no part matched (the units then read as one piece)."""
    return _cuts(old.segments[i], new.segments[j], unit_part_pairs(old, new, i, j))


def sectioned_diff(
    old: Document, new: Document, i: int, j: int, options: DiffOptions
) -> DiffResult | None:
    """The word diff of two units cut at their matched parts, or None when they
    have no matched parts (the plain diff is then the right one).

    Offsets in the result are relative to each segment's body, as for a plain diff.
    """
    a_seg, b_seg = old.segments[i], new.segments[j]
    cuts = aligned_cuts(old, new, i, j)
    if cuts is None:
        return None
    a0, b0 = a_seg.body_start, b_seg.body_start
    shifted = [(max(a, a0) - a0, max(b, b0) - b0) for a, b in cuts]
    return _diff_pieces(old.text[a0 : a_seg.end], new.text[b0 : b_seg.end], shifted, options)


def _diff_pieces(
    a: str, b: str, cuts: list[tuple[int, int]], options: DiffOptions
) -> DiffResult | None:
    """The word diff of ``a`` and ``b`` run piece by piece between the cuts."""
    pieces = [(a0, a1, b0, b1) for (a0, b0), (a1, b1) in itertools.pairwise(cuts)]
    if any(a1 < a0 or b1 < b0 for a0, a1, b0, b1 in pieces):
        return None
    return diff_pieces(a, b, pieces, options)


def diff_pieces(
    a: str, b: str, pieces: Sequence[tuple[int, int, int, int]], options: DiffOptions
) -> DiffResult:
    """The word diff of ``a`` and ``b`` as the sum of the diffs of the pieces
    ``(a start, a end, b start, b end)``, in the pieces' order."""
    changes: list[Change] = []
    old_tokens = new_tokens = equal = 0
    coarse = False
    for a0, a1, b0, b1 in pieces:
        piece = diff_words(a[a0:a1], b[b0:b1], options)
        changes.extend(c.shifted(a0, b0) for c in piece.changes)
        old_tokens += piece.old_tokens
        new_tokens += piece.new_tokens
        equal += piece.equal_tokens
        coarse = coarse or piece.coarse
    return DiffResult(tuple(changes), old_tokens, new_tokens, equal, coarse)


PARAGRAPHS_MAX = 60
"""A unit cut into more paragraphs than this is diffed whole when split or merged."""
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


def divided_diff(
    a: str, a_starts: Sequence[int], b: str, b_starts: Sequence[int], options: DiffOptions
) -> DiffResult | None:
    """The word diff of a split (one old unit, several new) or a merge, each new (or
    old) unit diffed against the run of paragraphs of the single unit that holds
    most of its distinctive words, in order. ``a`` and ``b`` are the joined bodies,
    ``*_starts`` where each unit begins in them. None for one-to-one pairs."""
    if len(a_starts) == 1 and len(b_starts) > 1:
        found = _divide(a, b, list(b_starts))
        return None if found is None else _diff_pieces(a, b, found, options)
    if len(b_starts) == 1 and len(a_starts) > 1:
        found = _divide(b, a, list(a_starts))
        return None if found is None else _diff_pieces(a, b, [(y, x) for x, y in found], options)
    return None


def divided_cuts(
    old: Document, new: Document, olds: Sequence[int], news: Sequence[int]
) -> list[tuple[int, int]] | None:
    """Offsets (old, new) in the texts where a split or merged pair is cut into the
    pieces ``divided_diff`` compares (unit by unit against the paragraphs of the
    single unit most like each); None when it would not divide."""
    if len(olds) == 1 and len(news) > 1:
        return _divide_units(old, olds[0], new, news)
    if len(news) == 1 and len(olds) > 1:
        found = _divide_units(new, news[0], old, olds)
        return None if found is None else [(x, y) for y, x in found]
    return None


def _divide_units(
    doc: Document, single: int, other: Document, several: Sequence[int]
) -> list[tuple[int, int]] | None:
    seg = doc.segments[single]
    bodies = [other.segments[u] for u in several]
    joined, starts, pos = [], [], 0
    for s in bodies:
        starts.append(pos)
        joined.append(other.text[s.body_start : s.end])
        pos += len(joined[-1]) + 2
    found = _divide(doc.text[seg.body_start : seg.end], "\n\n".join(joined), starts)
    if found is None:
        return None
    absolute = {start: s.body_start for start, s in zip(starts, bodies, strict=True)}
    absolute[pos - 2] = bodies[-1].end
    return [(seg.body_start + a, absolute.get(b, b)) for a, b in found]


def _divide(single: str, several: str, starts: list[int]) -> list[tuple[int, int]] | None:
    """Cuts (in ``single``, in ``several``) giving each unit of ``several`` the run of
    ``single``'s paragraphs most like it, runs in order."""
    bounds = [0, *(m.end() for m in _PARAGRAPH_RE.finditer(single)), len(single)]
    bounds = sorted(set(bounds))
    if len(bounds) > PARAGRAPHS_MAX:
        return None
    if len(bounds) - 1 < len(starts):
        return None  # fewer paragraphs than units: one unit would have none (see below)
    paras = [_words(single[x:y]) for x, y in itertools.pairwise(bounds)]
    ends = [*starts[1:], len(several)]
    units = [_words(several[x:y]) for x, y in zip(starts, ends, strict=True)]
    df = Counter(w for words in (*paras, *units) for w in words)
    n = len(paras) + len(units)
    weight = {w: math.log((n + 1) / (c + 0.5)) ** 2 for w, c in df.items()}

    def sim(u: int, lo: int, hi: int) -> float:
        piece: set[str] = set().union(*paras[lo:hi])
        shared = sum(weight[w] for w in piece & units[u])
        norm = math.sqrt(sum(weight[w] for w in piece) * sum(weight[w] for w in units[u]))
        return shared / norm if norm else 0.0

    k, p = len(units), len(paras)
    memo: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def best(u: int, lo: int) -> tuple[float, list[int]]:
        """Best score for units u.. taking paragraphs lo.., and where each unit ends."""
        if u == k - 1:
            return sim(u, lo, p), [p]
        if (u, lo) not in memo:
            options = []
            for hi in range(lo, p + 1):
                rest, cut = best(u + 1, hi)
                options.append((sim(u, lo, hi) + rest, [hi, *cut]))
            memo[(u, lo)] = max(options, key=lambda o: o[0])
        return memo[(u, lo)]

    score, ends_at = best(0, 0)
    if score <= 0.0 or any(lo == hi for lo, hi in itertools.pairwise([0, *ends_at])):
        return None  # a unit with no paragraph of its own: the plain diff reads better
    cuts = [(0, 0)]
    cuts += [(bounds[e], starts[u + 1]) for u, e in enumerate(ends_at[:-1])]
    cuts.append((len(single), len(several)))
    return cuts
