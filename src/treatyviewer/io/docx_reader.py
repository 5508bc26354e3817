"""Word (.docx) documents: paragraphs, headings, tables and numbered lists as text.

Word stores list numbers ("Article 1", "2.", "b)") as numbering definitions, not
as text, so a reader that only copies runs loses exactly the article headings we
need. The numbering is therefore rebuilt here from ``numbering.xml``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..core.errors import InputError
from ..core.markers import read_marker
from ..core.outline_headings import OutlineHeading
from .docx_numbering import Numbering, child_val
from .docx_package import open_docx
from .report_words import ReportWords
from .text_reader import flatten_markup


@dataclass(frozen=True)
class DocxText:
    """The text of a Word document and the title found in it."""

    text: str
    title: str
    warnings: tuple[str, ...] = ()
    outline: tuple[OutlineHeading, ...] = ()
    """Its paragraphs set in the Title and Heading styles, for the segmenter."""


def _inherited(paragraph: Paragraph, read: Callable[[Any], Any]) -> Any:
    """``read(pPr)`` of the paragraph, else of its style, its base style and so on:
    Word takes a paragraph property the paragraph does not set from its styles."""
    p_pr = paragraph._p.pPr
    found = read(p_pr) if p_pr is not None else None
    style = paragraph.style if found is None else None
    while found is None and style is not None:
        style_ppr = style.element.pPr
        found = read(style_ppr) if style_ppr is not None else None
        style = style.base_style
    return found


def _num_pr(paragraph: Paragraph, numbering: Numbering) -> tuple[str, int] | None:
    """List id and level of a paragraph, directly or through its style chain. A
    style that names a list but no level takes the level that names the style."""
    num_pr = _inherited(paragraph, lambda p_pr: p_pr.numPr)
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = str(num_pr.numId.val)
    if num_pr.ilvl is not None:
        return num_id, int(num_pr.ilvl.val)
    styles, style = [], paragraph.style
    while style is not None:
        styles.append(style.style_id)
        style = style.base_style
    return num_id, numbering.level_of_style(num_id, styles) or 0


_WRAPPERS = frozenset(
    qn(tag)
    for tag in ("w:ins", "w:moveTo", "w:hyperlink", "w:smartTag", "w:sdt", "w:sdtContent",
                "w:fldSimple", "w:customXml", "w:dir", "w:bdo")
)  # fmt: skip
"""Elements whose runs are text as Word shows it: tracked insertions (read as
accepted), links, content controls and the like."""
_STRUCK = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom"))
"""Tracked deletions and the old place of moved text: not in the text as accepted."""
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n",
             qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}  # fmt: skip
_ROW_PARTS = frozenset(qn(tag) for tag in ("w:tr", "w:tc", "w:sdt", "w:sdtContent", "w:customXml"))
"""Between a table and the paragraphs of its cells: rows, cells and the content
controls and custom markup that may wrap a row or a cell."""
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
"""The older drawing of a shape, repeated beside the newer one: read only once."""
_NOTE_REFS = {qn("w:footnoteReference"): "footnotes", qn("w:endnoteReference"): "endnotes"}
_NOTE_NAMES = {"footnotes": "Footnote", "endnotes": "Endnote"}
_OFF = ("0", "false", "off")
_PRIVATE_USE = range(0xE000, 0xF900)
"""Symbol-font characters (``w:sym``) drawn from a font's private codes: no letter."""


def _is_on(node: Any) -> bool:
    return node is not None and node.get(qn("w:val"), "1") not in _OFF


def _hidden(run: Any) -> bool:
    """Hidden text (``w:vanish``): Word neither shows nor prints it."""
    r_pr = run.find(qn("w:rPr"))
    return r_pr is not None and _is_on(r_pr.find(qn("w:vanish")))


def _symbol(sym: Any) -> str:
    try:
        code = int(sym.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    return "" if code in _PRIVATE_USE else chr(code)


def _accepted_text(element: Any) -> str:
    """A paragraph's text with its tracked changes accepted: inserted runs read,
    deleted ones and hidden text left out (python-docx's ``Paragraph.text`` drops
    both kinds of tracked change)."""
    pieces: list[str] = []
    for child in element.iterchildren():
        if child.tag == qn("w:r"):
            if _hidden(child):
                continue
            for item in child.iterchildren():
                if item.tag in _RUN_TEXT:
                    pieces.append(_RUN_TEXT[item.tag] or item.text or "")
                elif item.tag == qn("w:sym"):
                    pieces.append(_symbol(item))
        elif child.tag in _WRAPPERS:
            pieces.append(_accepted_text(child))
    return "".join(pieces)


def _mark_struck(element: Any) -> bool:
    """Whether the paragraph mark itself is a tracked deletion (or moved away)."""
    r_pr = element.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    return r_pr is not None and any(r_pr.find(tag) is not None for tag in _STRUCK)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def tracked_changes(document: Any) -> tuple[int, int]:
    """Tracked insertions and deletions in the document's body (a paragraph mark
    inserted or deleted with its text is part of that change, not one more)."""

    def count(*tags: str) -> int:
        return sum(1 for node in body.iter(*tags) if node.getparent().tag != qn("w:rPr"))

    body = document.element.body
    return count(qn("w:ins"), qn("w:moveTo")), count(*_STRUCK)


def _is_contents(node: Any) -> bool:
    """A content control holding a generated table of contents (its page numbers
    change with every edit above them)."""
    gallery = node.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and (gallery.get(qn("w:val")) or "").startswith("Table of Contents")


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph (not those inside them)."""
    stack = list(paragraph.iterchildren())
    stack.reverse()
    while stack:
        node = stack.pop()
        if node.tag == _TEXT_BOX:
            yield node
        elif node.tag != _FALLBACK:
            stack.extend(reversed(list(node.iterchildren())))


@dataclass
class _Reading:
    """What a walk through the document needs beside the XML."""

    document: Any
    notes: dict[str, dict[str, str]]
    warnings: list[str]
    label: str


def _blocks(reading: _Reading, parent: Any) -> Iterator[Block]:
    """The paragraphs of ``parent`` in reading order: those in tables (nested ones
    too), in content controls and in text boxes, each followed by its footnotes and
    endnotes; text embedded from another format (``w:altChunk``) as strings."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == qn("w:p"):
            yield Paragraph(child, reading.document)
            for box in _text_boxes(child):
                yield from _blocks(reading, box)
            for ref in child.iter(*_NOTE_REFS):
                kind = _NOTE_REFS[ref.tag]
                note = reading.notes.get(kind, {}).get(ref.get(qn("w:id"), ""), "")
                if note:
                    yield f"[{_NOTE_NAMES[kind]}: {note}]"
        elif tag == qn("w:tbl"):
            yield from _table(reading, child)
        elif tag == qn("w:sdt") and _is_contents(child):
            continue
        elif tag in _WRAPPERS:
            yield from _blocks(reading, child)
        elif tag == qn("w:altChunk"):
            yield from _embedded(reading, child)


@dataclass
class _Row:
    """A table row: the blocks of each of its cells."""

    cells: list[list[Block]]


Block = Paragraph | str | _Row


def _table(reading: _Reading, table: Any) -> Iterator[_Row]:
    """The rows of a table, also those a content control wraps."""
    for child in table.iterchildren():
        if child.tag == qn("w:tr"):
            yield _Row([list(_blocks(reading, cell)) for cell in _cells(child)])
        elif child.tag in _ROW_PARTS:
            yield from _table(reading, child)


def _cells(row: Any) -> Iterator[Any]:
    for child in row.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag in _ROW_PARTS:  # a content control around a cell
            yield from _cells(child)


def _embedded(reading: _Reading, chunk: Any) -> Iterator[str]:
    """A passage Word shows from a part in another format (HTML, plain text)."""
    rel = chunk.get(qn("r:id"), "")
    part = reading.document.part.related_parts.get(rel)
    if part is None:
        return
    kind = part.content_type
    if kind in ("text/html", "application/xhtml+xml"):
        from .html_reader import read_html

        try:
            yield from read_html(part.blob, reading.label).text.split("\n\n")
        except InputError:
            return
    elif kind == "text/plain":
        yield part.blob.decode("utf-8", "replace")
    else:
        reading.warnings.append(f"a passage embedded as {kind} was left out")


def _notes(document: Any) -> dict[str, dict[str, str]]:
    """Footnote and endnote texts by kind and id (Word's separators left out)."""
    from docx.oxml.parser import parse_xml

    out: dict[str, dict[str, str]] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in _NOTE_NAMES or rel.is_external:
            continue
        part = rel.target_part
        root = getattr(part, "element", None)
        if root is None:
            root = parse_xml(part.blob)
        notes = out.setdefault(kind, {})
        for note in root.iterchildren(qn(f"w:{kind[:-1]}")):
            if note.get(qn("w:type")) in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            text = " ".join(
                " ".join(_accepted_text(p).split()) for p in note.iter(qn("w:p"))
            ).strip()
            notes[note.get(qn("w:id"), "")] = text
    return out


def _style_name(paragraph: Paragraph) -> str:
    try:
        return paragraph.style.name or "" if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def _outline_level(paragraph: Paragraph) -> int | None:
    """Word's outline level (0 for a top heading) set on the paragraph or its style
    chain: what its navigation pane lists, whatever the style is called."""
    value = _inherited(paragraph, lambda p_pr: child_val(p_pr, "w:outlineLvl"))
    try:
        level = int(value) if value is not None else 9
    except ValueError:
        return None
    return level if level < 9 else None


def _paragraph_text(paragraph: Paragraph, numbering: Numbering) -> str:
    """Paragraph text with its list number, as Word shows it.

    A number that is a heading of its own ("Article IV", "Статья 2") goes on its own
    line so that the segmenter sees a heading and not a sentence starting with it.
    """
    text = _accepted_text(paragraph._p).strip()
    if not text and _mark_struck(paragraph._p):
        return ""  # a paragraph deleted whole: gone, its number with it
    num = _num_pr(paragraph, numbering)
    label = numbering.label(*num) if num is not None else ""
    if not label:
        return text
    if not text:
        return label
    heading_like = label[-1].isalnum() and re.search(r"[^\W\d_]{2,}", label)
    if heading_like and not _is_title(text):
        return f"{label}\n{text}"
    return f"{label} {text}"  # "Article 1 Scope": on one line, as Word prints it


TITLE_WORDS = 8
"""Most words of a numbered heading's own text that still read as its title."""


def _is_title(text: str) -> bool:
    """A short line with no sentence's end ("Scope", "Final clauses"), which a
    numbered heading prints beside its number; a sentence goes on a line of its own."""
    return (
        "\n" not in text
        and len(text.split()) <= TITLE_WORDS
        and not text.endswith((".", ";", ":", ","))
    )


def _heading_level(style: str, outline: int | None) -> int:
    """1 for "Heading 1" (9 for a heading style with no number), 0 for the Title."""
    if outline is not None:
        return outline + 1
    if style == "Title":
        return 0
    digits = "".join(ch for ch in style if ch.isdecimal())
    return int(digits) if digits else 9


_CORE_PROPERTIES = "/relationships/metadata/core-properties"


def _own_properties(document: Any) -> bool:
    """Whether the package holds document properties: for one without, the Word library
    makes up a set titled "Word Document", which no one wrote."""
    return any(
        rel.reltype.endswith(_CORE_PROPERTIES) for rel in document.part.package.rels.values()
    )


def _find_title(document: Any, headings: list[tuple[str, int, str]]) -> str:
    title = (document.core_properties.title or "").strip() if _own_properties(document) else ""
    if title:
        return title
    for wanted in ("Title", "Heading 1"):
        for style, _, text in headings:
            # An article's heading set in Heading 1 ("Article I Scope") names no document.
            if style == wanted and (wanted == "Title" or read_marker(text) is None):
                return text
    return ""


def _row_texts(cells: list[list[str]]) -> list[str]:
    """A row of a table as one line, its cells set apart ("Sarp | Turkish | 08:00"),
    so that what belongs to one row reads together and is compared together; a row
    that opens with an article's heading ("Article 2" | its text) is that article,
    each cell a paragraph of its own."""
    filled = [cell for cell in cells if cell]
    flat = [text for cell in filled for text in cell]
    if len(filled) < 2 or read_marker(flat[0]) is not None or any("\n" in t for t in flat):
        return flat
    return [" | ".join(" ".join(cell) for cell in filled)]


def _is_contents_entry(style: str) -> bool:
    return style[:4].casefold() == "toc " or style.casefold() == "toc heading"


def read_docx(data: bytes, label: str) -> DocxText:
    """Text of a .docx package, one paragraph per block separated by blank lines."""
    document = open_docx(data, label)
    try:
        return _read(document, label)
    except (SyntaxError, zlib.error, EOFError) as exc:  # a part parsed only now (lxml)
        raise InputError(
            ReportWords.tr(
                "{0} is a damaged Word document: one of its parts cannot be read ({1}); "
                "open it in Word and save it again"
            ).format(label, exc)
        ) from None


def _read(document: Any, label: str) -> DocxText:
    numbering = Numbering.from_document(document)
    reading = _Reading(document, _notes(document), [], label)
    headings: list[tuple[str, int, str]] = []

    def texts(block: Block) -> list[str]:
        """The paragraphs a block reads as (a row of a table: one or one per cell)."""
        if isinstance(block, str):
            return [block.strip()] if block.strip() else []
        if isinstance(block, _Row):
            return _row_texts([[t for b in cell for t in texts(b)] for cell in block.cells])
        style = _style_name(block)
        text = "" if _is_contents_entry(style) else _paragraph_text(block, numbering)
        if not text:
            return []
        outline = _outline_level(block)
        if style == "Title" or style.startswith("Heading") or outline is not None:
            headings.append((style, _heading_level(style, outline), text))
        return [text]

    paragraphs = [t for block in _blocks(reading, document.element.body) for t in texts(block)]
    if not paragraphs:
        raise InputError(ReportWords.tr("{0} contains no text").format(label))
    inserted, deleted = tracked_changes(document)
    if inserted or deleted:
        reading.warnings.insert(
            0,
            f"tracked changes read as accepted ({_count(inserted, 'insertion')}, "
            f"{_count(deleted, 'deletion')}); "
            "to compare the text before them, reject them in Word and save a copy",
        )
    return DocxText(
        text=flatten_markup("\n\n".join(paragraphs)),
        title=_find_title(document, headings),
        outline=tuple(OutlineHeading(level, text) for _, level, text in headings),
        warnings=tuple(reading.warnings),
    )
