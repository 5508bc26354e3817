"""The text model: a normalised document cut into labelled segments.

Everything downstream (alignment, diffs, annotations, exports) addresses text by
character offsets into ``Document.text``, which is NFC-normalised with ``\\n``
line ends, so offsets mean the same thing in every consumer.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from pathlib import PurePosixPath

from .numerals import CJK_DIGITS
from .provisions import names_itself
from .replacing import replaced
from .sentence_ends import GOES_ON_RE
from .split_headings import rejoined_headings

RANGE_WORDS = r"und|bis|and|to|[-–]"
"""The words between two numbers of one heading over a range ("§§ 2 und 3", "5 to 7")."""
RANGE_HEADING_RE = re.compile(
    rf"(?P<first>\d{{1,4}})\w*(?:[ \t]+(?P<word>{RANGE_WORDS})[ \t]+|(?P<dash>–))"
    r"(?P<to>\d{1,4})\w*\.?$",
    re.IGNORECASE,
)
"""A heading that ends in a range ("§ 2 und 3", Polish "Art. 2–4."): the range's words
(none for a bare en dash) and last number."""


class SegmentKind(StrEnum):
    PREAMBLE = "preamble"
    ARTICLE = "article"
    ANNEX = "annex"
    CLOSING = "closing"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    """An unnumbered heading ("NO WARRANTY") with the text under it."""


@dataclass(frozen=True, slots=True)
class Part:
    """A numbered paragraph or point inside a unit ("2.1", "(a)"), as printed.

    ``key`` names it within its unit the way a reader cites it ("2.1(a)");
    ``level`` is 1 for the first level below the unit; ``parent`` indexes the
    enclosing part in the unit's ``parts`` (None at level 1). Offsets are absolute.
    """

    label: str
    key: str
    level: int
    start: int
    end: int
    body_start: int
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class Division:
    """A heading above the units ("Part II", "Chapter 3"); ``parent`` indexes the
    enclosing division in ``Document.divisions``."""

    term: str
    label: str
    title: str
    level: int
    start: int
    parent: int | None = None

    @property
    def name(self) -> str:
        return f"{self.term} {self.label}" if self.term else self.label  # "第一章" alone


def shown_label(label: str) -> str:
    """A label as a reader sees it: the repeat of a heading that a text prints more
    than once is labelled "8#2" to keep labels unique; shown as "8 (2nd)"."""
    name, mark, count = label.rpartition("#")
    if not mark or not count.isdecimal() or not name:
        return label
    n = int(count)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{name} ({n}{suffix})"


_CJK_LABEL = frozenset(CJK_DIGITS + "の之")


@dataclass(frozen=True, slots=True)
class Segment:
    """One article (or preamble, annex, closing part, paragraph) of a document.

    ``start``/``end`` span the whole segment including its heading;
    ``body_start`` is where the text after the heading begins. All three are
    absolute offsets into the document text.
    """

    label: str
    kind: SegmentKind
    start: int
    end: int
    body_start: int
    heading: str = ""
    number: int | None = None
    term: str = ""
    """The heading word as a reader names the unit ("§", "Section", "Clause");
    empty for articles."""
    parts: tuple[Part, ...] = ()
    division: int | None = None
    """Index of the innermost division ("Chapter 3") this unit stands in."""

    @property
    def body_offset(self) -> int:
        """Offset of the body relative to the segment start."""
        return self.body_start - self.start

    @property
    def reference(self) -> str:
        """The label a reader can tell apart: "4", "IV", "Annex 1", "preamble"."""
        if self.kind is SegmentKind.ANNEX and not (
            self.label.startswith("Annex") or names_itself(self.label)
        ):
            return f"{self.term or 'Annex'} {self.label}"  # "Protocol 1" as printed
        return self.label

    @property
    def named_as_printed(self) -> bool:
        """An article of a Chinese or Japanese law, numbered in characters: named as
        its heading prints it ("第一条"), since "Art. 一" reads as a dash."""
        return (
            self.kind is SegmentKind.ARTICLE
            and self.heading.startswith("第")
            and all(ch in _CJK_LABEL for ch in self.label)
        )

    def display_name(self) -> str:
        if self.named_as_printed:
            return self.heading
        if self.kind is SegmentKind.ARTICLE and RANGE_HEADING_RE.search(self.heading):
            return self.heading  # "§ 2 und 3": one heading over a range gone, named whole
        if self.term == "§" and self.heading[:1].isdigit():
            return self.heading  # a bare number is named as printed ("3.", "3)"), never "§ 3"
        label = shown_label(self.label)
        if self.kind is SegmentKind.ARTICLE:
            return f"{self.term or 'Art.'} {label}"
        if self.kind is SegmentKind.ANNEX:
            return shown_label(self.reference)
        if self.kind in (SegmentKind.PARAGRAPH, SegmentKind.HEADING):
            return label
        return label.capitalize()

    def __reduce__(self) -> tuple[type[Segment], tuple[object, ...]]:
        """Pickled as its fields and rebuilt by ``__init__``: a long text's segments go
        to and from the process that compares it, and a frozen dataclass's own way
        back (``__setstate__``) is several times slower."""
        return Segment, tuple(getattr(self, name) for name in _SEGMENT_FIELDS)


_SEGMENT_FIELDS = tuple(f.name for f in fields(Segment))


@dataclass(frozen=True)
class Document:
    """A text ready for comparison. Build it with ``segment.make_document``."""

    title: str
    text: str
    segments: tuple[Segment, ...]
    source: str = ""
    language: str = ""
    encoding: str = ""
    warnings: tuple[str, ...] = ()
    metadata: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    divisions: tuple[Division, ...] = ()
    structure: str = ""
    """What structure the segmenter found, in words for the reader."""
    unit_style: str = ""
    """How its units are numbered when bare numbers cut it ("num.1": "1.", "roman.":
    "I."), else "": two versions numbered alike are cut alike (``segment_alike``)."""

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]

    def body(self, segment: Segment) -> str:
        return self.text[segment.body_start : segment.end]

    @cached_property
    def _label_index(self) -> dict[str, int]:
        """Each label's first segment: the concordance asks for thousands of them, and
        a long text has tens of thousands of segments to scan for each."""
        index: dict[str, int] = {}
        for i, seg in enumerate(self.segments):
            index.setdefault(seg.label, i)
        return index

    def by_label(self, label: str) -> Segment:
        return self.segments[self.index_of(label)]

    def has_label(self, label: str) -> bool:
        return label in self._label_index

    def index_of(self, label: str) -> int:
        found = self._label_index.get(label)
        if found is None:
            raise KeyError(label)
        return found

    def segment_at(self, offset: int) -> int | None:
        """Index of the segment containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            seg = self.segments[mid]
            if offset < seg.start:
                hi = mid - 1
            elif offset >= seg.end:
                lo = mid + 1
            else:
                return mid
        return None

    @property
    def source_name(self) -> str:
        """The source without its folders ("old.txt", "draft-1920"): what exports
        show, so a shared report never reveals where the reader keeps files."""
        return PurePosixPath(self.source.replace("\\", "/")).name if self.source else ""

    @property
    def content_hash(self) -> str:
        import hashlib  # loading it costs every start milliseconds; few runs need a hash

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_LINE_BREAKS = {"\r": "\n", "\f": "\n\n", "\v": "\n", "\x85": "\n", "\u2028": "\n",
                "\u2029": "\n\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n"}  # fmt: skip


# Characters that are invisible in print and only split words apart: soft hyphens,
# zero-width spaces, word joiners and stray byte-order marks. Two printings of the
# same article differ in them (PDF text layers, Word) without differing in text.
# Latin presentation ligatures ("ﬁ" from PDF text layers) become their letters.
_INVISIBLES = {"\u00ad": "", "\u200b": "", "\u2060": "", "\ufeff": "",
               "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
               "\ufb05": "st", "\ufb06": "st"}  # fmt: skip


def is_blank(text: str) -> bool:
    """``not text.strip()`` without copying a long text to find out."""
    return not text or text.isspace()


CONSOLIDATION_MARK = r"[▼►◄▲][ \t]*(?:[A-Z]\d{0,3})?"
"""Where a consolidated text says which act a passage comes from ("▼B", "▼M1", "►M2 … ◄")."""
_CONSOLIDATION_LINE = re.compile(rf"^[ \t]*{CONSOLIDATION_MARK}[ \t]*\n", re.MULTILINE)
"""A line of a consolidated text ("▼B", "▼M1") that only says which act the text below
comes from: no wording of the text, and it would read as a change wherever the
versions differ in their amending acts."""


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no BOM, no invisible characters or ligatures, no
    trailing spaces on lines."""
    if "\r" in text:  # (one quick search; looking for the pair is many times slower)
        text = text.replace("\r\n", "\n")
    text = replaced(text, _LINE_BREAKS)
    text = unicodedata.normalize("NFC", replaced(text, _INVISIBLES))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "▼" in text or "►" in text:
        text = _CONSOLIDATION_LINE.sub("", text)
    text = rejoined_headings(text)
    if is_blank(text):
        return ""
    if text.endswith("\n") and not text.endswith("\n\n") and not text.startswith("\n"):
        return text  # as it would come back from the stripping below, not copied twice
    return text.strip("\n") + "\n"


SHORT_LINE = 60
"""A block whose lines are all shorter than this is a list or a signature: its breaks stay."""
WRAPPED_SHARE = 0.6
"""In wrapped text, a line this much of the block's width or longer was wrapped, not ended."""
HIDDEN_INDENT = "\u200b"
"""Stands in for the indentation after a soft break, keeping offsets while showing one space."""


_BULLETS = "*•·▪‣◦"
_DASHES = "-–—"


_NUMBERED_ITEM = re.compile(
    r"(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\([a-z]{1,4}\)|[a-z]\)|[a-z]\.|[ivx]{2,4}\.)[ \t]"
    r"|\d{1,3}\u3000|[\u2460-\u2473]"
)
"""A numbered item's mark: "2.", "2)", "(2)", "2.1", "(b)", "b)", "b.", "iv."; a Japanese paragraph's
"２　" and a Korean one's "②"."""


def _opens_item(text: str, pos: int, end: int) -> bool:
    """The line at ``pos`` opens a bulleted item ("* d'autre part", "• the river")
    or a numbered one after a line that ends a sentence or clause ("…six months.\n
    2. It reports…"): the break before it stays, even after a full line. A dash
    counts only as a bullet where the paragraph's first line opens with the same dash."""
    k = pos
    while k < end and text[k] in " \t":
        k += 1
    if _NUMBERED_ITEM.match(text, k, end):
        before = pos - 2  # the last character of the line above (never copy the text)
        while before > 0 and text[before] in " \t":
            before -= 1
        if before < 0:
            return False
        # "…under this License; and," over "iii. Voluntary License Schemes": a lettered
        # or roman point goes on a list after a comma too (a figure there may go on a
        # sentence: "paragraphs 1, 2,\n3 and 4")
        if text[before] in ".;:。；：" or (text[before] == "," and not text[k].isdigit()):
            return True
        return _under_a_title(text, before, k, end)
    if k + 1 >= end or text[k + 1] not in " \t":
        return False
    if text[k] in _BULLETS:
        return True
    if text[k] not in _DASHES:
        return False
    para = text.rfind("\n\n", 0, pos)
    return text[para + 2 if para >= 0 else 0 :].lstrip(" \t")[:1] == text[k]


_FIRST_ITEM = re.compile(r"\(?1[.)][ \t]|\(1\)|\(a\)[ \t]|a\)[ \t]")
TITLE_LINE_MOST = 160
"""Letters of the longest title line a section's first item may stand under (German
statutes title a § in one line of 150: "§ 13 Dokumentation, Rückverfolgung, …")."""


def _under_a_title(text: str, before: int, item: int, end: int) -> bool:
    """The first item of a list ("(1) Dieses Gesetz gilt…") under the first line of its
    paragraph, a title with no stop ("§ 1 Persönlicher und sachlicher Anwendungs-
    bereich", as a statute in Markdown runs its heading into its text): the title keeps
    its line (it had run on into the paragraph's first words)."""
    if not _FIRST_ITEM.match(text, item, end) or text[before] in ",-–—(":
        return False
    line_start = text.rfind("\n", 0, before) + 1
    line = text[line_start : before + 1].lstrip()
    return (
        (line_start == 0 or text[line_start - 2 : line_start] == "\n\n")
        and before + 1 - line_start <= TITLE_LINE_MOST
        and bool(line)
        and not line[:1].islower()
        and not GOES_ON_RE.search(line)  # "…the matters set out in" / "(1) above"
    )


_SENTENCE_ENDS = frozenset(".:;!?。；：؛؟")
SENTENCE_LINES_SHARE = 0.8
"""Share of a block's lines, followed by another line, that end a sentence from which
its breaks are its own: a law set a sentence or a clause a line, some lines longer
than others, is no text wrapped at a width (there few lines end a sentence)."""


def _sentence_per_line(lines: list[str]) -> bool:
    ends = [line.rstrip()[-1:] for line in lines[:-1] if line.strip()]
    ended = sum(e in _SENTENCE_ENDS for e in ends)
    return len(ends) >= 2 and ended >= SENTENCE_LINES_SHARE * len(ends)


WIDTH_CONTEXT = 4000
"""Characters before and after a slice, at most, over which its paragraph's width is read."""


def _paragraphs_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraphs holding ``text[start:end]`` begin and end, looked for no
    further than ``WIDTH_CONTEXT`` away (a text with no blank lines is not read whole
    for every piece of it): from a line's start, to a line's end."""
    reach = max(0, start - WIDTH_CONTEXT)
    above = text.rfind("\n\n", reach, start)
    if above >= 0:
        lo = above + 2
    elif reach == 0:
        lo = 0
    else:
        line = text.find("\n", reach, start)
        lo = reach if line < 0 else line + 1
    limit = min(len(text), end + WIDTH_CONTEXT)
    below = text.find("\n\n", end, limit)
    if below >= 0:
        return lo, below
    line = text.rfind("\n", end, limit)
    return lo, limit if line < 0 or limit == len(text) else line


TITLE_OVER_WIDTH = 1.6
"""How many times the next longest line the longest must be to be left out of the width
the lines were wrapped at: a title on a line of its own over the paragraph."""


def _wrap_width(lines: list[str]) -> int:
    """The width the lines were wrapped at: their longest, but for one line far longer
    than all the others (a § titled in one line of 150 letters over its paragraphs
    wrapped at 70, which had read as a text wrapped at 150, its every break kept)."""
    if not lines:
        return 0
    longest, *rest = heapq.nlargest(2, map(len, lines))  # once per slice shown: no sort
    if len(lines) >= 3 and longest > TITLE_OVER_WIDTH * rest[0]:
        return rest[0]
    return longest


def reflowed(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with the same length, its soft line breaks made spaces.

    Texts wrapped at a fixed width (licences, plain-text laws) break lines inside
    paragraphs, often indenting every line; a reader wants those paragraphs to
    flow without gaps. A line counts as wrapped when it fills most of the width of
    its slice of text; a break after a shorter line (the end of a list item, a
    signature block) stays, as a line separator. Blank lines between paragraphs
    stay as they are.
    """
    end = len(text) if end is None else end
    out = list(text[start:end])
    # The width is read off the whole paragraphs the slice lies in: a deleted phrase
    # that runs over a line break is a few words of two lines, far narrower than the
    # width the paragraph was wrapped at (its break had stayed, the indent after it).
    lo, hi = _paragraphs_around(text, start, end)
    around = text[lo:hi]
    lines = around.split("\n")
    width = _wrap_width(lines)
    if width < SHORT_LINE or _sentence_per_line(lines):
        width = 1 << 30  # nothing here was wrapped
    pos = text.find("\n", start, end)
    while pos >= 0:
        paragraph_break = text[pos + 1 : pos + 2] == "\n" or text[pos - 1 : pos] == "\n"
        if not paragraph_break:
            line_start = text.rfind("\n", 0, pos) + 1
            item = _opens_item(text, pos + 1, hi)
            wrapped = not item and len(text[line_start:pos]) >= WRAPPED_SHARE * width
            out[pos - start] = " " if wrapped else "\u2028"
            indent = pos + 1
            # An item's bullet lines up with the first one, whose indent the pane drops.
            while (wrapped or item) and indent < end and text[indent] in " \t":
                out[indent - start] = HIDDEN_INDENT
                indent += 1
        pos = text.find("\n", pos + 1, end)
    for found in _MARKER_TAB.finditer(text, start, end):  # "b.<tab>Adapter's License"
        for k in range(found.start(1), found.end(1)):
            out[k - start] = " "
    return "".join(out)


_MARKER_TAB = re.compile(
    r"(?m)^[ \t]*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[A-Za-z]{1,3}[.)])(\t+)"
)
"""Tabs after a point's number at a line's start: a word processor's gap, which a pane
or a page would show as a wide hole before the first word."""


def short_title(doc: Document) -> str:
    """'Draft of 24 August 1920' rather than the full formal title, when known."""
    meta = doc.metadata
    for key in ("short_title", "short"):
        if isinstance(meta.get(key), str) and meta[key]:
            return str(meta[key])
    title = doc.title or doc.source_name or "Untitled"
    return title if len(title) <= 60 else title[:57].rstrip() + "…"


def known_by_file_name(doc: Document) -> bool:
    """True when a text has no title of its own, only its file's name ("rfc5322"):
    "not in the rfc5322" reads badly, so such a text is called the older (newer) text."""
    title = short_title(doc)
    name = doc.source_name
    return not title or bool(name and title == PurePosixPath(name).stem)
