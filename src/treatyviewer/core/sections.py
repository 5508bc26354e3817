"""Segments of a text numbered by sections, clauses or bare numbers (not "Article").

Licences, contracts and statutes number their units "0.", "§ 4", "Section 3" or
"Clause 7"; ``structure`` finds which numbering is real. This module cuts the
text at those units, at annexes and at unnumbered headings ("NO WARRANTY",
"How to Apply These Terms"), which stay segments of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .cancel import StopCheck, check, part
from .document import RANGE_WORDS, Division, Segment, SegmentKind
from .figures import YEAR_RE
from .loose_headings import (
    PROSE_RE,
    block_above,
    caps_over_prose,
    heading_lines,
    is_bare_annex,
    is_caps,
)
from .markers import LEADERS_RE, RANK_ARTICLE_WORD, Marker, find_markers, heading_alone
from .numerals import fold
from .provisions import is_back_matter
from .repealed import is_repeal_notice
from .section_units import MIN_SHARE, find_section_units, sections_as_units
from .structure import Structure, divisions_above, find_parts, markers_between

_PREAMBLE_WORDS = {"preamble", "préambule", "преамбула", "başlangıç", "önsöz"}
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
                "this", "with", "de", "du", "des", "la", "le", "et", "и", "в", "ve"}  # fmt: skip


@dataclass(frozen=True)
class _Cut:
    start: int
    body_start: int
    kind: SegmentKind
    label: str
    heading: str
    number: int | None = None
    term: str = ""
    division: int | None = None
    values: tuple[int, ...] = ()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]


_FIELD_RE = re.compile(r"[^\W\d_][\w -]{0,30}: ")
"""A field of a memo's head or an address ("Category: Standards Track", "Phone: +1…"),
not a heading."""


def _is_title_case(line: str, most: int = 12) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(words) > most or not words[0][0].isupper() or _FIELD_RE.match(line):
        return False
    big = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return bool(sum(w[0].isupper() for w in big) >= 0.75 * len(big))


def _is_caps_title(line: str) -> bool:
    """A title in capitals has a word of three letters or more: a line "US" that
    ends an address is no heading; nor is an editor's placeholder ("XXXX", "TODO")."""
    return (
        is_caps(line)
        and bool(re.search(r"[^\W\d_]{3}", line))
        and not _PLACEHOLDER_RE.fullmatch(line.strip())
    )


_PLACEHOLDER_RE = re.compile(r"(?:X{3,}|TODO|TBD|FIXME)[\s.:!?]*")
"""A line an editor left to be filled in, in a draft's text."""


def _is_edition(paragraph: str) -> bool:
    """A line with a number right under the title ("Attribution 3.0 Unported",
    "Moscow, 16 March 1921") says which edition it is; it is part of the title."""
    return "\n" not in paragraph.strip() and bool(re.search(r"\d", paragraph))


def _is_dated(paragraph: str) -> bool:
    """A short line with a year, above the first unit: the date of the text."""
    line = paragraph.strip()
    return "\n" not in line and len(line) <= 60 and YEAR_RE.search(line) is not None


# A resolution names who resolves before its preambular paragraphs ("The General
# Assembly,", "The Security Council,"): everything above that line is its head.
_RESOLVES_RE = re.compile(
    r"^The(?: [A-Z][\w’'-]*| of| on| and| for| the){1,8},[ \t]*$", re.MULTILINE
)


def _headings(text: str, numbered: list[_Cut], divisions: tuple[Division, ...]) -> list[_Cut]:
    """Unnumbered headings: in capitals anywhere; in title case only where no
    unit is running (before the first unit, or after a heading in capitals).

    The first paragraph of the text is its title and stays in the preamble, with
    an edition or date line under it; a division heading ("Глава 1" / "Предмет") is a division, not a segment.
    """
    unit_starts = {c.start for c in numbered if c.kind is SegmentKind.ARTICLE}
    starts = {c.start for c in numbered} | {d.start for d in divisions}
    first_unit = min(starts, default=len(text))
    formula = _RESOLVES_RE.search(text, 0, first_unit)
    addressed = formula.start() if formula else 0
    if text[:first_unit].rstrip().endswith(":") and first_unit < len(text):
        # "ZÁKON / Slovenskej národnej rady / z 28. januára 1991 / … sa uzniesla na tomto
        # zákone:": what comes before an enacting formula heads the act, not a section
        addressed = first_unit
    found: list[tuple[int, str, bool]] = []
    after_colon = False  # a line set out after "...the following notice:" is quoted, not a heading
    division_starts = {d.start for d in divisions}
    after_division = False  # "ČÁST DRUHÁ" / "POVOLOVÁNÍ", paragraphs apart: its title
    paragraphs = _paragraphs(text)
    entries = _contents_entries(text, paragraphs)
    for k, (s, e) in enumerate(paragraphs):
        quoted, after_colon = after_colon, text[s:e].rstrip().endswith(":")
        titles, after_division = after_division, s in division_starts and "\n" not in text[s:e]
        if k == 0 or s in starts or quoted or titles or (k == 1 and _is_edition(text[s:e])):
            continue
        if s < first_unit and _is_dated(text[s:e]):
            continue  # "Vom 4. Mai 2021" under a title of two paragraphs: the title's date
        if _listed(text, paragraphs, k) or k in entries:
            continue  # "2.  HIV" between "1.  Treponema pallidum" and "3.  Echinococcus sp."
        lines = heading_lines(text, s, e) or caps_over_prose(text, s, e)
        if lines is None or any(LEADERS_RE.search(line) for line in lines):
            continue  # not a heading, or a table of contents ("3.2.  Lexical Tokens . . 10")
        in_caps = all(map(_is_caps_title, lines)) and not _SUBSECTION_RE.match(text, s)
        if in_caps and _over_no_prose(text, paragraphs, k, starts, first_unit, lines):
            continue  # "MAIL" over "S: 250  E: 552, 451": a command's name in a list
        if (k == 1 and not in_caps) or s < addressed:
            continue  # a title under the issuing line, or the head of a resolution: the title's
        if not in_caps and found and _heads_next_unit(text, paragraphs, k, unit_starts):
            continue  # "Permission for Use…" over "(1) You are permitted…": the unit's title
        if in_caps or all(map(_is_title_case, lines)):
            found.append((s, " ".join(" ".join(lines).split()), in_caps))
    caps = [
        _Cut(s, s, SegmentKind.ANNEX if is_bare_annex(label) else SegmentKind.HEADING, label, label)
        for s, label, in_caps in found
        if in_caps or is_bare_annex(label)
    ]
    cuts = sorted(numbered + caps, key=lambda c: c.start)
    last = max((c.start for c in numbered), default=len(text))
    out = list(caps)
    for s, label, in_caps in found:
        if in_caps or is_bare_annex(label):
            continue
        holder = next((c for c in reversed(cuts) if c.start < s), None)
        heads = holder is not None and not text[text.find("\n", holder.start, s) : s].strip()
        if s > last and is_back_matter(label) and not heads:  # a part, as an appendix is
            out.append(_Cut(s, s, SegmentKind.ANNEX, label, label))
        elif holder is None or holder.kind is SegmentKind.HEADING:
            out.append(_Cut(s, s, SegmentKind.HEADING, label, label))
    return out


def _heads_next_unit(
    text: str, paragraphs: list[tuple[int, int]], k: int, unit_starts: set[int]
) -> bool:
    """Whether paragraph ``k`` is a title in title case alone right above a unit, after
    a heading before it ("Definitions"): it heads that unit, as such titles do further on
    (``_title_paragraph_above``), rather than making a segment with no text of its own."""
    if k + 1 >= len(paragraphs) or paragraphs[k + 1][0] not in unit_starts:
        return False
    line = text[paragraphs[k][0] : paragraphs[k][1]].strip()
    return _title_line(line)


def _title_line(line: str) -> bool:
    """Whether a paragraph is one line in title case that stands as a heading: the
    title of the unit right below it."""
    return "\n" not in line and _is_title_case(line, TITLE_ABOVE_WORDS) and heading_alone(line)


def _over_no_prose(
    text: str,
    paragraphs: list[tuple[int, int]],
    k: int,
    starts: set[int],
    first_unit: int,
    lines: list[str],
) -> bool:
    """Whether paragraph ``k``, one word inside a unit, stands over a paragraph that is
    no prose and heads nothing: a name in a list of them, each over its values, and not
    a heading (which, read as one, had ended the unit and every numbered one after it).
    A heading of two words ("FULL COPYRIGHT" over "Text.") or an annex's stays one."""
    if len(lines) != 1 or len(lines[0].split()) != 1 or is_bare_annex(lines[0]):
        return False
    if paragraphs[k][0] < first_unit or k + 1 >= len(paragraphs):
        return False
    s, e = paragraphs[k + 1]
    return s not in starts and PROSE_RE.search(text, s, e) is None


_LIST_ITEM_RE = re.compile(r"[ \t]*(\d{1,3})[.)][ \t]")
_SUBSECTION_RE = re.compile(r"[ \t]*(?:\d{1,3}|[A-Z])(?:\.\d{1,3})+\.?[ \t]")
"""A numbered subsection ("8.1.1. RSA", "A.2. MAC"): part of its unit, however much in
capitals its title is (a title-case one may head a text where no unit runs)."""
_ENTRY_RE = re.compile(r"[^\n]{1,100}[ \t]\d{1,4}")
"""A line of a table of contents that ends in its page number ("Credits 77")."""
CONTENTS_RUN = 3
"""Fewest such lines in a row, each a paragraph, that make a table of contents."""


def _contents_entries(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that are entries of a table of contents printed without dot
    leaders, one line each ending in its page number, at least three in a row."""
    found: set[int] = set()
    run: list[int] = []
    for k, (s, e) in enumerate([*paragraphs, (0, 0)]):
        if e > s and _ENTRY_RE.fullmatch(text, s, e):
            run.append(k)
            continue
        if len(run) >= CONTENTS_RUN:
            found.update(run)
        run = []
    return found


def _listed(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """An item of a numbered list: the paragraph before or after it holds the item
    numbered next to it, however much in capitals its own words are."""
    own = _LIST_ITEM_RE.match(text, paragraphs[k][0])
    if own is None:
        return False
    n = int(own[1])
    for near, step in ((k - 1, -1), (k + 1, 1)):
        if 0 <= near < len(paragraphs):
            item = _LIST_ITEM_RE.match(text, paragraphs[near][0])
            if item is not None and int(item[1]) == n + step:
                return True
    return False


def _unit_cut(m: Marker, kind: SegmentKind, division: int | None) -> _Cut:
    label = m.label if kind is SegmentKind.ARTICLE else (m.label or "annex")
    heading_text = f"{m.term} {m.label}".strip()
    if m.style.startswith("num"):  # a bare number: "3." or "3)" as printed, not "§ 3"
        heading_text = m.label + {"num.1": ".", "num)": ")"}.get(m.style, "")
    body_start = m.body_start
    gone = _RANGE_GONE_RE.match(m.title) if kind is SegmentKind.ARTICLE else None
    if gone is not None and is_repeal_notice(m.title[gone.end() :]):
        # "§§ 2 und 3 (weggefallen)": the heading names the range; its text is the notice
        heading_text = f"{heading_text} {gone['word']} {gone['to']}"
        body_start += gone.end()
    return _Cut(m.start, body_start, kind, label, heading_text, m.value, m.term, division, m.values)


_RANGE_GONE_RE = re.compile(rf"(?P<word>{RANGE_WORDS})[ \t]+(?P<to>\d{{1,4}}[a-z]?)[ \t]*")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unique(cuts: list[_Cut]) -> list[str]:
    counts: Counter[str] = Counter()
    labels = []
    for c in cuts:
        counts[c.label] += 1
        labels.append(c.label if counts[c.label] == 1 else f"{c.label}#{counts[c.label]}")
    return labels


def _starts(text: str, cuts: list[_Cut], divisions: tuple[Division, ...]) -> list[int]:
    """Where each cut's segment begins: at the division heading right above a unit
    ("Глава 2" / its title), which heads the unit instead of trailing the one before."""
    at = {d.start for d in divisions}

    def is_division(pos: int, line: str) -> bool:
        return pos + len(line) - len(line.lstrip()) in at

    return [
        block_above(text, cuts[k - 1].body_start if k else 0, c.start, is_division, caps=False)
        if c.kind is SegmentKind.ARTICLE and at
        else min(_title_over_restart(text, cuts, k), _title_paragraph_above(text, cuts, k))
        for k, c in enumerate(cuts)
    ]


TABLE_CELLS = " | "
"""What the readers set between the cells of a table's row."""
TITLE_ABOVE_WORDS = 16
"""Most words of such a heading ("Distribution of Compiled Forms of the Standard
Version or Modified Versions without the Source")."""


def _title_paragraph_above(text: str, cuts: list[_Cut], k: int) -> int:
    """Where a unit begins that has a heading in title case alone above it, a blank line
    before and after ("Aggregating or Linking the Package" over "(7) You may…"): the
    heading of the units from there on, not the last words of the unit before. A
    title in the middle of a unit's text is its own; one right above the next unit is
    that unit's (it was compared as new words at the end of the unit before)."""
    c = cuts[k]
    if c.kind is not SegmentKind.ARTICLE or k == 0:
        return c.start
    lo = cuts[k - 1].body_start
    gap = text.rfind("\n\n", lo, c.start)
    if gap < 0 or text[gap : c.start].strip():
        return c.start  # the unit does not open a paragraph of its own
    above = text.rfind("\n\n", lo, gap)
    if above < 0:
        return c.start
    line = text[above + 2 : gap].strip()
    # The last row of a table ("Gadget | 20") heads nothing.
    if TABLE_CELLS in line or not _title_line(line):
        return c.start
    start = text.index(line, above + 2)
    return start if text[lo:start].strip() else c.start


def _title_over_restart(text: str, cuts: list[_Cut], k: int) -> int:
    """Where a run of units numbered from 1 again begins: at its title alone above it,
    and the one-line lead-in under the title ("Sample Licence, Version 1" / "Your use
    is subject to the following terms:"), as a second language's text of a bilingual
    licence opens; they head its first unit, not trail the last of the run before."""
    c = cuts[k]
    if c.kind is not SegmentKind.ARTICLE or c.values != (1,):
        return c.start
    before = next(
        (cuts[n] for n in range(k - 1, -1, -1) if cuts[n].kind is SegmentKind.ARTICLE), None
    )
    if before is None or before.values[:1] <= (1,):
        return c.start
    lo = cuts[k - 1].body_start
    start = c.start
    for n in range(2):
        above = text.rfind("\n\n", lo, start - 1)
        if above < 0:
            break
        line = text[above + 2 : start].strip()
        if "\n" in line:
            break
        if heading_alone(line):
            return text.index(line, above + 2)
        if n or not line.endswith(":"):
            break
        start = above + 1
    return c.start


def _in_contents(text: str, heading: _Cut, found: Structure) -> bool:
    """A heading inside a table of contents left out of the units, or its title right
    above its first entry ("Inhaltsübersicht")."""
    contents = found.contents
    if not contents:
        return False
    if heading.start in contents:
        return True
    return (
        heading.start < contents.start and "\n" not in text[heading.start : contents.start].strip()
    )


def section_segments(
    text: str, found: Structure, sections_share: float = MIN_SHARE
) -> tuple[list[Segment], tuple[Division, ...]]:
    """Segments cut at the units, annexes and unnumbered headings, with the divisions;
    the sections of the units are the units where ``sections_share`` of them hold
    some (``section_units``)."""
    units = [
        _unit_cut(m, SegmentKind.ARTICLE, d)
        for m, d in zip(found.units, found.division_of, strict=True)
    ]
    annexes = [_unit_cut(m, SegmentKind.ANNEX, None) for m in found.annexes]
    taken = {u.label for u in units}  # "Schedule 1" beside section 1 is not "1#2"
    annexes = [replace(a, label=a.heading) if a.label in taken else a for a in annexes]
    numbered = sorted(units + annexes, key=lambda c: c.start)
    headings = [
        h for h in _headings(text, numbered, found.divisions) if not _in_contents(text, h, found)
    ]
    cuts = sorted(numbered + headings, key=lambda c: c.start)
    preamble_heading = next(
        (c for c in cuts if c.kind is SegmentKind.HEADING and fold(c.label) in _PREAMBLE_WORDS),
        None,
    )
    segments: list[Segment] = []
    starts = _starts(text, cuts, found.divisions)
    first = starts[0] if cuts else len(text)
    pre_end = _trim_end(text, 0, first)
    if text[:pre_end].strip():
        pre_start = len(text) - len(text.lstrip())
        label = "title" if preamble_heading is not None else "preamble"
        segments.append(Segment(label, SegmentKind.PREAMBLE, pre_start, pre_end, pre_start))
    labels = _unique(cuts)
    every = list(found.markers)
    offsets = [m.start for m in every]
    for k, (c, label) in enumerate(zip(cuts, labels, strict=True)):
        nxt = starts[k + 1] if k + 1 < len(cuts) else len(text)
        end = _trim_end(text, starts[k], nxt)
        if c is preamble_heading:
            segments.append(
                Segment("preamble", SegmentKind.PREAMBLE, c.start, end, c.start, c.heading)
            )
            continue
        inside = markers_between(every, offsets, c.body_start, end)
        # an annex's numbered items are its parts, as an article's are (a change log)
        parts = (
            find_parts(text, c.body_start, end, c.values, c.start, inside)
            if c.kind is SegmentKind.ARTICLE
            else find_parts(text, c.body_start, end, (), c.start, inside)
            if c.kind is SegmentKind.ANNEX
            else ()
        )
        segments.append(
            Segment(label, c.kind, starts[k], end, min(c.body_start, end), c.heading, c.number,
                    c.term, parts, c.division)
        )  # fmt: skip
    sectioned = find_section_units(text, segments, every, offsets, sections_share)
    if sectioned is not None:
        return sections_as_units(text, segments, found.divisions, sectioned, every, offsets)
    return segments, found.divisions


ARTICLES_PER_CHECK = 256
"""Articles given their parts between two progress reports: a few milliseconds."""
MARKERS_SHARE = 450
"""Thousandths of ``with_article_parts`` spent finding the numbering marks."""


def _own_headings(segments: list[Segment], every: list[Marker], offsets: list[int]) -> set[int]:
    """Offsets of the "§ 3" marks that head an article themselves (``section_peers``):
    such a mark is the article's own name, not a division above it."""
    return {
        m.start
        for s in segments
        if s.kind is SegmentKind.ARTICLE and s.term == "§"
        for m in markers_between(every, offsets, s.start, s.body_start)
    }


def with_titled_parts(text: str, segments: list[Segment], every: list[Marker]) -> list[Segment]:
    """Titled sections given their numbered rules or paragraphs as parts, as articles
    have theirs: Semantic Versioning's rules 1 to 11 under "Semantic Versioning
    Specification" are compared rule by rule, and the JSON says which became which.
    ``every``: the text's numbering marks, as ``find_markers`` found them."""
    titled = (SegmentKind.HEADING, SegmentKind.ANNEX)  # (an appendix's list, its parts)
    if not any(s.kind in titled for s in segments):
        return segments
    offsets = [m.start for m in every]
    out = list(segments)
    for k, seg in enumerate(segments):
        if seg.kind in titled and not seg.parts:
            inside = markers_between(every, offsets, seg.body_start, seg.end)
            if inside:
                out[k] = replace(
                    seg, parts=find_parts(text, seg.body_start, seg.end, (), markers=inside)
                )
    return out


def with_article_parts(
    text: str,
    segments: list[Segment],
    should_stop: StopCheck | None = None,
    sections_share: float = MIN_SHARE,
) -> tuple[list[Segment], tuple[Division, ...]]:
    """Articles found by their headings, given their numbered paragraphs and
    points (annexes too) and the divisions ("Part II", "Chapter 3") they stand in; ``should_stop``
    hears how far it is (``core.cancel``); ``sections_share`` as for ``section_segments``."""
    articles = [k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE]
    every = find_markers(text, should_stop=part(should_stop, 0, MARKERS_SHARE, 1000))
    offsets = [m.start for m in every]
    sectioned = find_section_units(text, segments, every, offsets, sections_share)
    taken = sectioned.markers if sectioned is not None else frozenset()
    taken |= _own_headings(segments, every, offsets)
    markers = [
        m for m in every if m.style.startswith(("div:", "word:section")) and m.start not in taken
    ]
    starts = [segments[k].body_start for k in articles]
    divisions, owner = divisions_above(text, markers, starts, RANK_ARTICLE_WORD, "word:article")
    out = list(segments)
    rest = part(should_stop, MARKERS_SHARE, 1000, 1000)
    for n, (k, division) in enumerate(zip(articles, owner, strict=True)):
        if n % ARTICLES_PER_CHECK == 0:
            check(rest, n, len(articles))
        seg = segments[k]
        inside = markers_between(every, offsets, seg.body_start, seg.end)
        if not inside and division is None and not seg.parts and seg.division is None:
            continue  # no mark inside, no division above: the article stays as it was made
        values = (seg.number,) if seg.number is not None else ()
        parts = find_parts(text, seg.body_start, seg.end, values, markers=inside)
        out[k] = Segment(seg.label, seg.kind, seg.start, seg.end, seg.body_start, seg.heading,
                         seg.number, seg.term, parts, division)  # fmt: skip
    check(rest, 1, 1)
    for k, seg in enumerate(segments):
        if seg.kind is SegmentKind.ANNEX:  # a protocol's numbered items are parts too
            inside = markers_between(every, offsets, seg.body_start, seg.end)
            parts = find_parts(text, seg.body_start, seg.end, (), markers=inside)
            out[k] = replace(seg, parts=parts)
    if sectioned is not None:
        return sections_as_units(text, out, divisions, sectioned, every, offsets)
    return out, divisions
