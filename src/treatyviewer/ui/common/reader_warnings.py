"""Reader warnings in the interface language.

The readers (``io``) and the segmenter (``core``) speak English: the command
line prints their warnings as they are. The window recognises their fixed
patterns here and shows them translated; a warning it does not know is shown
in English rather than not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...core.bidi import isolated
from ...core.document import Document
from ...core.structure_summary import summary_of
from ...core.unrelated import UNRELATED


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("ReaderWarnings", text, disambiguation, n)


def _decoded(m: re.Match[str]) -> str:
    if m["how"] == "guessed":
        text = tr("decoded as {0} (guessed); choose another encoding if it looks wrong")
    else:
        text = tr("decoded as {0} (no byte-order mark); choose another encoding if it looks wrong")
    return text.format(m["enc"])


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"decoded as (?P<enc>\S+) \((?P<how>guessed|no byte-order mark)\); "
            r"choose another encoding if it looks wrong"
        ),
        _decoded,
    ),
    (
        re.compile(r"(?P<what>.+) appears (?P<n>\d+) times; the repeat is labelled (?P<label>.+)"),
        lambda m: tr("{0} appears %n times; the repeat is labelled {1}", "", int(m["n"])).format(
            m["what"], m["label"]
        ),
    ),
    (
        re.compile(
            r"(?P<n>\d+) headings repeat an earlier number \(the first: (?P<what>.+)\); "
            r"each repeat is labelled with #2, #3 and so on"
        ),
        lambda m: tr(
            "%n headings repeat an earlier number (the first: {0}); each repeat is labelled "
            "with #2, #3 and so on",
            "",
            int(m["n"]),
        ).format(m["what"]),
    ),
    (
        re.compile(r"article numbers are not in order \((?P<a>.+) is followed by (?P<b>.+)\)"),
        lambda m: tr("article numbers are not in order ({0} is followed by {1})").format(
            m["a"], m["b"]
        ),
    ),
    (
        re.compile(r"no article headings found; the text is compared paragraph by paragraph"),
        lambda m: tr("no article headings found; the text is compared paragraph by paragraph"),
    ),
    (
        re.compile(r"the PDF is encrypted without a password for reading; opened it"),
        lambda m: tr("the PDF is encrypted without a password for reading; opened it"),
    ),
    (
        re.compile(
            r"(?:1 byte at position (?P<at>\d+) is|(?P<n>\d+) bytes \(the first at position "
            r"(?P<first>\d+)\) are) not UTF-8 and shown as \ufffd; "
            r"choose another encoding if it looks wrong"
        ),
        lambda m: _stray(m),
    ),
    (
        re.compile(r"header/footer lines removed \((?P<lines>.+)\)"),
        lambda m: tr("header/footer lines removed ({0})").format(_furniture(m["lines"])),
    ),
    (
        re.compile(r"line numbers in the margin removed \((?P<n>\d+) lines\)"),
        lambda m: tr("line numbers in the margin removed (%n line(s))", "", int(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d+) footnotes? set after the paragraphs? that cites? (?:it|them)"),
        lambda m: tr("%n footnote(s) set after the paragraph that cites it", "", int(m["n"])),
    ),
    (
        re.compile(
            r"(?P<bare>\d+) of (?P<all>\d+) pages have no text layer \(scanned pages\?\); "
            r"their text is missing — run OCR on the PDF first"
        ),
        lambda m: tr(
            "{0} of %n page(s) have no text layer (scanned pages?); their text is missing — "
            "run OCR on the PDF first",
            "",
            int(m["all"]),
        ).format(m["bare"]),
    ),
    (
        re.compile(r"a passage embedded as (?P<kind>.+) was left out"),
        lambda m: tr("a passage embedded as {0} was left out").format(m["kind"]),
    ),
    (
        re.compile(
            r"tracked changes read as accepted \((?P<ins>\d+) insertions?, "
            r"(?P<dels>\d+) deletions?\); to compare the text before them, "
            r"reject them in Word and save a copy"
        ),
        lambda m: tr(
            "tracked changes read as accepted ({0}, {1}); to compare the text before them, "
            "reject them in Word and save a copy"
        ).format(
            tr("%n insertion(s)", "", int(m["ins"])), tr("%n deletion(s)", "", int(m["dels"]))
        ),
    ),
    (
        re.compile(r"box frames drawn with (?P<chars>.+) were left out \(lines (?P<lines>.+)\)"),
        lambda m: tr("box frames drawn with {0} were left out (lines {1})").format(
            m["chars"], m["lines"]
        ),
    ),
    (
        re.compile(r"(?P<n>\d+) lines? printed twice across a page break (?:was|were) kept once"),
        lambda m: tr("%n line(s) printed twice across a page break kept once", "", int(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d+) words? hyphenated at line ends (?:was|were) rejoined"),
        lambda m: tr("%n word(s) hyphenated at line ends rejoined", "", int(m["n"])),
    ),
    (
        re.compile(r"not a TEI document \(no <text> element\); all of its text was read"),
        lambda m: tr("not a TEI document (no <text> element); all of its text was read"),
    ),
    (
        re.compile(
            r"its front matter \(metadata between '(?P<fence>\S+)' lines, "
            r"lines 1-(?P<last>\d+)\) is not compared"
        ),
        lambda m: tr(
            "its front matter (metadata between '{0}' lines, lines 1-{1}) is not compared"
        ).format(m["fence"], m["last"]),
    ),
    (
        re.compile(r"(?P<n>\d+) lines? of HTML comments \(<!-- \.\.\. -->\) not compared"),
        lambda m: tr("%n line(s) of HTML comments (<!-- ... -->) not compared", "", int(m["n"])),
    ),
    (
        re.compile(
            r"(?:(?P<fences>\d+) fence lines? of Pandoc divs \(:::\))?(?: and )?"
            r"(?:(?P<marks>\d+) attribute blocks? \(\{#id \.class\}\))? not compared"
        ),
        lambda m: _pandoc(m),
    ),
    (
        re.compile(re.escape(UNRELATED)),
        lambda m: tr("the two texts share almost no wording: they may not be versions of one text"),
    ),
)


def _stray(m: re.Match[str]) -> str:
    """Bytes a UTF-8 text held that are not UTF-8 (a transfer broke them)."""
    if m["at"] is not None:
        text = tr(
            "1 byte at position {0} is not UTF-8 and shown as {1}; "
            "choose another encoding if it looks wrong"
        )
        return text.format(m["at"], "\ufffd")
    text = tr(
        "%n bytes (the first at position {0}) are not UTF-8 and shown as {1}; "
        "choose another encoding if it looks wrong",
        "",
        int(m["n"]),
    )
    return text.format(m["first"], "\ufffd")


_FURNITURE = re.compile(r"(?P<n>\d+) (?P<what>running header/footer lines|page numbers)")


def _furniture(lines: str) -> str:
    """ "3 running header/footer lines, 2 page numbers" in the interface language."""

    def one(m: re.Match[str]) -> str:
        if m["what"] == "page numbers":
            return tr("%n page number(s)", "", int(m["n"]))
        return tr("%n running header/footer line(s)", "", int(m["n"]))

    return _FURNITURE.sub(one, lines)


def _pandoc(m: re.Match[str]) -> str:
    said = []
    if m["fences"]:
        said.append(tr("%n fence line(s) of Pandoc divs (:::)", "", int(m["fences"])))
    if m["marks"]:
        said.append(tr("%n attribute block(s) ({#id .class})", "", int(m["marks"])))
    return tr("{0} not compared").format(tr(" and ").join(said))


def translate_warning(warning: str) -> str:
    """``warning`` in the interface language when it is one the readers give."""
    for pattern, render in _PATTERNS:
        m = pattern.fullmatch(warning)
        if m:
            return render(m)
    return warning


def structure_message(doc: Document) -> str:
    """What numbering the segmenter cut the text by, in the interface language.

    Built from the document's segments rather than from the segmenter's English
    sentence, so every language reads it whole.
    """
    found = summary_of(doc)
    if found is None or found.articles_only:
        return ""  # articles found by their headings need no notice
    words = {"§": tr("numbered sections"), "Section": tr("sections"), "Clause": tr("clauses")}
    what = words.get(found.term, tr("articles") if not found.term else tr("units"))
    first, last = isolated(_printed(doc, found.first)), isolated(_printed(doc, found.last))
    text = tr("numbering found: {0} {1} to {2}, {3} in all").format(what, first, last, found.units)
    if found.again:
        text += tr(" ({0} of them numbered again after {1})").format(found.again, last)
    if found.parts:
        text += tr("; numbered paragraphs and points inside them: {0}").format(found.parts)
    if found.headings:
        text += tr("; unnumbered headings kept as segments: {0}").format(found.headings)
    if found.divisions:
        text += tr("; divisions above them (parts, chapters…): {0}").format(found.divisions)
    return text


def _printed(doc: Document, label: str) -> str:
    """A label as the outline names its article: "第一条", not "一" (read as a dash)."""
    for seg in doc.segments:
        if seg.label == label:
            return seg.display_name() if seg.named_as_printed else label
    return label
