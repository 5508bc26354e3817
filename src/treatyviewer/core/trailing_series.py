"""Provisions numbered in Roman figures under a heading after the last article.

A constitution closes with "Transitional and final provisions" numbered "I.", "II.",
… with no article word (the Italian one has eighteen). Read as the heading's text,
they were one unit: a change to provision XII was a change somewhere in a block of
four pages, and a provision dropped or put in could not be told.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Segment, SegmentKind
from .numerals import roman_value
from .plain_cuts import trim_end

FEWEST = 3
"""Provisions in a row, from I, before the series is believed (two may be a list)."""

_OPENING_RE = re.compile(r"^(?P<num>[IVXLC]{1,7})\.[ \t]+(?=[^\W\d_])", re.M)
"""A line that opens at the margin with a Roman figure and a stop, then words (set in,
they are points of an appendix's list)."""


def split_roman_provisions(text: str, segments: list[Segment]) -> list[Segment]:
    """Each heading after the last article whose paragraphs open "I.", "II.", "III."…
    in order is cut into those provisions (each a unit labelled by its figure), unless
    a figure is already another unit's label."""
    last = max((k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE), default=None)
    if last is None:
        return segments
    taken = {s.label for s in segments}
    out = list(segments[: last + 1])
    for seg in segments[last + 1 :]:
        series = _series(text, seg) if seg.kind is SegmentKind.HEADING else []
        if len(series) < FEWEST or any(m["num"] in taken for m in series):
            out.append(seg)
            continue
        head_end = trim_end(text, seg.start, series[0].start())
        out.append(replace(seg, end=head_end, body_start=min(seg.body_start, head_end), parts=()))
        ends = [m.start() for m in series[1:]] + [seg.end]
        for m, end in zip(series, ends, strict=True):
            out.append(
                Segment(
                    m["num"],
                    SegmentKind.ARTICLE,
                    m.start(),
                    trim_end(text, m.start(), end),
                    m.end(),
                    f"{m['num']}.",
                    roman_value(m["num"]),
                    "",
                    (),
                    seg.division,
                )
            )
        taken.update(m["num"] for m in series)
    return out


def _series(text: str, seg: Segment) -> list[re.Match[str]]:
    """The paragraphs of ``seg`` that open with I., II., III., … in order, from I."""
    found: list[re.Match[str]] = []
    for m in _OPENING_RE.finditer(text, seg.body_start, seg.end):
        above = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : m.start()]
        opens = m.start() == seg.body_start or not above.strip()
        if opens and roman_value(m["num"]) == len(found) + 1:  # a paragraph's first line
            found.append(m)
    return found
