"""Web pages (HTML): the text of their blocks as paragraphs.

Legislation sites, official journals and digital libraries publish the versions
of a text as web pages. Each block (a paragraph, a heading, a list item, a table
row) becomes a paragraph of its own, so that "Article 2" set in its own ``<p>``
stays a heading line; what is never text of the document (scripts, styles, site
navigation, forms) is left out. Python's own HTML parser reads the page: it runs
nothing and fetches nothing, and it tolerates the broken markup real pages have.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..core.errors import InputError
from ..core.markers import read_marker
from ..core.outline_headings import OutlineHeading
from .report_words import ReportWords
from .tei_reader import TeiText as HtmlText  # the same four things: text, title, encoding, notes
from .text_reader import decode_text, superscript

BLOCKS = frozenset(
    ("address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
     "li", "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
     "header", "footer", "hgroup", "details", "summary", "legend")
)  # fmt: skip
"""Elements that start and end a paragraph of their own."""
CELLS = frozenset(("td", "th"))
"""Cells of one row are read as one line, parted by spaces ("(1)" beside its recital)."""
SKIPPED = frozenset(
    ("script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea",
     "svg", "math", "iframe", "object", "canvas", "audio", "video", "head")
)  # fmt: skip
"""Elements whose content is never text of the document (the title is read apart)."""
VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr")
)  # fmt: skip
PERMALINK_MARKS = frozenset(("#", "¶", "🔗", "⚓"))
"""What a page prints as the link to a place on it ("General #", "Article 4 ¶"): no
word of the text, which it made "General #" against another version's "General"..."""
HEADING_LINK_WORDS = frozenset(("§", "link", "permalink", "anchor"))
"""...and, in a heading only, these (in running text "§" and "link" are words:
"as provided in § 5", "see the link below")."""
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES_RE = re.compile(r"[ \t\r\n\f\u00a0]+")
_NUMBERED_RE = re.compile(
    r"(?:\d+(?:\.\d+)*[.)]?|\(?(?:[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]|§)(?=\s|$)"
)
"""An item that prints its own number ("1. Scope", "(a) the seller"): not numbered again."""
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _item_number(n: int, kind: str) -> str:
    """The number a browser shows before the ``n``-th item of an ``<ol type=kind>``."""
    if kind in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if kind == "A" else letter
    if kind in ("i", "I") and 1 <= n < 4000:
        roman = ""
        for value, digits in _ROMAN:
            while n >= value:
                roman, n = roman + digits, n - value
        return roman.upper() if kind == "I" else roman
    return str(n)


class _Blocks(HTMLParser):
    """Collects the text of the page's blocks, one paragraph each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.line: list[str] = []
        self.skipping: list[str] = []
        self.pre = 0
        self.title: list[str] = []
        self.in_title = False
        self.heading: list[str] = []
        self.in_h1 = False
        self.level = 0
        """The level of the heading (h1-h6) whose text is being read, else 0."""
        self.outline: list[OutlineHeading] = []
        self.rows = 0
        """Open table rows: the blocks inside a row's cells are one line with it."""
        self.sup = 0
        """Open <sup> elements: an ordinal's "o" ("Art. 1<sup>o</sup>") is its "º"."""
        self.link_at: int | None = None
        """Where in ``line`` the text of an open link to a place on the page begins."""
        self.lists: list[list[str | int]] = []
        """Open lists, innermost last: [tag, the next item's number, its ``type``]."""
        self.item = ""
        """The number of an ordered list's item whose first paragraph is yet to come."""
        self.numbers: dict[int, str] = {}
        """The numbers a browser shows before paragraphs (by index), not in the text."""
        self.marked = False
        """Whether a paragraph outside the lists opens with a number of its own."""

    def numbered(self) -> list[str]:
        """The paragraphs, the items of ordered lists with their numbers when the page
        numbers nothing itself: terms of service set as one ``<ol>`` are its clauses,
        but in a page whose sections print their numbers ("4.1. Powers") the lists are
        points inside them, and are left as the page's text has them."""
        if self.marked or not self.numbers:
            return self.paragraphs
        return [self.numbers.get(n, "") + p for n, p in enumerate(self.paragraphs)]

    def _end_block(self) -> None:
        text = "".join(self.line)
        self.line = []
        self.link_at = None
        if self.pre:
            lines = [ln.rstrip() for ln in text.split("\n")]
            text = "\n".join(lines).strip("\n")
        else:
            text = "\n".join(_SPACES_RE.sub(" ", part).strip() for part in text.split("\n"))
            text = text.strip()
        if text and self.item and not self.pre:
            if not _NUMBERED_RE.match(text):
                self.numbers[len(self.paragraphs)] = f"{self.item}. "
            self.item = ""
        elif text and not self.lists and not self.marked:
            self.marked = read_marker(text) is not None
        if text:
            self.paragraphs.append(text)
            if self.level:
                self.outline.append(OutlineHeading(self.level, text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if self.skipping:
            if tag in SKIPPED and tag not in VOID:
                self.skipping.append(tag)
            return
        if tag in SKIPPED:
            self.skipping.append(tag)
        elif tag in BLOCKS and self.rows and tag not in ("tr", "table"):
            self.line.append(" ")
        elif tag in BLOCKS:
            self._end_block()
            self.rows += tag == "tr"
            self.pre += tag == "pre"
            self.in_h1 = self.in_h1 or tag == "h1"
            self.level = int(tag[1]) if tag in _HEADINGS else 0
            self._list_start(tag, dict(attrs))
        elif tag == "br":
            self.line.append("\n")
        elif tag in CELLS:
            self.line.append(" ")
        elif tag == "sup":
            self.sup += 1
        elif tag == "a" and (dict(attrs).get("href") or "").startswith("#"):
            self.link_at = len(self.line)

    def _list_start(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Opens a list, or numbers an item of an ordered one: a browser prints the
        numbers of ``<ol>`` items, which are not in the page's text, as Word's
        automatic numbers are not in a document's ("1. Scope", "2. Fees")."""
        if tag in ("ol", "ul"):
            start = attrs.get("start") or "1"
            first = int(start) if start.lstrip("-").isdecimal() else 1
            numbered = tag == "ol" and "reversed" not in attrs
            self.lists.append(["ol" if numbered else "ul", first, attrs.get("type") or "1"])
        elif tag == "li" and self.lists and self.lists[-1][0] == "ol":
            current = self.lists[-1]
            value = attrs.get("value") or ""
            n = int(value) if value.lstrip("-").isdecimal() else int(current[1])
            self.item = _item_number(n, str(current[2]))
            current[1] = n + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag == "br":
            self.line.append("\n")
        elif not self.skipping and tag in BLOCKS:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in BLOCKS and self.rows and tag not in ("tr", "table"):
            self.line.append(" ")
        elif tag in BLOCKS:
            self._end_block()
            if tag == "tr":
                self.rows -= 1
            elif tag == "table":
                self.rows = 0  # rows left open inside it end with it
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            if tag == "h1":
                self.in_h1 = False
            self.level = 0
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            if tag in ("li", "ol", "ul"):
                self.item = ""  # an item with no text of its own numbers nothing after it
        elif tag in CELLS:
            self.line.append(" ")
        elif tag == "sup":
            self.sup = max(0, self.sup - 1)
        elif tag == "a" and self.link_at is not None:
            words = "".join(self.line[self.link_at :]).strip().casefold()
            if words in PERMALINK_MARKS or (self.level and words in HEADING_LINK_WORDS):
                del self.line[self.link_at :]
            self.link_at = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skipping:
            return
        if self.sup:
            data = superscript(data)
        self.line.append(data)
        if self.in_h1:
            self.heading.append(data)

    def close(self) -> None:
        super().close()
        self._end_block()


_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))


def _declared_charset(data: bytes) -> str | None:
    found = _CHARSET_RE.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def read_html(data: bytes, label: str, encoding: str | None = None) -> HtmlText:
    """The page's text, one paragraph per block separated by blank lines."""
    declared = encoding or _declared_charset(data)
    try:
        decoded = decode_text(data, label, declared)
    except InputError:
        if encoding or declared is None:
            raise
        decoded = decode_text(data, label)  # a charset the page declares wrongly
    parser = _Blocks()
    parser.feed(decoded.text)
    parser.close()
    if not parser.paragraphs:
        raise InputError(
            ReportWords.tr("{0} is a web page with no text outside scripts and navigation").format(
                label
            )
        )
    title = _SPACES_RE.sub(" ", "".join(parser.title)).strip()
    heading = _SPACES_RE.sub(" ", "".join(parser.heading)).strip()
    return HtmlText(
        text="\n\n".join(parser.numbered()) + "\n",
        title=title or heading,
        encoding=decoded.encoding,
        warnings=decoded.warnings,
        outline=tuple(parser.outline),
    )
