"""Annexes that one heading names together: "Appendices I, II and III" in a later text
where the earlier one had an Appendix I, an Appendix II and an Appendix III.

The heading says which annexes it took the place of, however much their lists were
rewritten (a convention's species lists are replaced wholesale at every conference
of its parties): the annexes it names that no stage paired are merged into it, or,
read the other way, split from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Segment, SegmentKind
from .headings import LIST_JOINERS
from .numerals import designator_value

LISTED_CONFIDENCE = 0.95
"""Confidence of annexes paired by the numbers one heading lists: the heading names
them, as a cited name or figure names an article (``align_names``)."""

_BETWEEN_RE = re.compile(rf"\s*(?:,|&|\b(?:{'|'.join(LIST_JOINERS)})\b)\s*", re.IGNORECASE)


def listed_numbers(label: str) -> list[int]:
    """The numbers of an annex label that lists several ("I, II and III" → 1, 2, 3),
    or none."""
    parts = [p for p in _BETWEEN_RE.split(label.strip()) if p]
    if len(parts) < 2:
        return []
    values = [designator_value(p) for p in parts]
    return [v for v in values if v is not None] if None not in values else []


def listed_annexes(
    olds: Sequence[Segment],
    news: Sequence[Segment],
    open_: tuple[Sequence[int], Sequence[int]],
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(old annexes, new annexes) of the open annexes that a heading of one text lists
    together, with the open annexes of the other text that carry those numbers (two at
    least: one alone pairs by its number elsewhere)."""
    found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for mine, theirs, segs, others, new_side in (
        (open_[1], open_[0], news, olds, True),
        (open_[0], open_[1], olds, news, False),
    ):
        numbered: dict[int, int] = {}
        for k in theirs:
            seg = others[k]
            if seg.kind is SegmentKind.ANNEX and seg.number is not None:
                numbered.setdefault(seg.number, k)
        taken: set[int] = {x for group in found for x in group[0 if new_side else 1]}
        for k in mine:
            if segs[k].kind is not SegmentKind.ANNEX:
                continue
            parts = [
                numbered[v]
                for v in listed_numbers(segs[k].label)
                if v in numbered and numbered[v] not in taken
            ]
            if len(parts) >= 2:
                taken.update(parts)
                found.append((tuple(parts), (k,)) if new_side else ((k,), tuple(parts)))
    return found
