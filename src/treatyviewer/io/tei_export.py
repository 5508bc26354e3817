"""TEI P5 critical apparatus in parallel segmentation, one ``<app>`` per lineage.

Every version of the chain is a witness (``<listWit>`` in the header, with its
title, date and provenance). Each lineage becomes one apparatus entry with a
reading per witness: the article's text in that version, or an empty reading
where the article is absent. Notes sit inside the reading they annotate, at the
end of the passage they mark (TEI Guidelines, chapter 12, "Critical Apparatus").
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.atomic import atomic_write_text
from ..core.chain import Chain
from ..core.document import Document
from ..core.lineage import Lineage
from .chain_notes import AnchoredNote, anchored_notes, notes_ending_in
from .lineage_table import version_name
from .report_notes import curated_annotations

if TYPE_CHECKING:
    from ..core.annotations import Annotation

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
ET.register_namespace("", TEI_NS)


def _t(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, _t(tag), attrs)
    if text:
        el.text = text
    return el


def witness_id(version: int) -> str:
    return f"v{version + 1}"


def _provenance(doc: Document) -> str:
    meta = doc.metadata or {}
    parts = [f"Read from {doc.source}." if doc.source else "Read from an unnamed file."]
    place = meta.get("place")
    if isinstance(place, str) and place:
        parts.append(f"Place: {place}.")
    sources = meta.get("sources")
    for source in sources if isinstance(sources, list) else []:
        if isinstance(source, dict) and isinstance(source.get("reference"), str):
            parts.append(f"Source: {source['reference']}")
    note = meta.get("rendering_note")
    if isinstance(note, str) and note:
        parts.append(note)
    return " ".join(parts)


def _header(root: ET.Element, chain: Chain) -> None:
    header = _sub(root, "teiHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    names = [version_name(d, k) for k, d in enumerate(chain.documents)]
    _sub(title_stmt, "title", "Versions compared article by article: " + " → ".join(names))
    publication = _sub(file_desc, "publicationStmt")
    _sub(publication, "p", "Apparatus written by treatyviewer from the texts named below.")
    source_desc = _sub(file_desc, "sourceDesc")
    list_wit = _sub(source_desc, "listWit")
    for k, doc in enumerate(chain.documents):
        witness = _sub(list_wit, "witness", **{XML_ID: witness_id(k), "n": str(k + 1)})
        bibl = _sub(witness, "bibl")
        _sub(bibl, "title", doc.title or names[k])
        date = (doc.metadata or {}).get("date")
        if isinstance(date, str) and date:
            _sub(bibl, "date", date, **({"when": date} if _iso_date(date) else {}))
        _sub(bibl, "note", _provenance(doc), type="provenance")
    encoding = _sub(header, "encodingDesc")
    _sub(encoding, "variantEncoding", method="parallel-segmentation", location="internal")


def _iso_date(text: str) -> bool:
    parts = text.split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def _reading_text(
    rdg: ET.Element, doc: Document, segments: Sequence[int], notes: Sequence[AnchoredNote]
) -> None:
    """The segments' text with each note inserted where its passage ends."""
    last: ET.Element | None = None
    for n, index in enumerate(segments):
        seg = doc.segments[index]
        inside = notes_ending_in(notes, seg.start, seg.end)
        pos = seg.start
        pieces: list[tuple[str, AnchoredNote | None]] = []
        for placed in inside:
            pieces.append((doc.text[pos : placed.end], placed))
            pos = placed.end
        pieces.append((doc.text[pos : seg.end].rstrip("\n"), None))
        if n:
            pieces[0] = ("\n\n" + pieces[0][0], pieces[0][1])
        for text, marker in pieces:
            if last is None:
                rdg.text = (rdg.text or "") + text
            else:
                last.tail = (last.tail or "") + text
            if marker is not None:
                last = _sub(rdg, "note", marker.text, type="annotation")


def _app(
    parent: ET.Element, chain: Chain, n: int, lineage: Lineage, notes: Sequence[AnchoredNote]
) -> None:
    ab = _sub(parent, "ab", type="lineage", n=str(n))
    app = _sub(ab, "app", **{XML_ID: f"lineage-{n}"})
    for step in lineage.steps:
        attrs = {"wit": "#" + witness_id(step.version), "type": step.status}
        if step.present:
            attrs["n"] = " ".join(chain.labels(step))
            attrs[XML_ID] = f"lineage-{n}-{witness_id(step.version)}"
        rdg = _sub(app, "rdg", **attrs)
        if step.present:
            doc = chain.documents[step.version]
            here = [x for x in notes if x.version == step.version]
            _reading_text(rdg, doc, step.segments, here)


def chain_tei(chain: Chain, notes: Iterable[AnchoredNote] = ()) -> str:
    """The TEI document as text (UTF-8, with XML declaration)."""
    root = ET.Element(_t("TEI"))
    _header(root, chain)
    body = _sub(_sub(root, "text"), "body")
    div = _sub(body, "div", type="apparatus")
    notes = list(notes)
    for n, lineage in enumerate(chain.lineages, start=1):
        _app(div, chain, n, lineage, notes)
    ET.indent(root, space=" ")
    body_text = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body_text}\n'


def export_tei(
    chain: Chain, path: str | Path, annotations: Sequence[Annotation] | None = None
) -> None:
    """Write the apparatus atomically; ``None`` annotations means the curated notes."""
    if annotations is None:
        annotations = curated_annotations({d.source for d in chain.documents})
    atomic_write_text(path, chain_tei(chain, anchored_notes(chain, annotations)))
