"""Sections inside articles as the units of alignment.

Bylaws and contracts divide each article into numbered sections ("ARTICLE II" /
"Section 2.01", "Article 2" / "§ 3", "2. DEFINITIONS" / "2.1"). A section moved
from one article to another, or renumbered inside its article, is invisible when
only the articles are compared; so where the articles of a text are consistently
divided this way, the sections become the units and each article becomes the
division that holds them. A numbered paragraph ("1.", "(a)") stays a part: only
a section heading word, or a number that names its article first ("2.1" in
Article 2), marks a section.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .bold_titles import bold_title
from .document import Division, Segment, SegmentKind
from .headings import ARTICLE_WORDS
from .loose_headings import heading_lines
from .markers import Marker, read_marker, title_line
from .structure import find_parts, markers_between

MAX_STEP = 3
"""How far a section's number may jump from the one before (repealed sections)."""
MIN_SHARE = 2 / 3
"""Share of the articles that must hold sections for sections to be the units."""
MIN_ARTICLES = 2
TIED_SHARE = 1 / 2
"""The same share for sections headed by the word and numbered under their article's
number ("ARTICLE IV" over "Section 4.1."): a corporation's bylaws hold them in nine
of their fourteen articles, the short ones (offices, seal, fiscal year) in none."""


@dataclass(frozen=True)
class SectionUnits:
    """The sections found in each article that holds some (by segment index)."""

    style: str
    by_article: dict[int, list[Marker]]

    @property
    def markers(self) -> frozenset[int]:
        """Offsets of the section marks (never divisions above the articles)."""
        return frozenset(m.start for found in self.by_article.values() for m in found)


def _style(m: Marker, seg: Segment) -> str | None:
    """The section style a mark could be inside ``seg``, or None.

    Clauses numbered under their article's number ("3.1" in "ARTICLE 3 – TERM") are
    its paragraphs when the article is headed by a word: the text names its
    articles as its units ("in accordance with Article 5", "Article 3.1"); under a
    bare numbered title ("2. DEFINITIONS") they are the clauses a contract cites."""
    if not m.para_start:
        return None
    if m.style == "word:section" and seg.term != "Section":
        return "word:section" if len(m.values) == 1 else f"word:section.{len(m.values)}"
    if m.style == "num.2" and seg.number is not None and m.values[0] == seg.number:
        return None if _headed_as_article(seg) else "num.2"
    return None


def _headed_as_article(seg: Segment) -> bool:
    """Whether the segment's heading opens with an article word ("ARTICLE 3 –")."""
    words = seg.heading.split(maxsplit=1)
    return bool(words) and words[0].casefold() in ARTICLE_WORDS


def _counting_up(found: list[Marker]) -> list[Marker]:
    """The marks whose numbers count up, each a little above the one kept before it."""
    kept: list[Marker] = []
    for m in found:
        if not kept or 0 < m.value - kept[-1].value <= MAX_STEP:
            kept.append(m)
    return kept


def find_section_units(
    text: str,
    segments: list[Segment],
    markers: list[Marker],
    offsets: list[int],
    min_share: float = MIN_SHARE,
) -> SectionUnits | None:
    """The sections of each article, when ``min_share`` of the articles (and two at
    least) hold them; else None.

    One pass over each article's marks (the text's marks found once, ``offsets``
    their starts), so linear in the length of the text.
    """
    articles = [k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE]
    if len(articles) < MIN_ARTICLES:
        return None
    candidates: dict[int, dict[str, list[Marker]]] = {}
    styles: Counter[str] = Counter()
    for k in articles:
        seg = segments[k]
        found: dict[str, list[Marker]] = {}
        for m in markers_between(markers, offsets, seg.body_start, seg.end):
            style = _style(m, seg)
            if style is not None:
                found.setdefault(style, []).append(m)
        candidates[k] = found
        if found:  # (most articles hold none: no call made for them)
            styles.update(found.keys())
    if not styles:
        return None
    style = styles.most_common(1)[0][0]
    by_article = {
        k: run for k, found in candidates.items() if (run := _counting_up(found.get(style, [])))
    }
    if _tied_to_articles(style, segments, by_article):
        min_share = min(min_share, TIED_SHARE)
    if len(by_article) < max(MIN_ARTICLES, min_share * len(articles)):
        return None
    if style.startswith("word:") and all(len(run) == 1 for run in by_article.values()):
        return None  # a lone "Section 1." in each article divides none of them
    if style == "word:section" and _first_on_heading_line(text, segments, by_article):
        return None
    return SectionUnits(style, by_article)


def _tied_to_articles(
    style: str, segments: list[Segment], by_article: dict[int, list[Marker]]
) -> bool:
    """Whether the sections are headed by the word and every one is numbered under
    its article's number ("Section 4.2" in Article IV)."""
    return style.startswith("word:section.") and all(
        segments[k].number is not None and m.values[0] == segments[k].number
        for k, run in by_article.items()
        for m in run
    )


def _first_on_heading_line(
    text: str, segments: list[Segment], by_article: dict[int, list[Marker]]
) -> bool:
    """Whether most articles that hold sections open their text with "§ 1." on their
    heading's line ("Art. 2. § 1. Organ właściwy…" over "§ 2. Dane…"), as Polish and
    Brazilian codes number an article's paragraphs: these are paragraphs, not sections
    (a section heads a line of its own under the article's heading)."""
    inline = 0
    for k, run in by_article.items():
        seg = segments[k]
        line_end = text.find("\n", seg.body_start, run[0].start)
        first = text[seg.body_start : run[0].start if line_end < 0 else line_end].lstrip(" \t")
        found = read_marker(first) if first else None
        inline += found is not None and found[0] == "word:section" and found[2] == (1,)
    return 2 * inline > len(by_article)


def _division_term(seg: Segment) -> str:
    """ "ARTICLE II" -> "Article": the word the article is headed with."""
    word = seg.heading[: len(seg.heading) - len(seg.label)].strip(" .:-–—#*_")
    if not seg.heading.endswith(seg.label) or not word:
        return seg.term or "Article"
    return word[:1].upper() + word[1:].lower()


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


@dataclass(frozen=True)
class _Opened:
    """An article opened as a division: its title and where its own text ends."""

    division: Division
    heading_at: int
    intro_end: int
    """End of the article's own text before its first section (0 when none)."""


def _title(line: str, over_first: bool) -> str:
    """The article's title on its heading line ("2. DEFINITIONS"), also one printed
    with a stop ("2. Source Code License."), or a long one right over the first
    section ("3. Copying, modification, communication … of the Documentation"), or ""."""
    if line and heading_lines(line, 0, len(line)) is not None:
        return line
    if line and over_first and not line.endswith((".", ";", ",", ":")):
        return line
    if line.endswith(".") and "." not in line[:-1] and title_line(line):
        return line[:-1]
    return ""


def _open_article(text: str, seg: Segment, first: Marker, level: int) -> _Opened:
    at = text.find(seg.heading.split()[0], seg.start, seg.body_start) if seg.heading else -1
    heading_at = at if at >= 0 else seg.start
    line_end = text.find("\n", seg.body_start, first.start)
    title_end = first.start if line_end < 0 else line_end
    over_first = not text[title_end : first.start].strip()
    line = text[seg.body_start : title_end].strip()
    heading_line = text[text.rfind("\n", 0, heading_at) + 1 : seg.body_start]
    bold = bold_title(heading_line, line)
    title = _title(line, over_first) if bold is None else bold
    if not title:
        title_end = seg.body_start
    own = text[title_end : first.start].strip()
    intro_end = _trim(text, seg.start, first.start) if own else 0
    division = Division(_division_term(seg), seg.label, title, level, heading_at, seg.division)
    return _Opened(division, heading_at, intro_end)


def _section_heading(m: Marker) -> str:
    if m.style.startswith("num"):
        return m.label  # a clause number is named as printed ("2.1")
    return f"{m.term} {m.label}"


def sections_as_units(
    text: str,
    segments: list[Segment],
    divisions: tuple[Division, ...],
    found: SectionUnits,
    markers: list[Marker],
    offsets: list[int],
) -> tuple[list[Segment], tuple[Division, ...]]:
    """The segments with each sectioned article cut into its sections, and the
    divisions with those articles added (each under the division that held it)."""
    out: list[Segment] = []
    added: list[tuple[int, Division]] = []  # (position among the new divisions, division)
    sections: list[tuple[Segment, str]] = []
    for k, seg in enumerate(segments):
        run = found.by_article.get(k)
        if run is None:
            out.append(seg)
            continue
        parent_level = divisions[seg.division].level if seg.division is not None else -1
        opened = _open_article(text, seg, run[0], parent_level + 1)
        own = -1 - len(added)  # a placeholder index, replaced once divisions are merged
        added.append((len(out), opened.division))
        if opened.intro_end:
            inside = markers_between(markers, offsets, seg.body_start, opened.intro_end)
            parts = find_parts(text, seg.body_start, opened.intro_end, (), -1, inside)
            out.append(
                Segment(seg.label, seg.kind, seg.start, opened.intro_end, seg.body_start,
                        seg.heading, seg.number, seg.term, parts, own)
            )  # fmt: skip
        for n, m in enumerate(run):
            start = seg.start if n == 0 and not opened.intro_end else m.start
            stop = run[n + 1].start if n + 1 < len(run) else seg.end
            end = _trim(text, start, stop)
            inside = markers_between(markers, offsets, m.body_start, end)
            parts = find_parts(text, m.body_start, end, m.values, m.start, inside)
            number = m.values[0] if len(m.values) == 1 else None
            section = Segment(m.label, SegmentKind.ARTICLE, start, end,
                              min(m.body_start, end), _section_heading(m), number, m.term, parts,
                              own)  # fmt: skip
            out.append(section)
            sections.append((section, seg.label))
    out = _unique_labels(out, sections)
    return _merge_divisions(out, divisions, [d for _, d in added])


def _unique_labels(segments: list[Segment], sections: list[tuple[Segment, str]]) -> list[Segment]:
    """Sections numbered afresh in each article ("Section 1." under every article)
    are labelled with their article ("II.1") so that every label names one unit."""
    counts = Counter(s.label for s in segments)
    if all(counts[s.label] == 1 for s, _ in sections):
        return segments
    renamed = {id(s): f"{article}.{s.label}" for s, article in sections}
    return [
        Segment(renamed[id(s)], s.kind, s.start, s.end, s.body_start, s.heading, None, s.term,
                s.parts, s.division) if id(s) in renamed else s
        for s in segments
    ]  # fmt: skip


def _merge_divisions(
    segments: list[Segment], old: tuple[Division, ...], new: list[Division]
) -> tuple[list[Segment], tuple[Division, ...]]:
    """Old and new divisions in the order of the text, every index renumbered.

    A segment's division is an old index (0, 1, …) or a new one (-1, -2, …)."""
    keyed = [(d.start, 0, i, d) for i, d in enumerate(old)]
    keyed += [(d.start, 1, -1 - i, d) for i, d in enumerate(new)]
    keyed.sort(key=lambda x: (x[0], x[1], abs(x[2])))
    where = {key: n for n, (_, _, key, _) in enumerate(keyed)}
    divisions = tuple(
        Division(d.term, d.label, d.title, d.level, d.start,
                 where[d.parent] if d.parent is not None else None)
        for _, _, _, d in keyed
    )  # fmt: skip
    out = [
        s
        if s.division is None
        else Segment(
            s.label,
            s.kind,
            s.start,
            s.end,
            s.body_start,
            s.heading,
            s.number,
            s.term,
            s.parts,
            where[s.division],
        )
        for s in segments
    ]
    return out, divisions
