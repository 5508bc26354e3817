"""Units of a text whose source marked its headings (Markdown "## Title", Word's
Heading styles) but did not number them.

A privacy policy or a set of guidelines is often headed "## Sharing of Personal
Data", "## Your Rights" with no numbers at all. Once the marks are gone the text
looks like prose, and its numbered lists would be taken for its structure; the
reader's own outline says where its sections begin, so it is trusted instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from .clause_headings import unique_names
from .document import Segment, SegmentKind
from .plain_cuts import line_end, trim_end

MIN_UNITS = 3
"""Headings of one level from which that level is read as the units of the text."""


@dataclass(frozen=True, slots=True)
class OutlineHeading:
    """A heading as its source marked it: its depth (1 for "#" or Heading 1; 0 for a
    Title) and its text as it stands on its own line of the plain text."""

    level: int
    text: str


def _located(text: str, outline: tuple[OutlineHeading, ...]) -> list[tuple[int, OutlineHeading]]:
    """Where each heading's line starts, in order; a heading whose line is not found
    (the text was changed after it was read) is left out."""
    found: list[tuple[int, OutlineHeading]] = []
    pos = 0
    for heading in outline:
        wanted = heading.text.strip()
        if not wanted:
            continue
        # A line of a paragraph of its own first: the same words as a line of a list
        # above are the table of contents ("1. Introduction" over "1. Introduction").
        at = _line_of(text, wanted, pos, alone=False)
        if at >= 0 and not _opens_paragraph(text, at, at + len(wanted)):
            alone = _line_of(text, wanted, at, alone=True, stop=at + CONTENTS_REACH)
            at = alone if alone >= 0 else at
        if at >= 0:
            found.append((at, heading))
            pos = at + len(wanted)
    return found


CONTENTS_REACH = 65_536
"""How far past a contents entry its heading is looked for (a contents list is short)."""


def _line_of(text: str, wanted: str, at: int, alone: bool, stop: int | None = None) -> int:
    """Where ``wanted`` is a whole line from ``at`` on, before ``stop`` (``alone``: the
    first line of a paragraph, not over a list's next line); -1 if nowhere."""
    end = len(text) if stop is None else min(stop, len(text))
    while True:
        at = text.find(wanted, at, end)
        if at < 0:
            return -1
        line_start = at == 0 or text[at - 1] == "\n"
        after = at + len(wanted)
        whole_line = line_start and (after == len(text) or text[after] == "\n")
        if whole_line and (not alone or _opens_paragraph(text, at, after)):
            return at
        at += 1


def _opens_paragraph(text: str, at: int, after: int) -> bool:
    """Whether the line at ``at`` opens a paragraph and is no entry of a list of them
    (a numbered title over the next: the contents). A title over a list of its own
    points ("How to Prevent" / "-   Establish…") opens its paragraph."""
    listed = _LIST_LINE_RE.match(text, at) and _LIST_LINE_RE.match(text, after + 1)
    return (at < 2 or text[at - 2] == "\n") and not listed


_LIST_LINE_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]")
"""A line of a list: the heading's words over one are an entry of the contents."""


DISTINCT = 0.8
"""Share of a level's headings that must differ from each other for that level to
hold the units; "Fixed Fields" or "Examples" under every object of a specification
are parts of those objects."""


def unit_level(outline: list[OutlineHeading]) -> int | None:
    """The deepest level of headings that name their sections apart, going down from
    the shallowest level that heads at least ``MIN_UNITS`` sections: the
    questions of an FAQ ("### How do I…?" under "## FAQ") and the objects of a
    specification are compared one by one, not as one section each. A title that
    is the only heading of its level is not a unit."""
    by_level: dict[int, list[str]] = {}
    for h in outline:
        by_level.setdefault(h.level, []).append(" ".join(h.text.split()).casefold())
    chosen = None
    for level in sorted(by_level):
        texts = by_level[level]
        if chosen is None:
            chosen = level if len(texts) >= MIN_UNITS else None
        elif len(set(texts)) >= DISTINCT * len(texts):
            chosen = level  # however few: one version may hold three, the next two
        else:
            break
    return chosen


def _levels_at(located: list[tuple[int, OutlineHeading]], starts: list[int]) -> list[int]:
    """The outline level of the marked heading at each of ``starts``; [] unless every
    one of them is a marked heading."""
    level_at = {at: h.level for at, h in located}
    levels = [level_at.get(start) for start in starts]
    return [] if not starts or None in levels else [lv for lv in levels if lv is not None]


def under_one_heading(text: str, outline: tuple[OutlineHeading, ...], starts: list[int]) -> bool:
    """Whether the numbered units starting at ``starts`` are marked headings that all
    stand under one heading of a shallower level, which heads ``MIN_UNITS`` sections or
    more: "### 1. Correction" to "### 4. Permanent Ban" under "## Enforcement
    Guidelines" of a code of conduct are its points, and its "##" headings its sections.
    (Numbered units spread under several headings, "### § 4" under "## Abschnitt 2",
    are the units, and those headings divisions.)"""
    located = _located(text, outline)
    levels = _levels_at(located, starts)
    if not levels:
        return False
    deepest = min(levels)
    above = [(at, h.level) for at, h in located if h.level < deepest]
    if Counter(level for _, level in above)[max((lv for _, lv in above), default=0)] < MIN_UNITS:
        return False
    parents = {max((at for at, _ in above if at < start), default=-1) for start in starts}
    return len(parents) == 1 and parents != {-1}


_NUMBERED_RE = re.compile(
    r"(?:§|\d{1,4}(?:\.\d{1,3})*[.)]?|[A-Za-z][.)]|[IVXLC]{1,6}[.)])(?:\s|$)"
    r"|(?i:article|art\.|section|clause|rule|part|chapter)\s"
)
"""A marked heading that carries a number ("1. Account", "B. Terms", "§ 3", "Article 2")."""
DISTINCT_SHARE = 0.7
"""Share of the finer headings that must be worded apart for them to be the sections."""
FINER_PER_UNIT = 2
"""Unnumbered marked headings per numbered one, under them, that make them the sections."""


def finer_below(text: str, outline: tuple[OutlineHeading, ...], starts: list[int]) -> bool:
    """Whether the numbered units starting at ``starts`` are marked headings over several
    unnumbered marked headings each, at a deeper level: "2. The Service" over "###
    Trials", "### Options", as a site sets its terms. The finer headings are the
    sections a reader follows (and pairs); the numbered ones head groups of them."""
    located = _located(text, outline)
    marked = {at for at, _ in located}
    # (most of them: a numbered list's point may have been taken for one more, "5. A
    # list of the Web content technologies" after "4. Robust")
    headed = [at for at in starts if at in marked]
    if 2 * len(headed) <= len(starts):
        return False
    deepest = max(_levels_at(located, headed))
    numbered = set(starts)
    first = min(headed)
    finer = [
        at
        for at, h in located
        if h.level > deepest
        and at > first
        and at not in numbered
        and not _NUMBERED_RE.match(h.text)
    ]
    if len(finer) < FINER_PER_UNIT * len(starts):
        return False
    # Each its own ("Success Criterion 1.1.1 Non-text Content"): headings every section
    # repeats ("### Example", "### Note") are parts of a section, not sections.
    texts = {h.text.strip().casefold() for at, h in located if at in set(finer)}
    if len(texts) < DISTINCT_SHARE * len(finer):
        return False
    ordered = sorted(starts)
    holding = {ordered[bisect_right(ordered, at) - 1] for at in finer}
    return 2 * len(holding) > len(starts)


def at_their_level(
    text: str,
    outline: tuple[OutlineHeading, ...],
    starts: list[int],
    ends: list[int] | None = None,
) -> set[int]:
    """Where the marked headings start that stand at the level of the marked headings
    starting at ``starts`` (the articles) or above it: "## Changelog" after "## Article 9"
    ends the article, "### v1.1" inside the changelog does not. With ``ends`` (where
    each article's text begins), an article's heading is the deepest marked heading
    from its start to there: a segment that opens with the division above it ("##
    Kapitel 4" over "### § 16") is not at the division's level, and "### Anhang" after
    the last section then ends that section."""
    located = _located(text, outline)
    if ends is None:
        wanted = set(starts)
        levels = [h.level for at, h in located if at in wanted]
    else:
        places = [at for at, _ in located]
        wanted, levels = set(), []
        for start, end in zip(starts, ends, strict=True):
            heads = located[bisect_left(places, start) : bisect_left(places, max(end, start + 1))]
            if heads:
                wanted.update(at for at, _ in heads)
                levels.append(max(h.level for _, h in heads))
    if not levels:
        return set()
    top = min(levels)
    return {at for at, h in located if h.level <= top and at not in wanted}


def heading_lines(text: str, outline: tuple[OutlineHeading, ...]) -> set[int]:
    """Where every marked heading's line starts, at any level."""
    return {at for at, _ in _located(text, outline)}


def outline_starts(text: str, outline: tuple[OutlineHeading, ...]) -> list[int]:
    """Where the units the outline marks begin (none when it marks too few)."""
    located = _located(text, outline)
    level = unit_level([h for _, h in located])
    if level is None:
        return []
    # The first section is the first heading of the shallowest level that heads several
    # (the units may lie deeper: "## Scope" comes before the first "### 1. Correction").
    counts = Counter(h.level for _, h in located)
    top = min(lv for lv, n in counts.items() if n >= MIN_UNITS and lv <= level)
    first = next(k for k, (_, h) in enumerate(located) if h.level >= top)
    # A heading above the unit level cuts too (a lone "# Part two" mid-text), but the
    # title over everything before the first unit stays in the preamble.
    return [at for k, (at, h) in enumerate(located) if h.level <= level and k >= first]


def outline_segments(text: str, outline: tuple[OutlineHeading, ...]) -> list[Segment] | None:
    """The text cut at its marked headings, each unit named by its heading; None when
    the outline marks fewer than ``MIN_UNITS`` sections at one level."""
    starts = outline_starts(text, outline)
    if len(starts) < MIN_UNITS:
        return None
    segments: list[Segment] = []
    pre_end = trim_end(text, 0, starts[0])
    if text[:pre_end].strip():
        pre_start = len(text) - len(text.lstrip())
        segments.append(Segment("preamble", SegmentKind.PREAMBLE, pre_start, pre_end, pre_start))
    names = [text[at : line_end(text, at)] for at in starts]
    for k, (at, name, label) in enumerate(zip(starts, names, unique_names(names), strict=True)):
        end = trim_end(text, at, starts[k + 1] if k + 1 < len(starts) else len(text))
        body = min(at + len(name) + 1, end)
        segments.append(Segment(label, SegmentKind.HEADING, at, end, body, name))
    return segments
