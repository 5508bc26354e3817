"""Provisions numbered without an article word under a heading after the last article.

A constitution closes with "Transitional and final provisions" numbered "I.", "II.",
… with no article word (the Italian one has eighteen); the Ukrainian and Russian ones
with points "1.", "2.", … under "ПЕРЕХІДНІ ПОЛОЖЕННЯ" or "Заключительные и переходные
положения". Read as the heading's text, they were one unit: a change to provision XII
was a change somewhere in a block of four pages, and a provision dropped or put in
could not be told. Read as the last article's text, the points were its parts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Segment, SegmentKind
from .headings import DIVISION_WORD
from .markers import read_marker
from .numerals import roman_value
from .plain_cuts import PARAGRAPH_RE, trim_end
from .provisions import is_pointed_title, pointed_label

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


_POINT_RE = re.compile(r"(?P<num>\d{1,3})(?:-(?P<sub>\d{1,2}))?\.[ \t]+(?=\S)")
"""A paragraph that opens with a point's number: "1. ", and "16-1. " put in after 16."""
_DIVISION_LINE_RE = re.compile(rf"{DIVISION_WORD}[ \t]+[^\W_]+\.?")
"""The division a title stands under, on a line of its own ("РАЗДЕЛ ВТОРОЙ")."""
_RULE_RE = re.compile(r"(?:[*_=~\-][ \t]*){3,}")
"""A rule under the last point ("***"), the publisher's notes below it."""


def split_pointed_provisions(text: str, segments: list[Segment]) -> list[Segment]:
    """The last article, and each heading after it, cut before a title of transitional
    or final provisions (``provisions.is_pointed_title``) whose paragraphs open "1.",
    "2.", "3."… in order: each point a unit of those provisions, the title (and the
    division above it) heading the first. What follows a rule under the last is closing."""
    last = max((k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE), default=None)
    if last is None:
        return segments
    closed = any(s.kind is SegmentKind.CLOSING for s in segments)
    out = list(segments[:last])
    for seg in segments[last:]:
        if seg.kind in (SegmentKind.ARTICLE, SegmentKind.HEADING):
            out.extend(_pointed(text, seg, closed))
        else:
            out.append(seg)
    return out


def _pointed(text: str, seg: Segment, closed: bool) -> list[Segment]:
    """``seg`` cut into what comes before such a title and the points under it (and
    the notes after a rule, unless the text has a closing already)."""
    paragraphs = list(PARAGRAPH_RE.finditer(text, seg.start, seg.end))
    for k, para in enumerate(paragraphs):
        title = _title(para[0])
        if title is None or (para.start() < seg.body_start and seg.kind is SegmentKind.ARTICLE):
            continue
        points, stop = _points(paragraphs[k + 1 :], seg.end)
        if len(points) < FEWEST:
            continue
        cut = para.start()
        above = paragraphs[k - 1] if k else None
        if (
            above
            and above.start() >= seg.body_start
            and _DIVISION_LINE_RE.fullmatch(above[0].rstrip())
        ):
            cut = above.start()  # "РАЗДЕЛ ВТОРОЙ" over the title
        pieces = [] if cut <= seg.start else [_before(text, seg, cut)]
        ends = [m.start() for m in points[1:]] + [stop]
        for n, (m, end) in enumerate(zip(points, ends, strict=True)):
            point = m["num"] + (f"-{m['sub']}" if m["sub"] else "")
            start = cut if n == 0 else m.start()
            label = pointed_label(title, point)
            pieces.append(
                Segment(
                    label,
                    SegmentKind.ANNEX,
                    start,
                    trim_end(text, start, end),
                    m.end(),
                    heading=f"{point}.",
                    division=seg.division,
                )
            )
        if stop < seg.end and not closed:
            pieces.append(Segment("closing", SegmentKind.CLOSING, stop, seg.end, stop))
        elif stop < seg.end:
            pieces[-1] = replace(pieces[-1], end=seg.end)
        return pieces
    return [seg]


def _title(paragraph: str) -> str | None:
    """The title a paragraph sets over transitional or final provisions, if it is one:
    alone ("ПЕРЕХІДНІ ПОЛОЖЕННЯ") or after its division ("Раздел IX. Заключительные…")."""
    if "\n" in paragraph.strip():
        return None
    if is_pointed_title(paragraph):
        return " ".join(paragraph.split()).strip(" .:")
    found = read_marker(paragraph.strip())
    return found[6] if found is not None and is_pointed_title(found[6]) else None


def _points(paragraphs: list[re.Match[str]], end: int) -> tuple[list[re.Match[str]], int]:
    """The paragraphs that open with points 1, 2, 3… in order, from the first (which
    must be point 1), up to a rule; and where the last point ends."""
    found: list[re.Match[str]] = []
    for para in paragraphs:
        if _RULE_RE.fullmatch(para[0].strip()):
            return found, para.start()
        m = _POINT_RE.match(para.string, para.start())
        previous = int(found[-1]["num"]) if found else 0
        if m is not None and int(m["num"]) == previous + (0 if m["sub"] else 1):
            found.append(m)
        elif not found:
            return [], end
    return found, end


def _before(text: str, seg: Segment, cut: int) -> Segment:
    stop = trim_end(text, seg.start, cut)
    return replace(seg, end=stop, body_start=min(seg.body_start, stop), parts=())
