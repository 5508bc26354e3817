"""Diffs of the likely pairs, worked out beside the aligner.

Aligning takes about half of a comparison and needs one processor; diffing and
classing the pairs takes most of the rest, but needs the alignment. Most pairs
are easy to foresee, though: two units that open or close with the same words,
or carry the same label, nearly always end up paired. A helper process diffs
those while the aligner runs; whatever pairs the alignment then holds are taken
from the helper, the others diffed as before.

A pair's diff depends only on its two units, except where classing a change
asks the article concordance (a cross-reference that follows the renumbering),
which only the alignment gives. The helper classes with a concordance that
notes being asked, and keeps no pair that asked it: the result is the same as
diffing every pair after aligning.
"""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Callable, Iterator, Mapping

from .article_pair import PairDiff, pair_diff
from .change_classes import ChangeClassifier
from .class_context import context_with
from .document import Document, Segment
from .textdiff import DiffOptions

Units = tuple[tuple[int, ...], tuple[int, ...]]
"""Old unit indices and new unit indices of a pair."""

SAMPLE_EVERY = 8
"""About one word triple in this many stands for its unit (the same triples on both
sides, chosen by their letters), which keeps the index small on long texts."""
MOST_ALIKE = 3
"""A triple found in more old units than this says nothing of which pairs with which
(a formula every article uses)."""


class _Watched(Mapping[int, frozenset[int]]):
    """An empty concordance that notes whether it was asked."""

    def __init__(self) -> None:
        self.asked = False

    def __getitem__(self, key: int) -> frozenset[int]:
        self.asked = True
        raise KeyError(key)

    def __iter__(self) -> Iterator[int]:
        self.asked = True
        return iter(())

    def __len__(self) -> int:
        self.asked = True
        return 0

    def renumbered(self) -> list[tuple[int, int, int, int]]:
        """No cross-references are known before the alignment: noted as asked."""
        self.asked = True
        return []


def _samples(doc: Document, seg: Segment) -> dict[int, None]:
    """Hashes of the word triples of a unit's body that stand for it, in the order of
    the text (so that equal votes are always decided alike)."""
    words = doc.text[seg.body_start : seg.end].split()
    found: dict[int, None] = {}
    for k in range(len(words) - 2):
        a, b, c = words[k], words[k + 1], words[k + 2]
        # Chosen by their letters, not by ``hash``, which differs from run to run:
        # the same texts always give the helper the same work.
        if (ord(a[-1]) + 3 * len(b) + ord(c[0])) % SAMPLE_EVERY == 0:
            found[hash((a, b, c))] = None
    return found


def likely_pairs(old: Document, new: Document) -> list[Units]:
    """Pairs the alignment will probably hold, in the new text's order: each new unit
    with the old unit that shares most of its sampled word triples (else the old unit
    of the same label); two new units after one old one as a split, and a new unit
    with the two neighbouring old units it draws on most as a merge.

    A unit guessed to be part of a split or a merge is not also guessed alone: such
    guesses were nearly always wrong, and each costs a diff for nothing."""
    places: dict[int, list[int]] = {}
    for i, seg in enumerate(old.segments):
        for h in _samples(old, seg):
            places.setdefault(h, []).append(i)
    labels: dict[tuple[str, str], int] = {}
    for i, seg in enumerate(old.segments):
        labels.setdefault((seg.kind, seg.label), i)
    best: list[int] = []
    voted: list[bool] = []
    merges: dict[int, Units] = {}
    for j, seg in enumerate(new.segments):
        votes: Counter[int] = Counter()
        for h in _samples(new, seg):
            olds = places.get(h, ())
            if len(olds) <= MOST_ALIKE:
                votes.update(olds)
        ranked = votes.most_common(2)
        i = ranked[0][0] if ranked else labels.get((seg.kind, seg.label), -1)
        best.append(i)
        voted.append(bool(ranked))
        if len(ranked) == 2 and abs(ranked[1][0] - i) == 1 and 2 * ranked[1][1] >= ranked[0][1]:
            merges[j] = ((min(i, ranked[1][0]), max(i, ranked[1][0])), (j,))
    out: list[Units] = []
    for j, i in enumerate(best):
        if i < 0:
            continue
        # Only units found by their wording make a split (a label alone is weak).
        before = j > 0 and best[j - 1] == i and voted[j - 1] and voted[j]
        after = j + 1 < len(best) and best[j + 1] == i and voted[j + 1] and voted[j]
        if not (before or after or j in merges):
            out.append(((i,), (j,)))
        if before:
            out.append(((i,), (j - 1, j)))
        if j in merges:
            out.append(merges[j])
    return out


def early_diffs(
    old: Document,
    new: Document,
    options: DiffOptions,
    classify: bool,
    stopped: Callable[[], bool],
) -> Mapping[Units, PairDiff]:
    """The diffs of the likely pairs, until ``stopped()``; pairs whose classing
    depends on the alignment are left out."""
    watched = _Watched()
    classes = (
        ChangeClassifier(context_with(old, new, watched, watched.renumbered)) if classify else None
    )
    out = Prepacked()
    for units in likely_pairs(old, new):
        if stopped():
            break
        watched.asked = False
        diff = pair_diff(old, new, *units, options, classes)
        if not watched.asked:
            out.add(units, diff)
    return out


class Prepacked(Mapping[Units, PairDiff]):
    """The diffs, pickled a batch at a time as they are found.

    The helper beside the aligner is asked for its diffs when the aligner is done,
    and everything after that waits for them: pickled as they came, they are sent
    at once, instead of being pickled then (more than a second at 50 MB). Only the
    batch being filled is kept as objects: the helper would otherwise hold every
    diff twice for as long as the aligner runs. Read here, the batches are unpickled
    on first use."""

    def __init__(self) -> None:
        self.packed: list[bytes] = []
        self.batch: dict[Units, PairDiff] = {}
        self._whole: dict[Units, PairDiff] | None = None

    def add(self, units: Units, diff: PairDiff) -> None:
        self._whole = None
        self.batch[units] = diff
        if len(self.batch) >= PACK_EVERY:
            self.packed.append(pickle.dumps(self.batch, protocol=pickle.HIGHEST_PROTOCOL))
            self.batch = {}

    def _all(self) -> dict[Units, PairDiff]:
        if self._whole is None:
            self._whole = _unpacked(self.packed, self.batch)
        return self._whole

    def __getitem__(self, units: Units) -> PairDiff:
        return self._all()[units]

    def __iter__(self) -> Iterator[Units]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __reduce__(self) -> tuple[Callable[..., dict[Units, PairDiff]], tuple[object, ...]]:
        return _unpacked, (self.packed, self.batch)


PACK_EVERY = 500
"""Diffs pickled together (a few hundred kilobytes)."""


def _unpacked(packed: list[bytes], rest: dict[Units, PairDiff]) -> dict[Units, PairDiff]:
    out: dict[Units, PairDiff] = {}
    for batch in packed:
        out.update(pickle.loads(batch))
    out.update(rest)
    return out
