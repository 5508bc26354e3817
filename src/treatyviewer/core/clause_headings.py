"""Units of texts headed by titles rather than by articles.

Three styles are read here, for texts with no article headings and no numbered
sections: standards whose clauses are numbered in depth with a title on the same
line ("4 Record structure", "4.2.1 Identifier"), short contracts whose every
clause is numbered in depth, with no clause "1." above "1.1" ("1.1 The Landlord
is ..."), and Markdown documents whose units are headings ("## Termination"). A clause that holds clauses below it is a
division; the clauses that hold none are the units compared. Markdown units are
the headings of the level most used, named by their text; deeper headings stay
inside them.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .document import Division, Segment, SegmentKind
from .headings import ANNEX_WORD
from .plain_cuts import line_end, trim_end

_CLAUSE_RE = re.compile(
    r"^[ \t]{0,3}(?P<num>\d{1,3}(?:\.\d{1,3}){0,5})[ \t]+(?P<title>[A-Z][^\n]{0,79})$",
    re.MULTILINE,
)
_DECIMAL_RE = re.compile(r"^[ \t]{0,3}(?P<num>\d{1,3}(?:\.\d{1,3}){1,5})\.?[ \t]+\S", re.MULTILINE)
_BLOCK_RE = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
"""A paragraph: lines up to the next blank line."""
_TITLE_LINE_RE = re.compile(r"[A-Z\u00c0-\u024f\u0400-\u042f][^\n]{0,79}")
TITLE_WORDS = 8
"""Most words in a clause title; a longer line is a sentence that starts with a figure."""
_ANNEX_LINE_RE = re.compile(
    rf"^[ \t]{{0,3}}(?P<name>(?:{ANNEX_WORD})[ \t]+[A-Z0-9]{{1,3}}\b|Bibliography)[^\n]{{0,60}}$",
    re.MULTILINE,
)
"""An annex of a standard ("Annex A", "Annex B (informative)") or its bibliography,
heading a line of its own."""
MIN_HEADINGS = 3
CLAUSE_TERM = "Clause"


def _is_title(title: str, most_words: int = TITLE_WORDS) -> bool:
    return title[-1] not in ".,;:" and len(title.split()) <= most_words


def unique_names(labels: list[str]) -> list[str]:
    counts: Counter[str] = Counter()
    out = []
    for label in labels:
        counts[label] += 1
        out.append(label if counts[label] == 1 else f"{label}#{counts[label]}")
    return out


def _preamble(text: str, first: int) -> list[Segment]:
    pre_end = trim_end(text, 0, first)
    if not text[:pre_end].strip():
        return []
    pre_start = len(text) - len(text.lstrip())
    return [Segment("preamble", SegmentKind.PREAMBLE, pre_start, pre_end, pre_start)]


def clause_segments(text: str) -> tuple[list[Segment], tuple[Division, ...]] | None:
    """Segments and divisions of a text headed by numbered clause titles, or None
    when it has too few of them or none numbered in depth."""
    found = [m for m in _CLAUSE_RE.finditer(text) if _is_title(m["title"].rstrip())]
    if len(found) < MIN_HEADINGS or not any("." in m["num"] for m in found):
        return None
    nums = [m["num"] for m in found]
    parents = {num.rpartition(".")[0] for num in nums if "." in num}
    divisions: list[Division] = []
    division_at: dict[str, int] = {}
    units: list[tuple[int, int | None]] = []
    """Index into ``found`` of each unit, with its division."""
    for k, m in enumerate(found):
        num = m["num"]
        line_end = m.end()
        nxt = found[k + 1].start() if k + 1 < len(found) else len(text)
        holds_text = bool(text[line_end:nxt].strip())
        parent = division_at.get(num.rpartition(".")[0]) if "." in num else None
        if num in parents and not holds_text:
            division_at[num] = len(divisions)
            divisions.append(
                Division(CLAUSE_TERM, num, m["title"].strip(), num.count("."), m.start(), parent)
            )
        else:
            units.append((k, parent))
    if not units:
        return None
    segments = _preamble(text, found[0].start())
    annexes = [a for a in _ANNEX_LINE_RE.finditer(text) if a.start() > found[0].start()]
    first_annex = annexes[0].start() if annexes else len(text)
    units = [(k, parent) for k, parent in units if found[k].start() < first_annex]
    labels = unique_names([found[k]["num"] for k, _ in units])
    for (k, parent), label in zip(units, labels, strict=True):
        m = found[k]
        nxt = found[k + 1].start() if k + 1 < len(found) else len(text)
        end = trim_end(text, m.start(), min(nxt, first_annex))
        body = min(m.end() + 1, end)
        heading = f"{m['num']} {m['title'].strip()}"
        segments.append(
            Segment(label, SegmentKind.ARTICLE, m.start(), end, body, heading, None,
                    CLAUSE_TERM, (), parent)
        )  # fmt: skip
    # A standard's annexes ("Annex A (normative)") and its bibliography follow its
    # clauses as units of their own, however their own clauses are numbered ("A.1").
    names = unique_names([" ".join(a.group("name").split()) for a in annexes])
    for k, (a, name) in enumerate(zip(annexes, names, strict=True)):
        end = trim_end(
            text, a.start(), annexes[k + 1].start() if k + 1 < len(annexes) else len(text)
        )
        line_end = text.find("\n", a.start(), end)
        body = end if line_end < 0 else line_end + 1
        segments.append(Segment(name, SegmentKind.ANNEX, a.start(), end, body, a.group(0).strip()))
    return segments, tuple(divisions)


def outdented_segments(text: str) -> list[Segment] | None:
    """Segments of a plain text whose titles stand on lines of their own, set out to
    the left of the paragraphs they head ("Code lay-out" over "  Indentation" over
    text indented by four, as a PEP of 2001 prints them), each named by its title; a
    title with no text before the next one opens the section below it. None unless
    three or more titles do so."""
    blocks = [m.span() for m in _BLOCK_RE.finditer(text)]

    def indent(start: int) -> int:
        return start - (text.rfind("\n", 0, start) + 1)

    def title_like(start: int, end: int) -> bool:
        line = text[start:end].rstrip()
        return (
            "\n" not in line
            and _TITLE_LINE_RE.fullmatch(line) is not None
            and _is_title(line, OUTDENTED_TITLE_WORDS)
            and line.rsplit(None, 1)[-1].casefold() not in _LEADS_ON
        )

    heading = {
        start
        for (start, end), (after, _) in pairwise(blocks)
        if title_like(start, end) and indent(after) >= indent(start) + OUTDENT
    }
    # "Code lay-out" over "  Indentation": a title over a title set further in
    titles = sorted({*heading, *(
        start for (start, end), (after, _) in pairwise(blocks)
        if after in heading and indent(after) > indent(start) and title_like(start, end)
    )})  # fmt: skip
    if len(titles) < MIN_HEADINGS:
        return None
    segments = _preamble(text, titles[0])
    # A title over nothing but the next title opens that next one's section.
    heads = [at for k, at in enumerate(titles) if k + 1 == len(titles) or
             text[text.find("\n", at) : titles[k + 1]].strip()]  # fmt: skip
    # Each section opens at the first title after the one before it had its text.
    place = {at: k for k, at in enumerate(titles)}
    starts = [titles[0], *(titles[place[at] + 1] for at in heads[:-1])]
    names = [text[at : text.find("\n", at)].strip() for at in heads]
    for k, (at, label) in enumerate(zip(heads, unique_names(names), strict=True)):
        end = trim_end(text, starts[k], starts[k + 1] if k + 1 < len(heads) else len(text))
        body_at = min(text.find("\n", at) + 1, end)
        segments.append(Segment(label, SegmentKind.HEADING, starts[k], end, body_at, names[k]))
    return segments


OUTDENT = 2
"""Fewest spaces by which a title stands out to the left of the text it heads."""
OUTDENTED_TITLE_WORDS = 12
"""Most words of such a title: set out to the left, a longer title than a paragraph's
first line may carry stands out ("A Foolish Consistency is the Hobgoblin of Little
Minds")."""
_LEADS_ON = frozenset(
    ("a", "an", "the", "as", "of", "to", "for", "with", "in", "on", "by", "and", "or", "than",
     "like", "that", "this", "is", "are", "be")
)  # fmt: skip
"""Last words of a line that leads on to what is set below it ("Always write this as"
over an example), never of a title."""


def decimal_segments(text: str) -> list[Segment] | None:
    """Segments of a text whose clauses open lines numbered in depth ("1.1", "2.3")
    counting up through the whole text; None unless at least three do and each
    number is past the one before (figures that open a line do not count up so)."""
    found = list(_DECIMAL_RE.finditer(text))
    if len(found) < MIN_HEADINGS:
        return None
    keys = [tuple(int(n) for n in m["num"].split(".")) for m in found]
    if any(later <= earlier for earlier, later in pairwise(keys)):
        return None
    segments = _preamble(text, found[0].start())
    lines = [text[m.start() : line_end(text, m.start())] for m in found]
    rows = sum(" | " in line for line in lines) >= _ROW_SHARE * len(lines)
    between: list[tuple[int, int]] = []
    for k, m in enumerate(found):
        nxt = found[k + 1].start() if k + 1 < len(found) else len(text)
        end = trim_end(text, m.start(), nxt)
        cut = text.find("\n\n", m.start(), end) if rows and " | " in lines[k] else -1
        if cut >= 0:  # a table's row, and what follows the table's last one (_ROW_SHARE)
            between.append((_past_blank_lines(text, cut), end))
            end = cut
        body = min(m.end() - 1, end)
        segments.append(
            Segment(m["num"], SegmentKind.ARTICLE, m.start(), end, body, m["num"], None,
                    CLAUSE_TERM)
        )  # fmt: skip
    if between:
        segments = sorted(segments + _headed_passages(text, between), key=lambda g: g.start)
    return segments


_ROW_SHARE = 0.8
"""Share of the clauses that must be rows of a table ("2.6.3 | Verify that … | ✓ | 310"),
as a standard lists its requirements, for a row to be a clause alone: what follows the
last row of a table (the next chapter's heading and its prose, the table's references)
is then a passage of its own. Read as the last row's text, it had paired that row with
the row before another chapter's prose in the next version, at full confidence."""


def _past_blank_lines(text: str, at: int) -> int:
    """Where the text goes on after the blank lines at ``at``."""
    while at < len(text) and text[at] == "\n":
        at += 1
    return at


def _headed_passages(text: str, spans: list[tuple[int, int]]) -> list[Segment]:
    """The passages after the tables' last rows, each named by its first line."""
    names = [" ".join(text[s : min(line_end(text, s), e)].split())[:80] for s, e in spans]
    return [
        Segment(label, SegmentKind.HEADING, s, e, s, name)
        for (s, e), name, label in zip(spans, names, unique_names(names), strict=True)
        if s < e
    ]


def titled_segments(text: str, lone_titles: bool = False) -> list[Segment] | None:
    """Segments of a text whose paragraphs open with a title line ("Termination"
    above its text, as a Markdown heading reads once its marks are gone), each named
    by its title; None unless at least three and most paragraphs are so titled.
    ``lone_titles``: a title alone in its paragraph, over another titled one, heads
    a unit too (with no text of its own), as the other version, which gave it text,
    is cut."""
    blocks = [m.span() for m in _BLOCK_RE.finditer(text)]

    def opens_with_title(start: int, end: int) -> bool:
        line_end = text.find("\n", start, end)
        if line_end == -1:
            if not lone_titles:
                return False
            line_end = end
        return bool(_TITLE_LINE_RE.fullmatch(text, start, line_end)) and _is_title(
            text[start:line_end].rstrip()
        )

    found = [opens_with_title(start, end) for start, end in blocks]
    titled = [  # a lone title only over a titled paragraph: else it is one line of text
        (start, end)
        for k, (start, end) in enumerate(blocks)
        if found[k]
        and (text.find("\n", start, end) != -1 or (k + 1 < len(blocks) and found[k + 1]))
    ]
    if len(titled) < MIN_HEADINGS or 2 * len(titled) < len(blocks) - 1:
        return None
    segments = _preamble(text, titled[0][0])
    names = [text[start : text.find("\n", start)].strip() for start, _ in titled]
    for k, ((start, _), label) in enumerate(zip(titled, unique_names(names), strict=True)):
        nxt = titled[k + 1][0] if k + 1 < len(titled) else len(text)
        end = trim_end(text, start, nxt)
        body = min(text.find("\n", start) + 1, end)  # a title with no text after it
        segments.append(Segment(label, SegmentKind.HEADING, start, end, body, names[k]))
    return segments
