"""Text laid out in pages of lines, made into paragraphs without page furniture.

A PDF's text layer and a plain text saved from one (pages parted by form feeds)
hold positioned lines, not paragraphs. Comparing two printings line by line
would report every reflow as a change, and running headers or page numbers
would show up as text inserted into articles. So the lines that repeat at the
top or bottom of pages and the page numbers go, words hyphenated at line ends
are rejoined, and lines wrapped inside a paragraph are joined again.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Collection
from itertools import pairwise

from ..core.headings import (
    block_start_re,
    division_line_re,
    division_titled_re,
    heading_word_re,
)
from ..core.markers import heading_alone
from ..core.sentence_ends import CONTINUES_SENTENCE_RE, GOES_ON_RE
from ..core.split_headings import rejoined_lines, word_alone
from .page_notes import notes_apart, notes_in_place

# Lines this close to a page edge are candidates for headers and footers.
EDGE_LINES = 3
# A line ending before this share of the usual line width ends its paragraph.
SHORT_LINE_RATIO = 0.75

PAGE_NUMBER_RE = re.compile(
    r"^[\W_]*(?:(?:page|p\.|pp\.|стр\.?|страница|с\.|sayfa|s\.)\s*)?"
    r"\d{1,4}(?:\s*(?:/|of|из|de|sur)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)


BREAK = ""
"""A paragraph break, where a text marks its paragraphs with blank lines."""
SEAM = "\f"
"""Where one page ends and the next begins, among the lines of such a text."""
BREAKS_SHARE = 0.1
"""Blank lines between lines of text, per line of text, from which a paged text is
taken to mark its paragraphs with them (as a standard typed in pages does)."""


def page_lines(page: str, breaks: bool = False) -> list[str]:
    """A page's lines with their spacing evened out; blank lines left out, or with
    ``breaks`` each run of them inside the page kept as one ``BREAK``."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in page.splitlines()]
    if not breaks:
        return [ln for ln in lines if ln]
    return _tidy(lines)


def _tidy(lines: list[str]) -> list[str]:
    """Lines with no ``BREAK`` at either end or twice in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def marks_paragraphs(pages: list[list[str]]) -> bool:
    """Whether pages read with ``breaks`` part their paragraphs by blank lines: then a
    line ending short of the width (a row of a table, a name in a list of authors)
    goes on its paragraph, which only a blank line ends."""
    breaks = sum(1 for lines in pages for ln in lines if not ln)
    return breaks >= BREAKS_SHARE * sum(1 for lines in pages for ln in lines if ln)


_LINE_NUMBER_RE = re.compile(r"(\d{1,2}) (?=\S)")
NUMBERED_SHARE = 0.6
"""Share of a page's lines that must open with their line number (a bill or a
pleading numbers the lines of each page in the margin) for the numbers to go."""
MIN_NUMBERED = 5


def without_line_numbers(pages: list[list[str]]) -> tuple[list[list[str]], int]:
    """Pages without the line numbers of their margin, and how many lines had one.

    The numbers of a page count up from 1 or 2, one per line (blank lines may keep
    theirs), so a list or a heading that opens with a figure ("3 Reports") never
    makes the run: only where most lines of the page are so numbered do they go."""
    cleaned: list[list[str]] = []
    stripped = 0
    for lines in pages:
        found = [(i, _LINE_NUMBER_RE.match(ln)) for i, ln in enumerate(lines)]
        numbered = [(i, int(m.group(1)), m.end()) for i, m in found if m]
        values = [v for _, v, _ in numbered]
        counts_up = all(b > a for a, b in pairwise(values))
        if (
            len(numbered) >= max(MIN_NUMBERED, NUMBERED_SHARE * len(lines))
            and counts_up
            and values[0] <= 2
        ):
            cut = {i: end for i, _, end in numbered}
            lines = [ln[cut[i] :] if i in cut else ln for i, ln in enumerate(lines)]
            stripped += len(numbered)
        cleaned.append(lines)
    return cleaned, stripped


_LEADERS_END_RE = re.compile(r"(?:\.[ \t]?){3,}$")
_LONE_NUMBER_RE = re.compile(r"\d{1,4}")


def with_page_references(lines: list[str]) -> list[str]:
    """A page's lines with the page number of a contents entry put back at the end of
    its dot leaders ("Article 1 Title . . . . 2"), where the text layer set it on a line
    of its own: near the top or foot of the page it would pass for the page's number,
    and the entry, without its number, for an article heading."""
    out: list[str] = []
    for line in lines:
        if out and _LONE_NUMBER_RE.fullmatch(line) and _LEADERS_END_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


ALONE_SHARE = 0.3
"""Share of a page's lines that must be line numbers set on lines of their own (as a
PDF's text layer gives a bill's margin) for them to go."""


def _numbers_on_their_own(lines: list[str]) -> set[int]:
    """The lines of a page that are only a margin's line number, counting up from 1 or
    2 between the lines of text; none when the page is not so numbered."""
    alone = [(i, int(ln)) for i, ln in enumerate(lines) if ln.isdecimal() and len(ln) <= 3]
    # The page's own number may stand alone at its head or foot, out of the run: it is
    # left for the page numbers.
    if len(alone) > 2 and alone[-1][1] <= alone[-2][1] and alone[-1][0] >= len(lines) - EDGE_LINES:
        alone.pop()
    if len(alone) > 2 and alone[0][1] >= alone[1][1] and alone[0][0] < EDGE_LINES:
        alone.pop(0)
    values = [v for _, v in alone]
    if (
        len(alone) >= max(MIN_NUMBERED, ALONE_SHARE * len(lines))
        and values[0] <= 2
        and all(b > a for a, b in pairwise(values))
    ):
        return {i for i, _ in alone}
    return set()


def paragraphs_of(pages: list[list[str]]) -> tuple[str, list[str]]:
    """The pages' text as paragraphs, and what was changed on the way (said to the
    reader). Pages read with their ``BREAK``s are taken to part their paragraphs
    so where, once their running heads and feet are gone, they hold enough of them."""
    # A heading broken over two lines is put together first: its number alone on a line
    # would pass for a page's or a margin's number and go.
    pages = [rejoined_lines(with_page_references(p), (BREAK,), inside=True) for p in pages]
    # Margin numbers on lines of their own go first: near a page's edges they would
    # pass for page numbers, and the rest would no longer count up.
    alone = [_numbers_on_their_own(p) for p in pages]
    pages = [
        [ln for i, ln in enumerate(p) if i not in drop]
        for p, drop in zip(pages, alone, strict=True)
    ]
    pages, headers, numbers = remove_furniture(pages)
    pages, numbered = without_line_numbers(pages)
    pages, notes = notes_apart(pages)
    breaks = marks_paragraphs(pages)
    if not breaks:
        pages = [[line for line in lines if line] for lines in pages]
    numbered += sum(map(len, alone))
    removed = [f"{headers} running header/footer lines"] if headers else []
    removed += [f"{numbers} page numbers"] if numbers else []
    warnings = [f"header/footer lines removed ({', '.join(removed)})"] if removed else []
    if numbered:
        warnings.append(f"line numbers in the margin removed ({numbered} lines)")
    lines, seams = join_pages(pages, breaks)
    if seams:
        warnings.append(
            "1 line printed twice across a page break was kept once"
            if seams == 1
            else f"{seams} lines printed twice across a page break were kept once"
        )
    text, mended = reflow(rejoined_lines(lines, (BREAK, SEAM)), breaks)
    text = notes_in_place(text, notes)
    if notes:
        warnings.append(
            "1 footnote set after the paragraph that cites it"
            if len(notes) == 1
            else f"{len(notes)} footnotes set after the paragraphs that cite them"
        )
    if mended:
        warnings.append(
            "1 word hyphenated at line ends was rejoined"
            if mended == 1
            else f"{mended} words hyphenated at line ends were rejoined"
        )
    return text, warnings


def _edge_positions(lines: list[str]) -> dict[int, str]:
    """Index of each line near a page edge, mapped to where it sits ("t0", "b1", ...).

    Running headers and footers sit at the same place on every page; body text
    that merely repeats a phrase does not, which keeps it from being removed.
    """
    real = [i for i, line in enumerate(lines) if line]  # (a BREAK is no line of the page)
    count = len(real)
    positions = {real[i]: f"t{i}" for i in range(min(EDGE_LINES, count))}
    for back in range(min(EDGE_LINES, count)):
        positions.setdefault(real[count - 1 - back], f"b{back}")
    return positions


def _template(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


_NUMBER_AFTER_RE = re.compile(r"\.?\s*(?:\d|[IVXLCDM]+\b|\(\d)")


def _numbered_heading(line: str) -> bool:
    """An article's heading ("Article 5", "Section IV"), never taken for a running
    header however often the page opens with one; a running head that only opens with
    such a word ("Regulation on harbour safety") is not one."""
    m = heading_word_re().match(line)
    return m is not None and _NUMBER_AFTER_RE.match(line, m.end()) is not None


def _part_of(line: str, heads: Collection[str]) -> bool:
    """A running head printed in part: its right or left half alone, as a page that the
    typesetter set apart (the last one, say) prints it."""
    return len(line) >= PART_MIN and any(
        head != line and (head.endswith(f" {line}") or head.startswith(f"{line} "))
        for head in heads
    )


PART_MIN = 8
"""Least length of a running head's half that is removed as the head."""


_LONE_NUMBER_RE = re.compile(r"[ \t]*(\d{1,4})\.?[ \t]*")


def _article_numbers(pages: list[list[str]]) -> set[tuple[int, int]]:
    """Lone numbers at a page's edge that are an article's, not the page's: under an
    article's word alone ("Статья" / "146." at a page's foot, or "Article" closing one
    page and "574." opening the next under its running head), and out of step with
    the other lone numbers at the edges (page numbers count up with the pages)."""
    lone: list[tuple[int, int, int]] = []
    for page, lines in enumerate(pages):
        for i in _edge_positions(lines):
            if m := _LONE_NUMBER_RE.fullmatch(lines[i]):
                lone.append((page, i, int(m[1])))
    steps = Counter(value - page for page, _, value in lone)
    kept: set[tuple[int, int]] = set()
    for page, i, value in lone:
        if steps[value - page] > 1:
            continue  # a page number: another page's counts on from it
        above = [ln for ln in pages[page][:i] if ln.strip()]
        if page > 0 and len(above) <= EDGE_LINES - 1 and not (above and word_alone(above[-1])):
            # (a running head above the number, or none: the word closed the page before,
            # over that page's foot)
            above = [ln for ln in pages[page - 1] if ln.strip()]
            while above and len(above) > 1 and PAGE_NUMBER_RE.match(above[-1]):
                above.pop()
        if above and word_alone(above[-1]):
            kept.add((page, i))
    return kept


def remove_furniture(pages: list[list[str]]) -> tuple[list[list[str]], int, int]:
    """Pages without running headers/footers and page numbers, and how many went.

    A header or footer is a line at the same edge position on at least half the
    pages (and at least two), either word for word or up to its numbers
    ("Page 3", "Treaty — 4"); lines that look like article headings never count.
    A lone page number at an edge goes even on a one-page document.
    """
    needed = max(2, (len(pages) + 1) // 2)
    exact: Counter[tuple[str, str]] = Counter()
    numbered: Counter[tuple[str, str]] = Counter()
    for page, lines in enumerate(pages):
        # Keyed by position on every page, and on the pages of one side: a journal
        # sets one running head on its left-hand pages and another on its right.
        for i, where in _edge_positions(lines).items():
            for key in (where, f"{where}{'ab'[page % 2]}"):
                exact[key, lines[i]] += 1
                if re.search(r"\d", lines[i]):
                    numbered[key, _template(lines[i])] += 1
    sides = (len(pages) + 1) // 2, len(pages) // 2
    needed_on = {"a": max(2, (sides[0] + 1) // 2), "b": max(2, (sides[1] + 1) // 2)}

    def often(key: str, n: int) -> bool:
        return n >= needed_on.get(key[-1], needed)

    # A line that also occurs away from the page edges is body text, however often
    # it repeats: running headers and footers never do.
    body_lines: set[str] = set()
    for lines in pages:
        edges = _edge_positions(lines)
        for i, line in enumerate(lines):
            if i not in edges and line:
                body_lines.add(line)
                body_lines.add(_template(line))
    repeated = {key for key, n in exact.items() if often(key[0], n) and key[1] not in body_lines}
    templates = {
        key for key, n in numbered.items() if often(key[0], n) and key[1] not in body_lines
    }
    heads: dict[str, set[str]] = {}
    for key, line in repeated:
        heads.setdefault(key, set()).add(line)
    headers = numbers = 0
    cleaned: list[list[str]] = []
    kept = _article_numbers(pages)
    for page, lines in enumerate(pages):
        drop: set[int] = set()
        for i, where in _edge_positions(lines).items():
            line = lines[i]
            side = f"{where}{'ab'[page % 2]}"
            if (page, i) in kept:
                continue
            if PAGE_NUMBER_RE.match(line) and "§" not in line:  # "§ 4" heads a section
                drop.add(i)
                numbers += 1
            elif _numbered_heading(line):
                continue
            elif any(
                (key, line) in repeated
                or (key, _template(line)) in templates
                or _part_of(line, heads.get(key, ()))
                for key in (where, side)
            ):
                drop.add(i)
                headers += 1
        cleaned.append(_tidy([ln for i, ln in enumerate(lines) if i not in drop]))
    return cleaned, headers, numbers


def join_pages(pages: list[list[str]], breaks: bool = False) -> tuple[list[str], int]:
    """All lines in order; a line repeated at the foot of one page and the head of
    the next (Qt prints a line that straddles the break on both pages) is kept once.
    With ``breaks``, a ``SEAM`` stands between two pages.
    """
    lines: list[str] = []
    seams = 0
    for page in pages:
        if lines and page and page[0] == lines[-1]:
            page = page[1:]
            seams += 1
        if breaks and lines and page:
            lines.append(SEAM)
        lines.extend(page)
    return lines, seams


_PARAGRAPH_NUMBER_RE = re.compile(r"\(\d{1,3}[a-z]?\)[ \t]+\S")
_SENTENCE_END_RE = re.compile(r"[.;:!?][\"”’)]*\s*$")
_OPEN_FORMULA_RE = re.compile(r"(?:^|\s)[/=+|&]\s*$")
"""A line that ends on an operator ("  "," / "." /"), as a grammar or a formula set out
over lines does: the next line goes on with it, however short this one is."""


_NUMBER_OPENS_RE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+\S")
"""A line that opens with a number (a point's, or a date's day wrapped onto it)."""
_LETTER_ITEM_RE = re.compile(r"[ \t]*(?:[a-zа-я]|[ivx]{1,4}|[A-ZА-Я])\.[ \t]+\S")
"""A point lettered with a stop ("b.  “DRO” shall refer to…", "ii. …", "A. En el
aspecto gremial:"), as LaTeX and word processors set lists."""
_AND_OR_END_RE = re.compile(
    r"(?:[;,]|^)[ \t]*(?i:and|or|und|oder|et|ou|y|o|e|и|или|ve|veya)[ \t]*$"
)
"""A line that ends a list's point with "and" or "or" ("…campaign resources; and"),
which may stand on a line alone."""


def _next_point(previous: str, line: str) -> bool:
    """The next lettered point of a list, after the end of the one before it (a stop, a
    colon, a semicolon, "; and"): it had run on in that point's paragraph
    ("…Returning Officer; b. “DRO” shall…")."""
    return bool(_LETTER_ITEM_RE.match(line)) and bool(
        _SENTENCE_END_RE.search(previous) or _AND_OR_END_RE.search(previous)
    )


def _continues(previous: str, line: str) -> bool:
    """A cross-reference wrapped onto a new line ("... laid down in" / "Article 5.",
    "…para este caso en el" / "artículo 89.": a heading word in lower case goes on a
    sentence that has not ended)."""
    if _NUMBER_OPENS_RE.match(line):  # "spätestens am" / "14. Tag nach Bekanntmachung"
        return bool(GOES_ON_RE.search(previous))
    if not heading_word_re().match(line):
        return False
    if CONTINUES_SENTENCE_RE.search(previous):
        return True
    return line.lstrip()[:1].islower() and not _SENTENCE_END_RE.search(previous)


_COMPOUND_RE = re.compile(r"\w+-\w+")
_LAST_WORD_RE = re.compile(r"\w+-$")
_FIRST_WORD_RE = re.compile(r"\w+")


HYPHENATED_PREFIXES = frozenset({"self", "quasi"})
"""Words that join the next with a hyphen wherever they stand ("self-government",
"quasi-judicial"): broken after them at a line's end, the hyphen stays."""


def _compound(line: str, nxt: str) -> str:
    """The word broken at the end of ``line``, with its hyphen ("non-governmental")."""
    head = _LAST_WORD_RE.search(line)
    tail = _FIRST_WORD_RE.match(nxt)
    return f"{head.group(0)}{tail.group(0)}".casefold() if head and tail else ""


def words_of(lines: list[str]) -> set[str]:
    """Every word of the lines, in lower case."""
    return {w.casefold() for ln in lines for w in _WORD_RE.findall(ln)}


_WORD_RE = re.compile(r"[^\W\d_]+")


def _capitals_split(compound: str, compounds: set[str], known: Callable[[], set[str]]) -> bool:
    """A word broken at a line's end before a capital ("LIMITA-" / "TION"), no compound
    the text writes so, whose whole ("limitation") the text writes elsewhere: a word in
    capitals split, not two joined ("Russo-" / "Turkish"). ``known`` gives the text's
    words (read once, if asked)."""
    head, _, tail = compound.partition("-")
    if not (head and tail) or compound in compounds:
        return False
    return head + tail in known()


def _joins_hyphenated(line: str, nxt: str) -> bool:
    return bool(re.search(r"\w[-\u00ad]$", line)) and nxt[:1].isalpha()


def _is_heading_line(line: str) -> bool:
    """A short line such as "Article 4", "II." or "Annex 1" that stands alone (not one
    that ends on a word a sentence goes on from: "1. Anfertigung der Stimmzettel
    sowie der" runs on in a narrow column)."""
    return _short(line) and _opens_block(line) and not GOES_ON_RE.search(line)


def _short(line: str) -> bool:
    return len(line.split()) <= 6 and len(line) < 60


_GOES_ON_IN_CAPITALS = frozenset(("OF", "AND", "OR", "NOR", "THAN", "BY"))
"""Words that open no sentence and no title, but go on one: a line of capitals that
opens with one continues the line above."""


def _capitals_go_on(previous: str, line: str) -> bool:
    """A disclaimer set in capitals, wrapped in a narrow column: "…EVEN IF" / "SUCH
    PARTY SHALL HAVE BEEN INFORMED" / "OF THE POSSIBILITY OF SUCH DAMAGES." had been
    three paragraphs, the middle one read as a heading."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return (
        previous.isupper()
        and line.isupper()
        and first in _GOES_ON_IN_CAPITALS
        and not _SENTENCE_END_RE.search(previous)
    )


def _caps_title(line: str) -> bool:
    """A title set in capitals on a line of its own ("GNU GENERAL PUBLIC LICENSE" over
    "TERMS AND CONDITIONS…"): two words or more, letters only (a row of a table, an
    identifier such as "DH_RSA", or a lone name as "RSA" is none)."""
    words = line.split()
    return (
        len(words) >= 2 and line.isupper() and all(w.strip(",.:;-–—()'").isalpha() for w in words)
    )


_DESIGNATOR_RE = re.compile(
    r"\.?\s*(?:\d|[IVXLCDM]+\b|[A-Z]\b|(?i:no\b|nr\b|№|premier\b|unique\b))"
)


def _opens_block(line: str) -> bool:
    """A line that opens a block of its own (``block_start_re``); a heading word opens
    one only with its number after it, or in capitals on a line as short as a heading:
    "Protocol Specification as published by Netscape…" and "appendix, which the
    reader…" go on a sentence."""
    if not block_start_re().match(line):
        return False
    word = heading_word_re().match(line)
    if word is None or _DESIGNATOR_RE.match(line, word.end()):
        return True
    return line.lstrip()[:1].isupper() and _short(line)


def _ends_paragraph(line: str, width: int) -> bool:
    if _is_heading_line(line) or division_line_re().match(line) or not width:
        return True
    return len(line) < SHORT_LINE_RATIO * width


def reflow(lines: list[str], breaks: bool = False) -> tuple[str, int]:
    """Lines rejoined into paragraphs, and how many hyphenated words were mended.

    A line starts a new paragraph when it opens a block (a heading, a numbered
    point, a bullet) or when the line before it stopped well short of the usual
    width. Otherwise it continues the previous line. With ``breaks`` (the text
    marks its paragraphs with blank lines, each a ``BREAK``), a short line ends its
    paragraph only at a page's foot (a ``SEAM``) where it ends a sentence, or as a
    heading or a title in capitals does.
    """
    long_lines = [len(ln) for ln in lines if len(ln) > 20]
    width = statistics.median_high(long_lines) if long_lines else 0
    # Compounds the text writes with a hyphen inside a line ("non-governmental"): broken
    # at a line's end they keep it, where a word split there ("recog-nise") does not.
    compounds = {w.casefold() for ln in lines if "-" in ln for w in _COMPOUND_RE.findall(ln)}
    paragraphs: list[str] = []
    current = previous = ""
    mended = 0
    seen: list[set[str]] = []

    def known_words() -> set[str]:
        if not seen:
            seen.append(words_of(lines))
        return seen[0]

    at_seam = False
    for k, line in enumerate(lines):
        if line in (BREAK, SEAM):
            if line == BREAK and current:
                paragraphs.append(current)
                current = ""
            at_seam = line == SEAM
            continue
        if not current:
            current = previous = line
            continue
        # At a page's foot, a line of such a text ends its paragraph where it ends a
        # sentence ("…based on the SSL 3.0" / "Protocol Specification" goes on).
        seam_ends = at_seam and _SENTENCE_END_RE.search(previous) is not None
        by_width = not breaks or seam_ends or _is_heading_line(previous) or _caps_title(previous)
        # A title alone at the head of a page ("B. Glossary" under "} Parameters;")
        titled = at_seam and lines[k + 1 : k + 2] in ([], [BREAK]) and heading_alone(line)
        at_seam = False
        if (
            (
                (_opens_block(line) or division_line_re().match(line))
                and not _continues(previous, line)
            )
            or titled
            or _next_point(previous, line)
            or (
                _SENTENCE_END_RE.search(previous)
                and (division_titled_re().match(line) or _PARAGRAPH_NUMBER_RE.match(line))
            )
        ):
            # A chapter's heading at the top of a page; a numbered paragraph "(3) …" after
            # a finished sentence, also when the line before it ran the full width.
            paragraphs.append(current)
            current = line
        elif _joins_hyphenated(previous, line):
            mended += 1
            # "recog-" + "nise": a split word; "Russo-" + "Turkish": a real hyphen.
            compound = _compound(previous, line)
            keep = (
                "-"
                if previous.endswith("-")
                and (
                    not line[:1].islower()
                    or compound in compounds
                    or compound.partition("-")[0] in HYPHENATED_PREFIXES
                )
                and not _capitals_split(compound, compounds, known_words)
                else ""
            )
            current = current[:-1] + keep + line
        elif (
            by_width
            and _ends_paragraph(previous, width)
            and not (
                (CONTINUES_SENTENCE_RE.search(previous) or _OPEN_FORMULA_RE.search(previous))
                and not _is_heading_line(previous)
            )
            and not _capitals_go_on(previous, line)
        ):
            paragraphs.append(current)
            current = line
        else:
            current = f"{current} {line}"
        previous = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs), mended
