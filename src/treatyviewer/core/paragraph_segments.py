"""A text with no article headings, cut into its paragraphs (each compared as an
article would be), and the end of a span without its trailing blank lines."""

from __future__ import annotations

import re

from .document import Segment, SegmentKind


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces and line breaks before it (not past ``start``)."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def paragraph_segments(text: str) -> list[Segment]:
    """One segment per paragraph (blank-line separated; per line when there are none)."""
    segments = []
    pieces = list(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text))
    if len(pieces) <= 1:
        pieces = list(re.finditer(r"\S[^\n]*", text))
    for i, m in enumerate(pieces, start=1):
        end = trim_end(text, m.start(), m.end())
        if end <= m.start():
            continue
        segments.append(
            Segment(
                label=f"¶{i}",
                kind=SegmentKind.PARAGRAPH,
                start=m.start(),
                end=end,
                body_start=m.start(),
                number=i,
            )
        )
    return segments
