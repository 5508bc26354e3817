"""Word packages written from raw WordprocessingML, for the layouts python-docx cannot
make itself (content controls around rows, list styles, tracked paragraph marks,
text boxes, footnotes)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(text: str = "", num: str | None = None, level: int = 0, style: str = "",
         runs: str | None = None, props: str = "") -> str:  # fmt: skip
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    ppr += props
    body = runs if runs is not None else (run(text) if text else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def cell(inner: str) -> str:
    return f"<w:tc>{inner}</w:tc>"


def row(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


def table(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def control(inner: str, gallery: str = "") -> str:
    """A content control (``w:sdt``) around ``inner``; ``gallery`` names its kind."""
    kind = f'<w:docPartObj><w:docPartGallery w:val="{gallery}"/></w:docPartObj>' if gallery else ""
    return f"<w:sdt><w:sdtPr>{kind}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def numbering(definitions: dict[str, str], instances: dict[str, str]) -> str:
    """``definitions``: abstract id → its levels' XML; ``instances``: num id → XML
    inside the ``w:num`` (its ``w:abstractNumId`` and any overrides)."""
    out = [f"{_HEAD}<w:numbering {NS}>"]
    out += [
        f'<w:abstractNum w:abstractNumId="{key}">{levels}</w:abstractNum>'
        for key, levels in definitions.items()
    ]
    out += [f'<w:num w:numId="{key}">{inner}</w:num>' for key, inner in instances.items()]
    return "".join(out) + "</w:numbering>"


def level(
    text: str, fmt: str = "decimal", ilvl: int = 0, start: int | None = 1, style: str = ""
) -> str:
    """A list level; ``start`` None leaves the start out (Word then counts from 0),
    ``style`` names the paragraph style numbered at this level."""
    first = f'<w:start w:val="{start}"/>' if start is not None else ""
    tied = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}">{first}<w:numFmt w:val="{fmt}"/>{tied}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def write_docx(
    path: Path,
    body: str,
    *,
    numbering_xml: str = "",
    styles: str = "",
    footnotes: str = "",
) -> Path:
    """A package made by python-docx with its body (and numbering, extra styles,
    footnotes) replaced."""
    base = io.BytesIO()
    docx.Document().save(base)
    source = zipfile.ZipFile(io.BytesIO(base.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = f"{_HEAD}<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"
                data = data.encode()
            elif item.filename == "word/numbering.xml" and numbering_xml:
                data = numbering_xml.encode()
            elif item.filename == "word/styles.xml" and styles:
                data = data.replace(b"</w:styles>", styles.encode() + b"</w:styles>")
            elif footnotes and item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Target="footnotes.xml" Type="http://schemas.'
                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes"/>'
                    b"</Relationships>",
                )
            elif footnotes and item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            out.writestr(item, data)
        if footnotes:
            out.writestr(
                "word/footnotes.xml", f"{_HEAD}<w:footnotes {NS}>{footnotes}</w:footnotes>"
            )
    return path
