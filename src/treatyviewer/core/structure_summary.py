"""What structure a text was cut by, counted once from its final segments.

The JSON ``structure`` sentence and the message bar both read this summary, so
they never disagree (a heading that became the preamble is no heading; a unit
split off as the closing part is no unit).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .bold_titles import bold_title
from .document import Division, Document, Segment, SegmentKind, shown_label
from .document_cache import once_per_document
from .word_chars import has_unspaced


@dataclass(frozen=True)
class StructureSummary:
    """The units found, what numbers them, and what stands around and inside them."""

    term: str
    """The word the units are printed with ("" for article headings, "§" for bare
    numbers, "Section", "Clause" …)."""
    first: str
    last: str
    units: int
    parts_by_level: tuple[tuple[int, int], ...]
    headings: int
    divisions: int
    again: int = 0
    """Units numbered again after the text's own run (an appendix that quotes another
    act's Articles 3 to 7): ``last`` ends the text's own run, not theirs."""

    @property
    def parts(self) -> int:
        return sum(n for _, n in self.parts_by_level)

    @property
    def articles_only(self) -> bool:
        """Plain article headings and nothing else: the common case, worth no notice."""
        return not self.term and not self.parts and not self.divisions


def summarise(
    segments: Sequence[Segment], divisions: Sequence[Division]
) -> StructureSummary | None:
    """The summary of a segmented text, or None when it has no numbered units."""
    units = [s for s in segments if s.kind is SegmentKind.ARTICLE]
    if not units:
        return None
    levels: Counter[int] = Counter(p.level for s in units for p in s.parts)
    headings = sum(1 for s in segments if s.kind is SegmentKind.HEADING)
    # Sections that divide most articles name the units, not an article without any.
    terms = Counter(s.term for s in units)
    own = [s.label for s in units if shown_label(s.label) == s.label]
    return StructureSummary(
        max(terms, key=lambda t: (terms[t], t == units[0].term)), units[0].label,
        own[-1] if own else units[-1].label, len(units), tuple(sorted(levels.items())),
        headings, len(divisions), len(units) - len(own),
    )  # fmt: skip


def summary_of(doc: Document) -> StructureSummary | None:
    """``summarise`` of a document's segments, counted once per document (a long text's
    walk takes a tenth of a second: a window counts it off its GUI thread, see
    ``Comparison.warm``, and the message bar then reads it at once)."""
    return once_per_document(doc, "structure", lambda: summarise(doc.segments, doc.divisions))


_RULE = re.compile(r"[-=_*~]{3,}")
_WORDS = {"": "articles", "§": "numbered sections", "Section": "sections"}
_ENGLISH_TERMS = frozenset(("clause", "rule", "regulation", "amendment", "paragraph", "point"))
"""Unit words that take an English plural; any other word is named as printed ("units
headed “Sección”", not "seccións")."""


def sentence(summary: StructureSummary | None) -> str:
    """The summary in English words, as the JSON ``structure`` field holds it."""
    if summary is None:
        return ""
    term = summary.term
    word = _WORDS.get(term) or (
        f"{term.lower()}s" if term.lower() in _ENGLISH_TERMS else f"units headed “{term}”"
    )
    text = f"numbering found: {summary.units} {word} ({summary.first}–{summary.last})"
    if summary.again:
        text += f", {summary.again} of them numbered again after {summary.last}"
    if summary.parts:
        levels = ", ".join(f"{n} at level {lvl}" for lvl, n in summary.parts_by_level)
        text += f", with numbered paragraphs and points inside them ({levels})"
    if summary.headings:
        plural = "s" if summary.headings > 1 else ""
        text += f"; {summary.headings} unnumbered heading{plural} kept as segments"
    if summary.divisions:
        text += f"; {summary.divisions} divisions above them"
    return text


def unit_title(text: str, seg: Segment) -> str:
    """The title a unit prints on its heading line ("5. Conveying Modified Source
    Versions." gives "Conveying Modified Source Versions"); "" when the heading
    line runs on into the unit's first sentence (GPL-2 "0. This License applies…")."""
    if seg.kind is not SegmentKind.ARTICLE or seg.body_start >= seg.end:
        return ""
    above = text[seg.start : seg.body_start]
    caption = _CAPTION_RE.match(text, seg.body_start, seg.end) or _CAPTION_ABOVE_RE.search(above)
    if caption is not None:  # "제1조(목적) 이 법은…", "（目的）" over "第一条　…"
        return caption["caption"]
    if "\n" in above[len(above.rstrip()) :]:
        return ""  # the heading stands alone; the line below it is the text
    line_end = text.find("\n", seg.body_start, seg.end)
    line_end = seg.end if line_end < 0 else line_end
    title = text[seg.body_start : line_end].strip()
    bold = bold_title(above.rstrip().rsplit("\n", 1)[-1], title)
    if bold is not None:
        return bold
    nxt = text.find("\n", line_end + 1)
    below = text[line_end + 1 : nxt if nxt >= 0 else len(text)].strip()
    own_paragraph = not below or _RULE.fullmatch(below) is not None  # blank or underlined
    if not title or len(title) > 80 or not (own_paragraph or _titles(title, below)):
        return ""
    if any(mark in title for mark in _CLAUSE_MARKS):
        return ""  # "第十条　违反本法第二条规定的，由…": a Chinese article's text, on its line
    if title.endswith((":", "：")) and has_unspaced(title):
        return ""  # "第八条 下列事项只能制定法律:": the lead-in to its list, in either colon
    return title.rstrip(" .:")


_CLAUSE_MARKS = "，。；"
"""Marks of a sentence written in Chinese or Japanese, which no title holds."""


_CAPTION = r"[（(](?P<caption>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^()（）\n]{0,29})[）)]"
_CAPTION_RE = re.compile(_CAPTION)
_CAPTION_ABOVE_RE = re.compile(rf"^[ \t]*{_CAPTION}[ \t]*$", re.MULTILINE)
"""The caption of an article of a Japanese, Chinese or Korean law, in brackets."""

TITLE_WORDS = 10
"""Most words of a title that its text follows on the next line."""


_FIRST_POINT = re.compile(r"(?:1[.)]|\(1\)|\(?a\))[ \t]")
"""The first numbered paragraph of an article ("1. Se crea…", "(1)", "a)"): the line
above it, though it ends with a stop, is the article's title ("Art. 14º Oficina de
comunicación previa de vehículos sanitarios en Galicia.", as Spanish laws print them)."""


def _titles(line: str, below: str) -> bool:
    """A short line that heads the text under it ("§ 5 Zweckbindung" over "(1) Die
    Mittel…", as a Markdown heading reads once its marks are gone), not the first
    line of a sentence that runs on ("This License applies to any program" / "or
    other work…") or a whole sentence."""
    words = line.split()
    if line.endswith((",", ";", ":", "-")) or len(words) > TITLE_WORDS:
        return False
    if line.endswith("."):
        if _ABBREVIATED.search(line):
            return False  # "See Art." / "5 of the Treaty": the line runs on
        if len(words) <= 4 or _title_cased(words):
            # "Confidentiality." over "each party shall…", "Limitation of Liability and
            # Indemnity.": a stop ends the line, which runs on into nothing below it.
            return True
        return _FIRST_POINT.match(below) is not None  # else a sentence
    first = below[:1]
    return first.isupper() or first.isdigit() or first in '(*_[«“"'


_ABBREVIATED = re.compile(
    r"\b(?:Arts?|Nos?|Secs?|Para|Paras|cf|etc|e\.g|i\.e|vs|pp?|ss?|Mr|Ms|Dr|St)\.$", re.IGNORECASE
)
"""A line that ends on an abbreviation's stop, not a sentence's or a title's."""
_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "into", "its", "nor",
    "not", "of", "on", "or", "per", "than", "the", "their", "this", "to", "under", "upon",
    "with", "without",
))  # fmt: skip
"""The words an English title writes in small letters."""


def _title_cased(words: list[str]) -> bool:
    """Every word of a line capitalised but the small words of a title ("Limitation of
    Liability and Indemnity."): a title, however long, not a sentence."""
    letters = ["".join(filter(str.isalpha, w)) for w in words]
    letters = [w for w in letters if w]
    if not letters or not letters[0][0].isupper():
        return False
    return all(w[0].isupper() or w.casefold() in _SMALL_WORDS for w in letters)
