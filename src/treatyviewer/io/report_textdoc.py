"""The report as a ``QTextDocument`` laid out for a PDF page (design.md recipe, step 1).

Text is inserted through a cursor rather than as HTML so that every run's
position in the Qt document is known: the PDF step turns those positions into
highlight quads, link rectangles, bookmarks and index page numbers. Works off
the GUI thread (no widgets), as the export runs in a worker.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from .report_classes import is_form
from .report_model import Report
from .report_notes import PlacedNote
from .report_palette import BADGE_COLOURS, OWN_NOTE, RUN_STYLES, badge_word, shade, tint
from .report_runs import Run

SERIF, SANS = "DejaVu Serif", "DejaVu Sans"
TABLE_GAP_PT = 5.5
"""Space between a table and the paragraph after it."""
GUTTER_PT = 16
"""Space between the two columns of text side by side (each pads half of it)."""
TAG_SCALE = 0.72
"""A class tag's size beside the text it follows ("figure" after a changed date)."""


Progress = Callable[[int, int], None]
"""Called with (done, total) as the articles are written."""


def family(name: str, generic: QFont.StyleHint) -> QFont:
    """The named family when installed (DejaVu covers Latin, Cyrillic and Turkish)."""
    font = QFont(name) if name in QFontDatabase.families() else QFont()
    font.setStyleHint(generic)
    return font


@dataclass
class TextDocLayout:
    """The document plus every position the PDF step needs to find again."""

    doc: QTextDocument
    dpi: int
    block_pos: dict[str, int] = field(default_factory=dict)
    section_pos: dict[str, int] = field(default_factory=dict)
    row_span: dict[str, tuple[int, int]] = field(default_factory=dict)
    note_ranges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    keep_together: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Per block: where a page break may go, its heading, and where each of its
    columns' text begins (all must share the heading's page)."""
    break_formats: dict[str, tuple[int, QTextBlockFormat]] = field(default_factory=dict)
    """Per block that may have to start a page: a position in its first paragraph,
    and the format that paragraph has when it does (see ``break_before``)."""
    index_links: list[tuple[int, int, int]] = field(default_factory=list)
    """(start, end, page index) of each page number in the entity index."""
    block_end: dict[str, list[int]] = field(default_factory=dict)
    """Where each column of a block ends (before its notes), to mark continued pages."""
    note_starts: dict[str, int] = field(default_factory=dict)
    """Per note paragraph (keyed as a page break before it is): where it starts."""
    division_pos: dict[str, int] = field(default_factory=dict)
    """Per block that opens divisions ("Titre Ier", "Section 1"): where their headings
    begin, which must share a page with the block's own heading."""
    side_runs: dict[str, list[tuple[int, int, int]]] = field(
        default_factory=lambda: {"old": [], "new": []}
    )
    """Per side: (offset in that text, position in the Qt document, length), in the
    order written: a moved article's runs come where its pair is, out of the text's order."""
    _sorted_runs: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)

    def px(self, points: float) -> float:
        """Points to layout lengths (margins, padding), which Qt reads as 96-dpi pixels."""
        return points * 96.0 / 72.0

    def dev(self, points: float) -> float:
        """Points to device pixels (layout coordinates, the painter's units)."""
        return points * self.dpi / 72.0

    def qt_pos(self, side: str, offset: int) -> int | None:
        """Where ``offset`` of a text is in the Qt document (None if not written)."""
        runs = self._sorted_runs.get(side)
        if runs is None or len(runs) != len(self.side_runs[side]):
            runs = self._sorted_runs[side] = sorted(self.side_runs[side])
        k = bisect.bisect_right(runs, (offset, 1 << 62, 0)) - 1
        if k >= 0:
            start, pos, length = runs[k]
            if offset <= start + length:
                return pos + offset - start
        return None


_FSI, _PDI = "\u2068", "\u2069"
"""First-strong isolate and its end (Unicode's bidirectional algorithm)."""


def _direction_mark(text: str) -> str:
    """A left-to-right or right-to-left mark for the last letter of ``text`` ("" if
    it has none)."""
    for ch in reversed(text):
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "\u200e"
        if kind in ("R", "AL"):
            return "\u200f"
    return ""


def decorate(fmt: QTextCharFormat, decoration: str) -> None:
    """The lines of a change run (``RUN_STYLES``, CSS words) on a Qt format."""
    lines = decoration.split()
    fmt.setFontUnderline("underline" in lines)
    fmt.setFontStrikeOut("line-through" in lines)
    fmt.setFontOverline("overline" in lines)


class TextDocBuilder:
    """Writes a ``Report`` into a ``QTextDocument`` sized to one PDF page body."""

    def __init__(
        self,
        report: Report,
        layout: str,
        dpi: int,
        page: QSizeF,
        breaks: set[str] | None = None,
        pages: dict[str, int] | None = None,
        body_pt: float = 9.5,
    ):
        self.report = report
        self.breaks = breaks or set()
        """Blocks that start on a new page (their heading would be stranded)."""
        self.pages = pages
        """Page number of each block, once known, for the concordance."""
        self.inline = layout == "inline"
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        self.serif = family(SERIF, QFont.StyleHint.Serif)
        self.sans = family(SANS, QFont.StyleHint.SansSerif)
        self.serif.setPointSizeF(body_pt)
        doc.setDefaultFont(self.serif)
        doc.setDocumentMargin(0)
        self.out = TextDocLayout(doc, dpi)
        self.cursor = QTextCursor(doc)
        self.body_pt = body_pt
        self.page = page
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self.own_markers = report.own_markers
        self.heading_marks: list[PlacedNote] = []
        """The notes on the words of the heading of the block being written."""

    # --- formats ------------------------------------------------------------

    def char(
        self,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        sans: bool = False,
        colour: str | None = None,
        background: str | None = None,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        font = QFont(self.sans if sans else self.serif)
        font.setPointSizeF(size or self.body_pt)
        font.setBold(bold)
        font.setItalic(italic)
        fmt.setFont(font)
        if colour:
            fmt.setForeground(QColor(colour))
        if background:
            fmt.setBackground(QColor(background))
        return fmt

    def run_format(self, run: Run) -> QTextCharFormat:
        form = is_form(run.change_class)
        key = (run.kind, form)
        if key not in self._formats:
            if run.kind == "tag":
                # Raised to the line's top at a size that stays legible: Qt's superscript
                # shrinks its font again, which set the tags at under five points.
                fmt = self.char(self.body_pt * TAG_SCALE, sans=True, colour="#4a4a4a")
                fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
            elif run.kind in RUN_STYLES and form:
                bg, fg, deco = RUN_STYLES[run.kind]
                fmt = self.char(colour=tint(fg, 0.7), background=tint(bg, 0.5))
                decorate(fmt, deco)
            elif run.kind == "marker":
                # superscript at the body's size: Qt sets it at about two thirds
                fmt = self.char(bold=True, sans=True, colour="#333333")
                fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            elif run.kind == "label":
                fmt = self.char(self.body_pt * 0.85, bold=True, sans=True, colour="#555555")
            elif run.kind in RUN_STYLES:
                bg, fg, deco = RUN_STYLES[run.kind]
                fmt = self.char(colour=fg, background=bg)
                decorate(fmt, deco)
            else:
                fmt = self.char()
            self._formats[key] = fmt
        return self._formats[key]

    def breakable(self, key: str, pos: int, fmt: QTextBlockFormat | None = None) -> None:
        """Note that block ``key`` opens with the paragraph holding ``pos``, so that
        a page break can be put before it later without writing the report again.
        ``fmt`` is that paragraph's format then, if more than the break changes."""
        if fmt is None:
            fmt = self.out.doc.findBlock(pos).blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.out.break_formats[key] = (pos, fmt)

    def break_before(self, keys: set[str]) -> None:
        """Start these blocks on a new page, in the document already written."""
        cursor = QTextCursor(self.out.doc)
        cursor.beginEditBlock()
        for key in keys:
            pos, fmt = self.out.break_formats[key]
            cursor.setPosition(pos)
            cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
        self.breaks |= keys

    def block_format(
        self,
        top: float = 0,
        bottom: float = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        break_before: bool = False,
        indent: float = 0,
        hang: float = 0,
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(self.out.px(top))
        fmt.setBottomMargin(self.out.px(bottom))
        fmt.setAlignment(align)
        if indent or hang:
            fmt.setLeftMargin(self.out.px(indent + hang))
            fmt.setTextIndent(-self.out.px(hang))
        if break_before:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return fmt

    # --- writing ------------------------------------------------------------

    def paragraph(self, text: str, fmt: QTextCharFormat, block: QTextBlockFormat) -> int:
        """A new paragraph; returns the position of its text."""
        if self.cursor.position() == 0 and self.out.doc.characterCount() <= 1:
            self.cursor.setBlockFormat(block)
        else:
            self.cursor.insertBlock(block)
        pos = self.cursor.position()
        self.cursor.insertText(text, fmt)
        return pos

    def heading_format(self, break_before: bool = True) -> QTextBlockFormat:
        return self.block_format(top=0, bottom=8, break_before=break_before)

    def heading(self, text: str, key: str, size: float = 15, break_before: bool = True) -> None:
        block = self.heading_format(break_before)
        self.out.section_pos[key] = self.paragraph(
            text, self.char(size, bold=True, sans=True), block
        )

    def badge(self, status: str, size: float = 7.5) -> None:
        colour = BADGE_COLOURS.get(status, "#777777")
        fmt = self.char(size, bold=True, sans=True, colour=shade(colour, 0.55))
        fmt.setBackground(QColor(tint(colour, 0.35)))
        self.cursor.insertText(f"\u2009{badge_word(status)}\u2009", fmt)

    def write_runs(self, runs: tuple[Run, ...]) -> None:
        mark = ""  # the direction of the last letter written, as a mark
        for run in runs:
            pos = self.cursor.position()
            text = run.text
            if run.kind in ("tag", "marker"):
                # Isolated, and held to the word before it by a mark of that word's
                # direction: in right-to-left text a Latin tag or "[12]" then follows
                # its word and leaves the order and brackets around it alone.
                text = f"{mark}{_FSI}{text}{_PDI}{mark}"
            else:
                mark = _direction_mark(text) or mark
            if run.kind == "tag":
                # A narrow space that does not break: not glued on, never wrapped apart
                # from its word ("articles" ended a line and "case" began the next).
                text = f"\u202f{text}"
            fmt = self.run_format(run)
            if run.kind == "marker" and run.text in self.own_markers:
                fmt = QTextCharFormat(fmt)
                fmt.setForeground(QColor(OWN_NOTE))
            self.cursor.insertText(text, fmt)
            if run.side is not None and run.start >= 0:
                self.out.side_runs[run.side].append((run.start, pos, len(run.text)))
            for number in run.notes:
                ranges = self.out.note_ranges.setdefault(number, [])
                if ranges and ranges[-1][1] == pos:
                    ranges[-1] = (ranges[-1][0], pos + len(run.text))
                else:
                    ranges.append((pos, pos + len(run.text)))

    def table(
        self, rows: int, cols: int, widths: list[float], header_rows: int = 0, border: bool = True
    ) -> QTextTable:
        fmt = QTextTableFormat()
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        fmt.setCellPadding(self.out.px(3))
        fmt.setCellSpacing(0)
        fmt.setBorder(self.out.px(0.5) if border else 0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(QColor("#B8B8B8")))
        fmt.setHeaderRowCount(header_rows)
        fmt.setTopMargin(self.out.px(2))
        # No bottom margin: Qt repeats the header rows on every page the table's frame
        # reaches, so a margin running past the page foot put the header over the notes
        # on the next page. The space below comes from ``leave_table`` instead.
        fmt.setBottomMargin(0)
        table = self.cursor.insertTable(rows, cols, fmt)
        return table

    def cell(
        self,
        table: QTextTable,
        row: int,
        col: int,
        background: str | None = None,
        gutter: bool = False,
    ) -> None:
        """Write into a cell from now on; ``gutter``: a column of text beside another,
        kept further from it than the table's padding (each side's change bars and
        note bars stood a few points from the other column's words)."""
        cell = table.cellAt(row, col)
        if background or gutter:
            cf = cell.format().toTableCellFormat()
            if background:
                cf.setBackground(QColor(background))
            if gutter:
                side = cf.setLeftPadding if col else cf.setRightPadding
                side(self.out.px(GUTTER_PT / 2))
            cell.setFormat(cf)
        self.cursor = cell.firstCursorPosition()

    def leave_table(self, table: QTextTable) -> None:
        """Past the table, into the empty paragraph Qt keeps after it. Qt lays that
        paragraph out inside the table's foot, taking no room, but its bottom margin
        still spaces the next paragraph from the table."""
        self.cursor = table.lastCursorPosition()
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        self.cursor.setBlockFormat(self.block_format(bottom=TABLE_GAP_PT))

    # --- sections -----------------------------------------------------------

    def build(
        self,
        front_matter: Callable[[TextDocBuilder], None],
        articles: Callable[[TextDocBuilder, Progress | None], None],
        progress: Progress | None = None,
    ) -> TextDocLayout:
        """The title page and what comes before the articles are written by ``front_matter``
        (``report_textdoc_sections``), then the articles and the other notes by
        ``articles`` (``report_textdoc_pairs``)."""
        return self.write(lambda: front_matter(self), lambda: articles(self, progress))

    def write(self, *sections: Callable[[], None]) -> TextDocLayout:
        """Write the sections in one edit block: outside one, Qt re-scans every frame
        (each table is one) after each insertion, which made a long report quadratic."""
        whole = QTextCursor(self.out.doc)
        whole.beginEditBlock()
        try:
            for section in sections:
                section()
        finally:
            whole.endEditBlock()
        return self.out
