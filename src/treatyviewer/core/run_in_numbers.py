"""Sections numbered by a bare number run into their text, under a caption.

Canadian statutes, as their consolidations print them, set each section's caption on
a line of its own ("Short title") and open the section with its number and no stop:
"1 This Act may be cited as the Competition Act.", "1.1 The purpose of this Act …",
"2 (1) In this Act, …". No heading word and no stop after the number, so the text
was compared paragraph by paragraph. Read only where nothing else was found, and
only as a run: numbers that rise from 1, most of them under a caption.
"""

from __future__ import annotations

import re

from .document import Segment, SegmentKind
from .plain_cuts import trim_end

LEAST_UNITS = 3
CAPTIONED_SHARE = 0.5
"""Share of the numbered lines that must stand under a caption."""
CAPTION_MOST = 80
"""The longest line read as a caption."""

_RUN_IN_RE = re.compile(r"^(?P<num>\d{1,4}(?:\.\d{1,2})?)[ \t]+(?=[A-Z(\u00c0-\u024f])", re.M)


def _value(label: str) -> tuple[int, int]:
    whole, _, part = label.partition(".")
    return int(whole), int(part or 0)


def _caption_above(text: str, at: int) -> int | None:
    """Where the caption over the line at ``at`` begins (a short line without a stop,
    a blank line or none between), or None."""
    end = at - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0 or at - end > 2:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or len(line) > CAPTION_MOST or line[-1] in ".;:,)" or line[0].isdigit():
        return None
    return start


def run_in_segments(text: str) -> list[Segment] | None:
    """The units of a text headed so, with a preamble before the first; None unless
    ``LEAST_UNITS`` numbers rise from 1 and ``CAPTIONED_SHARE`` of them have captions."""
    found: list[tuple[int, str, int | None]] = []
    last = (0, 0)
    for match in _RUN_IN_RE.finditer(text):
        value = _value(match["num"])
        if value <= last or value[0] > last[0] + 1:
            continue  # not the next number: a figure opening a line of text
        found.append((match.start(), match["num"], _caption_above(text, match.start())))
        last = value
    if len(found) < LEAST_UNITS or _value(found[0][1]) not in ((1, 0), (1, 1)):
        return None
    if sum(caption is not None for *_, caption in found) < CAPTIONED_SHARE * len(found):
        return None
    starts = [caption if caption is not None else at for at, _, caption in found]
    segments = []
    if text[: starts[0]].strip():
        pre_start = len(text) - len(text.lstrip())
        pre_end = trim_end(text, 0, starts[0])
        segments.append(Segment("preamble", SegmentKind.PREAMBLE, pre_start, pre_end, pre_start))
    for k, (at, label, caption) in enumerate(found):
        stop = starts[k + 1] if k + 1 < len(found) else len(text)
        end = trim_end(text, starts[k], stop)
        body = min(at + len(label) + 1, end)
        heading = " ".join(text[caption:at].split()) if caption is not None else ""
        number = _value(label)[0]
        kind = SegmentKind.ARTICLE
        segments.append(Segment(label, kind, starts[k], end, body, heading, number))
    return segments
