"""pypdf post-processing: bookmarks, internal links, comment highlights, metadata.

Qt's PDF engine writes pages and fonts but no outline, no internal links and no
markup annotations; these are what make the export feel like a redline from a
word processor, so they are added here from positions measured in the layout.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Link
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    Fit,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from .export_structure import outline_entries, reference_links
from .report_model import Report
from .report_notes import PlacedNote
from .report_palette import NOTE_TICK, NOTE_TINT
from .report_words import ReportWords

if TYPE_CHECKING:
    from .pdf_geometry import PageGeometry, Quad
    from .report_textdoc import TextDocLayout

PRINT_FLAG = 4


def _rect(geo: PageGeometry, quads: list[Quad]) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for q in quads:
        for x, y in ((q.x1, q.y1), (q.x2, q.y2)):
            px, py = geo.to_pdf(x, y)
            xs.append(px)
            ys.append(py)
    return min(xs), min(ys), max(xs), max(ys)


def _quad_points(geo: PageGeometry, quads: list[Quad]) -> ArrayObject:
    """Upper-left, upper-right, lower-left, lower-right per line (what readers expect)."""
    values: list[float] = []
    for q in quads:
        x1, top = geo.to_pdf(q.x1, q.y1)
        x2, bottom = geo.to_pdf(q.x2, q.y2)
        values += [x1, top, x2, top, x1, bottom, x2, bottom]
    return ArrayObject(FloatObject(round(v, 2)) for v in values)


def _by_page(quads: list[Quad]) -> dict[int, list[Quad]]:
    out: dict[int, list[Quad]] = {}
    for q in quads:
        if q.x2 - q.x1 > 0.5:
            out.setdefault(q.page, []).append(q)
    return out


def _placed(report: Report, number: int) -> PlacedNote | None:
    for block in report.blocks:
        for note in block.notes:
            if note.number == number:
                return note
    return None


def _note_text(report: Report, note: PlacedNote) -> str:
    """A comment's words as the printed note reads: its number, the words it is on (a
    viewer lists comments apart from the page, where a bare note says not what it is
    about), the note, then who wrote it and what it names."""
    from .report_model import entity_line, note_lemma

    extra = " · ".join(p for p in (note.signature, entity_line(note, report)) if p)
    head = " ".join(p for p in (f"[{note.number}]", note_lemma(note), note.note) if p)
    return head + (f"\n{extra}" if extra else "")


BAR_GAP, BAR_WIDTH = 1.5, 2.0
"""Points between a noted line and the bar beside it, and the bar's width."""


def _rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return f"{r:.3f} {g:.3f} {b:.3f} rg"


def _bars(geo: PageGeometry, quads: list[Quad]) -> list[float]:
    """Left x (PDF points) of the bar beside each line: in the margin of its column,
    as the window's tick stands in the pane's margin."""
    return [geo.to_pdf(q.edge, q.y1)[0] - BAR_GAP - BAR_WIDTH for q in quads]


def _appearance(
    writer: PdfWriter, rect: tuple[float, ...], quads: ArrayObject, bars: list[float]
) -> IndirectObject:
    """The highlight drawn as every viewer should draw it, as the window draws a noted
    passage: the note tint over each line's quad, multiplied with what is below, so a
    change's tint and the text stay visible through it, and a bar beside each line."""

    def box(x1: float, top: float, x2: float, bottom: float) -> str:
        return (f"{x1:.2f} {top:.2f} m {x2:.2f} {top:.2f} l {x2:.2f} {bottom:.2f} l "
                f"{x1:.2f} {bottom:.2f} l h f")  # fmt: skip

    lines = [tuple(float(v) for v in quads[k : k + 6]) for k in range(0, len(quads), 8)]
    ops = ["/GS0 gs", _rgb(NOTE_TINT)]
    ops += [box(x1, top, x2, bottom) for x1, top, x2, _, _, bottom in lines]
    ops.append(_rgb(NOTE_TICK))
    ops += [
        box(x, top, x + BAR_WIDTH, bottom)
        for x, (_, top, _, _, _, bottom) in zip(bars, lines, strict=True)
    ]
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("ascii"))
    blend = DictionaryObject(
        {NameObject("/Type"): NameObject("/ExtGState"), NameObject("/BM"): NameObject("/Multiply")}
    )
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(FloatObject(round(v, 2)) for v in rect),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/ExtGState"): DictionaryObject({NameObject("/GS0"): blend})}
            ),
        }
    )
    return writer._add_object(stream)


def _highlights(writer: PdfWriter, report: Report, out: TextDocLayout, geo: PageGeometry) -> None:
    """One comment per note and page, its quads covering the full height of each line."""
    for number, ranges in sorted(out.note_ranges.items()):
        quads = [q for a, b in ranges for q in geo.quads(a, b)]
        note = _placed(report, number)
        if note is None:
            continue
        for page, page_quads in sorted(_by_page(quads).items()):
            bars = _bars(geo, page_quads)
            left, bottom, right, top = _rect(geo, page_quads)
            rect = (min(left, *bars), bottom, right, top)  # the bars too
            points = _quad_points(geo, page_quads)
            annot = Highlight(
                rect=rect,
                quad_points=points,
                highlight_color=NOTE_TINT.lstrip("#").lower(),
                printing=True,
            )
            annot[NameObject("/Contents")] = TextStringObject(_note_text(report, note))
            if note.author:  # an unsigned note names no one, not the program either
                annot[NameObject("/T")] = TextStringObject(note.author)
            annot[NameObject("/AP")] = DictionaryObject(
                {NameObject("/N"): _appearance(writer, rect, points, bars)}
            )
            annot[NameObject("/NM")] = TextStringObject(f"note-{number}-p{page + 1}")
            annot[NameObject("/F")] = NumberObject(PRINT_FLAG)
            writer.add_annotation(page_number=page, annotation=annot)


def _dest(geo: PageGeometry, pos: int) -> tuple[int, Fit]:
    line = geo.line_at(pos)
    if line is None:
        return 0, Fit.fit()
    page, y1, _bottom = line
    _, top = geo.to_pdf(0, max(0.0, y1 - geo.out.dev(8)))
    return page, Fit.xyz(left=None, top=top, zoom=None)


def _link(writer: PdfWriter, geo: PageGeometry, quads: list[Quad], target: tuple[int, Fit]) -> None:
    for page, page_quads in _by_page(quads).items():
        link = Link(rect=_rect(geo, page_quads), border=[0, 0, 0],
                    target_page_index=target[0], fit=target[1])  # fmt: skip
        writer.add_annotation(page_number=page, annotation=link)


def _links(writer: PdfWriter, report: Report, out: TextDocLayout, geo: PageGeometry) -> None:
    for key, (start, end) in out.row_span.items():
        _link(writer, geo, geo.quads(start, end), _dest(geo, out.block_pos[key]))
    for start, end, page in out.index_links:
        _link(writer, geo, geo.quads(start, end), (page, Fit.fit()))
    for start, end, target in reference_links(report, out.block_pos, out.side_runs):
        _link(writer, geo, geo.quads(start, end), _dest(geo, target))


def _outline(writer: PdfWriter, report: Report, out: TextDocLayout, geo: PageGeometry) -> None:
    def add(title: str, pos: int, parent: object = None) -> object:
        page, fit = _dest(geo, pos)
        return writer.add_outline_item(
            title=title,
            page_number=page,
            parent=parent,  # type: ignore[arg-type]
            fit=fit,
        )

    add(ReportWords.tr("Title page"), out.section_pos["title"])
    if "legend" in out.section_pos:
        add(ReportWords.tr("Legend"), out.section_pos["legend"])
    add(ReportWords.tr("Summary and concordance"), out.section_pos["summary"])
    top = add(ReportWords.tr("Article by article"), out.section_pos["pairs"])
    made: list[object] = []
    for entry in outline_entries(report, out.block_pos, out.side_runs, out.division_pos):
        parent = top if entry.parent is None else made[entry.parent]
        made.append(add(entry.title, entry.pos, parent))
    if "other" in out.section_pos:
        add(ReportWords.tr("Other notes"), out.section_pos["other"])
    if "index" in out.section_pos:  # none when the texts name no party or place
        add(ReportWords.tr("Index of parties and places"), out.section_pos["index"])


def add_features(pdf: bytes, report: Report, out: TextDocLayout, geo: PageGeometry,
                 extra_titles: tuple[str, ...] = ()) -> bytes:  # fmt: skip
    """The Qt-made PDF with outline, links, highlights and metadata added.

    ``extra_titles`` name the pages painted after the text (the map), in order."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    _outline(writer, report, out, geo)
    first_extra = len(writer.pages) - len(extra_titles)
    for k, title in enumerate(extra_titles):
        writer.add_outline_item(title=title, page_number=first_extra + k)
    _links(writer, report, out, geo)
    _highlights(writer, report, out, geo)
    writer.add_metadata(
        {
            "/Title": ReportWords.tr("Comparison: {0}").format(report.heading),
            "/Subject": ReportWords.tr("{0} compared with {1}").format(
                report.old.title, report.new.title
            ),
            "/Keywords": "treaty; comparison; redline; annotations; "
            + "; ".join(t for t in (report.old.source_name, report.new.source_name) if t),
            "/Author": "treatyviewer",
            "/Creator": "treatyviewer (Qt, pypdf)",
        }
    )
    writer.page_mode = "/UseOutlines"
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
