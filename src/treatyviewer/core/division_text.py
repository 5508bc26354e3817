"""A division heading over a notice of repeal and no unit: a section of its own.

A constitution whose chapter lost all its articles keeps the chapter's heading with a
note under it ("CHAPTER II - EXECUTIVE COMMITTEE" / "Repealed with effect from 21
November 2013"). Units end where the next unit (with the headings right above it)
begins, so such a heading and its notice had been read as the end of the article
before: an article whose words were kept read as changed, and in a constitution
renumbered around the struck chapter it drew another article to it. (Other text under
a division heading, an editor's note of when a part enters into force, stays where it
was: the part is there in both versions, as a division, not a section.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from .document import Division, Segment, SegmentKind
from .numerals import fold
from .plain_cuts import line_end, trim_end
from .repealed import is_repeal_notice


def divisions_apart(
    text: str, segments: Sequence[Segment], divisions: Sequence[Division]
) -> list[Segment]:
    """``segments`` with each article that runs on over such a division cut before it,
    the division's heading and text a section (kind HEADING) named by the heading."""
    if not divisions:
        return list(segments)
    starts = [d.start for d in divisions]  # in the text's order
    out: list[Segment] = []
    for seg in segments:
        found = (
            _text_division(text, seg, divisions, starts)
            if seg.kind is SegmentKind.ARTICLE
            else None
        )
        if found is None:
            out.append(seg)
            continue
        k, heading_end, below = found
        stop = trim_end(text, seg.start, divisions[k].start)
        parts = tuple(replace(p, end=min(p.end, stop)) for p in seg.parts if p.start < stop)
        out.append(replace(seg, end=stop, body_start=min(seg.body_start, stop), parts=parts))
        name = " ".join(text[divisions[k].start : heading_end].split())
        out.append(Segment(name, SegmentKind.HEADING, divisions[k].start, seg.end, below, name,
                           division=k))  # fmt: skip
    return _unique(out)


PREAMBLE_PART_LEAST = 300
"""Characters of text under a division heading inside the preamble from which the
division is a section of its own (a table of contents has a line or two under each)."""


def preamble_divisions(
    text: str, segments: Sequence[Segment], divisions: Sequence[Division]
) -> list[Segment]:
    """``segments`` with the preamble cut before the first division inside it that has
    text of its own (``PREAMBLE_PART_LEAST``) and no unit, and each division from there
    to the preamble's end a section (kind HEADING) named by its heading: the European
    Social Charter's Part I, the principles its Parties accept, had been read as its
    preamble, which then ran four pages."""
    if not segments or not divisions or segments[0].kind is not SegmentKind.PREAMBLE:
        return list(segments)
    pre = segments[0]
    starts = [d.start for d in divisions]
    inside = range(bisect_right(starts, pre.start), bisect_left(starts, pre.end))
    ends = {k: heading_end(text, divisions[k], pre.end) for k in inside}
    cut = [k for k in inside if text[pre.start : divisions[k].start].strip()]
    first = next(
        (
            n
            for n, k in enumerate(cut)
            if len(text[ends[k] : min(_next_start(starts, k, pre.end), pre.end)].strip())
            >= PREAMBLE_PART_LEAST
        ),
        None,
    )
    if first is None:
        return list(segments)
    cut = cut[first:]
    out = [replace(pre, end=trim_end(text, pre.start, divisions[cut[0]].start))]
    for n, k in enumerate(cut):
        stop = trim_end(
            text, divisions[k].start, divisions[cut[n + 1]].start if n + 1 < len(cut) else pre.end
        )
        below = ends[k] + len(text[ends[k] : stop]) - len(text[ends[k] : stop].lstrip())
        name = " ".join(text[divisions[k].start : ends[k]].split())
        out.append(Segment(name, SegmentKind.HEADING, divisions[k].start, stop, min(below, stop),
                           name, division=k))  # fmt: skip
    return _unique(out + list(segments[1:]))


def _next_start(starts: list[int], k: int, default: int) -> int:
    return starts[k + 1] if k + 1 < len(starts) else default


def heading_end(text: str, d: Division, stop: int) -> int:
    """Where a division's heading ends: its line, or its title set on the lines below."""
    end = line_end(text, d.start)
    if d.title and _squeezed(d.title) not in _squeezed(text[d.start : end]):
        end = _title_end(text, end, d.title, stop)
    return end


def _text_division(
    text: str, seg: Segment, divisions: Sequence[Division], starts: list[int]
) -> tuple[int, int, int] | None:
    """The first division inside ``seg`` (after its own text) with a notice of repeal
    under it, no unit: (its index, where its heading ends, where the notice begins),
    or None. ``starts``: the divisions' offsets, in order (looked up, not walked: a
    code has thousands of articles and hundreds of divisions)."""
    for k in range(bisect_right(starts, seg.body_start), bisect_left(starts, seg.end)):
        d = divisions[k]
        if not text[seg.body_start : d.start].strip():
            continue  # the unit's own title under its number ("§ 4" / "Titel 4")
        end = heading_end(text, d, seg.end)  # "Глава 2" over its title
        below = end + len(text[end : seg.end]) - len(text[end : seg.end].lstrip())
        after = bisect_right(starts, below)
        stop = min(starts[after] if after < len(starts) else seg.end, seg.end)
        if (
            below < seg.end
            and (after == 0 or starts[after - 1] != below)  # another division's heading
            and is_repeal_notice(text[below:stop])
        ):
            return k, end, below
    return None


def _title_end(text: str, pos: int, title: str, stop: int) -> int:
    """Where a division's title set on the lines below its heading ends (blank lines
    between them, as "PART  II" over "Conclusion and entry into force of treaties"),
    or ``pos`` when the lines below are not its title."""
    wanted = _squeezed(title)
    read = ""
    end = pos
    while end < stop and len(read) < len(wanted):
        stop_at = line_end(text, end + 1)
        line = _squeezed(text[end:stop_at])
        if line:
            read = f"{read} {line}".strip()
            if not wanted.startswith(read):
                return pos
        end = stop_at
    return end if read == wanted else pos


def _squeezed(words: str) -> str:
    return fold(words).strip()


def _unique(segments: list[Segment]) -> list[Segment]:
    """A section named as another segment is told apart by its count ("…#2")."""
    seen: dict[str, int] = {}
    out = []
    for seg in segments:
        seen[seg.label] = seen.get(seg.label, 0) + 1
        if seen[seg.label] > 1 and seg.kind is SegmentKind.HEADING:
            seg = replace(seg, label=f"{seg.label}#{seen[seg.label]}")
        out.append(seg)
    return out
