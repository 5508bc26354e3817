"""Plain text in any encoding, turned into one normalised string.

Encoding is decided in a fixed order so that results are predictable: a
byte-order mark wins; then UTF-16/32 recognised by where the zero bytes fall;
then UTF-8 if it decodes cleanly; only then a statistical guess, which is
reported to the user as a guess so that they can pick another encoding.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ..core.errors import InputError
from ..core.headings import LATIN_SUFFIXES, heading_word_re
from ..core.holds import holds
from ..core.outline_headings import OutlineHeading
from ..core.replacing import replaced
from .latin_pages import PAGES, better_page, likeliest_page
from .report_words import ReportWords

# Longest BOMs first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte encodings of Cyrillic and Latin texts, read first. Limiting the first
# guess to these keeps it fast and stops exotic code pages from winning on short samples.
GUESS_CANDIDATES = (
    "cp1251",
    "koi8_r",
    "mac_cyrillic",
    "cp866",
    "iso8859_5",
    "cp1254",
    "iso8859_9",
    "cp1252",
    "latin_1",
    "cp1250",
    "iso8859_2",
    "mac_roman",
)

# Encodings of other scripts, weighed only against the best of the above: on their
# own they would win too often on short Latin or Cyrillic samples. (Baltic code
# pages are left out: they read Polish text cleanly but with the wrong letters.)
OTHER_CANDIDATES = (
    "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "cp1253", "iso8859_7", "cp1256",
    "iso8859_6", "cp1255", "iso8859_8", "cp874", "cp1258",
)  # fmt: skip
LATIN_FAMILY = frozenset(
    codecs.lookup(n).name for n in ("cp1252", "latin_1", "cp1250", "iso8859_2", "mac_roman",
                                    "cp1254", "iso8859_9", *PAGES)
)  # fmt: skip
"""Guesses weighed again by the letters they give (``latin_pages``)."""
TIE = 0.005
"""Another script's decoding is chosen when it is as clean (no more mess than this
above the best of ours)..."""
MORE_COHERENT_BY = 0.05
"""...and reads more like a language, by this much."""

# How much of a large file the zero-byte test looks at; enough to be sure.
_NUL_SAMPLE = 64 * 1024

HEADING_MARKS_MAX = 12
"""The most "#" a line may open with and still be a heading."""
# Lines that are Markdown ATX headings: "# Article 1", "### Статья 2 ###". Deeper than
# Markdown's six levels too: a code kept in Markdown sets the articles of a section in
# seven marks or more ("####### Article L132-1", under "###### Section 1").
_MARKDOWN_HEADING_RE = re.compile(
    rf"^[ ]{{0,3}}#{{1,{HEADING_MARKS_MAX}}}[ \t\u00a0]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$", re.M
)
# A heading with a blank line before its paragraph ("## Water" / "" / "Hoses may…"):
# the paragraph is the heading's own, as a titled paragraph reads (unless it opens
# with an article's heading: "### Chapitre 1" / "" / "**Art. 3.** La commission…").
_MARKDOWN_TITLED_RE = re.compile(
    rf"^([ ]{{0,3}}#{{1,{HEADING_MARKS_MAX}}}[ \t\u00a0]+.*?)[ \t]*\n[ \t]*\n(?=[ \t]{{0,3}}[^#\s])",
    re.M,
)

# The opening line of a fenced block of code (it runs to its closing fence or the end).
_FENCE_OPEN_RE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
# A setext heading: one line of its own (a blank line or the text's start above it)
# underlined with "=" or "-" ("Licence\n======="), or as AsciiDoc and reStructuredText
# underline the levels below with "~", "^" and "+".
_SETEXT_RE = re.compile(
    r"(?:(?<=\n\n)|\A)(?P<text>[ ]{0,3}(?:\*\*(?=\S)|[^\s#>|*+\-~^])[^\n]{0,118})\n[ ]{0,3}"
    r"(?P<rule>={3,}|-{3,}|~{3,}|\^{3,}|\+{3,})[ \t]*$",
    re.M,
)
_SETEXT_LEVELS = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}
# An AsciiDoc anchor or id on a line of its own ("[[quorum]]", "[#quorum]") above the
# heading it names.
_ANCHOR_LINE_RE = re.compile(
    r"^[ ]{0,3}\[(?:\[[\w:.\-]+(?:,[^\]\n]*)?\]|#[\w:.\-]+)\][ \t]*\n", re.M
)
# A number set as a superscript in HTML inside Markdown ("§ 3<sup>1</sup>"), or an
# ordinal's letters ("Art. 1<sup>o</sup>", "Art. 1<sup>er</sup>").
_SUP_RE = re.compile(r"<sup>(\d{1,3}|[oa]|er|re|ère|e|bis|ter)</sup>", re.I)
# "5\.  NOTICE", "**1\. Prix**", "\*": a mark Markdown escaped so that it is not
# read as markup (a list item, emphasis). CommonMark escapes any ASCII punctuation.
_ESCAPED_MARK_RE = re.compile(r"\\([!-/:-@\[-`{-~])")

# C0 controls that never occur in real text (tab, line feed, form feed, carriage
# return and escape are tolerated). A few may come from old word processors.
_CONTROLS = "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F)))
_CONTROL_RE = re.compile(f"[{re.escape(_CONTROLS)}]")
_CONTROL_BYTES = _CONTROLS.encode("ascii")
_MAX_CONTROL_RATIO = 0.01


_ORDINAL_MARKS = {"o": "º", "a": "ª"}
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(data: str) -> str:
    """Text set as a superscript, as a plain text prints it: an ordinal's letter as
    its sign ("1<sup>o</sup>" is "1º", not "1o", which reads as 10) and digits as
    superscript digits ("§ 3<sup>1</sup>" is "§ 3¹", a section put in after 3)."""
    stripped = data.strip()
    if stripped.casefold() in _ORDINAL_MARKS:
        return _ORDINAL_MARKS[stripped.casefold()]
    return data.translate(_SUPERSCRIPT_DIGITS) if stripped.isdecimal() else data


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with how it was decoded."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def canonical_encoding(name: str) -> str:
    """The codec's canonical name ("cp1251", "koi8-r"), or the name as given."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _zero_byte_encoding(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognised by zeros in fixed byte lanes.

    ASCII characters in UTF-16-LE put a zero in every odd byte; Cyrillic ones do
    not, but spaces, digits and line ends still do, so zeros confined to one lane
    (at least one character in fifty) of a file whose length fits are a reliable
    sign. The decode that follows weeds out binary data that happens to fit.
    """
    sample = data[:_NUL_SAMPLE]
    if b"\x00" not in sample:
        return None
    for width, lanes in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(data) % width:
            continue
        usable = len(sample) - len(sample) % width
        for name in lanes:
            if width == 4:
                high = (2, 3) if name.endswith("le") else (0, 1)
                if all(sample[i + j] == 0 for i in range(0, usable, 4) for j in high):
                    return name
            else:
                lane = 1 if name.endswith("le") else 0
                other = 1 - lane
                zeros = sample[lane:usable:2].count(0)
                if zeros * 50 >= usable // 2 and sample[other:usable:2].count(0) == 0:
                    return name
    return None


def detect_encoding(data: bytes) -> tuple[str, float]:
    """Best encoding for ``data`` and a confidence between 0 and 1.

    Returns ``("", 0.0)`` when nothing fits, so that callers can say which file
    could not be decoded. The name always works with ``bytes.decode``.
    """
    bom = _bom_encoding(data)
    if bom:
        return bom, 1.0
    wide = _zero_byte_encoding(data)
    if wide:
        try:
            data.decode(wide)
        except UnicodeDecodeError:
            pass
        else:
            return wide, 0.9
    if b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return "utf-8", 1.0
    from charset_normalizer import from_bytes  # slow to import; most files are UTF-8

    best = from_bytes(data, cp_isolation=list(GUESS_CANDIDATES)).best()
    other = from_bytes(data, cp_isolation=list(OTHER_CANDIDATES)).best()
    if other is not None and (
        best is None
        or (other.chaos <= best.chaos + TIE and other.coherence > best.coherence + MORE_COHERENT_BY)
        # or cleaner and as coherent: Greek read as Cyrillic is a mess of odd pairs
        or (other.chaos < best.chaos - TIE and other.coherence >= best.coherence)
    ):
        best = other  # Greek, Arabic, Hebrew, Chinese, Japanese or Korean
    if best is None:
        page = likeliest_page(data)
        return (canonical_encoding(page), 0.5) if page else ("", 0.0)
    name = canonical_encoding(best.encoding)
    if name in GREEK_PAGES:
        name = _greek_page(data, name)
    if name in LATIN_FAMILY:
        name = canonical_encoding(better_page(data, name))
        name = _western_if_same(data, name)
    return name, round(max(0.0, 1.0 - best.chaos), 2)


GREEK_PAGES = frozenset(codecs.lookup(n).name for n in ("cp1253", "iso8859_7"))
# Capital alpha with its accent, as each Greek page writes it, before a small letter:
# "Άρθρο". The other page reads the same byte as a quotation mark or a pilcrow.
_ALPHA_TONOS = {
    "cp1253": re.compile(rb"\xa2[\xdc-\xfe]"),
    "iso8859_7": re.compile(rb"\xb6[\xdc-\xfe]"),
}


def _greek_page(data: bytes, name: str) -> str:
    """The Greek page that reads "Ά" where the text has it: the two pages differ
    there, and the guess between them goes either way on short or repetitive texts."""
    counts = {page: len(found.findall(data)) for page, found in _ALPHA_TONOS.items()}
    if counts["cp1253"] == counts["iso8859_7"]:
        return name
    return canonical_encoding(max(counts, key=counts.__getitem__))


WESTERN = "cp1252"


def _western_if_same(data: bytes, name: str) -> str:
    """The Western page where it reads the bytes to the very same text: a German file
    whose only letters beyond ASCII are ä, ö, ü, ß and § reads alike as Central
    European, and was named so, which its writer did not recognise."""
    western = canonical_encoding(WESTERN)
    if name == western:
        return name
    try:
        same = data.decode(name) == data.decode(western)
    except (UnicodeDecodeError, LookupError):
        return name
    return western if same else name


def _decode(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(
            ReportWords.tr(
                "{0}: {1} is not an encoding this program knows; choose another encoding"
            ).format(label, repr(encoding))
        ) from None
    except UnicodeDecodeError as exc:
        raise InputError(
            ReportWords.tr(
                "{0} cannot be decoded as {1}: byte {2} at position {3} does not fit; "
                "choose another encoding"
            ).format(label, encoding, f"0x{data[exc.start]:02x}", exc.start)
        ) from None


def _plain_utf8(data: bytes) -> str | None:
    """The text of a file with neither byte-order mark nor NUL byte that is valid UTF-8,
    as ``detect_encoding`` would read it, decoded once instead of twice; else None."""
    if b"\x00" in data or _bom_encoding(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


STRAY_BYTES_PER_LETTER = 0.05
"""The most bytes outside UTF-8 per letter beyond ASCII that it reads, for a text to be
taken as UTF-8 a transfer or an edit broke in places: a text in a single-byte page has
about as many such bytes as letters."""


_STRAY_RE = re.compile("[\udc80-\udcff]")
"""A byte that is not UTF-8, as ``surrogateescape`` decodes it."""


def _nearly_utf8(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 text with a few stray bytes, each replaced with U+FFFD, and a warning
    saying where; None for any other text. Guessing a single-byte page for one broken
    byte would garble every letter of a Cyrillic or Greek file instead of that byte."""
    if b"\x00" in data or _bom_encoding(data):
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    # Counted by the regular expression and the codec, not by a loop over characters:
    # every text that is not UTF-8 (each windows-1251 file) is asked this first.
    stray = len(_STRAY_RE.findall(text))
    letters = len(text) - len(text.encode("ascii", "ignore")) - stray
    if not stray or stray > STRAY_BYTES_PER_LETTER * letters:
        return None
    first_at = _STRAY_RE.search(text)
    first = len(text[: first_at.start() if first_at else 0].encode("utf-8"))
    what = "1 byte" if stray == 1 else f"{stray} bytes (the first"
    where = f"at position {first}" + ("" if stray == 1 else ")")
    verb = "is" if stray == 1 else "are"
    warning = (
        f"{what} {where} {verb} not UTF-8 and shown as \ufffd; "
        "choose another encoding if it looks wrong"
    )
    return _STRAY_RE.sub("\ufffd", text), warning


def _control_count(data: bytes, text: str, encoding: str) -> int:
    """The control characters of ``text``, decoded from ``data``. In UTF-8 each is the one
    byte of its value and no other character has a byte below 0x80: they are counted in
    the bytes, several times sooner than by a pattern over the text."""
    if encoding in ("utf-8", "utf-8-sig"):
        return len(data) - len(data.translate(None, _CONTROL_BYTES))
    return len(_CONTROL_RE.findall(text))


def _binary(label: str) -> str:
    return ReportWords.tr(
        "{0} is not text: it looks like binary data (it contains NUL bytes)"
    ).format(label)


def decode_text(data: bytes, label: str, encoding: str | None = None) -> DecodedText:
    """Decode file contents, guessing the encoding unless one is given."""
    warnings: list[str] = []
    if encoding:
        name = canonical_encoding(encoding)
        text = _decode(data, encoding, label)
    else:
        if b"\x00" in data and not (_bom_encoding(data) or _zero_byte_encoding(data)):
            raise InputError(_binary(label))
        utf8 = _plain_utf8(data)
        nearly = None if utf8 is not None else _nearly_utf8(data)
        if nearly is not None:
            utf8, stray = nearly
            warnings.append(stray)
        name, confidence = ("utf-8", 1.0) if utf8 is not None else detect_encoding(data)
        if not name:
            raise InputError(
                ReportWords.tr(
                    "{0} cannot be decoded: it is not UTF-8 and no known encoding fits; "
                    "choose the encoding yourself"
                ).format(label)
            )
        text = _decode(data, name, label) if utf8 is None else utf8
        if confidence < 1.0:
            how = "no byte-order mark" if name.startswith("utf-") else "guessed"
            warnings.append(f"decoded as {name} ({how}); choose another encoding if it looks wrong")
    if "\x00" in text:
        raise InputError(_binary(label))
    controls = _control_count(data, text, name)
    if controls and controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError(
            ReportWords.tr(
                "{0} is not text: it looks like binary data (%n control character(s)); "
                "choose another encoding if it is text",
                None,
                controls,
            ).format(label)
        )
    return DecodedText(text=text, encoding=name, warnings=tuple(warnings))


def _fenced(text: str) -> Callable[[int], bool]:
    """Whether an offset lies in a fenced block of code ("```yaml" … "```"), where a
    line opening with "#" is a comment, never a heading (an unclosed fence runs on to
    the end)."""
    if not holds(text, "```") and not holds(text, "~~~"):
        return lambda _at: False
    spans = []
    at = 0
    while found := _FENCE_OPEN_RE.search(text, at):
        if _underlines(text, found):
            at = found.end()
            continue
        mark = found[1]
        close = re.compile(rf"^[ ]{{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$", re.M)
        end = close.search(text, found.end() + 1)
        spans.append((found.start(), end.end() if end else len(text)))
        at = spans[-1][1]
    starts = [a for a, _ in spans]

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < spans[k][1]

    return inside


def _underlines(text: str, fence: re.Match[str]) -> bool:
    """Whether a line of tildes underlines the line above it (an AsciiDoc or RST
    heading: "Removal for absence" / "~~~~~~"): a line of its own over it, with a
    blank line or the text's start above that."""
    if fence[0].strip(" \t~"):
        return False
    above_end = fence.start() - 1
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    title = text[above_start:above_end].strip() if above_end > above_start else ""
    if not title or not _rule_fits(title, fence[0].strip()):
        return False
    return above_start == 0 or text[max(0, above_start - 2) : above_start] == "\n\n"


def _rule_fits(title: str, rule: str) -> bool:
    """Whether a rule of "~", "^" or "+" underlines ``title``: as long as it, give or
    take two (a delimiter of a block under an attribute line, "[source]" / "~~~~", is
    not); Markdown's "=" and "-" may be of any length."""
    if rule[0] in "=-":
        return True
    return len(rule) >= len(title) - 2 and not title.startswith("[")


def _unanchored(text: str) -> str:
    """``text`` without AsciiDoc anchor lines, which keep a heading under them from
    reading as one."""
    # (most legal texts hold a "[": only the two marks an anchor opens with count)
    return _ANCHOR_LINE_RE.sub("", text) if holds(text, "[[") or holds(text, "[#") else text


_GLUED_RULE_RE = re.compile(r"^([ ]{0,3}[^\s#>|*+\-=][^\n]{0,118}?)[ \t]+(={3,})[ \t]*$", re.M)
"""A title whose underline lost its line break ("NO WARRANTY ======"), as some plain
copies of old licences print it."""


def _unglued(text: str) -> str:
    """``text`` with each underline glued to its title put back on a line of its own."""
    return _GLUED_RULE_RE.sub(r"\1\n\2", text) if holds(text, " ===") else text


def _may_hold_headings(text: str) -> bool:
    """Whether to scan the lines at all: the usual plain text has neither a heading
    mark nor an underline (scanning 10 MB line by line takes a tenth of a second)."""
    return "#" in text or any(holds(text, f"\n{c * 2}") for c in "=-~^+")


_ASCIIDOC_TITLE_RE = re.compile(r"^(={1,6})[ \t]+(?=\S)", re.M)
"""An AsciiDoc section title ("== §1 Redaksjonen"): Markdown's "##" in other marks."""
_ASCIIDOC_CLOSING_RE = re.compile(r"^(#{1,6} [^\n]*?\S)[ \t]+=+[ \t]*$", re.M)
"""The marks a title may repeat after its words ("== Functions =="), no part of them."""
_ASCIIDOC_LISTING_RE = re.compile(
    r"^(?:\[[^\]\n]*\][ \t]*\n)?(-{4,}|\.{4,})[ \t]*\n(.*?)^\1[ \t]*$", re.M | re.S
)
"""A listing or literal block ("----" … "----", "...." … "...."), its attributes above
it ("[source,javascript]"), set after a blank line: program text, whose "# comment"
lines are no titles (nor its attributes, underlined by the block's opening line)."""


def _listings_fenced(text: str) -> str:
    """The listing blocks of an AsciiDoc text set as Markdown fences them. Not a block:
    an opening line right under a line of text (a title underlined with dashes), nor
    one holding a title of the text's own ("== Purpose ==" between two "----" rules of
    a wiki page); the search goes on after its opening line."""
    out: list[str] = []
    at = done = 0
    while (m := _ASCIIDOC_LISTING_RE.search(text, at)) is not None:
        start = m.start()
        if (start and text[max(0, start - 2) : start] != "\n\n") or _ASCIIDOC_TITLE_RE.search(m[2]):
            at = text.index("\n", m.start(1)) + 1
            continue
        out += [text[done:start], f"```\n{m[2]}```"]
        at = done = m.end()
    return "".join(out) + text[done:]


def _asciidoc_titles(text: str) -> str:
    """AsciiDoc's "= Title" and "== Section" lines as Markdown writes them, when a text
    holds two or more (a lone line of "=" signs is prose or a rule), and its listings
    as Markdown fences them."""
    if not holds(text, "= ") or len(_ASCIIDOC_TITLE_RE.findall(text, 0, 1 << 20)) < 2:
        return text
    text = _listings_fenced(text)
    text = _ASCIIDOC_TITLE_RE.sub(lambda m: "#" * len(m[1]) + " ", text)
    return _ASCIIDOC_CLOSING_RE.sub(r"\1", text)


_ANCHOR_LINK_RE = re.compile(r"\[([^\]\n]{0,200})\]\(#[^)\s]{0,200}\)")
"""A link to a place in the same page ("[P. Indemnification](#p-indemnification)"),
as a site's table of contents or its headings carry them: the reader sees its words
(an empty one, "[](#trials)", is only an anchor)."""


_WEB_LINK_RE = re.compile(
    r"(?<!!)\[([^\]\n]{1,300})\]\((?:https?://|mailto:|www\.|(?!#)(?=[^)\s]*[/.:]))[^)\s]{1,500}\)"
)
"""A link as Markdown writes it ("[Privacy Policy](https://…)"): a reader of the page
sees its words, and a changed address alone is no change of the text. So with a link to
another file of the site ("[Charter](../../charter/README.md)"); "[2](a)" cites."""
_TRAILING_IMAGE_RE = re.compile(
    r"(?<=\S)[ \t]+!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)(?=[ \t]*(?:\{:[^}\n]*\})?[ \t]*$)",
    re.M,
)
"""An image set after a line's words, as a site puts an icon beside a heading ("# A01:2021
– Broken Access Control    ![icon](assets/bac.png)"): drawn, never read, so no words of
the heading or of its unit's name."""
_INNER_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1")
"""Bold inside a line ('the "**Terms**"') or over a field's name ("**Type:**"): the
marks go, the words stay. Other bold that opens a line stays, for the headings it
marks ("**Article 1.**", "**Disclaimer**")."""

_WHOLE_LINE_BOLD_RE = re.compile(
    r"^([ \t]*)(\*\*|__)(?=\w)([^*_\n]{1,300}?)(?<=\S)\2(?=[ \t]*(?:`[^`\n]{1,80}`[ \t]*)?$)",
    re.MULTILINE,
)
"""A line set wholly in bold that opens with a word ("**Article 3 – Funding**",
"**Genel Esaslar**", a disclaimer's sentence): the bold is how the line is drawn, as a
heading's marks are, and the panes and the report had shown the asterisks ("**Article 3"
over "Funding**"); so with a notice set as code after it ("**H. (MADDE 145)** `Mülga`").
Bold that runs on into the text ("**2.1 Searching**. You can…") stays: its close is
where the title ends (``bold_title``)."""

_RUN_IN_BOLD_RE = re.compile(
    r"^([ \t]*)(\*\*|__)(?=[^\W\d_])([^*_\n]{1,120}?)(?<=\S)\2(?=[ \t]*[^\s*_])",
    re.MULTILINE,
)
"""A unit's heading in bold at its line's start, its title or text run on after it
("**Article 1** – Purpose", "**Art. 3.** La commission…"): drawn bold, read as its
words (the panes had shown "**Art. 3.**"). A number opening the bold ("**2.1
Searching**. You can…") keeps it: its close is where the title ends (``bold_title``)."""

_BOLD_NUMBER_RE = re.compile(
    r"^([ \t]*)(\*\*|__)([(\[]?(?:\d{1,3}|[a-z]|[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf])"
    r"(?:[.)\]]|\\\.)?)\2(?=[ \t]+\S)",
    re.MULTILINE,
)
"""A paragraph's number in bold at its line's start, the text run on after it ("**①**
모든 국민은…", "**(a)** The Board…"): the bold is how the number is drawn, no heading
(which names a unit or has a title), so its marks go with the others."""

_FOOTNOTE_MARK_RE = re.compile(r"(?<=\S)[ \t]?\[\^[\w-]{1,20}\](?!:)")
"""A footnote's mark in the text ("Art. 4[^4] Zollbefreiung", "vom 26. Oktober 2011[^5]"),
drawn as a raised number: no word of the text, and after an article's number it had
hidden the heading (the article read as the end of the one before). The notes
themselves ("[^4]: Fassung gemäss …"), at the start of their lines, stay."""
_EMPTY_BOLD_RE = re.compile(r"(?<=\S)\*\*([ \t]*)\*\*(?=\S)")
"""Bold closed and opened again with nothing between ("**Art.**** ****4**", as pages
converted to Markdown print a heading set in several runs): one bold run."""
_SUFFIX_AFTER_BOLD_RE = re.compile(
    rf"^([ \t]*\*\*[^*\n]{{1,60}}?)\*\*[ \t]?({'|'.join(LATIN_SUFFIXES)})\b", re.MULTILINE
)
"""The mark of an article put in between two others set after the bold of its number
("**ARTICULO 4º**bis— …"): it is part of the heading ("4 bis"), which had read as a
second article 4."""


_CRAMPED_HEADING_RE = re.compile(r"^([ ]{0,3}#{2,6})(?=[^\W_])", re.M)
"""Heading marks with no space before the words ("###Artikel 8c", "###1"), as some
copies of laws and charters print them: a strict reading of Markdown takes them for
words of the text."""


def tidied(text: str) -> str:
    """Lines without trailing spaces (a line of spaces is the blank line it looks like,
    above a setext title too), a space after cramped heading marks, links as their words,
    no bold marks inside a line, and none of the marks a renderer alone reads
    (``_MARKUP_NOISE_RE``)."""
    if holds(text, " \n") or holds(text, "\t\n"):
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    if holds(text, "##") and _CRAMPED_HEADING_RE.search(text):  # (the fences read only then)
        fenced = _fenced(text)
        text = _CRAMPED_HEADING_RE.sub(lambda m: m[0] if fenced(m.start()) else m[1] + " ", text)
    if holds(text, "]("):
        text = _ANCHOR_LINK_RE.sub(r"\1", text)
        text = _WEB_LINK_RE.sub(r"\1", text)
        text = _TRAILING_IMAGE_RE.sub("", text)
    if holds(text, "[^"):
        text = _FOOTNOTE_MARK_RE.sub("", text)
    if holds(text, "****"):
        text = _EMPTY_BOLD_RE.sub(r"\1", text)
    if holds(text, "**") and _SUFFIX_AFTER_BOLD_RE.search(text):
        text = _SUFFIX_AFTER_BOLD_RE.sub(r"\1 \2**", text)
    if holds(text, "**") or holds(text, "__"):
        text = _INNER_BOLD_RE.sub(lambda m: m[2] if _unheading(m) else m[0], text)
        text = _BOLD_NUMBER_RE.sub(r"\1\3", text)
        text = _WHOLE_LINE_BOLD_RE.sub(r"\1\3", text)
        text = _RUN_IN_BOLD_RE.sub(r"\1\3", text)
    if "*" in text:
        text = _EMPHASIS_RE.sub(r"\1", text)
    if "`" in text:
        fenced = _fenced(text)
        text = _CODE_SPAN_RE.sub(lambda m: m[0] if fenced(m.start()) else m[1], text)
    if holds(text, "{:") or holds(text, "{#") or "<" in text:
        fenced = _fenced(text)
        text = _MARKUP_NOISE_RE.sub(lambda m: m[0] if fenced(m.start()) else "", text)
    if holds(text, "\n1. ") or holds(text, "\n1) "):
        text = _counted_lists(text)
    return text


_LIST_ITEM_RE = re.compile(r"^([ ]{0,3})(\d{1,3})([.)])[ \t]+\S", re.M)
_ENDS_LIST_RE = re.compile(r"\n[ ]{0,3}#|\n\n(?=[^\s\d])")
"""Between two items, what ends a list: a heading, or a paragraph set flush after a
blank line (a lazy line of an item follows its line with no blank line between)."""
SAME_NUMBER_LEAST = 3
"""Items of one number from which a list is numbered as Markdown shows it."""


def _counted_lists(text: str) -> str:
    """Lists whose items all carry one number ("1." each, so that the source need not
    be renumbered when an item is put in) numbered as Markdown shows them: from that
    number up. Semantic Versioning's rules read as 1 to 11, not eleven rules "1"."""
    fenced = _fenced(text)
    runs: list[list[re.Match[str]]] = []
    for m in _LIST_ITEM_RE.finditer(text):
        if fenced(m.start()):
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (m[1], m[3]) == (last[1], last[3])
            and not _ENDS_LIST_RE.search(text, last.end(), m.start())
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    pieces, at = [], 0
    for run in runs:
        if len(run) < SAME_NUMBER_LEAST or len({m[2] for m in run}) > 1:
            continue
        for k, m in enumerate(run):
            pieces += [text[at : m.start(2)], str(int(m[2]) + k)]
            at = m.end(2)
    return "".join([*pieces, text[at:]]) if pieces else text


_CODE_SPAN_RE = re.compile(r"(?<![`\w])`([^`\n\\]{1,80})`(?![`\w])")
"""A few words set as code inside a line ("**G. (MADDE 107)** `Mülga`", a repealed
article's notice): a renderer shows them without the backticks (a fenced block keeps
them, and a span with a backslash, which is read as written: ``_literal_at``)."""
_EMPHASIS_RE = re.compile(r"(?<![*\w\\])\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![*\w])")
"""Words in italics inside a line ("a *threat* to health"): the marks go, the words stay
(a star after a number, "10*)", or opening a list item stays)."""


def _unheading(bold: re.Match[str]) -> bool:
    """Whether bold marks no heading: it stands inside a line, or names a field at a
    line's start ("**Type:** Ordinance")."""
    return bold[2].endswith(":") or _inside_line(bold.string, bold.start())


def _inside_line(text: str, at: int) -> bool:
    """Whether anything but spaces stands before ``at`` on its line."""
    return bool(text[text.rfind("\n", 0, at) + 1 : at].strip())


def markdown_outline(text: str, tidy: bool = True) -> tuple[OutlineHeading, ...]:
    """The headings of a Markdown text, ATX ("## Your Rights" is level 2) and setext
    (a title underlined with "===" is level 1, with "---" level 2), as the segmenter
    finds their lines once ``flatten_markup`` has taken the marks off; none inside a
    fenced block of code. ``tidy=False``: the text has been through ``tidied``."""
    text = _unanchored(_unglued(_asciidoc_titles(tidied(text) if tidy else text)))
    if not _may_hold_headings(text):
        return ()
    fenced = _fenced(text)
    found = [
        (m.start(), OutlineHeading(
            len(m.group(0).lstrip(" ")) - len(m.group(0).lstrip(" ").lstrip("#")),
            _plain_heading(m.group("text")),
        ))
        for m in _MARKDOWN_HEADING_RE.finditer(text) if not fenced(m.start())
    ]  # fmt: skip
    found += [
        (
            m.start(),
            OutlineHeading(
                _SETEXT_LEVELS[m.group("rule")[0]], _plain_heading(m.group("text").strip())
            ),
        )
        for m in _SETEXT_RE.finditer(text)
        if not fenced(m.start()) and _rule_fits(m.group("text").strip(), m.group("rule"))
    ]
    return tuple(heading for _, heading in sorted(found, key=lambda f: f[0]))


def flatten_markup(text: str, tidy: bool = True) -> str:
    """Plain-text conventions the segmenter does not know, rewritten as plain lines.

    Markdown heading marks go so that "# Article 1" reads as a heading, and the
    paragraph under a heading joins it (a title over its text); a setext title loses
    its underline; a mark escaped as Markdown writes it ("5\\.  NOTICE", "\\*") is
    a plain mark again; page and paragraph separators become line breaks. Blocks of code
    are left as they are. ``tidy=False``: the text has been through ``tidied``.
    """
    text = _unglued(_asciidoc_titles(tidied(text) if tidy else text))
    if _may_hold_headings(text):
        text = _unanchored(text)

        fenced = _fenced(text)
        text = _MARKDOWN_TITLED_RE.sub(
            lambda m: (
                m.group(0) if fenced(m.start()) or _opens_unit(text, m.end()) else m[1] + "\n"
            ),
            text,
        )
        fenced = _fenced(text)
        text = _MARKDOWN_HEADING_RE.sub(
            lambda m: m[0] if fenced(m.start()) else _unbolded(m["text"]), text
        )
        fenced = _fenced(text)
        text = _SETEXT_RE.sub(
            lambda m: (
                _unbolded(m.group("text"))
                if not fenced(m.start()) and _rule_fits(m.group("text").strip(), m.group("rule"))
                else m.group(0)
            ),
            text,
        )
    if "\\" in text:
        fenced = _fenced(text)
        text = _ESCAPED_MARK_RE.sub(
            lambda m: m[0] if fenced(m.start()) or _literal_at(text, m.start()) else m[1], text
        )
    if holds(text, "\n:"):
        fenced = _fenced(text)
        text = _DEFINITION_RE.sub(lambda m: m[0] if fenced(m.start()) else ": ", text)
    return replaced(_superscripts(text), _BREAKS)


def _literal_at(text: str, pos: int) -> bool:
    """Whether a backslash stands where Markdown keeps it as written: on a line set
    in by four spaces or a tab (code, as a regular expression quoted in a standard is
    printed: "/[^,:{}\\[\\]0-9.\\-+]/" lost its backslashes), or inside `code`."""
    start = text.rfind("\n", 0, pos) + 1
    if text.startswith(("    ", "\t"), start):
        return True
    return text.count("`", start, pos) % 2 == 1


_DEFINITION_RE = re.compile(r"(?<=[^\n])\n:[ \t]+(?=\S)")
"""The mark of a definition under its term ("Ausfertigungsdatum" / ":   1953-08-04"):
the definition goes on the term's line, after a colon ("Ausfertigungsdatum: 1953-08-04");
on a line of its own, "Art. 3 G v. 6.12.2011" (the act that last amended a law) would
head an article."""


def _superscripts(text: str) -> str:
    """Superscripts set in HTML as the law prints them ("§ 3<sup>1</sup>" is "§ 3¹")."""
    if holds(text, "<sup>") or holds(text, "<SUP>"):
        return _SUP_RE.sub(lambda m: superscript(m[1]), text)
    return text


_MARKUP_NOISE_RE = re.compile(
    # Kramdown's attribute lists, on a line of their own or after a heading's words
    # ("{: #telemetry }", "### Sync {: #sync }"), and Pandoc's "{#sync}"
    r"^[ \t]*\{:[^}\n]*\}[ \t]*\n|[ \t]*\{(?::|#)[^}\n]*\}(?=[ \t]*$)"
    # inline HTML that only styles words: "<span class=…>Aviso</span>"
    r"|</?(?:span|font|small|mark|abbr|em|strong|b|i|u)\b[^>\n]*>"
    # an empty anchor a link of the contents leads to: '<a id="s1"></a>**1\. Our Mission**'
    r"|<a[ \t]+(?:id|name)=[^>\n]*>[ \t]*</a>"
    # a tag alone on its line that a page converted to Markdown kept ('<meta http-equiv=…>')
    r"|^[ \t]*</?(?:meta|link|div|section|article|header|footer|br|hr|img)\b[^>\n]*>[ \t]*\n",
    re.MULTILINE | re.IGNORECASE,
)
"""What a Markdown source holds for its renderer alone, taken out of the words read."""


_BOLD_WHOLE_RE = re.compile(r"(\*\*|__)(?P<inner>[^*_\n](?:[^\n]*?[^*_\n])?)\1(?P<tail>[.:]?)")


def _unbolded(heading: str) -> str:
    """A heading's words without the bold set over all of them ("### **Trials**"): the
    heading mark says as much already."""
    whole = _BOLD_WHOLE_RE.fullmatch(heading)
    return whole["inner"] + whole["tail"] if whole and "**" not in whole["inner"] else heading


def _plain_heading(heading: str) -> str:
    """A marked heading's words as ``flatten_markup`` leaves them in the text."""
    return _superscripts(_ESCAPED_MARK_RE.sub(r"\1", _unbolded(heading)))


CAPTION_MOST = 120
"""The longest line read as a caption over a unit's heading (no sentence is so short
that it ends without a stop)."""


def _opens_unit(text: str, at: int) -> bool:
    """Whether the paragraph at ``at`` opens with a unit's heading word, in bold or not,
    or with a caption over one ("Devletin şekli" / "MADDE 1 – …", as a constitution
    heads its articles: glued to the title above, the first article's heading stood
    third in its paragraph and was read as the title's text)."""
    first, _, rest = text[at : at + 400].partition("\n")
    if heading_word_re().match(first.lstrip(" *_")):
        return True
    caption = first.strip()
    second = rest.split("\n", 1)[0].lstrip(" *_")
    word = heading_word_re().match(second)
    return (
        word is not None
        and 0 < len(caption) <= CAPTION_MOST
        and not caption.endswith((".", ";", ":", ","))
        and _NUMBER_CLOSES_RE.match(second, word.end()) is not None
    )


_NUMBER_CLOSES_RE = re.compile(r"[ \t]*[\w./-]{1,12}\**[ \t]*(?:[.:)\-–—]|$)")
"""After a heading word, a number that closes the heading ("Article 1 –", "MADDE 1"),
not one a sentence goes on from (a line "§ 75 des Gesetzes" wrapped under a caption-
length line of text)."""


_BREAKS = {"\f": "\n\n", "\v": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
"""Page and paragraph separators, and the line breaks they stand for."""
