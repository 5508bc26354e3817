"""Word (.docx) documents: paragraphs, headings, tables and numbered lists as text.

Word stores list numbers ("Article 1", "2.", "b)") as numbering definitions, not
as text, so a reader that only copies runs loses exactly the article headings we
need. The numbering is therefore rebuilt here from ``numbering.xml``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..core.errors import InputError
from ..core.numerals import to_roman
from ..core.outline_headings import OutlineHeading
from .text_reader import flatten_markup


@dataclass(frozen=True)
class DocxText:
    """The text of a Word document and the title found in it."""

    text: str
    title: str
    warnings: tuple[str, ...] = ()
    outline: tuple[OutlineHeading, ...] = ()
    """Its paragraphs set in the Title and Heading styles, for the segmenter."""


def _letters(value: int) -> str:
    # Word repeats the letter past z: aa, bb, ...
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _format_number(value: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return to_roman(value)
    if fmt == "lowerRoman":
        return to_roman(value).lower()
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "bullet":
        return ""
    return str(value)


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Numbering:
    """Level definitions per list and the running counters while reading."""

    levels: dict[str, dict[int, _Level]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Any) -> _Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls({})
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    fmt=_child_val(lvl, "w:numFmt") or "decimal",
                    text=_child_val(lvl, "w:lvlText") or "",
                    start=int(_child_val(lvl, "w:start") or "1"),
                )
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        lists = {}
        for num in root.findall(qn("w:num")):
            lists[num.get(qn("w:numId"), "")] = abstract.get(
                _child_val(num, "w:abstractNumId") or "", {}
            )
        return cls(lists)

    def label(self, num_id: str, ilvl: int) -> str:
        """The number text of the next item of list ``num_id`` at level ``ilvl``."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        level = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•"
        text = level.text
        for k in range(ilvl, -1, -1):
            lvl = levels.get(k)
            value = counters.get(k, lvl.start if lvl else 1)
            text = text.replace(f"%{k + 1}", _format_number(value, lvl.fmt if lvl else "decimal"))
        return text.strip()


def _child_val(node: Any, tag: str) -> str | None:
    child = node.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _num_pr(paragraph: Paragraph) -> tuple[str, int] | None:
    """List id and level of a paragraph, directly or through its style chain."""
    p_pr = paragraph._p.pPr
    num_pr: Any = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    while num_pr is None and style is not None:
        style_ppr = style.element.pPr
        num_pr = style_ppr.numPr if style_ppr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return str(num_pr.numId.val), int(ilvl)


_WRAPPERS = frozenset(
    qn(tag)
    for tag in ("w:ins", "w:moveTo", "w:hyperlink", "w:smartTag", "w:sdt", "w:sdtContent",
                "w:fldSimple", "w:customXml", "w:dir", "w:bdo")
)  # fmt: skip
"""Elements whose runs are text as Word shows it: tracked insertions (read as
accepted), links, content controls and the like."""
_STRUCK = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom"))
"""Tracked deletions and the old place of moved text: not in the text as accepted."""
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-"}  # fmt: skip


def _blocks(document: Any) -> Iterator[Paragraph | Table]:
    """Body paragraphs and tables in document order, also those inside content
    controls (a form or template wraps whole passages in them)."""

    def walk(parent: Any) -> Iterator[Paragraph | Table]:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document)
            elif child.tag in _WRAPPERS:
                yield from walk(child)

    yield from walk(document.element.body)


def _accepted_text(element: Any) -> str:
    """A paragraph's text with its tracked changes accepted: inserted runs read,
    deleted ones left out (python-docx's ``Paragraph.text`` drops both)."""
    pieces: list[str] = []
    for child in element.iterchildren():
        if child.tag == qn("w:r"):
            for item in child.iterchildren():
                if item.tag in _RUN_TEXT:
                    pieces.append(_RUN_TEXT[item.tag] or item.text or "")
        elif child.tag in _WRAPPERS:
            pieces.append(_accepted_text(child))
    return "".join(pieces)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def tracked_changes(document: Any) -> tuple[int, int]:
    """Tracked insertions and deletions in the document's body."""
    body = document.element.body
    inserted = sum(1 for _ in body.iter(qn("w:ins"), qn("w:moveTo")))
    return inserted, sum(1 for _ in body.iter(*_STRUCK))


def _table_paragraphs(table: Table) -> Iterator[Paragraph]:
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            # Merged cells repeat the same cell object across the span.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            yield from cell.paragraphs


def _style_name(paragraph: Paragraph) -> str:
    try:
        return paragraph.style.name or "" if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""


def _paragraph_text(paragraph: Paragraph, numbering: _Numbering) -> str:
    """Paragraph text with its list number, as Word shows it.

    A number that is a heading of its own ("Article IV", "Статья 2") goes on its own
    line so that the segmenter sees a heading and not a sentence starting with it.
    """
    text = _accepted_text(paragraph._p).strip()
    num = _num_pr(paragraph)
    label = numbering.label(*num) if num is not None else ""
    if not label:
        return text
    if not text:
        return label
    heading_like = label[-1].isalnum() and re.search(r"[^\W\d_]{2,}", label)
    return f"{label}\n{text}" if heading_like else f"{label} {text}"


def _heading_level(style: str) -> int:
    """1 for "Heading 1" (9 for a heading style with no number), 0 for the Title."""
    if style == "Title":
        return 0
    digits = "".join(ch for ch in style if ch.isdigit())
    return int(digits) if digits else 9


def _find_title(document: Any, headings: list[tuple[str, str]]) -> str:
    title = (document.core_properties.title or "").strip()
    if title:
        return title
    for wanted in ("Title", "Heading 1"):
        for style, text in headings:
            if style == wanted:
                return text
    return ""


def read_docx(data: bytes, label: str) -> DocxText:
    """Text of a .docx package, one paragraph per block separated by blank lines."""
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(
            f"{label} is a damaged Word document (the ZIP package is incomplete or corrupt); "
            "open it in Word and save it again"
        ) from None
    except Exception as exc:  # python-docx raises many types for broken packages
        raise InputError(
            f"{label} is not a readable Word document ({type(exc).__name__}: {exc}); "
            "open it in Word and save it again"
        ) from None
    numbering = _Numbering.from_document(document)
    paragraphs: list[str] = []
    headings: list[tuple[str, str]] = []
    for block in _blocks(document):
        items = [block] if isinstance(block, Paragraph) else list(_table_paragraphs(block))
        for paragraph in items:
            text = _paragraph_text(paragraph, numbering)
            if not text:
                continue
            style = _style_name(paragraph)
            if style == "Title" or style.startswith("Heading"):
                headings.append((style, text))
            paragraphs.append(text)
    if not paragraphs:
        raise InputError(f"{label} contains no text")
    inserted, deleted = tracked_changes(document)
    warnings = (
        (
            f"tracked changes read as accepted ({_count(inserted, 'insertion')}, "
            f"{_count(deleted, 'deletion')}); "
            "to compare the text before them, reject them in Word and save a copy",
        )
        if inserted or deleted
        else ()
    )
    return DocxText(
        text=flatten_markup("\n\n".join(paragraphs)),
        title=_find_title(document, headings),
        outline=tuple(OutlineHeading(_heading_level(style), text) for style, text in headings),
        warnings=warnings,
    )
