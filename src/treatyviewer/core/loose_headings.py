"""Headings with no article number: titles in capitals and division lines.

A treaty prints "PART II" / "GENERAL PROVISIONS" above an article, and after its
last article often a section in capitals ("FINAL PROVISIONS", "TRANSITIONAL
PROVISIONS") that no article heading announces. Left where the article cutter
puts them, the first would trail the previous article (and show as a change of
it when a division moves) and the second would be read as part of the last
article. This module says where such headings begin, so that they head the
text under them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence

from .document import Segment, SegmentKind
from .headings import ANNEX_WORD
from .markers import read_marker
from .plain_cuts import PARAGRAPH_RE

HEADING_MAX = 80
_LINE_MAX = 100
_NOTED_LINE_MAX = 300
"""A division's line may run longer: a consolidated text notes after the heading where
it came from ("Chapitre 6bis. - Recours … <inséré par L 2005-07-27/32, art. 2 …>")."""
_COPYRIGHT = re.compile(r"\([cC]\)|©|^(?i:copyright)\b.*\d{4}")
"""A notice ("EUPL (c) the European Community 2007", "Copyright 1999 LaTeX3 Project")."""
_RULE_RE = re.compile(r"[-=_*~]{3,}")
PROSE_RE = re.compile(r"[^\W\d_]+(?:\W+[^\W\d_]+){5}|[^\W\d_]+(?:\W+[^\W\d_]+){2}.*[.;:]\s*$", re.S)
"""Six words in a row, or three ending in a stop: a sentence, not a name or signature."""
_BARE_ANNEX_RE = re.compile(rf"{ANNEX_WORD}:?")
_ANNEX_FIRST_RE = re.compile(rf"{ANNEX_WORD}(?:[:.]?\s|:?$)")
"""An annex's word alone or over its title ("Anlage Nachweis der Einhaltung")."""


def is_bare_annex(line: str) -> bool:
    """An annex's word alone on its line ("Appendix"): it heads the matter after the
    last unit, however that unit is numbered."""
    return _BARE_ANNEX_RE.fullmatch(line.strip()) is not None


_CODE_RE = re.compile(r'[={}\\]|\(\)|""|<[\w-]+>|^[A-Z]:[ \t]')
"""What a line of code or data holds and a title does not: a test vector of a standard
('BASE64("") = ""'), a grammar's rule ("Reverse-path = Path"), a command ("DATA
<CRLF>"), a line of a session's transcript ("S: 250 OK C: QUIT"), set in capitals (a
note in angle brackets has spaces: "<inséré par L …>")."""
_LINE_RE = re.compile(r"\S[^\n]*")


def is_caps(line: str) -> bool:
    """A line in capitals ("FINAL PROVISIONS", "ГЛАВА II")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def heading_lines(text: str, start: int, end: int) -> list[str] | None:
    """The lines of a paragraph that reads as a heading (one or two short lines,
    no sentence punctuation, no quotation, no copyright notice), or None."""
    lines = [ln.strip() for ln in text[start:end].split("\n")]
    if lines and len(lines) >= 2 and _RULE_RE.fullmatch(lines[-1]):
        lines = lines[:-1]

    if not 1 <= len(lines) <= 2:
        return None
    for ln in lines:
        if (
            len(ln) > HEADING_MAX
            or ln.endswith((".", ",", ";", ":"))
            or not re.search(r"[^\W\d_]{2}", ln)
        ):
            return None
        if ln.startswith(("<", "(", "[", '"', "“", "*")) or _COPYRIGHT.search(ln):
            return None
        if _CODE_RE.search(ln):
            return None
    return lines


def caps_over_prose(text: str, start: int, end: int) -> list[str] | None:
    """The first line of a paragraph when it is a heading in capitals set right above
    its prose, with no blank line between ("NOTICE PURSUANT TO SECTION 9" over "The code
    released under…"), or None. A paragraph wholly in capitals (a disclaimer wrapped
    over lines) is no heading and its prose."""
    first, _, rest = text[start:end].partition("\n")
    # A heading in capitals may run longer than a title in small letters: "NOTICE
    # PURSUANT TO SECTION 9 OF THE COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL)".
    short = first if len(first.strip()) <= HEADING_MAX else first.strip()[:HEADING_MAX]
    lines = heading_lines(short, 0, len(short)) if len(first.strip()) <= _LINE_MAX else None
    if lines is None or not is_caps(first) or len(first.split()) < 2:
        return None
    lines = [first.strip()]
    rest = rest.strip()
    lower = sum(c.islower() for c in rest)
    if not PROSE_RE.search(rest) or lower < sum(c.isupper() for c in rest):
        return None
    return lines


TITLE_WORDS = 6
"""Most words of a title set on its own line right above its article's heading."""
LONE_TITLE_WORDS = 12
"""Most words of a title set apart by blank lines above a group of sections: Swedish ones
run to ten ("Anmälan till myndighet beträffande viss egendom som inte har sålts")."""


def title_above(text: str, lo: int, start: int) -> int:
    """Where the title line set right above the heading at ``start`` begins, as Turkish
    laws print it ("Amaç" over "MADDE 1 – (1) Bu Kanunun…") and Japanese ones their
    captions ("（目的）" over "第一条　…"), or ``start`` when none: one short line
    opening with a capital (or a caption in brackets), ending no sentence, with a blank
    line (or the text's start) above it. ``lo``: where the previous unit's text begins (its
    first line is its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or line_start <= lo:
        return start
    above = text.rfind("\n", 0, line_start - 1) + 1
    title = text[above : line_start - 1].strip()
    if (
        (above <= lo and lo > 0)
        or not title
        or len(title) > HEADING_MAX
        or len(title.split()) > TITLE_WORDS
    ):
        return start
    caption = title[:1] in "（(" and title[-1:] in "）)"  # Japanese "（目的）" over "第一条"
    if not (title[0].isupper() or caption) or title.endswith((".", ",", ";", ":")):
        return start
    if _RULE_RE.match(title):
        return start
    if above > 0 and text[: above - 1].rsplit("\n", 1)[-1].strip():
        return start  # the line is the end of a paragraph, not a title of its own
    return above + len(text[above:line_start]) - len(text[above:line_start].lstrip())


_SENTENCE_ENDS = (".", "!", "?", ".)", '."', ".”", ".»")


def lone_title_above(text: str, lo: int, start: int) -> int:
    """Where a title set apart on its own line right above the heading at ``start``
    begins, as Swedish laws print a group of sections' title ("Ansökan", a blank line,
    "5 § Ansökan om bidrag …") and plain copies of treaties a section's ("Final
    provisions" over "Article 3"); ``start`` when none. Left to the unit above, it
    read as the last words of that unit, and a title dropped or reworded showed as a
    change of it. The line must come after a paragraph that ends a sentence, in the
    unit above (``lo``: where its text begins): the unit's only line is its own text
    ("Article 2." over "Repealed"), and a name under a lead-in one of a list.
    Short, opening with a capital, ending no sentence, with blank lines around it."""
    line_start = text.rfind("\n", 0, start) + 1
    if lo <= 0 or line_start <= lo:
        return start
    lines = text[lo:line_start].split("\n")[:-1]
    k = len(lines) - 1
    if k < 0 or lines[k].strip():
        return start  # a title right over its heading is ``title_above``'s
    while k >= 0 and not lines[k].strip():
        k -= 1
    title_at = k
    if k < 1 or lines[k - 1].strip():
        return start  # no blank line above it: the end of a paragraph
    k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    title = lines[title_at].strip()
    if (
        k < 0
        or not lines[k].rstrip().endswith(_SENTENCE_ENDS)
        or len(title) > HEADING_MAX
        or len(title.split()) > LONE_TITLE_WORDS
        or not title[0].isupper()
        or heading_lines(title, 0, len(title)) is None
    ):
        return start
    offset = sum(len(line) + 1 for line in lines[:title_at])
    return lo + offset + len(lines[title_at]) - len(lines[title_at].lstrip())


def block_above(
    text: str,
    lo: int,
    start: int,
    is_division: Callable[[int, str], bool],
    caps: bool = True,
    marked: Collection[int] = (),
) -> int:
    """Where the headings right above ``start`` begin, or ``start`` when none.

    Walking up from ``start`` over at most four short lines that end no sentence
    (the first may be a lead-in of any length that ends in a colon),
    the furthest division line ("Part II", "Глава 2") or, with ``caps``, line in
    capitals over lines in capitals is where they begin; the lines below it are its
    title (text above the heading is not compared as the article's). ``lo`` is where
    the previous unit's text begins: its first line is its own title, never ours.
    A division whose line starts at one of ``marked`` (its source marked it a heading)
    is not counted in the four: a code kept in Markdown sets a part, a book, a title,
    a chapter and a section over one article.
    """
    end = start
    best = start
    seen = 0
    divided = apart = plain = False
    while end > lo and seen < 4:
        line_start = max(lo, text.rfind("\n", lo, end - 1) + 1)
        line = text[line_start:end].rstrip("\n")
        end = line_start
        stripped = line.strip()
        if not stripped:
            apart = divided  # past a division's block: only a wider division may follow
            continue
        division = is_division(line_start, line)
        # Nor a division over a division below another unit: a code prints the headings
        # of a title whose chapters hold no article yet ("Titre II" / "Chapitre Ier" …
        # "Chapitre VII" / "Titre III" over "Article L330-1"), which had trailed the
        # article before as its text.
        if not (division and (line_start in marked or (divided and lo > 0))):
            seen += 1
        if line_start == lo and lo > 0:
            break
        # The lead-in right above the unit ("In pursuit of these aims the members should
        # act on the following principles:") opens the chapter's list under its heading.
        lead_in = seen == 1 and stripped.endswith(":") and len(line) <= _NOTED_LINE_MAX
        too_long = len(line) > _LINE_MAX and not (division and len(line) <= _NOTED_LINE_MAX)
        if (too_long and not lead_in) or (stripped.endswith((".", ";", ",")) and not division):
            break
        in_caps = caps and is_caps(stripped) and heading_lines(stripped, 0, len(stripped))
        if apart and not (division or is_caps(stripped)):
            break  # "附則" over "第一章": the end of a table of contents, not a title
        if division or (in_caps and not plain):
            best = line_start + len(line) - len(line.lstrip())
            divided = divided or division
        elif not in_caps:
            plain = True  # a line in capitals over it is no title: "II" over a table row
    return best


def _cut_at(text: str, seg: Segment, at: int, body: int, label: str) -> tuple[Segment, Segment]:
    """``seg`` cut at ``at``, where a heading (its text from ``body``) begins: an annex
    when the heading opens with an annex's word ("Appendix", "Anlage Nachweis")."""
    stop = at
    while stop > seg.start and text[stop - 1] in " \t\n":
        stop -= 1
    before = Segment(seg.label, seg.kind, seg.start, stop, min(seg.body_start, stop), seg.heading,
                     seg.number, seg.term, seg.parts, seg.division)  # fmt: skip
    kind = SegmentKind.ANNEX if _ANNEX_FIRST_RE.match(label) else SegmentKind.HEADING
    return before, Segment(label, kind, at, seg.end, body, label)


def _indented(text: str, at: int) -> bool:
    """Whether the line holding ``at`` opens with spaces before ``at``."""
    start = text.rfind("\n", 0, at) + 1
    return at > start and not text[start:at].strip()


def _outdented(text: str, seg: Segment, first: int, at: int, body: int) -> bool:
    """A heading set flush left over indented text, where the article's own heading
    is flush left over its indented text (a standard's "Author's Address" after its
    last numbered section)."""
    return (
        not _indented(text, seg.start)
        and _indented(text, first)
        and not _indented(text, at)
        and _indented(text, body)
    )


BACK_AT_MARGIN_AFTER = 2
"""Indented paragraphs of the last article that a heading at the margin must follow."""


def _back_at_margin(text: str, points: Sequence[tuple[int, int]], at: int, body: int) -> bool:
    """A heading at the margin over text at the margin, after the last article's
    points all set in from it ("     a.", "     b."): the end of the article and a
    part of its own (a licence's "Creative Commons Notice" after its § 8)."""
    return (
        len(points) >= BACK_AT_MARGIN_AFTER
        and all(_indented(text, a) for a, _ in points)
        and not _indented(text, at)
        and not _indented(text, body)
    )


_SUB_NUMBER_RE = re.compile(r"(?:[^\W\d_]+\.?\s+)?(\d+)\.\d+\b")


def _numbered_under(heading: str, seg: Segment) -> bool:
    """Whether a heading is numbered as a part of the article ("SECTION 3.1" in
    Article 3): a subsection, not a section of its own after the articles."""
    found = _SUB_NUMBER_RE.match(heading)
    return found is not None and seg.number is not None and int(found[1]) == seg.number


_NUMBERED_TITLE_RE = re.compile(r"[ \t]*(\d{1,4})[.)]?[ \t]+(\S.*)")


def split_at_marked(
    text: str,
    segments: list[Segment],
    marked: Collection[int],
    kind: SegmentKind = SegmentKind.ARTICLE,
) -> list[Segment]:
    """Each article (each segment of ``kind``) cut before every heading its source
    marked at the articles' level inside it: "## 2 Struktur" between "## §1 Navn" and
    "## §3 Økonomi" (its "§" left out) is a unit of its own, not more of § 1. A
    numbered one is an article of that number when no other unit has it."""
    labels = {s.label for s in segments}
    starts = sorted(marked)
    out: list[Segment] = []
    for seg in segments:
        cuts = starts[bisect_right(starts, seg.body_start) : bisect_left(starts, seg.end)]
        # A heading right under the article's own, before any of its text, is its
        # caption ("##### § 2" over "#### Fees"), not a unit that takes its text.
        cuts = [at for at in cuts if text[seg.body_start : at].strip()]
        if seg.kind is not kind or not cuts:
            out.append(seg)
            continue
        pieces: list[Segment] = []
        rest = seg
        for at in reversed(cuts):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            heading = " ".join(text[at:line_end].split())
            rest, tail = _cut_at(text, rest, at, min(line_end + 1, rest.end), heading)
            numbered = _NUMBERED_TITLE_RE.fullmatch(text, at, line_end)
            if numbered and numbered[1] not in labels:
                labels.add(numbered[1])
                tail = Segment(numbered[1], SegmentKind.ARTICLE, tail.start, tail.end,
                               numbered.start(2), numbered[1], int(numbered[1]))  # fmt: skip
            pieces.insert(0, tail)
        out += [rest, *pieces]
    return out


_LETTERED_RE = re.compile(r"(?P<letter>[A-Z])\.(?:\d{1,2}\.)*[ \t]+[A-Z][^.;:\n]{0,80}")
"""An appendix's lettered heading after numbered sections: "A. Voting Procedure",
"A.1. Counting" (the title has no stop: a sentence after "A." is a list item)."""


def _in_letter_order(heading: tuple[int, int, str], found: Sequence[tuple[int, int, str]]) -> bool:
    """A lettered heading counts only in a run of them from "A" ("B" alone after a
    section is more likely an item of a list than an appendix)."""
    m = _LETTERED_RE.fullmatch(heading[2])
    if m is None:
        return True
    letters = [x[1]["letter"] for f in found if (x := (f, _LETTERED_RE.fullmatch(f[2])))[1]]
    if not letters or letters[0] != "A":
        return False
    return all(ord(b) - ord(a) in (0, 1) for a, b in itertools.pairwise(letters))


LIST_INDENT = 2
"""Spaces before each number of a list of sections from which a paragraph set flush
left after the last one is no more of it."""


def _over_points(text: str, lines: list[str], body: int) -> bool:
    """A heading in capitals over points numbered afresh ("AMENDMENTS" / "I. Effect."):
    a part after the last section, which its points are not."""
    if not all(map(is_caps, lines)):
        return False
    mark = read_marker(_first_line(text, body).strip())
    return mark is not None and mark[2][-1] == 1


def _indent(text: str, at: int) -> int:
    line = _first_line(text, text.rfind("\n", 0, at) + 1)
    return len(line) - len(line.lstrip(" \t"))


ONE_PARAGRAPH_ITEMS = 2
"""Conditions of one paragraph each, before the last, from which a paragraph after the
last one's first is no more of it."""


def _list_end(text: str, articles: list[Segment], paragraphs: list[tuple[int, int]]) -> int:
    """Index in ``paragraphs`` (the last section's) where a list of short sections has
    ended, or 0: the first set flush left under sections indented as a list
    ("     4. Modifications…" / "Disclaimer"), or the second where every other
    section is one paragraph ("5. Credit should be given…" / "THIS SOFTWARE IS…"),
    unless it opens with a mark of its own (a point of the condition) or runs on."""
    if len(articles) < 2:
        return 0
    if all(_indent(text, s.start) >= LIST_INDENT for s in articles):
        if any(_flush_left_inside(text, s) for s in articles[:-1]):
            return 0  # "  3. Termination." over its text set flush left: the layout's own
        return next((k for k, (at, _) in enumerate(paragraphs) if k and not _indent(text, at)), 0)
    if len(articles) - 1 < ONE_PARAGRAPH_ITEMS or len(paragraphs) < 2:
        return 0
    if any(len(_first_line(text, s.body_start).split()) < SENTENCE_WORDS for s in articles):
        return 0  # titled sections ("3. RESPONSIBILITY FOR CLAIMS."), not conditions
    if any(_PARAGRAPH_BREAK_RE.search(text, s.start, s.end) for s in articles[:-1]):
        return _titled_part(text, paragraphs)
    at = paragraphs[1][0]
    opening = _first_line(text, at)
    if not opening[:1].isupper() or read_marker(opening) is not None or _indent(text, at):
        return 0
    return 1


SENTENCE_WORDS = 6
"""Fewest words on the first line of a condition written as a sentence after its
number ("5. Credit should be given to…"), as no title runs."""
PART_TITLE_WORDS = 4
"""Most words of a title line alone that ends a list of conditions ("Disclaimer")."""


def _titled_part(text: str, paragraphs: list[tuple[int, int]]) -> int:
    """Index of the first paragraph after the last condition's first that is a short
    title alone on its line over more text ("Disclaimer" over the warranty in
    capitals), or 0. Conditions of several paragraphs ("5. … acknowledgment:", the
    quoted acknowledgment, a note under it) had kept a licence's "Disclaimer" in its
    last condition, while the next version, its conditions one paragraph each, had it
    apart: the disclaimer read as added and the condition as removed."""
    for k in range(1, len(paragraphs) - 1):
        at, end = paragraphs[k]
        lines = heading_lines(text, at, end)
        if (
            lines is not None
            and len(lines) == 1
            and len(lines[0].split()) <= PART_TITLE_WORDS
            and lines[0][:1].isupper()
            and read_marker(lines[0]) is None
        ):
            return k
    return 0


def _first_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def _flush_left_inside(text: str, seg: Segment) -> bool:
    """Whether a paragraph after the first of ``seg`` is set flush left."""
    return any(
        m.start() > seg.start and not _indent(text, m.start())
        for m in PARAGRAPH_RE.finditer(text, seg.body_start, seg.end)
    )


def _after_short_list(text: str, segments: list[Segment], last: int) -> list[Segment]:
    """The last section of a list of short conditions, cut where the list has ended
    (``_list_end``): a heading there ("Disclaimer") opens a section of its own, other
    prose is the closing (a licence's warranty and notice under its conditions)."""
    articles = [s for s in segments if s.kind is SegmentKind.ARTICLE]
    seg = segments[last]
    # A text with no blank lines (a paragraph to each line, as some copies of licences
    # are) is read line by line: its whole last condition is one "paragraph" otherwise.
    piece = PARAGRAPH_RE if _PARAGRAPH_BREAK_RE.search(text, seg.start, seg.end) else _LINE_RE
    paragraphs = [(m.start(), m.end()) for m in piece.finditer(text, seg.body_start, seg.end)]
    k = _list_end(text, articles, paragraphs)
    if not k:
        return segments
    at, end = paragraphs[k]
    lines = heading_lines(text, at, end)
    first = _first_line(text, at).strip()
    if lines and k + 1 < len(paragraphs):
        label = " ".join(" ".join(lines).split())
        rest, tail = _cut_at(text, seg, at, paragraphs[k + 1][0], label)
    elif (
        is_caps(first)
        and heading_lines(first, 0, len(first))
        and not is_caps(text[at + len(first) : end])
    ):
        rest, tail = _cut_at(text, seg, at, text.index("\n", at) + 1, first)  # over its prose
    elif any(s.kind is SegmentKind.CLOSING for s in segments):
        return segments
    else:
        rest, _ = _cut_at(text, seg, at, at, "")
        tail = Segment("closing", SegmentKind.CLOSING, at, seg.end, at)
    return [*segments[:last], rest, tail, *segments[last + 1 :]]


def split_trailing_sections(
    text: str, segments: list[Segment], outdented_only: bool = False
) -> list[Segment]:
    """Cut the last article before each heading in capitals that opens a section of
    prose after it ("FINAL PROVISIONS" and the paragraphs under it); headings its
    source marked ("## Changelog") are cut by ``split_at_marked``. ``outdented_only``:
    only before a heading set flush left over indented text (``_outdented``)."""
    last = max((k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE), default=None)
    if last is None:
        return segments
    if outdented_only:
        cut = _after_short_list(text, segments, last)
        if cut is not segments:
            return cut
    seg = segments[last]
    paragraphs = [
        (m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text, seg.body_start, seg.end)
    ]
    found: list[tuple[int, int, str]] = []
    heading_end = text.find("\n", seg.start)
    first_body = next((a for a, _ in paragraphs if a > heading_end >= 0), seg.body_start)
    for k, (s, e) in enumerate(paragraphs[1:], start=1):
        lines = heading_lines(text, s, e)
        lettered = bool(lines) and _LETTERED_RE.fullmatch(" ".join(lines or ())) is not None
        if outdented_only:
            if lines and k + 1 < len(paragraphs):
                body = paragraphs[k + 1][0]
                if (
                    lettered
                    or _outdented(text, seg, first_body, s, body)
                    or _back_at_margin(text, paragraphs[1:k], s, body)
                    or _over_points(text, lines, body)
                ):
                    found.append((s, body, " ".join(" ".join(lines).split())))
            elif lines is None and k + 1 < len(paragraphs):  # "AMENDMENTS" / "Terms of…"
                first = _first_line(text, s).strip()  # a heading over its prose
                head = heading_lines(first, 0, len(first))
                if head and "\n" in text[s:e] and _over_points(text, head, paragraphs[k + 1][0]):
                    found.append((s, text.index("\n", s) + 1, first))
            continue
        if lines is None:  # a heading in capitals right over its prose
            lines = caps_over_prose(text, s, e)
            if lines is not None:
                found.append((s, text.index("\n", s) + 1, " ".join(lines[0].split())))
            continue
        if k + 1 >= len(paragraphs):
            continue
        body, body_end = paragraphs[k + 1]
        after = text[body:body_end]
        caps = all(map(is_caps, lines or ())) and PROSE_RE.search(after) and not is_caps(after)
        outdented = _outdented(text, seg, first_body, s, body)
        if lines and (caps or outdented or lettered or is_bare_annex(" ".join(lines))):
            found.append((s, body, " ".join(" ".join(lines).split())))
    found = [f for f in found if not _numbered_under(f[2], seg) and _in_letter_order(f, found)]
    if not found:
        return segments
    pieces: list[Segment] = []
    rest = seg
    for at, body, label in reversed(found):
        rest, tail = _cut_at(text, rest, at, body, label)
        pieces.insert(0, tail)
    return [*segments[:last], rest, *pieces, *segments[last + 1 :]]


_TITLED_ANNEX_RE = re.compile(
    rf"[ \t]*{ANNEX_WORD}(?:[ \t]+[A-Z0-9]{{1,4}})?[ \t]*[:.–—-][ \t]+(?P<title>[^\W\d_])"
    rf"[^\n]{{0,{HEADING_MAX}}}"
)
"""An appendix's word and title on a line of their own: "APPENDIX: How to apply the
Apache License to your work." (a stop may end it, unlike a heading of ``heading_lines``)."""


def _titled_annex(paragraph: str) -> bool:
    found = _TITLED_ANNEX_RE.fullmatch(paragraph)
    return found is not None and found["title"].isupper()


def split_titled_annexes(text: str, segments: list[Segment]) -> list[Segment]:
    """Cut the last article, and whatever follows it, before a line that names an
    appendix with its title: the appendix had been read as part of the end of the terms
    above it. Only a line standing as a paragraph of its own counts (a sentence that
    opens with "Annex: …" runs on)."""
    last = max((k for k, s in enumerate(segments) if s.kind is SegmentKind.ARTICLE), default=None)
    if last is None:
        return segments
    out = list(segments[:last])
    for seg in segments[last:]:
        if seg.kind is SegmentKind.ANNEX:
            out.append(seg)
            continue
        found = [
            (m.start(), m.end())
            for m in PARAGRAPH_RE.finditer(text, seg.body_start, seg.end)
            if m.start() > seg.start and _titled_annex(m[0])
        ]
        rest, pieces = seg, list[Segment]()
        for at, end in reversed(found):
            body = next((m.start() for m in PARAGRAPH_RE.finditer(text, end, rest.end)), end)
            rest, tail = _cut_at(text, rest, at, body, " ".join(text[at:end].split()))
            pieces.insert(0, tail)
        out += [rest, *pieces]
    return out


def split_end_matter(text: str, segments: list[Segment], at: int) -> list[Segment]:
    """The unit that holds the appendix heading at ``at`` (``structure.end_matter_at``)
    cut before it: the appendix is a unit of its own. A bylaw's "APPENDIX", a word
    alone, and the list of changes under it had been read as its last clause's text."""
    for k, seg in enumerate(segments):
        if seg.kind is not SegmentKind.ANNEX and seg.body_start <= at < seg.end:
            eol = text.find("\n", at, seg.end)
            line_end = seg.end if eol < 0 else eol
            label = " ".join(text[at:line_end].strip(" \t#*").split())
            nxt = PARAGRAPH_RE.search(text, line_end, seg.end)
            before, annex = _cut_at(text, seg, at, nxt.start() if nxt else seg.end, label)
            return [*segments[:k], before, annex, *segments[k + 1 :]]
    return segments
