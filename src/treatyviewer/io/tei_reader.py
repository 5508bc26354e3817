"""TEI XML editions, rendered as plain text whose headings the segmenter knows.

Scholarly editions mark articles as ``<div type="article" n="4">``; the printed
heading may be missing or say something else ("Frontiers"). We write
"Article 4" on a line of its own so that segmentation works the same as for a
plain-text copy. Parsing goes through defusedxml: a file that declares entities
could blow up memory (billion laughs) or pull in local files (XXE), so such
files are refused with a message instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from ..core.errors import InputError
from ..core.outline_headings import OutlineHeading
from .limits import ReadLimits, refuse
from .report_words import ReportWords

# Elements whose children are blocks; their own loose text is kept as a block too.
_CONTAINERS = frozenset(
    {
        "TEI", "text", "front", "body", "back", "group", "div", "div1", "div2", "div3",
        "div4", "list", "lg", "table", "row", "opener", "closer", "argument", "floatingText",
        "sp", "titlePage", "docTitle", "listBibl", "postscript",
    }
)  # fmt: skip
# Editorial apparatus that would interrupt the treaty text if inlined.
_SKIPPED = frozenset({"teiHeader", "note", "fw", "figDesc", "interpGrp", "facsimile", "del"})
_ARTICLE_TYPES = frozenset({"article", "articolo", "artikel", "madde", "статья"})
_ANNEX_TYPES = frozenset({"annex", "appendix", "schedule"})
_HEADING_RE = re.compile(
    r"^\s*(?:article|art\.|статья|ст\.|madde|annex|annexe|appendix|приложение|ek)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TeiText:
    """The text of a TEI file and its title."""

    text: str
    title: str
    encoding: str
    warnings: tuple[str, ...] = ()
    outline: tuple[OutlineHeading, ...] = ()
    """The headings its markup marks (a web page's h1-h6), for the segmenter."""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _inline_text(elem: Element) -> str:
    """Flowing text of an element: notes skipped, line breaks as spaces, a word
    hyphenated over a line break joined again (as the PDF reader joins it)."""
    parts: list[str] = [elem.text or ""]
    for child in elem:
        name = _local(child.tag)
        if name == "choice":
            parts.append(_choice_text(child))
        elif name == "app":
            parts.append(_app_text(child))
        elif name in ("lb", "pb", "cb"):
            # Only the end of the text so far is looked at (joining it all again at
            # every line break of a long paragraph would be quadratic).
            before = "".join(parts[-3:])
            hyphen = _LINE_END_HYPHEN_RE.search(before)
            joined = child.get("break") == "no" or (child.tail or "").lstrip()[:1].islower()
            if hyphen and joined:
                parts[-3:] = [before[: hyphen.start(1)]]
            else:
                parts.append("" if child.get("break") == "no" else " ")
        elif name not in _SKIPPED:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_LINE_END_HYPHEN_RE = re.compile(r"[^\W\d_](-|\u00ad|\u00ac)\s*$")
"""A letter and a hyphen (or soft hyphen, or "¬") at a line's end."""


def _app_text(app: Element) -> str:
    """The reading an apparatus entry prints in the text: its lemma, else its first
    reading (the variants belong to the apparatus, not to the text)."""
    readings = [c for c in app if _local(c.tag) in ("lem", "rdg")]
    lemma = next((c for c in readings if _local(c.tag) == "lem"), None)
    chosen = lemma if lemma is not None else next(iter(readings), None)
    return _inline_text(chosen) if chosen is not None else ""


def _choice_text(choice: Element) -> str:
    """The reading an edition prints: the correction, regularisation or expansion."""
    options = {_local(c.tag): c for c in choice}
    for preferred in ("corr", "reg", "expan"):
        if preferred in options:
            return _inline_text(options[preferred])
    first = next(iter(choice), None)
    return _inline_text(first) if first is not None else ""


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _div_heading(div: Element, place: int = 0) -> list[str]:
    """Heading lines for a div: the printed head, made recognisable if needed; an
    article's ``place`` among its fellows numbers it when it carries no ``n``."""
    kind = (div.get("type") or "").casefold()
    number = _clean(div.get("n") or "") or (str(place) if place else "")
    head = next((c for c in div if _local(c.tag) == "head"), None)
    head_text = _clean(_inline_text(head)) if head is not None else ""
    if head_text and _HEADING_RE.match(head_text):
        return [head_text]
    word = "Article" if kind in _ARTICLE_TYPES else "Annex" if kind in _ANNEX_TYPES else ""
    lines = [f"{word} {number}"] if word and number else []
    return lines + ([head_text] if head_text else [])


def _is_article(elem: Element) -> bool:
    return (
        _local(elem.tag).startswith("div") and (elem.get("type") or "").casefold() in _ARTICLE_TYPES
    )


def _blocks(elem: Element, place: int = 0) -> list[str]:
    """The blocks of an element; ``place``: an article div's number counted among
    its fellows (the one after the last numbered, or its place)."""
    name = _local(elem.tag)
    if name in _SKIPPED:
        return []
    if name not in _CONTAINERS:
        text = _clean(_inline_text(elem))
        return [text] if text else []
    blocks: list[str] = []
    if name.startswith("div"):
        blocks.extend(_div_heading(elem, place))
    loose = _clean(elem.text or "")
    if loose:
        blocks.append(loose)
    articles = 0
    for child in elem:
        if _is_article(child):
            n = (child.get("n") or "").strip()
            articles = int(n) if n.isdecimal() else articles + 1
        if not (name.startswith("div") and _local(child.tag) == "head"):
            blocks.extend(_blocks(child, articles if _is_article(child) else 0))
        tail = _clean(child.tail or "")
        if tail:
            blocks.append(tail)
    return blocks


def _find(root: Element, *path: str) -> Element | None:
    node: Element | None = root
    for step in path:
        if node is None:
            return None
        node = next((c for c in node if _local(c.tag) == step), None)
    return node


def _title(root: Element) -> str:
    for tei in [root, *(c for c in root.iter() if _local(c.tag) == "TEI")]:
        title = _find(tei, "teiHeader", "fileDesc", "titleStmt", "title")
        if title is not None:
            return _clean(_inline_text(title))
    return ""


class _TooLarge(Exception):
    def __init__(self, field: str, what: str) -> None:
        super().__init__(what)
        self.field = field
        self.what = what


class _BoundedBuilder(TreeBuilder):
    """Builds the tree while counting elements and depth, and stops at a limit:
    a deep or huge tree costs memory, and reading it back recurses."""

    def __init__(self, limits: ReadLimits) -> None:
        super().__init__()
        self.depth = self.count = 0
        self.max_depth, self.max_count = limits.xml_depth, limits.xml_elements

    def start(self, tag: Any, attrs: Any) -> Element:
        self.depth += 1
        self.count += 1
        if self.depth > self.max_depth:
            raise _TooLarge(
                "xml_depth",
                ReportWords.tr("nests elements deeper than {0} levels").format(self.max_depth),
            )
        if self.count > self.max_count:
            raise _TooLarge(
                "xml_elements",
                ReportWords.tr("has more than {0} elements").format(f"{self.max_count:,}"),
            )
        return super().start(tag, attrs)

    def end(self, tag: Any) -> Element:
        self.depth -= 1
        return super().end(tag)


def _parse(data: bytes, label: str, encoding: str | None, limits: ReadLimits) -> Element:
    parser = DefusedXMLParser(
        target=_BoundedBuilder(limits),
        encoding=encoding,
        forbid_dtd=False,
        forbid_entities=True,
        forbid_external=True,
    )
    try:
        parser.feed(data)
        root: Element = parser.close()
    except _TooLarge as exc:
        raise refuse(label, ReportWords.tr("{0}, the limit").format(exc.what), exc.field) from None
    except EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:
            reason = ReportWords.tr(
                "declares an external entity ({0}) that would read another file"
            ).format(exc.name)
        else:
            reason = ReportWords.tr(
                "declares an XML entity ({0}); entity expansion can exhaust memory"
            ).format(exc.name)
        raise InputError(
            ReportWords.tr(
                "{0} {1}; such files are refused for safety — "
                "remove the entity declarations from its DOCTYPE"
            ).format(label, reason)
        ) from None
    except (ExternalReferenceForbidden, DTDForbidden) as exc:
        raise InputError(
            ReportWords.tr(
                "{0} refers to an external file ({1}); such files are refused for "
                "safety — remove the reference from its DOCTYPE"
            ).format(label, exc.sysid)
        ) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise InputError(
            ReportWords.tr(
                "{0} is not well-formed XML (line {1}, column {2}): {3}; "
                "fix the file in an XML editor"
            ).format(label, line, column + 1, _clean(str(exc)).split(":")[0])
        ) from None
    except (LookupError, ValueError) as exc:
        raise InputError(
            ReportWords.tr("{0} cannot be read as XML ({1})").format(label, exc)
        ) from None
    return root


def _outer_texts(elem: Element) -> Iterator[Element]:
    """The <text> elements not inside another (a <group>'s texts are read with it)."""
    for child in elem:
        if _local(child.tag) == "text":
            yield child
        elif _local(child.tag) not in _SKIPPED:
            yield from _outer_texts(child)


def _declared_encoding(data: bytes) -> str:
    match = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data)
    return match.group(1).decode("ascii").lower() if match else "utf-8"


def read_tei(
    data: bytes, label: str, encoding: str | None = None, limits: ReadLimits | None = None
) -> TeiText:
    """Text of a TEI document (or, failing that, of any XML document)."""
    root = _parse(data, label, encoding, limits or ReadLimits())
    warnings: list[str] = []
    texts = [root] if _local(root.tag) == "text" else list(_outer_texts(root))
    if not texts:
        warnings.append("not a TEI document (no <text> element); all of its text was read")
        blocks = [_clean(t) for t in root.itertext() if _clean(t)]
    else:
        try:  # a corpus (<teiCorpus>) holds its documents' texts one after the other
            blocks = [block for body in texts for block in _blocks(body)]
        except RecursionError:  # only when --max-depth was raised far above the default
            raise refuse(
                label, ReportWords.tr("nests elements too deeply to be read"), "xml_depth"
            ) from None
    if not blocks:
        raise InputError(ReportWords.tr("{0} contains no text").format(label))
    return TeiText(
        text="\n\n".join(blocks),
        title=_title(root),
        encoding=encoding or _declared_encoding(data),
        warnings=tuple(warnings),
    )
