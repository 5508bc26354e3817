"""Which numbering really structures a text, decided by evidence.

A mark counts only where it fits a sequence: the units count up ("0.", "1.",
"2." …), the points inside a unit count up from their first value under each
parent ("(a)", "(b)"), and "3.1" sits under unit 3. A sentence that happens to
start with "7." in the middle of prose, or a list inside one article, fits no
sequence of units and so never cuts the document. The widest numbered level
that repeats becomes the unit of alignment; headings above it ("Part II",
"Chapter 3") are divisions, levels below it are parts of each unit.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cmp_to_key
from itertools import pairwise

from .document import Division, Part
from .headings import ANNEX_PLURALS, ANNEX_WORD, ARTICLE_WORD, alternation
from .markers import (
    LETTER_HEADING,
    LETTER_TERM,
    RANK_SECTION_WORD,
    Marker,
    designator_value_of,
    find_markers,
    with_reading,
    without_note,
)

# How far a unit's number may jump (repealed or omitted units leave gaps).
MAX_GAP_WORDS = 3
# Bare numbers may skip one (a missing or misprinted number), at a lower credit.
MAX_GAP_BARE = 2
GAP_CREDIT = 0.5
# What a mark that reads like a list item ("3. keep records;") weighs as a unit.
WEAK_CREDIT = 0.25
# Bare numbers ("1.") need a longer run than headed ones ("Section 1") to count.
MIN_BARE_UNITS = 3
MIN_HEADED_UNITS = 2
_FIRST_VALUES = (0, 1)
# Between two runs of bare numbers as long as each other, the one whose marks follow a
# lead-in ("…provides that:") is the list: a preamble's points before the numbered terms.
LEAD_IN_DOUBT = 0.01
SENTENCE_DOUBT = 0.005
"""Between two bare marks of one number, the one whose line goes on in a sentence
("3. Extensibility: Programmers should…", an item of a list of goals) weighs a little
less than one that heads its text alone ("3. Goals of this document")."""


def _doubt(m: Marker, headed: bool) -> float:
    if headed:
        return 0.0
    return (LEAD_IN_DOUBT if m.lead_in else 0.0) + (0.0 if m.standalone else SENTENCE_DOUBT)


@dataclass(frozen=True)
class Structure:
    """Units (the unit of alignment), annexes and divisions found in a text."""

    units: tuple[Marker, ...]
    annexes: tuple[Marker, ...]
    divisions: tuple[Division, ...]
    division_of: tuple[int | None, ...]
    """For each unit, the index of its innermost division."""
    unit_style: str = ""
    markers: tuple[Marker, ...] = ()
    """Every numbering mark of the text, in order (parts are found among them)."""
    contents: range = range(0)
    """Where a table of contents whose entries read as units stands (they were left out)."""


def _base(marker: Marker) -> int:
    return marker.values[0]


def _credit(m: Marker, headed: bool) -> float:
    """How much one mark weighs as evidence of a unit: a bare number that reads
    like a list item ("3. keep records;", unless its line heads a body of prose) or
    does not open a paragraph (a title line right above it), or a headed one that opens a sentence ("Section 2 lays
    out…"), counts, but little."""
    lower = m.title[:1].islower() and not m.over_body
    if not headed and (lower or not m.para_start or m.item_below):
        return WEAK_CREDIT
    if headed and (m.title[:1].islower() or _CITATION_RE.match(m.title)):
        return WEAK_CREDIT  # "Section 2 lays out the general description…": a sentence
    return 1.0


_CITED_PART = (
    r"(?:Absatz|Abs\.|Unterabsatz|Satz|Buchstabe|Nummer|Nr\.|paragraph|para\.|alinéa"
    r"|lit\.|Ziffer)\s*\d"
)
_CITATION_RE = re.compile(rf"{_CITED_PART}|[,;)]", re.IGNORECASE)
_CITES_PART_RE = re.compile(_CITED_PART, re.IGNORECASE)
"""What follows a unit's number where a sentence cites a part of it ("Artikel 5
Absatz 1 der Verordnung…", "Article 12, paragraph 2"), which a heading never holds
(German capitalises "Absatz", so the lower-case test alone misses it)."""


def _links(m: Marker, headed: bool) -> tuple[tuple[int, float], ...]:
    """(step back in value, credit factor) by which a mark may continue a run."""
    if headed:
        return ((1, 1.0), (0, 1.0), *((g, 1.0) for g in range(2, MAX_GAP_WORDS + 1)))
    # "2A." continues "2." (a mark of the same number and label never does).
    return ((1, 1.0), (0, 1.0), *((g, GAP_CREDIT) for g in range(2, MAX_GAP_BARE + 1)))


def _opens_prose(m: Marker) -> bool:
    """Whether a heading's text runs on from it as a sentence opening in a capital,
    as a section does that a paragraph of its own begins (a citation goes on in lower
    case or names a part: "§ 22 Abs. 2 gilt …")."""
    title = m.title
    return title[:1].isupper() and not m.lead_in and not _CITATION_RE.match(title)


def _opens_hundred(value: int) -> bool:
    """Units numbered by their division ("Sec. 101" opens Title I, "Sec. 201" Title
    II, "Section 1001" Title X of a bill) go on a run from any lower number."""
    return value > 100 and value % 100 == 1


def _chain(markers: list[Marker], headed: bool) -> list[Marker]:
    """The run that counts up with the most evidence, in one pass.

    Every mark continues the best run so far that ends one number below it (or a
    few below: a repealed unit leaves a gap; "12 bis" may repeat 12; a headed unit
    numbered 101, 201 … opens the next division's hundred). A mark that
    looks like a list item joins a run at a small credit, so one deviant heading
    does not cut a long sequence, while a list inside a unit never outweighs the
    units around it. Linear in the number of marks.
    """
    usable = [
        m for m in markers if m.para_start or not headed or (m.standalone and not m.mid_sentence)
    ]
    score: list[float] = []
    back: list[int] = []
    best_at: dict[int, int] = {}  # value -> index of the best run ending there
    best = -1  # the best run so far, whatever its value
    for k, m in enumerate(usable):
        credit = _credit(m, headed) - _doubt(m, headed)
        # A run may begin anywhere (an extract, a first mark not found), at less credit.
        top = credit if headed or m.value in _FIRST_VALUES else credit * GAP_CREDIT
        prev = -1
        for step, factor in _links(m, headed):
            j = best_at.get(_base(m) - step)
            if j is None or (step == 0 and usable[j].label == m.label):
                continue
            if score[j] + credit * factor > top:
                top, prev = score[j] + credit * factor, j
        opens = headed and _opens_hundred(_base(m)) and best >= 0
        if opens and _base(usable[best]) < _base(m) and score[best] + credit > top:
            top, prev = score[best] + credit, best
        # A list numbered from 1 again under a title of its own ("Guidelines") is a
        # second series of units, as a charter's guidelines follow its articles.
        again = not headed and m.after_title and m.value in _FIRST_VALUES and best >= 0
        if again and _base(usable[best]) >= 2 and score[best] + credit > top:
            top, prev = score[best] + credit, best
        # A heading on a line of its own may jump further: a consolidated text leaves
        # out the sections repealed since ("§ 3" then "§ 7"); so may one that opens
        # a paragraph with its sentence ("§ 22. Ansøgeren skal …" after "§ 18.").
        far = headed and m.para_start and best >= 0 and (m.standalone or _opens_prose(m))
        if far and _base(usable[best]) < _base(m) and score[best] + credit * GAP_CREDIT > top:
            top, prev = score[best] + credit * GAP_CREDIT, best
        score.append(top)
        back.append(prev)
        if top > 0 and (_base(m) not in best_at or top > score[best_at[_base(m)]]):
            best_at[_base(m)] = k
        if top > 0 and (best < 0 or top > score[best]):
            best = k
    strong = [k for k, m in enumerate(usable) if score[k] > 0 and _credit(m, headed) == 1.0]
    if not strong:
        return []
    k = max(strong, key=lambda i: (score[i], -i))
    run: list[Marker] = []
    while k >= 0:
        run.append(usable[k])
        k = back[k]
    return run[::-1]


SERIES_LEAST = 3
"""Units a series numbered from 1 again must hold to be read as one (fewer may be a
heading quoted in a unit's text)."""


def _with_series(chain: list[Marker], marks: list[Marker]) -> list[Marker]:
    """The run, and after it each further series of units numbered from 1 again
    ("Section 1" to "Section 30", then "Section 1" once more: an act printed with
    its schedules numbered alike, or one text pasted in twice). The run alone left
    every later series inside its last unit, 5 MB of text in "Section 30", unsaid.
    Each stretch from one heading "1" to the next is read on its own: linear."""
    if not chain:
        return chain
    after = [m for m in marks if m.start > chain[-1].start]
    ones = [k for k, m in enumerate(after) if _base(m) == 1 and m.standalone and m.para_start]
    ends = [*ones[1:], len(after)] if ones else []
    out = list(chain)
    for a, b in zip(ones, ends, strict=True):
        run = _chain(after[a:b], True)
        if len(run) < SERIES_LEAST or run[0] is not after[a]:
            break
        out += run
    return out


def _unit_candidates(markers: list[Marker]) -> dict[str, list[Marker]]:
    by_style: dict[str, list[Marker]] = defaultdict(list)
    for m in markers:
        if m.style.startswith("word:") and _CITES_PART_RE.match(m.title):
            continue  # "§ 8 Abs. 2 Satz 4 entsprechend.": a sentence's citation, never a unit
        if len(m.values) == 1 and not m.style.startswith(("div:", "annex", "word:point")):
            by_style[m.style].append(m)
            if m.alt is not None and m.alt[0] == LETTER_HEADING:  # "C." is C or 100
                by_style[LETTER_HEADING].append(replace(with_reading(m, *m.alt), term=LETTER_TERM))
    return by_style


def _letters_restart(marks: list[Marker]) -> bool:
    """Lettered headings that begin again at "A." head points inside something wider
    (1. … A. B. / 2. … A. B.), never the units themselves."""
    return sum(1 for m in marks if m.value == 1) > 1


def _division_markers(markers: list[Marker]) -> list[Marker]:
    """Division headings on lines of their own; not a running head ("VOL. 58, NO. 3",
    or "VOL. 58" alone, over each page of a journal): one that goes on after a comma,
    or that repeats the division heading right before it."""
    out: list[Marker] = []
    for m in markers:
        if not (m.style.startswith("div:") and m.standalone and m.para_start):
            continue
        if m.title.startswith((",", ";")):
            continue
        if out and out[-1].style == m.style and out[-1].values == m.values:
            continue  # (chapter 3 of Part II after chapter III of Part I is a chapter)
        out.append(m)
    return out


def _numbered_in_depth(chain: list[Marker], markers: list[Marker]) -> bool:
    """Two or more bare numbers ("1.", "2.") that each hold clauses numbered under
    them ("1.1", "2.1") are units, as three would be: the short contract's clauses."""
    if len(chain) < MIN_HEADED_UNITS or not chain[0].style.startswith("num"):
        return False
    held: dict[int, list[int]] = defaultdict(list)  # number -> where its clauses start
    for c in markers:
        if len(c.values) == 2 and c.para_start:
            held[c.values[0]].append(c.start)
    ends = [m.start for m in chain[1:]] + [math.inf]
    # Each number's clauses follow it: "1." and "2." listed in an appendix after
    # sections "1.0" to "2.3" hold none of them.
    return all(
        m.para_start and _any_between(held.get(m.value, []), m.start, end)
        for m, end in zip(chain, ends, strict=True)
    )


def _any_between(starts: list[int], low: int, high: float) -> bool:
    """Whether one of the ascending ``starts`` lies strictly between ``low`` and ``high``."""
    k = bisect_right(starts, low)
    return k < len(starts) and starts[k] < high


def _holds_decimal_clauses(chain: list[Marker], markers: list[Marker]) -> bool:
    """Clauses numbered under the run's numbers ("2.1", "2.2" under "2 Label content"),
    as a standard numbers them: read as such (``clause_headings``), not as parts."""
    values = {m.value for m in chain}
    return any(len(m.values) == 2 and m.values[0] in values and m.para_start for m in markers)


def _heading_run(chain: list[Marker], marks: list[Marker], markers: list[Marker]) -> list[Marker]:
    """The run of bare numbers that head sections ("2.  Lexical Analysis", over "2.1."
    and "2.2."), when the longest run is a list of sentences elsewhere ("1.  Period
    allowed in obsolete form." … "29. …" in an appendix of a standard); else []."""
    titled = [m for m in marks if m.standalone and m.title and m.para_start]
    if 2 * sum(1 for m in chain if m.standalone) > len(chain):
        return []  # the longest run is headings already
    run = _chain(titled, False)
    held = {m.values[0] for m in markers if len(m.values) == 2 and m.para_start}
    if len(run) < MIN_BARE_UNITS or 2 * sum(1 for m in run if m.value in held) < len(run):
        return []
    return run


def _titled_before_annexes(chain: list[Marker], markers: list[Marker]) -> bool:
    """Two numbered sections, each titled on a line of its own ("1. Scope", "2.
    Format"), ahead of appendices ("Appendix A. Sample"): a short memo's structure,
    not a list (a list of two does not come before the annexes)."""
    if len(chain) != MIN_HEADED_UNITS or chain[0].value not in _FIRST_VALUES:
        return False
    if not all(m.standalone and m.title and m.para_start for m in chain):
        return False
    return any(m.style == "annex" and m.start > chain[-1].start for m in markers)


def _points_after_units(style: str, chain: list[Marker], by_style: dict[str, list[Marker]]) -> bool:
    """Roman points ("I.", "II.", "III.") that all come after a longer run of numbered
    sections ("1." … "5.") are the points of a part after them (a licence's
    "AMENDMENTS"), not its units, though a roman number is otherwise the wider level;
    so are lettered headings there ("A.  Protocol constant values"), a standard's
    appendices, however many of them there are."""
    if style not in ("roman.", LETTER_HEADING) or not chain:
        return False
    for other, marks in by_style.items():
        if other.startswith("num"):
            run = _chain(marks, False)
            strong = sum(1 for m in run if _credit(m, False) == 1.0)
            if (
                strong >= MIN_BARE_UNITS
                and (len(run) > len(chain) or style == LETTER_HEADING)
                and run[-1].start < chain[0].start
            ):
                return True
    return False


def _list_at_the_end(chain: list[Marker], markers: list[Marker], end_matter: int) -> bool:
    """Bare numbers ("1.", "2.", "3.") that all stand in a text's end matter (past
    ``end_matter``, ``end_matter_at``), or after every clause of a text numbered in
    depth ("1.1.", "1.1.1.") that has many more of those: a list, as the change log
    an appendix ends a bylaw with, never the units. Read as units, a bylaw with three
    changes logged was cut by them and its version with one change by its clauses,
    and nothing of the two paired."""
    if not chain or not chain[0].style.startswith("num") or len(chain[0].values) != 1:
        return False
    first = chain[0].start
    if 0 <= end_matter < first:
        return True
    clauses = [m.start for m in markers if len(m.values) > 1 and m.para_start]
    return bool(clauses) and clauses[-1] < first and len(clauses) > CLAUSES_OVER_LIST * len(chain)


CLAUSES_OVER_LIST = 2
"""How many times as many clauses numbered in depth as a list after them holds items
tell it for a list (``_list_at_the_end``)."""

_END_MATTER_RE = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+|\*\*)?(?:{ANNEX_WORD}|(?i:{alternation(ANNEX_PLURALS)}))"
    r"(?:[ \t]+[A-Z0-9]{1,4})?(?:[ \t]*[.:\u2013\u2014-][^\n]{0,80})?[ \t*]*$",
    re.MULTILINE,
)
"""A line that heads an appendix ("APPENDIX", "## Annex B", "Appendix 1: Changes")."""


def end_matter_at(text: str) -> int:
    """Where a text's appendices begin (-1 if none): the first appendix heading in
    the text's second half, after a longer body; what stands past it is end matter,
    not the text's units. (A short letter over the agreement it annexes keeps its
    annex's numbers as units; an appendix named in a table of contents up front is no
    appendix's heading.)"""
    found = _END_MATTER_RE.search(text, len(text.rstrip()) // 2)
    return -1 if found is None else found.start()


def choose_units(
    markers: list[Marker], fewest_bare: int = MIN_BARE_UNITS, prefer: str = "", end_matter: int = -1
) -> tuple[str, list[Marker]]:
    """The style that numbers the units and its counting-up run ("" when none).

    Articles beat sections (a section above articles is a division); headed
    styles beat bare numbers; among bare numbers the widest level wins, unless
    they are a list at the text's end (``_list_at_the_end``).
    ``fewest_bare``: how many bare numbers make a run of units; ``prefer``: a style
    taken first where it makes such a run (the numbering of another version);
    ``end_matter``: where the text's appendices begin (``end_matter_at``).
    """
    by_style = _unit_candidates(markers)
    if prefer in by_style:
        headed = prefer.startswith("word:")
        chain = _chain(by_style[prefer], headed)
        strong = sum(1 for m in chain if _credit(m, False) == 1.0)
        if strong >= fewest_bare and not _list_at_the_end(chain, markers, end_matter):
            return prefer, _with_series(chain, by_style[prefer]) if headed else chain
    ranked = sorted(by_style, key=lambda s: (by_style[s][0].rank, s))
    fallback: tuple[str, list[Marker]] | None = None
    runs: dict[str, tuple[list[Marker], int]] = {}

    divisions = _division_markers(markers)
    wider = [m.start for m in divisions]

    def run_of(style: str) -> tuple[list[Marker], int]:
        """The style's counting-up run and its strong marks, worked out once."""
        if style not in runs:
            headed = style.startswith("word:")
            chain = _chain(by_style[style], headed)
            if not headed:
                chain = _heading_run(chain, by_style[style], markers) or chain
                # sections numbered from 1 again in each volume or part of a standard
                each = _run_in_each(by_style[style], wider) if wider else []
                chain = each if len(each) > len(chain) else chain
            runs[style] = chain, sum(1 for m in chain if _credit(m, headed) == 1.0)
        return runs[style]

    for style in ranked:
        headed = style.startswith("word:")
        chain, strong = run_of(style)
        if not headed and chain and chain[0].value not in _FIRST_VALUES:
            # "501" to "504", reply codes in a standard whose sections run 1 to 10: a
            # shorter run that starts far from 1 numbers no units where one from 1 does
            from_one = (
                run_of(other)
                for other in by_style
                if other != style and not other.startswith("word:")
            )
            if any(run and run[0].value in _FIRST_VALUES and n > strong for run, n in from_one):
                continue
        if headed and chain and chain[0].value not in _FIRST_VALUES:
            # "Article 25", "Article 34" where a hard wrap began lines with citations,
            # in a text of "1." to "200.": a few marks from far off against a run from 1
            # many times as long are no units
            others = (run_of(other) for other in by_style if other != style)
            if any(
                run and run[0].value in _FIRST_VALUES and n > UNITS_PER_CITED * strong
                for run, n in others
            ):
                continue
        if fallback is None and not headed and _titled_before_annexes(chain, markers):
            fallback = (style, chain)
        if strong >= (MIN_HEADED_UNITS if headed else fewest_bare) or _numbered_in_depth(
            chain, markers
        ):
            if style == "word:section" and _articles_over_sections(chain, by_style):
                continue
            if style == "num title" and _holds_decimal_clauses(chain, markers):
                continue  # "2 Label content" over "2.1 Sender": the clauses are the units
            if style == LETTER_HEADING and _letters_restart(by_style[style]):
                continue
            if _points_after_units(style, chain, by_style):
                continue
            if _list_at_the_end(chain, markers, end_matter):
                continue
            return style, _with_series(chain, by_style[style]) if headed else chain
    if fallback is not None:
        return fallback
    if divisions:
        narrowest = max(divisions, key=lambda m: m.rank)
        marks = [m for m in divisions if m.style == narrowest.style]
        above = [m.start for m in divisions if m.rank < narrowest.rank]
        run = _run_in_each(marks, above) or _chain(marks, True)
        if len(run) >= MIN_HEADED_UNITS:
            return narrowest.style, run
    return "", []


def _articles_over_sections(sections: list[Marker], by_style: dict[str, list[Marker]]) -> bool:
    """Whether a run of articles numbers the text rather than its sections. Two
    articles that start nowhere near 1 beside many sections are citations a hard wrap
    set at the start of a line ("…der Frist\nArtikel 14 des Übereinkommens…" in a
    law of "§ 1" to "§ 56"), not its units."""
    articles = _chain(by_style.get("word:article", []), True)
    if len(articles) < MIN_HEADED_UNITS:
        return False
    cited = articles[0].value not in _FIRST_VALUES
    return not (cited and len(articles) * UNITS_PER_CITED < len(sections))


UNITS_PER_CITED = 4
"""How many units of a run from 1 against each mark of a headed run not from 1 make
that run's marks citations."""


def _run_in_each(marks: list[Marker], wider: list[int]) -> list[Marker]:
    """The runs of the units of each wider division, where each numbers them from 1
    again (a novel in three volumes, "CHAPTER I." opening each): one run over the whole
    text had taken the first volume's chapters and the second's last two, and left the
    rest of the book inside them."""
    groups: list[list[Marker]] = [[] for _ in range(len(wider) + 1)]
    for m in marks:
        groups[bisect_right(wider, m.start)].append(m)
    held = [g for g in groups if g]
    if len(held) < 2 or any(_base(g[0]) != 1 for g in held):
        return []
    return [m for g in held for m in _chain(g, True)]


def _title_below(text: str, m: Marker) -> str:
    """A division's title on the line under its heading ("Part I" / "General rules"),
    or in the paragraph under it, as a word processor sets each line apart; not a line
    that ends as a sentence or opens a list ("London:" under "VOL. I." is its imprint),
    nor an article's heading ("Chapitre unique" over "Article L521-1" has no title)."""
    start = m.line_end + 1
    if text.startswith("\n", start):
        start += 1
    nxt = text.find("\n", start)
    line = text[start : nxt if nxt >= 0 else len(text)].strip()
    if (
        line
        and len(line) <= 80
        and not line.endswith((".", ";", ",", ":"))
        and not find_markers(line)
        and not _ARTICLE_HEADING_RE.match(line)
    ):
        return line
    return ""


_ARTICLE_HEADING_RE = re.compile(rf"{ARTICLE_WORD}\.?[ \t]+\S*\d")
"""An article's word and a number ("Article L521-1", "Art. 3", "Статья 5")."""


def _section_divisions(markers: list[Marker]) -> list[Marker]:
    """Sections on lines of their own that head articles, as French codes divide
    them. Where most marks of the word open a sentence ("§ 1º Os Estados podem…", as
    Brazilian articles number their paragraphs), the word numbers paragraphs, and one
    of them alone on its line ("§ 2º (Revogado)") is a paragraph struck out."""
    by_term: dict[str, list[Marker]] = {}
    for m in markers:
        if m.style == "word:section" and len(m.values) == 1 and m.para_start:
            by_term.setdefault(m.term, []).append(m)
    found = []
    for marks in by_term.values():
        alone = [m for m in marks if m.standalone]
        if 2 * len(alone) > len(marks):
            found += alone
    return found


def divisions_above(
    text: str,
    markers: list[Marker],
    unit_starts: list[int],
    unit_rank: float,
    unit_style: str = "",
) -> tuple[tuple[Division, ...], tuple[int | None, ...]]:
    """Division headings above the units and the innermost one holding each unit."""
    found = [m for m in _division_markers(markers) if m.style != unit_style and m.rank < unit_rank]
    if unit_rank > RANK_SECTION_WORD:
        found += _section_divisions(markers)
    found = sorted((m for m in found if not _cites(text, m)), key=lambda m: m.start)
    levels = _nested_ranks(found, unit_starts)
    divisions: list[Division] = []
    open_at: dict[int, int] = {}
    for m in found:
        level = levels.index(m.rank)
        parent = next((open_at[k] for k in range(level - 1, -1, -1) if k in open_at), None)
        for k in [k for k in open_at if k >= level]:
            del open_at[k]
        open_at[level] = len(divisions)
        title = without_note(m.title).strip(" .:-–—") or _title_below(text, m)
        divisions.append(Division(m.term, m.label, title, level, m.start, parent))
    owner: list[int | None] = []
    k = -1
    for start in unit_starts:
        while k + 1 < len(divisions) and divisions[k + 1].start < start:
            k += 1
        owner.append(k if k >= 0 else None)
    return tuple(divisions), tuple(owner)


def _nested_ranks(found: list[Marker], unit_starts: list[int]) -> list[float]:
    """The divisions' ranks from the widest down, as the text nests them: a heading
    right over another, no unit between, is the wider. A French code sets "Deuxième
    partie" over "Livre IV", where the words' usual order puts a book above a part
    (each part had been shown under the book before it). Where the text says nothing
    either way, the words' ranks decide."""
    starts = sorted(unit_starts)
    over: Counter[tuple[float, float]] = Counter()
    for upper, lower in pairwise(found):
        if upper.rank != lower.rank and bisect_right(starts, upper.start) == bisect_left(
            starts, lower.start
        ):
            over[upper.rank, lower.rank] += 1

    def order(a: float, b: float) -> int:
        said = over[a, b] - over[b, a]
        return -said if said else (a > b) - (a < b)

    return sorted({m.rank for m in found}, key=cmp_to_key(order))


def _lettered_appendices(markers: list[Marker], after: int) -> list[Marker]:
    """Lettered headings on lines of their own after the numbered sections, counting
    up from A ("A.  Protocol constant values", "B.  Glossary"), as an older standard
    heads its appendices without the word: three or more (two may head a list)."""
    letters = _unit_candidates(markers).get(LETTER_HEADING, [])
    run = _chain([m for m in letters if m.start > after and m.standalone], False)
    if len(run) < MIN_BARE_UNITS or run[0].value != 1:
        return []
    # Numbered as an appendix headed by the word is ("Appendix C" counts by 100, as a
    # roman number): else the same appendix under both headings read as renumbered.
    return [
        replace(
            m, style="annex", term="Appendix", values=(designator_value_of(m.label) or m.value,)
        )
        for m in run
    ]


def _cites(text: str, marker: Marker) -> bool:
    """ "Appendix A lists examples of messages. These…", "Section 2 lays out the
    general description…": a sentence that opens with an appendix's or a division's
    name and a verb cites it; "Annex 2 to the Treaty" heads it. The sentence is told
    by what follows the name in lower case: more than a heading's line holds, or a
    line that runs on into the next, as wrapped prose does."""
    if not marker.title[:1].islower() or not _bare(text, marker):
        return False
    runs_on = text[marker.line_end + 1 : marker.line_end + 2] not in ("", "\n")
    return not marker.standalone or (runs_on and len(marker.title) >= WRAPPED_TITLE)


def _bare(text: str, marker: Marker) -> bool:
    """No stop or dash between the name and what follows ("Anlage M - gilt nur…" heads)."""
    return text[marker.start : marker.body_start].rstrip().endswith(marker.label)


WRAPPED_TITLE = 40
"""Characters after an appendix's name from which a line that runs on is prose."""


def find_structure(text: str, fewest_bare: int = MIN_BARE_UNITS, prefer: str = "") -> Structure:
    """Units, annexes and divisions of a whole text (``fewest_bare`` and ``prefer`` as
    for ``choose_units``)."""
    markers = find_markers(text)
    style, units = choose_units(markers, fewest_bare, prefer, end_matter_at(text))
    annexes = [
        m
        for m in markers
        if m.style == "annex" and m.para_start and m.start > 0 and not _cites(text, m)
    ]
    if units:
        annexes = [a for a in annexes if a.start > units[0].start]
        if style.startswith("num") and not annexes:
            annexes = _lettered_appendices(markers, units[-1].start)
    unit_rank = units[0].rank if units else 9.0
    divisions, owner = divisions_above(text, markers, [u.start for u in units], unit_rank, style)
    return Structure(tuple(units), tuple(annexes), divisions, owner, style, tuple(markers))


# -- parts inside a unit -------------------------------------------------------------


@dataclass
class _Open:
    style: str
    rank: float
    indent: int
    last: Marker
    index: int


def _fits(m: Marker, level: _Open, text: str = "") -> bool:
    if m.style != level.style or m.values[:-1] != level.last.values[:-1]:
        return False
    if m.value == level.last.value + 1 or _skips_unused_letters(level.last, m):
        return True
    # "(2) … ends. (3) The Parliament…" / "(4) …": a paragraph run on into the one
    # before it, its mark inside that paragraph's text, does not end the list.
    if m.value == level.last.value + 2 and m.style == "(num)" and text:
        return f"({level.last.value + 1}) " in text[level.last.start : m.start]
    return False


UNUSED_LETTERS = frozenset("jkwxy")
"""Latin letters an alphabet may leave out of a lettered list: Italian letters its
points "i) l) m)" and "v) z)", without j, k, w, x and y. (Cyrillic lists already
count only the letters they use.)"""


def _skips_unused_letters(last: Marker, m: Marker) -> bool:
    """ "l)" after "i)": the next letter of an alphabet without the letters between."""
    if not m.style.lower().endswith("letter") or not (last.label + m.label).isascii():
        return False
    between = range(last.value + 1, m.value)
    return len(between) > 0 and all(chr(ord("a") + v - 1) in UNUSED_LETTERS for v in between)


def _starts(m: Marker, unit_values: tuple[int, ...]) -> bool:
    if m.value not in _FIRST_VALUES:
        return False
    if len(m.values) > 1:
        return bool(unit_values) and m.values[0] == unit_values[0]
    return True


def _readings(m: Marker) -> list[Marker]:
    out = [m]
    if m.alt is not None:
        out.append(with_reading(m, *m.alt))
    return out


def _place(
    m: Marker, stack: list[_Open], unit_values: tuple[int, ...], text: str = ""
) -> tuple[Marker, int] | None:
    """Where a mark fits: continuing an open level (depth), or opening a new one."""
    for reading in _readings(m):
        for depth in range(len(stack) - 1, -1, -1):
            if _fits(reading, stack[depth], text):
                return reading, depth
    for reading in _readings(m):
        if _starts(reading, unit_values):
            depth = len(stack)
            while (
                depth > 0
                and not _deeper(stack[depth - 1].last, reading)
                and (
                    stack[depth - 1].style == reading.style
                    or (
                        stack[depth - 1].rank >= reading.rank
                        and stack[depth - 1].indent >= m.indent
                        and not _sub_numbered(stack[depth - 1].last, reading)
                        and not _led_in_under(m, depth, stack)
                    )
                )
            ):
                depth -= 1
            return reading, depth
    return None


def _led_in_under(m: Marker, depth: int, stack: list[_Open]) -> bool:
    """A list begun under a line that ends in a colon is a list of the paragraph open
    above it, whatever its numbering: German laws set "1.", "2." under "(2) … folgenden
    Leistungen zusteht:", where an English text would have its "1." outside "(a)"."""
    return m.lead_in and depth == len(stack)


def _deeper(open_mark: Marker, new: Marker) -> bool:
    """ "Section 5.5.1" after "Section 5.5": numbered under it, though headed alike."""
    return (
        len(new.values) > len(open_mark.values)
        and new.values[: len(open_mark.values)] == open_mark.values
    )


def _dotted_section(m: Marker) -> bool:
    """ "Section 2.03" under "ARTICLE II": a part its numbers place in the article."""
    return m.style == "word:section" and len(m.values) > 1


def _sub_numbered(open_mark: Marker, new: Marker) -> bool:
    """A list ("1.", "(a)") begins inside a sub-numbered paragraph ("5.1"), which
    its numbers place in the unit: the list is under it, never beside it."""
    return len(open_mark.values) > 1 and len(new.values) == 1


def _heads_its_text(m: Marker) -> bool:
    """A sub-numbered heading ("5.3.2 DISTRIBUTION…") whose text follows set
    further left, as headings often are indented and their paragraphs not."""
    return len(m.values) > 1 and m.standalone


def _dedent_end(text: str, start: int, end: int, indent: int) -> int:
    """Where a point's text stops: at a paragraph set further left than its mark."""
    if indent == 0:
        return end
    for para in re.finditer(r"\n[ \t]*\n([ \t]*)(?=\S)", text[start:end]):
        if len(para.group(1).expandtabs(4)) < indent:
            return start + para.start()
    return end


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def markers_between(markers: list[Marker], starts: list[int], start: int, end: int) -> list[Marker]:
    """The marks of a text (found once, ``starts`` their offsets) inside one unit."""
    return markers[bisect_left(starts, start) : bisect_left(starts, end)]


def find_parts(
    text: str,
    start: int,
    end: int,
    unit_values: tuple[int, ...] = (),
    skip: int = -1,
    markers: list[Marker] | None = None,
) -> tuple[Part, ...]:
    """Numbered paragraphs and points between ``start`` and ``end`` (a unit's body).

    ``skip`` is the offset of the unit's own mark, which is not a part of itself;
    ``markers`` are the unit's marks when the whole text was scanned already.
    """
    stack: list[_Open] = []
    placed: list[tuple[Marker, int, int | None]] = []
    for m in find_markers(text, start, end) if markers is None else markers:
        if m.start == skip or (
            m.style.startswith(("div:", "annex", "word:")) and not _dotted_section(m)
        ):
            continue
        if not m.para_start and m.start != start:
            continue
        spot = _place(m, stack, unit_values, text)
        if spot is None:
            continue
        reading, depth = spot
        del stack[depth:]
        parent = stack[-1].index if stack else None
        stack.append(_Open(reading.style, reading.rank, m.indent, reading, len(placed)))
        placed.append((reading, depth + 1, parent))
    stops = []
    for k, (m, level, _parent) in enumerate(placed):
        stop = next(
            (placed[n][0].start for n in range(k + 1, len(placed)) if placed[n][1] <= level), end
        )
        if not _heads_its_text(m):
            stop = _dedent_end(text, m.start, stop, m.indent)
        stops.append(_trim(text, m.start, stop))
    _end_last_points(text, placed, stops)
    return tuple(
        Part(m.label, _key(m, parent, placed), level, m.start, stop, m.body_start, parent)
        for (m, level, parent), stop in zip(placed, stops, strict=True)
    )


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _end_last_points(
    text: str, placed: list[tuple[Marker, int, int | None]], stops: list[int]
) -> None:
    """The last point of a list whose points are a paragraph each ends with its own
    paragraph: the paragraphs below it are the unit's again ("s) tutela dell'ambiente…."
    over "Spetta alle Regioni…", which no mark opens), not the point's, else two lists
    that each end an article were matched by the paragraphs that follow them."""
    lists: dict[tuple[int | None, str], list[int]] = {}
    for k, (m, _level, parent) in enumerate(placed):
        lists.setdefault((parent, m.style), []).append(k)
    has_children = {parent for _m, _level, parent in placed if parent is not None}
    for points in lists.values():
        k = points[-1]
        if len(points) < 2 or k in has_children:
            continue
        if any(_PARAGRAPH_BREAK.search(text, placed[n][0].start, stops[n]) for n in points[:-1]):
            continue
        cut = _PARAGRAPH_BREAK.search(text, placed[k][0].start, stops[k])
        if cut is not None:
            stops[k] = _trim(text, placed[k][0].start, cut.start())


def _key(m: Marker, parent: int | None, placed: list[tuple[Marker, int, int | None]]) -> str:
    """How a reader cites the part within its unit, its own mark as printed:
    "2.1", "2.1(a)", "(a)(iii)", "b)", "5.1 2."."""
    if len(m.values) > 1:  # "2.1", "Section 2.03": the numbers say it all
        return m.label
    if m.style.startswith("("):
        own = f"({m.label})"
    elif m.style.startswith(")"):
        own = f"{m.label})"
    else:  # a bare number: "2" alone, as printed under another part ("2." / "2)")
        own = m.label if parent is None else m.label + (")" if m.style == "num)" else ".")
    if parent is None:
        return own
    up = _key(placed[parent][0], placed[parent][2], placed)
    return up + own if own.startswith("(") else f"{up} {own}"
