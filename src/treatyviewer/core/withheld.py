"""Articles whose text an edition does not give, and what that leaves unknown.

An edition may print an article's number over an editor's note instead of its
text ("Article XI [Not reproduced in this edition.]", "[…]", "[Text illegible]").
Such an article has no words to be paired by, so an aligner finds nothing for
it, and the articles of the other version that it may hold look removed. Neither
is known: the fate of the articles in the same stretch of the texts is open. The
comparison says so instead of reporting them added or removed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document, Segment

NOTE_LENGTH = 400
"""Longest editor's note still read as standing in for an article's text."""
LONGEST = NOTE_LENGTH + 20
"""Longest body that may be such a note (its brackets and the spaces around them)."""

_NOTE_RE = re.compile(rf"^\s*\[(?P<note>[^\[\]]{{1,{NOTE_LENGTH}}})\]\s*$", re.DOTALL)
_ELLIPSIS_RE = re.compile(r"^\s*(?:…|\.{3}|\. \. \.)\s*$")
_NOT_GIVEN_RE = re.compile(
    r"\bnot\s+(?:reproduced|given|printed|included|available|known|extant|preserved|"
    r"translated|found|legible)\b"
    r"|\b(?:illegible|unavailable|untranslated|lacuna|missing|lost|withheld)\b"
    r"|\btext\s+(?:is\s+)?(?:unknown|omitted\s+(?:here|in\s+this\s+edition))\b"
    r"|\bcould\s+not\s+be\s+(?:checked|read|verified|found|established)\b"
    r"|\bnon\s+(?:reproduit|disponible|traduit)e?s?\b|\btexte\s+manquant\b"
    r"|\bnicht\s+(?:wiedergegeben|überliefert|abgedruckt|erhalten)\b"
    r"|не\s+(?:воспроизводится|приводится|сохранил|известен|дан)|\bутрачен"
    r"|\b(?:verilmemiştir|verilmedi|bulunamadı|okunamadı)\b",
    re.IGNORECASE,
)


def is_withheld(body: str) -> bool:
    """Whether an article's whole text is an editor's note that its text is not given."""
    if len(body) > LONGEST:
        return False
    m = _NOTE_RE.match(body)
    if m is None:
        return False
    note = m["note"]
    return bool(_ELLIPSIS_RE.match(note) or _NOT_GIVEN_RE.search(note))


def given_as_note(doc: Document, seg: Segment) -> bool:
    """Whether the article's whole text is such a note (a long article is no note:
    it is not sliced out to see). Its words are the editor's, not the treaty's: an
    annex given so is not shown as inserted wording."""
    return seg.end - seg.body_start <= LONGEST and is_withheld(doc.body(seg))


def open_fates(
    pairs: Sequence[tuple[Sequence[int], Sequence[int]]],
    unpaired: tuple[Sequence[int], Sequence[int]],
    withheld: Callable[[int, int], bool],
) -> tuple[frozenset[int], frozenset[int]]:
    """The unpaired articles of each side whose fate a withheld article leaves open.

    ``pairs`` are the (old, new) indices of the pairs kept in reading order (moved
    ones left out), ``unpaired`` the removed old and the added new indices, and
    ``withheld(side, index)`` tells an article given only by an editor's note. An
    unpaired article is open when a withheld one of the other side lies in its
    stretch (between the pairs that bound it in reading order); a withheld article
    is open when any unpaired one of the other side does.
    """
    held = (
        sorted(i for i in unpaired[0] if withheld(0, i)),
        sorted(j for j in unpaired[1] if withheld(1, j)),
    )
    if not held[0] and not held[1]:
        return frozenset(), frozenset()
    anchors = [(min(o), min(n)) for o, n in pairs if o and n]
    others = (sorted(unpaired[1]), sorted(unpaired[0]))
    opened: tuple[set[int], set[int]] = (set(), set())
    for side in (0, 1):
        bounds = _Bounds(anchors, side)
        mine = set(held[side])
        here = others[1 - side]  # this side's unpaired, in order
        for index in unpaired[side]:
            low, high = bounds.around(index)
            near = held[1 - side] if index not in mine else others[side]
            notes = bisect_left(near, high) - bisect_right(near, low)
            if notes and (index in mine or _held_by(here, bounds.stretch(index), notes)):
                opened[side].add(index)
    return frozenset(opened[0]), frozenset(opened[1])


NOTE_HOLDS = 5
"""Most unpaired articles of the other version one editor's note may stand for: a
note over one article's number may hide a split or a merge, never a whole text
(a text compared with the bundled treaty, all its articles "not known")."""


def _held_by(here: Sequence[int], stretch: tuple[int, int], notes: int) -> bool:
    """Whether the unpaired articles of this side in ``stretch`` are few enough for
    ``notes`` withheld articles of the other side to stand for them."""
    low, high = stretch
    return bisect_left(here, high) - bisect_right(here, low) <= NOTE_HOLDS * notes


class _Bounds:
    """For an index of one side, the other side's indices of the pairs before and
    after it: the nearest pairs in reading order that bound its stretch."""

    def __init__(self, anchors: Sequence[tuple[int, int]], side: int) -> None:
        ordered = sorted((a[side], a[1 - side]) for a in anchors)
        self.here = [h for h, _ in ordered]
        self.before: list[int] = []  # the highest other index up to each pair
        top = -1
        for _, there in ordered:
            top = max(top, there)
            self.before.append(top)
        self.after: list[int] = [0] * len(ordered)  # the lowest from each pair on
        bottom = 1 << 62
        for k in range(len(ordered) - 1, -1, -1):
            bottom = min(bottom, ordered[k][1])
            self.after[k] = bottom

    def around(self, index: int) -> tuple[int, int]:
        k = bisect_left(self.here, index)
        low = self.before[k - 1] if k > 0 else -1
        high = self.after[k] if k < len(self.here) else 1 << 62
        return low, high

    def stretch(self, index: int) -> tuple[int, int]:
        """This side's indices of the pairs right before and after ``index``."""
        k = bisect_left(self.here, index)
        return (self.here[k - 1] if k > 0 else -1), (
            self.here[k] if k < len(self.here) else 1 << 62
        )
