"""A unit whose text opens with its own name, so that the name is not shown twice.

An unnumbered heading ("TERMS AND CONDITIONS", "FINAL PROVISIONS") is a unit
whose name is its first line: the line stays in its text, so that a reworded
heading is diffed like any other words, and a view that prints the unit's name
above its text would print it twice. So would a preamble that prints
"PREAMBLE". Views print the name once, as the unit's heading, and begin the
text after it unless a change or a note marks something in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .document import Document, Segment, SegmentKind

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _fold(text: str) -> str:
    return " ".join(text.split()).strip(" .:").casefold()


def own_name_end(text: str, seg: Segment) -> int:
    """Where a unit's text goes on after the paragraph that is its own name (the
    next paragraph, or the unit's end); ``seg.body_start`` when it has none."""
    if seg.kind is SegmentKind.HEADING:
        name = seg.label
    elif seg.kind is SegmentKind.PREAMBLE and seg.label == "preamble":
        name = "preamble"
    else:
        return seg.body_start
    gap = _BLANK_LINE.search(text, seg.body_start, seg.end)
    end = gap.start() if gap else seg.end
    if _fold(text[seg.body_start : end]) != _fold(name):
        return seg.body_start
    return gap.end() if gap else seg.end


def shown_from(text: str, seg: Segment, marked: Iterable[tuple[int, int]]) -> int:
    """Where a view begins a unit's text: after its own name unless one of the
    ``marked`` spans (changes, notes; absolute offsets) touches the name."""
    end = own_name_end(text, seg)
    if end == seg.body_start:
        return end
    for start, stop in marked:
        if start < end and (stop > seg.body_start or start >= seg.body_start):
            return seg.body_start
    return end


def pair_title(
    old: Document,
    new: Document,
    olds: Sequence[int],
    news: Sequence[int],
    name: Callable[[Segment], str] = Segment.display_name,
) -> str:
    """A pair's name in a report ("Art. 4 → Art. V", "0. → 0. + 2."); a heading
    paired with the same heading is named once. ``name`` names a part (the report's
    language gives "Ст. 4")."""
    old_names = " + ".join(name(old.segments[i]) for i in olds)
    new_names = " + ".join(name(new.segments[j]) for j in news)
    units = [old.segments[i] for i in olds] + [new.segments[j] for j in news]
    if old_names == new_names and all(s.kind is SegmentKind.HEADING for s in units):
        return new_names
    return f"{old_names} → {new_names}"
